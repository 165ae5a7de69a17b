//! Store, server and demo commands: `ingest`, `watch`, `serve`, `export`, `import`, `demo`.
//! Thin glue over chronicle-store (database) and chronicle-server (API, UI, ingest driver).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use chronicle_server::ingest::{self, IngestSummary};
use chronicle_server::sources;
use chronicle_store::Store;

/// The demo articles, embedded at build time.
const DEMO_ARTICLES: &str = include_str!("../../../../data/demo/articles.jsonl");

/// Arguments of `ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or directories (txt, html, json, jsonl, warc, warc.gz), or `-` for JSONL on stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// RSS/Atom feed URLs to fetch and ingest (repeatable).
    #[arg(long = "feed", value_name = "URL")]
    pub feeds: Vec<String>,
    /// The database file (created when missing).
    #[arg(long, default_value = "chronicle.db")]
    pub db: PathBuf,
    /// Documents per batch: each batch is annotated on every core and committed in one transaction.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch: u32,
    /// Publication date to resolve relative dates against (YYYY-MM-DD), overriding metadata.
    #[arg(long, value_name = "DATE", value_parser = crate::cmd::extract::parse_date)]
    pub published: Option<String>,
    /// Extra knowledge-base files (actors, aliases) to load.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_files: Vec<PathBuf>,
    /// No progress bar and no summary (errors are still printed).
    #[arg(long, short)]
    pub quiet: bool,
    /// Annotate again the given texts that are already stored but were annotated by another
    /// pipeline version (e.g. before the extractors improved), replacing their annotations
    /// in place (same id, near-duplicate links kept; one transaction per batch). Without it,
    /// a stored text is skipped whatever version annotated it.
    #[arg(long)]
    pub reannotate: bool,
}

fn progress_bar(total: Option<u64>, quiet: bool) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let pb =
        indicatif::ProgressBar::with_draw_target(total, indicatif::ProgressDrawTarget::stderr());
    let style = match total {
        Some(_) => {
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} articles, {per_sec}, ETA {eta}"
        }
        None => "{spinner} [{elapsed_precise}] {pos} articles, {per_sec}",
    };
    if let Ok(s) = indicatif::ProgressStyle::with_template(style) {
        pb.set_style(s);
    }
    pb
}

fn print_summary(s: &IngestSummary, took: Duration, store: &Store) -> anyhow::Result<()> {
    let secs = took.as_secs_f64().max(1e-9);
    let c = store.counts()?;
    eprintln!(
        "chronicle: ingest finished in {:.1} s ({:.1} articles/s)",
        secs,
        s.handled() as f64 / secs
    );
    eprintln!(
        "  ingested   {:>7}  ({} near duplicates of stored articles, kept and linked)",
        s.ingested, s.duplicates
    );
    if s.replaced > 0 {
        eprintln!("  replaced   {:>7}  (same id, new text)", s.replaced);
    }
    if s.reannotated > 0 {
        eprintln!(
            "  reannotated {:>6}  (stored text, annotations redone by this pipeline version)",
            s.reannotated
        );
    }
    eprintln!(
        "  skipped    {:>7}  (text already stored: nothing changed)",
        s.unchanged
    );
    eprintln!("  failed     {:>7}", s.failed.len());
    for (why, n, example) in s.failure_reasons().iter().take(10) {
        eprintln!("    {n:>5} × {why}  (e.g. {example})");
    }
    eprintln!("  new: {} events, {} quotes", s.events, s.quotes);
    eprintln!(
        "  database {}: {} documents ({} near duplicates), {} events, {} quotes, {} entities",
        store.path().display(),
        c.documents,
        c.duplicates,
        c.events,
        c.quotes,
        c.entities
    );
    Ok(())
}

