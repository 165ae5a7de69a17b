//! The document date: taken from metadata when given, else from a dateline, else inferred by
//! weighing the evidence in the text.
//!
//! Inference is a small evidence-combining search, not a pattern:
//! - the **day** comes from the latest day-and-month the text gives without a year (photo
//!   captions are dated on or just before publication), moved forward to the weekday the
//!   report talks about most ("on Sunday", "Sunday's attack"), at most six days on;
//! - the **year** is scored over candidates from the years the text names: a year named with
//!   "N years ago" pointing at it votes for year + N; a weekday stated with a date
//!   ("Sunday, Nov. 7") votes for the years where that date falls on that weekday and against
//!   the others; the latest year named in a past context is a weak prior (the report is not
//!   older than what it reports). The year is pinned only when one candidate clearly wins;
//!   otherwise the date is written `XXXX-MM-DD`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar::Unit;
use crate::tagger::{Expr, Found};

/// A document date and how it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct DocDate {
    /// ISO date, or `XXXX-MM-DD` when the year could not be pinned.
    pub value: String,
    /// The full date when known (the reference for deictic expressions).
    pub date: Option<NaiveDate>,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// The evidence used, in words (for a diagnostic).
    pub evidence: Vec<String>,
}

/// Read the date part of an ISO date or datetime (`2021-11-07`, `2021-11-07T09:30:00Z`,
/// `20211107`).
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head: String = s.chars().take(10).collect();
    if let Ok(d) = NaiveDate::parse_from_str(&head, "%Y-%m-%d") {
        return Some(d);
    }
    let digits: String = s.chars().take(8).collect();
    if digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(&digits, "%Y%m%d").ok();
    }
    None
}

/// An expression with where it sits: in a caption, in a dateline.
#[derive(Clone, Debug)]
pub struct Clue<'a> {
    /// The expression.
    pub found: &'a Found,
    /// It is in a photo caption.
    pub caption: bool,
}

/// A date stated in a dateline ("WASHINGTON, Nov 7 (Reuters) -"): the expressions found in
/// the dateline block, with the year pinned from `clues` when the dateline has none.
pub fn from_dateline(dateline: &[&Found], clues: &[Clue<'_>]) -> Option<DocDate> {
    for f in dateline {
        if let Expr::Date {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } = f.expr
        {
            if let Some(y) = y {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                return Some(DocDate {
                    value: iso(date),
                    date: Some(date),
                    confidence: 0.95,
                    evidence: vec![format!("dateline {}", iso(date))],
                });
            }
            let (year, margin, mut evidence) = pin_year(clues, Some((m, d)));
            evidence.insert(0, format!("dateline {m:02}-{d:02}"));
            return Some(match year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
                Some(date) => DocDate {
                    value: iso(date),
                    date: Some(date),
                    confidence: 0.6 + 0.3 * margin,
                    evidence,
                },
                None => DocDate {
                    value: format!("XXXX-{m:02}-{d:02}"),
                    date: None,
                    confidence: 0.8,
                    evidence,
                },
            });
        }
    }
    None
}

/// Read a partial date `XXXX-MM-DD` (a dateline without a year, as readers write it).
pub fn parse_partial(s: &str) -> Option<(u32, u32)> {
    let rest = s.trim().strip_prefix("XXXX-")?;
    let (m, d) = rest.split_once('-')?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.get(..2)?.parse().ok()?);
    NaiveDate::from_ymd_opt(2000, m, d).map(|_| (m, d))
}

