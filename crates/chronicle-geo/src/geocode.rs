//! The geocoder: finds place mentions in a [`Document`] and resolves each to a gazetteer
//! feature, filling [`Document::places`].
//!
//! # Which mentions
//! 1. `LOC` entities from the tagger ("Baghdad", "the Green Zone", "Bay region").
//! 2. Demonyms and country adjectives, tagged `MISC` or not ("Iraqi", "Saudi"), and the
//!    first part of compounds ("Iran-backed", "Saudi-owned", "U.S.-led"). They become places of
//!    kind `demonym` with the country's id (`country:IQ`) and point; a country *name* is a
//!    place of kind `country`.
//! 3. Capitalized token sequences no entity covers that the gazetteer knows, when they are
//!    unambiguous enough: countries, admin1 areas, sites, regions and waters always; towns
//!    only when they stand alone (not inside a longer capitalized name), are not a common
//!    English word, and are large, or lie in a country the article already talks about.
//!    Abbreviations of admin1 areas count when written as style guides do ("Ky.", "B.C.").
//!
//! # Which feature
//! Every candidate gets a prior (countries and named sites first, then admin1 areas, then
//! towns by population, with a bonus for capitals and admin1 seats, and a malus when only an
//! alternate name matched) plus context: the share of the article's unambiguous mentions in
//! the candidate's country and admin1 area, and nesting ("Paris, Texas", "Baidoa, Bay region"
//! pins the town to the area that follows it). One name gets one sense per article.
//!
//! Cues in the text weigh in too: "state of X", "X province" and lists of first-level areas
//! ("Utah, Washington and Wisconsin") favour the area reading; an upper-case dateline
//! ("DETROIT — ...") is a place; seats of government ("the White House said") are places only
//! after a locative preposition; a one-word `LOC` used as a person's first name ("Georgia
//! Stevens") is the person throughout the article.
//!
//! Doubtful findings (a `LOC` the gazetteer does not know) become [`Diagnostic`]s.

use std::collections::{HashMap, HashSet};

use chronicle_doc::{
    Diagnostic, Document, EntityLabel, LayerKind, Place, Span, Stage, StageError, TextSpan,
};

use crate::countries::{Countries, Country};
use crate::gazetteer::{Feature, Gazetteer, Kind};
use crate::normalize::normalize;

/// The stage name.
pub const STAGE_NAME: &str = "places.v1";

/// Geocodes place mentions with the built-in gazetteer and countries.
pub struct GeocodeStage {
    geocoder: Geocoder<'static>,
}

impl GeocodeStage {
    /// The stage over the built-in data (loaded on first use).
    pub fn new() -> GeocodeStage {
        GeocodeStage {
            geocoder: Geocoder::new(crate::gazetteer(), crate::countries()),
        }
    }
}

impl Default for GeocodeStage {
    fn default() -> Self {
        GeocodeStage::new()
    }
}

impl Stage for GeocodeStage {
    fn name(&self) -> &'static str {
        STAGE_NAME
    }
    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Tokens, LayerKind::Sentences, LayerKind::Entities]
    }
    fn produces(&self) -> &'static [LayerKind] {
        &[LayerKind::Places]
    }
    fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        let (places, diagnostics) = self.geocoder.geocode(doc);
        doc.places = places;
        doc.diagnostics.extend(diagnostics);
        Ok(())
    }
}

/// The geocoder over a gazetteer and a country table.
pub struct Geocoder<'a> {
    gaz: &'a Gazetteer,
    countries: &'a Countries,
}

/// What the token scan knows about the document.
struct Scope<'s> {
    has_ner: bool,
    person_words: &'s HashSet<String>,
    /// Every word of the tagger's multi-word PER entities ("Georgia" of "Georgia Stevens").
    person_names: &'s HashSet<String>,
    others: &'s [(Span, EntityLabel)],
}

impl Scope<'static> {
    fn none() -> Scope<'static> {
        static EMPTY: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
        Scope {
            has_ner: false,
            person_words: EMPTY.get_or_init(HashSet::new),
            person_names: EMPTY.get_or_init(HashSet::new),
            others: &[],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// A LOC entity.
    Entity,
    /// Found by the token scan.
    Scan,
}

#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    key: String,
    origin: Origin,
    /// For demonyms: the country.
    demonym: Option<usize>,
    /// An adjective of a region ("European"): written as kind `demonym`.
    adjective: bool,
    /// Candidates: feature index and whether a preferred name matched.
    cands: Vec<(u32, bool)>,
}

/// Suffix words of area names that the gazetteer stores without them.
const AREA_WORDS: &[&str] = &[
    "province",
    "region",
    "governorate",
    "state",
    "county",
    "district",
    "city",
    "prefecture",
    "oblast",
    "municipality",
    "department",
    "territory",
    "island",
    "islands",
    "valley",
];

/// Lower-case words that may sit inside a place name ("Bosnia and Herzegovina").
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "and", "upon",
    "on", "the", "du", "des", "di", "am", "an", "der", "den", "y", "en", "sur", "es",
];

/// Words after a hyphen that make the part before it an attribute ("Iran-backed").
const COMPOUND_HEADS: &[&str] = &[
    "backed",
    "led",
    "based",
    "owned",
    "born",
    "funded",
    "sponsored",
    "allied",
    "made",
    "run",
    "controlled",
    "held",
    "linked",
    "brokered",
    "supported",
    "occupied",
    "administered",
    "aligned",
    "flagged",
    "registered",
    "headquartered",
    "bound",
    "style",
    "friendly",
    "affiliated",
    "trained",
    "armed",
    "dominated",
    "ruled",
    "bred",
    "built",
    "listed",
];

/// Capitalized words that are towns somewhere but almost always mean something else in news.
const COMMON_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "by",
    "of",
    "for",
    "from",
    "to",
    "with",
    "and",
    "or",
    "but",
    "as",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "where",
    "near",
    "about",
    "also",
    "more",
    "most",
    "many",
    "much",
    "some",
    "other",
    "over",
    "under",
    "into",
    "out",
    "up",
    "down",
    "no",
    "not",
    "all",
    "any",
    "each",
    "every",
    "both",
    "few",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "then",
    "than",
    "now",
    "new",
    "old",
    "good",
    "best",
    "well",
    "just",
    "only",
    "even",
    "still",
    "yet",
    "again",
    "once",
    "however",
    "meanwhile",
    "police",
    "army",
    "president",
    "minister",
    "prime",
    "government",
    "ministry",
    "party",
    "council",
    "court",
    "university",
    "college",
    "school",
    "hospital",
    "state",
    "states",
    "republic",
    "kingdom",
    "union",
    "national",
    "international",
    "general",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "city",
    "town",
    "village",
    "street",
    "road",
    "avenue",
    "square",
    "park",
    "river",
    "lake",
    "mount",
    "sea",
    "bay",
    "island",
    "port",
    "fort",
    "camp",
    "house",
    "office",
    "centre",
    "center",
    "church",
    "mosque",
    "temple",
    "airport",
    "station",
    "bridge",
    "hall",
    "tower",
    "palace",
    "market",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "king",
    "queen",
    "prince",
    "princess",
    "saint",
    "st",
    "god",
    "allah",
    "islam",
    "muslim",
    "christian",
    "jewish",
    "shia",
    "sunni",
    "arab",
    "media",
    "news",
    "times",
    "post",
    "press",
    "reuters",
    "agency",
    "report",
    "reports",
    "people",
    "world",
    "global",
    "health",
    "security",
    "defence",
    "defense",
    "forces",
    "force",
    "military",
    "navy",
    "troops",
    "guard",
    "guards",
    "foreign",
    "affairs",
    "interior",
    "justice",
    "energy",
    "oil",
    "gas",
    "bank",
    "fund",
    "company",
    "group",
    "association",
    "society",
    "institute",
    "foundation",
    "department",
    "agriculture",
    "commission",
    "committee",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "white",
    "black",
    "red",
    "green",
    "blue",
    "gold",
    "silver",
    "victory",
    "liberty",
    "freedom",
    "independence",
    "unity",
    "hope",
    "faith",
    "grace",
    "joy",
    "love",
    "peace",
    "war",
    "man",
    "woman",
    "mobile",
    "reading",
    "bath",
    "nice",
    "split",
    "split",
    "young",
    "long",
    "little",
    "big",
    "great",
    "grand",
    "high",
    "low",
    "fair",
    "florence",
    "chance",
    "cut",
    "most",
    "like",
    "said",
    "says",
    "told",
    "according",
    "via",
    "per",
    "per",
    "senior",
    "junior",
    "chief",
    "director",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "official",
    "officials",
    "secretary",
    "governor",
    "mayor",
    "sheriff",
    "commander",
    "colonel",
    "captain",
    "major",
    "sergeant",
    "lieutenant",
    "officer",
    "doctor",
    "professor",
    "judge",
    "ebola",
    "virus",
    "zika",
    "sars",
    "covid",
    "flu",
    "influenza",
    "cholera",
    "malaria",
    "measles",
    "polio",
    "aids",
    "hiv",
    "dengue",
    "rabies",
    "plague",
    "anthrax",
    "who",
    "un",
    "eu",
    "nato",
    "twitter",
    "facebook",
    "google",
    "apple",
    "amazon",
    "microsoft",
    "television",
    "radio",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "olympic",
    "olympics",
    "cup",
    "league",
    "club",
    "team",
    "ocean",
    "field",
    "bar",
    "mission",
    "alliance",
    "front",
    "movement",
    "brigade",
    "brigades",
    "militia",
    "militias",
    "coalition",
    "bloc",
    "opposition",
    "rebels",
    "rebel",
    "islamic",
    "democratic",
    "people's",
    "popular",
    "federal",
    "royal",
    "supreme",
    "public",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "xinhua",
    "liberal",
    "liberals",
    "conservative",
    "conservatives",
    "labour",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "tory",
    "tories",
    "greens",
];

