//! Score the tagger on a TimeML folder without the `chronicle` binary:
//! `cargo run --release -p chronicle-time --example timeml_eval -- ../shared/data/tempeval3 [N]`
//! prints the headline figures and N error examples of each kind. `PREDICTIONS=file.jsonl`
//! scores another system's predictions instead; `DUMP=file.jsonl` writes chronicle's
//! predictions and the gold expressions for error analysis.

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/data/tempeval3".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let files = chronicle_time::timeml::find_files(std::path::Path::new(&dir)).expect("list");
    let docs: Vec<_> = files
        .iter()
        .map(|f| chronicle_time::timeml::read(f).expect("read"))
        .collect();
    if let Ok(out) = std::env::var("DUMP") {
        // Every prediction and gold expression, one JSON line each, for error analysis.
        let mut lines = String::new();
        for d in &docs {
            for t in chronicle_time::tag(&d.text, d.dct.as_deref()) {
                lines += &serde_json::json!({"doc": d.id, "dct": d.dct, "src": "pred", "start": t.start, "end": t.end,
                    "text": &d.text[t.start..t.end], "type": format!("{:?}", t.kind).to_uppercase(), "value": t.value}).to_string();
                lines.push('\n');
            }
            for g in &d.gold {
                lines += &serde_json::json!({"doc": d.id, "dct": d.dct, "src": "gold", "start": g.start, "end": g.end,
                    "text": &d.text[g.start..g.end], "type": g.kind, "value": g.value}).to_string();
                lines.push('\n');
            }
        }
        std::fs::write(out, lines).expect("write dump");
    }
    if let Some(id) = args.next() {
        for d in docs.iter().filter(|d| d.id == id) {
            for t in chronicle_time::tag(&d.text, d.dct.as_deref()) {
                println!(
                    "pred {:?} {:?} {}",
                    &d.text[t.start..t.end],
                    t.kind,
                    t.value
                );
            }
            for g in &d.gold {
                println!("gold {:?} {} {}", &d.text[g.start..g.end], g.kind, g.value);
            }
        }
        return;
    }
    // PREDICTIONS=file.jsonl scores another system's output with the same scorer.
    let preds = std::env::var("PREDICTIONS").ok().map(|p| {
        chronicle_time::timeml::load_predictions(std::path::Path::new(&p), &docs)
            .expect("predictions")
    });
    let s = chronicle_time::timeml::evaluate(&docs, preds.as_ref());
    for (name, p) in [
        ("relaxed", s.relaxed),
        ("strict", s.strict),
        ("type", s.kind),
        ("value", s.value),
    ] {
        println!(
            "{name:<8} P {:.3} R {:.3} F1 {:.3}",
            p.precision(),
            p.recall(),
            p.f1()
        );
    }
    for (t, p) in &s.by_type_value {
        println!(
            "  {t:<9} value P {:.3} R {:.3} F1 {:.3} (gold {}, pred {})",
            p.precision(),
            p.recall(),
            p.f1(),
            p.n_gold,
            p.n_pred
        );
    }
    for what in ["value", "missed", "spurious"] {
        for e in s.errors.iter().filter(|e| e.what == what).take(n) {
            println!(
                "{what:<8} {:<26} {:<32} gold {:<14} pred {}",
                e.doc,
                format!("{:?}", e.text),
                e.gold,
                e.predicted
            );
        }
    }
}
