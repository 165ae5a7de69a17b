//! Anchoring: turning an [`Expr`] into a TIMEX3 value against the publication date (deictic
//! expressions: "yesterday", "last month", "Sunday") or the time just mentioned (anaphoric
//! ones: "two days later", "a year earlier", "the next day").

use chronicle_doc::TimexType;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::calendar::{shift_day, Point, Season, Unit};
use crate::tagger::{Expr, Found, YearOf};

/// What a value was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The publication date.
    Published,
    /// An earlier expression, by index in the output list.
    Timex(usize),
    /// Nothing: the value is absolute (or a duration, set, or reference).
    None,
}

impl Anchor {
    /// The spelling used in [`chronicle_doc::Timex::anchor`].
    pub fn as_string(self) -> String {
        match self {
            Anchor::Published => "published".into(),
            Anchor::Timex(i) => format!("timex:{i}"),
            Anchor::None => "none".into(),
        }
    }
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// What it was resolved against.
    pub anchor: Anchor,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// The calendar point, for dates (used as the anchor of later anaphoric expressions).
    pub point: Option<Point>,
}

/// Resolves a document's expressions in order, remembering the last calendar point.
#[derive(Clone, Debug)]
pub struct Resolver {
    /// The reference date (publication date), when known.
    pub dct: Option<NaiveDate>,
    /// How sure the reference date is (scales deictic confidences).
    pub dct_confidence: f32,
    last: Option<(Point, usize)>,
    last_day: Option<(Point, usize)>,
    /// The last point that was not itself resolved anaphorically.
    last_primary: Option<(Point, usize)>,
    /// The last quarter stated outright: the quarter a results report is about.
    last_quarter: Option<(Point, usize)>,
    /// The last expression was a span of several months other than a quarter ("the nine
    /// months"): a comparison "a year earlier" then means the year, not the quarter.
    months_span: bool,
    /// The output number of the expression being resolved.
    index: usize,
}

/// How many expressions back a day may anchor a clock time said without one.
const CLOCK_DAY_REACH: usize = 3;

impl Resolver {
    /// A resolver for a document published on `dct`.
    pub fn new(dct: Option<NaiveDate>, dct_confidence: f32) -> Resolver {
        Resolver {
            dct,
            dct_confidence,
            last: None,
            last_day: None,
            last_primary: None,
            last_quarter: None,
            months_span: false,
            index: 0,
        }
    }

    /// Resolve the expression `f`, which will be output number `index`.
    pub fn resolve(&mut self, f: &Found, index: usize) -> Resolved {
        self.index = index;
        let r = self.resolve_expr(&f.expr, f.future, f.past, f.linked);
        match (&f.expr, r.point) {
            (Expr::Duration { unit, n }, _) => {
                self.months_span = *unit == Unit::Month && n.is_some_and(|n| n > 3.0 && n < 12.0)
            }
            (_, Some(_)) => self.months_span = false,
            _ => {}
        }
        if let Some(p @ Point::Quarter(..)) = r.point {
            // A comparison quarter ("the year-ago quarter", "last year's quarter") is not the
            // quarter reported on.
            let comparison = matches!(
                f.expr,
                Expr::QuarterOf { year, .. } if year != YearOf::Rel(0)
            );
            // A quarter not yet over ("losses through the third quarter of 1990", "into the
            // fourth quarter") is a forecast, not a quarter being reported on.
            let ahead = self.dct.is_some_and(|d| {
                p.shift(Unit::Quarter, 1)
                    .and_then(Point::first_day)
                    .is_some_and(|f| f > d)
            });
            if !matches!(r.anchor, Anchor::Timex(_)) && !comparison && !ahead {
                self.last_quarter = Some((p, index));
            }
        }
        if let Some(p) = r.point {
            if r.kind == TimexType::Date || r.kind == TimexType::Time {
                self.last = Some((p, index));
                if p.unit() == Unit::Day {
                    self.last_day = Some((p, index));
                }
                if !matches!(r.anchor, Anchor::Timex(_)) {
                    self.last_primary = Some((p, index));
                }
            }
        }
        r
    }

    /// The last time stated outright, except that a day said right after a quarter ("the
    /// quarter ended Sept. 30", fiscal quarters included) stands for that quarter: a
    /// comparison "a year ago" is with the same quarter of the year before.
    fn quarter_or_its_end(&self) -> Option<(Point, usize)> {
        match (self.last_primary, self.last_quarter) {
            (Some((Point::Day(_), di)), Some((q @ Point::Quarter(..), qi))) if di == qi + 1 => {
                Some((q, qi))
            }
            (p, _) => p,
        }
    }

    /// A quarter a year back, compared with a span of several months just mentioned ("for
    /// the nine months ... a year earlier"): the comparison is with that year, not a quarter.
    fn comparison(&self, p: Point) -> Point {
        match p {
            Point::Quarter(y, _) if self.months_span => Point::Year(y),
            p => p,
        }
    }

    fn deictic(&self, kind: TimexType, p: Option<Point>, suffix: &str, conf: f32) -> Resolved {
        match p {
            Some(p) => Resolved {
                kind,
                value: format!("{}{suffix}", p.value()),
                anchor: Anchor::Published,
                confidence: conf * self.dct_confidence,
                point: Some(p),
            },
            None => unknown(kind),
        }
    }