/// Words after a name that make it a disease, not a place ("West Nile virus").
const NOT_PLACE_AFTER: &[&str] = &[
    "virus",
    "viruses",
    "fever",
    "ebolavirus",
    "flu",
    "disease",
    "strain",
    "encephalitis",
    "syndrome",
    "variant",
];

/// Buildings that news names for the government working in them.
const SEATS_OF_GOVERNMENT: &[&str] = &[
    "white house",
    "kremlin",
    "pentagon",
    "downing street",
    "elysee",
    "elysee palace",
    "blue house",
    "zhongnanhai",
];

/// True when a locative preposition (and maybe "the") stands right before `start`:
/// "at the White House", "outside Downing Street".
fn locative_before(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .unwrap_or(before)
        .trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.as_str(),
        "at" | "in"
            | "inside"
            | "outside"
            | "near"
            | "to"
            | "from"
            | "into"
            | "on"
            | "toward"
            | "towards"
            | "around"
            | "outside of"
    )
}

/// Adjectives of continents and world regions, linked like demonyms.
const REGION_ADJECTIVES: &[(&str, &str)] = &[
    ("european", "Europe"),
    ("african", "Africa"),
    ("asian", "Asia"),
    ("latin american", "Latin America"),
    ("middle eastern", "Middle East"),
    ("caribbean", "Caribbean"),
    ("balkan", "Balkans"),
    ("arctic", "Arctic"),
];

fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_word(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn has_lowercase(s: &str) -> bool {
    s.chars().any(|c| c.is_lowercase())
}

impl<'a> Geocoder<'a> {
    /// A geocoder over these tables.
    pub fn new(gaz: &'a Gazetteer, countries: &'a Countries) -> Geocoder<'a> {
        Geocoder { gaz, countries }
    }

    fn country_index(&self, c: &Country) -> usize {
        self.countries
            .all()
            .iter()
            .position(|x| x.alpha2 == c.alpha2)
            .unwrap_or(0)
    }

    fn demonym_of(&self, key: &str) -> Option<usize> {
        if self.countries.by_name_key(key).is_some() {
            return None;
        }
        self.countries
            .by_demonym_key(key)
            .map(|c| self.country_index(c))
            .or_else(|| {
                // Plurals not listed: "Syrians", "Kenyans".
                key.strip_suffix('s')
                    .filter(|_| self.gaz.lookup_primary_key(key).is_empty())
                    .and_then(|k| self.countries.by_demonym_key(k))
                    .map(|c| self.country_index(c))
            })
    }

    fn region_adjective(&self, key: &str) -> Option<u32> {
        let (_, name) = REGION_ADJECTIVES.iter().find(|(k, _)| *k == key)?;
        self.gaz
            .lookup(name)
            .iter()
            .copied()
            .find(|&i| matches!(self.gaz.feature(i).kind, Kind::Continent | Kind::Region))
    }

    /// Candidates for a key: preferred-name matches flagged `true`.
    fn candidates(&self, key: &str) -> Vec<(u32, bool)> {
        let all = self.gaz.lookup_key(key);
        let primary = self.gaz.lookup_primary_key(key);
        // First-level areas are often stored under their local name ("Fujian Sheng",
        // "Sachsen-Anhalt") with the English one as an alternate: when no feature has the
        // key as its preferred name, an area's alternate counts as preferred.
        let area_alias = primary.is_empty()
            && key.len() >= 4
            && !COMMON_WORDS.contains(&key)
            && all
                .iter()
                .any(|&i| self.gaz.feature(i).kind == Kind::Admin1);
        all.iter()
            .map(|&i| {
                let p = primary.contains(&i)
                    || (area_alias && self.gaz.feature(i).kind == Kind::Admin1);
                (i, p)
            })
            .collect()
    }

    /// Candidates for a LOC entity's text, trying variants when the full text is unknown.
    fn entity_candidates(&self, text: &str) -> (Vec<(u32, bool)>, usize, usize) {
        // Returns candidates and the byte range inside `text` they were found for.
        let mut s = 0;
        let mut e = text.len();
        for article in ["the ", "The ", "THE "] {
            if text[s..e].starts_with(article) {
                s += article.len();
            }
        }
        for poss in ["’s", "'s", "’", "'"] {
            if text[s..e].ends_with(poss) {
                e -= poss.len();
            }
        }
        let key = normalize(&text[s..e]);
        let c = self.candidates(&key);
        if !c.is_empty() {
            return (c, s, e);
        }
        // "Bay region", "Anbar province": drop the area word.
        if let Some(pos) = text[s..e].rfind(' ') {
            let last = text[s + pos + 1..e].to_lowercase();
            if AREA_WORDS.contains(&last.as_str()) {
                let c = self.candidates(&normalize(&text[s..s + pos]));
                if !c.is_empty() {
                    return (c, s, e);
                }
            }
        }
        // "Province of Nueva Ecija".
        let lower = text[s..e].to_lowercase();
        for w in AREA_WORDS {
            let prefix = format!("{w} of ");
            if lower.starts_with(&prefix) {
                let c = self.candidates(&normalize(&text[s + prefix.len()..e]));
                if !c.is_empty() {
                    return (c, s, e);
                }
            }
        }
        (Vec::new(), s, e)
    }

    /// Find and resolve every place mention of `doc`.
    pub fn geocode(&self, doc: &Document) -> (Vec<Place>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut mentions = self.collect(doc, &mut diags);
        mentions.sort_by_key(|m| (m.start, m.end));
        mentions.dedup_by(|b, a| b.start < a.end);
        let places = self.resolve(doc, &mentions);
        (places, diags)
    }

    /// The dateline of a report: an upper-case town name opening the text, a line or the
    /// sentence after a headline ("DETROIT — The ...", "WASHINGTON Barack Obama ...",
    /// "Mason charged. BANTAM — A ..."). Taggers miss these: the words are all capitals.
    fn dateline(&self, text: &str) -> Option<Mention> {
        let mut cut = text.len().min(400);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[..cut];
        let mut starts = vec![0];
        starts.extend(head.match_indices('\n').map(|(i, _)| i + 1));
        starts.extend(head.match_indices(". ").map(|(i, _)| i + 2));
        starts.sort_unstable();
        for s0 in starts {
            let rest = &head[s0..];
            let s = s0 + (rest.len() - rest.trim_start().len());
            let mut e = s;
            let mut words = 0;
            let mut at = s;
            for w in head[s..].split(' ') {
                let w_start = at;
                at += w.len() + 1;
                let core = w.trim_end_matches([',', '.']);
                let upper = core.len() >= 2
                    && core
                        .chars()
                        .all(|c| c.is_uppercase() || c == '\'' || c == '-')
                    && core.chars().filter(|c| c.is_alphabetic()).count() >= 2;
                if !upper || words == 3 {
                    break;
                }
                e = w_start + core.len();
                words += 1;
                if core.len() != w.len() {
                    break; // "DETROIT," ends the name
                }
            }
            if words == 0 || e - s < 4 {
                continue;
            }
            // What follows: a dash, a comma, a parenthesis or a normal word.
            let after = head[e..].trim_start();
            let next_ok = after.starts_with(['—', '–', '-', ',', '('])
                || after
                    .split(' ')
                    .next()
                    .is_some_and(|w| is_capitalized(w) && has_lowercase(w));
            if !next_ok {
                continue;
            }
            let key = normalize(&head[s..e]);
            if COMMON_WORDS.contains(&key.as_str()) {
                continue;
            }
            let cands = self.candidates(&key);
            let good = cands.iter().any(|&(i, p)| {
                let f = self.gaz.feature(i);
                p && matches!(f.kind, Kind::City | Kind::Admin1 | Kind::Country)
            });
            if good {
                return Some(Mention {
                    start: s,
                    end: e,
                    key,
                    origin: Origin::Entity,
                    demonym: None,
                    adjective: false,
                    cands,
                });
            }
        }
        None
    }

    fn collect(&self, doc: &Document, diags: &mut Vec<Diagnostic>) -> Vec<Mention> {
        let text = doc.text();
        let mut out = Vec::new();
        out.extend(self.dateline(text));
        // A one-word LOC right before a PER ("Georgia" of "Georgia Stevens" cut in two by the
        // tagger) is a first name: the article's other mentions of it are the person too.
        let person_words = self.person_words(doc);
        // Surnames of the tagger's multi-word persons.
        let surnames: HashSet<String> = doc
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Per)
            .filter_map(|e| text.get(e.span.range())?.rsplit_once(' '))
            .map(|(_, last)| normalize(last))
            .collect();
        let mut first_names: HashSet<String> = HashSet::new();
        for ent in doc.entities.iter().filter(|e| e.label == EntityLabel::Loc) {
            // "Georgia Stevens" where the article also names "Cory Stevens".
            let name = text.get(ent.span.range()).unwrap_or("");
            let next: String = text
                .get(ent.span.end()..)
                .and_then(|t| t.strip_prefix(' '))
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if !name.contains(' ')
                && has_lowercase(name)
                && is_capitalized(&next)
                && has_lowercase(&next)
                && !AREA_WORDS.contains(&next.to_lowercase().as_str())
                && !COMMON_WORDS.contains(&next.to_lowercase().as_str())
                && surnames.contains(&normalize(&next))
            {
                first_names.insert(normalize(name));
            }
        }
        for pair in doc.entities.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.label == EntityLabel::Loc
                && b.label == EntityLabel::Per
                && text.get(a.span.end()..b.span.start()) == Some(" ")
            {
                let name = text.get(a.span.range()).unwrap_or("");
                if !name.contains(' ') && has_lowercase(name) {
                    first_names.insert(normalize(name));
                }
            }
        }
        for ent in &doc.entities {
            let (s0, e0) = (ent.span.start(), ent.span.end());
            let Some(etext) = text.get(s0..e0) else {
                continue;
            };
            match ent.label {
                EntityLabel::Loc if after_title(text, s0) => {
                    // "Gov. Ned Lamont" cut by the tagger into "Ned" and a LOC "Lamont".
                    continue;
                }
                EntityLabel::Loc => {
                    let next = text.get(e0..).unwrap_or("").trim_start();
                    let next_word: String =
                        next.chars().take_while(|c| c.is_alphabetic()).collect();
                    if NOT_PLACE_AFTER.contains(&next_word.to_lowercase().as_str())
                        || next.starts_with('$')
                        || COMMON_WORDS.contains(&normalize(etext).as_str())
                    {
                        continue;
                    }
                    if text.get(e0..).is_some_and(|t| t.starts_with('.')) {
                        if let Some(f) = self.gaz.abbreviation(&format!("{etext}.")) {
                            out.push(Mention {
                                start: s0,
                                end: e0 + 1,
                                key: normalize(etext),
                                origin: Origin::Entity,
                                demonym: None,
                                adjective: false,
                                cands: vec![(f, true)],
                            });
                            continue;
                        }
                    }
                    let (cands, s, e) = self.entity_candidates(etext);
                    let key = normalize(&etext[s..e]);
                    if first_names.contains(&key) {
                        continue;
                    }
                    if is_county_key(&key) {
                        out.push(Mention {
                            start: s0 + s,
                            end: s0 + e,
                            key,
                            origin: Origin::Entity,
                            demonym: None,
                            adjective: false,
                            cands: Vec::new(),
                        });
                    } else if !cands.is_empty() {
                        out.push(Mention {
                            start: s0 + s,
                            end: s0 + e,
                            key,
                            origin: Origin::Entity,
                            demonym: None,
                            adjective: false,
                            cands,
                        });
                    } else if let Some(c) = self.demonym_of(&key) {
                        out.push(self.demonym_mention(s0 + s, s0 + e, key, c));
                    } else {
                        let parts = self.scan_range(doc, s0, e0, true);
                        if parts.is_empty() {
                            diags.push(Diagnostic {
                                stage: STAGE_NAME.into(),
                                message: format!("no gazetteer entry for location {etext:?}"),
                                span: Some(ent.span.0),
                            });
                        }
                        out.extend(parts);
                    }
                }
                // Other entities are looked at by the token scan below.
                EntityLabel::Misc | EntityLabel::Per | EntityLabel::Org => {}
            }
        }
        // Token scan outside LOC entities. Other entities are no barrier: the tagger often
        // labels "Philippines" PER or "NSW" ORG, and cuts "Red Deer" to ORG "Red".
        let covered: Vec<Span> = doc
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Loc)
            .map(|e| e.span.0)
            .collect();
        let others: Vec<(Span, EntityLabel)> = doc
            .entities
            .iter()
            .filter(|e| e.label != EntityLabel::Loc)
            .map(|e| (e.span.0, e.label))
            .collect();
        let has_ner = !doc.entities.is_empty();
        let mut person_names = HashSet::new();
        for e in doc.entities.iter().filter(|e| e.label == EntityLabel::Per) {
            let name = text.get(e.span.range()).unwrap_or("");
            if name.contains(' ') {
                for (k, w) in name
                    .split(' ')
                    .enumerate()
                    .filter(|(_, w)| is_capitalized(w))
                {
                    // A large city heading a "person" is a mislabelled show or team
                    // ("Edmonton AM"): the city's other mentions stay places.
                    let key = normalize(w);
                    if k == 0 && self.is_big_city(&key) {
                        continue;
                    }
                    person_names.insert(key);
                }
            }
        }
        person_names.extend(first_names);
        let scope = Scope {
            has_ner,
            person_words: &person_words,
            person_names: &person_names,
            others: &others,
        };
        for sent in &doc.sentences {
            let toks = doc.sentence_tokens(sent);
            let mut i = 0;
            while i < toks.len() {
                let t = toks[i].span;
                if covered.iter().any(|c| c.overlaps(t)) {
                    i += 1;
                    continue;
                }
                let j_max = toks[i..]
                    .iter()
                    .position(|x| covered.iter().any(|c| c.overlaps(x.span)))
                    .map(|p| i + p)
                    .unwrap_or(toks.len());
                match self.match_at(doc, toks, i, j_max, &scope) {
                    Some((m, next)) => {
                        out.push(m);
                        i = next;
                    }
                    None => i += 1,
                }
            }
        }
        out.extend(self.hyphen_pairs(doc, &out));
        // Seats of government mostly stand for the government ("the White House said"):
        // places only where the text puts something at them ("at the White House").
        out.retain(|m| {
            !SEATS_OF_GOVERNMENT.contains(&m.key.as_str()) || locative_before(text, m.start)
        });
        out
    }

    /// Last words of capitalized runs that are not places ("Obama" of "Barack Obama"): when
    /// such a word stands alone later, it is the person, not a town.
    fn person_words(&self, doc: &Document) -> HashSet<String> {
        let text = doc.text();
        let mut out = HashSet::new();
        for e in doc.entities.iter().filter(|e| e.label == EntityLabel::Per) {
            let name = text.get(e.span.range()).unwrap_or("");
            if let Some((_, last)) = name.rsplit_once(' ') {
                out.insert(normalize(last));
            }
        }
        for sent in &doc.sentences {
            let toks = doc.sentence_tokens(sent);
            let mut i = 0;
            while i < toks.len() {
                let w = text.get(toks[i].span.range()).unwrap_or("");
                if !(is_capitalized(w) && is_word(w)) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < toks.len() {
                    let x = text.get(toks[j].span.range()).unwrap_or("");
                    if !(is_capitalized(x) && is_word(x)) {
                        break;
                    }
                    j += 1;
                }
                // A run that starts a sentence, a line (headlines run into the next
                // sentence) or with a word the article also writes in lower case
                // ("Although Edmonton's economy") is no name.
                let at_start = i == 0
                    || matches!(
                        text.get(toks[i - 1].span.range()).unwrap_or(""),
                        "\"" | "“" | "‘" | "'" | "(" | ":" | "—" | "–" | "-"
                    )
                    || text
                        .get(toks[i - 1].span.end()..toks[i].span.start())
                        .is_some_and(|gap| gap.contains('\n'))
                    || (w.chars().all(char::is_alphabetic)
                        && contains_word(text, &w.to_lowercase()));
                if j - i >= 2 && !at_start {
                    let first = normalize(w);
                    let whole = normalize(
                        text.get(toks[i].span.start()..toks[j - 1].span.end())
                            .unwrap_or(""),
                    );
                    let last = normalize(text.get(toks[j - 1].span.range()).unwrap_or(""));
                    let is_place = !self.gaz.lookup_key(&whole).is_empty();
                    let directional = COMMON_WORDS.contains(&first.as_str())
                        || self.demonym_of(&first).is_some()
                        || self.countries.by_name_key(&first).is_some();
                    if !is_place && !directional && !COMMON_WORDS.contains(&last.as_str()) {
                        out.insert(last);
                    }
                }
                i = j;
            }
        }
        out
    }

    /// True when a key's preferred sense is a city of 500,000 or more inhabitants.
    fn is_big_city(&self, key: &str) -> bool {
        self.candidates(key).iter().any(|&(i, p)| {
            let f = self.gaz.feature(i);
            p && f.kind == Kind::City && f.population >= 500_000
        })
    }

    fn is_compound_at(&self, text: &str, m: &Mention) -> bool {
        text.get(m.end..)
            .is_some_and(|rest| rest.starts_with('-') || rest.starts_with('‑'))
    }

    fn demonym_mention(&self, start: usize, end: usize, key: String, country: usize) -> Mention {
        Mention {
            start,
            end,
            key,
            origin: Origin::Scan,
            demonym: Some(country),
            adjective: true,
            cands: Vec::new(),
        }
    }

    /// Scan the tokens inside a byte range (an entity) for demonyms and, when `places` is
    /// set, for any gazetteer name.
    fn scan_range(&self, doc: &Document, s0: usize, e0: usize, places: bool) -> Vec<Mention> {
        let toks: Vec<_> = doc
            .tokens
            .iter()
            .filter(|t| t.span.start() >= s0 && t.span.end() <= e0)
            .cloned()
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.match_at(doc, &toks, i, toks.len(), &Scope::none()) {
                Some((m, next)) => {
                    if places || m.demonym.is_some() || self.is_compound_at(doc.text(), &m) {
                        out.push(m);
                    }
                    i = next;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Try to match a place starting at token `i` (tokens `i..j_max` are free).
    /// Returns the mention and the index of the next token to look at.
    fn match_at(
        &self,
        doc: &Document,
        toks: &[chronicle_doc::Token],
        i: usize,
        j_max: usize,
        scope: &Scope<'_>,
    ) -> Option<(Mention, usize)> {
        let (has_ner, person_words) = (scope.has_ner, scope.person_words);
        let text = doc.text();
        let tok = |k: usize| text.get(toks[k].span.range()).unwrap_or("");
        let first = tok(i);

        // Compounds inside one token: "Iran-backed", "Saudi-owned", "Baghdad-based".
        if let Some(pos) = first.find(['-', '‑']) {
            let (head, rest) = (&first[..pos], &first[pos + 1..]);
            let tail = rest.rsplit(['-', '‑']).next().unwrap_or("");
            if is_capitalized(head) && COMPOUND_HEADS.contains(&tail.to_lowercase().as_str()) {
                let s = toks[i].span.start();
                if let Some(m) = self.compound_head(head, s, s + pos) {
                    return Some((m, i + 1));
                }
            }
        }
        // Compounds over tokens: "U.S." "-" "led".
        if i + 2 < j_max && matches!(tok(i + 1), "-" | "‑") && !toks[i].space_after {
            let tail = tok(i + 2).to_lowercase();
            if COMPOUND_HEADS.contains(&tail.as_str()) {
                let sp = toks[i].span;
                if let Some(m) = self.compound_head(first, sp.start(), sp.end()) {
                    return Some((m, i + 3));
                }
            }
        }
        // Admin1 abbreviations: "Ky.", "B.C.", "Mo" + ".".
        let prev = if i > 0 { tok(i - 1) } else { "" };
        let with_dot = if i + 1 < toks.len() && tok(i + 1) == "." && !toks[i].space_after {
            Some(format!("{first}."))
        } else {
            None
        };
        for (cand, end_tok) in [(Some(first.to_owned()), i), (with_dot, i + 1)] {
            let Some(cand) = cand else { continue };
            if let Some(f) = self.gaz.abbreviation(&cand) {
                let dots = cand.matches('.').count();
                if prev == "," || dots >= 2 {
                    let end = if end_tok == i {
                        toks[i].span.end()
                    } else {
                        toks[i + 1].span.end()
                    };
                    return Some((
                        Mention {
                            start: toks[i].span.start(),
                            end,
                            key: normalize(&cand),
                            origin: Origin::Scan,
                            demonym: None,
                            adjective: false,
                            cands: vec![(f, true)],
                        },
                        end_tok + 1,
                    ));
                }
            }
        }

        if !is_capitalized(first) || !is_word(first) {
            return None;
        }
        // Longest match first.
        let max_len = self.gaz.max_words().clamp(1, 8);
        let mut j = i;
        let mut ends = Vec::new();
        while j < j_max && ends.len() < max_len {
            let w = tok(j);
            // A possessive inside a name: "Queen Anne's County", "Prince George's County".
            if j > i && matches!(w, "'s" | "’s") && !toks[j - 1].space_after {
                j += 1;
                continue;
            }
            if !is_word(w) {
                break;
            }
            if j > i && !is_capitalized(w) && !CONNECTORS.contains(&w) {
                break;
            }
            if is_capitalized(w) {
                ends.push(j);
            }
            j += 1;
        }
        let sentence_initial =
            i == 0 || matches!(prev, "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | ":");
        for &e in ends.iter().rev() {
            let (s_b, e_b) = (toks[i].span.start(), toks[e].span.end());
            let Some(surface) = text.get(s_b..e_b) else {
                continue;
            };
            let key = normalize(surface);
            if key.is_empty() {
                continue;
            }
            // Demonyms ("Iraqi", "South Korean").
            if let Some(c) = self.demonym_of(&key) {
                if has_lowercase(surface) || surface.len() > 3 {
                    return Some((self.demonym_mention(s_b, e_b, key, c), e + 1));
                }
            }
            if let Some(f) = self.region_adjective(&key) {
                return Some((
                    Mention {
                        start: s_b,
                        end: e_b,
                        key,
                        origin: Origin::Scan,
                        demonym: None,
                        adjective: true,
                        cands: vec![(f, true)],
                    },
                    e + 1,
                ));
            }
            if is_county_key(&key) {
                // "Metcalfe County", also inside "the Laurel County Sheriff's Office":
                // resolved from the article's state in `resolve`. Every word of the name is
                // capitalised, and an article is no part of it ("the Plymouth County
                // Sheriff's Office", "Office and the LaFayette County").
                let words = &toks[i..=e];
                if first == "The"
                    || words.iter().any(|t| {
                        let w = text.get(t.span.range()).unwrap_or("");
                        is_word(w) && !is_capitalized(w)
                    })
                {
                    continue;
                }
                return Some((
                    Mention {
                        start: s_b,
                        end: e_b,
                        key,
                        origin: Origin::Scan,
                        demonym: None,
                        adjective: false,
                        cands: Vec::new(),
                    },
                    e + 1,
                ));
            }
            let cands = self.candidates(&key);
            if cands.is_empty() {
                continue;
            }
            // Short all-caps aliases ("US", "UK") must be written in capitals.
            if surface.chars().count() <= 3 && has_lowercase(surface) {
                continue;
            }
            let after = if e + 1 < toks.len() { tok(e + 1) } else { "" };
            if NOT_PLACE_AFTER.contains(&after.to_lowercase().as_str()) {
                continue;
            }
            if surface.chars().count() <= 3
                && !cands.iter().any(|&(c, p)| {
                    p && matches!(self.gaz.feature(c).kind, Kind::Country | Kind::Admin1)
                })
            {
                continue;
            }
            if text.get(e_b..).is_some_and(|t| t.starts_with('$')) {
                continue; // "US$460"
            }
            if !key.contains(' ') && scope.person_names.contains(&key) {
                continue;
            }
            if !key.contains(' ')
                && person_words.contains(&key)
                && !cands.iter().any(|&(c, p)| {
                    let f = self.gaz.feature(c);
                    p && (f.kind != Kind::City || f.is_admin_seat())
                })
            {
                continue;
            }
            // Against the tagger's other entities: a name strictly inside a longer PER/ORG/MISC
            // ("Edmonton" of "Edmonton Oilers") is not a place; one that is the whole entity or
            // runs past it is, when the gazetteer is sure enough.
            let found = |key, cands| {
                let m = Mention {
                    start: s_b,
                    end: e_b,
                    key,
                    origin: Origin::Scan,
                    demonym: None,
                    adjective: false,
                    cands,
                };
                Some((m, e + 1))
            };
            let mut whole_entity = None;
            let mut inside_entity = false;
            for &(sp, label) in scope.others {
                if sp.start() < e_b && s_b < sp.end() {
                    if sp.start() >= s_b && sp.end() <= e_b {
                        whole_entity = Some(label);
                    } else {
                        inside_entity = true;
                    }
                }
            }
            let country_name = cands
                .iter()
                .any(|&(c, p)| p && self.gaz.feature(c).kind == Kind::Country);
            if inside_entity && !(country_name) {
                continue;
            }
            // "Erie, Pa.", "Nashua, N.H.", "Wheeling, West Virginia": a town of the first-level
            // area named right after it is a place, whatever the tagger called it.
            if self.town_of_next_area(text, e_b, &cands) {
                return found(key, cands);
            }
            if let Some(label) = whole_entity {
                if self.accept_entity_override(&key, &cands, label, person_words) {
                    return found(key, cands);
                }
                continue;
            }
            let inside_name = {
                let before_cap = i > 0
                    && !sentence_initial
                    && is_capitalized(prev)
                    && is_word(prev)
                    && !COMMON_WORDS.contains(&prev.to_lowercase().as_str());
                let after = if e + 1 < toks.len() { tok(e + 1) } else { "" };
                let after_cap = is_capitalized(after)
                    && is_word(after)
                    && !AREA_WORDS.contains(&after.to_lowercase().as_str());
                before_cap || after_cap
            };
            if self.accept_scan(
                doc,
                &key,
                surface,
                &cands,
                inside_name,
                sentence_initial,
                has_ner,
            ) {
                return found(key, cands);
            }
        }
        None
    }

    /// Places joined by hyphens in one token: "Russia-Turkey ties", "Turkish-Russian
    /// relations", "the India-Pakistan border", and "Canada-wide", "Montreal-area". Every part
    /// must be a place (or the tail "wide"/"area"), so "Guinea-Bissau" stays one name.
    fn hyphen_pairs(&self, doc: &Document, found: &[Mention]) -> Vec<Mention> {
        let text = doc.text();
        let mut out = Vec::new();
        for t in &doc.tokens {
            let (s0, e0) = (t.span.start(), t.span.end());
            let Some(word) = text.get(s0..e0) else {
                continue;
            };
            if !word.contains(['-', '‑']) || found.iter().any(|m| m.start < e0 && s0 < m.end) {
                continue;
            }
            if !self.candidates(&normalize(word)).is_empty() {
                continue; // a hyphenated name of its own
            }
            let mut parts = Vec::new();
            let mut from = 0;
            for (i, c) in word.char_indices() {
                if c == '-' || c == '‑' {
                    parts.push((s0 + from, s0 + i, &word[from..i]));
                    from = i + c.len_utf8();
                }
            }
            parts.push((s0 + from, e0, &word[from..]));
            let n = parts.len();
            let tail_ok = n == 2 && matches!(parts[1].2, "wide" | "area");
            let mut ms = Vec::new();
            let mut all = true;
            for (k, &(s, e, part)) in parts.iter().enumerate() {
                if k == 1 && tail_ok {
                    break;
                }
                if !is_capitalized(part) {
                    all = false;
                    break;
                }
                if COMMON_WORDS.contains(&normalize(part).as_str()) {
                    continue; // "Calgary-North West": the direction is no place of its own
                }
                match self.compound_head(part, s, e) {
                    Some(m) => ms.push(m),
                    None => {
                        all = false;
                        break;
                    }
                }
            }
            let common = parts
                .iter()
                .filter(|p| COMMON_WORDS.contains(&normalize(p.2).as_str()))
                .count();
            if all && n >= 2 && !ms.is_empty() && (tail_ok || ms.len() + common == n) {
                out.extend(ms);
            }
        }
        out
    }

    fn compound_head(&self, head: &str, s: usize, e: usize) -> Option<Mention> {
        let key = normalize(head);
        if let Some(c) = self.demonym_of(&key) {
            return Some(self.demonym_mention(s, e, key, c));
        }
        let cands = self.candidates(&key);
        let good = cands.iter().any(|&(i, p)| {
            let f = self.gaz.feature(i);
            p && (matches!(
                f.kind,
                Kind::Country | Kind::Admin1 | Kind::Site | Kind::Region
            ) || f.population >= 100_000
                || f.is_capital())
        });
        good.then_some(Mention {
            start: s,
            end: e,
            key,
            origin: Origin::Scan,
            demonym: None,
            adjective: false,
            cands,
        })
    }

    /// A PER/ORG/MISC entity that is wholly a gazetteer name: a place when the name is a
    /// country, area, site or large town, and (for PER) not a surname used in the article.
    /// True when the text at `end` is ", " and a first-level area ("Pa.", "W.Va.", "New
    /// Hampshire") in which one of `cands` is a town.
    fn town_of_next_area(&self, text: &str, end: usize, cands: &[(u32, bool)]) -> bool {
        let Some(rest) = text.get(end..).and_then(|t| t.strip_prefix(", ")) else {
            return false;
        };
        let abbr: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '.')
            .collect();
        let mut areas: Vec<u32> = self.gaz.abbreviation(&abbr).into_iter().collect();
        if areas.is_empty() {
            // One to three capitalised words: "Ohio", "New Hampshire".
            let words: Vec<&str> = rest
                .split(|c: char| !(c.is_alphabetic() || c == ' '))
                .next()
                .unwrap_or("")
                .split(' ')
                .take(3)
                .collect();
            for n in (1..=words.len()).rev() {
                if !words[..n].iter().all(|w| is_capitalized(w)) {
                    continue;
                }
                let key = normalize(&words[..n].join(" "));
                areas.extend(
                    self.gaz
                        .lookup_primary_key(&key)
                        .iter()
                        .filter(|&&i| self.gaz.feature(i).kind == Kind::Admin1),
                );
                if !areas.is_empty() {
                    break;
                }
            }
        }
        areas.iter().any(|&a| {
            let area = self.gaz.feature(a);
            cands.iter().any(|&(i, _)| {
                let f = self.gaz.feature(i);
                f.kind == Kind::City && f.country == area.country && f.admin1 == area.admin1
            })
        })
    }

    fn accept_entity_override(
        &self,
        key: &str,
        cands: &[(u32, bool)],
        label: EntityLabel,
        person_words: &HashSet<String>,
    ) -> bool {
        if label == EntityLabel::Per && person_words.contains(key) {
            return false;
        }
        if !key.contains(' ') && COMMON_WORDS.contains(&key) {
            return false;
        }
        cands.iter().any(|&(i, p)| {
            let f = self.gaz.feature(i);
            p && match f.kind {
                Kind::Country
                | Kind::Admin1
                | Kind::Site
                | Kind::Region
                | Kind::Water
                | Kind::Continent => true,
                // The tagger calls some towns persons ("Edmonton"): only large ones pass.
                _ if label == EntityLabel::Per => f.population >= 100_000 || f.is_admin_seat(),
                _ => f.population >= 50_000 || f.is_admin_seat(),
            }
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn accept_scan(
        &self,
        doc: &Document,
        key: &str,
        surface: &str,
        cands: &[(u32, bool)],
        inside_name: bool,
        sentence_initial: bool,
        has_ner: bool,
    ) -> bool {
        let strong = cands.iter().any(|&(i, p)| {
            p && matches!(
                self.gaz.feature(i).kind,
                Kind::Country | Kind::Continent | Kind::Site | Kind::Region | Kind::Water
            )
        });
        if strong {
            return true;
        }
        if inside_name {
            return false;
        }
        let one_word = !key.contains(' ');
        if one_word && COMMON_WORDS.contains(&key) {
            return false;
        }
        // A word the article also writes in lower case is a common word here.
        if one_word && surface.chars().all(|c| c.is_alphabetic()) {
            let lower = surface.to_lowercase();
            if contains_word(doc.text(), &lower) {
                return false;
            }
        }
        cands.iter().any(|&(i, p)| {
            let f = self.gaz.feature(i);
            match f.kind {
                Kind::Admin1 => p,
                Kind::City | Kind::District => {
                    let big = f.population >= 100_000 || f.is_capital();
                    if sentence_initial && one_word {
                        big && p
                    } else if has_ner {
                        (p && (big || f.is_admin_seat())) || f.population >= 1_000_000
                    } else {
                        p && (f.population >= 5_000 || f.is_admin_seat()) || f.population >= 500_000
                    }
                }
                _ => p,
            }
        })
    }

    fn prior(&self, f: &Feature, primary: bool) -> f64 {
        let base = match f.kind {
            Kind::Country => 10.0,
            Kind::Continent => 8.5,
            Kind::Site | Kind::Region | Kind::Water | Kind::District if f.fcode.is_empty() => 8.0,
            Kind::Admin1 => 6.0,
            _ => {
                let mut p = (f.population as f64 + 1.0).log10();
                p += match f.fcode.as_str() {
                    "PPLC" => 2.0,
                    "PPLA" => 1.0,
                    "PPLA2" => 0.3,
                    "PPLX" => -1.0,
                    _ => 0.0,
                };
                p
            }
        };
        if primary {
            base
        } else {
            base - 1.5
        }
    }

    /// A county ("Scott County", "Orleans Parish"): a US county of that name from the county
    /// table, in the state named right after it ("Scott County, Indiana", "Crawford County in
    /// Pennsylvania"), else in the state the article's places vote for most among the states
    /// that have one, else the only one when the article is about the US or names no country.
    /// Otherwise (a county the table does not have, or outside the US) it goes in the
    /// article's leading first-level area (the state of "Kentucky State Police", "Columbia,
    /// Ky."), at a town of the county's name there, else at the area's most mentioned town,
    /// else at the area's point. No place when none of this applies.
    fn resolve_county(
        &self,
        doc: &Document,
        m: &Mention,
        span: Span,
        mentions: &[Mention],
        votes: &[(&str, &str, &str, f64, f64)],
        by_key: &HashMap<&str, HashMap<u32, f64>>,
    ) -> Option<Place> {
        let mut admins: HashMap<(&str, &str), f64> = HashMap::new();
        for &(_, c, a, _, aw) in votes {
            if aw > 0.0 && !a.is_empty() {
                *admins.entry((c, a)).or_default() += aw;
            }
        }
        // A county of a name only one state has ("Black Hawk County") votes for that state.
        for o in mentions {
            if o.start == m.start || !o.cands.is_empty() {
                continue;
            }
            let Some(o_head) = county_head(&o.key) else {
                continue;
            };
            if let [only] = self.gaz.counties(o_head) {
                *admins
                    .entry((only.country.as_str(), only.admin1.as_str()))
                    .or_default() += 1.0;
            }
        }
        // "Scott County, Indiana": the named state wins over the article's leading one.
        let text = doc.text();
        let named_state = mentions
            .iter()
            .find(|o| {
                o.start >= m.end
                    && matches!(
                        text.get(m.end..o.start),
                        Some(", " | "," | " in " | ", in " | " located in " | ", located in ")
                    )
            })
            .and_then(|o| {
                o.cands.iter().find_map(|&(i, p)| {
                    let f = self.gaz.feature(i);
                    (p && f.kind == Kind::Admin1).then_some((f.country.as_str(), f.admin1.as_str()))
                })
            });
        let head = county_head(&m.key).unwrap_or(m.key.as_str());
        let table = self.gaz.counties(head);
        let known = match named_state {
            Some((c, a)) => table.iter().find(|k| k.country == c && k.admin1 == a),
            None => {
                let voted = table
                    .iter()
                    .map(|k| {
                        let v = admins.get(&(k.country.as_str(), k.admin1.as_str()));
                        (v.copied().unwrap_or(0.0), k)
                    })
                    .filter(|(v, _)| *v > 0.0)
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.admin1.cmp(&a.1.admin1)))
                    .map(|(_, k)| k);
                voted.or_else(|| {
                    let [only] = table else { return None };
                    let mut countries: HashMap<&str, f64> = HashMap::new();
                    for &(_, c, _, w, _) in votes {
                        *countries.entry(c).or_default() += w;
                    }
                    let top = countries.values().copied().fold(0.0, f64::max);
                    let here = countries.get(only.country.as_str()).copied().unwrap_or(0.0);
                    (countries.is_empty() || here >= top).then_some(only)
                })
            }
        };
        if let Some(k) = known {
            let area = self.gaz.admin1(&k.country, &k.admin1);
            return Some(Place {
                span: TextSpan(span),
                name: m.key.clone(),
                id: format!(
                    "county:{}.{}:{}",
                    k.country,
                    k.admin1,
                    m.key.replace(' ', "-")
                ),
                country: k.country.clone(),
                admin1: area.map(|a| a.name.clone()),
                lat: k.lat,
                lon: k.lon,
                kind: "county".into(),
                confidence: if named_state.is_some() { 0.8 } else { 0.6 },
            });
        }
        let (country, code) = match named_state {
            Some(cc) => cc,
            None => {
                *admins
                    .iter()
                    .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))?
                    .0
            }
        };
        let area = self.gaz.admin1(country, code)?;
        let in_area =
            |f: &Feature| f.country == country && f.admin1 == code && matches!(f.kind, Kind::City);
        let named = [head, m.key.as_str()]
            .iter()
            .flat_map(|k| self.gaz.lookup_key(k).iter().copied())
            .map(|i| self.gaz.feature(i))
            .filter(|f| in_area(f))
            .max_by_key(|f| f.population);
        // The most mentioned town of the area, by its resolved sense.
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for other in mentions.iter().filter(|o| !o.cands.is_empty()) {
            let best = by_key.get(other.key.as_str()).and_then(|sc| {
                sc.iter()
                    .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(&i, _)| i)
            });
            if let Some(i) = best {
                if in_area(self.gaz.feature(i)) {
                    *counts.entry(i).or_default() += 1;
                }
            }
        }
        let town = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(&i, _)| self.gaz.feature(i));
        let point = named.or(town).unwrap_or(area);
        Some(Place {
            span: TextSpan(span),
            name: m.key.clone(),
            id: format!("county:{country}.{code}:{}", m.key.replace(' ', "-")),
            country: country.to_owned(),
            admin1: Some(area.name.clone()),
            lat: point.lat,
            lon: point.lon,
            kind: "county".into(),
            confidence: 0.4,
        })
    }

    fn resolve(&self, doc: &Document, mentions: &[Mention]) -> Vec<Place> {
        let text = doc.text();
        // Context votes from unambiguous mentions: (key, country, admin1 code, weight, admin weight).
        let mut votes: Vec<(&str, &str, &str, f64, f64)> = Vec::new();
        for m in mentions {
            if let Some(c) = m.demonym {
                votes.push((
                    m.key.as_str(),
                    self.countries.all()[c].alpha2.as_str(),
                    "",
                    0.5,
                    0.0,
                ));
                continue;
            }
            let scored: Vec<(f64, &Feature)> = m
                .cands
                .iter()
                .map(|&(i, p)| {
                    let f = self.gaz.feature(i);
                    (self.prior(f, p), f)
                })
                .collect();
            let Some(&(best, bf)) = scored.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
                continue;
            };
            let second = scored
                .iter()
                .filter(|(_, f)| !std::ptr::eq(*f, bf))
                .map(|(s, _)| *s)
                .fold(f64::NEG_INFINITY, f64::max);
            if best - second >= 1.5 && !bf.country.is_empty() {
                let w = if bf.kind == Kind::Country { 1.0 } else { 0.7 };
                let aw = match bf.kind {
                    Kind::Admin1 => 1.0,
                    _ if bf.admin1.is_empty() => 0.0,
                    _ => 0.5,
                };
                votes.push((
                    m.key.as_str(),
                    bf.country.as_str(),
                    bf.admin1.as_str(),
                    w,
                    aw,
                ));
            }
        }
        // Leave one name out: a name's own mentions do not vote for its senses.
        let context = |key: &str| {
            let mut countries: HashMap<&str, f64> = HashMap::new();
            let mut admins: HashMap<(&str, &str), f64> = HashMap::new();
            for &(k, c, a, w, aw) in &votes {
                if k == key {
                    continue;
                }
                *countries.entry(c).or_default() += w;
                if aw > 0.0 {
                    *admins.entry((c, a)).or_default() += aw;
                }
            }
            let tc = countries.values().sum::<f64>().max(1.0);
            let ta = admins.values().sum::<f64>().max(1.0);
            (countries, admins, tc, ta)
        };

        // Nesting: "Paris, Texas", "Baidoa, Bay region", "Pandi, Bulacan".
        let mut nest_bonus: HashMap<(usize, u32), f64> = HashMap::new();
        for w in 0..mentions.len().saturating_sub(1) {
            let (a, b) = (&mentions[w], &mentions[w + 1]);
            let between = text.get(a.end..b.start).unwrap_or("x");
            if !(between == ", " || between == "," || between == " in " || between == ", in ") {
                continue;
            }
            // "X, Y": Y is an area or a country. "X in Y": Y may also be a town ("the Green
            // Zone in Baghdad"). Only the inner name is pinned; the outer one keeps its sense
            // unless it is a comma-nested area.
            let comma = between.starts_with(',');
            let outer: Vec<(u32, &Feature)> = b
                .cands
                .iter()
                .map(|&(i, _)| (i, self.gaz.feature(i)))
                .filter(|(_, f)| {
                    matches!(f.kind, Kind::Country | Kind::Admin1 | Kind::Region)
                        || (!comma && f.kind == Kind::City)
                })
                .collect();
            for &(ia, _) in &a.cands {
                let fa = self.gaz.feature(ia);
                for &(ib, fb) in &outer {
                    let inside = !fa.country.is_empty()
                        && fa.country == fb.country
                        && (fb.kind == Kind::Country
                            || fb.kind == Kind::Region
                            || fa.admin1 == fb.admin1)
                        && ia != ib;
                    if inside {
                        *nest_bonus.entry((w, ia)).or_default() += 6.0;
                        if comma && fb.kind != Kind::City {
                            // "Atlanta, Georgia": a town followed by the first-level area it
                            // lies in is the usual way to write a place; the area reading
                            // beats a country of the same name.
                            let bonus = if fb.kind == Kind::Admin1 { 4.5 } else { 2.0 };
                            let e = nest_bonus.entry((w + 1, ib)).or_default();
                            *e = e.max(bonus);
                        }
                    }
                }
            }
        }

        // "the state of Washington", "Washington state", "Jiangsu province": the word names
        // the kind, so a first-level area beats a town or country of the same name.
        for (w, m) in mentions.iter().enumerate() {
            if !area_cue(text, m.start, m.end) {
                continue;
            }
            for &(i, _) in &m.cands {
                if self.gaz.feature(i).kind == Kind::Admin1 {
                    let e = nest_bonus.entry((w, i)).or_default();
                    *e = e.max(5.0);
                }
            }
        }

        // Lists of areas: "Colorado, Georgia, Illinois", "Utah, Washington and Wisconsin".
        // A name next to a first-level area in a list is read as an area of that country.
        let best_prior = |m: &Mention| {
            m.cands
                .iter()
                .map(|&(i, p)| (self.prior(self.gaz.feature(i), p), i))
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, i)| self.gaz.feature(i))
        };
        for w in 0..mentions.len() {
            let mut list_countries: Vec<&str> = Vec::new();
            let neighbours = [w.checked_sub(1), Some(w + 1)];
            for n in neighbours.into_iter().flatten() {
                let Some(o) = mentions.get(n) else { continue };
                let (a, b) = if n < w {
                    (o.end, mentions[w].start)
                } else {
                    (mentions[w].end, o.start)
                };
                let between = text.get(a..b).unwrap_or("x");
                if !matches!(between, ", " | " and " | ", and " | " or " | ", or ") {
                    continue;
                }
                if let Some(f) = best_prior(o).filter(|f| f.kind == Kind::Admin1) {
                    list_countries.push(f.country.as_str());
                }
            }
            for &(i, _) in &mentions[w].cands {
                let f = self.gaz.feature(i);
                if f.kind == Kind::Admin1 && list_countries.contains(&f.country.as_str()) {
                    let e = nest_bonus.entry((w, i)).or_default();
                    *e = e.max(5.0);
                }
            }
        }

        // One sense per name per article: add up scores over the mentions of a key.
        let mut by_key: HashMap<&str, HashMap<u32, f64>> = HashMap::new();
        let mut contexts = HashMap::new();
        for (w, m) in mentions.iter().enumerate() {
            if m.demonym.is_some() {
                continue;
            }
            let (country_votes, admin_votes, total_c, total_a) = contexts
                .entry(m.key.as_str())
                .or_insert_with(|| context(&m.key));
            let entry = by_key.entry(m.key.as_str()).or_default();
            for &(i, p) in &m.cands {
                let f = self.gaz.feature(i);
                let mut s = self.prior(f, p);
                if !f.country.is_empty() && f.kind != Kind::Country {
                    s += 5.0
                        * country_votes
                            .get(f.country.as_str())
                            .copied()
                            .unwrap_or(0.0)
                        / *total_c;
                    if !f.admin1.is_empty() && f.kind != Kind::Admin1 {
                        s += 2.0
                            * admin_votes
                                .get(&(f.country.as_str(), f.admin1.as_str()))
                                .copied()
                                .unwrap_or(0.0)
                            / *total_a;
                    }
                }
                let nb = nest_bonus.get(&(w, i)).copied().unwrap_or(0.0);
                let e = entry.entry(i).or_insert(s);
                *e += nb;
            }
        }

        // Names nested in different areas in one article ("Portland, Maine" ... "Portland,
        // Ore."): for these, each mention's own nesting decides.
        let mut nested_in: HashMap<&str, HashSet<u32>> = HashMap::new();
        for (&(w, i), &b) in &nest_bonus {
            if b >= 6.0 {
                nested_in
                    .entry(mentions[w].key.as_str())
                    .or_default()
                    .insert(i);
            }
        }
        let mut places = Vec::with_capacity(mentions.len());
        for (w, m) in mentions.iter().enumerate() {
            let Ok(span) = Span::new_in(text, m.start, m.end) else {
                continue;
            };
            if let Some(c) = m.demonym {
                let c = &self.countries.all()[c];
                places.push(Place {
                    span: TextSpan(span),
                    name: c.name.clone(),
                    id: c.place_id(),
                    country: c.alpha2.clone(),
                    admin1: None,
                    lat: c.lat,
                    lon: c.lon,
                    kind: "demonym".into(),
                    confidence: 0.9,
                });
                continue;
            }
            if m.cands.is_empty() && is_county_key(&m.key) {
                if let Some(p) = self.resolve_county(doc, m, span, mentions, &votes, &by_key) {
                    places.push(p);
                }
                continue;
            }
            let Some(scores) = by_key.get(m.key.as_str()) else {
                continue;
            };
            let split = nested_in.get(m.key.as_str()).is_some_and(|c| c.len() > 1);
            let own = |i: u32| match split {
                true => nest_bonus.get(&(w, i)).copied().unwrap_or(0.0),
                false => 0.0,
            };
            let mut ranked: Vec<(u32, f64)> =
                scores.iter().map(|(&i, &s)| (i, s + own(i))).collect();
            ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let Some(&(best, bs)) = ranked.first() else {
                continue;
            };
            let gap = ranked.get(1).map(|r| bs - r.1).unwrap_or(5.0);
            let mut confidence = 0.5 + 0.45 * (1.0 - (-gap / 2.0).exp());
            if m.origin == Origin::Scan {
                confidence *= 0.9;
            }
            let f = self.gaz.feature(best);
            let admin1 = match f.kind {
                Kind::Admin1 => Some(f.name.clone()),
                _ if !f.admin1.is_empty() => self
                    .gaz
                    .admin1(&f.country, &f.admin1)
                    .map(|a| a.name.clone()),
                _ => None,
            };
            let kind = match (f.kind, f.fcode.as_str()) {
                _ if m.adjective => "demonym",
                (Kind::City, "PPLX") => "district",
                (k, _) => k.as_str(),
            };
            places.push(Place {
                span: TextSpan(span),
                name: f.name.clone(),
                id: f.id.clone(),
                country: f.country.clone(),
                admin1,
                lat: f.lat,
                lon: f.lon,
                kind: kind.into(),
                confidence: confidence as f32,
            });
        }
        places
    }
}

