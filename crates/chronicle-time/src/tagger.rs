//! Finding temporal expressions: a small tokenizer and a cascade of hand-written rules that
//! turn token runs into [`Expr`]s (what the words say, before any anchoring).
//!
//! At each token the rules are tried and the longest match wins; modifiers ("about",
//! "nearly", "early", "late", "mid-") join the span without changing the value.

use chrono::Weekday;

use crate::calendar::{Season, Unit};
use crate::lexicon;

/// A token of the tagger's own tokenization (byte offsets into the scanned text).
#[derive(Clone, Debug, PartialEq)]
pub struct Tok {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Lower-cased text; curly apostrophes become `'`, `a.m.` becomes `am`.
    pub low: String,
    /// First character is upper case.
    pub cap: bool,
    /// All ASCII digits.
    pub num: bool,
}

/// Split text into words, numbers and single punctuation marks.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let comma_num = d == ','
                    && text[i..j].bytes().all(|b| b.is_ascii_digit() || b == b',')
                    && text[j + 1..].len() >= 3
                    && text[j + 1..].bytes().take(3).all(|b| b.is_ascii_digit())
                    && !text
                        .as_bytes()
                        .get(j + 4)
                        .is_some_and(|b| b.is_ascii_digit());
                if d.is_alphanumeric() || comma_num {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let mut low = text[i..end].to_lowercase();
            // a.m. / p.m.
            if (low == "a" || low == "p") && text[end..].starts_with(".m.") {
                for _ in 0..3 {
                    it.next();
                }
                end += 3;
                low.push('m');
            }
            let num = low.bytes().all(|b| b.is_ascii_digit());
            out.push(Tok {
                start: i,
                end,
                low,
                cap: c.is_uppercase(),
                num,
            });
        } else {
            let low = match c {
                '’' | '‘' | '`' => "'".to_string(),
                '–' | '—' => "-".to_string(),
                _ => c.to_lowercase().collect(),
            };
            // "'s" stays one token.
            if low == "'" {
                if let Some(&(j, 's')) = it.peek() {
                    let after = text[j + 1..].chars().next();
                    if !after.is_some_and(char::is_alphanumeric) {
                        it.next();
                        out.push(Tok {
                            start: i,
                            end: j + 1,
                            low: "'s".into(),
                            cap: false,
                            num: false,
                        });
                        continue;
                    }
                }
            }
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                low,
                cap: false,
                num: false,
            });
        }
    }
    out
}

/// What a temporal expression says, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date, possibly partial: "Nov. 6, 2021", "October 10", "2019", "January 1998".
    /// `wd` is a weekday said with it ("Sunday, Nov. 7").
    Date {
        /// Year.
        y: Option<i32>,
        /// Month.
        m: Option<u32>,
        /// Day.
        d: Option<u32>,
        /// Weekday given with the date.
        wd: Option<Weekday>,
    },
    /// A decade ("the 1990s").
    Decade(i32),
    /// A century by its first year ("the 20th century": 1900).
    Century(i32),
    /// A weekday; `rel` is -1 for "last", +1 for "next", 0 otherwise.
    Weekday {
        /// Which day.
        wd: Weekday,
        /// Explicit direction.
        rel: i8,
    },
    /// A day relative to now: today 0, yesterday -1, tomorrow +1.
    DayRel(i64),
    /// A unit relative to now: "this week" (0), "last month" (-1), "next year" (+1).
    UnitRel {
        /// The unit.
        unit: Unit,
        /// Offset in units.
        n: i64,
    },
    /// "The weekend": the one just past in a past context, else the coming one.
    TheWeekend,
    /// A month name with a direction: "last November".
    MonthRel {
        /// Month.
        m: u32,
        /// -1 last, +1 next, 0 this.
        rel: i8,
    },
    /// A month of a year said relative to now: "January this year", "June last year".
    MonthOfYear {
        /// Month.
        m: u32,
        /// Year offset from now: -1, 0, +1.
        rel: i8,
    },
    /// A season: "last fall", "summer 1998".
    Season {
        /// Which season.
        s: Season,
        /// -1 last, +1 next, 0 this or unmarked.
        rel: i8,
        /// Explicit year.
        y: Option<i32>,
    },
    /// A quarter: "the third quarter", "the quarter", "fourth-quarter".
    Quarter {
        /// Quarter number when said.
        q: Option<u32>,
        /// Explicit year.
        y: Option<i32>,
        /// -1 "last quarter", 0 "this quarter"; `None` when unmarked (the latest quarter).
        rel: Option<i8>,
        /// Half-year instead of quarter ("the first half").
        half: bool,
    },
    /// A quarter named by its year rather than by the calendar: "this year's third quarter",
    /// "last year's quarter", "the 1988 quarter", "the quarter a year ago", "the year-earlier
    /// period". Without `q`, the quarter is the one being reported on (the last quarter
    /// mentioned, else the latest one).
    QuarterOf {
        /// Quarter number when said.
        q: Option<u32>,
        /// Which year.
        year: YearOf,
    },
    /// A span back from now: "two years ago".
    Ago {
        /// Unit.
        unit: Unit,
        /// Count (None: "several").
        n: Option<f64>,
    },
    /// A span from the time just mentioned: "two days later" (+1), "a year earlier" (-1).
    Shift {
        /// Unit.
        unit: Unit,
        /// Count.
        n: Option<f64>,
        /// Direction.
        dir: i64,
    },
    /// A day relative to the day just mentioned: "the next day" (+1), "that day" (0).
    AnaDay(i64),
    /// A day or week said from another date: "the day before last Tuesday" (unit day, -1),
    /// "the day after Christmas" (day, +1), "the week of March 6" (week, 0: the ISO week
    /// holding that day).
    Around {
        /// The date it is said from.
        base: Box<Expr>,
        /// `Day` or `Week`.
        unit: Unit,
        /// Offset in days (week: always 0).
        off: i64,
    },
    /// A duration: "two days", "48 hours".
    Duration {
        /// Unit.
        unit: Unit,
        /// Count (None: "several").
        n: Option<f64>,
    },
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A set, value given directly (`P1D`, `P1W`, `XXXX-WXX-7`).
    Set(String),
    /// A clock time, on the reference day unless a day is given.
    Clock {
        /// The day, when said with it.
        day: Option<Box<Expr>>,
        /// Hour (0-23).
        h: u32,
        /// Minute.
        m: u32,
    },
    /// A day with a part of day: "last night", "Sunday morning".
    Part {
        /// The day.
        day: Box<Expr>,
        /// `MO`, `AF`, `EV`, `NI`.
        part: &'static str,
    },
    /// A yearly holiday on a fixed or computed day: month, day (day 0 = Thanksgiving, day 32
    /// = the US Election Day).
    Holiday {
        /// Month.
        m: u32,
        /// Day of month (0: fourth Thursday; 32: Tuesday after the first Monday).
        d: u32,
    },
}

/// The year of a [`Expr::QuarterOf`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearOf {
    /// A year given in digits ("the 1988 quarter").
    Abs(i32),
    /// Relative to the publication year ("last year's quarter": -1).
    Rel(i8),
    /// Years back from the quarter being reported on ("the year-ago quarter": 1).
    Back(i32),
}

/// One expression found: token range and meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Start byte (relative to the scanned text).
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
    /// A future cue ("will", "next", "plans") precedes it in its clause.
    pub future: bool,
    /// A past form ("said", "was", "closed") is the nearest cue before it in its clause.
    pub past: bool,
    /// "after" or "before" follows it: a duration measured from another time (+1 after,
    /// -1 before, 0 neither).
    pub linked: i8,
}

/// Find every temporal expression in `text` (one sentence or a whole text).
pub fn find(text: &str) -> Vec<Found> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((end, expr)) = parse_at(&toks, i) {
            if is_title(&toks, i, &expr) || is_generic(&toks, i, end, &expr) {
                i = end;
                continue;
            }
            let (s, e) = (toks[i].start, toks[end - 1].end);
            let second = coordinated_day(&toks, end, &expr);
            let linked = match w(&toks, end) {
                "after" | "later" => 1,
                "before" | "earlier" => -1,
                _ => 0,
            };
            out.push(Found {
                start: s,
                end: e,
                expr,
                future: tense(&toks, i, end) > 0,
                past: tense(&toks, i, end) < 0,
                linked,
            });
            // "April 24 and 25": the second day of the same month.
            if let Some(d2) = second {
                let x = &toks[end + 1];
                let prev = &out[out.len() - 1];
                let (future, past) = (prev.future, prev.past);
                out.push(Found {
                    start: x.start,
                    end: x.end,
                    expr: d2,
                    future,
                    past,
                    linked: 0,
                });
                i = end + 2;
                continue;
            }
            i = end;
        } else if let Some(e) = elliptic_last(&toks, i) {
            out.push(Found {
                start: toks[i].start,
                end: toks[i].end,
                expr: e,
                future: false,
                past: false,
                linked: 0,
            });
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Nouns that make "today's" generic ("today's youth", "today's world": nowadays, not the
/// day of the report; unmarked in TimeBank and AQUAINT alike).
const GENERIC_AFTER_TODAY: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "generations",
    "children",
    "kids",
    "young",
    "teenagers",
    "culture",
    "families",
];

/// "today's world", "the people of tomorrow": today or tomorrow said of an age, not a day.
fn is_generic(t: &[Tok], i: usize, end: usize, e: &Expr) -> bool {
    if !matches!(e, Expr::DayRel(0 | 1)) || end != i + 1 {
        return false;
    }
    if w(t, end) == "'s" {
        return w(t, i) == "today" && is_word(t, end + 1, GENERIC_AFTER_TODAY);
    }
    // "the leaders of tomorrow" (but "as of today" is a date).
    w(t, i.wrapping_sub(1)) == "of"
        && !is_word(t, i.wrapping_sub(2), &["as", "end", "close"])
        && t.get(i.wrapping_sub(2))
            .is_some_and(|x| x.low.chars().all(|c| c.is_ascii_lowercase()) && x.low.len() > 2)
}

/// A second day after a month date: "April 24 and 25" gives 25 the month (and year) of 24.
/// Only when nothing after the number makes it a count ("April 24 and 25 people").
fn coordinated_day(t: &[Tok], end: usize, e: &Expr) -> Option<Expr> {
    let Expr::Date {
        y,
        m: Some(m),
        d: Some(d),
        ..
    } = e
    else {
        return None;
    };
    if !is_word(t, end, &["and", "or"]) {
        return None;
    }
    let d2 = day_num(t, end + 1).filter(|d2| d2 > d)?;
    if !t[end + 1].num {
        return None;
    }
    let after = t.get(end + 2);
    let ends = after.is_none_or(|x| {
        !x.low.chars().next().is_some_and(char::is_alphanumeric)
            || ["in", "at", "on", "when", "and", "to", "with", "for"].contains(&x.low.as_str())
    });
    ends.then_some(Expr::Date {
        y: *y,
        m: Some(*m),
        d: Some(d2),
        wd: None,
    })
}

/// "this year as last", "more this quarter than last": an elided "last year" after "as" or
/// "than", with the unit taken from "this <unit>" a few words before.
fn elliptic_last(t: &[Tok], i: usize) -> Option<Expr> {
    if w(t, i) != "last" || !is_word(t, i.wrapping_sub(1), &["as", "than"]) {
        return None;
    }
    if t.get(i + 1)
        .is_some_and(|x| x.low.chars().next().is_some_and(char::is_alphanumeric))
    {
        return None;
    }
    let from = i.saturating_sub(10);
    (from..i.saturating_sub(1)).rev().find_map(|k| {
        if w(t, k) != "this" {
            return None;
        }
        let unit = lexicon::unit(w(t, k + 1))?;
        matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Quarter)
            .then_some(Expr::UnitRel { unit, n: -1 })
    })
}

