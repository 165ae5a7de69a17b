//! The linker stage (`links.v1`): ties NER entities to the knowledge base.

use std::sync::Arc;

use chronicle_doc::{BlockKind, Document, LayerKind, Stage, StageError};

use crate::kb::Kb;
use crate::scan::ScanContext;

/// Sets `canonical`, `kb_id`, `kind` and `country` on every entity the KB knows: country
/// names and demonyms, organisations, groups, people by full or partial name, titled roles.
#[derive(Clone, Debug)]
pub struct LinkStage {
    kb: Arc<Kb>,
}

impl LinkStage {
    /// A linker over `kb`.
    pub fn new(kb: Arc<Kb>) -> LinkStage {
        LinkStage { kb }
    }

    /// The scan context of a document: its main country and publication day.
    pub fn context(kb: &Kb, doc: &Document) -> ScanContext {
        ScanContext {
            default_country: kb.main_country(doc.text()),
            date: doc
                .meta
                .published
                .as_deref()
                .and_then(|p| p.get(..10))
                .map(str::to_string),
        }
    }
}

impl Stage for LinkStage {
    fn name(&self) -> &'static str {
        "links.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Entities]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Links]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        if doc.entities.is_empty() {
            return Ok(());
        }
        let ctx = LinkStage::context(&self.kb, doc);
        let mentions = self.kb.scan(doc.text(), 0, &ctx);
        let text = doc.text().to_owned();
        let doc_blocks: Vec<Credit> = doc
            .blocks
            .iter()
            .map(|b| {
                (
                    b.span.start(),
                    b.span.end(),
                    b.kind,
                    b.credit.map(|c| (c.start(), c.end())),
                )
            })
            .collect();
        for ent in &mut doc.entities {
            let (s, e) = (ent.span.start(), ent.span.end());
            // A country name or nationality adjective ("Iraqi") names the country, even when
            // it modifies a longer mention ("Iraqi President Barham Salih").
            if let Some(c) = self.kb.country_by_name(&text[s..e]) {
                ent.kb_id = Some(format!("country:{}", c.alpha3));
                ent.country = Some(c.alpha3.clone());
                if self.kb.country(&c.alpha3).is_some_and(|_| {
                    crate::text::norm_phrase(&text[s..e]) == crate::text::norm_phrase(&c.name)
                        || c.aliases.iter().any(|a| {
                            crate::text::norm_phrase(a) == crate::text::norm_phrase(&text[s..e])
                        })
                }) {
                    ent.canonical = Some(c.name.clone());
                    ent.kind = Some(chronicle_doc::ActorKind::State);
                }
                continue;
            }
            // Names in caption credits ("[Name/Agency]"), bylines and source lines are
            // photographers and reporters: never linked to people or office holders.
            if in_credit(&doc_blocks, &text, s) {
                continue;
            }
            // The mention that overlaps the entity most. A title followed by a name the KB
            // does not know ("Interior Ministry Spokesman Saad Maan") stands for that person
            // only where the entity touches the name, not the organisation before the title.
            let best = mentions
                .iter()
                .filter(|m| m.start < e && s < m.end)
                .filter(|m| m.name.is_none_or(|(ns, ne)| ns < e && s < ne))
                .max_by_key(|m| m.end.min(e) - m.start.max(s));
            if let Some(m) = best {
                if !m.actor.canonical.is_empty() {
                    ent.canonical = Some(m.actor.canonical.clone());
                }
                ent.kb_id = m.actor.kb_id.clone();
                ent.kind = Some(m.actor.kind);
                ent.country = m.actor.country.clone();
                continue;
            }
        }
        Ok(())
    }
}

/// A block's start, end, kind and credit span.
type Credit = (usize, usize, BlockKind, Option<(usize, usize)>);

