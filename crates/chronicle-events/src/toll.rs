//! Counts and tolls: "at least six members ... were wounded", "killing three people",
//! "nearly 600", "dozens", "a protester was killed" (1), numbers in words and digits.

use chronicle_kb::text::Word;

/// What a toll counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TollKind {
    /// People killed.
    Killed,
    /// People injured.
    Injured,
    /// People arrested.
    Arrested,
    /// People displaced.
    Displaced,
}

impl TollKind {
    /// The name used in qualifiers (`fatalities`, `injured`, `arrested`, `displaced`).
    pub fn field(self) -> &'static str {
        match self {
            TollKind::Killed => "fatalities",
            TollKind::Injured => "injured",
            TollKind::Arrested => "arrested",
            TollKind::Displaced => "displaced",
        }
    }
}

/// A number phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// First word (including the qualifier).
    pub first: usize,
    /// Word after the phrase.
    pub end: usize,
    /// The value (lower bound for "dozens").
    pub value: u64,
    /// `at_least`, `more_than`, `about`, `at_most`, `exactly`, `vague`.
    pub qualifier: String,
}

/// A toll found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Toll {
    /// What is counted.
    pub kind: TollKind,
    /// The count.
    pub count: Count,
    /// Word index of the toll word ("killed", "wounding").
    pub cue: usize,
    /// The counted noun, when said ("people", "protesters").
    pub unit: Option<String>,
}

fn small(w: &str) -> Option<u64> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = ONES.iter().position(|x| *x == w) {
        return Some(i as u64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == w) {
        return Some(20 + 10 * i as u64);
    }
    if let Some((a, b)) = w.split_once('-') {
        let t = TENS.iter().position(|x| *x == a)?;
        let o = ONES.iter().position(|x| *x == b)?;
        if (1..10).contains(&o) {
            return Some(20 + 10 * t as u64 + o as u64);
        }
    }
    None
}

fn digits(w: &str) -> Option<u64> {
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        w.parse().ok()
    } else {
        None
    }
}

/// Parse a number phrase starting at word `i`.
pub fn parse_count(words: &[Word], i: usize) -> Option<Count> {
    let w = |k: usize| words.get(k).map(|w| w.norm.as_str()).unwrap_or("");
    let mut j = i;
    let mut qualifier = "exactly".to_string();
    match (w(j), w(j + 1)) {
        ("at", "least") => {
            qualifier = "at_least".into();
            j += 2;
        }
        ("at", "most") | ("up", "to") => {
            qualifier = "at_most".into();
            j += 2;
        }
        ("more", "than") => {
            qualifier = "more_than".into();
            j += 2;
        }
        ("close", "to") => {
            qualifier = "about".into();
            j += 2;
        }
        ("over", _) => {
            qualifier = "more_than".into();
            j += 1;
        }
        (
            "nearly" | "almost" | "about" | "around" | "some" | "roughly" | "approximately" | "an"
            | "estimated",
            _,
        ) if w(j) != "an" || w(j + 1) == "estimated" => {
            qualifier = "about".into();
            j += if w(j) == "an" { 2 } else { 1 };
        }
        _ => {}
    }
    let start_num = j;
    let mut value: Option<u64> = None;
    // digits, with thousands groups split by the word splitter ("10,000" -> "10" "000")
    if let Some(mut v) = digits(w(j)) {
        j += 1;
        while words
            .get(j)
            .is_some_and(|x| x.norm.len() == 3 && digits(&x.norm).is_some() && x.break_before)
        {
            v = v * 1000 + digits(w(j)).unwrap_or(0);
            j += 1;
        }
        value = Some(v);
    } else if let Some(v) = small(w(j)) {
        j += 1;
        value = Some(v);
    } else if matches!(w(j), "a" | "an") && w(j + 1) == "dozen" {
        value = Some(12);
        j += 2;
    } else if matches!(
        w(j),
        "dozens" | "scores" | "hundreds" | "thousands" | "tens"
    ) && (w(j + 1) == "of")
    {
        let v = match w(j) {
            "dozens" => 24,
            "scores" => 40,
            "hundreds" => 200,
            "tens" if w(j + 2) == "thousands" => {
                j += 2;
                20_000
            }
            _ => 2000,
        };
        if qualifier == "exactly" {
            qualifier = "vague".into();
        }
        value = Some(v);
        j += 2;
    }
    let mut v = value?;
    // "two dozen", "three hundred", "1.5 million"
    match w(j) {
        "dozen" => {
            v *= 12;
            j += 1;
        }
        "hundred" => {
            v *= 100;
            j += 1;
        }
        "thousand" => {
            v *= 1000;
            j += 1;
        }
        "million" => {
            v *= 1_000_000;
            j += 1;
        }
        _ => {}
    }
    // A year or a clock time is not a count.
    if j == start_num + 1
        && (1900..2100).contains(&v)
        && words.get(start_num).is_some_and(|x| x.norm.len() == 4)
    {
        return None;
    }
    Some(Count {
        first: i,
        end: j,
        value: v,
        qualifier,
    })
}

