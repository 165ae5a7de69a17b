//! Exports of events, quotes and entities as JSONL, CSV or Parquet.
//!
//! Every table is a list of typed [`Column`]s and rows of [`Cell`]s, written by one writer per
//! format. The events table uses ACLED's column names (so existing analysis scripts work),
//! followed by chronicle's own columns (PLOVER type, document id, evidence offsets).

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use rusqlite::Connection;

use crate::query::{each_event, EventRow, Filter};
use crate::{Result, StoreError};

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// Events, ACLED-like columns.
    Events,
    /// Quotes.
    Quotes,
    /// Entity mentions.
    Entities,
}

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header (RFC 4180 quoting).
    Csv,
    /// Apache Parquet, typed columns, Snappy-compressed.
    Parquet,
}

/// A column type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Str,
    /// 64-bit integer.
    Int,
    /// 64-bit float.
    Float,
    /// Boolean.
    Bool,
}

/// A column: name, type, whether it may be null.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Name.
    pub name: &'static str,
    /// Type.
    pub kind: Kind,
    /// May be null.
    pub nullable: bool,
}

const fn col(name: &'static str, kind: Kind, nullable: bool) -> Column {
    Column {
        name,
        kind,
        nullable,
    }
}

/// One value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Null.
    Null,
    /// Text.
    Str(String),
    /// Integer.
    Int(i64),
    /// Float.
    Float(f64),
    /// Boolean.
    Bool(bool),
}

impl From<Option<String>> for Cell {
    fn from(v: Option<String>) -> Cell {
        v.map(Cell::Str).unwrap_or(Cell::Null)
    }
}
impl From<String> for Cell {
    fn from(v: String) -> Cell {
        Cell::Str(v)
    }
}
impl From<Option<i64>> for Cell {
    fn from(v: Option<i64>) -> Cell {
        v.map(Cell::Int).unwrap_or(Cell::Null)
    }
}
impl From<Option<f64>> for Cell {
    fn from(v: Option<f64>) -> Cell {
        v.map(Cell::Float).unwrap_or(Cell::Null)
    }
}

use Kind::*;

/// The events table: ACLED's columns, then chronicle's.
pub const EVENT_COLUMNS: &[Column] = &[
    col("event_id_cnty", Str, false),
    col("event_date", Str, true),
    col("year", Int, true),
    col("time_precision", Int, true),
    col("event_type", Str, true),
    col("sub_event_type", Str, true),
    col("actor1", Str, true),
    col("assoc_actor_1", Str, true),
    col("inter1", Int, true),
    col("actor2", Str, true),
    col("assoc_actor_2", Str, true),
    col("inter2", Int, true),
    col("interaction", Int, true),
    col("civilian_targeting", Str, true),
    col("iso", Int, true),
    col("region", Str, true),
    col("country", Str, true),
    col("admin1", Str, true),
    col("admin2", Str, true),
    col("admin3", Str, true),
    col("location", Str, true),
    col("latitude", Float, true),
    col("longitude", Float, true),
    col("geo_precision", Int, true),
    col("source", Str, true),
    col("source_scale", Str, true),
    col("notes", Str, false),
    col("fatalities", Int, false),
    col("tags", Str, true),
    col("timestamp", Int, true),
    // chronicle's own
    col("plover_type", Str, false),
    col("plover_mode", Str, true),
    col("country_code", Str, true),
    col("actor1_kind", Str, true),
    col("actor1_country", Str, true),
    col("actor1_code", Str, true),
    col("actor2_kind", Str, true),
    col("actor2_country", Str, true),
    col("actor2_code", Str, true),
    col("date_text", Str, true),
    col("date_from", Str, false),
    col("fatalities_reported", Bool, false),
    col("injured", Int, true),
    col("arrested", Int, true),
    col("displaced", Int, true),
    col("qualifiers", Str, true),
    col("negated", Bool, false),
    col("hypothetical", Bool, false),
    col("responsibility", Str, true),
    col("document_id", Str, false),
    col("document_title", Str, true),
    col("url", Str, true),
    col("event_index", Int, false),
    col("evidence_start", Int, false),
    col("evidence_end", Int, false),
];

