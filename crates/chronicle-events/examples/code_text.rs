//! Code the events of one plain-text report with the events stage alone and print them:
//! `cargo run --release -p chronicle-events --example code_text -- FILE [PUBLISHED]`.

use std::sync::Arc;

use chronicle_doc::{Document, Meta, Stage};
use chronicle_events::EventStage;
use chronicle_kb::Kb;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: code_text FILE [PUBLISHED]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let meta = Meta {
        published: args.get(2).cloned(),
        ..Meta::default()
    };
    let mut doc = Document::new(text, meta);
    let _ = chronicle_text::TextStage::new().run(&mut doc);
    let _ = EventStage::new(Arc::new(Kb::builtin())).run(&mut doc);
    for e in &doc.events {
        let a = |x: &Option<chronicle_doc::Actor>| {
            x.as_ref().map(|a| {
                format!(
                    "{} [{:?} {:?} {:?}]",
                    a.canonical.clone().unwrap_or_default(),
                    a.kind,
                    a.country,
                    a.code
                )
            })
        };
        println!(
            "{} {:?}/{:?} trig={:?} ev={:?}\n   a1={:?}\n   a2={:?}\n   f={:?} i={:?} q={:?} resp={:?} neg={} hyp={} date={:?}",
            e.kind, e.acled_event_type, e.acled_sub_event_type, e.trigger.map(|t| doc.slice(t.0).to_string()), doc.slice(e.evidence.0).chars().take(70).collect::<String>(),
            a(&e.actor1), a(&e.actor2), e.fatalities, e.injured, e.qualifiers, e.responsibility.as_ref().map(|r| &r.status), e.negated, e.hypothetical, e.date
        );
    }
}
