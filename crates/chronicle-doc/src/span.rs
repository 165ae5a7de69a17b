//! Byte spans into a document's text, and the one place where they become character offsets.
//!
//! Internally every layer stores [`Span`]s: byte ranges that always fall on UTF-8 character
//! boundaries of the document text. Every public output (JSON, database, API) uses
//! **character** offsets. The conversion happens only here: [`with_text`] installs the
//! document text for the duration of a (de)serialization, and `Span`/[`TextSpan`] then write
//! and read character offsets (and, for `TextSpan`, the covered text).

use std::cell::RefCell;
use std::fmt;
use std::ops::Index;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
///
/// Fields are private: a `Span` built with [`Span::new_in`] is known to fall on character
/// boundaries of the text it was built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// Why a span could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanError {
    /// `start` is after `end`.
    Reversed {
        /// The start offset given.
        start: usize,
        /// The end offset given.
        end: usize,
    },
    /// An offset is past the end of the text.
    OutOfBounds {
        /// The offending offset.
        offset: usize,
        /// The text length in bytes.
        len: usize,
    },
    /// An offset falls inside a multi-byte character.
    NotCharBoundary {
        /// The offending offset.
        offset: usize,
    },
    /// The text is longer than 4 GiB, which spans cannot address.
    TooLong,
}

impl fmt::Display for SpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpanError::Reversed { start, end } => {
                write!(f, "span start {start} is after end {end}")
            }
            SpanError::OutOfBounds { offset, len } => {
                write!(f, "offset {offset} is past the end of a {len}-byte text")
            }
            SpanError::NotCharBoundary { offset } => {
                write!(f, "offset {offset} is not on a UTF-8 character boundary")
            }
            SpanError::TooLong => write!(f, "text is longer than 4 GiB"),
        }
    }
}

impl std::error::Error for SpanError {}

impl Span {
    /// A span from byte offsets, checking only `start <= end`.
    ///
    /// Use [`Span::new_in`] when the text is at hand: it also checks character boundaries.
    pub fn new(start: usize, end: usize) -> Result<Span, SpanError> {
        if start > end {
            return Err(SpanError::Reversed { start, end });
        }
        if end > u32::MAX as usize {
            return Err(SpanError::TooLong);
        }
        Ok(Span {
            start: start as u32,
            end: end as u32,
        })
    }

    /// A span from byte offsets, checked against `text`: ordered, in bounds, on char boundaries.
    pub fn new_in(text: &str, start: usize, end: usize) -> Result<Span, SpanError> {
        let span = Span::new(start, end)?;
        for offset in [start, end] {
            if offset > text.len() {
                return Err(SpanError::OutOfBounds {
                    offset,
                    len: text.len(),
                });
            }
            if !text.is_char_boundary(offset) {
                return Err(SpanError::NotCharBoundary { offset });
            }
        }
        Ok(span)
    }

    /// Byte offset of the first byte.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the last byte.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span as a `Range<usize>`.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// Maps byte offsets to character offsets and back for one text.
///
/// Built once per document in O(n); lookups are O(log n) over the non-ASCII characters only,
/// so an all-ASCII text costs nothing.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// For every non-ASCII character: its byte offset, its char offset, and the number of
    /// extra (beyond one) bytes up to and including it.
    wide: Vec<(u32, u32, u32)>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharMap {
    /// Index `text`.
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        let mut extra = 0u32;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8() as u32;
            if n > 1 {
                let char_pos = i as u32 - extra;
                extra += n - 1;
                wide.push((i as u32, char_pos, extra));
            }
        }
        CharMap {
            wide,
            len_bytes: text.len(),
            len_chars: text.len() - extra as usize,
        }
    }

    /// Character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let idx = self.wide.partition_point(|&(b, _, _)| (b as usize) < byte);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].2 };
        byte - extra as usize
    }

    /// Byte offset of character offset `ch`, or `None` when past the end.
    pub fn byte_of(&self, ch: usize) -> Option<usize> {
        if ch > self.len_chars {
            return None;
        }
        let idx = self.wide.partition_point(|&(_, c, _)| (c as usize) < ch);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].2 };
        let byte = ch + extra as usize;
        (byte <= self.len_bytes).then_some(byte)
    }

    /// Length of the text in characters.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// A byte span as a character range.
    pub fn chars_of(&self, span: Span) -> (usize, usize) {
        (self.char_of(span.start()), self.char_of(span.end()))
    }
}

struct Context {
    text: String,
    map: CharMap,
}

thread_local! {
    static CONTEXT: RefCell<Option<std::rc::Rc<Context>>> = const { RefCell::new(None) };
}

