//! Helpers for the integration tests.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use chronicle_doc::{
    Actor, ActorKind, Document, Entity, EntityLabel, Event, Location, Meta, Place, Quote,
    QuoteKind, Speaker, TextSpan, Timex, TimexType,
};

/// The binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_chronicle")
}

/// A fresh, empty directory for one test (under the system temp dir, removed at the start of
/// the next run rather than at the end, so a failing test leaves its files to look at).
pub fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "chronicle-it-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Run the binary, returning (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(bin())
        .args(args)
        .output()
        .expect("run chronicle");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ts(doc: &Document, needle: &str, nth: usize) -> TextSpan {
    let start = doc
        .text()
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in fixture"))
        .0;
    TextSpan(doc.span(start, start + needle.len()).unwrap())
}

fn actor(name: &str, kind: ActorKind, country: &str) -> Actor {
    Actor {
        name: name.into(),
        canonical: Some(name.into()),
        kind: Some(kind),
        country: Some(country.into()),
        ..Actor::default()
    }
}

fn loc(name: &str, admin1: &str, cc: &str, lat: f64, lon: f64) -> Location {
    Location {
        name: name.into(),
        admin1: Some(admin1.into()),
        country: Some(cc.into()),
        lat: Some(lat),
        lon: Some(lon),
        precision: Some("city".into()),
        place: None,
    }
}

/// Body of the first fixture article (written for these tests).
pub const FX1_BODY: &str = "A drone strike hit the main market in El Fasher on Sunday, killing at least 19 people, health workers said. \
“The market was full of families buying food for the week,” said Amira Hassan, a nurse at the Saudi Hospital. \
The Rapid Support Forces denied any involvement in the attack on the crowded market. \
Residents said the stalls burned for hours after the strike and that many of the wounded waited until evening for help.\n\n\
In Khartoum, the army shelled positions held by the Rapid Support Forces on Monday.";

