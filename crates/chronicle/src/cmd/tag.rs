//! Tagger training, tagging and scoring: thin glue over `chronicle-tag`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use chronicle_tag::corpus::{read_conll, read_conllu};
use chronicle_tag::{NerTagger, PosTagger};

/// What to train.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum TrainKind {
    /// Part of speech (UPOS + XPOS) from CoNLL-U.
    Pos,
    /// Named entities (BIO) from CoNLL-2003.
    Ner,
    /// Word clusters from unlabelled text (used by both models).
    Clusters,
}

/// `chronicle train pos|ner|clusters`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// What to train.
    #[arg(value_enum)]
    pub kind: TrainKind,
    /// Training data (CoNLL-U for pos, CoNLL-2003 for ner).
    #[arg(long)]
    pub train: Option<PathBuf>,
    /// Development data, scored every few epochs (never trained on).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model (or the clusters).
    #[arg(long)]
    pub out: PathBuf,
    /// Word clusters made by `chronicle train clusters` (default: those of the committed model).
    #[arg(long)]
    pub clusters: Option<PathBuf>,
    /// Passes over the training data.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Drop averaged weights below this magnitude.
    #[arg(long)]
    pub prune: Option<f32>,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Share of training sentences shown in ALL CAPS (and again in Title Case) per epoch.
    #[arg(long, default_value_t = 0.08)]
    pub augment: f64,
    /// Parameter mixing: average the weights of this many models trained with seeds
    /// `seed`, `seed + 1000`, ... (1: one model).
    #[arg(long, default_value_t = 1)]
    pub mix: usize,
    /// Clusters: CoNLL-2003 files to read words from.
    #[arg(long)]
    pub conll: Vec<PathBuf>,
    /// Clusters: CoNLL-U files to read words from.
    #[arg(long)]
    pub conllu: Vec<PathBuf>,
    /// Clusters: plain-text files or directories of `.txt` files.
    #[arg(long)]
    pub text: Vec<PathBuf>,
    /// Clusters: words seen fewer times than this are not clustered.
    #[arg(long, default_value_t = 3)]
    pub min_count: u32,
    /// Clusters: at most this many words (the most frequent) are clustered.
    #[arg(long, default_value_t = 60_000)]
    pub max_words: usize,
    /// NER: name lists from chronicle-kb's data directory (IGOs, groups, people).
    #[arg(long)]
    pub kb: Option<PathBuf>,
    /// NER: name lists from chronicle-geo's data directory (countries, areas, sites, towns).
    #[arg(long)]
    pub geo: Option<PathBuf>,
    /// NER: towns of at least this many people go into the town list.
    #[arg(long, default_value_t = 15_000)]
    pub min_population: u64,
    /// NER: folds of the jackknifed list of training entities (0: no such list).
    #[arg(long, default_value_t = 0)]
    pub train_folds: usize,
}

fn load_clusters(path: &Option<PathBuf>) -> anyhow::Result<chronicle_tag::Clusters> {
    let Some(p) = path else {
        return Ok(chronicle_tag::models::ner()?.clusters().clone());
    };
    let bytes =
        std::fs::read(p).with_context(|| format!("cannot read clusters {}", p.display()))?;
    let raw = chronicle_tag::codec::Reader::decompress(&bytes)?;
    Ok(chronicle_tag::Clusters::read(
        &mut chronicle_tag::codec::Reader::new(&raw),
    )?)
}

/// Train a model.
pub fn train(a: TrainArgs) -> anyhow::Result<i32> {
    let log = |l: String| eprintln!("{l}");
    match a.kind {
        TrainKind::Clusters => {
            let sents = chronicle_tag::corpus::unlabelled_sentences(&a.conll, &a.conllu, &a.text)?;
            let n: usize = sents.iter().map(Vec::len).sum();
            eprintln!("{} sentences, {n} tokens", sents.len());
            let c = chronicle_tag::Clusters::learn(&sents, a.min_count, a.max_words);
            eprintln!("{} words clustered", c.len());
            let mut w = chronicle_tag::codec::Writer::new();
            c.write(&mut w);
            std::fs::write(&a.out, w.into_compressed())
                .with_context(|| format!("cannot write {}", a.out.display()))?;
        }
        TrainKind::Pos => {
            let train = read_conllu(
                a.train
                    .as_ref()
                    .context("--train FILE.conllu is required")?,
            )?;
            let dev = a.dev.as_ref().map(|d| read_conllu(d)).transpose()?;
            let cfg = chronicle_tag::PosTrainConfig {
                epochs: a.epochs.unwrap_or(10),
                prune: a.prune.unwrap_or(0.05),
                seed: a.seed,
                augment: a.augment / 2.0,
                mix: a.mix,
            };
            let t = chronicle_tag::train_pos(
                &train,
                dev.as_deref(),
                load_clusters(&a.clusters)?,
                &cfg,
                log,
            );
            std::fs::write(&a.out, t.to_bytes())
                .with_context(|| format!("cannot write {}", a.out.display()))?;
            eprintln!("{} features", t.n_features());
        }
        TrainKind::Ner => {
            let train = read_conll(a.train.as_ref().context("--train FILE is required")?)?;
            let dev = a.dev.as_ref().map(|d| read_conll(d)).transpose()?;
            let cfg = chronicle_tag::NerTrainConfig {
                epochs: a.epochs.unwrap_or(12),
                prune: a.prune.unwrap_or(0.05),
                seed: a.seed,
                augment: a.augment,
                mix: a.mix,
            };
            let mut gaz = chronicle_tag::gazetteer::Gazetteer::new();
            if let Some(kb) = &a.kb {
                gaz.add_kb(kb)?;
            }
            if let Some(geo) = &a.geo {
                gaz.add_geo(geo, a.min_population)?;
            }
            if a.train_folds > 0 {
                gaz.add_training_entities(&train, a.train_folds);
            }
            eprintln!("name lists: {:?}", gaz.class_counts());
            let t = chronicle_tag::ner::train_ner_with(
                &train,
                dev.as_deref(),
                load_clusters(&a.clusters)?,
                gaz,
                &cfg,
                log,
            );
            std::fs::write(&a.out, t.to_bytes())
                .with_context(|| format!("cannot write {}", a.out.display()))?;
            eprintln!("{} features", t.n_features());
        }
    }
    eprintln!("wrote {}", a.out.display());
    Ok(0)
}

