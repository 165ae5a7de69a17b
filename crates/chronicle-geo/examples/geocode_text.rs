//! Print the places found in a text file (no NER): `cargo run --example geocode_text FILE`.

use chronicle_doc::{Document, Meta, Stage};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: geocode_text FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("readable text file");
    let t0 = std::time::Instant::now();
    let n = chronicle_geo::gazetteer().len();
    eprintln!(
        "gazetteer: {n} features loaded in {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    let mut doc = Document::new(text, Meta::default());
    chronicle_text::TextStage::new()
        .run(&mut doc)
        .expect("text stage");
    chronicle_geo::GeocodeStage::new()
        .run(&mut doc)
        .expect("geo stage");
    for p in &doc.places {
        println!(
            "{:<24} {:<10} {:<26} {:<2} {:<22} {:>8.3} {:>9.3} {:.2}",
            doc.slice(p.span.0),
            p.kind,
            p.id,
            p.country,
            p.admin1.as_deref().unwrap_or("-"),
            p.lat,
            p.lon,
            p.confidence
        );
    }
    for d in &doc.diagnostics {
        println!("diagnostic: {}", d.message);
    }
}
