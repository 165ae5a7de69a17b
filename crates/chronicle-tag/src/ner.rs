//! Named-entity tagger: greedy left-to-right averaged perceptron over BIO tags (PER, ORG, LOC,
//! MISC) with word, affix, shape, cluster, neighbour, previous-tag and document-level features
//! (how the same word is cased elsewhere in the article, and how it was tagged earlier).

use std::ops::Range;

use crate::clusters::{prefix, Clusters};
use crate::corpus::ConllDoc;
use crate::eval::NerScore;
use crate::features::{Case, Tok, TokBuilder};
use crate::gazetteer::Gazetteer;
use crate::hash::{hash_bytes, key, mix, IdMap};
use crate::model::ModelFile;
use crate::perceptron::{Model, Trainer};
use crate::util::{vary, Rng, Variant};

/// The BIO tags, in class-id order.
pub const NER_CLASSES: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

const START: u64 = 255;

/// The class id of a BIO tag name.
pub fn class_of(tag: &str) -> Option<usize> {
    NER_CLASSES.iter().position(|c| *c == tag)
}

#[inline]
fn allowed(prev: usize, c: usize) -> bool {
    // I-X only continues B-X or I-X.
    c == 0 || c % 2 == 1 || prev == c - 1 || prev == c
}

/// Entity type of a class (0 for O, 1..=4 for PER ORG LOC MISC).
#[inline]
pub fn type_of(c: usize) -> usize {
    c.div_ceil(2)
}

/// Sentence casing mode.
fn sentence_mode(toks: &[Tok]) -> u64 {
    let (mut alpha, mut up, mut cap, mut low_long) = (0, 0, 0, 0);
    for t in toks {
        if t.case == Case::None as u8 {
            continue;
        }
        alpha += 1;
        if t.case == Case::Upper as u8 || (t.len == 1 && t.cap()) {
            up += 1;
        }
        if t.cap() {
            cap += 1;
        } else if t.len >= 4 {
            low_long += 1;
        }
    }
    if alpha >= 2 && up * 10 >= alpha * 8 {
        1
    } else if alpha >= 3 && low_long == 0 && cap * 10 >= alpha * 7 {
        2
    } else {
        0
    }
}

/// A document prepared for tagging: word information and sentence ranges.
#[derive(Default)]
pub struct NerInput {
    toks: Vec<Tok>,
    sents: Vec<Range<usize>>,
}

impl NerInput {
    /// Prepare `sentences` (each a list of words).
    pub fn new<S: AsRef<str>>(sentences: &[Vec<S>], clusters: &Clusters) -> NerInput {
        let mut input = NerInput::default();
        let mut b = TokBuilder::new();
        for s in sentences {
            input.push_sentence(s.iter().map(|w| w.as_ref()), clusters, &mut b);
        }
        input
    }

    /// Append one sentence.
    pub fn push_sentence<'a>(
        &mut self,
        words: impl Iterator<Item = &'a str>,
        clusters: &Clusters,
        b: &mut TokBuilder,
    ) {
        let start = self.toks.len();
        self.toks.extend(words.map(|w| b.tok(w, clusters)));
        self.sents.push(start..self.toks.len());
    }

    /// Append one sentence of prepared tokens.
    pub fn push_toks(&mut self, toks: impl Iterator<Item = Tok>) {
        let start = self.toks.len();
        self.toks.extend(toks);
        self.sents.push(start..self.toks.len());
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
}

/// How each word form is cased at reliable positions (not sentence-initial, not in an
/// ALL-CAPS or Title Case line) anywhere in the document: bit 0 lower, 1 title, 2 upper.
fn doc_casing(input: &NerInput, modes: &[u64]) -> IdMap<u64, u8> {
    let mut m: IdMap<u64, u8> = IdMap::default();
    for (r, &mode) in input.sents.iter().zip(modes) {
        if mode != 0 {
            continue;
        }
        for i in r.clone() {
            let t = &input.toks[i];
            let bit = match t.case {
                c if c == Case::Lower as u8 => 1,
                c if c == Case::Title as u8 && i > r.start => 2,
                c if c == Case::Upper as u8 => 4,
                _ => 0,
            };
            if bit != 0 {
                *m.entry(t.lower).or_default() |= bit;
            }
        }
    }
    m
}

/// The features of a word form alone (word, lower case, affixes, shape, cluster, hyphen
/// tail): cached per word form at tagging time (see [`crate::cache`]).
#[inline]
fn word_features(t: &Tok, out: &mut Vec<u32>) {
    let mut f = |tpl: u32, v: u64| out.push(key(tpl, v));
    f(0, 0);
    f(1, t.word);
    f(2, t.lower);
    for (k, &h) in t.suf.iter().enumerate() {
        if h != 0 {
            f(3 + k as u32, h);
        }
    }
    for (k, &h) in t.pre.iter().enumerate() {
        if h != 0 {
            f(7 + k as u32, h);
        }
    }
    f(10, t.shape);
    if t.cluster > 0 {
        let c = t.cluster - 1;
        f(25, prefix(c, 1) as u64);
        f(26, prefix(c, 2) as u64);
        f(27, c as u64);
        f(28, mix(c as u64, t.case as u64));
    } else {
        f(25, 1 << 20);
    }
    if t.tail != 0 {
        f(42, t.tail);
        f(43, t.tail & 3);
    }
}

/// The features of token `i` of sentence `s` that do not depend on decoding (the word, its
/// neighbours, the sentence mode, the document casing, the name-list matches `g` of the
/// sentence's tokens): the same in every pass, so they are extracted, and at tagging time
/// scored, once per token.
#[inline]
fn static_features(
    s: &[Tok],
    i: usize,
    mode: u64,
    casing: &IdMap<u64, u8>,
    g: &[u64],
    out: &mut Vec<u32>,
) {
    static_features_skip(s, i, mode, casing, g, 0, out)
}

