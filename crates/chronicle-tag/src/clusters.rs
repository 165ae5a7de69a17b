//! Word clusters that chronicle computes itself from unlabelled text: each frequent
//! (lower-cased) word gets a path in a three-level tree (32 × 16 × 16 leaves) built by
//! hierarchical spherical k-means over its PPMI context vectors (words at -2, -1, +1, +2),
//! reduced by a seeded random projection. Taggers use the path's prefixes as features, like
//! Brown-cluster prefixes.

use crate::codec::{Reader, Writer};
use crate::error::Result;
use crate::hash::{hash_bytes, IdMap};

/// Branching factors of the tree, top level first.
pub const LEVELS: [u32; 3] = [32, 16, 16];

/// Word → cluster path.
#[derive(Clone, Default)]
pub struct Clusters {
    /// Words in file order with their path.
    words: Vec<(String, u32)>,
    /// Lower-case word hash → path + 1.
    map: IdMap<u64, u32>,
}

impl Clusters {
    /// Path + 1 of the word with lower-case hash `lower`, or 0.
    #[inline]
    pub fn get(&self, lower: u64) -> u32 {
        self.map.get(&lower).copied().unwrap_or(0)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn from_words(words: Vec<(String, u32)>) -> Clusters {
        let map = words
            .iter()
            .map(|(w, c)| (hash_bytes(w.as_bytes()), c + 1))
            .collect();
        Clusters { words, map }
    }

    /// Write the clusters.
    pub fn write(&self, w: &mut Writer) {
        w.varint(self.words.len() as u64);
        for (word, c) in &self.words {
            w.str(word);
            w.varint(*c as u64);
        }
    }

    /// Read clusters written by [`Clusters::write`].
    pub fn read(r: &mut Reader) -> Result<Clusters> {
        let n = r.varint()? as usize;
        let mut words = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let w = r.str()?.to_string();
            words.push((w, r.varint()? as u32));
        }
        Ok(Clusters::from_words(words))
    }

