//! The ingest driver: records from any reader -> the pipeline, on every core, in ordered
//! batches -> the store, one transaction per batch. A record counts as done only after the
//! transaction holding it has committed, so a crash loses nothing that was reported.

use std::collections::BTreeMap;

use chronicle_doc::Document;
use chronicle_pipeline::Pipeline;
use chronicle_read::Record;
use chronicle_store::{content_hash, Outcome, PreparedDocument, Store};

/// What one ingest run did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct IngestSummary {
    /// New documents stored.
    pub ingested: u64,
    /// Of those, near duplicates of a stored document (kept, linked).
    pub duplicates: u64,
    /// Documents whose id was stored with another text, replaced.
    pub replaced: u64,
    /// Inputs skipped: the same text is already stored (idempotent re-ingest).
    pub unchanged: u64,
    /// Stored texts annotated again because their pipeline version differed (`--reannotate`).
    pub reannotated: u64,
    /// Inputs that could not be read or annotated, with the reason.
    pub failed: Vec<(String, String)>,
    /// Events, quotes and entities in the new documents.
    pub events: u64,
    /// Quotes in the new documents.
    pub quotes: u64,
}

impl IngestSummary {
    /// Records handled (whatever the outcome).
    pub fn handled(&self) -> u64 {
        self.ingested + self.replaced + self.reannotated + self.unchanged + self.failed.len() as u64
    }

    /// Failure reasons grouped, most frequent first, with one example origin each.
    pub fn failure_reasons(&self) -> Vec<(String, usize, String)> {
        let mut by: BTreeMap<String, (usize, String)> = BTreeMap::new();
        for (origin, why) in &self.failed {
            let e = by.entry(why.clone()).or_insert((0, origin.clone()));
            e.0 += 1;
        }
        let mut v: Vec<_> = by.into_iter().map(|(k, (n, o))| (k, n, o)).collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        v
    }
}

/// The version of a pipeline as stored with each document: the chronicle version, the stage
/// ids in order, and a fingerprint of the running executable (so a rebuilt binary with changed
/// extractors counts as a new version, while the same binary always gives the same string).
pub fn pipeline_version(pipeline: &Pipeline) -> String {
    format!(
        "chronicle {} [{}] build {}",
        env!("CARGO_PKG_VERSION"),
        pipeline.stage_names().join(","),
        executable_fingerprint()
    )
}

/// 16 hex digits hashing the bytes of the running executable (computed once), or `unknown`.
fn executable_fingerprint() -> &'static str {
    static FP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FP.get_or_init(|| {
        let Some(bytes) = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::read(p).ok())
        else {
            return "unknown".into();
        };
        // A fast multiply-xor hash over 8-byte words: this only needs to tell builds apart.
        let mut h: u64 = 0x9E37_79B9_7F4A_7C15 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
            h ^= h >> 29;
        }
        for &b in chunks.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        }
        format!("{h:016x}")
    })
}

/// How to ingest.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Records per batch (one transaction each).
    pub batch: usize,
    /// Publication date overriding the metadata (`--published`).
    pub published: Option<String>,
    /// Annotate again the texts already stored by another pipeline version, replacing their
    /// annotations (`--reannotate`).
    pub reannotate: bool,
    /// The version stored with each document (see [`pipeline_version`]).
    pub version: String,
}

impl IngestOptions {
    /// Options for `pipeline`: batches of `batch`, no override, no re-annotation.
    pub fn new(pipeline: &Pipeline, batch: usize) -> IngestOptions {
        IngestOptions {
            batch,
            published: None,
            reannotate: false,
            version: pipeline_version(pipeline),
        }
    }
}

enum Work {
    Failed(String, String),
    Known,
    Ready(Box<PreparedDocument>, u64, u64),
}

