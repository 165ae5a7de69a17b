//! The event coder (`events.v1`): triggers in context, actors from sentence structure,
//! modality, responsibility, toll, place and date, one [`Event`] per real-world event.

use std::sync::Arc;

use chronicle_doc::{
    Actor, ActorKind, BlockKind, Document, Event, LayerKind, Location, Quantity, Responsibility,
    Span, Stage, StageError, TextSpan, TimexType, Upos,
};
use chronicle_kb::scan::{ActorMention, KbActor, MentionSource, ScanContext};
use chronicle_kb::text::{split_words, Word};
use chronicle_kb::{Kb, LinkStage};

use crate::lexicon::{Lexicon, TriggerMatch};
use crate::toll::{find_tolls, Toll, TollKind};

/// Codes events from the sentences of a document.
#[derive(Clone, Debug)]
pub struct EventStage {
    kb: Arc<Kb>,
    lex: Lexicon,
    /// National capitals by their words (lower case): country alpha-3, alpha-2, name.
    capitals: Vec<Capital>,
}

/// A national capital, which may stand for its country's government.
#[derive(Clone, Debug)]
struct Capital {
    words: Vec<String>,
    alpha3: String,
    alpha2: String,
    name: String,
}

/// An actor mention inside one sentence, by word range.
#[derive(Clone, Debug)]
struct Party {
    first: usize,
    last: usize,
    actor: KbActor,
    name: String,
    span: Span,
    person: bool,
}

/// Words that make the next word a noun.
fn is_determiner(n: &str) -> bool {
    matches!(
        n,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "deadly"
            | "fresh"
            | "new"
            | "latest"
            | "drone"
            | "rocket"
            | "missile"
            | "suicide"
            | "terrorist"
            | "cowardly"
            | "separate"
            | "further"
            | "mass"
            | "armed"
            | "anti-government"
            | "violent"
            | "recent"
            | "renewed"
            | "heavy"
            | "fierce"
            | "live"
            | "general"
            | "parliamentary"
            | "presidential"
            | "any"
            | "no"
            | "major"
            | "coordinated"
            | "overnight"
            | "weekend"
            | "nationwide"
            | "street"
    )
}

const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "while",
    "as",
    "when",
    "following",
    "since",
    "amid",
    "until",
];
const MODALS: &[&str] = &[
    "would", "will", "could", "may", "might", "shall", "'ll", "plans", "plan", "planned",
    "intends", "ready",
];
const NEGATORS: &[&str] = &[
    "not", "no", "never", "n't", "without", "nobody", "neither", "nor", "didn't", "did't", "cannot",
];

fn is_pronoun(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "he" | "she" | "his" | "her" | "him" | "they" | "their" | "them" | "it" | "its"
    )
}

fn is_violent(kind: &str) -> bool {
    kind == "ASSAULT"
}

fn acled_of(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "CLASH" => ("Battles", "Armed clash"),
        "REGAIN" => ("Battles", "Government regains territory"),
        "OVERTAKE" => ("Battles", "Non-state actor overtakes territory"),
        "CHEM" => ("Explosions/Remote violence", "Chemical weapon"),
        "AIR" => ("Explosions/Remote violence", "Air/drone strike"),
        "SUICIDE" => ("Explosions/Remote violence", "Suicide bomb"),
        "SHELL" => (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        "IED" => (
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        "GRENADE" => ("Explosions/Remote violence", "Grenade"),
        "SEXV" => ("Violence against civilians", "Sexual violence"),
        "ATTACK" => ("Violence against civilians", "Attack"),
        "ABDUCT" => (
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        "PEACEFUL" => ("Protests", "Peaceful protest"),
        "INTERV" => ("Protests", "Protest with intervention"),
        "EXCESS" => ("Protests", "Excessive force against protesters"),
        "VIOLDEMO" => ("Riots", "Violent demonstration"),
        "MOB" => ("Riots", "Mob violence"),
        "AGREEMENT" => ("Strategic developments", "Agreement"),
        "ARRESTS" => ("Strategic developments", "Arrests"),
        "CHANGE" => ("Strategic developments", "Change to group/activity"),
        "DISRUPT" => ("Strategic developments", "Disrupted weapons use"),
        "HQ" => ("Strategic developments", "Headquarters or base established"),
        "LOOT" => ("Strategic developments", "Looting/property destruction"),
        "TRANSFER" => (
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        "OTHER" => ("Strategic developments", "Other"),
        _ => return None,
    })
}

fn armed(k: Option<ActorKind>) -> bool {
    matches!(
        k,
        Some(
            ActorKind::Military
                | ActorKind::Police
                | ActorKind::Security
                | ActorKind::ArmedGroup
                | ActorKind::State
        )
    )
}

fn state_force(k: Option<ActorKind>) -> bool {
    matches!(
        k,
        Some(
            ActorKind::Military
                | ActorKind::Police
                | ActorKind::Security
                | ActorKind::Government
                | ActorKind::State
        )
    )
}

/// Byte ranges of quoted text (curly or straight double quotes), never crossing a newline
/// pair (paragraph); an unclosed quote runs to the end of its paragraph.
fn quote_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut prev_nl = false;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i),
            '”' => {
                if let Some(s) = open.take() {
                    out.push((s, i + c.len_utf8()));
                }
            }
            '"' => match open.take() {
                Some(s) => out.push((s, i + 1)),
                None => open = Some(i),
            },
            // A quote left open at a paragraph's end runs to it (a multi-paragraph quote
            // reopens each paragraph and closes only in the last).
            '\n' if prev_nl => {
                if let Some(s) = open.take() {
                    out.push((s, i));
                }
            }
            _ => {}
        }
        prev_nl = c == '\n';
    }
    out
}

struct DocState {
    last_person: Option<Party>,
    last_group: Option<Party>,
    last_org: Option<Party>,
}

impl EventStage {
    /// An event coder over `kb`.
    pub fn new(kb: Arc<Kb>) -> EventStage {
        let capitals = kb
            .countries()
            .iter()
            .filter(|c| {
                !c.capital.is_empty()
                    && !c.capital.eq_ignore_ascii_case(&c.name)
                    && !c.aliases.iter().any(|a| a.eq_ignore_ascii_case(&c.capital))
            })
            .map(|c| Capital {
                words: split_words(&c.capital, 0)
                    .into_iter()
                    .map(|w| w.norm)
                    .collect(),
                alpha3: c.alpha3.clone(),
                alpha2: c.alpha2.clone(),
                name: c.capital.clone(),
            })
            .filter(|c| !c.words.is_empty())
            .collect();
        EventStage {
            kb,
            lex: Lexicon::builtin(),
            capitals,
        }
    }

    fn to_party(&self, text: &str, words: &[Word], m: &ActorMention) -> Option<Party> {
        let first = words.iter().position(|w| w.start >= m.start)?;
        let last = words.iter().rposition(|w| w.end <= m.end)?;
        let name = text[m.start..m.end]
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string();
        let span = Span::new(m.start, m.start + name.len()).ok()?;
        let person = m.source == MentionSource::Person
            || m.actor
                .kb_id
                .as_deref()
                .is_some_and(|k| k.starts_with("person:"));
        Some(Party {
            first,
            last,
            actor: m.actor.clone(),
            name,
            span,
            person,
        })
    }

    fn actor_of(p: &Party) -> Actor {
        Actor {
            name: p.name.clone(),
            canonical: if p.actor.canonical.is_empty() {
                None
            } else {
                Some(p.actor.canonical.clone())
            },
            kind: Some(p.actor.kind),
            country: p.actor.country.clone(),
            code: p.actor.code.clone(),
            span: Some(TextSpan(p.span)),
        }
    }

    fn role_actor(&self, role: &str, ctx: &ScanContext, name: &str) -> Option<Actor> {
        let idx = self.kb.entries().iter().position(|e| e.id == role)?;
        let a = self
            .kb
            .role_actor(idx, ctx.default_country.as_deref(), ctx.date.as_deref());
        Some(Actor {
            name: name.to_string(),
            canonical: Some(a.canonical),
            kind: Some(a.kind),
            country: a.country,
            code: a.code,
            span: None,
        })
    }

    /// Capitals standing for their governments ("Minsk called the measures illegal", "asked
    /// New Delhi to ..."): a capital written as a subject or object, not after a preposition
    /// of place, not possessive ("Baghdad's Green Zone") and not part of a longer name.
    fn capital_parties(&self, words: &[Word], ctx: &ScanContext) -> Vec<(Party, &Capital)> {
        let mut out = Vec::new();
        let gov = self
            .kb
            .entries()
            .iter()
            .position(|e| e.id == "role:government");
        let Some(gov) = gov else { return out };
        for (k, w0) in words.iter().enumerate() {
            if !w0.upper {
                continue;
            }
            let Some(cap) = self.capitals.iter().find(|c| {
                words.len() >= k + c.words.len()
                    && c.words
                        .iter()
                        .zip(&words[k..])
                        .all(|(a, b)| *a == b.norm && b.upper)
            }) else {
                continue;
            };
            let last = k + cap.words.len() - 1;
            let prev = if k > 0 {
                words[k - 1].norm.as_str()
            } else {
                ""
            };
            let locative = matches!(
                prev,
                "in" | "at"
                    | "near"
                    | "from"
                    | "to"
                    | "into"
                    | "outside"
                    | "across"
                    | "around"
                    | "of"
                    | "via"
                    | "toward"
                    | "towards"
                    | "through"
                    | "between"
                    | "inside"
                    | "on"
                    | "the"
                    | "central"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "downtown"
            );
            let in_name = (k > 0 && words[k - 1].upper && !words[k].break_before)
                || words
                    .get(last + 1)
                    .is_some_and(|n| n.upper && !n.break_before);
            if locative || in_name || words[last].possessive {
                continue;
            }
            let a = self
                .kb
                .role_actor(gov, Some(&cap.alpha3), ctx.date.as_deref());
            let Ok(span) = Span::new(w0.start, words[last].end) else {
                continue;
            };
            out.push((
                Party {
                    first: k,
                    last,
                    actor: KbActor {
                        kb_id: Some(format!("role:government@{}", cap.alpha3)),
                        ..a
                    },
                    name: cap.name.clone(),
                    span,
                    person: false,
                },
                cap,
            ));
        }
        out
    }

    /// The country a single word names: its name, an alias or a demonym ("Iraq", "Iraqi").
    fn country_of_word(&self, w: &Word) -> Option<&chronicle_kb::countries::CountryRow> {
        if !w.upper {
            return None;
        }
        let n = w.norm.as_str();
        self.kb.countries().iter().find(|c| {
            c.name.eq_ignore_ascii_case(n)
                || c.aliases.iter().any(|a| a.eq_ignore_ascii_case(n))
                || c.demonyms.iter().any(|d| d.eq_ignore_ascii_case(n))
        })
    }

    /// The capital of a country (alpha-3) as a location: where a government's statements
    /// are placed when the report names no place for them. The point and first-level area
    /// come from the gazetteer (the town of that name in that country, the capital first),
    /// so that such events have a place on the map.
    fn capital_location(&self, alpha3: &str) -> Option<Location> {
        let c = self.capitals.iter().find(|c| c.alpha3 == alpha3)?;
        let gaz = chronicle_geo::gazetteer();
        let town = gaz
            .lookup(&c.name)
            .iter()
            .map(|&i| gaz.feature(i))
            .filter(|f| f.kind == chronicle_geo::Kind::City && f.country == c.alpha2)
            .max_by_key(|f| (f.is_capital(), f.population));
        Some(Location {
            name: c.name.clone(),
            admin1: town
                .and_then(|f| gaz.admin1(&f.country, &f.admin1))
                .map(|a| a.name.clone()),
            country: Some(c.alpha2.clone()),
            lat: town.map(|f| f.lat),
            lon: town.map(|f| f.lon),
            precision: Some("city".into()),
            place: None,
        })
    }