/// Three annotated documents: an attack report from Sudan, a protest report from Iraq, and a
/// wire copy of the first (new headline, ending cut) that must be linked as a near duplicate.
pub fn fixture_docs() -> Vec<Document> {
    let mut a = Document::new(
        format!("Drone strike hits market in El Fasher\n\n{FX1_BODY}"),
        Meta {
            id: "fx-1".into(),
            title: Some("Drone strike hits market in El Fasher".into()),
            published: Some("2024-10-14".into()),
            source: Some("Fixture Wire".into()),
            url: Some("https://fixture.invalid/1".into()),
            ..Meta::default()
        },
    );
    for (n, l, nth, canon) in [
        ("El Fasher", EntityLabel::Loc, 1, None),
        ("Amira Hassan", EntityLabel::Per, 0, None),
        ("Saudi Hospital", EntityLabel::Org, 0, None),
        (
            "Rapid Support Forces",
            EntityLabel::Org,
            0,
            Some("Rapid Support Forces"),
        ),
        ("Khartoum", EntityLabel::Loc, 0, None),
    ] {
        let mut e = Entity::new(ts(&a, n, nth).0, l);
        e.canonical = canon.map(str::to_string);
        a.entities.push(e);
    }
    a.entities.sort_by_key(|e| e.span.0.start());
    a.times.push(Timex {
        span: ts(&a, "Sunday", 0),
        kind: TimexType::Date,
        value: "2024-10-13".into(),
        anchor: "published".into(),
        confidence: 0.9,
    });
    a.times.push(Timex {
        span: ts(&a, "Monday", 0),
        kind: TimexType::Date,
        value: "2024-10-14".into(),
        anchor: "published".into(),
        confidence: 0.9,
    });
    a.places.push(Place {
        span: ts(&a, "El Fasher", 1),
        name: "El Fasher".into(),
        id: "fixture:fasher".into(),
        country: "SD".into(),
        admin1: Some("North Darfur".into()),
        lat: 13.63,
        lon: 25.35,
        kind: "city".into(),
        confidence: 0.9,
    });
    a.places.push(Place {
        span: ts(&a, "Khartoum", 0),
        name: "Khartoum".into(),
        id: "fixture:khartoum".into(),
        country: "SD".into(),
        admin1: Some("Khartoum".into()),
        lat: 15.5,
        lon: 32.56,
        kind: "city".into(),
        confidence: 0.9,
    });
    a.quotes.push(Quote {
        content: ts(
            &a,
            "The market was full of families buying food for the week",
            0,
        ),
        kind: QuoteKind::Direct,
        cue: Some(ts(&a, "said", 1)),
        speaker: Some(Speaker {
            span: ts(&a, "Amira Hassan", 0),
            canonical: Some("Amira Hassan".into()),
            entity: Some(1),
        }),
        channel: None,
        addressee: None,
    });
    let rsf = || actor("Rapid Support Forces", ActorKind::ArmedGroup, "SDN");
    a.events.push(Event {
        kind: "ASSAULT".into(),
        acled_event_type: Some("Explosions/Remote violence".into()),
        acled_sub_event_type: Some("Air/drone strike".into()),
        trigger: Some(ts(&a, "drone strike", 0)),
        actor1: Some(rsf()),
        actor2: Some(actor("Civilians (Sudan)", ActorKind::Civilians, "SDN")),
        location: Some(loc("El Fasher", "North Darfur", "SD", 13.63, 25.35)),
        date: Some("2024-10-13".into()),
        date_precision: Some("day".into()),
        fatalities: Some(19),
        qualifiers: vec!["fatalities:at_least".into()],
        evidence: ts(&a, "A drone strike hit the main market in El Fasher on Sunday, killing at least 19 people, health workers said.", 0),
        ..Event::default()
    });
    a.events.push(Event {
        kind: "REJECT".into(),
        trigger: Some(ts(&a, "denied", 0)),
        actor1: Some(rsf()),
        location: Some(loc("El Fasher", "North Darfur", "SD", 13.63, 25.35)),
        evidence: ts(
            &a,
            "The Rapid Support Forces denied any involvement in the attack on the crowded market.",
            0,
        ),
        ..Event::default()
    });
    a.events.push(Event {
        kind: "ASSAULT".into(),
        acled_event_type: Some("Explosions/Remote violence".into()),
        acled_sub_event_type: Some("Shelling/artillery/missile attack".into()),
        trigger: Some(ts(&a, "shelled", 0)),
        actor1: Some(actor("Sudanese Armed Forces", ActorKind::Military, "SDN")),
        actor2: Some(rsf()),
        location: Some(loc("Khartoum", "Khartoum", "SD", 15.5, 32.56)),
        date: Some("2024-10-14".into()),
        date_precision: Some("day".into()),
        evidence: ts(
            &a,
            "In Khartoum, the army shelled positions held by the Rapid Support Forces on Monday.",
            0,
        ),
        ..Event::default()
    });

    let mut b = Document::new(
        "Protesters rally in Baghdad over power cuts\n\nHundreds of protesters gathered in Tahrir Square in Baghdad on Tuesday to demand reliable electricity. \
Police fired tear gas to disperse the crowd, injuring 12 people, the interior ministry said. \
“We will not accept more promises,” one protester told reporters.",
        Meta { id: "fx-2".into(), title: Some("Protesters rally in Baghdad over power cuts".into()), published: Some("2024-10-16".into()), source: Some("Fixture Wire".into()), ..Meta::default() },
    );
    for (n, l, nth) in [
        ("Baghdad", EntityLabel::Loc, 1),
        ("Tahrir Square", EntityLabel::Loc, 0),
    ] {
        b.entities.push(Entity::new(ts(&b, n, nth).0, l));
    }
    b.entities.sort_by_key(|e| e.span.0.start());
    b.places.push(Place {
        span: ts(&b, "Baghdad", 1),
        name: "Baghdad".into(),
        id: "fixture:baghdad".into(),
        country: "IQ".into(),
        admin1: Some("Baghdad".into()),
        lat: 33.31,
        lon: 44.36,
        kind: "city".into(),
        confidence: 0.9,
    });
    b.times.push(Timex {
        span: ts(&b, "Tuesday", 0),
        kind: TimexType::Date,
        value: "2024-10-15".into(),
        anchor: "published".into(),
        confidence: 0.9,
    });
    b.quotes.push(Quote {
        content: ts(&b, "We will not accept more promises", 0),
        kind: QuoteKind::Direct,
        cue: Some(ts(&b, "told", 0)),
        speaker: Some(Speaker {
            span: ts(&b, "one protester", 0),
            canonical: None,
            entity: None,
        }),
        channel: None,
        addressee: Some("reporters".into()),
    });
    let protesters = || actor("Protesters (Iraq)", ActorKind::Protesters, "IRQ");
    let baghdad = || loc("Baghdad", "Baghdad", "IQ", 33.31, 44.36);
    b.events.push(Event {
        kind: "PROTEST".into(),
        acled_event_type: Some("Protests".into()),
        acled_sub_event_type: Some("Peaceful protest".into()),
        trigger: Some(ts(&b, "gathered", 0)),
        actor1: Some(protesters()),
        location: Some(baghdad()),
        date: Some("2024-10-15".into()),
        evidence: ts(&b, "Hundreds of protesters gathered in Tahrir Square in Baghdad on Tuesday to demand reliable electricity.", 0),
        ..Event::default()
    });
    b.events.push(Event {
        kind: "ASSAULT".into(),
        mode: Some("crowd-control".into()),
        acled_event_type: Some("Protests".into()),
        acled_sub_event_type: Some("Excessive force against protesters".into()),
        trigger: Some(ts(&b, "fired tear gas", 0)),
        actor1: Some(actor("Iraqi police", ActorKind::Police, "IRQ")),
        actor2: Some(protesters()),
        location: Some(baghdad()),
        injured: Some(12),
        evidence: ts(&b, "Police fired tear gas to disperse the crowd, injuring 12 people, the interior ministry said.", 0),
        ..Event::default()
    });

    let cut = FX1_BODY.find("\n\nIn Khartoum").unwrap();
    let c = Document::new(
        format!("Sudan: market strike kills 19\n\n{}", &FX1_BODY[..cut]),
        Meta {
            id: "fx-3".into(),
            title: Some("Sudan: market strike kills 19".into()),
            published: Some("2024-10-14".into()),
            source: Some("Other Outlet".into()),
            ..Meta::default()
        },
    );
    vec![a, b, c]
}

