//! `chronicle extract`: the output contract (JSON with character offsets, JSONL one line per
//! input line, the text summary) and bad input (exit codes, error records, no panics).

use std::io::Write;
use std::process::{Command, Stdio};

use crate::util::{bin, run, seed_path as seed, temp_dir};

/// The text a `{start,end}` object covers, by character offsets.
fn chars(text: &str, v: &serde_json::Value) -> String {
    let (s, e) = (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    );
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn seed_json_has_structure_and_char_offsets() {
    let Some(seed) = seed() else { return };
    let (code, out, err) = run(&["extract", &seed, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = doc["text"].as_str().unwrap();
    assert_eq!(
        text,
        std::fs::read_to_string(&seed).unwrap(),
        "text is the file exactly as given"
    );
    assert_eq!(
        doc["title"],
        "Iraq PM Mustafa al-Kadhimi decries ‘cowardly’ attack on his home"
    );
    let blocks = doc["blocks"].as_array().unwrap();
    let of = |kind: &str| {
        blocks
            .iter()
            .filter(|b| b["kind"] == kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(of("headline").len(), 1);
    assert!(chars(text, of("standfirst")[0]).starts_with("Iraqi prime minister calls for"));
    let credits: Vec<String> = of("caption")
        .iter()
        .map(|c| chars(text, &c["credit"]))
        .collect();
    assert_eq!(
        credits,
        [
            "Al-Iraqiya/Reuters",
            "Thaier Al-Sudani/ Reuters",
            "Ahmad Al-Rubaye/AFP"
        ]
    );
    assert_eq!(
        chars(text, &of("source")[0]["credit"]),
        "Al Jazeera and news agencies"
    );
    assert_eq!(doc["source"], "Al Jazeera and news agencies");
    // Every span's `text` equals the characters its offsets cover.
    for layer in ["blocks", "entities", "quotes", "times", "places"] {
        for item in doc[layer].as_array().unwrap() {
            assert_eq!(
                item["text"].as_str().unwrap(),
                chars(text, item),
                "{layer}: {item}"
            );
        }
    }
    let sentences = doc["sentences"].as_array().unwrap();
    assert!(sentences.len() > 30, "{} sentences", sentences.len());
    assert!(sentences
        .iter()
        .any(|s| chars(text, s)
            == "No group immediately claimed responsibility for Sunday’s attack."));
}

#[test]
fn jsonl_writes_one_line_per_input_line_in_order_with_error_records() {
    let dir = temp_dir("extract-jsonl");
    let input = dir.join("in.jsonl");
    let lines = [
        r#"{"id":"first","title":"Rain","text":"Heavy rain fell in Lagos on Monday.","published":"2024-06-03"}"#,
        r#"{"id":"broken","text": "#,
        r#"{"id":7,"text":"Talks resumed in Geneva."}"#,
        r#"{"id":"no-text"}"#,
        r#"{"id":"last","text":"Protesters marched in Santiago."}"#,
    ];
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let (code, out, err) = run(&["extract", input.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 1, "some lines were bad: {err}");
    let outs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(outs.len(), lines.len());
    assert_eq!(outs[0]["id"], "first");
    assert_eq!(outs[0]["published"], "2024-06-03");
    assert!(outs[1]["error"].is_string());
    assert_eq!(outs[1]["origin"], format!("{}:2", input.display()));
    assert_eq!(outs[2]["id"], "7");
    assert!(
        outs[3]["error"].as_str().unwrap().contains("text"),
        "{}",
        outs[3]
    );
    assert_eq!(outs[4]["id"], "last");
    assert!(err.contains(":2") && err.contains(":4"), "{err}");
}

#[test]
fn stdin_stream_keeps_order() {
    let mut child = Command::new(bin())
        .args(["extract", "-", "--format", "jsonl", "--batch", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..9 {
        writeln!(
            stdin,
            r#"{{"id":"n{i}","text":"Report number {i} from Nairobi."}}"#
        )
        .unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, (0..9).map(|i| format!("n{i}")).collect::<Vec<_>>());
}

#[test]
fn bad_files_are_skipped_with_reasons_and_exit_code_1() {
    let dir = temp_dir("extract-bad");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), [0x7f, b'E', b'L', b'F', 0, 0, 1, 2]).unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 in Paris.\n").unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "A headline\n\nThe body says little.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("broken.html"),
        "<html><body><p>Unclosed <b>tags <p>Flooding hit Dhaka on Tuesday",
    )
    .unwrap();
    let (code, out, err) = run(&["extract", dir.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let outs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(outs.len(), 5, "one record per file: {out}");
    let errors: Vec<&str> = outs.iter().filter_map(|o| o["error"].as_str()).collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("empty")));
    assert!(errors.iter().any(|e| e.contains("binary")));
    assert!(errors.iter().any(|e| e.contains("UTF-8")));
    assert!(outs.iter().any(|o| o["title"] == "A headline"));
    assert!(outs.iter().any(|o| o["text"]
        .as_str()
        .is_some_and(|t| t.contains("Flooding hit Dhaka"))));
}

#[test]
fn published_override_anchors_relative_dates() {
    let dir = temp_dir("extract-published");
    let f = dir.join("a.txt");
    std::fs::write(
        &f,
        "Clashes in Tripoli\n\nFighting broke out in Tripoli on Sunday, officials said.\n",
    )
    .unwrap();
    let (code, out, err) = run(&[
        "extract",
        f.to_str().unwrap(),
        "--format",
        "json",
        "--published",
        "2024-03-13",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["published"], "2024-03-13");
    assert_eq!(doc["published_source"], "override");
    let sunday = doc["times"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "Sunday")
        .expect("Sunday is found");
    assert_eq!(
        sunday["value"], "2024-03-10",
        "the Sunday before Wednesday 13 March 2024"
    );
}

#[test]
fn an_invalid_published_date_is_a_usage_error() {
    let (code, _, err) = run(&["extract", "-", "--published", "next Tuesday"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("2021-11-07"),
        "the message shows the expected form: {err}"
    );
}

#[test]
fn text_format_reads_as_a_summary() {
    let Some(seed) = seed() else { return };
    let (code, out, err) = run(&["extract", &seed, "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("# Iraq PM Mustafa al-Kadhimi decries"),
        "{out}"
    );
    for section in [
        "## structure",
        "## entities",
        "## times",
        "## quotes",
        "## events",
    ] {
        assert!(out.contains(section), "missing {section}");
    }
}