/// Whether byte `at` lies in a byline or source block, or inside square brackets of a
/// caption (the photo credit).
fn in_credit(blocks: &[Credit], text: &str, at: usize) -> bool {
    blocks.iter().any(|&(s, e, kind, credit)| {
        if credit.is_some_and(|(a, b)| a <= at && at < b) {
            return true;
        }
        if !(s <= at && at < e) {
            return false;
        }
        match kind {
            BlockKind::Byline | BlockKind::Source => true,
            BlockKind::Caption => {
                let before = &text[s..at];
                before
                    .rfind('[')
                    .is_some_and(|o| before[o..].find(']').is_none())
            }
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::{ActorKind, Entity, EntityLabel, Meta};

    /// `doc` with an entity at the first occurrence of each name, after the link stage ran.
    fn linked(mut doc: Document, names: &[(&str, EntityLabel)]) -> Document {
        for &(w, l) in names {
            let at = doc.text().find(w).unwrap();
            let span = doc.span(at, at + w.len()).unwrap();
            doc.entities.push(Entity::new(span, l));
        }
        LinkStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        doc
    }

    #[test]
    fn links_people_igos_and_demonyms() {
        let text = "Iraqi President Barham Salih and UNAMI condemned the attack on al-Kadhimi.";
        let meta = Meta {
            published: Some("2021-11-07".into()),
            ..Meta::default()
        };
        let doc = linked(
            Document::new(text, meta),
            &[
                ("Iraqi", EntityLabel::Misc),
                ("Barham Salih", EntityLabel::Per),
                ("UNAMI", EntityLabel::Org),
                ("al-Kadhimi", EntityLabel::Per),
            ],
        );
        let e = &doc.entities;
        assert_eq!(e[0].country.as_deref(), Some("IRQ"));
        assert_eq!(e[1].canonical.as_deref(), Some("Barham Salih"));
        assert_eq!(e[1].kind, Some(ActorKind::Government));
        assert_eq!(e[2].kb_id.as_deref(), Some("igo:UNAMI"));
        assert_eq!(e[2].kind, Some(ActorKind::Igo));
        assert_eq!(e[3].canonical.as_deref(), Some("Mustafa al-Kadhimi"));
        assert_eq!(e[3].country.as_deref(), Some("IRQ"));
    }

    #[test]
    fn an_organisation_before_a_title_is_not_the_titled_person() {
        let text = "Interior Ministry Spokesman Saad Maan told state television.";
        let doc = linked(
            Document::new(text, Meta::default()),
            &[
                ("Interior Ministry", EntityLabel::Org),
                ("Saad Maan", EntityLabel::Per),
            ],
        );
        assert_ne!(
            doc.entities[0].canonical.as_deref(),
            Some("Saad Maan"),
            "{:?}",
            doc.entities[0]
        );
        assert_eq!(doc.entities[1].canonical.as_deref(), Some("Saad Maan"));
    }

    #[test]
    fn caption_credits_are_not_linked_to_office_holders() {
        let text = "Protesters burn portraits near the Green Zone [Thaier Al-Sudani/ Reuters]\n\nSudani spoke.";
        let meta = Meta {
            published: Some("2024-01-07".into()),
            ..Meta::default()
        };
        let mut doc = Document::new(text, meta);
        let cap_end = text.find('\n').unwrap();
        doc.blocks.push(chronicle_doc::Block {
            kind: BlockKind::Caption,
            span: doc.span(0, cap_end).unwrap().into(),
            credit: None,
        });
        for w in ["Al-Sudani", "Sudani spoke"] {
            let at = text.find(w).unwrap();
            let len = if w == "Sudani spoke" { 6 } else { w.len() };
            doc.entities.push(Entity::new(
                doc.span(at, at + len).unwrap(),
                EntityLabel::Per,
            ));
        }
        LinkStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        assert_eq!(doc.entities[0].kb_id, None, "{:?}", doc.entities[0]);
        assert_eq!(
            doc.entities[1].canonical.as_deref(),
            Some("Mohammed Shia al-Sudani")
        );
    }

    #[test]
    fn empty_document_is_fine() {
        let mut doc = Document::new("", Meta::default());
        LinkStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        assert!(doc.entities.is_empty());
    }
}
