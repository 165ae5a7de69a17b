//! Pipeline stages: [`PosStage`] (`pos.v1`) fills each token's UPOS and XPOS; [`NerStage`]
//! (`ner.v1`) fills `doc.entities`. Both run per sentence over the tokens of `chronicle-text`.

use std::sync::Arc;

use chronicle_doc::{Document, Entity, EntityLabel, LayerKind, Span, Stage, StageError};

use crate::features::TokBuilder;
use crate::ner::{NerInput, NER_CLASSES};
use crate::{NerTagger, PosTagger};

/// Tags parts of speech.
pub struct PosStage {
    tagger: Arc<PosTagger>,
}

impl PosStage {
    /// The stage with the committed model.
    pub fn new() -> crate::Result<PosStage> {
        Ok(PosStage {
            tagger: crate::models::pos()?,
        })
    }
    /// The stage with a given tagger.
    pub fn with_tagger(tagger: Arc<PosTagger>) -> PosStage {
        PosStage { tagger }
    }
}

impl Stage for PosStage {
    fn name(&self) -> &'static str {
        "pos.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Pos]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut b = TokBuilder::new();
        let mut toks = Vec::new();
        let mut out = Vec::new();
        let mut scratch = crate::pos::PosScratch::default();
        for si in 0..doc.sentences.len() {
            let r = doc.sentences[si].token_range();
            let r = r.start.min(doc.tokens.len())..r.end.min(doc.tokens.len());
            toks.clear();
            for t in &doc.tokens[r.clone()] {
                toks.push(self.tagger.tok(&mut b, &doc.text()[t.span.range()]));
            }
            self.tagger.tag_with(&toks, &mut out, &mut scratch);
            for (t, &c) in doc.tokens[r].iter_mut().zip(&out) {
                let (u, x) = self.tagger.class(c);
                t.upos = Some(u);
                t.xpos = Some(x);
            }
        }
        Ok(())
    }
}

/// Finds named entities.
pub struct NerStage {
    tagger: Arc<NerTagger>,
}

impl NerStage {
    /// The stage with the committed model.
    pub fn new() -> crate::Result<NerStage> {
        Ok(NerStage {
            tagger: crate::models::ner()?,
        })
    }
    /// The stage with a given tagger.
    pub fn with_tagger(tagger: Arc<NerTagger>) -> NerStage {
        NerStage { tagger }
    }
}

/// The part of a token the NER model sees: without a trailing possessive (`Iraq's` → `Iraq`),
/// as CoNLL tokenization splits it off.
pub fn ner_word(tok: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = tok.strip_suffix(suffix) {
            if stem.chars().count() >= 2 && stem.chars().last().is_some_and(char::is_alphanumeric) {
                return stem;
            }
        }
    }
    tok
}

impl Stage for NerStage {
    fn name(&self) -> &'static str {
        "ner.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Entities]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        let text = doc.text();
        let mut b = TokBuilder::new();
        let mut input = NerInput::default();
        // (start, end) of the part of each token the model saw.
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(doc.tokens.len());
        for s in &doc.sentences {
            let r = s.token_range();
            let r = r.start.min(doc.tokens.len())..r.end.min(doc.tokens.len());
            let toks = &doc.tokens[r];
            spans.extend(toks.iter().map(|t| {
                let w = ner_word(&text[t.span.range()]);
                (t.span.start(), t.span.start() + w.len())
            }));
            let n = spans.len();
            let words = spans[n - toks.len()..].iter().map(|&(a, e)| &text[a..e]);
            input.push_toks(words.map(|w| self.tagger.tok(&mut b, w)));
        }
        let mut out = Vec::new();
        self.tagger.tag(&input, &mut out);
        let mut entities = Vec::new();
        let mut diagnostics = Vec::new();
        let tags: Vec<&str> = out.iter().map(|&c| NER_CLASSES[c as usize]).collect();
        // Chunks never cross a sentence: tag sequences restart with B- or O at each sentence,
        // and a sentence break between an I- pair cannot happen because decoding restarts.
        let mut at = 0;
        for s in &doc.sentences {
            let n = s.token_range().len().min(tags.len() - at);
            for (ty, a, e) in crate::eval::chunks(&tags[at..at + n]) {
                let (start, end) = (spans[at + a].0, spans[at + e - 1].1);
                let Some(label) = EntityLabel::parse(&ty) else {
                    continue;
                };
                match Span::new_in(text, start, end) {
                    Ok(span) => entities.push(Entity::new(span, label)),
                    Err(e) => diagnostics.push(chronicle_doc::Diagnostic {
                        stage: "ner.v1".into(),
                        message: format!("entity span not on char boundaries: {e}"),
                        span: None,
                    }),
                }
            }
            at += n;
        }
        entities.sort_by_key(|e| (e.span.start(), e.span.end()));
        entities.dedup_by(|b, a| b.span.start() < a.span.end());
        doc.entities = entities;
        doc.diagnostics.extend(diagnostics);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_are_cut_for_the_model() {
        assert_eq!(ner_word("al-Kadhimi's"), "al-Kadhimi");
        assert_eq!(ner_word("Iraq’s"), "Iraq");
        assert_eq!(ner_word("'s"), "'s");
        assert_eq!(ner_word("Baghdad"), "Baghdad");
    }
}

#[cfg(test)]
mod stage_tests {
    use super::*;
    use chronicle_doc::Meta;

    #[test]
    fn stages_fill_pos_and_sorted_entities() {
        let text =
            "Iraq's prime minister met UN envoy Jeanine Hennis-Plasschaert in Baghdad on Sunday.";
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        PosStage::new().unwrap().run(&mut doc).unwrap();
        NerStage::new().unwrap().run(&mut doc).unwrap();
        assert!(doc
            .tokens
            .iter()
            .all(|t| t.upos.is_some() && t.xpos.is_some()));
        let ents: Vec<(&str, &str)> = doc
            .entities
            .iter()
            .map(|e| (doc.slice(e.span.0), e.label.as_str()))
            .collect();
        assert!(ents.contains(&("Iraq", "LOC")), "{ents:?}");
        assert!(ents.contains(&("Baghdad", "LOC")), "{ents:?}");
        assert!(doc
            .entities
            .windows(2)
            .all(|w| w[0].span.end() <= w[1].span.start()));
    }

    #[test]
    fn empty_and_odd_documents_do_not_panic() {
        for text in ["", "   ", "\u{200b}\u{1F600} ’s", "A"] {
            let mut doc = Document::new(text, Meta::default());
            chronicle_text::TextStage::new().run(&mut doc).unwrap();
            PosStage::new().unwrap().run(&mut doc).unwrap();
            NerStage::new().unwrap().run(&mut doc).unwrap();
        }
    }
}
