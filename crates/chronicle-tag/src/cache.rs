//! Per-thread caches of summed feature scores, so that tagging a token costs a few row adds
//! instead of dozens of table probes:
//!
//! - [`TypeCache`]: per word form, a record of score rows (its word-intrinsic features, and
//!   the features it contributes as a neighbour at each relative position). Scores are sums of
//!   the same integer weights, so the tags are exactly those of probing every feature.
//! - [`PairRows`]: per pair of small values (two previous tags, say), one score row.

use std::cell::RefCell;

use crate::features::Tok;
use crate::hash::IdMap;

/// Score records per word form, for one model: each record is a few rows of `n` scores as
/// entries `score << 8 | class`: all `n` in class order when at least half are nonzero (added
/// as a vector), else the nonzero ones only (never exactly `n` of them).
#[derive(Default)]
pub struct TypeCache {
    model: u64,
    n: usize,
    rows: usize,
    index: IdMap<u64, u32>,
    /// Per record, `rows + 1` bounds into `entries`.
    bounds: Vec<u32>,
    entries: Vec<u32>,
    dense: Vec<i32>,
}

/// Word forms kept before the cache is emptied.
const CAP: usize = 1 << 15;

impl TypeCache {
    /// Make ready for model `model` with records of `rows` rows of `n` scores (`n` ≤ 256) and
    /// up to `more` new forms before the next call: emptied when the model or shape changed
    /// or when it would grow past its capacity (record numbers stay valid until the next call).
    #[inline]
    pub fn prepare(&mut self, model: u64, n: usize, rows: usize, more: usize) {
        if self.model != model || self.n != n || self.rows != rows || self.index.len() + more > CAP
        {
            assert!(n <= 256, "{n} classes");
            self.model = model;
            self.n = n;
            self.rows = rows;
            self.index.clear();
            self.bounds.clear();
            self.entries.clear();
        }
    }

    /// The record number of `word`, computed with `compute` (which adds to a zeroed dense
    /// record, rows one after the other) when missing.
    #[inline]
    pub fn record(&mut self, word: u64, compute: impl FnOnce(&mut [i32])) -> u32 {
        if let Some(&r) = self.index.get(&word) {
            return r;
        }
        let r = self.index.len() as u32;
        self.index.insert(word, r);
        self.dense.clear();
        self.dense.resize(self.rows * self.n, 0);
        compute(&mut self.dense);
        const LIMIT: i32 = 1 << 23;
        for row in self.dense.chunks_exact(self.n) {
            let start = self.entries.len();
            self.bounds.push(start as u32);
            let fits = row.iter().all(|w| (-LIMIT..LIMIT).contains(w));
            let nonzero = row.iter().filter(|&&w| w != 0).count();
            if fits && nonzero * 2 >= self.n {
                self.entries.extend(
                    row.iter()
                        .enumerate()
                        .map(|(c, &w)| (w << 8) as u32 | c as u32),
                );
                continue;
            }
            for (c, &w) in row.iter().enumerate() {
                // Scores beyond 24 bits (never seen in practice) are split over entries.
                let mut w = w as i64;
                while w != 0 {
                    let part = w.clamp(-(LIMIT as i64), LIMIT as i64 - 1);
                    self.entries.push(((part as i32) << 8) as u32 | c as u32);
                    w -= part;
                }
            }
            if self.entries.len() - start == self.n {
                // Not to be taken for a full row.
                self.entries.push(0);
            }
        }
        self.bounds.push(self.entries.len() as u32);
        r
    }

    /// Add to the rows of `n` scores in `fixed`, one per token of a sentence whose records are
    /// `recs`, each token's row 0 and, for each offset `at[k]`, row `k + 1` of the record of
    /// the token at that offset (of record `missing` when that is outside the sentence). Each
    /// record is read once, in order.
    pub fn add_window(&self, recs: &[u32], missing: u32, at: &[isize], fixed: &mut [i32]) {
        let n = self.n;
        let len = recs.len() as isize;
        for (i, &r) in recs.iter().enumerate() {
            self.add(r, 0, &mut fixed[i * n..(i + 1) * n]);
            for (k, &j) in at.iter().enumerate() {
                // Token i is at offset j of token i - j.
                let t = i as isize - j;
                if (0..len).contains(&t) {
                    let t = t as usize;
                    self.add(r, k + 1, &mut fixed[t * n..(t + 1) * n]);
                }
            }
        }
        for t in 0..len {
            for (k, &j) in at.iter().enumerate() {
                if !(0..len).contains(&(t + j)) {
                    let t = t as usize;
                    self.add(missing, k + 1, &mut fixed[t * n..(t + 1) * n]);
                }
            }
        }
    }

