//! Direct, indirect and mixed quotes with cue, speaker, channel and addressee.
//!
//! [`QuotesStage`] (`"quotes.v1"`) fills [`Document::quotes`]: for each quote the content
//! span, its kind, the cue ("said", "told", "according to"), the speaker span and the actor it
//! resolves to through the entities and coreference chains ("he" → "Mustafa al-Kadhimi",
//! "his office" → "Office of Mustafa al-Kadhimi"), the channel ("statement", "twitter",
//! "television", ...) and the addressee ("told Al Jazeera"). Rule-based; see [`extract`] for
//! the rules and `docs/eval/quotes.md` for the PolNeAR figures. [`polnear`] reads and scores
//! PolNeAR.
//!
//! ```
//! use chronicle_doc::{Document, Meta, QuoteKind, Stage};
//! let mut doc = Document::new("“We will rebuild,” the mayor said on Twitter.", Meta::default());
//! chronicle_quotes::QuotesStage::new().run(&mut doc).unwrap();
//! let q = &doc.quotes[0];
//! assert_eq!(doc.slice(q.content.0), "We will rebuild");
//! assert_eq!(q.kind, QuoteKind::Direct);
//! assert_eq!(doc.slice(q.speaker.as_ref().unwrap().span.0), "the mayor");
//! assert_eq!(q.channel.as_deref(), Some("twitter"));
//! ```
#![deny(missing_docs)]

pub mod error;
pub mod extract;
pub mod lexicon;
pub mod marks;
pub mod polnear;

use chronicle_doc::{Document, LayerKind, Stage, StageError};

pub use error::{QuotesError, Result};
pub use extract::extract;

/// The quotes stage.
#[derive(Debug, Clone, Default)]
pub struct QuotesStage {}

impl QuotesStage {
    /// The rule-based extractor.
    pub fn new() -> QuotesStage {
        QuotesStage {}
    }
}

impl Stage for QuotesStage {
    fn name(&self) -> &'static str {
        "quotes.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences, LayerKind::Entities]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Quotes]
    }
    fn run(&self, doc: &mut Document) -> std::result::Result<(), StageError> {
        let (quotes, diags) = extract(doc);
        doc.quotes = quotes;
        doc.diagnostics.extend(diags);
        Ok(())
    }
}
