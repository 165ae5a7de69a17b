//! Inputs beyond the plain readers: WARC archives (`.warc`, `.warc.gz`) and RSS/Atom feeds
//! fetched over HTTP with timeouts and conditional requests (ETag / Last-Modified).

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chronicle_doc::{DateSource, Meta};
use chronicle_read::{ReadError, ReadOptions, Record, Records};
use chronicle_store::{FeedState, Store};

fn is_warc(p: &Path) -> bool {
    let n = p
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    n.ends_with(".warc") || n.ends_with(".warc.gz")
}

fn warc_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            warc_files(&p, out);
        } else if is_warc(&p) {
            out.push(p);
        }
    }
}

/// Every record under `path`: the standard readers (txt, html, json, jsonl; `-` is stdin),
/// plus WARC files (given directly or found in directories).
pub fn read_any(path: &Path) -> Records {
    if path.is_file() && is_warc(path) {
        return read_warc(path);
    }
    let plain = chronicle_read::read_path(path, &ReadOptions { format: None });
    if path.is_dir() {
        let mut w = Vec::new();
        warc_files(path, &mut w);
        w.sort();
        if !w.is_empty() {
            return Box::new(plain.chain(w.into_iter().flat_map(|p| read_warc(&p))));
        }
    }
    plain
}

/// How many records `paths` hold, roughly (files, plus lines of JSONL files), for a progress
/// bar. `None` when it cannot tell (stdin, WARC).
pub fn estimate_records(paths: &[PathBuf]) -> Option<u64> {
    fn count(p: &Path, n: &mut u64) -> bool {
        if p.is_dir() {
            let Ok(rd) = std::fs::read_dir(p) else {
                return true;
            };
            for e in rd.flatten() {
                if !count(&e.path(), n) {
                    return false;
                }
            }
            return true;
        }
        if is_warc(p) {
            return false;
        }
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "jsonl" | "ndjson" => match std::fs::File::open(p) {
                Ok(f) => {
                    *n += std::io::BufReader::new(f)
                        .split(b'\n')
                        .filter(|l| l.as_ref().is_ok_and(|l| !l.is_empty()))
                        .count() as u64
                }
                Err(_) => *n += 1,
            },
            "txt" | "text" | "html" | "htm" | "xhtml" | "json" => *n += 1,
            _ => {}
        }
        true
    }
    let mut n = 0;
    for p in paths {
        if p == Path::new("-") || !count(p, &mut n) {
            return None;
        }
    }
    Some(n)
}

/// Split an HTTP response block into (headers, body).
fn split_http(block: &[u8]) -> (&[u8], &[u8]) {
    match block.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(i) => (&block[..i], &block[i + 4..]),
        None => match block.windows(2).position(|w| w == b"\n\n") {
            Some(i) => (&block[..i], &block[i + 2..]),
            None => (&[], block),
        },
    }
}

