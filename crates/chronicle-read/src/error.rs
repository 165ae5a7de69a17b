//! Reader errors.

use std::path::PathBuf;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{origin}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// Where the input came from.
        origin: String,
        /// First invalid byte.
        offset: usize,
    },
    /// A JSON record is malformed.
    #[error("{origin}: {message}")]
    Json {
        /// Where the record came from (`file:line`).
        origin: String,
        /// What is wrong.
        message: String,
    },
}

/// Result with [`ReadError`].
pub type Result<T> = std::result::Result<T, ReadError>;