/// Run `ingest`.
pub fn ingest(args: IngestArgs) -> anyhow::Result<i32> {
    if args.paths.is_empty() && args.feeds.is_empty() {
        anyhow::bail!("nothing to ingest: give files or directories (PATH...) or --feed URL");
    }
    let pipeline = crate::cmd::extract::pipeline(&args.kb_files)?;
    let mut store = Store::open(&args.db)?;
    let total = if args.feeds.is_empty() {
        sources::estimate_records(&args.paths)
    } else {
        None
    };
    let pb = progress_bar(total, args.quiet);
    let start = Instant::now();
    let mut summary = IngestSummary::default();
    let mut on_commit = |p: ingest::Progress| pb.set_position(p.handled);
    let opts = ingest::IngestOptions {
        published: args.published.clone(),
        reannotate: args.reannotate,
        ..ingest::IngestOptions::new(&pipeline, args.batch as usize)
    };
    for path in &args.paths {
        let records = sources::read_any(path);
        ingest::ingest_with(
            &mut store,
            &pipeline,
            records,
            &opts,
            &mut summary,
            &mut on_commit,
        )?;
    }
    if !args.feeds.is_empty() {
        let fetcher = sources::Fetcher::new(Duration::from_secs(30));
        for url in &args.feeds {
            match fetcher.feed_records(url, None) {
                Ok(f) => ingest::ingest_with(
                    &mut store,
                    &pipeline,
                    f.records.into_iter(),
                    &opts,
                    &mut summary,
                    &mut on_commit,
                )?,
                Err(e) => summary.failed.push((url.clone(), format!("{e:#}"))),
            }
        }
    }
    pb.finish_and_clear();
    for (origin, why) in summary.failed.iter().take(20) {
        eprintln!("chronicle: skipped {origin}: {why}");
    }
    if !args.quiet {
        print_summary(&summary, start.elapsed(), &store)?;
    }
    Ok(if summary.failed.is_empty() { 0 } else { 1 })
}

/// Parse `15m`, `30s`, `2h`, `1d` (a bare number is seconds).
pub fn parse_every(s: &str) -> Result<Duration, String> {
    let (num, unit) = s.trim().split_at(
        s.trim()
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(s.trim().len()),
    );
    let n: u64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration like 15m, 30s, 2h"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86400,
        _ => return Err(format!("{s:?}: unknown unit {unit:?}; use s, m, h or d")),
    };
    if secs == 0 {
        return Err("the interval must be at least 1s".into());
    }
    Ok(Duration::from_secs(secs))
}

/// Arguments of `watch`.
#[derive(clap::Args)]
pub struct WatchArgs {
    /// RSS/Atom feed URLs to poll.
    #[arg(required = true, value_name = "FEED_URL")]
    pub feeds: Vec<String>,
    /// Poll interval (`30s`, `15m`, `2h`).
    #[arg(long, default_value = "15m", value_parser = parse_every)]
    pub every: Duration,
    /// The database file.
    #[arg(long, default_value = "chronicle.db")]
    pub db: PathBuf,
    /// Stop after this many polls of every feed (default: run until stopped).
    #[arg(long, value_name = "N")]
    pub polls: Option<u64>,
    /// HTTP timeout per request, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Extra knowledge-base files (actors, aliases) to load.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_files: Vec<PathBuf>,
}

/// Run `watch`: poll feeds with conditional requests; ingest new items.
pub fn watch(args: WatchArgs) -> anyhow::Result<i32> {
    let pipeline = crate::cmd::extract::pipeline(&args.kb_files)?;
    let mut store = Store::open(&args.db)?;
    let fetcher = sources::Fetcher::new(Duration::from_secs(args.timeout));
    let mut poll = 0u64;
    loop {
        poll += 1;
        for url in &args.feeds {
            let state = sources::feed_state(&store, url)?;
            match fetcher.feed_records(url, state.as_ref()) {
                Ok(f) if f.not_modified => eprintln!("chronicle: {url}: not modified"),
                Ok(f) => {
                    let n = f.records.len();
                    let mut summary = IngestSummary::default();
                    ingest::ingest(
                        &mut store,
                        &pipeline,
                        f.records.into_iter(),
                        64,
                        None,
                        &mut summary,
                        &mut |_| {},
                    )?;
                    sources::save_feed_state(&store, url, &f.state)?;
                    eprintln!(
                        "chronicle: {url}: {n} items, {} new, {} already stored, {} failed",
                        summary.ingested,
                        summary.unchanged,
                        summary.failed.len()
                    );
                    for (o, why) in &summary.failed {
                        eprintln!("chronicle: skipped {o}: {why}");
                    }
                }
                Err(e) => eprintln!("chronicle: {url}: {e:#} (will retry)"),
            }
        }
        if args.polls.is_some_and(|max| poll >= max) {
            return Ok(0);
        }
        std::thread::sleep(args.every);
    }
}

