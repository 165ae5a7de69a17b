//! The standard pipeline: every built-in stage, in order, from one config.

use std::path::PathBuf;

use crate::{Pipeline, PipelineBuilder, Result};

/// What the standard pipeline needs to know. Passed explicitly; there is no hidden default.
#[derive(Clone, Debug)]
pub struct PipelineConfig {
    /// Extra knowledge-base files given by the user (`--kb FILE`).
    pub kb_files: Vec<PathBuf>,
}

/// The standard pipeline: text, then each extraction stage as it comes online.
pub fn standard(config: &PipelineConfig) -> Result<Pipeline> {
    let kb = std::sync::Arc::new(chronicle_kb::Kb::with_files(&config.kb_files).map_err(|e| {
        crate::PipelineError::Setup {
            stage: "links.v1",
            message: e.to_string(),
        }
    })?);
    let builder = PipelineBuilder::new().add(Box::new(chronicle_text::TextStage::new()));
    let tag_err = |stage: &'static str| {
        move |e: chronicle_tag::Error| crate::PipelineError::Setup {
            stage,
            message: e.to_string(),
        }
    };
    let builder = builder
        .add(Box::new(chronicle_tag::PosStage::new().map_err(tag_err("pos.v1"))?))
        .add(Box::new(chronicle_tag::NerStage::new().map_err(tag_err("ner.v1"))?));
    // Stages are registered below in order; keep the order: tag -> links/coref -> time ->
    // places -> quotes -> events.
    // links.v1 (chronicle_kb::LinkStage) goes right after the tagger once it produces entities.
    let builder = builder.add(Box::new(chronicle_coref::CorefStage::new()));
    let builder = builder.add(Box::new(chronicle_time::TimeStage::new()));
    let builder = builder.add(Box::new(chronicle_geo::GeocodeStage::new()));
    let builder = builder.add(Box::new(chronicle_quotes::QuotesStage::new()));
    let builder = builder.add(Box::new(chronicle_events::EventStage::new(kb)));
    builder.build()
}
