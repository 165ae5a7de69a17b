//! `chronicle eval times`: temporal expressions against TimeML gold (TempEval-3 TimeBank and
//! AQUAINT). The scorer lives in `chronicle_time::timeml`.

use std::path::PathBuf;

use anyhow::Context;
use chronicle_time::timeml::{self, Prf};

/// Arguments of `chronicle eval times`.
#[derive(clap::Args)]
pub struct EvalTimesArgs {
    /// Directory of TimeML `.tml` files (searched recursively), e.g. ../shared/data/tempeval3.
    #[arg(long)]
    pub timeml: PathBuf,
    /// Score another system's predictions instead of chronicle's: JSON lines
    /// `{"doc","start","end","type","value"}` with character offsets into the stripped text.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Print error examples (missed, spurious, wrong value).
    #[arg(long)]
    pub verbose: bool,
    /// How many error examples of each kind `--verbose` prints.
    #[arg(long, default_value_t = 15)]
    pub examples: usize,
}

fn row(name: &str, p: &Prf) {
    println!(
        "{name:<16} {:>6.3} {:>6.3} {:>6.3}   (gold {}, predicted {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.n_gold,
        p.n_pred
    );
}

/// Run the evaluation; exit code 0, or 2 when no TimeML file is found.
pub fn eval_times(args: EvalTimesArgs) -> anyhow::Result<i32> {
    let files = timeml::find_files(&args.timeml)
        .with_context(|| format!("cannot list {}", args.timeml.display()))?;
    if files.is_empty() {
        eprintln!("no .tml files under {}: pass the TempEval-3 folder, e.g. --timeml ../shared/data/tempeval3", args.timeml.display());
        return Ok(2);
    }
    let docs = files
        .iter()
        .map(|f| timeml::read(f))
        .collect::<Result<Vec<_>, _>>()?;
    let preds = match &args.predictions {
        Some(p) => Some(timeml::load_predictions(p, &docs)?),
        None => None,
    };
    let started = std::time::Instant::now();
    let score = timeml::evaluate(&docs, preds.as_ref());
    let secs = started.elapsed().as_secs_f64();
    let system = if args.predictions.is_some() {
        "predictions file"
    } else {
        "chronicle time.v1"
    };
    println!("{system} on {} documents ({:.2}s)", score.n_docs, secs);
    println!("{:<16} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
    row("span relaxed", &score.relaxed);
    row("span strict", &score.strict);
    row("type", &score.kind);
    row("value", &score.value);
    println!("per type (relaxed span / value):");
    for (t, p) in &score.by_type_span {
        let v = score.by_type_value.get(t).copied().unwrap_or_default();
        println!(
            "  {t:<10} span P {:.3} R {:.3} F1 {:.3}   value P {:.3} R {:.3} F1 {:.3}   (gold {}, predicted {})",
            p.precision(), p.recall(), p.f1(), v.precision(), v.recall(), v.f1(), p.n_gold, p.n_pred
        );
    }
    if args.verbose {
        for what in ["value", "missed", "spurious"] {
            println!("-- {what} errors (first {}):", args.examples);
            for e in score
                .errors
                .iter()
                .filter(|e| e.what == what)
                .take(args.examples)
            {
                println!(
                    "  {:<28} {:<30} gold {:<14} predicted {}",
                    e.doc,
                    format!("{:?}", e.text),
                    e.gold,
                    e.predicted
                );
            }
        }
    }
    Ok(0)
}
