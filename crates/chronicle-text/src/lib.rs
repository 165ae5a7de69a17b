//! Tokens and sentences for news text.
//!
//! [`TextStage`] fills [`Document::tokens`] and [`Document::sentences`]. Sentences never cross
//! a structural block (headline, caption, paragraph) when the reader marked blocks.
//!
//! ```
//! use chronicle_doc::{Document, Meta, Stage};
//! let mut doc = Document::new("Mr. Smith went to Washington. He spoke.", Meta::default());
//! chronicle_text::TextStage::new().run(&mut doc).unwrap();
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.slice(doc.tokens[0].span), "Mr.");
//! ```
#![deny(missing_docs)]

pub mod eval;

use chronicle_doc::{Document, LayerKind, Sentence, Span, Stage, StageError, Token};

/// Tokenizes and splits sentences.
#[derive(Debug, Clone)]
pub struct TextStage {}

impl TextStage {
    /// The default tokenizer and splitter.
    pub fn new() -> TextStage {
        TextStage {}
    }
}

impl Default for TextStage {
    fn default() -> Self {
        TextStage::new()
    }
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Gov", "Sen", "Rep",
    "St", "Jr", "Sr", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Mt", "Ft", "Adm", "Rev", "Hon",
];

/// Length in bytes of a URL, e-mail address, @handle or #hashtag starting at `s`, if any.
fn special_len(s: &str) -> Option<usize> {
    let lower_start = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let is_url = lower_start.starts_with("http://")
        || lower_start.starts_with("https://")
        || lower_start.starts_with("www.");
    let first = s.chars().next()?;
    if is_url {
        let mut end = s
            .find(|c: char| c.is_whitespace() || "\"<>“”‘’".contains(c))
            .unwrap_or(s.len());
        // Trailing punctuation belongs to the sentence, not the URL.
        while end > 0 && ".,;:!?)]'".contains(s[..end].chars().last().unwrap_or(' ')) {
            end -= 1;
        }
        return (end > 4).then_some(end);
    }
    if first == '@' || first == '#' {
        let end = 1 + s[1..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(s.len() - 1);
        return (end > 1
            && s[1..end]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || first == '#'))
        .then_some(end);
    }
    if first.is_alphanumeric() {
        // e-mail: word chars, @, domain with a dot.
        let end = s
            .find(|c: char| c.is_whitespace() || "\",;:<>()[]“”".contains(c))
            .unwrap_or(s.len());
        let cand = s[..end].trim_end_matches('.');
        if let Some(at) = cand.find('@') {
            let (user, domain) = (&cand[..at], &cand[at + 1..]);
            if !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && user
                    .chars()
                    .all(|c| c.is_alphanumeric() || "._-+".contains(c))
                && domain
                    .chars()
                    .all(|c| c.is_alphanumeric() || ".-".contains(c))
            {
                return Some(cand.len());
            }
        }
    }
    None
}

/// Clitics split off the end of a word, as in the Penn Treebank, CoNLL-2003 and UD corpora.
const CLITICS: &[&str] = &[
    "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    "'S", "’S", "N'T", "N’T",
];

