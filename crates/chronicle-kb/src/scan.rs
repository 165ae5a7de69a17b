//! Finding actors in text: alias matches combined with their modifiers ("Iraqi" + "police",
//! "Iraq's" + "interior ministry", "President" + "Barham Salih") and resolved to a canonical
//! actor with kind, country and code.

use chronicle_doc::ActorKind;

use crate::kb::{EntryType, Kb, Target};
use crate::text::{split_words, Word};

/// What the scanner knows about the text around it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanContext {
    /// The article's main country (alpha-3), given to roles that name none.
    pub default_country: Option<String>,
    /// The date office holders are looked up at (`YYYY-MM-DD`).
    pub date: Option<String>,
}

/// A resolved actor.
#[derive(Clone, Debug, PartialEq)]
pub struct KbActor {
    /// Canonical name ("Mustafa al-Kadhimi", "Iraqi police").
    pub canonical: String,
    /// KB id (`person:...`, `role:police@IRQ`, `country:IRQ`).
    pub kb_id: Option<String>,
    /// Actor kind.
    pub kind: ActorKind,
    /// ISO alpha-3 country.
    pub country: Option<String>,
    /// CAMEO-style code.
    pub code: Option<String>,
}

/// How a mention was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionSource {
    /// A country name standing for the state ("Saudi Arabia").
    Country,
    /// A plural demonym standing for a people ("Iraqis").
    Demonym,
    /// A role, with or without a country modifier ("Iraqi police").
    Role,
    /// A named organisation or group.
    Named,
    /// A named person (full name, surname or title + name).
    Person,
}

/// One actor mention in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMention {
    /// Byte start (including modifiers such as "Iraqi").
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// The resolved actor.
    pub actor: KbActor,
    /// How it was found.
    pub source: MentionSource,
    /// The mention ends in a possessive ("Iraq's").
    pub possessive: bool,
    /// The role id when a role is part of the mention (`prime_minister`).
    pub role: Option<String>,
    /// For a title followed by a name the KB does not know: the name's byte range.
    pub name: Option<(usize, usize)>,
}

#[derive(Clone, Debug)]
struct Raw {
    first: usize,
    last: usize, // inclusive word index
    target: Target,
}

/// Words that may sit between a country modifier and its role ("Iraqi Shia armed groups").
fn is_filler(norm: &str) -> bool {
    matches!(
        norm,
        "top"
            | "senior"
            | "shia"
            | "shiite"
            | "sunni"
            | "kurdish"
            | "local"
            | "federal"
            | "national"
            | "state"
            | "elite"
            | "armed"
            | "heavily"
            | "official"
            | "acting"
            | "former"
            | "new"
            | "interim"
            | "regional"
            | "provincial"
            | "caretaker"
            | "outgoing"
            | "anti-government"
            | "pro-government"
            | "pro-iran"
            | "iran-backed"
            | "allied"
            | "rival"
            | "tribal"
            | "islamist"
            | "christian"
            | "muslim"
            | "deputy"
            | "chief"
            | "main"
            | "powerful"
            | "several"
            | "two"
            | "three"
            | "some"
    )
}

fn country_code(kb: &Kb, i: usize) -> String {
    kb.country_at(i).alpha3.clone()
}

impl Kb {
    /// Every actor mention in `text` (offsets `base` + byte offsets), left to right, not
    /// overlapping.
    pub fn scan(&self, text: &str, base: usize, ctx: &ScanContext) -> Vec<ActorMention> {
        let words = split_words(text, base);
        let mut out = self.scan_words(&words, ctx);
        for m in &mut out {
            if let Some((a, b)) = m.name {
                if let Some(name) = text.get(a - base..b - base) {
                    let name = name.trim_end_matches("'s").trim_end_matches("’s");
                    m.actor.canonical = name.to_string();
                }
            }
        }
        out
    }

    fn pick(&self, targets: &[Target], w: &Word, len: usize) -> Option<Target> {
        // Preference: named entries, countries, demonyms (only capitalised), roles, surnames.
        let rank = |t: &Target| match t {
            Target::Entry(i) => match self.entry_at(*i).etype {
                EntryType::Person | EntryType::Actor => 0,
                EntryType::Role => 3,
            },
            Target::Country(_) => 1,
            Target::Demonym(_) => 2,
            Target::Surname(_) => 4,
        };
        let mut ts: Vec<Target> = targets.to_vec();
        ts.sort_by_key(rank);
        ts.into_iter().find(|t| match t {
            // A single lower-case word is never a named actor ("us", "hamas" in a URL).
            Target::Entry(i) if self.entry_at(*i).etype != EntryType::Role => w.upper || len > 1,
            _ => true,
        })
    }

