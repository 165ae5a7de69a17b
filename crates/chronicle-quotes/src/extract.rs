//! The extractor: quotation-mark regions, cues, speakers, content spans.
//!
//! Work is done per *unit*: a sentence, or several when a quotation runs across sentence or
//! paragraph ends. In each unit:
//! 1. every quoted region gets an attribution from a cue right after it (`“…,” he said`,
//!    `“…,” said X`) or right before it (`X said: “…”`);
//! 2. every other strong cue (said, told, according to, adding, ...) makes an indirect
//!    quote: `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X`; a clause that holds
//!    quotation marks makes a mixed quote;
//! 3. quotation marks inside a clause governed by a weak cue ("called the attack a “…”")
//!    make a mixed quote;
//! 4. a quotation with no cue inherits the speaker of the previous unit of its paragraph, or,
//!    when it opens a paragraph, of the paragraph before when that one ended in an
//!    attribution; otherwise (pull quotes, subheadings) the speaker of a quote that contains
//!    the same words.

use chronicle_coref::lex::{is_capitalized, lex, Lex, LexKind};
use chronicle_doc::{
    BlockKind, Diagnostic, Document, EntityLabel, Quote, QuoteKind, Span, Speaker, TextSpan,
};

use crate::lexicon::*;
use crate::marks::{regions, Region};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    Strong,
    Participle,
    Weak,
    According,
    /// A belief, finding, intention or stance verb ([`STANCE_CUES`]).
    Stance,
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    start: usize,
    end: usize,
    kind: CueKind,
}

#[derive(Clone, Debug)]
struct Attribution {
    content: (usize, usize),
    kind: QuoteKind,
    cue: Option<(usize, usize)>,
    speaker: Option<Speaker>,
    speaker_known: bool,
    unit: usize,
    addressee: Option<String>,
}

struct Ctx<'a> {
    doc: &'a Document,
    text: &'a str,
    toks: Vec<Lex>,
    low: Vec<String>,
    region_of: Vec<Option<usize>>,
    regions: Vec<Region>,
    /// Penn tag of each lexed token, when the tagger ran and a token starts at the same byte.
    tags: Vec<Option<&'static str>>,
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jr", "sr", "no",
    "inc", "sept", "jan", "feb", "aug", "oct", "nov", "dec", "vs", "prof", "rev", "gop",
];

fn paragraphs(doc: &Document) -> Vec<(usize, usize)> {
    let text = doc.text();
    let mut out: Vec<(usize, usize)> = doc
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Source)
        .map(|b| (b.span.start(), b.span.end()))
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    if out.is_empty() {
        let mut off = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            let lead = body.len() - body.trim_start().len();
            if !body.trim().is_empty() {
                out.push((off + lead, off + body.len()));
            }
            off += line.len();
        }
    }
    out.sort();
    out
}

