//! The seed article: no dateline, captions dated "November 6", the attack on "Sunday" two
//! days after "Friday's" protests, "in 2019" and "two years ago": the stage must infer
//! 2021-11-07 (marked as inferred) and resolve the relative expressions against it.

use chronicle_doc::{DateSource, Document, Meta, Stage};
use chronicle_time::TimeStage;

fn seed() -> Option<String> {
    let root = std::env::var("CHRONICLE_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    let path = std::path::Path::new(&root).join("seed/000_263e5c83ecafaaa9.txt");
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!(
                "skipping: {} not found (set CHRONICLE_SHARED)",
                path.display()
            );
            None
        }
    }
}

fn run(text: &str) -> Document {
    let mut doc = Document::new(text, Meta::default());
    chronicle_text::TextStage::new().run(&mut doc).unwrap();
    TimeStage::new().run(&mut doc).unwrap();
    doc
}

fn value_of<'a>(doc: &'a Document, covered: &str) -> Vec<&'a str> {
    doc.times
        .iter()
        .filter(|t| doc.slice(t.span.0) == covered)
        .map(|t| t.value.as_str())
        .collect()
}

#[test]
fn seed_publication_date_is_inferred() {
    let Some(text) = seed() else { return };
    let doc = run(&text);
    assert_eq!(doc.meta.published.as_deref(), Some("2021-11-07"));
    assert_eq!(doc.meta.published_source, Some(DateSource::Inferred));
    let c = doc.meta.published_confidence.unwrap();
    assert!(c > 0.3 && c < 0.9, "confidence {c}");
    assert!(doc.diagnostics.iter().any(|d| d.stage == "time.v1"));
}

#[test]
fn seed_relative_expressions_resolve() {
    let Some(text) = seed() else { return };
    let doc = run(&text);
    assert!(value_of(&doc, "Sunday").iter().all(|v| *v == "2021-11-07"));
    assert!(!value_of(&doc, "Sunday").is_empty());
    assert_eq!(value_of(&doc, "Friday"), ["2021-11-05", "2021-11-05"]);
    assert_eq!(value_of(&doc, "October 10"), ["2021-10-10"]);
    assert_eq!(value_of(&doc, "two years ago"), ["2019"]);
    assert_eq!(value_of(&doc, "2019"), ["2019"]);
    assert_eq!(value_of(&doc, "last night"), ["2021-11-06TNI"]);
    assert_eq!(value_of(&doc, "yesterday"), ["2021-11-06"]);
    assert_eq!(value_of(&doc, "last month"), ["2021-10"]);
    assert_eq!(value_of(&doc, "November 6"), ["2021-11-06", "2021-11-06"]);
    assert_eq!(value_of(&doc, "two days"), ["P2D"]);
}

#[test]
fn given_published_date_is_kept() {
    let Some(text) = seed() else { return };
    let mut doc = Document::new(
        text.as_str(),
        Meta {
            published: Some("2021-11-08".into()),
            published_source: Some(DateSource::Metadata),
            ..Meta::default()
        },
    );
    chronicle_text::TextStage::new().run(&mut doc).unwrap();
    TimeStage::new().run(&mut doc).unwrap();
    assert_eq!(doc.meta.published.as_deref(), Some("2021-11-08"));
    assert_eq!(doc.meta.published_source, Some(DateSource::Metadata));
    assert_eq!(value_of(&doc, "Friday"), ["2021-11-05", "2021-11-05"]);
}