/// A deictic expression written in capitals inside a sentence is a title, not a time:
/// ABC's "This Week", "VOA Today".
fn is_title(t: &[Tok], i: usize, e: &Expr) -> bool {
    matches!(e, Expr::DayRel(_) | Expr::UnitRel { .. }) && t[i].cap && title_starts(t, i)
}

/// A title plainly starts at `i`: after a possessive ("ABC-TV's This Week") or an opening
/// quote after a word ("ABC News' \"This Week\""). A headline in title case ("Talks Resume
/// Today") is no title.
fn title_starts(t: &[Tok], i: usize) -> bool {
    let mut k = i;
    let mut quoted = false;
    while k > 0 {
        k -= 1;
        match t[k].low.as_str() {
            "\"" | "`" | "“" => quoted = true,
            "'" | "‘" => {}
            "'s" => return true,
            x => return quoted && x.chars().next().is_some_and(char::is_alphanumeric),
        }
    }
    false
}

/// How many tokens back the tense of an expression is looked for.
const TENSE_WINDOW: usize = 15;

/// How many tokens after an expression the tense is looked for, when nothing before it says.
const TENSE_WINDOW_AFTER: usize = 8;

/// Words that put what follows in the future: modals, plans, schedules, deadlines.
const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "would",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "upcoming",
    "due",
    "hopes",
    "intends",
    "intend",
    "aims",
    "payable",
    "effective",
    "supposed",
    "postponed",
    "delayed",
    "adjourned",
    "extended",
    "extend",
    "extends",
    "resume",
    "resumes",
    "next",
];

/// Irregular past forms common in news (regular ones end in `-ed`).
const PAST_IRREGULAR: &[&str] = &[
    "was", "were", "had", "did", "been", "said", "told", "met", "went", "came", "took", "made",
    "held", "began", "left", "saw", "gave", "found", "got", "fell", "rose", "won", "lost", "sent",
    "led", "spent", "paid", "sold", "bought", "brought", "thought", "felt", "kept", "shot",
    "struck", "ran", "spoke", "wrote", "became", "broke", "chose", "drove", "flew", "fought",
    "knew", "meant", "stood", "threw", "sought", "caught", "ago", "earlier", "since",
];

/// Words before an `-ed` form that make it an adjective ("a still unspecified date").
const BEFORE_ADJECTIVE: &[&str] = &[
    "a", "an", "the", "still", "not", "very", "its", "their", "his", "her", "our", "this", "that",
    "so", "more", "most", "well",
];

/// The tense cue of one word at `k`: +1 future, -1 past, 0 present (decisive, neither),
/// `None` when the word says nothing.
fn tense_cue(t: &[Tok], k: usize) -> Option<i8> {
    let word = w(t, k);
    // "as soon as", "as early as"
    if is_word(t, k, &["soon", "early"]) && w(t, k.wrapping_sub(1)) == "as" && w(t, k + 1) == "as" {
        return Some(1);
    }
    // "set to", "is to", "plans to", "going to"; "of record"
    if is_word(
        t,
        k,
        &[
            "set", "is", "are", "plans", "plan", "going", "hope", "hoping", "wants",
        ],
    ) && w(t, k + 1) == "to"
    {
        return Some(1);
    }
    if word == "record" && w(t, k.wrapping_sub(1)) == "of" {
        return Some(1);
    }
    if word == "next" && w(t, k + 1) == "to" {
        return None; // "next to the embassy"
    }
    if FUTURE_CUES.contains(&word) {
        // "had been due to expire": a plan in the past.
        let had = (1..=3).any(|b| w(t, k.wrapping_sub(b)) == "had");
        if had && !matches!(word, "would" | "will") {
            return Some(-1);
        }
        return Some(1);
    }
    if is_word(t, k, &["is", "are", "am", "says", "say"]) {
        return Some(0);
    }
    let regular = word.len() >= 5
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && t.get(k).is_some_and(|x| !x.cap);
    if PAST_IRREGULAR.contains(&word) || regular {
        // A participle after "be" ("will be paid") takes its tense from further back; an
        // adjective ("a still unspecified date") has none.
        if is_word(t, k.wrapping_sub(1), &["be", "being"])
            || (regular && BEFORE_ADJECTIVE.contains(&w(t, k.wrapping_sub(1))))
        {
            return None;
        }
        return Some(-1);
    }
    None
}

