//! Score the events stage alone (text + events, no tagger, time or places) against the gold
//! set: `cargo run --release -p chronicle-events --example eval_gold -- data/gold/events.jsonl dev`.
//! The full pipeline is scored by `chronicle eval events`.

use std::sync::Arc;

use chronicle_doc::{Document, Meta, Stage};
use chronicle_events::eval::{read_gold, score_report, Scores};
use chronicle_events::EventStage;
use chronicle_kb::Kb;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("data/gold/events.jsonl");
    let split = args.get(2).map(String::as_str).unwrap_or("dev");
    let verbose = args.iter().any(|a| a == "-v");
    let reports = match read_gold(std::path::Path::new(path), split) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let text_stage = chronicle_text::TextStage::new();
    let stage = EventStage::new(Arc::new(Kb::builtin()));
    let mut scores = Scores::default();
    for r in &reports {
        let meta = Meta {
            id: r.id.clone(),
            published: r.published.clone(),
            ..Meta::default()
        };
        let mut doc = Document::new(r.text.clone(), meta);
        let _ = text_stage.run(&mut doc);
        let _ = stage.run(&mut doc);
        let mut one = Scores::default();
        score_report(r, &doc, &mut one);
        if verbose
            && (one.matched < one.gold
                || one.matched < one.predicted
                || one.type_ok < one.matched
                || one.toll_ok < one.matched)
        {
            println!("## {} {}", r.id, r.text);
            for g in &r.events {
                println!(
                    "  gold {} {:?} a1={:?} a2={:?} f={:?} i={:?} trig={:?}",
                    g.kind,
                    g.acled_sub_event_type,
                    g.actor1.as_ref().and_then(|a| a.name.clone()),
                    g.actor2.as_ref().and_then(|a| a.name.clone()),
                    g.fatalities,
                    g.injured,
                    g.evidence
                        .as_deref()
                        .map(|e| e.chars().take(50).collect::<String>())
                );
            }
            for p in &doc.events {
                println!(
                    "  pred {} {:?} a1={:?} a2={:?} f={:?} i={:?} trig={:?}{}{}",
                    p.kind,
                    p.acled_sub_event_type,
                    p.actor1.as_ref().and_then(|a| a.canonical.clone()),
                    p.actor2.as_ref().and_then(|a| a.canonical.clone()),
                    p.fatalities,
                    p.injured,
                    p.trigger.map(|t| doc.slice(t.0).to_string()),
                    if p.negated { " NEG" } else { "" },
                    if p.hypothetical { " HYP" } else { "" }
                );
            }
        }
        score_report(r, &doc, &mut scores);
    }
    print!("{}", scores.table());
}
