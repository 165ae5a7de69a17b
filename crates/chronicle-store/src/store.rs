//! [`Store`]: open a database file, and write documents with every layer, one transaction
//! per batch.

use std::path::{Path, PathBuf};

use chronicle_doc::Document;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use serde_json::Value;

use crate::dedup::{self, Signature};
use crate::{schema, Result, StoreError};

/// A document made ready for the store: public JSON (character offsets), content hash and
/// near-duplicate signature. Building it is pure, so it can run on any thread.
#[derive(Clone, Debug)]
pub struct PreparedDocument {
    /// The document id.
    pub id: String,
    /// Hash of the text: the idempotence key.
    pub content_hash: String,
    /// The public JSON value.
    pub value: Value,
    /// The same, as one line.
    pub json: String,
    /// MinHash signature, for texts long enough to judge.
    pub signature: Option<Signature>,
    /// The pipeline version that made the annotations, when known.
    pub pipeline_version: Option<String>,
}

impl PreparedDocument {
    /// Prepare a document.
    pub fn new(doc: &Document) -> PreparedDocument {
        let value = doc.to_json_value();
        let json = value.to_string();
        PreparedDocument {
            id: doc.meta.id.clone(),
            content_hash: content_hash(doc.text()),
            value,
            json,
            signature: dedup::signature(doc.text()),
            pipeline_version: None,
        }
    }

    /// The same, recording the pipeline version that made the annotations.
    pub fn with_pipeline_version(mut self, version: impl Into<String>) -> PreparedDocument {
        self.pipeline_version = Some(version.into());
        self
    }

    /// Prepare a document from its public JSON line (as written by `Document::to_json`),
    /// checking it first: spans must fall inside the text.
    pub fn from_json(json: &str, origin: &str) -> Result<PreparedDocument> {
        let doc = Document::from_json(json).map_err(|e| StoreError::BadDocument {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
        Ok(PreparedDocument::new(&doc))
    }
}

/// The idempotence key of a text: 32 hex digits of its FNV-1a-128 hash.
pub fn content_hash(text: &str) -> String {
    format!("{:032x}", chronicle_doc::fnv1a_128(text.as_bytes()))
}

/// What happened to one document.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Stored as new.
    Inserted {
        /// Near duplicate of this stored document id, with the estimated similarity.
        duplicate_of: Option<(String, f32)>,
    },
    /// A document with the same id but another text was there: replaced.
    Replaced,
    /// The same text was stored, annotated by another pipeline version: its annotations were
    /// replaced in place (same row, same id, near-duplicate links kept).
    Reannotated,
    /// The same text is already stored: nothing changed.
    Unchanged,
}

/// Counts of what a store holds.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Counts {
    /// Documents.
    pub documents: i64,
    /// Documents that are near duplicates of another.
    pub duplicates: i64,
    /// Entity mentions.
    pub entities: i64,
    /// Distinct actors in events.
    pub actors: i64,
    /// Quotes.
    pub quotes: i64,
    /// Events.
    pub events: i64,
    /// Place mentions.
    pub places: i64,
    /// Time expressions.
    pub times: i64,
}

/// HTTP validators of a polled feed, for conditional requests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedState {
    /// The `ETag` the server sent.
    pub etag: Option<String>,
    /// The `Last-Modified` the server sent.
    pub last_modified: Option<String>,
}

