//! Trigger lexicon: verbs and nominalizations that signal an event, with their PLOVER type,
//! mode and ACLED key (data/triggers.tsv).

use std::collections::HashMap;

use chronicle_kb::text::Word;

const TRIGGERS: &str = include_str!("../data/triggers.tsv");

/// One trigger entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// PLOVER type (`ASSAULT`), or `ELECT` for elections.
    pub kind: String,
    /// PLOVER mode, when the trigger implies one.
    pub mode: Option<String>,
    /// ACLED key (`AIR`, `VIOLENT`, ...), when one applies.
    pub acled: Option<String>,
    /// A verb (true) or a noun.
    pub verb: bool,
    /// The lemma phrase as written in the lexicon.
    pub lemma: String,
}

/// A trigger found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TriggerMatch {
    /// First word index.
    pub first: usize,
    /// Last word index (inclusive).
    pub last: usize,
    /// The entry.
    pub trigger: Trigger,
    /// The surface form of the first word (`attacked`, `attacking`).
    pub form: String,
}

const IRREGULAR: &[(&str, &[&str])] = &[
    ("shoot", &["shot"]),
    ("fight", &["fought"]),
    ("strike", &["struck", "stricken"]),
    ("hit", &["hit"]),
    ("throw", &["threw", "thrown"]),
    ("take", &["took", "taken"]),
    ("flee", &["fled"]),
    ("set", &["set"]),
    ("meet", &["met"]),
    ("withdraw", &["withdrew", "withdrawn"]),
    ("beat", &["beat", "beaten"]),
    ("fly", &["flew", "flown", "flies"]),
    ("retake", &["retook", "retaken"]),
    ("overrun", &["overran", "overrun"]),
    ("seek", &["sought"]),
    ("break", &["broke", "broken"]),
    ("go", &["went", "gone", "goes"]),
    ("hold", &["held"]),
    ("send", &["sent"]),
    ("put", &["put"]),
    ("cut", &["cut"]),
    ("freeze", &["froze", "frozen"]),
    ("walk", &[]),
    ("lead", &["led"]),
    ("burn", &["burnt"]),
    ("sever", &[]),
    ("shut", &["shut"]),
    ("sentence", &[]),
    ("run", &["ran"]),
    ("blow", &["blew", "blown"]),
    ("speak", &["spoke", "spoken"]),
    ("travel", &["travelled", "travelling"]),
    ("lock", &[]),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The inflected forms of a verb lemma (lemma, -s, -ed, -ing, irregular forms).
pub fn inflect(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    let last = chars[n - 1];
    // third person
    if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('z')
    {
        out.push(format!("{lemma}es"));
    } else if last == 'y' && n > 1 && !is_vowel(chars[n - 2]) {
        out.push(format!("{}ies", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}s"));
    }
    // CVC doubling for short verbs (stab, ban, plan, drop, kidnap)
    let double =
        n == 3 && !is_vowel(last) && !matches!(last, 'w' | 'x' | 'y') && is_vowel(chars[1])
            || matches!(
                lemma,
                "stab"
                    | "plan"
                    | "drop"
                    | "kidnap"
                    | "grab"
                    | "ship"
                    | "stop"
                    | "trap"
                    | "slam"
                    | "step"
                    | "shut"
                    | "swap"
                    | "commit"
                    | "ban"
                    | "rob"
                    | "scrap"
                    | "snub"
                    | "expel"
                    | "repel"
                    | "compel"
                    | "patrol"
                    | "control"
                    | "admit"
                    | "submit"
                    | "acquit"
                    | "confer"
                    | "deter"
                    | "transfer"
                    | "permit"
                    | "equip"
                    | "rebel"
                    | "refer"
                    | "quit"
            );
    let stem = if double {
        format!("{lemma}{last}")
    } else {
        lemma.to_string()
    };
    if last == 'e' {
        out.push(format!("{lemma}d"));
        out.push(format!("{}ing", &lemma[..lemma.len() - 1]));
    } else if last == 'y' && n > 1 && !is_vowel(chars[n - 2]) {
        out.push(format!("{}ied", &lemma[..lemma.len() - 1]));
        out.push(format!("{lemma}ing"));
    } else {
        out.push(format!("{stem}ed"));
        out.push(format!("{stem}ing"));
    }
    if let Some((_, forms)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        out.extend(forms.iter().map(|s| s.to_string()));
    }
    out.sort();
    out.dedup();
    out
}

/// The compiled lexicon: first-word form → entries with their remaining words.
#[derive(Clone, Debug)]
pub struct Lexicon {
    by_first: HashMap<String, Vec<(Vec<String>, Trigger)>>,
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        let mut by_first: HashMap<String, Vec<(Vec<String>, Trigger)>> = HashMap::new();
        for line in TRIGGERS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let opt = |s: &str| if s == "-" { None } else { Some(s.to_string()) };
            let trig = Trigger {
                kind: f[1].to_string(),
                mode: opt(f[2]),
                acled: opt(f[3]),
                verb: f[4] == "v",
                lemma: f[0].to_string(),
            };
            let words: Vec<&str> = f[0].split(' ').collect();
            let firsts = if trig.verb {
                inflect(words[0])
            } else {
                vec![words[0].to_string()]
            };
            let rest: Vec<String> = words[1..].iter().map(|s| s.to_string()).collect();
            for form in firsts {
                by_first
                    .entry(form)
                    .or_default()
                    .push((rest.clone(), trig.clone()));
            }
        }
        for v in by_first.values_mut() {
            // Longest phrases first.
            v.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        }
        Lexicon { by_first }
    }

    /// Every trigger in `words`, longest match first at each position, not overlapping.
    /// A verb and a noun entry may share a form ("attack"): both are returned as candidates
    /// in that case, the caller decides by context.
    pub fn find(&self, words: &[Word]) -> Vec<TriggerMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut best: Option<(usize, Vec<Trigger>)> = None;
            if let Some(cands) = self.by_first.get(&words[i].norm) {
                for (rest, trig) in cands {
                    let len = 1 + rest.len();
                    if i + len > words.len() {
                        continue;
                    }
                    let ok = rest.iter().enumerate().all(|(k, w)| {
                        let word = &words[i + 1 + k];
                        (word.norm == *w || (w == "down" && word.norm == "down"))
                            && !word.break_before
                    });
                    if !ok {
                        continue;
                    }
                    match &mut best {
                        Some((l, v)) if *l == len => v.push(trig.clone()),
                        Some((l, _)) if *l > len => {}
                        _ => best = Some((len, vec![trig.clone()])),
                    }
                }
            }
            match best {
                Some((len, trigs)) => {
                    for t in trigs {
                        out.push(TriggerMatch {
                            first: i,
                            last: i + len - 1,
                            trigger: t,
                            form: words[i].norm.clone(),
                        });
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_kb::text::split_words;

    #[test]
    fn inflections() {
        assert!(inflect("attack").contains(&"attacked".to_string()));
        assert!(inflect("stab").contains(&"stabbed".to_string()));
        assert!(inflect("kidnap").contains(&"kidnapped".to_string()));
        assert!(inflect("shoot").contains(&"shot".to_string()));
        assert!(inflect("decry").contains(&"decries".to_string()));
        assert!(inflect("seize").contains(&"seized".to_string()));
        assert!(inflect("target").contains(&"targeted".to_string()));
        assert!(inflect("open").contains(&"opened".to_string()));
        assert!(inflect("hit").contains(&"hitting".to_string()));
        assert!(inflect("expel").contains(&"expelled".to_string()));
        assert!(inflect("patrol").contains(&"patrolling".to_string()));
    }

    #[test]
    fn multiword_triggers_win() {
        let lex = Lexicon::builtin();
        let w = split_words(
            "Security forces shot down two drones and protesters took to the streets.",
            0,
        );
        let found = lex.find(&w);
        let lemmas: Vec<&str> = found.iter().map(|m| m.trigger.lemma.as_str()).collect();
        assert!(lemmas.contains(&"shoot down"), "{lemmas:?}");
        assert!(lemmas.contains(&"take to the streets"), "{lemmas:?}");
    }
}
