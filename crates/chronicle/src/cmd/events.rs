//! Event coding scoring (owned by chronicle-events).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalEventsArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_events(_args: EvalEventsArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_events` is not built yet")
}