/// Run `f` with `text` installed as the offset context: inside it, spans (de)serialize as
/// character offsets into `text`, and [`TextSpan`]s also write the covered text.
///
/// Outside any context spans serialize as raw byte offsets (useful for debugging only).
pub fn with_text<R>(text: &str, f: impl FnOnce() -> R) -> R {
    let ctx = std::rc::Rc::new(Context {
        text: text.to_owned(),
        map: CharMap::new(text),
    });
    let previous = CONTEXT.with(|c| c.replace(Some(ctx)));
    struct Restore(Option<std::rc::Rc<Context>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = self.0.take();
            CONTEXT.with(|c| *c.borrow_mut() = prev);
        }
    }
    let _restore = Restore(previous);
    f()
}

fn context() -> Option<std::rc::Rc<Context>> {
    CONTEXT.with(|c| c.borrow().clone())
}

fn serialize_span<S: Serializer>(span: Span, with_text: bool, s: S) -> Result<S::Ok, S::Error> {
    let ctx = context();
    let n = if with_text && ctx.is_some() { 3 } else { 2 };
    let mut map = s.serialize_map(Some(n))?;
    match &ctx {
        Some(ctx) => {
            let (a, b) = ctx.map.chars_of(span);
            if with_text {
                let text = ctx.text.get(span.range()).unwrap_or("");
                map.serialize_entry("text", text)?;
            }
            map.serialize_entry("start", &a)?;
            map.serialize_entry("end", &b)?;
        }
        None => {
            map.serialize_entry("start", &span.start)?;
            map.serialize_entry("end", &span.end)?;
        }
    }
    map.end()
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_span(*self, false, s)
    }
}

struct SpanVisitor;

impl<'de> Visitor<'de> for SpanVisitor {
    type Value = Span;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with `start` and `end` offsets")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Span, A::Error> {
        let mut start: Option<usize> = None;
        let mut end: Option<usize> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "start" => start = Some(map.next_value()?),
                "end" => end = Some(map.next_value()?),
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let start = start.ok_or_else(|| de::Error::missing_field("start"))?;
        let end = end.ok_or_else(|| de::Error::missing_field("end"))?;
        match context() {
            Some(ctx) => {
                let b0 = ctx.map.byte_of(start);
                let b1 = ctx.map.byte_of(end);
                match (b0, b1) {
                    (Some(a), Some(b)) => Span::new_in(&ctx.text, a, b).map_err(de::Error::custom),
                    _ => Err(de::Error::custom(format!(
                        "span {start}..{end} is past the end of a {}-character text",
                        ctx.map.len_chars()
                    ))),
                }
            }
            None => Span::new(start, end).map_err(de::Error::custom),
        }
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        d.deserialize_map(SpanVisitor)
    }
}

/// A [`Span`] that also shows the text it covers in public output (`{text, start, end}`).
///
/// The text is not stored: it is sliced from the document at serialization time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TextSpan(pub Span);

impl From<Span> for TextSpan {
    fn from(s: Span) -> TextSpan {
        TextSpan(s)
    }
}

impl std::ops::Deref for TextSpan {
    type Target = Span;
    fn deref(&self) -> &Span {
        &self.0
    }
}

impl Serialize for TextSpan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_span(self.0, true, s)
    }
}

impl<'de> Deserialize<'de> for TextSpan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TextSpan, D::Error> {
        Span::deserialize(d).map(TextSpan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_in_rejects_split_characters() {
        let text = "a’b";
        assert!(Span::new_in(text, 0, 1).is_ok());
        assert_eq!(
            Span::new_in(text, 0, 2),
            Err(SpanError::NotCharBoundary { offset: 2 })
        );
        assert_eq!(
            Span::new_in(text, 2, 1),
            Err(SpanError::Reversed { start: 2, end: 1 })
        );
        assert!(matches!(
            Span::new_in(text, 0, 99),
            Err(SpanError::OutOfBounds { .. })
        ));
    }

    #[test]
    fn char_map_round_trips_every_boundary() {
        let text = "Iraq’s “PM” — é😀x";
        let map = CharMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_of(bi), ci, "byte {bi}");
            assert_eq!(map.byte_of(ci), Some(bi), "char {ci}");
        }
        assert_eq!(map.char_of(text.len()), text.chars().count());
        assert_eq!(map.byte_of(text.chars().count()), Some(text.len()));
        assert_eq!(map.byte_of(text.chars().count() + 1), None);
    }

    #[test]
    fn text_span_serializes_char_offsets_and_text_in_context() {
        let text = "“Hi” he said";
        let span =
            Span::new_in(text, text.find("he").unwrap(), text.find(" said").unwrap()).unwrap();
        let json = with_text(text, || serde_json::to_string(&TextSpan(span)).unwrap());
        assert_eq!(json, r#"{"text":"he","start":5,"end":7}"#);
        let back: TextSpan = with_text(text, || serde_json::from_str(&json).unwrap());
        assert_eq!(back.0, span);
    }

    #[test]
    fn deserializing_past_the_end_is_an_error_not_a_panic() {
        let r: Result<Span, _> =
            with_text("abc", || serde_json::from_str(r#"{"start":1,"end":9}"#));
        assert!(r.is_err());
    }
}