/// True for a token that ends a clause for the tense scan.
fn clause_end(t: &[Tok], k: usize) -> bool {
    match w(t, k) {
        "!" | "?" | ";" => true,
        "." => {
            let prev = w(t, k.wrapping_sub(1));
            prev.len() > 3 || prev.chars().next().is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The tense around the expression at tokens `i..end`: +1 future, -1 past, 0 unknown.
/// The nearest cue before it in its clause decides: a modal or a plan word ("will", "would",
/// "planned", "set to", "as soon as", "payable") is future; a past form ("said", "was",
/// "closed") is past; "is"/"are" is neither. With no cue before, the first cue after it
/// (other than a reporting verb: "Tuesday, Castro said") may make it past.
/// (POS tags would do better; the rules see only words so that they also run without a tagger.)
pub fn tense(t: &[Tok], i: usize, end: usize) -> i8 {
    // "by February", "by Dec. 10": a deadline, still to come.
    if w(t, i.wrapping_sub(1)) == "by" && lexicon::month(w(t, i)).is_some() {
        return 1;
    }
    let lo = i.saturating_sub(TENSE_WINDOW);
    let mut k = i;
    while k > lo {
        k -= 1;
        if clause_end(t, k) {
            break;
        }
        if let Some(c) = tense_cue(t, k) {
            return c;
        }
    }
    let hi = (end + TENSE_WINDOW_AFTER).min(t.len());
    for k in end..hi {
        if clause_end(t, k) {
            break;
        }
        if is_word(
            t,
            k,
            &["said", "says", "say", "told", "according", "reported"],
        ) {
            continue;
        }
        if let Some(c) = tense_cue(t, k) {
            // What follows is often another event ("Tuesday, and will ..."): only a past
            // form is trusted there.
            return c.min(0);
        }
    }
    0
}

/// Words that may precede an expression and join its span without changing its value.
const MODIFIERS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "roughly",
    "some",
    "early",
    "late",
    "mid",
    "only",
    "just",
];

fn parse_at(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    // Modifiers: "more than", "less than", "at least", "early", "mid-".
    let mut j = i;
    loop {
        let w = t.get(j).map(|x| x.low.as_str());
        let w2 = t.get(j + 1).map(|x| x.low.as_str());
        match (w, w2) {
            (Some("more" | "less" | "fewer"), Some("than"))
            | (Some("at"), Some("least" | "most")) => j += 2,
            (Some(m), _) if MODIFIERS.contains(&m) && j - i < 3 => {
                j += 1;
                if t.get(j).is_some_and(|x| x.low == "-") {
                    j += 1;
                }
            }
            _ => break,
        }
    }
    if j > i {
        if let Some(r) = core(t, j) {
            // "some" and "just" alone before a non-duration are not modifiers worth a span.
            return Some(r);
        }
    }
    core(t, i)
}

fn w(t: &[Tok], i: usize) -> &str {
    t.get(i).map(|x| x.low.as_str()).unwrap_or("")
}

fn is_word(t: &[Tok], i: usize, words: &[&str]) -> bool {
    words.contains(&w(t, i))
}

/// A rule: at a token index, the index after the match and what it means.
type Rule = fn(&[Tok], usize) -> Option<(usize, Expr)>;

/// The longest rule match at `i`.
fn core(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let rules: [Rule; 15] = [
        quarter_of_rule,
        iso_date,
        month_date,
        day_month,
        year_rule,
        weekday_rule,
        day_rel,
        unit_rel,
        season_rule,
        quarter_rule,
        duration_rule,
        reference_rule,
        set_rule,
        clock_rule,
        holiday_rule,
    ];
    let mut best: Option<(usize, Expr)> = None;
    for r in rules {
        if let Some((end, e)) = r(t, i) {
            if best.as_ref().is_none_or(|(b, _)| end > *b) {
                best = Some((end, e));
            }
        }
    }
    let (end, e) = best?;
    Some(with_clock(t, end, e))
}

/// A clock time after a day expression ("Sunday at 3 p.m.").
fn with_clock(t: &[Tok], end: usize, e: Expr) -> (usize, Expr) {
    let day_like = matches!(
        e,
        Expr::Date { d: Some(_), .. } | Expr::Weekday { .. } | Expr::DayRel(_)
    );
    if day_like {
        let k = if is_word(t, end, &["at", ","]) {
            end + 1
        } else {
            end
        };
        if let Some((e2, Expr::Clock { day: None, h, m })) = clock_rule(t, k) {
            return (
                e2,
                Expr::Clock {
                    day: Some(Box::new(e)),
                    h,
                    m,
                },
            );
        }
    }
    (end, e)
}

fn num_val(t: &[Tok], i: usize) -> Option<i64> {
    let x = t.get(i)?;
    if x.num && x.low.len() <= 9 {
        x.low.parse().ok()
    } else {
        None
    }
}

/// A day of month: `10`, `10th`.
fn day_num(t: &[Tok], i: usize) -> Option<u32> {
    let x = t.get(i)?;
    let d = if x.num && x.low.len() <= 2 {
        x.low.parse().ok()?
    } else {
        lexicon::ordinal(&x.low).filter(|_| x.low.as_bytes()[0].is_ascii_digit())?
    };
    (1..=31).contains(&d).then_some(d)
}

/// A year number `1000..=2199` (four digits).
fn year_num(t: &[Tok], i: usize) -> Option<i32> {
    let x = t.get(i)?;
    if x.num && x.low.len() == 4 {
        let y: i32 = x.low.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

/// A month name (capitalized in the text) with an optional abbreviation period; returns the
/// index after it.
fn month_at(t: &[Tok], i: usize) -> Option<(usize, u32)> {
    let x = t.get(i)?;
    let m = lexicon::month(&x.low)?;
    if !x.cap {
        return None;
    }
    let full = lexicon::is_full_month(&x.low);
    // "May" and "March" as words: demand a date-ish neighbour.
    let mut k = i + 1;
    if !full && w(t, k) == "." {
        k += 1;
    }
    Some((k, m))
}

fn iso_date(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let y = year_num(t, i)?;
    if w(t, i + 1) == "-" && w(t, i + 3) == "-" {
        let m = num_val(t, i + 2)? as u32;
        let d = num_val(t, i + 4)? as u32;
        if t.get(i + 2)?.low.len() == 2 && chrono::NaiveDate::from_ymd_opt(y, m, d).is_some() {
            return Some((
                i + 5,
                Expr::Date {
                    y: Some(y),
                    m: Some(m),
                    d: Some(d),
                    wd: None,
                },
            ));
        }
    }
    None
}

/// Month-first dates: "Nov. 6, 2021", "October 10", "January 1998", "November", with an
/// optional weekday before ("Sunday, Nov. 7").
fn month_date(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    let mut wd = None;
    if let Some(d) = lexicon::weekday(w(t, i)).filter(|_| t[i].cap) {
        let mut k2 = i + 1;
        if w(t, k2) == "," {
            k2 += 1;
        }
        if month_at(t, k2).is_some() {
            wd = Some(d);
            k = k2;
        }
    }
    // "the 10th of November"
    let (k, m) = month_at(t, k)?;
    let full = lexicon::is_full_month(w(t, i.max(k.saturating_sub(1))))
        || lexicon::is_full_month(w(t, k.saturating_sub(1)));
    // "March eighth": a spelled ordinal after a full month name.
    let spelled = || {
        lexicon::ordinal(w(t, k)).filter(|_| {
            lexicon::is_full_month(w(t, k.saturating_sub(1)))
                && t[k].low.as_bytes()[0].is_ascii_alphabetic()
                && w(t, k + 1) != "-"
                && !is_word(t, k + 1, &["quarter", "half"])
        })
    };
    if let Some(d) = day_num(t, k).or_else(spelled) {
        let mut e = k + 1;
        let mut y = None;
        let mut e2 = e;
        if w(t, e2) == "," {
            e2 += 1;
        }
        if let Some(yy) = year_num(t, e2) {
            y = Some(yy);
            e = e2 + 1;
        }
        return Some((
            e,
            Expr::Date {
                y,
                m: Some(m),
                d: Some(d),
                wd,
            },
        ));
    }
    let mut e2 = k;
    if w(t, e2) == "," || w(t, e2) == "of" {
        e2 += 1;
    }
    if let Some((e, y)) = year_any(t, e2) {
        return Some((
            e,
            Expr::Date {
                y: Some(y),
                m: Some(m),
                d: None,
                wd: None,
            },
        ));
    }
    // "January this year", "June last year"
    if is_word(t, e2, &["this", "last", "next"]) && w(t, e2 + 1) == "year" {
        let rel = direction(w(t, e2))?;
        return Some((e2 + 2, Expr::MonthOfYear { m, rel }));
    }
    // A bare month name: full names only, and not the modal "may" or verb "march".
    let word = w(t, k.saturating_sub(1));
    let month_alone = || {
        Some((
            k,
            Expr::Date {
                y: None,
                m: Some(m),
                d: None,
                wd: None,
            },
        ))
    };
    // "the March accession", "the May elections": a month before a lower-case noun (a
    // company such as "the May Department Stores" is capitalised).
    if wd.is_none()
        && is_word(t, i.wrapping_sub(1), &["the"])
        && t.get(k)
            .is_some_and(|x| !x.cap && x.low.chars().all(|c| c.is_ascii_lowercase()))
        && !is_word(t, k, &["of", "and", "or", "to", "for", "in"])
    {
        return month_alone();
    }
    // "may" and "march" only after a word that introduces a date ("in May", "since March").
    let date_word = [
        "in", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "-",
    ];
    if wd.is_none() && full && word != "may" && word != "march"
        || (matches!(word, "may" | "march") && is_word(t, i.wrapping_sub(1), &date_word))
    {
        return month_alone();
    }
    None
}

/// Day-first dates: "7 November 2021", "the 10th of November".
fn day_month(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    if w(t, k) == "the" {
        k += 1;
    }
    let d = day_num(t, k)?;
    k += 1;
    if w(t, k) == "of" {
        k += 1;
    }
    let (mut e, m) = month_at(t, k)?;
    let mut y = None;
    if let Some(yy) = year_num(t, e) {
        y = Some(yy);
        e += 1;
    }
    Some((
        e,
        Expr::Date {
            y,
            m: Some(m),
            d: Some(d),
            wd: None,
        },
    ))
}

const YEAR_BEFORE: &[&str] = &[
    "its",
    "his",
    "her",
    "their",
    "our",
    "whose",
    "'s",
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "from",
    "to",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "-",
    "fiscal",
    "year",
    "and",
    "through",
    "between",
    "circa",
    "around",
    "throughout",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "(",
    ",",
    "for",
    "or",
    "the",
    "until",
    "about",
    "than",
    "calendar",
];

const YEAR_AFTER_BAD: &[&str] = &[
    "%",
    "percent",
    "million",
    "billion",
    "thousand",
    "people",
    "troops",
    "shares",
    "tons",
    "dollars",
    "feet",
    "meters",
    "miles",
    "pounds",
    "members",
    "employees",
    "workers",
    "'s",
];

fn year_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    let fiscal = w(t, k) == "fiscal";
    if fiscal {
        k += 1;
        if w(t, k) == "year" {
            k += 1;
        }
    }
    if w(t, k) == "the"
        && t.get(k + 1)
            .is_some_and(|x| x.low.ends_with('s') && x.low.as_bytes()[0].is_ascii_digit())
    {
        k += 1;
    }
    if let Some(r) = spoken_year(t, k) {
        return Some(r);
    }
    // Ordinal centuries: "the 20th century", "the nineteenth century".
    let k0 = if w(t, k) == "the" { k + 1 } else { k };
    if let Some(n) = century_ordinal(w(t, k0)) {
        if w(t, k0 + 1) == "century" {
            return Some((k0 + 2, Expr::Century((n - 1) * 100)));
        }
    }
    // Decades: "1990s", "the '90s", "the nineties".
    if w(t, k) == "the" {
        let k2 = if w(t, k + 1) == "'" { k + 2 } else { k + 1 };
        if let Some(stem) = w(t, k2).strip_suffix('s') {
            if stem.len() == 2 && stem.ends_with('0') && stem.bytes().all(|b| b.is_ascii_digit()) {
                let y: i32 = stem.parse().ok()?;
                return Some((k2 + 1, Expr::Decade(1900 + y)));
            }
        }
        let tens = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        if let Some(i) = tens.iter().position(|x| *x == w(t, k + 1)) {
            return Some((k + 2, Expr::Decade(1920 + 10 * i as i32)));
        }
    }
    let x = t.get(k)?;
    if let Some(stem) = x.low.strip_suffix('s') {
        if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) && stem.ends_with('0') {
            let y: i32 = stem.parse().ok()?;
            return Some((k + 1, Expr::Decade(y)));
        }
    }
    let y = year_num(t, k)?;
    let before = if i > 0 { w(t, i - 1) } else { "" };
    if before == "$" || before == "#" || (k > 0 && w(t, k - 1) == "-" && k >= 2 && t[k - 2].num) {
        return None;
    }
    // A decimal number ("closed at 2082.1") is no year.
    if w(t, k + 1) == "."
        && t.get(k + 2)
            .is_some_and(|x| x.num && x.start == t[k + 1].end && t[k + 1].start == t[k].end)
    {
        return None;
    }
    let after = w(t, k + 1);
    let after_ok = after.is_empty()
        || (!YEAR_AFTER_BAD.contains(&after)
            && (after.chars().all(|c| !c.is_alphanumeric()) || !t[k + 1].num));
    let plausible = (1900..=2099).contains(&y);
    // A year as an attribute after a determiner: "a 1996 law", "that 1978 resolution".
    let attributive = plausible && matches!(before, "a" | "an" | "that" | "this");
    let strong = fiscal || YEAR_BEFORE.contains(&before) || i == 0 || attributive;
    let next_is_word_noun = t.get(k + 1).is_some_and(|n| {
        n.low.chars().all(char::is_alphabetic)
            && !matches!(
                n.low.as_str(),
                "and"
                    | "or"
                    | "to"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "that"
                    | "the"
                    | "but"
                    | "in"
                    | "on"
                    | "at"
                    | "with"
                    | "was"
                    | "were"
                    | "is"
                    | "election"
                    | "elections"
                    | "budget"
                    | "season"
                    | "levels"
                    | "level"
                    | "figures"
                    | "model"
                    | "census"
                    | "compared"
                    | "because"
                    | "until"
                    | "while"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "his"
                    | "her"
                    | "their"
                    | "a"
                    | "an"
                    | "by"
                    | "for"
                    | "from"
                    | "of"
                    | "through"
                    | "than"
                    | "had"
                    | "has"
                    | "have"
                    | "saw"
                    | "also"
                    | "could"
                    | "would"
                    | "will"
                    | "results"
                    | "presidential"
                    | "general"
                    | "olympics"
                    | "games"
                    | "war"
                    | "campaign"
                    | "crisis"
            )
    });
    // "predicting 1990 BellSouth earnings", "1989 sales": a year before a company's (or
    // anyone's) figures is the period they cover.
    const FIGURES: &[&str] = &[
        "earnings", "sales", "profit", "profits", "results", "revenue", "revenues", "output",
        "loss", "losses",
    ];
    let figures = is_word(t, k + 1, FIGURES)
        || (t.get(k + 1).is_some_and(|x| x.cap && !x.num) && is_word(t, k + 2, FIGURES));
    if after_ok && (strong || plausible) && (strong || !next_is_word_noun || figures) {
        if !plausible && !strong {
            return None;
        }
        return Some((
            k + 1,
            Expr::Date {
                y: Some(y),
                m: None,
                d: None,
                wd: None,
            },
        ));
    }
    None
}

/// A year in digits or in words; (index after, year).
/// An ordinal that may number a century: "20th", "twentieth" (up to the 21st).
fn century_ordinal(word: &str) -> Option<i32> {
    let words = [
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
    ];
    if let Some((_, n)) = words.iter().find(|(x, _)| *x == word) {
        return Some(*n);
    }
    lexicon::ordinal(word)
        .filter(|n| (1..=21).contains(n))
        .map(|n| n as i32)
}

fn year_any(t: &[Tok], i: usize) -> Option<(usize, i32)> {
    if let Some(y) = year_num(t, i) {
        return Some((i + 1, y));
    }
    match spoken_year(t, i)? {
        (e, Expr::Date { y: Some(y), .. }) => Some((e, y)),
        _ => None,
    }
}

/// Years said in words: "nineteen ninety-six", "the year two thousand".
fn spoken_year(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    if w(t, k) == "the" && w(t, k + 1) == "year" {
        k += 2;
    }
    let hi = lexicon::small_number(w(t, k))?;
    let date = |y: i32| Expr::Date {
        y: Some(y),
        m: None,
        d: None,
        wd: None,
    };
    if hi == 2 && w(t, k + 1) == "thousand" {
        let mut e = k + 2;
        let mut y = 2000;
        let mut k2 = e;
        if w(t, k2) == "and" {
            k2 += 1;
        }
        if let Some(lo) = lexicon::small_number(w(t, k2)).filter(|x| *x < 20) {
            y += lo as i32;
            e = k2 + 1;
        }
        if k == i && e == k + 2 {
            return None; // "two thousand" alone is a number
        }
        return Some((e, date(y)));
    }
    if !(11..=20).contains(&hi) {
        return None;
    }
    let tens =
        lexicon::small_number(w(t, k + 1)).filter(|x| (20..=90).contains(x) && x % 10 == 0)?;
    let mut e = k + 2;
    let mut lo = tens;
    let mut k2 = e;
    if w(t, k2) == "-" {
        k2 += 1;
    }
    if let Some(u) = lexicon::small_number(w(t, k2)).filter(|u| (1..10).contains(u)) {
        lo += u;
        e = k2 + 1;
    }
    Some((e, date(hi as i32 * 100 + lo as i32)))
}

/// Direction words before a unit, weekday or month: last/this/next.
fn direction(word: &str) -> Option<i8> {
    Some(match word {
        "last" | "past" | "previous" => -1,
        "this" | "current" | "present" => 0,
        "next" | "coming" | "following" => 1,
        _ => return None,
    })
}

fn weekday_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    let mut rel = 0;
    if let Some(r) = direction(w(t, k)).filter(|r| *r != 0 || w(t, k) == "this") {
        if w(t, k) == "past" || w(t, k) == "previous" || w(t, k) == "following" {
            return None;
        }
        rel = r;
        k += 1;
        // "this coming Sunday": the next one.
        if rel == 0 && w(t, k) == "coming" {
            rel = 1;
            k += 1;
        }
    }
    let x = t.get(k)?;
    // "on Sundays", "Tuesday nights": every such day (or part of it), a set.
    if rel == 0 && x.cap {
        let iso = |wd: Weekday| wd.number_from_monday();
        if let Some(wd) = x.low.strip_suffix('s').and_then(lexicon::weekday) {
            if lexicon::is_full_weekday(&x.low[..x.low.len() - 1]) {
                return Some((k + 1, Expr::Set(format!("XXXX-WXX-{}", iso(wd)))));
            }
        }
        let part = w(t, k + 1).strip_suffix('s').and_then(lexicon::part_of_day);
        if let (Some(wd), Some(p)) = (lexicon::weekday(&x.low), part) {
            if lexicon::is_full_weekday(&x.low) {
                return Some((k + 2, Expr::Set(format!("XXXX-WXX-{}T{p}", iso(wd)))));
            }
        }
    }
    let wd = lexicon::weekday(&x.low)?;
    let abbreviated = x.cap && w(t, k + 1) == ".";
    if !(lexicon::is_full_weekday(&x.low) || abbreviated) {
        return None;
    }
    if !x.cap && rel == 0 {
        return None;
    }
    let mut e = k + 1;
    if !lexicon::is_full_weekday(&x.low) {
        e += 1;
    }
    let day = Expr::Weekday { wd, rel };
    // "Sunday morning", "Friday night"
    if let Some(p) = lexicon::part_of_day(w(t, e)) {
        return Some((
            e + 1,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
        ));
    }
    Some((e, day))
}

fn day_rel(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    // "mid-afternoon yesterday", "mid afternoon": a part of day led by "mid", on the day
    // that follows or else the reference day.
    if w(t, i) == "mid" || w(t, i) == "midafternoon" || w(t, i) == "midmorning" {
        let (k, part) = match w(t, i) {
            "midafternoon" => (i + 1, "AF"),
            "midmorning" => (i + 1, "MO"),
            _ => {
                let k = if w(t, i + 1) == "-" { i + 2 } else { i + 1 };
                let p = lexicon::part_of_day(w(t, k)).filter(|p| *p != "NI")?;
                (k + 1, p)
            }
        };
        let (e, day) = match day_rel(t, k) {
            Some((e, d @ Expr::DayRel(_))) => (e, d),
            _ => match weekday_rule(t, k) {
                Some((e, d @ Expr::Weekday { .. })) => (e, d),
                _ => (k, Expr::DayRel(0)),
            },
        };
        return Some((
            e,
            Expr::Part {
                day: Box::new(day),
                part,
            },
        ));
    }
    let (e, day) = match w(t, i) {
        "today" => (i + 1, Expr::DayRel(0)),
        "yesterday" => (i + 1, Expr::DayRel(-1)),
        "tomorrow" => (i + 1, Expr::DayRel(1)),
        "tonight" => {
            return Some((
                i + 1,
                Expr::Part {
                    day: Box::new(Expr::DayRel(0)),
                    part: "NI",
                },
            ))
        }
        "last" if w(t, i + 1) == "night" => {
            return Some((
                i + 2,
                Expr::Part {
                    day: Box::new(Expr::DayRel(-1)),
                    part: "NI",
                },
            ))
        }
        "this" if lexicon::part_of_day(w(t, i + 1)).is_some() => {
            let p = lexicon::part_of_day(w(t, i + 1))?;
            return Some((
                i + 2,
                Expr::Part {
                    day: Box::new(Expr::DayRel(0)),
                    part: p,
                },
            ));
        }
        "the" | "that"
            if lexicon::part_of_day(w(t, i + 1)).is_some_and(|p| p != "NI")
                && w(t, i + 1) != "overnight"
                && (w(t, i) == "that"
                    || is_word(t, i.wrapping_sub(1), &["in", "during", "by", "until"])) =>
        {
            // "in the morning", "that evening": a part of the day just mentioned.
            let p = lexicon::part_of_day(w(t, i + 1))?;
            return Some((
                i + 2,
                Expr::Part {
                    day: Box::new(Expr::AnaDay(0)),
                    part: p,
                },
            ));
        }
        "the" | "that" => {
            // "the next day", "the following day", "the day before", "that day", "the same day"
            let mut k = i + 1;
            let mut off = None;
            match w(t, k) {
                "next" | "following" => {
                    off = Some(1);
                    k += 1
                }
                "previous" | "preceding" => {
                    off = Some(-1);
                    k += 1
                }
                "same" => {
                    off = Some(0);
                    k += 1
                }
                _ => {}
            }
            // "the week of March 6": the week that holds that day.
            if off.is_none() && w(t, i) == "the" && w(t, k) == "week" && w(t, k + 1) == "of" {
                let (e, base) = day_said(t, k + 2)?;
                return Some((
                    e,
                    Expr::Around {
                        base: Box::new(base),
                        unit: Unit::Week,
                        off: 0,
                    },
                ));
            }
            if w(t, k) != "day" {
                return None;
            }
            k += 1;
            let off = match off {
                Some(o) => o,
                None => match w(t, k) {
                    "before" if !next_starts_np(t, k + 1) => {
                        k += 1;
                        -1
                    }
                    "after" if !next_starts_np(t, k + 1) => {
                        k += 1;
                        1
                    }
                    // "the day before last Tuesday('s hearing)", "the day after Christmas":
                    // a day counted from a date said right after.
                    "before" | "after" if w(t, i) == "the" => {
                        let (e, base) = day_said(t, k + 1)?;
                        let o = if w(t, k) == "before" { -1 } else { 1 };
                        return Some((
                            e,
                            Expr::Around {
                                base: Box::new(base),
                                unit: Unit::Day,
                                off: o,
                            },
                        ));
                    }
                    _ if w(t, i) == "that" => 0,
                    _ => return None,
                },
            };
            return Some((k, Expr::AnaDay(off)));
        }
        _ => return None,
    };
    if let Some(p) = lexicon::part_of_day(w(t, e)) {
        return Some((
            e + 1,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
        ));
    }
    Some((e, day))
}

/// A date naming one day at `i` ("last Tuesday", "March 6", "Christmas", "yesterday"):
/// the index after it and its meaning.
fn day_said(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let (e, x) = parse_at(t, i)?;
    let day = matches!(
        x,
        Expr::Date { d: Some(_), .. }
            | Expr::Weekday { .. }
            | Expr::DayRel(_)
            | Expr::Holiday { .. }
    );
    day.then_some((e, x))
}

/// True when the token at `i` starts a noun phrase (so "before"/"after" is a preposition).
fn next_starts_np(t: &[Tok], i: usize) -> bool {
    match t.get(i) {
        None => false,
        Some(x) => x.low.chars().next().is_some_and(char::is_alphanumeric),
    }
}

fn unit_rel(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    // "year-end", "year end", "year's end": the end of the current year (TIMEX3 marks the
    // end with a modifier, the value is the year); "since year-end", the one just past.
    if w(t, k) == "year" {
        let e = match (w(t, k + 1), w(t, k + 2)) {
            ("-" | "'s", "end") => Some(k + 3),
            ("end", _) => Some(k + 2),
            _ => None,
        };
        if let Some(e) = e {
            let n = if w(t, i.wrapping_sub(1)) == "since" {
                -1
            } else {
                0
            };
            return Some((
                e,
                Expr::UnitRel {
                    unit: Unit::Year,
                    n,
                },
            ));
        }
    }
    // "earlier this year", "later this month"
    if is_word(t, k, &["earlier", "later"]) && is_word(t, k + 1, &["this", "last", "next"]) {
        k += 1;
    }
    if w(t, k) == "that" || (w(t, k) == "the" && w(t, k + 1) == "same") {
        // "that year", "the same month": the unit of the time just mentioned.
        let k2 = if w(t, k) == "that" { k + 1 } else { k + 2 };
        let unit =
            lexicon::unit(w(t, k2)).filter(|u| *u >= Unit::Week && !w(t, k2).ends_with('s'))?;
        return Some((
            k2 + 1,
            Expr::Shift {
                unit,
                n: Some(0.0),
                dir: 0,
            },
        ));
    }
    if w(t, k) == "the" {
        // "the past year" is a duration; "the coming year", "the current quarter" are dates;
        // "the following year", "the previous month" count from the time just mentioned.
        match w(t, k + 1) {
            "following" | "next" | "previous" | "preceding" | "prior" => {
                let unit = lexicon::unit(w(t, k + 2))
                    .filter(|u| *u >= Unit::Week && !w(t, k + 2).ends_with('s'))?;
                let dir = if matches!(w(t, k + 1), "following" | "next") {
                    1
                } else {
                    -1
                };
                return Some((
                    k + 3,
                    Expr::Shift {
                        unit,
                        n: Some(1.0),
                        dir,
                    },
                ));
            }
            // "the year", "the full year", "the fiscal year": a reporting period. Followed by
            // "ended"/"ending" or after "throughout"/"over", the annotators' convention is a
            // one-year duration ("the year ended March 31"); otherwise the current year.
            // "the current fiscal year", "the latest fiscal year", "the last fiscal year".
            "current" | "latest" | "last" | "coming"
                if w(t, k + 2) == "fiscal" && w(t, k + 3) == "year" =>
            {
                let n = match w(t, k + 1) {
                    "current" => 0,
                    "coming" => 1,
                    _ => -1,
                };
                return Some((
                    k + 4,
                    Expr::UnitRel {
                        unit: Unit::Year,
                        n,
                    },
                ));
            }
            "year" | "full" | "fiscal" if w(t, k + 1) == "year" || w(t, k + 2) == "year" => {
                let e = if w(t, k + 1) == "year" { k + 2 } else { k + 3 };
                if w(t, e) == "-" || w(t, e) == "'s" {
                    return None;
                }
                if is_word(t, e, &["ended", "ending"])
                    || is_word(t, i.wrapping_sub(1), &["throughout", "over", "during"])
                {
                    return Some((
                        e,
                        Expr::Duration {
                            unit: Unit::Year,
                            n: Some(1.0),
                        },
                    ));
                }
                return Some((
                    e,
                    Expr::UnitRel {
                        unit: Unit::Year,
                        n: 0,
                    },
                ));
            }
            // "the latest period" in a results report is the latest quarter.
            "latest" if w(t, k + 2) == "period" => {
                return Some((
                    k + 3,
                    Expr::Quarter {
                        q: None,
                        y: None,
                        rel: None,
                        half: false,
                    },
                ));
            }
            "weekend" => return Some((k + 2, Expr::TheWeekend)),
            _ => {}
        }
        direction(w(t, k + 1))?;
        if w(t, k + 1) == "past" || w(t, k + 1) == "last" {
            return None;
        }
        k += 1;
    }
    // "this past week"
    if w(t, k) == "this" && w(t, k + 1) == "past" {
        let unit = lexicon::unit(w(t, k + 2))
            .filter(|u| *u >= Unit::Week && !w(t, k + 2).ends_with('s'))?;
        return Some((k + 3, Expr::UnitRel { unit, n: -1 }));
    }
    let word = w(t, k);
    if word == "year" && w(t, k + 1) == "-" && is_word(t, k + 2, &["earlier", "ago"]) {
        // "year-earlier results"
        return Some((
            k + 3,
            Expr::Shift {
                unit: Unit::Year,
                n: Some(1.0),
                dir: -1,
            },
        ));
    }
    let rel = direction(word)?;
    if word == "past" {
        return None;
    }
    let next = w(t, k + 1);
    if let Some(unit) = lexicon::unit(next) {
        if next.ends_with('s') || unit < Unit::Day {
            return None;
        }
        if unit == Unit::Quarter {
            return None; // quarter_rule handles it
        }
        if unit == Unit::Day {
            return None;
        }
        return Some((
            k + 2,
            Expr::UnitRel {
                unit,
                n: rel as i64,
            },
        ));
    }
    if let Some(m) = lexicon::month(next) {
        if t.get(k + 1).is_some_and(|x| x.cap) && lexicon::is_full_month(next) {
            return Some((k + 2, Expr::MonthRel { m, rel }));
        }
    }
    None
}

fn season_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    let mut rel = 0;
    if let Some(r) = direction(w(t, k)) {
        if matches!(w(t, k), "last" | "this" | "next") {
            rel = r;
            k += 1;
        }
        if w(t, k.wrapping_sub(1)) == "this" && w(t, k) == "past" {
            rel = -1;
            k += 1;
        }
    }
    let s = lexicon::season(w(t, k))?;
    let mut e = k + 1;
    let mut y = None;
    let mut k2 = e;
    if w(t, k2) == "of" {
        k2 += 1;
    }
    if let Some((e3, yy)) = year_any(t, k2) {
        y = Some(yy);
        e = e3;
    }
    if rel == 0
        && y.is_none()
        && !is_word(
            t,
            i.wrapping_sub(1),
            &[
                "this", "the", "in", "last", "next", "early", "late", "mid", "-", "during",
            ],
        )
    {
        return None;
    }
    if w(t, k) == "fall"
        && rel == 0
        && y.is_none()
        && w(t, i.wrapping_sub(1)) != "this"
        && w(t, i.wrapping_sub(1)) != "the"
    {
        return None;
    }
    Some((e, Expr::Season { s, rel, y }))
}

