//! Score the quotes stage on a PolNeAR split with the stages it depends on (text, pos.v1,
//! ner.v1, coref.v1, quotes.v1): `cargo build --release -p chronicle-quotes --example
//! polnear && ./target/release/examples/polnear DIR`. `SHOW=1` prints every false positive,
//! miss and wrong speaker. The full-pipeline figures come from
//! `chronicle eval quotes --polnear DIR`.

use chronicle_doc::{Meta, Stage};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/polnear/dev".into());
    let articles = match chronicle_quotes::polnear::load_split(dir.as_ref()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let (pos, ner) = match (
        chronicle_tag::PosStage::new(),
        chronicle_tag::NerStage::new(),
    ) {
        (Ok(p), Ok(n)) => (p, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("cannot load the taggers: {e}");
            std::process::exit(2);
        }
    };
    let no_ner = std::env::var_os("NO_NER").is_some();
    let mut scores = chronicle_quotes::polnear::Scores::default();
    for a in &articles {
        let mut doc = chronicle_read::read_txt(&a.text, Meta::default());
        let _ = chronicle_text::TextStage::new().run(&mut doc);
        if !no_ner {
            let _ = pos.run(&mut doc);
            let _ = ner.run(&mut doc);
        }
        let _ = chronicle_coref::CorefStage::new().run(&mut doc);
        let _ = chronicle_quotes::QuotesStage::new().run(&mut doc);
        scores.add(a, &doc);
        if std::env::var_os("SHOW").is_some() {
            let map = chronicle_doc::CharMap::new(doc.text());
            for q in &doc.quotes {
                let (s, e) = map.chars_of(q.content.0);
                let hit = a
                    .gold
                    .iter()
                    .any(|g| g.content.iter().any(|&(x, y)| x < e && s < y));
                let sp = q
                    .speaker
                    .as_ref()
                    .map(|s| doc.slice(s.span.0))
                    .unwrap_or("-");
                let chars: Vec<char> = a.text.chars().collect();
                if let Some(g) = a
                    .gold
                    .iter()
                    .find(|g| g.content.iter().any(|&(x, y)| x < e && s < y))
                {
                    let ok = q.speaker.as_ref().is_some_and(|sp| {
                        let (ss, se) = map.chars_of(sp.span.0);
                        g.source.iter().any(|&(x, y)| x < se && ss < y)
                    });
                    if !ok && !g.source.is_empty() {
                        let gsrc: String = g
                            .source
                            .first()
                            .map(|&(c, d)| chars[c..d.min(chars.len())].iter().collect())
                            .unwrap_or_default();
                        let cue = q.cue.map(|c| doc.slice(c.0)).unwrap_or("-");
                        println!(
                            "SPK {:?} pred={:?} gold={:?} cue={:?} [{}]",
                            q.kind,
                            sp,
                            gsrc,
                            cue,
                            doc.slice(q.content.0).chars().take(60).collect::<String>()
                        );
                    }
                }
                if std::env::var_os("STATS").is_some() {
                    let cue = q.cue.map(|c| doc.slice(c.0).to_lowercase());
                    println!("CUE {} {}", cue.as_deref().unwrap_or("-"), hit as u8);
                }
                if !hit {
                    println!(
                        "FP {:?} {:?} [{}]",
                        q.kind,
                        sp,
                        doc.slice(q.content.0).chars().take(90).collect::<String>()
                    );
                }
            }
            for g in &a.gold {
                let hit = doc.quotes.iter().any(|q| {
                    let (s, e) = map.chars_of(q.content.0);
                    g.content.iter().any(|&(x, y)| x < e && s < y)
                });
                if !hit {
                    let chars: Vec<char> = a.text.chars().collect();
                    let (x, y) = g.content[0];
                    let cue: String = g
                        .cue
                        .first()
                        .map(|&(c, d)| chars[c..d.min(chars.len())].iter().collect())
                        .unwrap_or_default();
                    println!(
                        "FN cue={cue:?} [{}]",
                        chars[x..y.min(chars.len()).min(x + 90)]
                            .iter()
                            .collect::<String>()
                    );
                }
            }
        }
    }
    println!("{}", scores.report());
}
