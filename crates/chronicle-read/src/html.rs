//! HTML pages: main text and metadata.
//!
//! Boilerplate removal uses two maintained extractors, `rs-trafilatura` (a port of
//! trafilatura) and `dom_smoothie` (a port of Mozilla's Readability), and combines them
//! ([`Extractor::Combined`], see [`extract_html`]). Metadata (title, author, date, site name,
//! canonical URL, language) comes from the same libraries, which read `<meta>` tags (`og:*`,
//! `article:published_time`, ...) and JSON-LD (`NewsArticle`).
//!
//! The document text is the headline, then the main-text paragraphs, separated by blank lines;
//! blocks are then marked by the plain-text rules ([`crate::read_txt`]).

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::LazyLock;

use regex::Regex;

use chronicle_doc::{DateSource, Diagnostic, Document, Meta};

use crate::{ReadError, Result};

/// Which boilerplate remover to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extractor {
    /// `rs-trafilatura` alone.
    Trafilatura,
    /// `dom_smoothie` (Readability) alone.
    Readability,
    /// Both, combined (the default).
    Combined,
}

impl Extractor {
    /// Every extractor, for listing in help texts.
    pub const ALL: [Extractor; 3] = [
        Extractor::Trafilatura,
        Extractor::Readability,
        Extractor::Combined,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Extractor::Trafilatura => "trafilatura",
            Extractor::Readability => "readability",
            Extractor::Combined => "combined",
        }
    }

    /// Parse a command-line name.
    pub fn parse(s: &str) -> Option<Extractor> {
        Extractor::ALL.into_iter().find(|e| e.name() == s)
    }
}

/// What an HTML page yields.
#[derive(Clone, Debug, Default)]
pub struct HtmlArticle {
    /// Main-text paragraphs, trimmed, in page order.
    pub paragraphs: Vec<String>,
    /// Title, author, date, site name, canonical URL, language.
    pub meta: Meta,
    /// Notes on doubtful points (lossy decoding, extractor failures).
    pub notes: Vec<String>,
    /// The page's description (`og:description`, `<meta name="description">`), if any.
    pub description: Option<String>,
}

impl HtmlArticle {
    /// The main text: paragraphs separated by blank lines.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Decode HTML bytes: UTF-8 when valid, else the charset the page declares; bytes that do not
/// decode become U+FFFD and a note says so.
pub fn decode_html(bytes: &[u8], notes: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => {
            let s = rs_trafilatura::encoding::transcode_to_utf8(bytes);
            if s.contains('\u{fffd}') {
                notes.push(format!(
                    "html is not valid UTF-8 (first bad byte at offset {}); decoded lossily",
                    e.valid_up_to()
                ));
            } else {
                notes.push("html decoded from its declared charset".into());
            }
            s
        }
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Output of one extractor.
#[derive(Clone, Debug, Default)]
struct Candidate {
    paragraphs: Vec<String>,
    meta: Meta,
    description: Option<String>,
}

fn run_trafilatura(html: &str, notes: &mut Vec<String>) -> Option<Candidate> {
    let opts = rs_trafilatura::Options::default();
    let r = catch_unwind(AssertUnwindSafe(|| {
        rs_trafilatura::extract_with_options(html, &opts)
    }));
    let r = match r {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            notes.push(format!("trafilatura: {e}"));
            return None;
        }
        Err(_) => {
            notes.push("trafilatura panicked on this page".into());
            return None;
        }
    };
    let m = &r.metadata;
    let meta = Meta {
        title: m.title.clone(),
        byline: m.author.clone(),
        url: m.url.clone(),
        source: m.sitename.clone(),
        published: m.date.map(|d| {
            let full = d.format("%Y-%m-%dT%H:%M:%SZ").to_string();
            match full.strip_suffix("T00:00:00Z") {
                Some(day) => day.to_string(),
                None => full,
            }
        }),
        language: m.language.clone(),
        ..Meta::default()
    };
    Some(Candidate {
        paragraphs: paragraphs(&r.content_text),
        meta,
        description: r.metadata.description.clone(),
    })
}

fn run_readability(html: &str, notes: &mut Vec<String>) -> Option<Candidate> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        let cfg = dom_smoothie::Config {
            text_mode: dom_smoothie::TextMode::Formatted,
            ..Default::default()
        };
        let mut r = dom_smoothie::Readability::new(html, None, Some(cfg))?;
        r.parse()
    }));
    let a = match r {
        Ok(Ok(a)) => a,
        Ok(Err(e)) => {
            notes.push(format!("readability: {e}"));
            return None;
        }
        Err(_) => {
            notes.push("readability panicked on this page".into());
            return None;
        }
    };
    let meta = Meta {
        title: Some(a.title.clone()).filter(|t| !t.trim().is_empty()),
        byline: a.byline.clone(),
        source: a.site_name.clone(),
        published: a.published_time.clone(),
        language: a.lang.clone(),
        ..Meta::default()
    };
    Some(Candidate {
        paragraphs: paragraphs(&a.text_content),
        meta,
        description: None,
    })
}

