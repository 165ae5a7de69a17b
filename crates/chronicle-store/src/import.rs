//! `import`: load the Parquet tables a Spark job wrote (docs/SPARK-CONTRACT.md).
//!
//! The contract: a `documents` table (a directory of part files, or one file) with a string
//! column `json` holding each document's full public JSON line. Each document goes through
//! the same store path as `ingest` ([`crate::PreparedDocument::from_json`] then
//! [`crate::Store::write_batch`]): no re-extraction, same idempotence, same near-duplicate links.
//! The other tables (entities, quotes, events, places) are derived data and are rebuilt from
//! the JSON, so they are not read.

use std::path::{Path, PathBuf};

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

use crate::{Result, StoreError};

/// The Parquet part files of the documents table under `dir`: `dir/documents/**/*.parquet`
/// (Spark writes partition directories such as `date=2024-10-14/`), `dir/documents.parquet`,
/// or `dir` itself when it is a file. Hidden and `_`-prefixed files (`_SUCCESS`) are skipped.
pub fn document_files(dir: &Path) -> Result<Vec<PathBuf>> {
    if dir.is_file() {
        return Ok(vec![dir.to_owned()]);
    }
    let single = dir.join("documents.parquet");
    if single.is_file() {
        return Ok(vec![single]);
    }
    fn walk(d: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for e in std::fs::read_dir(d)? {
            let p = e?.path();
            let hidden = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(['.', '_']));
            if hidden {
                continue;
            }
            if p.is_dir() {
                walk(&p, out)?;
            } else if p.extension().is_some_and(|x| x == "parquet") {
                out.push(p);
            }
        }
        Ok(())
    }
    let sub = dir.join("documents");
    let mut files = Vec::new();
    walk(&sub, &mut files).map_err(|source| StoreError::Io {
        path: sub.clone(),
        source,
    })?;
    files.sort();
    Ok(files)
}

/// Call `each(origin, json)` for every row's `json` column of one Parquet file.
pub fn each_json(path: &Path, mut each: impl FnMut(String, String) -> Result<()>) -> Result<()> {
    let err = |e: &dyn std::fmt::Display| StoreError::Parquet {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    let reader = SerializedFileReader::new(file).map_err(|e| err(&e))?;
    let has_json = reader
        .metadata()
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .any(|c| c.name() == "json");
    if !has_json {
        return Err(err(&"no column `json`: the documents table must hold each document's JSON line (see docs/SPARK-CONTRACT.md)"));
    }
    let rows = reader.get_row_iter(None).map_err(|e| err(&e))?;
    for (i, row) in rows.enumerate() {
        let row = row.map_err(|e| err(&e))?;
        let json = row
            .get_column_iter()
            .find(|(n, _)| n.as_str() == "json")
            .and_then(|(_, f)| match f {
                Field::Str(s) => Some(s.clone()),
                Field::Bytes(b) => String::from_utf8(b.data().to_vec()).ok(),
                _ => None,
            });
        let origin = format!("{}:{}", path.display(), i + 1);
        match json {
            Some(j) => each(origin, j)?,
            None => {
                return Err(StoreError::BadDocument {
                    origin,
                    message: "`json` is null or not text".into(),
                })
            }
        }
    }
    Ok(())
}

fn field_json(f: &Field) -> serde_json::Value {
    use serde_json::Value;
    match f {
        Field::Null => Value::Null,
        Field::Bool(b) => Value::Bool(*b),
        Field::Byte(v) => (*v).into(),
        Field::Short(v) => (*v).into(),
        Field::Int(v) => (*v).into(),
        Field::Long(v) => (*v).into(),
        Field::UByte(v) => (*v).into(),
        Field::UShort(v) => (*v).into(),
        Field::UInt(v) => (*v).into(),
        Field::ULong(v) => (*v).into(),
        Field::Float(v) => serde_json::Number::from_f64(f64::from(*v))
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Field::Double(v) => serde_json::Number::from_f64(*v)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Field::Str(s) => Value::String(s.clone()),
        Field::Bytes(b) => Value::String(String::from_utf8_lossy(b.data()).into_owned()),
        other => Value::String(other.to_string()),
    }
}

/// Every row of a Parquet file as a JSON object (for checks and inspection; flat columns).
pub fn rows_as_json(path: &Path) -> Result<Vec<serde_json::Value>> {
    let err = |e: &dyn std::fmt::Display| StoreError::Parquet {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    let reader = SerializedFileReader::new(file).map_err(|e| err(&e))?;
    let mut out = Vec::new();
    for row in reader.get_row_iter(None).map_err(|e| err(&e))? {
        let row = row.map_err(|e| err(&e))?;
        let m: serde_json::Map<String, serde_json::Value> = row
            .get_column_iter()
            .map(|(n, f)| (n.clone(), field_json(f)))
            .collect();
        out.push(serde_json::Value::Object(m));
    }
    Ok(out)
}
