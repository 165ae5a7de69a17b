//! `export` of events, quotes and entities; the Parquet `import` of the Spark contract.

use crate::util::{fixture_db, run, temp_dir};

#[test]
fn events_csv_has_acled_columns_and_the_evidence_offsets() {
    let dir = temp_dir("export-csv");
    let db = dir.join("t.db");
    fixture_db(&db);
    let (code, out, err) = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--what",
        "events",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    for col in [
        "event_id_cnty",
        "event_date",
        "year",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "plover_type",
        "document_id",
        "evidence_start",
        "evidence_end",
    ] {
        assert!(header.contains(&col), "no column {col} in {header:?}");
    }
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 5);
    let fasher = rows
        .iter()
        .find(|r| r.contains("Air/drone strike"))
        .unwrap();
    // Names come from the country table; the notes (evidence) contain a comma, so are quoted.
    assert!(
        fasher.contains(
            ",Sudan,North Darfur,,,El Fasher,13.63,25.35,1,Fixture Wire,,\"A drone strike hit"
        ),
        "{fasher}"
    );
    assert!(fasher.contains(",19,"), "{fasher}");
    assert!(fasher.starts_with("SDfx-1-0,2024-10-13,2024,1,Explosions/Remote violence,Air/drone strike,Rapid Support Forces,,3,Civilians (Sudan),,7,37,Civilian targeting"), "{fasher}");
}

#[test]
fn quotes_and_entities_export_as_jsonl() {
    let dir = temp_dir("export-jsonl");
    let db = dir.join("t.db");
    fixture_db(&db);
    let (code, out, _) = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--what",
        "quotes",
        "--format",
        "jsonl",
    ]);
    assert_eq!(code, 0);
    let q: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(q.len(), 2);
    assert_eq!(q[0]["speaker"], "Amira Hassan");
    assert_eq!(q[0]["document_id"], "fx-1");
    let (_, out, _) = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--what",
        "entities",
        "--format",
        "jsonl",
    ]);
    let e: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(e.len(), 7);
    assert!(e
        .iter()
        .any(|x| x["text"] == "Saudi Hospital" && x["label"] == "ORG"));
}

#[test]
fn parquet_exports_are_typed_and_documents_round_trip_through_import() {
    let dir = temp_dir("export-parquet");
    let db = dir.join("t.db");
    fixture_db(&db);
    let ev = dir.join("events.parquet");
    let (code, _, err) = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--what",
        "events",
        "--format",
        "parquet",
        "--out",
        ev.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let rows = chronicle_store::import::rows_as_json(&ev).unwrap();
    assert_eq!(rows.len(), 5);
    let fasher = rows
        .iter()
        .find(|r| r["sub_event_type"] == "Air/drone strike")
        .unwrap();
    assert_eq!(fasher["fatalities"], 19);
    assert_eq!(fasher["latitude"], 13.63);
    assert_eq!(fasher["negated"], false);
    assert_eq!(fasher["plover_type"], "ASSAULT");

    // The Spark contract: documents/<partition>/part-*.parquet with a `json` column.
    let out = dir.join("spark-out");
    let part = out.join("documents/date=2024-10-14");
    std::fs::create_dir_all(&part).unwrap();
    let (code, _, err) = run(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--what",
        "documents",
        "--format",
        "parquet",
        "--out",
        part.join("part-00000.parquet").to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(out.join("documents/_SUCCESS"), "").unwrap();
    let db2 = dir.join("imported.db");
    let (code, _, err) = run(&[
        "import",
        "--db",
        db2.to_str().unwrap(),
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let a = chronicle_store::Store::open_read_only(&db).unwrap();
    let b = chronicle_store::Store::open_read_only(&db2).unwrap();
    assert_eq!(a.counts().unwrap(), b.counts().unwrap());
    let j = |s: &chronicle_store::Store| -> Vec<String> {
        s.conn()
            .prepare("SELECT json FROM documents ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(j(&a), j(&b));
    // Importing again changes nothing.
    let (code, _, err) = run(&[
        "import",
        "--db",
        db2.to_str().unwrap(),
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(err.contains("skipped          3"), "{err}");
}