impl<'a> Ctx<'a> {
    /// True when the tagger calls token `i` a finite or non-finite verb or a modal.
    fn is_verb(&self, i: usize) -> bool {
        self.tags
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|t| t.starts_with("VB") || t == "MD")
    }
    fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == LexKind::Word)
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.low.get(i).is_some_and(|l| l == w)
    }
    fn punct(&self, i: usize, chars: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == LexKind::Punct && chars.contains(t.text(self.text)))
    }
    fn is_open_mark(&self, i: usize) -> bool {
        self.region_of[i].is_some_and(|r| self.toks[i].start < self.regions[r].inner_start)
    }
    fn is_close_mark(&self, i: usize) -> bool {
        self.region_of[i].is_some_and(|r| {
            self.toks[i].start >= self.regions[r].inner_end
                && self.regions[r].inner_end < self.regions[r].close_end
        })
    }
    fn any_cue_word(&self, i: usize) -> bool {
        let l = self.low[i].as_str();
        STRONG_CUES.contains(&l) || PARTICIPLE_CUES.contains(&l) || l == "according"
    }

    fn cue_at(&self, i: usize, unit_start: usize) -> Option<Cue> {
        if !self.word(i) || self.region_of[i].is_some() {
            return None;
        }
        let raw = self.toks[i].text(self.text);
        let first = i == unit_start || (i > unit_start && self.is_open_mark(i - 1));
        if !first && raw.chars().next().is_some_and(|c| c.is_uppercase()) {
            return None;
        }
        let l = self.low[i].as_str();
        let prev_noun_marker = i > unit_start && NOUN_MARKERS.contains(&self.low[i - 1].as_str());
        if l == "according" && self.is(i + 1, "to") {
            return Some(Cue {
                start: i,
                end: i + 2,
                kind: CueKind::According,
            });
        }
        if prev_noun_marker && !matches!(l, "said" | "told" | "added" | "wrote" | "tweeted") {
            return None;
        }
        if l == "said" && i > unit_start && self.is(i - 1, "the") {
            return None;
        }
        let tagged = self.tags.iter().any(|t| t.is_some());
        let kind = if STANCE_CUES.contains(&l) && tagged && self.is_verb(i) {
            CueKind::Stance
        } else if STRONG_CUES.contains(&l) {
            CueKind::Strong
        } else if PARTICIPLE_CUES.contains(&l) {
            CueKind::Participle
        } else if WEAK_CUES.contains(&l) {
            CueKind::Weak
        } else {
            return None;
        };
        // "called for", "pointed out", "calls for": the particle belongs to the cue
        let end = if self.is(i + 1, "for")
            || self.is(i + 1, "out")
            || self.is(i + 1, "on") && l.starts_with("call")
        {
            i + 2
        } else {
            i + 1
        };
        Some(Cue {
            start: i,
            end,
            kind,
        })
    }

    /// The speaker phrase ending right before token `end` (after skipping auxiliaries).
    fn np_before(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = end;
        while j > lo && CUE_ADVERBS.contains(&self.low[j - 1].as_str()) {
            j -= 1;
        }
        let stop = j;
        let mut k = j;
        while k > lo {
            let t = &self.toks[k - 1];
            if self.region_of[k - 1].is_some() {
                break;
            }
            match t.kind {
                LexKind::Possessive => {}
                LexKind::Punct => {
                    // a parenthesised acronym: "Mission for Iraq (UNAMI)"
                    if t.text(self.text) == ")" {
                        let mut m = k - 1;
                        while m > lo && !self.punct(m - 1, "(") && k - m < 6 {
                            m -= 1;
                        }
                        if m > lo && self.punct(m - 1, "(") && m - 1 > lo {
                            k = m - 1;
                            continue;
                        }
                    }
                    if t.text(self.text) == "-"
                        || t.text(self.text) == "." && k - 1 > lo && self.word(k - 2)
                    {
                        // "U.S" split oddities: keep going only on hyphens
                        if t.text(self.text) == "-" {
                            k -= 1;
                            continue;
                        }
                    }
                    break;
                }
                LexKind::Word => {
                    let l = self.low[k - 1].as_str();
                    let raw = t.text(self.text);
                    let all_caps = raw.len() > 1
                        && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                    if NP_STOP.contains(&l) && !all_caps && !matches!(l, "it" | "we" | "i" | "you")
                    {
                        break;
                    }
                    if self.any_cue_word(k - 1) || WEAK_CUES.contains(&l) {
                        break;
                    }
                }
            }
            k -= 1;
            if stop - k >= 10 {
                break;
            }
        }
        // drop leading possessive/punctuation leftovers
        while k < stop && self.toks[k].kind != LexKind::Word {
            k += 1;
        }
        // a pronoun inside the phrase is the speaker ("18 million he said"); "it" only right
        // before the cue ("15 officials it said had ...")
        if let Some(p) = (k..stop).rev().find(|&i| {
            matches!(self.low[i].as_str(), "he" | "she" | "they" | "we" | "i")
                || (i + 1 == stop && i > k && self.low[i] == "it")
        }) {
            k = p;
        }
        // the phrase starts at a determiner, a name, a number or a pronoun; lower-case words
        // before that belong to the clause ("defending his early-morning tweets")
        let starts_ok = |i: usize| {
            let raw = self.toks[i].text(self.text);
            is_capitalized(raw)
                || raw.chars().next().is_some_and(|c| c.is_numeric())
                || NOUN_MARKERS.contains(&self.low[i].as_str())
                || SPEAKER_PRONOUNS.contains(&self.low[i].as_str())
        };
        if let Some(first_ok) = (k..stop).find(|&i| self.word(i) && starts_ok(i)) {
            if (k..first_ok).any(|i| self.word(i)) && self.word(stop - 1) {
                k = first_ok;
            }
        }
        if k < stop && self.toks[stop - 1].kind == LexKind::Possessive {
            return None;
        }
        (k < stop).then_some((k, stop))
    }

    /// A speaker or addressee phrase starting at token `start`.
    fn np_after(&self, start: usize, hi: usize) -> Option<(usize, usize)> {
        let mut k = start;
        while k < hi && k - start < 10 {
            let t = &self.toks[k];
            if self.region_of[k].is_some() {
                break;
            }
            match t.kind {
                LexKind::Possessive => {}
                LexKind::Punct => {
                    if t.text(self.text) == "-" {
                        k += 1;
                        continue;
                    }
                    break;
                }
                LexKind::Word => {
                    let l = self.low[k].as_str();
                    if k > start && AFTER_NP_STOP.contains(&l) && !is_capitalized(t.text(self.text))
                    {
                        break;
                    }
                    let raw = t.text(self.text);
                    // "The US Federal Aviation Administration": an all-capitals word inside
                    // the phrase is a name, not the pronoun "us".
                    let acronym = k > start
                        && raw.chars().count() >= 2
                        && raw.chars().all(|c| c.is_uppercase() || c == '.');
                    if NP_STOP.contains(&l) && !matches!(l, "it" | "we" | "i" | "you") && !acronym {
                        break;
                    }
                    if k > start && (self.any_cue_word(k) || WEAK_CUES.contains(&l)) {
                        break;
                    }
                    // A hyphenated modifier ("al-Qaeda-linked", "Iran-backed") is no verb.
                    if k > start && self.is_verb(k) && !raw.contains('-') {
                        break;
                    }
                }
            }
            k += 1;
        }
        (k > start).then_some((start, k))
    }

    fn np_looks_like_speaker(&self, (s, _e): (usize, usize)) -> bool {
        let raw = self.toks[s].text(self.text);
        let l = self.low[s].as_str();
        is_capitalized(raw)
            || matches!(
                l,
                "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "they"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "one"
                    | "another"
                    | "some"
                    | "several"
                    | "many"
                    | "two"
                    | "three"
                    | "officials"
                    | "sources"
                    | "police"
                    | "witnesses"
                    | "residents"
                    | "analysts"
                    | "experts"
                    | "critics"
                    | "aides"
                    | "supporters"
                    | "observers"
            )
    }

    /// Speaker before a cue at `c`, with an appositive skipped ("X, director of Y, said").
    /// Returns the speaker range and the first token of the whole speaker phrase.
    fn speaker_before(&self, lo: usize, c: usize) -> Option<((usize, usize), usize)> {
        let mut j = c;
        while j > lo && CUE_ADVERBS.contains(&self.low[j - 1].as_str()) {
            j -= 1;
        }
        // "X, who said ...": the relative pronoun is the speaker phrase
        if j > lo && self.is(j - 1, "who") {
            return Some(((j - 1, j), j - 1));
        }
        if j > lo && self.punct(j - 1, ",") && !(j >= lo + 2 && self.is_close_mark(j - 2)) {
            // appositive: the phrase before the previous comma
            let mut p = j - 1;
            while p > lo
                && !self.punct(p - 1, ",")
                && self.region_of[p - 1].is_none()
                && (j - p) < 30
            {
                if self.any_cue_word(p - 1) {
                    return None;
                }
                p -= 1;
            }
            if p > lo && self.punct(p - 1, ",") {
                let np = self.np_before(lo, p - 1)?;
                if self.np_looks_like_speaker(np) {
                    return Some((np, np.0));
                }
            }
            return None;
        }
        let np = self.np_before(lo, c)?;
        Some((np, np.0))
    }

    fn clip(&self, a: usize, b: usize) -> (usize, usize) {
        // trim punctuation at both ends, but keep closing marks of included regions
        let (mut a, mut b) = (a, b);
        while a < b && self.toks[a].kind == LexKind::Punct && !self.is_open_mark(a) {
            a += 1;
        }
        while b > a && self.toks[b - 1].kind == LexKind::Punct && !self.is_close_mark(b - 1) {
            b -= 1;
        }
        (a, b)
    }

    fn n_words(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&i| self.word(i)).count()
    }

    fn byte_span(&self, a: usize, b: usize) -> Option<Span> {
        if a >= b {
            return None;
        }
        Span::new(self.toks[a].start, self.toks[b - 1].end).ok()
    }
}

