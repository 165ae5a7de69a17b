//! The chronicle data model: a [`Document`] is one immutable text with stand-off annotation
//! layers (blocks, tokens, sentences, entities, coreference chains, times, places, quantities,
//! quotes, events) that pipeline [`Stage`]s read and extend.
//!
//! Layers hold byte [`Span`]s; public output uses character offsets, converted in one place
//! ([`span::with_text`], used by [`Document::to_json`]).
//!
//! ```
//! use chronicle_doc::{Document, Entity, EntityLabel, Meta};
//! let mut doc = Document::new("Iraq’s PM spoke.", Meta::default());
//! let span = doc.span(0, "Iraq".len()).unwrap();
//! doc.entities.push(Entity::new(span, EntityLabel::Loc));
//! let json = doc.to_json_value();
//! assert_eq!(json["entities"][0]["text"], "Iraq");
//! assert_eq!(json["entities"][0]["end"], 4);
//! ```
#![deny(missing_docs)]

pub mod document;
pub mod layers;
pub mod score;
pub mod span;
pub mod stage;
pub mod tags;

pub use document::{content_id, fnv1a_128, DateSource, Document, JsonError, Meta};
pub use layers::*;
pub use span::{CharMap, Span, SpanError, TextSpan};
pub use stage::{LayerKind, Stage, StageError};
pub use tags::{Upos, Xpos, UPOS_TAGS, XPOS_TAGS};
