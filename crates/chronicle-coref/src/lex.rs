//! A small lexer for rule-based resolvers: words and punctuation with byte offsets.
//!
//! Words are runs of letters and digits joined by inner hyphens, apostrophes and periods
//! ("al-Kadhimi", "U.S.", "don't"); a trailing possessive `’s`/`'s` stays outside the word as
//! its own token so that "Kadhimi’s" gives the name "Kadhimi".

/// What a lexed token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexKind {
    /// Letters/digits.
    Word,
    /// A possessive `’s` / `'s` / bare `’` after a plural.
    Possessive,
    /// Anything else, one character.
    Punct,
}

/// One lexed token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lex {
    /// Byte start in the text.
    pub start: usize,
    /// Byte end in the text.
    pub end: usize,
    /// Kind.
    pub kind: LexKind,
}

impl Lex {
    /// The covered text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Lex `text[from..to]`; offsets are absolute.
pub fn lex(text: &str, from: usize, to: usize) -> Vec<Lex> {
    let mut out = Vec::new();
    let to = to.min(text.len());
    if from >= to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
        return out;
    }
    let s = &text[..to];
    let mut i = from;
    while i < to {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut j = i + cl;
            while j < to {
                let d = s[j..].chars().next().unwrap_or(' ');
                if d.is_alphanumeric() {
                    j += d.len_utf8();
                    continue;
                }
                let after = s[j + d.len_utf8()..].chars().next();
                let next_alnum = after.is_some_and(|x| x.is_alphanumeric());
                let joins = match d {
                    '-' | '.' => next_alnum,
                    '\'' | '’' => {
                        // keep "don't", "O'Brien"; split off possessive "'s"
                        let rest = &s[j + d.len_utf8()..];
                        let poss = rest.starts_with('s')
                            && !rest[1..]
                                .chars()
                                .next()
                                .is_some_and(|x| x.is_alphanumeric());
                        next_alnum && !poss
                    }
                    _ => false,
                };
                if joins {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // a trailing period belongs to an abbreviation like "U.S." only if inner periods exist
            if j < to && s[j..].starts_with('.') && s[start..j].contains('.') {
                j += 1;
            }
            out.push(Lex {
                start,
                end: j,
                kind: LexKind::Word,
            });
            i = j;
            continue;
        }
        if c == '\'' || c == '’' {
            let rest = &s[i + cl..];
            if rest.starts_with('s')
                && !rest[1..]
                    .chars()
                    .next()
                    .is_some_and(|x| x.is_alphanumeric())
                && out
                    .last()
                    .is_some_and(|l: &Lex| l.end == i && l.kind == LexKind::Word)
            {
                out.push(Lex {
                    start: i,
                    end: i + cl + 1,
                    kind: LexKind::Possessive,
                });
                i += cl + 1;
                continue;
            }
        }
        out.push(Lex {
            start: i,
            end: i + cl,
            kind: LexKind::Punct,
        });
        i += cl;
    }
    out
}

/// True when the word starts with an upper-case letter (after an `al-`-style prefix too).
pub fn is_capitalized(word: &str) -> bool {
    let w = strip_article_prefix(word);
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "al-Kadhimi" → "Kadhimi"; other words unchanged. Arabic article prefixes only.
pub fn strip_article_prefix(word: &str) -> &str {
    for p in ["al-", "Al-", "el-", "El-", "AL-"] {
        if let Some(rest) = word.strip_prefix(p) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    word
}

/// A normalized key for name matching: lower case, Arabic article prefix dropped,
/// curly apostrophes made straight.
pub fn name_key(word: &str) -> String {
    strip_article_prefix(word).to_lowercase().replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        lex(t, 0, t.len()).iter().map(|l| l.text(t)).collect()
    }

    #[test]
    fn possessive_is_split_from_names() {
        assert_eq!(words("al-Kadhimi’s office"), ["al-Kadhimi", "’s", "office"]);
        assert_eq!(words("Bob's car"), ["Bob", "'s", "car"]);
        assert_eq!(words("don't go"), ["don't", "go"]);
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            words("the U.S. said “no.”"),
            ["the", "U.S.", "said", "“", "no", ".", "”"]
        );
        assert_eq!(name_key("Al-Kadhimi"), name_key("al-Kadhimi"));
        assert!(is_capitalized("al-Kadhimi"));
        assert!(!is_capitalized("said"));
    }
}