    /// Code one document.
    pub fn code(&self, doc: &mut Document) {
        let text = doc.text().to_owned();
        let ctx = LinkStage::context(&self.kb, doc);
        let quotes = quote_ranges(&text);
        let in_quote = |b: usize| quotes.iter().any(|&(s, e)| s < b && b < e);
        let mut sentences: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.start(), s.span.end()))
            .collect();
        if sentences.is_empty() {
            let mut s = 0;
            for (i, c) in text.char_indices() {
                if matches!(c, '.' | '!' | '?' | '\n')
                    && text[i + 1..].starts_with(char::is_whitespace)
                {
                    sentences.push((s, i + 1));
                    s = i + 1;
                }
            }
            if s < text.len() {
                sentences.push((s, text.len()));
            }
        }
        let published = doc
            .meta
            .published
            .as_deref()
            .and_then(|p| p.get(..10))
            .map(str::to_string);
        let mut st = DocState {
            last_person: None,
            last_group: None,
            last_org: None,
        };
        let mut events: Vec<(Event, usize)> = Vec::new(); // event, sentence index
        let mut quantities: Vec<Quantity> = Vec::new();
        // Sentences merged into an event (by its evidence start and trigger start): the date
        // may be said in any of them ("Sunday's attack").
        let mut merged_spans: Vec<((usize, usize), (usize, usize))> = Vec::new();
        // Triggers merged into an event: a merged sentence's time counts only near them.
        let mut merged_triggers: Vec<((usize, usize), usize)> = Vec::new();
        // Capitals read as governments: actors, not places.
        let mut actor_capitals: Vec<(usize, usize)> = Vec::new();
        for (si, &(ss, se)) in sentences.iter().enumerate() {
            if let Some(b) = doc.block_at(ss) {
                if matches!(
                    b.kind,
                    BlockKind::Caption | BlockKind::Source | BlockKind::Byline
                ) {
                    continue;
                }
            }
            let Some(stext) = text.get(ss..se) else {
                continue;
            };
            let words = split_words(stext, ss);
            if words.is_empty() {
                continue;
            }
            let w = |k: usize| words.get(k).map(|x| x.norm.as_str()).unwrap_or("");
            let mentions = self.kb.scan_words(&words, &ctx);
            let mut parties: Vec<Party> = Vec::new();
            for m in &mentions {
                if let Some(mut p) = self.to_party(&text, &words, m) {
                    if p.actor.canonical.is_empty() {
                        p.actor.canonical = p.name.clone();
                    }
                    parties.push(p);
                }
            }
            // Pronouns: resolve through coreference chains, else the last fitting mention.
            for (k, wd) in words.iter().enumerate() {
                let pron = wd.norm.as_str();
                let want_person = matches!(pron, "he" | "she" | "his" | "her" | "him");
                if !want_person && !matches!(pron, "they" | "their" | "them" | "it" | "its") {
                    continue;
                }
                let local = parties
                    .iter()
                    .rev()
                    .find(|p| p.last < k && p.person == want_person && !is_pronoun(&p.name))
                    .cloned()
                    .or_else(|| {
                        // "expelled the German ambassador, accusing him of ...": an object
                        // pronoun refers back to the office holder named in the sentence.
                        let object = matches!(pron, "him" | "her")
                            && words.get(k + 1).is_none_or(|n| {
                                matches!(n.norm.as_str(), "of" | "for" | "to" | "with" | "over")
                            });
                        if !object {
                            return None;
                        }
                        parties
                            .iter()
                            .rev()
                            .find(|p| {
                                p.last < k
                                    && !is_pronoun(&p.name)
                                    && matches!(
                                        p.actor.kind,
                                        ActorKind::Government | ActorKind::Person
                                    )
                                    && !p.name.ends_with('s')
                            })
                            .cloned()
                    });
                let target = local.or_else(|| match pron {
                    "he" | "she" | "his" | "her" | "him" => st.last_person.clone(),
                    "they" | "their" | "them" => st.last_group.clone().or(st.last_org.clone()),
                    _ => st.last_org.clone().or(st.last_group.clone()),
                });
                let span = Span::new(wd.start, wd.end).ok();
                let chain = span.and_then(|sp| {
                    doc.chains
                        .iter()
                        .find(|c| c.mentions.iter().any(|m| m.0 == sp))
                        .map(|c| c.canonical.clone())
                });
                let resolved = match chain {
                    Some(canon) => {
                        let ms = self.kb.scan(&canon, 0, &ctx);
                        ms.first().map(|m| Party {
                            first: k,
                            last: k,
                            actor: m.actor.clone(),
                            name: wd.norm.clone(),
                            span: span.unwrap_or_else(|| {
                                Span::new(wd.start, wd.start).expect("empty span")
                            }),
                            person: m.source == MentionSource::Person,
                        })
                    }
                    None => target.map(|t| Party {
                        first: k,
                        last: k,
                        name: text[wd.start..wd.end].to_string(),
                        span: span.unwrap_or(t.span),
                        ..t
                    }),
                };
                if let Some(p) = resolved {
                    if !parties.iter().any(|q| q.first <= k && k <= q.last) {
                        parties.push(p);
                    }
                }
            }
            parties.sort_by_key(|p| p.first);
            // Places in prepositional phrases are locations, not targets: a bare country
            // after "in", "near", ... is dropped as a party.
            parties.retain(|p| {
                !(p.actor.kind == ActorKind::State
                    && p.first > 0
                    && matches!(
                        w(p.first - 1),
                        "in" | "near"
                            | "across"
                            | "from"
                            | "inside"
                            | "at"
                            | "over"
                            | "into"
                            | "of"
                            | "for"
                            | "to"
                            | "towards"
                            | "through"
                            | "between"
                    ))
            });
            let tolls = find_tolls(&words);
            for t in &tolls {
                let a = words[t.count.first].start;
                let b = words[t.count.end.saturating_sub(1).max(t.count.first)].end;
                if let Ok(span) = Span::new(a, b) {
                    quantities.push(Quantity {
                        span: TextSpan(span),
                        value: t.count.value,
                        qualifier: t.count.qualifier.clone(),
                        unit: t.unit.clone(),
                    });
                }
            }
            // Candidate triggers.
            let mut cands: Vec<TriggerMatch> = Vec::new();
            let found = self.lex.find(&words);
            let mut k = 0;
            while k < found.len() {
                let group: Vec<&TriggerMatch> = found[k..]
                    .iter()
                    .take_while(|m| m.first == found[k].first)
                    .collect();
                k += group.len();
                let m0 = group[0];
                let prev = if m0.first > 0 { w(m0.first - 1) } else { "" };
                let form = m0.form.as_str();
                let upos = doc
                    .tokens
                    .iter()
                    .find(|t| t.span.start() == words[m0.first].start)
                    .and_then(|t| t.upos);
                // A noun is not followed by a determiner or a possessive: "a third hit the
                // residence", "a third hit al-Kadhimi's residence" are verbs.
                let object_follows = words.get(m0.last + 1).is_some_and(|x| {
                    !x.break_before
                        && (matches!(
                            x.norm.as_str(),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                        ) || x.possessive)
                });
                let looks_noun = match upos.map(Upos::as_str) {
                    _ if object_follows && group.iter().any(|m| m.trigger.verb) => false,
                    Some("NOUN" | "PROPN") => true,
                    Some("VERB" | "AUX") => false,
                    _ => is_determiner(prev) || (m0.first > 0 && words[m0.first - 1].possessive),
                };
                let pick = group
                    .iter()
                    .find(|m| m.trigger.verb != looks_noun)
                    .or_else(|| {
                        // One reading only: take it unless the context clearly says otherwise.
                        let only = group
                            .iter()
                            .all(|m| m.trigger.verb == group[0].trigger.verb);
                        let strong_verb = matches!(prev, "to" | "would" | "will" | "they" | "we");
                        let strong_noun = matches!(
                            prev,
                            "the" | "a" | "an" | "live" | "this" | "their" | "its" | "his" | "her"
                        );
                        // A bare verb-only trigger the tagger reads as a noun ("police station").
                        let tagged_noun = group[0].trigger.verb
                            && !object_follows
                            && form == group[0].trigger.lemma.split(' ').next().unwrap_or("")
                            && matches!(upos.map(Upos::as_str), Some("NOUN" | "PROPN"));
                        if only
                            && !tagged_noun
                            && !(group[0].trigger.verb && strong_noun)
                            && (group[0].trigger.verb || !strong_verb)
                        {
                            Some(&group[0])
                        } else {
                            None
                        }
                    })
                    .copied();
                let Some(m) = pick else { continue };
                if in_quote(words[m.first].start) {
                    // Quoted words are opinions; a first-person condemnation is still one.
                    let first_person = m.first > 0 && matches!(w(m.first - 1), "i" | "we");
                    if !(m.trigger.kind == "ACCUSE" && first_person) {
                        continue;
                    }
                }
                // Bare verb forms of common words are triggers only after a subject-like word.
                let bare =
                    m.trigger.verb && form == m.trigger.lemma && upos.is_none() && !object_follows;
                if bare
                    && !matches!(
                        prev,
                        "to" | "would"
                            | "will"
                            | "could"
                            | "might"
                            | "may"
                            | "i"
                            | "we"
                            | "never"
                            | "not"
                    )
                {
                    continue;
                }
                // A gerund right after a plain noun modifies it ("a warship entering waters").
                if m.trigger.verb
                    && form.ends_with("ing")
                    && upos.is_none()
                    && m.first > 0
                    && !words[m.first].break_before
                    && !matches!(
                        prev,
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "been"
                            | "be"
                            | "of"
                            | "by"
                            | "after"
                            | "before"
                            | "while"
                            | "for"
                            | "and"
                            | "from"
                            | "in"
                            | "on"
                            | "without"
                            | "since"
                            | "when"
                            | "also"
                            | "then"
                            | "not"
                            | "keep"
                            | "kept"
                            | "began"
                            | "started"
                            | "continued"
                            | "denied"
                            | "deny"
                            | "denies"
                            | "against"
                            | "about"
                            | "over"
                            | "they"
                            | "who"
                            | "reportedly"
                            | "allegedly"
                            | "still"
                            | "again"
                            | "repeatedly"
                    )
                    && !words[m.first - 1].possessive
                {
                    continue;
                }
                // Adjectival participles between a determiner and a noun ("a kidnapped mayor",
                // "the wounded soldiers") describe, they do not narrate.
                if m.trigger.verb
                    && m.first == m.last
                    && (form.ends_with("ed") || form.ends_with("en"))
                    && m.first > 0
                    && (matches!(prev, "a" | "an" | "the" | "two" | "three" | "several")
                        || words[m.first - 1].possessive)
                    && words.get(m.last + 1).is_some_and(|x| {
                        !x.break_before
                            && x.norm.chars().all(|c| c.is_alphabetic())
                            && !matches!(
                                x.norm.as_str(),
                                "by" | "in"
                                    | "on"
                                    | "at"
                                    | "and"
                                    | "to"
                                    | "the"
                                    | "a"
                                    | "of"
                                    | "with"
                                    | "from"
                                    | "for"
                                    | "was"
                                    | "were"
                                    | "is"
                                    | "are"
                                    | "had"
                                    | "has"
                                    | "have"
                            )
                    })
                {
                    continue;
                }
                // Moving things (flying, sending, landing, reaching a town) is aid only when
                // aid is what moves: supplies, food, medicine, rescuers.
                if m.trigger.kind == "AID"
                    && matches!(m.trigger.lemma.as_str(), "fly" | "send" | "land" | "reach")
                    && !words.iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "aid"
                                | "supplies"
                                | "relief"
                                | "food"
                                | "flour"
                                | "medicine"
                                | "medicines"
                                | "medical"
                                | "tents"
                                | "blankets"
                                | "tarpaulins"
                                | "rescuers"
                                | "rescue"
                                | "search"
                                | "humanitarian"
                                | "vaccines"
                                | "disaster"
                                | "purification"
                        )
                    })
                {
                    continue;
                }
                // "riot police", "riot gear": a noun modifying a noun names no riot.
                if !m.trigger.verb
                    && form == "riot"
                    && words.get(m.last + 1).is_some_and(|x| {
                        matches!(
                            x.norm.as_str(),
                            "police"
                                | "policemen"
                                | "officers"
                                | "gear"
                                | "squad"
                                | "squads"
                                | "control"
                                | "shields"
                                | "units"
                                | "unit"
                                | "troops"
                        )
                    })
                {
                    continue;
                }
                // "meeting a key demand of protesters": meeting a demand is no meeting.
                if m.trigger.kind == "CONSULT"
                    && form == "meeting"
                    && words[m.last + 1..(m.last + 4).min(words.len())]
                        .iter()
                        .any(|x| {
                            matches!(
                                x.norm.as_str(),
                                "demand"
                                    | "demands"
                                    | "deadline"
                                    | "condition"
                                    | "conditions"
                                    | "target"
                                    | "targets"
                                    | "requirement"
                                    | "requirements"
                            )
                        })
                {
                    continue;
                }
                // "the earthquake that struck", "a cyclone killed 400 people": a natural hazard
                // is no attacker.
                if is_violent(&m.trigger.kind)
                    && words[m.first.saturating_sub(3)..m.first].iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "earthquake"
                                | "earthquakes"
                                | "quake"
                                | "tremor"
                                | "aftershock"
                                | "cyclone"
                                | "storm"
                                | "hurricane"
                                | "typhoon"
                                | "flood"
                                | "floods"
                                | "flooding"
                                | "landslide"
                                | "landslides"
                                | "tsunami"
                                | "eruption"
                                | "heatwave"
                                | "drought"
                                | "avalanche"
                                | "wildfire"
                                | "wildfires"
                                | "mudslide"
                                | "mudslides"
                        )
                    })
                {
                    continue;
                }
                cands.push(m.clone());
            }
            // Capitals standing for governments, in sentences of politics and diplomacy
            // (a capital hit by missiles is a place).
            if !cands
                .iter()
                .any(|m| matches!(m.trigger.kind.as_str(), "ASSAULT" | "PROTEST"))
            {
                for (p, _) in self.capital_parties(&words, &ctx) {
                    if parties
                        .iter()
                        .any(|q| q.first <= p.last && p.first <= q.last)
                    {
                        continue;
                    }
                    actor_capitals.push((p.span.start(), p.span.end()));
                    parties.push(p);
                }
                parties.sort_by_key(|p| p.first);
            }
            let sent_has = |f: &dyn Fn(&str) -> bool| words.iter().any(|x| f(&x.norm));
            // Responsibility statements attach to the latest violent event.
            let claim_at = words.windows(2).position(|p| {
                matches!(
                    p[0].norm.as_str(),
                    "claimed" | "claim" | "claims" | "claiming"
                ) && p[1].norm == "responsibility"
            });
            if let Some(c) = claim_at {
                let negated = words[c.saturating_sub(4)..c]
                    .iter()
                    .any(|x| NEGATORS.contains(&x.norm.as_str()) || x.norm == "yet")
                    || w(c.saturating_sub(1)) == "no";
                let claimant = parties
                    .iter()
                    .rev()
                    .find(|p| p.last < c)
                    .map(Self::actor_of);
                if let Some((ev, _)) = events.iter_mut().rev().find(|(e, _)| is_violent(&e.kind)) {
                    ev.responsibility = Some(if negated {
                        Responsibility {
                            status: "unclaimed".into(),
                            actor: None,
                        }
                    } else {
                        Responsibility {
                            status: "claimed".into(),
                            actor: claimant,
                        }
                    });
                }
                cands.retain(|m| !is_violent(&m.trigger.kind) || m.first < c.saturating_sub(6));
            }
            let mut sentence_events: Vec<Event> = Vec::new();
            let mut prev_trigger_end: Option<(usize, String, bool)> = None;
            for m in &cands {
                let kind = m.trigger.kind.clone();
                let before: Vec<&str> = words[m.first.saturating_sub(3)..m.first]
                    .iter()
                    .map(|x| x.norm.as_str())
                    .collect();
                // The object of another trigger ("condemned the strike", "blamed ... for the clashes").
                if !m.trigger.verb {
                    if let Some((end, pk, pverb)) = &prev_trigger_end {
                        if m.first > *end
                            && *pverb
                            && m.first - end <= 8
                            && *pk != kind
                            && !words[end + 1..=m.first]
                                .iter()
                                .any(|x| x.break_before && SUBORDINATORS.contains(&x.norm.as_str()))
                            // "shot dead eight protesters during marches": an adjunct, not the
                            // object.
                            && !matches!(w(m.first.saturating_sub(1)), "during" | "amid" | "throughout")
                        {
                            continue;
                        }
                    }
                }
                // "indicted for killing protesters", "convicted of attacking": the charge names
                // an act the report does not narrate as news.
                if m.trigger.verb
                    && m.form.ends_with("ing")
                    && m.first >= 2
                    && matches!(w(m.first - 1), "for" | "of")
                    && words[m.first.saturating_sub(4)..m.first - 1]
                        .iter()
                        .any(|x| {
                            matches!(
                                x.norm.as_str(),
                                "indicted"
                                    | "charged"
                                    | "convicted"
                                    | "sentenced"
                                    | "tried"
                                    | "jailed"
                                    | "prosecuted"
                                    | "guilty"
                                    | "acquitted"
                            )
                        })
                {
                    continue;
                }
                // "denied targeting civilians": a denial of responsibility, not an event.
                if m.trigger.verb
                    && m.form.ends_with("ing")
                    && before
                        .iter()
                        .any(|b| matches!(*b, "denied" | "denies" | "deny" | "denying"))
                {
                    if let Some((ev, _)) =
                        events.iter_mut().rev().find(|(e, _)| is_violent(&e.kind))
                    {
                        let who = parties
                            .iter()
                            .rev()
                            .find(|p| p.last < m.first)
                            .map(Self::actor_of);
                        ev.responsibility = Some(Responsibility {
                            status: "denied".into(),
                            actor: who,
                        });
                    }
                    continue;
                }
                if kind == "REJECT"
                    && m.form.starts_with("deni")
                    && words
                        .get(m.last + 1)
                        .is_some_and(|x| x.norm.ends_with("ing"))
                {
                    prev_trigger_end = Some((m.last, kind, m.trigger.verb));
                    continue;
                }
                let negated = before.iter().any(|b| NEGATORS.contains(b))
                    && !(kind == "ASSAULT" && before.contains(&"without"));
                let mut hypothetical = kind == "THREATEN";
                let mut kind = kind;
                let modal = words[m.first.saturating_sub(4)..m.first]
                    .iter()
                    .any(|x| MODALS.contains(&x.norm.as_str()))
                    || (m.first > 0 && w(m.first - 1) == "to" && m.trigger.verb);
                if modal && kind != "THREATEN" {
                    // A future violent or protest act is a threat; other plans are not events.
                    let governed = sentence_events.iter().any(|e| {
                        matches!(
                            e.kind.as_str(),
                            "THREATEN" | "DEMAND" | "REQUEST" | "AGREE" | "REJECT" | "ACCUSE"
                        )
                    });
                    if governed {
                        continue;
                    }
                    let real_modal = words[m.first.saturating_sub(4)..m.first]
                        .iter()
                        .any(|x| MODALS.contains(&x.norm.as_str()));
                    let forceful =
                        matches!(kind.as_str(), "ASSAULT" | "PROTEST" | "SANCTION" | "COERCE");
                    if forceful && (w(m.first - 1) != "to" || real_modal) {
                        kind = "THREATEN".into();
                        hypothetical = true;
                    } else if !(w(m.first.saturating_sub(1)) == "to"
                        && matches!(
                            w(m.first.saturating_sub(2)),
                            "agreed" | "voted" | "decided" | "began" | "started" | "continued"
                        ))
                    {
                        // An announced plan ("troops would be sent", "said it would ask the
                        // IMF", "will hold joint exercises") is coded with its own type as
                        // hypothetical; a mere possibility ("could", "may") is not coded.
                        let planned = words[m.first.saturating_sub(4)..m.first].iter().any(|x| {
                            matches!(
                                x.norm.as_str(),
                                "would"
                                    | "will"
                                    | "'ll"
                                    | "shall"
                                    | "plans"
                                    | "plan"
                                    | "planned"
                                    | "intends"
                            )
                        });
                        if !planned || negated {
                            continue;
                        }
                        hypothetical = true;
                    }
                }
                // Elections: only a held election is an event.
                if kind == "ELECT" {
                    let next: Vec<&str> = words[m.last + 1..(m.last + 4).min(words.len())]
                        .iter()
                        .map(|x| x.norm.as_str())
                        .collect();
                    if !(next.contains(&"held")
                        || next.contains(&"on") && next.len() > 1
                        || before.contains(&"held"))
                    {
                        continue;
                    }
                }
                // Actors.
                let passive = m.trigger.verb
                    && words[m.first.saturating_sub(2)..m.first].iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "was" | "were" | "been" | "being" | "is" | "are"
                        )
                    })
                    && !m.form.ends_with("ing");
                let by_agent = (m.last + 1..(m.last + 5).min(words.len()))
                    .find(|&j| w(j) == "by")
                    .and_then(|j| {
                        parties
                            .iter()
                            .find(|p| p.first == j + 1 || p.first == j + 2)
                    });
                // ", and a third hit ...": a coordinated clause with a subject of its own
                // hides the subject of the first clause.
                let new_clause = |from: usize| {
                    (from..m.first).any(|j| {
                        words[j].break_before
                            && matches!(w(j), "and" | "but" | "while" | "whereas")
                            && j + 1 < m.first
                    })
                };
                let left = parties.iter().rev().find(|p| {
                    p.last < m.first
                        && !words[p.last + 1..=m.first].iter().any(|x| x.norm == "by")
                        && !(m.trigger.verb && new_clause(p.last + 1))
                });
                let clause_end = words[m.last + 1..]
                    .iter()
                    .position(|x| x.break_before && x.norm != "s")
                    .map(|p| p + m.last + 1)
                    .unwrap_or(words.len());
                let right = parties.iter().find(|p| {
                    p.first > m.last
                        && (p.first <= clause_end + 3)
                        && !(p.first >= 1 && w(p.first - 1) == "by")
                });
                let quoted = in_quote(words[m.first].start);
                let (mut a1, mut a2) = if quoted {
                    // A first-person condemnation inside a quote: the speaker is named outside.
                    let after = parties
                        .iter()
                        .find(|p| !in_quote(p.span.start()) && p.first > m.last);
                    let before = parties
                        .iter()
                        .rev()
                        .find(|p| !in_quote(p.span.start()) && p.last < m.first);
                    (after.or(before).map(Self::actor_of), None)
                } else if passive {
                    (by_agent.map(Self::actor_of), left.map(Self::actor_of))
                } else if !m.trigger.verb {
                    // "Russia's attack on X", "a drone attack on his residence", "attack by X"
                    let src = parties
                        .iter()
                        .find(|p| p.last + 1 == m.first && words[p.last].possessive)
                        .or(by_agent);
                    let tgt = (m.last + 1..(m.last + 3).min(words.len()))
                        .find(|&j| matches!(w(j), "on" | "against" | "targeting" | "at"))
                        .or_else(|| {
                            // "a meeting with X", "talks with X", "a deal with X".
                            (matches!(kind.as_str(), "CONSULT" | "AGREE" | "COOPERATE")
                                && w(m.last + 1) == "with")
                                .then_some(m.last + 1)
                        })
                        .and_then(|j| parties.iter().find(|p| p.first > j && p.first <= j + 4));
                    (src.map(Self::actor_of), tgt.map(Self::actor_of))
                } else {
                    (left.map(Self::actor_of), right.map(Self::actor_of))
                };
                if a1.is_none() && !passive && m.trigger.verb {
                    if let Some(l) = left {
                        a1 = Some(Self::actor_of(l));
                    }
                }
                // "X carried out strikes", "X launched an offensive": the subject of a light verb.
                if a1.is_none() && !m.trigger.verb {
                    let light = words[m.first.saturating_sub(4)..m.first].iter().any(|x| {
                        matches!(
                            x.norm.as_str(),
                            "carried"
                                | "launched"
                                | "conducted"
                                | "staged"
                                | "mounted"
                                | "held"
                                | "led"
                                | "began"
                                | "started"
                                | "stepped"
                                | "intensified"
                                | "chaired"
                                | "chairing"
                                | "chairs"
                                | "hosted"
                                | "hosting"
                                | "attended"
                                | "attending"
                                | "holding"
                                | "leading"
                                | "completed"
                                | "declared"
                                | "announced"
                                | "ordered"
                        )
                    });
                    if light {
                        a1 = left.map(Self::actor_of);
                    }
                }
                // ", accusing X of ...": a participial adjunct shares the main clause's subject.
                if m.trigger.verb
                    && m.form.ends_with("ing")
                    && words[m.first].break_before
                    && !passive
                {
                    let subject = parties
                        .iter()
                        .find(|p| p.first <= 2 && p.last < m.first)
                        .map(Self::actor_of);
                    if let Some(main) = sentence_events
                        .first()
                        .and_then(|e| e.actor1.clone())
                        .or(subject)
                    {
                        a1 = Some(main);
                    }
                }
                // "The agency urged ...", "the group said": a definite generic subject refers
                // to the organisation or group last named.
                if a1.is_none() && m.trigger.verb && !passive && m.first >= 2 {
                    let head = w(m.first - 1);
                    let head = if matches!(head, "also" | "later" | "then" | "has" | "had") {
                        w(m.first.saturating_sub(2))
                    } else {
                        head
                    };
                    let k0 = if w(m.first - 1) == head {
                        m.first - 1
                    } else {
                        m.first - 2
                    };
                    if k0 >= 1
                        && matches!(w(k0 - 1), "the" | "this")
                        && matches!(
                            head,
                            "agency"
                                | "group"
                                | "organisation"
                                | "organization"
                                | "mission"
                                | "ministry"
                                | "body"
                                | "bloc"
                                | "alliance"
                                | "coalition"
                                | "movement"
                                | "union"
                                | "council"
                                | "court"
                                | "tribunal"
                                | "company"
                                | "charity"
                                | "commission"
                        )
                    {
                        let org = if matches!(head, "group" | "movement" | "coalition") {
                            st.last_group.clone().or(st.last_org.clone())
                        } else {
                            st.last_org.clone().or(st.last_group.clone())
                        };
                        if let Some(o) = org {
                            let mut a = Self::actor_of(&o);
                            a.name = format!("the {head}");
                            a.span = Span::new(words[k0 - 1].start, words[k0].end)
                                .ok()
                                .map(TextSpan);
                            a1 = Some(a);
                        }
                    }
                }
                // "X and Y signed ...": coordinated subjects are source and target.
                if let Some(l) = left {
                    let conj = if l.first >= 2 && w(l.first - 1) == "and" {
                        1
                    } else if l.first >= 3
                        && w(l.first - 2) == "and"
                        && matches!(w(l.first - 1), "the" | "its" | "their")
                    {
                        2
                    } else {
                        0
                    };
                    if conj > 0 && a2.is_none() && !passive {
                        if let Some(first) = parties
                            .iter()
                            .rev()
                            .find(|p| p.last + conj < l.first && p.last + conj + 2 >= l.first)
                        {
                            a1 = Some(Self::actor_of(first));
                            a2 = Some(Self::actor_of(l));
                        }
                    }
                }
                // Agentless passive statements and meetings are not coded ("after being accused").
                if passive
                    && by_agent.is_none()
                    && matches!(
                        kind.as_str(),
                        "ACCUSE" | "CONSULT" | "SUPPORT" | "AGREE" | "DEMAND" | "REQUEST"
                    )
                {
                    continue;
                }
                // "made no arrests", "no arrests have been made": a negated act of the police
                // is coded as such (negated); other negated nouns ("no attack") are no events.
                if negated && !m.trigger.verb {
                    if kind != "COERCE" {
                        continue;
                    }
                    if a1.is_none() {
                        a1 = self.role_actor("role:police", &ctx, "police");
                    }
                }
                // "X said it had hit ...", "X said its fighters had planted ...": a claim for
                // the attack already reported.
                if is_violent(&kind) && m.trigger.verb && !negated {
                    let window: Vec<&str> = words[m.first.saturating_sub(6)..m.first]
                        .iter()
                        .map(|x| x.norm.as_str())
                        .collect();
                    let claims = window.contains(&"said")
                        && window
                            .iter()
                            .any(|x| matches!(*x, "it" | "its" | "they" | "their"))
                        && window.iter().any(|x| matches!(*x, "had" | "have" | "has"));
                    if claims {
                        if let Some((prev, _)) =
                            events.iter_mut().rev().find(|(e, _)| is_violent(&e.kind))
                        {
                            if prev.actor1.is_none()
                                || prev
                                    .actor1
                                    .as_ref()
                                    .is_some_and(|a| a.kind == Some(ActorKind::Unidentified))
                            {
                                prev.actor1 = a1.clone();
                            }
                            prev.responsibility = Some(Responsibility {
                                status: "claimed".into(),
                                actor: a1.clone(),
                            });
                            continue;
                        }
                    }
                }
                // Drones, gunmen: the weapon or attacker named before a nominal trigger.
                if a1.is_none()
                    && kind == "ASSAULT"
                    && (m.trigger.lemma.contains("drone") || sent_has(&|x| x == "drones"))
                {
                    a1 = self.role_actor("role:gunmen", &ctx, "unidentified drones");
                }
                if kind == "PROTEST"
                    && a1.as_ref().is_none_or(|a| {
                        !matches!(
                            a.kind,
                            Some(ActorKind::Protesters | ActorKind::Civilians | ActorKind::Party)
                        )
                    })
                {
                    if let Some(p) = parties.iter().find(|p| {
                        matches!(p.actor.kind, ActorKind::Protesters | ActorKind::Civilians)
                    }) {
                        a1 = Some(Self::actor_of(p));
                    } else {
                        a1 = self.role_actor("role:protesters", &ctx, "protesters");
                    }
                }
                // People demonstrating are coded as protesters ("farmers", "nurses", "students"
                // staging a protest), whatever their trade.
                if kind == "PROTEST" {
                    if let Some(a) = a1.as_mut().filter(|a| a.kind == Some(ActorKind::Civilians)) {
                        a.kind = Some(ActorKind::Protesters);
                        a.code = a.code.as_ref().map(|c| match c.strip_suffix("CVL") {
                            Some(base) => format!("{base}PRO"),
                            None => c.clone(),
                        });
                    }
                }
                // A protest without a named addressee is directed at the government of the
                // protesters' country (the coder's default target).
                if m.trigger.kind == "PROTEST" && a2.is_none() && !negated {
                    let mut pctx = ctx.clone();
                    if let Some(c) = a1.as_ref().and_then(|a| a.country.clone()) {
                        pctx.default_country = Some(c);
                    }
                    a2 = self.role_actor("role:government", &pctx, "government");
                }
                // "Police said 600 people had been detained": the speaking force made the arrests.
                if passive && a1.is_none() && kind == "COERCE" {
                    let said = words[..m.first]
                        .iter()
                        .position(|x| matches!(x.norm.as_str(), "said" | "says"));
                    if let Some(sp) = said {
                        a1 = parties
                            .iter()
                            .rev()
                            .find(|p| p.last < sp && state_force(Some(p.actor.kind)))
                            .map(Self::actor_of);
                    }
                }
                // "Soldiers were deployed": the forces deployed are the source of a deployment.
                if passive && kind == "MOBILIZE" && a1.is_none() {
                    a1 = a2.take();
                }
                // "He was detained at a rally": an arrest with no one named to have made it is
                // the police's.
                if passive
                    && a1.is_none()
                    && kind == "COERCE"
                    && matches!(
                        m.trigger.lemma.split(' ').next().unwrap_or(""),
                        "arrest" | "detain" | "jail" | "imprison" | "apprehend" | "hold"
                    )
                {
                    a1 = self.role_actor("role:police", &ctx, "police");
                }
                // Victims counted in the toll are the target when none is named.
                let my_tolls: Vec<&Toll> = tolls.iter().collect();
                if a2.is_none() && is_violent(&kind) {
                    if let Some(t) = my_tolls
                        .iter()
                        .find(|t| matches!(t.kind, TollKind::Killed | TollKind::Injured))
                    {
                        if let Some(unit) = &t.unit {
                            let ms = self.kb.scan(unit, 0, &ctx);
                            if let Some(mm) = ms.first() {
                                a2 = Some(Actor {
                                    name: unit.clone(),
                                    canonical: Some(mm.actor.canonical.clone()),
                                    kind: Some(mm.actor.kind),
                                    country: mm.actor.country.clone(),
                                    code: mm.actor.code.clone(),
                                    span: None,
                                });
                            }
                        }
                    }
                }
                if a1.as_ref().map(|a| &a.canonical) == a2.as_ref().map(|a| &a.canonical)
                    && a1.is_some()
                {
                    a2 = None;
                }
                let lemma0 = m.trigger.lemma.split(' ').next().unwrap_or("");
                let next_words: Vec<&str> = words[m.last + 1..(m.last + 4).min(words.len())]
                    .iter()
                    .map(|x| x.norm.as_str())
                    .collect();
                // Suspending a truce, talks or cooperation is a sanction, not repression.
                if kind == "COERCE"
                    && lemma0 == "suspend"
                    && next_words.iter().any(|x| {
                        matches!(
                            *x,
                            "ceasefire"
                                | "truce"
                                | "talks"
                                | "negotiations"
                                | "cooperation"
                                | "aid"
                                | "ties"
                                | "relations"
                                | "funding"
                                | "membership"
                                | "agreement"
                                | "deal"
                                | "partnership"
                        )
                    })
                {
                    kind = "SANCTION".into();
                }
                // A raid by police or soldiers that kills no one is a search or seizure.
                if kind == "ASSAULT"
                    && lemma0 == "raid"
                    && state_force(a1.as_ref().and_then(|a| a.kind))
                    && !armed(a2.as_ref().and_then(|a| a.kind))
                    && !tolls.iter().any(|t| t.kind == TollKind::Killed)
                {
                    kind = "COERCE".into();
                }
                // A missile fired "into the sea" or in a test, at no one, is a show of force.
                if kind == "ASSAULT"
                    && matches!(lemma0, "fire" | "launch" | "test")
                    && (sent_has(&|x| matches!(x, "test" | "tests" | "tested" | "test-fired"))
                        || words.windows(3).any(|t| {
                            t[0].norm == "into" && t[1].norm == "the" && t[2].norm == "sea"
                        }))
                    && !is_violent_toll(&tolls)
                {
                    kind = "MOBILIZE".into();
                    a2 = None;
                }
                let obj_has = |f: &dyn Fn(&str) -> bool| {
                    words[m.last + 1..(m.last + 10).min(words.len())]
                        .iter()
                        .take_while(|x| !(x.break_before && x.norm == "and"))
                        .any(|x| f(&x.norm))
                };
                // Releasing funds, granting asylum, flying in supplies: aid.
                if matches!(kind.as_str(), "RETREAT" | "SUPPORT" | "MOBILIZE")
                    && matches!(
                        lemma0,
                        "release" | "grant" | "fly" | "send" | "airlift" | "dispatch" | "ship"
                    )
                    && obj_has(&|x| {
                        matches!(
                            x,
                            "aid"
                                | "asylum"
                                | "funds"
                                | "funding"
                                | "euros"
                                | "dollars"
                                | "supplies"
                                | "relief"
                                | "food"
                                | "medicine"
                                | "medicines"
                                | "tents"
                                | "humanitarian"
                                | "assistance"
                                | "rescuers"
                                | "vaccines"
                        )
                    })
                {
                    kind = "AID".into();
                }
                // "ordered the ambassador to leave": an expulsion.
                if matches!(kind.as_str(), "DEMAND" | "REQUEST")
                    && obj_has(&|x| {
                        matches!(
                            x,
                            "ambassador"
                                | "envoy"
                                | "diplomat"
                                | "diplomats"
                                | "attache"
                                | "consul"
                        )
                    })
                    && words
                        .windows(2)
                        .any(|p| p[0].norm == "to" && p[1].norm == "leave")
                {
                    kind = "SANCTION".into();
                }
                // "accepted the ruling", "complied with the order": yielding to a decision.
                if kind == "AGREE"
                    && matches!(lemma0, "accept" | "comply" | "abide")
                    && obj_has(&|x| {
                        matches!(
                            x,
                            "ruling"
                                | "verdict"
                                | "judgment"
                                | "judgement"
                                | "demands"
                                | "demand"
                                | "conditions"
                                | "terms"
                                | "defeat"
                                | "result"
                                | "results"
                        )
                    })
                {
                    kind = "CONCEDE".into();
                }
                // "..., bowing to pressure", "meeting a key demand of protesters": the act that
                // yields is a concession.
                if matches!(kind.as_str(), "AGREE" | "REJECT" | "RETREAT" | "SANCTION")
                    && sentence_events.is_empty()
                    && words.windows(2).any(|p| {
                        matches!(
                            (p[0].norm.as_str(), p[1].norm.as_str()),
                            (
                                "bowing" | "bowed" | "yielding" | "yielded" | "caving",
                                "to" | "in"
                            ) | ("giving" | "gave", "in")
                        )
                    })
                    || (matches!(kind.as_str(), "AGREE" | "REJECT" | "RETREAT")
                        && words.windows(4).any(|p| {
                            matches!(p[0].norm.as_str(), "meeting" | "met" | "meets")
                                && p[1..]
                                    .iter()
                                    .any(|x| matches!(x.norm.as_str(), "demand" | "demands"))
                        }))
                {
                    kind = "CONCEDE".into();
                }
                // Shutting down or blocking by strikers or crowds is protest, not repression.
                if kind == "COERCE"
                    && a1.as_ref().is_some_and(|a| {
                        matches!(a.kind, Some(ActorKind::Protesters | ActorKind::Civilians))
                    })
                    && sent_has(&|x| {
                        x.starts_with("strike")
                            || x.starts_with("protest")
                            || x.starts_with("demonstrat")
                            || x.starts_with("blockade")
                            || x.starts_with("march")
                    })
                {
                    kind = "PROTEST".into();
                }
                // Withdrawing a bill, a law, a decree or a decision yields to its opponents.
                if kind == "RETREAT"
                    && matches!(lemma0, "withdraw" | "scrap" | "drop" | "shelve")
                    && words[m.last + 1..(m.last + 6).min(words.len())]
                        .iter()
                        .take_while(|x| !x.break_before)
                        .any(|x| {
                            matches!(
                                x.norm.as_str(),
                                "bill"
                                    | "law"
                                    | "laws"
                                    | "decree"
                                    | "decision"
                                    | "proposal"
                                    | "plan"
                                    | "plans"
                                    | "reform"
                                    | "reforms"
                                    | "tax"
                                    | "order"
                                    | "amendment"
                                    | "amendments"
                                    | "measure"
                                    | "candidacy"
                                    | "nomination"
                            ) || (x.norm == "it"
                                && sent_has(&|y| {
                                    matches!(y, "decree" | "law" | "bill" | "order" | "decision")
                                }))
                        })
                {
                    kind = "CONCEDE".into();
                }
                // "Germany agreed", "Guyana asked": a country acting in politics or diplomacy
                // is its government; so is a country it addresses.
                if !matches!(kind.as_str(), "ASSAULT" | "PROTEST" | "MOBILIZE" | "ELECT") {
                    let government = |a: &mut Option<Actor>| {
                        let state = a
                            .as_ref()
                            .filter(|a| a.kind == Some(ActorKind::State) && a.country.is_some());
                        if let Some(st) = state {
                            let mut gctx = ctx.clone();
                            gctx.default_country = st.country.clone();
                            if let Some(mut g) = self.role_actor("role:government", &gctx, &st.name)
                            {
                                g.span = st.span;
                                *a = Some(g);
                            }
                        }
                    };
                    government(&mut a2);
                    government(&mut a1);
                }
                // "The presidents of Uzbekistan and Tajikistan signed", "Russian and Ukrainian
                // delegations held talks": two countries joined by "and" before a reciprocal
                // act are its two sides.
                if a2.is_none() && matches!(kind.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
                    let pair = (1..m.first.saturating_sub(1)).rev().find_map(|j| {
                        if w(j) != "and" || words[j].break_before {
                            return None;
                        }
                        let c1 = self.country_of_word(&words[j - 1])?;
                        let c2 = self.country_of_word(&words[j + 1])?;
                        (c1.alpha3 != c2.alpha3).then(|| (c1.clone(), c2.clone()))
                    });
                    if let Some((c1, c2)) = pair {
                        let mut gctx = ctx.clone();
                        gctx.default_country = Some(c1.alpha3.clone());
                        let side1 = match a1.take() {
                            Some(a) if a.country.as_deref() == Some(c1.alpha3.as_str()) => Some(a),
                            Some(a) if a.country.as_deref() == Some(c2.alpha3.as_str()) => self
                                .role_actor("role:government", &gctx, "government")
                                .map(|g| Actor { kind: a.kind, ..g }),
                            other => other.filter(|a| a.country.is_none()).or_else(|| {
                                self.role_actor("role:government", &gctx, "government")
                            }),
                        };
                        if let Some(s1) = side1 {
                            let d1 = c1.demonyms.first().cloned().unwrap_or_default();
                            let d2 = c2.demonyms.first().cloned().unwrap_or_default();
                            let canon = s1.canonical.as_deref().unwrap_or("");
                            let other = Actor {
                                name: s1.name.replace(&d1, &d2),
                                canonical: Some(if !d1.is_empty() && canon.contains(&d1) {
                                    canon.replace(&d1, &d2)
                                } else {
                                    format!("{canon} ({})", c2.name)
                                }),
                                country: Some(c2.alpha3.clone()),
                                code: s1
                                    .code
                                    .as_ref()
                                    .map(|c| c.replacen(&c1.alpha3, &c2.alpha3, 1)),
                                span: None,
                                ..s1.clone()
                            };
                            a1 = Some(s1);
                            a2 = Some(other);
                        }
                    }
                }
                let trig_span = Span::new(words[m.first].start, words[m.last].end).ok();
                let mut ev = Event {
                    kind: kind.clone(),
                    mode: m.trigger.mode.clone(),
                    trigger: trig_span.map(TextSpan),
                    actor1: a1,
                    actor2: a2,
                    negated,
                    hypothetical,
                    evidence: TextSpan(
                        Span::new(ss, se).unwrap_or_else(|_| Span::new(0, 0).expect("empty")),
                    ),
                    ..Event::default()
                };
                // Violence by demonstrators is a riot; a crowd attacking people or shops with
                // no protest in sight is mob violence (ASSAULT).
                let protest_words = sent_has(&|x| {
                    x.starts_with("protest")
                        || x.starts_with("demonstrat")
                        || x.starts_with("rall")
                        || x.starts_with("march")
                        || x.starts_with("riot")
                });
                if kind == "ASSAULT"
                    && protest_words
                    && ev
                        .actor1
                        .as_ref()
                        .is_some_and(|a| a.kind == Some(ActorKind::Protesters))
                {
                    kind = "PROTEST".into();
                    ev.kind = kind.clone();
                    ev.mode = Some("riot".into());
                }
                // ACLED coding.
                if !hypothetical && !negated {
                    let key = self.acled_key(&m.trigger.acled, &kind, &words, &ev);
                    if let Some((t, s)) = key.as_deref().and_then(acled_of) {
                        ev.acled_event_type = Some(t.to_string());
                        ev.acled_sub_event_type = Some(s.to_string());
                    }
                }
                prev_trigger_end = Some((m.last, kind.clone(), m.trigger.verb));
                // Merge with an event of the same type in this sentence (same clause).
                if let Some(prev) = sentence_events.iter_mut().rev().find(|e| e.kind == ev.kind) {
                    let pt = prev.trigger.map(|t| t.end()).unwrap_or(0);
                    let sub = words.iter().any(|x| {
                        x.start >= pt
                            && x.end <= words[m.first].start
                            && SUBORDINATORS.contains(&x.norm.as_str())
                    });
                    if !sub || ev.actor1.is_none() || prev.actor1.is_none() {
                        merge_into(prev, ev);
                        continue;
                    }
                }
                sentence_events.push(ev);
            }
            // "X said the attack was a 'cowardly terrorist act'": a condemnation without a
            // condemnation verb.
            if !sentence_events.iter().any(|e| e.kind == "ACCUSE") {
                let speech = words.iter().position(|x| {
                    matches!(
                        x.norm.as_str(),
                        "said" | "says" | "called" | "described" | "branded" | "termed"
                    )
                });
                let about_attack = words.iter().any(|x| {
                    matches!(
                        x.norm.as_str(),
                        "attack" | "strike" | "bombing" | "attempt" | "killing" | "assassination"
                    )
                });
                let harsh = words.iter().any(|x| {
                    in_quote(x.start)
                        && matches!(
                            x.norm.as_str(),
                            "cowardly"
                                | "terrorist"
                                | "heinous"
                                | "criminal"
                                | "crime"
                                | "barbaric"
                                | "aggression"
                                | "outrageous"
                                | "despicable"
                                | "atrocious"
                                | "treacherous"
                        )
                });
                // "Minsk called the measures illegal", "branded the ruling a coup": a verdict
                // on something named, without quotes.
                let verdict = words.iter().enumerate().find_map(|(k, x)| {
                    if !matches!(
                        x.norm.as_str(),
                        "called" | "described" | "branded" | "termed" | "denounced"
                    ) || !matches!(w(k + 1), "the" | "this" | "these" | "it" | "them" | "its")
                    {
                        return None;
                    }
                    words[k + 2..(k + 9).min(words.len())]
                        .iter()
                        .any(|y| {
                            matches!(
                                y.norm.as_str(),
                                "illegal"
                                    | "illegitimate"
                                    | "unlawful"
                                    | "unacceptable"
                                    | "dangerous"
                                    | "provocation"
                                    | "provocative"
                                    | "coup"
                                    | "absurd"
                                    | "baseless"
                                    | "unfounded"
                                    | "outrageous"
                                    | "hostile"
                                    | "violation"
                                    | "irresponsible"
                                    | "reckless"
                                    | "shameful"
                                    | "unjust"
                                    | "biased"
                                    | "farce"
                                    | "sham"
                                    | "blackmail"
                            )
                        })
                        .then_some(k)
                });
                let (speech, about_attack, harsh) = match verdict {
                    Some(k) => (Some(k), true, true),
                    None => (speech, about_attack, harsh),
                };
                if let (Some(sp), true, true) = (speech, about_attack, harsh) {
                    let speaker = parties
                        .iter()
                        .rev()
                        .find(|p| p.last < sp && !in_quote(p.span.start()))
                        .or_else(|| {
                            parties
                                .iter()
                                .find(|p| p.first > sp && !in_quote(p.span.start()))
                        });
                    if let Some(sp_party) = speaker {
                        sentence_events.retain(|e| e.kind != "ASSAULT" || e.actor1.is_some());
                        sentence_events.push(Event {
                            kind: "ACCUSE".into(),
                            mode: Some("condemn".into()),
                            trigger: Span::new(words[sp].start, words[sp].end).ok().map(TextSpan),
                            actor1: Some(Self::actor_of(sp_party)),
                            evidence: TextSpan(
                                Span::new(ss, se)
                                    .unwrap_or_else(|_| Span::new(0, 0).expect("empty")),
                            ),
                            ..Event::default()
                        });
                    }
                }
            }
            // ACCUSE of an attack: the target is the attacker when no one else is named.
            // Toll attaches to the violent event of the sentence.
            for t in &tolls {
                let target = sentence_events
                    .iter_mut()
                    .filter(|e| match t.kind {
                        TollKind::Killed | TollKind::Injured => e.kind == "ASSAULT",
                        TollKind::Arrested => e.kind == "COERCE",
                        TollKind::Displaced => e.kind == "ASSAULT" || e.kind == "COERCE",
                    })
                    .min_by_key(|e| {
                        let ts = e.trigger.map(|x| x.start()).unwrap_or(0);
                        (ts as i64 - words[t.cue].start as i64).abs()
                    });
                match target {
                    Some(e) => set_toll(e, t),
                    None => {
                        let field_free = |e: &Event| match t.kind {
                            TollKind::Killed => e.fatalities.is_none(),
                            TollKind::Injured => e.injured.is_none(),
                            _ => false,
                        };
                        if sentence_events.is_empty() {
                            if let Some((e, _)) = events
                                .iter_mut()
                                .rev()
                                .find(|(e, s)| e.kind == "ASSAULT" && si - s <= 3)
                            {
                                if field_free(e) {
                                    set_toll(e, t);
                                }
                            }
                        }
                    }
                }
            }
            // Anaphora: an agentless or definite mention of an event type already coded
            // nearby is the same event ("the attack", "a third hit the residence").
            for ev in sentence_events {
                let definite = ev.trigger.is_some_and(|t| {
                    let before = &text[ss..t.start()];
                    let last_word = split_words(before, 0).last().map(|x| (x.norm.clone(), x.possessive));
                    matches!(last_word, Some((ref n, _)) if matches!(n.as_str(), "the" | "this" | "that" | "yesterday" | "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"))
                        || last_word.is_some_and(|(_, p)| p)
                });
                let nominal = ev.trigger.is_some_and(|t| {
                    let tw = split_words(&text[t.start()..t.end()], 0);
                    tw.first().is_some_and(|x| self.lex_is_noun_form(&x.norm))
                });
                let same = |e: &Event| {
                    ev.actor1.is_some()
                        && e.actor1.as_ref().map(|a| &a.canonical)
                            == ev.actor1.as_ref().map(|a| &a.canonical)
                        && e.actor2.as_ref().map(|a| &a.canonical)
                            == ev.actor2.as_ref().map(|a| &a.canonical)
                };
                let found = if (definite && nominal) || ev.kind == "ELECT" {
                    events.iter_mut().find(|(e, _)| e.kind == ev.kind)
                } else if let Some(i) = events
                    .iter()
                    .position(|(e, _)| e.kind == ev.kind && ev.kind != "ACCUSE" && same(e))
                {
                    events.get_mut(i)
                } else {
                    events
                        .iter_mut()
                        .rev()
                        .find(|(e, s)| e.kind == ev.kind && si - s <= 6)
                };
                if let Some((prev, _)) = found {
                    let key = (
                        prev.evidence.start(),
                        prev.trigger.map(|t| t.start()).unwrap_or(0),
                    );
                    let from_span = (ev.evidence.start(), ev.evidence.end());
                    let from_trigger = ev.trigger.map(|t| t.start()).unwrap_or(from_span.0);
                    merged_triggers.push((key, from_trigger));
                    let agentless = ev.actor1.is_none();
                    let same_actors = ev.actor1.as_ref().map(|a| &a.canonical)
                        == prev.actor1.as_ref().map(|a| &a.canonical)
                        && (ev.actor2.is_none()
                            || ev.actor2.as_ref().map(|a| &a.canonical)
                                == prev.actor2.as_ref().map(|a| &a.canonical));
                    if (definite && nominal)
                        || (agentless && is_violent(&ev.kind))
                        || (same_actors && ev.kind != "ACCUSE")
                        || ev.kind == "ELECT"
                    {
                        merged_spans.push((key, from_span));
                        merge_into(prev, ev);
                        continue;
                    }
                }
                events.push((ev, si));
            }
            // Remember the last mentions for pronouns.
            for p in parties.iter().filter(|p| !is_pronoun(&p.name)) {
                if p.person {
                    st.last_person = Some(p.clone());
                } else if matches!(
                    p.actor.kind,
                    ActorKind::ArmedGroup
                        | ActorKind::Protesters
                        | ActorKind::Military
                        | ActorKind::Party
                        | ActorKind::Police
                        | ActorKind::Security
                ) {
                    st.last_group = Some(p.clone());
                } else if matches!(
                    p.actor.kind,
                    ActorKind::State
                        | ActorKind::Government
                        | ActorKind::Igo
                        | ActorKind::Organization
                ) {
                    st.last_org = Some(p.clone());
                }
                if matches!(
                    p.actor.kind,
                    ActorKind::ArmedGroup | ActorKind::Military | ActorKind::Party
                ) && st.last_org.is_none()
                {
                    st.last_org = Some(p.clone());
                }
            }
        }
        // "Moscow dismissed the claim", "Taipei condemned the exercises", "welcomed the
        // resignation": a definite reference to an earlier act makes its author the target.
        for i in 0..events.len() {
            let e = &events[i].0;
            if !matches!(e.kind.as_str(), "REJECT" | "ACCUSE" | "SUPPORT") || e.actor2.is_some() {
                continue;
            }
            let Some(t) = e.trigger else { continue };
            let Some(rest) = text.get(t.end()..e.evidence.end().max(t.end())) else {
                continue;
            };
            let ws: Vec<String> = split_words(rest, 0)
                .into_iter()
                .take(4)
                .map(|x| x.norm)
                .collect();
            if !ws.first().is_some_and(|d| {
                matches!(
                    d.as_str(),
                    "the" | "this" | "these" | "that" | "its" | "their" | "such"
                )
            }) {
                continue;
            }
            let noun = |n: &str| -> Option<bool> {
                match n {
                    "accusation" | "accusations" | "claim" | "claims" | "charge" | "charges"
                    | "allegation" | "allegations" | "report" | "reports" | "findings" => {
                        Some(true)
                    }
                    "decision" | "move" | "measure" | "measures" | "sanctions" | "ruling"
                    | "verdict" | "resignation" | "deal" | "agreement" | "plan" | "proposal"
                    | "offer" | "exercises" | "drills" | "deployment" | "raid" | "ban" | "law"
                    | "statement" | "remarks" | "request" | "demand" | "demands" | "call"
                    | "ultimatum" | "expulsion" | "expulsions" | "arrests" | "arrest"
                    | "recognition" | "announcement" | "vote" | "step" | "threat" | "threats"
                    | "decree" => Some(false),
                    _ => None,
                }
            };
            let Some(accusation) = ws.iter().skip(1).take(2).find_map(|x| noun(x)) else {
                continue;
            };
            let own = e.actor1.as_ref().map(|a| a.canonical.clone());
            let author = events[..i].iter().rev().find_map(|(p, _)| {
                let a = p.actor1.as_ref()?;
                (a.canonical != own.clone().flatten()
                    && p.kind != "ELECT"
                    && (!accusation || p.kind == "ACCUSE"))
                    .then(|| a.clone())
            });
            if let Some(a) = author {
                events[i].0.actor2 = Some(a);
            }
        }
        // "rejected a Moroccan offer", "expelled Cambodia's ambassador", "a treaty with the
        // United States", "recalled its ambassador from Tehran": in diplomacy, a country named
        // in the object (by name, demonym or capital) is the addressee, i.e. its government.
        for (e, _) in events.iter_mut() {
            if e.actor2.is_some()
                || !matches!(
                    e.kind.as_str(),
                    "ACCUSE"
                        | "REJECT"
                        | "SUPPORT"
                        | "DEMAND"
                        | "REQUEST"
                        | "THREATEN"
                        | "AGREE"
                        | "SANCTION"
                        | "CONSULT"
                        | "COOPERATE"
                        | "CONCEDE"
                )
            {
                continue;
            }
            let Some(t) = e.trigger else { continue };
            let (from, to) = (t.end(), e.evidence.end().min(t.end() + 70));
            if from >= to {
                continue;
            }
            let to = object_end(doc, &text, from, to);
            if from >= to {
                continue;
            }
            let own = e.actor1.as_ref().and_then(|a| a.country.clone());
            let by_place = doc
                .places
                .iter()
                .filter(|p| {
                    p.span.start() >= from
                        && p.span.end() <= to
                        && matches!(p.kind.as_str(), "country" | "demonym")
                })
                .filter_map(|p| {
                    let c = self.kb.countries().iter().find(|c| c.alpha2 == p.country)?;
                    Some((p.span.start(), c.alpha3.clone()))
                });
            let ws = split_words(&text[from..to], from);
            let by_capital_after_prep = ws.iter().enumerate().filter_map(|(k, w0)| {
                let c = self.capitals.iter().find(|c| {
                    ws.len() >= k + c.words.len()
                        && c.words
                            .iter()
                            .zip(&ws[k..])
                            .all(|(a, b)| *a == b.norm && b.upper)
                })?;
                Some((w0.start, c.alpha3.clone()))
            });
            let mut found: Vec<(usize, String)> = by_place
                .chain(by_capital_after_prep)
                .filter(|(_, c)| own.as_deref() != Some(c.as_str()))
                .collect();
            found.sort();
            if let Some((_, c3)) = found.first() {
                let mut gctx = ctx.clone();
                gctx.default_country = Some(c3.clone());
                e.actor2 = self.role_actor("role:government", &gctx, "government");
            }
        }
        // Force used at a protest targets the protesters: a state force's arrests, tear gas
        // or shooting with no target, or with people in general as target, within two
        // sentences of a protest, is against that protest's crowd.
        let protests: Vec<(usize, Actor)> = events
            .iter()
            .filter(|(e, _)| e.kind == "PROTEST")
            .filter_map(|(e, si)| Some((*si, e.actor1.clone()?)))
            .collect();
        for (e, si) in events.iter_mut() {
            if !matches!(e.kind.as_str(), "COERCE" | "ASSAULT")
                || !state_force(e.actor1.as_ref().and_then(|a| a.kind))
                || e.actor2.as_ref().is_some_and(|a| {
                    !matches!(a.kind, Some(ActorKind::Civilians | ActorKind::Protesters))
                })
            {
                continue;
            }
            if let Some((_, crowd)) = protests.iter().find(|(ps, _)| ps.abs_diff(*si) <= 2) {
                e.actor2 = Some(crowd.clone());
            }
        }
        // Condemnation of an attack: its target is the attacker, when known.
        let attackers: Vec<(usize, Option<Actor>)> = events
            .iter()
            .enumerate()
            .filter(|(_, (e, _))| e.kind == "ASSAULT")
            .map(|(i, (e, _))| (i, e.actor1.clone()))
            .collect();
        for (i, (e, _)) in events.iter_mut().enumerate() {
            if e.kind == "ACCUSE" && e.actor2.is_none() {
                if let Some((_, Some(a))) = attackers.iter().find(|(j, _)| *j < i) {
                    if a.kind != Some(ActorKind::Unidentified) {
                        e.actor2 = Some(a.clone());
                    }
                }
            }
        }
        // Place and date.
        let main_place = main_place(doc);
        for (e, _) in &mut events {
            let (es, ee) = (e.evidence.start(), e.evidence.end());
            let key = (es, e.trigger.map(|t| t.start()).unwrap_or(0));
            let mut spans = vec![(es, ee)];
            spans.extend(
                merged_spans
                    .iter()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, sp)| *sp),
            );
            // The source's own name is not where the event happens ("Iran fired missiles at
            // Israel", "New Zealand flew supplies to Tonga").
            let mut not_places = actor_capitals.clone();
            if let Some(sp) = e.actor1.as_ref().and_then(|a| a.span) {
                not_places.push((sp.start(), sp.end()));
            }
            let near = e.trigger.map(|t| t.start());
            let own = place_in(doc, es, ee, &not_places, near)
                .or_else(|| place_in(doc, es, ee, &actor_capitals, near));
            e.location = own
                .clone()
                .map(|own| refine_place(doc, own, &spans[1..]))
                .or_else(|| {
                    let b = doc.block_at(es)?;
                    place_in(doc, b.span.start(), b.span.end(), &actor_capitals, None)
                })
                .or_else(|| main_place.clone());
            // A government's statement or decision with no place of its own (or only a
            // country) is placed at its capital, as coders do.
            if seated(e)
                && own
                    .as_ref()
                    .is_none_or(|l| l.precision.as_deref() == Some("country"))
            {
                if let Some(cap) = e
                    .actor1
                    .as_ref()
                    .and_then(|a| a.country.as_deref())
                    .and_then(|c| self.capital_location(c))
                {
                    e.location = Some(cap);
                }
            }
            // The evidence sentence's own time wins over one from a merged sentence.
            let in_spans = |t: &chronicle_doc::Timex, spans: &[(usize, usize)]| {
                spans
                    .iter()
                    .any(|&(a, b)| t.span.start() >= a && t.span.end() <= b)
                    && matches!(t.kind, TimexType::Date | TimexType::Time)
                    && t.value
                        .as_bytes()
                        .first()
                        .is_some_and(|b| b.is_ascii_digit())
            };
            // A time inside a quotation dates what the quote tells, not the speech around it
            // ("'... the attack last night ...,' his office said").
            let trig_quoted = e.trigger.is_some_and(|t| in_quote(t.start()));
            let own = doc
                .times
                .iter()
                .find(|t| in_spans(t, &spans[..1]) && (trig_quoted || !in_quote(t.span.start())));
            // A merged sentence's time from another year is background ("in 2019").
            let year = published.as_deref().and_then(|p| p.get(..4));
            let timex = own.or_else(|| {
                doc.times.iter().find(|t| {
                    in_spans(t, &spans[1..])
                        && year.is_none_or(|y| t.value.starts_with(y))
                        && merged_triggers
                            .iter()
                            .any(|&(k, at)| k == key && t.span.start().abs_diff(at) <= 40)
                })
            });
            match timex {
                Some(t) => {
                    let v = t.value.as_str();
                    let (date, prec) =
                        if v.len() >= 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-' {
                            (v[..10].to_string(), "day")
                        } else if v.contains("-W") {
                            (v[..v.len().min(8)].to_string(), "week")
                        } else if v.len() == 7 {
                            (v.to_string(), "month")
                        } else {
                            (v[..v.len().min(4)].to_string(), "year")
                        };
                    e.date = Some(date);
                    e.date_precision = Some(prec.to_string());
                }
                None => {
                    e.date = published.clone();
                    e.date_precision = published.as_ref().map(|_| "week".to_string());
                }
            }
        }
        // An act that happened cannot lie after the report: a later time names a plan ("agreed
        // to meet again next month"), and the act itself dates from the report.
        if let Some(p) = published.as_deref() {
            for (e, _) in &mut events {
                let later = e.date.as_deref().is_some_and(|d| {
                    let n = d.len().min(p.len());
                    d.len() >= 7 && !d.contains('W') && d[..n] > p[..n]
                });
                if later && !e.hypothetical {
                    e.date = Some(p.to_string());
                    e.date_precision = Some("week".into());
                }
            }
        }
        // An actor named by role alone ("police", "protesters") belongs to the country where
        // the event happens.
        for (e, _) in &mut events {
            let Some(c3) = e
                .location
                .as_ref()
                .and_then(|l| l.country.as_deref())
                .and_then(|c2| self.kb.countries().iter().find(|c| c.alpha2 == c2))
                .map(|c| c.alpha3.clone())
            else {
                continue;
            };
            for a in [e.actor1.as_mut(), e.actor2.as_mut()].into_iter().flatten() {
                if a.country.is_none()
                    && !matches!(
                        a.kind,
                        None | Some(ActorKind::Igo | ActorKind::Organization | ActorKind::State)
                    )
                {
                    a.country = Some(c3.clone());
                    a.code = a.code.as_ref().map(|c| {
                        if c.len() == 3 {
                            format!("{c3}{c}")
                        } else {
                            c.clone()
                        }
                    });
                }
            }
        }
        // Background: an event dated more than half a year before publication ("the killing
        // of protesters in 2019") is history the report recalls, not news it reports.
        if let Some(p) = published.as_deref() {
            let day = |d: &str| -> Option<i64> {
                let y: i64 = d.get(..4)?.parse().ok()?;
                let m: i64 = d.get(5..7).and_then(|x| x.parse().ok()).unwrap_or(12);
                let dd: i64 = d.get(8..10).and_then(|x| x.parse().ok()).unwrap_or(28);
                Some(days_from_civil(y, m, dd))
            };
            if let Some(pd) = day(p) {
                events.retain(|(e, _)| {
                    e.date
                        .as_deref()
                        .and_then(day)
                        .is_none_or(|d| pd - d <= 183)
                });
            }
        }
        // "The attack came two days after deadly protests": an event placed by a span
        // before or after another event of the same sentence is dated from that event.
        let mut relative: Vec<(usize, String)> = Vec::new();
        for (i, (e, _)) in events.iter().enumerate() {
            let (es, ee) = (e.evidence.start(), e.evidence.end());
            let Some(tr) = e.trigger.map(|t| t.start()) else {
                continue;
            };
            let Some((dur, after, days)) = doc.times.iter().find_map(|t| {
                if t.kind != TimexType::Duration || t.span.start() < es || t.span.end() > tr {
                    return None;
                }
                let gap = split_words(text.get(t.span.end()..tr)?, 0);
                let after = match gap.first()?.norm.as_str() {
                    "after" => true,
                    "before" => false,
                    _ => return None,
                };
                (gap.len() <= 3).then_some(())?;
                Some((t.span.start(), after, duration_days(&t.value)?))
            }) else {
                continue;
            };
            let key_of = |x: &Event| {
                (
                    x.evidence.start(),
                    x.trigger.map(|t| t.start()).unwrap_or(0),
                )
            };
            let anchor = events.iter().enumerate().find(|(j, (a, _))| {
                *j != i
                    && a.date_precision.as_deref() == Some("day")
                    && ((a.evidence.start() == es && a.trigger.is_some_and(|t| t.start() < dur))
                        || merged_spans
                            .iter()
                            .any(|(k, sp)| *k == key_of(a) && *sp == (es, ee)))
            });
            if let Some(d) = anchor.and_then(|(_, (a, _))| a.date.as_deref()) {
                if let Some(v) = shift_date(d, if after { -days } else { days }) {
                    relative.push((i, v));
                }
            }
        }
        for (i, v) in relative {
            events[i].0.date = Some(v);
            events[i].0.date_precision = Some("day".into());
        }
        // Force against protesters without a time of its own happened at the protest.
        let mut last_protest: Option<(String, String, Option<String>)> = None;
        for (e, _) in &mut events {
            if e.kind == "PROTEST" {
                if let (Some(d), Some(p)) = (&e.date, &e.date_precision) {
                    let crowd = e.actor1.as_ref().and_then(|a| a.canonical.clone());
                    last_protest = Some((d.clone(), p.clone(), crowd));
                }
            } else if matches!(e.kind.as_str(), "ASSAULT" | "COERCE")
                && e.actor2.as_ref().is_some_and(|a| {
                    a.kind == Some(ActorKind::Protesters)
                        || last_protest
                            .as_ref()
                            .is_some_and(|(_, _, c)| c.is_some() && *c == a.canonical)
                })
                && e.date_precision.as_deref() == Some("week")
            {
                if let Some((d, p, _)) = &last_protest {
                    e.date = Some(d.clone());
                    e.date_precision = Some(p.clone());
                }
            }
        }
        doc.events = events.into_iter().map(|(e, _)| e).collect();
        doc.quantities.extend(quantities);
    }

    fn lex_is_noun_form(&self, norm: &str) -> bool {
        !norm.ends_with("ed") && !norm.ends_with("ing")
            || matches!(
                norm,
                "fighting"
                    | "shelling"
                    | "bombing"
                    | "rioting"
                    | "kidnapping"
                    | "meeting"
                    | "gathering"
                    | "hearing"
                    | "killing"
                    | "looting"
                    | "uprising"
            )
    }

    fn acled_key(
        &self,
        key: &Option<String>,
        kind: &str,
        words: &[Word],
        ev: &Event,
    ) -> Option<String> {
        let has = |f: &[&str]| words.iter().any(|x| f.contains(&x.norm.as_str()));
        let k1 = ev.actor1.as_ref().and_then(|a| a.kind);
        let k2 = ev.actor2.as_ref().and_then(|a| a.kind);
        match kind {
            "ASSAULT" => {
                let base = key.clone().unwrap_or_else(|| "VIOLENT".into());
                // Kept as ASSAULT, a crowd's violence is mob violence.
                if matches!(k1, Some(ActorKind::Protesters)) {
                    return Some("MOB".into());
                }
                if matches!(
                    base.as_str(),
                    "LOOT" | "ABDUCT" | "SEXV" | "REGAIN" | "OVERTAKE" | "MOB"
                ) {
                    if base == "OVERTAKE" && state_force(k1) {
                        return Some("REGAIN".into());
                    }
                    return Some(base);
                }
                if matches!(k2, Some(ActorKind::Protesters)) && state_force(k1) {
                    return Some("EXCESS".into());
                }
                if has(&["suicide"]) {
                    return Some("SUICIDE".into());
                }
                if has(&["grenade", "grenades"]) {
                    return Some("GRENADE".into());
                }
                if has(&["chemical", "chlorine", "sarin", "nerve"]) {
                    return Some("CHEM".into());
                }
                if has(&[
                    "drone",
                    "drones",
                    "airstrike",
                    "airstrikes",
                    "air",
                    "warplanes",
                    "jets",
                    "aircraft",
                    "helicopter",
                    "helicopters",
                    "bombed",
                    "bombing",
                    "bombs",
                ]) && !has(&["roadside", "car", "planted"])
                {
                    return Some("AIR".into());
                }
                if has(&[
                    "missile",
                    "missiles",
                    "rocket",
                    "rockets",
                    "shell",
                    "shells",
                    "shelled",
                    "shelling",
                    "artillery",
                    "mortar",
                    "mortars",
                ]) {
                    return Some("SHELL".into());
                }
                if has(&[
                    "roadside",
                    "ied",
                    "landmine",
                    "mine",
                    "explosive",
                    "explosives",
                    "car",
                    "device",
                    "bomb",
                    "blast",
                    "exploded",
                ]) {
                    return Some("IED".into());
                }
                if has(&["mob", "lynched", "vigilantes"]) {
                    return Some("MOB".into());
                }
                if base == "CLASH"
                    || (armed(k1) && armed(k2) && !matches!(k2, Some(ActorKind::State)))
                {
                    return Some("CLASH".into());
                }
                Some("ATTACK".into())
            }
            "PROTEST" => {
                let base = key.clone().unwrap_or_else(|| "PEACEFUL".into());
                if ev.mode.as_deref() == Some("riot") {
                    return Some("VIOLDEMO".into());
                }
                if has(&[
                    "rioters",
                    "torched",
                    "looted",
                    "stones",
                    "rocks",
                    "set",
                    "burned",
                    "smashed",
                    "ransacked",
                    "clashed",
                    "petrol",
                    "molotov",
                    "violent",
                ]) {
                    return Some("VIOLDEMO".into());
                }
                if has(&["mob"]) {
                    return Some("MOB".into());
                }
                if has(&[
                    "police",
                    "tear",
                    "dispersed",
                    "cannon",
                    "arrested",
                    "detained",
                    "cleared",
                    "rubber",
                ]) {
                    return Some("INTERV".into());
                }
                Some(base)
            }
            _ => key.clone(),
        }
    }
}

