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
    /// CPU time of this thread in POS + NER (Linux `/proc/thread-self/schedstat`; `None`
    /// elsewhere). On a shared machine this, unlike wall time, does not count the time the
    /// thread waited for a core.
    pub tag_cpu: Option<Duration>,
    /// A hash of every token's predicted UPOS and XPOS and every entity's span and label
    /// (speed work must leave it unchanged).
    pub checksum: u64,
}

/// CPU time consumed so far by the calling thread, where the OS tells.
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tag = (self.pos_time + self.ner_time).as_secs_f64();
        let all = tag + self.text_time.as_secs_f64();
        writeln!(
            f,
            "articles {} tokens {} entities {} (tags checksum {:016x})",
            self.articles, self.tokens, self.entities, self.checksum
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
        )?;
        if let Some(cpu) = self.tag_cpu {
            let cpu = cpu.as_secs_f64();
            write!(
                f,
                "\npos+ner per CPU second (wall time minus waiting for a core): {:.0} tokens/s, {:.1} articles/s",
                self.tokens as f64 / cpu,
                self.articles as f64 / cpu
            )?;
        }
        Ok(())
    }
}

/// Fold the predicted tags and entities of `doc` into the hash `h`.
fn checksum(mut h: u64, doc: &Document) -> u64 {
    use crate::hash::{hash_bytes, mix};
    for t in &doc.tokens {
        let u = t.upos.map_or("", |u| u.as_str());
        let x = t.xpos.map_or("", |x| x.as_str());
        h = mix(mix(h, hash_bytes(u.as_bytes())), hash_bytes(x.as_bytes()));
    }
    for e in &doc.entities {
        h = mix(h, (e.span.start() as u64) << 32 | e.span.end() as u64);
        h = mix(h, hash_bytes(e.label.as_str().as_bytes()));
    }
    h
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
        tag_cpu: None,
        checksum: 0,
    };
    let mut cpu = Duration::ZERO;
    let mut have_cpu = true;
    for _ in 0..rounds.max(1) {
        for t in &texts {
            let mut doc = Document::new(t.as_str(), Meta::default());
            let a = Instant::now();
            let _ = text.run(&mut doc);
            let b = Instant::now();
            let c0 = thread_cpu();
            let _ = pos.run(&mut doc);
            let c = Instant::now();
            let _ = ner.run(&mut doc);
            let d = Instant::now();
            match (c0, thread_cpu()) {
                (Some(x), Some(y)) => cpu += y.saturating_sub(x),
                _ => have_cpu = false,
            }
            r.text_time += b - a;
            r.pos_time += c - b;
            r.ner_time += d - c;
            r.articles += 1;
            r.tokens += doc.tokens.len();
            r.entities += doc.entities.len();
            r.checksum = checksum(r.checksum, &doc);
        }
    }
    r.tag_cpu = have_cpu.then_some(cpu);
    Ok(r)
}
