//! Reader errors: one variant per way an input can be unusable, each with where it came from.

use std::path::PathBuf;

/// Why an input could not be read. Every variant names its origin (`path`, `path:line`,
/// `path[index]`, `stdin:line`) so a skipped record can be found again.
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
    #[error("{origin}: not UTF-8 text (invalid byte at offset {offset}); convert it with `iconv -t UTF-8`")]
    NotUtf8 {
        /// Where the input came from.
        origin: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input holds NUL bytes: it is not a text, HTML or JSON file.
    #[error("{origin}: binary file (NUL byte at offset {offset})")]
    Binary {
        /// Where the input came from.
        origin: String,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The input is empty or holds only whitespace.
    #[error("{origin}: empty input, skipped")]
    Empty {
        /// Where the input came from.
        origin: String,
    },
    /// The input is larger than the configured limit.
    #[error("{origin}: {what} larger than the limit of {limit} bytes; raise it with the reader's max size option or split the input")]
    TooLarge {
        /// Where the input came from.
        origin: String,
        /// What was too large (`file`, `line`, `decompressed file`).
        what: &'static str,
        /// The limit in bytes.
        limit: u64,
    },
    /// A JSON record is malformed or has fields of the wrong type.
    #[error("{origin}: {message}")]
    Json {
        /// Where the record came from (`file:line` or `file[index]`).
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// An HTML page gave no main text.
    #[error("{origin}: no main text found in the HTML page")]
    NoText {
        /// Where the page came from.
        origin: String,
    },
}

/// Result with [`ReadError`].
pub type Result<T> = std::result::Result<T, ReadError>;
