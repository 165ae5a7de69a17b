//! Coreference chains over names, pronouns and role nominals, rule-based.
//!
//! [`CorefStage`] (`"coref.v1"`) reads [`Document::entities`] and fills
//! [`Document::chains`], setting [`chronicle_doc::Entity::chain`] (and
//! [`chronicle_doc::Entity::canonical`] when nothing else set it). It links:
//!
//! - person and organisation names: the same name, a surname or a final part of the full
//!   name ("Al-Kadhimi" → "Mustafa al-Kadhimi", the Arabic article `al-` matched without
//!   regard to case), an acronym or a parenthesised alias ("UNAMI");
//! - role nominals ("the prime minister") to the person the article introduced with that
//!   role, as a title before the name ("Prime Minister Mustafa al-Kadhimi") or an appositive
//!   after it ("Randa Slim, director of ...");
//! - third-person pronouns (he/him/his, she/her) to the subject-most compatible person of
//!   the same sentence before the pronoun, else of the nearest earlier sentence.
//!
//! ```
//! use chronicle_doc::{Document, Entity, EntityLabel, Meta, Stage};
//! let text = "Prime Minister Mustafa al-Kadhimi spoke. Later Al-Kadhimi left. He was calm.";
//! let mut doc = Document::new(text, Meta::default());
//! chronicle_text::TextStage::new().run(&mut doc).unwrap();
//! for name in ["Mustafa al-Kadhimi", "Al-Kadhimi"] {
//!     let at = text.find(name).unwrap();
//!     let span = doc.span(at, at + name.len()).unwrap();
//!     doc.entities.push(Entity::new(span, EntityLabel::Per));
//! }
//! chronicle_coref::CorefStage::new().run(&mut doc).unwrap();
//! assert_eq!(doc.chains.len(), 1);
//! assert_eq!(doc.chains[0].canonical, "Mustafa al-Kadhimi");
//! let mentions: Vec<&str> = doc.chains[0].mentions.iter().map(|m| doc.slice(m.0)).collect();
//! assert_eq!(mentions, ["Mustafa al-Kadhimi", "Al-Kadhimi", "He"]);
//! ```
#![deny(missing_docs)]

pub mod error;
pub mod lex;
pub mod lexicon;
mod resolve;

use chronicle_doc::{Document, LayerKind, Span, Stage, StageError};

pub use error::{CorefError, Result};
pub use resolve::resolve;

/// The coreference stage.
#[derive(Debug, Clone, Default)]
pub struct CorefStage {}

impl CorefStage {
    /// The rule-based resolver.
    pub fn new() -> CorefStage {
        CorefStage {}
    }
}

impl Stage for CorefStage {
    fn name(&self) -> &'static str {
        "coref.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Entities]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Coref]
    }
    fn run(&self, doc: &mut Document) -> std::result::Result<(), StageError> {
        resolve(doc);
        Ok(())
    }
}

/// The chain with a mention covering `span` (a mention inside `span`, or `span` inside a
/// mention), if any. Mentions that start at the same place as `span` win.
pub fn chain_at(doc: &Document, span: Span) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (ci, chain) in doc.chains.iter().enumerate() {
        for m in &chain.mentions {
            if m.0.contains(span) || span.contains(m.0) {
                let dist = m.0.start().abs_diff(span.start());
                if best.is_none_or(|(_, d)| dist < d) {
                    best = Some((ci, dist));
                }
            }
        }
    }
    best.map(|(c, _)| c)
}
