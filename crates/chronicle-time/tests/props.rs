//! Property tests: the stage never panics, and every span it writes slices the text.

use chronicle_doc::{Document, Meta, Stage};
use chronicle_time::TimeStage;
use proptest::prelude::*;

/// Words that exercise the rules, mixed with noise.
const WORDS: &[&str] = &[
    "on",
    "Sunday",
    "Friday's",
    "last",
    "next",
    "this",
    "night",
    "morning",
    "two",
    "days",
    "ago",
    "after",
    "before",
    "earlier",
    "later",
    "the",
    "year",
    "quarter",
    "third",
    "-",
    "Nov.",
    "6",
    ",",
    "2021",
    "1990s",
    "in",
    "May",
    "March",
    "every",
    "week",
    "daily",
    "48",
    "hours",
    "at",
    "3:30",
    "p.m.",
    "noon",
    "a",
    "half",
    "1/2",
    "nineteen",
    "ninety",
    "-",
    "six",
    "’s",
    "XXXX",
    "month",
    "weekend",
    "that",
    "day",
    "fiscal",
    "1989",
    "year-earlier",
    "now",
    "recently",
    ".",
    "Christmas",
    "Thanksgiving",
    "2021-11-07",
    "99999999999",
    "0",
    "31",
    "February",
    "29",
    "\u{00e9}t\u{00e9}",
    "\u{1F600}",
    "\n\n",
    // Typography of real news next to dates: curly quotes, dashes, odd spaces, accents.
    "\u{201C}",
    "\u{201D}",
    "\u{2019}",
    "\u{2018}",
    "\u{2014}",
    "\u{2013}",
    "\u{00A0}",
    "\u{2009}",
    "\u{00E9}",
    "Sunday\u{2019}s",
    "\u{201C}Nov.",
    "7\u{2014}",
    "2021\u{201D}",
    "1,\u{00E9}",
    "a\u{2019}",
    "p\u{00E9}",
    "Past",
    "Current",
    "past",
    "current",
    "summer",
    "winter",
    "Previous",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(WORDS), 0..40).prop_map(|w| w.join(" ")),
        proptest::collection::vec(proptest::sample::select(WORDS), 0..40).prop_map(|w| w.concat()),
        // Words glued by random multi-byte separators.
        proptest::collection::vec(
            (
                proptest::sample::select(WORDS),
                proptest::sample::select(
                    &["", " ", "\u{2014}", "\u{00A0}", "\u{201C}", "\u{2019}", ","][..]
                )
            ),
            0..40
        )
        .prop_map(|v| v
            .into_iter()
            .map(|(a, b)| format!("{a}{b}"))
            .collect::<String>()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn stage_never_panics_and_spans_slice(text in text_strategy(), published in proptest::option::of(prop_oneof![
        Just("2021-11-07".to_string()), Just("XXXX-02-29".to_string()), Just("garbage".to_string()),
        Just("9999-12-31".to_string()), Just("0001-01-01".to_string()),
    ])) {
        let mut doc = Document::new(text.as_str(), Meta { published, ..Meta::default() });
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        TimeStage::new().run(&mut doc).unwrap();
        for t in &doc.times {
            prop_assert!(t.span.end() <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start()) && text.is_char_boundary(t.span.end()));
            prop_assert!(!t.value.is_empty());
            prop_assert!((0.0..=1.0).contains(&t.confidence));
        }
        let tagged = chronicle_time::tag(&text, None);
        for t in tagged {
            prop_assert!(text.get(t.start..t.end).is_some());
        }
    }
}
