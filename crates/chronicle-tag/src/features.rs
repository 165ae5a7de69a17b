//! Per-token word information shared by the taggers: hashes of the word, its lower case,
//! prefixes, suffixes, shape, case class and word cluster — computed once per token with a
//! reused buffer, no allocation per token.

use crate::clusters::Clusters;
use crate::hash::hash_bytes;

/// Case class of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Case {
    /// All letters lower case.
    Lower = 0,
    /// First letter upper, the rest lower ("Baghdad").
    Title = 1,
    /// All letters upper ("UNAMI").
    Upper = 2,
    /// Mixed ("iPhone", "McDonald").
    Mixed = 3,
    /// No letters.
    None = 4,
}

/// What the taggers know about one token before looking at its neighbours.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tok {
    /// Hash of the exact word.
    pub word: u64,
    /// Hash of the lower-cased word.
    pub lower: u64,
    /// Hash of the collapsed shape ("Xxxx", "dd-dd").
    pub shape: u64,
    /// Hashes of the lower-cased prefixes of 1..=3 chars (0 if the word is shorter).
    pub pre: [u64; 3],
    /// Hashes of the lower-cased suffixes of 1..=4 chars (0 if the word is shorter).
    pub suf: [u64; 4],
    /// Case class (a [`Case`] as u8).
    pub case: u8,
    /// Flags: 1 digit, 2 hyphen, 4 period, 8 apostrophe, 16 first letter upper.
    pub flags: u8,
    /// Length in chars, capped at 15.
    pub len: u8,
    /// Word cluster path + 1 (0: unknown word).
    pub cluster: u32,
    /// For hyphenated words, hash of the lower-cased part after the last hyphen and its case
    /// (`al-Kadhimi` → `kadhimi`, Title); 0 otherwise.
    pub tail: u64,
}

impl Tok {
    /// Whether the first letter is upper case.
    pub fn cap(&self) -> bool {
        self.flags & 16 != 0
    }

    /// Whether any letter is upper case (`Iraq`, `UNAMI`, `al-Kadhimi`).
    pub fn has_upper(&self) -> bool {
        self.case == Case::Title as u8
            || self.case == Case::Upper as u8
            || self.case == Case::Mixed as u8
    }
}

/// Fills [`Tok`]s, reusing its buffers.
#[derive(Default)]
pub struct TokBuilder {
    lower: String,
    shape: Vec<u8>,
}

impl TokBuilder {
    /// A builder.
    pub fn new() -> TokBuilder {
        TokBuilder::default()
    }

