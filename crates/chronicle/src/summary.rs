//! The `--format text` summary: what a person reads to check an extraction.

use std::fmt::Write;

use chronicle_doc::{BlockKind, Document};

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(s: &str, n: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// A readable, line-oriented summary of every layer of `doc`.
pub fn summary(doc: &Document) -> String {
    let mut o = String::new();
    let m = &doc.meta;
    let _ = writeln!(o, "# {}", m.title.as_deref().unwrap_or("(no title)"));
    let _ = writeln!(o, "id: {}", m.id);
    match (&m.published, m.published_source) {
        (Some(p), Some(src)) => {
            let _ = writeln!(
                o,
                "published: {p} ({src:?}{})",
                m.published_confidence
                    .map(|c| format!(", confidence {c:.2}"))
                    .unwrap_or_default()
            );
        }
        (Some(p), None) => {
            let _ = writeln!(o, "published: {p}");
        }
        _ => {
            let _ = writeln!(o, "published: unknown");
        }
    }
    if let Some(s) = &m.source {
        let _ = writeln!(o, "source: {s}");
    }
    if let Some(u) = &m.url {
        let _ = writeln!(o, "url: {u}");
    }
    if let Some(b) = &m.byline {
        let _ = writeln!(o, "byline: {b}");
    }
    let text = doc.text();
    let n_par = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count();
    let _ = writeln!(
        o,
        "\n## structure: {} blocks ({} paragraphs), {} sentences, {} tokens",
        doc.blocks.len(),
        n_par,
        doc.sentences.len(),
        doc.tokens.len()
    );
    for b in &doc.blocks {
        if b.kind == BlockKind::Paragraph {
            continue;
        }
        let credit = b
            .credit
            .map(|c| format!("  [{}]", &text[c.range()]))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "- {:?}: {}{}",
            b.kind,
            clip(&text[b.span.range()], 120),
            credit
        );
    }
    if !doc.entities.is_empty() {
        let _ = writeln!(o, "\n## entities ({})", doc.entities.len());
        let mut seen = std::collections::BTreeMap::<(String, String), usize>::new();
        for e in &doc.entities {
            let name = e
                .canonical
                .clone()
                .unwrap_or_else(|| one_line(&text[e.span.range()]));
            let mut label = e.label.as_str().to_string();
            if let Some(k) = e.kind {
                label.push_str(&format!("/{k:?}"));
            }
            if let Some(c) = &e.country {
                label.push_str(&format!(" {c}"));
            }
            *seen.entry((label, name)).or_default() += 1;
        }
        for ((label, name), n) in seen {
            let _ = writeln!(
                o,
                "- {label:<10} {name}{}",
                if n > 1 {
                    format!(" (×{n})")
                } else {
                    String::new()
                }
            );
        }
    }
    if !doc.times.is_empty() {
        let _ = writeln!(o, "\n## times ({})", doc.times.len());
        for t in &doc.times {
            let _ = writeln!(
                o,
                "- {:<24} {:?} {} (anchor {}, {:.2})",
                format!("{:?}", one_line(&text[t.span.range()])),
                t.kind,
                t.value,
                t.anchor,
                t.confidence
            );
        }
    }
    if !doc.places.is_empty() {
        let _ = writeln!(o, "\n## places ({})", doc.places.len());
        for p in &doc.places {
            let _ = writeln!(
                o,
                "- {:<22} → {} [{}] {}{} ({:.4}, {:.4}) {}",
                format!("{:?}", one_line(&text[p.span.range()])),
                p.name,
                p.kind,
                p.country,
                p.admin1
                    .as_ref()
                    .map(|a| format!(", {a}"))
                    .unwrap_or_default(),
                p.lat,
                p.lon,
                p.id
            );
        }
    }
    if !doc.quotes.is_empty() {
        let _ = writeln!(o, "\n## quotes ({})", doc.quotes.len());
        for q in &doc.quotes {
            let who = q
                .speaker
                .as_ref()
                .map(|s| match &s.canonical {
                    Some(c) => format!("{} ({})", c, one_line(&text[s.span.range()])),
                    None => one_line(&text[s.span.range()]),
                })
                .unwrap_or_else(|| "?".into());
            let cue = q
                .cue
                .map(|c| one_line(&text[c.range()]))
                .unwrap_or_default();
            let mut extra = String::new();
            if let Some(c) = &q.channel {
                extra.push_str(&format!(" via {c}"));
            }
            if let Some(a) = &q.addressee {
                extra.push_str(&format!(" to {a}"));
            }
            let _ = writeln!(
                o,
                "- [{:?}] {who} —{cue}{extra}→ “{}”",
                q.kind,
                clip(&text[q.content.range()], 160)
            );
        }
    }
    if !doc.events.is_empty() {
        let _ = writeln!(o, "\n## events ({})", doc.events.len());
        for e in &doc.events {
            let actor = |a: &Option<chronicle_doc::Actor>| {
                a.as_ref()
                    .map(|a| {
                        let mut s = a.canonical.clone().unwrap_or_else(|| a.name.clone());
                        if let Some(c) = &a.code {
                            s.push_str(&format!(" [{c}]"));
                        }
                        s
                    })
                    .unwrap_or_else(|| "-".into())
            };
            let mut line = format!("- {}", e.kind);
            if let Some(t) = &e.acled_event_type {
                line.push_str(&format!(" / {t}"));
                if let Some(s) = &e.acled_sub_event_type {
                    line.push_str(&format!(" / {s}"));
                }
            }
            line.push_str(&format!(": {} → {}", actor(&e.actor1), actor(&e.actor2)));
            if let Some(l) = &e.location {
                line.push_str(&format!(
                    " @ {}{}",
                    l.name,
                    l.country
                        .as_ref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default()
                ));
            }
            if let Some(d) = &e.date {
                line.push_str(&format!(" on {d}"));
            }
            if let Some(k) = e.fatalities {
                line.push_str(&format!(", killed {k}"));
            }
            if let Some(k) = e.injured {
                line.push_str(&format!(", injured {k}"));
            }
            if !e.qualifiers.is_empty() {
                line.push_str(&format!(" {:?}", e.qualifiers));
            }
            if e.negated {
                line.push_str(" NEGATED");
            }
            if e.hypothetical {
                line.push_str(" HYPOTHETICAL");
            }
            if let Some(r) = &e.responsibility {
                line.push_str(&format!(" responsibility: {}", r.status));
            }
            let _ = writeln!(o, "{line}");
            let _ = writeln!(
                o,
                "    evidence: “{}”",
                clip(&text[e.evidence.range()], 160)
            );
        }
    }
    if !doc.diagnostics.is_empty() {
        let _ = writeln!(o, "\n## diagnostics ({})", doc.diagnostics.len());
        for d in &doc.diagnostics {
            let _ = writeln!(o, "- {}: {}", d.stage, d.message);
        }
    }
    o
}