/// Pin the year of a day known without one (a dateline's "Nov 7") from the text's evidence.
pub fn complete(m: u32, d: u32, clues: &[Clue<'_>]) -> Option<DocDate> {
    let (year, margin, mut evidence) = pin_year(clues, Some((m, d)));
    let date = NaiveDate::from_ymd_opt(year?, m, d)?;
    evidence.insert(0, format!("day given as {m:02}-{d:02}"));
    Some(DocDate {
        value: iso(date),
        date: Some(date),
        confidence: 0.5 + 0.3 * margin,
        evidence,
    })
}

/// Infer the publication date from the expressions of a text.
pub fn infer(clues: &[Clue<'_>]) -> Option<DocDate> {
    let mut evidence = Vec::new();
    // Latest day-and-month without a year, captions first among equals.
    let mut partial: Vec<(u32, u32, bool)> = Vec::new();
    let mut full: Vec<NaiveDate> = Vec::new();
    for c in clues.iter().filter(|c| !c.found.future) {
        match c.found.expr {
            Expr::Date {
                y: None,
                m: Some(m),
                d: Some(d),
                ..
            } => partial.push((m, d, c.caption)),
            Expr::Date {
                y: Some(y),
                m: Some(m),
                d: Some(d),
                ..
            } => {
                if let Some(x) = NaiveDate::from_ymd_opt(y, m, d) {
                    full.push(x);
                }
            }
            _ => {}
        }
    }
    let latest_partial = latest_month_day(&partial);
    if latest_partial.is_none() {
        // Only full dates: the latest one bounds the publication date from below.
        let last = full.iter().max()?;
        evidence.push(format!("latest full date in the text {}", iso(*last)));
        return Some(DocDate {
            value: iso(*last),
            date: Some(*last),
            confidence: 0.3,
            evidence,
        });
    }
    let (m, d) = latest_partial?;
    let caption = partial.iter().any(|p| (p.0, p.1) == (m, d) && p.2);
    evidence.push(format!(
        "latest day without a year {m:02}-{d:02}{}",
        if caption { " (caption)" } else { "" }
    ));
    let (year, margin, year_evidence) = pin_year(clues, None);
    evidence.extend(year_evidence);
    let wd = dominant_weekday(clues);
    let Some(year) = year else {
        return Some(DocDate {
            value: format!("XXXX-{m:02}-{d:02}"),
            date: None,
            confidence: 0.3,
            evidence,
        });
    };
    let base = NaiveDate::from_ymd_opt(year, m, d)?;
    let mut date = base;
    let mut confidence = 0.35 + 0.3 * margin;
    if let Some(wd) = wd {
        let ahead = (wd.num_days_from_monday() as i64
            - base.weekday().num_days_from_monday() as i64)
            .rem_euclid(7);
        date = base
            .checked_add_signed(chrono::Duration::days(ahead))
            .unwrap_or(base);
        evidence.push(format!("the report's day is a {wd:?}: {}", iso(date)));
        confidence += 0.15;
    }
    Some(DocDate {
        value: iso(date),
        date: Some(date),
        confidence: confidence.min(0.85),
        evidence,
    })
}

fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The latest (month, day), reading a December–January spread as crossing the new year.
fn latest_month_day(partial: &[(u32, u32, bool)]) -> Option<(u32, u32)> {
    let max = partial.iter().map(|p| (p.0, p.1)).max()?;
    let min = partial.iter().map(|p| (p.0, p.1)).min()?;
    if max.0 >= 11 && min.0 <= 2 {
        // "Dec 30" and "Jan 2": January is the later one.
        return partial
            .iter()
            .map(|p| (p.0, p.1))
            .filter(|p| p.0 <= 2)
            .max();
    }
    Some(max)
}

/// The weekday a report talks about most (past contexts, no "last"/"next").
fn dominant_weekday(clues: &[Clue<'_>]) -> Option<Weekday> {
    let mut counts: BTreeMap<u32, (usize, Weekday)> = BTreeMap::new();
    for c in clues.iter().filter(|c| !c.found.future) {
        let wd = match &c.found.expr {
            Expr::Weekday { wd, rel: 0 } => Some(*wd),
            Expr::Part { day, .. } | Expr::Clock { day: Some(day), .. } => match **day {
                Expr::Weekday { wd, rel: 0 } => Some(wd),
                _ => None,
            },
            _ => None,
        };
        if let Some(wd) = wd {
            counts.entry(wd.num_days_from_monday()).or_insert((0, wd)).0 += 1;
        }
    }
    let best = counts.values().map(|v| v.0).max()?;
    let mut top = counts.values().filter(|v| v.0 == best);
    let first = top.next()?;
    if top.next().is_some() {
        return None; // a tie says nothing
    }
    Some(first.1)
}

/// Score candidate years; (winner if clear, margin in [0, 1], evidence).
fn pin_year(clues: &[Clue<'_>], dateline: Option<(u32, u32)>) -> (Option<i32>, f32, Vec<String>) {
    let mut evidence = Vec::new();
    let mut years = Vec::new();
    let mut agos: Vec<i64> = Vec::new();
    let mut pairs: Vec<(Weekday, u32, u32)> = Vec::new();
    for c in clues.iter().filter(|c| !c.found.future) {
        match &c.found.expr {
            Expr::Date { y: Some(y), .. } => years.push(*y),
            Expr::Ago {
                unit: Unit::Year,
                n: Some(n),
            } if n.fract() == 0.0 => agos.push(*n as i64),
            Expr::UnitRel {
                unit: Unit::Year,
                n: -1,
            } => agos.push(1),
            _ => {}
        }
        if let Expr::Date {
            y: None,
            m: Some(m),
            d: Some(d),
            wd: Some(wd),
        } = c.found.expr
        {
            pairs.push((wd, m, d));
        }
    }
    let Some(&y_max) = years.iter().max() else {
        return (None, 0.0, evidence);
    };
    let mut scores: BTreeMap<i32, f32> = BTreeMap::new();
    for y in y_max..=y_max + 6 {
        let prior = match y - y_max {
            0 => 0.5,
            1 => 0.3,
            _ => 0.1,
        };
        scores.insert(y, prior);
    }
    for &y in &years {
        for &n in &agos {
            let target = y + n as i32;
            if let Some(s) = scores.get_mut(&target) {
                *s += 2.0;
                evidence.push(format!("{y} named, and \"{n} year(s) ago\": {target}"));
            }
        }
    }
    let mut all_pairs = pairs.clone();
    if let Some((m, d)) = dateline {
        let _ = (m, d);
    }
    all_pairs.dedup();
    for (wd, m, d) in all_pairs {
        for (y, s) in scores.iter_mut() {
            match NaiveDate::from_ymd_opt(*y, m, d) {
                Some(x) if x.weekday() == wd => *s += 2.0,
                _ => *s -= 2.0,
            }
        }
        evidence.push(format!("{wd:?} {m:02}-{d:02} said together"));
    }
    let mut ranked: Vec<(i32, f32)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best, s1) = ranked[0];
    let s2 = ranked.get(1).map(|r| r.1).unwrap_or(0.0);
    if s1 >= 1.5 && s1 - s2 >= 1.0 {
        evidence.push(format!("year {best} (score {s1:.1} against {s2:.1})"));
        (Some(best), ((s1 - s2) / 3.0).min(1.0), evidence)
    } else {
        evidence.push(format!("year not pinned (latest year named {y_max})"));
        (None, 0.0, evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::find;

    fn clues(found: &[Found]) -> Vec<Clue<'_>> {
        found
            .iter()
            .map(|f| Clue {
                found: f,
                caption: false,
            })
            .collect()
    }

    #[test]
    fn weekday_and_years_ago_pin_the_date() {
        let text = "Protesters marched, November 6. The drones struck on Sunday. \
                    Sunday's attack followed Friday's clashes. Hundreds died in 2019. \
                    Some were charged for killings two years ago.";
        let f = find(text);
        let d = infer(&clues(&f)).unwrap();
        assert_eq!(d.value, "2021-11-07");
        assert!(
            d.confidence > 0.5 && d.confidence <= 0.85,
            "{}",
            d.confidence
        );
    }

    #[test]
    fn without_year_evidence_the_year_stays_open() {
        let f = find("Crowds gathered, November 6. The strike came on Sunday.");
        assert_eq!(infer(&clues(&f)).unwrap().value, "XXXX-11-06");
    }

    #[test]
    fn a_weekday_said_with_a_date_picks_the_year() {
        // 7 November is a Sunday in 2021 and in 2027, not in 2022-2026.
        let f = find("The 2020 vote was bitter. On Sunday, Nov. 7 the talks collapsed, Nov. 7.");
        let d = infer(&clues(&f)).unwrap();
        assert_eq!(d.value, "2021-11-07");
    }

    #[test]
    fn nothing_to_go_on_gives_nothing() {
        let f = find("The council met on Sunday and will meet again.");
        assert_eq!(infer(&clues(&f)), None);
    }

    #[test]
    fn published_parses_dates_and_datetimes() {
        assert_eq!(
            parse_published("2021-11-07T09:30:00Z"),
            NaiveDate::from_ymd_opt(2021, 11, 7)
        );
        assert_eq!(
            parse_published("19980108"),
            NaiveDate::from_ymd_opt(1998, 1, 8)
        );
        assert_eq!(parse_published("XXXX-11-07"), None);
    }
}
