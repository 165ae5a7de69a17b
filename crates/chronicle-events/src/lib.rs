//! Event detection and coding (PLOVER, ACLED), actors, toll and modality.
#![deny(missing_docs)]

pub mod error;
pub mod lexicon;
pub mod toll;

pub use error::{Error, Result};
pub mod coder;
pub use coder::EventStage;
pub mod eval;
