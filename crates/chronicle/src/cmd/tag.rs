//! Tagger training, tagging and scoring (owned by chronicle-tag).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct TrainArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn train(_args: TrainArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`train` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct TagArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn tag(_args: TagArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`tag` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalPosArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_pos(_args: EvalPosArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_pos` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalNerArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_ner(_args: EvalNerArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_ner` is not built yet")
}