    fn resolve_expr(&self, e: &Expr, future: bool, past: bool, linked: i8) -> Resolved {
        let dct = self.dct;
        match e {
            Expr::Date {
                y: Some(y), m, d, ..
            } => {
                let p = match (m, d) {
                    (Some(m), Some(d)) => NaiveDate::from_ymd_opt(*y, *m, *d).map(Point::Day),
                    (Some(m), None) => Some(Point::Month(*y, *m)),
                    _ => Some(Point::Year(*y)),
                };
                match p {
                    Some(p) => absolute(p),
                    None => unknown(TimexType::Date),
                }
            }
            Expr::Date {
                y: None,
                m: Some(m),
                d,
                ..
            } => {
                let Some(dct) = dct else {
                    return Resolved {
                        kind: TimexType::Date,
                        value: match d {
                            Some(d) => format!("XXXX-{m:02}-{d:02}"),
                            None => format!("XXXX-{m:02}"),
                        },
                        anchor: Anchor::None,
                        confidence: 0.5,
                        point: None,
                    };
                };
                let y = pick_year(dct, *m, d.unwrap_or(15), future, past);
                let p = match d {
                    Some(d) => NaiveDate::from_ymd_opt(y, *m, *d).map(Point::Day),
                    None => Some(Point::Month(y, *m)),
                };
                self.deictic(TimexType::Date, p, "", 0.85)
            }
            Expr::Date { .. } => unknown(TimexType::Date),
            Expr::Decade(y) => absolute(Point::Decade(*y)),
            Expr::Century(y) => absolute(Point::Century(*y)),
            Expr::Weekday { wd, rel } => match dct {
                Some(dct) => {
                    let day = weekday_near(dct, *wd, *rel, future);
                    self.deictic(TimexType::Date, Some(Point::Day(day)), "", 0.8)
                }
                None => Resolved {
                    kind: TimexType::Date,
                    value: format!("XXXX-WXX-{}", wd.number_from_monday()),
                    anchor: Anchor::None,
                    confidence: 0.5,
                    point: None,
                },
            },
            Expr::DayRel(n) => {
                let p = dct
                    .and_then(|d| shift_day(d, Unit::Day, *n))
                    .map(Point::Day);
                self.deictic(TimexType::Date, p, "", 0.9)
            }
            Expr::UnitRel { unit, n } => {
                let p = dct.and_then(|d| Point::of(d, *unit).shift(*unit, *n));
                let suffix = if *unit == Unit::Weekend { "-WE" } else { "" };
                self.deictic(TimexType::Date, p, suffix, 0.85)
            }
            Expr::TheWeekend => {
                // Said on a weekday about the past, the weekend before it; otherwise the
                // weekend of the current ISO week (today's, or the coming one).
                let p = dct.and_then(|d| {
                    let weekday = d.weekday().number_from_monday() <= 5;
                    let back = if weekday && !future { -1 } else { 0 };
                    Point::of(d, Unit::Week).shift(Unit::Week, back)
                });
                self.deictic(TimexType::Date, p, "-WE", 0.75)
            }
            Expr::MonthRel { m, rel } => {
                let p = dct.map(|d| {
                    let y = match rel {
                        -1 if *m >= d.month() => d.year() - 1,
                        1 if *m <= d.month() => d.year() + 1,
                        _ => d.year(),
                    };
                    Point::Month(y, *m)
                });
                self.deictic(TimexType::Date, p, "", 0.85)
            }
            Expr::MonthOfYear { m, rel } => {
                let p = dct.map(|d| Point::Month(d.year() + *rel as i32, *m));
                self.deictic(TimexType::Date, p, "", 0.85)
            }
            Expr::Season { s, rel, y } => {
                if let Some(y) = y {
                    return absolute(Point::Season(*y, *s));
                }
                let p = dct.map(|d| season_near(d, *s, *rel));
                self.deictic(TimexType::Date, p, "", 0.75)
            }
            Expr::Quarter { q, y, rel, half } => {
                if *half {
                    let year = y.or(dct.map(|d| d.year()));
                    return match (year, q) {
                        (Some(year), Some(q)) => Resolved {
                            kind: TimexType::Date,
                            value: format!("{year:04}-H{q}"),
                            anchor: if y.is_some() {
                                Anchor::None
                            } else {
                                Anchor::Published
                            },
                            confidence: 0.7,
                            point: None,
                        },
                        _ => unknown(TimexType::Date),
                    };
                }
                if let (Some(y), Some(q)) = (y, q) {
                    return absolute(Point::Quarter(*y, *q));
                }
                let p = dct.and_then(|d| {
                    let cur = Point::of(d, Unit::Quarter);
                    match (q, rel) {
                        (Some(q), _) => {
                            let p = Point::Quarter(d.year(), *q);
                            if p.first_day()? > d {
                                Some(Point::Quarter(d.year() - 1, *q))
                            } else {
                                Some(p)
                            }
                        }
                        (None, Some(r)) => cur.shift(Unit::Quarter, *r as i64),
                        // "the quarter", "the latest quarter": the last one reported on.
                        (None, None) => cur.shift(Unit::Quarter, -1),
                    }
                });
                // "the quarter" after a quarter was named ("the fiscal first quarter"): that one.
                if let (None, None, Some((p, _))) = (q, rel, self.last_quarter) {
                    return self.deictic(TimexType::Date, Some(p), "", 0.7);
                }
                self.deictic(TimexType::Date, p, "", 0.75)
            }
            Expr::QuarterOf { q, year } => {
                // The quarter reported on: the last one stated, else the latest.
                let reported = self.last_quarter.or_else(|| {
                    dct.and_then(|d| Point::of(d, Unit::Quarter).shift(Unit::Quarter, -1))
                        .map(|p| (p, usize::MAX))
                });
                let Some((Point::Quarter(ry, rq), ri)) = reported else {
                    return unknown(TimexType::Date);
                };
                let qn = q.unwrap_or(rq);
                // "the 1988 period" after "the nine months": that span, i.e. the year.
                if q.is_none() && self.months_span {
                    let y = match year {
                        YearOf::Abs(y) => Some(*y),
                        YearOf::Rel(r) => dct.map(|d| d.year() + *r as i32),
                        YearOf::Back(n) => Some(ry - n),
                    };
                    return match y {
                        Some(y) => self.deictic(TimexType::Date, Some(Point::Year(y)), "", 0.5),
                        None => unknown(TimexType::Date),
                    };
                }
                match year {
                    YearOf::Abs(y) => {
                        let p = Point::Quarter(*y, qn);
                        if q.is_some() {
                            absolute(p)
                        } else if ri == usize::MAX {
                            self.deictic(TimexType::Date, Some(p), "", 0.6)
                        } else {
                            anaphoric(p, ri, 0.6)
                        }
                    }
                    YearOf::Rel(r) => {
                        let p = dct.map(|d| Point::Quarter(d.year() + *r as i32, qn));
                        self.deictic(TimexType::Date, p, "", 0.7)
                    }
                    YearOf::Back(n) => {
                        let p = Point::Quarter(ry - n, qn);
                        if ri == usize::MAX {
                            self.deictic(TimexType::Date, Some(p), "", 0.6)
                        } else {
                            anaphoric(p, ri, 0.6)
                        }
                    }
                }
            }
            Expr::Ago { unit, n } => {
                let Some(n) = n else {
                    return reference("PAST_REF");
                };
                // "a year ago" right after a quarter: the same quarter a year before.
                if *unit == Unit::Year {
                    if let Some((p @ Point::Quarter(..), i)) = self.quarter_or_its_end() {
                        if let Some(p) = p.shift(Unit::Year, -(*n as i64)) {
                            return anaphoric(self.comparison(p), i, 0.6);
                        }
                    }
                }
                let p = dct.and_then(|d| back(d, *unit, *n));
                self.deictic(TimexType::Date, p, "", 0.8)
            }
            Expr::Shift { unit, n, dir } => {
                let Some(n) = n else {
                    return duration(*unit, None);
                };
                // Days chain ("two days later ... the next day"); longer shifts count from the
                // last time stated outright ("a year earlier" than the quarter reported on).
                let anchor = if *unit <= Unit::Day {
                    self.last_day
                } else if *unit == Unit::Year {
                    self.quarter_or_its_end()
                } else {
                    self.last_primary
                };
                // "a year earlier" after last year's figure is that same comparison year.
                if let (Some((p @ Point::Year(y), i)), Some(d), Unit::Year, -1) =
                    (anchor, dct, *unit, *dir)
                {
                    if *n == 1.0 && y == d.year() - 1 {
                        return anaphoric(p, i, 0.5);
                    }
                }
                // "that year", "the same month": the unit that holds the time just mentioned
                // ("in June 1998 ... later that year" is 1998, not June).
                if *n == 0.0 {
                    if let Some((p, i)) = anchor {
                        let q = match p.first_day() {
                            Some(d) if p.unit() < *unit => Point::of(d, *unit),
                            _ => p,
                        };
                        return anaphoric(q, i, 0.6);
                    }
                }
                match anchor {
                    Some((p, i)) => match shift_frac(p, *unit, *n, *dir) {
                        Some(p) if *unit == Unit::Year => anaphoric(self.comparison(p), i, 0.6),
                        Some(p) => anaphoric(p, i, 0.6),
                        None => unknown(TimexType::Date),
                    },
                    None => {
                        let p = dct.and_then(|d| shift_frac(Point::Day(d), *unit, *n, *dir));
                        self.deictic(TimexType::Date, p, "", 0.5)
                    }
                }
            }
            // "that same day" after "last October": a day of that month, which one unsaid.
            Expr::AnaDay(0)
                if matches!(
                    (self.last, self.last_day),
                    (Some((Point::Month(..), li)), d) if d.is_none_or(|(_, di)| di < li)
                ) =>
            {
                let Some((p @ Point::Month(..), li)) = self.last else {
                    return unknown(TimexType::Date);
                };
                Resolved {
                    kind: TimexType::Date,
                    value: format!("{}-XX", p.value()),
                    anchor: Anchor::Timex(li),
                    confidence: 0.4,
                    point: None,
                }
            }
            Expr::AnaDay(off) => match self.last_day {
                Some((p, i)) => match p.shift(Unit::Day, *off) {
                    Some(p) => anaphoric(p, i, 0.6),
                    None => unknown(TimexType::Date),
                },
                None => {
                    let p = dct
                        .and_then(|d| shift_day(d, Unit::Day, *off))
                        .map(Point::Day);
                    self.deictic(TimexType::Date, p, "", 0.5)
                }
            },
            Expr::Duration { unit, n } => {
                let mut r = duration(*unit, *n);
                if linked != 0 {
                    // "two days after the protests": measured from the time just mentioned.
                    if let Some((_, i)) = self.last {
                        r.anchor = Anchor::Timex(i);
                    }
                }
                r
            }
            Expr::Ref(v) => reference(v),
            Expr::Set(v) => Resolved {
                kind: TimexType::Set,
                value: v.clone(),
                anchor: Anchor::None,
                confidence: 0.8,
                point: None,
            },
            Expr::Clock { day, h, m } => {
                let base = match day {
                    Some(d) => self.resolve_expr(d, future, past, 0),
                    // A clock time alone is on the day just mentioned, else the reference day.
                    None => match self.last_day {
                        Some((p, i)) if self.index.saturating_sub(i) <= CLOCK_DAY_REACH => {
                            anaphoric(p, i, 0.6)
                        }
                        _ => self.deictic(TimexType::Date, dct.map(Point::Day), "", 0.7),
                    },
                };
                let day_value = match base.point {
                    Some(Point::Day(_)) => base.value.clone(),
                    _ if base.value.len() == 10 => base.value.clone(),
                    _ => "XXXX-XX-XX".into(),
                };
                Resolved {
                    kind: TimexType::Time,
                    value: format!("{day_value}T{h:02}:{m:02}"),
                    anchor: base.anchor,
                    confidence: base.confidence,
                    point: base.point,
                }
            }
            Expr::Part { day, part } => {
                let base = self.resolve_expr(day, future, past, 0);
                Resolved {
                    kind: TimexType::Time,
                    value: format!("{}T{part}", base.value),
                    anchor: base.anchor,
                    confidence: base.confidence,
                    point: base.point,
                }
            }
            Expr::Around { base, unit, off } => {
                let b = self.resolve_expr(base, future, past, 0);
                let p = match b.point {
                    Some(Point::Day(d)) if *unit == Unit::Week => Some(Point::of(d, Unit::Week)),
                    Some(Point::Day(d)) => shift_day(d, Unit::Day, *off).map(Point::Day),
                    _ => None,
                };
                match p {
                    Some(p) => Resolved {
                        kind: TimexType::Date,
                        value: p.value(),
                        point: Some(p),
                        ..b
                    },
                    None => unknown(TimexType::Date),
                }
            }
            Expr::Holiday { m, d } => {
                let Some(dct) = dct else {
                    return unknown(TimexType::Date);
                };
                let y = pick_year(dct, *m, (*d).clamp(1, 28), future, past);
                let day = if *d == 33 {
                    easter(y)
                } else if *d == 0 {
                    // Fourth Thursday of November.
                    NaiveDate::from_weekday_of_month_opt(y, *m, Weekday::Thu, 4)
                } else if *d == 32 {
                    // The Tuesday after the first Monday of November.
                    NaiveDate::from_weekday_of_month_opt(y, *m, Weekday::Mon, 1)
                        .and_then(|d| d.succ_opt())
                } else {
                    NaiveDate::from_ymd_opt(y, *m, *d)
                };
                self.deictic(TimexType::Date, day.map(Point::Day), "", 0.8)
            }
        }
    }
}

