//! Score the geocoder alone (tokens + sentences + places.v1, no NER) on a geoparsing corpus:
//! `cargo run --release -p chronicle-geo --example geoparse_eval -- FILE.xml [N_ERRORS]`.
//! The full-pipeline figures come from `chronicle eval places`.

use chronicle_doc::{CharMap, Document, Meta, Stage};
use chronicle_geo::eval::{self, PredictedPlace, Scheme};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: geoparse_eval FILE.xml [N_ERRORS]");
        std::process::exit(2);
    };
    let n_err: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let xml = std::fs::read_to_string(&path).expect("readable corpus");
    let (docs, scheme) = eval::read_corpus(&xml, "x");
    let text = chronicle_text::TextStage::new();
    let geo = chronicle_geo::GeocodeStage::new();
    let t0 = std::time::Instant::now();
    let preds: Vec<Vec<PredictedPlace>> = docs
        .iter()
        .map(|d| {
            let mut doc = Document::new(d.text.clone(), Meta::default());
            text.run(&mut doc).expect("text stage");
            geo.run(&mut doc).expect("geo stage");
            let map = CharMap::new(doc.text());
            doc.places
                .iter()
                .map(|p| {
                    let (start, end) = map.chars_of(p.span.0);
                    PredictedPlace {
                        start,
                        end,
                        lat: p.lat,
                        lon: p.lon,
                        kind: p.kind.clone(),
                    }
                })
                .collect()
        })
        .collect();
    let s = eval::score(&docs, &preds, scheme == Scheme::Toponyms);
    println!(
        "{path}: {} docs in {:.2}s (incl. gazetteer load)\n span P {:.3} R {:.3} F1 {:.3}\n acc@161 {:.3} ({}/{})\n e2e P {:.3} R {:.3} F1 {:.3}",
        s.n_docs,
        t0.elapsed().as_secs_f64(),
        s.span.precision(),
        s.span.recall(),
        s.span.f1(),
        s.accuracy_161(),
        s.n_within_161,
        s.n_matched_with_coords,
        s.end_to_end.precision(),
        s.end_to_end.recall(),
        s.end_to_end.f1()
    );
    for what in ["missed", "spurious", "far"] {
        let c: Vec<String> = eval::error_counts(&s, what)
            .into_iter()
            .take(n_err)
            .map(|(t, n)| format!("{t}×{n}"))
            .collect();
        if n_err > 0 {
            println!(" {what}: {}", c.join(", "));
        }
    }
}