/// [`static_features`] without the templates in `skip`.
#[inline]
fn static_features_skip(
    s: &[Tok],
    i: usize,
    mode: u64,
    casing: &IdMap<u64, u8>,
    g: &[u64],
    skip: u128,
    out: &mut Vec<u32>,
) {
    let t = &s[i];
    let at = |j: isize| -> Option<&Tok> {
        let k = i as isize + j;
        (k >= 0 && (k as usize) < s.len()).then(|| &s[k as usize])
    };
    let lw = |j: isize| at(j).map(|t| t.lower).unwrap_or(j as u64);
    let sh = |j: isize| at(j).map(|t| t.shape).unwrap_or(j as u64);
    let cl = |j: isize| at(j).map(|t| t.cluster).unwrap_or(1 << 20);
    let mut f = |tpl: u32, v: u64| {
        if crate::features::keep(skip, tpl) {
            out.push(key(tpl, v))
        }
    };
    f(
        11,
        t.case as u64 | (t.flags as u64) << 3 | mode << 8 | ((i == 0) as u64) << 10,
    );
    f(12, lw(-1));
    f(13, lw(1));
    f(14, lw(-2));
    f(15, lw(2));
    f(16, mix(lw(-1), t.lower));
    f(17, mix(t.lower, lw(1)));
    f(18, sh(-1));
    f(19, sh(1));
    f(20, mix(mix(sh(-1), t.shape), sh(1)));
    for (tpl, j) in [(29, -1), (30, 1)] {
        let c = cl(j);
        f(
            tpl,
            if c > 0 && c < 1 << 20 {
                prefix(c - 1, 2) as u64
            } else {
                c as u64
            },
        );
    }
    f(31, mix(t.lower, mode));
    let reliable = mode == 0 && i > 0;
    let dc = casing.get(&t.lower).copied().unwrap_or(0) as u64;
    f(32, dc | (t.case as u64) << 4 | (reliable as u64) << 7);
    f(34, mix(mix(sh(-1), lw(-1)), t.shape));
    let pre = |j: isize| at(j).map(|t| t.suf[2]).unwrap_or(j as u64);
    f(37, pre(-1));
    f(38, pre(1));
    for (tpl, j) in [(39, -2), (40, 2)] {
        let c = cl(j);
        f(
            tpl,
            if c > 0 && c < 1 << 20 {
                prefix(c - 1, 1) as u64
            } else {
                c as u64
            },
        );
    }
    f(41, mix(lw(-1), t.shape));
    // Name lists: the position codes of every list, each list's code alone and with the
    // token's case and the sentence mode, and which lists match the neighbours.
    let here = g[i];
    if here != 0 {
        f(44, here);
        let mut x = here;
        while x != 0 {
            let c = x.trailing_zeros() as u64 / 4;
            let code = c << 4 | (here >> (4 * c) & 15);
            x &= !(15 << (4 * c));
            f(45, code);
            f(46, code | (t.case as u64) << 8 | mode << 12);
        }
    }
    let lists = |x: u64| (0..16).fold(0u64, |m, c| m | (((x >> (4 * c) & 15) != 0) as u64) << c);
    if i > 0 && g[i - 1] != 0 {
        f(47, lists(g[i - 1]));
    }
    if i + 1 < s.len() && g[i + 1] != 0 {
        f(48, lists(g[i + 1]));
    }
}

/// The features of a token that depend on decoding: the previous tags, how the word form was
/// tagged earlier in the document and (second pass) everywhere else in the first pass.
#[inline]
#[allow(clippy::too_many_arguments)]
fn dynamic_features(
    t: &Tok,
    p1: u64,
    p2: u64,
    hist: &IdMap<u64, [u16; 5]>,
    prior: Option<[u16; 5]>,
    parts: u16,
    skip: u128,
    out: &mut Vec<u32>,
) {
    out.clear();
    let mut f = |tpl: u32, v: u64| {
        if crate::features::keep(skip, tpl) {
            out.push(key(tpl, v))
        }
    };
    f(21, p1);
    f(22, p1 | p2 << 8);
    f(23, mix(p1, t.lower));
    f(24, mix(p1, t.shape));
    if let Some(h) = hist.get(&t.lower) {
        let best = (0..5).max_by_key(|&k| (h[k], k)).unwrap_or(0);
        f(33, best as u64 | ((t.cap() as u64) << 4));
    }
    if let Some(h) = prior {
        let total: u16 = h.iter().sum();
        if total > 0 {
            let best = (0..5).max_by_key(|&k| (h[k], k)).unwrap_or(0);
            let unanimous = h[best] == total;
            f(
                35,
                best as u64 | (unanimous as u64) << 3 | (t.cap() as u64) << 4,
            );
            f(36, mix(best as u64, t.shape));
        } else {
            f(35, 1 << 8);
        }
    }
    // The word form is part of a longer name elsewhere in the document ("Mal Washington" ...
    // "Washington"): each (type, position) once.
    let mut x = parts;
    while x != 0 {
        let b = x.trailing_zeros() as u64;
        x &= x - 1;
        f(49, b | (t.cap() as u64) << 4);
    }
}

/// The static features of every token of a document, flat, with offsets.
#[derive(Default)]
struct Statics {
    modes: Vec<u64>,
    feats: Vec<u32>,
    /// `feats[offs[i]..offs[i + 1]]` are token i's.
    offs: Vec<u32>,
}