/// True at "year-ago" / "year-earlier" (three tokens).
fn year_ago_adj(t: &[Tok], k: usize) -> bool {
    w(t, k) == "year" && w(t, k + 1) == "-" && is_word(t, k + 2, &["ago", "earlier"])
}

/// After a period: "last year", "a year ago", "a year earlier", "of last year",
/// "the previous year"; the index after it.
fn year_back_trailer(t: &[Tok], k: usize) -> Option<usize> {
    let k = if w(t, k) == "of" { k + 1 } else { k };
    if w(t, k) == "last" && w(t, k + 1) == "year" && w(t, k + 2) != "-" {
        return Some(k + 2);
    }
    if is_word(t, k, &["a", "one"])
        && w(t, k + 1) == "year"
        && is_word(t, k + 2, &["ago", "earlier", "before"])
    {
        return Some(k + 3);
    }
    if w(t, k) == "the" && is_word(t, k + 1, &["previous", "prior"]) && w(t, k + 2) == "year" {
        return Some(k + 3);
    }
    None
}

/// An optional quarter ordinal ("third", "3rd") and a period word ("quarter", "period");
/// (index after, quarter number).
fn quarter_word(t: &[Tok], k: usize, period: bool) -> Option<(usize, Option<u32>)> {
    let mut k = k;
    let mut q = None;
    if let Some(o) = lexicon::ordinal(w(t, k)).filter(|o| (1..=4).contains(o)) {
        q = Some(o);
        k += 1;
        if w(t, k) == "-" {
            k += 1;
        }
    }
    if w(t, k) == "quarter" || (period && q.is_none() && w(t, k) == "period") {
        Some((k + 1, q))
    } else {
        None
    }
}

