//! Geocoding scoring (owned by chronicle-geo).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct EvalPlacesArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn eval_places(_args: EvalPlacesArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`eval_places` is not built yet")
}

