//! The embedded SQLite store: schema with numbered migrations, idempotent batched ingest with
//! near-duplicate links, full-text search (FTS5) and the queries behind the API, and exports
//! (JSONL, ACLED-like CSV, Parquet) and the Parquet import of the Spark contract.
//!
//! Key types: [`Store`] (one database file, WAL mode), [`PreparedDocument`] (a document made
//! ready on any thread), [`query::Filter`].
//!
//! ```
//! use chronicle_doc::{Document, Meta};
//! use chronicle_store::{Outcome, PreparedDocument, Store};
//! let dir = std::env::temp_dir().join(format!("chronicle-doctest-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let mut store = Store::open(&dir.join("t.db")).unwrap();
//! let doc = PreparedDocument::new(&Document::new("Protesters marched in Basra.", Meta::default()));
//! assert!(matches!(store.write_batch(&[doc.clone()]).unwrap()[0], Outcome::Inserted { .. }));
//! assert_eq!(store.write_batch(&[doc]).unwrap()[0], Outcome::Unchanged);
//! assert_eq!(store.counts().unwrap().documents, 1);
//! # std::fs::remove_dir_all(&dir).ok();
//! ```
#![deny(missing_docs)]

pub mod dedup;
mod error;
pub mod export;
pub mod import;
pub mod query;
pub mod schema;
mod store;

pub use error::{Result, StoreError};
pub use store::{content_hash, Counts, FeedState, Outcome, PreparedDocument, Store};
