//! Temporal expressions: detection and TIMEX3 normalization; the document date.
//!
//! A rule cascade in the manner of HeidelTime and SUTime, written for chronicle:
//! [`tagger`] finds expressions and says what they mean ([`tagger::Expr`]), [`resolve`]
//! anchors them on the publication date (deictic: "yesterday", "Sunday", "last month") or
//! on the time just mentioned (anaphoric: "two days later", "a year earlier"), and
//! [`docdate`] pins the publication date itself when no metadata or dateline gives it.
//! [`TimeStage`] ("time.v1") runs it all on a [`chronicle_doc::Document`].
//!
//! ```
//! let times = chronicle_time::tag("Drones struck on Sunday, two days after Friday's clashes.", Some("2021-11-07"));
//! let values: Vec<&str> = times.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2021-11-07", "P2D", "2021-11-05"]);
//! ```
#![deny(missing_docs)]

pub mod calendar;
pub mod docdate;
pub mod error;
pub mod lexicon;
pub mod resolve;
pub mod stage;
pub mod tagger;
pub mod timeml;

pub use error::{Error, Result};
pub use stage::{tag, TaggedTime, TimeStage};