/// Arguments of `serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The database file.
    #[arg(long, default_value = "chronicle.db")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Token that enables write endpoints (POST /api/documents); also read from CHRONICLE_TOKEN.
    /// Without one the server is read-only.
    #[arg(long)]
    pub token: Option<String>,
    /// Extra knowledge-base files for articles posted to the API.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_files: Vec<PathBuf>,
}

fn serve_db(
    db: &Path,
    addr: SocketAddr,
    token: Option<String>,
    kb: &[PathBuf],
) -> anyhow::Result<i32> {
    let token = token
        .or_else(|| std::env::var("CHRONICLE_TOKEN").ok())
        .filter(|t| !t.is_empty());
    let config = match token {
        Some(t) => chronicle_server::writable(
            db.to_owned(),
            t,
            Arc::new(crate::cmd::extract::pipeline(kb)?),
        ),
        None => chronicle_server::read_only(db.to_owned()),
    };
    let writes = config.token.is_some();
    chronicle_server::serve(config, addr, |a| {
        eprintln!(
            "chronicle: serving {} at http://{a}/ ({}; Ctrl-C to stop)",
            db.display(),
            if writes {
                "writes need the token"
            } else {
                "read-only"
            }
        );
    })?;
    Ok(0)
}

/// Run `serve`.
pub fn serve(args: ServeArgs) -> anyhow::Result<i32> {
    serve_db(&args.db, args.addr, args.token, &args.kb_files)
}

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportWhat {
    /// Events, ACLED-like columns plus chronicle's.
    Events,
    /// Quotes.
    Quotes,
    /// Entity mentions.
    Entities,
    /// Documents (id + full JSON), the table `import` reads (Parquet only).
    Documents,
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Apache Parquet (needs --out).
    Parquet,
}

/// Arguments of `export`.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The database file.
    #[arg(long, default_value = "chronicle.db")]
    pub db: PathBuf,
    /// What to export.
    #[arg(long, value_enum, default_value_t = ExportWhat::Events)]
    pub what: ExportWhat,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Output file (default: standard output; Parquet needs a file).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Include events from near-duplicate articles (wire copy) too.
    #[arg(long)]
    pub include_duplicates: bool,
    /// Include events said not to have happened.
    #[arg(long)]
    pub include_negated: bool,
}

/// Run `export`.
pub fn export(args: ExportArgs) -> anyhow::Result<i32> {
    if !args.db.exists() {
        anyhow::bail!("database {} does not exist", args.db.display());
    }
    let store = Store::open_read_only(&args.db)?;
    if args.what == ExportWhat::Documents {
        let (ExportFormat::Parquet, Some(out)) = (args.format, args.out.as_deref()) else {
            anyhow::bail!("--what documents is written as Parquet only: add --format parquet --out FILE.parquet");
        };
        let n = chronicle_store::export::export_documents_parquet(store.conn(), out)?;
        eprintln!("chronicle: wrote {n} documents to {}", out.display());
        return Ok(0);
    }
    let what = match args.what {
        ExportWhat::Events => chronicle_store::export::What::Events,
        ExportWhat::Quotes => chronicle_store::export::What::Quotes,
        _ => chronicle_store::export::What::Entities,
    };
    let format = match args.format {
        ExportFormat::Jsonl => chronicle_store::export::Format::Jsonl,
        ExportFormat::Csv => chronicle_store::export::Format::Csv,
        ExportFormat::Parquet => chronicle_store::export::Format::Parquet,
    };
    let filter = chronicle_store::query::Filter {
        include_duplicates: args.include_duplicates,
        include_negated: args.include_negated,
        ..Default::default()
    };
    let countries = chronicle_geo::countries();
    let name = |code: &str| {
        countries
            .all()
            .iter()
            .find(|c| c.alpha2.eq_ignore_ascii_case(code))
            .map(|c| c.name.clone())
    };
    let n = chronicle_store::export::export(
        store.conn(),
        what,
        format,
        &filter,
        args.out.as_deref(),
        &name,
    )?;
    if let Some(out) = &args.out {
        eprintln!("chronicle: wrote {n} rows to {}", out.display());
    }
    Ok(0)
}

/// Arguments of `import`.
#[derive(clap::Args)]
pub struct ImportArgs {
    /// Directory written by the Spark job (`documents/*.parquet` inside), or one Parquet file.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The database file (created when missing).
    #[arg(long, default_value = "chronicle.db")]
    pub db: PathBuf,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
}

