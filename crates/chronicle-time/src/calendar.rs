//! Calendar points at a granularity (day, week, month, quarter, season, year, decade) and their
//! TIMEX3 spelling. Arithmetic goes through `chrono`; this module only adds granularity.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A unit of calendar time, from finest to coarsest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weekends (two days).
    Weekend,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters.
    Quarter,
    /// Seasons.
    Season,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s) and whether the unit is a time unit (`PT...`).
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Season => ("M", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }

    /// A duration value: `P2D`, `PT48H`, `PXY` (when `n` is unknown).
    pub fn duration(self, n: Option<f64>) -> String {
        // Decades and centuries are spelled in years, seasons in months: the common practice.
        // An unknown number of centuries keeps TIMEX3's century letter (`PXC`).
        if self == Unit::Century && n.is_none() {
            return "PXC".into();
        }
        let (n, unit) = match self {
            Unit::Decade => (n.map(|x| x * 10.0), Unit::Year),
            Unit::Century => (n.map(|x| x * 100.0), Unit::Year),
            Unit::Season => (n.map(|x| x * 3.0), Unit::Month),
            u => (n, u),
        };
        let (code, time) = unit.duration_code();
        let t = if time { "T" } else { "" };
        match n {
            None => format!("P{t}X{code}"),
            Some(x) if x.fract() == 0.0 => format!("P{t}{}{code}", x as i64),
            Some(x) => {
                // 2.5 years is P2Y6M, 5.5 hours PT5H30M.
                let (per, small, small_time) = match unit {
                    Unit::Year => (12.0, "M", false),
                    Unit::Month => (30.0, "D", false),
                    Unit::Week => (7.0, "D", false),
                    Unit::Day => (24.0, "H", true),
                    Unit::Hour => (60.0, "M", true),
                    Unit::Minute => (60.0, "S", true),
                    _ => return format!("P{t}{x}{code}"),
                };
                let whole = x.trunc() as i64;
                let rest = (x.fract() * per).round() as i64;
                let head = if whole > 0 {
                    format!("{whole}{code}")
                } else {
                    String::new()
                };
                let t2 = if small_time && !time { "T" } else { "" };
                format!("P{t}{head}{t2}{rest}{small}")
            }
        }
    }
}

/// A season of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    /// Spring.
    Spring,
    /// Summer.
    Summer,
    /// Autumn.
    Fall,
    /// Winter.
    Winter,
}

impl Season {
    /// TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month a season starts in (northern hemisphere, meteorological).
    pub fn start_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A calendar point at some granularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Point {
    /// A day.
    Day(NaiveDate),
    /// An ISO week: ISO year and week number.
    Week(i32, u32),
    /// A month.
    Month(i32, u32),
    /// A quarter (1-4).
    Quarter(i32, u32),
    /// A season of a year.
    Season(i32, Season),
    /// A year.
    Year(i32),
    /// A decade, by its first year (1990 for the 1990s).
    Decade(i32),
    /// A century, by its first year (1900 for the 1900s).
    Century(i32),
}

impl Point {
    /// The TIMEX3 value.
    pub fn value(self) -> String {
        match self {
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(y) => format!("{:03}", y.div_euclid(10)),
            Point::Century(y) => format!("{:02}", y.div_euclid(100)),
        }
    }

    /// The granularity of this point.
    pub fn unit(self) -> Unit {
        match self {
            Point::Day(_) => Unit::Day,
            Point::Week(..) => Unit::Week,
            Point::Month(..) => Unit::Month,
            Point::Quarter(..) => Unit::Quarter,
            Point::Season(..) => Unit::Season,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
        }
    }

    /// The first day of the point.
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            Point::Day(d) => Some(d),
            Point::Week(y, w) => NaiveDate::from_isoywd_opt(y, w, Weekday::Mon),
            Point::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Point::Quarter(y, q) => NaiveDate::from_ymd_opt(y, (q.clamp(1, 4) - 1) * 3 + 1, 1),
            Point::Season(y, s) => NaiveDate::from_ymd_opt(y, s.start_month(), 1),
            Point::Year(y) | Point::Decade(y) | Point::Century(y) => {
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
        }
    }

    /// The point of granularity `unit` that contains day `d`.
    pub fn of(d: NaiveDate, unit: Unit) -> Point {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(d),
            Unit::Week | Unit::Weekend => {
                let w = d.iso_week();
                Point::Week(w.year(), w.week())
            }
            Unit::Month => Point::Month(d.year(), d.month()),
            Unit::Quarter => Point::Quarter(d.year(), (d.month() - 1) / 3 + 1),
            Unit::Season => {
                let (y, s) = match d.month() {
                    3..=5 => (d.year(), Season::Spring),
                    6..=8 => (d.year(), Season::Summer),
                    9..=11 => (d.year(), Season::Fall),
                    12 => (d.year(), Season::Winter),
                    _ => (d.year() - 1, Season::Winter),
                };
                Point::Season(y, s)
            }
            Unit::Year => Point::Year(d.year()),
            Unit::Decade => Point::Decade(d.year() - d.year().rem_euclid(10)),
            Unit::Century => Point::Century(d.year() - d.year().rem_euclid(100)),
        }
    }

    /// Move by `n` units, keeping this point's granularity when it is finer than `unit`
    /// (a quarter moved by a year is the same quarter a year before), else coarsening to `unit`.
    pub fn shift(self, unit: Unit, n: i64) -> Option<Point> {
        let day = self.first_day()?;
        let moved = shift_day(day, unit, n)?;
        let gran = if self.unit() < unit && unit == Unit::Year {
            // "a year earlier" than a quarter or a month keeps the quarter or month; than a
            // day, the year is what is meant.
            if self.unit() == Unit::Day {
                Unit::Year
            } else {
                self.unit()
            }
        } else {
            self.unit().max(unit)
        };
        Some(Point::of(moved, gran))
    }
}

