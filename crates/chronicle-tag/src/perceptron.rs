//! The averaged perceptron: [`Trainer`] learns weights over hashed features, [`Model`] is the
//! pruned, quantized (16-bit) read-only result used for tagging.
//!
//! The model is an open-addressing table from feature key to a short run of `(class, weight)`
//! entries, so scoring a token is one probe and a few adds per feature, no allocation. Runs of
//! up to two entries (most features) sit in the slot itself, so that a probe touches one cache
//! line.

use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::hash::IdMap;

/// Learns an averaged perceptron. Weights are kept dense per feature row, allocated only when a
/// feature first takes part in an update.
pub struct Trainer {
    n_classes: usize,
    index: IdMap<u32, u32>,
    keys: Vec<u32>,
    w: Vec<f32>,
    total: Vec<f32>,
    stamp: Vec<u32>,
    /// Number of updates seen (the averaging clock).
    clock: u32,
}

impl Trainer {
    /// A trainer for `n_classes` classes.
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            index: IdMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            total: Vec::new(),
            stamp: Vec::new(),
            clock: 0,
        }
    }

    /// Add the current (not averaged) weights of `feats` to `scores`.
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&row) = self.index.get(f) {
                let r = row as usize * self.n_classes;
                for (s, w) in scores.iter_mut().zip(&self.w[r..r + self.n_classes]) {
                    *s += w;
                }
            }
        }
    }

    /// Count one training instance; call once per token, whether or not it updates.
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Move weight towards `truth` and away from `guess` for every feature.
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u32]) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let row = match self.index.get(&f) {
                Some(&r) => r as usize,
                None => {
                    let r = self.keys.len();
                    self.index.insert(f, r as u32);
                    self.keys.push(f);
                    self.w.extend(std::iter::repeat_n(0.0, self.n_classes));
                    self.total.extend(std::iter::repeat_n(0.0, self.n_classes));
                    self.stamp.extend(std::iter::repeat_n(0, self.n_classes));
                    r
                }
            };
            for (c, d) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let i = row * self.n_classes + c;
                self.total[i] += (self.clock - self.stamp[i]) as f32 * self.w[i];
                self.stamp[i] = self.clock;
                self.w[i] += d;
            }
        }
    }

    /// Average the weights, drop those below `prune` in absolute value, quantize to 16 bits.
    pub fn finish(&self, prune: f32) -> Model {
        let n = self.n_classes;
        let clock = self.clock.max(1) as f32;
        let avg: Vec<f32> = (0..self.w.len())
            .map(|i| (self.total[i] + (self.clock - self.stamp[i]) as f32 * self.w[i]) / clock)
            .collect();
        let max = avg.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = 32767.0 / max;
        let mut feats: Vec<(u32, Vec<(u8, i16)>)> = Vec::new();
        for (row, &key) in self.keys.iter().enumerate() {
            let ws: Vec<(u8, i16)> = (0..n)
                .filter_map(|c| {
                    let a = avg[row * n + c];
                    let q = (a * scale).round() as i32;
                    (a.abs() >= prune && q != 0).then_some((c as u8, q as i16))
                })
                .collect();
            if !ws.is_empty() {
                feats.push((key, ws));
            }
        }
        Model::from_features(n, feats, max / 32767.0)
    }

    /// Trains `mix` models (at least one) with seeds `seed`, `seed + 1000`, ... through `fit`
    /// and returns their one model: the single model finished, or several mixed with
    /// [`Trainer::finish_mixed`]; also how many were trained.
    pub fn fit_mixed(
        mix: usize,
        seed: u64,
        prune: f32,
        mut fit: impl FnMut(u64) -> Trainer,
    ) -> (Model, usize) {
        let trainers: Vec<Trainer> = (0..mix.max(1))
            .map(|k| fit(seed + 1000 * k as u64))
            .collect();
        let model = match trainers.as_slice() {
            [one] => one.finish(prune),
            many => Trainer::finish_mixed(many, prune),
        };
        (model, trainers.len())
    }

    /// Parameter mixing: the mean of the averaged weights of several trainers (the same
    /// classes, e.g. the same data with different seeds), pruned and quantized like
    /// [`Trainer::finish`]. Mixing cuts the variance that the training order leaves in a
    /// perceptron.
    pub fn finish_mixed(trainers: &[Trainer], prune: f32) -> Model {
        let Some(first) = trainers.first() else {
            return Trainer::new(1).finish(prune);
        };
        let n = first.n_classes;
        let k = trainers.len() as f32;
        let mut sum: IdMap<u32, Vec<f32>> = IdMap::default();
        for t in trainers {
            assert_eq!(t.n_classes, n, "mixing trainers with different classes");
            let clock = t.clock.max(1) as f32;
            for (row, &key) in t.keys.iter().enumerate() {
                let acc = sum.entry(key).or_insert_with(|| vec![0.0; n]);
                for (c, a) in acc.iter_mut().enumerate() {
                    let i = row * n + c;
                    *a += (t.total[i] + (t.clock - t.stamp[i]) as f32 * t.w[i]) / clock / k;
                }
            }
        }
        let max = sum
            .values()
            .flatten()
            .fold(0f32, |m, &x| m.max(x.abs()))
            .max(1e-9);
        let scale = 32767.0 / max;
        let feats: Vec<(u32, Vec<(u8, i16)>)> = sum
            .into_iter()
            .filter_map(|(key, avg)| {
                let ws: Vec<(u8, i16)> = avg
                    .iter()
                    .enumerate()
                    .filter_map(|(c, &a)| {
                        let q = (a * scale).round() as i32;
                        (a.abs() >= prune && q != 0).then_some((c as u8, q as i16))
                    })
                    .collect();
                (!ws.is_empty()).then_some((key, ws))
            })
            .collect();
        Model::from_features(n, feats, max / 32767.0)
    }
}

