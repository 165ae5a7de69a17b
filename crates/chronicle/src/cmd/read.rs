//! HTML extraction scoring (owned by the readers).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalHtmlArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_html(_args: EvalHtmlArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_html` is not built yet")
}