/// True when the words around a mention name a first-level area: "state of X",
/// "province of X", "X state", "X province" (lower case: "New York State" may be a name).
fn area_cue(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let word_after: String = after
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let before = before.trim_end_matches(' ');
    let before_cue = ["state of", "province of"]
        .iter()
        .any(|cue| before.ends_with(cue) || before.ends_with(&format!("{cue} the")));
    before_cue || matches!(word_after.as_str(), "state" | "province")
}

/// True when the words before `start` are a title, optionally with a first name: "Gov.
/// Ned", "Sen.", "Mayor Jane" (the tagger sometimes labels the surname of a titled person a
/// place).
fn after_title(text: &str, start: usize) -> bool {
    const TITLES: &[&str] = &[
        "Gov.",
        "Sen.",
        "Rep.",
        "Mayor",
        "Sheriff",
        "Judge",
        "Dr.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Gen.",
        "Col.",
        "Lt.",
        "Sgt.",
        "Capt.",
        "Det.",
        "Officer",
        "Governor",
        "Senator",
        "President",
        "Secretary",
        "Minister",
    ];
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    let mut words = before.rsplit(' ');
    let Some(last) = words.next() else {
        return false;
    };
    if TITLES.contains(&last) {
        return true;
    }
    // "Gov. Ned": a capitalised first name right after the title.
    is_capitalized(last)
        && last.chars().all(char::is_alphabetic)
        && words.next().is_some_and(|w| TITLES.contains(&w))
}

