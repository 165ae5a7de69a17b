//! `chronicle extract`: read articles, run the standard pipeline, print the annotated documents.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use chronicle_doc::Document;
use chronicle_pipeline::{Pipeline, PipelineConfig};
use chronicle_read::{ReadOptions, Record};

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One indented JSON object (an array when there are several documents).
    Json,
    /// One JSON object per line, one line per input record, in input order.
    Jsonl,
    /// A readable summary for a person.
    Text,
}

/// Input formats, when the file extension does not tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Plain-text report.
    Txt,
    /// One JSON article per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// One JSON article object, or an array of them.
    Json,
}

impl InputFormat {
    /// The reader format.
    pub fn to_read(self) -> chronicle_read::Format {
        match self {
            InputFormat::Txt => chronicle_read::Format::Txt,
            InputFormat::Jsonl => chronicle_read::Format::Jsonl,
            InputFormat::Html => chronicle_read::Format::Html,
            InputFormat::Json => chronicle_read::Format::Json,
        }
    }
}

/// Arguments of `extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read, or `-` for standard input (JSONL unless --input-format says otherwise).
    #[arg(required_unless_present = "print_pipeline", value_name = "PATH|-")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
    /// Input format, overriding the file extension.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Publication date to resolve relative dates against (YYYY-MM-DD), overriding metadata.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<String>,
    /// A pipeline file (TOML: `stages = [{stage = "text.v1"}, ...]`, `kb_files = [...]`)
    /// instead of the standard pipeline; `chronicle extract --print-pipeline` writes the
    /// standard one to start from.
    #[arg(long, value_name = "FILE")]
    pub pipeline: Option<PathBuf>,
    /// Print the standard pipeline as TOML and exit.
    #[arg(long, exclusive = true)]
    pub print_pipeline: bool,
    /// Refuse any single input (file, or JSONL line) larger than this many MiB.
    #[arg(long, value_name = "MIB", default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_size: u64,
    /// Extra knowledge-base files (actors, aliases) to load.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_files: Vec<PathBuf>,
    /// Name standard input by this label in `origin` fields (`LABEL:LINE`) instead of `stdin`.
    #[arg(long, value_name = "LABEL")]
    pub origin: Option<String>,
    /// Add N to the line numbers of standard input (when it is a slice of a larger file, as
    /// in the Spark job), so that origins match a single-process run.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub line_offset: u64,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub threads: Option<u32>,
    /// Documents processed together per batch (in parallel, output kept in order).
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch: u32,
}

/// Accept `YYYY-MM-DD` (optionally followed by `T...` time) with a real calendar day.
pub fn parse_date(s: &str) -> Result<String, String> {
    let day = s.get(..10).ok_or("expected a date like 2021-11-07")?;
    let parts: Vec<&str> = day.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return Err(format!("{s:?} is not a date like 2021-11-07"));
    }
    let (y, m, d): (i32, u32, u32) = (
        parts[0].parse().unwrap_or(0),
        parts[1].parse().unwrap_or(0),
        parts[2].parse().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > days[(m - 1) as usize] {
        return Err(format!("{s:?} is not a calendar date"));
    }
    if s.len() > 10 && !s[10..].starts_with('T') {
        return Err(format!("{s:?}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"));
    }
    Ok(s.to_string())
}

/// The outcome of one input record after the pipeline.
pub enum Processed {
    /// Annotated.
    Done(Box<Document>),
    /// Skipped, with the reason.
    Failed {
        /// Where the record came from.
        origin: String,
        /// Why it failed.
        error: String,
    },
}

/// Run the pipeline over a batch of records in parallel, keeping order.
pub fn process_batch(
    pipeline: &Pipeline,
    records: Vec<Record>,
    published: Option<&str>,
    threads: usize,
) -> Vec<Processed> {
    let process = |r: Record| -> Processed {
        match r.result {
            Err(e) => {
                let message = e.to_string();
                let error = message
                    .strip_prefix(&format!("{}: ", r.origin))
                    .unwrap_or(&message)
                    .to_string();
                Processed::Failed {
                    origin: r.origin,
                    error,
                }
            }
            Ok(mut doc) => {
                if let Some(p) = published {
                    doc.meta.override_published(p);
                }
                match pipeline.run(&mut doc) {
                    Ok(()) => Processed::Done(Box::new(doc)),
                    Err(e) => Processed::Failed {
                        origin: r.origin,
                        error: e.to_string(),
                    },
                }
            }
        }
    };
    if records.len() < 2 || threads < 2 {
        return records.into_iter().map(process).collect();
    }
    let chunk = records.len().div_ceil(threads);
    let mut chunks: Vec<Vec<Record>> = Vec::new();
    let mut it = records.into_iter().peekable();
    while it.peek().is_some() {
        chunks.push(it.by_ref().take(chunk).collect());
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|c| s.spawn(move || c.into_iter().map(process).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("pipeline thread panicked"))
            .collect()
    })
}

