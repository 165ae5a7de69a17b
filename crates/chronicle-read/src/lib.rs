//! Readers turn inputs (plain-text reports, JSONL records, ...) into [`Document`]s with
//! metadata and structure blocks.
//!
//! ```
//! use chronicle_read::read_txt;
//! let doc = read_txt("A headline\n\nThe body.\n", Default::default());
//! assert_eq!(doc.meta.title.as_deref(), Some("A headline"));
//! ```
#![deny(missing_docs)]

mod error;
mod json;
mod records;
mod txt;

pub use error::{ReadError, Result};
pub use json::read_json_line;
pub use records::{read_path, Format, ReadOptions, Record, Records};
pub use txt::read_txt;