/// Quarters named by their year ([`Expr::QuarterOf`]): "this year's third quarter", "last
/// year's quarter", "the 1988 period", "the year-ago quarter", "the comparable period last
/// year", "the quarter a year ago".
fn quarter_of_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let the = w(t, i) == "the";
    let k = if the { i + 1 } else { i };
    // "this/last/next year's (third) quarter"
    if is_word(t, k, &["this", "last", "next"]) && w(t, k + 1) == "year" && w(t, k + 2) == "'s" {
        let rel = direction(w(t, k))?;
        let (e, q) = quarter_word(t, k + 3, true)?;
        return Some((
            e,
            Expr::QuarterOf {
                q,
                year: YearOf::Rel(rel),
            },
        ));
    }
    if !the {
        // "year-ago quarter" without the article.
        if year_ago_adj(t, k) {
            let (e, q) = quarter_word(t, k + 3, true)?;
            return Some((
                e,
                Expr::QuarterOf {
                    q,
                    year: YearOf::Back(1),
                },
            ));
        }
        return None;
    }
    // "the 1988 (third) quarter", "the 1989 period"
    if let Some(y) = year_num(t, k) {
        let (e, q) = quarter_word(t, k + 1, true)?;
        return Some((
            e,
            Expr::QuarterOf {
                q,
                year: YearOf::Abs(y),
            },
        ));
    }
    // "the (comparable) year-ago (third) quarter|period", "the comparable period last year"
    let mut k2 = k;
    let compared = is_word(
        t,
        k2,
        &[
            "comparable",
            "corresponding",
            "same",
            "equivalent",
            "prior-year",
        ],
    );
    if compared {
        k2 += 1;
    }
    let ago = year_ago_adj(t, k2);
    if ago {
        k2 += 3;
    }
    if let Some((e, q)) = quarter_word(t, k2, true) {
        let trailer = year_back_trailer(t, e);
        if ago || trailer.is_some() {
            let e = trailer.unwrap_or(e);
            return Some((
                e,
                Expr::QuarterOf {
                    q,
                    year: YearOf::Back(1),
                },
            ));
        }
    }
    None
}

fn quarter_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let mut k = i;
    let the = w(t, k) == "the";
    if the {
        k += 1;
    }
    let mut q = None;
    let mut rel = None;
    let mut year_ago = false;
    let mut fiscal = false;
    let mut year_adj = None;
    loop {
        let word = w(t, k);
        if let Some(o) = lexicon::ordinal(word).filter(|o| *o <= 4) {
            q = Some(o);
            k += 1;
        } else if matches!(word, "latest" | "recent" | "just")
            || (word == "most" && w(t, k + 1) == "recent")
        {
            k += if word == "most" { 2 } else { 1 };
            if w(t, k) == "-" {
                k += 1;
            }
        } else if word == "ended" || word == "completed" {
            k += 1;
        } else if matches!(word, "current" | "this") {
            rel = Some(0);
            k += 1;
        } else if matches!(word, "last" | "previous" | "prior") && q.is_none() {
            rel = Some(-1);
            k += 1;
        } else if let Some(yy) = year_num(t, k).filter(|_| the) {
            year_adj = Some(yy);
            k += 1;
        } else if word == "fiscal" {
            fiscal = true;
            k += 1;
        } else if word == "year" && w(t, k + 1) == "-" && is_word(t, k + 2, &["ago", "earlier"]) {
            year_ago = true;
            k += 3;
        } else if word == "-" && w(t, k + 1) == "quarter" {
            k += 1;
        } else {
            break;
        }
    }
    let _ = fiscal;
    let qw = w(t, k);
    let half = qw == "half";
    // "the last half of 1989" is the second half.
    if half
        && q.is_none()
        && rel == Some(-1)
        && w(t, k.wrapping_sub(1)) == "last"
        && the
        && w(t, k + 1) == "of"
        && year_num(t, k + 2).is_some()
    {
        q = Some(2);
        rel = None;
    }
    if qw != "quarter" && !half {
        return None;
    }
    // "the quarter-to-quarter comparison": a kind of comparison, not a quarter.
    if w(t, k + 1) == "-" && w(t, k + 2) == "to" {
        return None;
    }
    if half && q.is_none() {
        return None;
    }
    if q.is_none() && rel.is_none() && !the && !year_ago {
        return None;
    }
    k += 1;
    let mut y = year_adj;
    let mut k2 = k;
    if w(t, k2) == "of" {
        k2 += 1;
    }
    if let Some(yy) = year_num(t, k2) {
        y = Some(yy);
        k = k2 + 1;
    }
    let e = Expr::Quarter { q, y, rel, half };
    if year_ago {
        // "the year-ago quarter": the same quarter a year before.
        return Some((
            k,
            Expr::Shift {
                unit: Unit::Year,
                n: Some(1.0),
                dir: -1,
            },
        ));
    }
    Some((k, e))
}