impl Statics {
    /// `fold`: the training fold of the document (hides its own training entities).
    fn new(input: &NerInput, words: bool, gaz: &Gazetteer, fold: Option<usize>) -> Statics {
        let modes: Vec<u64> = input
            .sents
            .iter()
            .map(|r| sentence_mode(&input.toks[r.clone()]))
            .collect();
        let casing = doc_casing(input, &modes);
        let mut feats = Vec::with_capacity(input.toks.len() * 40);
        let mut offs = Vec::with_capacity(input.toks.len() + 1);
        offs.push(0);
        let mut g = Vec::new();
        for (r, &mode) in input.sents.iter().zip(&modes) {
            let s = &input.toks[r.clone()];
            g.clear();
            gaz.codes(s, fold, &mut g);
            for i in 0..s.len() {
                if words {
                    word_features(&s[i], &mut feats);
                }
                static_features(s, i, mode, &casing, &g, &mut feats);
                offs.push(feats.len() as u32);
            }
        }
        Statics { modes, feats, offs }
    }

    fn of(&self, i: usize) -> &[u32] {
        &self.feats[self.offs[i] as usize..self.offs[i + 1] as usize]
    }
}

/// A first pass's document history and tags.
type Prior<'a> = (&'a IdMap<u64, [u16; 5]>, &'a [u8], &'a Parts);

/// Where capitalized word forms occur inside multi-token names of a first-pass tagging:
/// per form, counts of (type, position) pairs (bit `3 * (type - 1) + pos`, pos 0 first,
/// 1 last, 2 inside), and each token's own pair (+1, 0 if none).
#[derive(Default)]
struct Parts {
    counts: IdMap<u64, [u16; 12]>,
    own: Vec<u8>,
}

impl Parts {
    fn new(input: &NerInput, tags: &[u8]) -> Parts {
        let mut p = Parts {
            counts: IdMap::default(),
            own: vec![0; tags.len()],
        };
        for r in &input.sents {
            let mut i = r.start;
            while i < r.end {
                let c = tags[i] as usize;
                let mut e = i + 1;
                if c % 2 == 1 {
                    while e < r.end && tags[e] as usize == c + 1 {
                        e += 1;
                    }
                }
                if c % 2 == 1 && e - i >= 2 {
                    let ty = type_of(c) - 1;
                    for j in i..e {
                        if !input.toks[j].has_upper() {
                            continue;
                        }
                        let pos = if j == i {
                            0
                        } else if j + 1 == e {
                            1
                        } else {
                            2
                        };
                        let b = 3 * ty + pos;
                        p.counts.entry(input.toks[j].lower).or_default()[b] += 1;
                        p.own[j] = b as u8 + 1;
                    }
                }
                i = e;
            }
        }
        p
    }

    /// The pairs of token `i`'s form at other tokens, as a bit set.
    #[inline]
    fn others(&self, input: &NerInput, i: usize) -> u16 {
        let Some(c) = self.counts.get(&input.toks[i].lower) else {
            return 0;
        };
        let own = self.own[i] as usize;
        let mut bits = 0;
        for (b, &n) in c.iter().enumerate() {
            if n > (own == b + 1) as u16 {
                bits |= 1 << b;
            }
        }
        bits
    }
}

/// Label-type counts of capitalized word forms over a whole first-pass tagging.
fn doc_history(input: &NerInput, tags: &[u8]) -> IdMap<u64, [u16; 5]> {
    let mut h: IdMap<u64, [u16; 5]> = IdMap::default();
    for (t, &c) in input.toks.iter().zip(tags) {
        if t.has_upper() {
            h.entry(t.lower).or_default()[type_of(c as usize)] += 1;
        }
    }
    h
}

/// Decode one document greedily; `choose(dynamic_features, prev_class, token_index)` picks a
/// class (the token's static features are in [`Statics`]). With `prior` (a first pass's
/// document history and tags), each token also sees how its word form was tagged everywhere
/// else in the document.
fn decode(
    input: &NerInput,
    modes: &[u64],
    out: &mut Vec<u8>,
    prior: Option<Prior>,
    choose: impl FnMut(&[u32], usize, usize) -> usize,
) {
    decode_skip(input, modes, out, prior, 0, choose)
}

/// [`decode`] without the decoding features of the templates in `skip`.
fn decode_skip(
    input: &NerInput,
    modes: &[u64],
    out: &mut Vec<u8>,
    prior: Option<Prior>,
    skip: u128,
    mut choose: impl FnMut(&[u32], usize, usize) -> usize,
) {
    out.clear();
    out.resize(input.toks.len(), 0);
    let mut hist: IdMap<u64, [u16; 5]> = IdMap::default();
    let mut feats = Vec::with_capacity(16);
    for (r, _) in input.sents.iter().zip(modes) {
        let s = &input.toks[r.clone()];
        let (mut p1, mut p2) = (START, START);
        for i in 0..s.len() {
            let parts = prior.map_or(0, |(_, _, p)| {
                if s[i].has_upper() {
                    p.others(input, r.start + i)
                } else {
                    0
                }
            });
            let pr = prior.map(|(h, tags, _)| {
                let mut c = h.get(&s[i].lower).copied().unwrap_or_default();
                if s[i].has_upper() {
                    let own = type_of(tags[r.start + i] as usize);
                    c[own] = c[own].saturating_sub(1);
                }
                c
            });
            dynamic_features(&s[i], p1, p2, &hist, pr, parts, skip, &mut feats);
            let prev = if p1 == START { 0 } else { p1 as usize };
            let c = choose(&feats, prev, r.start + i);
            out[r.start + i] = c as u8;
            p2 = p1;
            p1 = c as u64;
        }
        for (i, t) in s.iter().enumerate() {
            if t.has_upper() {
                hist.entry(t.lower).or_default()[type_of(out[r.start + i] as usize)] += 1;
            }
        }
    }
}

