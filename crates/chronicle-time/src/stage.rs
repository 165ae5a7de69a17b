//! [`TimeStage`] ("time.v1"): fills `doc.times` and, when needed, the document date.

use chronicle_doc::{
    BlockKind, DateSource, Diagnostic, Document, LayerKind, Stage, StageError, TextSpan, Timex,
    TimexType,
};

use crate::docdate::{self, Clue};
use crate::resolve::Resolver;
use crate::tagger::{self, Found};

/// The time stage: finds temporal expressions, settles the document date, resolves values.
///
/// The date comes from `meta.published` when set (its source is kept), else from a dateline
/// block, else it is inferred from the text ([`docdate::infer`]) and marked
/// [`DateSource::Inferred`] with a confidence.
#[derive(Clone, Debug, Default)]
pub struct TimeStage {}

impl TimeStage {
    /// The stage.
    pub fn new() -> TimeStage {
        TimeStage {}
    }
}

const NAME: &str = "time.v1";

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        NAME
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences]
    }

    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Times]
    }

    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        let found = find_in_doc(doc);
        let in_block =
            |f: &Found, kind: BlockKind| doc.block_at(f.start).is_some_and(|b| b.kind == kind);
        let clues: Vec<Clue<'_>> = found
            .iter()
            .map(|f| Clue {
                found: f,
                caption: in_block(f, BlockKind::Caption),
            })
            .collect();

        // The document date.
        let mut notes = Vec::new();
        let (dct, dct_conf) = match doc.meta.published.as_deref().map(docdate::parse_published) {
            Some(Some(d)) => (Some(d), doc.meta.published_confidence.unwrap_or(1.0)),
            Some(None)
                if doc
                    .meta
                    .published
                    .as_deref()
                    .and_then(docdate::parse_partial)
                    .is_some() =>
            {
                // A day without a year (a dateline "Nov 7"): pin the year from the text.
                let (m, d) = doc
                    .meta
                    .published
                    .as_deref()
                    .and_then(docdate::parse_partial)
                    .unwrap_or((1, 1));
                match docdate::complete(m, d, &clues) {
                    Some(full) => {
                        notes.push(format!(
                            "publication year pinned: {} (confidence {:.2}): {}",
                            full.value,
                            full.confidence,
                            full.evidence.join("; ")
                        ));
                        doc.meta.published = Some(full.value.clone());
                        doc.meta.published_confidence = Some(full.confidence);
                        (full.date, full.confidence)
                    }
                    None => {
                        notes.push(
                            "publication year unknown: relative expressions left open".into(),
                        );
                        (None, 0.0)
                    }
                }
            }
            Some(None) => {
                notes.push(format!(
                    "published date {:?} is not an ISO date: relative expressions left open",
                    doc.meta.published.as_deref().unwrap_or("")
                ));
                (None, 0.0)
            }
            None => {
                let dateline: Vec<&Found> = found
                    .iter()
                    .filter(|f| in_block(f, BlockKind::Dateline) || in_opening_dateline(doc, f))
                    .collect();
                let (got, source) = match docdate::from_dateline(&dateline, &clues) {
                    Some(d) => (Some(d), DateSource::Dateline),
                    None => (docdate::infer(&clues), DateSource::Inferred),
                };
                match got {
                    Some(d) => {
                        notes.push(format!(
                            "publication date {} ({:?}, confidence {:.2}): {}",
                            d.value,
                            source,
                            d.confidence,
                            d.evidence.join("; ")
                        ));
                        doc.meta.published = Some(d.value.clone());
                        doc.meta.published_source = Some(source);
                        doc.meta.published_confidence = Some(d.confidence);
                        (d.date, d.confidence)
                    }
                    None => {
                        notes.push(
                            "no publication date found: relative expressions left open".into(),
                        );
                        (None, 0.0)
                    }
                }
            }
        };

        let mut resolver = Resolver::new(dct, dct_conf);
        let mut times = Vec::with_capacity(found.len());
        for f in &found {
            let r = resolver.resolve(f, times.len());
            let Ok(span) = doc.span(f.start, f.end) else {
                continue;
            };
            times.push(Timex {
                span: TextSpan(span),
                kind: r.kind,
                value: r.value,
                anchor: r.anchor.as_string(),
                confidence: r.confidence,
            });
        }
        doc.times = times;
        doc.diagnostics
            .extend(notes.into_iter().map(|message| Diagnostic {
                stage: NAME.into(),
                message,
                span: None,
            }));
        Ok(())
    }
}

/// A dateline the reader did not mark: an upper-case place, a date, a dash, at the very start
/// of the first body paragraph ("WASHINGTON, Nov 7 (Reuters) - ...").
fn in_opening_dateline(doc: &Document, f: &Found) -> bool {
    let Some(p) = doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph || b.kind == BlockKind::Dateline)
    else {
        return false;
    };
    let start = p.span.start();
    if f.start < start || f.end > start + 80 {
        return false;
    }
    let head = doc.text().get(start..f.start).unwrap_or("");
    let rest_end = (f.end + 40).min(p.span.end()).max(f.end);
    let rest = doc.text().get(f.end..rest_end).unwrap_or("");
    let upper_place = head
        .split(',')
        .next()
        .is_some_and(|w| !w.trim().is_empty() && w.chars().all(|c| !c.is_lowercase()));
    upper_place
        && (rest.contains(" - ")
            || rest.contains('—')
            || rest.contains('–')
            || rest.contains("(Reuters)"))
}

/// Find expressions sentence by sentence (or over the whole text when there are no
/// sentences), with document byte offsets.
fn find_in_doc(doc: &Document) -> Vec<Found> {
    let text = doc.text();
    let mut ranges: Vec<(usize, usize)> = doc
        .sentences
        .iter()
        .map(|s| (s.span.start(), s.span.end()))
        .filter(|(s, e)| s <= e && *e <= text.len())
        .collect();
    if ranges.is_empty() {
        ranges.push((0, text.len()));
    }
    let mut out = Vec::new();
    for (s, e) in ranges {
        let Some(piece) = text.get(s..e) else {
            continue;
        };
        for mut f in tagger::find(piece) {
            f.start += s;
            f.end += s;
            out.push(f);
        }
    }
    out
}

/// A tagged expression with byte offsets (the output of [`tag`]).
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedTime {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// `published`, `timex:<i>` or `none`.
    pub anchor: String,
    /// Confidence.
    pub confidence: f32,
}

/// Tag a plain text against a publication date (ISO; `None` to infer it from the text).
pub fn tag(text: &str, published: Option<&str>) -> Vec<TaggedTime> {
    let found = tagger::find(text);
    let dct = published.and_then(docdate::parse_published);
    let (dct, conf) = match dct {
        Some(d) => (Some(d), 1.0),
        None => {
            let clues: Vec<Clue<'_>> = found
                .iter()
                .map(|f| Clue {
                    found: f,
                    caption: false,
                })
                .collect();
            match docdate::infer(&clues) {
                Some(d) => (d.date, d.confidence),
                None => (None, 0.0),
            }
        }
    };
    let mut resolver = Resolver::new(dct, conf);
    found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let r = resolver.resolve(f, i);
            TaggedTime {
                start: f.start,
                end: f.end,
                kind: r.kind,
                value: r.value,
                anchor: r.anchor.as_string(),
                confidence: r.confidence,
            }
        })
        .collect()
}
