//! The HTTP JSON API and the analysts' web UI over a chronicle store, and the ingest driver
//! that feeds the store (readers, RSS/Atom feeds, WARC files -> pipeline -> store).
//!
//! Key items: [`router`] builds the axum app from a [`ServerConfig`] (tests bind it to
//! `127.0.0.1:0`); [`serve`] runs it; [`ingest::ingest`] is the batch driver behind
//! `chronicle ingest`, `watch`, `import` and `demo`. The API is documented in
//! `docs/API.md` and `docs/openapi.json` (served at `/api/openapi.json`).
//!
//! Read-only by default: write endpoints answer 403 unless the server was given a token, and
//! then need `Authorization: Bearer <token>`.
#![deny(missing_docs)]

pub mod api;
pub mod ingest;
pub mod sources;
mod ui;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub use api::{router, ServerConfig};

/// Serve `config` on `addr` until Ctrl-C. Calls `ready` with the bound address (useful with
/// port 0) before accepting connections.
pub fn serve(
    config: ServerConfig,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let app = router(config)?;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e} (is another server running there? try --addr 127.0.0.1:0)"))?;
        ready(listener.local_addr()?);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        anyhow::Ok(())
    })
}

/// A config for a read-only server over `db`.
pub fn read_only(db: PathBuf) -> ServerConfig {
    ServerConfig {
        db,
        token: None,
        pipeline: None,
        max_body: api::DEFAULT_MAX_BODY,
    }
}

/// A config that also accepts writes (needs the pipeline to annotate posted articles).
pub fn writable(
    db: PathBuf,
    token: String,
    pipeline: Arc<chronicle_pipeline::Pipeline>,
) -> ServerConfig {
    ServerConfig {
        db,
        token: Some(token),
        pipeline: Some(pipeline),
        max_body: api::DEFAULT_MAX_BODY,
    }
}