/// Rows of a word form's record in the tagging cache ([`crate::cache::TypeCache`]): 0 its
/// word features with the templates of [`OWN_T`]; 1 to 4, for each offset of
/// [`NEIGHBOUR_AT`], the templates of [`NEIGHBOUR_T`] that see only the token at that offset;
/// [`SELF_ROW`] the templates of [`SELF_T`] at a reliable position; from [`PREV_ROW`], one row
/// per previous tag (START last) with the templates of [`PREV_T`].
const REC_ROWS: usize = PREV_ROW + NER_CLASSES.len() + 1;
/// Context templates that depend on the token's word form alone.
const OWN_T: u128 = crate::features::templates(&[]);
/// Offsets of the neighbours whose features are cached per word form.
const NEIGHBOUR_AT: [isize; 4] = [-1, 1, -2, 2];
/// The templates that see only the token at each offset of [`NEIGHBOUR_AT`].
const NEIGHBOUR_T: [u128; 4] = [
    crate::features::templates(&[12, 18, 29, 37]),
    crate::features::templates(&[13, 19, 30, 38]),
    crate::features::templates(&[14, 39]),
    crate::features::templates(&[15, 40]),
];
/// Row of [`SELF_T`] in a record.
const SELF_ROW: usize = 5;
/// Templates that depend on the word form and the sentence mode and position: cached for the
/// common case (mode 0, not the first token).
const SELF_T: u128 = crate::features::templates(&[31]);
/// Templates that depend only on the token's case and flags, the sentence mode, whether the
/// token is first and how its form is cased elsewhere in the document: scored once per
/// combination (see [`case_code`]).
const CASE_T: u128 = crate::features::templates(&[11, 32]);
/// First row of [`PREV_T`] in a record.
const PREV_ROW: usize = 6;
/// Decoding templates that depend on the word form and the previous tag alone.
const PREV_T: u128 = crate::features::templates(&[23, 24]);
/// All templates scored from the records at every position.
const CACHED_T: u128 = OWN_T | NEIGHBOUR_T[0] | NEIGHBOUR_T[1] | NEIGHBOUR_T[2] | NEIGHBOUR_T[3];
/// The previous-tag templates, scored once per pair of previous tags.
const PAIR_T: u128 = crate::features::templates(&[21, 22]);
/// All decoding templates scored from cached rows.
const DECODE_T: u128 = PAIR_T | PREV_T;
/// Cache key of the record of a missing neighbour.
const MISSING: u64 = 0x4d15_5116_0000_0001;

/// The case and flags of token `t` at position `i` of a sentence of mode `mode`, and `dc`,
/// how its form is cased elsewhere (see [`doc_casing`]), packed: what [`CASE_T`] sees.
#[inline]
fn case_code(t: &Tok, i: usize, mode: u64, dc: u64) -> u64 {
    t.case as u64 | (t.flags as u64) << 3 | mode << 8 | ((i == 0) as u64) << 10 | dc << 11
}

/// A token and document casing that give [`case_code`] its case, flags and casing.
fn case_token(code: u64) -> (Tok, IdMap<u64, u8>) {
    let t = Tok {
        case: (code & 7) as u8,
        flags: (code >> 3 & 31) as u8,
        lower: 1,
        ..Tok::default()
    };
    let mut casing = IdMap::default();
    if code >> 11 != 0 {
        casing.insert(1, (code >> 11) as u8);
    }
    (t, casing)
}

/// A trained NER tagger.
pub struct NerTagger {
    clusters: Clusters,
    model: Model,
    gaz: Gazetteer,
}

/// Start of a NER model file with name lists: the magic, then the length of the embedded
/// [`ModelFile`] bytes (u64, little-endian), those bytes, then the deflated name lists.
const MAGIC2: &[u8; 8] = b"CHRNER2\0";

impl NerTagger {
    /// Load from model-file bytes.
    pub fn from_bytes(bytes: &[u8]) -> crate::Result<NerTagger> {
        let (bytes, gaz) = match bytes.strip_prefix(MAGIC2) {
            Some(rest) if rest.len() >= 8 => {
                let n = u64::from_le_bytes(rest[..8].try_into().expect("8 bytes")) as usize;
                let rest = &rest[8..];
                if n > rest.len() {
                    return Err(crate::Error::Model("NER model file ends too early".into()));
                }
                let raw = crate::codec::Reader::decompress(&rest[n..])?;
                let gaz = Gazetteer::read(&mut crate::codec::Reader::new(&raw))?;
                (&rest[..n], gaz)
            }
            _ => (bytes, Gazetteer::new()),
        };
        let f = ModelFile::from_bytes(bytes, "ner")?;
        if f.classes != NER_CLASSES {
            return Err(crate::Error::Model(format!(
                "unexpected NER classes {:?}",
                f.classes
            )));
        }
        Ok(NerTagger {
            clusters: f.clusters,
            model: f.model,
            gaz,
        })
    }

    /// The model file bytes (with the name lists, when there are any).
    pub fn to_bytes(&self) -> Vec<u8> {
        let classes: Vec<String> = NER_CLASSES.iter().map(|s| s.to_string()).collect();
        let model = ModelFile::encode("ner", &classes, &self.clusters, &self.model);
        if self.gaz.is_empty() {
            return model;
        }
        let mut w = crate::codec::Writer::new();
        self.gaz.write(&mut w);
        let mut out = MAGIC2.to_vec();
        out.extend_from_slice(&(model.len() as u64).to_le_bytes());
        out.extend_from_slice(&model);
        out.extend_from_slice(&w.into_compressed());
        out
    }

    /// The name lists the model uses.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// The word clusters the model uses.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }

