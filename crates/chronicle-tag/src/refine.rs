//! Two corrections after NER decoding, for what the model's word-by-word features see badly in
//! news: a role title inside a chunk ("Interior Ministry Spokesman Saad Maan" is an
//! organisation, a title and a person) and a place-like chunk that ends in an organisation
//! head noun ("Middle East Institute" is an organisation, not a place).
//!
//! Both work on the BIO class ids of [`crate::NER_CLASSES`] and the hashed lower-case words
//! of [`Tok`], so they cost a few comparisons per chunk.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::features::Tok;
use crate::hash::hash_bytes;

// Class ids, in the order of `NER_CLASSES`.
const O: u8 = 0;
const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;

/// Role titles that stand before a person's name and belong to neither the organisation
/// before them nor the name after them (CoNLL leaves them outside every entity).
const TITLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "secretary",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "executive",
    "officer",
    "commander",
    "ambassador",
    "governor",
    "director",
    "envoy",
    "mayor",
    "leader",
    "head",
    "representative",
    "coordinator",
    "general",
    "colonel",
    "captain",
];

/// Last words that make a name an organisation, whatever it starts with ("Middle East
/// Institute", "Kurdistan Democratic Party"). Words that also end place names ("Bank" in West
/// Bank, "Union" in Soviet Union, "Federation" in Russian Federation) are left out.
const ORG_HEADS: &[&str] = &[
    "institute",
    "institution",
    "university",
    "college",
    "academy",
    "council",
    "committee",
    "commission",
    "ministry",
    "agency",
    "party",
    "foundation",
    "corporation",
    "association",
    "organisation",
    "organization",
    "society",
];

fn set(words: &[&str]) -> HashSet<u64> {
    words.iter().map(|w| hash_bytes(w.as_bytes())).collect()
}

fn titles() -> &'static HashSet<u64> {
    static S: OnceLock<HashSet<u64>> = OnceLock::new();
    S.get_or_init(|| set(TITLES))
}

fn org_heads() -> &'static HashSet<u64> {
    static S: OnceLock<HashSet<u64>> = OnceLock::new();
    S.get_or_init(|| set(ORG_HEADS))
}

/// Apply both corrections to one sentence's classes.
pub fn refine(toks: &[Tok], tags: &mut [u8]) {
    let n = tags.len().min(toks.len());
    let mut i = 0;
    while i < n {
        let b = tags[i];
        if b == O || b.is_multiple_of(2) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < n && tags[e] == b + 1 {
            e += 1;
        }
        if b == B_LOC && e - i >= 2 && org_heads().contains(&toks[e - 1].lower) {
            tags[i] = B_ORG;
            tags[i + 1..e].fill(I_ORG);
        }
        if tags[i] != B_PER {
            split_title(&toks[i..e], &mut tags[i..e]);
        }
        i = e;
    }
}

/// "<organisation or place> <Title> <Name Name>" inside one non-person chunk: the part before
/// the last run of title words keeps its type, the titles are outside, the capitalised words after it (one
/// to three, none a title) are a person.
fn split_title(toks: &[Tok], tags: &mut [u8]) {
    let Some(k) = toks.iter().rposition(|t| titles().contains(&t.lower)) else {
        return;
    };
    // The whole run of title words ("Chief Executive", "Deputy Prime Minister" ends in one).
    let mut k0 = k;
    while k0 > 0 && titles().contains(&toks[k0 - 1].lower) {
        k0 -= 1;
    }
    let name = &toks[k + 1..];
    if k0 == 0 || name.is_empty() || name.len() > 3 || !name.iter().all(Tok::cap) {
        return;
    }
    tags[k0..=k].fill(O);
    tags[k + 1] = B_PER;
    tags[k + 2..].fill(I_PER);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::TokBuilder;
    use crate::Clusters;

    fn run(words: &str, tags: &[&str]) -> Vec<&'static str> {
        let mut b = TokBuilder::new();
        let c = Clusters::default();
        let toks: Vec<Tok> = words.split(' ').map(|w| b.tok(w, &c)).collect();
        let mut ids: Vec<u8> = tags
            .iter()
            .map(|t| crate::NER_CLASSES.iter().position(|c| c == t).unwrap() as u8)
            .collect();
        refine(&toks, &mut ids);
        ids.iter()
            .map(|&c| crate::NER_CLASSES[c as usize])
            .collect()
    }

    #[test]
    fn a_title_inside_an_organisation_chunk_separates_a_person() {
        let t = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"];
        assert_eq!(
            run("Interior Ministry Spokesman Saad Maan said", &t),
            ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]
        );
        // The last title counts: "Chief Executive" is one role.
        let t = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"];
        assert_eq!(
            run("Acme Chief Executive Jane Roe", &t),
            ["B-ORG", "O", "O", "B-PER", "I-PER"]
        );
    }

    #[test]
    fn names_that_start_with_a_title_word_or_end_in_lower_case_stay_whole() {
        // Nothing before the title: "General Motors" is a company.
        assert_eq!(
            run("General Motors", &["B-ORG", "I-ORG"]),
            ["B-ORG", "I-ORG"]
        );
        // A person chunk is left as the model made it.
        assert_eq!(
            run("President Joe Biden", &["B-PER", "I-PER", "I-PER"]),
            ["B-PER", "I-PER", "I-PER"]
        );
        // More than three words after the title is no personal name.
        let t = [
            "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG",
        ];
        assert_eq!(run("Bank Governor Office For Europe And Asia", &t), t);
    }

    #[test]
    fn a_place_chunk_ending_in_an_organisation_noun_is_an_organisation() {
        assert_eq!(
            run(
                "the Middle East Institute",
                &["O", "B-LOC", "I-LOC", "I-LOC"]
            ),
            ["O", "B-ORG", "I-ORG", "I-ORG"]
        );
        // "West Bank" ends in a word that also ends place names: unchanged.
        assert_eq!(run("West Bank", &["B-LOC", "I-LOC"]), ["B-LOC", "I-LOC"]);
        // A single-word place is never changed.
        assert_eq!(run("Party", &["B-LOC"]), ["B-LOC"]);
    }
}
