//! Routes, handlers and the API's DTOs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chronicle_pipeline::Pipeline;
use chronicle_store::query::{self, Filter, Paging};
use chronicle_store::{Outcome, Store, StoreError};
use serde::{Deserialize, Serialize};

use crate::ui;

/// Largest request body accepted (bytes), by default.
pub const DEFAULT_MAX_BODY: usize = 2 * 1024 * 1024;

/// What the server serves.
#[derive(Clone)]
pub struct ServerConfig {
    /// The database file.
    pub db: PathBuf,
    /// Token for write endpoints; `None` makes the server read-only.
    pub token: Option<String>,
    /// Pipeline to annotate posted articles (needed for writes).
    pub pipeline: Option<Arc<Pipeline>>,
    /// Largest request body in bytes.
    pub max_body: usize,
}

struct Pool {
    db: PathBuf,
    idle: Mutex<Vec<Store>>,
}

impl Pool {
    fn with<T>(&self, f: impl FnOnce(&Store) -> Result<T, StoreError>) -> Result<T, ApiError> {
        let store = self
            .idle
            .lock()
            .map_err(|_| ApiError::internal("pool poisoned"))?
            .pop();
        let store = match store {
            Some(s) => s,
            None => Store::open_read_only(&self.db).map_err(ApiError::from)?,
        };
        let out = f(&store);
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < 16 {
                idle.push(store);
            }
        }
        out.map_err(ApiError::from)
    }
}

struct Writer {
    store: Store,
    pipeline: Arc<Pipeline>,
}

/// Whole-store aggregates (facets, timeline, map, network, speakers, actors; search and
/// quotes pages, whose totals count the whole store) as serialized
/// JSON, keyed by request and valid while the store's generation is unchanged: the store is
/// read far more often than written, and these scan every matching event.
struct Cache {
    enabled: bool,
    entries: Mutex<std::collections::HashMap<String, (i64, Arc<str>)>>,
}

/// Bytes of JSON the cache holds at most; when full it starts again empty.
const CACHE_BYTES: usize = 64 * 1024 * 1024;

impl Cache {
    fn get(&self, key: &str, generation: i64) -> Option<Arc<str>> {
        let m = self.entries.lock().ok()?;
        m.get(key)
            .filter(|(g, _)| *g == generation)
            .map(|(_, b)| b.clone())
    }
    /// A count kept like the JSON bodies (e.g. the total of an event list, which the pages
    /// of one filter share): from the cache while the store's generation is unchanged.
    fn count(
        &self,
        s: &Store,
        key: String,
        f: impl FnOnce(&Store) -> Result<i64, StoreError>,
    ) -> Result<i64, StoreError> {
        if !self.enabled {
            return f(s);
        }
        let generation = query::generation(s.conn())?;
        if let Some(n) = self.get(&key, generation).and_then(|b| b.parse().ok()) {
            return Ok(n);
        }
        let n = f(s)?;
        self.put(key, generation, n.to_string().into());
        Ok(n)
    }
    fn put(&self, key: String, generation: i64, body: Arc<str>) {
        if let Ok(mut m) = self.entries.lock() {
            let held: usize = m.values().map(|(_, b)| b.len()).sum();
            if held + body.len() > CACHE_BYTES {
                m.clear();
            }
            m.insert(key, (generation, body));
        }
    }
}

struct AppState {
    pool: Pool,
    token: Option<String>,
    writer: Option<Mutex<Writer>>,
    cache: Cache,
}

type Shared = Arc<AppState>;

