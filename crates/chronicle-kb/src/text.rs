//! Word splitting and normalization shared by the KB index and the scanners.

/// One word of a text, with its byte range and its normalized form.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Byte start in the scanned text (plus the caller's base).
    pub start: usize,
    /// Byte end (after any possessive ending, which is part of the word).
    pub end: usize,
    /// Lower-cased, dots and possessive `'s` removed, curly apostrophes straightened.
    pub norm: String,
    /// True when the word ended in a possessive (`Iraq’s`, `protesters'`).
    pub possessive: bool,
    /// True when the word's first character is upper case.
    pub upper: bool,
    /// True when punctuation (not just spaces) separates this word from the previous one.
    pub break_before: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '‑')
}

/// True when a word is capitalised, also behind a lower-case name particle (`al-Kadhimi`).
pub fn is_capitalised(raw: &str) -> bool {
    if raw.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    match raw.split_once('-') {
        Some(("al" | "el" | "ad" | "ar" | "as" | "an" | "bin" | "ibn" | "abu", rest)) => {
            rest.chars().next().is_some_and(char::is_uppercase)
        }
        _ => false,
    }
}

/// Normalize one word: lower case, `’` → `'`, drop dots, strip a possessive ending.
/// Returns the normal form and whether a possessive was stripped.
pub fn norm_word(w: &str) -> (String, bool) {
    let mut s: String = w
        .chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let mut possessive = false;
    if s.ends_with("'s") && s.len() > 2 {
        s.truncate(s.len() - 2);
        possessive = true;
    } else if s.ends_with('\'') && s.len() > 1 {
        s.truncate(s.len() - 1);
        possessive = true;
    }
    (s, possessive)
}

/// Normalize a phrase (an alias or a name) to the key the index uses: words normalized and
/// joined by single spaces, a leading "the" dropped.
pub fn norm_phrase(p: &str) -> String {
    let words = split_words(p, 0);
    let mut parts: Vec<&str> = words.iter().map(|w| w.norm.as_str()).collect();
    if parts.len() > 1 && parts[0] == "the" {
        parts.remove(0);
    }
    parts.join(" ")
}

/// Split `text` into words; offsets are `base` + byte offsets into `text`.
pub fn split_words(text: &str, base: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut gap_punct = false;
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_joiner(d) {
                    // A joiner continues the word only when a letter or digit follows, except
                    // a possessive apostrophe at the end (protesters').
                    let rest = &text[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    if next.is_some_and(char::is_alphanumeric) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else if (d == '\'' || d == '’') && text[start..end].ends_with('s') {
                        end = j + d.len_utf8();
                        chars.next();
                        break;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let raw = &text[start..end];
            let (norm, possessive) = norm_word(raw);
            out.push(Word {
                start: base + start,
                end: base + end,
                norm,
                possessive,
                upper: is_capitalised(raw),
                break_before: gap_punct,
            });
            gap_punct = false;
        } else if !c.is_whitespace() {
            gap_punct = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_dots_and_hyphens() {
        let w = split_words("Iraq’s U.S. al-Kadhimi's protesters' home.", 0);
        let n: Vec<&str> = w.iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(n, ["iraq", "us", "al-kadhimi", "protesters", "home"]);
        assert!(w[0].possessive && !w[1].possessive && w[2].possessive && w[3].possessive);
        assert_eq!(norm_phrase("the United Nations"), "united nations");
    }

    #[test]
    fn punctuation_breaks_phrases() {
        let w = split_words("Iraq, police", 10);
        assert!(w[1].break_before);
        assert_eq!(w[1].start, 16);
    }
}
