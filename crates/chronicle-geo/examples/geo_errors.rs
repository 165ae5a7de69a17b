//! List every geocoding error of a predictions dump, with context and points, for error
//! analysis: `cargo run --release -p chronicle-geo --example geo_errors -- PREDS.jsonl
//! GOLD.xml [GOLD.xml ...]`. Make the dump with `chronicle eval places --dump PREDS.jsonl`.
//! Prints one tab-separated line per error: what, doc, text, gold point, predicted point and
//! kind, km, context. Demonyms count where the corpus annotates adjectives (as `--demonyms
//! auto`).

use std::collections::HashMap;

use chronicle_geo::eval::{self, haversine_km, PredictedPlace, Scheme};

#[derive(serde::Deserialize)]
struct Line {
    doc: String,
    #[serde(flatten)]
    place: PredictedPlace,
}

fn context(chars: &[char], s: usize, e: usize) -> String {
    let a = s.saturating_sub(50);
    let b = (e + 50).min(chars.len());
    let mut out: String = chars[a..s].iter().collect();
    out.push('[');
    out.extend(&chars[s..e]);
    out.push(']');
    out.extend(&chars[e..b]);
    out.replace(['\n', '\t'], " ")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(preds_path) = args.next() else {
        eprintln!("usage: geo_errors PREDS.jsonl GOLD.xml [GOLD.xml ...]");
        std::process::exit(2);
    };
    let mut preds: HashMap<String, Vec<PredictedPlace>> = HashMap::new();
    for line in std::fs::read_to_string(&preds_path)
        .expect("readable predictions")
        .lines()
    {
        if let Ok(l) = serde_json::from_str::<Line>(line) {
            preds.entry(l.doc).or_default().push(l.place);
        }
    }
    for path in args {
        let xml = std::fs::read_to_string(&path).expect("readable corpus");
        let stem = std::path::Path::new(&path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (docs, scheme) = eval::read_corpus(&xml, &stem);
        let demonyms = scheme == Scheme::Toponyms;
        for d in &docs {
            let chars: Vec<char> = d.text.chars().collect();
            let pred: Vec<&PredictedPlace> = preds
                .get(&d.id)
                .map(|v| {
                    v.iter()
                        .filter(|p| demonyms || p.kind != "demonym")
                        .collect()
                })
                .unwrap_or_default();
            let mut pairs = Vec::new();
            for (gi, g) in d.toponyms.iter().enumerate() {
                for (pi, p) in pred.iter().enumerate() {
                    let ov = g.end.min(p.end).saturating_sub(g.start.max(p.start));
                    if ov > 0 {
                        pairs.push((ov, gi, pi));
                    }
                }
            }
            pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            let mut gu = vec![false; d.toponyms.len()];
            let mut pu = vec![false; pred.len()];
            for (_, gi, pi) in pairs {
                if gu[gi] || pu[pi] {
                    continue;
                }
                gu[gi] = true;
                pu[pi] = true;
                let (g, p) = (&d.toponyms[gi], pred[pi]);
                if let (Some(la), Some(lo)) = (g.lat, g.lon) {
                    let km = haversine_km(la, lo, p.lat, p.lon);
                    if km > 161.0 {
                        println!(
                            "far\t{}\t{}\t{la:.2},{lo:.2}\t{:.2},{:.2} {}\t{km:.0}\t{}",
                            d.id,
                            g.name,
                            p.lat,
                            p.lon,
                            p.kind,
                            context(&chars, g.start, g.end)
                        );
                    }
                }
            }
            for (gi, g) in d.toponyms.iter().enumerate() {
                if !gu[gi] {
                    println!(
                        "missed\t{}\t{}\t{:.2},{:.2}\t\t\t{}",
                        d.id,
                        g.name,
                        g.lat.unwrap_or(f64::NAN),
                        g.lon.unwrap_or(f64::NAN),
                        context(&chars, g.start, g.end)
                    );
                }
            }
            for (pi, p) in pred.iter().enumerate() {
                if !pu[pi] {
                    let name: String = chars[p.start.min(chars.len())..p.end.min(chars.len())]
                        .iter()
                        .collect();
                    println!(
                        "spurious\t{}\t{name}\t\t{:.2},{:.2} {}\t\t{}",
                        d.id,
                        p.lat,
                        p.lon,
                        p.kind,
                        context(&chars, p.start, p.end)
                    );
                }
            }
        }
    }
}
