//! Pipelines of [`Stage`]s: a checked order of stages that annotate one [`Document`] at a time.
//!
//! [`PipelineBuilder::build`] fails early when a stage needs a layer no earlier stage
//! produces. [`standard`] wires every built-in stage from one [`PipelineConfig`].
//!
//! ```
//! use chronicle_doc::{Document, Meta};
//! use chronicle_pipeline::PipelineBuilder;
//! let p = PipelineBuilder::new()
//!     .stage(Box::new(chronicle_text::TextStage::new()))
//!     .build()
//!     .unwrap();
//! let mut doc = Document::new("One. Two.", Meta::default());
//! p.run(&mut doc).unwrap();
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![deny(missing_docs)]

mod error;
mod stages;

use chronicle_doc::{Document, LayerKind, Stage, StageError};

pub use error::{PipelineError, Result};
pub use stages::{standard, PipelineConfig, PipelineSpec, StageSpec};

/// Collects stages in order.
#[derive(Default)]
pub struct PipelineBuilder {
    stages: Vec<Box<dyn Stage>>,
}

impl PipelineBuilder {
    /// An empty builder.
    pub fn new() -> PipelineBuilder {
        PipelineBuilder { stages: Vec::new() }
    }

    /// Append a stage.
    pub fn stage(mut self, stage: Box<dyn Stage>) -> PipelineBuilder {
        self.stages.push(stage);
        self
    }

    /// Check that every stage's requirements are produced earlier (readers produce
    /// [`LayerKind::Blocks`]), and build.
    pub fn build(self) -> Result<Pipeline> {
        let mut have = vec![LayerKind::Blocks];
        for stage in &self.stages {
            for need in stage.requires() {
                if !have.contains(need) {
                    return Err(PipelineError::MissingLayer {
                        stage: stage.name(),
                        layer: *need,
                        available: have.clone(),
                    });
                }
            }
            have.extend_from_slice(stage.produces());
        }
        Ok(Pipeline {
            stages: self.stages,
        })
    }
}

/// An immutable, thread-shareable sequence of stages.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// Run every stage on `doc`, in order. Stops at the first failing stage.
    ///
    /// A stage that panics does not take the run down: the panic becomes a [`StageError`] for
    /// this document (the document is then reported as failed), and the next document goes on.
    pub fn run(&self, doc: &mut Document) -> std::result::Result<(), StageError> {
        for stage in &self.stages {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.run(doc)));
            match outcome {
                Ok(result) => result?,
                Err(payload) => {
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    return Err(StageError::new(
                        stage.name(),
                        format!("internal error (please report it): {message}"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The stages' names, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NeedsEntities;
    impl Stage for NeedsEntities {
        fn name(&self) -> &'static str {
            "needs.v1"
        }
        fn requires(&self) -> &'static [LayerKind] {
            &[LayerKind::Entities]
        }
        fn produces(&self) -> &'static [LayerKind] {
            &[]
        }
        fn run(&self, _doc: &mut Document) -> std::result::Result<(), StageError> {
            Ok(())
        }
    }

    struct Panics;
    impl Stage for Panics {
        fn name(&self) -> &'static str {
            "panics.v1"
        }
        fn requires(&self) -> &'static [LayerKind] {
            &[]
        }
        fn produces(&self) -> &'static [LayerKind] {
            &[]
        }
        fn run(&self, doc: &mut Document) -> std::result::Result<(), StageError> {
            if doc.text().contains("boom") {
                panic!("slicing went wrong");
            }
            Ok(())
        }
    }

    #[test]
    fn a_panicking_stage_fails_one_document_not_the_run() {
        let p = PipelineBuilder::new()
            .stage(Box::new(Panics))
            .build()
            .unwrap();
        let mut bad = Document::new("boom", chronicle_doc::Meta::default());
        let err = p.run(&mut bad).unwrap_err();
        assert_eq!(err.stage, "panics.v1");
        assert!(
            err.message.contains("slicing went wrong"),
            "{}",
            err.message
        );
        let mut good = Document::new("fine", chronicle_doc::Meta::default());
        assert!(p.run(&mut good).is_ok());
    }

    #[test]
    fn build_fails_when_a_required_layer_is_missing() {
        let err = PipelineBuilder::new()
            .stage(Box::new(chronicle_text::TextStage::new()))
            .stage(Box::new(NeedsEntities))
            .build()
            .err()
            .unwrap();
        let msg = err.to_string();
        assert!(
            msg.contains("needs.v1") && msg.contains("Entities"),
            "{msg}"
        );
    }
}