fn toll_kind(norm: &str) -> Option<TollKind> {
    Some(match norm {
        "killed" | "killing" | "dead" | "died" | "kills" | "killings" | "deaths" | "die"
        | "slain" | "murdered" => TollKind::Killed,
        "wounded" | "wounding" | "injured" | "injuring" | "hurt" | "injuries" | "wounds" => {
            TollKind::Injured
        }
        "arrested" | "detained" | "arresting" | "detaining" | "arrests" | "detentions" => {
            TollKind::Arrested
        }
        "displaced" | "displacing" | "flee" | "fled" | "uprooted" => TollKind::Displaced,
        _ => return None,
    })
}

fn is_be(norm: &str) -> bool {
    matches!(
        norm,
        "was"
            | "were"
            | "been"
            | "be"
            | "are"
            | "is"
            | "being"
            | "have"
            | "had"
            | "has"
            | "reportedly"
            | "later"
            | "also"
            | "all"
    )
}

/// Every toll in a sentence.
pub fn find_tolls(words: &[Word]) -> Vec<Toll> {
    let mut out: Vec<Toll> = Vec::new();
    let n = words.len();
    let mut used_counts: Vec<usize> = Vec::new();
    // "No casualties were reported": nobody killed or hurt.
    if let Some(c) = words
        .windows(2)
        .position(|p| p[0].norm == "no" && p[1].norm == "casualties")
    {
        for kind in [TollKind::Killed, TollKind::Injured] {
            out.push(Toll {
                kind,
                count: Count {
                    first: c,
                    end: c + 1,
                    value: 0,
                    qualifier: "exactly".into(),
                },
                cue: c + 1,
                unit: None,
            });
        }
    }
    for c in 0..n {
        let Some(kind) = toll_kind(&words[c].norm) else {
            continue;
        };
        // Active: "killing three people", "killed 11 villagers", "left 20 dead" handled below.
        let after = c + 1;
        if matches!(
            words[c].norm.as_str(),
            "killing"
                | "killed"
                | "wounding"
                | "wounded"
                | "injuring"
                | "injured"
                | "arresting"
                | "arrested"
                | "detained"
                | "detaining"
                | "displacing"
                | "displaced"
        ) && after < n
            && !words[after].break_before
        {
            let mut k = after;
            if words.get(k).is_some_and(|w| w.norm == "of") {
                k += 1; // "the killing of nearly 600 protesters"
            }
            if let Some(count) = parse_count(words, k) {
                if !used_counts.contains(&count.first) {
                    let unit = words.get(count.end).map(|w| w.norm.clone());
                    used_counts.push(count.first);
                    out.push(Toll {
                        kind,
                        count,
                        cue: c,
                        unit,
                    });
                    continue;
                }
            }
        }
        // Passive / adjectival: "<count> [noun phrase] were killed", "<count> dead".
        let mut found = false;
        let lo = c.saturating_sub(10);
        for s in (lo..c).rev() {
            let Some(mut count) = parse_count(words, s) else {
                continue;
            };
            // Extend back over a qualifier ("at least" six).
            for back in [3, 2, 1] {
                if s >= back {
                    if let Some(c2) = parse_count(words, s - back) {
                        if c2.end == count.end
                            && !words[s - back + 1..=s].iter().any(|w| w.break_before)
                        {
                            count = c2;
                            break;
                        }
                    }
                }
            }
            if count.end > c || used_counts.contains(&count.first) {
                continue;
            }
            // The words between must be a noun phrase plus a form of "be".
            let between = &words[count.end..c];
            let crosses = words[count.end.min(c)..=c]
                .iter()
                .skip(1)
                .any(|w| w.break_before);
            let verbish = between.iter().any(|w| {
                toll_kind(&w.norm).is_some()
                    || matches!(
                        w.norm.as_str(),
                        "said" | "and" | "after" | "when" | "in" | "on"
                    )
            });
            if crosses || verbish || between.len() > 8 {
                continue;
            }
            let unit = between
                .iter()
                .find(|w| !is_be(&w.norm) && w.norm != "of")
                .map(|w| w.norm.clone());
            used_counts.push(count.first);
            out.push(Toll {
                kind,
                count,
                cue: c,
                unit,
            });
            found = true;
            break;
        }
        if found {
            continue;
        }
        // "a protester was killed", "one man was killed": article + noun (+ be) + toll word.
        if c >= 2 {
            for s in (c.saturating_sub(5)..c).rev() {
                if matches!(words[s].norm.as_str(), "a" | "an")
                    && words[s + 1..c]
                        .iter()
                        .any(|w| matches!(w.norm.as_str(), "was" | "is"))
                    && !words[s + 1..=c].iter().any(|w| w.break_before)
                {
                    let unit = words.get(s + 1).map(|w| w.norm.clone());
                    out.push(Toll {
                        kind,
                        count: Count {
                            first: s,
                            end: s + 1,
                            value: 1,
                            qualifier: "exactly".into(),
                        },
                        cue: c,
                        unit,
                    });
                    break;
                }
            }
        }
        // "nobody was killed", "no one was hurt", "no casualties"
        if c >= 2 {
            let prev: Vec<&str> = words[c.saturating_sub(3)..c]
                .iter()
                .map(|w| w.norm.as_str())
                .collect();
            if prev.contains(&"nobody") || prev.windows(2).any(|p| p == ["no", "one"]) {
                out.push(Toll {
                    kind,
                    count: Count {
                        first: c - 2,
                        end: c - 1,
                        value: 0,
                        qualifier: "exactly".into(),
                    },
                    cue: c,
                    unit: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_kb::text::split_words;

    fn tolls(s: &str) -> Vec<(TollKind, u64, String)> {
        let w = split_words(s, 0);
        find_tolls(&w)
            .into_iter()
            .map(|t| (t.kind, t.count.value, t.count.qualifier))
            .collect()
    }

    #[test]
    fn active_and_passive_tolls() {
        assert_eq!(
            tolls("Missiles struck a block, killing three people and wounding 12 others."),
            [
                (TollKind::Killed, 3, "exactly".into()),
                (TollKind::Injured, 12, "exactly".into())
            ]
        );
        assert_eq!(
            tolls("At least six members of the prime minister's protection force were wounded in the attack."),
            [(TollKind::Injured, 6, "at_least".into())]
        );
        assert_eq!(
            tolls("The police fired, killing at least one demonstrator."),
            [(TollKind::Killed, 1, "at_least".into())]
        );
        assert_eq!(
            tolls("A protester was killed."),
            [(TollKind::Killed, 1, "exactly".into())]
        );
        assert_eq!(
            tolls("Police said nearly 600 people had been detained."),
            [(TollKind::Arrested, 600, "about".into())]
        );
        assert_eq!(
            tolls("Gunmen killed more than 130 people."),
            [(TollKind::Killed, 130, "more_than".into())]
        );
        assert_eq!(
            tolls("Dozens of people were injured."),
            [(TollKind::Injured, 24, "vague".into())]
        );
        assert_eq!(
            tolls("Nobody was killed."),
            [(TollKind::Killed, 0, "exactly".into())]
        );
        assert_eq!(
            tolls("Clashes in 2019 killed twenty-five fighters."),
            [(TollKind::Killed, 25, "exactly".into())]
        );
        assert_eq!(tolls("It deployed 10,000 soldiers."), []);
    }
}
