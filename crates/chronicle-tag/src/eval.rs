//! Scorers: token accuracy for POS, conlleval-style chunk precision/recall/F1 for NER.

use std::collections::BTreeMap;
use std::fmt;

/// Extract `(type, start, end)` chunks from BIO tags (an `I-X` without a preceding `B-X`/`I-X`
/// starts a chunk, as conlleval does).
pub fn chunks(tags: &[impl AsRef<str>]) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(String, usize)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (bio, ty) = if t == "O" || t.len() < 3 {
            ("O", "")
        } else {
            (&t[..1], &t[2..])
        };
        let continues = bio == "I" && cur.as_ref().is_some_and(|c| c.0 == ty);
        if !continues {
            if let Some((cty, s)) = cur.take() {
                out.push((cty, s, i));
            }
            if bio != "O" {
                cur = Some((ty.to_string(), i));
            }
        }
    }
    if let Some((cty, s)) = cur {
        out.push((cty, s, tags.len()));
    }
    out
}

/// Counts for NER scoring.
#[derive(Clone, Debug, Default)]
pub struct NerScore {
    /// Per type: (true positives, predicted, gold).
    pub per_type: BTreeMap<String, (usize, usize, usize)>,
    /// Tokens with the right tag.
    pub tokens_right: usize,
    /// Tokens.
    pub tokens: usize,
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl NerScore {
    /// Add one sentence.
    pub fn add(&mut self, gold: &[impl AsRef<str>], pred: &[impl AsRef<str>]) {
        self.tokens += gold.len();
        self.tokens_right += gold
            .iter()
            .zip(pred)
            .filter(|(g, p)| g.as_ref() == p.as_ref())
            .count();
        let g = chunks(gold);
        let p = chunks(pred);
        for c in &g {
            self.per_type.entry(c.0.clone()).or_default().2 += 1;
        }
        for c in &p {
            let e = self.per_type.entry(c.0.clone()).or_default();
            e.1 += 1;
            if g.contains(c) {
                e.0 += 1;
            }
        }
    }

    /// Overall (micro) precision, recall, F1.
    pub fn overall(&self) -> (f64, f64, f64) {
        let (tp, p, g) = self
            .per_type
            .values()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
        prf(tp, p, g)
    }

    /// Overall F1.
    pub fn f1(&self) -> f64 {
        self.overall().2
    }

    /// Token accuracy.
    pub fn accuracy(&self) -> f64 {
        self.tokens_right as f64 / self.tokens.max(1) as f64
    }
}

impl fmt::Display for NerScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, r, f1) = self.overall();
        let (_, pred, gold) = self
            .per_type
            .values()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
        writeln!(
            f,
            "tokens {}, gold entities {gold}, predicted {pred}",
            self.tokens
        )?;
        writeln!(f, "token accuracy {:.2}%", 100.0 * self.accuracy())?;
        writeln!(
            f,
            "{:<8} {:>9} {:>9} {:>9} {:>7}",
            "type", "precision", "recall", "F1", "gold"
        )?;
        for (ty, &(tp, pr, go)) in &self.per_type {
            let (p, r, f1) = prf(tp, pr, go);
            writeln!(
                f,
                "{ty:<8} {:>9.2} {:>9.2} {:>9.2} {go:>7}",
                100.0 * p,
                100.0 * r,
                100.0 * f1
            )?;
        }
        write!(
            f,
            "{:<8} {:>9.2} {:>9.2} {:>9.2} {gold:>7}",
            "overall",
            100.0 * p,
            100.0 * r,
            100.0 * f1
        )
    }
}

/// POS accuracy counts.
#[derive(Clone, Debug, Default)]
pub struct PosScore {
    /// Tokens.
    pub tokens: usize,
    /// Tokens with the right UPOS.
    pub upos_right: usize,
    /// Tokens with the right XPOS.
    pub xpos_right: usize,
}

impl PosScore {
    /// UPOS accuracy.
    pub fn upos(&self) -> f64 {
        self.upos_right as f64 / self.tokens.max(1) as f64
    }
    /// XPOS accuracy.
    pub fn xpos(&self) -> f64 {
        self.xpos_right as f64 / self.tokens.max(1) as f64
    }
}

impl fmt::Display for PosScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "tokens {}\nUPOS accuracy {:.2}%\nXPOS accuracy {:.2}%",
            self.tokens,
            100.0 * self.upos(),
            100.0 * self.xpos()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_scoring_matches_hand_count() {
        let gold = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"];
        let pred = ["B-PER", "I-PER", "O", "B-ORG", "I-ORG"];
        assert_eq!(
            chunks(&gold),
            [
                ("PER".into(), 0, 2),
                ("LOC".into(), 3, 4),
                ("ORG".into(), 4, 5)
            ]
        );
        let mut s = NerScore::default();
        s.add(&gold, &pred);
        // One of three gold chunks found, one of two predicted right.
        let (p, r, _) = s.overall();
        assert!((p - 0.5).abs() < 1e-9);
        assert!((r - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.tokens_right, 3);
        assert_eq!(chunks(&["I-LOC", "I-LOC"]), [("LOC".into(), 0, 2)]);
    }
}
