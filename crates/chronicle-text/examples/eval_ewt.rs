//! Score the tokenizer and sentence splitter on a CoNLL-U file without building the CLI:
//! `cargo run --release -p chronicle-text --example eval_ewt -- FILE.conllu [N_ERRORS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: eval_ewt FILE.conllu [N_ERRORS]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let src = std::fs::read_to_string(&path).expect("readable CoNLL-U file");
    let docs = chronicle_text::eval::read_conllu(&src);
    let report = chronicle_text::eval::evaluate(&docs, false, n);
    print!("{report}");
    for (kind, ctx) in &report.errors {
        println!("{kind:<8} {ctx}");
    }
}
