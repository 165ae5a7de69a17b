//! Part-of-speech tagger: one greedy averaged perceptron over joint UPOS+XPOS classes, with
//! word, affix, shape, cluster, neighbour and previous-tag features.

use chronicle_doc::{Upos, Xpos};

use crate::clusters::{prefix, Clusters};
use crate::corpus::ConlluSentence;
use crate::eval::PosScore;
use crate::features::{Case, Tok, TokBuilder};
use crate::hash::{key, mix};
use crate::model::ModelFile;
use crate::perceptron::{Model, Trainer};
use crate::util::{vary, Rng, Variant};

const START: u64 = 255;

/// The features of a word form alone (word, lower case, affixes, shape, cluster): cached per
/// word form at tagging time (see [`crate::cache`]).
#[inline]
fn word_features(t: &Tok, out: &mut Vec<u32>) {
    let mut f = |tpl: u32, v: u64| out.push(key(tpl + 100, v));
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
        f(23, prefix(c, 1) as u64);
        f(24, prefix(c, 2) as u64);
        f(25, c as u64);
    } else {
        f(23, 1 << 20);
    }
}

/// The features of token `i` that depend on its neighbours but not on decoding: extracted,
/// and at tagging time scored, once per token for both passes.
#[inline]
fn context_features(s: &[Tok], i: usize, mode: u64, out: &mut Vec<u32>) {
    context_features_skip(s, i, mode, 0, out)
}

