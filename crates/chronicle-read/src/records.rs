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
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
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
        return Box::new(
            files
                .into_iter()
                .flat_map(move |f| read_file(&f, &opts, limits)),
        );
    }
    read_file(path, opts, limits)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&p, out);
        } else if (ft.is_file() || ft.is_symlink() && p.is_file())
            && Format::from_path(&p).is_some()
        {
            out.push(p);
        }
    }
}

fn one(origin: String, result: Result<Document, ReadError>) -> Records {
    Box::new(std::iter::once(Record { origin, result }))
}

fn read_file(path: &Path, opts: &ReadOptions, limits: Limits) -> Records {
    let origin = path.display().to_string();
    let format = opts
        .format
        .or_else(|| Format::from_path(path))
        .unwrap_or(Format::Txt);
    let io_err = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
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
                    Err(ReadError::TooLarge {
                        origin,
                        what: "file",
                        limit: limits.max_bytes,
                    }),
                )
            }
            Ok(_) => {}
            Err(e) => return one(origin, Err(io_err(e))),
        }
    }
    let reader: Box<dyn Read + Send> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(file)
    };
    read_stream(reader, origin, format, limits)
}

/// Read at most `limit` bytes; more is an error.
fn read_bounded(reader: &mut dyn Read, origin: &str, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: origin.into(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            origin: origin.to_owned(),
            what: "input",
            limit,
        });
    }
    Ok(bytes)
}

/// Reject what is not text: NUL bytes, UTF-16, empty input.
pub(crate) fn check_text_bytes(bytes: &[u8], origin: &str) -> Result<(), ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::NotUtf8 {
            origin: origin.to_owned(),
            offset: 0,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            origin: origin.to_owned(),
            offset,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty {
            origin: origin.to_owned(),
        });
    }
    Ok(())
}

