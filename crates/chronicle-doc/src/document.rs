//! The [`Document`]: one immutable text plus the layers every stage reads and extends.

use serde::{Deserialize, Serialize};

use crate::layers::*;
use crate::span::{with_text, Span, SpanError};

/// Where the document date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the user (`--published`).
    Override,
    /// From the input's metadata (JSON field, HTML meta tag, JSON-LD, feed item).
    Metadata,
    /// From a dateline in the text.
    Dateline,
    /// Inferred from dates and weekdays in the text.
    Inferred,
}

/// What is known about the article besides its text.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Meta {
    /// Stable id: the input record's id when given, else a hash of the content.
    pub id: String,
    /// Canonical URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title (headline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Author(s) as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Publisher or site name, or the closing "Source:" line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Publication date or datetime, ISO 8601 (`2021-11-07`, `2021-11-07T09:30:00Z`), possibly
    /// partial when inferred (`XXXX-11-07` if the year is unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where `published` came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_source: Option<DateSource>,
    /// Confidence in `published`, in [0, 1].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_confidence: Option<f32>,
    /// BCP 47 language tag, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the input came from (file path and line, feed URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

impl Meta {
    /// Take `date` as the publication date, given by the user (`--published`): it overrides
    /// whatever the input said, with full confidence.
    pub fn override_published(&mut self, date: &str) {
        self.published = Some(date.to_string());
        self.published_source = Some(DateSource::Override);
        self.published_confidence = Some(1.0);
    }
}

/// One article: text, metadata and stand-off layers.
///
/// The text never changes once the document is built; every layer holds byte [`Span`]s into it.
/// Serialize with [`Document::to_json`] so that offsets come out as character offsets.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Metadata.
    #[serde(flatten)]
    pub meta: Meta,
    text: String,
    /// Structure: headline, standfirst, captions, paragraphs, source line.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// Tokens (not written to JSON: cheap to recompute, large to store).
    #[serde(skip)]
    pub tokens: Vec<Token>,
    /// Sentences.
    #[serde(default)]
    pub sentences: Vec<Sentence>,
    /// Named entities, sorted by start, never overlapping.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Coreference chains.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chains: Vec<Chain>,
    /// Temporal expressions.
    #[serde(default)]
    pub times: Vec<Timex>,
    /// Geocoded places.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Counted quantities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Quantity>,
    /// Attributed quotes.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Coded events.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Notes left by stages about doubtful findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a document could not be read back from JSON.
#[derive(Debug)]
pub struct JsonError(String);

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonError {}

impl Document {
    /// A new document over `text` with no layers. When `meta.id` is empty it becomes the
    /// content hash of the text ([`content_id`]).
    pub fn new(text: impl Into<String>, mut meta: Meta) -> Document {
        let text = text.into();
        if meta.id.is_empty() {
            meta.id = content_id(&text);
        }
        Document {
            meta,
            text,
            ..Document::default()
        }
    }

    /// The text all offsets point into.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text covered by `span`.
    pub fn slice(&self, span: Span) -> &str {
        &self.text.as_str()[span]
    }

    /// A span checked against this document's text.
    pub fn span(&self, start: usize, end: usize) -> Result<Span, SpanError> {
        Span::new_in(&self.text, start, end)
    }

