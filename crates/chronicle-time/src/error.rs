//! Errors of the time crate: reading TimeML gold files.

use std::path::PathBuf;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A TimeML file is not well-formed XML.
    #[error("{path}: invalid TimeML: {message}")]
    TimeMl {
        /// The file.
        path: PathBuf,
        /// What the XML parser said.
        message: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