/// Rename a stdin origin `stdin:N` to `LABEL:N+offset`, in the document or the error record.
fn relabel(p: &mut Processed, label: &str, offset: u64) {
    let fix = |o: &str| -> Option<String> {
        let n: u64 = o.strip_prefix("stdin:")?.parse().ok()?;
        Some(format!("{label}:{}", n + offset))
    };
    match p {
        Processed::Done(doc) => {
            if let Some(o) = doc.meta.origin.as_deref().and_then(fix) {
                doc.meta.origin = Some(o);
            }
        }
        Processed::Failed { origin, .. } => {
            if let Some(o) = fix(origin) {
                *origin = o;
            }
        }
    }
}

/// Build the standard pipeline for the CLI.
pub fn pipeline(kb_files: &[PathBuf]) -> anyhow::Result<Pipeline> {
    chronicle_pipeline::standard(&PipelineConfig {
        kb_files: kb_files.to_vec(),
    })
    .context("cannot build the extraction pipeline")
}

/// Run `extract`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    if args.print_pipeline {
        let spec = chronicle_pipeline::PipelineSpec::standard(&PipelineConfig {
            kb_files: args.kb_files.clone(),
        });
        print!("{}", spec.to_toml());
        return Ok(0);
    }
    let pipeline = match &args.pipeline {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut spec = chronicle_pipeline::PipelineSpec::from_toml(&text)?;
            spec.kb_files.extend(args.kb_files.iter().cloned());
            spec.build()?
        }
        None => pipeline(&args.kb_files)?,
    };
    let threads = match args.threads {
        Some(n) => n as usize,
        None => std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
    };
    let opts = ReadOptions::new(args.input_format.map(InputFormat::to_read));
    let limits = chronicle_read::Limits::new(args.max_size * 1024 * 1024);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut n_ok = 0usize;
    let mut n_failed = 0usize;
    let mut json_docs: Vec<serde_json::Value> = Vec::new();
    for input in &args.inputs {
        let mut records = chronicle_read::read_path_with(input, &opts, limits);
        loop {
            let batch: Vec<Record> = records.by_ref().take(args.batch as usize).collect();
            let relabelling =
                input.as_os_str() == "-" && (args.origin.is_some() || args.line_offset > 0);
            if batch.is_empty() {
                break;
            }
            for mut p in process_batch(&pipeline, batch, args.published.as_deref(), threads) {
                if relabelling {
                    relabel(
                        &mut p,
                        args.origin.as_deref().unwrap_or("stdin"),
                        args.line_offset,
                    );
                }
                match p {
                    Processed::Done(doc) => {
                        n_ok += 1;
                        match args.format {
                            OutputFormat::Jsonl => writeln!(out, "{}", doc.to_json())?,
                            OutputFormat::Json => json_docs.push(doc.to_json_value()),
                            OutputFormat::Text => {
                                write!(out, "{}", crate::summary::summary(&doc))?;
                                writeln!(out)?;
                            }
                        }
                    }
                    Processed::Failed { origin, error } => {
                        n_failed += 1;
                        eprintln!("chronicle: skipped {origin}: {error}");
                        if args.format == OutputFormat::Jsonl {
                            let rec = serde_json::json!({ "error": error, "origin": origin });
                            writeln!(out, "{rec}")?;
                        }
                    }
                }
            }
            out.flush()?;
        }
    }
    if args.format == OutputFormat::Json {
        let v = if json_docs.len() == 1 {
            json_docs.pop().expect("one")
        } else {
            serde_json::Value::Array(json_docs)
        };
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    }
    out.flush()?;
    if n_failed > 0 {
        eprintln!("chronicle: {n_ok} documents extracted, {n_failed} skipped");
        return Ok(1);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn published_override_must_be_a_calendar_date() {
        assert!(parse_date("2021-11-07").is_ok());
        assert!(parse_date("2021-11-07T10:00:00Z").is_ok());
        assert!(parse_date("2021-02-29").is_err());
        assert!(parse_date("2020-02-29").is_ok());
        assert!(parse_date("Sunday").is_err());
        assert!(parse_date("2021-13-01").is_err());
        assert!(parse_date("2021-11-07 junk").is_err());
    }
}
