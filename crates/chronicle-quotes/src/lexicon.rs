//! Cue, channel and speaker word lists.
//!
//! The cue lists were measured against PolNeAR train (see `docs/eval/quotes.md`): a word is a
//! strong cue when it is annotated as (part of) a cue in most of its occurrences (said 0.92,
//! says 0.86, told 0.84, according 0.93, wrote 0.89, added 0.83, tweeted 0.87, noted 0.97,
//! argued 0.89, warned 0.89, insisted 0.86, ...). Weak cues ("called", "praised", "appealed")
//! attribute only quotation marks that sit inside their clause.

/// Finite speech verbs that open or close indirect speech.
pub const STRONG_CUES: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
    "warned", "warns", "insisted", "insists", "stated", "announced",
    "announces", "explained", "explains", "noted", "argued", "argues", "claimed",
    "acknowledged", "acknowledges", "asked", "replied", "responded", "reported",
    "reports", "declared", "stressed", "suggested", "suggests", "urged", "recalled", "admitted",
    "confirmed", "conceded", "predicted", "revealed", "posted", "emphasised", "emphasized",
    "contended", "asserted", "maintained", "observed", "denied", "remarked", "complained",
    "alleged", "concluded", "estimated", "pointed", "vowed", "pledged", "promised",
];

/// Strong cues that report speech with a bare clause ("said the attack was ..."); the other
/// strong cues need "that", a colon or quotation marks after them, or the cue after the clause.
pub const CORE_CUES: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
    "tweets", "warned", "warns", "insisted", "insists", "stated", "noted", "notes", "argued",
    "argues", "explained", "explains", "declared", "stressed", "acknowledged", "admitted",
    "asserted", "contended", "maintained", "recalled", "suggested", "predicted", "conceded",
    "confirmed", "announced", "reported",
];

/// Participle cues: their subject is the speaker of the clause they hang on.
pub const PARTICIPLE_CUES: &[&str] = &[
    "saying", "adding", "noting", "telling", "arguing", "explaining", "insisting", "warning",
    "calling", "citing", "stressing", "claiming", "praising", "writing", "describing",
    "suggesting", "urging", "asking", "accusing", "denying", "acknowledging", "pointing",
];

/// Verbs that attribute only the quotation marks inside their clause.
pub const WEAK_CUES: &[&str] = &[
    "called", "calls", "described", "describes", "dubbed", "condemned", "condemns",
    "decried", "decries", "praised", "praises", "appealed", "appeals", "denounced", "blasted",
    "criticized", "criticised", "accused", "accuses", "hailed", "labelled", "labeled", "branded",
    "welcomed", "welcomes", "blamed", "slammed", "urges", "demanded", "demands", "termed",
    "pledged", "vowed", "promised", "expressed", "characterized", "referred", "thanked",
];

/// Words that may sit between a speaker and the cue without ending the speaker phrase.
pub const CUE_ADVERBS: &[&str] = &[
    "has", "have", "had", "also", "later", "earlier", "previously", "repeatedly", "reportedly",
    "then", "further", "recently", "once", "again", "publicly", "privately", "would", "will",
    "separately", "initially", "subsequently", "similarly", "likewise", "simply", "already",
];

/// Words that end a speaker phrase when walking away from the cue.
pub const NP_STOP: &[&str] = &[
    "that", "which", "who", "whom", "when", "while", "where", "because", "as", "if", "and",
    "but", "or", "so", "than", "after", "before", "since", "although", "though", "whether",
    "what", "how", "why", "is", "was", "are", "were", "be", "been", "not", "to", "by", "it",
    "this", "these", "those", "there", "we", "i", "you", "me", "us",
];

/// Prepositions that end a speaker phrase after the cue ("said Smith in a statement").
pub const AFTER_NP_STOP: &[&str] = &[
    "in", "on", "at", "to", "during", "after", "before", "from", "via", "while", "with",
    "according", "late", "earlier", "last", "this", "that", "when", "as", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "who",
];

/// Determiners and possessives that make the next word a noun ("the reports", "his call").
pub const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "media", "news", "such", "new", "latest", "all", "some", "many", "press", "this", "that",
];

/// Person pronouns that can be speakers.
pub const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Channel keywords (lower case) and the channel they name.
pub const CHANNELS: &[(&str, &str)] = &[
    ("statement", "statement"),
    ("statements", "statement"),
    ("communique", "statement"),
    ("communiqué", "statement"),
    ("twitter", "twitter"),
    ("tweet", "twitter"),
    ("tweeted", "twitter"),
    ("tweets", "twitter"),
    ("television", "television"),
    ("tv", "television"),
    ("televised", "television"),
    ("broadcast", "television"),
    ("interview", "interview"),
    ("conference", "press_conference"),
    ("briefing", "press_conference"),
    ("radio", "radio"),
    ("facebook", "social_media"),
    ("instagram", "social_media"),
    ("telegram", "social_media"),
    ("media", "social_media"),
    ("speech", "speech"),
    ("rally", "speech"),
    ("email", "email"),
    ("letter", "letter"),
    ("op-ed", "op_ed"),
];

/// Nouns that name an office, unit or body of a person or state ("his office", "Iraq's
/// foreign ministry"): the speaker becomes "<Noun> of <owner>".
pub const OFFICE_NOUNS: &[&str] = &[
    "office", "ministry", "spokesman", "spokeswoman", "spokesperson", "campaign", "government",
    "embassy", "administration", "army", "military", "foreign ministry", "spokespeople", "aides",
    "aide", "lawyer", "lawyers", "team", "party", "cabinet", "presidency", "family", "staff",
];
