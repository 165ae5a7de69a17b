//! `chronicle eval places`: geocoding against the geoparsing corpora (GeoVirus, TR-News).
//! The reader and scorer live in `chronicle_geo::eval`.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use chronicle_doc::{CharMap, Document, Meta, Stage};
use chronicle_geo::eval::{self, PredictedPlace, Prf, Scheme};

/// When predictions of kind `demonym` ("Iraqi") count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Demonyms {
    /// Count them when the corpus annotates adjectival toponyms (TR-News), not otherwise.
    Auto,
    /// Always count them.
    Yes,
    /// Never count them.
    No,
}

/// Arguments of `chronicle eval places`.
#[derive(clap::Args)]
pub struct EvalPlacesArgs {
    /// Gold corpus XML (GeoVirus.xml, TR-News.xml); repeat for several.
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// Score another system's predictions instead of chronicle's: JSON lines
    /// `{"doc","start","end","lat","lon","kind"}` with character offsets; `doc` is
    /// `<file stem>:<article index>`.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Whether demonym predictions count.
    #[arg(long, value_enum, default_value_t = Demonyms::Auto)]
    pub demonyms: Demonyms,
    /// Write chronicle's predictions as JSON lines (the `--predictions` format) to this file.
    #[arg(long)]
    pub dump: Option<PathBuf>,
    /// Print the most frequent missed, spurious and far-off names (this many of each).
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

fn row(name: &str, p: &Prf) {
    println!(
        "  {name:<22} P {:.3}  R {:.3}  F1 {:.3}   (gold {}, predicted {}, tp {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.n_gold,
        p.n_pred,
        p.tp
    );
}

/// Run the evaluation; exit code 0.
pub fn eval_places(args: EvalPlacesArgs) -> anyhow::Result<i32> {
    let external = match &args.predictions {
        Some(p) => Some(load_predictions(p)?),
        None => None,
    };
    let pipeline = chronicle_pipeline::standard(&chronicle_pipeline::PipelineConfig {
        kb_files: Vec::new(),
    })
    .map_err(|e| anyhow::anyhow!("cannot build the standard pipeline: {e}"))?;
    let names = pipeline.stage_names();
    let has_places = names.contains(&chronicle_geo::geocode::STAGE_NAME);
    let has_ner = names.iter().any(|n| n.starts_with("ner"));
    let extra = chronicle_geo::GeocodeStage::new();
    let mut dump = match &args.dump {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => None,
    };
    let mut total: Option<(Prf, Prf, usize, usize)> = None;
    for path in &args.gold {
        let xml = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (docs, scheme) = eval::read_corpus(&xml, &stem);
        if docs.is_empty() {
            eprintln!(
                "no <article> with <text> in {}: pass GeoVirus.xml or TR-News.xml from ../shared/data/geoparsing",
                path.display()
            );
            return Ok(2);
        }
        let started = std::time::Instant::now();
        let mut preds = Vec::with_capacity(docs.len());
        for d in &docs {
            let p = match &external {
                Some(map) => map.get(&d.id).cloned().unwrap_or_default(),
                None => {
                    let mut doc = Document::new(d.text.clone(), Meta::default());
                    if let Err(e) = pipeline.run(&mut doc) {
                        eprintln!("{}: {e}", d.id);
                    }
                    if !has_places {
                        if let Err(e) = extra.run(&mut doc) {
                            eprintln!("{}: {e}", d.id);
                        }
                    }
                    let map = CharMap::new(doc.text());
                    doc.places
                        .iter()
                        .map(|p| {
                            let (start, end) = map.chars_of(p.span.0);
                            PredictedPlace {
                                start,
                                end,
                                lat: p.lat,
                                lon: p.lon,
                                kind: p.kind.clone(),
                            }
                        })
                        .collect()
                }
            };
            if let Some(w) = dump.as_mut() {
                for x in &p {
                    let line = serde_json::json!({
                        "doc": d.id, "start": x.start, "end": x.end,
                        "lat": x.lat, "lon": x.lon, "kind": x.kind,
                    });
                    writeln!(w, "{line}")?;
                }
            }
            preds.push(p);
        }
        let secs = started.elapsed().as_secs_f64();
        let include = match args.demonyms {
            Demonyms::Yes => true,
            Demonyms::No => false,
            Demonyms::Auto => scheme == Scheme::Toponyms,
        };
        let s = eval::score(&docs, &preds, include);
        let system = if args.predictions.is_some() {
            "predictions file".to_owned()
        } else {
            format!(
                "chronicle places.v1 ({})",
                if has_ner {
                    "with NER"
                } else {
                    "no NER stage registered: gazetteer scan only"
                }
            )
        };
        println!(
            "{} — {system}, {} documents, {:.1}s, demonyms {}",
            path.display(),
            s.n_docs,
            secs,
            if include { "counted" } else { "not counted" }
        );
        row("span (overlap)", &s.span);
        println!(
            "  {:<22} {:.3}  ({} of {} matched spans; median error {:.0} km)",
            "accuracy@161km",
            s.accuracy_161(),
            s.n_within_161,
            s.n_matched_with_coords,
            s.median_km()
        );
        row("end-to-end @161km", &s.end_to_end);
        if args.errors > 0 {
            for what in ["missed", "spurious", "far"] {
                let c = eval::error_counts(&s, what);
                let list: Vec<String> = c
                    .iter()
                    .take(args.errors)
                    .map(|(t, n)| format!("{t} ×{n}"))
                    .collect();
                println!("  {what}: {}", list.join(", "));
            }
        }
        let t = total.get_or_insert((Prf::default(), Prf::default(), 0, 0));
        for (acc, x) in [(&mut t.0, &s.span), (&mut t.1, &s.end_to_end)] {
            acc.tp += x.tp;
            acc.n_gold += x.n_gold;
            acc.n_pred += x.n_pred;
        }
        t.2 += s.n_within_161;
        t.3 += s.n_matched_with_coords;
    }
    if args.gold.len() > 1 {
        if let Some((span, e2e, within, matched)) = total {
            println!("all corpora (micro-averaged)");
            row("span (overlap)", &span);
            println!(
                "  {:<22} {:.3}  ({within} of {matched} matched spans)",
                "accuracy@161km",
                if matched == 0 {
                    0.0
                } else {
                    within as f64 / matched as f64
                }
            );
            row("end-to-end @161km", &e2e);
        }
    }
    Ok(0)
}

fn load_predictions(path: &PathBuf) -> anyhow::Result<HashMap<String, Vec<PredictedPlace>>> {
    #[derive(serde::Deserialize)]
    struct Line {
        doc: String,
        #[serde(flatten)]
        place: PredictedPlace,
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut map: HashMap<String, Vec<PredictedPlace>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let l: Line = serde_json::from_str(line).with_context(|| {
            format!(
                "{}:{}: expected {{\"doc\",\"start\",\"end\",\"lat\",\"lon\"}}",
                path.display(),
                i + 1
            )
        })?;
        map.entry(l.doc).or_default().push(l.place);
    }
    Ok(map)
}
