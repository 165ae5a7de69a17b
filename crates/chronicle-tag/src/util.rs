//! Small helpers for training: a seeded random generator and case variants of sentences used
//! to augment the training data (ALL-CAPS lines, Title Case headlines).

/// A small seeded xorshift generator (training must be reproducible).
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A float in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Shuffle `v` in place.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as",
];

/// The word as it would appear in a Title Case headline.
pub fn title_case(word: &str) -> String {
    let mut cs = word.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() && !SMALL_WORDS.contains(&word) => {
            c.to_uppercase().chain(cs).collect()
        }
        _ => word.to_string(),
    }
}

/// How a training sentence is varied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// As written.
    Asis,
    /// ALL CAPS.
    Upper,
    /// Title Case.
    Title,
}

/// Apply a variant to the words of a sentence.
pub fn vary(words: &[String], v: Variant) -> Vec<String> {
    match v {
        Variant::Asis => words.to_vec(),
        Variant::Upper => words.iter().map(|w| w.to_uppercase()).collect(),
        Variant::Title => words.iter().map(|w| title_case(w)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_keeps_small_words() {
        let w: Vec<String> = ["drone", "attack", "on", "al-Kadhimi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            vary(&w, Variant::Title),
            ["Drone", "Attack", "on", "Al-Kadhimi"]
        );
        assert_eq!(vary(&w, Variant::Upper)[3], "AL-KADHIMI");
        let mut r = Rng::new(1);
        let mut v = vec![1, 2, 3, 4, 5];
        r.shuffle(&mut v);
        v.sort();
        assert_eq!(v, [1, 2, 3, 4, 5]);
    }
}
