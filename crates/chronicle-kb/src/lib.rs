//! The knowledge base of actors, roles and organisations, and the linker that ties entities to it.
//!
//! [`Kb::builtin`] loads every country (from chronicle-geo), the embedded organisations,
//! armed groups, parties, roles and office holders under `data/` (format: docs/KB.md);
//! [`Kb::with_files`] adds the user's files. [`Kb::scan`] finds actor mentions in text and
//! resolves each to a canonical actor with kind, ISO alpha-3 country and CAMEO-style code;
//! [`LinkStage`] (`links.v1`) applies it to the NER entities of a document.
//!
//! ```
//! use chronicle_kb::{Kb, ScanContext};
//! let kb = Kb::builtin();
//! let ctx = ScanContext { default_country: None, date: Some("2021-11-07".into()) };
//! let m = kb.scan("Iraqi police fired tear gas.", 0, &ctx);
//! assert_eq!(m[0].actor.canonical, "Iraqi police");
//! assert_eq!(m[0].actor.code.as_deref(), Some("IRQCOP"));
//! ```
#![deny(missing_docs)]

pub mod countries;
pub mod error;
pub mod kb;
pub mod link;
pub mod scan;
pub mod text;

pub use error::{Error, Result};
pub use kb::{kind_name, parse_kind, Entry, EntryType, Kb, Target, Term};
pub use link::LinkStage;
pub use scan::{ActorMention, KbActor, MentionSource, ScanContext};
