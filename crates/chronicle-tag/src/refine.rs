//! Corrections after NER decoding, for what the model's word-by-word features see badly in
//! news:
//!
//! - a role title inside a chunk ("Interior Ministry Spokesman Saad Maan" is an
//!   organisation, a title and a person);
//! - a place-like chunk that ends in an organisation head noun ("Middle East Institute" is an
//!   organisation, not a place);
//! - a name-prefixed compound adjective ("Iran-backed", "Saudi-led", "Toronto-based") is a
//!   MISC chunk of its own, as CoNLL-2003 tags them (59 of 70 such tokens in its training
//!   set);
//! - a chunk of two or more nationality or religion words ("Muslim Shia") is MISC, as all 16
//!   such chunks of CoNLL-2003's training set are;
//! - a country name tagged as a one-word organisation right before a title ("US President")
//!   is a place, as CoNLL-2003 tags "U.S." there;
//! - document consistency: a one-word place or organisation whose form is a person's name
//!   (alone or as the surname of a longer name) at least twice elsewhere in the document,
//!   and more often than it has its own type, is that person ([`refine_doc`]).
//!
//! They work on the BIO class ids of [`crate::NER_CLASSES`] and the hashed lower-case words
//! of [`Tok`], so they cost a few comparisons per chunk.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::features::Tok;
use crate::gazetteer::{Gazetteer, COUNTRY, DEMONYM};
use crate::hash::{hash_bytes, mix, IdMap};

// Class ids, in the order of `NER_CLASSES`.
const O: u8 = 0;
const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;
const B_MISC: u8 = 7;
const I_MISC: u8 = 8;

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

/// Lower-case second parts of a name-prefixed compound adjective ("Iran-backed",
/// "U.S.-led", "London-based", "Soviet-style").
const COMPOUND_TAILS: &[&str] = &[
    "backed",
    "led",
    "based",
    "born",
    "owned",
    "run",
    "sponsored",
    "funded",
    "controlled",
    "made",
    "supported",
    "allied",
    "aligned",
    "affiliated",
    "dominated",
    "bound",
    "linked",
    "brokered",
    "style",
    "held",
    "occupied",
    "installed",
    "inspired",
    "trained",
    "armed",
    "financed",
    "mediated",
    "educated",
    "registered",
    "listed",
    "speaking",
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

fn compound_tails() -> &'static HashSet<u64> {
    static S: OnceLock<HashSet<u64>> = OnceLock::new();
    // As `Tok::tail` hashes a lower-case part after the last hyphen.
    S.get_or_init(|| {
        COMPOUND_TAILS
            .iter()
            .map(|w| mix(hash_bytes(w.as_bytes()), 2))
            .collect()
    })
}

/// Whether `t` is a capitalized name with a lower-case participle after its last hyphen
/// ("Iran-backed"; not "al-Kadhimi", not "IRAN-BACKED").
fn is_compound(t: &Tok) -> bool {
    t.cap() && t.tail != 0 && compound_tails().contains(&t.tail)
}

/// Apply the sentence-level corrections to one sentence's classes; `gaz` holds the name
/// lists of the model (for the country list).
pub fn refine(toks: &[Tok], tags: &mut [u8], gaz: &Gazetteer) {
    let n = tags.len().min(toks.len());
    compounds(&toks[..n], &mut tags[..n]);
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
        if b != B_MISC
            && e - i >= 2
            && toks[i..e]
                .iter()
                .all(|t| gaz.single(t.lower) & (1 << DEMONYM) != 0)
        {
            tags[i] = B_MISC;
            tags[i + 1..e].fill(I_MISC);
        }
        if b == B_LOC && e - i >= 2 && org_heads().contains(&toks[e - 1].lower) {
            tags[i] = B_ORG;
            tags[i + 1..e].fill(I_ORG);
        }
        if b == B_ORG
            && e == i + 1
            && toks
                .get(e)
                .is_some_and(|t| t.cap() && titles().contains(&t.lower))
            && gaz.single(toks[i].lower) & (1 << COUNTRY) != 0
        {
            tags[i] = B_LOC;
        }
        if tags[i] != B_PER {
            split_title(&toks[i..e], &mut tags[i..e]);
        }
        i = e;
    }
}

/// Make every name-prefixed compound adjective end a MISC chunk: alone ("Iran-backed"), or
/// with the capitalized words of the chunk right before it ("New York-based", as CoNLL-2003
/// does in all 5 such cases of its training set). A chunk that went on after it is cut
/// there.
fn compounds(toks: &[Tok], tags: &mut [u8]) {
    for i in 0..tags.len() {
        if !is_compound(&toks[i]) {
            continue;
        }
        // Start of the chunk right before the token (the one it continues, or one it was
        // cut from: "St. Louis-based" tagged B-LOC I-LOC O), if all capitalized.
        let mut a = i;
        if i > 0 && tags[i - 1] != O {
            let mut s = i - 1;
            while s > 0 && tags[s].is_multiple_of(2) && tags[s - 1].div_ceil(2) == tags[s] / 2 {
                s -= 1;
            }
            if toks[s..i].iter().all(Tok::cap) {
                a = s;
            }
        }
        if let Some(next) = tags.get_mut(i + 1) {
            if *next != O && next.is_multiple_of(2) {
                *next -= 1;
            }
        }
        tags[a] = B_MISC;
        tags[a + 1..=i].fill(I_MISC);
    }
}