/// An API error: a status and a JSON body `{"error": "..."}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn internal(m: &str) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: m.to_string(),
        }
    }
    fn bad(m: String) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: m,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::BadParam { .. } => ApiError::bad(e.to_string()),
            other => ApiError {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                message: other.to_string(),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Query parameters shared by the list endpoints.
#[derive(Debug, Default, Deserialize)]
pub struct Params {
    q: Option<String>,
    from: Option<String>,
    to: Option<String>,
    country: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    actor: Option<String>,
    speaker: Option<String>,
    include_duplicates: Option<bool>,
    include_negated: Option<bool>,
    sort: Option<String>,
    order: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
    prefix: Option<String>,
    unit: Option<String>,
}

fn check_day(name: &str, v: &Option<String>) -> Result<(), ApiError> {
    if let Some(d) = v.as_deref().filter(|d| !d.is_empty()) {
        let b = d.as_bytes();
        let ok = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !ok {
            return Err(ApiError::bad(format!(
                "invalid parameter `{name}`: {d:?} is not a date like 2024-10-14"
            )));
        }
    }
    Ok(())
}

impl Params {
    fn filter(&self) -> Result<Filter, ApiError> {
        check_day("from", &self.from)?;
        check_day("to", &self.to)?;
        Ok(Filter {
            q: self.q.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            country: self.country.clone(),
            event_type: self.event_type.clone(),
            actor: self.actor.clone(),
            speaker: self.speaker.clone(),
            include_duplicates: self.include_duplicates.unwrap_or(false),
            include_negated: self.include_negated.unwrap_or(false),
        })
    }
    fn paging(&self, default_limit: i64) -> Paging {
        Paging {
            offset: self.offset.unwrap_or(0),
            limit: self.limit.unwrap_or(default_limit),
        }
    }
}

async fn blocking<T: Send + 'static>(
    st: Shared,
    f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> ApiResult<T> {
    let r = tokio::task::spawn_blocking(move || st.pool.with(f))
        .await
        .map_err(|_| ApiError::internal("query task failed"))?;
    r.map(Json)
}

/// Answer with `f`'s result as JSON, from the cache when the store has not changed since it
/// was computed for the same `key`.
async fn cached<T: Serialize + Send + 'static>(
    st: Shared,
    key: String,
    f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<Response, ApiError> {
    let st2 = st.clone();
    let body = tokio::task::spawn_blocking(move || {
        st2.pool.with(|s| {
            if !st2.cache.enabled {
                let v = f(s)?;
                return Ok(Arc::<str>::from(
                    serde_json::to_string(&v).unwrap_or_default(),
                ));
            }
            let generation = query::generation(s.conn())?;
            if let Some(b) = st2.cache.get(&key, generation) {
                return Ok(b);
            }
            let v = f(s)?;
            let b: Arc<str> = serde_json::to_string(&v).unwrap_or_default().into();
            st2.cache.put(key, generation, b.clone());
            Ok(b)
        })
    })
    .await
    .map_err(|_| ApiError::internal("query task failed"))??;
    let mut r = body.to_string().into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(r)
}

async fn stats(State(st): State<Shared>) -> Result<Response, ApiError> {
    cached(st, "stats".into(), query::facets).await
}

async fn search(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let (f, pg) = (p.filter()?, p.paging(20));
    // Cached too: a common word ranks most of the store (BM25 over every match).
    let key = format!("search?{}", raw.unwrap_or_default());
    cached(st, key, move |s| query::search(s.conn(), &f, pg)).await
}

async fn events(
    State(st): State<Shared>,
    Query(p): Query<Params>,
) -> ApiResult<query::Page<query::EventRow>> {
    let (f, pg) = (p.filter()?, p.paging(50));
    let sort = p.sort.clone().unwrap_or_else(|| "date".into());
    let desc = match p.order.as_deref() {
        None | Some("desc") => true,
        Some("asc") => false,
        Some(o) => {
            return Err(ApiError::bad(format!(
                "invalid parameter `order`: {o:?}; use asc or desc"
            )))
        }
    };
    // The page is computed each time; its total (a count over every matching event) is kept
    // per filter while the store is unchanged, so paging and re-sorting do not recount.
    let st2 = st.clone();
    blocking(st, move |s| {
        let total = st2.cache.count(s, format!("events-total {f:?}"), |s| {
            query::events_total(s.conn(), &f)
        })?;
        query::events_page(s.conn(), &f, &sort, desc, pg, total)
    })
    .await
}

async fn timeline(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let f = p.filter()?;
    let unit = query::Unit::parse(p.unit.as_deref().unwrap_or("day"))?;
    let key = format!("timeline?{}", raw.unwrap_or_default());
    cached(st, key, move |s| query::timeline(s.conn(), &f, unit)).await
}

async fn map(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let f = p.filter()?;
    let key = format!("map?{}", raw.unwrap_or_default());
    cached(st, key, move |s| query::map(s.conn(), &f)).await
}

async fn network(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let f = p.filter()?;
    let limit = p.limit.unwrap_or(150);
    let key = format!("network?{}", raw.unwrap_or_default());
    cached(st, key, move |s| query::network(s.conn(), &f, limit)).await
}

async fn quotes(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let (f, pg) = (p.filter()?, p.paging(50));
    // Cached too: the total counts every quote of the store (or of a much-quoted speaker).
    let key = format!("quotes?{}", raw.unwrap_or_default());
    cached(st, key, move |s| query::quotes(s.conn(), &f, pg)).await
}

async fn speakers(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let limit = p.limit.unwrap_or(100);
    let key = format!("speakers?{}", raw.unwrap_or_default());
    cached(st, key, move |s| {
        query::speakers(s.conn(), p.prefix.as_deref(), limit)
    })
    .await
}

async fn actors(
    State(st): State<Shared>,
    Query(p): Query<Params>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let limit = p.limit.unwrap_or(100);
    let key = format!("actors?{}", raw.unwrap_or_default());
    cached(st, key, move |s| {
        query::actors(s.conn(), p.prefix.as_deref(), limit)
    })
    .await
}

async fn document(State(st): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id2 = id.clone();
    let Json(doc) = blocking(st, move |s| query::document(s.conn(), &id2)).await?;
    match doc {
        Some(d) => Ok(Json(d).into_response()),
        None => Err(ApiError {
            status: StatusCode::NOT_FOUND,
            message: format!("no document with id {id:?}"),
        }),
    }
}

/// One country for the map.
#[derive(Serialize)]
struct CountryDto {
    code: String,
    numeric: Option<u16>,
    name: String,
    lat: f64,
    lon: f64,
}

async fn countries() -> Json<Vec<CountryDto>> {
    Json(
        chronicle_geo::countries()
            .all()
            .iter()
            .map(|c| CountryDto {
                code: c.alpha2.clone(),
                numeric: c.numeric,
                name: c.name.clone(),
                lat: c.lat,
                lon: c.lon,
            })
            .collect(),
    )
}

/// The answer to `POST /api/documents`.
#[derive(Serialize)]
struct PostAnswer {
    id: String,
    outcome: &'static str,
    duplicate_of: Option<String>,
}

fn authorized(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &st.token else {
        return Err(ApiError { status: StatusCode::FORBIDDEN, message: "this server is read-only: start it with --token (or CHRONICLE_TOKEN) to allow writes".into() });
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compare without stopping at the first difference.
    let ok = given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if ok {
        Ok(())
    } else {
        Err(ApiError {
            status: StatusCode::UNAUTHORIZED,
            message: "missing or wrong token: send `Authorization: Bearer <token>`".into(),
        })
    }
}

async fn post_document(
    State(st): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorized(&st, &headers)?;
    let st2 = st.clone();
    let res = tokio::task::spawn_blocking(move || {
        let w = st2
            .writer
            .as_ref()
            .ok_or_else(|| ApiError::internal("no writer"))?;
        let mut w = w
            .lock()
            .map_err(|_| ApiError::internal("writer poisoned"))?;
        let Writer { store, pipeline } = &mut *w;
        crate::ingest::ingest_json(store, pipeline, &body)
            .map_err(|e| ApiError::bad(format!("{e:#}")))
    })
    .await
    .map_err(|_| ApiError::internal("ingest task failed"))??;
    let (id, outcome) = res;
    let (status, name, dup) = match outcome {
        Outcome::Inserted { duplicate_of } => {
            (StatusCode::CREATED, "inserted", duplicate_of.map(|d| d.0))
        }
        Outcome::Replaced => (StatusCode::OK, "replaced", None),
        Outcome::Reannotated => (StatusCode::OK, "reannotated", None),
        Outcome::Unchanged => (StatusCode::OK, "unchanged", None),
    };
    Ok((
        status,
        Json(PostAnswer {
            id,
            outcome: name,
            duplicate_of: dup,
        }),
    )
        .into_response())
}

fn asset(body: &'static str, mime: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

async fn health(State(st): State<Shared>) -> ApiResult<serde_json::Value> {
    blocking(st, |s| {
        let n: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(serde_json::json!({ "ok": true, "documents": n }))
    })
    .await
}

/// Build the app. Checks that the database opens (and, with a token, opens it for writing).
pub fn router(config: ServerConfig) -> anyhow::Result<Router> {
    let writer = match (&config.token, &config.pipeline) {
        (Some(_), Some(p)) => Some(Mutex::new(Writer {
            store: Store::open(&config.db)?,
            pipeline: p.clone(),
        })),
        (Some(_), None) => {
            anyhow::bail!("a token was given but no pipeline to annotate posted articles")
        }
        _ => None,
    };
    if !config.db.exists() {
        anyhow::bail!("database {} does not exist: build one with `chronicle ingest --db {} PATH...` or `chronicle demo`", config.db.display(), config.db.display());
    }
    let first = Store::open_read_only(&config.db)?;
    let state = Arc::new(AppState {
        pool: Pool {
            db: config.db.clone(),
            idle: Mutex::new(vec![first]),
        },
        token: config.token.clone(),
        writer,
        cache: Cache {
            // CHRONICLE_API_CACHE=0 turns it off (to benchmark the queries themselves).
            enabled: std::env::var("CHRONICLE_API_CACHE").map_or(true, |v| v != "0"),
            entries: Mutex::new(Default::default()),
        },
    });
    Ok(Router::new()
        .route(
            "/",
            get(|| async { asset(ui::INDEX_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/app.js",
            get(|| async { asset(ui::APP_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/world.js",
            get(|| async { asset(ui::WORLD_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/style.css",
            get(|| async { asset(ui::STYLE_CSS, "text/css; charset=utf-8") }),
        )
        .route(
            "/api/openapi.json",
            get(|| async { asset(ui::OPENAPI_JSON, "application/json") }),
        )
        .route("/api/health", get(health))
        .route("/api/stats", get(stats))
        .route("/api/search", get(search))
        .route("/api/events", get(events))
        .route("/api/timeline", get(timeline))
        .route("/api/map", get(map))
        .route("/api/network", get(network))
        .route("/api/quotes", get(quotes))
        .route("/api/speakers", get(speakers))
        .route("/api/actors", get(actors))
        .route("/api/countries", get(countries))
        .route("/api/documents", axum::routing::post(post_document))
        .route("/api/documents/{id}", get(document))
        .fallback(|| async {
            ApiError {
                status: StatusCode::NOT_FOUND,
                message: "no such endpoint: see /api/openapi.json".into(),
            }
        })
        .layer(DefaultBodyLimit::max(config.max_body))
        .with_state(state))
}
