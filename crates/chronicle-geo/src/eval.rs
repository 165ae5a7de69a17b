//! Scoring geocoding against the geoparsing corpora (GeoVirus, TR-News): gold toponyms with
//! character offsets and coordinates.
//!
//! Metrics, each over all documents:
//! - **span** P/R/F1: a predicted place matches a gold toponym when their spans overlap
//!   (one-to-one, largest overlap first);
//! - **accuracy@161**: of the matched pairs whose gold has coordinates, the share whose
//!   predicted point is within 161 km (100 miles) of the gold point;
//! - **end-to-end** P/R/F1: a true positive needs an overlapping span *and* a point within
//!   161 km. Gold toponyms without coordinates are left out of this metric, and predictions
//!   that match only such a toponym count neither way.
//!
//! Gold offsets in these files drift (GeoVirus counts from 1; TR-News counts UTF-16 units),
//! so each gold toponym is re-anchored to the occurrence of its name nearest to the given
//! offset ([`read_corpus`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One gold toponym, in character offsets into [`GoldDoc::text`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldToponym {
    /// Start (characters).
    pub start: usize,
    /// End (characters).
    pub end: usize,
    /// The name as written.
    pub name: String,
    /// Gold latitude, when given.
    pub lat: Option<f64>,
    /// Gold longitude, when given.
    pub lon: Option<f64>,
}

/// One gold document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldDoc {
    /// `<file stem>:<index>`.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Its toponyms.
    pub toponyms: Vec<GoldToponym>,
}

/// Which annotation scheme a corpus follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// GeoVirus `<locations>`: place names only, no adjectives.
    Locations,
    /// TR-News `<toponyms>`: also adjectival uses ("Turkish", "Syrian").
    Toponyms,
}

/// A predicted place in character offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictedPlace {
    /// Start (characters).
    pub start: usize,
    /// End (characters).
    pub end: usize,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Place kind (`demonym`, `city`, ...), when known.
    #[serde(default)]
    pub kind: String,
}

pub use chronicle_doc::score::Prf;

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One error example.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorExample {
    /// Document id.
    pub doc: String,
    /// `missed`, `spurious`, `far`.
    pub what: &'static str,
    /// The text of the span.
    pub text: String,
    /// Distance in km for `far`.
    pub km: Option<f64>,
}

/// All scores of one run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub n_docs: usize,
    /// Span overlap P/R/F1.
    pub span: Prf,
    /// Matched pairs with gold coordinates.
    pub n_matched_with_coords: usize,
    /// Of those, within 161 km.
    pub n_within_161: usize,
    /// End-to-end P/R/F1 (overlap and within 161 km).
    pub end_to_end: Prf,
    /// Error distances (km) of matched pairs, for the median.
    #[serde(skip)]
    pub distances: Vec<f64>,
    /// Error examples.
    #[serde(skip)]
    pub errors: Vec<ErrorExample>,
}

impl Scores {
    /// Share of matched pairs within 161 km.
    pub fn accuracy_161(&self) -> f64 {
        ratio(self.n_within_161, self.n_matched_with_coords)
    }

    /// Median error distance of matched pairs, in km.
    pub fn median_km(&self) -> f64 {
        let mut d = self.distances.clone();
        if d.is_empty() {
            return 0.0;
        }
        d.sort_by(f64::total_cmp);
        d[d.len() / 2]
    }
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(q) => rest = &rest[p + q + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let tail = &rest[p..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let Some(e) = end else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..e];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                .ok()
                .and_then(char::from_u32),
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The content of the first `<tag>...</tag>` in `s` (CDATA unwrapped, entities unescaped).
fn element<'s>(s: &'s str, tag: &str) -> Option<(String, &'s str)> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let a = s.find(&open)? + open.len();
    let b = a + s[a..].find(&close)?;
    let raw = &s[a..b];
    let trimmed = raw.trim_start();
    let value = if let Some(c) = trimmed.strip_prefix("<![CDATA[") {
        c.rsplit_once("]]>").map(|(x, _)| x).unwrap_or(c).to_owned()
    } else {
        unescape(raw)
    };
    Some((value, &s[b + close.len()..]))
}

fn blocks<'s>(s: &'s str, tag: &str) -> Vec<&'s str> {
    let open_a = format!("<{tag}>");
    let open_b = format!("<{tag} ");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let p = match (rest.find(&open_a), rest.find(&open_b)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => break,
        };
        let Some(q) = rest[p..].find(&close) else {
            break;
        };
        out.push(&rest[p..p + q]);
        rest = &rest[p + q + close.len()..];
    }
    out
}