/// A count: digits, number words ("twenty four", "twenty-four"), "a"/"an", or a vague word.
/// Returns (index after, Some(n) | None for vague).
fn count(t: &[Tok], i: usize) -> Option<(usize, Option<f64>)> {
    let word = w(t, i);
    if word == "a" || word == "an" || word == "one" {
        // "a few", "a couple of"
        if w(t, i + 1) == "few" {
            return Some((i + 2, None));
        }
        if w(t, i + 1) == "couple" {
            let k = if w(t, i + 2) == "of" { i + 3 } else { i + 2 };
            return Some((k, Some(2.0)));
        }
        if w(t, i + 1) == "dozen" {
            return Some((i + 2, Some(12.0)));
        }
        if word != "one" && w(t, i + 1) == "hundred" {
            // "almost a hundred years"
            return Some((i + 2, Some(100.0)));
        }
        if word != "one" {
            // "a half", "one and a half"
            return Some((i + 1, Some(1.0)));
        }
    }
    if lexicon::is_vague_count(word) {
        let k = if word == "couple" && w(t, i + 1) == "of" {
            i + 2
        } else {
            i + 1
        };
        return Some((k, None));
    }
    let x = t.get(i)?;
    let mut k;
    let mut n: f64;
    if x.num && x.low.len() <= 6 {
        n = x.low.parse().ok()?;
        k = i + 1;
        if w(t, k) == "." && t.get(k + 1).is_some_and(|y| y.num) {
            let frac: f64 = format!("0.{}", t[k + 1].low).parse().ok()?;
            n += frac;
            k += 2;
        }
    } else if let Some(v) = lexicon::small_number(word) {
        n = v as f64;
        k = i + 1;
        if v >= 20 && v % 10 == 0 {
            let mut k2 = k;
            if w(t, k2) == "-" {
                k2 += 1;
            }
            if let Some(u) = lexicon::small_number(w(t, k2)).filter(|u| *u < 10 && *u > 0) {
                n += u as f64;
                k = k2 + 1;
            }
        }
        if w(t, k) == "hundred" {
            n *= 100.0;
            k += 1;
        }
    } else {
        return None;
    }
    if w(t, k) == "and" && w(t, k + 1) == "a" && w(t, k + 2) == "half" {
        n += 0.5;
        k += 3;
    }
    // "5 1/2"
    if w(t, k) == "1" && w(t, k + 1) == "/" && w(t, k + 2) == "2" {
        n += 0.5;
        k += 3;
    }
    Some((k, Some(n)))
}

/// "over the years", "in the early years", "the weeks ahead", "the first hours of the war":
/// a plural unit after "the" with no count, read as an unknown span (`PXY`) where what
/// surrounds it makes it a stretch of time.
fn the_plural_span(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    if w(t, i) != "the" {
        return None;
    }
    let mut k = i + 1;
    if is_word(
        t,
        k,
        &["first", "early", "initial", "final", "closing", "opening"],
    ) {
        k += 1;
    }
    let word = w(t, k);
    let unit = lexicon::unit(word).filter(|u| {
        word.ends_with('s') && !matches!(u, Unit::Weekend | Unit::Quarter | Unit::Second)
    })?;
    let next = w(t, k + 1);
    // "the years 1990 and 1991", "the hours of 9 and 5", "the months of July": dates follow.
    let date_follows = |j: usize| {
        t.get(j).is_some_and(|x| x.num)
            || lexicon::month(w(t, j)).is_some()
            || lexicon::weekday(w(t, j)).is_some()
            || is_word(t, j, &["today", "yesterday", "tomorrow"])
    };
    // "the weeks before the shooting" is left to the bare plural ("weeks before").
    if date_follows(k + 1)
        || next == "of" && date_follows(k + 2)
        || is_word(t, k + 1, &["before", "after", "earlier", "later", "ago"])
    {
        return None;
    }
    if next == "ahead" {
        return Some((k + 2, Expr::Duration { unit, n: None }));
    }
    let before = is_word(
        t,
        i.wrapping_sub(1),
        &["over", "in", "during", "through", "throughout"],
    );
    let after = next == "of"
        || next == "that" && is_word(t, k + 2, &["followed", "follow", "follows"])
        || next == "to" && w(t, k + 2) == "come";
    (before || after).then_some((k + 1, Expr::Duration { unit, n: None }))
}

fn duration_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    if let Some(r) = the_plural_span(t, i) {
        return Some(r);
    }
    let mut k = i;
    let mut the = false;
    if w(t, k) == "the" {
        the = true;
        k += 1;
    }
    // "the year-earlier nine months": the span itself, a duration.
    if the
        && w(t, k) == "year"
        && w(t, k + 1) == "-"
        && is_word(t, k + 2, &["earlier", "ago"])
        && count(t, k + 3).is_some_and(|(c, n)| n.is_some() && lexicon::unit(w(t, c)).is_some())
    {
        k += 3;
    }
    let mut lead = false;
    if is_word(
        t,
        k,
        &[
            "past",
            "last",
            "next",
            "first",
            "previous",
            "coming",
            "final",
            "following",
            "latest",
            "recent",
            "initial",
        ],
    ) {
        lead = true;
        k += 1;
    }
    // "a day-long meeting", "a decades-long battle": a duration.
    let k1 = if is_word(t, k, &["a", "an"]) {
        k + 1
    } else {
        k
    };
    if let Some(unit) = lexicon::unit(w(t, k1)) {
        if w(t, k1 + 1) == "-" && w(t, k1 + 2) == "long" && unit != Unit::Weekend {
            let n = (!w(t, k1).ends_with('s')).then_some(1.0);
            return Some((k1 + 3, Expr::Duration { unit, n }));
        }
    }
    let (k2, n) = match count(t, k) {
        Some(c) => c,
        None => {
            // "the past year", "the next month": a one-unit duration.
            if the && lead {
                let unit = lexicon::unit(w(t, k))?;
                if w(t, k).ends_with('s') {
                    return None;
                }
                return Some((k + 1, Expr::Duration { unit, n: Some(1.0) }));
            }
            // Bare plural after "for"/"in"/"within": "for years".
            let unit = lexicon::unit(w(t, k)).filter(|_| w(t, k).ends_with('s'))?;
            let next_ok = is_word(t, k + 1, &["after", "before", "later", "earlier", "ago"]);
            let before_ok = is_word(t, i.wrapping_sub(1), &["for", "within", "over"])
                // "the first time in years", "the lowest level in months"
                || w(t, i.wrapping_sub(1)) == "in" && w(t, k + 1) != "of";
            if !(before_ok || next_ok) || k != i {
                return None;
            }
            return after_duration(t, k + 1, unit, None);
        }
    };
    if w(t, k) == "a" && !the && i != k {
        return None;
    }
    let mut k = k2;
    // "two more weeks", "an additional year", "three straight days": the same duration.
    if is_word(
        t,
        k,
        &[
            "more",
            "additional",
            "extra",
            "further",
            "straight",
            "consecutive",
        ],
    ) && lexicon::unit(w(t, k + 1)).is_some()
    {
        k += 1;
    }
    let hyphen = w(t, k) == "-";
    if hyphen {
        k += 1;
    }
    // "trading days", "business days"
    if is_word(t, k, &["trading", "business", "working", "calendar"])
        && lexicon::unit(w(t, k + 1)).is_some()
    {
        k += 1;
    }
    let unit = lexicon::unit(w(t, k))?;
    if unit == Unit::Weekend {
        return None;
    }
    // "the first two quarters of 1990", "the last two quarters of 1989": a half-year.
    if unit == Unit::Quarter && the && n == Some(2.0) && w(t, k + 1) == "of" {
        let first = match w(t, i + 1) {
            "first" => Some(1),
            "last" | "final" => Some(2),
            _ => None,
        };
        if let (Some(h), Some(y)) = (first, year_num(t, k + 2)) {
            let e = Expr::Quarter {
                q: Some(h),
                y: Some(y),
                rel: None,
                half: true,
            };
            return Some((k + 3, e));
        }
    }
    // "a second group", "a second betrayal": the ordinal, not a unit of time.
    if unit == Unit::Second
        && w(t, k) == "second"
        && t.get(k + 1).is_some_and(|x| {
            x.low.chars().all(char::is_alphabetic)
                && !is_word(
                    t,
                    k + 1,
                    &[
                        "after", "before", "later", "earlier", "ago", "or", "and", "of",
                    ],
                )
        })
    {
        return None;
    }
    // "CBS's 60 Minutes": a capitalised unit after a number that opens a title.
    if t.get(k).is_some_and(|x| x.cap)
        && t.get(k2.saturating_sub(1)).is_some_and(|x| x.num)
        && title_starts(t, k2 - 1)
    {
        return None;
    }
    // "three-quarters", "a quarter of": fractions, unless "the past two quarters" or a vague
    // count ("several quarters of losses"; not "many quarters of the market").
    let vague = n.is_none() && !(w(t, k + 1) == "of" && is_word(t, k + 2, &["the", "a", "its"]));
    if unit == Unit::Quarter && !lead && !vague {
        return None;
    }
    // "the 1988 quarter", "1,000 second": a plain number before a singular unit is not a count.
    let digits = t.get(k2.saturating_sub(1)).is_some_and(|x| x.num);
    if digits && !hyphen && n.is_some_and(|n| n != 1.0) && !w(t, k).ends_with('s') {
        return None;
    }
    // Ages: "33-year-old"; comparison adjectives: "a year-earlier loss", "year-ago".
    if w(t, k + 1) == "-" && is_word(t, k + 2, &["old", "ago", "earlier"]) || w(t, k + 1) == "old" {
        return None;
    }
    // "a day" inside "twice a day" is a set.
    if w(t, k.wrapping_sub(1)) == "a"
        && is_word(
            t,
            i.wrapping_sub(1),
            &["times", "twice", "once", "thrice", "per"],
        )
    {
        return None;
    }
    // "a minute and a half"
    if w(t, k + 1) == "and" && w(t, k + 2) == "a" && w(t, k + 3) == "half" {
        return after_duration(t, k + 4, unit, n.map(|n| n + 0.5));
    }
    after_duration(t, k + 1, unit, n)
}

/// What follows a duration: "ago", "earlier", "later" make it a date.
fn after_duration(t: &[Tok], k: usize, unit: Unit, n: Option<f64>) -> Option<(usize, Expr)> {
    let mut e = k;
    if w(t, e) == "or" && w(t, e + 1) == "so" {
        e += 2;
    }
    // TimeML: in "three days later" the duration is the expression and "later" a signal;
    // the value stays a duration, anchored on the time just mentioned. Year comparisons
    // ("a year earlier") name the earlier period itself and stay dates.
    if unit < Unit::Year && is_word(t, e, &["earlier", "later", "before", "after"]) {
        return Some((k, Expr::Duration { unit, n }));
    }
    match w(t, e) {
        "ago" => return Some((e + 1, Expr::Ago { unit, n })),
        "earlier" | "before" if !next_starts_np(t, e + 1) || w(t, e) == "earlier" => {
            if w(t, e) == "before" && next_starts_np(t, e + 1) {
                return Some((k, Expr::Duration { unit, n }));
            }
            return Some((e + 1, Expr::Shift { unit, n, dir: -1 }));
        }
        "later" | "after" if !next_starts_np(t, e + 1) || w(t, e) == "later" => {
            if w(t, e) == "after" && next_starts_np(t, e + 1) {
                return Some((k, Expr::Duration { unit, n }));
            }
            return Some((e + 1, Expr::Shift { unit, n, dir: 1 }));
        }
        _ => {}
    }
    Some((k, Expr::Duration { unit, n }))
}

