//! The committed models (`crates/chronicle-tag/models/*.bin`, built by `scripts/train-models`),
//! embedded in the binary, parsed once on first use and shared by every thread.

use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::{NerTagger, PosTagger};

/// The committed POS model file.
pub static POS_MODEL: &[u8] = include_bytes!("../models/pos.bin");
/// The committed NER model file.
pub static NER_MODEL: &[u8] = include_bytes!("../models/ner.bin");

fn load<T>(
    cell: &'static OnceLock<std::result::Result<Arc<T>, String>>,
    bytes: &[u8],
    f: fn(&[u8]) -> Result<T>,
) -> Result<Arc<T>> {
    cell.get_or_init(|| {
        if bytes.is_empty() {
            return Err("no model committed; run scripts/train-models".to_string());
        }
        f(bytes).map(Arc::new).map_err(|e| e.to_string())
    })
    .clone()
    .map_err(Error::Model)
}

/// The committed POS tagger (loaded on first call).
pub fn pos() -> Result<Arc<PosTagger>> {
    static CELL: OnceLock<std::result::Result<Arc<PosTagger>, String>> = OnceLock::new();
    load(&CELL, POS_MODEL, PosTagger::from_bytes)
}

/// The committed NER tagger (loaded on first call).
pub fn ner() -> Result<Arc<NerTagger>> {
    static CELL: OnceLock<std::result::Result<Arc<NerTagger>, String>> = OnceLock::new();
    load(&CELL, NER_MODEL, NerTagger::from_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_models_load_once_and_tag() {
        let a = pos().expect("pos model");
        let b = pos().expect("pos model");
        assert!(Arc::ptr_eq(&a, &b), "loaded once, shared");
        let tags = a.tag_words(&["The", "minister", "visited", "Baghdad", "on", "Sunday", "."]);
        assert_eq!(tags[0].0.as_str(), "DET");
        assert_eq!(tags[2].0.as_str(), "VERB");
        assert_eq!(tags[6].1.as_str(), ".");
        let n = ner().expect("ner model");
        let t = n.tag_words(&[vec![
            "Prime",
            "Minister",
            "Mustafa",
            "al-Kadhimi",
            "visited",
            "Baghdad",
            ".",
        ]]);
        assert_eq!(t[0][2..4], ["B-PER", "I-PER"]);
        assert_eq!(t[0][5], "B-LOC");
    }

    #[test]
    fn committed_models_write_back_byte_for_byte() {
        // The in-memory layout (inline weight runs, see `perceptron`) must not change the
        // file format.
        assert!(pos().expect("pos model").to_bytes() == POS_MODEL);
        assert!(ner().expect("ner model").to_bytes() == NER_MODEL);
    }

    #[test]
    fn damaged_model_bytes_are_an_error_not_a_panic() {
        assert!(PosTagger::from_bytes(b"not a model").is_err());
        assert!(NerTagger::from_bytes(&POS_MODEL[..POS_MODEL.len() / 2]).is_err());
        // A POS model is not a NER model.
        assert!(NerTagger::from_bytes(POS_MODEL).is_err());
    }
}
