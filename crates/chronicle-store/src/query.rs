//! Read queries for the API and exports: full-text search, filtered and paged events,
//! timeline, map, actor network, quotes by speaker, one document. Parameterized SQL only;
//! sort keys come from a fixed list.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};
use serde::Serialize;

use crate::{Result, StoreError};

/// The filters every view shares. Empty fields do not filter.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Full-text query over article titles and text (FTS5; words are ANDed, `"a phrase"`,
    /// `word*` prefix and `OR` work).
    pub q: Option<String>,
    /// First day, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the event location.
    pub country: Option<String>,
    /// PLOVER event type (`ASSAULT`) or ACLED event type (`Protests`).
    pub event_type: Option<String>,
    /// Actor name (canonical), either side of an event.
    pub actor: Option<String>,
    /// Speaker name (canonical), for quotes.
    pub speaker: Option<String>,
    /// Include documents that are near duplicates of another (wire copy). Default: no.
    pub include_duplicates: bool,
    /// Include events said not to have happened. Default: no.
    pub include_negated: bool,
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Turn what a person types into a safe FTS5 query: every word is quoted (so operators and
/// punctuation can never be a syntax error), `"phrases"` stay phrases, a trailing `*` makes a
/// prefix, and a bare `OR` between words stays an OR.
pub fn fts_query(input: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = input.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            let phrase: Vec<&str> = after[..end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if !phrase.is_empty() {
                parts.push(format!("\"{}\"", phrase.join(" ")));
            }
            rest = after.get(end + 1..).unwrap_or("").trim_start();
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = rest[end..].trim_start();
        if word == "OR" {
            if !parts.is_empty() && !rest.is_empty() {
                parts.push("OR".into());
            }
            continue;
        }
        let prefix = if word.ends_with('*') { "*" } else { "" };
        let pieces: Vec<&str> = word
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !pieces.is_empty() {
            // "al-Kadhimi" is one name: its pieces make a phrase.
            parts.push(format!("\"{}\"{prefix}", pieces.join(" ")));
        }
    }
    while parts.last().is_some_and(|p| p == "OR") {
        parts.pop();
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Conditions over `events e` for a filter, with their parameters.
fn event_conditions(f: &Filter, p: &mut Vec<SqlValue>) -> Vec<String> {
    let mut w = Vec::new();
    if let Some(q) = nonempty(&f.q).and_then(fts_query) {
        p.push(q.into());
        w.push(format!(
            "e.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?{})",
            p.len()
        ));
    }
    if let Some(d) = nonempty(&f.from) {
        p.push(d.to_string().into());
        w.push(format!("e.day >= ?{}", p.len()));
    }
    if let Some(d) = nonempty(&f.to) {
        p.push(d.to_string().into());
        w.push(format!("e.day <= ?{}", p.len()));
    }
    if let Some(c) = nonempty(&f.country) {
        p.push(c.to_ascii_uppercase().into());
        w.push(format!("e.country = ?{}", p.len()));
    }
    if let Some(t) = nonempty(&f.event_type) {
        p.push(t.to_string().into());
        // PLOVER types are upper case (`ASSAULT`), ACLED types are not (`Protests`): one
        // column each, so that an index serves the test.
        if t.chars().any(char::is_lowercase) {
            w.push(format!("e.acled_type = ?{}", p.len()));
        } else {
            w.push(format!("e.type = ?{}", p.len()));
        }
    }
    if let Some(a) = nonempty(&f.actor) {
        p.push(a.to_string().into());
        w.push(format!("(e.actor1 = ?{0} OR e.actor2 = ?{0})", p.len()));
    }
    // Literal tests (not parameters), so that the planner can use the indexes led by them;
    // with a full-text query the documents found lead instead (through events_doc), so the
    // tests are marked `+` (no index) to keep the planner from walking every visible event.
    let plus = if w.first().is_some_and(|c| c.contains("documents_fts")) {
        "+"
    } else {
        ""
    };
    if !f.include_duplicates {
        w.push(format!("{plus}e.dup = 0"));
    }
    if !f.include_negated {
        w.push(format!("{plus}e.negated = 0"));
    }
    w
}

/// The same conditions with the default filters kept out of index choice (`+`), so that an
/// ORDER BY key with its own index (fatalities, location) is walked instead of sorting every
/// visible event.
fn unindexed_defaults(conds: &[String]) -> Vec<String> {
    conds
        .iter()
        .map(|c| match c.as_str() {
            "e.dup = 0" | "e.negated = 0" => format!("+{c}"),
            _ => c.clone(),
        })
        .collect()
}

/// The store's generation: it changes whenever a document is added, replaced, re-annotated
/// or removed, so that a reader may cache whole-store results until it changes.
pub fn generation(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT generation FROM store_state WHERE id = 1", [], |r| {
            r.get(0)
        })?,
    )
}