fn read_whole(reader: &mut dyn Read, origin: &str, format: Format, limits: Limits) -> Records {
    let result = read_bounded(reader, origin, limits.max_bytes).and_then(|bytes| {
        check_text_bytes(&bytes, origin)?;
        let meta = Meta {
            origin: Some(origin.to_owned()),
            ..Meta::default()
        };
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

fn read_stream(
    mut reader: Box<dyn Read + Send>,
    origin: String,
    format: Format,
    limits: Limits,
) -> Records {
    match format {
        Format::Txt | Format::Html => read_whole(&mut reader, &origin, format, limits),
        Format::Json => {
            let records = read_bounded(&mut reader, &origin, limits.max_bytes).and_then(|bytes| {
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
                Err(source) => {
                    return one(
                        origin.clone(),
                        Err(ReadError::Io {
                            path: origin.into(),
                            source,
                        }),
                    )
                }
            };
            let sniff = &head[..head.len().min(8192)];
            if sniff.is_empty() {
                return one(origin.clone(), Err(ReadError::Empty { origin }));
            }
            if let Some(offset) = sniff.iter().position(|&b| b == 0) {
                return one(origin.clone(), Err(ReadError::Binary { origin, offset }));
            }
            let lines = Lines {
                reader: r,
                max: limits.max_bytes,
                line_no: 0,
                done: false,
            };
            let origin2 = origin.clone();
            let iter = lines.filter_map(move |(no, line)| {
                let origin = format!("{origin}:{no}");
                let result = match line {
                    Err(LineError::Io(source)) => Err(ReadError::Io {
                        path: origin.clone().into(),
                        source,
                    }),
                    Err(LineError::TooLong) => Err(ReadError::TooLarge {
                        origin: origin.clone(),
                        what: "line",
                        limit: limits.max_bytes,
                    }),
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A fresh temporary directory, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let p =
                std::env::temp_dir().join(format!("chronicle-read-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).expect("temp dir");
            TempDir(p)
        }

        fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let p = self.0.join(name);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
            std::fs::write(&p, bytes).expect("write");
            p
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn read(path: &Path) -> Vec<Record> {
        read_path(path, &ReadOptions::new(None)).collect()
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).expect("gzip");
        e.finish().expect("gzip")
    }

    const PAGE: &str = "<html><head><title>Bridge reopens after repairs</title>\
        <meta property=\"og:site_name\" content=\"Valley Times\">\
        <meta property=\"article:published_time\" content=\"2022-03-04T08:00:00Z\"></head>\
        <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Bridge reopens after repairs</h1>\
        <p>The old river bridge reopened to traffic on Friday after eight months of repairs to its steel frame and deck.</p>\
        <p>Engineers replaced more than two hundred rivets and repainted the whole structure, the council said in a statement.</p>\
        <p>Drivers had used a ferry and a long road detour while the work went on, adding half an hour to many trips.</p>\
        <p>Shop owners near the bridge said trade had fallen by a third during the closure and hoped customers would return soon.</p>\
        </article><footer>Contact us | Privacy</footer></body></html>";

    #[test]
    fn binary_file_is_refused() {
        let t = TempDir::new("binary");
        let p = t.file("a.txt", b"text\x00\x01\x02 more");
        let r = read(&p);
        assert!(
            matches!(r[0].result, Err(ReadError::Binary { offset: 4, .. })),
            "{:?}",
            r[0].result
        );
        assert!(r[0]
            .result
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("binary file"));
        let p = t.file("b.jsonl", b"\x00\x00\x00\x00{}\n");
        assert!(matches!(read(&p)[0].result, Err(ReadError::Binary { .. })));
    }

    #[test]
    fn empty_files_are_skipped_with_a_reason() {
        let t = TempDir::new("empty");
        for name in ["a.txt", "b.html", "c.json", "d.jsonl"] {
            let p = t.file(name, b"");
            let r = read(&p);
            assert_eq!(r.len(), 1, "{name}");
            assert!(
                matches!(r[0].result, Err(ReadError::Empty { .. })),
                "{name}: {:?}",
                r[0].result
            );
        }
        let p = t.file("e.txt", b"  \n\n \t\n");
        assert!(matches!(read(&p)[0].result, Err(ReadError::Empty { .. })));
        let p = t.file("f.jsonl", b"\n\n\n");
        assert!(matches!(read(&p)[0].result, Err(ReadError::Empty { .. })));
    }

    #[test]
    fn file_above_the_limit_is_refused_without_reading_it() {
        let t = TempDir::new("large");
        // A sparse 200 MB file: no disk space used, the size check refuses it before reading.
        let p = t.0.join("big.txt");
        std::fs::File::create(&p)
            .and_then(|f| f.set_len(200 * 1024 * 1024))
            .expect("sparse file");
        let r = read(&p);
        assert!(
            matches!(r[0].result, Err(ReadError::TooLarge { what: "file", .. })),
            "{:?}",
            r[0].result
        );
        assert!(r[0]
            .result
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("larger than the limit"));
        // A configurable limit.
        let p = t.file("small.txt", &[b'a'; 2000]);
        let r: Vec<_> = read_path_with(&p, &ReadOptions::new(None), Limits::new(1000)).collect();
        assert!(matches!(
            r[0].result,
            Err(ReadError::TooLarge { limit: 1000, .. })
        ));
    }

    #[test]
    fn gzip_bomb_is_cut_at_the_limit() {
        let t = TempDir::new("bomb");
        let p = t.file("bomb.txt.gz", &gz(&vec![b'a'; 100_000]));
        let r: Vec<_> = read_path_with(&p, &ReadOptions::new(None), Limits::new(10_000)).collect();
        assert!(
            matches!(r[0].result, Err(ReadError::TooLarge { .. })),
            "{:?}",
            r[0].result
        );
    }

    #[test]
    fn long_jsonl_line_is_skipped_and_the_next_line_read() {
        let t = TempDir::new("longline");
        let long = format!("{{\"text\":\"{}\"}}\n", "x ".repeat(5000));
        let body = format!("{long}{{\"id\":\"ok\",\"text\":\"Short title\\n\\nA body line.\"}}\n");
        let p = t.file("a.jsonl", body.as_bytes());
        let r: Vec<_> = read_path_with(&p, &ReadOptions::new(None), Limits::new(1000)).collect();
        assert_eq!(r.len(), 2);
        assert!(matches!(
            r[0].result,
            Err(ReadError::TooLarge { what: "line", .. })
        ));
        assert!(r[0].origin.ends_with("a.jsonl:1"));
        assert_eq!(r[1].result.as_ref().expect("second line").meta.id, "ok");
    }

    #[test]
    fn invalid_utf8_gives_the_offset() {
        let t = TempDir::new("utf8");
        let p = t.file("a.txt", b"Headline\n\nBody \xff text.\n");
        let r = read(&p);
        assert!(
            matches!(r[0].result, Err(ReadError::NotUtf8 { offset: 15, .. })),
            "{:?}",
            r[0].result
        );
        let p = t.file("b.txt", b"\xff\xfeH\x00i\x00");
        assert!(matches!(
            read(&p)[0].result,
            Err(ReadError::NotUtf8 { offset: 0, .. })
        ));
    }

    #[test]
    fn html_with_bad_bytes_is_decoded_lossily_with_a_diagnostic() {
        let t = TempDir::new("htmlutf8");
        let mut bytes = PAGE.as_bytes().to_vec();
        let at = bytes.windows(5).position(|w| w == b"steel").expect("steel");
        bytes[at] = 0xff;
        let p = t.file("p.html", &bytes);
        let doc = read(&p).pop().expect("one").result.expect("read lossily");
        assert!(doc.text().contains("rivets"));
        assert!(
            doc.diagnostics
                .iter()
                .any(|d| d.message.contains("lossily")),
            "{:?}",
            doc.diagnostics
        );
    }

    #[test]
    fn html_page_gives_text_blocks_and_metadata() {
        let t = TempDir::new("html");
        let p = t.file("sub/page.html", PAGE.as_bytes());
        let doc = read(&p).pop().expect("one").result.expect("html");
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Bridge reopens after repairs")
        );
        assert_eq!(doc.meta.source.as_deref(), Some("Valley Times"));
        assert!(doc
            .meta
            .published
            .as_deref()
            .is_some_and(|d| d.starts_with("2022-03-04")));
        assert!(doc.text().starts_with("Bridge reopens after repairs\n\n"));
        assert!(doc.text().contains("two hundred rivets"));
        assert!(!doc.text().contains("Privacy"));
        assert_eq!(doc.blocks[0].kind, chronicle_doc::BlockKind::Headline);
        assert!(doc.blocks.len() >= 4);
    }

    #[test]
    fn broken_html_still_gives_its_text() {
        let t = TempDir::new("broken");
        let broken = "<html><body><div><p>The first paragraph of a page whose markup was cut off, with enough words to count.<p>A second paragraph follows, also without its closing tag, and then the file just <b>ends";
        let p = t.file("b.htm", broken.as_bytes());
        let r = read(&p).pop().expect("one");
        let doc = r.result.expect("text from broken html");
        assert!(doc.text().contains("first paragraph"));
    }

    #[test]
    fn malformed_jsonl_lines_are_reported_with_their_number() {
        let t = TempDir::new("jsonl");
        let body = "{\"id\":1,\"title\":\"T\",\"text\":\"One.\"}\n{not json\n\n{\"id\":\"3\",\"text\":\"Three.\"}\n[1,2]\n";
        let p = t.file("a.jsonl", body.as_bytes());
        let r = read(&p);
        assert_eq!(r.len(), 4, "blank lines give no record");
        assert_eq!(r[0].result.as_ref().expect("line 1").meta.id, "1");
        assert!(r[1].origin.ends_with(":2") && matches!(r[1].result, Err(ReadError::Json { .. })));
        assert_eq!(r[2].result.as_ref().expect("line 4").meta.id, "3");
        assert!(r[2].origin.ends_with(":4"));
        assert!(r[3]
            .result
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("expected an article object"));
    }

    #[test]
    fn hostile_json_is_an_error_not_a_panic() {
        let t = TempDir::new("hostile");
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let cases: Vec<(&str, String)> = vec![
            ("deep", deep.clone()),
            (
                "deep_obj",
                format!(
                    "{{\"text\":{}1{}}}",
                    "{\"a\":".repeat(5000),
                    "}".repeat(5000)
                ),
            ),
            ("huge_number", "{\"id\":1e999999,\"text\":\"x\"}".into()),
            ("wrong_type", "{\"title\":5,\"text\":\"x\"}".into()),
            ("text_not_string", "{\"text\":[\"x\"]}".into()),
            ("no_text", "{\"title\":\"x\"}".into()),
            ("scalar", "42".into()),
        ];
        for (name, body) in &cases {
            let p = t.file(&format!("{name}.jsonl"), format!("{body}\n").as_bytes());
            let r = read(&p);
            assert_eq!(r.len(), 1, "{name}");
            assert!(
                matches!(r[0].result, Err(ReadError::Json { .. })),
                "{name}: {:?}",
                r[0].result
            );
            let p = t.file(&format!("{name}.json"), body.as_bytes());
            let r = read(&p);
            assert!(r.iter().all(|x| x.result.is_err()), "{name}.json");
        }
        // A long number that fits is fine as an id.
        let p = t.file(
            "bigid.jsonl",
            b"{\"id\":123456789012345678901234567890,\"text\":\"Title\\n\\nBody.\"}\n",
        );
        assert!(read(&p)[0].result.is_ok());
    }

    #[test]
    fn json_file_object_or_array() {
        let t = TempDir::new("json");
        let p = t.file("one.json", br#"{"id":"a","url":"https://example.org/a","text":"Headline here\n\nBody text.","published":"2021-11-07","source":"Wire"}"#);
        let r = read(&p);
        let doc = r[0].result.as_ref().expect("object");
        assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(doc.meta.published.as_deref(), Some("2021-11-07"));
        assert_eq!(
            doc.meta.published_source,
            Some(chronicle_doc::DateSource::Metadata)
        );
        assert_eq!(doc.meta.source.as_deref(), Some("Wire"));
        let arr = format!(
            r#"[{{"id":"x","text":"A\n\nB."}}, {{"id":"y","html":{}}}, 7]"#,
            serde_json::to_string(PAGE).expect("json")
        );
        let p = t.file("many.json", arr.as_bytes());
        let r = read(&p);
        assert_eq!(r.len(), 3);
        assert!(r[0].origin.ends_with("many.json[0]"));
        assert!(r[1]
            .result
            .as_ref()
            .expect("html record")
            .text()
            .contains("rivets"));
        assert_eq!(r[1].result.as_ref().expect("html record").meta.id, "y");
        assert!(r[2].result.is_err() && r[2].origin.ends_with("[2]"));
    }

    #[test]
    fn directories_are_walked_in_order_by_extension_with_gzip() {
        let t = TempDir::new("dir");
        t.file("b/2.txt", b"Second\n\nBody two.\n");
        t.file("a.txt.gz", &gz(b"First\n\nBody one.\n"));
        t.file("c.html.gz", &gz(PAGE.as_bytes()));
        t.file(
            "d.jsonl",
            b"{\"id\":\"j1\",\"text\":\"J\\n\\nOne.\"}\n{\"id\":\"j2\",\"text\":\"J\\n\\nTwo.\"}\n",
        );
        t.file("notes.md", b"# not read\n");
        t.file("image.png", b"\x89PNG\x00\x00");
        let r = read(&t.0);
        let titles: Vec<String> = r
            .iter()
            .map(|x| {
                x.result
                    .as_ref()
                    .expect("all read")
                    .meta
                    .title
                    .clone()
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            titles,
            vec!["First", "Second", "Bridge reopens after repairs", "J", "J"]
        );
        assert!(r[3].origin.ends_with("d.jsonl:1"));
    }

    #[test]
    fn stream_reading_works_like_stdin() {
        let input = b"{\"id\":\"s\",\"text\":\"Head\\n\\nBody.\"}\n".to_vec();
        let r: Vec<_> = read_stream(
            Box::new(std::io::Cursor::new(input)),
            "stdin".into(),
            Format::Jsonl,
            Limits::standard(),
        )
        .collect();
        assert_eq!(r[0].origin, "stdin:1");
        assert_eq!(r[0].result.as_ref().expect("doc").meta.id, "s");
        let r: Vec<_> = read_stream(
            Box::new(std::io::Cursor::new(PAGE.as_bytes().to_vec())),
            "stdin".into(),
            Format::Html,
            Limits::standard(),
        )
        .collect();
        assert!(r[0]
            .result
            .as_ref()
            .expect("html")
            .text()
            .contains("rivets"));
    }

    #[test]
    fn format_from_path_looks_through_gz() {
        assert_eq!(
            Format::from_path(Path::new("x/a.HTML.gz")),
            Some(Format::Html)
        );
        assert_eq!(
            Format::from_path(Path::new("a.ndjson")),
            Some(Format::Jsonl)
        );
        assert_eq!(Format::from_path(Path::new("a.gz")), None);
        assert_eq!(Format::from_path(Path::new("README")), None);
    }
}
