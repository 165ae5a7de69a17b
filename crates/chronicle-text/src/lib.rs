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
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Gov", "Sen",
    "Rep", "St", "Jr", "Sr", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Mt", "Ft", "Adm", "Rev", "Hon",
];

/// Split `text[range]` into tokens, appending to `out`.
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let n = text.len();
    while i < n {
        let c = text[i..].chars().next().unwrap();
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            // A word: letters/digits, joined by inner hyphens, apostrophes, periods of
            // abbreviations/numbers, commas inside numbers.
            let mut j = i + c.len_utf8();
            while j < n {
                let d = text[j..].chars().next().unwrap();
                if d.is_alphanumeric() {
                    j += d.len_utf8();
                    continue;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                let next_alnum = next.is_some_and(|x| x.is_alphanumeric());
                let prev_digit = bytes[j - 1].is_ascii_digit();
                let next_digit = next.is_some_and(|x| x.is_ascii_digit());
                let joins = match d {
                    '-' | '\'' | '’' => next_alnum,
                    '.' => {
                        (prev_digit && next_digit)
                            || (next_alnum && text[start..j].chars().all(|x| x.is_alphabetic()) && j - start <= 2)
                    }
                    ',' => prev_digit && next_digit,
                    _ => false,
                };
                if joins {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // Trailing period of a known abbreviation or an initial / dotted acronym.
            if j < n && bytes[j] == b'.' {
                let word = &text[start..j];
                let is_initial = word.chars().count() == 1 && word.chars().all(|x| x.is_uppercase());
                if ABBREVIATIONS.contains(&word) || is_initial || word.contains('.') {
                    j += 1;
                }
            }
            push(out, base + start, base + j, text, j);
            i = j;
        } else {
            let j = i + c.len_utf8();
            push(out, base + start, base + j, text, j);
            i = j;
        }
    }
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, text: &str, local_end: usize) {
    let space_after = text[local_end..].chars().next().is_some_and(char::is_whitespace);
    out.push(Token {
        span: Span::new(start, end).expect("ordered"),
        upos: None,
        xpos: None,
        space_after,
    });
}

fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]")
}

/// Split a run of tokens (already in `doc.tokens[first..last]`) into sentences.
fn split_sentences(text: &str, tokens: &[Token], first: usize, out: &mut Vec<Sentence>) {
    let mut s = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &text[tokens[i].span.range()];
        let mut boundary = matches!(t, "." | "!" | "?" | "…");
        if boundary {
            while i + 1 < tokens.len() && is_closing(&text[tokens[i + 1].span.range()]) {
                i += 1;
            }
            if let Some(next) = tokens.get(i + 1) {
                let nt = &text[next.span.range()];
                let starts_upper = nt.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric() || "“\"‘'([".contains(c));
                boundary = starts_upper;
            }
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
        let text = doc.text().to_owned();
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        let regions: Vec<(usize, usize)> = if doc.blocks.is_empty() {
            vec![(0, text.len())]
        } else {
            doc.blocks.iter().map(|b| (b.span.start(), b.span.end())).collect()
        };
        for (a, b) in regions {
            let first = tokens.len();
            tokenize_into(&text[a..b], a, &mut tokens);
            split_sentences(&text, &tokens[first..], first, &mut sentences);
        }
        doc.tokens = tokens;
        doc.sentences = sentences;
        Ok(())
    }
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
        assert_eq!(toks("Gen. al-Kadhimi's U.S. trip cost 1,000.5 dollars."), [
            "Gen.", "al-Kadhimi's", "U.S.", "trip", "cost", "1,000.5", "dollars", "."
        ]);
    }

    #[test]
    fn splits_sentences_after_closing_quotes() {
        let mut doc = Document::new("“We will go.” He left. Then Mr. Jones came.", Meta::default());
        TextStage::new().run(&mut doc).unwrap();
        let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(s, ["“We will go.”", "He left.", "Then Mr. Jones came."]);
    }
}
