//! Scoring coded events against chronicle's gold set (data/gold/events.jsonl).
//!
//! Per report, predicted events are aligned to gold events whose evidence sentence they share
//! (same sentence span), preferring the same type, then the same ACLED sub-event type, then
//! agreeing actors; each event is used once. Over the aligned pairs we count type, ACLED,
//! actor, toll, location and date agreement.

use std::path::Path;

use chronicle_doc::{Document, Event};
use serde::Deserialize;

use crate::error::{Error, Result};

/// A gold actor.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldActor {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// ISO alpha-3.
    #[serde(default)]
    pub country: Option<String>,
    /// Actor kind.
    #[serde(default)]
    pub kind: Option<String>,
    /// CAMEO-style code.
    #[serde(default)]
    pub code: Option<String>,
}

/// A gold location.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldLocation {
    /// Place name.
    #[serde(default)]
    pub name: Option<String>,
    /// ISO alpha-2.
    #[serde(default)]
    pub country: Option<String>,
}

/// A gold event.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldEvent {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// ACLED type.
    #[serde(default)]
    pub acled_event_type: Option<String>,
    /// ACLED sub-event type.
    #[serde(default)]
    pub acled_sub_event_type: Option<String>,
    /// Source.
    #[serde(default)]
    pub actor1: Option<GoldActor>,
    /// Target.
    #[serde(default)]
    pub actor2: Option<GoldActor>,
    /// Location.
    #[serde(default)]
    pub location: Option<GoldLocation>,
    /// Date.
    #[serde(default)]
    pub date: Option<String>,
    /// Killed.
    #[serde(default)]
    pub fatalities: Option<u64>,
    /// Injured.
    #[serde(default)]
    pub injured: Option<u64>,
    /// Negated.
    #[serde(default)]
    pub negated: bool,
    /// Hypothetical.
    #[serde(default)]
    pub hypothetical: bool,
    /// Evidence sentence.
    #[serde(default)]
    pub evidence: Option<String>,
}

/// A gold report.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldReport {
    /// Report id.
    pub id: String,
    /// `dev` or `test`.
    #[serde(default)]
    pub split: Option<String>,
    /// Publication date.
    #[serde(default)]
    pub published: Option<String>,
    /// Report text.
    pub text: String,
    /// Gold events.
    pub events: Vec<GoldEvent>,
}

/// Read a gold JSONL file, keeping the reports of `split` (`dev`, `test` or `all`).
pub fn read_gold(path: &Path, split: &str) -> Result<Vec<GoldReport>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r: GoldReport = serde_json::from_str(line).map_err(|e| Error::Gold {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if split == "all" || r.split.as_deref() == Some(split) {
            out.push(r);
        }
    }
    Ok(out)
}