/// `day` moved by `n` units (months clamp to the month's last day).
pub fn shift_day(day: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    let months = |k: i64| -> Option<NaiveDate> {
        let k32 = i32::try_from(k).ok()?;
        if k32 >= 0 {
            day.checked_add_months(chrono::Months::new(k32 as u32))
        } else {
            day.checked_sub_months(chrono::Months::new(k32.unsigned_abs()))
        }
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(day),
        Unit::Day => day.checked_add_signed(Duration::try_days(n)?),
        Unit::Week | Unit::Weekend => day.checked_add_signed(Duration::try_weeks(n)?),
        Unit::Month => months(n),
        Unit::Quarter | Unit::Season => months(n.checked_mul(3)?),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
        Unit::Century => months(n.checked_mul(1200)?),
    }
}

/// Parse a TIMEX3 date value back into a point (`2021-11-07`, `2021-W44`, `2021-11`,
/// `2021-Q3`, `2021-SU`, `2021`; a time part after `T` is ignored).
pub fn parse_value(v: &str) -> Option<Point> {
    let v = v.split('T').next()?;
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str| -> Option<i64> {
        if !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let y = parts
        .first()
        .and_then(|s| if s.len() == 4 { num(s) } else { None })? as i32;
    match parts.len() {
        1 => Some(Point::Year(y)),
        2 => {
            let p = parts[1];
            if let Some(w) = p.strip_prefix('W') {
                let w = num(w)? as u32;
                (1..=53).contains(&w).then_some(Point::Week(y, w))
            } else if let Some(q) = p.strip_prefix('Q') {
                let q = num(q)? as u32;
                (1..=4).contains(&q).then_some(Point::Quarter(y, q))
            } else {
                let s = match p {
                    "SP" => Some(Season::Spring),
                    "SU" => Some(Season::Summer),
                    "FA" => Some(Season::Fall),
                    "WI" => Some(Season::Winter),
                    _ => None,
                };
                if let Some(s) = s {
                    return Some(Point::Season(y, s));
                }
                let m = num(p)? as u32;
                (1..=12).contains(&m).then_some(Point::Month(y, m))
            }
        }
        3 => {
            let m = num(parts[1])? as u32;
            let d = num(parts[2])? as u32;
            NaiveDate::from_ymd_opt(y, m, d).map(Point::Day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn values_are_timex3() {
        assert_eq!(Point::Day(day(2021, 11, 7)).value(), "2021-11-07");
        assert_eq!(Point::of(day(2021, 11, 7), Unit::Week).value(), "2021-W44");
        assert_eq!(
            Point::of(day(1989, 10, 26), Unit::Quarter).value(),
            "1989-Q4"
        );
        assert_eq!(Point::Decade(1990).value(), "199");
        assert_eq!(Unit::Day.duration(Some(2.0)), "P2D");
        assert_eq!(Unit::Hour.duration(Some(48.0)), "PT48H");
        assert_eq!(Unit::Year.duration(None), "PXY");
        assert_eq!(Unit::Decade.duration(Some(4.0)), "P40Y");
    }

    #[test]
    fn a_year_earlier_than_a_quarter_is_a_quarter() {
        let q = Point::Quarter(1989, 3);
        assert_eq!(q.shift(Unit::Year, -1).unwrap().value(), "1988-Q3");
        let d = Point::Day(day(2021, 11, 7));
        assert_eq!(d.shift(Unit::Day, -2).unwrap().value(), "2021-11-05");
        assert_eq!(d.shift(Unit::Year, -2).unwrap().value(), "2019");
        assert_eq!(d.shift(Unit::Month, -1).unwrap().value(), "2021-10");
    }

    #[test]
    fn parse_value_round_trips() {
        for v in [
            "2021-11-07",
            "2021-W44",
            "2021-11",
            "1989-Q3",
            "1998-FA",
            "2019",
        ] {
            assert_eq!(parse_value(v).unwrap().value(), v);
        }
        assert_eq!(parse_value("PAST_REF"), None);
        assert_eq!(parse_value("2021-13"), None);
        assert_eq!(parse_value("2021-11-06TNI").unwrap().value(), "2021-11-06");
    }
}
