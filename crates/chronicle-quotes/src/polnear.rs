//! PolNeAR (Newell, Margolin & Ruths 2018) reading and scoring.
//!
//! A split directory holds `text/<stem>.txt` and `attributions/<stem>_<annotator>.ann` (brat:
//! `T` lines `Label start end[;start end] text` with character offsets, `E` lines tying
//! `Attribution`/`Attribution-no-source`, `Content`, `Cue` and `Source` into one attribution).
//! Some articles have several annotators: we always take the one whose id sorts first, so the
//! choice is the same on every run and for every system.
//!
//! Predicted quotes that share a cue count as one attribution with a discontinuous content.
//! Scores: content, source and cue spans, exact (after trimming whitespace, quotation marks
//! and `.,;:` at both ends, a discontinuous span taken from its first start to its last end)
//! and by overlap (any shared non-space character); pairs are matched one-to-one, greatest
//! overlap first. Speaker accuracy counts, over contents matched by overlap whose gold
//! attribution has a source, the predictions whose speaker span overlaps the gold source or
//! lies in the same coreference chain. Direct quotes: gold contents with at least 90% of their
//! non-space characters inside quotation marks.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chronicle_doc::{CharMap, Document, QuoteKind};

use crate::error::{QuotesError, Result};
use crate::marks::regions;

/// Character ranges (possibly discontinuous).
pub type Ranges = Vec<(usize, usize)>;

/// One gold attribution.
#[derive(Clone, Debug, Default)]
pub struct GoldAttribution {
    /// Content ranges.
    pub content: Ranges,
    /// Source ranges (empty for `Attribution-no-source`).
    pub source: Ranges,
    /// Cue ranges.
    pub cue: Ranges,
}

/// One article of a split with the attributions of its chosen annotator.
#[derive(Clone, Debug)]
pub struct Article {
    /// File stem.
    pub stem: String,
    /// The annotator whose file was read.
    pub annotator: String,
    /// The text.
    pub text: String,
    /// Attributions.
    pub gold: Vec<GoldAttribution>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> QuotesError + '_ {
    move |source| QuotesError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn parse_ranges(s: &str) -> Ranges {
    s.split(';')
        .filter_map(|seg| {
            let mut it = seg.split_whitespace();
            let a = it.next()?.parse().ok()?;
            let b = it.next()?.parse().ok()?;
            (a <= b).then_some((a, b))
        })
        .collect()
}

/// Parse one `.ann` file.
pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: BTreeMap<&str, Ranges> = BTreeMap::new();
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else {
            continue;
        };
        if id.starts_with('T') {
            if let Some((_, offs)) = body.split_once(' ') {
                spans.insert(id, parse_ranges(offs));
            }
        }
    }
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !id.starts_with('E') {
            continue;
        }
        let mut g = GoldAttribution::default();
        for arg in body.split_whitespace() {
            let Some((role, t)) = arg.split_once(':') else {
                continue;
            };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            let r = spans.get(t).cloned().unwrap_or_default();
            match role {
                "Content" => g.content.extend(r),
                "Source" => g.source.extend(r),
                "Cue" => g.cue.extend(r),
                _ => {}
            }
        }
        if !g.content.is_empty() {
            out.push(g);
        }
    }
    out
}

