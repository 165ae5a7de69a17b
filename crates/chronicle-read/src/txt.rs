//! Plain-text news reports: the text is kept exactly as given; blocks mark its structure.
//!
//! A report comes as lines separated by blank lines. The rules, in order:
//! - the first line is the headline;
//! - a line `By Jane Doe` near the top is the byline;
//! - the first block after the headline is the standfirst when it is short (at most 200
//!   characters), does not open with a dateline or a quotation mark, and at least two body
//!   blocks follow it;
//! - a line ending in a bracketed credit (`... in Baghdad [Al-Iraqiya/Reuters]`) is a caption,
//!   the credit (without brackets) its [`Block::credit`];
//! - `Source: ...` among the last two blocks is the source line, its credit the source;
//! - a dateline opening the first body paragraph (`BAGHDAD (Reuters) -`,
//!   `WASHINGTON, Nov 7 (AP) —`) becomes its own block, credit = the place;
//! - inside the body, a short line without final punctuation between paragraphs is a
//!   subheading; everything else is a paragraph.
//!
//! Hard-wrapped paragraphs (several lines of 40-100 characters without blank lines between
//! them) are one block; otherwise each line is a block.

use std::sync::LazyLock;

use chronicle_doc::{Block, BlockKind, DateSource, Document, Meta, Span, TextSpan};
use regex::Regex;

/// Build a document from a plain-text report; see the module docs for the rules. Metadata
/// already in `meta` wins over what the text suggests (title, byline, source, date).
pub fn read_txt(text: &str, meta: Meta) -> Document {
    read_structured(text, meta, StandfirstRule::Heuristic)
}

/// How to find the standfirst.
pub(crate) enum StandfirstRule<'a> {
    /// By length and position (plain text).
    Heuristic,
    /// The first body block when it is this text, up to whitespace (HTML: the page's
    /// description); no standfirst when `None`.
    Equals(Option<&'a str>),
}

pub(crate) fn read_structured(text: &str, mut meta: Meta, rule: StandfirstRule) -> Document {
    let s = structure(text, rule);
    if meta.title.is_none() {
        meta.title = s.title.map(|r| text[r].to_string());
    }
    if meta.byline.is_none() {
        meta.byline = s.byline.map(|r| text[r].to_string());
    }
    if meta.source.is_none() {
        meta.source = s.source.map(|r| text[r].to_string());
    }
    if meta.published.is_none() {
        if let Some(date) = s.dateline_date {
            meta.published = Some(date);
            meta.published_source = Some(DateSource::Dateline);
            meta.published_confidence = Some(0.5);
        }
    }
    let mut doc = Document::new(text, meta);
    doc.blocks = s.blocks;
    doc
}

type Range = std::ops::Range<usize>;

/// What the structure rules found.
pub(crate) struct Structure {
    pub blocks: Vec<Block>,
    pub title: Option<Range>,
    pub byline: Option<Range>,
    pub source: Option<Range>,
    /// `XXXX-MM-DD` from a dateline like `WASHINGTON, Nov 7 (AP) —`.
    pub dateline_date: Option<String>,
}

fn span(r: &Range) -> TextSpan {
    TextSpan(Span::new(r.start, r.end).expect("ranges are ordered"))
}

fn block(kind: BlockKind, r: &Range, credit: Option<&Range>) -> Block {
    Block {
        kind,
        span: span(r),
        credit: credit.map(span),
    }
}

/// Lines of `text` (trimmed, as byte ranges) grouped into units: one unit per line, except
/// hard-wrapped paragraphs, which are one unit.
fn units(text: &str) -> Vec<Range> {
    let mut chunks: Vec<Vec<Range>> = Vec::new();
    let mut cur: Vec<Range> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if trimmed.is_empty() {
            if !cur.is_empty() {
                chunks.push(std::mem::take(&mut cur));
            }
        } else {
            let lead = content.len()
                - content
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                    .len();
            cur.push(offset + lead..offset + lead + trimmed.len());
        }
        offset += line.len();
    }
    if !cur.is_empty() {
        chunks.push(cur);
    }
    let mut out = Vec::new();
    for (i, mut chunk) in chunks.into_iter().enumerate() {
        if i == 0 {
            // The headline is always a line of its own.
            out.push(chunk.remove(0));
            if chunk.is_empty() {
                continue;
            }
        }
        let n = chunk.len();
        let wrapped = n >= 2
            && chunk[..n - 1].iter().all(|r| {
                let c = text[r.clone()].chars().count();
                (40..=100).contains(&c)
            });
        if wrapped {
            out.push(chunk[0].start..chunk[n - 1].end);
        } else {
            out.extend(chunk);
        }
    }
    out
}

static CAPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s\[\s*(\p{Lu}[^\[\]\n]{1,80}?)\s*\]$").expect("valid regex"));
static SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:sources?)\s*:\s*(\S.{0,150})$").expect("valid regex"));
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY)\s+(\p{Lu}[^\n]{1,80})$").expect("valid regex"));
const DATELINE_TAIL: &str = r"(?:,\s(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))?(?:,\s((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2})))?";
/// Upper-case place, dash required: `LONDON —`, `BAGHDAD (Reuters) -`.
static DATELINE_UPPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(\p{{Lu}}[\p{{Lu}}.'’\-]*(?:\s\p{{Lu}}[\p{{Lu}}.'’\-]*){{0,3}}){DATELINE_TAIL}(?:\s\(([^()\n]{{1,40}})\))?\s?(?:--?|–|—)\s"
    ))
    .expect("valid regex")
});
/// Title-case place, agency required: `Baghdad (Reuters) -`.
static DATELINE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(\p{{Lu}}[\p{{L}}.'’\-]+(?:\s\p{{Lu}}[\p{{L}}.'’\-]+){{0,2}}){DATELINE_TAIL}\s\(([^()\n]{{1,40}})\)\s?(?:--?|–|—)\s"
    ))
    .expect("valid regex")
});

/// A dateline at the start of `s`: (dateline extent, place extent, `XXXX-MM-DD`), relative
/// to `s`.
pub(crate) fn dateline(s: &str) -> Option<(Range, Range, Option<String>)> {
    let caps = DATELINE_UPPER
        .captures(s)
        .filter(|c| c[1].chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .or_else(|| DATELINE_TITLE.captures(s))?;
    let whole = caps.get(0).expect("group 0");
    let end = whole.as_str().trim_end().len();
    let place = caps.get(1).expect("place group").range();
    let date = match (caps.get(4), caps.get(5)) {
        (Some(m), Some(d)) => {
            let months = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let month = months.iter().position(|x| *x == m.as_str()).map(|i| i + 1);
            let day: u32 = d.as_str().parse().unwrap_or(0);
            month
                .filter(|_| (1..=31).contains(&day))
                .map(|m| format!("XXXX-{m:02}-{day:02}"))
        }
        _ => None,
    };
    Some((0..end, place, date))
}

fn caption_credit(s: &str) -> Option<Range> {
    let caps = CAPTION.captures(s)?;
    let whole = caps.get(0)?;
    let credit = caps.get(1)?;
    let before = &s[..whole.start()];
    let credit_text = credit.as_str();
    if before.chars().count() < 15 || credit_text.ends_with('.') || credit_text.contains(". ") {
        return None;
    }
    Some(credit.range())
}

fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(['"', '”', '’', '\'', ')', '»']);
    trimmed.ends_with(['.', '!', '?', ':', ';', ',', '…'])
}

fn is_subheading(s: &str) -> bool {
    let n_chars = s.chars().count();
    n_chars <= 70
        && s.split_whitespace().count() <= 10
        && !ends_sentence(s)
        && !s.ends_with(']')
        && !s.starts_with(|c: char| c.is_lowercase())
}

fn shift(r: Range, by: usize) -> Range {
    r.start + by..r.end + by
}