/// `all` less `dups` (both `SELECT count(*)` queries), or `all` alone when duplicates are
/// included: the unfiltered totals, without visiting every row.
fn count_less_duplicates(
    conn: &Connection,
    all: &str,
    dups: &str,
    include_duplicates: bool,
) -> Result<i64> {
    let dups = if include_duplicates {
        "0".to_string()
    } else {
        format!("({dups})")
    };
    Ok(conn.query_row(&format!("SELECT ({all}) - {dups}"), [], |r| r.get(0))?)
}

fn where_clause(conds: &[String]) -> String {
    if conds.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conds.join(" AND "))
    }
}

/// A page of results and how many there are in all.
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    /// Rows matching, in all.
    pub total: i64,
    /// Offset of the first item.
    pub offset: i64,
    /// This page.
    pub items: Vec<T>,
}

/// Paging. `limit` is clamped to 1..=500.
#[derive(Clone, Copy, Debug)]
pub struct Paging {
    /// First row.
    pub offset: i64,
    /// Rows per page.
    pub limit: i64,
}

impl Paging {
    fn clamp(self) -> Paging {
        Paging {
            offset: self.offset.max(0),
            limit: self.limit.clamp(1, 500),
        }
    }
}

/// One event with its document, as the API and the exports show it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EventRow {
    /// Stable id: `<document id>-<index>`.
    pub event_id: String,
    /// Document id.
    pub document_id: String,
    /// Document title.
    pub document_title: Option<String>,
    /// Document source (publisher).
    pub source: Option<String>,
    /// Document URL.
    pub url: Option<String>,
    /// Index of the event in the document.
    pub idx: i64,
    /// PLOVER type.
    pub plover_type: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// ACLED event type.
    pub event_type: Option<String>,
    /// ACLED sub-event type.
    pub sub_event_type: Option<String>,
    /// Trigger words.
    pub trigger: Option<String>,
    /// Source actor (canonical name).
    pub actor1: Option<String>,
    /// Its kind.
    pub actor1_kind: Option<String>,
    /// Its country (alpha-3).
    pub actor1_country: Option<String>,
    /// Its code.
    pub actor1_code: Option<String>,
    /// Target actor.
    pub actor2: Option<String>,
    /// Its kind.
    pub actor2_kind: Option<String>,
    /// Its country (alpha-3).
    pub actor2_country: Option<String>,
    /// Its code.
    pub actor2_code: Option<String>,
    /// Place name.
    pub location: Option<String>,
    /// Admin area.
    pub admin1: Option<String>,
    /// Country (alpha-2).
    pub country: Option<String>,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// `site`, `city`, `admin1`, `country`.
    pub geo_precision: Option<String>,
    /// The event date as extracted (may be partial).
    pub date: Option<String>,
    /// `day`, `week`, `month`, `year`.
    pub date_precision: Option<String>,
    /// The day used for sorting and charts.
    pub day: Option<String>,
    /// Where `day` came from: `event`, `published` or `none`.
    pub day_from: String,
    /// Killed.
    pub fatalities: Option<i64>,
    /// Injured.
    pub injured: Option<i64>,
    /// Arrested.
    pub arrested: Option<i64>,
    /// Displaced.
    pub displaced: Option<i64>,
    /// Count qualifiers, `;`-separated.
    pub qualifiers: Option<String>,
    /// Said not to have happened.
    pub negated: bool,
    /// Threatened or planned.
    pub hypothetical: bool,
    /// Claimed/suspected responsibility.
    pub responsibility: Option<String>,
    /// The evidence sentence.
    pub evidence: String,
    /// Evidence start (character offset in the document text).
    pub evidence_start: i64,
    /// Evidence end (character offset).
    pub evidence_end: i64,
}

const EVENT_COLUMNS: &str = "d.id, d.title, d.source, d.url, e.idx, e.type, e.mode, e.acled_type, e.acled_sub_type, e.trigger_text,
    e.actor1, e.actor1_kind, e.actor1_country, e.actor1_code, e.actor2, e.actor2_kind, e.actor2_country, e.actor2_code,
    e.location, e.admin1, e.country, e.lat, e.lon, e.geo_precision, e.date, e.date_precision, e.day, e.day_from,
    e.fatalities, e.injured, e.arrested, e.displaced, e.qualifiers, e.negated, e.hypothetical, e.responsibility,
    e.evidence, e.evidence_start, e.evidence_end";

