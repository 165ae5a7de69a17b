//! Scoring of main-text extraction, as the public article-extraction benchmark
//! (scrapinghub/article-extraction-benchmark, `evaluate.py`) does it.
//!
//! - Tokens: maximal runs of word characters (Python's `\w+`: letters, digits, `_`), case kept.
//! - Shingles: every run of 4 consecutive tokens (one shingle of all tokens when a text has
//!   fewer than 4, none when it has none), counted as a multiset.
//! - Per page: tp = Σ min(true, predicted) counts, fp = Σ excess predicted, fn = Σ missing;
//!   the three are divided by their sum, so every page weighs the same.
//! - Over pages: precision is the mean of per-page precision over pages with tp + fp > 0,
//!   recall the mean of per-page recall over pages with tp + fn > 0 (a page with fp = fn = 0
//!   scores 1, one with tp = fp = 0 scores precision 0); F1 is the harmonic mean of those two
//!   means (not the mean of per-page F1).

use std::collections::HashMap;

/// Shingle size of the benchmark.
pub const SHINGLE: usize = 4;

/// Normalized true positives, false positives and false negatives of one page.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PageCounts {
    /// Matched shingles (fraction).
    pub tp: f64,
    /// Extracted shingles not in the truth (fraction).
    pub fp: f64,
    /// Truth shingles not extracted (fraction).
    pub fn_: f64,
}

impl PageCounts {
    /// Precision of this page, as the benchmark defines it.
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    /// Recall of this page, as the benchmark defines it.
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    /// F1 of this page alone (for per-page listings).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Python's `\w` for `str` patterns: `_` or a character whose general category is a letter
/// (`L*`) or a number (`N*`). Combining marks (`Mn`, `Mc`) and symbols such as `ⓒ` are not word
/// characters, although Rust's `char::is_alphanumeric` accepts them.
pub fn is_word_char(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// Word tokens as Python's `re.findall(r"\w+", text)`.
pub fn tokens(text: &str) -> Vec<&str> {
    let is_word = is_word_char;
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    let n = toks.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..n {
        let end = (i + SHINGLE).min(toks.len());
        *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Compare an extracted body with the true body.
pub fn page_counts(truth: &str, predicted: &str) -> PageCounts {
    let t = shingles(truth);
    let p = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += tc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(t.get(k).copied().unwrap_or(0));
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageCounts::default();
    }
    PageCounts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Mean precision, mean recall and their harmonic mean over pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Mean per-page precision (pages with tp + fp > 0).
    pub precision: f64,
    /// Mean per-page recall (pages with tp + fn > 0).
    pub recall: f64,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
}

/// Aggregate pages as the benchmark does.
pub fn summarize(pages: &[PageCounts]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(|c| c.precision())
            .collect(),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(|c| c.recall())
            .collect(),
    );
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Summary {
        precision,
        recall,
        f1,
    }
}

/// One scored page of a benchmark run.
#[derive(Clone, Debug)]
pub struct PageResult {
    /// Page id (file stem).
    pub id: String,
    /// Shingle counts against the truth.
    pub counts: PageCounts,
    /// Words extracted.
    pub n_words: usize,
    /// The extracted body.
    pub body: String,
}

/// Score `extractor` on a benchmark laid out as `pages/<id>.html.gz` (or `.html`) and a truth
/// file `{"<id>": {"articleBody": "..."}}`. Pages run in parallel; results are in id order.
/// A page that is missing or unreadable scores as an empty extraction.
pub fn evaluate_pages(
    pages: &std::path::Path,
    truth: &std::path::Path,
    extractor: crate::Extractor,
) -> Result<Vec<PageResult>, crate::ReadError> {
    let io = |path: &std::path::Path| {
        let path = path.to_owned();
        move |source| crate::ReadError::Io { path, source }
    };
    let truth_text = std::fs::read_to_string(truth).map_err(io(truth))?;
    let origin = truth.display().to_string();
    let value: serde_json::Value =
        serde_json::from_str(&truth_text).map_err(|e| crate::ReadError::Json {
            origin: origin.clone(),
            message: format!("invalid JSON: {e}"),
        })?;
    let obj = value.as_object().ok_or_else(|| crate::ReadError::Json {
        origin: origin.clone(),
        message: "expected an object {id: {\"articleBody\": ...}}".into(),
    })?;
    let mut items: Vec<(String, String)> = obj
        .iter()
        .map(|(id, v)| {
            (
                id.clone(),
                v.get("articleBody")
                    .and_then(|b| b.as_str())
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect();
    items.sort();
    let score_one = |(id, truth): &(String, String)| -> PageResult {
        let gz = pages.join(format!("{id}.html.gz"));
        let plain = pages.join(format!("{id}.html"));
        let bytes = if gz.exists() {
            std::fs::File::open(&gz).ok().and_then(|f| {
                let mut out = Vec::new();
                std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(f), &mut out)
                    .ok()
                    .map(|_| out)
            })
        } else {
            std::fs::read(&plain).ok()
        };
        let body = match bytes {
            Some(b) => {
                let mut notes = Vec::new();
                let html = crate::html::decode_html(&b, &mut notes);
                crate::extract_html(&html, extractor).body()
            }
            None => String::new(),
        };
        PageResult {
            id: id.clone(),
            counts: page_counts(truth, &body),
            n_words: body.split_whitespace().count(),
            body,
        }
    };
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(16);
    let chunk = items.len().div_ceil(threads).max(1);
    let results = std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(score_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(
            tokens("It's 3.5 km_x, café!"),
            vec!["It", "s", "3", "5", "km_x", "café"]
        );
        assert!(tokens(" ,.- ").is_empty());
        // Combining marks split words, as in Python: "ba\u{64e}b" is two tokens.
        assert_eq!(tokens("ba\u{64e}b ⓒ x"), vec!["ba", "b", "x"]);
    }

    #[test]
    fn identical_texts_score_one() {
        let c = page_counts("one two three four five", "one two three four five");
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
    }

    #[test]
    fn extra_and_missing_text_count_by_shingles() {
        // truth has shingles [a b c d], [b c d e]; prediction [a b c d] and [b c d x].
        let c = page_counts("a b c d e", "a b c d x");
        assert!((c.tp - 1.0 / 3.0).abs() < 1e-12);
        assert!((c.fp - 1.0 / 3.0).abs() < 1e-12);
        assert!((c.fn_ - 1.0 / 3.0).abs() < 1e-12);
        assert!((c.precision() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn short_texts_make_one_shingle() {
        let c = page_counts("two words", "two words");
        assert_eq!(c.tp, 1.0);
        let c = page_counts("two words", "");
        assert_eq!((c.tp, c.fn_), (0.0, 1.0));
        assert_eq!(c.recall(), 0.0);
    }

    #[test]
    fn summary_averages_precision_and_recall_separately() {
        let pages = [
            PageCounts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0,
            },
            PageCounts {
                tp: 0.5,
                fp: 0.5,
                fn_: 0.0,
            },
            // Nothing extracted: no precision entry, recall 0.
            PageCounts {
                tp: 0.0,
                fp: 0.0,
                fn_: 1.0,
            },
        ];
        let s = summarize(&pages);
        assert!((s.precision - 0.75).abs() < 1e-12);
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-12);
        let f1 = 2.0 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0);
        assert!((s.f1 - f1).abs() < 1e-12);
    }
}