/// Run the pipeline and prepare documents on every core, keeping input order.
fn process_batch(
    pipeline: &Pipeline,
    store: &Store,
    records: Vec<Record>,
    opts: &IngestOptions,
) -> anyhow::Result<Vec<Work>> {
    let published = opts.published.as_deref();
    // Cheap check first: texts already stored skip the pipeline entirely.
    let mut todo: Vec<(usize, String, Document)> = Vec::new();
    let mut out: Vec<Option<Work>> = Vec::with_capacity(records.len());
    for (i, r) in records.into_iter().enumerate() {
        match r.result {
            Err(e) => out.push(Some(Work::Failed(r.origin, e.to_string()))),
            Ok(mut doc) => {
                let stored = store.content_version(&content_hash(doc.text()))?;
                let up_to_date = match &stored {
                    None => false,
                    Some(v) => !opts.reannotate || v.as_deref() == Some(opts.version.as_str()),
                };
                if up_to_date {
                    out.push(Some(Work::Known));
                } else {
                    if let Some(p) = published {
                        doc.meta.override_published(p);
                    }
                    out.push(None);
                    todo.push((i, r.origin, doc));
                }
            }
        }
    }
    let run = |(i, origin, mut doc): (usize, String, Document)| -> (usize, Work) {
        // Pipeline::run already turns a panicking stage into an error for this document.
        let w = match pipeline.run(&mut doc) {
            Ok(()) => Work::Ready(
                Box::new(PreparedDocument::new(&doc).with_pipeline_version(&opts.version)),
                doc.events.len() as u64,
                doc.quotes.len() as u64,
            ),
            Err(e) => Work::Failed(origin, e.to_string()),
        };
        (i, w)
    };
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let done: Vec<(usize, Work)> = if todo.len() < 2 || threads < 2 {
        todo.into_iter().map(run).collect()
    } else {
        // Interleave so that long and short documents spread over threads.
        let mut parts: Vec<Vec<(usize, String, Document)>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (k, t) in todo.into_iter().enumerate() {
            parts[k % threads].push(t);
        }
        std::thread::scope(|s| {
            let hs: Vec<_> = parts
                .into_iter()
                .map(|p| s.spawn(move || p.into_iter().map(run).collect::<Vec<_>>()))
                .collect();
            hs.into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    for (i, w) in done {
        out[i] = Some(w);
    }
    Ok(out
        .into_iter()
        .map(|w| w.unwrap_or(Work::Failed("?".into(), "lost in processing".into())))
        .collect())
}

/// Progress after each committed batch.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    /// Records handled so far (committed or failed).
    pub handled: u64,
    /// New documents so far.
    pub ingested: u64,
}

/// Ingest `records` in batches of `batch`. `on_commit` runs after each committed batch.
pub fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    records: impl Iterator<Item = Record>,
    batch: usize,
    published: Option<&str>,
    summary: &mut IngestSummary,
    on_commit: &mut dyn FnMut(Progress),
) -> anyhow::Result<()> {
    let opts = IngestOptions {
        published: published.map(str::to_string),
        ..IngestOptions::new(pipeline, batch)
    };
    ingest_with(store, pipeline, records, &opts, summary, on_commit)
}

/// Ingest `records` with `opts`. `on_commit` runs after each committed batch. With
/// `opts.reannotate`, a text already stored by another pipeline version is annotated again and
/// its annotations replaced in the same transaction as the rest of its batch.
pub fn ingest_with(
    store: &mut Store,
    pipeline: &Pipeline,
    records: impl Iterator<Item = Record>,
    opts: &IngestOptions,
    summary: &mut IngestSummary,
    on_commit: &mut dyn FnMut(Progress),
) -> anyhow::Result<()> {
    let mut records = records.peekable();
    while records.peek().is_some() {
        let chunk: Vec<Record> = records.by_ref().take(opts.batch.max(1)).collect();
        let work = process_batch(pipeline, store, chunk, opts)?;
        let mut ready = Vec::new();
        let mut counts = Vec::new();
        let mut failed = Vec::new();
        let mut known = 0;
        for w in work {
            match w {
                Work::Failed(o, e) => failed.push((o, e)),
                Work::Known => known += 1,
                Work::Ready(d, ne, nq) => {
                    ready.push(*d);
                    counts.push((ne, nq));
                }
            }
        }
        let outcomes = if opts.reannotate {
            store.write_batch_reannotating(&ready)?
        } else {
            store.write_batch(&ready)?
        };
        // Committed: now it may be reported.
        for (o, (ne, nq)) in outcomes.iter().zip(counts) {
            match o {
                Outcome::Inserted { duplicate_of } => {
                    summary.ingested += 1;
                    summary.events += ne;
                    summary.quotes += nq;
                    if duplicate_of.is_some() {
                        summary.duplicates += 1;
                    }
                }
                Outcome::Replaced => {
                    summary.replaced += 1;
                    summary.events += ne;
                    summary.quotes += nq;
                }
                Outcome::Reannotated => {
                    summary.reannotated += 1;
                    summary.events += ne;
                    summary.quotes += nq;
                }
                Outcome::Unchanged => summary.unchanged += 1,
            }
        }
        summary.unchanged += known;
        summary.failed.extend(failed);
        on_commit(Progress {
            handled: summary.handled(),
            ingested: summary.ingested,
        });
    }
    Ok(())
}

/// Ingest one article given as a JSON object (the JSONL input format) and return the id and
/// what happened. Used by `POST /api/documents`.
pub fn ingest_json(
    store: &mut Store,
    pipeline: &Pipeline,
    body: &[u8],
) -> anyhow::Result<(String, Outcome)> {
    let mut doc =
        chronicle_read::read_json_line(body, "request").map_err(|e| anyhow::anyhow!("{e}"))?;
    pipeline.run(&mut doc).map_err(|e| anyhow::anyhow!("{e}"))?;
    let prepared = PreparedDocument::new(&doc).with_pipeline_version(pipeline_version(pipeline));
    let id = prepared.id.clone();
    let outcome = store
        .write_batch(&[prepared])?
        .pop()
        .unwrap_or(Outcome::Unchanged);
    Ok((id, outcome))
}