    /// Number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.model.n_weights()
    }

    /// Tag a prepared document: one class id per token (see [`NER_CLASSES`]).
    pub fn tag(&self, input: &NerInput, out: &mut Vec<u8>) {
        crate::cache::NER.with_borrow_mut(|c| self.tag_cached(input, out, c));
    }

    /// The scores of the features that do not depend on decoding, per token, probing every
    /// feature (what [`Self::fixed_scores`] computes from cached records).
    #[cfg(test)]
    fn fixed_scores_probed(&self, input: &NerInput) -> Vec<[i32; NER_CLASSES.len()]> {
        let st = Statics::new(input, true, &self.gaz, None);
        (0..input.toks.len())
            .map(|i| {
                let mut sc = [0; NER_CLASSES.len()];
                self.model.score_add(st.of(i), &mut sc);
                sc
            })
            .collect()
    }

    /// [`Self::tag`] the plain way, probing every feature of every token (the reference the
    /// cached scoring must match exactly).
    #[cfg(test)]
    fn tag_probed(&self, input: &NerInput, out: &mut Vec<u8>) {
        let st = Statics::new(input, true, &self.gaz, None);
        let mut choose = |feats: &[u32], prev: usize, i: usize| {
            let mut scores = [0i32; NER_CLASSES.len()];
            self.model.score_add(st.of(i), &mut scores);
            self.model.score_add(feats, &mut scores);
            best(&scores, prev)
        };
        let mut first = Vec::new();
        decode(input, &st.modes, &mut first, None, &mut choose);
        let h = doc_history(input, &first);
        let parts = Parts::new(input, &first);
        decode(
            input,
            &st.modes,
            out,
            Some((&h, &first, &parts)),
            &mut choose,
        );
        for r in &input.sents {
            crate::refine::refine(&input.toks[r.clone()], &mut out[r.clone()], &self.gaz);
        }
        crate::refine::refine_doc(&input.toks, &input.sents, out);
    }

    /// Fill `rec` (zeroed, [`REC_ROWS`] rows) with the record of word form `t` (see
    /// [`REC_ROWS`]); `None`: the record of a missing neighbour (outside the sentence).
    fn type_record(&self, t: Option<&Tok>, rec: &mut [i32]) {
        const N: usize = NER_CLASSES.len();
        let d = Tok::default();
        let none = IdMap::default();
        let g = [0u64; 3];
        let mut feats = Vec::with_capacity(32);
        let mut row = |k: usize, feats: &[u32]| {
            self.model.score_add(feats, &mut rec[k * N..(k + 1) * N]);
        };
        if let Some(t) = t {
            word_features(t, &mut feats);
            static_features_skip(&[d, *t], 1, 0, &none, &g, !OWN_T, &mut feats);
            row(0, &feats);
            feats.clear();
            static_features_skip(&[d, *t], 1, 0, &none, &g, !SELF_T, &mut feats);
            row(SELF_ROW, &feats);
            let hist = IdMap::default();
            for p in 0..=N {
                let p1 = if p == N { START } else { p as u64 };
                dynamic_features(t, p1, START, &hist, None, 0, !PREV_T, &mut feats);
                row(PREV_ROW + p, &feats);
            }
        }
        for (k, (&tpl, &j)) in NEIGHBOUR_T.iter().zip(&NEIGHBOUR_AT).enumerate() {
            let (s, i) = crate::features::seen_at(t.copied(), d, j);
            feats.clear();
            static_features_skip(&s, i, 0, &none, &g, !tpl, &mut feats);
            row(k + 1, &feats);
        }
    }

    /// The scores of the features that do not depend on decoding, per token (from the
    /// word-form records of the token and its neighbours, plus probes for the rest), and
    /// each token's record.
    fn fixed_scores(
        &self,
        input: &NerInput,
        modes: &[u64],
        c: &mut crate::cache::Caches,
    ) -> (Vec<[i32; NER_CLASSES.len()]>, Vec<u32>) {
        const N: usize = NER_CLASSES.len();
        let casing = doc_casing(input, modes);
        let words = &mut c.words;
        words.prepare(self.model.id(), N, REC_ROWS, input.toks.len() + 1);
        let missing = words.record(MISSING, |r| self.type_record(None, r));
        let recs: Vec<u32> = input
            .toks
            .iter()
            .map(|t| words.record(t.word, |r| self.type_record(Some(t), r)))
            .collect();
        let mut fixed = vec![[0i32; N]; input.toks.len()];
        let mut g = Vec::new();
        let mut feats = Vec::with_capacity(32);
        for (r, &mode) in input.sents.iter().zip(modes) {
            let s = &input.toks[r.clone()];
            let recs = &recs[r.clone()];
            g.clear();
            self.gaz.codes(s, None, &mut g);
            words.add_window(
                recs,
                missing,
                &NEIGHBOUR_AT,
                fixed[r.clone()].as_flattened_mut(),
            );
            let small = &mut c.small;
            small.prepare(self.model.id(), N, 1, s.len());
            for (i, sc) in fixed[r.clone()].iter_mut().enumerate() {
                let dc = casing.get(&s[i].lower).copied().unwrap_or(0) as u64;
                let code = case_code(&s[i], i, mode, dc);
                let rec = small.record(code, |row| {
                    // A sentence with the same case, flags, mode and casing elsewhere.
                    let (t, casing) = case_token(code);
                    let (s, i) = if i == 0 {
                        (vec![t], 0)
                    } else {
                        (vec![Tok::default(), t], 1)
                    };
                    let mut f = Vec::new();
                    static_features_skip(&s, i, mode, &casing, &[0; 2], !CASE_T, &mut f);
                    self.model.score_add(&f, row);
                });
                small.add(rec, 0, sc);
                let mut skip = CACHED_T | CASE_T;
                if mode == 0 && i > 0 {
                    words.add(recs[i], SELF_ROW, sc);
                    skip |= SELF_T;
                }
                feats.clear();
                static_features_skip(s, i, mode, &casing, &g, skip, &mut feats);
                self.model.score_add(&feats, sc);
            }
        }
        (fixed, recs)
    }

    fn tag_cached(&self, input: &NerInput, out: &mut Vec<u8>, c: &mut crate::cache::Caches) {
        const N: usize = NER_CLASSES.len();
        let modes: Vec<u64> = input
            .sents
            .iter()
            .map(|r| sentence_mode(&input.toks[r.clone()]))
            .collect();
        let (fixed, recs) = self.fixed_scores(input, &modes, c);
        // Position of each token in its sentence (capped at 2): which previous tags exist.
        let mut pos = vec![0u8; input.toks.len()];
        for r in &input.sents {
            for (k, p) in pos[r.clone()].iter_mut().enumerate() {
                *p = k.min(2) as u8;
            }
        }
        let words = &c.words;
        let pairs = &mut c.pairs[0];
        pairs.prepare(self.model.id(), N, N + 1);
        let none = IdMap::default();
        let mut mine = vec![0u8; input.toks.len()];
        let mut choose = |feats: &[u32], prev: usize, i: usize| {
            let mut scores = fixed[i];
            let p1 = if pos[i] >= 1 { mine[i - 1] as usize } else { N };
            let p2 = if pos[i] >= 2 { mine[i - 2] as usize } else { N };
            let row = pairs.get(p1, p2, |row| {
                let tag = |p: usize| if p == N { START } else { p as u64 };
                let mut f = Vec::new();
                let d = Tok::default();
                dynamic_features(&d, tag(p1), tag(p2), &none, None, 0, !PAIR_T, &mut f);
                self.model.score_add(&f, row);
            });
            crate::cache::add(&mut scores, row);
            words.add(recs[i], PREV_ROW + p1, &mut scores);
            self.model.score_add(feats, &mut scores);
            let b = best(&scores, prev);
            mine[i] = b as u8;
            b
        };
        let mut first = Vec::new();
        decode_skip(input, &modes, &mut first, None, DECODE_T, &mut choose);
        let h = doc_history(input, &first);
        let parts = Parts::new(input, &first);
        decode_skip(
            input,
            &modes,
            out,
            Some((&h, &first, &parts)),
            DECODE_T,
            &mut choose,
        );
        for r in &input.sents {
            crate::refine::refine(&input.toks[r.clone()], &mut out[r.clone()], &self.gaz);
        }
        crate::refine::refine_doc(&input.toks, &input.sents, out);
    }

    /// The word information of `word` ([`TokBuilder::tok`] with this tagger's clusters),
    /// cached per word form on this thread.
    pub fn tok(&self, b: &mut TokBuilder, word: &str) -> Tok {
        crate::cache::NER.with_borrow_mut(|c| {
            c.toks
                .tok(self.model.id(), word, |w| b.tok(w, &self.clusters))
        })
    }

    /// Tag sentences of words, returning BIO tag names.
    pub fn tag_words<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<&'static str>> {
        let input = NerInput::new(sentences, &self.clusters);
        let mut out = Vec::new();
        self.tag(&input, &mut out);
        input
            .sents
            .iter()
            .map(|r| {
                out[r.clone()]
                    .iter()
                    .map(|&c| NER_CLASSES[c as usize])
                    .collect()
            })
            .collect()
    }
}