fn merge_meta(a: Meta, b: Meta) -> Meta {
    let pick = |x: Option<String>, y: Option<String>| {
        x.filter(|s| !s.trim().is_empty())
            .or(y.filter(|s| !s.trim().is_empty()))
            .map(|s| s.trim().to_string())
    };
    Meta {
        title: pick(a.title, b.title),
        byline: pick(a.byline, b.byline),
        url: pick(a.url, b.url),
        source: pick(a.source, b.source),
        published: pick(a.published, b.published),
        language: pick(a.language, b.language),
        ..Meta::default()
    }
}

/// Extract the main text and metadata of an HTML page.
///
/// [`Extractor::Combined`] runs both extractors and chooses per page, see
/// [`combine`].
pub fn extract_html(html: &str, extractor: Extractor) -> HtmlArticle {
    let mut notes = Vec::new();
    let (t, r) = match extractor {
        Extractor::Trafilatura => (run_trafilatura(html, &mut notes), None),
        Extractor::Readability => (None, run_readability(html, &mut notes)),
        Extractor::Combined => (
            run_trafilatura(html, &mut notes),
            run_readability(html, &mut notes),
        ),
    };
    let (paragraphs, meta, description) = match (t, r) {
        (Some(t), Some(r)) => {
            let meta = merge_meta(t.meta.clone(), r.meta.clone());
            (combine(t.paragraphs, r.paragraphs), meta, t.description)
        }
        (Some(c), None) | (None, Some(c)) => (c.paragraphs, c.meta, c.description),
        (None, None) => (Vec::new(), Meta::default(), None),
    };
    HtmlArticle {
        paragraphs,
        meta,
        notes,
        description,
    }
}

fn n_words(ps: &[String]) -> usize {
    ps.iter().map(|p| p.split_whitespace().count()).sum()
}

/// Below this many words an extractor's output is taken as a failure, not as a choice.
const MIN_WORDS: usize = 50;
/// The other output must have this many words to vouch for (or against) paragraphs.
const MIN_WORDS_OTHER: usize = 30;
/// A paragraph is kept when at least this share of its 4-word shingles is in the other output.
const MIN_SUPPORT: f64 = 0.2;
/// Filtering may drop at most half of the words; more means the outputs disagree on what
/// the article is, and the shorter output is kept whole.
const MAX_DROPPED: f64 = 0.5;

fn shingle_set(p: &str) -> HashSet<Vec<&str>> {
    let toks = crate::score::tokens(p);
    if toks.is_empty() {
        return HashSet::new();
    }
    let n = toks.len().saturating_sub(3).max(1);
    (0..n)
        .map(|i| toks[i..(i + 4).min(toks.len())].to_vec())
        .collect()
}