/// ACLED's interaction code of an actor kind (1 state forces, 2 rebels, 3 political
/// militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces).
pub fn inter_code(kind: Option<&str>) -> Option<i64> {
    Some(match kind? {
        "state" | "government" | "military" | "police" | "security" => 1,
        "armed_group" => 3,
        "protesters" => 6,
        "civilians" | "person" => 7,
        "igo" => 8,
        _ => return None,
    })
}

fn geo_precision_code(p: Option<&str>) -> Option<i64> {
    Some(match p? {
        "site" | "city" | "district" => 1,
        "admin2" | "region" => 2,
        "admin1" | "country" => 3,
        _ => return None,
    })
}

fn time_precision_code(p: Option<&str>, from: &str) -> Option<i64> {
    if from == "none" {
        return None;
    }
    Some(match p {
        Some("week") => 2,
        Some("month") | Some("year") => 3,
        _ => 1,
    })
}

/// One events row in [`EVENT_COLUMNS`] order. `country_name` turns an alpha-2 code into a
/// country name for ACLED's `country` column (the code is kept when it returns `None`).
pub fn event_cells(e: EventRow, country_name: &dyn Fn(&str) -> Option<String>) -> Vec<Cell> {
    let inter1 = inter_code(e.actor1_kind.as_deref());
    let inter2 = inter_code(e.actor2_kind.as_deref());
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => Some(a.min(b) * 10 + a.max(b)),
        (Some(a), None) | (None, Some(a)) => Some(a * 10),
        _ => None,
    };
    let civ =
        (e.actor2_kind.as_deref() == Some("civilians")).then(|| "Civilian targeting".to_string());
    let year: Option<i64> = e
        .day
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    let cname = e
        .country
        .as_deref()
        .map(|c| country_name(c).unwrap_or_else(|| c.to_string()));
    let id = format!("{}{}", e.country.as_deref().unwrap_or("XX"), e.event_id);
    let qualifiers_fatal = e.fatalities.is_some();
    vec![
        Cell::Str(id),
        e.day.clone().into(),
        year.into(),
        time_precision_code(e.date_precision.as_deref(), &e.day_from).into(),
        e.event_type.into(),
        e.sub_event_type.into(),
        e.actor1.into(),
        e.responsibility.clone().filter(|_| false).into(),
        inter1.into(),
        e.actor2.into(),
        Cell::Null,
        inter2.into(),
        interaction.into(),
        civ.into(),
        Cell::Null,
        Cell::Null,
        cname.into(),
        e.admin1.into(),
        Cell::Null,
        Cell::Null,
        e.location.into(),
        e.latitude.into(),
        e.longitude.into(),
        geo_precision_code(e.geo_precision.as_deref()).into(),
        e.source.into(),
        Cell::Null,
        Cell::Str(e.evidence),
        Cell::Int(e.fatalities.unwrap_or(0)),
        Cell::Null,
        Cell::Null,
        Cell::Str(e.plover_type),
        e.mode.into(),
        e.country.into(),
        e.actor1_kind.into(),
        e.actor1_country.into(),
        e.actor1_code.into(),
        e.actor2_kind.into(),
        e.actor2_country.into(),
        e.actor2_code.into(),
        e.date.into(),
        Cell::Str(e.day_from),
        Cell::Bool(qualifiers_fatal),
        e.injured.into(),
        e.arrested.into(),
        e.displaced.into(),
        e.qualifiers.into(),
        Cell::Bool(e.negated),
        Cell::Bool(e.hypothetical),
        e.responsibility.into(),
        Cell::Str(e.document_id),
        e.document_title.into(),
        e.url.into(),
        Cell::Int(e.idx),
        Cell::Int(e.evidence_start),
        Cell::Int(e.evidence_end),
    ]
}

/// The quotes table.
pub const QUOTE_COLUMNS: &[Column] = &[
    col("document_id", Str, false),
    col("document_title", Str, true),
    col("day", Str, true),
    col("quote_index", Int, false),
    col("kind", Str, false),
    col("speaker", Str, true),
    col("speaker_text", Str, true),
    col("cue", Str, true),
    col("channel", Str, true),
    col("addressee", Str, true),
    col("text", Str, false),
    col("start", Int, false),
    col("end", Int, false),
];

