//! Streams of input records from files, directories and stdin, with size limits and checks
//! for binary, empty and non-UTF-8 input.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chronicle_doc::{Document, Meta};

use crate::json::{read_json_file, read_json_line};
use crate::{read_html, read_txt, ReadError};

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A plain-text report (`.txt`, `.text`).
    Txt,
    /// One JSON article per line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// An HTML page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// One JSON article object, or an array of them (`.json`).
    Json,
}

impl Format {
    /// Every format, for help texts.
    pub const ALL: [Format; 4] = [Format::Txt, Format::Jsonl, Format::Html, Format::Json];

    /// The format a file extension implies, if any; `.gz` after it is looked through
    /// (`page.html.gz` is HTML).
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        match name.rsplit_once('.')?.1 {
            "txt" | "text" => Some(Format::Txt),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

fn is_gzip(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// How to read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Force a format instead of guessing from the extension.
    pub format: Option<Format>,
}

impl ReadOptions {
    /// Read with `format`, or guess it from each file's extension when `None`.
    pub fn new(format: Option<Format>) -> ReadOptions {
        ReadOptions { format }
    }
}

/// Size limits, so that no single input can make the reader hold unbounded data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest document in bytes: a whole `.txt`/`.html`/`.json` file (after decompression),
    /// or one JSONL line.
    pub max_bytes: u64,
}

impl Limits {
    /// The default limit: 50 MiB per document.
    pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

    /// Limits with the given maximum document size.
    pub fn new(max_bytes: u64) -> Limits {
        Limits { max_bytes }
    }

    /// The default limits ([`Limits::DEFAULT_MAX_BYTES`]).
    pub fn standard() -> Limits {
        Limits::new(Limits::DEFAULT_MAX_BYTES)
    }
}

/// One input record: a document, or why it could not be read (with where it came from).
#[derive(Debug)]
pub struct Record {
    /// `path`, `path:line`, `path[index]` or `stdin:line`.
    pub origin: String,
    /// The document, or the reason it was skipped.
    pub result: Result<Document, ReadError>,
}

/// A stream of records.
pub type Records = Box<dyn Iterator<Item = Record> + Send>;

/// Read `path` (a file or a directory, walked recursively in name order), or stdin for `-`,
/// with the standard [`Limits`].
pub fn read_path(path: &Path, opts: &ReadOptions) -> Records {
    read_path_with(path, opts, Limits::standard())
}

/// [`read_path`] with explicit limits.
///
/// Files in a directory are chosen by extension (`.txt .text .html .htm .xhtml .json .jsonl
/// .ndjson`, each optionally followed by `.gz`); symbolic links to directories are not
/// followed. Stdin is JSONL unless `opts.format` says otherwise.
pub fn read_path_with(path: &Path, opts: &ReadOptions, limits: Limits) -> Records {
    if path == Path::new("-") {
        let format = opts.format.unwrap_or(Format::Jsonl);
        return read_stream(Box::new(std::io::stdin()), "stdin".into(), format, limits);
    }
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files);
        files.sort();
        let opts = opts.clone();
        return Box::new(files.into_iter().flat_map(move |f| read_file(&f, &opts, limits)));
    }
    read_file(path, opts, limits)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&p, out);
        } else if (ft.is_file() || ft.is_symlink() && p.is_file()) && Format::from_path(&p).is_some() {
            out.push(p);
        }
    }
}

fn one(origin: String, result: Result<Document, ReadError>) -> Records {
    Box::new(std::iter::once(Record { origin, result }))
}

fn read_file(path: &Path, opts: &ReadOptions, limits: Limits) -> Records {
    let origin = path.display().to_string();
    let format = opts.format.or_else(|| Format::from_path(path)).unwrap_or(Format::Txt);
    let io_err = |source| ReadError::Io { path: path.to_owned(), source };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return one(origin, Err(io_err(e))),
    };
    let gz = is_gzip(path);
    if !gz && format != Format::Jsonl {
        match file.metadata() {
            Ok(m) if m.len() > limits.max_bytes => {
                return one(
                    origin.clone(),
                    Err(ReadError::TooLarge { origin, what: "file", limit: limits.max_bytes }),
                )
            }
            Ok(_) => {}
            Err(e) => return one(origin, Err(io_err(e))),
        }
    }
    let reader: Box<dyn Read + Send> =
        if gz { Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file))) } else { Box::new(file) };
    read_stream(reader, origin, format, limits)
}