    /// Compute the word information of `word`.
    pub fn tok(&mut self, word: &str, clusters: &Clusters) -> Tok {
        self.lower.clear();
        self.shape.clear();
        let (mut n_up, mut n_low, mut n) = (0usize, 0usize, 0usize);
        let mut flags = 0u8;
        let mut first_upper = false;
        let mut first_letter = true;
        let mut last = 0u8;
        let mut run = 0;
        for c in word.chars() {
            n += 1;
            let class = if c.is_uppercase() {
                n_up += 1;
                b'X'
            } else if c.is_lowercase() {
                n_low += 1;
                b'x'
            } else if c.is_ascii_digit() {
                flags |= 1;
                b'd'
            } else if c.is_alphabetic() {
                n_low += 1;
                b'x'
            } else {
                match c {
                    '-' | '–' => flags |= 2,
                    '.' => flags |= 4,
                    '\'' | '’' => flags |= 8,
                    _ => {}
                }
                if c.is_ascii() {
                    c as u8
                } else {
                    b'*'
                }
            };
            if class == b'X' || class == b'x' {
                if first_letter {
                    first_upper = class == b'X';
                }
                first_letter = false;
            }
            if class == last {
                run += 1;
            } else {
                run = 1;
                last = class;
            }
            if run <= 3 {
                self.shape.push(class);
            }
            if c.is_ascii() {
                self.lower.push(c.to_ascii_lowercase());
            } else if c == '’' {
                self.lower.push('\'');
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        if first_upper {
            flags |= 16;
        }
        let case = if n_up + n_low == 0 {
            Case::None
        } else if n_up == 0 {
            Case::Lower
        } else if n_low == 0 {
            if n_up == 1 && n == 1 {
                Case::Title
            } else {
                Case::Upper
            }
        } else if first_upper && n_up == 1 {
            Case::Title
        } else {
            Case::Mixed
        };
        let lower = hash_bytes(self.lower.as_bytes());
        let mut pre = [0u64; 3];
        let mut suf = [0u64; 4];
        let l = &self.lower;
        let mut k = 0;
        for (i, _) in l.char_indices().skip(1).take(3) {
            pre[k] = hash_bytes(&l.as_bytes()[..i]);
            k += 1;
        }
        if k < 3 && l.chars().count() > k {
            pre[k] = lower;
        }
        for (k, (i, _)) in l.char_indices().rev().take(4).enumerate() {
            suf[k] = hash_bytes(&l.as_bytes()[i..]);
        }
        let tail = match word.rfind('-') {
            Some(h) if h > 0 && h + 1 < word.len() => {
                let seg = &word[h + 1..];
                let c = seg.chars().next().map_or(0u64, |c| {
                    if c.is_uppercase() {
                        1
                    } else if c.is_lowercase() {
                        2
                    } else {
                        3
                    }
                });
                crate::hash::mix(
                    hash_bytes(
                        &self.lower.as_bytes()[self.lower.len().saturating_sub(seg.len())..],
                    ),
                    c,
                )
            }
            _ => 0,
        };
        Tok {
            tail,
            word: hash_bytes(word.as_bytes()),
            lower,
            shape: hash_bytes(&self.shape),
            pre,
            suf,
            case: case as u8,
            flags,
            len: n.min(15) as u8,
            cluster: clusters.get(lower),
        }
    }
}

/// A set of feature templates (ids below 128) as a bit mask, for skipping templates whose
/// scores a tagger takes from a cache instead (see [`crate::cache`]).
pub const fn templates(ids: &[u32]) -> u128 {
    let mut m = 0u128;
    let mut k = 0;
    while k < ids.len() {
        m |= 1 << ids[k];
        k += 1;
    }
    m
}

/// Whether template `tpl` is not in the skipped set `skip` (bit 127 stands for every
/// template from 127 up).
#[inline(always)]
pub fn keep(skip: u128, tpl: u32) -> bool {
    skip >> tpl.min(127) & 1 == 0
}

/// A probe sentence in which the token at the returned index sees `t` at offset `j` (−2, −1,
/// +1 or +2; `None` = no word there, i.e. the sentence edge); `d` fills the other places.
/// The word-form caches score a form's neighbour features on it.
pub(crate) fn seen_at<T: Copy>(t: Option<T>, d: T, j: isize) -> (Vec<T>, usize) {
    match (t, j) {
        (None, _) => (vec![d], 0),
        (Some(t), -1) => (vec![t, d], 1),
        (Some(t), 1) => (vec![d, t], 0),
        (Some(t), -2) => (vec![t, d, d], 2),
        (Some(t), _) => (vec![d, d, t], 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_shape_and_affixes() {
        let c = Clusters::default();
        let mut b = TokBuilder::new();
        let t = b.tok("UNAMI", &c);
        assert_eq!(t.case, Case::Upper as u8);
        assert_eq!(t.shape, hash_bytes(b"XXX"));
        let t = b.tok("al-Kadhimi", &c);
        assert_eq!(t.case, Case::Mixed as u8);
        assert_eq!(t.flags & 2, 2);
        assert!(!t.cap());
        assert_eq!(t.suf[2], hash_bytes(b"imi"));
        assert_eq!(t.pre[1], hash_bytes(b"al"));
        let t = b.tok("Iraq", &c);
        assert_eq!(t.case, Case::Title as u8);
        assert_eq!(t.lower, b.tok("IRAQ", &c).lower);
        assert_eq!(b.tok("I", &c).case, Case::Title as u8);
        assert_eq!(b.tok("1,000", &c).case, Case::None as u8);
    }
}