/// Document-level consistency of person names (see the module docs): `sents` are the
/// sentence ranges of `toks` and `tags`.
pub fn refine_doc(toks: &[Tok], sents: &[std::ops::Range<usize>], tags: &mut [u8]) {
    // Per word form: [person, organisation, place] counts of one-word chunks and last
    // words of person names.
    let mut counts: IdMap<u64, [u16; 3]> = IdMap::default();
    let mut singles = Vec::new();
    for r in sents {
        let mut i = r.start;
        while i < r.end {
            let b = tags[i];
            if b == O || b.is_multiple_of(2) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < r.end && tags[e] == b + 1 {
                e += 1;
            }
            let k = match b {
                B_PER => Some(0),
                B_ORG if e == i + 1 => Some(1),
                B_LOC if e == i + 1 => Some(2),
                _ => None,
            };
            if let Some(k) = k {
                counts.entry(toks[e - 1].word).or_default()[k] += 1;
                if k > 0 {
                    singles.push((i, k));
                }
            }
            i = e;
        }
    }
    for (i, k) in singles {
        let c = counts[&toks[i].word];
        if c[0] >= 2 && c[0] > c[k] {
            tags[i] = B_PER;
        }
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

    fn toks(words: &str) -> Vec<Tok> {
        let mut b = TokBuilder::new();
        let c = Clusters::default();
        words.split(' ').map(|w| b.tok(w, &c)).collect()
    }

    fn class_ids(tags: &[&str]) -> Vec<u8> {
        tags.iter()
            .map(|t| crate::NER_CLASSES.iter().position(|c| c == t).unwrap() as u8)
            .collect()
    }

    fn names(ids: &[u8]) -> Vec<&'static str> {
        ids.iter()
            .map(|&c| crate::NER_CLASSES[c as usize])
            .collect()
    }

    fn run_with(words: &str, tags: &[&str], gaz: &Gazetteer) -> Vec<&'static str> {
        let mut ids = class_ids(tags);
        refine(&toks(words), &mut ids, gaz);
        names(&ids)
    }

    fn run(words: &str, tags: &[&str]) -> Vec<&'static str> {
        run_with(words, tags, &Gazetteer::new())
    }

    #[test]
    fn a_name_prefixed_compound_adjective_is_misc() {
        assert_eq!(
            run("heavily armed Iran-backed militias", &["O"; 4]),
            ["O", "O", "B-MISC", "O"]
        );
        // Cut from the nationality word after it: two chunks.
        assert_eq!(
            run(
                "the Saudi-led Yemeni forces",
                &["O", "B-MISC", "I-MISC", "O"]
            ),
            ["O", "B-MISC", "B-MISC", "O"]
        );
        // With the capitalized words of the chunk before it.
        assert_eq!(
            run("a New York-based firm", &["O", "B-LOC", "I-LOC", "O"]),
            ["O", "B-MISC", "I-MISC", "O"]
        );
        assert_eq!(
            run("a St. Paul-based bank", &["O", "B-LOC", "O", "O"]),
            ["O", "B-MISC", "I-MISC", "O"]
        );
        // Only after a capitalized name, and only with a participle-like tail.
        assert_eq!(
            run("state-backed al-Sadr Dutch-speaking", &["O", "B-PER", "O"]),
            ["O", "B-PER", "B-MISC"]
        );
        assert_eq!(run("IRAN-BACKED GROUPS", &["O", "O"]), ["O", "O"]);
    }

    #[test]
    fn a_chunk_of_nationality_or_religion_words_is_misc() {
        let mut g = Gazetteer::new();
        let mut b = TokBuilder::new();
        for w in ["Sunni", "Kurdish"] {
            g.add_name(w, DEMONYM, &mut b);
        }
        assert_eq!(
            run_with("a Kurdish Sunni cleric", &["O", "B-ORG", "I-ORG", "O"], &g),
            ["O", "B-MISC", "I-MISC", "O"]
        );
        // One word is left to the model ("Indians" may be a team); other words block it.
        assert_eq!(run_with("Kurdish", &["B-ORG"], &g), ["B-ORG"]);
        let t = ["B-ORG", "I-ORG", "I-ORG"];
        assert_eq!(run_with("Kurdish Sunni Party", &t, &g), t);
    }

    #[test]
    fn a_country_organisation_before_a_title_is_a_place() {
        let mut g = Gazetteer::new();
        let mut b = TokBuilder::new();
        g.add_name("US", COUNTRY, &mut b);
        let t = ["B-ORG", "O", "B-PER", "I-PER"];
        assert_eq!(
            run_with("US President Jane Roe", &t, &g),
            ["B-LOC", "O", "B-PER", "I-PER"]
        );
        // Not before other words, not when the word is no country.
        assert_eq!(
            run_with("US officials said", &["B-ORG", "O", "O"], &g),
            ["B-ORG", "O", "O"]
        );
        assert_eq!(run("US President Jane Roe", &t), t);
    }

    #[test]
    fn a_one_word_place_that_is_a_persons_name_elsewhere_is_that_person() {
        let words = "Rana Osei spoke . Osei left . Osei nodded . Osei 's aides met in Osei .";
        let mut t = ["O"; 17];
        t[0] = "B-PER";
        t[1] = "I-PER";
        t[4] = "B-PER";
        t[7] = "B-PER";
        t[10] = "B-ORG";
        t[15] = "B-LOC";
        let mut ids = class_ids(&t);
        refine_doc(&toks(words), &[0..4, 4..7, 7..10, 10..17], &mut ids);
        let mut want = t;
        want[10] = "B-PER";
        want[15] = "B-PER";
        assert_eq!(names(&ids), want);
        // Once a person, once a place: left as it is.
        let t = ["B-PER", "I-PER", "O", "O", "B-LOC", "O"];
        let mut ids = class_ids(&t);
        refine_doc(
            &toks("Rana Osei spoke . Osei left"),
            &[0..4, 4..6],
            &mut ids,
        );
        assert_eq!(names(&ids), t);
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
