//! A stable-toolchain fallback for cargo-fuzz: mutate seed inputs at random (bit flips, byte
//! insertions and deletions, splices, repeated chunks, structure tokens) and run them through
//! the same checks for a time budget. Not coverage-guided, so weaker than libFuzzer, but it
//! needs no nightly toolchain.
//!
//! `stable_fuzz TARGET SECONDS [CORPUS_DIR]`: a panicking input is written to
//! `artifacts/TARGET/crash-<n>` and the run exits with status 1.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const SEEDS: &[&str] = &[
    "Headline\n\nA short standfirst sentence about the event.\n\nCITY (Agency) - Body starts here.\n\nA caption line with a credit [Name/Agency]\n\nSubheading\n\nMore body text.\n\nSource: Some agency\n",
    "<html><head><title>T</title><meta property=\"og:title\" content=\"x\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"datePublished\":\"2020-01-01\"}</script></head><body><article><p>One paragraph.</p><p>Two.</p></article></body></html>",
    "{\"id\":\"1\",\"title\":\"t\",\"text\":\"Head\\n\\nBody.\",\"published\":\"2021-01-01\"}\n",
    "[{\"id\":2,\"html\":\"<p>x</p>\"},{\"text\":\"y\"}]",
    "Mr. Smith went to Washington, D.C. on Nov. 7. “We’ll see,” he said... 3.5% of U.S. voters—or 1,000,000—agreed!",
];

const TOKENS: &[&str] = &[
    "<", ">", "</p>", "<div>", "[", "]", "{", "}", "\"", "\n", "\n\n", "\\u0000", "’", "—", "é",
    "\u{fffd}", ".", " - ", "(", ")", "By ", "Source:", "\r\n", "\u{feff}", "<script>", "&amp;",
    "&#x0;",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    for _ in 0..=rng.below(8) {
        match rng.below(7) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(input.len() + 1);
                input.insert(i, rng.next() as u8);
            }
            2 if !input.is_empty() => {
                let i = rng.below(input.len());
                let n = rng.below(16).min(input.len() - i);
                input.drain(i..i + n);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let i = rng.below(input.len() + 1);
                input.splice(i..i, t.iter().copied());
            }
            4 if !corpus.is_empty() => {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = a + rng.below(other.len() - a);
                    let i = rng.below(input.len() + 1);
                    input.splice(i..i, other[a..b].iter().copied());
                }
            }
            5 if !input.is_empty() && input.len() < 100_000 => {
                let a = rng.below(input.len());
                let b = (a + 1 + rng.below(64)).min(input.len());
                let chunk = input[a..b].to_vec();
                for _ in 0..rng.below(64) {
                    input.extend_from_slice(&chunk);
                }
            }
            _ => {
                let i = rng.below(input.len() + 1);
                input.truncate(i);
            }
        }
    }
    input.truncate(256 * 1024);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(target), Some(secs)) = (
        args.first(),
        args.get(1).and_then(|s| s.parse::<u64>().ok()),
    ) else {
        eprintln!(
            "usage: stable_fuzz TARGET SECONDS [CORPUS_DIR]; targets: {:?}",
            chronicle_fuzz::TARGETS
        );
        std::process::exit(2);
    };
    if !chronicle_fuzz::TARGETS.contains(&target.as_str()) {
        eprintln!(
            "unknown target {target:?}; one of {:?}",
            chronicle_fuzz::TARGETS
        );
        std::process::exit(2);
    }
    let mut corpus: Vec<Vec<u8>> = SEEDS.iter().map(|s| s.as_bytes().to_vec()).collect();
    if let Some(dir) = args.get(2) {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                if let Ok(b) = std::fs::read(e.path()) {
                    corpus.push(b);
                }
            }
        }
    }
    // Quiet the default panic message; we report crashes ourselves.
    std::panic::set_hook(Box::new(|_| {}));
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let mut input = corpus[rng.below(corpus.len())].clone();
        mutate(&mut rng, &mut input, &corpus);
        runs += 1;
        if catch_unwind(AssertUnwindSafe(|| chronicle_fuzz::check(target, &input))).is_err() {
            let dir = format!("artifacts/{target}");
            let _ = std::fs::create_dir_all(&dir);
            let path = format!("{dir}/crash-{runs}");
            let _ = std::fs::write(&path, &input);
            eprintln!("stable_fuzz {target}: panic after {runs} runs; input saved to {path} (seed {seed})");
            std::process::exit(1);
        }
        if runs % 64 == 0 && input.len() < 16 * 1024 && corpus.len() < 4096 {
            corpus.push(input);
        }
    }
    println!("stable_fuzz {target}: {runs} runs in {secs} s, no panic (seed {seed})");
}
