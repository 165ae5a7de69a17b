//! The resolver: name chains, then role nominals, then pronouns.

use chronicle_doc::{Chain, Document, EntityLabel, Span, TextSpan};

use crate::lex::{is_capitalized, lex, name_key, Lex, LexKind};
use crate::lexicon::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MentionKind {
    Name,
    Nominal,
    Pronoun,
}

#[derive(Debug)]
struct WorkChain {
    canonical: String,
    canonical_len: usize,
    kb_canonical: bool,
    label: EntityLabel,
    kb_id: Option<String>,
    /// Every name form seen, as key lists.
    names: Vec<Vec<String>>,
    /// The longest name's keys.
    longest: Vec<String>,
    aliases: Vec<String>,
    roles: Vec<String>,
    gender: Option<char>,
    mentions: Vec<(Span, MentionKind)>,
    entities: Vec<usize>,
}

const TITLE_WORDS: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "gen",
    "gen.",
    "president",
    "prime",
    "minister",
    "sheikh",
    "sir",
    "the",
];

fn words_of(text: &str, span: Span) -> Vec<Lex> {
    lex(text, span.start(), span.end())
        .into_iter()
        .filter(|l| l.kind == LexKind::Word)
        .collect()
}

/// Name keys of an entity mention, titles and a leading article dropped.
fn name_keys(text: &str, span: Span) -> Vec<String> {
    let words = words_of(text, span);
    let mut keys: Vec<String> = words.iter().map(|w| name_key(w.text(text))).collect();
    while keys.len() > 1 && TITLE_WORDS.contains(&keys[0].as_str()) {
        keys.remove(0);
    }
    keys
}

fn acronym(keys: &[String], text_words: &[&str]) -> String {
    let _ = keys;
    text_words
        .iter()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "for" | "the" | "and" | "on" | "in"
            )
        })
        .filter_map(|w| w.chars().next())
        .flat_map(|c| c.to_uppercase())
        .collect()
}

fn is_suffix(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && short.len() < long.len() && long.ends_with(short)
}

/// Sentence index of each byte offset: from the document's sentences, else from lines.
struct Sentences {
    bounds: Vec<(usize, usize)>,
}

impl Sentences {
    fn new(doc: &Document) -> Sentences {
        let mut bounds: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.start(), s.span.end()))
            .collect();
        if bounds.is_empty() {
            let mut off = 0;
            for line in doc.text().split_inclusive('\n') {
                bounds.push((off, off + line.len()));
                off += line.len();
            }
        }
        Sentences { bounds }
    }
    fn index(&self, at: usize) -> usize {
        self.bounds.partition_point(|&(_, e)| e <= at)
    }
}

fn role_before(text: &str, span: Span) -> Option<String> {
    // Up to five words right before the name, no punctuation between except a possessive.
    let line_start = text[..span.start()].rfind('\n').map_or(0, |i| i + 1);
    let from = span.start().saturating_sub(80).max(line_start);
    let from = (from..=span.start())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(span.start());
    let toks = lex(text, from, span.start());
    let mut words: Vec<String> = Vec::new();
    for t in toks.iter().rev() {
        match t.kind {
            LexKind::Word => words.push(t.text(text).to_lowercase()),
            LexKind::Possessive => words.push("'s".into()),
            LexKind::Punct => break,
        }
        if words.len() >= 5 {
            break;
        }
    }
    words.reverse();
    let joined = words.join(" ");
    ROLES
        .iter()
        .filter(|r| joined == **r || joined.ends_with(&format!(" {r}")))
        .max_by_key(|r| r.len())
        .map(|r| r.to_string())
}

fn role_after(text: &str, span: Span) -> Option<String> {
    let rest = &text[span.end()..];
    let rest = rest.strip_prefix(',')?.trim_start();
    let end = rest
        .find([',', '.', ';', '\n'])
        .unwrap_or(rest.len())
        .min(80);
    let end = (0..=end)
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .unwrap_or(0);
    let words: Vec<String> = rest[..end]
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    // "[the|a|an|its|former] [adj ...] ROLE [of|at|for|...]": the role within the first four words
    let skip = ["the", "a", "an", "its", "former", "then", "acting"];
    let mut i = 0;
    while i < words.len() && skip.contains(&words[i].as_str()) {
        i += 1;
    }
    for j in i..words.len().min(i + 4) {
        for r in ROLES {
            let rw: Vec<&str> = r.split(' ').collect();
            if words.len() >= j + rw.len()
                && words[j..j + rw.len()].iter().zip(&rw).all(|(a, b)| a == b)
            {
                return Some(r.to_string());
            }
        }
    }
    None
}

