//! Score HTML extraction without the `chronicle` binary:
//! `cargo run --release -p chronicle-read --example eval_html -- PAGES TRUTH [EXTRACTOR] [--per-page]`.
//! The same as `chronicle eval html`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!(
            "usage: eval_html PAGES_DIR TRUTH_JSON [trafilatura|readability|combined] [--per-page]"
        );
        std::process::exit(2);
    }
    let extractor = args
        .get(2)
        .filter(|a| !a.starts_with("--"))
        .map(|a| {
            chronicle_read::Extractor::parse(a)
                .expect("extractor: trafilatura, readability or combined")
        })
        .unwrap_or(chronicle_read::Extractor::Combined);
    let results =
        chronicle_read::score::evaluate_pages(args[0].as_ref(), args[1].as_ref(), extractor)
            .unwrap_or_else(|e| {
                eprintln!("eval_html: {e}");
                std::process::exit(1)
            });
    if args.iter().any(|a| a == "--per-page") {
        for r in &results {
            let c = &r.counts;
            println!(
                "{} {:>6} {:.3} {:.3} {:.3}",
                &r.id[..12],
                r.n_words,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
    }
    if let Ok(dir) = std::env::var("EVAL_HTML_DUMP") {
        std::fs::create_dir_all(&dir).expect("dump dir");
        for r in &results {
            std::fs::write(format!("{dir}/{}.txt", r.id), &r.body).expect("dump");
        }
    }
    let s = chronicle_read::score::summarize(&results.iter().map(|r| r.counts).collect::<Vec<_>>());
    println!(
        "extractor={} pages={} precision={:.4} recall={:.4} F1={:.4}",
        extractor.name(),
        results.len(),
        s.precision,
        s.recall,
        s.f1
    );
}