/// Easter Sunday of year `y` (the Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn absolute(p: Point) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: p.value(),
        anchor: Anchor::None,
        confidence: 0.95,
        point: Some(p),
    }
}

fn anaphoric(p: Point, i: usize, conf: f32) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: p.value(),
        anchor: Anchor::Timex(i),
        confidence: conf,
        point: Some(p),
    }
}

fn unknown(kind: TimexType) -> Resolved {
    Resolved {
        kind,
        value: "XXXX-XX-XX".into(),
        anchor: Anchor::None,
        confidence: 0.2,
        point: None,
    }
}

fn reference(v: &str) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: v.to_string(),
        anchor: Anchor::None,
        confidence: 0.7,
        point: None,
    }
}

fn duration(unit: Unit, n: Option<f64>) -> Resolved {
    Resolved {
        kind: TimexType::Duration,
        value: unit.duration(n),
        anchor: Anchor::None,
        confidence: 0.85,
        point: None,
    }
}

/// The year to give a month (and day) written without one. In the current month, this
/// year. After a future cue ("will", "payable", "as soon as"), the next occurrence; after a
/// past form ("said", "was", "announced"), the latest past one. With no cue, the nearest
/// occurrence with a bias towards the past (news reports what happened).
pub fn pick_year(dct: NaiveDate, m: u32, d: u32, future: bool, past: bool) -> i32 {
    if m == dct.month() {
        return dct.year();
    }
    if future {
        return if m > dct.month() {
            dct.year()
        } else {
            dct.year() + 1
        };
    }
    // Past, unless it is next month ("trading for November", said in late October).
    if past && m != dct.month() % 12 + 1 {
        return if m < dct.month() {
            dct.year()
        } else {
            dct.year() - 1
        };
    }
    let mut best = (f64::MAX, dct.year());
    for y in [dct.year() - 1, dct.year(), dct.year() + 1] {
        let Some(date) = NaiveDate::from_ymd_opt(y, m, d.min(28)) else {
            continue;
        };
        let delta = (date - dct).num_days() as f64;
        let cost = if delta <= 0.0 { -delta } else { delta * 2.5 };
        if cost < best.0 {
            best = (cost, y);
        }
    }
    best.1
}