pub(crate) fn structure(text: &str, rule: StandfirstRule) -> Structure {
    let units = units(text);
    let mut s = Structure {
        blocks: Vec::new(),
        title: None,
        byline: None,
        source: None,
        dateline_date: None,
    };
    if units.is_empty() {
        return s;
    }
    let n = units.len();
    let mut kinds: Vec<Option<BlockKind>> = vec![None; n];
    let mut credits: Vec<Option<Range>> = vec![None; n];
    let str_of = |i: usize| &text[units[i].clone()];

    // Headline.
    if str_of(0).chars().count() <= 300 {
        kinds[0] = Some(BlockKind::Headline);
        s.title = Some(units[0].clone());
    }
    // Captions, source line and byline.
    for i in 1..n {
        let u = str_of(i);
        if let Some(c) = caption_credit(u) {
            kinds[i] = Some(BlockKind::Caption);
            credits[i] = Some(shift(c, units[i].start));
        } else if i + 2 >= n && u.len() <= 160 {
            if let Some(c) = SOURCE.captures(u).and_then(|c| c.get(1)) {
                kinds[i] = Some(BlockKind::Source);
                let r = shift(c.range(), units[i].start);
                s.source.get_or_insert(r.clone());
                credits[i] = Some(r);
            }
        }
        if kinds[i].is_none() && i <= 4 && s.byline.is_none() && u.split_whitespace().count() <= 12
        {
            if let Some(c) = BYLINE.captures(u).and_then(|c| c.get(1)) {
                if !ends_sentence(c.as_str()) || c.as_str().ends_with('.') && c.as_str().len() < 40
                {
                    kinds[i] = Some(BlockKind::Byline);
                    let r = shift(c.range(), units[i].start);
                    s.byline = Some(r.clone());
                    credits[i] = Some(r);
                }
            }
        }
    }
    let is_body = |k: &Option<BlockKind>| k.is_none();
    // Standfirst: the first unclassified unit right after the headline (bylines and captions
    // may sit in between).
    let first_body = (1..n).find(|&i| is_body(&kinds[i]));
    if let Some(i) = first_body {
        let u = str_of(i);
        let n_chars = u.chars().count();
        let n_body_after = (i + 1..n).filter(|&j| is_body(&kinds[j])).count();
        let only_meta_before =
            (1..i).all(|j| matches!(kinds[j], Some(BlockKind::Byline | BlockKind::Caption)));
        let by_rule = match &rule {
            StandfirstRule::Heuristic => {
                (30..=200).contains(&n_chars)
                    && n_body_after >= 2
                    && dateline(u).is_none()
                    && !u.starts_with(['"', '“', '‘', '\''])
            }
            StandfirstRule::Equals(d) => d.is_some_and(|d| {
                n_body_after >= 1 && d.split_whitespace().eq(u.split_whitespace())
            }),
        };
        if kinds[0] == Some(BlockKind::Headline) && only_meta_before && by_rule {
            kinds[i] = Some(BlockKind::Standfirst);
        }
    }
    // Subheadings: short lines without final punctuation between body paragraphs.
    let mut seen_paragraph = false;
    for i in 1..n {
        if !is_body(&kinds[i]) {
            continue;
        }
        let next_is_body = (i + 1 < n) && is_body(&kinds[i + 1]) && !is_subheading(str_of(i + 1));
        if seen_paragraph && next_is_body && is_subheading(str_of(i)) {
            kinds[i] = Some(BlockKind::Subheading);
        } else {
            kinds[i] = Some(BlockKind::Paragraph);
            seen_paragraph = true;
        }
    }
    // Blocks, with a dateline split off the first paragraph.
    let mut dateline_done = false;
    for i in 0..n {
        let kind = kinds[i].unwrap_or(BlockKind::Paragraph);
        let r = units[i].clone();
        if kind == BlockKind::Paragraph && !dateline_done {
            dateline_done = true;
            if let Some((d, place, date)) = dateline(str_of(i)) {
                let rest = &text[r.start + d.end..r.end];
                let lead = rest.len() - rest.trim_start().len();
                if r.start + d.end + lead < r.end {
                    s.blocks.push(block(
                        BlockKind::Dateline,
                        &shift(d.clone(), r.start),
                        Some(&shift(place, r.start)),
                    ));
                    s.blocks.push(block(
                        BlockKind::Paragraph,
                        &(r.start + d.end + lead..r.end),
                        None,
                    ));
                    s.dateline_date = date;
                    continue;
                }
            }
        }
        s.blocks.push(block(kind, &r, credits[i].as_ref()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(doc: &Document) -> Vec<(BlockKind, &str)> {
        doc.blocks
            .iter()
            .map(|b| (b.kind, doc.slice(b.span.0)))
            .collect()
    }

    fn credit(doc: &Document, i: usize) -> Option<&str> {
        doc.blocks[i].credit.as_ref().map(|c| doc.slice(c.0))
    }

    const REPORT: &str = "Storm floods river towns in northern valley\n\n\
Rescue teams reached villages cut off for two days as the river rose past its banks.\n\n\
Residents wade through a flooded street in the lower town [Jane Roe/ Example Press]\n\n\
Heavy rain fell for three days across the valley, officials said on Monday, forcing hundreds of families to leave their homes.\n\n\
“We lost everything in one night,” said a farmer who asked not to be named.\n\n\
‘Nobody warned us’\n\n\
Local councillors said the warning system had failed [with no sirens] during the night.\n\n\
A volunteer carries a child to a boat near the old bridge, March 3 [John Doe/Agency]\n\n\
The weather service expects more rain later in the week.\n\n\n\
Source: Example News and agencies\n";

    #[test]
    fn report_blocks_follow_the_layout() {
        let doc = read_txt(REPORT, Meta::default());
        let k = kinds(&doc);
        assert_eq!(
            k[0],
            (
                BlockKind::Headline,
                "Storm floods river towns in northern valley"
            )
        );
        assert_eq!(k[1].0, BlockKind::Standfirst);
        assert_eq!(k[2].0, BlockKind::Caption);
        assert_eq!(credit(&doc, 2), Some("Jane Roe/ Example Press"));
        assert_eq!(k[3].0, BlockKind::Paragraph);
        assert_eq!(k[4].0, BlockKind::Paragraph);
        assert_eq!(k[5], (BlockKind::Subheading, "‘Nobody warned us’"));
        // A bracket inside the line is not a caption.
        assert_eq!(k[6].0, BlockKind::Paragraph);
        assert_eq!(k[7].0, BlockKind::Caption);
        assert_eq!(credit(&doc, 7), Some("John Doe/Agency"));
        assert_eq!(k[8].0, BlockKind::Paragraph);
        assert_eq!(
            k[9],
            (BlockKind::Source, "Source: Example News and agencies")
        );
        assert_eq!(credit(&doc, 9), Some("Example News and agencies"));
        assert_eq!(k.len(), 10);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Storm floods river towns in northern valley")
        );
        assert_eq!(
            doc.meta.source.as_deref(),
            Some("Example News and agencies")
        );
        assert_eq!(doc.text(), REPORT, "the text is kept exactly as given");
    }

    #[test]
    fn dateline_is_split_off_the_first_paragraph() {
        let text = "Talks resume\n\nBy Jane Doe\n\nWASHINGTON, Nov 7 (AP) — Negotiators met again on Sunday after a week without contact between the two delegations.\n\nMore talks are planned.\n";
        let doc = read_txt(text, Meta::default());
        let k = kinds(&doc);
        assert_eq!(k[1], (BlockKind::Byline, "By Jane Doe"));
        assert_eq!(credit(&doc, 1), Some("Jane Doe"));
        assert_eq!(k[2], (BlockKind::Dateline, "WASHINGTON, Nov 7 (AP) —"));
        assert_eq!(credit(&doc, 2), Some("WASHINGTON"));
        assert!(k[3].1.starts_with("Negotiators met"));
        assert_eq!(k[3].0, BlockKind::Paragraph);
        assert_eq!(doc.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(doc.meta.published.as_deref(), Some("XXXX-11-07"));
        assert_eq!(doc.meta.published_source, Some(DateSource::Dateline));
    }

    #[test]
    fn dateline_forms() {
        let d = |s: &str| dateline(s).map(|(r, p, _)| (s[r].to_string(), s[p].to_string()));
        assert_eq!(
            d("BAGHDAD (Reuters) - Two rockets"),
            Some(("BAGHDAD (Reuters) -".into(), "BAGHDAD".into()))
        );
        assert_eq!(
            d("NEW YORK — The city"),
            Some(("NEW YORK —".into(), "NEW YORK".into()))
        );
        assert_eq!(
            d("Kyiv (AFP) -- Air raid"),
            Some(("Kyiv (AFP) --".into(), "Kyiv".into()))
        );
        assert_eq!(
            d("KYIV, Ukraine (AP) — Air raid"),
            Some(("KYIV, Ukraine (AP) —".into(), "KYIV".into()))
        );
        assert_eq!(d("The minister - who spoke"), None);
        assert_eq!(d("A - b"), None);
    }

    #[test]
    fn short_lede_without_more_body_is_a_paragraph() {
        let doc = read_txt("A headline\n\nThe body.\n", Meta::default());
        assert_eq!(
            kinds(&doc),
            vec![
                (BlockKind::Headline, "A headline"),
                (BlockKind::Paragraph, "The body.")
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_one_block() {
        let text = "Title line\n\nThis paragraph was wrapped by an editor at a fixed width of\nabout sixty characters so that it spans several lines of\ntext in the file.\n\nSecond paragraph.\n";
        let doc = read_txt(text, Meta::default());
        assert_eq!(doc.blocks.len(), 3);
        assert!(doc
            .slice(doc.blocks[1].span.0)
            .ends_with("text in the file."));
    }

    #[test]
    fn given_metadata_wins() {
        let meta = Meta {
            title: Some("Given".into()),
            source: Some("Wire".into()),
            ..Meta::default()
        };
        let doc = read_txt("Headline\n\nBody one is here.\n\nSource: Other\n", meta);
        assert_eq!(doc.meta.title.as_deref(), Some("Given"));
        assert_eq!(doc.meta.source.as_deref(), Some("Wire"));
        assert_eq!(doc.blocks.last().map(|b| b.kind), Some(BlockKind::Source));
    }

    #[test]
    fn crlf_and_odd_whitespace_keep_offsets_exact() {
        let text = "\u{feff}  Head\r\n\r\n\tBody with\u{a0}space.\r\n";
        let doc = read_txt(text, Meta::default());
        for b in &doc.blocks {
            let t = doc.slice(b.span.0);
            assert_eq!(t, t.trim());
            assert!(!t.is_empty());
        }
        assert_eq!(doc.text(), text);
    }
}

#[cfg(test)]
mod seed_tests {
    use super::*;

    fn shared() -> std::path::PathBuf {
        std::env::var_os("CHRONICLE_SHARED")
            .map(Into::into)
            .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into())
    }

    #[test]
    fn seed_report_structure() {
        let path = shared().join("seed/000_263e5c83ecafaaa9.txt");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping: {} not found", path.display());
            return;
        };
        let doc = read_txt(&text, Meta::default());
        assert_eq!(doc.text(), text);
        let of = |k: BlockKind| {
            doc.blocks
                .iter()
                .filter(move |b| b.kind == k)
                .collect::<Vec<_>>()
        };
        assert_eq!(of(BlockKind::Headline).len(), 1);
        assert!(doc
            .meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Iraq PM")));
        let standfirst = of(BlockKind::Standfirst);
        assert_eq!(standfirst.len(), 1);
        assert!(doc
            .slice(standfirst[0].span.0)
            .starts_with("Iraqi prime minister calls"));
        let credits: Vec<&str> = of(BlockKind::Caption)
            .iter()
            .map(|b| doc.slice(b.credit.as_ref().expect("credit").0))
            .collect();
        assert_eq!(
            credits,
            vec![
                "Al-Iraqiya/Reuters",
                "Thaier Al-Sudani/ Reuters",
                "Ahmad Al-Rubaye/AFP"
            ]
        );
        let source = of(BlockKind::Source);
        assert_eq!(source.len(), 1);
        assert_eq!(
            doc.slice(source[0].credit.as_ref().expect("credit").0),
            "Al Jazeera and news agencies"
        );
        assert_eq!(
            doc.meta.source.as_deref(),
            Some("Al Jazeera and news agencies")
        );
        let subs: Vec<&str> = of(BlockKind::Subheading)
            .iter()
            .map(|b| doc.slice(b.span.0))
            .collect();
        assert_eq!(subs, vec!["‘Stupid and shortsighted’"]);
        assert!(of(BlockKind::Paragraph).len() >= 30);
        assert!(of(BlockKind::Dateline).is_empty());
        for b in &doc.blocks {
            assert!(!doc.slice(b.span.0).is_empty());
        }
    }
}