/// Find the quotes of a document. Reads tokens of its own, the entities and the
/// coreference chains when present; never panics.
pub fn extract(doc: &Document) -> (Vec<Quote>, Vec<Diagnostic>) {
    let text = doc.text();
    let paras = paragraphs(doc);
    let regs = regions(text, &paras);
    let mut toks = Vec::new();
    let mut para_of = Vec::new();
    for (pi, &(s, e)) in paras.iter().enumerate() {
        for t in lex(text, s, e) {
            toks.push(t);
            para_of.push(pi);
        }
    }
    let low: Vec<String> = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
    let region_of: Vec<Option<usize>> = toks
        .iter()
        .map(|t| {
            regs.iter()
                .position(|r| r.open <= t.start && t.end <= r.close_end)
        })
        .collect();
    let tags: Vec<Option<&'static str>> = toks
        .iter()
        .map(|t| {
            let k = doc.tokens.partition_point(|d| d.span.start() < t.start);
            doc.tokens
                .get(k)
                .filter(|d| d.span.start() == t.start)
                .and_then(|d| d.xpos)
                .map(|x| x.as_str())
        })
        .collect();
    let ctx = Ctx {
        doc,
        text,
        toks,
        low,
        region_of,
        regions: regs,
        tags,
    };
    let units = units(&ctx, &para_of);
    let mut diags = Vec::new();
    let mut attrs: Vec<Attribution> = Vec::new();
    let mut region_done = vec![false; ctx.regions.len()];
    for (ui, &(a, b)) in units.iter().enumerate() {
        unit_attributions(&ctx, ui, a, b, &mut attrs, &mut region_done);
    }
    // 4. cue-less quotations
    #[allow(clippy::needless_range_loop)]
    for ri in 0..ctx.regions.len() {
        if region_done[ri] {
            continue;
        }
        let Some(first) = ctx.region_of.iter().position(|x| *x == Some(ri)) else {
            continue;
        };
        let Some(ui) = units.iter().position(|&(a, b)| a <= first && first < b) else {
            continue;
        };
        let (ua, _) = units[ui];
        // an embedded quotation with no cue is a scare quote: not speech
        let at_unit_start = (ua..first).all(|i| ctx.toks[i].kind == LexKind::Punct);
        if !at_unit_start {
            continue;
        }
        let para = para_of[first];
        let para_start = para_of.iter().position(|&p| p == para).unwrap_or(first);
        let mut inherited: Option<Attribution> = None;
        if let Some(prev) = attrs
            .iter()
            .rev()
            .find(|x| x.unit < ui && para_of[units[x.unit].0] == para)
        {
            inherited = Some(prev.clone());
        } else if first == para_start && para > 0 && !ctx.regions[ri].single {
            // a paragraph that is all quotation continues the previous paragraph's speaker,
            // when that paragraph ended in an attribution
            let prev_units: Vec<usize> = (0..ui)
                .filter(|&u| para_of[units[u].0] == para - 1)
                .collect();
            if let Some(&last_unit) = prev_units.last() {
                inherited = attrs
                    .iter()
                    .filter(|x| x.unit == last_unit)
                    .max_by_key(|x| x.cue.map(|c| c.0))
                    .cloned();
            }
        }
        let content = ctx.region_tokens(ri);
        let (speaker, known, cue) = match &inherited {
            Some(p) => (p.speaker.clone(), p.speaker_known, p.cue),
            None => (None, false, None),
        };
        attrs.push(Attribution {
            content,
            kind: QuoteKind::Direct,
            cue,
            speaker,
            speaker_known: known,
            unit: ui,
            addressee: None,
        });
        region_done[ri] = true;
    }
    // pull quotes and subheadings: the speaker of a quote holding the same words
    let texts: Vec<String> = attrs
        .iter()
        .map(|x| ctx.content_text(x.content).to_lowercase())
        .collect();
    for i in 0..attrs.len() {
        if attrs[i].speaker.is_some() {
            continue;
        }
        let needle = texts[i]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if needle.split_whitespace().count() < 1 || needle.len() < 4 {
            continue;
        }
        if let Some(j) = (0..attrs.len())
            .find(|&j| j != i && attrs[j].speaker.is_some() && texts[j].contains(&needle))
        {
            attrs[i].speaker = attrs[j].speaker.clone();
        } else if let Some(sp) = fallback_speaker(&ctx, &units, &para_of, &attrs, i) {
            attrs[i].speaker = Some(sp);
        } else {
            diags.push(Diagnostic {
                stage: "quotes.v1".into(),
                message: "quotation without a cue or an earlier speaker".into(),
                span: ctx.byte_span(attrs[i].content.0, attrs[i].content.1),
            });
        }
    }
    attrs.sort_by_key(|x| x.content);
    let mut out = Vec::new();
    for x in attrs {
        let Some(content) = ctx.content_span(x.content, x.kind) else {
            continue;
        };
        let (ua, ub) = units[x.unit];
        let cue = x.cue.and_then(|(a, b)| ctx.byte_span(a, b)).map(TextSpan);
        let channel = channel_in(&ctx, ua, ub, x.content);
        out.push(Quote {
            content: TextSpan(content),
            kind: x.kind,
            cue,
            speaker: x.speaker,
            channel,
            addressee: x.addressee,
        });
    }
    (out, diags)
}

/// A speaker for an attribution no rule gave one: the subject at the start of its unit
/// (before the content), else the speaker of the nearest earlier attribution of the same or
/// the previous paragraph, else the nearest person named earlier in those paragraphs.
fn fallback_speaker(
    ctx: &Ctx,
    units: &[(usize, usize)],
    para_of: &[usize],
    attrs: &[Attribution],
    i: usize,
) -> Option<Speaker> {
    let x = attrs.get(i)?;
    let (ua, _) = *units.get(x.unit)?;
    let (cs, _) = x.content;
    // the subject of the unit: "Cruz lashed out, calling ..."
    let first_word = (ua..cs).find(|&k| ctx.word(k));
    if let Some(np) = first_word
        .and_then(|k| ctx.np_after(k, cs))
        .filter(|np| ctx.np_looks_like_speaker(*np) && np.1 < cs)
    {
        let starts_clause = np.1 < ctx.toks.len() && ctx.is_verb(np.1);
        if starts_clause {
            return Some(ctx.speaker(np));
        }
    }
    let para = *para_of.get(cs.min(para_of.len().saturating_sub(1)))?;
    let near = |k: usize| para_of.get(k).is_some_and(|&p| p <= para && p + 1 >= para);
    // the speaker of the nearest earlier attribution nearby
    if let Some(prev) = attrs
        .iter()
        .filter(|y| y.content.0 < cs && y.speaker.is_some() && near(y.content.0))
        .max_by_key(|y| y.content.0)
    {
        return prev.speaker.clone();
    }
    // the nearest person named before
    let at = ctx.toks.get(cs)?.start;
    let ent = ctx
        .doc
        .entities
        .iter()
        .rfind(|e| e.label == EntityLabel::Per && e.span.end() <= at)?;
    let k = ctx.toks.partition_point(|t| t.start < ent.span.start());
    if !near(k) {
        return None;
    }
    let e = ctx.toks.partition_point(|t| t.start < ent.span.end());
    (k < e).then(|| ctx.speaker((k, e)))
}

