//! Words the rules know: months, weekdays, units, number words, parts of the day.
//! Lookups take lower-cased words.

use chrono::Weekday;

use crate::calendar::{Season, Unit};

/// Month number for a month name or abbreviation (`nov`, `sept`, `october`).
pub fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for a full month name (not an abbreviation).
pub fn is_full_month(w: &str) -> bool {
    month(w).is_some() && w.len() >= 5 || w == "may" || w == "june" || w == "july"
}

/// Weekday for a weekday name or abbreviation.
pub fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// True for a full weekday name.
pub fn is_full_weekday(w: &str) -> bool {
    weekday(w).is_some() && w.ends_with("day")
}

/// A time unit word, singular or plural.
pub fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "weekend" | "weekends" => Unit::Weekend,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// A season word.
pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// A number word below a hundred's parts.
pub fn small_number(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "dozen" => 12,
        _ => return None,
    })
}

/// An ordinal word or numeral (`third`, `3rd`) up to 31.
pub fn ordinal(w: &str) -> Option<u32> {
    let words = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as u32 + 1);
    }
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &w[digits.len()..];
    if !digits.is_empty() && digits.len() <= 2 && matches!(rest, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    None
}

/// Words for a vague count ("several days", "a few weeks").
pub fn is_vague_count(w: &str) -> bool {
    matches!(
        w,
        "several" | "few" | "many" | "some" | "numerous" | "couple"
    )
}

/// Part-of-day word and its TIMEX3 code.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Adverbs and nouns that name the past, present or future without a date.
pub fn reference(w: &str) -> Option<&'static str> {
    Some(match w {
        // Only the words annotators reliably mark; "previously", "soon", "formerly" are
        // usually left out of TimeML annotation, so tagging them costs precision.
        "now" | "currently" | "nowadays" | "current" => "PRESENT_REF",
        "recently" | "lately" => "PAST_REF",
        _ => return None,
    })
}

/// Adjectives and adverbs for sets: `daily` → `P1D`.
pub fn set_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "hourly" => "PT1H",
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "biweekly" => "P2W",
        "monthly" => "P1M",
        "yearly" => "P1Y",
        _ => return None,
    })
}