/// The records of one WARC file: every `response` (HTML) and `resource` (HTML or text) record
/// becomes a document; the target URI and WARC date become its url and published date.
pub fn read_warc(path: &Path) -> Records {
    let origin = path.display().to_string();
    let gz = path.to_string_lossy().to_ascii_lowercase().ends_with(".gz");
    let reader: Box<
        dyn Iterator<Item = Result<warc::Record<warc::BufferedBody>, warc::Error>> + Send,
    > = if gz {
        match warc::WarcReader::from_path_gzip(path) {
            Ok(r) => Box::new(r.iter_records()),
            Err(source) => {
                return Box::new(std::iter::once(Record {
                    origin: origin.clone(),
                    result: Err(ReadError::Io {
                        path: path.to_owned(),
                        source,
                    }),
                }))
            }
        }
    } else {
        // (`WarcReader::from_path` asks for create access, which fails on read-only files.)
        match std::fs::File::open(path).map(|f| warc::WarcReader::new(std::io::BufReader::new(f))) {
            Ok(r) => Box::new(r.iter_records()),
            Err(source) => {
                return Box::new(std::iter::once(Record {
                    origin: origin.clone(),
                    result: Err(ReadError::Io {
                        path: path.to_owned(),
                        source,
                    }),
                }))
            }
        }
    };
    Box::new(reader.enumerate().filter_map(move |(i, rec)| {
        let o = format!("{origin}#{}", i + 1);
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                return Some(Record {
                    origin: o.clone(),
                    result: Err(ReadError::Io {
                        path: o.into(),
                        source: std::io::Error::other(e.to_string()),
                    }),
                })
            }
        };
        let ty = rec.warc_type().to_string();
        if ty != "response" && ty != "resource" {
            return None;
        }
        let url = rec
            .header(warc::WarcHeader::TargetURI)
            .map(|u| u.to_string());
        let (http_headers, body) = if ty == "response" {
            split_http(rec.body())
        } else {
            (&[][..], rec.body())
        };
        let head = String::from_utf8_lossy(http_headers).to_ascii_lowercase();
        let ctype = rec
            .header(warc::WarcHeader::ContentType)
            .map(|c| c.to_ascii_lowercase())
            .unwrap_or_default();
        let html = head.contains("content-type: text/html")
            || head.contains("application/xhtml")
            || (ty == "resource" && ctype.contains("html"));
        let text = ty == "resource" && ctype.starts_with("text/plain");
        if ty == "response" && !head.starts_with("http/") {
            return None;
        }
        if ty == "response"
            && !(head.starts_with("http/1.1 200")
                || head.starts_with("http/1.0 200")
                || head.starts_with("http/2 200"))
        {
            return None;
        }
        if !html && !text {
            return None;
        }
        let o = url.clone().unwrap_or(o);
        let date = rec.date().format("%Y-%m-%d").to_string();
        let meta = Meta {
            url,
            origin: Some(o.clone()),
            ..Meta::default()
        };
        let result = if html {
            chronicle_read::read_html(body, meta, &o)
        } else {
            match std::str::from_utf8(body) {
                Ok(t) => Ok(chronicle_read::read_txt(t, meta)),
                Err(e) => Err(ReadError::NotUtf8 {
                    origin: o.clone(),
                    offset: e.valid_up_to(),
                }),
            }
        };
        // The capture date is an upper bound for the publication date, better than nothing.
        let result = result.map(|mut d| {
            if d.meta.published.is_none() {
                d.meta.published = Some(date);
                d.meta.published_source = Some(DateSource::Metadata);
                d.meta.published_confidence = Some(0.3);
            }
            d
        });
        Some(Record { origin: o, result })
    }))
}

/// An HTTP client for feeds and article pages: global and connect timeouts, a size limit.
pub struct Fetcher {
    agent: ureq::Agent,
}

/// A fetched feed.
pub struct FetchedFeed {
    /// The server said 304 Not Modified: nothing new.
    pub not_modified: bool,
    /// The validators to send next time.
    pub state: FeedState,
    /// One record per item.
    pub records: Vec<Record>,
}

/// Largest feed or page read (bytes).
const MAX_BODY: u64 = 20 * 1024 * 1024;

