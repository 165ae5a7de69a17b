//! Store, server and demo commands (owned by chronicle-store and chronicle-server).

use std::path::PathBuf;

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct IngestArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn ingest(_args: IngestArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`ingest` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct WatchArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn watch(_args: WatchArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`watch` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn serve(_args: ServeArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`serve` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct ExportArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn export(_args: ExportArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`export` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct ImportArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn import(_args: ImportArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`import` is not built yet")
}

/// Arguments (to be filled in by the owner of this command).
#[derive(clap::Args)]
pub struct DemoArgs {
    /// Input path.
    pub path: Option<PathBuf>,
}

/// Not built yet.
pub fn demo(_args: DemoArgs) -> anyhow::Result<i32> {
    anyhow::bail!("`demo` is not built yet")
}

