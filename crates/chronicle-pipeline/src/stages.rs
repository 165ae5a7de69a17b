//! The standard pipeline and its configuration: every built-in stage named by a versioned id in
//! a serde-tagged enum, so that a pipeline round-trips through one TOML file.
//!
//! ```toml
//! kb_files = ["my-actors.tsv"]
//!
//! [[stages]]
//! stage = "text.v1"
//!
//! [[stages]]
//! stage = "ner.v1"
//! ```

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::{Pipeline, PipelineBuilder, PipelineError, Result};

/// What the standard pipeline needs to know. Passed explicitly; there is no hidden default.
#[derive(Clone, Debug)]
pub struct PipelineConfig {
    /// Extra knowledge-base files given by the user (`--kb FILE`).
    pub kb_files: Vec<PathBuf>,
}

/// One built-in stage, by its versioned name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage")]
pub enum StageSpec {
    /// Tokens and sentences (chronicle-text).
    #[serde(rename = "text.v1")]
    Text,
    /// POS tags (chronicle-tag).
    #[serde(rename = "pos.v1")]
    Pos,
    /// Named entities (chronicle-tag).
    #[serde(rename = "ner.v1")]
    Ner,
    /// Knowledge-base links on entities (chronicle-kb).
    #[serde(rename = "links.v1")]
    Links,
    /// Coreference chains (chronicle-coref).
    #[serde(rename = "coref.v1")]
    Coref,
    /// Temporal expressions and the document date (chronicle-time).
    #[serde(rename = "time.v1")]
    Time,
    /// Geocoded places (chronicle-geo).
    #[serde(rename = "places.v1")]
    Places,
    /// Quotes (chronicle-quotes).
    #[serde(rename = "quotes.v1")]
    Quotes,
    /// Events (chronicle-events).
    #[serde(rename = "events.v1")]
    Events,
}

/// A pipeline as data: the stages in order and the user's knowledge-base files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineSpec {
    /// Extra knowledge-base files.
    #[serde(default)]
    pub kb_files: Vec<PathBuf>,
    /// Stages, in the order they run.
    pub stages: Vec<StageSpec>,
}

impl PipelineSpec {
    /// Every built-in stage in its standard order.
    pub fn standard(config: &PipelineConfig) -> PipelineSpec {
        use StageSpec::*;
        PipelineSpec {
            kb_files: config.kb_files.clone(),
            stages: vec![Text, Pos, Ner, Links, Coref, Time, Places, Quotes, Events],
        }
    }

    /// Read a spec from TOML.
    pub fn from_toml(text: &str) -> Result<PipelineSpec> {
        toml::from_str(text).map_err(|e| PipelineError::Config {
            message: e.to_string(),
        })
    }

    /// Write the spec as TOML.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a pipeline spec always serializes")
    }

    /// Load models and data and build the pipeline (checking the stage order).
    pub fn build(&self) -> Result<Pipeline> {
        let setup = |stage: &'static str| {
            move |e: &dyn std::fmt::Display| PipelineError::Setup {
                stage,
                message: e.to_string(),
            }
        };
        let needs_kb = self
            .stages
            .iter()
            .any(|s| matches!(s, StageSpec::Links | StageSpec::Events));
        let kb = if needs_kb {
            Some(Arc::new(
                chronicle_kb::Kb::with_files(&self.kb_files).map_err(|e| setup("links.v1")(&e))?,
            ))
        } else {
            None
        };
        let kb = || kb.clone().expect("loaded when a stage needs it");
        let mut builder = PipelineBuilder::new();
        for spec in &self.stages {
            let stage: Box<dyn chronicle_doc::Stage> = match spec {
                StageSpec::Text => Box::new(chronicle_text::TextStage::new()),
                StageSpec::Pos => {
                    Box::new(chronicle_tag::PosStage::new().map_err(|e| setup("pos.v1")(&e))?)
                }
                StageSpec::Ner => {
                    Box::new(chronicle_tag::NerStage::new().map_err(|e| setup("ner.v1")(&e))?)
                }
                StageSpec::Links => Box::new(chronicle_kb::LinkStage::new(kb())),
                StageSpec::Coref => Box::new(chronicle_coref::CorefStage::new()),
                StageSpec::Time => Box::new(chronicle_time::TimeStage::new()),
                StageSpec::Places => Box::new(chronicle_geo::GeocodeStage::new()),
                StageSpec::Quotes => Box::new(chronicle_quotes::QuotesStage::new()),
                StageSpec::Events => Box::new(chronicle_events::EventStage::new(kb())),
            };
            builder = builder.stage(stage);
        }
        builder.build()
    }
}

/// The standard pipeline: every built-in stage, in order.
pub fn standard(config: &PipelineConfig) -> Result<Pipeline> {
    PipelineSpec::standard(config).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_spec_round_trips_through_toml() {
        let spec = PipelineSpec::standard(&PipelineConfig {
            kb_files: vec!["extra.tsv".into()],
        });
        let toml = spec.to_toml();
        assert!(toml.contains("stage = \"quotes.v1\""), "{toml}");
        assert_eq!(PipelineSpec::from_toml(&toml).unwrap(), spec);
    }

    #[test]
    fn unknown_stage_names_are_rejected_with_the_name() {
        let err = PipelineSpec::from_toml("[[stages]]\nstage = \"quotes.v9\"\n").unwrap_err();
        assert!(err.to_string().contains("quotes.v9"), "{err}");
    }

    #[test]
    fn a_spec_out_of_order_fails_to_build() {
        let spec = PipelineSpec::from_toml(
            "[[stages]]\nstage = \"text.v1\"\n[[stages]]\nstage = \"quotes.v1\"\n",
        )
        .unwrap();
        let err = spec.build().err().expect("quotes need entities");
        assert!(err.to_string().contains("quotes.v1"), "{err}");
    }

    #[test]
    fn a_text_only_pipeline_builds_and_runs() {
        let spec = PipelineSpec::from_toml("[[stages]]\nstage = \"text.v1\"\n").unwrap();
        let p = spec.build().unwrap();
        let mut doc = chronicle_doc::Document::new("One. Two.", chronicle_doc::Meta::default());
        p.run(&mut doc).unwrap();
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.entities.is_empty());
    }
}