/// Choose between the trafilatura paragraphs `t` and the Readability paragraphs `r`.
///
/// Both extractors find the article well (recall about 0.99 on the benchmark) but each adds
/// boilerplate on some pages, and rarely the same boilerplate. So: take the shorter output
/// (unless it has fewer than 50 words: then that extractor failed and the longer one is
/// taken); drop its paragraphs that the other output does not support (fewer than 20% of
/// their 4-word shingles found there), unless that would drop more than half of the words;
/// then cut trailing "related stories" lists and short copyright lines ([`trim_trailers`]).
pub fn combine(t: Vec<String>, r: Vec<String>) -> Vec<String> {
    let (nt, nr) = (n_words(&t), n_words(&r));
    let ((base, nb), (other, no)) = if nt <= nr {
        ((t, nt), (r, nr))
    } else {
        ((r, nr), (t, nt))
    };
    let ((base, nb), (other, no)) = if nb >= MIN_WORDS {
        ((base, nb), (other, no))
    } else {
        ((other, no), (base, nb))
    };
    let kept = if no >= MIN_WORDS_OTHER {
        let support: HashSet<Vec<&str>> = other.iter().flat_map(|p| shingle_set(p)).collect();
        let kept: Vec<String> = base
            .iter()
            .filter(|p| {
                let s = shingle_set(p);
                !s.is_empty()
                    && s.iter().filter(|x| support.contains(*x)).count() as f64
                        >= MIN_SUPPORT * s.len() as f64
            })
            .cloned()
            .collect();
        if (n_words(&kept) as f64) < (1.0 - MAX_DROPPED) * nb as f64 {
            base
        } else {
            kept
        }
    } else {
        base
    };
    trim_trailers(kept)
}

static TRAILER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(you (may|might) (also )?(like|enjoy)|related( (stories|articles|posts|content|coverage|links|reading))?|read (more|next|also)|more (from|on|stories|news)|recommended( for you| stories| reading)?|also read|see also|trending( now)?|most (read|popular)|further reading)\b[\s.:…]*$",
    )
    .expect("valid regex")
});
static AD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(advertisement|sponsored( content)?|ad)[\s.:]*$").expect("valid regex")
});
static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(©|\(c\)|copyright\b)").expect("valid regex"));

/// Drop boilerplate the extractors let through: a "You may also like" / "Related" heading and
/// the list of short links after it (when nothing longer than 20 words follows), a lone
/// "Advertisement", and short copyright lines.
pub fn trim_trailers(ps: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(ps.len());
    for (i, p) in ps.iter().enumerate() {
        let w = p.split_whitespace().count();
        if w <= 6 && TRAILER_HEADING.is_match(p.trim()) {
            if ps[i + 1..]
                .iter()
                .all(|q| q.split_whitespace().count() <= 20)
            {
                break;
            }
            continue;
        }
        if w <= 8 && (COPYRIGHT.is_match(p.trim()) || AD_LINE.is_match(p.trim())) {
            continue;
        }
        out.push(p.clone());
    }
    if n_words(&out) == 0 {
        ps
    } else {
        out
    }
}