/// The entities table.
pub const ENTITY_COLUMNS: &[Column] = &[
    col("document_id", Str, false),
    col("entity_index", Int, false),
    col("label", Str, false),
    col("text", Str, false),
    col("name", Str, false),
    col("kb_id", Str, true),
    col("kind", Str, true),
    col("country", Str, true),
    col("start", Int, false),
    col("end", Int, false),
];

/// A sink for rows.
trait TableWriter {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()>;
    fn finish(self: Box<Self>) -> Result<()>;
}

struct Jsonl<W: Write> {
    out: W,
    cols: &'static [Column],
    path: std::path::PathBuf,
}

impl<W: Write> TableWriter for Jsonl<W> {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        let mut m = serde_json::Map::new();
        for (c, v) in self.cols.iter().zip(cells) {
            let j = match v {
                Cell::Null => serde_json::Value::Null,
                Cell::Str(s) => s.into(),
                Cell::Int(i) => i.into(),
                Cell::Float(f) => serde_json::Number::from_f64(f)
                    .map(Into::into)
                    .unwrap_or(serde_json::Value::Null),
                Cell::Bool(b) => b.into(),
            };
            m.insert(c.name.to_string(), j);
        }
        writeln!(self.out, "{}", serde_json::Value::Object(m)).map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        self.out.flush().map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })
    }
}

/// Quote a CSV field when needed (RFC 4180).
pub fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

struct Csv<W: Write> {
    out: W,
    path: std::path::PathBuf,
}

impl<W: Write> Csv<W> {
    fn line(&mut self, fields: &[String]) -> Result<()> {
        let line: Vec<_> = fields.iter().map(|f| csv_field(f)).collect();
        writeln!(self.out, "{}", line.join(",")).map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })
    }
}

impl<W: Write> TableWriter for Csv<W> {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        let fields: Vec<String> = cells
            .into_iter()
            .map(|c| match c {
                Cell::Null => String::new(),
                Cell::Str(s) => s,
                Cell::Int(i) => i.to_string(),
                Cell::Float(f) => f.to_string(),
                Cell::Bool(b) => b.to_string(),
            })
            .collect();
        self.line(&fields)
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        self.out.flush().map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })
    }
}

/// Rows buffered per Parquet row group.
const ROW_GROUP: usize = 50_000;

struct Parquet {
    writer: parquet::file::writer::SerializedFileWriter<std::fs::File>,
    cols: &'static [Column],
    rows: Vec<Vec<Cell>>,
    path: std::path::PathBuf,
}

