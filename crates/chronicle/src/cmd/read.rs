//! `chronicle eval html`: score HTML main-text extraction against the article-extraction
//! benchmark (token 4-shingle precision/recall/F1, as its `evaluate.py`).

use std::path::PathBuf;

use chronicle_read::score::{evaluate_pages, summarize};
use chronicle_read::Extractor;

/// Arguments of `eval html`.
#[derive(clap::Args)]
pub struct EvalHtmlArgs {
    /// Directory of pages, `<id>.html.gz` or `<id>.html`.
    #[arg(long, value_name = "DIR")]
    pub pages: PathBuf,
    /// Ground truth: `{"<id>": {"articleBody": "..."}}`.
    #[arg(long, value_name = "FILE")]
    pub truth: PathBuf,
    /// Boilerplate remover: trafilatura, readability or combined.
    #[arg(long, default_value = "combined", value_parser = parse_extractor)]
    pub extractor: Extractor,
    /// Print one line per page (id, words, precision, recall, F1).
    #[arg(long)]
    pub per_page: bool,
    /// Write each extracted body to DIR/<id>.txt for inspection.
    #[arg(long, value_name = "DIR")]
    pub dump: Option<PathBuf>,
}

fn parse_extractor(s: &str) -> Result<Extractor, String> {
    Extractor::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Extractor::ALL.iter().map(|e| e.name()).collect();
        format!(
            "unknown extractor {s:?}; choose one of: {}",
            names.join(", ")
        )
    })
}

/// Run `eval html`.
pub fn eval_html(args: EvalHtmlArgs) -> anyhow::Result<i32> {
    match report(args) {
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(0)
        }
        other => other,
    }
}

fn report(args: EvalHtmlArgs) -> anyhow::Result<i32> {
    use std::io::Write as _;
    let results = evaluate_pages(&args.pages, &args.truth, args.extractor)?;
    let mut out = std::io::stdout().lock();
    if args.per_page {
        writeln!(
            out,
            "{:<66} {:>6} {:>6} {:>6} {:>6}",
            "page", "words", "P", "R", "F1"
        )?;
        for r in &results {
            let c = &r.counts;
            writeln!(
                out,
                "{:<66} {:>6} {:>6.3} {:>6.3} {:>6.3}",
                r.id,
                r.n_words,
                c.precision(),
                c.recall(),
                c.f1()
            )?;
        }
    }
    if let Some(dir) = &args.dump {
        std::fs::create_dir_all(dir)?;
        for r in &results {
            std::fs::write(dir.join(format!("{}.txt", r.id)), &r.body)?;
        }
    }
    let counts: Vec<_> = results.iter().map(|r| r.counts).collect();
    let s = summarize(&counts);
    writeln!(
        out,
        "extractor={} pages={} precision={:.4} recall={:.4} F1={:.4}",
        args.extractor.name(),
        results.len(),
        s.precision,
        s.recall,
        s.f1
    )?;
    Ok(0)
}
