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
    ("United Nations Assistance Mission for Iraq", EntityLabel::Org),
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
            let before_ok = text[..at].chars().last().is_none_or(|c| !c.is_alphanumeric() && c != '-');
            let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-');
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

#[test]
fn seed_quotes_print() {
    let Some(doc) = seed_doc() else { return };
    for q in &doc.quotes {
        let sp = q.speaker.as_ref();
        println!(
            "{:?} [{}] cue={:?} speaker={:?} -> {:?} ch={:?} to={:?}",
            q.kind,
            doc.slice(q.content.0).chars().take(70).collect::<String>(),
            q.cue.map(|c| doc.slice(c.0).to_string()),
            sp.map(|s| doc.slice(s.span.0).to_string()),
            sp.and_then(|s| s.canonical.clone()),
            q.channel,
            q.addressee
        );
    }
    assert!(!doc.quotes.is_empty());
}
