//! Temporal expression scoring (owned by chronicle-time).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalTimesArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_times(_args: EvalTimesArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_times` is not built yet")
}

