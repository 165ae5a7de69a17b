//! Development driver for the taggers when the `chronicle` binary cannot be built (another
//! crate of the workspace mid-edit). `chronicle train|eval|tag` is the supported interface.
//!
//! Usage: `tagtool clusters OUT` | `tagtool pos|ner TRAIN DEV CLUSTERS OUT [EPOCHS]` |
//! `tagtool eval-pos|eval-ner GOLD MODEL` | `tagtool bench DIR`.

use std::path::{Path, PathBuf};

use chronicle_tag::codec::{Reader, Writer};
use chronicle_tag::corpus::{read_conll, read_conllu, unlabelled_sentences};
use chronicle_tag::*;

fn main() -> Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let shared =
        PathBuf::from(std::env::var("CHRONICLE_SHARED").unwrap_or("../shared".into())).join("data");
    let clusters = |p: &str| -> Result<Clusters> {
        let raw = Reader::decompress(&std::fs::read(p).map_err(|e| Error::io(p, e))?)?;
        Clusters::read(&mut Reader::new(&raw))
    };
    match a[1].as_str() {
        "clusters" => {
            let s = unlabelled_sentences(
                &[shared.join("conll2003/train.txt")],
                &[shared.join("ud-ewt/en_ewt-ud-train.conllu")],
                &[shared.join("polnear/train/text")],
            )?;
            let c = Clusters::learn(&s, 3, 60_000);
            let mut w = Writer::new();
            c.write(&mut w);
            std::fs::write(&a[2], w.into_compressed()).map_err(|e| Error::io(&a[2], e))?;
            eprintln!("{} words", c.len());
        }
        "pos" => {
            let cfg = PosTrainConfig {
                epochs: a.get(6).map_or(10, |e| e.parse().unwrap()),
                prune: a.get(7).map_or(0.05, |e| e.parse().unwrap()),
                seed: 1,
                augment: 0.04,
                mix: 1,
            };
            let t = train_pos(
                &read_conllu(Path::new(&a[2]))?,
                Some(&read_conllu(Path::new(&a[3]))?),
                clusters(&a[4])?,
                &cfg,
                |l| eprintln!("{l}"),
            );
            std::fs::write(&a[5], t.to_bytes()).map_err(|e| Error::io(&a[5], e))?;
            eprintln!("{} features, {} weights", t.n_features(), t.n_weights());
        }
        "ner" => {
            let cfg = NerTrainConfig {
                epochs: a.get(6).map_or(12, |e| e.parse().unwrap()),
                prune: a.get(7).map_or(0.05, |e| e.parse().unwrap()),
                seed: 1,
                augment: a.get(8).map_or(0.08, |e| e.parse().unwrap()),
                mix: 1,
            };
            let t = train_ner(
                &read_conll(Path::new(&a[2]))?,
                Some(&read_conll(Path::new(&a[3]))?),
                clusters(&a[4])?,
                &cfg,
                |l| eprintln!("{l}"),
            );
            std::fs::write(&a[5], t.to_bytes()).map_err(|e| Error::io(&a[5], e))?;
            eprintln!("{} features, {} weights", t.n_features(), t.n_weights());
        }
        "eval-pos" => {
            let t = PosTagger::from_bytes(&std::fs::read(&a[3]).map_err(|e| Error::io(&a[3], e))?)?;
            println!("{}", evaluate_pos(&t, &read_conllu(Path::new(&a[2]))?));
        }
        "eval-ner" => {
            let t = NerTagger::from_bytes(&std::fs::read(&a[3]).map_err(|e| Error::io(&a[3], e))?)?;
            println!("{}", evaluate_ner(&t, &read_conll(Path::new(&a[2]))?));
        }
        "bench" => println!("{}", bench::bench_dir(Path::new(&a[2]), 1)?),
        "stats" => {
            let t = PosTagger::from_bytes(&std::fs::read(&a[2]).map_err(|e| Error::io(&a[2], e))?)?;
            println!("pos {} features, {} weights", t.n_features(), t.n_weights());
            let t = NerTagger::from_bytes(&std::fs::read(&a[3]).map_err(|e| Error::io(&a[3], e))?)?;
            println!("ner {} features, {} weights", t.n_features(), t.n_weights());
        }
        other => eprintln!("unknown command {other}"),
    }
    Ok(())
}