impl Fetcher {
    /// A client whose every request gives up after `timeout`.
    pub fn new(timeout: Duration) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
            .http_status_as_error(false)
            .user_agent(concat!("chronicle/", env!("CARGO_PKG_VERSION")))
            .build();
        Fetcher {
            agent: config.into(),
        }
    }

    fn get(
        &self,
        url: &str,
        state: Option<&FeedState>,
    ) -> anyhow::Result<(u16, FeedState, Vec<u8>)> {
        let mut req = self.agent.get(url);
        if let Some(s) = state {
            if let Some(e) = &s.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(m) = &s.last_modified {
                req = req.header("If-Modified-Since", m);
            }
        }
        let mut resp = req
            .call()
            .map_err(|e| anyhow::anyhow!("cannot fetch {url}: {e}"))?;
        let status = resp.status().as_u16();
        let h = |n: &str| {
            resp.headers()
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let new_state = FeedState {
            etag: h("etag"),
            last_modified: h("last-modified"),
        };
        if status == 304 {
            return Ok((status, state.cloned().unwrap_or(new_state), Vec::new()));
        }
        if !(200..300).contains(&status) {
            anyhow::bail!("{url} answered HTTP {status}");
        }
        let body = resp
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| anyhow::anyhow!("cannot read {url}: {e}"))?;
        Ok((status, new_state, body))
    }

    /// Fetch a feed (conditionally, when `state` is given) and turn its items into records.
    /// An item whose feed text is short (a teaser) is fetched from its link and read as HTML;
    /// when that fails the feed text is used.
    pub fn feed_records(
        &self,
        url: &str,
        state: Option<&FeedState>,
    ) -> anyhow::Result<FetchedFeed> {
        let (status, new_state, body) = self.get(url, state)?;
        if status == 304 {
            return Ok(FetchedFeed {
                not_modified: true,
                state: new_state,
                records: Vec::new(),
            });
        }
        let feed = feed_rs::parser::parse(body.as_slice())
            .map_err(|e| anyhow::anyhow!("{url} is not an RSS/Atom feed: {e}"))?;
        let publisher = feed.title.as_ref().map(|t| t.content.clone());
        let mut records = Vec::new();
        for (i, item) in feed.entries.into_iter().enumerate() {
            let link = item.links.first().map(|l| l.href.clone());
            let origin = link.clone().unwrap_or_else(|| format!("{url}#{}", i + 1));
            let title = item.title.as_ref().map(|t| t.content.clone());
            let published = item.published.or(item.updated).map(|d| d.to_rfc3339());
            let feed_html = item
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| item.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let meta = Meta {
                url: link.clone(),
                title: title.clone(),
                source: publisher.clone(),
                published: published.clone(),
                published_source: published.as_ref().map(|_| DateSource::Metadata),
                published_confidence: published.as_ref().map(|_| 0.9),
                origin: Some(origin.clone()),
                ..Meta::default()
            };
            let mut result = Err(ReadError::NoText {
                origin: origin.clone(),
            });
            if feed_html.len() < 1500 {
                if let Some(l) = &link {
                    if let Ok((_, _, page)) = self.get(l, None) {
                        result = chronicle_read::read_html(&page, meta.clone(), &origin);
                    }
                }
            }
            if result.is_err() && !feed_html.trim().is_empty() {
                let page = format!(
                    "<html><head><title>{}</title></head><body><article><h1>{}</h1>{}</article></body></html>",
                    title.clone().unwrap_or_default(),
                    title.clone().unwrap_or_default(),
                    if feed_html.contains('<') { feed_html.clone() } else { format!("<p>{feed_html}</p>") }
                );
                result = chronicle_read::read_html(page.as_bytes(), meta.clone(), &origin);
            }
            records.push(Record { origin, result });
        }
        Ok(FetchedFeed {
            not_modified: false,
            state: new_state,
            records,
        })
    }
}

/// The validators saved for a feed.
pub fn feed_state(store: &Store, url: &str) -> anyhow::Result<Option<FeedState>> {
    Ok(store.feed(url)?)
}

/// Save a feed's validators.
pub fn save_feed_state(store: &Store, url: &str, state: &FeedState) -> anyhow::Result<()> {
    Ok(store.save_feed(url, state, 0)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_blocks_split_at_the_blank_line() {
        let (h, b) = split_http(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>");
        assert_eq!(h, b"HTTP/1.1 200 OK\r\nContent-Type: text/html");
        assert_eq!(b, b"<p>hi</p>");
    }

    #[test]
    fn warc_names_are_recognised() {
        assert!(is_warc(Path::new("a/crawl.warc.gz")));
        assert!(is_warc(Path::new("CRAWL.WARC")));
        assert!(!is_warc(Path::new("notes.txt")));
    }
}
