//! JSON article records: `id`, `url`, `title`, `text` or `html`, `published`, `source`
//! (also `byline`/`author`, `language`). One per JSONL line, or a `.json` file holding one
//! object or an array of them.
//!
//! Hostile input gives an error, never a panic: nesting deeper than serde_json's limit (128),
//! numbers out of range and fields of the wrong type are reported with their origin.

use chronicle_doc::{DateSource, Document, Meta};
use serde_json::{Map, Value};

use crate::records::{check_text_bytes, Record};
use crate::{read_html, read_txt, ReadError};

fn json_err(origin: &str, message: impl Into<String>) -> ReadError {
    ReadError::Json {
        origin: origin.to_owned(),
        message: message.into(),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string field; `null` or absent is `None`; another type is an error.
fn string_field(
    obj: &Map<String, Value>,
    key: &str,
    origin: &str,
) -> Result<Option<String>, ReadError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Err(json_err(
            origin,
            format!("field `{key}` must be a string, found {}", type_name(v)),
        )),
    }
}

/// Turn one parsed JSON value into a document.
pub fn read_json_value(value: &Value, origin: &str) -> Result<Document, ReadError> {
    let Value::Object(obj) = value else {
        return Err(json_err(
            origin,
            format!("expected an article object, found {}", type_name(value)),
        ));
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(v) => {
            return Err(json_err(
                origin,
                format!(
                    "field `id` must be a string or a number, found {}",
                    type_name(v)
                ),
            ))
        }
    };
    let published = string_field(obj, "published", origin)?;
    let byline = match string_field(obj, "byline", origin)? {
        Some(b) => Some(b),
        None => string_field(obj, "author", origin)?,
    };
    let meta = Meta {
        id,
        url: string_field(obj, "url", origin)?,
        title: string_field(obj, "title", origin)?,
        byline,
        source: string_field(obj, "source", origin)?,
        published_source: published.as_ref().map(|_| DateSource::Metadata),
        published,
        language: string_field(obj, "language", origin)?,
        origin: Some(origin.to_owned()),
        ..Meta::default()
    };
    let text = string_field(obj, "text", origin)?;
    let html = string_field(obj, "html", origin)?;
    match (text, html) {
        (Some(t), _) if !t.trim().is_empty() => Ok(read_txt(&t, meta)),
        (_, Some(h)) if !h.trim().is_empty() => read_html(h.as_bytes(), meta, origin),
        (None, None) => Err(json_err(
            origin,
            "record has neither a `text` nor an `html` field",
        )),
        _ => Err(ReadError::Empty {
            origin: origin.to_owned(),
        }),
    }
}

/// Read one JSONL line.
pub fn read_json_line(bytes: &[u8], origin: &str) -> Result<Document, ReadError> {
    let line = std::str::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        origin: origin.to_owned(),
        offset: e.valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(line.trim_end_matches('\r'))
        .map_err(|e| json_err(origin, format!("invalid JSON: {e}")))?;
    read_json_value(&value, origin)
}

/// Read a `.json` file: one article object, or an array of them (records `origin[i]`).
pub fn read_json_file(bytes: &[u8], origin: &str) -> Vec<Record> {
    let parsed = check_text_bytes(bytes, origin).and_then(|()| {
        let s = std::str::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
            origin: origin.to_owned(),
            offset: e.valid_up_to(),
        })?;
        serde_json::from_str::<Value>(s).map_err(|e| json_err(origin, format!("invalid JSON: {e}")))
    });
    match parsed {
        Err(e) => vec![Record {
            origin: origin.to_owned(),
            result: Err(e),
        }],
        Ok(Value::Array(items)) if items.is_empty() => {
            vec![Record {
                origin: origin.to_owned(),
                result: Err(ReadError::Empty {
                    origin: origin.to_owned(),
                }),
            }]
        }
        Ok(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let o = format!("{origin}[{i}]");
                Record {
                    result: read_json_value(v, &o),
                    origin: o,
                }
            })
            .collect(),
        Ok(v) => vec![Record {
            origin: origin.to_owned(),
            result: read_json_value(&v, origin),
        }],
    }
}