fn reference_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let word = w(t, i);
    match word {
        "the" | "in" if w(t, i + 1) == "past" && !next_starts_np_unit(t, i + 2) => {
            return Some((i + 2, Expr::Ref("PAST_REF")))
        }
        // "the future of the alliance" is a fate, not a time.
        "the" if w(t, i + 1) == "future" && w(t, i + 2) != "of" => {
            return Some((i + 2, Expr::Ref("FUTURE_REF")))
        }
        // "Now, he says": opening a sentence before a comma, "now" is a discourse marker.
        "now" if t[i].cap && w(t, i + 1) == "," => return None,
        "the" if w(t, i + 1) == "near" && w(t, i + 2) == "future" => {
            return Some((i + 3, Expr::Ref("FUTURE_REF")))
        }
        "the" if is_word(t, i + 1, &["near", "short"]) && w(t, i + 2) == "term" => {
            return Some((i + 3, Expr::Ref("FUTURE_REF")))
        }
        "at" if w(t, i + 1) == "present" => return Some((i + 2, Expr::Ref("PRESENT_REF"))),
        // "the then current price": current as of a past time.
        "then" if w(t, i + 1) == "current" => return Some((i + 2, Expr::Ref("PAST_REF"))),
        "these" if w(t, i + 1) == "days" => return Some((i + 2, Expr::Ref("PRESENT_REF"))),
        "recent" | "past" | "coming"
            if is_word(t, i + 1, &["years", "months", "weeks", "days", "decades"]) =>
        {
            let unit = lexicon::unit(w(t, i + 1))?;
            return Some((i + 2, Expr::Duration { unit, n: None }));
        }
        // Adjectives: "current account" is an account.
        "current" | "recent"
            if is_word(
                t,
                i + 1,
                &["account", "accounts", "affairs", "events", "flows", "flow"],
            ) =>
        {
            return None;
        }
        _ => {}
    }
    lexicon::reference(word).map(|v| (i + 1, Expr::Ref(v)))
}

fn next_starts_np_unit(t: &[Tok], i: usize) -> bool {
    lexicon::unit(w(t, i)).is_some()
        || count(t, i).is_some() && lexicon::unit(w(t, i + 1)).is_some()
}

fn set_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let word = w(t, i);
    if let Some(v) = lexicon::set_adverb(word) {
        return Some((i + 1, Expr::Set(v.to_string())));
    }
    if matches!(word, "every" | "each" | "per") {
        let mut k = i + 1;
        let mut n = 1;
        if w(t, k) == "other" {
            n = 2;
            k += 1;
        }
        if let Some((k2, Some(c))) = count(t, k).filter(|(_, c)| c.is_some()) {
            if lexicon::unit(w(t, k2)).is_some() {
                n = c as i64;
                k = k2;
            }
        }
        if let Some(unit) = lexicon::unit(w(t, k)) {
            if unit == Unit::Weekend {
                return Some((k + 1, Expr::Set("XXXX-WXX-WE".into())));
            }
            return Some((k + 1, Expr::Set(unit.duration(Some(n as f64)))));
        }
        if let Some(wd) = lexicon::weekday(w(t, k)).filter(|_| lexicon::is_full_weekday(w(t, k))) {
            return Some((
                k + 1,
                Expr::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
            ));
        }
        if let Some(p) = lexicon::part_of_day(w(t, k)) {
            return Some((k + 1, Expr::Set(format!("TXX{p}").replace("TXX", "T"))));
        }
        // "each July": that month of every year.
        if let Some(m) = lexicon::month(w(t, k))
            .filter(|_| lexicon::is_full_month(w(t, k)) && t[k].cap && w(t, k) != "may")
        {
            return Some((k + 1, Expr::Set(format!("XXXX-{m:02}"))));
        }
        return None;
    }
    // "twice a year", "three times a week"
    let (k, times) = match word {
        "once" => (i + 1, 1),
        "twice" => (i + 1, 2),
        _ => {
            let (k, n) = count(t, i)?;
            if w(t, k) != "times" {
                return None;
            }
            (k + 1, n.unwrap_or(0.0) as i64)
        }
    };
    let _ = times;
    if is_word(t, k, &["a", "per", "each", "every"]) {
        if let Some(unit) = lexicon::unit(w(t, k + 1)) {
            return Some((k + 2, Expr::Set(unit.duration(Some(1.0)))));
        }
    }
    None
}

fn clock_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let word = w(t, i);
    let x = t.get(i)?;
    let named = match word {
        "noon" | "midday" => Some(12),
        "midnight" => Some(0),
        _ => None,
    };
    if let Some(h) = named {
        // "high noon" is an idiom (and a film), not a clock time.
        if w(t, i.wrapping_sub(1)) == "high" {
            return None;
        }
        return Some(clock_day(t, i + 1, h, 0));
    }
    // "3pm" as one token
    let (h, mut k, mut m, inline_ampm) = if let Some(stem) = x
        .low
        .strip_suffix("pm")
        .or_else(|| x.low.strip_suffix("am"))
    {
        if stem.is_empty() || !stem.bytes().all(|b| b.is_ascii_digit()) || stem.len() > 2 {
            return None;
        }
        (
            stem.parse::<u32>().ok()?,
            i + 1,
            0,
            Some(x.low.ends_with("pm")),
        )
    } else if x.num && x.low.len() <= 2 {
        (x.low.parse::<u32>().ok()?, i + 1, 0, None)
    } else {
        return None;
    };
    let mut has_minutes = false;
    if inline_ampm.is_none()
        && w(t, k) == ":"
        && t.get(k + 1).is_some_and(|y| y.num && y.low.len() == 2)
    {
        m = t[k + 1].low.parse().ok()?;
        k += 2;
        has_minutes = true;
    }
    let mut h = h;
    let pm = match inline_ampm {
        Some(p) => Some(p),
        None => match w(t, k) {
            "am" => {
                k += 1;
                Some(false)
            }
            "pm" => {
                k += 1;
                Some(true)
            }
            "o" if w(t, k + 1) == "'" && w(t, k + 2) == "clock" => {
                k += 3;
                None
            }
            // "4 in the morning", "8 in the evening"
            "in" if w(t, k + 1) == "the"
                && is_word(t, k + 2, &["morning", "afternoon", "evening", "night"])
                && !has_minutes =>
            {
                let part = w(t, k + 2);
                k += 3;
                Some(match part {
                    "morning" => false,
                    "night" => (6..12).contains(&h),
                    _ => true,
                })
            }
            _ if has_minutes => None,
            _ => return None,
        },
    };
    if h > 23 || m > 59 {
        return None;
    }
    if let Some(pm) = pm {
        if h == 0 || h > 12 {
            return None;
        }
        if pm && h < 12 {
            h += 12;
        }
        if !pm && h == 12 {
            h = 0;
        }
    }
    // Time zones: "9 a.m. EST", "10:35 local time".
    if is_word(
        t,
        k,
        &[
            "est", "edt", "gmt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "utc", "bst", "cet",
        ],
    ) {
        k += 1;
    } else if w(t, k) == "local" && w(t, k + 1) == "time" {
        k += 2;
    }
    Some(clock_day(t, k, h, m))
}

/// A clock time, and the day after it when one follows ("3 p.m. on Friday", "noon Sunday").
fn clock_day(t: &[Tok], k: usize, h: u32, m: u32) -> (usize, Expr) {
    let mut k2 = k;
    if w(t, k2) == "on" || w(t, k2) == "," {
        k2 += 1;
    }
    if let Some((e, d)) = weekday_rule(t, k2)
        .or_else(|| day_rel(t, k2))
        .or_else(|| month_date(t, k2))
    {
        if matches!(
            d,
            Expr::Weekday { .. } | Expr::DayRel(_) | Expr::Date { d: Some(_), .. }
        ) {
            return (
                e,
                Expr::Clock {
                    day: Some(Box::new(d)),
                    h,
                    m,
                },
            );
        }
    }
    (k, Expr::Clock { day: None, h, m })
}

