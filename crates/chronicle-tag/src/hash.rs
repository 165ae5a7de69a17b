//! Feature hashing: features are 32-bit keys built from a template id and the bytes of a
//! value, so extracting features never allocates a string.

use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hash a byte string (FNV-1a style, 64 bits, then mixed).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Combine two hashes.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let h = (a ^ b.rotate_left(23)).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The 32-bit feature key of template `template` with value hash `value`. Never 0 (0 marks an
/// empty slot in [`crate::perceptron::Model`]).
#[inline]
pub fn key(template: u32, value: u64) -> u32 {
    let h = mix(value, (template as u64).wrapping_mul(K) ^ 0x5bd1_e995);
    let h = h.wrapping_mul(K);
    let k = (h >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// A hasher for keys that already are hashes: it passes them through.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix(self.0, hash_bytes(bytes));
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(K);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(K);
    }
}

/// A `HashMap` over pre-hashed keys.
pub type IdMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_by_template_and_are_never_zero() {
        let v = hash_bytes(b"baghdad");
        assert_ne!(key(1, v), key(2, v));
        assert_eq!(key(1, v), key(1, hash_bytes(b"baghdad")));
        assert!((0..10_000u32).all(|t| key(t, 0) != 0));
    }
}
