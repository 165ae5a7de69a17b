//! Robustness check: run `time.v1` (after the text stage) on every `.txt` file under a folder,
//! as given and with typographic perturbations (curly quotes, em dashes, non-breaking spaces,
//! accented letters next to digits), and report every panic:
//! `cargo run -p chronicle-time --example stress -- ../shared/data/polnear`
//! (a debug build also catches arithmetic overflow).

use chronicle_doc::{Document, Meta, Stage};

fn perturb(text: &str, k: usize) -> String {
    match k {
        0 => text.to_string(),
        1 => text
            .replace('\'', "\u{2019}")
            .replace(" - ", " \u{2014} ")
            .replace('"', "\u{201C}"),
        2 => text.replace(' ', "\u{00A0}"),
        3 => text
            .chars()
            .flat_map(|c| {
                if c.is_ascii_digit() {
                    vec![c, '\u{00E9}']
                } else if c == ',' {
                    vec!['\u{2014}']
                } else {
                    vec![c]
                }
            })
            .collect(),
        _ => text
            .split(' ')
            .map(|w| format!("\u{201C}{w}\u{2019}"))
            .collect::<Vec<_>>()
            .join("\u{2009}"),
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/polnear".into());
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(&dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    static WHERE: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());
    std::panic::set_hook(Box::new(|info| {
        if let (Some(l), Ok(mut w)) = (info.location(), WHERE.lock()) {
            *w = format!("{}:{}", l.file(), l.line());
        }
    }));
    let (mut runs, mut failed) = (0, 0);
    for f in &files {
        let Ok(raw) = std::fs::read_to_string(f) else {
            continue;
        };
        for k in 0..5 {
            for published in [None, Some("2016-03-11".to_string())] {
                let text = perturb(&raw, k);
                runs += 1;
                let outcome = std::panic::catch_unwind(|| {
                    let mut doc = Document::new(
                        text.as_str(),
                        Meta {
                            published: published.clone(),
                            ..Meta::default()
                        },
                    );
                    chronicle_text::TextStage::new().run(&mut doc).ok();
                    chronicle_time::TimeStage::new().run(&mut doc).ok();
                    let _ = chronicle_time::tag(&text, published.as_deref());
                });
                if let Err(p) = outcome {
                    failed += 1;
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let at = WHERE.lock().map(|w| w.clone()).unwrap_or_default();
                    println!("PANIC {} perturbation {k} at {at}: {msg}", f.display());
                }
            }
        }
    }
    println!("{runs} runs over {} files, {failed} panics", files.len());
}