fn channel_in(ctx: &Ctx, a: usize, b: usize, content: (usize, usize)) -> Option<String> {
    for i in a..b {
        if ctx.region_of[i].is_some() || (content.0 <= i && i < content.1) {
            continue;
        }
        let l = ctx.low[i].as_str();
        if let Some((_, ch)) = CHANNELS.iter().find(|(w, _)| *w == l) {
            if l == "media" && !(i > a && ctx.is(i - 1, "social")) {
                continue;
            }
            if l == "conference" && !(i > a && (ctx.is(i - 1, "press") || ctx.is(i - 1, "news"))) {
                continue;
            }
            return Some(ch.to_string());
        }
        if l == "x" && i > a && ctx.is(i - 1, "on") && ctx.toks[i].text(ctx.text) == "X" {
            return Some("twitter".into());
        }
    }
    None
}

impl Ctx<'_> {
    fn region_tokens(&self, ri: usize) -> (usize, usize) {
        let a = self
            .region_of
            .iter()
            .position(|x| *x == Some(ri))
            .unwrap_or(0);
        let b = self
            .region_of
            .iter()
            .rposition(|x| *x == Some(ri))
            .map_or(a, |x| x + 1);
        (a, b)
    }

    fn content_text(&self, (a, b): (usize, usize)) -> &str {
        self.byte_span(a, b).map_or("", |s| &self.text[s.range()])
    }

    /// The byte span of a content token range: a direct quote's content is inside its marks.
    fn content_span(&self, (a, b): (usize, usize), kind: QuoteKind) -> Option<Span> {
        if kind == QuoteKind::Direct && a < b {
            if let Some(ri) = self.region_of[a] {
                let r = self.regions[ri];
                if self.region_of[b - 1] == Some(ri) {
                    let (s, e) = (r.inner_start, r.inner_end);
                    let inner = &self.text[s..e];
                    let trimmed_end = s + inner.trim_end_matches([',', ' ', '\n']).len();
                    let lead = inner.len() - inner.trim_start().len();
                    return Span::new(s + lead, trimmed_end.max(s + lead)).ok();
                }
            }
        }
        self.byte_span(a, b)
    }

    /// The first organisation or place entity of `span`'s sentence, if it ends before `span`:
    /// the sentence's subject, more often than the nearest name ("The Security Council
    /// condemned North Korea's test, what it called ...").
    fn org_before_in_sentence(&self, span: Span) -> Option<(usize, &chronicle_doc::Entity)> {
        let doc = self.doc;
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.span.start() <= span.start() && span.end() <= s.span.end())?;
        // Within the pronoun's clause: no colon or semicolon in between ("WALLACE: But ...,
        // it shows" is a transcript's speaker label, not the subject).
        doc.entities.iter().enumerate().find(|(_, e)| {
            matches!(e.label, EntityLabel::Org | EntityLabel::Loc)
                && e.span.start() >= sentence.span.start()
                && e.span.end() <= span.start()
                && !self.text[e.span.end()..span.start()].contains([':', ';'])
        })
    }

    fn speaker(&self, (a, b): (usize, usize)) -> Speaker {
        let span = self.byte_span(a, b).unwrap_or_default();
        // "who": the phrase before the comma names the speaker
        let antecedent = (b == a + 1 && self.is(a, "who") && a >= 2 && self.punct(a - 1, ","))
            .then(|| self.np_before(0, a - 1))
            .flatten();
        let (mut canonical, mut entity) = match antecedent {
            Some((x, y)) => resolve_speaker(self, x, y),
            None => resolve_speaker(self, a, b),
        };
        // A lone "it" no chain resolves: the first organisation or place named before it in
        // its sentence ("The European Union froze the assets of 15 officials it said had
        // undermined democracy").
        if canonical.is_none() && b == a + 1 && self.is(a, "it") {
            if let Some((ei, e)) = self.org_before_in_sentence(span) {
                canonical = Some(entity_name(self.doc, e));
                entity = Some(ei as u32);
            }
        }
        Speaker {
            span: TextSpan(span),
            canonical,
            entity,
        }
    }
}

