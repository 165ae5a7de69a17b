//! The schema and its numbered migrations. `schema_version` holds the version applied last;
//! [`migrate`] applies every newer migration, each in its own transaction.

use rusqlite::Connection;

use crate::{Result, StoreError};

/// Migrations in order; migration `i` (1-based) brings the schema to version `i`.
/// Never edit a released migration: append a new one.
const MIGRATIONS: &[&str] = &[
    // 1: documents, layers, full-text search, near-duplicate links.
    r#"
CREATE TABLE documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url          TEXT,
    title        TEXT,
    source       TEXT,
    published    TEXT,
    day          TEXT,
    origin       TEXT,
    n_chars      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    json         TEXT NOT NULL,
    minhash      BLOB,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX documents_day ON documents(day);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    kind    TEXT,
    country TEXT,
    code    TEXT
);

CREATE TABLE entities (
    doc     INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    label   TEXT NOT NULL,
    text    TEXT NOT NULL,
    name    TEXT NOT NULL,
    kb_id   TEXT,
    kind    TEXT,
    country TEXT,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_label ON entities(label, name);

CREATE TABLE quotes (
    rowid        INTEGER PRIMARY KEY,
    doc          INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    cue          TEXT,
    speaker      TEXT,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end  INTEGER,
    channel      TEXT,
    addressee    TEXT,
    UNIQUE (doc, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
END;

CREATE TABLE events (
    rowid          INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    acled_type     TEXT,
    acled_sub_type TEXT,
    trigger_text   TEXT,
    actor1         TEXT,
    actor1_id      INTEGER REFERENCES actors(id),
    actor1_kind    TEXT,
    actor1_country TEXT,
    actor1_code    TEXT,
    actor2         TEXT,
    actor2_id      INTEGER REFERENCES actors(id),
    actor2_kind    TEXT,
    actor2_country TEXT,
    actor2_code    TEXT,
    location       TEXT,
    admin1         TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    geo_precision  TEXT,
    date           TEXT,
    date_precision TEXT,
    day            TEXT,
    day_from       TEXT NOT NULL,
    fatalities     INTEGER,
    injured        INTEGER,
    arrested       INTEGER,
    displaced      INTEGER,
    qualifiers     TEXT,
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    responsibility TEXT,
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    UNIQUE (doc, idx)
);
CREATE INDEX events_day ON events(day, type);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_country ON events(country, day);
CREATE INDEX events_actor1 ON events(actor1);
CREATE INDEX events_actor2 ON events(actor2);

CREATE TABLE places (
    doc     INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    name    TEXT NOT NULL,
    gid     TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1  TEXT,
    lat     REAL NOT NULL,
    lon     REAL NOT NULL,
    kind    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);

CREATE TABLE times (
    doc     INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    type    TEXT NOT NULL,
    value   TEXT NOT NULL,
    anchor  TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE duplicates (
    doc        INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    original   INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    method     TEXT NOT NULL
);
CREATE INDEX duplicates_original ON duplicates(original);

CREATE TABLE minhash_bands (
    key INTEGER NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_doc ON minhash_bands(doc);
"#,
    // 2: feed polling state for `watch` (conditional requests).
    r#"
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    n_items       INTEGER NOT NULL DEFAULT 0
);
"#,
    // 3: indexes for the other sort keys of the events table.
    r#"
CREATE INDEX events_fatalities ON events(fatalities);
CREATE INDEX events_location ON events(location);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX quotes_doc ON quotes(doc);
"#,
    // 4: the pipeline version that annotated each document (NULL: stored before this column,
    // or imported without one), so that `ingest --reannotate` can redo out-of-date ones.
    r#"
ALTER TABLE documents ADD COLUMN pipeline_version TEXT;
"#,
    // 5: speed at 100k articles (docs/bench/store.md).
    // - `events.dup`: 1 when the event's document is a near duplicate, kept in step with the
    //   `duplicates` table by triggers, so that the default "no wire copy" filter is a column
    //   test inside an index instead of a probe per event;
    // - covering indexes led by `(dup, negated)` (the default filters) for the event list,
    //   its count, the timeline, the map and the network, and by country for country filters;
    // - `store_state.generation`, bumped by every change to `documents`, so that readers can
    //   cache whole-store aggregates until the store changes.
    r#"
ALTER TABLE events ADD COLUMN dup INTEGER NOT NULL DEFAULT 0;
UPDATE events SET dup = 1 WHERE doc IN (SELECT doc FROM duplicates);
CREATE TRIGGER duplicates_ai_dup AFTER INSERT ON duplicates BEGIN
    UPDATE events SET dup = 1 WHERE doc = new.doc;
END;
CREATE TRIGGER duplicates_ad_dup AFTER DELETE ON duplicates BEGIN
    UPDATE events SET dup = 0 WHERE doc = old.doc;
END;
CREATE TRIGGER events_ai_dup AFTER INSERT ON events
    WHEN EXISTS (SELECT 1 FROM duplicates WHERE doc = new.doc) BEGIN
    UPDATE events SET dup = 1 WHERE rowid = new.rowid;
END;

CREATE INDEX events_visible_day ON events(dup, negated, day, type);
CREATE INDEX events_country_day ON events(country, dup, negated, day, type);
CREATE INDEX events_acled ON events(acled_type, day);
CREATE INDEX events_map ON events(dup, negated, location, country, lat, lon, type, fatalities);
CREATE INDEX events_network ON events(dup, negated, actor1, actor2, type);
CREATE INDEX quotes_speaker_doc ON quotes(speaker, doc);
CREATE INDEX events_actor1_day ON events(actor1, dup, negated, day);
CREATE INDEX events_actor2_day ON events(actor2, dup, negated, day);
DROP INDEX events_actor1;
DROP INDEX events_actor2;
DROP INDEX events_country;

CREATE TABLE store_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO store_state (id, generation) VALUES (1, 0);
CREATE TRIGGER documents_ai_gen AFTER INSERT ON documents BEGIN
    UPDATE store_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER documents_au_gen AFTER UPDATE ON documents BEGIN
    UPDATE store_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER documents_ad_gen AFTER DELETE ON documents BEGIN
    UPDATE store_state SET generation = generation + 1 WHERE id = 1;
END;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The version stored in the database (0 for a new file or one without the table).
pub fn version(conn: &Connection) -> Result<i64> {
    let exists: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(0);
    }
    let v: Option<i64> =
        conn.query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))?;
    Ok(v.unwrap_or(0))
}

/// Bring the schema up to [`SCHEMA_VERSION`], one migration per immediate transaction (so
/// two processes opening a new file at once do not both migrate it).
pub fn migrate(conn: &mut Connection, path: &std::path::Path) -> Result<()> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
    loop {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current: i64 = tx.query_row(
            "SELECT coalesce(max(version), 0) FROM schema_version",
            [],
            |r| r.get(0),
        )?;
        if current > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_owned(),
                found: current,
                supported: SCHEMA_VERSION,
            });
        }
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        tx.execute_batch(MIGRATIONS[current as usize])?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [current + 1],
        )?;
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut c = Connection::open_in_memory().unwrap();
        let p = std::path::Path::new(":memory:");
        migrate(&mut c, p).unwrap();
        migrate(&mut c, p).unwrap();
        assert_eq!(version(&c).unwrap(), SCHEMA_VERSION);
        let n: i64 = c
            .query_row("SELECT count(*) FROM schema_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, SCHEMA_VERSION);
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        let p = std::path::Path::new(":memory:");
        migrate(&mut c, p).unwrap();
        c.execute("INSERT INTO schema_version (version) VALUES (999)", [])
            .unwrap();
        assert!(matches!(
            migrate(&mut c, p),
            Err(StoreError::TooNew { found: 999, .. })
        ));
    }
}
