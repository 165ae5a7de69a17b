//! `chronicle eval events`: event coding against chronicle's own gold set.

use std::path::PathBuf;

use anyhow::Context as _;
use chronicle_doc::{DateSource, Document, Meta};
use chronicle_events::eval::{read_gold, score_report, Scores};

/// Arguments of `eval events`.
#[derive(clap::Args)]
pub struct EvalEventsArgs {
    /// Gold file (JSONL, see data/gold/README.md).
    #[arg(long, default_value = "data/gold/events.jsonl")]
    pub gold: PathBuf,
    /// Which split to score: dev, test, dev2 / dev3 (written after dev tuning) or all.
    #[arg(long, default_value = "dev", value_parser = ["dev", "test", "dev2", "dev3", "all"])]
    pub split: String,
    /// Extra knowledge-base files.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_files: Vec<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each report's predicted events next to the gold ones (for error analysis).
    #[arg(long)]
    pub verbose: bool,
}

/// Run `eval events`.
pub fn eval_events(args: EvalEventsArgs) -> anyhow::Result<i32> {
    let reports = read_gold(&args.gold, &args.split)
        .with_context(|| format!("cannot load the gold set {}", args.gold.display()))?;
    let pipeline = super::extract::pipeline(&args.kb_files)?;
    let mut scores = Scores::default();
    for r in &reports {
        let meta = Meta {
            id: r.id.clone(),
            published: r.published.clone(),
            published_source: r.published.as_ref().map(|_| DateSource::Override),
            ..Meta::default()
        };
        let mut doc = Document::new(r.text.clone(), meta);
        if let Err(e) = pipeline.run(&mut doc) {
            eprintln!("chronicle: {}: {e}", r.id);
        }
        let mut one = Scores::default();
        score_report(r, &doc, &mut one);
        if args.verbose {
            println!(
                "## {} matched {}/{} gold, {} predicted",
                r.id, one.matched, one.gold, one.predicted
            );
            for g in &r.events {
                println!(
                    "  gold {} {:?} a1={:?} a2={:?} f={:?} i={:?} date={:?} loc={:?} | {:?}",
                    g.kind,
                    g.acled_sub_event_type,
                    g.actor1.as_ref().and_then(|a| a.name.clone()),
                    g.actor2.as_ref().and_then(|a| a.name.clone()),
                    g.fatalities,
                    g.injured,
                    g.date,
                    g.location.as_ref().and_then(|l| l.name.clone()),
                    g.evidence
                        .as_deref()
                        .map(|e| e.chars().take(60).collect::<String>())
                );
            }
            for p in &doc.events {
                println!(
                    "  pred {} {:?} a1={:?} a2={:?} f={:?} i={:?} date={:?} loc={:?} trig={:?}{}{}",
                    p.kind,
                    p.acled_sub_event_type,
                    p.actor1.as_ref().map(|a| format!(
                        "{}|{:?}|{:?}",
                        a.canonical.clone().unwrap_or_default(),
                        a.kind,
                        a.country
                    )),
                    p.actor2.as_ref().map(|a| format!(
                        "{}|{:?}|{:?}",
                        a.canonical.clone().unwrap_or_default(),
                        a.kind,
                        a.country
                    )),
                    p.fatalities,
                    p.injured,
                    p.date,
                    p.location.as_ref().map(|l| l.name.clone()),
                    p.trigger.map(|t| doc.slice(t.0).to_string()),
                    if p.negated { " NEG" } else { "" },
                    if p.hypothetical { " HYP" } else { "" },
                );
            }
        }
        score_report(r, &doc, &mut scores);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        println!("split: {}  gold: {}", args.split, args.gold.display());
        print!("{}", scores.table());
    }
    Ok(0)
}