/// Run `import`: each document's JSON goes through the same store path as `ingest`.
pub fn import(args: ImportArgs) -> anyhow::Result<i32> {
    let files = chronicle_store::import::document_files(&args.dir)
        .with_context(|| format!("no documents table under {} (expected documents/*.parquet; see docs/SPARK-CONTRACT.md)", args.dir.display()))?;
    if files.is_empty() {
        anyhow::bail!("no Parquet files in {}/documents", args.dir.display());
    }
    let mut store = Store::open(&args.db)?;
    let start = Instant::now();
    let mut summary = IngestSummary::default();
    for f in &files {
        let mut batch = Vec::new();
        let flush = |batch: &mut Vec<chronicle_store::PreparedDocument>,
                     summary: &mut IngestSummary,
                     store: &mut Store|
         -> anyhow::Result<()> {
            for o in store.write_batch(batch)? {
                match o {
                    chronicle_store::Outcome::Inserted { duplicate_of } => {
                        summary.ingested += 1;
                        summary.duplicates += u64::from(duplicate_of.is_some());
                    }
                    chronicle_store::Outcome::Replaced => summary.replaced += 1,
                    chronicle_store::Outcome::Reannotated => summary.reannotated += 1,
                    chronicle_store::Outcome::Unchanged => summary.unchanged += 1,
                }
            }
            batch.clear();
            Ok(())
        };
        let mut err = None;
        chronicle_store::import::each_json(f, |origin, json| {
            match chronicle_store::PreparedDocument::from_json(&json, &origin) {
                Ok(d) => batch.push(d),
                Err(e) => summary.failed.push((origin, e.to_string())),
            }
            if batch.len() >= args.batch.max(1) {
                if let Err(e) = flush(&mut batch, &mut summary, &mut store) {
                    err = Some(e);
                }
            }
            Ok(())
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        flush(&mut batch, &mut summary, &mut store)?;
    }
    print_summary(&summary, start.elapsed(), &store)?;
    Ok(if summary.failed.is_empty() { 0 } else { 1 })
}

/// Arguments of `demo`.
#[derive(clap::Args)]
pub struct DemoArgs {
    /// The demo database file (rebuilt from the bundled articles every time).
    #[arg(long, default_value = "chronicle-demo.db")]
    pub db: PathBuf,
    /// Address to serve the UI on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Only build the database; do not serve.
    #[arg(long)]
    pub no_serve: bool,
}

/// Build the demo database from the bundled articles (no network, no files needed).
pub fn build_demo(db: &Path) -> anyhow::Result<IngestSummary> {
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db.display()));
        if p.exists() {
            std::fs::remove_file(&p)
                .with_context(|| format!("cannot replace the old demo database {}", p.display()))?;
        }
    }
    let pipeline = crate::cmd::extract::pipeline(&[])?;
    let mut store = Store::open(db)?;
    let records = DEMO_ARTICLES
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let origin = format!("demo/articles.jsonl:{}", i + 1);
            chronicle_read::Record {
                result: chronicle_read::read_json_line(l.as_bytes(), &origin),
                origin,
            }
        });
    let mut summary = IngestSummary::default();
    ingest::ingest(
        &mut store,
        &pipeline,
        records.collect::<Vec<_>>().into_iter(),
        64,
        None,
        &mut summary,
        &mut |_| {},
    )?;
    let c = store.counts()?;
    eprintln!(
        "chronicle: demo database {}: {} articles, {} events, {} quotes, {} entities, {} places",
        db.display(),
        c.documents,
        c.events,
        c.quotes,
        c.entities,
        c.places
    );
    for (o, why) in &summary.failed {
        eprintln!("chronicle: skipped {o}: {why}");
    }
    Ok(summary)
}

/// Run `demo`.
pub fn demo(args: DemoArgs) -> anyhow::Result<i32> {
    build_demo(&args.db)?;
    if args.no_serve {
        return Ok(0);
    }
    serve_db(&args.db, args.addr, None, &[])
}

#[cfg(test)]
mod tests {
    use super::parse_every;
    use std::time::Duration;

    #[test]
    fn intervals_parse_with_units() {
        assert_eq!(parse_every("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_every("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_every("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse_every("45"), Ok(Duration::from_secs(45)));
        assert!(parse_every("0m").is_err());
        assert!(parse_every("fast").is_err());
        assert!(parse_every("5y").is_err());
    }
}
