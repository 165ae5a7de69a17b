//! Sentence and token scoring (owned by chronicle-text).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalSentencesArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_sentences(_args: EvalSentencesArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_sentences` is not built yet")
}

