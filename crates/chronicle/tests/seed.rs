//! The seed article through the standard pipeline (`chronicle extract --format json`): the
//! events a human reader of the article expects (issue #5), checked field by field, and the
//! labels of its people, organisations and places (issue #3).
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

/// The seed article through `chronicle extract --format json`; `None` when the seed is absent.
fn seed_json() -> Option<Value> {
    let seed = seed_path()?;
    let (code, out, err) = run(&["extract", &seed, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    Some(serde_json::from_str(&out).expect("json output"))
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
    let Some(doc) = seed_json() else { return };
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

/// Issue #3: the people, organisations and places of the seed article, as a reader names
/// them, come out with the right entity label at every mention.
#[test]
fn seed_article_entities_carry_the_labels_a_reader_gives_them() {
    let Some(doc) = seed_json() else { return };
    // (start, end, label), in characters, as the JSON gives them.
    let entities: Vec<(usize, usize, String)> = doc["entities"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let at = |k: &str| e[k].as_u64().unwrap_or(0) as usize;
                    (at("start"), at("end"), s(e, "label").to_owned())
                })
                .collect()
        })
        .unwrap_or_default();
    let chars: Vec<char> = s(&doc, "text").chars().collect();
    let expected: &[(&str, &str)] = &[
        ("Mustafa al-Kadhimi", "PER"),
        ("al-Kadhimi", "PER"),
        ("Barham Salih", "PER"),
        ("Qais al-Khazali", "PER"),
        ("Randa Slim", "PER"),
        ("Ali Shamkhani", "PER"),
        ("Joe Biden", "PER"),
        ("Saad Maan", "PER"),
        ("Muqtada al-Sadr", "PER"),
        ("Hisham al-Hashemi", "PER"),
        ("Asaib Ahl al-Haq", "ORG"),
        ("Hashd al-Shaabi", "ORG"),
        ("UNAMI", "ORG"),
        ("Reuters", "ORG"),
        ("Al Jazeera", "ORG"),
        ("Al-Iraqiya", "ORG"),
        ("al-Iraqiya", "ORG"),
        ("Baghdad", "LOC"),
        ("Green Zone", "LOC"),
        ("Iraq", "LOC"),
        ("Iran", "LOC"),
        ("Saudi Arabia", "LOC"),
        ("Iran-backed", "MISC"),
    ];
    let word_char = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '-');
    let mut wrong = Vec::new();
    for &(name, label) in expected {
        let n: Vec<char> = name.chars().collect();
        let mut mentions = 0;
        for at in 0..chars.len().saturating_sub(n.len() - 1) {
            let end = at + n.len();
            if chars[at..end] != n[..]
                || (at > 0 && word_char(chars.get(at - 1)))
                || word_char(chars.get(end))
            {
                continue;
            }
            mentions += 1;
            // Each whole-word mention is inside an entity of the label, or part of a
            // longer name of another kind ("Iraq" in the UN mission's name).
            let ok = entities
                .iter()
                .any(|(s0, e0, l)| *s0 <= at && end <= *e0 && (l == label || e0 - s0 > end - at));
            if !ok {
                let around: String = chars[at.saturating_sub(30)..(end + 30).min(chars.len())]
                    .iter()
                    .collect();
                let got: Vec<_> = entities
                    .iter()
                    .filter(|(s0, e0, _)| *s0 < end && at < *e0)
                    .collect();
                wrong.push(format!("{name} ({label}) at {at} in {around:?}: {got:?}"));
            }
        }
        assert!(mentions > 0, "{name:?} is not in the seed text");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
