//! Pipeline errors.

use chronicle_doc::LayerKind;

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A stage needs a layer that no earlier stage produces.
    #[error("stage {stage} needs the {layer:?} layer, but only {available:?} are produced before it; add the stage that produces it earlier")]
    MissingLayer {
        /// The stage.
        stage: &'static str,
        /// The missing layer.
        layer: LayerKind,
        /// Layers available at that point.
        available: Vec<LayerKind>,
    },
    /// A pipeline file is not valid.
    #[error("invalid pipeline file: {message}; stages are named text.v1, pos.v1, ner.v1, links.v1, coref.v1, time.v1, places.v1, quotes.v1, events.v1")]
    Config {
        /// What is wrong.
        message: String,
    },
    /// A stage could not be set up (model or knowledge-base file missing or invalid).
    #[error("cannot set up stage {stage}: {message}")]
    Setup {
        /// The stage.
        stage: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// Result with [`PipelineError`].
pub type Result<T> = std::result::Result<T, PipelineError>;
