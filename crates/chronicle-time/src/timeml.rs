//! TimeML gold data and the scorer behind `chronicle eval times`.
//!
//! A `.tml` file's `<TEXT>` element, stripped of tags, is the text to tag; every `<TIMEX3>`
//! inside it is a gold expression (byte span, type, value). The document creation time is the
//! `<TIMEX3>` in `<DCT>`: it is the publication date given to the tagger and is **not** a
//! target, since it lies outside the text body.
//!
//! Scores (TempEval-3 style): span precision/recall/F1 with *relaxed* (overlapping) and
//! *strict* (identical) matching, and *value* F1, where a hit needs an overlapping span and
//! the exact value. Gold and predicted expressions are paired one to one, greedily by overlap.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One gold or predicted expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Start byte in the document text.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// TIMEX3 type in upper case (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// A TimeML document: text, creation time, gold expressions.
#[derive(Clone, Debug)]
pub struct TimeMlDoc {
    /// The file.
    pub path: PathBuf,
    /// Document id (file stem).
    pub id: String,
    /// The `<TEXT>` content without tags.
    pub text: String,
    /// The document creation time (`value` of the DCT TIMEX3), when given.
    pub dct: Option<String>,
    /// Gold expressions inside the text.
    pub gold: Vec<Mention>,
}

/// Read one `.tml` file.
pub fn read(path: &Path) -> Result<TimeMlDoc> {
    let xml = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    parse(&xml, path)
}

/// Parse TimeML from a string (`path` names it in errors and in the result).
pub fn parse(xml: &str, path: &Path) -> Result<TimeMlDoc> {
    let tree = roxmltree::Document::parse(xml).map_err(|e| Error::TimeMl {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let root = tree.root_element();
    let dct = root
        .descendants()
        .find(|n| n.has_tag_name("DCT"))
        .and_then(|d| d.descendants().find(|n| n.has_tag_name("TIMEX3")))
        .and_then(|t| t.attribute("value"))
        .map(str::to_owned);
    let text_el = root
        .descendants()
        .find(|n| n.has_tag_name("TEXT"))
        .ok_or_else(|| Error::TimeMl {
            path: path.to_owned(),
            message: "no <TEXT> element".into(),
        })?;
    let mut text = String::new();
    let mut gold = Vec::new();
    collect(text_el, &mut text, &mut gold);
    Ok(TimeMlDoc {
        path: path.to_owned(),
        id: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        text,
        dct,
        gold,
    })
}

fn collect(node: roxmltree::Node<'_, '_>, text: &mut String, gold: &mut Vec<Mention>) {
    for child in node.children() {
        if child.is_text() {
            text.push_str(child.text().unwrap_or(""));
        } else if child.is_element() {
            let start = text.len();
            collect(child, text, gold);
            if child.has_tag_name("TIMEX3") {
                gold.push(Mention {
                    start,
                    end: text.len(),
                    kind: child.attribute("type").unwrap_or("").to_uppercase(),
                    value: child.attribute("value").unwrap_or("").to_owned(),
                });
            }
        }
    }
}

/// Every `.tml` file under `dir`, recursively, sorted.
pub fn find_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|source| Error::Io {
            path: d.clone(),
            source,
        })?;
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "tml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Counts for precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Correct predictions.
    pub tp_pred: usize,
    /// Gold items found.
    pub tp_gold: usize,
    /// Predictions.
    pub n_pred: usize,
    /// Gold items.
    pub n_gold: usize,
}

impl Prf {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp_pred, self.n_pred)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp_gold, self.n_gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One scoring error, for `--verbose`.
#[derive(Clone, Debug)]
pub struct ErrorExample {
    /// Document id.
    pub doc: String,
    /// `missed`, `spurious`, `value`.
    pub what: &'static str,
    /// The text covered (gold for missed/value, predicted for spurious).
    pub text: String,
    /// Gold value (empty for spurious).
    pub gold: String,
    /// Predicted value (empty for missed).
    pub predicted: String,
}

