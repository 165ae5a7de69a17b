//! The seed article through the standard pipeline (`chronicle extract --format json`): the
//! events a human reader of the article expects (issue #5), checked field by field.
//!
//! Skips cleanly when the shared seed is absent (set `CHRONICLE_SHARED`).

use serde_json::Value;

use crate::util::{run, seed_path};

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or("")
}

fn actor<'a>(e: &'a Value, which: &str, k: &str) -> &'a str {
    e[which][k].as_str().unwrap_or("")
}

fn evidence(e: &Value) -> &str {
    e["evidence"]["text"].as_str().unwrap_or("")
}

/// One line per event, for failure messages.
fn listing(events: &[Value]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} | {} -> {} | {} {} | f={} i={} | {}",
                s(e, "type"),
                s(e, "acled_sub_event_type"),
                actor(e, "actor1", "canonical"),
                actor(e, "actor2", "canonical"),
                e["location"]["name"].as_str().unwrap_or("-"),
                s(e, "date"),
                e["fatalities"],
                e["injured"],
                e["trigger"]["text"].as_str().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_article_yields_the_events_a_reader_expects() {
    let Some(seed) = seed_path() else { return };
    let (code, out, err) = run(&["extract", &seed, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("json output");
    let events: Vec<Value> = doc["events"].as_array().cloned().unwrap_or_default();
    let all = listing(&events);

    // The drone attack on the prime minister's residence (Sunday 7 November 2021).
    let drone = events
        .iter()
        .find(|e| s(e, "acled_sub_event_type") == "Air/drone strike")
        .unwrap_or_else(|| panic!("no drone strike in\n{all}"));
    assert_eq!(s(drone, "type"), "ASSAULT", "{all}");
    assert_eq!(s(drone, "acled_event_type"), "Explosions/Remote violence");
    assert_eq!(actor(drone, "actor2", "code"), "IRQGOV", "{all}");
    assert_eq!(actor(drone, "actor2", "country"), "IRQ");
    // In Baghdad, at the Green Zone: the most specific place, inside Baghdad.
    let loc = &drone["location"];
    assert_eq!(s(loc, "country"), "IQ");
    assert!(
        s(loc, "name").contains("Green Zone"),
        "drone attack location {loc}\n{all}"
    );
    assert!(s(loc, "admin1").starts_with("Baghd"), "{loc}");
    assert_eq!(s(drone, "date"), "2021-11-07", "{all}");
    assert_eq!(s(drone, "date_precision"), "day");
    assert!(drone["injured"].as_u64().unwrap_or(0) >= 6, "{all}");
    assert_eq!(drone["negated"], false);
    assert_eq!(drone["hypothetical"], false);
    // "No group immediately claimed responsibility": recorded as such, never as a claim.
    assert_eq!(
        s(&drone["responsibility"], "status"),
        "unclaimed",
        "{drone}"
    );
    assert!(
        !events
            .iter()
            .any(|e| s(&e["responsibility"], "status") == "claimed"),
        "{all}"
    );

    // Security forces shot down two drones: disrupted weapons use by Iraqi forces.
    let down = events
        .iter()
        .find(|e| {
            s(e, "type") == "COERCE" && s(e, "acled_sub_event_type") == "Disrupted weapons use"
        })
        .unwrap_or_else(|| panic!("no shooting down of drones in\n{all}"));
    assert_eq!(actor(down, "actor1", "country"), "IRQ", "{all}");
    assert_eq!(s(down, "date"), "2021-11-07");

    // The protests two days before the attack (Friday 5 November) ...
    let protest = events
        .iter()
        .find(|e| s(e, "type") == "PROTEST")
        .unwrap_or_else(|| panic!("no protest in\n{all}"));
    assert_eq!(actor(protest, "actor1", "country"), "IRQ");
    assert_eq!(s(protest, "date"), "2021-11-05", "protest date\n{all}");
    // ... and the police live fire that killed at least one demonstrator.
    let fire = events
        .iter()
        .find(|e| {
            s(e, "type") == "ASSAULT"
                && e["fatalities"].as_u64().unwrap_or(0) >= 1
                && actor(e, "actor1", "kind") == "police"
        })
        .unwrap_or_else(|| panic!("no police live fire in\n{all}"));
    assert_eq!(actor(fire, "actor2", "kind"), "protesters", "{all}");
    assert_eq!(s(fire, "date"), "2021-11-05", "live fire date\n{all}");

    // Condemnations: Salih, Saudi Arabia, Shamkhani, UNAMI, the US.
    let accusers: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| s(e, "type") == "ACCUSE")
        .map(|e| {
            (
                actor(e, "actor1", "canonical"),
                actor(e, "actor1", "country"),
            )
        })
        .collect();
    for who in [
        "Barham Salih",
        "Ali Shamkhani",
        "United Nations Assistance Mission for Iraq",
    ] {
        assert!(
            accusers.iter().any(|(a, _)| *a == who),
            "{who} condemns\n{all}"
        );
    }
    for country in ["SAU", "USA"] {
        assert!(
            accusers.iter().any(|(_, c)| *c == country),
            "{country} condemns\n{all}"
        );
    }

    // The US offer of help with the investigation.
    assert!(
        events.iter().any(|e| s(e, "type") == "AID"
            && actor(e, "actor1", "country") == "USA"
            && evidence(e).contains("investigation")),
        "{all}"
    );

    // The general election of October 10.
    assert!(
        events
            .iter()
            .any(|e| s(e, "type") == "ELECT" && s(e, "date") == "2021-10-10"),
        "{all}"
    );

    // Background, inside a quote that runs over paragraphs: the late adviser's assassination.
    assert!(
        !events
            .iter()
            .any(|e| s(e, "type") == "ASSAULT" && evidence(e).contains("late adviser")),
        "{all}"
    );
    // Background: the 2019 killings of protesters are no current event.
    assert!(
        !events
            .iter()
            .any(|e| s(e, "type") == "ASSAULT" && !s(e, "date").starts_with("2021")),
        "background violence coded as an event\n{all}"
    );
}