fn pq_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Parquet {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

/// The Parquet schema of a table.
pub fn parquet_schema(table: &str, cols: &[Column]) -> String {
    let mut s = format!("message {table} {{\n");
    for c in cols {
        let rep = if c.nullable { "OPTIONAL" } else { "REQUIRED" };
        let ty = match c.kind {
            Str => "BYTE_ARRAY",
            Int => "INT64",
            Float => "DOUBLE",
            Bool => "BOOLEAN",
        };
        let ann = if c.kind == Str { " (UTF8)" } else { "" };
        s.push_str(&format!("  {rep} {ty} {}{ann};\n", c.name));
    }
    s.push('}');
    s
}

impl Parquet {
    fn create(path: &Path, table: &str, cols: &'static [Column]) -> Result<Parquet> {
        use parquet::basic::Compression;
        use parquet::file::properties::WriterProperties;
        let schema = parquet::schema::parser::parse_message_type(&parquet_schema(table, cols))
            .map_err(|e| pq_err(path, e))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let file = std::fs::File::create(path).map_err(|source| StoreError::Io {
            path: path.to_owned(),
            source,
        })?;
        let writer = parquet::file::writer::SerializedFileWriter::new(
            file,
            Arc::new(schema),
            Arc::new(props),
        )
        .map_err(|e| pq_err(path, e))?;
        Ok(Parquet {
            writer,
            cols,
            rows: Vec::new(),
            path: path.to_owned(),
        })
    }

    fn flush_group(&mut self) -> Result<()> {
        use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
        if self.rows.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let mut rg = self.writer.next_row_group().map_err(|e| pq_err(&path, e))?;
        let mut i = 0;
        while let Some(mut cw) = rg.next_column().map_err(|e| pq_err(&path, e))? {
            let c = self.cols[i];
            let def: Vec<i16> = self
                .rows
                .iter()
                .map(|r| i16::from(r[i] != Cell::Null))
                .collect();
            let def = if c.nullable {
                Some(def.as_slice())
            } else {
                None
            };
            let res = match c.kind {
                Str => {
                    let v: Vec<ByteArray> = self
                        .rows
                        .iter()
                        .filter_map(|r| match &r[i] {
                            Cell::Str(s) => Some(ByteArray::from(s.as_str())),
                            _ => None,
                        })
                        .collect();
                    cw.typed::<ByteArrayType>().write_batch(&v, def, None)
                }
                Int => {
                    let v: Vec<i64> = self
                        .rows
                        .iter()
                        .filter_map(|r| match r[i] {
                            Cell::Int(x) => Some(x),
                            _ => None,
                        })
                        .collect();
                    cw.typed::<Int64Type>().write_batch(&v, def, None)
                }
                Float => {
                    let v: Vec<f64> = self
                        .rows
                        .iter()
                        .filter_map(|r| match r[i] {
                            Cell::Float(x) => Some(x),
                            _ => None,
                        })
                        .collect();
                    cw.typed::<DoubleType>().write_batch(&v, def, None)
                }
                Bool => {
                    let v: Vec<bool> = self
                        .rows
                        .iter()
                        .filter_map(|r| match r[i] {
                            Cell::Bool(x) => Some(x),
                            _ => None,
                        })
                        .collect();
                    cw.typed::<BoolType>().write_batch(&v, def, None)
                }
            };
            res.map_err(|e| pq_err(&path, e))?;
            cw.close().map_err(|e| pq_err(&path, e))?;
            i += 1;
        }
        rg.close().map_err(|e| pq_err(&path, e))?;
        self.rows.clear();
        Ok(())
    }
}

impl TableWriter for Parquet {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        debug_assert_eq!(cells.len(), self.cols.len());
        self.rows.push(cells);
        if self.rows.len() >= ROW_GROUP {
            self.flush_group()?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        self.flush_group()?;
        let path = self.path.clone();
        self.writer.close().map_err(|e| pq_err(&path, e))?;
        Ok(())
    }
}

/// Export a table. `out` is a file path, or `None` for standard output (not for Parquet).
/// Returns the number of rows written.
pub fn export(
    conn: &Connection,
    what: What,
    format: Format,
    filter: &Filter,
    out: Option<&Path>,
    country_name: &dyn Fn(&str) -> Option<String>,
) -> Result<u64> {
    let (table, cols) = match what {
        What::Events => ("events", EVENT_COLUMNS),
        What::Quotes => ("quotes", QUOTE_COLUMNS),
        What::Entities => ("entities", ENTITY_COLUMNS),
    };
    let shown = out.map(Path::to_owned).unwrap_or_else(|| "stdout".into());
    let sink: Box<dyn Write> = match out {
        Some(p) if format != Format::Parquet => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|source| StoreError::Io {
                path: p.to_owned(),
                source,
            })?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let mut w: Box<dyn TableWriter> = match format {
        Format::Jsonl => Box::new(Jsonl {
            out: sink,
            cols,
            path: shown,
        }),
        Format::Csv => {
            let mut c = Csv {
                out: sink,
                path: shown,
            };
            c.line(&cols.iter().map(|c| c.name.to_string()).collect::<Vec<_>>())?;
            Box::new(c)
        }
        Format::Parquet => {
            let Some(p) = out else {
                return Err(StoreError::BadParam {
                    name: "out",
                    message: "Parquet needs a file: add --out FILE.parquet".into(),
                });
            };
            Box::new(Parquet::create(p, table, cols)?)
        }
    };
    let mut n = 0u64;
    match what {
        What::Events => each_event(conn, filter, |e| {
            n += 1;
            w.row(event_cells(e, country_name))
        })?,
        What::Quotes => {
            let mut st = conn.prepare(
                "SELECT d.id, d.title, d.day, q.idx, q.kind, q.speaker, q.speaker_text, q.cue, q.channel, q.addressee, q.text, q.start, q.\"end\"
                 FROM quotes q JOIN documents d ON d.rowid = q.doc ORDER BY q.rowid",
            )?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                n += 1;
                w.row(vec![
                    Cell::Str(r.get(0)?),
                    r.get::<_, Option<String>>(1)?.into(),
                    r.get::<_, Option<String>>(2)?.into(),
                    Cell::Int(r.get(3)?),
                    Cell::Str(r.get(4)?),
                    r.get::<_, Option<String>>(5)?.into(),
                    r.get::<_, Option<String>>(6)?.into(),
                    r.get::<_, Option<String>>(7)?.into(),
                    r.get::<_, Option<String>>(8)?.into(),
                    r.get::<_, Option<String>>(9)?.into(),
                    Cell::Str(r.get(10)?),
                    Cell::Int(r.get(11)?),
                    Cell::Int(r.get(12)?),
                ])?;
            }
        }
        What::Entities => {
            let mut st = conn.prepare(
                "SELECT d.id, x.idx, x.label, x.text, x.name, x.kb_id, x.kind, x.country, x.start, x.\"end\"
                 FROM entities x JOIN documents d ON d.rowid = x.doc ORDER BY x.doc, x.idx",
            )?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                n += 1;
                w.row(vec![
                    Cell::Str(r.get(0)?),
                    Cell::Int(r.get(1)?),
                    Cell::Str(r.get(2)?),
                    Cell::Str(r.get(3)?),
                    Cell::Str(r.get(4)?),
                    r.get::<_, Option<String>>(5)?.into(),
                    r.get::<_, Option<String>>(6)?.into(),
                    r.get::<_, Option<String>>(7)?.into(),
                    Cell::Int(r.get(8)?),
                    Cell::Int(r.get(9)?),
                ])?;
            }
        }
    }
    w.finish()?;
    Ok(n)
}