/// Read a split directory (e.g. `/work/shared/data/polnear/dev`).
pub fn load_split(dir: &Path) -> Result<Vec<Article>> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    if !text_dir.is_dir() || !ann_dir.is_dir() {
        return Err(QuotesError::NotPolnear {
            path: dir.to_path_buf(),
        });
    }
    let mut chosen: BTreeMap<String, (String, PathBuf)> = BTreeMap::new();
    for e in std::fs::read_dir(&ann_dir).map_err(io(&ann_dir))? {
        let p = e.map_err(io(&ann_dir))?.path();
        let Some(name) = p
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".ann"))
        else {
            continue;
        };
        let Some((stem, annotator)) = name.rsplit_once('_') else {
            continue;
        };
        let keep = chosen.get(stem).is_none_or(|(a, _)| annotator < a.as_str());
        if keep {
            chosen.insert(stem.to_string(), (annotator.to_string(), p));
        }
    }
    let mut out = Vec::new();
    for (stem, (annotator, ann_path)) in chosen {
        let tp = text_dir.join(format!("{stem}.txt"));
        let Ok(text) = std::fs::read_to_string(&tp) else {
            continue;
        };
        let ann = std::fs::read_to_string(&ann_path).map_err(io(&ann_path))?;
        out.push(Article {
            stem,
            annotator,
            text,
            gold: parse_ann(&ann),
        });
    }
    Ok(out)
}

pub use chronicle_doc::score::Prf;

/// Accumulated scores over a split.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Articles scored.
    pub n_articles: usize,
    /// Content spans, exact.
    pub content_exact: Prf,
    /// Content spans, overlap.
    pub content_overlap: Prf,
    /// Direct quotes: exact (precision over predicted direct quotes, recall over gold direct).
    pub direct_exact: Prf,
    /// Direct quotes: overlap.
    pub direct_overlap: Prf,
    /// Source spans (distinct), exact.
    pub source_exact: Prf,
    /// Source spans (distinct), overlap.
    pub source_overlap: Prf,
    /// Cue spans, exact.
    pub cue_exact: Prf,
    /// Cue spans, overlap.
    pub cue_overlap: Prf,
    /// Speaker correct / judged, over contents matched by overlap.
    pub speaker: (usize, usize),
    /// Speaker correct / judged, over direct quotes matched by overlap.
    pub speaker_direct: (usize, usize),
    /// Direct quotes, exact: (predicted direct quotes matching a gold content, gold direct
    /// contents matched by a prediction).
    pub direct_exact_tp: (usize, usize),
    /// Direct quotes, overlap: as `direct_exact_tp`.
    pub direct_overlap_tp: (usize, usize),
}

fn trim(text: &[char], (a, b): (usize, usize)) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || "“”\"‘’'.,;:".contains(c);
    let (mut a, mut b) = (a.min(text.len()), b.min(text.len()));
    while a < b && junk(text[a]) {
        a += 1;
    }
    while b > a && junk(text[b - 1]) {
        b -= 1;
    }
    (a, b)
}

fn cover(r: &Ranges) -> (usize, usize) {
    (
        r.iter().map(|x| x.0).min().unwrap_or(0),
        r.iter().map(|x| x.1).max().unwrap_or(0),
    )
}

fn overlap(text: &[char], a: &Ranges, b: &Ranges) -> usize {
    let mut n = 0;
    for &(x0, x1) in a {
        for &(y0, y1) in b {
            let (s, e) = (x0.max(y0), x1.min(y1).min(text.len()));
            n += (s..e).filter(|&i| !text[i].is_whitespace()).count();
        }
    }
    n
}

