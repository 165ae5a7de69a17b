//! Errors of the geo crate: reading country and gazetteer files.

use std::path::PathBuf;

/// What went wrong while loading geographic data.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A line of a data file could not be parsed.
    #[error("{file}:{line}: {message}")]
    Parse {
        /// The file (or built-in table) name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line, in lower case.
        message: String,
    },
    /// A data file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
