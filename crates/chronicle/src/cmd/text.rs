//! `chronicle eval sentences`: sentence-boundary F1 and token agreement against CoNLL-U.

use std::path::PathBuf;

use anyhow::Context as _;

/// Arguments of `eval sentences`.
#[derive(clap::Args)]
pub struct EvalSentencesArgs {
    /// A CoNLL-U file (e.g. UD English-EWT dev).
    #[arg(long, value_name = "FILE")]
    pub conllu: PathBuf,
    /// Also pass paragraph breaks as paragraph blocks (as a reader of structured input would).
    #[arg(long)]
    pub blocks: bool,
    /// Print up to N boundary errors with context.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
}

/// Run `eval sentences`.
pub fn eval_sentences(args: EvalSentencesArgs) -> anyhow::Result<i32> {
    let src = std::fs::read_to_string(&args.conllu)
        .with_context(|| format!("cannot read {}", args.conllu.display()))?;
    let docs = chronicle_text::eval::read_conllu(&src);
    let report = chronicle_text::eval::evaluate(&docs, args.blocks, args.errors);
    print!("{report}");
    for (kind, ctx) in &report.errors {
        println!("{kind:<8} {ctx}");
    }
    Ok(0)
}
