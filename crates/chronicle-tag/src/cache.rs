//! A per-thread cache of the scores of word-intrinsic features (the word, its lower case,
//! affixes, shape, cluster): they depend only on the word form, so a word seen before costs one
//! lookup and one row add instead of a dozen-odd table probes.

use std::cell::RefCell;

use crate::hash::IdMap;

/// Scores of word-intrinsic features per word form, for one model.
#[derive(Default)]
pub struct WordCache {
    model: u64,
    n: usize,
    index: IdMap<u64, u32>,
    rows: Vec<i32>,
}

/// Word forms kept before the cache is emptied (bounds memory: entries × classes × 4 bytes).
const CAP: usize = 1 << 14;

impl WordCache {
    /// Add to `scores` the cached row of `word` under model `model`, computing it with
    /// `compute` (which adds the word's intrinsic scores to a zeroed row) when missing.
    #[inline]
    pub fn add(
        &mut self,
        model: u64,
        word: u64,
        scores: &mut [i32],
        compute: impl FnOnce(&mut [i32]),
    ) {
        let n = scores.len();
        if self.model != model || self.n != n || self.index.len() >= CAP {
            self.model = model;
            self.n = n;
            self.index.clear();
            self.rows.clear();
        }
        let at = match self.index.get(&word) {
            Some(&r) => r as usize * n,
            None => {
                let r = self.index.len();
                self.index.insert(word, r as u32);
                self.rows.resize((r + 1) * n, 0);
                compute(&mut self.rows[r * n..(r + 1) * n]);
                r * n
            }
        };
        for (s, w) in scores.iter_mut().zip(&self.rows[at..at + n]) {
            *s += w;
        }
    }
}

thread_local! {
    /// The POS tagger's cache on this thread.
    pub static POS: RefCell<WordCache> = RefCell::default();
    /// The NER tagger's cache on this thread.
    pub static NER: RefCell<WordCache> = RefCell::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_word_and_model() {
        let mut c = WordCache::default();
        let mut calls = 0;
        let mut s = [0i32; 2];
        for _ in 0..3 {
            c.add(1, 42, &mut s, |r| {
                calls += 1;
                r[0] = 5;
            });
        }
        assert_eq!((calls, s), (1, [15, 0]));
        c.add(2, 42, &mut s, |r| {
            calls += 1;
            r[1] = 1;
        });
        assert_eq!((calls, s), (2, [15, 1]));
    }
}
