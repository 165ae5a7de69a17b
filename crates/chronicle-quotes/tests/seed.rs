//! The seed article (read from the shared folder, skipped when absent): every quotation a
//! reader sees, with the speaker a human checked.

use chronicle_doc::{Document, Entity, EntityLabel, Meta, Stage};

fn shared() -> std::path::PathBuf {
    std::env::var_os("CHRONICLE_SHARED")
        .map(Into::into)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into())
}

/// Person and organisation names of the seed, tagged by hand (the NER stage may not be
/// registered yet): every occurrence of each name becomes an entity.
const NAMES: &[(&str, EntityLabel)] = &[
    ("Mustafa al-Kadhimi", EntityLabel::Per),
    ("Mustafa Al-Kadhimi", EntityLabel::Per),
    ("Al-Kadhimi", EntityLabel::Per),
    ("al-Kadhimi", EntityLabel::Per),
    ("Saad Maan", EntityLabel::Per),
    ("Barham Salih", EntityLabel::Per),
    ("Salih", EntityLabel::Per),
    ("Qais al-Khazali", EntityLabel::Per),
    ("Asaib Ahl al-Haq", EntityLabel::Org),
    ("Mahmoud Abdelwahed", EntityLabel::Per),
    ("Muqtada al-Sadr", EntityLabel::Per),
    ("al-Sadr", EntityLabel::Per),
    ("Randa Slim", EntityLabel::Per),
    ("Middle East Institute", EntityLabel::Org),
    ("Hisham al-Hashemi", EntityLabel::Per),
    ("Ali Shamkhani", EntityLabel::Per),
    (
        "United Nations Assistance Mission for Iraq",
        EntityLabel::Org,
    ),
    ("UNAMI", EntityLabel::Org),
    ("Joe Biden", EntityLabel::Per),
    ("Al-Arabiya", EntityLabel::Org),
    ("Al Jazeera", EntityLabel::Org),
    ("Reuters", EntityLabel::Org),
];

pub fn seed_doc() -> Option<Document> {
    let path = shared().join("seed/000_263e5c83ecafaaa9.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return None;
    };
    let mut doc = Document::new(text.clone(), Meta::default());
    chronicle_text::TextStage::new().run(&mut doc).unwrap();
    let mut spans: Vec<(usize, usize, EntityLabel)> = Vec::new();
    for (name, label) in NAMES {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            // whole words only, and not inside a longer name already taken
            let before_ok = text[..at]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-');
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-');
            if before_ok && after_ok && !spans.iter().any(|&(s, e, _)| s < end && at < e) {
                spans.push((at, end, *label));
            }
        }
    }
    spans.sort_by_key(|x| (x.0, x.1));
    for (s, e, l) in spans {
        doc.entities.push(Entity::new(doc.span(s, e).unwrap(), l));
    }
    chronicle_coref::CorefStage::new().run(&mut doc).unwrap();
    chronicle_quotes::QuotesStage::new().run(&mut doc).unwrap();
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