#[inline]
fn best<T: PartialOrd + Copy>(scores: &[T], prev: usize) -> usize {
    let mut b = 0;
    for c in 1..scores.len() {
        if allowed(prev, c) && scores[c] > scores[b] {
            b = c;
        }
    }
    b
}

/// Training settings for [`train_ner`].
#[derive(Clone, Debug)]
pub struct NerTrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Drop averaged weights below this magnitude.
    pub prune: f32,
    /// Random seed (shuffling, augmentation).
    pub seed: u64,
    /// Share of sentences shown in ALL CAPS, and again in Title Case, each epoch.
    pub augment: f64,
    /// Parameter mixing: train this many models (seeds `seed`, `seed + 1000`, ...) and
    /// average their weights (1: a single model).
    pub mix: usize,
}

/// Train a NER tagger on CoNLL documents; `log` receives one line per epoch (with the dev
/// score when `dev` is given).
pub fn train_ner(
    train: &[ConllDoc],
    dev: Option<&[ConllDoc]>,
    clusters: Clusters,
    cfg: &NerTrainConfig,
    log: impl FnMut(String),
) -> NerTagger {
    train_ner_with(train, dev, clusters, Gazetteer::new(), cfg, log)
}

/// [`train_ner`] with name-list features from `gaz` (stored in the model). Training entities
/// in `gaz` (see [`Gazetteer::add_training_entities`]) must come from `train` in the same
/// order: each document sees only those of the other folds.
pub fn train_ner_with(
    train: &[ConllDoc],
    dev: Option<&[ConllDoc]>,
    clusters: Clusters,
    gaz: Gazetteer,
    cfg: &NerTrainConfig,
    mut log: impl FnMut(String),
) -> NerTagger {
    let (model, n_models) = Trainer::fit_mixed(cfg.mix, cfg.seed, cfg.prune, |seed| {
        fit_ner(train, dev, &clusters, &gaz, cfg, seed, &mut log)
    });
    let tagger = NerTagger {
        model,
        clusters,
        gaz,
    };
    if let (Some(dev), true) = (dev, n_models > 1) {
        let score = evaluate_ner(&tagger, dev);
        log(format!("mixed {n_models} models: dev F1 {:.4}", score.f1()));
    }
    tagger
}