/// A trained, quantized perceptron, read-only and shareable across threads.
pub struct Model {
    n_classes: usize,
    slots: Vec<Slot>,
    mask: usize,
    /// Runs of more than [`INLINE`] entries.
    entries: Vec<u32>,
    n_weights: usize,
    /// One quantum in weight units (for reporting scores as floats).
    quantum: f32,
    /// Unique per model built in this process (keys caches of scores).
    id: u64,
}

/// One feature of [`Model`]: key (0: empty slot), `start << 8 | len` of its run of entries,
/// then the entries themselves when `len` ≤ [`INLINE`] (else the run is at `start` in
/// `Model::entries`). An entry packs the weight (i16) in the high half, the class in the low
/// byte.
#[derive(Clone, Copy, Default)]
#[repr(align(16))]
struct Slot([u32; 4]);

/// Entries kept in the slot itself.
const INLINE: usize = 2;

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Model {
    fn from_features(
        n_classes: usize,
        mut feats: Vec<(u32, Vec<(u8, i16)>)>,
        quantum: f32,
    ) -> Model {
        feats.sort_unstable_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let cap = (feats.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        let mut entries = Vec::new();
        let mut n_weights = 0;
        for (key, ws) in &feats {
            let packed: Vec<u32> = ws
                .iter()
                .map(|&(c, w)| {
                    assert!(
                        (c as usize) < n_classes,
                        "weight for class {c} of {n_classes}"
                    );
                    ((w as u16 as u32) << 16) | c as u32
                })
                .collect();
            n_weights += packed.len();
            let mut slot = Slot([*key, 0, 0, 0]);
            if packed.len() <= INLINE {
                slot.0[2..2 + packed.len()].copy_from_slice(&packed);
            } else {
                slot.0[1] = (entries.len() as u32) << 8;
                entries.extend_from_slice(&packed);
            }
            slot.0[1] |= packed.len() as u32;
            let mut i = slot_of(*key) & mask;
            while slots[i].0[0] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
        Model {
            n_classes,
            slots,
            mask,
            entries,
            n_weights,
            quantum,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// This model's process-unique id.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.n_weights
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.0[0] != 0).count()
    }

    /// Set `scores` to the sum of the weights of `feats` (in quanta).
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        self.score_add(feats, scores);
    }

    /// The entries of a slot's feature.
    #[inline(always)]
    fn run<'a>(&'a self, s: &'a Slot) -> &'a [u32] {
        let len = (s.0[1] & 0xff) as usize;
        if len <= INLINE {
            &s.0[2..2 + len]
        } else {
            let start = (s.0[1] >> 8) as usize;
            &self.entries[start..start + len]
        }
    }

    /// Add the weights of `feats` to `scores` (in quanta).
    ///
    /// The home slots of a batch of features are loaded first, as independent loads, so that
    /// their cache misses overlap; collisions are then resolved and the entries added.
    #[inline]
    pub fn score_add(&self, feats: &[u32], scores: &mut [i32]) {
        const BATCH: usize = 16;
        for chunk in feats.chunks(BATCH) {
            let mut home = [Slot::default(); BATCH];
            let mut at = [0usize; BATCH];
            for ((h, a), &f) in home.iter_mut().zip(&mut at).zip(chunk) {
                *a = slot_of(f) & self.mask;
                *h = self.slots[*a];
            }
            for ((h, &a), &f) in home.iter().zip(&at).zip(chunk) {
                let s = if h.0[0] == f {
                    h
                } else if h.0[0] == 0 {
                    continue;
                } else {
                    let mut i = (a + 1) & self.mask;
                    loop {
                        let s = &self.slots[i];
                        if s.0[0] == f {
                            break s;
                        }
                        if s.0[0] == 0 {
                            break s;
                        }
                        i = (i + 1) & self.mask;
                    }
                };
                for &e in self.run(s) {
                    scores[(e & 0xff) as usize] += (e as i32) >> 16;
                }
            }
        }
    }

    /// Write the weights.
    pub fn write(&self, w: &mut Writer) {
        let mut feats: Vec<&Slot> = self.slots.iter().filter(|s| s.0[0] != 0).collect();
        feats.sort_unstable_by_key(|s| s.0[0]);
        w.varint(self.n_classes as u64);
        w.f32(self.quantum);
        w.varint(feats.len() as u64);
        let mut prev = 0u32;
        for s in feats {
            let key = s.0[0];
            w.varint((key - prev) as u64);
            prev = key;
            let run = self.run(s);
            w.u8(run.len() as u8);
            for &e in run {
                w.u8((e & 0xff) as u8);
                w.zigzag(((e as i32) >> 16) as i64);
            }
        }
    }

    /// Read weights written by [`Model::write`].
    pub fn read(r: &mut Reader) -> Result<Model> {
        let n_classes = r.varint()? as usize;
        let quantum = r.f32()?;
        let n = r.varint()? as usize;
        if n_classes == 0 || n_classes > 255 || n > 50_000_000 {
            return Err(Error::Model(format!(
                "implausible sizes: {n_classes} classes, {n} features"
            )));
        }
        let mut feats = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            let key = prev
                .checked_add(r.varint()? as u32)
                .ok_or_else(|| Error::Model("feature keys out of order".into()))?;
            prev = key;
            let len = r.u8()? as usize;
            let mut ws = Vec::with_capacity(len);
            for _ in 0..len {
                let c = r.u8()?;
                if c as usize >= n_classes {
                    return Err(Error::Model(format!("class {c} out of range")));
                }
                ws.push((c, r.zigzag()? as i16));
            }
            if key == 0 {
                return Err(Error::Model("feature key 0".into()));
            }
            feats.push((key, ws));
        }
        Ok(Model::from_features(n_classes, feats, quantum))
    }
}