/// Read an HTML page into a document. `meta` fields already set win over the page's metadata.
pub fn read_html(bytes: &[u8], meta: Meta, origin: &str) -> Result<Document> {
    let mut notes = Vec::new();
    let html = decode_html(bytes, &mut notes);
    let mut a = extract_html(&html, Extractor::Combined);
    notes.append(&mut a.notes);
    if a.paragraphs.is_empty() {
        return Err(ReadError::NoText {
            origin: origin.to_owned(),
        });
    }
    let page = std::mem::take(&mut a.meta);
    let has_date = meta.published.is_some();
    let mut meta = Meta {
        url: meta.url.or(page.url),
        title: meta.title.or(page.title),
        byline: meta.byline.or(page.byline),
        source: meta.source.or(page.source),
        published: meta.published.or(page.published),
        language: meta.language.or(page.language),
        ..meta
    };
    if !has_date && meta.published.is_some() {
        meta.published_source = Some(DateSource::Metadata);
    }
    let mut text = String::new();
    if let Some(title) = &meta.title {
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        // The page title is the headline unless the body already starts with it.
        if !title.is_empty() && a.paragraphs.first() != Some(&title) {
            text.push_str(&title);
            text.push_str("\n\n");
        }
    }
    text.push_str(&a.body());
    text.push('\n');
    let rule = crate::txt::StandfirstRule::Equals(a.description.as_deref());
    let mut doc = crate::txt::read_structured(&text, meta, rule);
    doc.diagnostics
        .extend(notes.into_iter().map(|message| Diagnostic {
            stage: "read".into(),
            message,
            span: None,
        }));
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::BlockKind;

    const JSON_LD_PAGE: &str = r#"<html><head><link rel="canonical" href="https://example.org/news/harbour-cranes">
<meta name="description" content="Three cranes arrive by barge.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour gets new cranes","datePublished":"2023-05-06T10:00:00Z","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example Daily"}}</script></head>
<body><div class="story"><p>Three new cranes arrived at the harbour on Saturday, carried on a barge from the shipyard up the coast over four days.</p>
<p>The port authority said the cranes would double the number of containers handled each week once they are installed.</p>
<p>Dock workers watched from the quay as the first of the giant machines was lifted onto its rails by a floating crane.</p></div>
<div class="sidebar"><a href="/a">Most read</a><a href="/b">Weather</a></div></body></html>"#;

    #[test]
    fn json_ld_and_canonical_metadata() {
        let doc = read_html(JSON_LD_PAGE.as_bytes(), Meta::default(), "t").expect("page");
        let m = &doc.meta;
        assert_eq!(m.title.as_deref(), Some("Harbour gets new cranes"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.source.as_deref(), Some("Example Daily"));
        assert_eq!(m.published.as_deref(), Some("2023-05-06T10:00:00Z"));
        assert_eq!(m.published_source, Some(DateSource::Metadata));
        assert_eq!(
            m.url.as_deref(),
            Some("https://example.org/news/harbour-cranes")
        );
        assert_eq!(doc.blocks[0].kind, BlockKind::Headline);
        // The lede is not the description, so it stays a paragraph.
        assert!(doc.blocks[1..]
            .iter()
            .all(|b| b.kind == BlockKind::Paragraph));
        assert_eq!(doc.blocks.len(), 4);
        assert!(!doc.text().contains("Most read"));
    }

    #[test]
    fn record_metadata_wins_over_the_page() {
        let meta = Meta {
            title: Some("Given title".into()),
            ..Meta::default()
        };
        let doc = read_html(JSON_LD_PAGE.as_bytes(), meta, "t").expect("page");
        assert_eq!(doc.meta.title.as_deref(), Some("Given title"));
        assert!(doc.text().starts_with("Given title\n\n"));
    }

    #[test]
    fn combine_prefers_the_shorter_output_and_drops_unsupported_paragraphs() {
        let words = |s: &str, n: usize| {
            (0..n)
                .map(|i| format!("{s}{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let article = vec![words("a", 40), words("b", 40)];
        let mut t = article.clone();
        t.push(words("junk", 30));
        let mut r = vec![words("menu", 10)];
        r.extend(article.clone());
        r.push(words("related", 60));
        // r is longer, so t is the base; its junk paragraph is not in r and is dropped.
        assert_eq!(combine(t, r), article);
    }

    #[test]
    fn combine_falls_back_when_one_extractor_finds_almost_nothing() {
        let words = |s: &str, n: usize| {
            (0..n)
                .map(|i| format!("{s}{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let t = vec![words("x", 10)];
        let r = vec![words("a", 80), words("b", 80)];
        assert_eq!(combine(t, r.clone()), r);
    }

    #[test]
    fn trailers_are_cut() {
        let ps: Vec<String> = [
            "A long enough paragraph of real article text here.",
            "Advertisement",
            "More text of the article.",
            "You may also like",
            "Link one",
            "Link two",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            trim_trailers(ps),
            vec![
                "A long enough paragraph of real article text here.",
                "More text of the article."
            ]
        );
    }
}
