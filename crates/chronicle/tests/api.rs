//! The HTTP API, bound to 127.0.0.1:0 by `chronicle serve`, over a store of fixture documents.

use crate::util::{agent, fixture_db, get_json, temp_dir, Server};

fn total(v: &serde_json::Value) -> i64 {
    v["total"].as_i64().unwrap()
}

#[test]
fn read_endpoints_answer_with_filters_sorting_and_paging() {
    let dir = temp_dir("api");
    let db = dir.join("t.db");
    fixture_db(&db);
    let s = Server::start(&db, &[]);
    let u = |p: &str| format!("{}{p}", s.base);

    let (st, h) = get_json(&u("/api/health"));
    assert_eq!(st, 200);
    assert_eq!(h["documents"], 3);

    // Full-text search: the wire copy is hidden by default, shown on request.
    let (_, r) = get_json(&u("/api/search?q=drone"));
    let ids: Vec<&str> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["fx-1"], "{r}");
    assert!(r["items"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains("\u{2}drone\u{3}"));
    let (_, r) = get_json(&u("/api/search?q=drone&include_duplicates=true"));
    assert_eq!(total(&r), 2);
    assert_eq!(
        r["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["id"] == "fx-3")
            .unwrap()["duplicate_of"],
        "fx-1"
    );
    // Operators and punctuation typed by a person are never FTS syntax errors.
    let (st, _) = get_json(&u(
        "/api/search?q=%22drone%20OR%20(1%3D1)%3B%20DROP%20TABLE%20documents",
    ));
    assert_eq!(st, 200);
    let (_, r) = get_json(&u("/api/search?q=Tahrir"));
    assert_eq!(r["items"][0]["id"], "fx-2");

    // Events: 5 in all; filters by country, type (PLOVER or ACLED), actor, dates.
    let (_, e) = get_json(&u("/api/events"));
    assert_eq!(total(&e), 5);
    assert_eq!(total(&get_json(&u("/api/events?country=SD")).1), 3);
    assert_eq!(
        total(&get_json(&u("/api/events?country=sd&type=ASSAULT")).1),
        2
    );
    assert_eq!(total(&get_json(&u("/api/events?type=Protests")).1), 2);
    assert_eq!(
        total(&get_json(&u("/api/events?actor=Rapid%20Support%20Forces")).1),
        3
    );
    assert_eq!(
        total(&get_json(&u("/api/events?from=2024-10-15&to=2024-10-16")).1),
        2
    );
    assert_eq!(total(&get_json(&u("/api/events?q=tear")).1), 2);
    // Sorting and paging.
    let (_, e) = get_json(&u("/api/events?sort=fatalities&order=desc&limit=2"));
    assert_eq!(e["items"][0]["fatalities"], 19);
    assert_eq!(e["items"][0]["evidence"], "A drone strike hit the main market in El Fasher on Sunday, killing at least 19 people, health workers said.");
    assert_eq!(e["items"].as_array().unwrap().len(), 2);
    let (_, e2) = get_json(&u(
        "/api/events?sort=fatalities&order=desc&limit=2&offset=2",
    ));
    assert_eq!(e2["offset"], 2);
    assert_ne!(e["items"][0]["event_id"], e2["items"][0]["event_id"]);
    let (_, e) = get_json(&u("/api/events?sort=date&order=asc"));
    assert_eq!(e["items"][0]["day"], "2024-10-13");
    // An event without a date in the text sits on its article's publication day.
    let (_, e) = get_json(&u("/api/events?type=REJECT"));
    assert_eq!(e["items"][0]["day"], "2024-10-14");
    assert_eq!(e["items"][0]["day_from"], "published");
    // Evidence offsets are character offsets into the document text (it has a curly quote).
    let (_, d) = get_json(&u("/api/documents/fx-1"));
    let text: Vec<char> = d["document"]["text"].as_str().unwrap().chars().collect();
    let (_, ev) = get_json(&u("/api/events?type=REJECT"));
    let (a, b) = (
        ev["items"][0]["evidence_start"].as_u64().unwrap() as usize,
        ev["items"][0]["evidence_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[a..b].iter().collect::<String>(),
        ev["items"][0]["evidence"].as_str().unwrap()
    );

    // Timeline, map, network.
    let (_, t) = get_json(&u("/api/timeline"));
    let n: i64 = t
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["n"].as_i64().unwrap())
        .sum();
    assert_eq!(n, 5);
    // Buckets: the fixture's days are 2024-10-13 (a Sunday) to 2024-10-16.
    let days = |unit: &str| -> (Vec<String>, i64) {
        let (st, t) = get_json(&u(&format!("/api/timeline?unit={unit}")));
        assert_eq!(st, 200, "{t}");
        let pts = t.as_array().unwrap();
        let mut d: Vec<String> = pts
            .iter()
            .map(|p| p["day"].as_str().unwrap().to_string())
            .collect();
        d.dedup();
        (d, pts.iter().map(|p| p["n"].as_i64().unwrap()).sum())
    };
    assert_eq!(days("month"), (vec!["2024-10-01".to_string()], 5));
    assert_eq!(
        days("week"),
        (vec!["2024-10-07".to_string(), "2024-10-14".to_string()], 5)
    );
    assert_eq!(days("auto"), days("day"));
    assert_eq!(get_json(&u("/api/timeline?unit=year")).0, 400);
    // Ascending sorts put missing values last, and pages cut across that boundary cleanly.
    for key in ["fatalities", "actor2", "location"] {
        let (_, all) = get_json(&u(&format!("/api/events?sort={key}&order=asc&limit=500")));
        let all: Vec<serde_json::Value> = all["items"].as_array().unwrap().clone();
        assert_eq!(all.len(), 5);
        let field = if key == "fatalities" {
            "fatalities"
        } else {
            key
        };
        let first_null = all.iter().position(|e| e[field].is_null()).unwrap_or(5);
        assert!(
            all[first_null..].iter().all(|e| e[field].is_null()),
            "{key}"
        );
        let mut paged = Vec::new();
        for off in [0, 2, 4] {
            let (_, p) = get_json(&u(&format!(
                "/api/events?sort={key}&order=asc&limit=2&offset={off}"
            )));
            paged.extend(p["items"].as_array().unwrap().clone());
        }
        let ids = |v: &[serde_json::Value]| -> Vec<String> {
            v.iter().map(|e| e["event_id"].to_string()).collect()
        };
        assert_eq!(ids(&paged), ids(&all), "{key}");
    }
    let (_, m) = get_json(&u("/api/map?country=SD"));
    let fasher = m
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["location"] == "El Fasher")
        .unwrap();
    assert_eq!(fasher["n"], 2);
    assert_eq!(fasher["fatalities"], 19);
    assert!((fasher["lat"].as_f64().unwrap() - 13.63).abs() < 1e-6);
    let (_, net) = get_json(&u("/api/network"));
    let edges = net["edges"].as_array().unwrap();
    assert!(
        edges.iter().any(|e| e["source"] == "Sudanese Armed Forces"
            && e["target"] == "Rapid Support Forces"
            && e["n"] == 1),
        "{net}"
    );
    assert!(net["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["name"] == "Iraqi police" && n["kind"] == "police"));

    // Quotes by speaker, speakers, actors.
    let (_, q) = get_json(&u("/api/quotes?speaker=Amira%20Hassan"));
    assert_eq!(total(&q), 1);
    assert_eq!(
        q["items"][0]["text"],
        "The market was full of families buying food for the week"
    );
    assert_eq!(q["items"][0]["cue"], "said");
    let (_, q) = get_json(&u("/api/quotes?q=promises"));
    assert_eq!(q["items"][0]["speaker"], "one protester");
    let (_, sp) = get_json(&u("/api/speakers?prefix=amira"));
    assert_eq!(sp[0]["name"], "Amira Hassan");
    let (_, ac) = get_json(&u("/api/actors"));
    assert_eq!(ac[0]["name"], "Rapid Support Forces");
    assert_eq!(ac[0]["n"], 3);

    // Stats and facets.
    let (_, f) = get_json(&u("/api/stats"));
    assert_eq!(f["counts"]["documents"], 3);
    assert_eq!(f["counts"]["duplicates"], 1);
    assert_eq!(f["first_day"], "2024-10-13");
    assert!(f["types"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == "ASSAULT" && t["n"] == 3));

    // One document, with every layer and its copies.
    assert_eq!(d["document"]["id"], "fx-1");
    assert_eq!(
        d["document"]["quotes"][0]["speaker"]["canonical"],
        "Amira Hassan"
    );
    assert_eq!(d["copies"][0][0], "fx-3");
    let (_, c) = get_json(&u("/api/documents/fx-3"));
    assert_eq!(c["duplicate_of"][0], "fx-1");
    let (st, e) = get_json(&u("/api/documents/no-such-id"));
    assert_eq!(st, 404);
    assert!(e["error"].as_str().unwrap().contains("no-such-id"));

    // Bad parameters are 400 with a message that says what is allowed.
    let (st, e) = get_json(&u("/api/events?from=yesterday"));
    assert_eq!(st, 400);
    assert!(e["error"].as_str().unwrap().contains("2024-10-14"), "{e}");
    let (st, e) = get_json(&u("/api/events?sort=rowid;DROP"));
    assert_eq!(st, 400);
    assert!(e["error"].as_str().unwrap().contains("fatalities"), "{e}");
    let (st, _) = get_json(&u("/api/nothing-here"));
    assert_eq!(st, 404);

    // The UI and the OpenAPI description are served.
    let mut r = agent().get(&u("/")).call().unwrap();
    assert_eq!(r.status(), 200);
    assert!(r
        .body_mut()
        .read_to_string()
        .unwrap()
        .contains("<title>chronicle</title>"));
    let (st, spec) = get_json(&u("/api/openapi.json"));
    assert_eq!(st, 200);
    for path in [
        "/api/search",
        "/api/events",
        "/api/timeline",
        "/api/map",
        "/api/network",
        "/api/quotes",
        "/api/documents/{id}",
        "/api/documents",
    ] {
        assert!(spec["paths"].get(path).is_some(), "openapi lacks {path}");
    }
}

fn post(url: &str, token: Option<&str>, body: &str) -> (u16, serde_json::Value) {
    let mut req = agent().post(url).header("Content-Type", "application/json");
    if let Some(t) = token {
        req = req.header("Authorization", &format!("Bearer {t}"));
    }
    let mut r = req.send(body).unwrap();
    let st = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap_or_default();
    (
        st,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

#[test]
fn writes_are_refused_without_a_token_and_need_the_right_one() {
    let dir = temp_dir("api-write");
    let db = dir.join("t.db");
    fixture_db(&db);
    let article = r#"{"id":"posted-1","title":"Flood in Mosul","published":"2024-10-20","text":"Flood in Mosul\n\nHeavy rain flooded parts of Mosul on Sunday, officials said."}"#;

    let ro = Server::start(&db, &[]);
    let (st, e) = post(
        &format!("{}/api/documents", ro.base),
        Some("anything"),
        article,
    );
    assert_eq!(st, 403);
    assert!(e["error"].as_str().unwrap().contains("--token"));
    drop(ro);

    let rw = Server::start(&db, &["--token", "s3cret"]);
    let url = format!("{}/api/documents", rw.base);
    assert_eq!(post(&url, None, article).0, 401);
    assert_eq!(post(&url, Some("wrong"), article).0, 401);
    let (st, a) = post(&url, Some("s3cret"), article);
    assert_eq!(st, 201, "{a}");
    assert_eq!(a["id"], "posted-1");
    assert_eq!(a["outcome"], "inserted");
    let (st, a) = post(&url, Some("s3cret"), article);
    assert_eq!(st, 200);
    assert_eq!(a["outcome"], "unchanged");
    let (_, d) = get_json(&format!("{}/api/documents/posted-1", rw.base));
    assert_eq!(d["document"]["title"], "Flood in Mosul");
    assert_eq!(post(&url, Some("s3cret"), "{not json").0, 400);
    // Request size limit: the server answers 413 as soon as it sees the length, and may close
    // the connection before the client has written the whole body (a broken pipe on the
    // client side); either way the body is refused and the server goes on serving.
    let big = format!(r#"{{"text":"{}"}}"#, "a ".repeat(1_500_000));
    let sent = agent()
        .post(&url)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer s3cret")
        .send(&big);
    match sent {
        Ok(r) => assert_eq!(r.status().as_u16(), 413),
        Err(e) => assert!(
            matches!(&e, ureq::Error::Io(io) if matches!(io.kind(), std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset)),
            "expected 413 or a refused body, got {e}"
        ),
    }
    let (st, _) = get_json(&format!("{}/api/documents/posted-1", rw.base));
    assert_eq!(
        st, 200,
        "the server still answers after refusing a large body"
    );
}

#[test]
fn cached_totals_follow_writes() {
    // The server keeps whole-store aggregates and event-list totals while the store is
    // unchanged; a write must make the next read see it.
    let dir = temp_dir("api-cache");
    let db = dir.join("t.db");
    fixture_db(&db);
    let rw = Server::start(&db, &["--token", "s3cret"]);
    let events_total = || total(&get_json(&format!("{}/api/events", rw.base)).1);
    let docs_total = || total(&get_json(&format!("{}/api/search", rw.base)).1);
    let (e0, d0) = (events_total(), docs_total());
    // Asked twice: the second answer comes from the cache and must be the same.
    assert_eq!((events_total(), docs_total()), (e0, d0));
    let article = r#"{"id":"posted-2","title":"Attack near Mosul","published":"2024-10-21","text":"Attack near Mosul\n\nGunmen killed five villagers in an attack near Mosul on Sunday, police said."}"#;
    let (st, a) = post(
        &format!("{}/api/documents", rw.base),
        Some("s3cret"),
        article,
    );
    assert_eq!(st, 201, "{a}");
    assert_eq!(docs_total(), d0 + 1, "the new document is counted");
    assert!(
        events_total() > e0,
        "the killing of five villagers is a new event in the list total"
    );
}