fn gender_of(text: &str, span: Span, keys: &[String], role: Option<&str>) -> Option<char> {
    if let Some(r) = role {
        if FEMALE_ROLES.contains(&r) {
            return Some('f');
        }
        if MALE_ROLES.contains(&r) {
            return Some('m');
        }
    }
    let before = text[..span.start()].trim_end();
    let prev = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if MALE_TITLES.contains(&prev.as_str()) {
        return Some('m');
    }
    if FEMALE_TITLES.contains(&prev.as_str()) {
        return Some('f');
    }
    let words = words_of(text, span);
    if let Some(w) = words.first() {
        let w = w.text(text).to_lowercase();
        if MALE_TITLES.contains(&w.as_str()) {
            return Some('m');
        }
        if FEMALE_TITLES.contains(&w.as_str()) {
            return Some('f');
        }
    }
    if keys.len() >= 2 {
        let first = keys[0].as_str();
        if MALE_NAMES.contains(&first) {
            return Some('m');
        }
        if FEMALE_NAMES.contains(&first) {
            return Some('f');
        }
    }
    None
}

/// Resolve coreference in `doc`: fills `doc.chains` and each PER/ORG entity's `chain` (and
/// `canonical` when unset). Never fails; with no entities it leaves no chains.
pub fn resolve(doc: &mut Document) {
    let text = doc.text().to_owned();
    let text = text.as_str();
    let mut chains: Vec<WorkChain> = Vec::new();
    let mut entity_chain: Vec<Option<usize>> = vec![None; doc.entities.len()];

    // 1. names
    for (ei, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.label, EntityLabel::Per | EntityLabel::Org) {
            continue;
        }
        let span = ent.span.0;
        if span.end() > text.len()
            || !text.is_char_boundary(span.start())
            || !text.is_char_boundary(span.end())
        {
            continue;
        }
        // "Interior Ministry Spokesman Saad Maan": the name is what follows the role
        // (a tagger may call such a mention an organisation: it is a person)
        let (span, inner_role) = split_role(text, span);
        let label = if inner_role.is_some() {
            EntityLabel::Per
        } else {
            ent.label
        };
        let keys = name_keys(text, span);
        if keys.is_empty() {
            continue;
        }
        let surface: Vec<&str> = words_of(text, span).iter().map(|w| w.text(text)).collect();
        let flat = surface.join(" ");
        let upper_acronym = flat.len() >= 2 && flat.chars().all(|c| c.is_uppercase() || c == '.');
        let mut found: Option<usize> = None;
        for (ci, c) in chains.iter().enumerate().rev() {
            // a surname the tagger called an organisation still joins its person
            let org_surname = c.label == EntityLabel::Per
                && label == EntityLabel::Org
                && (c.names.contains(&keys) || is_suffix(&keys, &c.longest));
            if c.label != label && !org_surname {
                continue;
            }
            if org_surname {
                found = Some(ci);
                break;
            }
            let hit = c.names.contains(&keys)
                || match label {
                    EntityLabel::Per => {
                        is_suffix(&keys, &c.longest)
                            || is_suffix(&c.longest, &keys)
                            || (keys.len() == 1 && c.longest.len() >= 2 && c.longest[0] == keys[0])
                    }
                    _ => {
                        (upper_acronym
                            && (c.aliases.contains(&flat) || acronym(&c.longest, &[]) == flat))
                            || c.aliases.contains(&flat)
                    }
                };
            if hit {
                found = Some(ci);
                break;
            }
        }
        let role = if label == EntityLabel::Per {
            inner_role
                .or_else(|| role_before(text, span))
                .or_else(|| role_after(text, span))
        } else {
            None
        };
        let ci = match found {
            Some(ci) => ci,
            None => {
                chains.push(WorkChain {
                    canonical: String::new(),
                    canonical_len: 0,
                    kb_canonical: false,
                    label,
                    kb_id: None,
                    names: Vec::new(),
                    longest: Vec::new(),
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    gender: None,
                    mentions: Vec::new(),
                    entities: Vec::new(),
                });
                chains.len() - 1
            }
        };
        let c = &mut chains[ci];
        if !c.names.contains(&keys) {
            c.names.push(keys.clone());
        }
        if keys.len() > c.longest.len() {
            c.longest = keys.clone();
        }
        // canonical: a knowledge-base name wins, else the first fullest surface form
        let cleaned = clean_surface(text, span);
        if let Some(kb) = &ent.canonical {
            if !c.kb_canonical {
                c.canonical = kb.clone();
                c.kb_canonical = true;
            }
        } else if !c.kb_canonical && keys.len() > c.canonical_len {
            c.canonical = cleaned;
            c.canonical_len = keys.len();
        }
        if c.kb_id.is_none() {
            c.kb_id = ent.kb_id.clone();
        }
        if label == EntityLabel::Org {
            if c.aliases.is_empty() {
                let ac = acronym(&keys, &surface);
                if ac.len() >= 2 {
                    c.aliases.push(ac);
                }
            }
            // "United Nations Assistance Mission for Iraq (UNAMI)"
            let rest = &text[span.end()..];
            if let Some(inner) = rest
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .map(|(a, _)| a)
            {
                if inner.len() >= 2
                    && inner.len() <= 12
                    && inner.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
                {
                    c.aliases.push(inner.to_string());
                }
            }
        }
        if let Some(r) = &role {
            if !c.roles.contains(r) {
                c.roles.push(r.clone());
            }
        }
        if c.gender.is_none() && label == EntityLabel::Per {
            c.gender = gender_of(text, span, &keys, role.as_deref());
        }
        c.mentions.push((ent.span.0, MentionKind::Name));
        c.entities.push(ei);
        entity_chain[ei] = Some(ci);
    }

    // 2. role nominals: "the prime minister", "Iraqi prime minister" (lower-case role not
    // followed by a name)
    let all = lex(text, 0, text.len());
    let mut nominals: Vec<(Span, usize)> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let mut matched = None;
        if all[i].kind == LexKind::Word {
            for r in ROLES {
                let rw: Vec<&str> = r.split(' ').collect();
                if i + rw.len() <= all.len()
                    && all[i..i + rw.len()].iter().zip(&rw).all(|(t, w)| {
                        t.kind == LexKind::Word && t.text(text).eq_ignore_ascii_case(w)
                    })
                {
                    matched = Some((r, rw.len()));
                    break;
                }
            }
        }
        let Some((role, n)) = matched else {
            i += 1;
            continue;
        };
        let last = &all[i + n - 1];
        let next_is_name = all
            .get(i + n)
            .is_some_and(|t| t.kind == LexKind::Word && is_capitalized(t.text(text)));
        let first_lower = all[i]
            .text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
        let prev = i.checked_sub(1).map(|j| &all[j]);
        let start = match prev {
            Some(p) if p.kind == LexKind::Word && p.text(text).eq_ignore_ascii_case("the") => {
                Some(p.start)
            }
            Some(p) if p.kind == LexKind::Word && is_capitalized(p.text(text)) && first_lower => {
                Some(p.start)
            }
            _ => None,
        };
        if let (Some(start), false) = (start, next_is_name) {
            if let Ok(span) = Span::new(start, last.end) {
                let target = nominal_target(&chains, role, start);
                if let Some(ci) = target {
                    nominals.push((span, ci));
                }
            }
        }
        i += n;
    }
    for (span, ci) in nominals {
        chains[ci].mentions.push((span, MentionKind::Nominal));
    }
    for c in &mut chains {
        c.mentions.sort_by_key(|m| m.0);
    }

    // 3. pronouns
    let sents = Sentences::new(doc);
    for t in &all {
        if t.kind != LexKind::Word {
            continue;
        }
        let Some(g) = pronoun_gender(t.text(text)) else {
            continue;
        };
        let si = sents.index(t.start);
        let mut choice: Option<usize> = None;
        for back in 0..4usize {
            let Some(sj) = si.checked_sub(back) else {
                break;
            };
            // the first compatible person mention of sentence sj (before the pronoun when sj = si)
            let mut best: Option<(usize, usize)> = None;
            for (ci, c) in chains.iter().enumerate() {
                if c.label != EntityLabel::Per || c.gender.is_some_and(|cg| cg != g) {
                    continue;
                }
                for (m, _) in &c.mentions {
                    if m.start() >= t.start || sents.index(m.start()) != sj {
                        continue;
                    }
                    if best.is_none_or(|(_, s)| m.start() < s) {
                        best = Some((ci, m.start()));
                    }
                }
            }
            if let Some((ci, _)) = best {
                choice = Some(ci);
                break;
            }
        }
        if let Some(ci) = choice {
            if let Ok(span) = Span::new(t.start, t.end) {
                let c = &mut chains[ci];
                let pos = c.mentions.partition_point(|m| m.0 < span);
                c.mentions.insert(pos, (span, MentionKind::Pronoun));
            }
        }
    }

    // 4. write back
    doc.chains = chains
        .iter()
        .map(|c| Chain {
            canonical: c.canonical.clone(),
            label: Some(c.label),
            kb_id: c.kb_id.clone(),
            mentions: c.mentions.iter().map(|m| TextSpan(m.0)).collect(),
        })
        .collect();
    for (ei, ci) in entity_chain.iter().enumerate() {
        if let Some(ci) = ci {
            let e = &mut doc.entities[ei];
            e.chain = Some(*ci as u32);
            if e.canonical.is_none() {
                e.canonical = Some(chains[*ci].canonical.clone());
            }
        }
    }
}

