//! Scoring against a CoNLL-U treebank: sentence-boundary F1 and token agreement.
//!
//! The raw text is rebuilt from the treebank: the sentences of a paragraph (`# newpar`) are
//! joined by one space, paragraphs by a blank line, each document (`# newdoc`) is scored on
//! its own. Gold tokens are the surface tokens (a multi-word token line counts once), located
//! in order in the rebuilt text.

use std::collections::HashSet;
use std::fmt;

use chronicle_doc::{Block, BlockKind, Document, Meta, Span, Stage, TextSpan};

use crate::TextStage;

/// One document rebuilt from a treebank, with gold sentence and token spans (byte offsets).
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    /// The rebuilt text.
    pub text: String,
    /// Gold sentence spans.
    pub sentences: Vec<(usize, usize)>,
    /// Gold token spans.
    pub tokens: Vec<(usize, usize)>,
    /// Paragraph spans.
    pub paragraphs: Vec<(usize, usize)>,
}

/// Parse CoNLL-U text into documents.
pub fn read_conllu(src: &str) -> Vec<GoldDoc> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut cur = GoldDoc::default();
    let mut par_start: Option<usize> = None;
    let mut sent_text: Option<String> = None;
    let mut forms: Vec<String> = Vec::new();
    let mut skip_until = 0usize;
    let flush_sentence =
        |cur: &mut GoldDoc, par_start: &mut Option<usize>, text: &str, forms: &[String]| {
            if !cur.text.is_empty() && par_start.is_some() {
                cur.text.push(' ');
            }
            if par_start.is_none() {
                if !cur.text.is_empty() {
                    cur.text.push_str("\n\n");
                }
                *par_start = Some(cur.text.len());
            }
            let base = cur.text.len();
            cur.text.push_str(text);
            cur.sentences.push((base, base + text.len()));
            let mut at = 0;
            for f in forms {
                if let Some(i) = text[at..].find(f.as_str()) {
                    let s = base + at + i;
                    cur.tokens.push((s, s + f.len()));
                    at += i + f.len();
                }
            }
        };
    let close_par = |cur: &mut GoldDoc, par_start: &mut Option<usize>| {
        if let Some(s) = par_start.take() {
            cur.paragraphs.push((s, cur.text.len()));
        }
    };
    for line in src.lines() {
        if let Some(rest) = line.strip_prefix("# newdoc") {
            let _ = rest;
            close_par(&mut cur, &mut par_start);
            if !cur.text.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
        } else if line.starts_with("# newpar") {
            close_par(&mut cur, &mut par_start);
        } else if let Some(t) = line.strip_prefix("# text = ") {
            sent_text = Some(t.to_string());
        } else if line.is_empty() {
            if let Some(t) = sent_text.take() {
                flush_sentence(&mut cur, &mut par_start, &t, &forms);
            }
            forms.clear();
            skip_until = 0;
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or("");
            let form = cols.next().unwrap_or("").to_string();
            if let Some((a, b)) = id.split_once('-') {
                let (_, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
                skip_until = b;
                forms.push(form);
            } else if !id.contains('.') {
                let n: usize = id.parse().unwrap_or(0);
                if n > skip_until {
                    forms.push(form);
                }
            }
        }
    }
    if let Some(t) = sent_text.take() {
        flush_sentence(&mut cur, &mut par_start, &t, &forms);
    }
    close_par(&mut cur, &mut par_start);
    if !cur.text.is_empty() {
        docs.push(cur);
    }
    docs
}

pub use chronicle_doc::score::Prf;

fn add_sets(prf: &mut Prf, gold: &HashSet<(usize, usize)>, pred: &HashSet<(usize, usize)>) {
    prf.add(gold.intersection(pred).count(), pred.len(), gold.len());
}

/// The scores of [`evaluate`].
#[derive(Debug, Clone, Default)]
pub struct SentenceReport {
    /// Documents scored.
    pub n_docs: usize,
    /// Sentence boundaries (sentence end offsets, document ends excluded).
    pub boundaries: Prf,
    /// Whole sentence spans (exact start and end).
    pub sentences: Prf,
    /// Token spans (exact).
    pub tokens: Prf,
    /// A few boundary errors: (kind, context).
    pub errors: Vec<(String, String)>,
}