/// The scorer's running totals.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Relaxed (overlap) span matching.
    pub relaxed: Prf,
    /// Strict (identical span) matching.
    pub strict: Prf,
    /// Overlapping span and exact value.
    pub value: Prf,
    /// Overlapping span and the same type.
    pub kind: Prf,
    /// Per gold type (recall side) and per predicted type (precision side): relaxed span.
    pub by_type_span: BTreeMap<String, Prf>,
    /// Per type: value.
    pub by_type_value: BTreeMap<String, Prf>,
    /// Documents scored.
    pub n_docs: usize,
    /// Errors seen.
    pub errors: Vec<ErrorExample>,
}

impl Score {
    /// Add one document.
    pub fn add(&mut self, doc_id: &str, text: &str, gold: &[Mention], pred: &[Mention]) {
        self.n_docs += 1;
        let pairs = pair(gold, pred);
        let mut gold_hit = vec![None; gold.len()];
        let mut pred_hit = vec![None; pred.len()];
        for &(g, p) in &pairs {
            gold_hit[g] = Some(p);
            pred_hit[p] = Some(g);
        }
        let slice = |m: &Mention| text.get(m.start..m.end).unwrap_or("").replace('\n', " ");
        for prf in [
            &mut self.relaxed,
            &mut self.strict,
            &mut self.value,
            &mut self.kind,
        ] {
            prf.n_gold += gold.len();
            prf.n_pred += pred.len();
        }
        for (gi, g) in gold.iter().enumerate() {
            let t = self.by_type_span.entry(g.kind.clone()).or_default();
            t.n_gold += 1;
            let v = self.by_type_value.entry(g.kind.clone()).or_default();
            v.n_gold += 1;
            match gold_hit[gi] {
                Some(pi) => {
                    let p = &pred[pi];
                    t.tp_gold += 1;
                    self.relaxed.tp_gold += 1;
                    if p.start == g.start && p.end == g.end {
                        self.strict.tp_gold += 1;
                    }
                    if p.kind == g.kind {
                        self.kind.tp_gold += 1;
                    }
                    if p.value == g.value {
                        self.value.tp_gold += 1;
                        v.tp_gold += 1;
                    } else {
                        self.errors.push(ErrorExample {
                            doc: doc_id.into(),
                            what: "value",
                            text: slice(g),
                            gold: g.value.clone(),
                            predicted: p.value.clone(),
                        });
                    }
                }
                None => self.errors.push(ErrorExample {
                    doc: doc_id.into(),
                    what: "missed",
                    text: slice(g),
                    gold: g.value.clone(),
                    predicted: String::new(),
                }),
            }
        }
        for (pi, p) in pred.iter().enumerate() {
            let t = self.by_type_span.entry(p.kind.clone()).or_default();
            t.n_pred += 1;
            let v = self.by_type_value.entry(p.kind.clone()).or_default();
            v.n_pred += 1;
            match pred_hit[pi] {
                Some(gi) => {
                    let g = &gold[gi];
                    t.tp_pred += 1;
                    self.relaxed.tp_pred += 1;
                    if p.start == g.start && p.end == g.end {
                        self.strict.tp_pred += 1;
                    }
                    if p.kind == g.kind {
                        self.kind.tp_pred += 1;
                    }
                    if p.value == g.value {
                        self.value.tp_pred += 1;
                        v.tp_pred += 1;
                    }
                }
                None => self.errors.push(ErrorExample {
                    doc: doc_id.into(),
                    what: "spurious",
                    text: slice(p),
                    gold: String::new(),
                    predicted: p.value.clone(),
                }),
            }
        }
    }
}

