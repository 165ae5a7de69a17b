//! Fuzz checks for the readers and the tokenizer, shared by the cargo-fuzz targets
//! (`fuzz_targets/*.rs`, nightly + libFuzzer) and the stable fallback (`stable_fuzz`).
//!
//! Each check feeds arbitrary bytes to one entry point and asserts its invariants; a panic
//! is a finding.

use chronicle_doc::{Meta, Stage};

/// Names of the checks, as accepted by [`check`].
pub const TARGETS: [&str; 4] = ["read_txt", "read_html", "read_json", "tokenize"];

/// Run the check `target` on `data`. Unknown names panic.
pub fn check(target: &str, data: &[u8]) {
    match target {
        "read_txt" => read_txt(data),
        "read_html" => read_html(data),
        "read_json" => read_json(data),
        "tokenize" => tokenize(data),
        _ => panic!("unknown fuzz target {target:?}; one of {TARGETS:?}"),
    }
}

fn check_blocks(doc: &chronicle_doc::Document) {
    let text = doc.text();
    for b in &doc.blocks {
        assert!(b.span.end() <= text.len(), "block past the text");
        assert!(text.is_char_boundary(b.span.start()) && text.is_char_boundary(b.span.end()));
        if let Some(c) = &b.credit {
            assert!(b.span.contains(c.0), "credit outside its block");
        }
    }
    for w in doc.blocks.windows(2) {
        assert!(
            w[0].span.end() <= w[1].span.start(),
            "blocks overlap or are out of order"
        );
    }
}

/// Plain text: the text is kept exactly, blocks lie inside it, in order, without overlap.
pub fn read_txt(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let doc = chronicle_read::read_txt(s, Meta::default());
    assert_eq!(doc.text(), s);
    check_blocks(&doc);
}

/// HTML: never panics; a document's blocks lie inside its text.
pub fn read_html(data: &[u8]) {
    if let Ok(doc) = chronicle_read::read_html(data, Meta::default(), "fuzz") {
        check_blocks(&doc);
    }
}

/// JSON and JSONL records: never panic.
pub fn read_json(data: &[u8]) {
    if let Ok(doc) = chronicle_read::read_json_line(data, "fuzz:1") {
        check_blocks(&doc);
    }
    for r in chronicle_read::read_json_file(data, "fuzz") {
        if let Ok(doc) = r.result {
            check_blocks(&doc);
        }
    }
}

/// Tokenizer and sentence splitter: tokens and sentences lie on char boundaries, in order.
pub fn tokenize(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut tokens = Vec::new();
    chronicle_text::tokenize_into(s, 0, &mut tokens);
    let mut last = 0;
    for t in &tokens {
        assert!(t.span.start() >= last, "tokens out of order");
        assert!(
            t.span.end() <= s.len()
                && s.is_char_boundary(t.span.start())
                && s.is_char_boundary(t.span.end())
        );
        assert!(!t.span.is_empty(), "empty token");
        last = t.span.end();
    }
    let mut doc = chronicle_read::read_txt(s, Meta::default());
    if chronicle_text::TextStage::new().run(&mut doc).is_ok() {
        for sent in &doc.sentences {
            assert!(sent.span.end() <= s.len());
            assert!(
                sent.token_range().end <= doc.tokens.len(),
                "sentence tokens out of range"
            );
        }
    }
}
