//! Name lists for the NER features: multi-token names of places, nationalities, organisations
//! and people, stored as hashes of their lower-cased tokens (no text) inside the NER model file.
//!
//! The lists are built at training time from chronicle's own data files (the knowledge base
//! of `chronicle-kb` and the countries, regions, sites and towns of `chronicle-geo`, read by
//! path) and from the entities of the training corpus itself. Training-corpus entries carry
//! the fold of the document they came from, so that during training a document only sees the
//! names of the *other* folds (jackknifing: the weights learn how far a list hit can be
//! trusted for a name the tagger has never seen).
//!
//! Tagging marks, for each list, the longest matches left to right: each token gets a 4-bit
//! position code per list (1 single, 2 begin, 3 inside, 4 last), packed into one `u64`.

use std::io::Read;
use std::path::Path;

use crate::clusters::Clusters;
use crate::codec::{Reader, Writer};
use crate::corpus::ConllDoc;
use crate::error::{Error, Result};
use crate::features::{Tok, TokBuilder};
use crate::hash::{mix, IdMap};

/// The lists, in class-id order.
pub const GAZ_CLASSES: [&str; 12] = [
    "country",
    "city",
    "region",
    "site",
    "demonym",
    "org",
    "person",
    "train-PER",
    "train-ORG",
    "train-LOC",
    "train-MISC",
    "place",
];

/// Class id of the country list.
pub const COUNTRY: usize = 0;
/// Class id of the town list.
pub const CITY: usize = 1;
/// Class id of first-level areas and continents.
pub const REGION: usize = 2;
/// Class id of named zones, districts, regions and waters.
pub const SITE: usize = 3;
/// Class id of nationality words (demonyms).
pub const DEMONYM: usize = 4;
/// Class id of organisations (IGOs, armed groups, parties).
pub const ORG: usize = 5;
/// Class id of people.
pub const PERSON: usize = 6;
/// Class id of the first training-entity list (PER, then ORG, LOC, MISC). The names of the
/// knowledge base, the sites and the demonyms are in these lists too (in every fold), so
/// that they share the weights learnt for names known from training.
pub const TRAIN: usize = 7;
/// Class id of any place list (country, town, region or site): not stored, derived by
/// [`Gazetteer::codes`].
pub const PLACE: usize = 11;

/// Words for members of a religion or a branch of one, which CoNLL-2003 tags MISC like
/// nationality words ("Moslem", "Jewish"); put into the demonym list and the known-MISC list.
/// Words that are also common first names ("Christian") are left out.
pub const RELIGIONS: [&str; 36] = [
    "Muslim",
    "Muslims",
    "Moslem",
    "Moslems",
    "Shia",
    "Shias",
    "Shi'ite",
    "Shi'ites",
    "Shiite",
    "Shiites",
    "Sunni",
    "Sunnis",
    "Christians",
    "Catholic",
    "Catholics",
    "Protestant",
    "Protestants",
    "Jewish",
    "Jews",
    "Hindu",
    "Hindus",
    "Sikh",
    "Sikhs",
    "Buddhist",
    "Buddhists",
    "Druze",
    "Alawite",
    "Alawites",
    "Yazidi",
    "Yazidis",
    "Coptic",
    "Copts",
    "Maronite",
    "Maronites",
    "Ismaili",
    "Zoroastrian",
];

/// Longest name kept, in tokens.
const MAX_LEN: usize = 8;
const SEED: u64 = 0x6a09_e667_f3bc_c908;
const TRAIN_MASK: u16 = 0b1111 << TRAIN;

/// Hashed name lists.
#[derive(Clone, Default)]
pub struct Gazetteer {
    /// Chain hash of the lower-cased tokens → bit set of classes.
    entries: IdMap<u64, u16>,
    /// Lower-case hash of a first token → longest entry starting with it.
    starts: IdMap<u64, u8>,
    /// Training only: chain hash → per training class, the folds it occurs in.
    folds: IdMap<u64, [u16; 4]>,
    /// Number of folds of the training entities (0: none added).
    n_folds: usize,
}

/// The lower-case hashes of the tokens of a name, as [`Tok::lower`] computes them.
fn lower_hashes(words: &[&str], b: &mut TokBuilder) -> Vec<u64> {
    let c = Clusters::default();
    words.iter().map(|w| b.tok(w, &c).lower).collect()
}

