//! Name normalization shared by every lookup: ASCII folding, case folding, punctuation.
//!
//! `normalize("Côte d’Ivoire") == "cote d'ivoire"`, `normalize("U.S.") == "us"`,
//! `normalize("  São   Paulo ") == "sao paulo"`. Lookups compare normalized keys only.

/// The lookup key of a name: ASCII-folded (accents and other scripts transliterated),
/// lower-cased, dots removed, dashes and underscores turned into spaces, runs of
/// whitespace collapsed, curly apostrophes made straight.
pub fn normalize(name: &str) -> String {
    let folded = if name.is_ascii() {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(deunicode::deunicode(name))
    };
    let mut out = String::with_capacity(folded.len());
    let mut pending_space = false;
    for c in folded.chars() {
        match c {
            '.' => {}
            '`' | '\u{2019}' | '\u{2018}' => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push('\'');
            }
            '-' | '_' | ',' => pending_space = true,
            c if c.is_whitespace() => pending_space = true,
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_dots_and_spaces() {
        assert_eq!(normalize("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("  São   Paulo "), "sao paulo");
        assert_eq!(normalize("Guinea-Bissau"), "guinea bissau");
        assert_eq!(normalize("Zürich"), "zurich");
        assert_eq!(normalize(""), "");
    }
}