pub(crate) fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    let doc: String = r.get(0)?;
    let idx: i64 = r.get(4)?;
    Ok(EventRow {
        event_id: format!("{doc}-{idx}"),
        document_id: doc,
        document_title: r.get(1)?,
        source: r.get(2)?,
        url: r.get(3)?,
        idx,
        plover_type: r.get(5)?,
        mode: r.get(6)?,
        event_type: r.get(7)?,
        sub_event_type: r.get(8)?,
        trigger: r.get(9)?,
        actor1: r.get(10)?,
        actor1_kind: r.get(11)?,
        actor1_country: r.get(12)?,
        actor1_code: r.get(13)?,
        actor2: r.get(14)?,
        actor2_kind: r.get(15)?,
        actor2_country: r.get(16)?,
        actor2_code: r.get(17)?,
        location: r.get(18)?,
        admin1: r.get(19)?,
        country: r.get(20)?,
        latitude: r.get(21)?,
        longitude: r.get(22)?,
        geo_precision: r.get(23)?,
        date: r.get(24)?,
        date_precision: r.get(25)?,
        day: r.get(26)?,
        day_from: r.get(27)?,
        fatalities: r.get(28)?,
        injured: r.get(29)?,
        arrested: r.get(30)?,
        displaced: r.get(31)?,
        qualifiers: r.get(32)?,
        negated: r.get(33)?,
        hypothetical: r.get(34)?,
        responsibility: r.get(35)?,
        evidence: r.get(36)?,
        evidence_start: r.get(37)?,
        evidence_end: r.get(38)?,
    })
}

/// Sort keys accepted by [`events`].
pub const EVENT_SORTS: &[&str] = &[
    "date",
    "type",
    "country",
    "location",
    "actor1",
    "actor2",
    "fatalities",
    "document",
];

/// Filtered, sorted, paged events. `sort` is one of [`EVENT_SORTS`]; `desc` reverses.
pub fn events(
    conn: &Connection,
    f: &Filter,
    sort: &str,
    desc: bool,
    paging: Paging,
) -> Result<Page<EventRow>> {
    let total = events_total(conn, f)?;
    events_page(conn, f, sort, desc, paging, total)
}

/// How many events match `f` (the `total` of an [`events`] page). At 100k articles this
/// counts hundreds of thousands of index entries, so a server may keep it per filter while
/// the store is unchanged and page with [`events_page`].
pub fn events_total(conn: &Connection, f: &Filter) -> Result<i64> {
    let mut p = Vec::new();
    let w = where_clause(&event_conditions(f, &mut p));
    let total: i64 = match nonempty(&f.actor) {
        // Each side counted through its own index, once per event.
        Some(a) => {
            let fa = Filter {
                actor: None,
                ..f.clone()
            };
            let mut pa = Vec::new();
            let ca = event_conditions(&fa, &mut pa);
            pa.push(SqlValue::from(a.to_string()));
            let side = |col: &str| {
                let mut c = ca.clone();
                c.push(format!("e.{col} = ?{}", pa.len()));
                format!("SELECT e.rowid FROM events e{}", where_clause(&c))
            };
            conn.query_row(
                &format!(
                    "SELECT count(*) FROM ({} UNION {})",
                    side("actor1"),
                    side("actor2")
                ),
                params_from_iter(pa.iter()),
                |r| r.get(0),
            )?
        }
        None => conn.query_row(
            &format!("SELECT count(*) FROM events e{w}"),
            params_from_iter(p.iter()),
            |r| r.get(0),
        )?,
    };
    Ok(total)
}

