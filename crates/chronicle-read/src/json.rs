//! JSON article records: `id`, `url`, `title`, `text` or `html`, `published`, `source`.

use chronicle_doc::{DateSource, Document, Meta};
use serde::Deserialize;

use crate::{read_txt, ReadError};

#[derive(Deserialize)]
struct Article {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

/// Read one JSONL line.
pub fn read_json_line(bytes: &[u8], origin: &str) -> Result<Document, ReadError> {
    let line = std::str::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        origin: origin.to_owned(),
        offset: e.valid_up_to(),
    })?;
    let a: Article = serde_json::from_str(line.trim_end_matches('\r')).map_err(|e| ReadError::Json {
        origin: origin.to_owned(),
        message: e.to_string(),
    })?;
    let text = a.text.ok_or_else(|| ReadError::Json {
        origin: origin.to_owned(),
        message: "record has no `text` field".into(),
    })?;
    let id = match a.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let meta = Meta {
        id,
        url: a.url,
        title: a.title,
        source: a.source,
        published_source: a.published.as_ref().map(|_| DateSource::Metadata),
        published: a.published,
        origin: Some(origin.to_owned()),
        ..Meta::default()
    };
    Ok(read_txt(&text, meta))
}
