//! Print the blocks a file gives: `cargo run -p chronicle-read --example blocks -- FILE`.

fn main() {
    for path in std::env::args().skip(1) {
        let opts = chronicle_read::ReadOptions::new(None);
        for rec in chronicle_read::read_path(path.as_ref(), &opts) {
            match rec.result {
                Err(e) => println!("{}: error: {e}", rec.origin),
                Ok(doc) => {
                    let m = &doc.meta;
                    println!(
                        "{}: title={:?} byline={:?} source={:?} published={:?} url={:?}",
                        rec.origin, m.title, m.byline, m.source, m.published, m.url
                    );
                    for b in &doc.blocks {
                        let t = doc.slice(b.span.0);
                        let short: String = t.chars().take(70).collect();
                        let credit = b.credit.as_ref().map(|c| doc.slice(c.0));
                        println!(
                            "  {:<11} {short:?} {}",
                            format!("{:?}", b.kind),
                            credit
                                .map(|c| format!("[credit {c:?}]"))
                                .unwrap_or_default()
                        );
                    }
                    for d in &doc.diagnostics {
                        println!("  diagnostic: {}", d.message);
                    }
                }
            }
        }
    }
}