/// Pair gold and predicted mentions one to one, largest overlap first.
fn pair(gold: &[Mention], pred: &[Mention]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let overlap = g.end.min(p.end) as i64 - g.start.max(p.start) as i64;
            if overlap > 0 {
                cands.push((overlap, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gu = vec![false; gold.len()];
    let mut pu = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, g, p) in cands {
        if !gu[g] && !pu[p] {
            gu[g] = true;
            pu[p] = true;
            out.push((g, p));
        }
    }
    out
}

/// Predictions made by another system, keyed by document id (byte offsets).
pub type Predictions = BTreeMap<String, Vec<Mention>>;

/// Read predictions from JSON lines `{"doc": id, "start": c, "end": c, "type": T, "value": V}`
/// with **character** offsets into the stripped `<TEXT>`; converted to bytes against `docs`.
pub fn load_predictions(path: &Path, docs: &[TimeMlDoc]) -> Result<Predictions> {
    let raw = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let texts: BTreeMap<&str, &str> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let mut out = Predictions::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| Error::TimeMl {
            path: path.to_owned(),
            message: format!("line {}: {message}", n + 1),
        };
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let doc = v["doc"]
            .as_str()
            .ok_or_else(|| bad("no string field `doc`".into()))?;
        let Some(text) = texts.get(doc) else {
            continue;
        };
        let cs = v["start"]
            .as_u64()
            .ok_or_else(|| bad("no field `start`".into()))? as usize;
        let ce = v["end"]
            .as_u64()
            .ok_or_else(|| bad("no field `end`".into()))? as usize;
        let byte = |c: usize| {
            text.char_indices()
                .nth(c)
                .map(|x| x.0)
                .unwrap_or(text.len())
        };
        out.entry(doc.to_owned()).or_default().push(Mention {
            start: byte(cs),
            end: byte(ce),
            kind: v["type"].as_str().unwrap_or("DATE").to_uppercase(),
            value: v["value"].as_str().unwrap_or("").to_owned(),
        });
    }
    Ok(out)
}

/// Score chronicle's tagger (or `predictions`, when given) on TimeML documents, each tagged
/// with its DCT as the publication date.
pub fn evaluate(docs: &[TimeMlDoc], predictions: Option<&Predictions>) -> Score {
    let mut score = Score::default();
    for d in docs {
        let pred: Vec<Mention> = match predictions {
            Some(p) => p.get(&d.id).cloned().unwrap_or_default(),
            None => crate::tag(&d.text, d.dct.as_deref())
                .into_iter()
                .map(|t| Mention {
                    start: t.start,
                    end: t.end,
                    kind: format!("{:?}", t.kind).to_uppercase(),
                    value: t.value,
                })
                .collect(),
        };
        score.add(&d.id, &d.text, &d.gold, &pred);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-11-07" functionInDocument="CREATION_TIME">Nov 7</TIMEX3></DCT>
<TEXT>Drones hit on <TIMEX3 tid="t1" type="DATE" value="2021-11-07">Sunday</TIMEX3>, <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> after <EVENT eid="e1">protests</EVENT> &amp; riots.</TEXT>
</TimeML>"#;

    #[test]
    fn reads_text_gold_and_dct() {
        let d = parse(SAMPLE, Path::new("x.tml")).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2021-11-07"));
        assert_eq!(
            d.text,
            "Drones hit on Sunday, two days after protests & riots."
        );
        assert_eq!(d.gold.len(), 2);
        assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "Sunday");
        assert_eq!(d.gold[1].value, "P2D");
    }

    #[test]
    fn scoring_counts_relaxed_strict_and_value() {
        let m = |s, e, v: &str| Mention {
            start: s,
            end: e,
            kind: "DATE".into(),
            value: v.into(),
        };
        let gold = [m(0, 10, "2021"), m(20, 25, "P2D"), m(30, 35, "X")];
        let pred = [m(0, 10, "2021"), m(18, 24, "P3D"), m(50, 55, "Y")];
        let mut s = Score::default();
        s.add("d", "", &gold, &pred);
        assert_eq!(
            (s.relaxed.tp_gold, s.relaxed.n_gold, s.relaxed.n_pred),
            (2, 3, 3)
        );
        assert_eq!(s.strict.tp_gold, 1);
        assert_eq!(s.value.tp_gold, 1);
        assert!((s.value.f1() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.errors.iter().filter(|e| e.what == "spurious").count(), 1);
    }
}
