//! Near-duplicate detection for wire copy republished by many outlets: MinHash signatures
//! over word 4-shingles, with locality-sensitive hashing (16 bands of 4 rows) to find
//! candidates and the estimated Jaccard similarity to confirm them.
//!
//! A near duplicate is kept as a link (`duplicates` table), never discarded.

/// Number of hash functions in a signature.
pub const N_HASHES: usize = 64;
/// Rows per LSH band (`N_HASHES / ROWS` bands).
const ROWS: usize = 4;
/// Words per shingle.
const SHINGLE: usize = 4;
/// Documents with fewer words are never called duplicates (too little evidence).
pub const MIN_WORDS: usize = 40;
/// Estimated Jaccard similarity from which two texts are near duplicates.
pub const THRESHOLD: f32 = 0.6;

/// A MinHash signature.
pub type Signature = [u32; N_HASHES];

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn fnv64(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The signature of `text`, or `None` when it has fewer than [`MIN_WORDS`] words.
pub fn signature(text: &str) -> Option<Signature> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let mut sig = [u32::MAX; N_HASHES];
    for sh in words.windows(SHINGLE) {
        let h = fnv64(sh);
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = (splitmix(h ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d)) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    Some(sig)
}

/// The LSH band keys of a signature (one per band; the band number is mixed in).
pub fn band_keys(sig: &Signature) -> Vec<i64> {
    sig.chunks(ROWS)
        .enumerate()
        .map(|(b, rows)| {
            let mut h = splitmix(b as u64 + 1);
            for &r in rows {
                h = splitmix(h ^ r as u64);
            }
            h as i64
        })
        .collect()
}

/// Estimated Jaccard similarity of the shingle sets behind two signatures.
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / N_HASHES as f32
}

/// Signature as stored (little-endian u32s).
pub fn to_blob(sig: &Signature) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Signature from its stored form.
pub fn from_blob(blob: &[u8]) -> Option<Signature> {
    if blob.len() != N_HASHES * 4 {
        return None;
    }
    let mut sig = [0u32; N_HASHES];
    for (i, c) in blob.chunks_exact(4).enumerate() {
        sig[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> String {
        let mut s = String::new();
        for i in 0..12 {
            s.push_str(&format!(
                "Officials in the northern province said on Tuesday that road number {i} was closed after heavy rain flooded several villages near the river. "
            ));
        }
        s
    }

    #[test]
    fn republished_wire_copy_with_new_headline_and_cut_ending_is_a_near_duplicate() {
        let a = story();
        let b = format!(
            "Floods close roads in the north\n\n{}",
            &a[..a.len() * 85 / 100]
        );
        let (sa, sb) = (signature(&a).unwrap(), signature(&b).unwrap());
        let sim = similarity(&sa, &sb);
        assert!(sim >= THRESHOLD, "similarity {sim}");
        let shared = band_keys(&sa)
            .iter()
            .zip(band_keys(&sb))
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(shared > 0, "no shared LSH band");
    }

    #[test]
    fn different_stories_are_not_duplicates() {
        let a = story();
        let b: String = (0..60).map(|i| format!("The parliament voted on budget item {i} after a long debate about schools and hospitals. ")).collect();
        assert!(similarity(&signature(&a).unwrap(), &signature(&b).unwrap()) < 0.2);
    }

    #[test]
    fn short_texts_get_no_signature() {
        assert!(signature("Too short to judge.").is_none());
    }

    #[test]
    fn blob_round_trips() {
        let s = signature(&story()).unwrap();
        assert_eq!(from_blob(&to_blob(&s)), Some(s));
    }
}
