//! The knowledge base: entries (organisations, groups, roles, people), countries, and the
//! alias index that finds them in text.

use std::collections::HashMap;
use std::path::Path;

use chronicle_doc::ActorKind;

use crate::countries::{countries, CountryRow};
use crate::error::{Error, Result};
use crate::text::{norm_phrase, split_words, Word};

/// The files embedded in the binary, in load order.
const BUILTIN: &[(&str, &str)] = &[
    ("igos.tsv", include_str!("../data/igos.tsv")),
    ("groups.tsv", include_str!("../data/groups.tsv")),
    ("roles.tsv", include_str!("../data/roles.tsv")),
    ("people.tsv", include_str!("../data/people.tsv")),
    ("media.tsv", include_str!("../data/media.tsv")),
];

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryType {
    /// A named actor: organisation, mission, armed group, party.
    Actor,
    /// A role that takes its country from context ("police", "prime minister").
    Role,
    /// A named person, with terms of office.
    Person,
}

/// One term of office of a person.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// The role id without `role:` (`prime_minister`).
    pub role: String,
    /// First day (`YYYY-MM-DD`).
    pub from: String,
    /// Day the term ended, or `None` while in office.
    pub to: Option<String>,
}

/// One knowledge-base entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable id (`igo:UNAMI`, `role:police`, `person:barham_salih`).
    pub id: String,
    /// What the entry is.
    pub etype: EntryType,
    /// Canonical name.
    pub name: String,
    /// Actor kind.
    pub kind: ActorKind,
    /// ISO alpha-3 country, when the entry has one.
    pub country: Option<String>,
    /// CAMEO-style code (for roles: the suffix added to the country code).
    pub code: Option<String>,
    /// Names and spellings found in text.
    pub aliases: Vec<String>,
    /// For roles: a single office whose holder the people entries know.
    pub office: bool,
    /// For people: terms of office.
    pub terms: Vec<Term>,
}

/// What an index key points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An entry (actor, role or person) by index.
    Entry(usize),
    /// A country name or alias, by index into the country rows.
    Country(usize),
    /// A demonym ("Iraqi"), by country index.
    Demonym(usize),
    /// A person's bare surname ("Kadhimi"), by entry index.
    Surname(usize),
}