/// Split `text` into tokens, appending them to `out` with offsets shifted by `base`.
///
/// Words keep inner hyphens and apostrophes (`al-Kadhimi`, `O'Brien`), numbers keep their
/// separators (`1,000.5`, `7.62mm`, `08:02`, `02/13/2001`), abbreviations and initials keep
/// their period (`Gen.`, `U.S.`, `M.`), URLs, e-mail addresses, handles and hashtags stay
/// whole, and clitics split off (`Iraq's` → `Iraq` `'s`, `don't` → `do` `n't`).
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let n = text.len();
    while i < n {
        let c = text[i..].chars().next().expect("in bounds");
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if let Some(len) = special_len(&text[i..]) {
            push(out, base + start, base + start + len, text, start + len);
            i = start + len;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while j < n {
                let d = text[j..].chars().next().expect("in bounds");
                if d.is_alphanumeric() {
                    j += d.len_utf8();
                    continue;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                let next_alnum = next.is_some_and(|x| x.is_alphanumeric());
                let prev_digit = bytes[j - 1].is_ascii_digit();
                let next_digit = next.is_some_and(|x| x.is_ascii_digit());
                let word_so_far = &text[start..j];
                let joins = match d {
                    '-' | '‑' => next_alnum,
                    '\'' | '’' => next_alnum,
                    '&' => {
                        next.is_some_and(|x| x.is_uppercase())
                            && word_so_far.chars().all(|x| x.is_uppercase())
                    }
                    '.' => {
                        // Numbers (3.5), file and domain names (report.pdf, example.com).
                        (prev_digit && next_digit)
                            || (next.is_some_and(|x| x.is_ascii_lowercase())
                                && bytes[j - 1].is_ascii_alphanumeric()
                                && j - start > 1)
                            || (next.is_some_and(|x| x.is_alphabetic())
                                && word_so_far.split('.').all(|p| p.chars().count() == 1)
                                && text[j + 1..].chars().nth(1).is_some_and(|x| x == '.'))
                    }
                    ',' => {
                        prev_digit
                            && next_digit
                            && text[j + 1..]
                                .chars()
                                .take(3)
                                .filter(|x| x.is_ascii_digit())
                                .count()
                                == 3
                    }
                    ':' | '/' => prev_digit && next_digit,
                    _ => false,
                };
                if joins {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // Trailing period of a known abbreviation, an initial or a dotted acronym.
            if j < n && bytes[j] == b'.' {
                let word = &text[start..j];
                let is_initial =
                    word.chars().count() == 1 && word.chars().all(|x| x.is_alphabetic());
                if ABBREVIATIONS.contains(&word)
                    || is_initial
                    || (word.contains('.') && !word.chars().any(|c| c.is_ascii_digit()))
                {
                    j += 1;
                }
            }
            // Split a trailing clitic, unless it is the whole word.
            let word = &text[start..j];
            let clitic = CLITICS
                .iter()
                .find(|cl| word.len() > cl.len() && word.ends_with(*cl));
            match clitic {
                Some(cl) => {
                    let k = j - cl.len();
                    push(out, base + start, base + k, text, k);
                    push(out, base + k, base + j, text, j);
                }
                None => push(out, base + start, base + j, text, j),
            }
            i = j;
        } else {
            // Punctuation: runs of the same mark (`...`, `--`, `!!`) stay together.
            let mut j = i + c.len_utf8();
            if ".-!?*=_~".contains(c) {
                while text[j..].starts_with(c) {
                    j += c.len_utf8();
                }
            }
            push(out, base + start, base + j, text, j);
            i = j;
        }
    }
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, text: &str, local_end: usize) {
    let space_after = text[local_end..]
        .chars()
        .next()
        .is_some_and(char::is_whitespace);
    out.push(Token {
        span: Span::new(start, end).expect("ordered"),
        upos: None,
        xpos: None,
        space_after,
    });
}

fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

/// Words that commonly open a sentence: after an abbreviation's period (`in the U.S. The ...`)
/// they mark a boundary.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "No",
    "Not",
    "So",
    "Yet",
    "Also",
    "Still",
    "Then",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
];

/// Split a run of tokens (already in `doc.tokens[first..]`) into sentences.
fn split_sentences(text: &str, tokens: &[Token], first: usize, out: &mut Vec<Sentence>) {
    let tok = |i: usize| &text[tokens[i].span.range()];
    let mut s = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tok(i);
        let terminal = t.chars().all(|c| matches!(c, '.' | '!' | '?' | '…')) && !t.is_empty();
        let abbrev_end = !terminal && t.len() > 1 && t.ends_with('.');
        let mut boundary = false;
        if terminal || abbrev_end {
            // Closing quotes and brackets that hug the terminal belong to this sentence.
            while i + 1 < tokens.len()
                && is_closing(tok(i + 1))
                && tokens[i].span.end() == tokens[i + 1].span.start()
                && !(matches!(tok(i + 1), "\"" | "'")
                    && !tokens[i + 1].space_after
                    && i + 2 < tokens.len()
                    && tokens[i + 1].span.end() == tokens[i + 2].span.start())
            {
                i += 1;
            }
            boundary = match tokens.get(i + 1) {
                None => true,
                Some(next) => {
                    let nt = &text[next.span.range()];
                    let c = nt.chars().next().unwrap_or(' ');
                    if matches!(nt, "," | ";" | ":" | ")" | "]") {
                        false
                    } else if terminal {
                        // After a bare terminal, anything but a lowercase continuation of an
                        // ellipsis starts a new sentence.
                        !(t == "…" || t == "...") || c.is_uppercase()
                    } else {
                        // After an abbreviation or initial: only before a common sentence opener
                        // or a quote/number.
                        STARTERS.contains(&nt) || "“\"‘".contains(c)
                    }
                }
            };
        }
        // A line break between tokens is a boundary too.
        if !boundary {
            if let Some(next) = tokens.get(i + 1) {
                if text[tokens[i].span.end()..next.span.start()].contains('\n') {
                    boundary = true;
                }
            }
        }
        if boundary || i + 1 == tokens.len() {
            let span = Span::new(tokens[s].span.start(), tokens[i].span.end()).expect("ordered");
            out.push(Sentence {
                span,
                first_token: (first + s) as u32,
                n_tokens: (i + 1 - s) as u32,
            });
            s = i + 1;
        }
        i += 1;
    }
}