fn units(ctx: &Ctx, para_of: &[usize]) -> Vec<(usize, usize)> {
    let n = ctx.toks.len();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..n {
        let para_break = i + 1 < n
            && para_of[i + 1] != para_of[i]
            && !(ctx.region_of[i].is_some() && ctx.region_of[i] == ctx.region_of[i + 1]);
        let next_starts = |j: usize| {
            ctx.toks.get(j).is_some_and(|t| {
                let s = t.text(ctx.text);
                s.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "“\"‘".contains(c))
            })
        };
        let mut end_here = para_break || i + 1 == n;
        if !end_here && ctx.region_of[i].is_none() && ctx.punct(i, ".?!") {
            let prev_abbrev = i > 0 && ABBREV.contains(&ctx.low[i - 1].as_str());
            end_here = !prev_abbrev && next_starts(i + 1);
        }
        if !end_here
            && ctx.is_close_mark(i)
            && i > 0
            && ctx.punct(i - 1, ".?!")
            && next_starts(i + 1)
            && ctx.region_of[i + 1] != ctx.region_of[i]
        {
            end_here = true;
        }
        if end_here {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    out
}

fn unit_attributions(
    ctx: &Ctx,
    ui: usize,
    a: usize,
    b: usize,
    attrs: &mut Vec<Attribution>,
    region_done: &mut [bool],
) {
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = a;
    while i < b {
        if let Some(c) = ctx.cue_at(i, a) {
            i = c.end;
            cues.push(c);
        } else {
            i += 1;
        }
    }
    let mut used = vec![false; cues.len()];
    let regs: Vec<usize> = {
        let mut v: Vec<usize> = (a..b).filter_map(|i| ctx.region_of[i]).collect();
        v.dedup();
        v.into_iter().filter(|r| !region_done[*r]).collect()
    };
    let first_attr = attrs.len();
    // 1. quotations with a cue right after or right before them
    for &ri in &regs {
        let (rs, re) = ctx.region_tokens(ri);
        if rs < a || re > b {
            continue;
        }
        let next_region = (re..b).find(|&i| ctx.region_of[i].is_some()).unwrap_or(b);
        // trailing: “…,” said X / “…,” X said
        let mut k = re;
        while k < next_region && ctx.punct(k, ",—–-") {
            k += 1;
        }
        let mut found: Option<(usize, Option<(usize, usize)>)> = None;
        let prev_region_end = (a..rs)
            .rev()
            .find(|&i| ctx.region_of[i].is_some())
            .map_or(a, |i| i + 1);
        let embedded = rs > a
            && ctx.word(rs - 1)
            && cues
                .iter()
                .any(|c| c.start >= prev_region_end && c.end <= rs && c.kind != CueKind::Weak);
        if embedded {
            // "X said the attack was a “…”, Y reported": left to the indirect pass
        } else if let Some(ci) = cues.iter().position(|c| {
            c.start == k
                && !used[cues.iter().position(|x| x.start == c.start).unwrap_or(0)]
                && c.kind != CueKind::Weak
        }) {
            let c = cues[ci];
            let np = if c.kind == CueKind::According {
                ctx.np_after(c.end, next_region)
            } else {
                ctx.np_after(c.end, next_region)
                    .filter(|np| ctx.np_looks_like_speaker(*np))
            };
            found = Some((ci, np));
        } else if let Some(ci) = cues.iter().position(|c| {
            c.start > k
                && c.start <= k + 10
                && c.start < next_region
                && matches!(c.kind, CueKind::Strong)
        }) {
            let c = cues[ci];
            if let Some(((s, e), _)) = ctx.speaker_before(k, c.start) {
                if s == k {
                    found = Some((ci, Some((s, e))));
                }
            }
        }
        let leading = if found.is_none() && rs > a && ctx.punct(rs - 1, ":,") {
            // leading: X said: “…” / adding, “…”
            cues.iter()
                .rposition(|c| {
                    c.start >= prev_region_end && c.end <= rs && !matches!(c.kind, CueKind::Weak)
                })
                .filter(|&ci| !used[ci])
        } else {
            None
        };
        if let Some((ci, np)) = found {
            used[ci] = true;
            let c = cues[ci];
            let speaker = np.map(|np| ctx.speaker(np));
            let known = speaker.is_some();
            let addressee = addressee_after(ctx, c, np.map_or(c.end, |x| x.1), next_region);
            attrs.push(Attribution {
                content: (rs, re),
                kind: QuoteKind::Direct,
                cue: Some((c.start, c.end)),
                speaker,
                speaker_known: known,
                unit: ui,
                addressee,
            });
            region_done[ri] = true;
            // "…,” he said, according to a statement …": the second cue only names the channel
            for (cj, cc) in cues.iter().enumerate() {
                if cc.start > c.end && cc.start < next_region && cc.kind == CueKind::According {
                    used[cj] = true;
                }
            }
        } else if let Some(ci) = leading {
            used[ci] = true;
            let c = cues[ci];
            let (speaker, known) = cue_speaker(ctx, a, b, c, attrs, first_attr);
            let mut start = c.end;
            let addressee = addressee_after(ctx, c, start, rs);
            if addressee.is_some() {
                if let Some(np) = ctx.np_after(c.end, rs) {
                    start = np.1;
                }
            }
            let only_glue = (start..rs).all(|i| {
                ctx.toks[i].kind == LexKind::Punct
                    || ctx.is(i, "that")
                    || ctx.is(i, "in")
                    || ctx.is(i, "a")
                    || ctx.is(i, "statement")
            });
            let (content, kind) = if only_glue {
                ((rs, re), QuoteKind::Direct)
            } else {
                (ctx.clip(start, re), QuoteKind::Mixed)
            };
            attrs.push(Attribution {
                content,
                kind,
                cue: Some((c.start, c.end)),
                speaker,
                speaker_known: known,
                unit: ui,
                addressee,
            });
            region_done[ri] = true;
        }
    }
    // 2. indirect speech, and mixed quotes under a cue
    let order: Vec<usize> = {
        let mut v: Vec<usize> = (0..cues.len())
            .filter(|&i| cues[i].kind != CueKind::Participle)
            .collect();
        v.extend((0..cues.len()).filter(|&i| cues[i].kind == CueKind::Participle));
        v
    };
    let direct_done: Vec<bool> = region_done.to_vec();
    for ci in order {
        if used[ci] {
            continue;
        }
        let c = cues[ci];
        let (mut speaker, mut known) = (None, false);
        let mut content: Option<(usize, usize)> = None;
        let mut addressee = None;
        match c.kind {
            CueKind::According => {
                let np = ctx.np_after(c.end, b);
                if let Some(np) = np {
                    speaker = Some(ctx.speaker(np));
                    known = true;
                    let before = ctx.clip(a, c.start);
                    if ctx.n_words(before.0, before.1) >= 3 {
                        content = Some(before);
                    } else {
                        let mut s = np.1;
                        while s < b && ctx.punct(s, ",") {
                            s += 1;
                        }
                        content = Some(ctx.clip(s, b));
                    }
                }
            }
            _ => {
                let inverted = c.start > a
                    && (ctx.punct(c.start - 1, ",") || ctx.is_close_mark(c.start - 1))
                    && ctx.np_after(c.end, b).is_some_and(|np| {
                        ctx.np_looks_like_speaker(np)
                            && (np.1 >= b
                                || ctx.toks[np.1].kind == LexKind::Punct
                                || AFTER_NP_STOP.contains(&ctx.low[np.1].as_str()))
                    });
                if c.kind == CueKind::Stance {
                    if let Some((np, _)) = ctx.speaker_before(a, c.start) {
                        let after = after_cue(ctx, c, b, &cues);
                        // the subject is a noun phrase, not an adverb ("are widely accused")
                        let nominal = ctx.np_looks_like_speaker(np)
                            || ctx.tags[np.1 - 1]
                                .is_some_and(|t| t.starts_with("NN") || t == "PRP");
                        if nominal
                            && ctx.n_words(np.0, np.1) <= 6
                            && ctx.n_words(after.0, after.1) >= 2
                            && !is_frame(ctx, c, after, b)
                        {
                            speaker = Some(ctx.speaker(np));
                            known = true;
                            content = Some(after);
                        }
                    }
                } else if c.kind == CueKind::Participle {
                    let (s, k) = cue_speaker(ctx, a, b, c, attrs, first_attr);
                    speaker = s;
                    known = k;
                    content = Some(after_cue(ctx, c, b, &cues));
                } else if inverted && c.kind != CueKind::Weak {
                    let np = ctx.np_after(c.end, b).unwrap_or((c.end, c.end));
                    speaker = Some(ctx.speaker(np));
                    known = true;
                    let before = ctx.clip(a, c.start);
                    if ctx.n_words(before.0, before.1) >= 2 {
                        content = Some(before);
                    }
                } else if ctx.speaker_before(a, c.start).is_none()
                    && CORE_CUES.contains(&ctx.low[c.start].as_str())
                    && c.kind == CueKind::Strong
                {
                    let after = after_cue(ctx, c, b, &cues);
                    if ctx.is(after.0, "that") || ctx.n_words(after.0, after.1) >= 4 {
                        content = Some(after);
                    }
                } else if let Some((np, np_first)) = ctx.speaker_before(a, c.start) {
                    speaker = Some(ctx.speaker(np));
                    known = true;
                    addressee = addressee_after(ctx, c, c.end, b);
                    let before = if np_first > a && ctx.punct(np_first - 1, ",") {
                        Some(ctx.clip(a, np_first - 1))
                    } else {
                        None
                    };
                    let after = after_cue(ctx, c, b, &cues);
                    let after_is_frame = is_frame(ctx, c, after, b);
                    content = match before {
                        Some(bf)
                            if ctx.n_words(bf.0, bf.1) >= 3
                                && after_is_frame
                                && c.kind != CueKind::Weak =>
                        {
                            Some(bf)
                        }
                        _ => Some(after),
                    };
                }
            }
        }
        let Some((cs, ce)) = content else { continue };
        // never swallow a quotation already attributed: stop before it
        let (cs, ce) = {
            let mut e = ce;
            if let Some(i) = (cs..ce).find(|&i| ctx.region_of[i].is_some_and(|r| direct_done[r])) {
                e = i;
            }
            ctx.clip(cs, e)
        };
        let inner_regions: Vec<usize> = {
            let mut v: Vec<usize> = (cs..ce)
                .filter_map(|i| ctx.region_of[i])
                .filter(|r| !region_done[*r])
                .collect();
            v.dedup();
            v
        };
        if c.kind == CueKind::Weak && inner_regions.is_empty() {
            continue;
        }
        let (cs, ce) = if c.kind == CueKind::Weak {
            let last = inner_regions.last().map_or(ce, |&r| ctx.region_tokens(r).1);
            (cs, last.min(ce))
        } else {
            (cs, ce)
        };
        let min_words = if c.kind == CueKind::Weak { 1 } else { 2 };
        if ctx.n_words(cs, ce) < min_words {
            continue;
        }
        // verbs that also have non-speech senses ("responded with", "claimed responsibility")
        // report speech only before "that", a colon or quotation marks
        if c.kind == CueKind::Strong
            && !CORE_CUES.contains(&ctx.low[c.start].as_str())
            && inner_regions.is_empty()
            && cs > c.start
        {
            let mut k = c.end;
            while k < cs && k < c.end + 6 && !ctx.is(k, "that") && !ctx.punct(k, ":") {
                k += 1;
            }
            if !(ctx.is(k, "that") || ctx.punct(k, ":") || ctx.is(cs, "that")) {
                continue;
            }
        }
        used[ci] = true;
        let single_region =
            inner_regions.len() == 1 && ctx.region_tokens(inner_regions[0]) == (cs, ce);
        let kind = if inner_regions.is_empty() {
            QuoteKind::Indirect
        } else if single_region {
            QuoteKind::Direct
        } else {
            QuoteKind::Mixed
        };
        for r in inner_regions {
            region_done[r] = true;
        }
        attrs.push(Attribution {
            content: (cs, ce),
            kind,
            cue: Some((c.start, c.end)),
            speaker,
            speaker_known: known,
            unit: ui,
            addressee,
        });
    }
}

/// The speaker of a participle cue ("adding", "noting"): the nearest attribution of the unit
/// before it, else the subject of the next cue.
fn cue_speaker(
    ctx: &Ctx,
    a: usize,
    b: usize,
    c: Cue,
    attrs: &[Attribution],
    first: usize,
) -> (Option<Speaker>, bool) {
    if c.kind != CueKind::Participle {
        if let Some((np, _)) = ctx.speaker_before(a, c.start) {
            return (Some(ctx.speaker(np)), true);
        }
        return (None, false);
    }
    if let Some(prev) = attrs[first..]
        .iter()
        .rev()
        .find(|x| x.cue.is_some_and(|(s, _)| s < c.start))
    {
        return (prev.speaker.clone(), prev.speaker_known);
    }
    // "Trump answered, saying …": the subject at the start of the unit
    if c.start > a && ctx.punct(c.start - 1, ",") {
        if let Some(np) = ctx
            .np_after(a, c.start)
            .filter(|np| ctx.np_looks_like_speaker(*np) && np.1 < c.start)
        {
            return (Some(ctx.speaker(np)), true);
        }
    }
    // "Noting that …, she said …": the subject of the next finite cue
    for i in c.end..b {
        if let Some(next) = ctx.cue_at(i, a) {
            if next.kind == CueKind::Strong {
                if let Some((np, _)) = ctx.speaker_before(a, next.start) {
                    return (Some(ctx.speaker(np)), true);
                }
            }
        }
    }
    (None, false)
}

/// The clause after a cue: from the cue (past an addressee) to the end of the unit, cut
/// before a following ", adding …" or ", X said".
fn after_cue(ctx: &Ctx, c: Cue, b: usize, cues: &[Cue]) -> (usize, usize) {
    let mut start = c.end;
    if matches!(
        ctx.low[c.start].as_str(),
        "told" | "tells" | "telling" | "asked"
    ) {
        if let Some(np) = ctx.np_after(c.end, b) {
            if !(np.0 < b && ctx.is(np.0, "that")) {
                start = np.1;
            }
        }
    }
    let mut end = b;
    for other in cues {
        if other.start <= c.start || other.start >= b {
            continue;
        }
        if other.kind == CueKind::Participle
            && other.start > start
            && ctx.punct(other.start - 1, ",")
        {
            end = end.min(other.start - 1);
        }
        if matches!(other.kind, CueKind::Strong) {
            if let Some((_, first)) = ctx.speaker_before(start, other.start) {
                if first > start && ctx.punct(first - 1, ",") {
                    end = end.min(first - 1);
                }
            } else if other.start > start && ctx.punct(other.start - 1, ",") {
                // ", said X"
                end = end.min(other.start - 1);
            }
        }
        if other.kind == CueKind::According
            && other.start > start
            && ctx.punct(other.start - 1, ",")
        {
            end = end.min(other.start - 1);
        }
    }
    ctx.clip(start, end)
}

/// True when what follows the cue is only its frame (addressee, time, place, channel), not a
/// reported clause.
fn is_frame(ctx: &Ctx, c: Cue, after: (usize, usize), b: usize) -> bool {
    let (s, e) = after;
    if s >= e {
        return true;
    }
    if ctx.is(s, "that") || ctx.region_of[s].is_some() {
        return false;
    }
    let _ = (c, b);
    let first = ctx.low[s].as_str();
    let n = ctx.n_words(s, e);
    n <= 8
        && (AFTER_NP_STOP.contains(&first)
            || matches!(
                first,
                "late"
                    | "earlier"
                    | "recently"
                    | "last"
                    | "previously"
                    | "reporters"
                    | "journalists"
            ))
}

fn addressee_after(ctx: &Ctx, c: Cue, from: usize, hi: usize) -> Option<String> {
    if !matches!(ctx.low[c.start].as_str(), "told" | "tells" | "telling") {
        return None;
    }
    let (s, e) = ctx.np_after(from, hi)?;
    if ctx.is(s, "that") {
        return None;
    }
    // the run of capitalized words when there is one ("state television al-Iraqiya" → "al-Iraqiya")
    let mut best: Option<(usize, usize)> = None;
    let mut i = s;
    while i < e {
        if ctx.word(i) && is_capitalized(ctx.toks[i].text(ctx.text)) {
            let j0 = i;
            while i < e && ctx.word(i) && is_capitalized(ctx.toks[i].text(ctx.text)) {
                i += 1;
            }
            if best.is_none_or(|(x, y)| i - j0 > y - x) {
                best = Some((j0, i));
            }
        } else {
            i += 1;
        }
    }
    let (x, y) = best.unwrap_or((s, e));
    let x = if ctx.is(x, "the") { x + 1 } else { x };
    let span = ctx.byte_span(x, y)?;
    Some(ctx.text[span.range()].to_string())
}

/// Canonical name and entity of a speaker phrase: an entity inside it, a coreference chain
/// through a pronoun or nominal, an owner's office ("his office" → "Office of X").
fn resolve_speaker(ctx: &Ctx, a: usize, b: usize) -> (Option<String>, Option<u32>) {
    let doc = ctx.doc;
    // OWNER ’s NOUN / his NOUN
    let poss = (a..b)
        .rposition(|i| ctx.toks[i].kind == LexKind::Possessive)
        .map(|p| p + a);
    let first_low = ctx.low[a].as_str();
    let owner_pronoun = matches!(first_low, "his" | "her" | "their" | "its");
    if (poss.is_some() || owner_pronoun) && b > a + 1 {
        let (oa, ob, na) = match poss {
            Some(p) => (a, p, p + 1),
            None => (a, a + 1, a + 1),
        };
        let noun_words: Vec<&str> = (na..b).map(|i| ctx.low[i].as_str()).collect();
        let noun = noun_words.join(" ");
        let head = noun_words.last().copied().unwrap_or("");
        if OFFICE_NOUNS.contains(&noun.as_str()) || OFFICE_NOUNS.contains(&head) {
            if let (Some(owner), ent) = resolve_speaker(ctx, oa, ob) {
                let title: String = noun
                    .split(' ')
                    .map(capitalize)
                    .collect::<Vec<_>>()
                    .join(" ");
                return (Some(format!("{title} of {owner}")), ent);
            }
        }
    }
    let span = match ctx.byte_span(a, b) {
        Some(s) => s,
        None => return (None, None),
    };
    // entities inside: the last person or organisation
    let inside: Vec<(usize, &chronicle_doc::Entity)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            span.contains(e.span.0) && matches!(e.label, EntityLabel::Per | EntityLabel::Org)
        })
        .collect();
    if let Some((ei, e)) = inside
        .iter()
        .rev()
        .find(|(_, e)| e.label == EntityLabel::Per)
        .or(inside.last())
    {
        return (Some(entity_name(doc, e)), Some(*ei as u32));
    }
    // a pronoun or nominal in a chain
    if let Some(ci) = chronicle_coref::chain_at(doc, span) {
        let chain = &doc.chains[ci];
        let ent = doc
            .entities
            .iter()
            .position(|e| e.chain == Some(ci as u32))
            .map(|i| i as u32);
        return (Some(chain.canonical.clone()), ent);
    }
    // no entities: a capitalized phrase names itself
    let words: Vec<usize> = (a..b).filter(|&i| ctx.word(i)).collect();
    let caps: Vec<usize> = words
        .iter()
        .copied()
        .filter(|&i| is_capitalized(ctx.toks[i].text(ctx.text)))
        .collect();
    if !caps.is_empty() && !SPEAKER_PRONOUNS.contains(&ctx.low[a].as_str()) {
        let s = if ctx.is(a, "the") { a + 1 } else { a };
        if let Some(sp) = ctx.byte_span(s, b) {
            let t = &ctx.text[sp.range()];
            return (
                Some(t.trim_end_matches("’s").trim_end_matches("'s").to_string()),
                None,
            );
        }
    }
    (None, None)
}