/// A chronicle database: one SQLite file in WAL mode.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open (or create) a database for reading and writing, applying migrations.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer; FULL: a commit survives a crash of the machine,
        // not only of the process.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn, path)?;
        Ok(Store {
            conn,
            path: path.to_owned(),
        })
    }

    /// Open an existing database read-only (the file must exist and be up to date).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let v = schema::version(&conn)?;
        if v > schema::SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_owned(),
                found: v,
                supported: schema::SCHEMA_VERSION,
            });
        }
        if v < schema::SCHEMA_VERSION {
            return Err(StoreError::BadParam {
                name: "db",
                message: format!("{} has schema version {v}, expected {}: open it once with `chronicle ingest` to migrate", path.display(), schema::SCHEMA_VERSION),
            });
        }
        Ok(Store {
            conn,
            path: path.to_owned(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection (for queries).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// True when a text with this content hash is stored.
    pub fn has_content(&self, content_hash: &str) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")?;
        Ok(st.exists([content_hash])?)
    }

    /// `None` when no text with this content hash is stored, else the pipeline version that
    /// annotated it (itself `None` when unknown).
    pub fn content_version(&self, content_hash: &str) -> Result<Option<Option<String>>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT pipeline_version FROM documents WHERE content_hash = ?1")?;
        Ok(st.query_row([content_hash], |r| r.get(0)).optional()?)
    }

    /// Write a batch of documents in ONE transaction: after this returns `Ok`, every outcome
    /// is durable; if the process dies before, nothing of the batch is in the file. A text
    /// already stored is left alone ([`Outcome::Unchanged`]).
    pub fn write_batch(&mut self, docs: &[PreparedDocument]) -> Result<Vec<Outcome>> {
        self.write(docs, false)
    }

    /// Like [`Store::write_batch`], but a text already stored whose pipeline version differs
    /// from the document's gets its annotations replaced by the document's, in place
    /// ([`Outcome::Reannotated`]): same row and id, near-duplicate links kept. All or nothing
    /// per batch.
    pub fn write_batch_reannotating(&mut self, docs: &[PreparedDocument]) -> Result<Vec<Outcome>> {
        self.write(docs, true)
    }

    fn write(&mut self, docs: &[PreparedDocument], reannotate: bool) -> Result<Vec<Outcome>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(docs.len());
        for d in docs {
            out.push(write_one(&tx, d, reannotate)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// How many rows each table holds.
    pub fn counts(&self) -> Result<Counts> {
        let n = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(Counts {
            documents: n("SELECT count(*) FROM documents")?,
            duplicates: n("SELECT count(*) FROM duplicates")?,
            entities: n("SELECT count(*) FROM entities")?,
            actors: n("SELECT count(*) FROM actors")?,
            quotes: n("SELECT count(*) FROM quotes")?,
            events: n("SELECT count(*) FROM events")?,
            places: n("SELECT count(*) FROM places")?,
            times: n("SELECT count(*) FROM times")?,
        })
    }

    /// The validators (ETag, Last-Modified) saved for a feed by [`Store::save_feed`].
    pub fn feed(&self, url: &str) -> Result<Option<FeedState>> {
        Ok(self
            .conn
            .query_row(
                "SELECT etag, last_modified FROM feeds WHERE url = ?1",
                [url],
                |r| {
                    Ok(FeedState {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Remember a feed's validators after a successful poll.
    pub fn save_feed(&self, url: &str, state: &FeedState, n_items: usize) -> Result<()> {
        self.conn.execute(
            "INSERT INTO feeds (url, etag, last_modified, n_items) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                 n_items = excluded.n_items, checked_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
            params![url, state.etag, state.last_modified, n_items as i64],
        )?;
        Ok(())
    }

    /// SQLite's own check of the file: `ok` when sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn s<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

fn i(v: &Value, k: &str) -> Option<i64> {
    v.get(k).and_then(Value::as_i64)
}

fn f(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// `YYYY-MM-DD` when `s` starts with a full calendar day.
pub(crate) fn day_of(s: &str) -> Option<String> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| {
        if i == 4 || i == 7 {
            *c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    ok.then(|| d.to_string())
}

fn actor_id(tx: &Transaction, a: &Value) -> Result<Option<i64>> {
    let Some(name) = s(a, "canonical").or_else(|| s(a, "name")) else {
        return Ok(None);
    };
    let mut st = tx.prepare_cached(
        "INSERT INTO actors (name, kind, country, code) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(name) DO UPDATE SET kind = coalesce(actors.kind, excluded.kind),
             country = coalesce(actors.country, excluded.country), code = coalesce(actors.code, excluded.code)
         RETURNING id",
    )?;
    Ok(Some(st.query_row(
        params![name, s(a, "kind"), s(a, "country"), s(a, "code")],
        |r| r.get(0),
    )?))
}

/// Replace the annotations of stored document `doc` by those of `d` (same text).
fn reannotate_one(tx: &Transaction, doc: i64, d: &PreparedDocument) -> Result<()> {
    for table in ["entities", "quotes", "events", "places", "times"] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE doc = ?1"))?
            .execute([doc])?;
    }
    let v = &d.value;
    let published = s(v, "published");
    let doc_day = published.and_then(day_of);
    tx.prepare_cached(
        "UPDATE documents SET json = ?2, published = ?3, day = ?4, pipeline_version = ?5 WHERE rowid = ?1",
    )?
    .execute(params![doc, d.json, published, doc_day, d.pipeline_version])?;
    insert_layers(tx, doc, v, &doc_day)
}

fn write_one(tx: &Transaction, d: &PreparedDocument, reannotate: bool) -> Result<Outcome> {
    let same: Option<(i64, Option<String>)> = tx
        .prepare_cached("SELECT rowid, pipeline_version FROM documents WHERE content_hash = ?1")?
        .query_row([&d.content_hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((doc, version)) = same {
        if reannotate && version != d.pipeline_version {
            reannotate_one(tx, doc, d)?;
            return Ok(Outcome::Reannotated);
        }
        return Ok(Outcome::Unchanged);
    }
    let replaced = tx
        .prepare_cached("DELETE FROM documents WHERE id = ?1")?
        .execute([&d.id])?
        > 0;
    let v = &d.value;
    let text = s(v, "text").unwrap_or("");
    let published = s(v, "published");
    let doc_day = published.and_then(day_of);
    let blob = d.signature.as_ref().map(dedup::to_blob);
    tx.prepare_cached(
        "INSERT INTO documents (id, content_hash, url, title, source, published, day, origin, n_chars, text, json, minhash, pipeline_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        d.id,
        d.content_hash,
        s(v, "url"),
        s(v, "title"),
        s(v, "source"),
        published,
        doc_day,
        s(v, "origin"),
        text.chars().count() as i64,
        text,
        d.json,
        blob,
        d.pipeline_version
    ])?;
    let doc = tx.last_insert_rowid();
    insert_layers(tx, doc, v, &doc_day)?;

    let mut duplicate_of = None;
    if let Some(sig) = &d.signature {
        duplicate_of = link_near_duplicate(tx, doc, sig)?;
    }
    Ok(if replaced {
        Outcome::Replaced
    } else {
        Outcome::Inserted { duplicate_of }
    })
}

/// Write every annotation layer of document JSON `v` for stored document `doc`.
fn insert_layers(tx: &Transaction, doc: i64, v: &Value, doc_day: &Option<String>) -> Result<()> {
    for (idx, e) in arr(v, "entities").iter().enumerate() {
        let t = s(e, "text").unwrap_or("");
        tx.prepare_cached(
            "INSERT INTO entities (doc, idx, label, text, name, kb_id, kind, country, start, \"end\")
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![doc, idx as i64, s(e, "label").unwrap_or("MISC"), t, s(e, "canonical").unwrap_or(t), s(e, "kb_id"), s(e, "kind"), s(e, "country"), i(e, "start"), i(e, "end")])?;
    }
    for (idx, q) in arr(v, "quotes").iter().enumerate() {
        let sp = q.get("speaker");
        let speaker = sp.and_then(|sp| s(sp, "canonical").or_else(|| s(sp, "text")));
        tx.prepare_cached(
            "INSERT INTO quotes (doc, idx, kind, text, start, \"end\", cue, speaker, speaker_text, speaker_start, speaker_end, channel, addressee)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?
        .execute(params![
            doc,
            idx as i64,
            s(q, "kind").unwrap_or("direct"),
            s(q, "text").unwrap_or(""),
            i(q, "start"),
            i(q, "end"),
            q.get("cue").and_then(|c| s(c, "text")),
            speaker,
            sp.and_then(|sp| s(sp, "text")),
            sp.and_then(|sp| i(sp, "start")),
            sp.and_then(|sp| i(sp, "end")),
            s(q, "channel"),
            s(q, "addressee")
        ])?;
    }
    for (idx, e) in arr(v, "events").iter().enumerate() {
        let a1 = e.get("actor1").cloned().unwrap_or(Value::Null);
        let a2 = e.get("actor2").cloned().unwrap_or(Value::Null);
        let loc = e.get("location").cloned().unwrap_or(Value::Null);
        let ev = e.get("evidence").cloned().unwrap_or(Value::Null);
        let date = s(e, "date");
        let (day, day_from) = match date.and_then(day_of) {
            Some(d) => (Some(d), "event"),
            None => match &doc_day {
                Some(d) => (Some(d.clone()), "published"),
                None => (None, "none"),
            },
        };
        let name = |a: &Value| {
            s(a, "canonical")
                .or_else(|| s(a, "name"))
                .map(str::to_string)
        };
        let quals: Vec<&str> = arr(e, "qualifiers")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let resp = e.get("responsibility").map(|r| {
            let who = r
                .get("actor")
                .and_then(|a| s(a, "canonical").or_else(|| s(a, "name")));
            match who {
                Some(w) => format!("{}: {w}", s(r, "status").unwrap_or("")),
                None => s(r, "status").unwrap_or("").to_string(),
            }
        });
        let a1_id = actor_id(tx, &a1)?;
        let a2_id = actor_id(tx, &a2)?;
        tx.prepare_cached(
            "INSERT INTO events (doc, idx, type, mode, acled_type, acled_sub_type, trigger_text,
                actor1, actor1_id, actor1_kind, actor1_country, actor1_code,
                actor2, actor2_id, actor2_kind, actor2_country, actor2_code,
                location, admin1, country, lat, lon, geo_precision, date, date_precision, day, day_from,
                fatalities, injured, arrested, displaced, qualifiers, negated, hypothetical, responsibility,
                evidence, evidence_start, evidence_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38)",
        )?
        .execute(params![
            doc,
            idx as i64,
            s(e, "type").unwrap_or("UNKNOWN"),
            s(e, "mode"),
            s(e, "acled_event_type"),
            s(e, "acled_sub_event_type"),
            e.get("trigger").and_then(|t| s(t, "text")),
            name(&a1),
            a1_id,
            s(&a1, "kind"),
            s(&a1, "country"),
            s(&a1, "code"),
            name(&a2),
            a2_id,
            s(&a2, "kind"),
            s(&a2, "country"),
            s(&a2, "code"),
            s(&loc, "name"),
            s(&loc, "admin1"),
            s(&loc, "country").map(str::to_ascii_uppercase),
            f(&loc, "lat"),
            f(&loc, "lon"),
            s(&loc, "precision"),
            date,
            s(e, "date_precision"),
            day,
            day_from,
            i(e, "fatalities"),
            i(e, "injured"),
            i(e, "arrested"),
            i(e, "displaced"),
            (!quals.is_empty()).then(|| quals.join(";")),
            e.get("negated").and_then(Value::as_bool).unwrap_or(false),
            e.get("hypothetical").and_then(Value::as_bool).unwrap_or(false),
            resp,
            s(&ev, "text").unwrap_or(""),
            i(&ev, "start").unwrap_or(0),
            i(&ev, "end").unwrap_or(0)
        ])?;
    }
    for (idx, p) in arr(v, "places").iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO places (doc, idx, text, name, gid, country, admin1, lat, lon, kind, start, \"end\")
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            doc,
            idx as i64,
            s(p, "text").unwrap_or(""),
            s(p, "name").unwrap_or(""),
            s(p, "id").unwrap_or(""),
            s(p, "country").unwrap_or("").to_ascii_uppercase(),
            s(p, "admin1"),
            f(p, "lat").unwrap_or(0.0),
            f(p, "lon").unwrap_or(0.0),
            s(p, "kind").unwrap_or(""),
            i(p, "start"),
            i(p, "end")
        ])?;
    }
    for (idx, t) in arr(v, "times").iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO times (doc, idx, text, type, value, anchor, start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![doc, idx as i64, s(t, "text").unwrap_or(""), s(t, "type").unwrap_or(""), s(t, "value").unwrap_or(""), s(t, "anchor").unwrap_or(""), i(t, "start"), i(t, "end")])?;
    }
    Ok(())
}

/// Find the best stored near duplicate of new document `doc` and link it; index its bands.
fn link_near_duplicate(
    tx: &Transaction,
    doc: i64,
    sig: &Signature,
) -> Result<Option<(String, f32)>> {
    let mut duplicate_of = None;
    {
        let keys = dedup::band_keys(sig);
        let mut best: Option<(i64, f32)> = None;
        {
            let mut cand = tx.prepare_cached("SELECT doc FROM minhash_bands WHERE key = ?1")?;
            let mut get = tx.prepare_cached("SELECT minhash FROM documents WHERE rowid = ?1")?;
            let mut seen = std::collections::HashSet::new();
            for k in &keys {
                let docs: Vec<i64> = cand
                    .query_map([k], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for other in docs {
                    if other == doc || !seen.insert(other) {
                        continue;
                    }
                    let blob: Option<Vec<u8>> = get.query_row([other], |r| r.get(0))?;
                    let Some(os) = blob.as_deref().and_then(dedup::from_blob) else {
                        continue;
                    };
                    let sim = dedup::similarity(sig, &os);
                    // Ties go to the oldest document: the first outlet is the original.
                    if sim >= dedup::THRESHOLD
                        && best.is_none_or(|(b, bs)| sim > bs || (sim == bs && other < b))
                    {
                        best = Some((other, sim));
                    }
                }
            }
        }
        if let Some((orig, sim)) = best {
            // Link to the original the other copy points to, so chains stay one level deep.
            let root: i64 = tx
                .prepare_cached("SELECT original FROM duplicates WHERE doc = ?1")?
                .query_row([orig], |r| r.get(0))
                .optional()?
                .unwrap_or(orig);
            tx.prepare_cached("INSERT INTO duplicates (doc, original, similarity, method) VALUES (?1, ?2, ?3, 'minhash-4shingle')")?
                .execute(params![doc, root, sim as f64])?;
            let id: String = tx
                .prepare_cached("SELECT id FROM documents WHERE rowid = ?1")?
                .query_row([root], |r| r.get(0))?;
            duplicate_of = Some((id, sim));
        }
        let mut ins =
            tx.prepare_cached("INSERT OR IGNORE INTO minhash_bands (key, doc) VALUES (?1, ?2)")?;
        for k in keys {
            ins.execute(params![k, doc])?;
        }
    }
    Ok(duplicate_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{self, Filter, Paging};

    const STORY: &str = "Hundreds of farmers drove their tractors into the centre of the provincial capital on Monday to protest against a new tax on diesel, blocking the main bridge for several hours while police watched from a distance and shop owners closed early.";

    fn doc(id: &str, text: &str) -> PreparedDocument {
        let end = text.find('.').unwrap() + 1;
        let json = serde_json::json!({
            "id": id,
            "text": text,
            "published": "2024-10-14",
            "events": [{"type": "PROTEST", "evidence": {"start": 0, "end": end, "text": &text[..end]}}],
        });
        PreparedDocument::from_json(&json.to_string(), id).unwrap()
    }

    fn dup_flags(store: &Store) -> Vec<(String, i64)> {
        let mut st = store
            .conn()
            .prepare("SELECT d.id, e.dup FROM events e JOIN documents d ON d.rowid = e.doc ORDER BY d.id")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(std::result::Result::unwrap)
            .collect()
    }

    #[test]
    fn events_of_near_duplicates_are_flagged_while_the_link_lasts() {
        let dir = std::env::temp_dir().join(format!("chronicle-store-dup-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = Store::open(&dir.join("t.db")).unwrap();
        let g0 = query::generation(store.conn()).unwrap();
        let copy = format!("{STORY} Reporting by a regional desk.");
        let out = store
            .write_batch(&[doc("a", STORY), doc("b", &copy)])
            .unwrap();
        assert!(matches!(&out[1], Outcome::Inserted { duplicate_of: Some((o, _)) } if o == "a"));
        assert_eq!(dup_flags(&store), [("a".into(), 0), ("b".into(), 1)]);
        assert!(query::generation(store.conn()).unwrap() > g0);
        let all = |include_duplicates| {
            let f = Filter {
                include_duplicates,
                ..Filter::default()
            };
            let paging = Paging {
                offset: 0,
                limit: 10,
            };
            query::events(store.conn(), &f, "date", true, paging)
                .unwrap()
                .total
        };
        assert_eq!((all(false), all(true)), (1, 2));

        // Re-annotating the copy keeps its link, so its new events are flagged too.
        let g1 = query::generation(store.conn()).unwrap();
        let out = store
            .write_batch_reannotating(&[doc("b", &copy).with_pipeline_version("v2")])
            .unwrap();
        assert_eq!(out, [Outcome::Reannotated]);
        assert_eq!(dup_flags(&store), [("a".into(), 0), ("b".into(), 1)]);
        assert!(query::generation(store.conn()).unwrap() > g1);
        // The same version again: nothing to do.
        let out = store
            .write_batch_reannotating(&[doc("b", &copy).with_pipeline_version("v2")])
            .unwrap();
        assert_eq!(out, [Outcome::Unchanged]);

        // When the original is replaced by another text, the link goes and so does the flag.
        let other = "A new bridge over the river was opened on Tuesday by the mayor, who said it would cut travel times for thousands of commuters and bring trade back to the old market district.";
        assert_eq!(
            store.write_batch(&[doc("a", other)]).unwrap(),
            [Outcome::Replaced]
        );
        let flags = dup_flags(&store);
        assert!(flags.contains(&("b".into(), 0)), "{flags:?}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