/// One page of [`events`], with its `total` already known (from [`events_total`]).
pub fn events_page(
    conn: &Connection,
    f: &Filter,
    sort: &str,
    desc: bool,
    paging: Paging,
    total: i64,
) -> Result<Page<EventRow>> {
    let paging = paging.clamp();
    let col = match sort {
        "date" | "" => "e.day",
        "type" => "e.type",
        "country" => "e.country",
        "location" => "e.location",
        "actor1" => "e.actor1",
        "actor2" => "e.actor2",
        "fatalities" => "e.fatalities",
        "document" => "d.id",
        other => {
            return Err(StoreError::BadParam {
                name: "sort",
                message: format!(
                    "unknown sort key {other:?}; use one of {}",
                    EVENT_SORTS.join(", ")
                ),
            })
        }
    };
    let mut p = Vec::new();
    let mut conds = event_conditions(f, &mut p);
    if matches!(sort, "fatalities" | "location") && nonempty(&f.actor).is_none() {
        conds = unindexed_defaults(&conds);
    }
    // An actor filter is "actor1 = A OR actor2 = A": no index orders that union, so each side
    // takes its own first rows through its index (actor, dup, negated, day), and the page is
    // cut from their union.
    let actor_sides = nonempty(&f.actor).filter(|_| sort != "document").map(|a| {
        let fa = Filter {
            actor: None,
            ..f.clone()
        };
        let mut pa = Vec::new();
        let ca = event_conditions(&fa, &mut pa);
        pa.push(SqlValue::from(a.to_string()));
        (ca, pa)
    });
    let page = |extra: &str, order: &str, limit: i64, offset: i64| -> Result<Vec<EventRow>> {
        let (sql, params) = match &actor_sides {
            Some((ca, pa)) => {
                let side = |col: &str| {
                    let mut c = ca.clone();
                    c.push(format!("e.{col} = ?{}", pa.len()));
                    if !extra.is_empty() {
                        c.push(extra.to_string());
                    }
                    format!(
                        "SELECT rowid FROM (SELECT e.rowid FROM events e{} ORDER BY {order} LIMIT {})",
                        where_clause(&c),
                        limit + offset
                    )
                };
                (
                    format!(
                        "SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.rowid = e.doc
                         WHERE e.rowid IN ({} UNION {}) ORDER BY {order} LIMIT {limit} OFFSET {offset}",
                        side("actor1"),
                        side("actor2")
                    ),
                    pa,
                )
            }
            None => {
                let mut c = conds.clone();
                if !extra.is_empty() {
                    c.push(extra.to_string());
                }
                (
                    format!(
                        "SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.rowid = e.doc{}
                         ORDER BY {order} LIMIT {limit} OFFSET {offset}",
                        where_clause(&c)
                    ),
                    &p,
                )
            }
        };
        Ok(conn
            .prepare(&sql)?
            .query_map(params_from_iter(params.iter()), event_row)?
            .collect::<rusqlite::Result<_>>()?)
    };
    // SQLite sorts NULLs first. Descending order thus puts them last by itself (and can walk
    // an index); ascending order takes the non-NULL rows first (walking the index), then the
    // NULL ones, so that no expression in ORDER BY forces a sort of every matching row.
    let items = if desc {
        page(
            "",
            &format!("{col} DESC, e.rowid DESC"),
            paging.limit,
            paging.offset,
        )?
    } else {
        let mut items = page(
            &format!("{col} IS NOT NULL"),
            &format!("{col} ASC, e.rowid ASC"),
            paging.limit,
            paging.offset,
        )?;
        if (items.len() as i64) < paging.limit {
            let non_null: i64 = conn.query_row(
                &format!(
                    "SELECT count(*) FROM events e JOIN documents d ON d.rowid = e.doc{}",
                    where_clause(&[conds.clone(), vec![format!("{col} IS NOT NULL")]].concat())
                ),
                params_from_iter(p.iter()),
                |r| r.get(0),
            )?;
            items.extend(page(
                &format!("{col} IS NULL"),
                "e.rowid ASC",
                paging.limit - items.len() as i64,
                (paging.offset - non_null).max(0),
            )?);
        }
        items
    };
    Ok(Page {
        total,
        offset: paging.offset,
        items,
    })
}

/// Every event in storage order (for exports), with the filter applied.
pub fn each_event(
    conn: &Connection,
    f: &Filter,
    mut each: impl FnMut(EventRow) -> Result<()>,
) -> Result<()> {
    let mut p = Vec::new();
    let w = where_clause(&event_conditions(f, &mut p));
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.rowid = e.doc{w} ORDER BY e.rowid");
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query(params_from_iter(p.iter()))?;
    while let Some(r) = rows.next()? {
        each(event_row(r)?)?;
    }
    Ok(())
}

/// Events of one day and type.
#[derive(Clone, Debug, Serialize)]
pub struct TimelinePoint {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Events.
    pub n: i64,
}

/// Timeline buckets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// One point per day.
    Day,
    /// Per ISO week: `day` is the Monday.
    Week,
    /// Per month: `day` is the first of the month.
    Month,
    /// Day up to 120 days between the first and last matching day, week up to 900, else
    /// month (the web UI's rule).
    Auto,
}