/// Parse an actor kind as written in KB files (`armed_group`, `igo`, ...).
pub fn parse_kind(s: &str) -> Option<ActorKind> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// The name of an actor kind as written in KB files.
pub fn kind_name(k: ActorKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The knowledge base. Build once with [`Kb::builtin`] (plus [`Kb::load_file`]), then share.
#[derive(Clone, Debug)]
pub struct Kb {
    entries: Vec<Entry>,
    countries: Vec<CountryRow>,
    by_id: HashMap<String, usize>,
    index: HashMap<String, Vec<(Target, bool)>>,
    max_words: usize,
}

fn cell(s: &str) -> Option<&str> {
    let s = s.trim();
    if s.is_empty() || s == "-" {
        None
    } else {
        Some(s)
    }
}

impl Kb {
    /// The built-in knowledge base: every country, the embedded organisations, groups, roles
    /// and people.
    pub fn builtin() -> Kb {
        let mut kb = Kb {
            entries: Vec::new(),
            countries: countries(),
            by_id: HashMap::new(),
            index: HashMap::new(),
            max_words: 1,
        };
        for (name, text) in BUILTIN {
            // The embedded files are tested to parse; a broken line would fail the tests.
            if let Err(e) = kb.add_text(name, text) {
                debug_assert!(false, "{e}");
            }
        }
        kb.reindex();
        kb
    }

    /// The built-in KB plus the user's files (`--kb FILE`).
    pub fn with_files<P: AsRef<Path>>(files: &[P]) -> Result<Kb> {
        let mut kb = Kb::builtin();
        for f in files {
            kb.load_file(f.as_ref())?;
        }
        Ok(kb)
    }

    /// Load one user file in the KB format (docs/KB.md) and re-index.
    pub fn load_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_text(&path.display().to_string(), &text)?;
        self.reindex();
        Ok(())
    }

    /// Add the lines of one KB file (not yet indexed: call [`Kb::reindex`] after).
    pub fn add_text(&mut self, file: &str, text: &str) -> Result<()> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| Error::Parse {
                file: file.to_string(),
                line: n + 1,
                message,
            };
            let f: Vec<&str> = line.split('\t').collect();
            let get = |i: usize| f.get(i).copied().and_then(cell);
            let ty = f[0].trim();
            let id = get(1).ok_or_else(|| err("missing id in column 2".into()))?;
            if ty == "alias" {
                let aliases = get(2).ok_or_else(|| err("alias line without aliases".into()))?;
                let list: Vec<String> = aliases.split('|').map(|s| s.trim().to_string()).collect();
                if let Some(code) = id.strip_prefix("country:") {
                    let c = self
                        .countries
                        .iter_mut()
                        .find(|c| c.alpha3 == code || c.alpha2 == code)
                        .ok_or_else(|| err(format!("unknown country {code:?}")))?;
                    c.aliases.extend(list);
                } else {
                    let i = *self
                        .by_id
                        .get(id)
                        .ok_or_else(|| err(format!("alias for unknown id {id:?}")))?;
                    self.entries[i].aliases.extend(list);
                }
                continue;
            }
            let etype = match ty {
                "actor" => EntryType::Actor,
                "role" => EntryType::Role,
                "person" => EntryType::Person,
                other => {
                    return Err(err(format!(
                        "unknown line type {other:?}: expected actor, role, person or alias"
                    )))
                }
            };
            let name = get(2).ok_or_else(|| err("missing name in column 3".into()))?;
            let kind_s = get(3).ok_or_else(|| err("missing kind in column 4".into()))?;
            let kind = parse_kind(kind_s).ok_or_else(|| {
                err(format!(
                    "unknown kind {kind_s:?}: expected state, government, military, police, \
                     security, armed_group, party, igo, organization, protesters, civilians, \
                     person or unidentified"
                ))
            })?;
            let mut aliases: Vec<String> = get(6)
                .map(|a| {
                    a.split('|')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            let mut office = false;
            let mut term: (Option<String>, Option<String>, Option<String>) = (None, None, None);
            if let Some(attrs) = get(7) {
                for kv in attrs.split(';') {
                    let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                    match k.trim() {
                        "office" => office = v.trim() == "1",
                        "role" => term.0 = Some(v.trim().to_string()),
                        "from" => term.1 = Some(v.trim().to_string()),
                        "to" => term.2 = Some(v.trim().to_string()),
                        _ => {}
                    }
                }
            }
            let terms = match term {
                (Some(role), Some(from), to) => vec![Term { role, from, to }],
                (Some(_), None, _) => {
                    return Err(err("a term needs role=...;from=YYYY-MM-DD".into()))
                }
                _ => Vec::new(),
            };
            if !aliases.iter().any(|a| a == name) {
                aliases.insert(0, name.to_string());
            }
            let entry = Entry {
                id: id.to_string(),
                etype,
                name: name.to_string(),
                kind,
                country: get(4).map(str::to_string),
                code: get(5).map(str::to_string),
                aliases,
                office,
                terms,
            };
            match self.by_id.get(id) {
                Some(&i) => {
                    let e = &mut self.entries[i];
                    e.aliases.extend(entry.aliases);
                    e.aliases.dedup();
                    e.terms.extend(entry.terms);
                    e.name = entry.name;
                    e.kind = entry.kind;
                    e.country = entry.country.or(e.country.take());
                    e.code = entry.code.or(e.code.take());
                    e.office |= entry.office;
                }
                None => {
                    self.by_id.insert(id.to_string(), self.entries.len());
                    self.entries.push(entry);
                }
            }
        }
        Ok(())
    }

    /// Rebuild the alias index.
    pub fn reindex(&mut self) {
        let mut index: HashMap<String, Vec<(Target, bool)>> = HashMap::new();
        let mut add = |alias: &str, t: Target| {
            let key = norm_phrase(alias);
            if key.is_empty() {
                return;
            }
            let needs_upper = alias.chars().any(char::is_uppercase);
            let v = index.entry(key).or_default();
            if !v.iter().any(|(x, _)| *x == t) {
                v.push((t, needs_upper));
            }
        };
        for (i, e) in self.entries.iter().enumerate() {
            for a in &e.aliases {
                add(a, Target::Entry(i));
            }
        }
        for (i, c) in self.countries.iter().enumerate() {
            add(&c.name, Target::Country(i));
            for a in &c.aliases {
                add(a, Target::Country(i));
            }
            for d in &c.demonyms {
                add(d, Target::Demonym(i));
            }
        }
        // Surnames of people: the last word of a multi-word name, with and without `al-`.
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.etype != EntryType::Person {
                continue;
            }
            let mut keys: Vec<String> = Vec::new();
            for a in &e.aliases {
                let words = split_words(a, 0);
                if words.len() >= 2 {
                    let last = words.last().map(|w| w.norm.clone()).unwrap_or_default();
                    for p in ["al-", "el-", "bin-"] {
                        if let Some(s) = last.strip_prefix(p) {
                            keys.push(s.to_string());
                        }
                    }
                    keys.push(last);
                }
            }
            keys.sort();
            keys.dedup();
            for k in keys {
                surnames.entry(k).or_default().push(i);
            }
        }
        for (k, v) in surnames {
            if v.len() == 1 && !index.contains_key(&k) && k.len() > 3 {
                index
                    .entry(k)
                    .or_default()
                    .push((Target::Surname(v[0]), true));
            }
        }
        self.max_words = index
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        self.index = index;
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Entry by index.
    pub fn entry_at(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// All countries.
    pub fn countries(&self) -> &[CountryRow] {
        &self.countries
    }

    /// Country by index.
    pub fn country_at(&self, i: usize) -> &CountryRow {
        &self.countries[i]
    }

    /// Country by alpha-2 or alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&CountryRow> {
        self.countries
            .iter()
            .find(|c| c.alpha3.eq_ignore_ascii_case(code) || c.alpha2.eq_ignore_ascii_case(code))
    }

    /// Country by name, alias or demonym ("Iraq", "Iraqi", "U.S.").
    pub fn country_by_name(&self, name: &str) -> Option<&CountryRow> {
        let key = norm_phrase(name);
        self.index.get(&key)?.iter().find_map(|(t, _)| match t {
            Target::Country(i) | Target::Demonym(i) => Some(&self.countries[*i]),
            _ => None,
        })
    }

    /// Who held `role` (`prime_minister`) in `country` (alpha-3) on `date` (`YYYY-MM-DD`).
    pub fn office_holder(&self, role: &str, country: &str, date: &str) -> Option<&Entry> {
        let day = date.get(..10).unwrap_or(date);
        self.entries.iter().find(|e| {
            e.etype == EntryType::Person
                && e.country.as_deref() == Some(country)
                && e.terms.iter().any(|t| {
                    t.role == role
                        && t.from.as_str() <= day
                        && t.to.as_deref().is_none_or(|to| day < to)
                })
        })
    }

    /// The targets of a normalized key, keeping only those whose case rule the words meet.
    pub fn lookup(&self, key: &str, first_upper: bool) -> Vec<Target> {
        self.index
            .get(key)
            .map(|v| {
                v.iter()
                    .filter(|(_, needs_upper)| first_upper || !needs_upper)
                    .map(|(t, _)| *t)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Longest match starting at word `i`: (number of words, targets).
    pub fn longest_at(&self, words: &[Word], i: usize) -> Option<(usize, Vec<Target>)> {
        let max = self.max_words.min(words.len() - i);
        for len in (1..=max).rev() {
            if words[i + 1..i + len].iter().any(|w| w.break_before) {
                continue;
            }
            // A possessive ends a phrase: "Iraq's police" is not one alias.
            if words[i..i + len - 1].iter().any(|w| w.possessive) {
                continue;
            }
            let key: Vec<&str> = words[i..i + len].iter().map(|w| w.norm.as_str()).collect();
            let targets = self.lookup(&key.join(" "), words[i].upper);
            if !targets.is_empty() {
                return Some((len, targets));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_parse() {
        let mut kb = Kb {
            entries: Vec::new(),
            countries: Vec::new(),
            by_id: HashMap::new(),
            index: HashMap::new(),
            max_words: 1,
        };
        for (name, text) in BUILTIN {
            kb.add_text(name, text).unwrap();
        }
        assert!(kb.entry("igo:UNAMI").is_some());
        assert!(kb.entry("role:police").unwrap().etype == EntryType::Role);
        let trump = kb.entry("person:donald_trump").unwrap();
        assert_eq!(trump.terms.len(), 2);
    }

    #[test]
    fn office_holders_follow_terms() {
        let kb = Kb::builtin();
        let pm = kb
            .office_holder("prime_minister", "IRQ", "2021-11-07")
            .unwrap();
        assert_eq!(pm.name, "Mustafa al-Kadhimi");
        let pm = kb
            .office_holder("prime_minister", "IRQ", "2023-01-01")
            .unwrap();
        assert_eq!(pm.name, "Mohammed Shia al-Sudani");
        assert_eq!(
            kb.office_holder("president", "IRQ", "2021-11-07")
                .unwrap()
                .name,
            "Barham Salih"
        );
        assert!(kb.office_holder("president", "IRQ", "1990-01-01").is_none());
    }

    #[test]
    fn user_file_errors_name_the_line() {
        let mut kb = Kb::builtin();
        let e = kb
            .add_text("mine.tsv", "actor\tx:1\tX\tdragon\t-\t-\t-\t-\n")
            .unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("mine.tsv:1") && msg.contains("dragon"),
            "{msg}"
        );
        kb.add_text("mine.tsv", "actor\tx:1\tAcme Militia\tarmed_group\tIRQ\tIRQUAF\tAcme Boys\t-\nalias\tx:1\tAcme Brigade\n")
            .unwrap();
        kb.reindex();
        let words = split_words("the Acme Brigade attacked", 0);
        let (len, t) = kb.longest_at(&words, 1).unwrap();
        assert_eq!(len, 2);
        assert!(matches!(t[0], Target::Entry(i) if kb.entry_at(i).id == "x:1"));
    }
}