    /// Add row `row` of record `r` to `scores`.
    #[inline]
    pub fn add(&self, r: u32, row: usize, scores: &mut [i32]) {
        let at = r as usize * (self.rows + 1) + row;
        let (a, b) = (self.bounds[at] as usize, self.bounds[at + 1] as usize);
        let run = &self.entries[a..b];
        if run.len() == self.n {
            for (s, &e) in scores.iter_mut().zip(run) {
                *s += (e as i32) >> 8;
            }
        } else {
            for &e in run {
                scores[(e & 0xff) as usize] += (e as i32) >> 8;
            }
        }
    }
}

/// One score row per pair `(a, b)` of values below a small bound, computed on first use.
#[derive(Default)]
pub struct PairRows {
    model: u64,
    n: usize,
    side: usize,
    /// Row number + 1 per pair, 0 when not computed yet.
    index: Vec<u32>,
    rows: Vec<i32>,
}

impl PairRows {
    /// Make ready for model `model`, rows of `n` scores, pair values below `side`.
    #[inline]
    pub fn prepare(&mut self, model: u64, n: usize, side: usize) {
        if self.model != model || self.n != n || self.side != side {
            self.model = model;
            self.n = n;
            self.side = side;
            self.index.clear();
            self.index.resize(side * side, 0);
            self.rows.clear();
        }
    }

    /// The row of `(a, b)`, computed with `compute` (which fills a zeroed row) when missing.
    #[inline]
    pub fn get(&mut self, a: usize, b: usize, compute: impl FnOnce(&mut [i32])) -> &[i32] {
        let at = a * self.side + b;
        let n = self.n;
        let r = match self.index[at] {
            0 => {
                let r = self.rows.len() / n;
                self.rows.resize((r + 1) * n, 0);
                compute(&mut self.rows[r * n..]);
                self.index[at] = r as u32 + 1;
                r
            }
            r => r as usize - 1,
        };
        &self.rows[r * n..(r + 1) * n]
    }
}

/// Word information ([`Tok`]) per word form, for one tagger (its word clusters).
#[derive(Default)]
pub struct TokCache {
    model: u64,
    index: IdMap<u64, Tok>,
}

impl TokCache {
    /// The word information of `word` for the tagger of model `model`, computed with
    /// `compute` when missing.
    #[inline]
    pub fn tok(&mut self, model: u64, word: &str, compute: impl FnOnce(&str) -> Tok) -> Tok {
        if self.model != model || self.index.len() >= CAP {
            self.model = model;
            self.index.clear();
        }
        let h = crate::hash::hash_bytes(word.as_bytes());
        *self.index.entry(h).or_insert_with(|| compute(word))
    }
}

/// A tagger's caches on one thread.
#[derive(Default)]
pub struct Caches {
    /// Score records per word form.
    pub words: TypeCache,
    /// Score rows per combination of small values (the tagger decides which).
    pub small: TypeCache,
    /// Word information per word form.
    pub toks: TokCache,
    /// Rows per pair of tags (the tagger decides which pairs).
    pub pairs: [PairRows; 3],
}

/// Add `row` to `scores` (a loop the compiler vectorizes).
#[inline]
pub fn add(scores: &mut [i32], row: &[i32]) {
    for (s, w) in scores.iter_mut().zip(row) {
        *s += w;
    }
}

/// Set `scores` to `a + b` (a loop the compiler vectorizes).
#[inline]
pub fn sum(scores: &mut [i32], a: &[i32], b: &[i32]) {
    for ((s, x), y) in scores.iter_mut().zip(a).zip(b) {
        *s = x + y;
    }
}

thread_local! {
    /// The POS tagger's caches on this thread.
    pub static POS: RefCell<Caches> = RefCell::default();
    /// The NER tagger's caches on this thread.
    pub static NER: RefCell<Caches> = RefCell::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_word_and_model() {
        let mut c = TypeCache::default();
        let mut calls = 0;
        c.prepare(1, 2, 2, 1);
        let mut s = [0i32; 2];
        for _ in 0..3 {
            let r = c.record(42, |r| {
                calls += 1;
                r[0] = 5;
                r[3] = -(1 << 25);
            });
            c.add(r, 0, &mut s);
        }
        assert_eq!((calls, s), (1, [15, 0]));
        let r = c.record(42, |_| unreachable!());
        c.add(r, 1, &mut s);
        assert_eq!(s, [15, -(1 << 25)]);
        c.prepare(2, 2, 2, 1);
        let r = c.record(42, |r| {
            calls += 1;
            r[1] = 1;
        });
        c.add(r, 0, &mut s);
        assert_eq!((calls, s), (2, [15, 1 - (1 << 25)]));
    }

    #[test]
    fn pair_rows_are_computed_once_per_pair() {
        let mut p = PairRows::default();
        p.prepare(1, 3, 4);
        let mut calls = 0;
        for _ in 0..2 {
            let r = p.get(3, 1, |r| {
                calls += 1;
                r[2] = 7;
            });
            assert_eq!(r, [0, 0, 7]);
        }
        assert_eq!(p.get(1, 3, |r| r[0] = 1), [1, 0, 0]);
        assert_eq!(calls, 1);
    }
}