/// Days in a duration value such as `P2D` or `P1W` (none for other units).
fn duration_days(v: &str) -> Option<i64> {
    let body = v.strip_prefix('P')?;
    let (n, unit) = body.split_at(body.len().checked_sub(1)?);
    let n: i64 = n.parse().ok()?;
    match unit {
        "D" => Some(n),
        "W" => Some(7 * n),
        _ => None,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after (or before, when negative) the `YYYY-MM-DD` date `d`.
fn shift_date(d: &str, days: i64) -> Option<String> {
    let y: i64 = d.get(..4)?.parse().ok()?;
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let dd: i64 = d.get(8..10)?.parse().ok()?;
    let z = days_from_civil(y, m, dd) + days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// True when a sentence's tolls count people killed or injured.
fn is_violent_toll(tolls: &[Toll]) -> bool {
    tolls
        .iter()
        .any(|t| matches!(t.kind, TollKind::Killed | TollKind::Injured) && t.count.value > 0)
}

fn set_toll(e: &mut Event, t: &Toll) {
    let field = t.kind.field();
    let slot = match t.kind {
        TollKind::Killed => &mut e.fatalities,
        TollKind::Injured => &mut e.injured,
        TollKind::Arrested => &mut e.arrested,
        TollKind::Displaced => &mut e.displaced,
    };
    if slot.is_none() || slot.is_some_and(|v| v < t.count.value) {
        *slot = Some(t.count.value);
        e.qualifiers
            .retain(|q| !q.starts_with(&format!("{field}:")));
        if t.count.qualifier != "exactly" {
            e.qualifiers.push(format!("{field}:{}", t.count.qualifier));
        }
    }
}

fn merge_into(into: &mut Event, from: Event) {
    let unidentified = |a: &Option<Actor>| {
        a.as_ref()
            .is_some_and(|a| a.kind == Some(ActorKind::Unidentified))
    };
    let better = into.actor1.is_none() || unidentified(&into.actor1) && !unidentified(&from.actor1);
    if better && from.actor1.is_some() {
        into.actor1 = from.actor1;
    }
    if into.actor2.is_none() {
        into.actor2 = from.actor2;
    }
    if into.acled_event_type.is_none() {
        into.acled_event_type = from.acled_event_type;
        into.acled_sub_event_type = from.acled_sub_event_type;
    }
    if into.mode.is_none() {
        into.mode = from.mode;
    }
    if into.responsibility.is_none() {
        into.responsibility = from.responsibility;
    }
    for (a, b) in [
        (&mut into.fatalities, from.fatalities),
        (&mut into.injured, from.injured),
        (&mut into.arrested, from.arrested),
        (&mut into.displaced, from.displaced),
    ] {
        if a.is_none() {
            *a = b;
        }
    }
    for q in from.qualifiers {
        let field = q.split(':').next().unwrap_or("").to_string();
        if !into
            .qualifiers
            .iter()
            .any(|x| x.starts_with(&format!("{field}:")))
        {
            into.qualifiers.push(q);
        }
    }
}

fn location_of(doc: &Document, i: usize) -> Location {
    let p = &doc.places[i];
    Location {
        name: p.name.clone(),
        admin1: p.admin1.clone(),
        country: Some(p.country.clone()),
        lat: Some(p.lat),
        lon: Some(p.lon),
        precision: Some(p.kind.clone()),
        place: Some(i as u32),
    }
}

/// Is the event one placed at its source's seat when the report names no place: statements,
/// diplomacy and decisions of governments, parties and state forces (not fighting, protest,
/// deployments or aid, which happen where they are reported).
fn seated(e: &Event) -> bool {
    let k = e.actor1.as_ref().and_then(|a| a.kind);
    let statement = matches!(
        e.kind.as_str(),
        "ACCUSE"
            | "REJECT"
            | "SUPPORT"
            | "DEMAND"
            | "REQUEST"
            | "THREATEN"
            | "AGREE"
            | "CONCEDE"
            | "SANCTION"
            | "CONSULT"
    );
    let decision = matches!(e.kind.as_str(), "COERCE" | "RETREAT" | "INVESTIGATE")
        && matches!(k, Some(ActorKind::Government | ActorKind::State));
    (statement
        && matches!(
            k,
            Some(
                ActorKind::Government
                    | ActorKind::State
                    | ActorKind::Party
                    | ActorKind::Military
                    | ActorKind::Police
                    | ActorKind::Security
                    | ActorKind::Person
            )
        ))
        || decision
}

fn place_in(
    doc: &Document,
    s: usize,
    e: usize,
    actors: &[(usize, usize)],
    near: Option<usize>,
) -> Option<Location> {
    let inside: Vec<usize> = (0..doc.places.len())
        .filter(|&i| {
            !actors
                .iter()
                .any(|&(a, b)| doc.places[i].span.start() < b && a < doc.places[i].span.end())
                && doc.places[i].span.start() >= s
                && doc.places[i].span.end() <= e
                && doc.places[i].kind != "demonym"
                && !doc.text()[doc.places[i].span.end()..].starts_with('-')
        })
        .collect();
    // The most specific place; a place nested in the one before it ("Baghdad's Green
    // Zone") is the more specific one by kind. Among equally specific places, the one
    // nearest the trigger ("investigators in Geneva accused ... of raping ... around El
    // Fasher").
    let best = inside.iter().min_by_key(|&&i| {
        let d = near.map_or(i, |t| doc.places[i].span.start().abs_diff(t));
        (specificity(&doc.places[i].kind), d)
    })?;
    Some(location_of(doc, *best))
}

/// How specific a place kind is (lower is more specific).
fn specificity(kind: &str) -> u8 {
    match kind {
        "site" | "landmark" | "neighbourhood" | "neighborhood" => 0,
        "village" | "district" => 1,
        "town" | "city" => 2,
        "admin2" | "province" | "admin1" => 3,
        "sea" | "water" | "region" => 4,
        _ => 5,
    }
}

/// A more specific place inside `own` named in a merged sentence of the same event
/// ("a third hit the residence in Baghdad's Green Zone" refines Baghdad to the Green Zone).
fn refine_place(doc: &Document, own: Location, merged: &[(usize, usize)]) -> Location {
    let Some(oi) = own.place.map(|i| i as usize) else {
        return own;
    };
    let o = &doc.places[oi];
    let better = doc
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            merged
                .iter()
                .any(|&(a, b)| p.span.start() >= a && p.span.end() <= b)
                && p.kind != "demonym"
                && p.country == o.country
                && specificity(&p.kind) < specificity(&o.kind)
                && (o.kind == "country" || (o.admin1.is_some() && p.admin1 == o.admin1))
        })
        .min_by_key(|(i, p)| (specificity(&p.kind), *i));
    match better {
        Some((i, _)) => location_of(doc, i),
        None => own,
    }
}

fn main_place(doc: &Document) -> Option<Location> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for (i, p) in doc.places.iter().enumerate() {
        if p.kind == "demonym" {
            continue;
        }
        match counts.iter_mut().find(|(j, _)| doc.places[*j].id == p.id) {
            Some(c) => c.1 += 1,
            None => counts.push((i, 1)),
        }
    }
    counts.sort_by_key(|&(i, n)| (doc.places[i].kind == "country", std::cmp::Reverse(n), i));
    counts.first().map(|&(i, _)| location_of(doc, i))
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events.v1"
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Sentences]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Events, LayerKind::Quantities]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        self.code(doc);
        Ok(())
    }
}