/// [`context_features`] without the templates in `skip`.
#[inline]
fn context_features_skip(s: &[Tok], i: usize, mode: u64, skip: u128, out: &mut Vec<u32>) {
    let t = &s[i];
    let at = |j: isize| -> Option<&Tok> {
        let k = i as isize + j;
        (k >= 0 && (k as usize) < s.len()).then(|| &s[k as usize])
    };
    let lw = |j: isize| at(j).map(|t| t.lower).unwrap_or(j as u64);
    let sf = |j: isize| at(j).map(|t| t.suf[2]).unwrap_or(j as u64);
    let cl = |j: isize| at(j).map(|t| t.cluster).unwrap_or(1 << 20);
    let cs = |j: isize| at(j).map_or(7, |t| t.case as u64);
    let mut f = |tpl: u32, v: u64| {
        if crate::features::keep(skip, tpl) {
            out.push(key(tpl + 100, v))
        }
    };
    // The case of the neighbours (names come in runs of capitalized words), the casing of the
    // whole sentence (headline, chat-style lower case) and the suffix by case.
    f(34, cs(-1) | cs(0) << 4 | cs(1) << 8);
    f(35, mode | cs(0) << 4 | ((i == 0) as u64) << 8);
    f(36, mix(t.suf[2], t.case as u64));
    f(
        11,
        t.case as u64 | (t.flags as u64) << 3 | ((i == 0) as u64) << 8,
    );
    f(12, lw(-1));
    f(13, lw(1));
    f(14, lw(-2));
    f(15, lw(2));
    f(16, sf(-1));
    f(17, sf(1));
    f(21, mix(lw(-1), t.lower));
    f(22, mix(t.lower, lw(1)));
    for (tpl, j) in [(26, -1), (27, 1)] {
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
}

/// The features that depend on decoding: the previous tags and (second pass) the first
/// pass's tags to the right.
#[inline]
#[allow(clippy::too_many_arguments)]
fn dynamic_features(
    t: &Tok,
    i: usize,
    p1: u64,
    p2: u64,
    first: Option<&[u16]>,
    transitions: bool,
    skip: u128,
    out: &mut Vec<u32>,
) {
    out.clear();
    let mut f = |tpl: u32, v: u64| {
        if crate::features::keep(skip, tpl) {
            out.push(key(tpl + 100, v))
        }
    };
    if transitions {
        transition_features(p1, p2, &mut f);
    }
    f(20, mix(p1, t.lower));
    f(28, mix(p1, t.suf[2]));
    if let Some(first) = first {
        let n1 = first.get(i + 1).map_or(START, |&c| c as u64);
        let n2 = first.get(i + 2).map_or(START, |&c| c as u64);
        f(29, n1);
        f(30, n1 | n2 << 8);
        f(31, p1 | n1 << 8);
        f(32, mix(n1, t.lower));
        f(33, mix(n1, t.suf[2]));
    }
}

/// The features of the previous two tags alone (the same for every word: their scores are
/// cached per tag pair at tagging time).
#[inline]
fn transition_features(p1: u64, p2: u64, f: &mut impl FnMut(u32, u64)) {
    f(18, p1);
    f(19, p1 | p2 << 8);
}

/// How a sentence is cased, from its words after the first: 0 normal, 1 no word capitalized
/// (chat-style lower case), 2 most words capitalized (a Title Case headline), 3 most words in
/// ALL CAPS, 4 fewer than three words with letters.
fn sentence_mode(toks: &[Tok]) -> u64 {
    let (mut n, mut cap, mut upper) = (0usize, 0usize, 0usize);
    for t in toks.iter().skip(1) {
        if t.case == Case::None as u8 {
            continue;
        }
        n += 1;
        cap += t.cap() as usize;
        upper += (t.case == Case::Upper as u8) as usize;
    }
    if n < 3 {
        4
    } else if upper * 5 >= n * 3 {
        3
    } else if cap * 5 >= n * 3 {
        2
    } else if cap == 0 {
        1
    } else {
        0
    }
}

/// Decoding-independent features of all tokens of a sentence (with the word features when
/// `words`), flat, with offsets.
fn statics(toks: &[Tok], words: bool, feats: &mut Vec<u32>, offs: &mut Vec<u32>) {
    feats.clear();
    offs.clear();
    offs.push(0);
    let mode = sentence_mode(toks);
    for i in 0..toks.len() {
        if words {
            word_features(&toks[i], feats);
        }
        context_features(toks, i, mode, feats);
        offs.push(feats.len() as u32);
    }
}

/// Greedy left-to-right decoding; `choose(dynamic_features, i, p1, p2)` picks a class. With
/// `first` (a first pass's tags), features also see the tags predicted to the right; without
/// `transitions` the previous-tag features are left to `choose`.
fn decode(
    toks: &[Tok],
    out: &mut Vec<u16>,
    first: Option<&[u16]>,
    transitions: bool,
    choose: impl FnMut(&[u32], usize, u64, u64) -> usize,
) {
    decode_skip(toks, out, first, transitions, 0, choose)
}

/// [`decode`] without the decoding features of the templates in `skip`.
fn decode_skip(
    toks: &[Tok],
    out: &mut Vec<u16>,
    first: Option<&[u16]>,
    transitions: bool,
    skip: u128,
    mut choose: impl FnMut(&[u32], usize, u64, u64) -> usize,
) {
    out.clear();
    let mut feats = Vec::with_capacity(16);
    let (mut p1, mut p2) = (START, START);
    for (i, t) in toks.iter().enumerate() {
        dynamic_features(t, i, p1, p2, first, transitions, skip, &mut feats);
        let c = choose(&feats, i, p1, p2);
        out.push(c as u16);
        p2 = p1;
        p1 = c as u64;
    }
}

/// Reusable buffers for [`PosTagger::tag_with`].
#[derive(Default)]
pub struct PosScratch {
    feats: Vec<u32>,
    fixed: Vec<i32>,
    first: Vec<u16>,
    recs: Vec<u32>,
}

/// Rows of a word form's record in the tagging cache ([`crate::cache::TypeCache`]): 0 its
/// word features with the templates of [`OWN_T`]; 1 to 4, for each offset of
/// [`NEIGHBOUR_AT`], the templates of [`NEIGHBOUR_T`] that see only the token at that offset.
const REC_ROWS: usize = 5;
/// Templates that depend only on the case and flags of the token, the case of its
/// neighbours, the sentence mode and whether the token is first: scored once per
/// combination (see [`case_code`]).
const CASE_T: u128 = crate::features::templates(&[11, 34, 35]);
/// Context templates that depend on the token's word form alone.
const OWN_T: u128 = crate::features::templates(&[36]);
/// Offsets of the neighbours whose features are cached per word form.
const NEIGHBOUR_AT: [isize; 4] = [-1, 1, -2, 2];
/// The templates that see only the token at each offset of [`NEIGHBOUR_AT`].
const NEIGHBOUR_T: [u128; 4] = [
    crate::features::templates(&[12, 16, 26]),
    crate::features::templates(&[13, 17, 27]),
    crate::features::templates(&[14]),
    crate::features::templates(&[15]),
];
/// All context templates scored from the records.
const CACHED_T: u128 = OWN_T | NEIGHBOUR_T[0] | NEIGHBOUR_T[1] | NEIGHBOUR_T[2] | NEIGHBOUR_T[3];
/// Decoding templates of the two previous tags alone, scored once per pair.
const TRANS_T: u128 = crate::features::templates(&[18, 19]);
/// Decoding templates of the next two first-pass tags alone, scored once per pair.
const NEXT_T: u128 = crate::features::templates(&[29, 30]);
/// Decoding templates of the previous tag and the next first-pass tag, once per pair.
const PREV_NEXT_T: u128 = crate::features::templates(&[31]);
/// All decoding templates scored from pair rows.
const DECODE_T: u128 = TRANS_T | NEXT_T | PREV_NEXT_T;
/// Cache key of the record of a missing neighbour.
const MISSING: u64 = 0x4d15_5116_0000_0001;

/// The case of tokens `i - 1`, `i`, `i + 1` (7: none), the flags of token `i` and the
/// sentence mode, packed: what the templates of [`CASE_T`] see.
#[inline]
fn case_code(s: &[Tok], i: usize, mode: u64) -> u64 {
    let cs = |j: usize| s.get(j).map_or(7, |t| t.case as u64);
    let left = if i == 0 { 7 } else { cs(i - 1) };
    left | cs(i) << 3 | cs(i + 1) << 6 | (s[i].flags as u64) << 9 | mode << 14
}

/// A sentence and a position that give [`case_code`] `code` (with that mode).
fn case_sentence(code: u64) -> (Vec<Tok>, usize) {
    let tok = |case: u64| Tok {
        case: case as u8,
        ..Tok::default()
    };
    let (left, right) = (code & 7, code >> 6 & 7);
    let mut t = tok(code >> 3 & 7);
    t.flags = (code >> 9 & 31) as u8;
    let mut s = Vec::new();
    if left != 7 {
        s.push(tok(left));
    }
    let i = s.len();
    s.push(t);
    if right != 7 {
        s.push(tok(right));
    }
    (s, i)
}

/// A trained POS tagger.
pub struct PosTagger {
    classes: Vec<(Upos, Xpos)>,
    names: Vec<String>,
    clusters: Clusters,
    model: Model,
}

fn parse_class(name: &str) -> Option<(Upos, Xpos)> {
    let (u, x) = name.split_once(' ')?;
    Some((Upos::parse(u)?, Xpos::parse(x)?))
}

impl PosTagger {
    /// Load from model-file bytes.
    pub fn from_bytes(bytes: &[u8]) -> crate::Result<PosTagger> {
        let f = ModelFile::from_bytes(bytes, "pos")?;
        let classes = f
            .classes
            .iter()
            .map(|c| {
                parse_class(c)
                    .ok_or_else(|| crate::Error::Model(format!("unknown POS class {c:?}")))
            })
            .collect::<crate::Result<Vec<_>>>()?;
        Ok(PosTagger {
            classes,
            names: f.classes,
            clusters: f.clusters,
            model: f.model,
        })
    }

    /// The model file bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        ModelFile::encode("pos", &self.names, &self.clusters, &self.model)
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

    /// Tag prepared tokens of one sentence; `out` gets a class per token (see [`Self::class`]).
    pub fn tag(&self, toks: &[Tok], out: &mut Vec<u16>) {
        self.tag_with(toks, out, &mut PosScratch::default());
    }

    /// [`Self::tag`] with buffers reused across sentences.
    pub fn tag_with(&self, toks: &[Tok], out: &mut Vec<u16>, sc: &mut PosScratch) {
        crate::cache::POS.with_borrow_mut(|c| self.tag_cached(toks, out, sc, c));
    }

    /// The scores of the features that do not depend on decoding, per token, probing every
    /// feature (what [`Self::tag_cached`] computes from cached records).
    #[cfg(test)]
    fn fixed_scores_probed(&self, toks: &[Tok]) -> Vec<i32> {
        let n = self.classes.len();
        let (mut feats, mut offs) = (Vec::new(), Vec::new());
        statics(toks, true, &mut feats, &mut offs);
        let mut fixed = vec![0; toks.len() * n];
        for (i, row) in fixed.chunks_exact_mut(n).enumerate() {
            self.model
                .score_add(&feats[offs[i] as usize..offs[i + 1] as usize], row);
        }
        fixed
    }

    /// [`Self::tag`] the plain way, probing every feature of every token (the reference the
    /// cached scoring must match exactly).
    #[cfg(test)]
    fn tag_probed(&self, toks: &[Tok], out: &mut Vec<u16>) {
        let n = self.classes.len();
        let fixed = self.fixed_scores_probed(toks);
        let mut choose = |feats: &[u32], i: usize, _: u64, _: u64| {
            let mut scores = fixed[i * n..(i + 1) * n].to_vec();
            self.model.score_add(feats, &mut scores);
            argmax(&scores)
        };
        let mut first = Vec::new();
        decode(toks, &mut first, None, true, &mut choose);
        decode(toks, out, Some(&first), true, &mut choose);
    }

    /// Fill `rec` (zeroed, [`REC_ROWS`] rows) with the record of word form `t` (see
    /// [`REC_ROWS`]); `None`: the record of a missing neighbour (outside the sentence).
    fn type_record(&self, t: Option<&Tok>, rec: &mut [i32]) {
        let n = self.classes.len();
        let d = Tok::default();
        let mut feats = Vec::with_capacity(32);
        if let Some(t) = t {
            word_features(t, &mut feats);
            context_features_skip(&[d, *t], 1, 0, !OWN_T, &mut feats);
            self.model.score_add(&feats, &mut rec[..n]);
        }
        for (k, (&tpl, &j)) in NEIGHBOUR_T.iter().zip(&NEIGHBOUR_AT).enumerate() {
            let (s, i) = crate::features::seen_at(t.copied(), d, j);
            feats.clear();
            context_features_skip(&s, i, 0, !tpl, &mut feats);
            self.model
                .score_add(&feats, &mut rec[(k + 1) * n..(k + 2) * n]);
        }
    }

    /// Add to `row` the weights of the decoding templates in `only` for previous tags `p1`,
    /// `p2` and first-pass tags `next` to the right (the values of tag-only templates).
    fn tag_row(&self, p1: u64, p2: u64, next: &[u64], only: u128, row: &mut [i32]) {
        let first: Vec<u16> = std::iter::once(0)
            .chain(next.iter().take_while(|&&c| c != START).map(|&c| c as u16))
            .collect();
        let first = (!next.is_empty()).then_some(&first[..]);
        let mut f = Vec::new();
        dynamic_features(&Tok::default(), 0, p1, p2, first, true, !only, &mut f);
        self.model.score_add(&f, row);
    }

    fn tag_cached(
        &self,
        toks: &[Tok],
        out: &mut Vec<u16>,
        sc: &mut PosScratch,
        c: &mut crate::cache::Caches,
    ) {
        let n = self.classes.len();
        let id = self.model.id();
        let mode = sentence_mode(toks);
        let words = &mut c.words;
        words.prepare(id, n, REC_ROWS, toks.len() + 1);
        let missing = words.record(MISSING, |r| self.type_record(None, r));
        sc.recs.clear();
        sc.recs.extend(
            toks.iter()
                .map(|t| words.record(t.word, |r| self.type_record(Some(t), r))),
        );
        sc.fixed.clear();
        sc.fixed.resize(toks.len() * n, 0);
        words.add_window(&sc.recs, missing, &NEIGHBOUR_AT, &mut sc.fixed);
        let small = &mut c.small;
        small.prepare(id, n, 1, toks.len());
        for (i, row) in sc.fixed.chunks_exact_mut(n).enumerate() {
            let code = case_code(toks, i, mode);
            let r = small.record(code, |r| {
                // A sentence with the same cases, flags and mode.
                let (s, i) = case_sentence(code);
                let mut f = Vec::new();
                context_features_skip(&s, i, code >> 14, !CASE_T, &mut f);
                self.model.score_add(&f, r);
            });
            small.add(r, 0, row);
            sc.feats.clear();
            context_features_skip(toks, i, mode, CACHED_T | CASE_T, &mut sc.feats);
            self.model.score_add(&sc.feats, row);
        }
        let [trans, next, prev_next] = &mut c.pairs;
        for p in [&mut *trans, &mut *next, &mut *prev_next] {
            p.prepare(id, n, n + 1);
        }
        let ix = |p: u64| if p == START { n } else { p as usize };
        let mut scores = [0i32; 256];
        let scores = &mut scores[..n];
        let fixed = &sc.fixed;
        let first = &mut sc.first;
        decode_skip(toks, first, None, true, DECODE_T, |feats, i, p1, p2| {
            let r = trans.get(ix(p1), ix(p2), |r| self.tag_row(p1, p2, &[], TRANS_T, r));
            crate::cache::sum(scores, &fixed[i * n..(i + 1) * n], r);
            self.model.score_add(feats, scores);
            argmax(scores)
        });
        let first = &sc.first;
        decode_skip(
            toks,
            out,
            Some(first),
            true,
            DECODE_T,
            |feats, i, p1, p2| {
                let n1 = first.get(i + 1).map_or(START, |&c| c as u64);
                let n2 = first.get(i + 2).map_or(START, |&c| c as u64);
                let r = trans.get(ix(p1), ix(p2), |r| self.tag_row(p1, p2, &[], TRANS_T, r));
                crate::cache::sum(scores, &fixed[i * n..(i + 1) * n], r);
                let r = next.get(ix(n1), ix(n2), |r| {
                    self.tag_row(START, START, &[n1, n2], NEXT_T, r)
                });
                crate::cache::add(scores, r);
                let r = prev_next.get(ix(p1), ix(n1), |r| {
                    self.tag_row(p1, START, &[n1], PREV_NEXT_T, r)
                });
                crate::cache::add(scores, r);
                self.model.score_add(feats, scores);
                argmax(scores)
            },
        );
    }

    /// The word information of `word` ([`TokBuilder::tok`] with this tagger's clusters),
    /// cached per word form on this thread.
    pub fn tok(&self, b: &mut TokBuilder, word: &str) -> Tok {
        crate::cache::POS.with_borrow_mut(|c| {
            c.toks
                .tok(self.model.id(), word, |w| b.tok(w, &self.clusters))
        })
    }

    /// The tags of a class id.
    pub fn class(&self, c: u16) -> (Upos, Xpos) {
        self.classes[c as usize]
    }

    /// Tag one sentence of words.
    pub fn tag_words<S: AsRef<str>>(&self, words: &[S]) -> Vec<(Upos, Xpos)> {
        let mut b = TokBuilder::new();
        let toks: Vec<Tok> = words
            .iter()
            .map(|w| b.tok(w.as_ref(), &self.clusters))
            .collect();
        let mut out = Vec::new();
        self.tag(&toks, &mut out);
        out.iter().map(|&c| self.class(c)).collect()
    }
}

/// The first index of the largest score (max first, then its position: both vectorize).
#[inline]
fn argmax<T: PartialOrd + Copy>(s: &[T]) -> usize {
    let Some(&first) = s.first() else { return 0 };
    let m = s.iter().fold(first, |m, &x| if x > m { x } else { m });
    s.iter().position(|&x| x == m).unwrap_or(0)
}

/// Training settings for [`train_pos`].
#[derive(Clone, Debug)]
pub struct PosTrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Drop averaged weights below this magnitude.
    pub prune: f32,
    /// Random seed.
    pub seed: u64,
    /// Share of sentences shown in ALL CAPS, and again in Title Case, each epoch.
    pub augment: f64,
    /// Parameter mixing: train this many models (seeds `seed`, `seed + 1000`, ...) and
    /// average their weights (1: a single model).
    pub mix: usize,
}

