//! Precision, recall and F1 from counts: the one implementation every `eval` command shares.

use serde::Serialize;

/// Counts of correct, predicted and gold items.
///
/// ```
/// let p = chronicle_doc::score::Prf { tp: 3, n_pred: 4, n_gold: 6 };
/// assert_eq!(p.precision(), 0.75);
/// assert_eq!(p.recall(), 0.5);
/// assert!((p.f1() - 0.6).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    /// Correct predictions (true positives).
    pub tp: usize,
    /// Predictions.
    pub n_pred: usize,
    /// Gold items.
    pub n_gold: usize,
}

impl Prf {
    /// Precision: `tp / n_pred` (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.n_pred)
    }

    /// Recall: `tp / n_gold` (0 when there is no gold item).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.n_gold)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Add counts.
    pub fn add(&mut self, tp: usize, n_pred: usize, n_gold: usize) {
        self.tp += tp;
        self.n_pred += n_pred;
        self.n_gold += n_gold;
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of `p` and `r` (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}