/// One averaged perceptron of [`train_ner_with`], trained with `seed`.
fn fit_ner(
    train: &[ConllDoc],
    dev: Option<&[ConllDoc]>,
    clusters: &Clusters,
    gaz: &Gazetteer,
    cfg: &NerTrainConfig,
    seed: u64,
    log: &mut impl FnMut(String),
) -> Trainer {
    let mut trainer = Trainer::new(NER_CLASSES.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut b = TokBuilder::new();
    let mut out = Vec::new();
    let mut scores = [0f32; 9];
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut n, mut wrong) = (0usize, 0usize);
        for &d in &order {
            let doc = &train[d];
            let mut input = NerInput::default();
            let mut gold = Vec::new();
            for s in &doc.sentences {
                let r = rng.unit();
                let v = if r < cfg.augment {
                    Variant::Upper
                } else if r < 2.0 * cfg.augment {
                    Variant::Title
                } else {
                    Variant::Asis
                };
                let mut words = vary(&s.words, v);
                // Arabic-style name particles ("al-Kadhimi", "Ahl al-Haq"), rare in CoNLL.
                for (w, t) in words.iter_mut().zip(&s.tags) {
                    if t != "O"
                        && v == Variant::Asis
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && w.len() > 3
                        && rng.unit() < 0.02
                    {
                        *w = format!("al-{w}");
                    }
                }
                input.push_sentence(words.iter().map(|w| w.as_str()), clusters, &mut b);
                gold.extend(s.tags.iter().map(|t| class_of(t).unwrap_or(0)));
            }
            // First pass: predict only, so the history the second pass sees was not learnt
            // from this very document.
            let st = Statics::new(&input, true, gaz, gaz.fold_of(d));
            let mut full = Vec::with_capacity(64);
            let mut all = |dynamic: &[u32], i: usize| -> Vec<u32> {
                full.clear();
                full.extend_from_slice(st.of(i));
                full.extend_from_slice(dynamic);
                std::mem::take(&mut full)
            };
            let mut first = Vec::new();
            decode(&input, &st.modes, &mut first, None, |dynamic, prev, i| {
                let feats = all(dynamic, i);
                trainer.score(&feats, &mut scores);
                best(&scores, prev)
            });
            let h = doc_history(&input, &first);
            let parts = Parts::new(&input, &first);
            decode(
                &input,
                &st.modes,
                &mut out,
                Some((&h, &first, &parts)),
                |dynamic, prev, i| {
                    let feats = all(dynamic, i);
                    trainer.score(&feats, &mut scores);
                    let guess = best(&scores, prev);
                    trainer.tick();
                    trainer.update(gold[i], guess, &feats);
                    n += 1;
                    wrong += (guess != gold[i]) as usize;
                    guess
                },
            );
            // Then learn the first-pass view (no document history) too.
            decode(&input, &st.modes, &mut first, None, |dynamic, prev, i| {
                let feats = all(dynamic, i);
                trainer.score(&feats, &mut scores);
                let guess = best(&scores, prev);
                trainer.tick();
                trainer.update(gold[i], guess, &feats);
                guess
            });
        }
        let mut line = format!(
            "epoch {}: train token error {:.4}",
            epoch + 1,
            wrong as f64 / n.max(1) as f64
        );
        if let Some(dev) = dev {
            if epoch + 1 == cfg.epochs || epoch % 3 == 2 {
                let tagger = NerTagger {
                    clusters: clusters.clone(),
                    model: trainer.finish(cfg.prune),
                    gaz: gaz.clone(),
                };
                let score = evaluate_ner(&tagger, dev);
                line.push_str(&format!(", dev F1 {:.4}", score.f1()));
            }
        }
        log(line);
    }
    trainer
}

/// Score a tagger on gold CoNLL documents.
pub fn evaluate_ner(tagger: &NerTagger, docs: &[ConllDoc]) -> NerScore {
    let mut score = NerScore::default();
    let mut out = Vec::new();
    for doc in docs {
        let mut input = NerInput::default();
        let mut b = TokBuilder::new();
        for s in &doc.sentences {
            input.push_sentence(s.words.iter().map(|w| w.as_str()), &tagger.clusters, &mut b);
        }
        tagger.tag(&input, &mut out);
        for (s, r) in doc.sentences.iter().zip(&input.sents) {
            let pred: Vec<&str> = out[r.clone()]
                .iter()
                .map(|&c| NER_CLASSES[c as usize])
                .collect();
            score.add(&s.tags, &pred);
        }
    }
    score
}