/// True for "x county" / "x parish" keys of two or more words.
fn is_county_key(key: &str) -> bool {
    county_head(key).is_some()
}

/// The name of a county key without its "county"/"parish" ("black hawk" of "black hawk
/// county").
fn county_head(key: &str) -> Option<&str> {
    key.strip_suffix(" county")
        .or_else(|| key.strip_suffix(" parish"))
        .filter(|head| !head.is_empty() && !head.ends_with(' '))
}

/// True when `word` occurs in `text` as a whole lower-case word.
fn contains_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(p) = text.get(from..).and_then(|t| t.find(word)) {
        let s = from + p;
        let e = s + word.len();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            return true;
        }
        from = e;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::{Entity, Meta};

    fn run(text: &str, locs: &[&str]) -> Document {
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        for l in locs {
            let s = text.find(l).unwrap();
            let span = doc.span(s, s + l.len()).unwrap();
            doc.entities.push(Entity::new(span, EntityLabel::Loc));
        }
        doc.entities.sort_by_key(|e| e.span.start());
        GeocodeStage::new().run(&mut doc).unwrap();
        doc
    }

    fn place<'d>(doc: &'d Document, surface: &str) -> &'d Place {
        doc.places
            .iter()
            .find(|p| doc.slice(p.span.0) == surface)
            .unwrap_or_else(|| panic!("no place {surface:?} in {:?}", doc.places))
    }

    #[test]
    fn seed_like_report_places_baghdad_green_zone_and_countries() {
        let text = "Iraqi leader unhurt after drones hit his Baghdad home\n\n\
            Drones struck the prime minister's house in Baghdad’s Green Zone on Sunday, \
            Iraqi officials said. Iran-backed groups denied a role. Saudi Arabia and Iran \
            condemned the attack, Saudi-owned media reported.";
        let doc = run(text, &[]);
        let b = place(&doc, "Baghdad");
        assert_eq!(
            (b.id.as_str(), b.country.as_str()),
            ("geonames:98182", "IQ")
        );
        let gz = place(&doc, "Green Zone");
        assert_eq!(
            (gz.id.as_str(), gz.country.as_str()),
            ("site:green-zone-baghdad", "IQ")
        );
        let iraqi = place(&doc, "Iraqi");
        assert_eq!(
            (iraqi.id.as_str(), iraqi.kind.as_str()),
            ("country:IQ", "demonym")
        );
        assert_eq!(place(&doc, "Saudi Arabia").id, "country:SA");
        assert_eq!(place(&doc, "Saudi Arabia").kind, "country");
        assert_eq!(place(&doc, "Saudi").id, "country:SA");
        let iran: Vec<_> = doc
            .places
            .iter()
            .filter(|p| doc.slice(p.span.0) == "Iran")
            .collect();
        assert_eq!(iran.len(), 2, "{:?}", doc.places);
        assert!(iran.iter().all(|p| p.id == "country:IR"));
        // Nothing spurious: every place is one of the names above.
        for p in &doc.places {
            let s = doc.slice(p.span.0);
            assert!(
                [
                    "Iraqi",
                    "Baghdad",
                    "Green Zone",
                    "Iran",
                    "Saudi Arabia",
                    "Saudi"
                ]
                .contains(&s),
                "unexpected place {s:?}"
            );
        }
    }

    #[test]
    fn nesting_picks_the_town_in_the_named_area() {
        let doc = run(
            "Storms flattened barns near Paris, Texas, on Tuesday.",
            &["Paris", "Texas"],
        );
        let p = place(&doc, "Paris");
        assert_eq!(p.country, "US");
        assert_eq!(p.admin1.as_deref(), Some("Texas"));
        let doc = run(
            "The mayor of Paris opened the Seine bridge again.",
            &["Paris"],
        );
        assert_eq!(place(&doc, "Paris").country, "FR");
    }

    #[test]
    fn country_context_disambiguates_towns() {
        let text =
            "Floods cut roads in Ontario. In London, the city council met; Toronto sent crews.";
        let doc = run(text, &["Ontario", "London", "Toronto"]);
        let l = place(&doc, "London");
        assert_eq!(l.country, "CA", "{l:?}");
        let doc = run(
            "Police in London arrested two men near Westminster.",
            &["London", "Westminster"],
        );
        assert_eq!(place(&doc, "London").country, "GB");
    }

    #[test]
    fn counties_are_placed_in_the_article_state() {
        let text = "A man from Lexington, Kentucky, was hurt in Barren County on Friday. \
                    Deputies of the Barren County Sheriff's Office took him to Lexington.";
        let doc = run(text, &["Lexington", "Kentucky", "Barren County"]);
        let c = place(&doc, "Barren County");
        assert_eq!(
            (c.country.as_str(), c.kind.as_str()),
            ("US", "county"),
            "{c:?}"
        );
        assert_eq!(c.admin1.as_deref(), Some("Kentucky"), "{c:?}");
        // Without a leading state: a county name only one state has is placed there, one
        // that many states have is not placed at all.
        let doc = run("Rain fell on Barren County.", &["Barren County"]);
        assert_eq!(
            place(&doc, "Barren County").admin1.as_deref(),
            Some("Kentucky")
        );
        let doc = run("Rain fell on Lake County.", &["Lake County"]);
        assert!(doc.places.is_empty(), "{:?}", doc.places);
    }

    #[test]
    fn area_words_and_lists_pick_first_level_areas() {
        let doc = run(
            "The sick cow came from a Washington state farm, officials said.",
            &["Washington"],
        );
        let w = place(&doc, "Washington");
        assert_eq!(
            (w.kind.as_str(), w.country.as_str()),
            ("admin1", "US"),
            "{w:?}"
        );
        let doc = run(
            "Cases were found in Colorado, Georgia, Illinois and Ohio.",
            &["Colorado", "Georgia", "Illinois", "Ohio"],
        );
        let g = place(&doc, "Georgia");
        assert_eq!(
            (g.kind.as_str(), g.country.as_str()),
            ("admin1", "US"),
            "{g:?}"
        );
        let doc = run(
            "Samples went to the lab in Atlanta, Georgia, on Monday.",
            &["Atlanta", "Georgia"],
        );
        assert_eq!(place(&doc, "Georgia").country, "US");
        // Without such cues the country stays.
        let doc = run(
            "Georgia and Armenia signed a pact.",
            &["Georgia", "Armenia"],
        );
        assert_eq!(place(&doc, "Georgia").kind, "country");
    }

    /// Within `km` kilometres of (lat, lon)?
    fn near(p: &Place, lat: f64, lon: f64, km: f64) -> bool {
        crate::eval::haversine_km(p.lat, p.lon, lat, lon) <= km
    }

    #[test]
    fn counties_come_from_the_county_table_in_the_right_state() {
        // Named state, with "in" as well as a comma.
        let doc = run(
            "Ducks were found in Scott County, Indiana, and in Crawford County in \
             Pennsylvania.",
            &[],
        );
        let scott = place(&doc, "Scott County");
        assert_eq!(scott.admin1.as_deref(), Some("Indiana"), "{scott:?}");
        assert!(near(scott, 38.69, -85.75, 30.0), "{scott:?}");
        let crawford = place(&doc, "Crawford County");
        assert_eq!(
            crawford.admin1.as_deref(),
            Some("Pennsylvania"),
            "{crawford:?}"
        );
        assert!(near(crawford, 41.68, -80.11, 30.0), "{crawford:?}");
        // No state named: the state the article's places vote for, among those that have a
        // county of that name ("Lake County" is in a dozen states).
        let doc = run(
            "Storms hit Waukegan and Chicago, Illinois. The Lake County sheriff said roads \
             were closed.",
            &[],
        );
        let lake = place(&doc, "Lake County");
        assert_eq!(lake.admin1.as_deref(), Some("Illinois"), "{lake:?}");
        assert!(near(lake, 42.32, -88.0, 30.0), "{lake:?}");
        // A county only one state has votes for that state: "Plymouth County" is in Iowa
        // and Massachusetts; "Black Hawk County" only in Iowa.
        let doc = run(
            "Deputies from the Black Hawk County Sheriff's Office helped the Plymouth \
             County Sheriff's Office.",
            &[],
        );
        let plymouth = place(&doc, "Plymouth County");
        assert_eq!(plymouth.admin1.as_deref(), Some("Iowa"), "{plymouth:?}");
    }

    #[test]
    fn a_town_followed_by_its_state_is_a_place_whatever_the_tagger_said() {
        // The tagger's labels, as it gave them on a similar text: towns as persons, a
        // titled person's surname as a place.
        let text = "Marchers came from Erie, Pa., and Nashua, New Hampshire. Gov. Ned \
                    Lamont spoke.";
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        for (surface, label) in [
            ("Erie", EntityLabel::Per),
            ("Nashua", EntityLabel::Per),
            ("Lamont", EntityLabel::Loc),
        ] {
            let s = text.find(surface).unwrap();
            let span = doc.span(s, s + surface.len()).unwrap();
            doc.entities.push(Entity::new(span, label));
        }
        GeocodeStage::new().run(&mut doc).unwrap();
        assert_eq!(place(&doc, "Erie").admin1.as_deref(), Some("Pennsylvania"));
        assert_eq!(
            place(&doc, "Nashua").admin1.as_deref(),
            Some("New Hampshire")
        );
        assert!(
            doc.places.iter().all(|p| doc.slice(p.span.0) != "Lamont"),
            "{:?}",
            doc.places
        );
    }

    #[test]
    fn county_names_hold_no_article_or_lower_case_word() {
        let doc = run(
            "Officers of the Sheriff's Office and the Metcalfe County police met.",
            &[],
        );
        let counties: Vec<&str> = doc
            .places
            .iter()
            .filter(|p| p.kind == "county")
            .map(|p| doc.slice(p.span.0))
            .collect();
        assert_eq!(counties, ["Metcalfe County"]);
    }

    #[test]
    fn one_name_nested_in_two_areas_keeps_both_senses() {
        let text = "Officials in Portland, Maine, expect snow; Portland, Ore., stays dry.";
        let doc = run(text, &[]);
        let both: Vec<&str> = doc
            .places
            .iter()
            .filter(|p| doc.slice(p.span.0) == "Portland")
            .filter_map(|p| p.admin1.as_deref())
            .collect();
        assert_eq!(both, ["Maine", "Oregon"]);
    }

    #[test]
    fn english_names_of_areas_stored_under_local_names_are_found() {
        let doc = run("A farmer in Fujian fell ill, officials said.", &[]);
        let f = place(&doc, "Fujian");
        assert_eq!(
            (f.kind.as_str(), f.country.as_str()),
            ("admin1", "CN"),
            "{f:?}"
        );
    }

    #[test]
    fn seats_of_government_are_places_only_where_something_happens_at_them() {
        let text = "The White House condemned the attack. Later a turkey was pardoned \
                    at the White House.";
        let doc = run(text, &[]);
        let at: Vec<_> = doc
            .places
            .iter()
            .filter(|p| doc.slice(p.span.0) == "White House")
            .collect();
        assert_eq!(at.len(), 1, "{:?}", doc.places);
        assert_eq!(at[0].id, "site:white-house");
        assert!(at[0].span.start() > text.find("pardoned").unwrap());
    }

    #[test]
    fn datelines_in_capitals_are_places() {
        let doc = run(
            "DETROIT The carmaker said on Wednesday it would hire 500 workers.",
            &[],
        );
        let d = place(&doc, "DETROIT");
        assert_eq!(d.country, "US", "{d:?}");
        let doc = run(
            "Plant to close. TORONTO — The company said on Monday that it would close.",
            &[],
        );
        assert_eq!(place(&doc, "TORONTO").country, "CA");
        // Capitals that are no place name are left alone.
        let doc = run("BREAKING NEWS The vote was delayed.", &[]);
        assert!(doc.places.is_empty(), "{:?}", doc.places);
    }

    #[test]
    fn a_place_name_used_as_a_first_name_is_the_person() {
        let text = "Nine-year-old Georgia Stevens skates in Toronto. \
                    \"She works hard,\" said her father Cory Stevens. Georgia began at four.";
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        for (surface, label, nth) in [
            ("Georgia", EntityLabel::Loc, 0),
            ("Toronto", EntityLabel::Loc, 0),
            ("Cory Stevens", EntityLabel::Per, 0),
            ("Georgia", EntityLabel::Loc, 1),
        ] {
            let s = text.match_indices(surface).nth(nth).unwrap().0;
            let span = doc.span(s, s + surface.len()).unwrap();
            doc.entities.push(Entity::new(span, label));
        }
        doc.entities.sort_by_key(|e| e.span.start());
        GeocodeStage::new().run(&mut doc).unwrap();
        let names: Vec<&str> = doc.places.iter().map(|p| doc.slice(p.span.0)).collect();
        assert_eq!(names, ["Toronto"], "{:?}", doc.places);
    }

    #[test]
    fn hyphenated_pairs_of_places_are_each_a_place() {
        let doc = run(
            "The killing hurt Russia-Turkey ties and a Canada-wide warrant was issued.",
            &[],
        );
        assert_eq!(place(&doc, "Russia").id, "country:RU");
        assert_eq!(place(&doc, "Turkey").id, "country:TR");
        assert_eq!(place(&doc, "Canada").id, "country:CA");
        // A hyphenated name of its own stays whole; other compounds are no pairs.
        let doc = run("Aid reached Guinea-Bissau and a made-in-Wales gift.", &[]);
        assert!(doc.places.iter().all(|p| doc.slice(p.span.0) != "Guinea"));
        assert!(doc.places.iter().all(|p| doc.slice(p.span.0) != "Wales"));
    }

    #[test]
    fn unknown_locations_become_diagnostics() {
        let doc = run("Fighting spread to Qwxzyplace overnight.", &["Qwxzyplace"]);
        assert!(doc.places.is_empty());
        assert_eq!(doc.diagnostics.len(), 1);
        assert!(doc.diagnostics[0].message.contains("Qwxzyplace"));
    }

    #[test]
    fn people_named_like_towns_are_not_places() {
        let doc = run(
            "Interior Ministry spokesman Saad Maan told state television.",
            &[],
        );
        assert!(doc.places.is_empty(), "{:?}", doc.places);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            " ",
            "-",
            "Iran-",
            "-backed",
            "’s",
            "U.S.-",
            "B.C.",
            ", Ky.",
            "The The The",
            "😀 Paris 😀",
            "Paris,",
        ] {
            let mut doc = Document::new(text, Meta::default());
            chronicle_text::TextStage::new().run(&mut doc).unwrap();
            // An entity over the whole text, whatever it is.
            if !text.is_empty() {
                doc.entities.push(Entity::new(
                    doc.span(0, text.len()).unwrap(),
                    EntityLabel::Loc,
                ));
            }
            GeocodeStage::new().run(&mut doc).unwrap();
            for p in &doc.places {
                assert!(p.span.end() <= text.len());
            }
        }
    }
}