/// Where the object of a diplomatic act ends for finding its addressee country: before a
/// participle or relative clause inside it ("condemn those using violence to undermine Iraq's
/// democratic process", "those who attacked") or a noun naming a violent act ("condemned the
/// attack on Iraq's prime minister"). A country after either belongs to that clause or that
/// act (its victim), not to the addressee. An infinitive complement is the act itself and
/// keeps its country ("threatened to end its treaty with the United States").
fn object_end(doc: &Document, text: &str, from: usize, to: usize) -> usize {
    const ACTS: &[&str] = &[
        "attack",
        "attacks",
        "assault",
        "bombing",
        "bombings",
        "killing",
        "killings",
        "shooting",
        "strike",
        "strikes",
        "violence",
        "assassination",
        "invasion",
        "shelling",
        "massacre",
    ];
    for w in split_words(&text[from..to], from) {
        let participle = doc
            .tokens
            .iter()
            .find(|t| t.span.start() == w.start)
            .and_then(|t| t.xpos)
            .is_some_and(|x| matches!(x.as_str(), "VBG" | "VBN"));
        let relative = matches!(w.norm.as_str(), "who" | "whom" | "whose" | "which");
        if participle || relative || ACTS.contains(&w.norm.as_str()) {
            return w.start;
        }
    }
    to
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::Meta;

    fn code(text: &str) -> Document {
        let meta = Meta {
            published: Some("2024-03-14".into()),
            ..Meta::default()
        };
        let mut doc = Document::new(text, meta);
        // Sentences by hand: one per line.
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let end = at + line.trim_end().len();
            doc.sentences.push(chronicle_doc::Sentence {
                span: Span::new(at, end).unwrap(),
                first_token: 0,
                n_tokens: 0,
            });
            at += line.len();
        }
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        doc
    }

    #[test]
    fn passive_voice_swaps_source_and_target() {
        let doc = code("Two policemen were shot dead by gunmen in the north.");
        let e = &doc.events[0];
        assert_eq!(e.kind, "ASSAULT");
        assert_eq!(
            e.actor1.as_ref().unwrap().kind,
            Some(ActorKind::Unidentified)
        );
        assert_eq!(e.actor2.as_ref().unwrap().kind, Some(ActorKind::Police));
        assert_eq!(e.fatalities, Some(2));
    }

    #[test]
    fn no_claim_is_unclaimed_not_a_claim() {
        let doc = code("A roadside bomb exploded near a police vehicle, killing four officers.\nNo group claimed responsibility for the attack.");
        assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
        let e = &doc.events[0];
        assert_eq!(
            e.acled_sub_event_type.as_deref(),
            Some("Remote explosive/landmine/IED")
        );
        assert_eq!(e.fatalities, Some(4));
        assert_eq!(e.responsibility.as_ref().unwrap().status, "unclaimed");
        assert!(e.responsibility.as_ref().unwrap().actor.is_none());
    }

    #[test]
    fn threats_are_hypothetical_and_not_attacks() {
        let doc = code("The Houthis threatened to attack ships in the Red Sea.");
        assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
        assert_eq!(doc.events[0].kind, "THREATEN");
        assert!(doc.events[0].hypothetical);
        assert!(doc.events[0].acled_event_type.is_none());
    }

    #[test]
    fn police_killing_a_protester_is_excessive_force() {
        let doc = code(
            "The police responded with tear gas and live fire, killing at least one demonstrator.",
        );
        let e = &doc.events[0];
        assert_eq!(e.kind, "ASSAULT");
        assert_eq!(
            e.acled_sub_event_type.as_deref(),
            Some("Excessive force against protesters")
        );
        assert_eq!(e.fatalities, Some(1));
        assert_eq!(e.qualifiers, ["fatalities:at_least"]);
    }

    /// A document with sentences, the given places (text, kind, admin1) and times (text,
    /// value), then coded.
    fn code_with(
        text: &str,
        places: &[(&str, usize, &str, &str)],
        times: &[(&str, &str)],
    ) -> Document {
        let meta = Meta {
            published: Some("2021-11-07".into()),
            ..Meta::default()
        };
        let mut doc = Document::new(text, meta);
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        for &(name, nth, kind, admin1) in places {
            let at = text.match_indices(name).nth(nth).unwrap().0;
            doc.places.push(chronicle_doc::Place {
                span: doc.span(at, at + name.len()).unwrap().into(),
                name: name.into(),
                id: format!("test:{name}"),
                country: "IQ".into(),
                admin1: Some(admin1.into()),
                lat: 33.3,
                lon: 44.4,
                kind: kind.into(),
                confidence: 1.0,
            });
        }
        for &(t, value) in times {
            let at = text.find(t).unwrap();
            doc.times.push(chronicle_doc::Timex {
                span: doc.span(at, at + t.len()).unwrap().into(),
                kind: if value.starts_with('P') {
                    TimexType::Duration
                } else {
                    TimexType::Date
                },
                value: value.into(),
                anchor: String::new(),
                confidence: 1.0,
            });
        }
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        doc
    }

    #[test]
    fn location_is_the_most_specific_place_of_the_merged_sentences() {
        let doc = code_with(
            "Drones targeted the prime minister's residence in Baghdad. \
             A third drone struck the residence in Baghdad's Green Zone.",
            &[
                ("Baghdad", 0, "city", "Baghdad"),
                ("Baghdad", 1, "city", "Baghdad"),
                ("Green Zone", 0, "site", "Baghdad"),
            ],
            &[],
        );
        let attacks: Vec<&Event> = doc.events.iter().filter(|e| e.kind == "ASSAULT").collect();
        assert_eq!(attacks.len(), 1, "{:?}", doc.events);
        let loc = attacks[0].location.as_ref().expect("a location");
        assert_eq!(loc.name, "Green Zone");
        assert_eq!(loc.admin1.as_deref(), Some("Baghdad"));
    }

    #[test]
    fn an_event_n_days_before_another_is_dated_from_it() {
        let doc = code_with(
            "Gunmen attacked a convoy in Baghdad on Sunday.\nThe attack came two days after protests in the capital.",
            &[],
            &[("Sunday", "2021-11-07"), ("two days", "P2D")],
        );
        let protest = doc.events.iter().find(|e| e.kind == "PROTEST");
        assert_eq!(
            protest.and_then(|e| e.date.as_deref()),
            Some("2021-11-05"),
            "{:?}",
            doc.events
        );
        assert_eq!(shift_date("2024-03-01", -1).as_deref(), Some("2024-02-29"));
        assert_eq!(shift_date("2021-12-30", 7).as_deref(), Some("2022-01-06"));
        assert_eq!(duration_days("P1W"), Some(7));
        assert_eq!(duration_days("P3M"), None);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let t = "\u{201c}They shelled us. And they killed him.\n\nNext \u{201c}a\u{201d} b.";
        let q = quote_ranges(t);
        assert_eq!(q.len(), 2);
        assert_eq!(
            &t[q[0].0..q[0].1],
            "\u{201c}They shelled us. And they killed him.\n"
        );
    }

    #[test]
    fn context_decides_the_type() {
        let kinds = |t: &str| {
            code(t)
                .events
                .iter()
                .map(|e| e.kind.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds("Pakistani troops exchanged fire with militants near the border."),
            ["ASSAULT"]
        );
        assert_eq!(
            kinds("Colombia's government suspended its ceasefire with the rebels."),
            ["SANCTION"]
        );
        assert_eq!(
            kinds("North Korea fired a ballistic missile into the sea."),
            ["MOBILIZE"]
        );
        assert!(kinds("Kyrgyz police raided the offices of a news outlet.")
            .contains(&"COERCE".to_string()));
        assert!(
            kinds("The Belarusian government called the measures illegal.")
                .contains(&"ACCUSE".to_string())
        );
        assert!(kinds("Japan pledged 8 million dollars in emergency aid.")
            .contains(&"AGREE".to_string()));
    }

    #[test]
    fn background_violence_and_charges_are_no_events() {
        let doc = code_with(
            "Militias killed hundreds of protesters in Baghdad in 2019.",
            &[],
            &[("2019", "2019")],
        );
        assert!(doc.events.is_empty(), "{:?}", doc.events);
        let doc = code_with(
            "Two members of the militia were indicted for killing protesters.",
            &[],
            &[],
        );
        assert!(
            !doc.events.iter().any(|e| e.kind == "ASSAULT"),
            "{:?}",
            doc.events
        );
    }

    #[test]
    fn a_coordinated_clause_has_its_own_subject() {
        let doc = code("Iraqi security forces shot down two drones, and a third hit the residence of the prime minister.");
        let hit = doc
            .events
            .iter()
            .find(|e| e.kind == "ASSAULT")
            .expect("the hit");
        assert!(
            hit.actor1
                .as_ref()
                .is_none_or(|a| a.kind != Some(ActorKind::Security)),
            "{:?}",
            doc.events
        );
    }

    #[test]
    fn merged_background_sentence_gives_no_other_year() {
        let doc = code_with(
            "Protesters rallied in Baghdad. The protests recalled demonstrations in 2019.",
            &[],
            &[("2019", "2019")],
        );
        let protest = doc
            .events
            .iter()
            .find(|e| e.kind == "PROTEST")
            .expect("the protest");
        assert_eq!(
            protest.date.as_deref(),
            Some("2021-11-07"),
            "{:?}",
            doc.events
        );
    }

    #[test]
    fn codebook_verbs_and_nominalizations_are_triggers() {
        for (text, kind) in [
            ("Rebels bombarded the town.", "ASSAULT"),
            ("Gunmen blew up a bridge.", "ASSAULT"),
            ("Soldiers gunned down two men.", "ASSAULT"),
            ("Police apprehended three suspects.", "COERCE"),
            ("The minister lambasted the plan.", "ACCUSE"),
            ("The army dispatched troops to the border.", "MOBILIZE"),
            ("The government scrapped the tax.", "CONCEDE"),
            ("Parliament ratified the treaty.", "AGREE"),
            ("The president hailed the decision.", "SUPPORT"),
            ("The rebels pulled back from the town.", "RETREAT"),
            ("Washington blacklisted the firm.", "SANCTION"),
        ] {
            let doc = code(text);
            assert!(
                doc.events.iter().any(|e| e.kind == kind),
                "{text}: {:?}",
                doc.events.iter().map(|e| &e.kind).collect::<Vec<_>>()
            );
        }
    }

    fn kinds(t: &str) -> Vec<String> {
        code(t).events.iter().map(|e| e.kind.clone()).collect()
    }

    fn first<'a>(doc: &'a Document, kind: &str) -> &'a Event {
        doc.events
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("no {kind} in {:?}", doc.events))
    }

    #[test]
    fn a_capital_stands_for_its_government_and_places_statements() {
        let doc = code("Minsk called the decision a hostile act.");
        let e = first(&doc, "ACCUSE");
        let a1 = e.actor1.as_ref().unwrap();
        assert_eq!(a1.country.as_deref(), Some("BLR"));
        assert_eq!(a1.kind, Some(ActorKind::Government));
        assert_eq!(e.location.as_ref().unwrap().name, "Minsk");
        // "asked New Delhi to ...": the capital is the addressee.
        let doc =
            code("Bangladesh's government asked New Delhi to return the former prime minister.");
        let e = first(&doc, "REQUEST");
        assert_eq!(country(&e.actor2), Some("IND"));
        // A statement with no place of its own is placed at the speaker's capital, with the
        // capital's point (Dhaka is near 23.7 N, 90.4 E).
        let loc = e.location.as_ref().unwrap();
        assert_eq!(loc.name, "Dhaka");
        let (lat, lon) = (loc.lat.unwrap(), loc.lon.unwrap());
        assert!(
            (lat - 23.7).abs() < 0.5 && (lon - 90.4).abs() < 0.5,
            "{loc:?}"
        );
        assert!(loc.admin1.is_some(), "{loc:?}");
        // After a preposition of place a capital is a place, not an actor.
        let doc = code("Protesters marched in Minsk.");
        assert!(doc.events.iter().all(|e| e
            .actor1
            .as_ref()
            .is_none_or(|a| a.kind != Some(ActorKind::Government))));
    }

    #[test]
    fn negated_arrests_are_coded_as_negated() {
        let doc = code("Police diverted traffic but made no arrests.");
        let e = first(&doc, "COERCE");
        assert!(e.negated);
        assert_eq!(e.actor1.as_ref().unwrap().kind, Some(ActorKind::Police));
        let doc = code("No arrests have been made.");
        let e = first(&doc, "COERCE");
        assert!(e.negated);
        assert_eq!(e.actor1.as_ref().unwrap().kind, Some(ActorKind::Police));
        // Other negated nouns are no events.
        assert!(kinds("There was no attack on the convoy.").is_empty());
    }

    #[test]
    fn actors_from_adjuncts_definite_subjects_and_references() {
        // A participial adjunct shares the main clause's subject.
        let doc = code("Chad expelled the German ambassador on Friday, accusing him of rudeness.");
        let e = first(&doc, "ACCUSE");
        assert_eq!(country(&e.actor1), Some("TCD"));
        // "The agency" is the organisation last named.
        let doc = code(
            "The World Food Programme delivered flour to Kadugli.\nThe agency urged both sides to open more roads.",
        );
        let e = first(&doc, "DEMAND");
        assert!(e
            .actor1
            .as_ref()
            .and_then(|a| a.canonical.as_deref())
            .is_some_and(|c| c.contains("Food")));
        // "dismissed the accusation": the target is the accuser.
        let doc = code(
            "Moldova's president accused Russia of plotting a coup.\nMoscow dismissed the accusation as baseless.",
        );
        let e = first(&doc, "REJECT");
        assert_eq!(country(&e.actor1), Some("RUS"));
        assert_eq!(country(&e.actor2), Some("MDA"));
        // A country addressed in diplomacy is its government.
        let doc = code("Guyana asked Venezuela to respect the ruling.");
        let e = first(&doc, "REQUEST");
        assert_eq!(e.actor2.as_ref().unwrap().kind, Some(ActorKind::Government));
        // A meeting someone chaired is theirs; its partner follows "with".
        let doc = code("The Iraqi prime minister chaired a meeting with Iraqi army commanders.");
        let e = first(&doc, "CONSULT");
        assert!(e.actor1.is_some());
        assert_eq!(e.actor2.as_ref().unwrap().kind, Some(ActorKind::Military));
    }

    #[test]
    fn roles_take_the_event_country_and_demonstrators_are_protesters() {
        let doc = code_with(
            "Police arrested more than 50 people in Baghdad.",
            &[("Baghdad", 0, "city", "Baghdad")],
            &[],
        );
        let a1 = first(&doc, "COERCE").actor1.clone().unwrap();
        assert_eq!(a1.kind, Some(ActorKind::Police));
        assert_eq!(a1.country.as_deref(), Some("IRQ"));
        assert_eq!(a1.code.as_deref(), Some("IRQCOP"));
        let doc = code("Kenyan farmers staged a protest outside parliament.");
        let a1 = first(&doc, "PROTEST").actor1.clone().unwrap();
        assert_eq!(a1.kind, Some(ActorKind::Protesters));
    }

    #[test]
    fn targets_from_object_countries_pairs_and_pronouns() {
        // A country named in the object by demonym is the addressee.
        let doc = code_with(
            "Algeria rejected a Moroccan offer to reopen the border.",
            &[],
            &[],
        );
        let mut doc2 = doc.clone();
        let at = doc2.text().find("Moroccan").unwrap();
        doc2.places.push(chronicle_doc::Place {
            span: doc2.span(at, at + "Moroccan".len()).unwrap().into(),
            name: "Morocco".into(),
            id: "country:MA".into(),
            country: "MA".into(),
            admin1: None,
            lat: 32.0,
            lon: -6.0,
            kind: "demonym".into(),
            confidence: 1.0,
        });
        doc2.events.clear();
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc2)
            .unwrap();
        let e = first(&doc2, "REJECT");
        assert_eq!(country(&e.actor2), Some("MAR"));
        assert_eq!(e.actor2.as_ref().unwrap().kind, Some(ActorKind::Government));
        // A capital after a preposition in the object counts too.
        let doc = code("Pakistan recalled its ambassador from Tehran on Wednesday.");
        let e = first(&doc, "SANCTION");
        assert_eq!(country(&e.actor2), Some("IRN"));
        // Two countries joined by "and" before a reciprocal act are its sides.
        let doc = code("The presidents of Uzbekistan and Tajikistan signed a treaty in Dushanbe.");
        let e = first(&doc, "AGREE");
        let (a1, a2) = (e.actor1.as_ref().unwrap(), e.actor2.as_ref().unwrap());
        assert_eq!(a1.country.as_deref(), Some("UZB"));
        assert_eq!(a2.country.as_deref(), Some("TJK"));
        // "accusing him of": the office holder named before.
        let doc = code("Chad expelled the German ambassador on Friday, accusing him of rudeness.");
        let e = first(&doc, "ACCUSE");
        assert_eq!(country(&e.actor2), Some("DEU"));
    }

    /// The country code of an event's actor, if any.
    fn country(a: &Option<Actor>) -> Option<&str> {
        a.as_ref().and_then(|a| a.country.as_deref())
    }

    /// One sentence coded with a single token tagged: `verb` (its first occurrence) as a
    /// VERB with Penn tag `xpos`.
    fn code_one_verb(text: &str, verb: &str, xpos: &str) -> Document {
        let mut doc = Document::new(text, Meta::default());
        doc.sentences.push(chronicle_doc::Sentence {
            span: Span::new(0, text.len()).unwrap(),
            first_token: 0,
            n_tokens: 0,
        });
        let at = text.find(verb).unwrap();
        doc.tokens.push(chronicle_doc::Token {
            span: Span::new(at, at + verb.len()).unwrap(),
            upos: Upos::parse("VERB"),
            xpos: chronicle_doc::Xpos::parse(xpos),
            space_after: true,
        });
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        doc
    }

    #[test]
    fn a_country_inside_a_condemned_act_or_clause_is_no_addressee() {
        // The capital sits in the condemned attack: the victim, not the addressee.
        let doc = code("Nigeria condemned the attack on a market in Niamey on Monday.");
        let e = first(&doc, "ACCUSE");
        assert!(e.actor2.is_none(), "{:?}", e.actor2);
        // Without the attack noun, the capital is the addressee.
        let doc = code("Nigeria recalled its ambassador from Niamey on Monday.");
        let e = first(&doc, "SANCTION");
        assert_eq!(country(&e.actor2), Some("NER"));
        // A participle (tagged VBG) ends the object: "those using force to silence
        // Niamey's press" names no addressee.
        let doc = code_one_verb(
            "Nigeria condemned those using force to silence Niamey's press.",
            "using",
            "VBG",
        );
        let e = first(&doc, "ACCUSE");
        assert!(e.actor2.is_none(), "{:?}", e.actor2);
        // An infinitive complement is the threatened act itself and keeps its country.
        let doc = code_one_verb(
            "Honduras threatened on Tuesday to end its treaty with Washington.",
            "end",
            "VB",
        );
        let e = first(&doc, "THREATEN");
        assert_eq!(country(&e.actor2), Some("USA"));
    }

    #[test]
    fn the_source_is_no_place_and_the_nearest_place_wins() {
        let doc = code_with(
            "Iran fired missiles at Israel on Saturday.",
            &[("Iran", 0, "country", ""), ("Israel", 0, "country", "")],
            &[],
        );
        let e = first(&doc, "ASSAULT");
        assert_eq!(e.location.as_ref().unwrap().name, "Israel");
        let doc = code_with(
            "Investigators in Geneva accused the Rapid Support Forces of raping women near El Fasher.",
            &[("Geneva", 0, "city", ""), ("El Fasher", 0, "city", "")],
            &[],
        );
        let e = first(&doc, "ASSAULT");
        assert_eq!(e.location.as_ref().unwrap().name, "El Fasher");
        let e = first(&doc, "ACCUSE");
        assert_eq!(e.location.as_ref().unwrap().name, "Geneva");
    }

    #[test]
    fn agentless_passives_and_light_verbs() {
        let doc = code("Soldiers were deployed to patrol the streets of Guayaquil.");
        let e = first(&doc, "MOBILIZE");
        assert_eq!(e.actor1.as_ref().unwrap().kind, Some(ActorKind::Military));
        let doc = code("The opposition leader was detained at a rally on Wednesday.");
        let e = first(&doc, "COERCE");
        assert_eq!(e.actor1.as_ref().unwrap().kind, Some(ActorKind::Police));
        let doc = code("Russian troops completed their withdrawal from the city of Kherson.");
        let e = first(&doc, "RETREAT");
        assert_eq!(country(&e.actor1), Some("RUS"));
    }

    #[test]
    fn force_at_a_protest_targets_its_crowd() {
        let doc = code("Farmers blocked roads in central Athens.\nPolice fired tear gas.");
        let protest = first(&doc, "PROTEST").actor1.clone().unwrap();
        let e = first(&doc, "COERCE");
        assert_eq!(e.actor2.as_ref().unwrap().canonical, protest.canonical);
        // "riot police" names no riot.
        assert!(!kinds("Riot police fired tear gas at farmers.").contains(&"PROTEST".to_string()));
        // "during marches" is an adjunct, not the object of the shooting.
        assert!(
            kinds("Kenyan police shot dead eight protesters during marches in Nairobi.")
                .contains(&"PROTEST".to_string())
        );
    }

    #[test]
    fn wording_decides_concessions_aid_and_non_events() {
        assert_eq!(
            kinds("Georgia's ruling party withdrew its draft law on foreign agents."),
            ["CONCEDE"]
        );
        assert_eq!(
            kinds("Kenya's president dismissed his cabinet, bowing to pressure from protesters."),
            ["CONCEDE"]
        );
        assert_eq!(
            kinds("The president said on Friday that he accepted the ruling."),
            ["CONCEDE"]
        );
        assert!(!kinds(
            "Panama's Congress voted to halt mining, meeting a key demand of protesters."
        )
        .contains(&"CONSULT".to_string()));
        assert_eq!(
            kinds("The European Union released 2 million euros in emergency funds."),
            ["AID"]
        );
        assert_eq!(
            kinds("Japan sent two transport planes carrying tents and medical supplies to Turkey."),
            ["AID"]
        );
        assert!(kinds("The minister flew to Moscow on Monday.").is_empty());
        // An announced plan keeps its type and is hypothetical; a possibility is not coded.
        let doc = code("Sri Lanka's government said it would ask the IMF for a bailout.");
        let e = first(&doc, "REQUEST");
        assert!(e.hypothetical);
        assert!(kinds("Sri Lanka's government could ask the IMF for a bailout.").is_empty());
        // A natural hazard is no attacker; a participle before a noun narrates nothing.
        assert!(kinds("A cyclone killed more than 400 people in the south.").is_empty());
        assert_eq!(
            kinds("ELN rebels freed a kidnapped mayor on Tuesday."),
            ["RETREAT"]
        );
    }

    #[test]
    fn dates_inside_quotes_and_after_the_report() {
        let text = "\u{201c}The attack last night was a cowardly crime,\u{201d} the Iraqi government said.";
        let doc = code_with(text, &[], &[("last night", "2021-11-06")]);
        let e = first(&doc, "ACCUSE");
        assert_eq!(e.date.as_deref(), Some("2021-11-07"));
        let doc = code_with(
            "Iraq and Iran agreed to meet again next month.",
            &[],
            &[("next month", "2021-12")],
        );
        let e = first(&doc, "AGREE");
        assert_eq!(e.date.as_deref(), Some("2021-11-07"));
    }

    #[test]
    fn empty_document_codes_nothing() {
        let mut doc = Document::new("", Meta::default());
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        assert!(doc.events.is_empty());
    }

    #[test]
    fn seed_report_events() {
        let root = std::env::var("CHRONICLE_SHARED").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string()
        });
        let path = format!("{root}/seed/000_263e5c83ecafaaa9.txt");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping: {path} not found");
            return;
        };
        let meta = Meta {
            published: Some("2021-11-07".into()),
            ..Meta::default()
        };
        let mut doc = Document::new(text, meta);
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        EventStage::new(Arc::new(Kb::builtin()))
            .run(&mut doc)
            .unwrap();
        let canon = |a: &Option<Actor>| {
            a.as_ref()
                .and_then(|a| a.canonical.clone())
                .unwrap_or_default()
        };
        let drone = doc
            .events
            .iter()
            .find(|e| e.acled_sub_event_type.as_deref() == Some("Air/drone strike"))
            .expect("the drone attack");
        assert_eq!(drone.kind, "ASSAULT");
        assert_eq!(canon(&drone.actor2), "Mustafa al-Kadhimi");
        assert_eq!(
            drone.actor2.as_ref().unwrap().code.as_deref(),
            Some("IRQGOV")
        );
        assert_eq!(drone.injured, Some(6));
        assert!(drone.qualifiers.contains(&"injured:at_least".to_string()));
        assert_eq!(drone.responsibility.as_ref().unwrap().status, "unclaimed");
        assert!(doc.events.iter().any(|e| e.kind == "COERCE"
            && e.acled_sub_event_type.as_deref() == Some("Disrupted weapons use")));
        assert!(doc.events.iter().any(|e| e.kind == "PROTEST"));
        let police = doc
            .events
            .iter()
            .find(|e| {
                e.acled_sub_event_type.as_deref() == Some("Excessive force against protesters")
            })
            .expect("police live fire");
        assert_eq!(police.fatalities, Some(1));
        assert_eq!(
            police.actor1.as_ref().unwrap().code.as_deref(),
            Some("IRQCOP")
        );
        let accusers: Vec<String> = doc
            .events
            .iter()
            .filter(|e| e.kind == "ACCUSE")
            .map(|e| canon(&e.actor1))
            .collect();
        for who in [
            "Barham Salih",
            "Saudi foreign ministry",
            "Ali Shamkhani",
            "United Nations Assistance Mission for Iraq",
            "Joe Biden",
        ] {
            assert!(
                accusers.iter().any(|a| a == who),
                "{who} missing in {accusers:?}"
            );
        }
        assert!(doc.events.iter().any(|e| e.kind == "AID"
            && e.actor1.as_ref().and_then(|a| a.country.as_deref()) == Some("USA")));
        assert!(doc.events.iter().any(|e| e.kind == "ELECT"));
        assert!(!doc.events.iter().any(|e| e
            .responsibility
            .as_ref()
            .is_some_and(|r| r.status == "claimed")));
    }
}