/// A person mention that starts with a role ("Interior Ministry Spokesman Saad Maan", "US
/// President Joe Biden"): the span of the name after the last role word, and the role. Other
/// mentions come back unchanged.
fn split_role(text: &str, span: Span) -> (Span, Option<String>) {
    let words = words_of(text, span);
    let mut cut: Option<(usize, String)> = None;
    for (i, w) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
        let l = w.text(text).to_lowercase();
        let l = l.trim_end_matches('.');
        if let Some(r) = ROLES.iter().find(|r| r.rsplit(' ').next() == Some(l)) {
            cut = Some((i, r.to_string()));
        }
    }
    let Some((i, role)) = cut else {
        return (span, None);
    };
    let rest = &words[i + 1..];
    let names_only = rest.iter().all(|w| is_capitalized(w.text(text)));
    match (rest.first(), names_only) {
        (Some(first), true) => match Span::new(first.start, span.end()) {
            Ok(name) => (name, Some(role)),
            Err(_) => (span, None),
        },
        _ => (span, None),
    }
}

/// An entity's surface form for a canonical name: leading "the" and a trailing possessive
/// dropped.
fn clean_surface(text: &str, span: Span) -> String {
    let s = &text[span.range()];
    let s = s
        .strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s);
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    s.trim().to_string()
}

