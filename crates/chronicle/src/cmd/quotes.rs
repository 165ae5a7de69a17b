//! Quote scoring against PolNeAR (owned by chronicle-quotes).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalQuotesArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_quotes(_args: EvalQuotesArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_quotes` is not built yet")
}

