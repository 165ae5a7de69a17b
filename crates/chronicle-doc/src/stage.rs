//! The one trait every pipeline stage implements.

use std::fmt;

use crate::Document;

/// A layer of the [`Document`] that stages read and write. `Pipeline::build` checks that each
/// stage's requirements are produced by an earlier stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LayerKind {
    /// Structural blocks (headline, captions, paragraphs) — filled by readers.
    Blocks,
    /// Tokens.
    Tokens,
    /// Sentences.
    Sentences,
    /// POS tags on tokens.
    Pos,
    /// Named entities.
    Entities,
    /// Knowledge-base links on entities (canonical names, kinds, countries).
    Links,
    /// Coreference chains.
    Coref,
    /// Temporal expressions, and the document date when it had to be inferred.
    Times,
    /// Geocoded places.
    Places,
    /// Counted quantities.
    Quantities,
    /// Quotes.
    Quotes,
    /// Events.
    Events,
}

/// Why a stage failed on one document. The pipeline reports it with the document id and goes
/// on with the next document.
#[derive(Debug)]
pub struct StageError {
    /// The stage's name.
    pub stage: &'static str,
    /// What went wrong, in lower case.
    pub message: String,
}

impl StageError {
    /// A new error from `stage`.
    pub fn new(stage: &'static str, message: impl Into<String>) -> StageError {
        StageError {
            stage,
            message: message.into(),
        }
    }
}

impl fmt::Display for StageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stage {}: {}", self.stage, self.message)
    }
}

impl std::error::Error for StageError {}

/// A pipeline stage: reads some layers of a [`Document`] and adds others.
///
/// Stages keep no state between documents (models are loaded once and only read), so any
/// document can be processed on any thread; `Send + Sync` lets one instance serve them all.
/// A doubtful finding is not an error: push a [`crate::Diagnostic`] and carry on.
pub trait Stage: Send + Sync {
    /// A short, versioned name, e.g. `"quotes.v1"`.
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> &'static [LayerKind];
    /// Layers this stage adds or refines.
    fn produces(&self) -> &'static [LayerKind];
    /// Annotate one document in place.
    fn run(&self, doc: &mut Document) -> Result<(), StageError>;
}