/// Train a POS tagger on CoNLL-U sentences.
pub fn train_pos(
    train: &[ConlluSentence],
    dev: Option<&[ConlluSentence]>,
    clusters: Clusters,
    cfg: &PosTrainConfig,
    mut log: impl FnMut(String),
) -> PosTagger {
    let mut names: Vec<String> = train
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| format!("{} {}", t.upos, t.xpos)))
        .filter(|n| parse_class(n).is_some())
        .collect();
    names.sort();
    names.dedup();
    let classes: Vec<(Upos, Xpos)> = names.iter().filter_map(|n| parse_class(n)).collect();
    let index: std::collections::HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let (model, n_models) = Trainer::fit_mixed(cfg.mix, cfg.seed, cfg.prune, |seed| {
        let setup = (classes.as_slice(), names.as_slice(), &index);
        fit_pos(train, dev, &clusters, setup, cfg, seed, &mut log)
    });
    let tagger = PosTagger {
        model,
        classes,
        names,
        clusters,
    };
    if let (Some(dev), true) = (dev, n_models > 1) {
        let sc = evaluate_pos(&tagger, dev);
        log(format!(
            "mixed {n_models} models: dev UPOS {:.4} XPOS {:.4}",
            sc.upos(),
            sc.xpos()
        ));
    }
    tagger
}

