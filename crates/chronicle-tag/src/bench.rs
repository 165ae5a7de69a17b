//! Throughput measurement for `chronicle tag --bench DIR`: tokenize, POS-tag and NER-tag every
//! `.txt` file of a directory on one thread and time the tagging.

use std::path::Path;
use std::time::{Duration, Instant};

use chronicle_doc::{Document, Meta, Stage};

use crate::error::{Error, Result};
use crate::{NerStage, PosStage};

/// What a benchmark run measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    /// Articles tagged.
    pub articles: usize,
    /// Tokens tagged.
    pub tokens: usize,
    /// Entities found.
    pub entities: usize,
    /// Time in the text stage (tokenizer, sentences).
    pub text_time: Duration,
    /// Time in the POS stage.
    pub pos_time: Duration,
    /// Time in the NER stage.
    pub ner_time: Duration,
    /// Time to load both models.
    pub load_time: Duration,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tag = (self.pos_time + self.ner_time).as_secs_f64();
        let all = tag + self.text_time.as_secs_f64();
        writeln!(
            f,
            "articles {} tokens {} entities {}",
            self.articles, self.tokens, self.entities
        )?;
        writeln!(f, "model load {:.3} s", self.load_time.as_secs_f64())?;
        writeln!(
            f,
            "pos {:.0} tokens/s",
            self.tokens as f64 / self.pos_time.as_secs_f64()
        )?;
        writeln!(
            f,
            "ner {:.0} tokens/s",
            self.tokens as f64 / self.ner_time.as_secs_f64()
        )?;
        writeln!(
            f,
            "pos+ner {:.0} tokens/s, {:.1} articles/s",
            self.tokens as f64 / tag,
            self.articles as f64 / tag
        )?;
        write!(
            f,
            "text+pos+ner {:.0} tokens/s, {:.1} articles/s",
            self.tokens as f64 / all,
            self.articles as f64 / all
        )
    }
}

/// Run the benchmark over the `.txt` files in `dir`, `rounds` times.
pub fn bench_dir(dir: &Path, rounds: usize) -> Result<BenchReport> {
    let t0 = Instant::now();
    let pos = PosStage::new()?;
    let ner = NerStage::new()?;
    let load_time = t0.elapsed();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts = files
        .iter()
        .map(|f| std::fs::read_to_string(f).map_err(|e| Error::io(f, e)))
        .collect::<Result<Vec<_>>>()?;
    let text = chronicle_text::TextStage::new();
    let mut r = BenchReport {
        articles: 0,
        tokens: 0,
        entities: 0,
        text_time: Duration::ZERO,
        pos_time: Duration::ZERO,
        ner_time: Duration::ZERO,
        load_time,
    };
    for _ in 0..rounds.max(1) {
        for t in &texts {
            let mut doc = Document::new(t.as_str(), Meta::default());
            let a = Instant::now();
            let _ = text.run(&mut doc);
            let b = Instant::now();
            let _ = pos.run(&mut doc);
            let c = Instant::now();
            let _ = ner.run(&mut doc);
            let d = Instant::now();
            r.text_time += b - a;
            r.pos_time += c - b;
            r.ner_time += d - c;
            r.articles += 1;
            r.tokens += doc.tokens.len();
            r.entities += doc.entities.len();
        }
    }
    Ok(r)
}