/// Re-anchor a gold name to its occurrence nearest to `start` (character offsets).
fn anchor(chars: &[char], name: &[char], start: usize) -> Option<usize> {
    if name.is_empty() || name.len() > chars.len() {
        return None;
    }
    let fits = |p: usize| chars.get(p..p + name.len()) == Some(name);
    if fits(start) {
        return Some(start);
    }
    let last = chars.len() - name.len();
    (1..=chars.len()).find_map(|d| {
        let up = start + d;
        let down = start.checked_sub(d);
        if up <= last && fits(up) {
            Some(up)
        } else {
            down.filter(|&dn| dn <= last && fits(dn))
        }
    })
}

/// Read a GeoVirus- or TR-News-style XML corpus. `stem` prefixes document ids.
pub fn read_corpus(xml: &str, stem: &str) -> (Vec<GoldDoc>, Scheme) {
    let xml = strip_comments(xml);
    let scheme = if xml.contains("<toponyms>") || xml.contains("<toponym>") {
        Scheme::Toponyms
    } else {
        Scheme::Locations
    };
    let (item, name_tag) = match scheme {
        Scheme::Toponyms => ("toponym", "phrase"),
        Scheme::Locations => ("location", "name"),
    };
    let mut docs = Vec::new();
    for (n, art) in blocks(&xml, "article").into_iter().enumerate() {
        let Some((text, _)) = element(art, "text") else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let mut toponyms = Vec::new();
        for b in blocks(art, item) {
            let Some((name, _)) = element(b, name_tag) else {
                continue;
            };
            let start: usize = element(b, "start")
                .and_then(|(s, _)| s.trim().parse().ok())
                .unwrap_or(0);
            let name_chars: Vec<char> = name.chars().collect();
            let Some(s) = anchor(&chars, &name_chars, start) else {
                continue;
            };
            let lat = element(b, "lat").and_then(|(s, _)| s.trim().parse().ok());
            let lon = element(b, "lon").and_then(|(s, _)| s.trim().parse().ok());
            toponyms.push(GoldToponym {
                start: s,
                end: s + name_chars.len(),
                name,
                lat,
                lon,
            });
        }
        docs.push(GoldDoc {
            id: format!("{stem}:{n}"),
            text,
            toponyms,
        });
    }
    (docs, scheme)
}

