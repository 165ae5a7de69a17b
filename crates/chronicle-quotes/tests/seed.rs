//! The seed article (read from the shared folder, skipped when absent): every quotation a
//! reader sees, with the speaker a human checked.

use chronicle_doc::{Document, EntityLabel, Meta};

fn shared() -> std::path::PathBuf {
    std::env::var_os("CHRONICLE_SHARED")
        .map(Into::into)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into())
}

/// The seed through the standard pipeline (text, pos, ner, coref, ..., quotes): the entities
/// are the NER tagger's, not hand-made.
pub fn seed_doc() -> Option<Document> {
    let path = shared().join("seed/000_263e5c83ecafaaa9.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return None;
    };
    let pipeline = chronicle_pipeline::standard(&chronicle_pipeline::PipelineConfig {
        kb_files: Vec::new(),
    })
    .expect("standard pipeline");
    assert!(pipeline.stage_names().contains(&"quotes.v1"));
    let mut doc = chronicle_read::read_txt(&text, Meta::default());
    pipeline.run(&mut doc).expect("pipeline runs on the seed");
    Some(doc)
}

/// (start of the content, canonical speaker, channel): checked by a human against the article.
const EXPECTED: &[(&str, &str, Option<&str>)] = &[
    ("cowardly", "Mustafa al-Kadhimi", None),
    ("calm and restraint", "Mustafa al-Kadhimi", None),
    (
        "The cowardly terrorist attack",
        "Office of Mustafa al-Kadhimi",
        Some("statement"),
    ),
    ("that at least six members", "Security sources", None),
    (
        "Security forces in the area",
        "Saad Maan",
        Some("television"),
    ),
    ("that those behind an attempt", "Mustafa al-Kadhimi", None),
    (
        "We will pursue those",
        "Mustafa al-Kadhimi",
        Some("statement"),
    ),
    ("the attack a “terrorist aggression”", "Barham Salih", None),
    ("This requires unity", "Barham Salih", Some("twitter")),
    ("The blood of martyrs", "Qais al-Khazali", None),
    (
        "The protesters only had one demand",
        "Qais al-Khazali",
        None,
    ),
    ("residents of the city heard", "Mahmoud Abdelwahed", None),
    ("Stupid and shortsighted", "Randa Slim", None),
    ("Sunday’s attack was not “just", "Randa Slim", None),
    ("It really amounts to a coup", "Randa Slim", None),
    ("that while there has been no claim", "Randa Slim", None),
    ("Recently, some members", "Randa Slim", None),
    (
        "the attack was a “cowardly terrorist act”",
        "Foreign Ministry of Saudi Arabia",
        None,
    ),
    (
        "The attempt … is a new sedition",
        "Ali Shamkhani",
        Some("twitter"),
    ),
    (
        "in the “strongest terms",
        "United Nations Assistance Mission for Iraq",
        None,
    ),
    (
        "Terrorism, violence and unlawful acts",
        "United Nations Assistance Mission for Iraq",
        Some("statement"),
    ),
    (
        "The perpetrators of this terrorist attack",
        "Joe Biden",
        Some("statement"),
    ),
];

#[test]
fn seed_quotes_have_the_speakers_a_reader_sees() {
    let Some(doc) = seed_doc() else { return };
    for (start, speaker, channel) in EXPECTED {
        let q = doc
            .quotes
            .iter()
            .find(|q| doc.slice(q.content.0).starts_with(start))
            .unwrap_or_else(|| panic!("no quote starting {start:?}"));
        let got = q.speaker.as_ref().and_then(|s| s.canonical.as_deref());
        assert_eq!(got, Some(*speaker), "speaker of {start:?}");
        // with the NER tagger on, a named speaker points at its tagged entity, a person or
        // an organisation in a coreference chain
        if !matches!(
            *speaker,
            "Security sources" | "Foreign Ministry of Saudi Arabia"
        ) {
            let ent = q
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .and_then(|e| doc.entities.get(e as usize))
                .unwrap_or_else(|| panic!("no speaker entity for {start:?}"));
            assert!(
                matches!(ent.label, EntityLabel::Per | EntityLabel::Org) && ent.chain.is_some(),
                "speaker entity of {start:?}: {ent:?}"
            );
        }
        if channel.is_some() {
            assert_eq!(q.channel.as_deref(), *channel, "channel of {start:?}");
        }
    }
    let told = doc
        .quotes
        .iter()
        .find(|q| doc.slice(q.content.0).starts_with("It really amounts"))
        .unwrap();
    assert_eq!(told.addressee.as_deref(), Some("Al Jazeera"));
    let maan = doc
        .quotes
        .iter()
        .find(|q| {
            doc.slice(q.content.0)
                .starts_with("Security forces in the area")
        })
        .unwrap();
    assert_eq!(maan.kind, chronicle_doc::QuoteKind::Indirect);
    assert_eq!(maan.addressee.as_deref(), Some("al-Iraqiya"));
    // the multi-paragraph quotation is one quote, closed in its last paragraph
    let long = doc
        .quotes
        .iter()
        .find(|q| doc.slice(q.content.0).starts_with("Recently, some members"))
        .unwrap();
    assert!(doc.slice(long.content.0).contains("But in my opinion"));
}

#[test]
fn seed_role_titles_stay_out_of_speaker_names() {
    let Some(doc) = seed_doc() else { return };
    for q in &doc.quotes {
        if let Some(c) = q.speaker.as_ref().and_then(|s| s.canonical.as_deref()) {
            for title in ["Spokesman ", "President ", "PM ", "prime minister"] {
                assert!(!c.contains(title), "title in speaker name {c:?}");
            }
        }
    }
}