/// Split a name from a data file into tokens: parenthesized parts and a leading "the" are
/// dropped, a possessive `'s` and trailing commas become tokens of their own (as in CoNLL).
pub fn name_tokens(name: &str) -> Vec<String> {
    let mut s = String::with_capacity(name.len());
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => s.push(c),
            _ => {}
        }
    }
    let mut out: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        let (w, comma) = match w.strip_suffix(',') {
            Some(x) if !x.is_empty() => (x, true),
            _ => (w, false),
        };
        match w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .filter(|x| !x.is_empty())
        {
            Some(stem) => {
                out.push(stem.to_string());
                out.push("'s".to_string());
            }
            None => out.push(w.to_string()),
        }
        if comma {
            out.push(",".to_string());
        }
    }
    if out.first().is_some_and(|w| w == "the" || w == "The") {
        out.remove(0);
    }
    out
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no names.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of names in each class.
    pub fn class_counts(&self) -> [usize; GAZ_CLASSES.len()] {
        let mut n = [0; GAZ_CLASSES.len()];
        for &bits in self.entries.values() {
            for (c, x) in n.iter_mut().enumerate() {
                *x += (bits >> c & 1) as usize;
            }
        }
        n
    }

    fn insert(&mut self, hashes: &[u64], class: usize) -> Option<u64> {
        if hashes.is_empty() || hashes.len() > MAX_LEN {
            return None;
        }
        let h = hashes.iter().fold(SEED, |h, &x| mix(h, x));
        *self.entries.entry(h).or_default() |= 1 << class;
        let m = self.starts.entry(hashes[0]).or_default();
        *m = (*m).max(hashes.len() as u8);
        Some(h)
    }

    /// Add a name given as tokens to list `class`. Names whose first or last token has no
    /// capital letter are skipped (they could never match: see [`Gazetteer::codes`]).
    /// Returns the entry's hash when added.
    pub fn add_tokens(&mut self, words: &[&str], class: usize, b: &mut TokBuilder) -> Option<u64> {
        let c = Clusters::default();
        let toks: Vec<Tok> = words.iter().map(|w| b.tok(w, &c)).collect();
        match (toks.first(), toks.last()) {
            (Some(a), Some(z)) if a.has_upper() && z.has_upper() => {
                let hashes: Vec<u64> = toks.iter().map(|t| t.lower).collect();
                self.insert(&hashes, class)
            }
            _ => None,
        }
    }

    /// Add a name as written in a data file (see [`name_tokens`]) to list `class`.
    pub fn add_name(&mut self, name: &str, class: usize, b: &mut TokBuilder) -> Option<u64> {
        let toks = name_tokens(name);
        let words: Vec<&str> = toks.iter().map(String::as_str).collect();
        self.add_tokens(&words, class, b)
    }

    /// Put entry `h` into training-entity list `k` (0 PER, 1 ORG, 2 LOC, 3 MISC), visible in
    /// every fold.
    fn known(&mut self, h: Option<u64>, k: usize) {
        if let Some(h) = h {
            *self.entries.entry(h).or_default() |= 1 << (TRAIN + k);
            self.folds.entry(h).or_default()[k] = u16::MAX;
        }
    }

    /// Add the gold entities of training documents: document `d` belongs to fold
    /// `d % folds` (at most 16 folds).
    pub fn add_training_entities(&mut self, docs: &[ConllDoc], folds: usize) {
        let folds = folds.clamp(2, 16);
        self.n_folds = folds;
        let mut b = TokBuilder::new();
        for (d, doc) in docs.iter().enumerate() {
            for s in &doc.sentences {
                for (ty, a, e) in crate::eval::chunks(&s.tags) {
                    let k = match ty.as_str() {
                        "PER" => 0,
                        "ORG" => 1,
                        "LOC" => 2,
                        "MISC" => 3,
                        _ => continue,
                    };
                    let hashes = lower_hashes(
                        &s.words[a..e].iter().map(String::as_str).collect::<Vec<_>>(),
                        &mut b,
                    );
                    if let Some(h) = self.insert(&hashes, TRAIN + k) {
                        self.folds.entry(h).or_default()[k] |= 1 << (d % folds);
                    }
                }
            }
        }
    }

    /// The fold of training document `d` (None when no training entities were added).
    pub fn fold_of(&self, d: usize) -> Option<usize> {
        (self.n_folds > 0).then(|| d % self.n_folds)
    }

    /// The classes of entry `h` visible to a document of fold `fold`.
    #[inline]
    fn visible(&self, h: u64, bits: u16, fold: Option<usize>) -> u16 {
        let Some(f) = fold else { return bits };
        if bits & TRAIN_MASK == 0 {
            return bits;
        }
        let mut out = bits & !TRAIN_MASK;
        if let Some(m) = self.folds.get(&h) {
            for (k, &mask) in m.iter().enumerate() {
                if mask & !(1 << f) != 0 {
                    out |= 1 << (TRAIN + k);
                }
            }
        }
        out
    }

    /// The classes of the one-token name whose lower-case hash is `lower` (0: none).
    pub fn single(&self, lower: u64) -> u16 {
        self.entries.get(&mix(SEED, lower)).copied().unwrap_or(0)
    }

    /// Append one code word per token of sentence `toks`: 4 bits per class (1 single,
    /// 2 begin, 3 inside, 4 last token of the longest match, left to right). A match starts
    /// and ends with a token that has a capital letter. `fold` is the training fold of the
    /// document (its own training entities are hidden), None when tagging.
    pub fn codes(&self, toks: &[Tok], fold: Option<usize>, out: &mut Vec<u64>) {
        let base = out.len();
        out.resize(base + toks.len(), 0);
        if self.entries.is_empty() {
            return;
        }
        let n = toks.len();
        let mut free = [0usize; GAZ_CLASSES.len()];
        for i in 0..n {
            if !toks[i].has_upper() {
                continue;
            }
            let Some(&maxl) = self.starts.get(&toks[i].lower) else {
                continue;
            };
            let mut longest = [0usize; GAZ_CLASSES.len()];
            let mut h = SEED;
            for len in 1..=(maxl as usize).min(n - i) {
                let last = &toks[i + len - 1];
                h = mix(h, last.lower);
                if !last.has_upper() {
                    continue;
                }
                if let Some(&bits) = self.entries.get(&h) {
                    let mut bits = self.visible(h, bits, fold);
                    if bits & 0b1111 != 0 {
                        bits |= 1 << PLACE;
                    }
                    while bits != 0 {
                        let c = bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        longest[c] = len;
                    }
                }
            }
            for (c, &len) in longest.iter().enumerate() {
                if len == 0 || i < free[c] {
                    continue;
                }
                free[c] = i + len;
                for j in 0..len {
                    let code = if len == 1 {
                        1
                    } else if j == 0 {
                        2
                    } else if j + 1 == len {
                        4
                    } else {
                        3
                    };
                    out[base + i + j] |= code << (4 * c);
                }
            }
        }
    }

    /// Write the lists (the training folds are not kept: a tagger sees every name).
    pub fn write(&self, w: &mut Writer) {
        let mut e: Vec<(u64, u16)> = self.entries.iter().map(|(&h, &b)| (h, b)).collect();
        e.sort_unstable();
        w.varint(e.len() as u64);
        let mut prev = 0;
        for (h, bits) in e {
            w.varint(h - prev);
            prev = h;
            w.varint(bits as u64);
        }
        let mut s: Vec<(u64, u8)> = self.starts.iter().map(|(&h, &l)| (h, l)).collect();
        s.sort_unstable();
        w.varint(s.len() as u64);
        let mut prev = 0;
        for (h, l) in s {
            w.varint(h - prev);
            prev = h;
            w.u8(l);
        }
    }

    /// Read lists written by [`Gazetteer::write`].
    pub fn read(r: &mut Reader) -> Result<Gazetteer> {
        let mut g = Gazetteer::new();
        let n = r.varint()? as usize;
        let mut prev = 0u64;
        for _ in 0..n.min(1 << 24) {
            prev = prev
                .checked_add(r.varint()?)
                .ok_or_else(|| Error::Model("gazetteer keys out of order".into()))?;
            g.entries.insert(prev, r.varint()? as u16);
        }
        let n = r.varint()? as usize;
        let mut prev = 0u64;
        for _ in 0..n.min(1 << 24) {
            prev = prev
                .checked_add(r.varint()?)
                .ok_or_else(|| Error::Model("gazetteer keys out of order".into()))?;
            g.starts.insert(prev, r.u8()?);
        }
        Ok(g)
    }

    /// Add the names of chronicle's knowledge base (`chronicle-kb/data`): IGOs, groups and
    /// news media (with their aliases) as organisations, people as people; and the words of
    /// [`RELIGIONS`] as nationality words.
    pub fn add_kb(&mut self, dir: &Path) -> Result<()> {
        let mut b = TokBuilder::new();
        for w in RELIGIONS {
            let h = self.add_tokens(&[w], DEMONYM, &mut b);
            self.known(h, 3);
        }
        for (file, class, k) in [
            ("igos.tsv", ORG, 1),
            ("groups.tsv", ORG, 1),
            ("media.tsv", ORG, 1),
            ("people.tsv", PERSON, 0),
        ] {
            let text = read_text(&dir.join(file))?;
            for cols in rows(&text) {
                if cols.len() < 7 {
                    continue;
                }
                let h = self.add_name(cols[2], class, &mut b);
                self.known(h, k);
                for a in cols[6].split('|').filter(|a| *a != "-") {
                    let h = self.add_name(a, class, &mut b);
                    self.known(h, k);
                }
            }
        }
        Ok(())
    }

    /// Add the places of `chronicle-geo/data`: countries (names, aliases; capitals as towns;
    /// demonyms), admin1 aliases, sites, and from `gazetteer.tsv.gz` first-level areas,
    /// continents and towns of at least `min_population` people.
    pub fn add_geo(&mut self, dir: &Path, min_population: u64) -> Result<()> {
        let mut b = TokBuilder::new();
        let text = read_text(&dir.join("countries.tsv"))?;
        for cols in rows(&text) {
            if cols.len() < 9 {
                continue;
            }
            self.add_name(cols[3], COUNTRY, &mut b);
            self.add_name(cols[4], CITY, &mut b);
            for a in cols[7].split('|') {
                self.add_name(a, COUNTRY, &mut b);
            }
            for a in cols[8].split('|') {
                let h = self.add_name(a, DEMONYM, &mut b);
                self.known(h, 3);
            }
        }
        let text = read_text(&dir.join("admin1.tsv"))?;
        for cols in rows(&text) {
            for a in cols.get(4).map(|c| c.split('|')).into_iter().flatten() {
                self.add_name(a, REGION, &mut b);
            }
        }
        let text = read_text(&dir.join("sites.tsv"))?;
        for cols in rows(&text) {
            if cols.len() < 3 {
                continue;
            }
            let h = self.add_name(cols[2], SITE, &mut b);
            self.known(h, 2);
            for a in cols.get(7).map(|c| c.split('|')).into_iter().flatten() {
                let h = self.add_name(a, SITE, &mut b);
                self.known(h, 2);
            }
        }
        let path = dir.join("gazetteer.tsv.gz");
        let mut text = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?)
            .read_to_string(&mut text)
            .map_err(|e| Error::io(&path, e))?;
        for cols in rows(&text) {
            if cols.len() < 6 {
                continue;
            }
            let pop: u64 = cols[5].parse().unwrap_or(0);
            match cols[1] {
                "admin1" | "continent" => {
                    self.add_name(cols[2], REGION, &mut b);
                }
                "city" if pop >= min_population => {
                    self.add_name(cols[2], CITY, &mut b);
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// The tab-separated cells of the non-comment, non-empty lines.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        let c = Clusters::default();
        let mut b = TokBuilder::new();
        s.split(' ').map(|w| b.tok(w, &c)).collect()
    }

    fn code(codes: &[u64], i: usize, class: usize) -> u64 {
        codes[i] >> (4 * class) & 15
    }

    #[test]
    fn names_split_like_conll_tokens() {
        assert_eq!(
            name_tokens("UN refugee agency (UNHCR)"),
            ["UN", "refugee", "agency"]
        );
        assert_eq!(name_tokens("the United Nations"), ["United", "Nations"]);
        assert_eq!(
            name_tokens("UN children's agency"),
            ["UN", "children", "'s", "agency"]
        );
        assert_eq!(name_tokens("Washington, D.C."), ["Washington", ",", "D.C."]);
    }

    #[test]
    fn longest_capitalized_match_wins() {
        let mut g = Gazetteer::new();
        let mut b = TokBuilder::new();
        g.add_name("New York", CITY, &mut b);
        g.add_name("York", CITY, &mut b);
        g.add_name("Asaib Ahl al-Haq", ORG, &mut b);
        g.add_name("lower case", ORG, &mut b);
        let t = toks("police in New York and YORK met Asaib Ahl al-Haq");
        let mut c = Vec::new();
        g.codes(&t, None, &mut c);
        assert_eq!(c.len(), t.len());
        assert_eq!((code(&c, 2, CITY), code(&c, 3, CITY)), (2, 4));
        assert_eq!(code(&c, 5, CITY), 1, "case-insensitive: YORK");
        assert_eq!(
            (code(&c, 7, ORG), code(&c, 8, ORG), code(&c, 9, ORG)),
            (2, 3, 4)
        );
        assert_eq!(c[0], 0);
        let mut c = Vec::new();
        g.codes(&toks("new york"), None, &mut c);
        assert_eq!(c, [0, 0], "a lower-case phrase is no name");
        assert_eq!(g.len(), 3);
    }

    #[test]
    fn training_entities_are_hidden_from_their_own_fold_and_round_trip() {
        let doc = |words: &[&str], tags: &[&str]| ConllDoc {
            sentences: vec![crate::corpus::ConllSentence {
                words: words.iter().map(|w| w.to_string()).collect(),
                tags: tags.iter().map(|w| w.to_string()).collect(),
                lines: Vec::new(),
            }],
        };
        let docs = [
            doc(&["Deportivo", "Coruna", "won"], &["B-ORG", "I-ORG", "O"]),
            doc(&["Jones", "lost"], &["B-PER", "O"]),
        ];
        let mut g = Gazetteer::new();
        g.add_training_entities(&docs, 2);
        assert_eq!(g.fold_of(3), Some(1));
        let t = toks("Deportivo Coruna");
        let org = TRAIN + 1;
        let mut c = Vec::new();
        g.codes(&t, Some(0), &mut c);
        assert_eq!(code(&c, 0, org), 0, "own fold hidden");
        c.clear();
        g.codes(&t, Some(1), &mut c);
        assert_eq!((code(&c, 0, org), code(&c, 1, org)), (2, 4));
        let mut w = Writer::new();
        g.write(&mut w);
        let bytes = w.into_bytes();
        let g2 = Gazetteer::read(&mut Reader::new(&bytes)).unwrap();
        c.clear();
        g2.codes(&t, None, &mut c);
        assert_eq!((code(&c, 0, org), code(&c, 1, org)), (2, 4));
        assert_eq!(g2.class_counts()[TRAIN], 1);
        assert_eq!(g2.fold_of(0), None);
    }

    #[test]
    fn reads_the_repository_data_files() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        let (kb, geo) = (
            root.join("chronicle-kb/data"),
            root.join("chronicle-geo/data"),
        );
        if !kb.is_dir() || !geo.join("gazetteer.tsv.gz").is_file() {
            eprintln!("skipped: chronicle-kb/chronicle-geo data not found");
            return;
        }
        let mut g = Gazetteer::new();
        g.add_kb(&kb).unwrap();
        g.add_geo(&geo, 1_000_000).unwrap();
        let n = g.class_counts();
        assert!(
            n[COUNTRY] > 200 && n[DEMONYM] > 150 && n[CITY] > 100,
            "{n:?}"
        );
        let t = toks("Iraqi forces in Baghdad 's Green Zone met Hashd al-Shaabi");
        let mut c = Vec::new();
        g.codes(&t, None, &mut c);
        assert_eq!(code(&c, 0, DEMONYM), 1);
        assert_eq!(code(&c, 3, CITY), 1);
        assert_eq!((code(&c, 5, SITE), code(&c, 6, SITE)), (2, 4));
        assert_eq!((code(&c, 8, ORG), code(&c, 9, ORG)), (2, 4));
        // Knowledge-base names and sites share the training-entity lists; places the
        // derived place list.
        assert_eq!((code(&c, 8, TRAIN + 1), code(&c, 9, TRAIN + 1)), (2, 4));
        assert_eq!((code(&c, 5, TRAIN + 2), code(&c, 6, TRAIN + 2)), (2, 4));
        assert_eq!(code(&c, 3, PLACE), 1);
        assert_eq!(code(&c, 0, PLACE), 0);
        // News media are organisations; religion words are nationality words and known MISC.
        let t = toks("Sunni leaders told Al-Iraqiya and Agence France-Presse");
        let mut c = Vec::new();
        g.codes(&t, None, &mut c);
        assert_eq!((code(&c, 0, DEMONYM), code(&c, 0, TRAIN + 3)), (1, 1));
        assert_eq!((code(&c, 3, ORG), code(&c, 3, TRAIN + 1)), (1, 1));
        assert_eq!((code(&c, 5, ORG), code(&c, 6, ORG)), (2, 4));
        assert_eq!(g.single(t[3].lower) & (1 << ORG), 1 << ORG);
    }
}
