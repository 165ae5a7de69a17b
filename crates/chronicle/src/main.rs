//! The `chronicle` command: thin glue between the library crates and the shell.
//!
//! Exit codes: 0 everything went through; 1 some inputs were skipped or failed (each is
//! reported on stderr, the rest went through); 2 usage error or a fatal error (nothing or
//! only part was done, and the message says why).

mod cmd;
mod summary;

use clap::{Parser, Subcommand};

/// chronicle: who did what to whom, where, when, and who said what — from news articles,
/// every fact linked to the sentence it came from.
#[derive(Parser)]
#[command(name = "chronicle", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate articles and print the result (JSON, JSONL or a readable summary).
    Extract(cmd::extract::Args),
    /// Score an extractor against gold data.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Train a tagger model from annotated data.
    Train(cmd::tag::TrainArgs),
    /// Tag CoNLL or CoNLL-U input with chronicle's models and print it with predictions.
    Tag(cmd::tag::TagArgs),
    /// Ingest articles into the SQLite store.
    Ingest(cmd::store::IngestArgs),
    /// Poll news feeds and ingest what is new.
    Watch(cmd::store::WatchArgs),
    /// Serve the HTTP API and the web UI over a store.
    Serve(cmd::store::ServeArgs),
    /// Export events, quotes or entities from a store.
    Export(cmd::store::ExportArgs),
    /// Load Parquet tables written by the Spark job into a store.
    Import(cmd::store::ImportArgs),
    /// Build a database from the bundled demo articles and serve the UI.
    Demo(cmd::store::DemoArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Train(a) => cmd::tag::train(a),
        Command::Tag(a) => cmd::tag::tag(a),
        Command::Ingest(a) => cmd::store::ingest(a),
        Command::Watch(a) => cmd::store::watch(a),
        Command::Serve(a) => cmd::store::serve(a),
        Command::Export(a) => cmd::store::export(a),
        Command::Import(a) => cmd::store::import(a),
        Command::Demo(a) => cmd::store::demo(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("chronicle: error: {e:#}");
            std::process::exit(2);
        }
    }
}
