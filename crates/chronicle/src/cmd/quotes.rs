//! `chronicle eval quotes`: quotes and attribution against PolNeAR. The reader and scorer
//! live in `chronicle_quotes::polnear`; this runs the standard pipeline on each text.

use std::path::PathBuf;

use anyhow::Context;
use chronicle_doc::Meta;
use chronicle_pipeline::{standard, PipelineConfig};
use chronicle_quotes::polnear::{load_split, Scores};

/// Arguments of `chronicle eval quotes`.
#[derive(clap::Args)]
pub struct EvalQuotesArgs {
    /// A PolNeAR split directory with `text/` and `attributions/`, e.g.
    /// ../shared/data/polnear/dev.
    #[arg(long)]
    pub polnear: PathBuf,
    /// Score only the first N articles (sorted by name).
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Run the evaluation; exit code 0, or 2 when the split has no articles.
pub fn eval_quotes(args: EvalQuotesArgs) -> anyhow::Result<i32> {
    let mut articles = load_split(&args.polnear)
        .with_context(|| format!("cannot read {}", args.polnear.display()))?;
    if let Some(n) = args.limit {
        articles.truncate(n);
    }
    if articles.is_empty() {
        eprintln!(
            "no articles in {}: pass a PolNeAR split, e.g. --polnear ../shared/data/polnear/dev",
            args.polnear.display()
        );
        return Ok(2);
    }
    let pipeline = standard(&PipelineConfig {
        kb_files: Vec::new(),
    })?;
    let names = pipeline.stage_names();
    let started = std::time::Instant::now();
    let mut scores = Scores::default();
    for a in &articles {
        let mut doc = chronicle_read::read_txt(
            &a.text,
            Meta {
                id: a.stem.clone(),
                ..Meta::default()
            },
        );
        if let Err(e) = pipeline.run(&mut doc) {
            eprintln!("{}: {e}", a.stem);
        }
        scores.add(a, &doc);
    }
    println!(
        "chronicle quotes on {} ({} articles, {:.1}s; stages: {})",
        args.polnear.display(),
        articles.len(),
        started.elapsed().as_secs_f64(),
        names.join(" -> ")
    );
    println!("{}", scores.report());
    Ok(0)
}