impl Unit {
    /// Parse `day`, `week`, `month` or `auto`.
    pub fn parse(s: &str) -> Result<Unit> {
        match s {
            "day" => Ok(Unit::Day),
            "week" => Ok(Unit::Week),
            "month" => Ok(Unit::Month),
            "auto" => Ok(Unit::Auto),
            other => Err(StoreError::BadParam {
                name: "unit",
                message: format!("{other:?}: use day, week, month or auto"),
            }),
        }
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` day (proleptic Gregorian).
fn day_number(d: &str) -> Option<i64> {
    let y: i64 = d.get(..4)?.parse().ok()?;
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let dd: i64 = d.get(8..10)?.parse().ok()?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + dd - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
}

fn day_string(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The first day of the bucket holding `day`.
fn bucket(day: &str, unit: Unit) -> String {
    match unit {
        Unit::Month => match day.get(..7) {
            Some(ym) => format!("{ym}-01"),
            None => day.to_string(),
        },
        Unit::Week => match day_number(day) {
            // 1970-01-01 was a Thursday: Monday is 3 days before.
            Some(n) => day_string(n - (n + 3).rem_euclid(7)),
            None => day.to_string(),
        },
        Unit::Day | Unit::Auto => day.to_string(),
    }
}

/// Events per day (or week, or month) and type. Counted per day in SQL (an index scan), then
/// folded into buckets, so the answer stays small over years of data.
pub fn timeline(conn: &Connection, f: &Filter, unit: Unit) -> Result<Vec<TimelinePoint>> {
    let mut p = Vec::new();
    let mut c = event_conditions(f, &mut p);
    c.push("e.day IS NOT NULL".into());
    let sql = format!("SELECT e.day, e.type, count(*) FROM events e{} GROUP BY e.day, e.type ORDER BY e.day, e.type", where_clause(&c));
    let rows: Vec<TimelinePoint> = conn
        .prepare(&sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(TimelinePoint {
                day: r.get(0)?,
                kind: r.get(1)?,
                n: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let unit = match unit {
        Unit::Auto => {
            let span = match (rows.first(), rows.last()) {
                (Some(a), Some(b)) => match (day_number(&a.day), day_number(&b.day)) {
                    (Some(x), Some(y)) => y - x + 1,
                    _ => 0,
                },
                _ => 0,
            };
            if span <= 120 {
                Unit::Day
            } else if span <= 900 {
                Unit::Week
            } else {
                Unit::Month
            }
        }
        u => u,
    };
    if unit == Unit::Day {
        return Ok(rows);
    }
    let mut sums: std::collections::BTreeMap<(String, String), i64> = Default::default();
    for r in rows {
        *sums.entry((bucket(&r.day, unit), r.kind)).or_default() += r.n;
    }
    Ok(sums
        .into_iter()
        .map(|((day, kind), n)| TimelinePoint { day, kind, n })
        .collect())
}

/// Events at one place.
#[derive(Clone, Debug, Serialize)]
pub struct MapPoint {
    /// Place name.
    pub location: Option<String>,
    /// Country (alpha-2).
    pub country: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Events.
    pub n: i64,
    /// Killed, summed.
    pub fatalities: i64,
    /// PLOVER types seen, `,`-separated.
    pub types: String,
}

/// Events grouped by place (at most 5000 places, the busiest first).
pub fn map(conn: &Connection, f: &Filter) -> Result<Vec<MapPoint>> {
    let mut p = Vec::new();
    let mut c = event_conditions(f, &mut p);
    c.push("e.lat IS NOT NULL AND e.lon IS NOT NULL".into());
    let sql = format!(
        // Grouped by the stored coordinates (in the order of the index events_map, so no sort
        // of the matching events), rounded on output.
        "SELECT e.location, e.country, round(e.lat, 3), round(e.lon, 3), count(*) AS n,
            coalesce(sum(e.fatalities), 0), group_concat(DISTINCT e.type)
         FROM events e{} GROUP BY e.location, e.country, e.lat, e.lon ORDER BY n DESC LIMIT 5000",
        where_clause(&c)
    );
    let rows = conn
        .prepare(&sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(MapPoint {
                location: r.get(0)?,
                country: r.get(1)?,
                lat: r.get(2)?,
                lon: r.get(3)?,
                n: r.get(4)?,
                fatalities: r.get(5)?,
                types: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// An actor in the network.
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    /// Canonical name.
    pub name: String,
    /// Actor kind.
    pub kind: Option<String>,
    /// Country (alpha-3).
    pub country: Option<String>,
    /// Events the actor takes part in (within the edges shown).
    pub n: i64,
}

/// Who acts on whom, weighted by events.
#[derive(Clone, Debug, Serialize)]
pub struct Edge {
    /// Source actor.
    pub source: String,
    /// Target actor.
    pub target: String,
    /// Events.
    pub n: i64,
    /// PLOVER types, `,`-separated.
    pub types: String,
}

/// The actor network.
#[derive(Clone, Debug, Serialize)]
pub struct Network {
    /// Actors.
    pub nodes: Vec<Node>,
    /// Directed edges.
    pub edges: Vec<Edge>,
}

/// The strongest `limit` edges (1..=500) between distinct actors, and their actors.
pub fn network(conn: &Connection, f: &Filter, limit: i64) -> Result<Network> {
    let mut p = Vec::new();
    let mut c = event_conditions(f, &mut p);
    c.push("e.actor1 IS NOT NULL AND e.actor2 IS NOT NULL AND e.actor1 <> e.actor2".into());
    let sql = format!(
        "SELECT e.actor1, e.actor2, count(*) AS n, group_concat(DISTINCT e.type) FROM events e{}
         GROUP BY e.actor1, e.actor2 ORDER BY n DESC, e.actor1, e.actor2 LIMIT {}",
        where_clause(&c),
        limit.clamp(1, 500)
    );
    let edges: Vec<Edge> = conn
        .prepare(&sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(Edge {
                source: r.get(0)?,
                target: r.get(1)?,
                n: r.get(2)?,
                types: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut weight: std::collections::BTreeMap<&str, i64> = Default::default();
    for e in &edges {
        *weight.entry(&e.source).or_default() += e.n;
        *weight.entry(&e.target).or_default() += e.n;
    }
    let mut st = conn.prepare_cached("SELECT kind, country FROM actors WHERE name = ?1")?;
    let mut nodes = Vec::new();
    for (name, n) in weight {
        let (kind, country) = st
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .unwrap_or((None, None));
        nodes.push(Node {
            name: name.to_string(),
            kind,
            country,
            n,
        });
    }
    Ok(Network { nodes, edges })
}

/// A document found by search.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentHit {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Published.
    pub published: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// A passage around the match; matched words are between `\u{2}` and `\u{3}`.
    pub snippet: String,
    /// Events in the document.
    pub n_events: i64,
    /// Quotes in the document.
    pub n_quotes: i64,
    /// Id of the document this one is a near duplicate of.
    pub duplicate_of: Option<String>,
}

/// Documents matching the filter (full text `q` ranked by BM25; otherwise newest first).
/// Event filters (country, type, actor) keep documents with at least one such event.
pub fn search(conn: &Connection, f: &Filter, paging: Paging) -> Result<Page<DocumentHit>> {
    let paging = paging.clamp();
    let mut p: Vec<SqlValue> = Vec::new();
    let mut w: Vec<String> = Vec::new();
    let q = nonempty(&f.q).and_then(fts_query);
    if let Some(q) = &q {
        p.push(q.clone().into());
        w.push(format!("documents_fts MATCH ?{}", p.len()));
    }
    if let Some(d) = nonempty(&f.from) {
        p.push(d.to_string().into());
        w.push(format!("d.day >= ?{}", p.len()));
    }
    if let Some(d) = nonempty(&f.to) {
        p.push(d.to_string().into());
        w.push(format!("d.day <= ?{}", p.len()));
    }
    if nonempty(&f.country).is_some()
        || nonempty(&f.event_type).is_some()
        || nonempty(&f.actor).is_some()
    {
        let ef = Filter {
            q: None,
            from: None,
            to: None,
            speaker: None,
            ..f.clone()
        };
        let c = event_conditions(&ef, &mut p);
        w.push(format!(
            "d.rowid IN (SELECT e.doc FROM events e{})",
            where_clause(&c)
        ));
    }
    if let Some(s) = nonempty(&f.speaker) {
        p.push(s.to_string().into());
        w.push(format!(
            "d.rowid IN (SELECT doc FROM quotes WHERE speaker = ?{})",
            p.len()
        ));
    }
    let only_dup_filter = w.is_empty();
    if !f.include_duplicates {
        w.push("d.rowid NOT IN (SELECT doc FROM duplicates)".into());
    }
    let (from, snippet, order) = if q.is_some() {
        (
            "documents_fts JOIN documents d ON d.rowid = documents_fts.rowid",
            "snippet(documents_fts, 1, char(2), char(3), '…', 32)",
            "ORDER BY rank",
        )
    } else {
        (
            "documents d",
            // The opening of the text, after the headline when the text starts with it.
            "trim(CASE WHEN d.title IS NOT NULL AND substr(d.text, 1, length(d.title)) = d.title
                  THEN substr(d.text, length(d.title) + 1, 260) ELSE substr(d.text, 1, 260) END)",
            // NULLs sort first, so DESC puts undated documents last and walks documents_day.
            "ORDER BY d.day DESC, d.rowid DESC",
        )
    };
    let wc = where_clause(&w);
    let total = if only_dup_filter {
        // Every document, or every one that copies no other: two table counts.
        count_less_duplicates(
            conn,
            "SELECT count(*) FROM documents",
            "SELECT count(*) FROM duplicates",
            f.include_duplicates,
        )?
    } else {
        conn.query_row(
            &format!("SELECT count(*) FROM {from}{wc}"),
            params_from_iter(p.iter()),
            |r| r.get(0),
        )?
    };
    let sql = format!(
        "SELECT d.id, d.title, d.published, d.source, d.url, {snippet},
            (SELECT count(*) FROM events WHERE doc = d.rowid), (SELECT count(*) FROM quotes WHERE doc = d.rowid),
            (SELECT o.id FROM duplicates x JOIN documents o ON o.rowid = x.original WHERE x.doc = d.rowid)
         FROM {from}{wc} {order} LIMIT {} OFFSET {}",
        paging.limit, paging.offset
    );
    let items = conn
        .prepare(&sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(DocumentHit {
                id: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                source: r.get(3)?,
                url: r.get(4)?,
                snippet: r.get(5)?,
                n_events: r.get(6)?,
                n_quotes: r.get(7)?,
                duplicate_of: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Page {
        total,
        offset: paging.offset,
        items,
    })
}

/// A quote with its document.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteRow {
    /// Document id.
    pub document_id: String,
    /// Document title.
    pub document_title: Option<String>,
    /// Document day.
    pub day: Option<String>,
    /// Index in the document.
    pub idx: i64,
    /// `direct`, `indirect`, `mixed`.
    pub kind: String,
    /// What was said.
    pub text: String,
    /// Start (character offset).
    pub start: i64,
    /// End (character offset).
    pub end: i64,
    /// Cue words.
    pub cue: Option<String>,
    /// Canonical speaker.
    pub speaker: Option<String>,
    /// The speaker as written.
    pub speaker_text: Option<String>,
    /// Channel.
    pub channel: Option<String>,
    /// Addressee.
    pub addressee: Option<String>,
}

/// Quotes matching the filter: `speaker` exact, `q` full text over quotes, dates by document day.
pub fn quotes(conn: &Connection, f: &Filter, paging: Paging) -> Result<Page<QuoteRow>> {
    let paging = paging.clamp();
    let mut p: Vec<SqlValue> = Vec::new();
    let mut w: Vec<String> = Vec::new();
    if let Some(q) = nonempty(&f.q).and_then(fts_query) {
        p.push(q.into());
        w.push(format!(
            "q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?{})",
            p.len()
        ));
    }
    if let Some(s) = nonempty(&f.speaker) {
        p.push(s.to_string().into());
        w.push(format!("q.speaker = ?{}", p.len()));
    }
    if let Some(d) = nonempty(&f.from) {
        p.push(d.to_string().into());
        w.push(format!("d.day >= ?{}", p.len()));
    }
    if let Some(d) = nonempty(&f.to) {
        p.push(d.to_string().into());
        w.push(format!("d.day <= ?{}", p.len()));
    }
    let unfiltered = w.is_empty();
    if !f.include_duplicates {
        w.push("d.rowid NOT IN (SELECT doc FROM duplicates)".into());
    }
    let wc = where_clause(&w);
    let total = if unfiltered {
        // Every quote, less those of near-duplicate documents: a table count and an index
        // lookup per duplicate.
        count_less_duplicates(
            conn,
            "SELECT count(*) FROM quotes",
            "SELECT count(*) FROM duplicates x JOIN quotes q ON q.doc = x.doc",
            f.include_duplicates,
        )?
    } else {
        conn.query_row(
            &format!("SELECT count(*) FROM quotes q JOIN documents d ON d.rowid = q.doc{wc}"),
            params_from_iter(p.iter()),
            |r| r.get(0),
        )?
    };
    // Newest documents first (NULL days last, as DESC sorts them), quotes in text order: the
    // planner walks documents_day backwards and each document's quotes by (doc, idx).
    // Without filters, documents lead (CROSS JOIN fixes the order): the planner would
    // otherwise sort every quote.
    let join = if unfiltered {
        "documents d CROSS JOIN quotes q ON d.rowid = q.doc"
    } else {
        "quotes q JOIN documents d ON d.rowid = q.doc"
    };
    let sql = format!(
        "SELECT d.id, d.title, d.day, q.idx, q.kind, q.text, q.start, q.\"end\", q.cue, q.speaker, q.speaker_text, q.channel, q.addressee
         FROM {join}{wc}
         ORDER BY d.day DESC, d.rowid DESC, q.idx LIMIT {} OFFSET {}",
        paging.limit, paging.offset
    );
    let items = conn
        .prepare(&sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(QuoteRow {
                document_id: r.get(0)?,
                document_title: r.get(1)?,
                day: r.get(2)?,
                idx: r.get(3)?,
                kind: r.get(4)?,
                text: r.get(5)?,
                start: r.get(6)?,
                end: r.get(7)?,
                cue: r.get(8)?,
                speaker: r.get(9)?,
                speaker_text: r.get(10)?,
                channel: r.get(11)?,
                addressee: r.get(12)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Page {
        total,
        offset: paging.offset,
        items,
    })
}

/// A name with a count.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Count {
    /// The name or code.
    pub name: String,
    /// How many.
    pub n: i64,
}

fn counts(conn: &Connection, sql: &str, p: &[SqlValue]) -> Result<Vec<Count>> {
    Ok(conn
        .prepare(sql)?
        .query_map(params_from_iter(p.iter()), |r| {
            Ok(Count {
                name: r.get(0)?,
                n: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

fn like_prefix(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            o.push('\\');
        }
        o.push(c);
    }
    o.push('%');
    o
}

/// Speakers by number of quotes; `prefix` filters (case-insensitive for ASCII).
pub fn speakers(conn: &Connection, prefix: Option<&str>, limit: i64) -> Result<Vec<Count>> {
    let limit = limit.clamp(1, 1000);
    match prefix.map(str::trim).filter(|s| !s.is_empty()) {
        Some(pre) => counts(
            conn,
            &format!("SELECT speaker, count(*) AS n FROM quotes WHERE speaker LIKE ?1 ESCAPE '\\' GROUP BY speaker ORDER BY n DESC, speaker LIMIT {limit}"),
            &[like_prefix(pre).into()],
        ),
        None => counts(
            conn,
            &format!("SELECT speaker, count(*) AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker LIMIT {limit}"),
            &[],
        ),
    }
}

/// Actors by number of events; `prefix` filters.
pub fn actors(conn: &Connection, prefix: Option<&str>, limit: i64) -> Result<Vec<Count>> {
    let limit = limit.clamp(1, 1000);
    let (cond, p): (&str, Vec<SqlValue>) = match prefix.map(str::trim).filter(|s| !s.is_empty()) {
        Some(pre) => (
            "WHERE a.name LIKE ?1 ESCAPE '\\'",
            vec![like_prefix(pre).into()],
        ),
        None => ("", vec![]),
    };
    counts(
        conn,
        &format!(
            // Counted through the name indexes events_actor1 and events_actor2 (events store
            // the actor's canonical name, which is actors.name).
            "SELECT a.name, (SELECT count(*) FROM events WHERE actor1 = a.name) + (SELECT count(*) FROM events WHERE actor2 = a.name) AS n
             FROM actors a {cond} ORDER BY n DESC, a.name LIMIT {limit}"
        ),
        &p,
    )
}

/// What the filter controls offer.
#[derive(Clone, Debug, Serialize)]
pub struct Facets {
    /// Table sizes.
    pub counts: crate::Counts,
    /// First and last event day.
    pub first_day: Option<String>,
    /// Last event day.
    pub last_day: Option<String>,
    /// PLOVER types with event counts.
    pub types: Vec<Count>,
    /// ACLED types with event counts.
    pub acled_types: Vec<Count>,
    /// Countries (alpha-2) with event counts.
    pub countries: Vec<Count>,
    /// The 50 busiest actors.
    pub actors: Vec<Count>,
    /// The 50 most quoted speakers.
    pub speakers: Vec<Count>,
}

/// Facets for the filter controls.
pub fn facets(store: &crate::Store) -> Result<Facets> {
    let conn = store.conn();
    let (first_day, last_day) =
        conn.query_row("SELECT min(day), max(day) FROM events", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    Ok(Facets {
        counts: store.counts()?,
        first_day,
        last_day,
        types: counts(conn, "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type", &[])?,
        acled_types: counts(conn, "SELECT acled_type, count(*) AS n FROM events WHERE acled_type IS NOT NULL GROUP BY acled_type ORDER BY n DESC", &[])?,
        countries: counts(conn, "SELECT country, count(*) AS n FROM events WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country", &[])?,
        actors: actors(conn, None, 50)?,
        speakers: speakers(conn, None, 50)?,
    })
}

/// A stored document: its public JSON and its near-duplicate links.
#[derive(Clone, Debug, Serialize)]
pub struct StoredDocument {
    /// The full public JSON (character offsets).
    pub document: serde_json::Value,
    /// The document this one copies, with similarity.
    pub duplicate_of: Option<(String, f64)>,
    /// Documents that copy this one, with similarity.
    pub copies: Vec<(String, f64)>,
}

/// One document by id.
pub fn document(conn: &Connection, id: &str) -> Result<Option<StoredDocument>> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT rowid, json FROM documents WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((rowid, json)) = row else {
        return Ok(None);
    };
    let document = serde_json::from_str(&json).map_err(|e| StoreError::BadDocument {
        origin: id.to_string(),
        message: e.to_string(),
    })?;
    let duplicate_of = conn
        .query_row(
            "SELECT o.id, x.similarity FROM duplicates x JOIN documents o ON o.rowid = x.original WHERE x.doc = ?1",
            [rowid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let copies = conn
        .prepare("SELECT c.id, x.similarity FROM duplicates x JOIN documents c ON c.rowid = x.doc WHERE x.original = ?1 ORDER BY c.rowid")?
        .query_map([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(StoredDocument {
        document,
        duplicate_of,
        copies,
    }))
}

#[cfg(test)]
mod tests {
    use super::{bucket, day_number, day_string, fts_query, Unit};

    #[test]
    fn days_round_trip_and_fall_into_weeks_and_months() {
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2024-02-29",
            "2024-12-31",
            "2026-03-01",
        ] {
            assert_eq!(day_string(day_number(d).unwrap()), d);
        }
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        // 2024-10-14 was a Monday, 2024-10-13 a Sunday.
        assert_eq!(bucket("2024-10-14", Unit::Week), "2024-10-14");
        assert_eq!(bucket("2024-10-20", Unit::Week), "2024-10-14");
        assert_eq!(bucket("2024-10-13", Unit::Week), "2024-10-07");
        assert_eq!(bucket("2025-01-01", Unit::Week), "2024-12-30");
        assert_eq!(bucket("2024-10-13", Unit::Month), "2024-10-01");
        assert_eq!(bucket("2024-10-13", Unit::Day), "2024-10-13");
        assert!(Unit::parse("year").is_err());
    }

    #[test]
    fn user_text_never_becomes_fts_syntax() {
        assert_eq!(
            fts_query("drone attack").as_deref(),
            Some("\"drone\" \"attack\"")
        );
        assert_eq!(
            fts_query("\"prime minister\" OR kadhimi*").as_deref(),
            Some("\"prime minister\" OR \"kadhimi\"*")
        );
        assert_eq!(
            fts_query("NEAR( x\" AND -:").as_deref(),
            Some("\"NEAR\" \"x\" \"AND\"")
        );
        assert_eq!(fts_query("  OR  ").as_deref(), None);
        assert_eq!(fts_query("al-Kadhimi").as_deref(), Some("\"al Kadhimi\""));
    }
}
