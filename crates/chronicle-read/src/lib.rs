//! Readers turn inputs (plain-text reports, HTML pages, JSON and JSONL records, directories,
//! stdin) into [`Document`](chronicle_doc::Document)s with metadata and structure blocks.
//!
//! - [`read_txt`]: a plain-text report, kept byte for byte; blocks mark headline, standfirst,
//!   byline, dateline, captions (with credit), paragraphs, subheadings and the source line.
//! - [`read_html`]: main text and metadata of a web page ([`extract_html`] combines two
//!   boilerplate removers); [`score`] scores extraction as the public benchmark does.
//! - [`read_json_line`], [`read_json_file`]: article records with `text` or `html`.
//! - [`read_path`]: files, directories (recursive, by extension, `.gz` too) and stdin, as a
//!   stream of [`Record`]s; bad input (binary, empty, too large, invalid UTF-8 or JSON) becomes
//!   an error record and the stream goes on.
//!
//! ```
//! use chronicle_doc::BlockKind;
//! use chronicle_read::read_txt;
//! let doc = read_txt("A headline\n\nThe body.\n", Default::default());
//! assert_eq!(doc.meta.title.as_deref(), Some("A headline"));
//! assert_eq!(doc.blocks[1].kind, BlockKind::Paragraph);
//! ```
#![deny(missing_docs)]

mod error;
pub mod html;
mod json;
mod records;
pub mod score;
mod txt;

pub use error::{ReadError, Result};
pub use html::{extract_html, read_html, Extractor, HtmlArticle};
pub use json::{read_json_file, read_json_line, read_json_value};
pub use records::{read_path, read_path_with, Format, Limits, ReadOptions, Record, Records};
pub use txt::read_txt;
