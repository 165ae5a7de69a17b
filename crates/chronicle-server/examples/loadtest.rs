//! A bounded load test of a running `chronicle serve` on loopback: a fixed request rate
//! (open loop: request i is due at start + i/rate, whether or not earlier ones finished), a
//! bounded count and a time limit; prints p50/p90/p99/max latency per endpoint.
//!
//! ```text
//! chronicle serve --db chronicle.db --addr 127.0.0.1:8080 &
//! cargo build --release -p chronicle-server --example loadtest
//! target/release/examples/loadtest http://127.0.0.1:8080 20 3100
//! ```
//! Arguments: base URL (must be loopback), requests per second, number of requests. The mix
//! cycles through every request the web UI makes (page and assets, facets, search, events with
//! filters/sorts/paging, timeline, map, network, quotes, speakers, actors, a document), with
//! filter values taken from the store itself.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let rate: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100.0);
    let count: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let host = base
        .trim_start_matches("http://")
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    if !(host.starts_with("127.") || host == "localhost" || host == "[") {
        eprintln!("loadtest: refusing {base}: only loopback addresses are load-tested");
        std::process::exit(2);
    }
    let limit = Duration::from_secs_f64(count as f64 / rate * 2.0 + 30.0);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(10)))
        .http_status_as_error(false)
        .build()
        .into();
    // Pick real values from the store so that filters hit data (patiently: a slow store is
    // what this measures).
    let setup: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into();
    let stats: serde_json::Value = serde_json::from_str(
        &setup
            .get(&format!("{base}/api/stats"))
            .call()
            .expect("server up")
            .body_mut()
            .read_to_string()
            .unwrap(),
    )
    .unwrap();
    let country = stats["countries"][0]["name"]
        .as_str()
        .unwrap_or("SD")
        .to_string();
    let actor = stats["actors"][0]["name"]
        .as_str()
        .unwrap_or("police")
        .to_string();
    let speaker = stats["speakers"][0]["name"]
        .as_str()
        .unwrap_or("police")
        .to_string();
    let ty = stats["types"][0]["name"]
        .as_str()
        .unwrap_or("ASSAULT")
        .to_string();
    let first: serde_json::Value = serde_json::from_str(
        &setup
            .get(&format!("{base}/api/search?limit=50"))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap(),
    )
    .unwrap();
    let ids: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    let enc = |s: &str| {
        s.replace('%', "%25")
            .replace(' ', "%20")
            .replace('&', "%26")
            .replace('#', "%23")
            .replace('+', "%2B")
    };
    // A day range of one month inside the data, for the date filters.
    let last_day = stats["last_day"]
        .as_str()
        .unwrap_or("2024-12-31")
        .to_string();
    let month = format!(
        "from={}-01&to={}-28",
        &last_day[..7.min(last_day.len())],
        &last_day[..7.min(last_day.len())]
    );
    let prefix: String = actor.chars().take(3).collect();
    // Every request the UI makes (ui/app.js), with the parameters it sends.
    let mix: Vec<(&str, String)> = vec![
        // First page load: the page, its assets, the facets, and the default view (search).
        ("page /", "/".into()),
        ("page app.js", "/app.js".into()),
        ("page world.js", "/world.js".into()),
        ("page style.css", "/style.css".into()),
        ("stats (facets)", "/api/stats".into()),
        ("countries", "/api/countries".into()),
        ("search (first page)", "/api/search?limit=20".into()),
        ("search page 2", "/api/search?limit=20&offset=20".into()),
        ("search?q", "/api/search?q=police%20protest&limit=20".into()),
        (
            "search?q&country",
            format!("/api/search?q=election&country={}&limit=20", enc(&country)),
        ),
        (
            "events (default)",
            "/api/events?sort=date&order=desc&limit=50".into(),
        ),
        (
            "events?country&type",
            format!(
                "/api/events?country={}&type={}&limit=50",
                enc(&country),
                enc(&ty)
            ),
        ),
        (
            "events?sort=fatalities",
            "/api/events?sort=fatalities&order=desc&offset=100&limit=50".into(),
        ),
        (
            "events?sort=actor1 asc",
            "/api/events?sort=actor1&order=asc&limit=50".into(),
        ),
        (
            "events?actor",
            format!("/api/events?actor={}&limit=50", enc(&actor)),
        ),
        ("events?q", "/api/events?q=protest&limit=50".into()),
        ("events?from&to", format!("/api/events?{month}&limit=50")),
        (
            "events deep page",
            "/api/events?sort=date&order=desc&offset=5000&limit=50".into(),
        ),
        ("timeline", "/api/timeline?unit=month".into()),
        (
            "timeline?country",
            format!("/api/timeline?country={}&unit=month", enc(&country)),
        ),
        (
            "timeline?from&to",
            format!("/api/timeline?{month}&unit=day"),
        ),
        ("map", "/api/map".into()),
        ("map?type", format!("/api/map?type={}", enc(&ty))),
        ("network", "/api/network?limit=60".into()),
        ("network 250", "/api/network?limit=250".into()),
        ("quotes", "/api/quotes?limit=30".into()),
        (
            "quotes?speaker",
            format!("/api/quotes?speaker={}&limit=30", enc(&speaker)),
        ),
        ("speakers", "/api/speakers?limit=300".into()),
        ("actors", "/api/actors?limit=100".into()),
        (
            "actors?prefix",
            format!("/api/actors?prefix={}", enc(&prefix)),
        ),
        ("document", String::new()),
    ];
    let lat: Arc<Mutex<Vec<(usize, f64, u16)>>> = Arc::new(Mutex::new(Vec::with_capacity(count)));
    let start = Instant::now();
    let workers = 32usize;
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    std::thread::scope(|s| {
        for _ in 0..workers {
            let (agent, lat, next, mix, ids, base) =
                (agent.clone(), lat.clone(), next.clone(), &mix, &ids, &base);
            s.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= count || start.elapsed() > limit {
                    break;
                }
                let due = start + Duration::from_secs_f64(i as f64 / rate);
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    std::thread::sleep(wait);
                }
                let k = i % mix.len();
                let path = if mix[k].0 == "document" {
                    format!("/api/documents/{}", ids[i % ids.len().max(1)])
                } else {
                    mix[k].1.clone()
                };
                let t = Instant::now();
                let status = match agent.get(&format!("{base}{path}")).call() {
                    Ok(mut r) => {
                        let _ = r.body_mut().read_to_vec();
                        r.status().as_u16()
                    }
                    Err(_) => 0,
                };
                // Latency from when the request was due (no coordinated omission).
                let ms = (Instant::now() - due.min(t)).as_secs_f64() * 1000.0;
                lat.lock().unwrap().push((k, ms, status));
            });
        }
    });
    let took = start.elapsed().as_secs_f64();
    let lat = lat.lock().unwrap();
    let pct = |v: &mut Vec<f64>, p: f64| -> f64 {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[((v.len() as f64 - 1.0) * p).round() as usize]
    };
    let errors = lat.iter().filter(|x| x.2 != 200).count();
    println!(
        "{} requests in {took:.1} s at a target of {rate} req/s ({:.1} achieved), {errors} non-200",
        lat.len(),
        lat.len() as f64 / took
    );
    println!("| endpoint | n | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|");
    let mut all: Vec<f64> = lat.iter().map(|x| x.1).collect();
    for (k, (name, _)) in mix.iter().enumerate() {
        let mut v: Vec<f64> = lat.iter().filter(|x| x.0 == k).map(|x| x.1).collect();
        if v.is_empty() {
            continue;
        }
        let n = v.len();
        println!(
            "| {name} | {n} | {:.1} | {:.1} | {:.1} | {:.1} |",
            pct(&mut v, 0.5),
            pct(&mut v, 0.9),
            pct(&mut v, 0.99),
            pct(&mut v, 1.0)
        );
    }
    let n = all.len();
    println!(
        "| **all** | {n} | {:.1} | {:.1} | {:.1} | {:.1} |",
        pct(&mut all, 0.5),
        pct(&mut all, 0.9),
        pct(&mut all, 0.99),
        pct(&mut all, 1.0)
    );
}