/// Score predictions (one list per gold document, same order). Predictions of kind
/// `demonym` are dropped unless `include_demonyms`.
pub fn score(gold: &[GoldDoc], preds: &[Vec<PredictedPlace>], include_demonyms: bool) -> Scores {
    let mut s = Scores {
        n_docs: gold.len(),
        ..Scores::default()
    };
    for (doc, pred) in gold.iter().zip(preds) {
        let pred: Vec<&PredictedPlace> = pred
            .iter()
            .filter(|p| include_demonyms || p.kind != "demonym")
            .collect();
        s.span.n_gold += doc.toponyms.len();
        s.span.n_pred += pred.len();
        s.end_to_end.n_gold += doc
            .toponyms
            .iter()
            .filter(|g| g.lat.is_some() && g.lon.is_some())
            .count();
        // Greedy one-to-one by overlap size.
        let mut pairs = Vec::new();
        for (gi, g) in doc.toponyms.iter().enumerate() {
            for (pi, p) in pred.iter().enumerate() {
                let ov = g.end.min(p.end).saturating_sub(g.start.max(p.start));
                if ov > 0 {
                    pairs.push((ov, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut g_used = vec![false; doc.toponyms.len()];
        let mut p_used = vec![false; pred.len()];
        let mut e2e_pred_ignored = 0;
        let slice = |a: usize, b: usize| {
            doc.text
                .chars()
                .skip(a)
                .take(b.saturating_sub(a))
                .collect::<String>()
        };
        for (_, gi, pi) in pairs {
            if g_used[gi] || p_used[pi] {
                continue;
            }
            g_used[gi] = true;
            p_used[pi] = true;
            s.span.tp += 1;
            let g = &doc.toponyms[gi];
            match (g.lat, g.lon) {
                (Some(lat), Some(lon)) => {
                    let p = pred[pi];
                    let km = haversine_km(lat, lon, p.lat, p.lon);
                    s.n_matched_with_coords += 1;
                    s.distances.push(km);
                    if km <= 161.0 {
                        s.n_within_161 += 1;
                        s.end_to_end.tp += 1;
                    } else {
                        s.errors.push(ErrorExample {
                            doc: doc.id.clone(),
                            what: "far",
                            text: g.name.clone(),
                            km: Some(km),
                        });
                    }
                }
                _ => e2e_pred_ignored += 1,
            }
        }
        s.end_to_end.n_pred += pred.len() - e2e_pred_ignored;
        for (gi, g) in doc.toponyms.iter().enumerate() {
            if !g_used[gi] {
                s.errors.push(ErrorExample {
                    doc: doc.id.clone(),
                    what: "missed",
                    text: g.name.clone(),
                    km: None,
                });
            }
        }
        for (pi, p) in pred.iter().enumerate() {
            if !p_used[pi] {
                s.errors.push(ErrorExample {
                    doc: doc.id.clone(),
                    what: "spurious",
                    text: slice(p.start, p.end),
                    km: None,
                });
            }
        }
    }
    s
}

/// Count error texts by kind, most frequent first (for reports).
pub fn error_counts(scores: &Scores, what: &str) -> Vec<(String, usize)> {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    for e in scores.errors.iter().filter(|e| e.what == what) {
        *m.entry(e.text.clone()).or_default() += 1;
    }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<articles>
  <article>
    <text>Flooding hit Springfield and Lake Town &amp; more.</text>
    <locations>
      <!-- <location><name>x</name></location> -->
      <location><name>Springfield</name><start>14</start><end>25</end><lat>39.8</lat><lon>-89.6</lon></location>
      <location><name>Lake Town</name><start>30</start><end>39</end><lat>10</lat><lon>10</lon></location>
    </locations>
  </article>
</articles>"#;

    #[test]
    fn reads_and_reanchors_drifting_offsets() {
        let (docs, scheme) = read_corpus(XML, "t");
        assert_eq!(scheme, Scheme::Locations);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert!(d.text.contains("& more"));
        assert_eq!(d.toponyms.len(), 2);
        // Given 14 (one too far), re-anchored to 13.
        assert_eq!((d.toponyms[0].start, d.toponyms[0].end), (13, 24));
        assert_eq!(d.toponyms[1].start, 29);
    }

    #[test]
    fn scores_span_distance_and_end_to_end() {
        let (docs, _) = read_corpus(XML, "t");
        let preds = vec![vec![
            // Springfield, Illinois: right.
            PredictedPlace {
                start: 13,
                end: 24,
                lat: 39.78,
                lon: -89.65,
                kind: "city".into(),
            },
            // Lake Town placed 500+ km away: span right, point wrong.
            PredictedPlace {
                start: 29,
                end: 33,
                lat: 15.0,
                lon: 10.0,
                kind: "city".into(),
            },
            // Spurious.
            PredictedPlace {
                start: 0,
                end: 8,
                lat: 0.0,
                lon: 0.0,
                kind: "city".into(),
            },
            // A demonym, dropped for this scheme.
            PredictedPlace {
                start: 40,
                end: 44,
                lat: 0.0,
                lon: 0.0,
                kind: "demonym".into(),
            },
        ]];
        let s = score(&docs, &preds, false);
        assert_eq!((s.span.tp, s.span.n_gold, s.span.n_pred), (2, 2, 3));
        assert_eq!((s.n_matched_with_coords, s.n_within_161), (2, 1));
        assert_eq!(
            (s.end_to_end.tp, s.end_to_end.n_gold, s.end_to_end.n_pred),
            (1, 2, 3)
        );
        assert!((s.end_to_end.precision() - 1.0 / 3.0).abs() < 1e-9);
        let with = score(&docs, &preds, true);
        assert_eq!(with.span.n_pred, 4);
    }

    #[test]
    fn haversine_is_right_for_known_cities() {
        // Paris to London is about 344 km.
        let d = haversine_km(48.8566, 2.3522, 51.5074, -0.1278);
        assert!((d - 344.0).abs() < 5.0, "{d}");
        assert_eq!(haversine_km(1.0, 1.0, 1.0, 1.0), 0.0);
    }

    #[test]
    fn malformed_xml_gives_no_documents_not_a_panic() {
        let (docs, _) = read_corpus("<articles><article><text>x", "t");
        assert!(docs.is_empty());
        let (docs, _) = read_corpus(
            "<article><text>a</text><location><name></name><start>zz</start></location></article>",
            "t",
        );
        assert_eq!(docs.len(), 1);
        assert!(docs[0].toponyms.is_empty());
    }
}
