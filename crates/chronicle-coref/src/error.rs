//! Errors of the coreference crate.

/// What can go wrong when resolving coreference. The stage itself never fails on a document;
/// this covers misuse of the library API.
#[derive(Debug, thiserror::Error)]
pub enum CorefError {
    /// A span handed in does not fall inside the document text.
    #[error("span {start}..{end} is outside a {len}-byte text")]
    SpanOutside {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
        /// Text length in bytes.
        len: usize,
    },
}

/// Result with [`CorefError`].
pub type Result<T> = std::result::Result<T, CorefError>;