/// The classes of [`train_pos`]: (UPOS, XPOS) pairs, their names, name to index.
type PosClasses<'a> = (
    &'a [(Upos, Xpos)],
    &'a [String],
    &'a std::collections::HashMap<&'a str, usize>,
);

/// One averaged perceptron of [`train_pos`], trained with `seed`.
fn fit_pos(
    train: &[ConlluSentence],
    dev: Option<&[ConlluSentence]>,
    clusters: &Clusters,
    (classes, names, index): PosClasses,
    cfg: &PosTrainConfig,
    seed: u64,
    log: &mut impl FnMut(String),
) -> Trainer {
    let mut trainer = Trainer::new(classes.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut b = TokBuilder::new();
    let mut scores = vec![0f32; classes.len()];
    let mut out = Vec::new();
    let (mut sfeats, mut soffs, mut full) = (Vec::new(), Vec::new(), Vec::with_capacity(64));
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut n, mut wrong) = (0usize, 0usize);
        for &k in &order {
            let s = &train[k];
            let words: Vec<String> = s.tokens.iter().map(|t| t.form.clone()).collect();
            let r = rng.unit();
            let v = if r < cfg.augment {
                Variant::Upper
            } else if r < 2.0 * cfg.augment {
                Variant::Title
            } else {
                Variant::Asis
            };
            let words = vary(&words, v);
            let toks: Vec<Tok> = words.iter().map(|w| b.tok(w, clusters)).collect();
            let gold: Vec<Option<usize>> = s
                .tokens
                .iter()
                .map(|t| {
                    index
                        .get(format!("{} {}", t.upos, t.xpos).as_str())
                        .copied()
                })
                .collect();
            statics(&toks, true, &mut sfeats, &mut soffs);
            let all = |full: &mut Vec<u32>, dynamic: &[u32], i: usize| {
                full.clear();
                full.extend_from_slice(&sfeats[soffs[i] as usize..soffs[i + 1] as usize]);
                full.extend_from_slice(dynamic);
            };
            let mut first = Vec::new();
            decode(&toks, &mut first, None, true, |dynamic, i, _, _| {
                all(&mut full, dynamic, i);
                trainer.score(&full, &mut scores);
                argmax(&scores)
            });
            decode(&toks, &mut out, Some(&first), true, |dynamic, i, _, _| {
                all(&mut full, dynamic, i);
                trainer.score(&full, &mut scores);
                let guess = argmax(&scores);
                trainer.tick();
                if let Some(g) = gold[i] {
                    trainer.update(g, guess, &full);
                    wrong += (g != guess) as usize;
                }
                n += 1;
                guess
            });
            decode(&toks, &mut first, None, true, |dynamic, i, _, _| {
                all(&mut full, dynamic, i);
                trainer.score(&full, &mut scores);
                let guess = argmax(&scores);
                trainer.tick();
                if let Some(g) = gold[i] {
                    trainer.update(g, guess, &full);
                }
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
                let t = PosTagger {
                    classes: classes.to_vec(),
                    names: names.to_vec(),
                    clusters: clusters.clone(),
                    model: trainer.finish(cfg.prune),
                };
                let sc = evaluate_pos(&t, dev);
                line.push_str(&format!(
                    ", dev UPOS {:.4} XPOS {:.4}",
                    sc.upos(),
                    sc.xpos()
                ));
            }
        }
        log(line);
    }
    trainer
}