    /// A bare surname preceded by a capitalised given name that the person does not have
    /// ("Thaier Al-Sudani" is not "Mohammed Shia al-Sudani"): not that person.
    fn given_name_conflicts(&self, words: &[Word], i: usize, entry: usize) -> bool {
        if i == 0 || words[i].break_before {
            return false;
        }
        let prev = &words[i - 1];
        if !prev.upper || is_function_word(&prev.norm) || self.longest_at(words, i - 1).is_some() {
            return false;
        }
        let e = self.entry_at(entry);
        !e.aliases.iter().chain(std::iter::once(&e.name)).any(|a| {
            let aw = split_words(a, 0);
            aw.len() >= 2 && aw[..aw.len() - 1].iter().any(|w| w.norm == prev.norm)
        })
    }

    /// [`Kb::scan`] over words already split.
    pub fn scan_words(&self, words: &[Word], ctx: &ScanContext) -> Vec<ActorMention> {
        let mut raws: Vec<Raw> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if let Some((len, targets)) = self.longest_at(words, i) {
                if let Some(t) = self.pick(&targets, &words[i], len) {
                    let single_person = match t {
                        Target::Surname(e) => Some(e),
                        Target::Entry(e)
                            if len == 1 && self.entry_at(e).etype == EntryType::Person =>
                        {
                            Some(e)
                        }
                        _ => None,
                    };
                    if let Some(e) = single_person {
                        if self.given_name_conflicts(words, i, e) {
                            i += len;
                            continue;
                        }
                    }
                    raws.push(Raw {
                        first: i,
                        last: i + len - 1,
                        target: t,
                    });
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
        let mut out = Vec::new();
        let mut k = 0;
        while k < raws.len() {
            let r = &raws[k];
            let start = words[r.first].start;
            match r.target {
                Target::Country(c) | Target::Demonym(c) => {
                    // A country or demonym modifying the next role or named actor.
                    if let Some(next) = raws.get(k + 1) {
                        let gap = &words[r.last + 1..next.first];
                        let adjacent = gap.len() <= 2
                            && gap.iter().all(|w| is_filler(&w.norm))
                            && !words[r.last + 1..=next.first]
                                .iter()
                                .any(|w| w.break_before);
                        let modifiable =
                            matches!(next.target, Target::Entry(_) | Target::Surname(_));
                        if adjacent && modifiable {
                            let (m, used) = self.role_or_named(
                                words,
                                &raws,
                                k + 1,
                                Some(country_code(self, c)),
                                ctx,
                            );
                            let mut m = m;
                            m.start = start;
                            out.push(m);
                            k = used;
                            continue;
                        }
                    }
                    let w_last = &words[r.last];
                    if let Target::Country(_) = r.target {
                        let cr = self.country_at(c);
                        out.push(ActorMention {
                            start,
                            end: w_last.end,
                            actor: KbActor {
                                canonical: cr.name.clone(),
                                kb_id: Some(format!("country:{}", cr.alpha3)),
                                kind: ActorKind::State,
                                country: Some(cr.alpha3.clone()),
                                code: Some(cr.alpha3.clone()),
                            },
                            source: MentionSource::Country,
                            possessive: w_last.possessive,
                            role: None,
                            name: None,
                        });
                    } else if w_last.norm.ends_with('s') && !w_last.possessive {
                        // "Iraqis": the people of the country.
                        let cr = self.country_at(c);
                        out.push(ActorMention {
                            start,
                            end: w_last.end,
                            actor: KbActor {
                                canonical: format!("civilians ({})", cr.name),
                                kb_id: Some(format!("people:{}", cr.alpha3)),
                                kind: ActorKind::Civilians,
                                country: Some(cr.alpha3.clone()),
                                code: Some(format!("{}CVL", cr.alpha3)),
                            },
                            source: MentionSource::Demonym,
                            possessive: false,
                            role: None,
                            name: None,
                        });
                    }
                    k += 1;
                }
                _ => {
                    let (m, used) = self.role_or_named(words, &raws, k, None, ctx);
                    out.push(m);
                    k = used;
                }
            }
        }
        out
    }

    /// Build a mention from the raw match at `k` (a role, named actor, person or surname),
    /// absorbing a following role chain, a title + name, or "of <country>". Returns the
    /// mention and the index of the next unused raw match.
    fn role_or_named(
        &self,
        words: &[Word],
        raws: &[Raw],
        k: usize,
        modifier: Option<String>,
        ctx: &ScanContext,
    ) -> (ActorMention, usize) {
        let r = &raws[k];
        let start = words[r.first].start;
        let mut last = r.last;
        let mut next = k + 1;
        let entry_idx = match r.target {
            Target::Entry(i) | Target::Surname(i) => i,
            _ => unreachable_entry(),
        };
        let e = self.entry_at(entry_idx);
        if e.etype != EntryType::Role {
            // A named group followed by its class noun ("the M23 rebel group", "the Asaib Ahl
            // al-Haq militia") is one mention of the named group.
            if e.etype == EntryType::Actor && !words[last].possessive {
                if let Some(n) = raws.get(next) {
                    if let Target::Entry(j) = n.target {
                        let role = self.entry_at(j);
                        if n.first == last + 1
                            && !words[n.first].break_before
                            && role.etype == EntryType::Role
                            && matches!(
                                role.kind,
                                ActorKind::ArmedGroup | ActorKind::Party | ActorKind::Military
                            )
                        {
                            last = n.last;
                            next += 1;
                        }
                    }
                }
            }
            let w = &words[last];
            let actor = self.named_actor(entry_idx, modifier.as_deref());
            let source = if e.etype == EntryType::Person {
                MentionSource::Person
            } else {
                MentionSource::Named
            };
            return (
                ActorMention {
                    start,
                    end: w.end,
                    actor,
                    source,
                    possessive: w.possessive,
                    role: None,
                    name: None,
                },
                next,
            );
        }
        // A role: absorb following roles ("Interior Ministry Spokesman"), keep the last.
        let mut role_idx = entry_idx;
        while let Some(n) = raws.get(next) {
            let adjacent =
                n.first == last + 1 && !words[n.first].break_before && !words[last].possessive;
            match n.target {
                Target::Entry(j) if adjacent && self.entry_at(j).etype == EntryType::Role => {
                    role_idx = j;
                    last = n.last;
                    next += 1;
                }
                _ => break,
            }
        }
        let modifier_given = modifier.is_some();
        let mut country = modifier;
        // "President of Iraq"
        if country.is_none() && last + 2 < words.len() + 1 {
            if let (Some(of), Some(n)) = (words.get(last + 1), raws.get(next)) {
                if of.norm == "of" && n.first == last + 2 {
                    if let Target::Country(c) = n.target {
                        country = Some(country_code(self, c));
                        last = n.last;
                        next += 1;
                    }
                }
            }
        }
        let title_case = words[r.first].upper;
        // Title + named person ("Prime Minister Mustafa al-Kadhimi").
        if let Some(n) = raws.get(next) {
            if n.first == last + 1 && !words[n.first].break_before && !words[last].possessive {
                if let Target::Entry(j) | Target::Surname(j) = n.target {
                    if self.entry_at(j).etype == EntryType::Person {
                        let w = &words[n.last];
                        let actor = self.named_actor(j, None);
                        let role_id = self
                            .entry_at(role_idx)
                            .id
                            .trim_start_matches("role:")
                            .to_string();
                        return (
                            ActorMention {
                                start,
                                end: w.end,
                                actor,
                                source: MentionSource::Person,
                                possessive: w.possessive,
                                role: Some(role_id),
                                name: None,
                            },
                            next + 1,
                        );
                    }
                }
            }
        }
        if modifier_given
            && self.entry_at(role_idx).id == "role:gunmen"
            && words[last].norm.starts_with("drone")
        {
            if let Some(&m) = self
                .entry("role:military")
                .and_then(|_| self.entries().iter().position(|e| e.id == "role:military"))
                .as_ref()
            {
                role_idx = m;
            }
        }
        let role = self.entry_at(role_idx);
        let role_id = role.id.trim_start_matches("role:").to_string();
        let country = country.or_else(|| ctx.default_country.clone());
        // Title + unknown capitalised name of two or three words ("Spokesman Saad Maan").
        if title_case && !words[last].possessive {
            let mut j = last + 1;
            while j < words.len()
                && j - last <= 3
                && words[j].upper
                && !words[j].break_before
                && raws.iter().all(|x| x.first != j)
            {
                j += 1;
                if words[j - 1].possessive {
                    break;
                }
            }
            if j >= last + 3 {
                let w = &words[j - 1];
                let kind = self.entry_at(role_idx).kind;
                let code = self.role_code(role_idx, country.as_deref());
                return (
                    ActorMention {
                        start,
                        end: w.end,
                        actor: KbActor {
                            canonical: String::new(),
                            kb_id: None,
                            kind,
                            country: country.clone(),
                            code,
                        },
                        source: MentionSource::Person,
                        possessive: w.possessive,
                        role: Some(role_id),
                        name: Some((words[last + 1].start, w.end)),
                    },
                    next,
                );
            }
        }
        let w = &words[last];
        let actor = self.role_actor(role_idx, country.as_deref(), ctx.date.as_deref());
        (
            ActorMention {
                start,
                end: w.end,
                actor,
                source: MentionSource::Role,
                possessive: w.possessive,
                role: Some(role_id),
                name: None,
            },
            next,
        )
    }

    fn role_code(&self, role_idx: usize, country: Option<&str>) -> Option<String> {
        let role = self.entry_at(role_idx);
        role.code.as_ref().map(|suffix| match country {
            Some(c) => format!("{c}{suffix}"),
            None => suffix.clone(),
        })
    }

    /// The actor a role in a country stands for: the office holder at `date` when the role is
    /// an office and the KB knows the holder, else "<demonym> <role>".
    pub fn role_actor(
        &self,
        role_idx: usize,
        country: Option<&str>,
        date: Option<&str>,
    ) -> KbActor {
        let role = self.entry_at(role_idx);
        let role_id = role.id.trim_start_matches("role:");
        if let (true, Some(c), Some(d)) = (role.office, country, date) {
            if let Some(p) = self.office_holder(role_id, c, d) {
                return KbActor {
                    canonical: p.name.clone(),
                    kb_id: Some(p.id.clone()),
                    kind: p.kind,
                    country: p.country.clone(),
                    code: p.code.clone(),
                };
            }
        }
        let canonical = match country.and_then(|c| self.country(c)) {
            Some(cr) if role.kind == ActorKind::Unidentified => {
                format!("{} ({})", role.name, cr.name)
            }
            Some(cr) => match cr.demonyms.first() {
                Some(d) => format!("{d} {}", role.name),
                None => format!("{} ({})", role.name, cr.name),
            },
            None => role.name.clone(),
        };
        KbActor {
            canonical,
            kb_id: Some(match country {
                Some(c) => format!("{}@{c}", role.id),
                None => role.id.clone(),
            }),
            kind: role.kind,
            country: country.map(str::to_string),
            code: self.role_code(role_idx, country),
        }
    }

    /// The actor a named entry (organisation, group, person) stands for.
    pub fn named_actor(&self, idx: usize, modifier: Option<&str>) -> KbActor {
        let e = self.entry_at(idx);
        KbActor {
            canonical: e.name.clone(),
            kb_id: Some(e.id.clone()),
            kind: e.kind,
            country: e.country.clone().or_else(|| modifier.map(str::to_string)),
            code: e.code.clone(),
        }
    }

    /// The country most often named in `text` (names, demonyms, modifiers), the first one
    /// named on a tie.
    pub fn main_country(&self, text: &str) -> Option<String> {
        let words = split_words(text, 0);
        let mut counts: Vec<(String, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if let Some((len, targets)) = self.longest_at(&words, i) {
                if let Some(Target::Country(c) | Target::Demonym(c)) =
                    self.pick(&targets, &words[i], len)
                {
                    let code = country_code(self, c);
                    match counts.iter_mut().find(|x| x.0 == code) {
                        Some(x) => x.1 += 1,
                        None => counts.push((code, 1, i)),
                    }
                }
                i += len;
            } else {
                i += 1;
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        counts.into_iter().next().map(|x| x.0)
    }
}

fn unreachable_entry() -> usize {
    // Only entries and surnames reach role_or_named; the callers check. Index 0 is a safe
    // fallback that keeps the scanner panic-free.
    0
}

/// Capitalised words that start sentences or clauses and are no given name.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "when"
            | "if"
            | "but"
            | "and"
            | "as"
            | "after"
            | "before"
            | "while"
            | "since"
            | "then"
            | "so"
            | "yet"
            | "meanwhile"
            | "however"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "to"
            | "of"
            | "that"
            | "this"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "sir"
            | "sheikh"
            | "general"
            | "gen"
            | "col"
            | "minister"
            | "president"
            | "premier"
            | "prime"
            | "leader"
            | "chief"
            | "said"
            | "says"
            | "told"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> ScanContext {
        ScanContext {
            default_country: Some("IRQ".into()),
            date: Some("2021-11-07".into()),
        }
    }

    fn scan(text: &str) -> Vec<(String, ActorMention)> {
        let kb = Kb::builtin();
        kb.scan(text, 0, &ctx())
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m))
            .collect()
    }

    #[test]
    fn title_and_name_is_the_person() {
        let m = scan("Iraqi Prime Minister Mustafa al-Kadhimi has survived.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "Iraqi Prime Minister Mustafa al-Kadhimi");
        assert_eq!(m[0].1.actor.canonical, "Mustafa al-Kadhimi");
        assert_eq!(m[0].1.actor.code.as_deref(), Some("IRQGOV"));
    }

    #[test]
    fn role_resolves_to_office_holder_by_date() {
        let m = scan("the home of the prime minister last night");
        assert_eq!(m[0].0, "prime minister");
        assert_eq!(m[0].1.actor.canonical, "Mustafa al-Kadhimi");
        assert_eq!(m[0].1.actor.kind, ActorKind::Government);
    }

    #[test]
    fn country_modifier_sets_country_of_role() {
        let m = scan("Saudi Arabia’s foreign ministry said; Iraqi special forces stand guard; the police responded.");
        assert_eq!(m[0].0, "Saudi Arabia’s foreign ministry");
        assert_eq!(m[0].1.actor.country.as_deref(), Some("SAU"));
        assert_eq!(m[0].1.actor.code.as_deref(), Some("SAUGOV"));
        assert_eq!(m[1].1.actor.code.as_deref(), Some("IRQSEC"));
        assert_eq!(m[2].1.actor.kind, ActorKind::Police);
        assert_eq!(m[2].1.actor.code.as_deref(), Some("IRQCOP"));
    }

    #[test]
    fn igos_groups_and_surnames() {
        let m = scan("UNAMI condemned it. Salih said the Asaib Ahl al-Haq militia was to blame, and the United States offered help.");
        let names: Vec<&str> = m.iter().map(|x| x.1.actor.canonical.as_str()).collect();
        assert!(
            names.contains(&"United Nations Assistance Mission for Iraq"),
            "{names:?}"
        );
        assert!(names.contains(&"Barham Salih"), "{names:?}");
        assert!(names.contains(&"Asaib Ahl al-Haq"), "{names:?}");
        assert!(names.contains(&"United States"), "{names:?}");
    }

    #[test]
    fn named_group_absorbs_its_class_noun_and_drones_take_the_modifier() {
        let m = scan("Fighters of the M23 rebel group advanced. Russian drones struck.");
        assert_eq!(m[1].0, "M23 rebel group");
        assert_eq!(m[1].1.actor.canonical, "M23");
        assert_eq!(m[2].1.actor.code.as_deref(), Some("RUSMIL"));
    }

    #[test]
    fn surname_with_a_conflicting_given_name_is_not_the_person() {
        let m = scan("Photo by Thaier Al-Sudani. Al-Sudani spoke; Prime Minister Sudani left.");
        let names: Vec<(&str, &str)> = m
            .iter()
            .map(|x| (x.0.as_str(), x.1.actor.canonical.as_str()))
            .collect();
        assert!(
            !names.iter().any(|(t, _)| t.contains("Thaier")),
            "{names:?}"
        );
        assert_eq!(
            names
                .iter()
                .filter(|(_, c)| c.contains("Shia al-Sudani"))
                .count(),
            2,
            "{names:?}"
        );
    }

    #[test]
    fn title_and_unknown_name() {
        let m = scan("Interior Ministry Spokesman Saad Maan told state television.");
        assert_eq!(m[0].0, "Interior Ministry Spokesman Saad Maan");
        assert_eq!(m[0].1.source, MentionSource::Person);
        assert_eq!(m[0].1.actor.code.as_deref(), Some("IRQGOV"));
    }

    #[test]
    fn main_country_counts_names_and_demonyms() {
        let kb = Kb::builtin();
        assert_eq!(
            kb.main_country("Iraqi police in Baghdad. Iraq's PM. Iran's envoy.")
                .as_deref(),
            Some("IRQ")
        );
    }
}
