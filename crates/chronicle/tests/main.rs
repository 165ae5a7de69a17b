//! The `chronicle` CLI and server integration tests: one test binary, one module per area.

/// Shared helpers: temp dirs, the binary, annotated fixture documents, a spawned server.
mod util;

/// The HTTP API on 127.0.0.1:0: every read endpoint, filters, paging, errors, token-guarded writes.
mod api;
/// A real headless Chromium drives the UI and saves the screenshots in docs/screenshots/.
mod browser;
/// A `kill -9` in the middle of `ingest` loses nothing committed and never corrupts the file.
mod crash;
/// `export` (JSONL, ACLED-like CSV, Parquet) and `import` of the Spark contract.
mod export;
/// `extract`: JSON/JSONL/text output contract, stdin streaming, bad input and exit codes.
mod extract;
/// `ingest`: idempotence, summary with reasons, near-duplicate links, feeds.
mod ingest;
/// The seed article: the events of issue #5 through the standard pipeline.
mod seed;
/// `watch` against a local HTTP feed server: conditional requests, new items only.
mod watch;