/// Read at most `limit` bytes; more is an error.
fn read_bounded(reader: &mut dyn Read, origin: &str, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io { path: origin.into(), source })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { origin: origin.to_owned(), what: "input", limit });
    }
    Ok(bytes)
}

/// Reject what is not text: NUL bytes, UTF-16, empty input.
pub(crate) fn check_text_bytes(bytes: &[u8], origin: &str) -> Result<(), ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::NotUtf8 { origin: origin.to_owned(), offset: 0 });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary { origin: origin.to_owned(), offset });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty { origin: origin.to_owned() });
    }
    Ok(())
}

fn read_whole(reader: &mut dyn Read, origin: &str, format: Format, limits: Limits) -> Records {
    let result = read_bounded(reader, origin, limits.max_bytes).and_then(|bytes| {
        check_text_bytes(&bytes, origin)?;
        let meta = Meta { origin: Some(origin.to_owned()), ..Meta::default() };
        match format {
            Format::Html => read_html(&bytes, meta, origin),
            _ => {
                let text = String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
                    origin: origin.to_owned(),
                    offset: e.utf8_error().valid_up_to(),
                })?;
                Ok(read_txt(&text, meta))
            }
        }
    });
    one(origin.to_owned(), result)
}

fn read_stream(mut reader: Box<dyn Read + Send>, origin: String, format: Format, limits: Limits) -> Records {
    match format {
        Format::Txt | Format::Html => read_whole(&mut reader, &origin, format, limits),
        Format::Json => {
            let records = read_bounded(&mut reader, &origin, limits.max_bytes)
                .and_then(|bytes| {
                    check_text_bytes(&bytes, &origin)?;
                    Ok(read_json_file(&bytes, &origin))
                });
            match records {
                Ok(rs) => Box::new(rs.into_iter()),
                Err(e) => one(origin, Err(e)),
            }
        }
        Format::Jsonl => {
            let mut r = BufReader::with_capacity(64 * 1024, reader);
            // Sniff the start: a binary or empty file is one error, not one per line.
            let head = match r.fill_buf() {
                Ok(h) => h,
                Err(source) => return one(origin.clone(), Err(ReadError::Io { path: origin.into(), source })),
            };
            let sniff = &head[..head.len().min(8192)];
            if sniff.is_empty() {
                return one(origin.clone(), Err(ReadError::Empty { origin }));
            }
            if let Some(offset) = sniff.iter().position(|&b| b == 0) {
                return one(origin.clone(), Err(ReadError::Binary { origin, offset }));
            }
            let lines = Lines { reader: r, max: limits.max_bytes, line_no: 0, done: false };
            let origin2 = origin.clone();
            let iter = lines
                .filter_map(move |(no, line)| {
                    let origin = format!("{origin}:{no}");
                    let result = match line {
                        Err(LineError::Io(source)) => Err(ReadError::Io { path: origin.clone().into(), source }),
                        Err(LineError::TooLong) => {
                            Err(ReadError::TooLarge { origin: origin.clone(), what: "line", limit: limits.max_bytes })
                        }
                        Ok(bytes) if bytes.iter().all(|b| b.is_ascii_whitespace()) => return None,
                        Ok(bytes) => read_json_line(&bytes, &origin),
                    };
                    Some(Record { origin, result })
                });
            // A file of blank lines gives nothing; say it was empty.
            let mut iter = iter.peekable();
            if iter.peek().is_none() {
                return one(origin2.clone(), Err(ReadError::Empty { origin: origin2 }));
            }
            Box::new(iter)
        }
    }
}

enum LineError {
    Io(std::io::Error),
    TooLong,
}

/// Lines of at most `max` bytes; a longer line is skipped (never held in memory) and reported.
struct Lines<R> {
    reader: R,
    max: u64,
    line_no: usize,
    done: bool,
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = (usize, Result<Vec<u8>, LineError>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        self.line_no += 1;
        let mut line = Vec::new();
        let mut too_long = false;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some((self.line_no, Err(LineError::Io(e))));
                }
            };
            if buf.is_empty() {
                self.done = true;
                if line.is_empty() && !too_long {
                    return None;
                }
                break;
            }
            let (chunk, found) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            if !too_long {
                if (line.len() + chunk.len()) as u64 > self.max {
                    too_long = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(chunk);
                }
            }
            let used = found.unwrap_or(buf.len());
            self.reader.consume(used);
            if found.is_some() {
                break;
            }
        }
        if too_long {
            return Some((self.line_no, Err(LineError::TooLong)));
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Some((self.line_no, Ok(line)))
    }
}
