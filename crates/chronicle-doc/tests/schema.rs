//! The JSON Schema in docs/schema stays true: every key a fully populated document writes is
//! declared there, and every required key is written.

use chronicle_doc::*;
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../docs/schema/document.schema.json");

fn full_document() -> Document {
    let text = "Iraq’s PM said “calm” on Sunday in Baghdad; 6 were hurt.";
    let mut doc = Document::new(
        text,
        Meta {
            url: Some("u".into()),
            title: Some("t".into()),
            byline: Some("b".into()),
            source: Some("s".into()),
            published: Some("2021-11-07".into()),
            published_source: Some(DateSource::Inferred),
            published_confidence: Some(0.8),
            language: Some("en".into()),
            origin: Some("o".into()),
            ..Meta::default()
        },
    );
    let sp = |a: &str| {
        let i = text.find(a).unwrap();
        Span::new_in(text, i, i + a.len()).unwrap()
    };
    doc.blocks.push(Block {
        kind: BlockKind::Caption,
        span: TextSpan(sp("Iraq")),
        credit: Some(TextSpan(sp("PM"))),
    });
    doc.sentences.push(Sentence {
        span: sp("Iraq"),
        first_token: 0,
        n_tokens: 1,
    });
    doc.entities.push(Entity {
        span: TextSpan(sp("Iraq")),
        label: EntityLabel::Loc,
        canonical: Some("Iraq".into()),
        kb_id: Some("country:IRQ".into()),
        kind: Some(ActorKind::State),
        country: Some("IRQ".into()),
        chain: Some(0),
    });
    doc.chains.push(Chain {
        canonical: "Iraq".into(),
        label: Some(EntityLabel::Loc),
        kb_id: Some("country:IRQ".into()),
        mentions: vec![TextSpan(sp("Iraq"))],
    });
    doc.times.push(Timex {
        span: TextSpan(sp("Sunday")),
        kind: TimexType::Date,
        value: "2021-11-07".into(),
        anchor: "published".into(),
        confidence: 0.9,
    });
    doc.places.push(Place {
        span: TextSpan(sp("Baghdad")),
        name: "Baghdad".into(),
        id: "geonames:98182".into(),
        country: "IQ".into(),
        admin1: Some("Baghdad".into()),
        lat: 33.3,
        lon: 44.4,
        kind: "city".into(),
        confidence: 0.9,
    });
    doc.quantities.push(Quantity {
        span: TextSpan(sp("6")),
        value: 6,
        qualifier: "exactly".into(),
        unit: Some("people".into()),
    });
    doc.quotes.push(Quote {
        content: TextSpan(sp("calm")),
        kind: QuoteKind::Direct,
        cue: Some(TextSpan(sp("said"))),
        speaker: Some(Speaker {
            span: TextSpan(sp("PM")),
            canonical: Some("x".into()),
            entity: Some(0),
        }),
        channel: Some("statement".into()),
        addressee: Some("y".into()),
    });
    let actor = Actor {
        name: "a".into(),
        canonical: Some("c".into()),
        kind: Some(ActorKind::Military),
        country: Some("IRQ".into()),
        code: Some("IRQMIL".into()),
        span: Some(TextSpan(sp("PM"))),
    };
    doc.events.push(Event {
        kind: "ASSAULT".into(),
        mode: Some("drone".into()),
        acled_event_type: Some("Explosions/Remote violence".into()),
        acled_sub_event_type: Some("Air/drone strike".into()),
        trigger: Some(TextSpan(sp("hurt"))),
        actor1: Some(actor.clone()),
        actor2: Some(actor.clone()),
        responsibility: Some(Responsibility {
            status: "unclaimed".into(),
            actor: Some(actor),
        }),
        location: Some(Location {
            name: "Baghdad".into(),
            admin1: Some("Baghdad".into()),
            country: Some("IQ".into()),
            lat: Some(33.3),
            lon: Some(44.4),
            precision: Some("city".into()),
            place: Some(0),
        }),
        date: Some("2021-11-07".into()),
        date_precision: Some("day".into()),
        fatalities: Some(0),
        injured: Some(6),
        arrested: Some(1),
        displaced: Some(2),
        qualifiers: vec!["injured:at_least".into()],
        negated: false,
        hypothetical: false,
        evidence: TextSpan(sp("6 were hurt")),
    });
    doc.diagnostics.push(Diagnostic {
        stage: "x.v1".into(),
        message: "m".into(),
        span: Some(sp("6")),
    });
    doc
}

/// Check every key of `value` against `schema`, recursively.
fn check(value: &Value, schema: &Value, path: &str, problems: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let Some(props) = props else {
                problems.push(format!("{path}: object without declared properties"));
                return;
            };
            for (k, v) in map {
                match props.get(k) {
                    Some(sub) => check(v, sub, &format!("{path}.{k}"), problems),
                    None => problems.push(format!("{path}.{k}: not declared in the schema")),
                }
            }
            for req in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let req = req.as_str().unwrap();
                if !map.contains_key(req) {
                    problems.push(format!(
                        "{path}.{req}: required by the schema but not written"
                    ));
                }
            }
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").cloned().unwrap_or(Value::Null);
            for (i, v) in items.iter().enumerate() {
                check(v, &item_schema, &format!("{path}[{i}]"), problems);
            }
        }
        _ => {}
    }
}

#[test]
fn every_written_key_is_declared_in_the_schema() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let doc = full_document();
    let mut problems = Vec::new();
    check(&doc.to_json_value(), &schema, "$", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_bare_document_has_every_required_key() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let doc = Document::new("x", Meta::default());
    let mut problems = Vec::new();
    check(&doc.to_json_value(), &schema, "$", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
}
