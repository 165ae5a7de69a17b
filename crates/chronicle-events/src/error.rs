//! Errors of the events crate: loading gold data for evaluation.

use std::path::PathBuf;

/// What can go wrong outside a document (documents never fail: see the stage).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gold file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A gold line is not valid JSON in the documented format.
    #[error("{path}:{line}: {message} (see data/gold/README.md for the format)")]
    Gold {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with the events crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
