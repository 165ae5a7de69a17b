//! Errors of the quotes crate (reading evaluation data; the stage itself never fails).

use std::path::PathBuf;

/// What can go wrong outside the stage.
#[derive(Debug, thiserror::Error)]
pub enum QuotesError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A PolNeAR directory lacks `text/` or `attributions/`.
    #[error("{path} is not a PolNeAR split: expected `text/*.txt` and `attributions/*.ann` inside (e.g. /work/shared/data/polnear/dev)")]
    NotPolnear {
        /// The directory.
        path: PathBuf,
    },
}

/// Result with [`QuotesError`].
pub type Result<T> = std::result::Result<T, QuotesError>;