/// Score a tagger on gold CoNLL-U sentences.
pub fn evaluate_pos(tagger: &PosTagger, gold: &[ConlluSentence]) -> PosScore {
    let mut sc = PosScore::default();
    for s in gold {
        let words: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        let pred = tagger.tag_words(&words);
        for (t, (u, x)) in s.tokens.iter().zip(pred) {
            sc.tokens += 1;
            sc.upos_right += (t.upos == u.as_str()) as usize;
            sc.xpos_right += (t.xpos == x.as_str()) as usize;
        }
    }
    sc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(words: &[&str]) -> Vec<Tok> {
        let mut b = TokBuilder::new();
        let c = Clusters::default();
        words.iter().map(|w| b.tok(w, &c)).collect()
    }

    fn tiny_pos() -> PosTagger {
        let sent = |s: &[(&str, &str, &str)]| ConlluSentence {
            tokens: s
                .iter()
                .map(|&(f, u, x)| crate::corpus::ConlluToken {
                    form: f.into(),
                    upos: u.into(),
                    xpos: x.into(),
                    line: 0,
                })
                .collect(),
            lines: Vec::new(),
        };
        let train = vec![
            sent(&[
                ("The", "DET", "DT"),
                ("minister", "NOUN", "NN"),
                ("visited", "VERB", "VBD"),
                ("Baghdad", "PROPN", "NNP"),
                (".", "PUNCT", "."),
            ]),
            sent(&[
                ("She", "PRON", "PRP"),
                ("runs", "VERB", "VBZ"),
                ("fast", "ADV", "RB"),
            ]),
            sent(&[
                ("Attack", "NOUN", "NN"),
                ("on", "ADP", "IN"),
                ("the", "DET", "DT"),
                ("home", "NOUN", "NN"),
            ]),
            sent(&[("Yes", "INTJ", "UH")]),
        ];
        let cfg = PosTrainConfig {
            epochs: 3,
            prune: 0.0,
            seed: 3,
            augment: 0.3,
            mix: 1,
        };
        train_pos(&train, None, Clusters::default(), &cfg, |_| {})
    }

    #[test]
    fn cached_scoring_equals_probing_every_feature() {
        // A model trained without pruning has weights for every template it saw, so any
        // template scored differently by the cached path shows up here.
        let tiny = tiny_pos();
        let committed = crate::models::pos().expect("pos model");
        let sentences = [
            "The minister visited Baghdad on Sunday .",
            "IRAQI PM SURVIVES DRONE ATTACK",
            "Iraqi Premier Survives Attack on Home",
            "Yes",
            "i went to the minister 's home lol",
            "She runs fast , the minister said .",
        ];
        for t in [&tiny, &*committed] {
            let mut sc = PosScratch::default();
            for s in sentences {
                let words: Vec<&str> = s.split(' ').collect();
                let mut b = TokBuilder::new();
                let toks: Vec<Tok> = words.iter().map(|w| b.tok(w, &t.clusters)).collect();
                let (mut a, mut r) = (Vec::new(), Vec::new());
                t.tag_with(&toks, &mut a, &mut sc);
                assert_eq!(sc.fixed, t.fixed_scores_probed(&toks), "{s}");
                t.tag_probed(&toks, &mut r);
                assert_eq!(a, r, "{s}");
            }
        }
    }

    #[test]
    fn sentence_mode_tells_headlines_and_lower_case_chat() {
        let m = |s: &str| sentence_mode(&toks(&s.split(' ').collect::<Vec<_>>()));
        assert_eq!(m("The minister met the press in Baghdad ."), 0);
        assert_eq!(m("i went to taco bell last night lol"), 1);
        assert_eq!(m("Prime Minister Meets Protest Leaders In Baghdad"), 2);
        assert_eq!(m("PRIME MINISTER MEETS PROTEST LEADERS"), 3);
        assert_eq!(m("Thanks !"), 4);
    }

    #[test]
    fn context_features_see_the_case_of_the_neighbours() {
        // "Office" after a capitalized word and after a lower-case one: the case-run feature
        // differs, the word's own features do not.
        let a = toks(&["the", "Oval", "Office", "is"]);
        let b = toks(&["the", "new", "Office", "is"]);
        let feats = |s: &[Tok]| {
            let mut f = Vec::new();
            context_features(s, 2, sentence_mode(s), &mut f);
            f
        };
        let (fa, fb) = (feats(&a), feats(&b));
        assert_eq!(fa.len(), fb.len());
        let case_run = |s: &[Tok]| {
            key(
                134,
                s[1].case as u64 | (s[2].case as u64) << 4 | (s[3].case as u64) << 8,
            )
        };
        assert!(fa.contains(&case_run(&a)) && !fb.contains(&case_run(&a)));
        assert!(fb.contains(&case_run(&b)));
    }
}
