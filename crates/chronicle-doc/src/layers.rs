//! The annotation layers a [`crate::Document`] carries. Each stage fills one or more of them.
//!
//! All spans are byte [`Span`]s into the document text; public output converts them to
//! character offsets (see [`crate::span`]). Fields that are `Option` or empty are "not known".

use serde::{Deserialize, Serialize};

use crate::span::{Span, TextSpan};
use crate::tags::{Upos, Xpos};

/// Where a structural block of a news report sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The headline (for plain text, the first line).
    Headline,
    /// The standfirst / dek / summary under the headline.
    Standfirst,
    /// A byline ("By Jane Doe").
    Byline,
    /// A dateline opening the body ("BAGHDAD (Reuters) -").
    Dateline,
    /// A photo caption; its credit, when given, is in [`Block::credit`].
    Caption,
    /// A body paragraph.
    Paragraph,
    /// A section heading inside the body.
    Subheading,
    /// The closing source line ("Source: Al Jazeera and news agencies").
    Source,
}

/// A structural block of the text: headline, caption, paragraph, ...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What kind of block this is.
    pub kind: BlockKind,
    /// The block's extent in the text.
    #[serde(flatten)]
    pub span: TextSpan,
    /// For captions: the photo credit (e.g. `Al-Iraqiya/Reuters`), without brackets.
    /// For source lines: the source itself (after `Source:`). For datelines: the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<TextSpan>,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// The token's extent.
    #[serde(flatten)]
    pub span: Span,
    /// Universal POS tag, once a tagger ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upos: Option<Upos>,
    /// Penn Treebank tag, once a tagger ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xpos: Option<Xpos>,
    /// True when whitespace follows the token in the text.
    #[serde(default)]
    pub space_after: bool,
}

/// One sentence: its extent and its tokens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's extent.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the first token in [`crate::Document::tokens`].
    #[serde(default)]
    pub first_token: u32,
    /// Number of tokens.
    #[serde(default)]
    pub n_tokens: u32,
}

impl Sentence {
    /// Token index range in [`crate::Document::tokens`].
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.first_token as usize..(self.first_token + self.n_tokens) as usize
    }
}

/// A named-entity label. The four CoNLL types, refined by later stages where the knowledge
/// base tells more (a LOC that is a country, a MISC that is a nationality).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A location.
    Loc,
    /// Miscellaneous: nationalities, events, works, ...
    Misc,
}

impl EntityLabel {
    /// The CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    /// Parse a CoNLL name.
    pub fn parse(s: &str) -> Option<EntityLabel> {
        match s {
            "PER" => Some(EntityLabel::Per),
            "ORG" => Some(EntityLabel::Org),
            "LOC" => Some(EntityLabel::Loc),
            "MISC" => Some(EntityLabel::Misc),
            _ => None,
        }
    }
}

/// What kind of actor an entity or an event party is (DESIGN.md, "Events and actors").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A state as a whole ("Iraq", "Saudi Arabia").
    State,
    /// A government, ministry or office holder ("the prime minister", "Interior Ministry").
    Government,
    /// Armed forces.
    Military,
    /// Police.
    Police,
    /// Other security forces (intelligence, special forces, guards).
    Security,
    /// A named non-state armed group or militia.
    ArmedGroup,
    /// A political party or bloc.
    Party,
    /// An intergovernmental organisation or mission (UN, UNAMI, NATO).
    Igo,
    /// A non-governmental organisation, think tank, company or media outlet.
    Organization,
    /// Protesters and demonstrators.
    Protesters,
    /// Civilians.
    Civilians,
    /// A private person not otherwise classified.
    Person,
    /// Not identified ("unidentified gunmen", "drones").
    Unidentified,
}

/// A named entity mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The mention's extent.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The tagger's label.
    pub label: EntityLabel,
    /// The canonical name, once resolved ("Mustafa al-Kadhimi" for "Al-Kadhimi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Knowledge-base id, once linked (`country:IRQ`, `igo:UNAMI`, `person:...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kb_id: Option<String>,
    /// Actor kind, once linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
    /// ISO 3166-1 alpha-3 country code, once linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Coreference chain index in [`crate::Document::chains`], once resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<u32>,
}

impl Entity {
    /// A bare tagger entity with nothing resolved yet.
    pub fn new(span: Span, label: EntityLabel) -> Entity {
        Entity {
            span: TextSpan(span),
            label,
            canonical: None,
            kb_id: None,
            kind: None,
            country: None,
            chain: None,
        }
    }
}

/// A coreference chain: one real-world referent and every mention of it in the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chain {
    /// Canonical name (the fullest name mention, or the knowledge-base name).
    pub canonical: String,
    /// Entity label of the referent, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<EntityLabel>,
    /// Knowledge-base id, when linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kb_id: Option<String>,
    /// Mentions: names, pronouns ("he"), nominals ("the prime minister").
    pub mentions: Vec<TextSpan>,
}

