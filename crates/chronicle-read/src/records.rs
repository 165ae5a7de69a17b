//! Streams of input records from files, directories and stdin.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chronicle_doc::{Document, Meta};

use crate::{read_txt, ReadError};

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A plain-text report.
    Txt,
    /// One JSON article per line.
    Jsonl,
}

impl Format {
    /// The format a file extension implies, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Txt),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// How to read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Force a format instead of guessing from the extension.
    pub format: Option<Format>,
}

/// One input record: a document, or why it could not be read (with where it came from).
#[derive(Debug)]
pub struct Record {
    /// `path`, `path:line` or `stdin:line`.
    pub origin: String,
    /// The document, or the reason it was skipped.
    pub result: Result<Document, ReadError>,
}

/// A stream of records.
pub type Records = Box<dyn Iterator<Item = Record> + Send>;

/// Read `path` (a file or a directory, walked recursively in name order), or stdin for `-`.
pub fn read_path(path: &Path, opts: &ReadOptions) -> Records {
    if path == Path::new("-") {
        let format = opts.format.unwrap_or(Format::Jsonl);
        return read_stream(Box::new(std::io::stdin()), "stdin".into(), format);
    }
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files);
        files.sort();
        let opts = opts.clone();
        return Box::new(files.into_iter().flat_map(move |f| read_file(&f, &opts)));
    }
    read_file(path, opts)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if Format::from_path(&p).is_some() {
            out.push(p);
        }
    }
}

fn read_file(path: &Path, opts: &ReadOptions) -> Records {
    let origin = path.display().to_string();
    let format = opts.format.or_else(|| Format::from_path(path)).unwrap_or(Format::Txt);
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(source) => {
            return Box::new(std::iter::once(Record {
                origin,
                result: Err(ReadError::Io { path: path.to_owned(), source }),
            }))
        }
    };
    read_stream(Box::new(file), origin, format)
}

fn read_stream(reader: Box<dyn Read + Send>, origin: String, format: Format) -> Records {
    match format {
        Format::Txt => {
            let mut bytes = Vec::new();
            let mut reader = reader;
            let result = match reader.read_to_end(&mut bytes) {
                Err(source) => Err(ReadError::Io { path: origin.clone().into(), source }),
                Ok(_) => match String::from_utf8(bytes) {
                    Ok(text) => Ok(read_txt(&text, Meta { origin: Some(origin.clone()), ..Meta::default() })),
                    Err(e) => Err(ReadError::NotUtf8 { origin: origin.clone(), offset: e.utf8_error().valid_up_to() }),
                },
            };
            Box::new(std::iter::once(Record { origin, result }))
        }
        Format::Jsonl => {
            let lines = BufReader::new(reader).split(b'\n');
            Box::new(lines.enumerate().map(move |(i, line)| {
                let origin = format!("{origin}:{}", i + 1);
                let result = match line {
                    Err(source) => Err(ReadError::Io { path: origin.clone().into(), source }),
                    Ok(bytes) => crate::json::read_json_line(&bytes, &origin),
                };
                Record { origin, result }
            }))
        }
    }
}