/// The day a weekday name refers to: the most recent one (or today) in past contexts, the
/// next one (or today) after a future cue; "last"/"next" exclude today.
pub fn weekday_near(dct: NaiveDate, wd: Weekday, rel: i8, future: bool) -> NaiveDate {
    let today = dct.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let back = (today - target).rem_euclid(7);
    let fwd = (target - today).rem_euclid(7);
    let days = match rel {
        -1 => -(if back == 0 { 7 } else { back }),
        1 => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        _ if future => fwd,
        _ => -back,
    };
    dct.checked_add_signed(Duration::days(days)).unwrap_or(dct)
}

fn season_near(d: NaiveDate, s: Season, rel: i8) -> Point {
    let cur = Point::of(d, Unit::Season);
    let start = |p: Point| p.first_day().unwrap_or(d);
    let cands = [d.year() - 1, d.year(), d.year() + 1].map(|y| Point::Season(y, s));
    match rel {
        -1 => cands
            .iter()
            .copied()
            .rfind(|p| start(*p) < start(cur))
            .unwrap_or(cands[0]),
        1 => cands
            .iter()
            .copied()
            .find(|p| start(*p) > start(cur))
            .unwrap_or(cands[2]),
        _ => Point::Season(d.year(), s),
    }
}

fn back(d: NaiveDate, unit: Unit, n: f64) -> Option<Point> {
    let gran = match unit {
        Unit::Decade | Unit::Century => Unit::Year,
        Unit::Second | Unit::Minute | Unit::Hour => Unit::Day,
        u => u,
    };
    shift_frac(Point::Day(d), unit, n, -1).map(|p| match p {
        Point::Day(x) => Point::of(x, gran),
        other => other,
    })
}