/// Hash of a word as [`Tok::lower`] computes it (for tests and tools).
pub fn lower_hash(word: &str) -> u64 {
    hash_bytes(word.to_lowercase().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraint_forbids_dangling_inside_tags() {
        assert!(allowed(1, 2));
        assert!(!allowed(0, 2));
        assert!(!allowed(3, 2));
        assert_eq!(best(&[0.0, 1.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], 0), 1);
    }

    #[test]
    fn parts_of_longer_names_are_seen_at_other_mentions() {
        let c = Clusters::default();
        let sents = vec![
            vec!["Mal", "Washington", "won", "."],
            vec!["Washington", "lost", "to", "Washington", "."],
        ];
        let input = NerInput::new(&sents, &c);
        // First pass: "Mal Washington" PER (B I), the later "Washington"s LOC and O.
        let tags = [1u8, 2, 0, 0, 5, 0, 0, 0, 0];
        let p = Parts::new(&input, &tags);
        // PER (type 0), last position (1): bit 1.
        assert_eq!(p.others(&input, 4), 1 << 1);
        assert_eq!(p.others(&input, 7), 1 << 1);
        // Its own mention does not count.
        assert_eq!(p.others(&input, 1), 0);
        assert_eq!(p.others(&input, 0), 0);
    }

    #[test]
    fn model_files_with_name_lists_round_trip() {
        let doc = |w: &[&str], t: &[&str]| ConllDoc {
            sentences: vec![crate::corpus::ConllSentence {
                words: w.iter().map(|x| x.to_string()).collect(),
                tags: t.iter().map(|x| x.to_string()).collect(),
                lines: Vec::new(),
            }],
        };
        let train = vec![
            doc(
                &["Petofi", "beat", "Ruch", "."],
                &["B-ORG", "O", "B-ORG", "O"],
            ),
            doc(
                &["Ruch", "beat", "Petofi", "."],
                &["B-ORG", "O", "B-ORG", "O"],
            ),
        ];
        let mut gaz = Gazetteer::new();
        gaz.add_training_entities(&train, 2);
        let cfg = NerTrainConfig {
            epochs: 2,
            prune: 0.0,
            seed: 1,
            augment: 0.0,
            mix: 1,
        };
        let t = train_ner_with(&train, None, Clusters::default(), gaz, &cfg, |_| {});
        let bytes = t.to_bytes();
        assert!(bytes.starts_with(MAGIC2));
        let t2 = NerTagger::from_bytes(&bytes).unwrap();
        assert_eq!(t2.gazetteer().len(), 2);
        assert_eq!(t2.to_bytes(), bytes);
        let s = [vec!["Ruch", "beat", "Petofi", "."]];
        assert_eq!(t2.tag_words(&s), t.tag_words(&s));
        assert!(NerTagger::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    }

    /// A document with every sentence mode, one-token sentences and repeated names.
    fn probe_doc() -> Vec<Vec<&'static str>> {
        vec![
            vec![
                "IRAQI", "PM", "SURVIVES", "DRONE", "ATTACK", "IN", "BAGHDAD",
            ],
            vec![
                "Iraqi", "Premier", "Survives", "Attack", "on", "Home", "in", "Baghdad",
            ],
            vec![
                "Mustafa",
                "al-Kadhimi",
                "said",
                "on",
                "Sunday",
                "that",
                "Baghdad",
                "was",
                "calm",
                ".",
            ],
            vec!["Yes"],
            vec![
                "Ruch", "beat", "Petofi", "3-1", "in", "Budapest", "'s", "Ujpest", "stadium", ".",
            ],
            vec![
                "al-Kadhimi",
                "met",
                "Petofi",
                "and",
                "Ruch",
                "officials",
                ".",
            ],
            vec!["."],
        ]
    }

    fn tiny_ner() -> NerTagger {
        let doc = |s: &[(&[&str], &[&str])]| ConllDoc {
            sentences: s
                .iter()
                .map(|(w, t)| crate::corpus::ConllSentence {
                    words: w.iter().map(|x| x.to_string()).collect(),
                    tags: t.iter().map(|x| x.to_string()).collect(),
                    lines: Vec::new(),
                })
                .collect(),
        };
        let train = vec![
            doc(&[
                (
                    &["Petofi", "beat", "Ruch", "in", "Budapest", "."],
                    &["B-ORG", "O", "B-ORG", "O", "B-LOC", "O"],
                ),
                (&["PETOFI", "WIN"], &["B-ORG", "O"]),
                (
                    &["Mustafa", "al-Kadhimi", "visited", "Baghdad"],
                    &["B-PER", "I-PER", "O", "B-LOC"],
                ),
            ]),
            doc(&[
                (
                    &["Ruch", "lost", "to", "Iraqi", "side", "."],
                    &["B-ORG", "O", "O", "B-MISC", "O", "O"],
                ),
                (
                    &["Kadhimi", "Says", "Baghdad", "Is", "Calm"],
                    &["B-PER", "O", "B-LOC", "O", "O"],
                ),
            ]),
        ];
        let mut gaz = Gazetteer::new();
        gaz.add_training_entities(&train, 2);
        let cfg = NerTrainConfig {
            epochs: 3,
            prune: 0.0,
            seed: 7,
            augment: 0.3,
            mix: 1,
        };
        train_ner_with(&train, None, Clusters::default(), gaz, &cfg, |_| {})
    }

    #[test]
    fn cached_scoring_equals_probing_every_feature() {
        // A model trained without pruning has weights for every template it saw, so any
        // template scored differently by the cached path shows up here.
        let tiny = tiny_ner();
        let committed = crate::models::ner().expect("ner model");
        for t in [&tiny, &*committed] {
            let input = NerInput::new(&probe_doc(), &t.clusters);
            let (fast, _) = crate::cache::NER.with_borrow_mut(|c| {
                let modes: Vec<u64> = input
                    .sents
                    .iter()
                    .map(|r| sentence_mode(&input.toks[r.clone()]))
                    .collect();
                t.fixed_scores(&input, &modes, c)
            });
            assert_eq!(fast, t.fixed_scores_probed(&input));
            assert!(fast.iter().any(|s| s.iter().any(|&x| x != 0)));
            let (mut a, mut b) = (Vec::new(), Vec::new());
            t.tag(&input, &mut a);
            t.tag_probed(&input, &mut b);
            assert_eq!(a, b);
        }
        assert!(tiny
            .tag_words(&probe_doc())
            .iter()
            .flatten()
            .any(|&t| t != "O"));
    }

    #[test]
    fn modes_spot_caps_and_title_lines() {
        let c = Clusters::default();
        let mut b = TokBuilder::new();
        let mut toks = |s: &str| s.split(' ').map(|w| b.tok(w, &c)).collect::<Vec<_>>();
        assert_eq!(sentence_mode(&toks("IRAQI PM SURVIVES DRONE ATTACK")), 1);
        assert_eq!(
            sentence_mode(&toks("Iraqi PM Survives Drone Attack on Home")),
            2
        );
        assert_eq!(
            sentence_mode(&toks("The prime minister survived an attack")),
            0
        );
    }
}