    /// The sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end() <= at);
        self.sentences.get(i).filter(|s| s.span.start() <= at)
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        let r = sentence.token_range();
        &self.tokens[r.start.min(self.tokens.len())..r.end.min(self.tokens.len())]
    }

    /// The block containing byte offset `at`, if any.
    pub fn block_at(&self, at: usize) -> Option<&Block> {
        self.blocks
            .iter()
            .find(|b| b.span.start() <= at && at < b.span.end())
    }

    /// The public JSON form: character offsets, covered text next to each span.
    pub fn to_json_value(&self) -> serde_json::Value {
        with_text(&self.text, || {
            serde_json::to_value(self).expect("a document always serializes")
        })
    }

    /// The public JSON form as one line.
    pub fn to_json(&self) -> String {
        with_text(&self.text, || {
            serde_json::to_string(self).expect("a document always serializes")
        })
    }

    /// The public JSON form, indented.
    pub fn to_json_pretty(&self) -> String {
        with_text(&self.text, || {
            serde_json::to_string_pretty(self).expect("a document always serializes")
        })
    }

    /// Read back a document written by [`Document::to_json`] (character offsets).
    pub fn from_json(json: &str) -> Result<Document, JsonError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| JsonError(format!("invalid JSON: {e}")))?;
        Document::from_json_value(value)
    }

    /// Read back a document from its public JSON value.
    pub fn from_json_value(value: serde_json::Value) -> Result<Document, JsonError> {
        let text = value
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| JsonError("document has no string field `text`".into()))?
            .to_owned();
        with_text(&text, || serde_json::from_value::<Document>(value))
            .map_err(|e| JsonError(format!("invalid document: {e}")))
    }
}

/// A stable 16-hex-digit id for a text: the first 64 bits of its FNV-1a-128 hash.
///
/// ```
/// assert_eq!(chronicle_doc::content_id("hello"), chronicle_doc::content_id("hello"));
/// assert_ne!(chronicle_doc::content_id("hello"), chronicle_doc::content_id("hello!"));
/// assert_eq!(chronicle_doc::content_id("").len(), 16);
/// ```
pub fn content_id(text: &str) -> String {
    format!("{:016x}", (fnv1a_128(text.as_bytes()) >> 64) as u64)
}

/// FNV-1a, 128-bit. Stable across platforms and releases; not cryptographic.
pub fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for &b in bytes {
        h ^= b as u128;
        h = h.wrapping_mul(PRIME);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::TextSpan;

    fn sample() -> Document {
        let text = "“We will act,” said al-Kadhimi on Sunday.";
        let mut doc = Document::new(text, Meta::default());
        let name = text.find("al-Kadhimi").unwrap();
        let span = doc.span(name, name + "al-Kadhimi".len()).unwrap();
        doc.entities.push(Entity::new(span, EntityLabel::Per));
        let open = text.find("We").unwrap();
        let close = text.find(",”").unwrap();
        let said = text.find("said").unwrap();
        doc.quotes.push(Quote {
            content: TextSpan(doc.span(open, close).unwrap()),
            kind: QuoteKind::Direct,
            cue: Some(TextSpan(doc.span(said, said + 4).unwrap())),
            speaker: Some(Speaker {
                span: TextSpan(span),
                canonical: Some("Mustafa al-Kadhimi".into()),
                entity: Some(0),
            }),
            channel: None,
            addressee: None,
        });
        doc
    }

    #[test]
    fn json_uses_character_offsets() {
        let doc = sample();
        let v = doc.to_json_value();
        let e = &v["entities"][0];
        assert_eq!(e["text"], "al-Kadhimi");
        let chars: Vec<char> = doc.text().chars().collect();
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(chars[s..t].iter().collect::<String>(), "al-Kadhimi");
        assert_eq!(v["quotes"][0]["text"], "We will act");
        assert_eq!(v["quotes"][0]["start"], 1);
        assert_eq!(v["quotes"][0]["cue"]["text"], "said");
        assert_eq!(v["quotes"][0]["speaker"]["canonical"], "Mustafa al-Kadhimi");
    }

    #[test]
    fn json_round_trips() {
        let doc = sample();
        let back = Document::from_json(&doc.to_json()).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn from_json_rejects_spans_past_the_text() {
        let bad = r#"{"id":"x","text":"abc","entities":[{"start":1,"end":50,"label":"PER"}]}"#;
        assert!(Document::from_json(bad).is_err());
    }

    #[test]
    fn id_defaults_to_content_hash() {
        let a = Document::new("same text", Meta::default());
        let b = Document::new("same text", Meta::default());
        assert_eq!(a.meta.id, b.meta.id);
        let c = Document::new(
            "x",
            Meta {
                id: "given".into(),
                ..Meta::default()
            },
        );
        assert_eq!(c.meta.id, "given");
    }
}