/// A TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("Sunday", "2021", "last month").
    Date,
    /// A time of day ("last night", "3pm").
    Time,
    /// A duration ("two days").
    Duration,
    /// A set ("every week").
    Set,
}

/// A temporal expression with its normalized TIMEX3-style value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// The expression's extent.
    #[serde(flatten)]
    pub span: TextSpan,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// Normalized value: `2021-11-07`, `2021-11`, `2021-W44`, `P2D`, `2021-11-06TNI`, `PAST_REF`...
    pub value: String,
    /// What the value was resolved against: `published`, `timex:<index>`, or `none` (absolute).
    pub anchor: String,
    /// How sure the resolution is, in [0, 1].
    pub confidence: f32,
}

/// A geocoded place mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The mention's extent ("Baghdad", "Iraqi", "the Green Zone").
    #[serde(flatten)]
    pub span: TextSpan,
    /// The gazetteer's name for the place.
    pub name: String,
    /// Gazetteer id (`geonames:98182`, `country:IRQ`, `site:...`).
    pub id: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// First-level administrative area name, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Feature kind: `country`, `admin1`, `city`, `district`, `site`, `region`, `demonym`...
    pub kind: String,
    /// How sure the resolution is, in [0, 1].
    #[serde(default)]
    pub confidence: f32,
}

/// A counted quantity ("at least six", "nearly 600", "dozens").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The expression's extent.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The number (lower bound for "dozens", "hundreds").
    pub value: u64,
    /// `at_least`, `at_most`, `about`, `exactly`, `more_than`, `vague`.
    pub qualifier: String,
    /// What is counted, when said ("members", "protesters", "seats").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// How a quote renders speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Reported speech without quotation marks ("X said that ...").
    Indirect,
    /// Part paraphrase, part verbatim.
    Mixed,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker span as it appears near the cue ("he", "his office", "Salih").
    #[serde(flatten)]
    pub span: TextSpan,
    /// The canonical actor the span resolves to ("Mustafa al-Kadhimi", "Office of Mustafa al-Kadhimi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Index into [`crate::Document::entities`] of the resolved entity mention, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
}

/// An attributed quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content span (what was said).
    #[serde(flatten)]
    pub content: TextSpan,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The cue ("said", "told", "according to", "in a statement").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<TextSpan>,
    /// The speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// Channel, when stated: `statement`, `twitter`, `television`, `interview`, `press_conference`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Addressee, when stated ("Al Jazeera" in "told Al Jazeera").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
}

/// One party of an event.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Actor {
    /// The name as written in the evidence ("security forces", "the prime minister").
    pub name: String,
    /// Canonical actor name ("Mustafa al-Kadhimi", "Iraqi security forces").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Actor kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
    /// ISO 3166-1 alpha-3 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO-style actor code (`IRQGOV`, `IRQMIL`, `USAGOV`, `IGOUNO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Where the actor is named in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<TextSpan>,
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Location {
    /// Place name.
    pub name: String,
    /// First-level administrative area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Latitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// `site`, `city`, `admin1`, `country`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<String>,
    /// Index of the place mention in [`crate::Document::places`], when it came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<u32>,
}

/// A coded event: who did what to whom, where, when, with what toll.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER event type in capitals (`ASSAULT`, `PROTEST`, `ACCUSE`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, where known (`drone`, `firearms`, `crowd-control`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// ACLED event type (`Explosions/Remote violence`, `Protests`, ...), where one applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acled_event_type: Option<String>,
    /// ACLED sub-event type (`Air/drone strike`, `Peaceful protest`, ...), where one applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acled_sub_event_type: Option<String>,
    /// The event trigger ("attack", "shot down", "condemned").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TextSpan>,
    /// Source actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor1: Option<Actor>,
    /// Target actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor2: Option<Actor>,
    /// Claimed or suspected responsibility, kept apart from `actor1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<Responsibility>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// When: a TIMEX3-style value (`2021-11-07`, `2021-11`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `day`, `week`, `month`, `year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_precision: Option<String>,
    /// People killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<u64>,
    /// People injured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injured: Option<u64>,
    /// People arrested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrested: Option<u64>,
    /// People displaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub displaced: Option<u64>,
    /// Qualifiers of the counts and the event: `fatalities:at_least`, `injured:about`, ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<String>,
    /// The event is explicitly said not to have happened.
    #[serde(default)]
    pub negated: bool,
    /// Threatened, planned, conditional or otherwise not (yet) real.
    #[serde(default)]
    pub hypothetical: bool,
    /// The sentence(s) the event was read from.
    pub evidence: TextSpan,
}

/// Claimed or suspected responsibility for an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Responsibility {
    /// `claimed`, `suspected`, `accused`, `denied`, `unclaimed`.
    pub status: String,
    /// Who is claimed/suspected, when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Actor>,
}

/// A note a stage leaves about something doubtful in one document. Not an error: the
/// document still goes through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that noticed.
    pub stage: String,
    /// What it noticed, in lower case.
    pub message: String,
    /// Where, when it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}