/// Move `p` by a possibly fractional count of units (2.5 years → 30 months).
fn shift_frac(p: Point, unit: Unit, n: f64, dir: i64) -> Option<Point> {
    if !n.is_finite() || n.abs() > 10_000.0 {
        return None;
    }
    if n.fract() == 0.0 {
        return p.shift(unit, dir * n as i64);
    }
    let (u, k) = match unit {
        Unit::Year => (Unit::Month, n * 12.0),
        Unit::Month => (Unit::Day, n * 30.0),
        Unit::Week => (Unit::Day, n * 7.0),
        Unit::Decade => (Unit::Year, n * 10.0),
        u => (u, n),
    };
    let moved = p.shift(u, dir * k.round() as i64)?;
    Some(if moved.unit() < unit && unit >= Unit::Year {
        Point::of(moved.first_day()?, Unit::Year)
    } else {
        moved
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::find;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Resolve every expression of `text` against `dct`; (covered text, value, anchor).
    fn values(text: &str, dct: NaiveDate) -> Vec<(String, String, String)> {
        let mut r = Resolver::new(Some(dct), 1.0);
        find(text)
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let v = r.resolve(f, i);
                (
                    text[f.start..f.end].to_string(),
                    v.value,
                    v.anchor.as_string(),
                )
            })
            .collect()
    }

    fn value_of(text: &str, dct: NaiveDate) -> String {
        let v = values(text, dct);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1.clone()
    }

    const SUN: (i32, u32, u32) = (2021, 11, 7);

    fn sun() -> NaiveDate {
        d(SUN.0, SUN.1, SUN.2)
    }

    #[test]
    fn weekdays_resolve_to_the_last_occurrence() {
        assert_eq!(value_of("Drones struck on Sunday.", sun()), "2021-11-07");
        assert_eq!(
            value_of("They blamed him for Friday's clashes.", sun()),
            "2021-11-05"
        );
        assert_eq!(value_of("He will travel on Tuesday.", sun()), "2021-11-09");
        assert_eq!(value_of("They met last Sunday.", sun()), "2021-10-31");
    }

    #[test]
    fn deictic_days_and_units() {
        assert_eq!(
            value_of("It hit the house last night.", sun()),
            "2021-11-06TNI"
        );
        assert_eq!(
            value_of("Yesterday's crime shocked the city.", sun()),
            "2021-11-06"
        );
        assert_eq!(value_of("He spoke this morning.", sun()), "2021-11-07TMO");
        assert_eq!(
            value_of("The vote took place last month.", sun()),
            "2021-10"
        );
        assert_eq!(value_of("Talks resume next week.", sun()), "2021-W45");
        assert_eq!(value_of("Turnout rose earlier this year.", sun()), "2021");
        assert_eq!(value_of("Many were killed two years ago.", sun()), "2019");
        assert_eq!(value_of("It began three days ago.", sun()), "2021-11-04");
    }

    #[test]
    fn dates_without_a_year_take_the_nearest_past_year() {
        assert_eq!(
            value_of("An election was held on October 10.", sun()),
            "2021-10-10"
        );
        assert_eq!(
            value_of("Rallies went on in December.", d(2022, 2, 1)),
            "2021-12"
        );
        assert_eq!(
            value_of("The summit will open in January.", sun()),
            "2022-01"
        );
        // A past form makes a month ahead of the date last year's; next month stays ahead.
        assert_eq!(
            value_of("In January, the firm hired a chief.", d(2021, 10, 27)),
            "2021-01"
        );
        assert_eq!(
            value_of("In December, the firm hired a chief.", d(2021, 10, 27)),
            "2020-12"
        );
        assert_eq!(
            value_of("Trading for November opened.", d(2021, 10, 27)),
            "2021-11"
        );
    }

    #[test]
    fn quarters_named_by_their_year() {
        let dct = d(1999, 11, 2);
        let v = values(
            "Net rose in this year's third quarter; last year's quarter was weak.",
            dct,
        );
        assert_eq!(
            v[0],
            (
                "this year's third quarter".into(),
                "1999-Q3".into(),
                "published".into()
            )
        );
        assert_eq!(v[1].1, "1998-Q3");
        let v = values(
            "Profit for the second quarter rose from the year-ago quarter and the 1998 period.",
            dct,
        );
        assert_eq!(v[0].1, "1999-Q2");
        assert_eq!(
            v[1],
            (
                "the year-ago quarter".into(),
                "1998-Q2".into(),
                "timex:0".into()
            )
        );
        assert_eq!(v[2].1, "1998-Q2");
        // No quarter mentioned: the latest one before the publication date.
        let v = values(
            "Sales fell from the comparable period last year and the quarter a year ago.",
            dct,
        );
        assert_eq!(v[0].1, "1998-Q3");
        assert_eq!(v[1].0, "the quarter a year ago");
        assert_eq!(v[1].1, "1998-Q3");
        // "a year-earlier loss" is a comparison, not a one-year duration.
        let v = values(
            "The third-quarter loss compares with a year-earlier loss.",
            dct,
        );
        assert_eq!(
            v[1],
            ("year-earlier".into(), "1998-Q3".into(), "timex:0".into())
        );
    }

    #[test]
    fn nine_month_comparisons_are_with_the_year() {
        let v = values(
            "In the third quarter net rose. For the nine months, net fell from a year earlier.",
            d(1999, 11, 2),
        );
        assert_eq!(v[1].1, "P9M");
        assert_eq!(v[2].1, "1998");
    }

    #[test]
    fn anaphoric_expressions_follow_the_last_date() {
        let v = values(
            "Fighting began on March 3, 2020. Two days later the city fell.",
            sun(),
        );
        // TimeML: "two days" is the expression (a duration), "later" its signal; the
        // anchor says what it counts from.
        assert_eq!(v[1], ("Two days".into(), "P2D".into(), "timex:0".into()));
        let v = values(
            "Fighting began on March 3, 2020. The next day the city fell.",
            sun(),
        );
        assert_eq!(v[1].1, "2020-03-04");
        assert_eq!(v[1].2, "timex:0");
        let v = values(
            "Profit rose in the third quarter from a year earlier.",
            d(1999, 10, 20),
        );
        assert_eq!(v[0].1, "1999-Q3");
        assert_eq!(v[1].1, "1998-Q3");
        let v = values(
            "The attack on Sunday came two days after the protests.",
            sun(),
        );
        assert_eq!(v[1], ("two days".into(), "P2D".into(), "timex:0".into()));
    }

    #[test]
    fn durations_sets_references() {
        assert_eq!(value_of("He was held for 48 hours.", sun()), "PT48H");
        assert_eq!(value_of("She waited two days.", sun()), "P2D");
        assert_eq!(value_of("Patrols run every week.", sun()), "P1W");
        assert_eq!(value_of("The group is now armed.", sun()), "PRESENT_REF");
        assert_eq!(value_of("He recently resigned.", sun()), "PAST_REF");
        assert_eq!(
            value_of("Peace may come in the future.", sun()),
            "FUTURE_REF"
        );
    }

    #[test]
    fn spoken_years_fractions_and_month_of_year() {
        assert_eq!(value_of("It began in nineteen ninety-six.", sun()), "1996");
        assert_eq!(value_of("The talks lasted 2 1/2 years.", sun()), "P2Y6M");
        assert_eq!(
            value_of("The raid took a minute and a half.", sun()),
            "PT1M30S"
        );
        assert_eq!(
            value_of("Fighting resumed in June last year.", sun()),
            "2020-06"
        );
        assert_eq!(value_of("Its 1990 invasion failed.", sun()), "1990");
        assert_eq!(
            value_of("Rain is expected at 9 a.m. EST Tuesday.", sun()),
            "2021-11-09T09:00"
        );
    }

    #[test]
    fn without_a_reference_date_values_stay_open() {
        let mut r = Resolver::new(None, 0.0);
        let f = find("They met on Sunday.");
        assert_eq!(r.resolve(&f[0], 0).value, "XXXX-WXX-7");
        let f = find("It was held on October 10.");
        assert_eq!(r.resolve(&f[0], 0).value, "XXXX-10-10");
    }

    #[test]
    fn the_weekend_said_on_a_weekday_is_the_one_just_past() {
        // 2021-11-08 is a Monday (ISO week 45); the weekend before it is in week 44.
        assert_eq!(
            value_of("Talks stalled over the weekend.", d(2021, 11, 8)),
            "2021-W44-WE"
        );
        assert_eq!(
            value_of("Talks will resume over the weekend.", d(2021, 11, 8)),
            "2021-W45-WE"
        );
        assert_eq!(
            value_of("Talks stalled over the weekend.", sun()),
            "2021-W44-WE"
        );
    }

    #[test]
    fn reporting_periods() {
        let dct = d(1989, 10, 26);
        let v = values("Profit rose for the year ended March 31.", dct);
        assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("the year", "P1Y"));
        assert_eq!(value_of("Sales for the full year were flat.", dct), "1989");
        assert_eq!(value_of("The latest period had a gain.", dct), "1989-Q3");
        // "a year earlier" after last year's figure is that year, not the one before.
        let v = values("Profit was higher last year than a year earlier.", dct);
        assert_eq!(v[1].1, "1988");
    }

    #[test]
    fn centuries_long_and_more_durations() {
        assert_eq!(
            value_of("The bridge dates from the 11th century.", sun()),
            "10"
        );
        assert_eq!(
            value_of("It was the worst war of the twentieth century.", sun()),
            "19"
        );
        assert_eq!(value_of("The feud went on for centuries.", sun()), "PXC");
        assert_eq!(value_of("They held a day-long meeting.", sun()), "P1D");
        assert_eq!(value_of("It ended a decades-long feud.", sun()), "PXY");
        assert_eq!(value_of("The boy may stay two more weeks.", sun()), "P2W");
        assert_eq!(
            value_of("The lease runs for an additional year.", sun()),
            "P1Y"
        );
        assert_eq!(value_of("Prices fell three straight days.", sun()), "P3D");
    }

    #[test]
    fn fate_and_discourse_now_are_no_times() {
        assert!(values("They argued about the future of the port.", sun()).is_empty());
        assert!(values("Now, the mayor says, the port is calm.", sun()).is_empty());
        assert_eq!(value_of("Now the port is calm.", sun()), "PRESENT_REF");
        assert_eq!(
            value_of("Peace may come in the future.", sun()),
            "FUTURE_REF"
        );
    }

    #[test]
    fn a_forecast_quarter_is_not_the_quarter_reported_on() {
        let v = values(
            "Losses may go on into the fourth quarter and through the third quarter of 1990. \
             In the year-ago period, the mill earned $5 million.",
            d(1989, 10, 26),
        );
        assert_eq!(v[1].1, "1990-Q3");
        assert_eq!(v[2].1, "1988-Q3");
    }

    #[test]
    fn a_clock_time_alone_is_on_the_day_just_mentioned() {
        let v = values(
            "The blast came on Friday. It hit at 10:35 a.m. local time.",
            sun(),
        );
        assert_eq!(v[1].1, "2021-11-05T10:35");
        assert_eq!(value_of("It hit at 10:35 a.m.", sun()), "2021-11-07T10:35");
        // A day named long before (more than three expressions back) no longer anchors it.
        let v = values(
            "Talks began on Friday. They failed in 1990, 1991, 1992 and 1993. \
             The vote closes at 5 p.m.",
            sun(),
        );
        assert_eq!(v[5].1, "2021-11-07T17:00");
    }

    #[test]
    fn ordinals_idioms_and_titles_are_no_times() {
        assert!(values("A second group of directors joined.", sun()).is_empty());
        assert!(values("It would be a second betrayal.", sun()).is_empty());
        assert_eq!(value_of("The blast lasted a second.", sun()), "PT1S");
        assert!(values("The poster showed the film High Noon.", sun()).is_empty());
        assert!(values("For Poland, high noon comes today.", sun())
            .iter()
            .all(|v| v.0 == "today"));
        assert!(values("He spoke on CBS's 60 Minutes.", sun()).is_empty());
        assert_eq!(value_of("Talks Last 3 Days", sun()), "P3D");
        assert_eq!(value_of("He spoke for 60 minutes.", sun()), "PT60M");
    }

    #[test]
    fn us_election_day_and_deadlines_by_a_month() {
        // 1998-10-26: Election Day was Tuesday, November 3.
        assert_eq!(
            value_of("Voters go to the polls on Election Day.", d(1998, 10, 26)),
            "1998-11-03"
        );
        // "by February" is a deadline ahead, even in a past-tense clause.
        assert_eq!(
            value_of(
                "The plan was to repay the loan by February.",
                d(1989, 10, 30)
            ),
            "1990-02"
        );
    }

    #[test]
    fn capitalised_deictics_inside_a_sentence_are_titles() {
        assert!(values("Baker, speaking on ABC's \"This Week,\" said no.", sun()).is_empty());
        assert!(values(
            "Baker spoke on ABC-TV's This Week with David Brinkley.",
            sun()
        )
        .is_empty());
        assert_eq!(value_of("Talks Resume Today", sun()), "2021-11-07");
        assert_eq!(value_of("He said: \"Today we vote.\"", sun()), "2021-11-07");
        assert_eq!(
            value_of("Polls closed. Today the count begins.", sun()),
            "2021-11-07"
        );
        assert_eq!(value_of("This week, the count begins.", sun()), "2021-W44");
    }

    #[test]
    fn plural_spans_after_the() {
        assert_eq!(value_of("Over the years the town grew.", sun()), "PXY");
        assert_eq!(
            value_of("Few lives are saved in the early years.", sun()),
            "PXY"
        );
        assert_eq!(
            value_of("Prices may fall in the weeks ahead.", sun()),
            "PXW"
        );
        assert_eq!(
            value_of("Many were taken in the first hours of the war.", sun()),
            "PTXH"
        );
        assert_eq!(
            value_of("In the years that followed, it grew.", sun()),
            "PXY"
        );
        // A date after the unit: no span of its own ("the months of" a named month).
        let v = values("They met in the months of July and August.", sun());
        assert!(v.iter().all(|x| x.1 != "PXM"), "{v:?}");
        assert_eq!(
            value_of("The car was seen in the weeks before the attack.", sun()),
            "PXW"
        );
    }

    #[test]
    fn bare_plurals_after_in() {
        assert_eq!(
            value_of("It grew for the first time in years.", sun()),
            "PXY"
        );
    }

    #[test]
    fn a_year_ago_after_the_quarter_ended_on_a_day() {
        let v = values(
            "Profit rose in the fiscal first quarter ended Sept. 30. A year ago, it lost money.",
            d(1989, 10, 26),
        );
        assert_eq!(v[0].1, "1989-Q1");
        assert_eq!(v[1].1, "1989-09-30");
        assert_eq!(v[2].1, "1988-Q1");
        // A day alone is no quarter: "a year ago" is then the year.
        let v = values(
            "On Sept. 30 it lost money, against a gain a year ago.",
            d(1989, 10, 26),
        );
        assert_eq!(v[1].1, "1988");
    }

    #[test]
    fn the_quarter_is_the_last_one_named() {
        let v = values(
            "Net rose in the fiscal first quarter. The quarter was strong.",
            d(1989, 10, 26),
        );
        assert_eq!(v[1].1, "1989-Q1");
        // Without a quarter named, the latest one.
        assert_eq!(
            value_of("The quarter was strong.", d(1989, 10, 26)),
            "1989-Q3"
        );
        assert!(values(
            "The quarter-to-quarter comparison improved.",
            d(1989, 10, 26)
        )
        .is_empty());
    }

    #[test]
    fn several_quarters_is_a_span_but_three_quarters_a_fraction() {
        assert_eq!(
            value_of(
                "It turned a profit after several quarters of losses.",
                sun()
            ),
            "PXQ"
        );
        assert!(values("Three quarters of the voters agreed.", sun()).is_empty());
        assert!(values("Many quarters of the city were dark.", sun()).is_empty());
    }

    #[test]
    fn plural_weekdays_are_sets() {
        assert_eq!(
            value_of("The market opens on Sundays.", sun()),
            "XXXX-WXX-7"
        );
        assert_eq!(
            value_of("Flights leave on Tuesday nights.", sun()),
            "XXXX-WXX-2TNI"
        );
        assert_eq!(
            value_of("Flights left on Tuesday night.", sun()),
            "2021-11-02TNI"
        );
    }

    #[test]
    fn a_year_earlier_span_is_a_duration() {
        let v = values(
            "Net for the year-earlier nine months included a gain.",
            sun(),
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "P9M");
    }

    #[test]
    fn two_quarters_of_a_year_are_a_half() {
        assert_eq!(
            value_of(
                "Losses may run through the first two quarters of 1990.",
                sun()
            ),
            "1990-H1"
        );
        assert_eq!(
            value_of("Sales rose in the last two quarters of 1989.", sun()),
            "1989-H2"
        );
        assert_eq!(
            value_of("Sales rose in the past two quarters.", sun()),
            "P2Q"
        );
    }

    #[test]
    fn a_day_or_week_said_from_another_date() {
        let dct = d(2022, 5, 12); // a Thursday
        assert_eq!(
            value_of(
                "The day before last Monday's vote, the mayor resigned.",
                dct
            ),
            "2022-05-08"
        );
        assert_eq!(
            value_of("Shops reopened the day after Christmas.", dct),
            "2021-12-26"
        );
        assert_eq!(
            value_of("The trial may open the week of June 20, lawyers said.", dct),
            "2022-W25"
        );
        // Before a clause ("the day before police arrived") no date follows: not taken.
        assert_eq!(
            values("She left on May 3, the day before police arrived.", dct).len(),
            1
        );
    }

    #[test]
    fn easter_and_easter_week() {
        assert_eq!(easter(2000), Some(d(2000, 4, 23)));
        assert_eq!(easter(2019), Some(d(2019, 4, 21)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        let dct = d(2024, 3, 25);
        assert_eq!(
            value_of("Pilgrims arrived as Easter week began.", dct),
            "2024-W13"
        );
        assert_eq!(value_of("The shops close on Easter.", dct), "2024-03-31");
        assert!(values("They hid Easter eggs on Easter Island.", dct).is_empty());
        assert!(values("He declared an Easter truce.", dct).is_empty());
        assert_eq!(
            value_of("Talks resume after Easter, he said.", dct),
            "2024-03-31"
        );
    }

    #[test]
    fn that_day_after_a_month_is_a_day_of_that_month() {
        let v = values(
            "He was shot last October and his name was removed that same day.",
            d(1999, 2, 6),
        );
        assert_eq!(v[0].1, "1998-10");
        assert_eq!(v[1].1, "1998-10-XX");
        // After a day, the day itself.
        let v = values(
            "He was shot on Oct. 3 and removed that same day.",
            d(1999, 2, 6),
        );
        assert_eq!(v[1].1, "1998-10-03");
    }

    #[test]
    fn coordinated_days_elided_last_and_attributive_months() {
        let v = values("The summit is on April 24 and 25 in Rome.", d(1999, 2, 10));
        let got: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["1999-04-24", "1999-04-25"]);
        // A count after the number is no day.
        assert_eq!(
            values("On April 24 and 25 people died.", d(1999, 2, 10)).len(),
            1
        );
        assert_eq!(
            values("Sales rose this year as much as last.", d(1989, 11, 1))[1].1,
            "1988"
        );
        assert_eq!(
            value_of("The March accession lets them sign.", d(1999, 2, 10)),
            "1999-03"
        );
        assert!(values("She gave to the March of Dimes.", d(1999, 2, 10)).is_empty());
        assert!(values("Shares of the May Department Stores rose.", d(1999, 2, 10)).is_empty());
    }

    #[test]
    fn today_said_of_an_age_is_no_day() {
        assert!(values("It matters for today's youth.", sun()).is_empty());
        assert!(values("We need the engineers of tomorrow.", sun()).is_empty());
        assert_eq!(value_of("Today's vote was close.", sun()), "2021-11-07");
        assert_eq!(
            value_of("The figures as of today are final.", sun()),
            "2021-11-07"
        );
        assert_eq!(
            value_of("It lasted almost a hundred years.", sun()),
            "P100Y"
        );
        assert_eq!(
            value_of("Analysts were predicting 1990 Acme earnings of $2.", sun()),
            "1990"
        );
        assert!(values("Analysts were predicting 1990 Acme shares to rise.", sun()).is_empty());
    }

    #[test]
    fn that_year_is_the_year_of_the_time_just_mentioned() {
        let v = values(
            "She left in June 1998 and came back later that year.",
            d(2000, 1, 28),
        );
        assert_eq!(v[1].1, "1998");
        let v = values(
            "Sales fell on March 3, 1997 and rose that month.",
            d(2000, 1, 28),
        );
        assert_eq!(v[1].1, "1997-03");
    }
}