impl Stage for TextStage {
    fn name(&self) -> &'static str {
        "text.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        let regions: Vec<(usize, usize)> = if doc.blocks.is_empty() {
            vec![(0, doc.text().len())]
        } else {
            doc.blocks
                .iter()
                .map(|b| (b.span.start(), b.span.end()))
                .collect()
        };
        let (tokens, sentences) = segment(doc.text(), &regions);
        doc.tokens = tokens;
        doc.sentences = sentences;
        Ok(())
    }
}

/// Tokens and sentences of `text`, each region (byte range) split on its own so that no
/// sentence crosses a region boundary.
pub fn segment(text: &str, regions: &[(usize, usize)]) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for &(a, b) in regions {
        let first = tokens.len();
        tokenize_into(&text[a..b], a, &mut tokens);
        split_sentences(text, &tokens[first..], first, &mut sentences);
    }
    (tokens, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::Meta;

    fn toks(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize_into(s, 0, &mut out);
        out.iter().map(|t| s[t.span.range()].to_string()).collect()
    }

    #[test]
    fn keeps_names_numbers_and_abbreviations_whole() {
        assert_eq!(
            toks("Gen. al-Kadhimi's U.S. trip cost 1,000.5 dollars."),
            [
                "Gen.",
                "al-Kadhimi",
                "'s",
                "U.S.",
                "trip",
                "cost",
                "1,000.5",
                "dollars",
                "."
            ]
        );
        assert_eq!(
            toks("O'Brien fired 7.62mm rounds"),
            ["O'Brien", "fired", "7.62mm", "rounds"]
        );
        assert_eq!(toks("Jennifer M. Anderson"), ["Jennifer", "M.", "Anderson"]);
        assert_eq!(toks("the No. 2 official"), ["the", "No.", "2", "official"]);
    }

    #[test]
    fn splits_clitics_but_not_inner_apostrophes() {
        assert_eq!(
            toks("Iraq’s leaders don't"),
            ["Iraq", "’s", "leaders", "do", "n't"]
        );
        assert_eq!(toks("Asaib Ahl al-Haq"), ["Asaib", "Ahl", "al-Haq"]);
    }

    #[test]
    fn keeps_urls_handles_hashtags_and_emails_whole() {
        assert_eq!(
            toks("See https://example.org/a?b=1. Ask @un_news #Iraq or press@example.com."),
            [
                "See",
                "https://example.org/a?b=1",
                ".",
                "Ask",
                "@un_news",
                "#Iraq",
                "or",
                "press@example.com",
                "."
            ]
        );
    }

    #[test]
    fn curly_quotes_dashes_and_ellipses_are_tokens() {
        assert_eq!(toks("“Calm—now…”"), ["“", "Calm", "—", "now", "…", "”"]);
        assert_eq!(
            toks("wait... and -- go"),
            ["wait", "...", "and", "--", "go"]
        );
    }

    #[test]
    fn splits_sentences_after_closing_quotes() {
        let mut doc = Document::new(
            "“We will go.” He left. Then Mr. Jones came.",
            Meta::default(),
        );
        TextStage::new().run(&mut doc).unwrap();
        let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(s, ["“We will go.”", "He left.", "Then Mr. Jones came."]);
    }

    fn sentences(text: &str) -> Vec<String> {
        let mut doc = Document::new(text, Meta::default());
        TextStage::new().run(&mut doc).unwrap();
        doc.sentences
            .iter()
            .map(|s| doc.slice(s.span).to_string())
            .collect()
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_only_before_an_opener() {
        assert_eq!(
            sentences("He met U.S. officials. They left."),
            ["He met U.S. officials.", "They left."]
        );
        assert_eq!(
            sentences("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
    }

    #[test]
    fn an_opening_straight_quote_starts_the_next_sentence() {
        assert_eq!(
            sentences("he added. \"We will go,\" she said."),
            ["he added.", "\"We will go,\" she said."]
        );
    }

    #[test]
    fn a_quote_spanning_sentences_is_split_inside() {
        assert_eq!(
            sentences("“We came. We saw.” Then he left?"),
            ["“We came.", "We saw.”", "Then he left?"]
        );
    }

    #[test]
    fn every_span_slices_the_text_on_random_input() {
        const PALETTE: &[&str] = &[
            "a",
            "Z",
            " ",
            "\n",
            ".",
            "’",
            "'",
            "\"",
            "“",
            "”",
            "-",
            "—",
            "1",
            ",",
            "@",
            "#",
            "é",
            "😀",
            "Mr.",
            "U.S.",
            "http://x.y",
            "?",
            "…",
            "\t",
            ":",
            "/",
        ];
        let mut seed: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..2000 {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 58) as usize;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(PALETTE[(seed >> 33) as usize % PALETTE.len()]);
            }
            let mut doc = Document::new(text.clone(), Meta::default());
            TextStage::new().run(&mut doc).unwrap();
            let mut last = 0;
            for t in &doc.tokens {
                assert!(t.span.start() >= last && !t.span.is_empty(), "{text:?}");
                assert!(
                    Span::new_in(&text, t.span.start(), t.span.end()).is_ok(),
                    "{text:?}"
                );
                assert!(
                    !doc.slice(t.span).starts_with(char::is_whitespace),
                    "{text:?}"
                );
                last = t.span.end();
            }
            let covered: u32 = doc.sentences.iter().map(|s| s.n_tokens).sum();
            assert_eq!(covered as usize, doc.tokens.len(), "{text:?}");
        }
    }

    #[test]
    fn sentences_never_cross_blocks() {
        let mut doc = Document::new("Headline without stop\n\nBody here. More", Meta::default());
        doc.blocks = vec![
            chronicle_doc::Block {
                kind: chronicle_doc::BlockKind::Headline,
                span: chronicle_doc::TextSpan(Span::new(0, 21).unwrap()),
                credit: None,
            },
            chronicle_doc::Block {
                kind: chronicle_doc::BlockKind::Paragraph,
                span: chronicle_doc::TextSpan(Span::new(23, 38).unwrap()),
                credit: None,
            },
        ];
        TextStage::new().run(&mut doc).unwrap();
        let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(s, ["Headline without stop", "Body here.", "More"]);
    }
}
