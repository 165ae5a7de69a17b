//! Build the synthetic 100k-article benchmark corpus from real annotated documents, without
//! running the NLP pipeline 100k times (see `bench/store/build-100k.sh`, `docs/bench/store.md`).
//!
//! Input: a documents table written by `chronicle export --what documents --format parquet`
//! (the real pipeline's output on real articles). Output: `OUT/documents/part-NNNNN.parquet`,
//! which `chronicle import OUT` loads. Every output document is one real annotated document
//! re-emitted with:
//! - a new id (`<id>x<copy>`) and origin (`synthetic:<origin>#<copy>`);
//! - a text variant that keeps every annotation offset valid: text is only ever APPENDED after
//!   the original. 90% of copies get a "related coverage" appendix about as long as the
//!   article, made of sentences drawn from other articles of the input (so content hashes
//!   differ and copies are not near duplicates of each other); 10% get one short line only
//!   (wire copy: the store links them as near duplicates, as it would real syndicated copy);
//! - a publication day spread uniformly over five years (2021-01-01 .. 2025-12-31); events
//!   dated to a full day are shifted by the same number of days when the original publication
//!   day is known;
//! - for 60% of copies, every place and event location moved to one country drawn from a
//!   skewed (Zipf-like) distribution over 80 countries, at one of 30 synthetic sites per
//!   country around its reference point (`Synthetic site 7, Kenya`), so that country filters,
//!   the map and per-place aggregates have a realistic spread; the other 40% keep their real
//!   places (mostly the United States for PolNeAR).
//!
//! Deterministic: the same input and arguments give the same output.
//!
//! ```text
//! cargo run --release -p chronicle-server --example replicate -- IN.parquet OUT_DIR 100000
//! ```

use std::path::PathBuf;

use serde_json::Value;

/// splitmix64: a small, good, deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn hash_str(s: &str) -> u64 {
    let mut r = Rng(s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    }));
    r.next()
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_day(s: &str) -> Option<i64> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = d[..4].parse().ok()?;
    let m = d[5..7].parse().ok()?;
    let dd = d[8..10].parse().ok()?;
    Some(days_from_civil(y, m, dd))
}

fn fmt_day(z: i64) -> String {
    let (y, m, d) = civil_from_days(z);
    format!("{y:04}-{m:02}-{d:02}")
}