fn holiday_rule(t: &[Tok], i: usize) -> Option<(usize, Expr)> {
    let x = t.get(i)?;
    if !x.cap {
        return None;
    }
    let (e, m, d) = match x.low.as_str() {
        "christmas" if w(t, i + 1) == "eve" => (i + 2, 12, 24),
        "christmas" => (i + 1 + usize::from(w(t, i + 1) == "day"), 12, 25),
        "thanksgiving" => (i + 1 + usize::from(w(t, i + 1) == "day"), 11, 0),
        "halloween" => (i + 1, 10, 31),
        // Easter Sunday (computed, day 33); "Easter week" is the week that ends on it.
        "easter" => {
            let next = t.get(i + 1);
            match w(t, i + 1) {
                "week" => {
                    return Some((
                        i + 2,
                        Expr::Around {
                            base: Box::new(Expr::Holiday { m: 4, d: 33 }),
                            unit: Unit::Week,
                            off: 0,
                        },
                    ))
                }
                "sunday" | "day" => (i + 2, 4, 33),
                // "Easter Island", "the Easter Rising"; a noun after it ("an Easter truce",
                // "Easter eggs") is named after the feast, not dated by it.
                _ if next.is_some_and(|x| {
                    x.cap
                        || (x.low.chars().all(|c| c.is_ascii_lowercase())
                            && !["and", "or", "in", "on", "at", "to", "with", "when", "as"]
                                .contains(&x.low.as_str()))
                }) =>
                {
                    return None
                }
                _ => (i + 1, 4, 33),
            }
        }
        // The US Election Day: the Tuesday after the first Monday of November (day 32).
        "election" if w(t, i + 1) == "day" && t.get(i + 1).is_some_and(|x| x.cap) => {
            (i + 2, 11, 32)
        }
        "new"
            if w(t, i + 1) == "year"
                && w(t, i + 2) == "'s"
                && is_word(t, i + 3, &["day", "eve"]) =>
        {
            if w(t, i + 3) == "eve" {
                (i + 4, 12, 31)
            } else {
                (i + 4, 1, 1)
            }
        }
        _ => return None,
    };
    Some((e, Expr::Holiday { m, d }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, Expr) {
        let f = find(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        (text[f[0].start..f[0].end].to_string(), f[0].expr.clone())
    }

    #[test]
    fn tokenizer_keeps_possessive_and_ampm() {
        let t = tokenize("Friday’s clashes at 3 p.m. cost 1,500 dollars.");
        let words: Vec<&str> = t.iter().map(|x| x.low.as_str()).collect();
        assert_eq!(
            words,
            ["friday", "'s", "clashes", "at", "3", "pm", "cost", "1,500", "dollars", "."]
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("It happened on Nov. 6, 2021 in the city."),
            (
                "Nov. 6, 2021".into(),
                Expr::Date {
                    y: Some(2021),
                    m: Some(11),
                    d: Some(6),
                    wd: None
                }
            )
        );
        assert_eq!(one("The vote was held on October 10.").0, "October 10");
        assert_eq!(
            one("Filed 2021-11-07 by staff.").1,
            Expr::Date {
                y: Some(2021),
                m: Some(11),
                d: Some(7),
                wd: None
            }
        );
        assert_eq!(one("Protests broke out in 2019.").0, "2019");
        assert_eq!(one("Prices rose through the 1990s.").1, Expr::Decade(1990));
        assert_eq!(
            one("On Sunday, Nov. 7 the drones struck.").1,
            Expr::Date {
                y: None,
                m: Some(11),
                d: Some(7),
                wd: Some(Weekday::Sun)
            }
        );
    }

    #[test]
    fn attributive_years_decimals_and_spelled_days() {
        assert_eq!(one("Critics cited a 1996 law on trade.").0, "1996");
        assert_eq!(one("That 1978 resolution calls for a pullout.").0, "1978");
        assert!(find("The index closed at 2082.1 points.").is_empty());
        assert_eq!(
            one("The summit is on March eighth, officials say.").1,
            Expr::Date {
                y: None,
                m: Some(3),
                d: Some(8),
                wd: None
            }
        );
        assert_eq!(
            one("It rallies this coming Sunday.").1,
            Expr::Weekday {
                wd: Weekday::Sun,
                rel: 1
            }
        );
        for text in [
            "It closes by year-end.",
            "Done by year's end.",
            "Due at year end.",
        ] {
            assert_eq!(
                one(text).1,
                Expr::UnitRel {
                    unit: Unit::Year,
                    n: 0
                },
                "{text}"
            );
        }
        assert_eq!(
            one("Shares are up 5% since year-end.").1,
            Expr::UnitRel {
                unit: Unit::Year,
                n: -1
            }
        );
    }

    #[test]
    fn fiscal_years_halves_and_then_current() {
        let unit_rel = |n| Expr::UnitRel {
            unit: Unit::Year,
            n,
        };
        assert_eq!(one("Sales in the current fiscal year rose.").1, unit_rel(0));
        assert_eq!(one("Sales in the latest fiscal year rose.").1, unit_rel(-1));
        assert_eq!(
            one("Sales in the last half of 1989 rose.").1,
            Expr::Quarter {
                q: Some(2),
                y: Some(1989),
                rel: None,
                half: true
            }
        );
        assert_eq!(
            one("Sales in the last half of the '80s rose.").0,
            "the '80s"
        );
        assert_eq!(
            one("They may buy at the then current price.").1,
            Expr::Ref("PAST_REF")
        );
    }

    #[test]
    fn hours_with_a_part_of_day() {
        let clock = |h| Expr::Clock { day: None, h, m: 0 };
        assert_eq!(
            one("He will leave at 4 in the morning, Castro said."),
            ("4 in the morning".into(), clock(4))
        );
        assert_eq!(one("The vote closes at 8 in the evening.").1, clock(20));
        assert_eq!(one("Talks ran until 10 in the night.").1, clock(22));
        assert!(find("They won 3 in the final round.").is_empty());
    }

    #[test]
    fn mid_afternoon() {
        let part = |day, part| Expr::Part {
            day: Box::new(day),
            part,
        };
        assert_eq!(
            one("Shares fell in mid-afternoon yesterday."),
            (
                "mid-afternoon yesterday".into(),
                part(Expr::DayRel(-1), "AF")
            )
        );
        assert_eq!(
            one("By mid afternoon, officials said."),
            ("mid afternoon".into(), part(Expr::DayRel(0), "AF"))
        );
        assert_eq!(one("Prices hit a mid-1990s low.").1, Expr::Decade(1990));
        assert_eq!(
            one("Dealers bought heavily in the morning."),
            ("the morning".into(), part(Expr::AnaDay(0), "MO"))
        );
        assert!(find("The morning papers ran it.").is_empty());
    }

    #[test]
    fn each_month_name_is_a_set() {
        assert_eq!(
            one("They march each July to the church.").1,
            Expr::Set("XXXX-07".into())
        );
    }

    #[test]
    fn may_the_modal_is_not_a_month() {
        assert!(find("Officials said they may leave.").is_empty());
        assert_eq!(one("Talks resume in May.").0, "May");
        assert!(find("He sold 2000 shares.").is_empty());
    }

    #[test]
    fn weekdays_and_parts_of_day() {
        assert_eq!(one("No group claimed Sunday's attack.").0, "Sunday");
        assert_eq!(
            one("They met on Friday night.").1,
            Expr::Part {
                day: Box::new(Expr::Weekday {
                    wd: Weekday::Fri,
                    rel: 0
                }),
                part: "NI"
            }
        );
        assert_eq!(
            one("It was targeted last night.").1,
            Expr::Part {
                day: Box::new(Expr::DayRel(-1)),
                part: "NI"
            }
        );
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(
            one("They voted last month.").1,
            Expr::UnitRel {
                unit: Unit::Month,
                n: -1
            }
        );
        assert_eq!(
            one("We meet again next week.").1,
            Expr::UnitRel {
                unit: Unit::Week,
                n: 1
            }
        );
        assert_eq!(one("Sales fell earlier this year.").0, "earlier this year");
        assert_eq!(
            one("Killed protesters two years ago.").1,
            Expr::Ago {
                unit: Unit::Year,
                n: Some(2.0)
            }
        );
        assert_eq!(one("It ended weeks after the vote.").0, "weeks");
        assert_eq!(
            one("He returned three days later."),
            (
                "three days".to_string(),
                Expr::Duration {
                    unit: Unit::Day,
                    n: Some(3.0)
                }
            )
        );
        assert_eq!(
            one("Profit doubled from a year earlier.").1,
            Expr::Shift {
                unit: Unit::Year,
                n: Some(1.0),
                dir: -1
            }
        );
    }

    #[test]
    fn durations_and_sets() {
        assert_eq!(
            one("The attack came two days after the protests.").1,
            Expr::Duration {
                unit: Unit::Day,
                n: Some(2.0)
            }
        );
        assert_eq!(
            one("They held him for 48 hours.").1,
            Expr::Duration {
                unit: Unit::Hour,
                n: Some(48.0)
            }
        );
        assert_eq!(
            one("a twenty-four hour strike").1,
            Expr::Duration {
                unit: Unit::Hour,
                n: Some(24.0)
            }
        );
        assert_eq!(one("Trains run every week.").1, Expr::Set("P1W".into()));
        assert_eq!(
            one("The paper is published daily.").1,
            Expr::Set("P1D".into())
        );
        assert!(find("a 33-year-old man").is_empty());
    }

    #[test]
    fn direction_word_opening_a_text_does_not_underflow() {
        // r-polnear: "Current" / "Past" as the first token sent the season rule one token
        // back from index 0 (an arithmetic overflow in debug builds).
        for text in [
            "Current winter prices rose.",
            "Past summer talks failed.",
            "Previous",
        ] {
            let found = find(text);
            assert!(found
                .iter()
                .all(|f| f.start <= f.end && f.end <= text.len()));
        }
        assert!(find("Past").is_empty());
    }

    #[test]
    fn multibyte_punctuation_around_dates() {
        // Curly quotes, em dashes, non-breaking and thin spaces, accents next to digits.
        let text = "\u{201C}On Sunday\u{2019}s vote\u{201D}\u{2014}Nov.\u{00A0}7, 2021\u{2014}\
                    d\u{00E9}j\u{00E0} 3\u{00E9} p.m.\u{2009}Friday\u{2019}s, 1,5\u{00E9}00 \u{1F600}2019";
        let found = find(text);
        for f in &found {
            assert!(text.get(f.start..f.end).is_some(), "{f:?}");
        }
        let covered: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert!(covered.contains(&"Sunday"), "{covered:?}");
        assert!(covered.contains(&"Nov.\u{00A0}7, 2021"), "{covered:?}");
        assert!(covered.contains(&"Friday"), "{covered:?}");
    }

    #[test]
    fn tokenizer_comma_and_ampm_at_multibyte_edges() {
        // A comma or "a"/"p" right before a multi-byte character or the end of the text.
        for text in [
            "1,\u{00E9}",
            "12,\u{2014}34",
            "a\u{2019}",
            "p.m\u{00E9}",
            "5,",
            "3 a.m",
            "\u{2019}s",
        ] {
            let toks = tokenize(text);
            for t in &toks {
                assert!(text.get(t.start..t.end).is_some(), "{text:?}: {t:?}");
            }
        }
        let toks = tokenize("1,\u{00E9}");
        assert_eq!(toks[0].low, "1");
    }

    #[test]
    fn tense_from_the_nearest_cue() {
        let tense_of = |text: &str| {
            let f = find(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            (f[0].future, f[0].past)
        };
        assert_eq!(
            tense_of("The monarch will meet Bush on Thursday in Maine."),
            (true, false)
        );
        assert_eq!(
            tense_of("The group could leave as soon as Tuesday."),
            (true, false)
        );
        assert_eq!(
            tense_of("The dividend is payable Dec. 7 to holders."),
            (true, false)
        );
        assert_eq!(
            tense_of("The dividend will be paid Dec. 14 to holders."),
            (true, false)
        );
        assert_eq!(
            tense_of("The store closed it Thursday for repairs."),
            (false, true)
        );
        assert_eq!(tense_of("It had been due to expire Friday."), (false, true));
        assert_eq!(
            tense_of("In January, the firm brought in a new chief."),
            (false, true)
        );
        assert_eq!(
            tense_of("Bombs went off next to the embassy on Friday."),
            (false, true)
        );
        // A future cue after the expression is another event; it does not count.
        assert_eq!(
            tense_of("On Tuesday the council voted, and it will meet again."),
            (false, true)
        );
        assert_eq!(tense_of("Tuesday is the deadline."), (false, false));
    }

    #[test]
    fn clock_times() {
        assert_eq!(
            one("They met at 3:30 p.m. on Friday.").0,
            "3:30 p.m. on Friday"
        );
        assert_eq!(
            one("Polls close at 9 pm.").1,
            Expr::Clock {
                day: None,
                h: 21,
                m: 0
            }
        );
    }

    #[test]
    fn new_rules_at_the_end_of_a_text_do_not_overrun() {
        for text in [
            "It was the day before",
            "It was the day after",
            "the week of",
            "Easter",
            "on April 24 and",
            "on April 24 and 25",
            "as much this year as last",
            "last",
            "as of today",
            "today's",
            "a hundred",
        ] {
            let _ = find(text);
        }
        assert_eq!(find("on April 24 and 25").len(), 2);
        assert_eq!(find("as much this year as last").len(), 2);
    }
}