/// Write the documents table for the Spark contract: one column `id` and one column `json`
/// holding the full public JSON line (what `chronicle import` reads).
pub fn export_documents_parquet(conn: &Connection, out: &Path) -> Result<u64> {
    const COLS: &[Column] = &[col("id", Str, false), col("json", Str, false)];
    let mut w = Box::new(Parquet::create(out, "documents", COLS)?);
    let mut st = conn.prepare("SELECT id, json FROM documents ORDER BY rowid")?;
    let mut rows = st.query([])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        w.row(vec![Cell::Str(r.get(0)?), Cell::Str(r.get(1)?)])?;
        n += 1;
    }
    w.finish()?;
    Ok(n)
}

/// Write a documents table (`id`, `json`) from rows already in hand: the same format as
/// [`export_documents_parquet`], for tools that derive documents (e.g. the 100k benchmark
/// corpus in `bench/store/`). Returns the number of rows written.
pub fn write_documents_parquet<I>(out: &Path, rows: I) -> Result<u64>
where
    I: IntoIterator<Item = (String, String)>,
{
    const COLS: &[Column] = &[col("id", Str, false), col("json", Str, false)];
    let mut w = Box::new(Parquet::create(out, "documents", COLS)?);
    let mut n = 0;
    for (id, json) in rows {
        w.row(vec![Cell::Str(id), Cell::Str(json)])?;
        n += 1;
    }
    w.finish()?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_commas_quotes_and_newlines_are_quoted() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn interaction_codes_follow_acled() {
        assert_eq!(inter_code(Some("military")), Some(1));
        assert_eq!(inter_code(Some("protesters")), Some(6));
        assert_eq!(inter_code(Some("organization")), None);
    }

    #[test]
    fn parquet_schema_types_every_column() {
        let s = parquet_schema("events", EVENT_COLUMNS);
        assert!(s.contains("REQUIRED BYTE_ARRAY event_id_cnty (UTF8);"));
        assert!(s.contains("OPTIONAL DOUBLE latitude;"));
        assert!(s.contains("REQUIRED INT64 fatalities;"));
        assert!(s.contains("REQUIRED BOOLEAN negated;"));
        parquet::schema::parser::parse_message_type(&s).unwrap();
    }
}