/// An entity's name: its canonical name, else its chain's, else its text.
fn entity_name(doc: &Document, e: &chronicle_doc::Entity) -> String {
    e.canonical
        .clone()
        .or_else(|| {
            e.chain
                .and_then(|c| doc.chains.get(c as usize))
                .map(|c| c.canonical.clone())
        })
        .unwrap_or_else(|| doc.slice(e.span.0).to_string())
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use chronicle_doc::{Entity, Meta, Stage};

    use super::*;

    fn run(text: &str, names: &[(&str, EntityLabel)]) -> Document {
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        let mut spans: Vec<(usize, usize, EntityLabel)> = Vec::new();
        for (n, l) in names {
            for (at, _) in text.match_indices(n) {
                if !spans.iter().any(|&(s, e, _)| s < at + n.len() && at < e) {
                    spans.push((at, at + n.len(), *l));
                }
            }
        }
        spans.sort_by_key(|x| x.0);
        for (s, e, l) in spans {
            doc.entities.push(Entity::new(doc.span(s, e).unwrap(), l));
        }
        chronicle_coref::CorefStage::new().run(&mut doc).unwrap();
        crate::QuotesStage::new().run(&mut doc).unwrap();
        doc
    }

    fn rows(doc: &Document) -> Vec<(QuoteKind, String, Option<String>)> {
        doc.quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    doc.slice(q.content.0).to_string(),
                    q.speaker.as_ref().and_then(|s| s.canonical.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn it_right_before_the_cue_is_the_speaker_and_names_the_clause_subject() {
        let text = "The Northern League froze the assets of 12 traders it said had funded the \
                    raids.\n\nMINA: But the money went to nine firms it said were shells.";
        let doc = run(
            text,
            &[
                ("Northern League", EntityLabel::Org),
                ("MINA", EntityLabel::Org),
            ],
        );
        let speakers: Vec<(&str, Option<&str>)> = doc
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .map(|s| (doc.slice(s.span.0), s.canonical.as_deref()))
            .collect();
        // "12 traders it" is no speaker phrase; "it" is the league, the clause's subject. A
        // transcript label before a colon is not the subject of what follows.
        assert!(
            speakers.contains(&("it", Some("Northern League"))),
            "{speakers:?}"
        );
        assert!(speakers.contains(&("it", None)), "{speakers:?}");
    }

    #[test]
    fn speaker_phrase_runs_past_acronyms_and_hyphenated_modifiers() {
        let text = "The US Trade Office banned imports on Tuesday, citing the risk to farms.\n\n\
                    The Kabul-backed Front for Unity claimed the raid, saying its men had struck \
                    the base.";
        let mut doc = run(text, &[]);
        // Tags as the tagger gives them: the verb, and a hyphenated modifier read as a past
        // participle.
        for (word, tag) in [("banned", "VBD"), ("Kabul-backed", "VBN")] {
            let at = text.find(word).unwrap();
            for t in doc.tokens.iter_mut() {
                if t.span.start() == at {
                    t.xpos = chronicle_doc::Xpos::parse(tag);
                }
            }
        }
        doc.quotes.clear();
        crate::QuotesStage::new().run(&mut doc).unwrap();
        let speakers: Vec<&str> = doc
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref().map(|s| doc.slice(s.span.0)))
            .collect();
        assert_eq!(
            speakers,
            ["The US Trade Office", "The Kabul-backed Front for Unity"]
        );
    }

    #[test]
    fn pronoun_speaker_after_inverted_attribution_and_office() {
        let doc = run(
            "“We stay,” said Tom Brask, addressing Ana Vell at the rally.\n\n“We will not move,” he said.\n\n“Calm is needed,” his office said in a statement.",
            &[("Tom Brask", EntityLabel::Per), ("Ana Vell", EntityLabel::Per)],
        );
        let r = rows(&doc);
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("Tom Brask"));
        assert_eq!(r[2].2.as_deref(), Some("Office of Tom Brask"));
        assert_eq!(doc.quotes[2].channel.as_deref(), Some("statement"));
    }

    #[test]
    fn indirect_told_with_addressee_and_trailing_frame() {
        let doc = run(
            "Guards fired two shots near the gate, Army Spokesman Paul Kerr told Radio Nord.\nOfficials told the Daily Post that the road was closed.",
            &[("Paul Kerr", EntityLabel::Per)],
        );
        let r = rows(&doc);
        assert_eq!(r[0].0, QuoteKind::Indirect);
        assert_eq!(r[0].1, "Guards fired two shots near the gate");
        assert_eq!(r[0].2.as_deref(), Some("Paul Kerr"));
        assert_eq!(doc.quotes[0].addressee.as_deref(), Some("Radio Nord"));
        assert_eq!(doc.quotes[0].channel.as_deref(), Some("radio"));
        assert_eq!(r[1].1, "that the road was closed");
        assert_eq!(doc.quotes[1].addressee.as_deref(), Some("Daily Post"));
    }

    #[test]
    fn mixed_quote_and_continued_paragraph_quote() {
        let doc = run(
            "Randa Olt, head of a think tank in Oslo, said the vote was not “a fair contest at all”.\n\n“It was rigged from the start.\n\n“Nobody can deny it,” she added.",
            &[("Randa Olt", EntityLabel::Per)],
        );
        let r = rows(&doc);
        assert_eq!(r[0].0, QuoteKind::Mixed);
        assert_eq!(r[0].1, "the vote was not “a fair contest at all”");
        assert_eq!(r[0].2.as_deref(), Some("Randa Olt"));
        // one quotation over two paragraphs, closed only at the end
        assert_eq!(r[1].0, QuoteKind::Direct);
        assert!(
            r[1].1.starts_with("It was rigged") && r[1].1.ends_with("Nobody can deny it"),
            "{r:?}"
        );
        assert_eq!(r[1].2.as_deref(), Some("Randa Olt"));
    }

    #[test]
    fn scare_quotes_are_not_speech_and_odd_input_does_not_panic() {
        let doc = run("The so-called “reform” stalled in May.", &[]);
        assert!(doc.quotes.is_empty(), "{:?}", rows(&doc));
        for t in [
            "“",
            "”",
            "said",
            "“a” “",
            "according to",
            ", said",
            "'' ''",
            "“x\n\n“",
        ] {
            let _ = run(t, &[]);
        }
    }

    #[test]
    fn stance_verbs_need_a_tagged_verb_and_a_subject() {
        let text = "New polls show Vera Lind leading in the north.\nThe show was long.\nThe senator was asked about taxes.";
        let mut doc = Document::new(text, Meta::default());
        chronicle_text::TextStage::new().run(&mut doc).unwrap();
        chronicle_tag::PosStage::new()
            .unwrap()
            .run(&mut doc)
            .unwrap();
        crate::QuotesStage::new().run(&mut doc).unwrap();
        let r: Vec<(&str, &str)> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    doc.slice(q.content.0),
                    q.speaker.as_ref().map_or("", |s| doc.slice(s.span.0)),
                )
            })
            .collect();
        assert_eq!(r, [("Vera Lind leading in the north", "New polls")]);
    }

    #[test]
    fn no_entities_fallback_speaker_is_the_capitalized_phrase() {
        let doc = run(
            "“Prices will fall,” Central Bank Governor Lia Moss said.",
            &[],
        );
        let sp = doc.quotes[0].speaker.as_ref().unwrap();
        assert_eq!(doc.slice(sp.span.0), "Central Bank Governor Lia Moss");
        assert_eq!(
            sp.canonical.as_deref(),
            Some("Central Bank Governor Lia Moss")
        );
    }
}