/// Counts over a run.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Scores {
    /// Reports.
    pub reports: usize,
    /// Gold events.
    pub gold: usize,
    /// Predicted events (not negated, not hypothetical ones count too).
    pub predicted: usize,
    /// Aligned pairs.
    pub matched: usize,
    /// Aligned pairs with the same type.
    pub type_ok: usize,
    /// Aligned pairs with the same ACLED event type (both none counts).
    pub acled_ok: usize,
    /// Aligned pairs with the same ACLED sub-event type.
    pub acled_sub_ok: usize,
    /// Aligned pairs whose actor1 agrees.
    pub actor1_ok: usize,
    /// Aligned pairs whose actor2 agrees.
    pub actor2_ok: usize,
    /// Aligned pairs with fatalities and injured both equal.
    pub toll_ok: usize,
    /// Aligned pairs with the same fatalities.
    pub fatalities_ok: usize,
    /// Aligned pairs with the same injured.
    pub injured_ok: usize,
    /// Aligned pairs whose location agrees.
    pub location_ok: usize,
    /// Aligned pairs with the same date.
    pub date_ok: usize,
    /// Aligned pairs with the same negated and hypothetical flags.
    pub modality_ok: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    /// Detection precision.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    /// Detection recall.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    /// Detection F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// A readable report.
    pub fn table(&self) -> String {
        let m = self.matched;
        let rows = [
            ("reports", self.reports as f64, String::new()),
            ("gold events", self.gold as f64, String::new()),
            ("predicted events", self.predicted as f64, String::new()),
            (
                "detection precision",
                self.precision(),
                format!("{}/{}", m, self.predicted),
            ),
            (
                "detection recall",
                self.recall(),
                format!("{}/{}", m, self.gold),
            ),
            ("detection F1", self.f1(), String::new()),
            (
                "type accuracy (matched)",
                ratio(self.type_ok, m),
                format!("{}/{m}", self.type_ok),
            ),
            (
                "type accuracy (gold)",
                ratio(self.type_ok, self.gold),
                format!("{}/{}", self.type_ok, self.gold),
            ),
            (
                "ACLED type accuracy (matched)",
                ratio(self.acled_ok, m),
                format!("{}/{m}", self.acled_ok),
            ),
            (
                "ACLED sub-type accuracy (matched)",
                ratio(self.acled_sub_ok, m),
                format!("{}/{m}", self.acled_sub_ok),
            ),
            (
                "actor1 match (matched)",
                ratio(self.actor1_ok, m),
                format!("{}/{m}", self.actor1_ok),
            ),
            (
                "actor2 match (matched)",
                ratio(self.actor2_ok, m),
                format!("{}/{m}", self.actor2_ok),
            ),
            (
                "toll exact match (matched)",
                ratio(self.toll_ok, m),
                format!("{}/{m}", self.toll_ok),
            ),
            (
                "fatalities exact (matched)",
                ratio(self.fatalities_ok, m),
                format!("{}/{m}", self.fatalities_ok),
            ),
            (
                "injured exact (matched)",
                ratio(self.injured_ok, m),
                format!("{}/{m}", self.injured_ok),
            ),
            (
                "location match (matched)",
                ratio(self.location_ok, m),
                format!("{}/{m}", self.location_ok),
            ),
            (
                "date match (matched)",
                ratio(self.date_ok, m),
                format!("{}/{m}", self.date_ok),
            ),
            (
                "modality flags (matched)",
                ratio(self.modality_ok, m),
                format!("{}/{m}", self.modality_ok),
            ),
        ];
        let mut s = String::new();
        for (name, v, detail) in rows {
            if v.fract() == 0.0 && detail.is_empty() && v >= 1.0 {
                s.push_str(&format!("{name:<36} {v:>7.0}\n"));
            } else {
                s.push_str(&format!("{name:<36} {v:>7.3}  {detail}\n"));
            }
        }
        s
    }
}

/// A Latin letter without its diacritic (the gold writes names in plain ASCII: "Noumea",
/// "Dajabon"; the gazetteer keeps "Nouméa", "Dajabón").
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' | 'ḑ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ḩ' | 'ḥ' => 'h',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => 'i',
        'ķ' => 'k',
        'ł' | 'ľ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'ṣ' => 's',
        'ť' | 'ţ' | 'ț' | 'ṭ' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'ẓ' => 'z',
        _ => c,
    }
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(fold)
        .collect::<String>()
        .replace(['’', '\''], "")
        .trim_start_matches("the ")
        .trim()
        .to_string()
}

/// Does a predicted actor agree with a gold actor? Same canonical name (or written name), or
/// the same country and kind.
pub fn actor_match(p: Option<&chronicle_doc::Actor>, g: Option<&GoldActor>) -> bool {
    match (p, g) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let gname = g.name.as_deref().map(norm).unwrap_or_default();
            let names = [p.canonical.as_deref().map(norm), Some(norm(&p.name))];
            if !gname.is_empty() && names.iter().flatten().any(|n| *n == gname) {
                return true;
            }
            let kind = p.kind.map(chronicle_kb::kind_name);
            let pk = kind.as_deref();
            let gk = g.kind.as_deref();
            // Named people are "person" in the gold and their office's kind here.
            let kind_ok =
                pk == gk || (gk == Some("person") && matches!(pk, Some("government" | "person")));
            kind_ok && p.country.as_deref() == g.country.as_deref()
        }
        _ => false,
    }
}

fn location_match(p: Option<&chronicle_doc::Location>, g: Option<&GoldLocation>) -> bool {
    match (p, g) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (a, b) = (
                norm(&p.name),
                g.name.as_deref().map(norm).unwrap_or_default(),
            );
            !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
        }
        _ => false,
    }
}