/// The chain a role nominal at `at` refers to: the most recently mentioned person holding the
/// role, else (cataphora, as in a standfirst) the first one introduced later.
fn nominal_target(chains: &[WorkChain], role: &str, at: usize) -> Option<usize> {
    let mut before: Option<(usize, usize)> = None;
    let mut after: Option<(usize, usize)> = None;
    for (ci, c) in chains.iter().enumerate() {
        if !c.roles.iter().any(|r| r == role) {
            continue;
        }
        for (m, _) in &c.mentions {
            if m.start() < at {
                if before.is_none_or(|(_, s)| m.start() > s) {
                    before = Some((ci, m.start()));
                }
            } else if after.is_none_or(|(_, s)| m.start() < s) {
                after = Some((ci, m.start()));
            }
        }
    }
    before.or(after).map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use chronicle_doc::{Entity, Meta, Stage};

    use super::*;

    fn doc_with(text: &str, ents: &[(&str, EntityLabel)]) -> Document {
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        let mut from = 0;
        let mut spans = Vec::new();
        for (name, label) in ents {
            let at = from + text[from..].find(name).expect("entity in text");
            spans.push((Span::new(at, at + name.len()).unwrap(), *label));
            from = at + name.len();
        }
        for (s, l) in spans {
            doc.entities.push(Entity::new(s, l));
        }
        resolve(&mut doc);
        doc
    }

    fn mentions(doc: &Document, ci: usize) -> Vec<&str> {
        doc.chains[ci]
            .mentions
            .iter()
            .map(|m| doc.slice(m.0))
            .collect()
    }

    #[test]
    fn surname_with_capital_al_joins_full_name() {
        let doc = doc_with(
            "Defence chief Omar al-Tikrit met envoys. Al-Tikrit later left Basra.",
            &[
                ("Omar al-Tikrit", EntityLabel::Per),
                ("Al-Tikrit", EntityLabel::Per),
                ("Basra", EntityLabel::Loc),
            ],
        );
        assert_eq!(doc.chains.len(), 1);
        assert_eq!(doc.chains[0].canonical, "Omar al-Tikrit");
        assert_eq!(doc.entities[1].chain, Some(0));
        assert_eq!(doc.entities[1].canonical.as_deref(), Some("Omar al-Tikrit"));
        assert_eq!(doc.entities[2].chain, None);
    }

    #[test]
    fn role_nominal_resolves_through_title_and_appositive() {
        let doc = doc_with(
            "Ruritanian Prime Minister Ana Vell met Tom Brask, leader of the Blue Party. \
             The prime minister spoke first. Then the leader replied.",
            &[
                ("Ana Vell", EntityLabel::Per),
                ("Tom Brask", EntityLabel::Per),
                ("Blue Party", EntityLabel::Org),
            ],
        );
        assert_eq!(mentions(&doc, 0), ["Ana Vell", "The prime minister"]);
        assert_eq!(mentions(&doc, 1), ["Tom Brask", "the leader"]);
    }

    #[test]
    fn nominal_before_any_name_looks_ahead() {
        let doc = doc_with(
            "Ruritanian prime minister calls for calm.\nPrime Minister Ana Vell said so.",
            &[("Ana Vell", EntityLabel::Per)],
        );
        assert_eq!(mentions(&doc, 0), ["Ruritanian prime minister", "Ana Vell"]);
    }

    #[test]
    fn pronoun_prefers_previous_subject_and_gender() {
        let doc = doc_with(
            "“Go,” said Paul Kerr, addressing Tom Brask at a rally. “Now,” he said. \
             Noting that Tom Brask was absent, Randa Olt said she would wait.",
            &[
                ("Paul Kerr", EntityLabel::Per),
                ("Tom Brask", EntityLabel::Per),
                ("Tom Brask", EntityLabel::Per),
                ("Randa Olt", EntityLabel::Per),
            ],
        );
        let kerr = doc.entities[0].chain.unwrap() as usize;
        let olt = doc.entities[3].chain.unwrap() as usize;
        assert_eq!(mentions(&doc, kerr), ["Paul Kerr", "he"]);
        assert_eq!(mentions(&doc, olt), ["Randa Olt", "she"]);
    }

    #[test]
    fn acronym_and_parenthesised_alias_join_organisations() {
        let doc = doc_with(
            "The Northern Relief Mission for Ruritania (NRMR) spoke. NRMR said more. \
             The World Food Programme helped; WFP agreed.",
            &[
                ("Northern Relief Mission for Ruritania", EntityLabel::Org),
                ("NRMR", EntityLabel::Org),
                ("NRMR", EntityLabel::Org),
                ("World Food Programme", EntityLabel::Org),
                ("WFP", EntityLabel::Org),
            ],
        );
        assert_eq!(doc.chains.len(), 2);
        assert_eq!(doc.entities[2].chain, Some(0));
        assert_eq!(doc.entities[4].chain, Some(1));
        assert_eq!(
            doc.entities[4].canonical.as_deref(),
            Some("World Food Programme")
        );
    }

    #[test]
    fn role_inside_a_person_entity_is_not_part_of_the_name() {
        let doc = doc_with(
            "Army Spokesman Paul Kerr spoke. Kerr left. The spokesman returned.",
            &[
                ("Army Spokesman Paul Kerr", EntityLabel::Per),
                ("Kerr", EntityLabel::Per),
            ],
        );
        assert_eq!(doc.chains.len(), 1);
        assert_eq!(doc.chains[0].canonical, "Paul Kerr");
        assert_eq!(
            mentions(&doc, 0),
            ["Army Spokesman Paul Kerr", "Kerr", "The spokesman"]
        );
    }

    #[test]
    fn no_entities_no_chains_and_no_panic_on_odd_spans() {
        let mut doc = Document::new("He said “so”.", Meta::default());
        crate::CorefStage::new().run(&mut doc).unwrap();
        assert!(doc.chains.is_empty());
        // an entity span past the end is skipped, not a panic
        doc.entities
            .push(Entity::new(Span::new(3, 99).unwrap(), EntityLabel::Per));
        resolve(&mut doc);
        assert!(doc.chains.is_empty());
    }
}