    /// Cluster the words of `sentences` (lower-cased tokens) that occur at least `min_count`
    /// times, at most `max_words` of them.
    pub fn learn(sentences: &[Vec<String>], min_count: u32, max_words: usize) -> Clusters {
        let mut counts: std::collections::HashMap<&str, u32> = Default::default();
        for s in sentences {
            for w in s {
                *counts.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut vocab: Vec<(&str, u32)> = counts
            .iter()
            .map(|(w, c)| (*w, *c))
            .filter(|x| x.1 >= min_count)
            .collect();
        vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        vocab.truncate(max_words);
        let index: std::collections::HashMap<&str, usize> =
            vocab.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
        const N_CTX: usize = 1000;
        const DIM: usize = 128;
        let n_ctx = N_CTX.min(vocab.len());
        // Co-occurrence counts: (word, position slot * n_ctx + context word).
        let mut cooc: Vec<IdMap<u32, f32>> = vec![IdMap::default(); vocab.len()];
        let bos = n_ctx; // sentence boundary counts as a context word of its own
        let n_feat = n_ctx + 1;
        for s in sentences {
            let ids: Vec<Option<usize>> =
                s.iter().map(|w| index.get(w.as_str()).copied()).collect();
            for (i, id) in ids.iter().enumerate() {
                let Some(id) = *id else { continue };
                for (slot, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                    let j = i as isize + off;
                    let ctx = if j < 0 || j >= ids.len() as isize {
                        Some(bos)
                    } else {
                        ids[j as usize].filter(|&c| c < n_ctx)
                    };
                    if let Some(c) = ctx {
                        *cooc[id].entry((slot * n_feat + c) as u32).or_default() += 1.0;
                    }
                }
            }
        }
        // PPMI, projected to DIM dimensions with a seeded random ±1 projection.
        let mut col_total = vec![0f32; 4 * n_feat];
        let mut grand = 0f32;
        for row in &cooc {
            for (&f, &v) in row {
                col_total[f as usize] += v;
                grand += v;
            }
        }
        let proj = |f: u32, d: usize| -> f32 {
            let h = crate::hash::mix(f as u64 + 1, d as u64 + 7);
            if h & 1 == 0 {
                1.0
            } else {
                -1.0
            }
        };
        let mut vecs: Vec<[f32; DIM]> = Vec::with_capacity(vocab.len());
        for row in &cooc {
            let row_total: f32 = row.values().sum();
            let mut v = [0f32; DIM];
            for (&f, &c) in row {
                let pmi = ((c * grand) / (row_total * col_total[f as usize])).ln();
                if pmi > 0.0 {
                    for (d, x) in v.iter_mut().enumerate() {
                        *x += pmi * proj(f, d);
                    }
                }
            }
            normalize(&mut v);
            vecs.push(v);
        }
        // Hierarchical spherical k-means.
        let mut paths = vec![0u32; vocab.len()];
        let mut groups: Vec<Vec<usize>> = vec![(0..vocab.len()).collect()];
        for &k in &LEVELS {
            let mut next = Vec::new();
            for g in &groups {
                let assign = kmeans(&vecs, g, k as usize);
                let mut sub: Vec<Vec<usize>> = vec![Vec::new(); k as usize];
                for (&w, &a) in g.iter().zip(&assign) {
                    paths[w] = paths[w] * k + a as u32;
                    sub[a].push(w);
                }
                next.extend(sub);
            }
            groups = next;
        }
        let words = vocab
            .iter()
            .zip(&paths)
            .map(|(w, &p)| (w.0.to_string(), p))
            .collect();
        Clusters::from_words(words)
    }
}

/// The path prefix of `path` (0-based, as stored) at `level` (1..=3).
#[inline]
pub fn prefix(path: u32, level: usize) -> u32 {
    let mut p = path;
    for &k in LEVELS[level..].iter() {
        p /= k;
    }
    p
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

fn kmeans<const D: usize>(vecs: &[[f32; D]], items: &[usize], k: usize) -> Vec<usize> {
    if items.is_empty() {
        return Vec::new();
    }
    // Small groups get fewer clusters, so that similar words still share one.
    let k = k.min(items.len().div_ceil(2)).max(1);
    // Seed with evenly spaced items (items are in frequency order, so this spreads the seeds).
    let mut cents: Vec<[f32; D]> = (0..k).map(|i| vecs[items[i * items.len() / k]]).collect();
    let mut assign = vec![0usize; items.len()];
    for _ in 0..12 {
        for (a, &w) in assign.iter_mut().zip(items) {
            let v = &vecs[w];
            let mut best = (f32::MIN, 0);
            for (c, cent) in cents.iter().enumerate() {
                let s: f32 = v.iter().zip(cent).map(|(x, y)| x * y).sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            *a = best.1;
        }
        let mut sums = vec![[0f32; D]; k];
        for (&a, &w) in assign.iter().zip(items) {
            for (s, x) in sums[a].iter_mut().zip(&vecs[w]) {
                *s += x;
            }
        }
        for (c, s) in cents.iter_mut().zip(sums.iter_mut()) {
            if s.iter().any(|&x| x != 0.0) {
                normalize(s);
                *c = *s;
            }
        }
    }
    assign
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut sents = Vec::new();
        for city in ["baghdad", "kabul", "tehran"] {
            for _ in 0..5 {
                sents.push(vec![
                    "he".into(),
                    "flew".into(),
                    "to".into(),
                    city.to_string(),
                    ".".into(),
                ]);
            }
        }
        for v in ["ran", "walked"] {
            for _ in 0..5 {
                sents.push(vec![
                    "she".into(),
                    v.to_string(),
                    "home".into(),
                    "quickly".into(),
                ]);
            }
        }
        let c = Clusters::learn(&sents, 2, 1000);
        let get = |w: &str| c.get(hash_bytes(w.as_bytes()));
        assert!(get("baghdad") > 0);
        assert_eq!(prefix(get("baghdad") - 1, 1), prefix(get("kabul") - 1, 1));
        assert_eq!(get("unseen"), 0);
        let mut w = Writer::new();
        c.write(&mut w);
        let b = w.into_bytes();
        let c2 = Clusters::read(&mut Reader::new(&b)).unwrap();
        assert_eq!(c2.get(hash_bytes(b"kabul")), get("kabul"));
    }
}
