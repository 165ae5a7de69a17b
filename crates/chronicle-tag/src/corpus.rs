//! Readers for the training and evaluation formats: CoNLL-2003 (`word POS chunk NER`, IOB1 or
//! BIO) and CoNLL-U. Each keeps the original lines so that `chronicle tag` can echo them.

use std::path::Path;

use crate::error::{Error, Result};

/// One CoNLL-2003 sentence.
#[derive(Clone, Debug, Default)]
pub struct ConllSentence {
    /// The words.
    pub words: Vec<String>,
    /// The gold tags (last column), converted to BIO.
    pub tags: Vec<String>,
    /// The original lines, one per word.
    pub lines: Vec<String>,
}

/// One CoNLL-2003 document (sentences between `-DOCSTART-` lines).
#[derive(Clone, Debug, Default)]
pub struct ConllDoc {
    /// The sentences.
    pub sentences: Vec<ConllSentence>,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Read a CoNLL-2003 file into documents. A file without `-DOCSTART-` lines is one document.
pub fn read_conll(path: &Path) -> Result<Vec<ConllDoc>> {
    parse_conll(&read(path)?, path)
}

/// Parse CoNLL-2003 text (see [`read_conll`]).
pub fn parse_conll(text: &str, path: &Path) -> Result<Vec<ConllDoc>> {
    let mut docs = vec![ConllDoc::default()];
    let mut sent = ConllSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !sent.words.is_empty() {
                sent.tags = iob_to_bio(&sent.tags);
                docs.last_mut()
                    .expect("one doc")
                    .sentences
                    .push(std::mem::take(&mut sent));
            }
            if line.starts_with("-DOCSTART-") && !docs.last().expect("one doc").sentences.is_empty()
            {
                docs.push(ConllDoc::default());
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or_default();
        let tag = line.split_whitespace().last().unwrap_or_default();
        if tag != "O" && !(tag.starts_with("B-") || tag.starts_with("I-")) {
            return Err(Error::Parse {
                path: path.to_path_buf(),
                line: n + 1,
                message: format!("last column {tag:?} is not a BIO/IOB tag (O, B-X, I-X)"),
            });
        }
        sent.words.push(word.to_string());
        sent.tags.push(tag.to_string());
        sent.lines.push(line.to_string());
    }
    if !sent.words.is_empty() {
        sent.tags = iob_to_bio(&sent.tags);
        docs.last_mut().expect("one doc").sentences.push(sent);
    }
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

/// Convert IOB1 tags (an entity may start with `I-`) to BIO (every entity starts with `B-`).
pub fn iob_to_bio(tags: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(tags.len());
    let mut prev = "O".to_string();
    for t in tags {
        let t2 = if let Some(ty) = t.strip_prefix("I-") {
            let continues = prev.len() > 2 && &prev[2..] == ty;
            if continues {
                t.clone()
            } else {
                format!("B-{ty}")
            }
        } else {
            t.clone()
        };
        prev = t2.clone();
        out.push(t2);
    }
    out
}

/// One CoNLL-U token line (multiword ranges and empty nodes are kept as lines only).
#[derive(Clone, Debug)]
pub struct ConlluToken {
    /// The FORM column.
    pub form: String,
    /// The UPOS column.
    pub upos: String,
    /// The XPOS column.
    pub xpos: String,
    /// Index of the line in [`ConlluSentence::lines`].
    pub line: usize,
}

/// One CoNLL-U sentence with its comment and token lines.
#[derive(Clone, Debug, Default)]
pub struct ConlluSentence {
    /// The word tokens.
    pub tokens: Vec<ConlluToken>,
    /// All lines (comments, ranges, tokens).
    pub lines: Vec<String>,
}

/// Read a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>> {
    parse_conllu(&read(path)?, path)
}

/// Parse CoNLL-U text.
pub fn parse_conllu(text: &str, path: &Path) -> Result<Vec<ConlluSentence>> {
    let mut out = Vec::new();
    let mut sent = ConlluSentence::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !sent.lines.is_empty() {
                out.push(std::mem::take(&mut sent));
            }
            continue;
        }
        if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                return Err(Error::Parse {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: format!("expected 10 tab-separated columns, found {}", cols.len()),
                });
            }
            if !cols[0].contains(['-', '.']) {
                sent.tokens.push(ConlluToken {
                    form: cols[1].to_string(),
                    upos: cols[3].to_string(),
                    xpos: cols[4].to_string(),
                    line: sent.lines.len(),
                });
            }
        }
        sent.lines.push(line.to_string());
    }
    if !sent.lines.is_empty() {
        out.push(sent);
    }
    Ok(out)
}

/// Lower-cased sentences of unlabelled text for learning word clusters: the words of
/// CoNLL-2003 files, the forms of CoNLL-U files, and plain `.txt` files (or directories of
/// them) tokenized by `chronicle-text`, one line per sentence-ish unit.
pub fn unlabelled_sentences(
    conll: &[std::path::PathBuf],
    conllu: &[std::path::PathBuf],
    text: &[std::path::PathBuf],
) -> Result<Vec<Vec<String>>> {
    let mut out = Vec::new();
    for p in conll {
        for d in read_conll(p)? {
            out.extend(
                d.sentences
                    .into_iter()
                    .map(|s| s.words.iter().map(|w| w.to_lowercase()).collect()),
            );
        }
    }
    for p in conllu {
        out.extend(
            read_conllu(p)?
                .into_iter()
                .map(|s| s.tokens.iter().map(|t| t.form.to_lowercase()).collect()),
        );
    }
    let mut files = Vec::new();
    for p in text {
        if p.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|e| Error::io(p, e))?;
            let mut fs: Vec<_> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "txt"))
                .collect();
            fs.sort();
            files.extend(fs);
        } else {
            files.push(p.clone());
        }
    }
    let mut toks = Vec::new();
    for f in files {
        let t = read(&f)?;
        for line in t.lines().filter(|l| !l.trim().is_empty()) {
            toks.clear();
            chronicle_text::tokenize_into(line, 0, &mut toks);
            out.push(
                toks.iter()
                    .map(|t| line[t.span.range()].to_lowercase())
                    .collect(),
            );
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_becomes_bio_and_docs_split() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nsaid VBD B-VP O\nJohn NNP B-NP I-PER\nSmith NNP I-NP I-PER\nJane NNP I-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nHi UH O O\n";
        let docs = parse_conll(text, Path::new("x")).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].sentences[0].tags,
            ["B-ORG", "O", "B-PER", "I-PER", "B-PER"]
        );
        assert_eq!(docs[1].sentences[0].words, ["Hi"]);
    }

    #[test]
    fn conllu_skips_ranges() {
        let text = "# text = don't\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n";
        let s = parse_conllu(text, Path::new("x")).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].tokens.len(), 2);
        assert_eq!(s[0].tokens[1].xpos, "RB");
        assert_eq!(s[0].tokens[0].line, 2);
    }
}
