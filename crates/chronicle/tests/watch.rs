//! `watch` and `ingest --feed` against a feed served on 127.0.0.1 by this test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use crate::util::{run, temp_dir};

fn page(title: &str, paras: &[&str]) -> String {
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!("<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" content=\"2024-11-02T08:00:00Z\"></head>\
        <body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>{body}</article><footer>Local test site</footer></body></html>")
}

/// The requests the test server saw: (path, If-None-Match).
type RequestLog = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A tiny HTTP/1.1 server: the feed (with an ETag; 304 when it matches) and two articles.
/// Returns the base URL and the log of (path, If-None-Match) requests.
fn serve() -> (String, RequestLog) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let log2 = log.clone();
    let b = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(50) {
            let Ok(mut s) = stream else { continue };
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut line = String::new();
            if r.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut inm = None;
            let mut len = 0usize;
            loop {
                let mut h = String::new();
                if r.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                    break;
                }
                let lower = h.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("if-none-match:") {
                    inm = Some(v.trim().to_string());
                }
                if let Some(v) = lower.strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut sink = vec![0; len];
            let _ = r.read_exact(&mut sink);
            log2.lock().unwrap().push((path.clone(), inm.clone()));
            let (status, ctype, body) = match path.as_str() {
                "/feed.xml" if inm.as_deref() == Some("\"v1\"") => ("304 Not Modified", "application/rss+xml", String::new()),
                "/feed.xml" => ("200 OK", "application/rss+xml", format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Test News</title><link>{b}/</link><description>test</description>\
                     <item><title>Bridge reopens after repairs</title><link>{b}/a1.html</link><guid>{b}/a1.html</guid><pubDate>Sat, 02 Nov 2024 08:00:00 GMT</pubDate><description>The bridge reopened.</description></item>\
                     <item><title>Schools close for storm</title><link>{b}/a2.html</link><guid>{b}/a2.html</guid><pubDate>Sat, 02 Nov 2024 09:00:00 GMT</pubDate><description>Schools closed.</description></item>\
                     </channel></rss>")),
                "/a1.html" => ("200 OK", "text/html", page("Bridge reopens after repairs", &[
                    "The old river bridge in the town centre reopened to traffic on Saturday after eight months of repairs, the mayor said.",
                    "Engineers replaced the steel supports and the road surface, and the bridge can now carry trucks again.",
                    "Shop owners on both banks said business had fallen by half while the bridge was closed.",
                ])),
                "/a2.html" => ("200 OK", "text/html", page("Schools close for storm", &[
                    "All schools in the coastal district will stay closed on Monday as a strong storm approaches, the education office announced.",
                    "Forecasters expect winds of up to 120 kilometres per hour and heavy rain through Tuesday morning.",
                    "Parents were asked to keep children indoors and to follow updates on local radio.",
                ])),
                _ => ("404 Not Found", "text/plain", "not found".to_string()),
            };
            let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nETag: \"v1\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        }
    });
    (base, log)
}

#[test]
fn watch_polls_with_conditional_requests_and_ingests_new_items_once() {
    let (base, log) = serve();
    let dir = temp_dir("watch");
    let db = dir.join("t.db");
    let feed = format!("{base}/feed.xml");
    let (code, _, err) = run(&[
        "watch",
        &feed,
        "--every",
        "1s",
        "--polls",
        "2",
        "--timeout",
        "10",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 items, 2 new"), "{err}");
    assert!(err.contains("not modified"), "{err}");
    let feed_requests: Vec<_> = log
        .lock()
        .unwrap()
        .iter()
        .filter(|(p, _)| p == "/feed.xml")
        .cloned()
        .collect();
    assert_eq!(feed_requests.len(), 2);
    assert_eq!(feed_requests[0].1, None);
    assert_eq!(
        feed_requests[1].1.as_deref(),
        Some("\"v1\""),
        "second poll must be conditional"
    );
    let s = chronicle_store::Store::open_read_only(&db).unwrap();
    assert_eq!(s.counts().unwrap().documents, 2);
    let d = chronicle_store::query::search(
        s.conn(),
        &chronicle_store::query::Filter {
            q: Some("bridge".into()),
            ..Default::default()
        },
        chronicle_store::query::Paging {
            offset: 0,
            limit: 10,
        },
    )
    .unwrap();
    assert_eq!(
        d.items[0].url.as_deref(),
        Some(format!("{base}/a1.html").as_str())
    );
    drop(s);

    // `ingest --feed` fetches unconditionally, and the content hash keeps it idempotent.
    let (code, _, err) = run(&["ingest", "--feed", &feed, "--db", db.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("skipped          2"), "{err}");
}

#[test]
fn an_unreachable_feed_is_reported_not_fatal() {
    // A port on loopback that nothing listens on (bound then dropped).
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = temp_dir("watch-down");
    let db = dir.join("t.db");
    let (code, _, err) = run(&[
        "watch",
        &format!("http://127.0.0.1:{port}/feed.xml"),
        "--polls",
        "1",
        "--timeout",
        "2",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("will retry"), "{err}");
}