impl fmt::Display for SentenceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "documents: {}", self.n_docs)?;
        for (name, p) in [
            ("sentence boundaries", self.boundaries),
            ("sentence spans", self.sentences),
            ("tokens", self.tokens),
        ] {
            writeln!(
                f,
                "{name:<20} P {:.4}  R {:.4}  F1 {:.4}  (gold {}, predicted {}, correct {})",
                p.precision(),
                p.recall(),
                p.f1(),
                p.n_gold,
                p.n_pred,
                p.tp
            )?;
        }
        Ok(())
    }
}

/// Score the text stage on gold documents. Paragraph breaks are visible to the splitter as
/// blank lines, as in real input; `with_blocks` also passes them as paragraph blocks.
pub fn evaluate(docs: &[GoldDoc], with_blocks: bool, max_errors: usize) -> SentenceReport {
    let stage = TextStage::new();
    let mut report = SentenceReport {
        n_docs: docs.len(),
        ..Default::default()
    };
    for g in docs {
        let mut doc = Document::new(g.text.clone(), Meta::default());
        if with_blocks {
            doc.blocks = g
                .paragraphs
                .iter()
                .map(|&(a, b)| Block {
                    kind: BlockKind::Paragraph,
                    span: TextSpan(Span::new(a, b).expect("ordered")),
                    credit: None,
                })
                .collect();
        }
        if stage.run(&mut doc).is_err() {
            continue;
        }
        let end = g.text.len();
        let gold_b: HashSet<(usize, usize)> = g
            .sentences
            .iter()
            .filter(|s| s.1 != end)
            .map(|s| (s.1, 0))
            .collect();
        let pred_b: HashSet<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.end(), 0))
            .filter(|s| s.0 != end)
            .collect();
        add_sets(&mut report.boundaries, &gold_b, &pred_b);
        if report.errors.len() < max_errors {
            for &(b, _) in gold_b.symmetric_difference(&pred_b) {
                let kind = if gold_b.contains(&(b, 0)) {
                    "missed"
                } else {
                    "spurious"
                };
                let lo = g.text.floor_char_boundary(b.saturating_sub(40));
                let hi = g.text.ceil_char_boundary((b + 40).min(end));
                report.errors.push((
                    kind.into(),
                    format!("{}‖{}", &g.text[lo..b], &g.text[b..hi]).replace('\n', "⏎"),
                ));
            }
        }
        let gold_s: HashSet<(usize, usize)> = g.sentences.iter().copied().collect();
        let pred_s: HashSet<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.start(), s.span.end()))
            .collect();
        add_sets(&mut report.sentences, &gold_s, &pred_s);
        let gold_t: HashSet<(usize, usize)> = g.tokens.iter().copied().collect();
        let pred_t: HashSet<(usize, usize)> = doc
            .tokens
            .iter()
            .map(|t| (t.span.start(), t.span.end()))
            .collect();
        add_sets(&mut report.tokens, &gold_t, &pred_t);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar id = p1\n# text = Hi there.\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n# text = Don't go\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn rebuilds_text_and_gold_spans() {
        let docs = read_conllu(SAMPLE);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.text, "Hi there. Don't go");
        assert_eq!(d.sentences, vec![(0, 9), (10, 18)]);
        let toks: Vec<&str> = d.tokens.iter().map(|&(a, b)| &d.text[a..b]).collect();
        assert_eq!(toks, ["Hi", "there", ".", "Don't", "go"]);
    }

    #[test]
    fn scores_a_perfect_split_as_one() {
        let docs = read_conllu("# newdoc id = d\n# newpar id = p\n# text = One.\n1\tOne\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n# text = Two.\n1\tTwo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
        let r = evaluate(&docs, false, 0);
        assert_eq!(r.boundaries.tp, 1);
        assert_eq!(r.boundaries.f1(), 1.0);
        assert_eq!(r.tokens.f1(), 1.0);
    }
}