/// One-to-one matching, greatest overlap first: (pairs exact, pairs by overlap as (pred, gold)).
fn match_spans(text: &[char], pred: &[Ranges], gold: &[Ranges]) -> (usize, Vec<(usize, usize)>) {
    // exact
    let mut used_g = vec![false; gold.len()];
    let mut exact = 0;
    for p in pred {
        let tp = trim(text, cover(p));
        if let Some(g) = (0..gold.len()).find(|&g| !used_g[g] && trim(text, cover(&gold[g])) == tp)
        {
            used_g[g] = true;
            exact += 1;
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let o = overlap(text, p, g);
            if o > 0 {
                pairs.push((o, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut up, mut ug) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, p, g) in pairs {
        if !up[p] && !ug[g] {
            up[p] = true;
            ug[g] = true;
            out.push((p, g));
        }
    }
    (exact, out)
}

fn dedup(mut v: Vec<Ranges>) -> Vec<Ranges> {
    v.sort();
    v.dedup();
    v
}

impl Scores {
    /// Score one annotated document against its article.
    pub fn add(&mut self, article: &Article, doc: &Document) {
        self.n_articles += 1;
        let text: Vec<char> = article.text.chars().collect();
        let map = CharMap::new(doc.text());
        let ch = |s: chronicle_doc::Span| -> Ranges { vec![map.chars_of(s)] };
        // direct gold: >= 90% of non-space characters inside quotation marks
        let mut paras = Vec::new();
        let mut off = 0;
        for line in doc.text().split_inclusive('\n') {
            let body = line.trim_end();
            if !body.trim().is_empty() {
                paras.push((off, off + body.len()));
            }
            off += line.len();
        }
        let mut inside = vec![false; text.len()];
        for r in regions(doc.text(), &paras) {
            let (a, b) = (map.char_of(r.open), map.char_of(r.close_end));
            for x in inside.iter_mut().take(b.min(text.len())).skip(a) {
                *x = true;
            }
        }
        let is_direct = |r: &Ranges| {
            let (mut n, mut k) = (0, 0);
            for &(a, b) in r {
                for i in a..b.min(text.len()) {
                    if !text[i].is_whitespace() {
                        n += 1;
                        k += inside[i] as usize;
                    }
                }
            }
            n > 0 && k * 10 >= n * 9
        };
        // quotes sharing a cue are one attribution (PolNeAR joins "“A,” he said. “B.”" into
        // one discontinuous content): group them, keeping the first quote's speaker and kind
        let mut groups: Vec<(Ranges, usize)> = Vec::new();
        let mut by_cue: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for (qi, q) in doc.quotes.iter().enumerate() {
            let r = ch(q.content.0);
            match q.cue.map(|c| (c.0.start(), c.0.end())) {
                Some(k) if by_cue.contains_key(&k) => groups[by_cue[&k]].0.extend(r),
                Some(k) => {
                    by_cue.insert(k, groups.len());
                    groups.push((r, qi));
                }
                None => groups.push((r, qi)),
            }
        }
        let pc: Vec<Ranges> = groups.iter().map(|g| g.0.clone()).collect();
        let gc: Vec<Ranges> = article.gold.iter().map(|g| g.content.clone()).collect();
        let (ex, pairs) = match_spans(&text, &pc, &gc);
        self.content_exact.add(ex, pc.len(), gc.len());
        self.content_overlap.add(pairs.len(), pc.len(), gc.len());
        // speakers on matched contents
        for &(p, g) in &pairs {
            let gold = &article.gold[g];
            if gold.source.is_empty() {
                continue;
            }
            let ok = doc.quotes[groups[p].1].speaker.as_ref().is_some_and(|s| {
                let sp = ch(s.span.0);
                if overlap(&text, &sp, &gold.source) > 0 {
                    return true;
                }
                // same chain
                let (a, b) = cover(&gold.source);
                let (Some(ba), Some(bb)) = (map.byte_of(a), map.byte_of(b)) else {
                    return false;
                };
                let Ok(gs) = doc.span(ba, bb) else {
                    return false;
                };
                match (
                    chronicle_coref::chain_at(doc, s.span.0),
                    chronicle_coref::chain_at(doc, gs),
                ) {
                    (Some(x), Some(y)) => x == y,
                    _ => false,
                }
            });
            self.speaker.1 += 1;
            self.speaker.0 += ok as usize;
            if is_direct(&gold.content) {
                self.speaker_direct.1 += 1;
                self.speaker_direct.0 += ok as usize;
            }
        }
        // direct quotes
        let pd: Vec<Ranges> = groups
            .iter()
            .filter(|g| doc.quotes[g.1].kind == QuoteKind::Direct)
            .map(|g| g.0.clone())
            .collect();
        let gd: Vec<Ranges> = gc.iter().filter(|g| is_direct(g)).cloned().collect();
        let (ex_p, pairs_p) = match_spans(&text, &pd, &gc);
        let (ex_r, pairs_r) = match_spans(&text, &pc, &gd);
        self.direct_exact.n_pred += pd.len();
        self.direct_exact.n_gold += gd.len();
        self.direct_overlap.n_pred += pd.len();
        self.direct_overlap.n_gold += gd.len();
        // precision and recall use different matchings: keep both counts
        self.direct_exact_tp.0 += ex_p;
        self.direct_exact_tp.1 += ex_r;
        self.direct_overlap_tp.0 += pairs_p.len();
        self.direct_overlap_tp.1 += pairs_r.len();
        // sources and cues (distinct spans)
        let ps = dedup(
            doc.quotes
                .iter()
                .filter_map(|q| q.speaker.as_ref())
                .map(|s| ch(s.span.0))
                .collect(),
        );
        let gs = dedup(
            article
                .gold
                .iter()
                .filter(|g| !g.source.is_empty())
                .map(|g| g.source.clone())
                .collect(),
        );
        let (ex, pairs) = match_spans(&text, &ps, &gs);
        self.source_exact.add(ex, ps.len(), gs.len());
        self.source_overlap.add(pairs.len(), ps.len(), gs.len());
        let pq = dedup(
            doc.quotes
                .iter()
                .filter_map(|q| q.cue)
                .map(|c| ch(c.0))
                .collect(),
        );
        let gq = dedup(
            article
                .gold
                .iter()
                .filter(|g| !g.cue.is_empty())
                .map(|g| g.cue.clone())
                .collect(),
        );
        let (ex, pairs) = match_spans(&text, &pq, &gq);
        self.cue_exact.add(ex, pq.len(), gq.len());
        self.cue_overlap.add(pairs.len(), pq.len(), gq.len());
    }

    /// A Markdown table of the scores.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "articles: {}\n", self.n_articles);
        let _ = writeln!(
            s,
            "| spans | match | P | R | F1 | pred | gold |\n|---|---|---|---|---|---|---|"
        );
        let row = |s: &mut String, name: &str, m: &str, p: f64, r: f64, np: usize, ng: usize| {
            let f = if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            };
            let _ = writeln!(
                s,
                "| {name} | {m} | {p:.3} | {r:.3} | {f:.3} | {np} | {ng} |"
            );
        };
        for (name, ex, ov) in [
            ("content (all)", &self.content_exact, &self.content_overlap),
            ("source", &self.source_exact, &self.source_overlap),
            ("cue", &self.cue_exact, &self.cue_overlap),
        ] {
            row(
                &mut s,
                name,
                "exact",
                ex.precision(),
                ex.recall(),
                ex.n_pred,
                ex.n_gold,
            );
            row(
                &mut s,
                name,
                "overlap",
                ov.precision(),
                ov.recall(),
                ov.n_pred,
                ov.n_gold,
            );
        }
        let d = &self.direct_exact;
        let frac = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        row(
            &mut s,
            "content (direct)",
            "exact",
            frac(self.direct_exact_tp.0, d.n_pred),
            frac(self.direct_exact_tp.1, d.n_gold),
            d.n_pred,
            d.n_gold,
        );
        row(
            &mut s,
            "content (direct)",
            "overlap",
            frac(self.direct_overlap_tp.0, d.n_pred),
            frac(self.direct_overlap_tp.1, d.n_gold),
            d.n_pred,
            d.n_gold,
        );
        let _ = writeln!(
            s,
            "\nspeaker correct on matched contents: {:.3} ({}/{}); on matched direct quotes: {:.3} ({}/{})",
            frac(self.speaker.0, self.speaker.1),
            self.speaker.0,
            self.speaker.1,
            frac(self.speaker_direct.0, self.speaker_direct.1),
            self.speaker_direct.0,
            self.speaker_direct.1
        );
        s
    }
}