/// Input format of `chronicle tag`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum TagInput {
    /// CoNLL-2003 (`word ... tag` per line): one column with the predicted BIO tag is added.
    Conll,
    /// CoNLL-U: UPOS and XPOS are replaced by predictions.
    Conllu,
}

/// `chronicle tag --input conll|conllu FILE`.
#[derive(clap::Args)]
pub struct TagArgs {
    /// Input format.
    #[arg(long, value_enum, default_value = "conll")]
    pub input: TagInput,
    /// The file to tag.
    #[arg(required_unless_present = "bench")]
    pub path: Option<PathBuf>,
    /// Use this model file instead of the committed one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Measure POS+NER throughput on the `.txt` files of a directory (one thread).
    #[arg(long, hide = true)]
    pub bench: Option<PathBuf>,
    /// Rounds over the benchmark directory.
    #[arg(long, hide = true, default_value_t = 1)]
    pub rounds: usize,
}

fn pos_model(m: &Option<PathBuf>) -> anyhow::Result<Arc<PosTagger>> {
    match m {
        Some(p) => Ok(Arc::new(PosTagger::from_bytes(
            &std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        )?)),
        None => Ok(chronicle_tag::models::pos()?),
    }
}

fn ner_model(m: &Option<PathBuf>) -> anyhow::Result<Arc<NerTagger>> {
    match m {
        Some(p) => Ok(Arc::new(NerTagger::from_bytes(
            &std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        )?)),
        None => Ok(chronicle_tag::models::ner()?),
    }
}

/// Tag a file.
pub fn tag(a: TagArgs) -> anyhow::Result<i32> {
    if let Some(dir) = &a.bench {
        println!("{}", chronicle_tag::bench::bench_dir(dir, a.rounds)?);
        return Ok(0);
    }
    let path = a.path.as_ref().context("a FILE to tag is required")?;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match a.input {
        TagInput::Conll => {
            let tagger = ner_model(&a.model)?;
            for doc in read_conll(path)? {
                writeln!(out, "-DOCSTART- -X- -X- O O\n")?;
                let words: Vec<&Vec<String>> = doc.sentences.iter().map(|s| &s.words).collect();
                let tags = tagger.tag_words(
                    &words
                        .iter()
                        .map(|w| w.iter().map(String::as_str).collect::<Vec<&str>>())
                        .collect::<Vec<_>>(),
                );
                for (s, t) in doc.sentences.iter().zip(tags) {
                    for (line, tag) in s.lines.iter().zip(t) {
                        writeln!(out, "{line} {tag}")?;
                    }
                    writeln!(out)?;
                }
            }
        }
        TagInput::Conllu => {
            let tagger = pos_model(&a.model)?;
            for s in read_conllu(path)? {
                let words: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
                let pred = tagger.tag_words(&words);
                let mut lines = s.lines.clone();
                for (t, (u, x)) in s.tokens.iter().zip(pred) {
                    let mut cols: Vec<&str> = lines[t.line].split('\t').collect();
                    cols[3] = u.as_str();
                    cols[4] = x.as_str();
                    lines[t.line] = cols.join("\t");
                }
                for l in lines {
                    writeln!(out, "{l}")?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(0)
}

/// `chronicle eval pos --gold FILE.conllu`.
#[derive(clap::Args)]
pub struct EvalPosArgs {
    /// Gold CoNLL-U file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Use this model file instead of the committed one.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Score POS tagging.
pub fn eval_pos(a: EvalPosArgs) -> anyhow::Result<i32> {
    let tagger = pos_model(&a.model)?;
    let gold = read_conllu(&a.gold)?;
    println!("{}", chronicle_tag::evaluate_pos(&tagger, &gold));
    Ok(0)
}

/// `chronicle eval ner --gold FILE`.
#[derive(clap::Args)]
pub struct EvalNerArgs {
    /// Gold CoNLL-2003 file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Use this model file instead of the committed one.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Score NER.
pub fn eval_ner(a: EvalNerArgs) -> anyhow::Result<i32> {
    let tagger = ner_model(&a.model)?;
    let gold = read_conll(&a.gold)?;
    println!("{}", chronicle_tag::evaluate_ner(&tagger, &gold));
    Ok(0)
}
