//! Errors of the knowledge base: reading and parsing KB files.

use std::path::PathBuf;

/// What can go wrong while loading knowledge-base data.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A KB file could not be read.
    #[error("cannot read knowledge-base file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line of a KB file is malformed.
    #[error("{file}:{line}: {message} (see docs/KB.md for the format)")]
    Parse {
        /// The file (or the embedded file's name).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong, in lower case.
        message: String,
    },
}

/// Result with the KB's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