/// Character range of a gold evidence sentence in the report text.
fn evidence_range(text: &str, ev: Option<&str>) -> Option<(usize, usize)> {
    let ev = ev?;
    let at = text.find(ev)?;
    Some((at, at + ev.len()))
}

/// Score one report: `doc` is the annotated report.
pub fn score_report(report: &GoldReport, doc: &Document, scores: &mut Scores) {
    let preds: Vec<&Event> = doc.events.iter().collect();
    scores.reports += 1;
    scores.gold += report.events.len();
    scores.predicted += preds.len();
    // Candidate pairs: overlapping evidence.
    let mut pairs: Vec<(i64, usize, usize)> = Vec::new();
    for (gi, g) in report.events.iter().enumerate() {
        let gr = evidence_range(&report.text, g.evidence.as_deref());
        for (pi, p) in preds.iter().enumerate() {
            let (ps, pe) = (p.evidence.start(), p.evidence.end());
            let overlap = match gr {
                Some((gs, ge)) => ps < ge && gs < pe,
                None => true,
            };
            if !overlap {
                continue;
            }
            let mut s = 1;
            if p.kind == g.kind {
                s += 8;
            }
            if p.acled_sub_event_type == g.acled_sub_event_type {
                s += 2;
            }
            if actor_match(p.actor1.as_ref(), g.actor1.as_ref()) {
                s += 1;
            }
            if actor_match(p.actor2.as_ref(), g.actor2.as_ref()) {
                s += 1;
            }
            pairs.push((s, gi, pi));
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut g_used = vec![false; report.events.len()];
    let mut p_used = vec![false; preds.len()];
    for (_, gi, pi) in pairs {
        if g_used[gi] || p_used[pi] {
            continue;
        }
        g_used[gi] = true;
        p_used[pi] = true;
        let (g, p) = (&report.events[gi], preds[pi]);
        scores.matched += 1;
        scores.type_ok += usize::from(p.kind == g.kind);
        scores.acled_ok += usize::from(p.acled_event_type == g.acled_event_type);
        scores.acled_sub_ok += usize::from(p.acled_sub_event_type == g.acled_sub_event_type);
        scores.actor1_ok += usize::from(actor_match(p.actor1.as_ref(), g.actor1.as_ref()));
        scores.actor2_ok += usize::from(actor_match(p.actor2.as_ref(), g.actor2.as_ref()));
        let f = p.fatalities == g.fatalities;
        let i = p.injured == g.injured;
        scores.fatalities_ok += usize::from(f);
        scores.injured_ok += usize::from(i);
        scores.toll_ok += usize::from(f && i);
        scores.location_ok += usize::from(location_match(p.location.as_ref(), g.location.as_ref()));
        scores.date_ok += usize::from(p.date.is_some() && p.date == g.date);
        scores.modality_ok +=
            usize::from(p.negated == g.negated && p.hypothetical == g.hypothetical);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::{Actor, ActorKind, Meta, Span, TextSpan};

    #[test]
    fn aligns_by_evidence_and_type() {
        let text = "Police killed two protesters. The UN condemned it.";
        let report: GoldReport = serde_json::from_value(serde_json::json!({
            "id": "t1", "split": "dev", "published": "2024-01-02", "text": text,
            "events": [
                {"type": "ASSAULT", "actor1": {"name": "police", "country": "IRQ", "kind": "police"},
                 "fatalities": 2, "evidence": "Police killed two protesters."},
                {"type": "ACCUSE", "evidence": "The UN condemned it."}
            ]
        }))
        .unwrap();
        let mut doc = Document::new(text, Meta::default());
        doc.events.push(Event {
            kind: "ASSAULT".into(),
            actor1: Some(Actor {
                name: "Police".into(),
                kind: Some(ActorKind::Police),
                country: Some("IRQ".into()),
                ..Actor::default()
            }),
            fatalities: Some(2),
            evidence: TextSpan(Span::new(0, 29).unwrap()),
            ..Event::default()
        });
        let mut s = Scores::default();
        score_report(&report, &doc, &mut s);
        assert_eq!((s.gold, s.predicted, s.matched), (2, 1, 1));
        assert_eq!((s.type_ok, s.actor1_ok, s.toll_ok), (1, 1, 1));
        assert!((s.recall() - 0.5).abs() < 1e-9 && (s.precision() - 1.0).abs() < 1e-9);
    }
}