struct Site {
    name: String,
    country: String,
    lat: f64,
    lon: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: replicate IN.parquet OUT_DIR N [PART_SIZE]");
        std::process::exit(2);
    }
    let input = PathBuf::from(&args[1]);
    let out = PathBuf::from(&args[2]).join("documents");
    let n: usize = args[3].parse().expect("N is a number");
    let part: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(5000);
    std::fs::create_dir_all(&out).expect("create OUT_DIR/documents");

    let mut docs: Vec<Value> = Vec::new();
    chronicle_store::import::each_json(&input, |_, json| {
        docs.push(serde_json::from_str(&json).expect("document JSON"));
        Ok(())
    })
    .expect("read the input documents");
    assert!(!docs.is_empty(), "no documents in {}", input.display());

    // Sentences of every article, for the appendices.
    let mut pool: Vec<String> = Vec::new();
    for d in &docs {
        let text = d["text"].as_str().unwrap_or("");
        for line in text.lines() {
            for s in line.split_inclusive(". ") {
                let s = s.trim();
                if (40..400).contains(&s.len()) {
                    pool.push(s.to_string());
                }
            }
        }
    }

    // 80 countries in a fixed shuffled order, Zipf-like weights 1/(rank+1).
    let mut countries: Vec<&chronicle_geo::Country> = chronicle_geo::countries()
        .all()
        .iter()
        .filter(|c| c.numeric.is_some() && (c.lat != 0.0 || c.lon != 0.0))
        .collect();
    countries.sort_by_key(|c| hash_str(&c.alpha2));
    countries.truncate(80);
    let weights: Vec<f64> = (0..countries.len())
        .map(|r| 1.0 / (r as f64 + 1.0))
        .collect();
    let wsum: f64 = weights.iter().sum();
    let sites: Vec<Vec<Site>> = countries
        .iter()
        .map(|c| {
            let mut r = Rng(hash_str(&c.alpha3));
            (0..30)
                .map(|s| Site {
                    name: format!("Synthetic site {s}, {}", c.name),
                    country: c.alpha2.clone(),
                    lat: (c.lat + (r.unit() - 0.5) * 4.0).clamp(-89.0, 89.0),
                    lon: (c.lon + (r.unit() - 0.5) * 4.0).clamp(-179.9, 179.9),
                })
                .collect()
        })
        .collect();

    let first_day = days_from_civil(2021, 1, 1);
    let span = days_from_civil(2026, 1, 1) - first_day;
    let mut batch: Vec<(String, String)> = Vec::with_capacity(part);
    let mut written = 0u64;
    let mut n_part = 0usize;
    for j in 0..n {
        let src = &docs[j % docs.len()];
        let copy = j / docs.len();
        let mut r = Rng(j as u64 ^ 0x5EED);
        let mut d = src.clone();
        let id = format!("{}x{copy:03}", src["id"].as_str().unwrap_or("doc"));
        let origin = src["origin"].as_str().unwrap_or("").to_string();
        let text = src["text"].as_str().unwrap_or("").to_string();

        // Text variant: appended only, so every offset stays valid.
        let mut new_text = text.clone();
        if r.below(10) == 0 {
            new_text.push_str(&format!("\n\n(Republished copy {copy}.)"));
        } else {
            new_text.push_str("\n\nRelated coverage:\n");
            let target = text.len().max(400);
            let mut added = 0;
            while added < target {
                let s = &pool[r.below(pool.len() as u64) as usize];
                new_text.push_str(s);
                new_text.push(' ');
                added += s.len() + 1;
            }
            new_text.push_str(&format!("(item {j})"));
        }

        // Publication day.
        let day = first_day + r.below(span as u64) as i64;
        let shift = src["published"]
            .as_str()
            .and_then(parse_day)
            .map(|orig| day - orig);
        // Publisher from the file name (PolNeAR: `<publisher>_<date>_<slug>.txt`).
        let source = std::path::Path::new(&origin)
            .file_name()
            .and_then(|f| f.to_str())
            .and_then(|f| f.split('_').next())
            .filter(|s| !s.is_empty())
            .map(str::to_string);

        // Relocation.
        let site_of = if r.below(10) < 6 {
            let mut x = r.unit() * wsum;
            let mut ci = 0;
            while ci + 1 < weights.len() && x > weights[ci] {
                x -= weights[ci];
                ci += 1;
            }
            Some(ci)
        } else {
            None
        };

        let o = d.as_object_mut().expect("document object");
        o.insert("id".into(), id.clone().into());
        o.insert("text".into(), new_text.into());
        o.insert("origin".into(), format!("synthetic:{origin}#{copy}").into());
        o.insert("published".into(), fmt_day(day).into());
        o.remove("published_source");
        o.remove("published_confidence");
        if let Some(s) = source {
            o.insert("source".into(), s.into());
        }
        if let Some(ci) = site_of {
            let pick = |key: &str| &sites[ci][(hash_str(key) % 30) as usize];
            if let Some(places) = o.get_mut("places").and_then(Value::as_array_mut) {
                for p in places {
                    let key = p["id"].as_str().unwrap_or("").to_string();
                    let s = pick(&key);
                    p["name"] = s.name.clone().into();
                    p["id"] = format!("synthetic:{}:{}", s.country, hash_str(&key) % 30).into();
                    p["country"] = s.country.clone().into();
                    p["lat"] = s.lat.into();
                    p["lon"] = s.lon.into();
                    if let Some(po) = p.as_object_mut() {
                        po.remove("admin1");
                    }
                }
            }
        }
        if let Some(events) = o.get_mut("events").and_then(Value::as_array_mut) {
            for e in events {
                if let (Some(k), Some(date)) = (shift, e["date"].as_str().and_then(parse_day)) {
                    let full = e["date"].as_str().is_some_and(|s| s.len() == 10);
                    if full {
                        e["date"] = fmt_day(date + k).into();
                    }
                }
                if let Some(ci) = site_of {
                    if let Some(loc) = e.get_mut("location").and_then(Value::as_object_mut) {
                        // The same site as the place mention it points to, if any.
                        let key = loc
                            .get("place")
                            .and_then(Value::as_u64)
                            .and_then(|k| src["places"].get(k as usize))
                            .and_then(|p| p["id"].as_str())
                            .or_else(|| loc.get("name").and_then(Value::as_str))
                            .unwrap_or("")
                            .to_string();
                        let s = &sites[ci][(hash_str(&key) % 30) as usize];
                        loc.insert("name".into(), s.name.clone().into());
                        loc.insert("country".into(), s.country.clone().into());
                        loc.insert("lat".into(), s.lat.into());
                        loc.insert("lon".into(), s.lon.into());
                        loc.remove("admin1");
                    }
                }
            }
        }
        batch.push((id, d.to_string()));
        if batch.len() >= part || j + 1 == n {
            let path = out.join(format!("part-{n_part:05}.parquet"));
            written += chronicle_store::export::write_documents_parquet(&path, batch.drain(..))
                .expect("write a part file");
            n_part += 1;
            eprintln!("replicate: {written}/{n} documents");
        }
    }
    eprintln!(
        "replicate: wrote {written} documents from {} originals in {n_part} files under {}",
        docs.len(),
        out.display()
    );
}