/// A store at `db` holding the fixture documents.
pub fn fixture_db(db: &Path) {
    let mut store = chronicle_store::Store::open(db).unwrap();
    let docs: Vec<_> = fixture_docs()
        .iter()
        .map(chronicle_store::PreparedDocument::new)
        .collect();
    store.write_batch(&docs).unwrap();
}

/// A `chronicle serve` child process, killed on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Server {
    /// Start `chronicle serve --db DB --addr 127.0.0.1:0 EXTRA...` and wait for its address.
    pub fn start(db: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(bin())
            .args([
                "serve",
                "--db",
                db.to_str().unwrap(),
                "--addr",
                "127.0.0.1:0",
            ])
            .args(extra)
            .env_remove("CHRONICLE_TOKEN")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn chronicle serve");
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let line = lines.next().expect("serve printed nothing").unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            base: format!("http://{addr}"),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP agent that returns error statuses instead of failing.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(60)))
        .build()
        .into()
}

/// GET `url` and parse JSON: (status, body).
pub fn get_json(url: &str) -> (u16, serde_json::Value) {
    let mut r = agent().get(url).call().unwrap();
    let status = r.status().as_u16();
    let body = r.body_mut().read_to_string().unwrap();
    (
        status,
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{url}: not JSON ({e}): {body}")),
    )
}

/// The shared seed article (`$CHRONICLE_SHARED/seed/...`, default `../shared` beside the
/// repository), or `None` with a "skipped" message when it is absent.
pub fn seed_path() -> Option<String> {
    let shared = std::env::var("CHRONICLE_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("../shared"));
    let p = shared.join("seed/000_263e5c83ecafaaa9.txt");
    if p.exists() {
        Some(p.display().to_string())
    } else {
        eprintln!("skipped: the seed article is not at {}", p.display());
        None
    }
}
