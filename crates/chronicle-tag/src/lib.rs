//! Part-of-speech and named-entity taggers trained by chronicle (averaged perceptrons over
//! hashed features, with word clusters chronicle computes itself), their trainers, scorers and
//! pipeline stages.
//!
//! Key types: [`PosTagger`] and [`NerTagger`] (load with `from_bytes`, or use the committed
//! models through [`models::pos`] and [`models::ner`]), [`PosStage`] (`pos.v1`) and
//! [`NerStage`] (`ner.v1`), [`train_pos`] / [`train_ner`], [`NerScore`] / [`PosScore`].
//!
//! ```
//! use chronicle_tag::eval::chunks;
//! assert_eq!(chunks(&["B-PER", "I-PER", "O", "B-LOC"]), [("PER".to_string(), 0, 2), ("LOC".to_string(), 3, 4)]);
//! ```
#![deny(missing_docs)]

pub mod bench;
pub mod cache;
pub mod clusters;
pub mod codec;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod models;
pub mod ner;
pub mod perceptron;
pub mod pos;
pub mod refine;
pub mod stage;
pub mod util;

pub use clusters::Clusters;
pub use error::{Error, Result};
pub use eval::{NerScore, PosScore};
pub use ner::{evaluate_ner, train_ner, NerTagger, NerTrainConfig, NER_CLASSES};
pub use pos::{evaluate_pos, train_pos, PosTagger, PosTrainConfig};
pub use stage::{NerStage, PosStage};
