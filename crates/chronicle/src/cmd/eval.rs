//! `chronicle eval ...`: every extractor's scorer against public gold data.

use clap::Subcommand;

/// What to evaluate.
#[derive(Subcommand)]
pub enum EvalCommand {
    /// HTML main-text extraction against the article-extraction benchmark.
    Html(super::read::EvalHtmlArgs),
    /// Sentence boundaries and tokens against a CoNLL-U treebank.
    Sentences(super::text::EvalSentencesArgs),
    /// POS tagging against a CoNLL-U treebank.
    Pos(super::tag::EvalPosArgs),
    /// Named entities against CoNLL-2003 data.
    Ner(super::tag::EvalNerArgs),
    /// Quotes and attribution against PolNeAR.
    Quotes(super::quotes::EvalQuotesArgs),
    /// Temporal expressions against TimeML.
    Times(super::time::EvalTimesArgs),
    /// Geocoding against the geoparsing corpora.
    Places(super::places::EvalPlacesArgs),
    /// Event coding against chronicle's own gold set.
    Events(super::events::EvalEventsArgs),
}

/// Run one evaluation.
pub fn run(cmd: EvalCommand) -> anyhow::Result<i32> {
    match cmd {
        EvalCommand::Html(a) => super::read::eval_html(a),
        EvalCommand::Sentences(a) => super::text::eval_sentences(a),
        EvalCommand::Pos(a) => super::tag::eval_pos(a),
        EvalCommand::Ner(a) => super::tag::eval_ner(a),
        EvalCommand::Quotes(a) => super::quotes::eval_quotes(a),
        EvalCommand::Times(a) => super::time::eval_times(a),
        EvalCommand::Places(a) => super::places::eval_places(a),
        EvalCommand::Events(a) => super::events::eval_events(a),
    }
}