#[inline]
fn slot_of(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        // Class 0 when feature 10 is on, class 1 when feature 20 is on; 5 is always on.
        let mut t = Trainer::new(2);
        let data = [(vec![5u32, 10], 0usize), (vec![5, 20], 1)];
        let mut s = [0f32; 2];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut s);
                let g = if s[1] > s[0] { 1 } else { 0 };
                t.tick();
                t.update(*y, g, f);
            }
        }
        let m = t.finish(0.0);
        let mut q = [0i32; 2];
        m.score(&[5, 10], &mut q);
        assert!(q[0] > q[1]);
        m.score(&[5, 20], &mut q);
        assert!(q[1] > q[0]);
        let mut w = Writer::new();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let m2 = Model::read(&mut Reader::new(&bytes)).unwrap();
        m2.score(&[20, 99], &mut q);
        assert!(q[1] > q[0]);
        assert_eq!(m2.n_features(), m.n_features());
    }

    #[test]
    fn mixing_averages_the_weights_of_several_trainers() {
        // One trainer learns feature 1 -> class 0, the other feature 2 -> class 1.
        let mut a = Trainer::new(2);
        a.tick();
        a.update(0, 1, &[1]);
        a.tick();
        let mut b = Trainer::new(2);
        b.tick();
        b.update(1, 0, &[2]);
        b.tick();
        let m = Trainer::finish_mixed(&[a, b], 0.0);
        let mut q = [0i32; 2];
        m.score(&[1], &mut q);
        assert!(q[0] > 0 && q[1] < 0);
        let mut r = [0i32; 2];
        m.score(&[2], &mut r);
        assert_eq!(r, [q[1], q[0]], "the two features get mirrored weights");
        // Mixing one trainer with itself is that trainer.
        let mut c = Trainer::new(2);
        c.tick();
        c.update(0, 1, &[1, 3]);
        c.tick();
        let (x, y) = (c.finish(0.0), Trainer::finish_mixed(&[c], 0.0));
        let (mut s, mut t) = ([0i32; 2], [0i32; 2]);
        x.score(&[1, 3], &mut s);
        y.score(&[1, 3], &mut t);
        assert_eq!(s, t);
    }
}
