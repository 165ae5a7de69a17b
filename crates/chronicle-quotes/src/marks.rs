//! Quotation-mark regions: which stretches of text sit inside quotation marks.
//!
//! Double marks (curly “ ” and straight ") make top-level regions; single marks (‘ ’ and ')
//! make regions only when they are not inside double marks and look like quotes rather than
//! apostrophes. Marks nested inside a region are left alone. A quote that runs over several
//! paragraphs, its closing mark omitted at each paragraph's end and an opening mark starting
//! the next paragraph, is one region.

/// A top-level quoted region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark (or the end of the last paragraph when the
    /// mark is missing).
    pub close_end: usize,
    /// Inside the marks: after the opening mark, before the closing mark.
    pub inner_start: usize,
    /// End of the inner text.
    pub inner_end: usize,
    /// True for single-mark regions.
    pub single: bool,
}

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:;“‘".contains(p))
}

/// Find regions in the given paragraphs (byte ranges into `text`, in order).
pub fn regions(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Region> {
    let mut out = Vec::new();
    // an open double region carried over from the previous paragraph: (open, inner_start, single)
    let mut carry: Option<(usize, usize)> = None;
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let para = &text[ps..pe];
        let mut open: Option<(usize, usize, bool)> = carry.take().map(|(o, i)| (o, i, false));
        let mut skip_reopen = open.is_some();
        let mut prev: Option<char> = None;
        let mut pair_skip = false;
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        for (k, &(ci, c)) in chars.iter().enumerate() {
            let at = ps + ci;
            let next = chars.get(k + 1).map(|x| x.1);
            if skip_reopen {
                // the reopening mark of a continued quote
                if !c.is_whitespace() {
                    skip_reopen = false;
                    if c == '“' || c == '"' {
                        prev = Some(c);
                        continue;
                    }
                }
            }
            // two apostrophes make a double mark ('' … ''); the second one is skipped
            if pair_skip {
                pair_skip = false;
                prev = Some(c);
                continue;
            }
            let twin = c == '\'' && next == Some('\'');
            let after_twin = chars.get(k + 2).map(|x| x.1);
            match open {
                None if twin => {
                    if is_open_context(prev) && after_twin.is_some_and(|n| !n.is_whitespace()) {
                        open = Some((at, at + 2, false));
                        pair_skip = true;
                    }
                }
                Some((o, inner, false)) if twin => {
                    out.push(Region {
                        open: o,
                        close_end: at + 2,
                        inner_start: inner,
                        inner_end: at,
                        single: false,
                    });
                    open = None;
                    pair_skip = true;
                }
                None => {
                    let opens_double = c == '“'
                        || (c == '"'
                            && is_open_context(prev)
                            && next.is_some_and(|n| !n.is_whitespace()));
                    let opens_single = (c == '‘' || c == '\'')
                        && is_open_context(prev)
                        && next.is_some_and(|n| n.is_alphanumeric() || n == '…' || n == '.');
                    if opens_double {
                        open = Some((at, at + c.len_utf8(), false));
                    } else if opens_single {
                        open = Some((at, at + c.len_utf8(), true));
                    }
                }
                Some((o, inner, single)) => {
                    let closes = if single {
                        (c == '’' || c == '\'')
                            && !next.is_some_and(|n| n.is_alphanumeric())
                            && prev.is_some_and(|p| !p.is_whitespace())
                    } else {
                        c == '”'
                            || (c == '"'
                                && (prev.is_some_and(|p| !p.is_whitespace())
                                    || !is_open_context(prev)))
                    };
                    if closes {
                        out.push(Region {
                            open: o,
                            close_end: at + c.len_utf8(),
                            inner_start: inner,
                            inner_end: at,
                            single,
                        });
                        open = None;
                    }
                }
            }
            prev = Some(c);
        }
        if let Some((o, inner, single)) = open {
            let next_reopens = paragraphs
                .get(pi + 1)
                .map(|&(a, b)| text[a..b].trim_start())
                .is_some_and(|t| t.starts_with('“') || t.starts_with('"'));
            if !single && next_reopens {
                carry = Some((o, inner));
            } else if !single {
                // closing mark missing for good: the region ends with the paragraph
                out.push(Region {
                    open: o,
                    close_end: pe,
                    inner_start: inner,
                    inner_end: pe,
                    single,
                });
            }
            // an unclosed single mark was an apostrophe after all: no region
        }
    }
    if let (Some((o, inner)), Some(&(_, pe))) = (carry, paragraphs.last()) {
        out.push(Region {
            open: o,
            close_end: pe,
            inner_start: inner,
            inner_end: pe,
            single: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        let mut paras = Vec::new();
        let mut off = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            if !body.trim().is_empty() {
                paras.push((off, off + body.len()));
            }
            off += line.len();
        }
        regions(text, &paras)
            .iter()
            .map(|r| &text[r.inner_start..r.inner_end])
            .collect()
    }

    #[test]
    fn curly_straight_and_nested_marks() {
        assert_eq!(inner("“It is ‘odd’ here,” he said."), ["It is ‘odd’ here,"]);
        assert_eq!(inner("He said \"no way\" and left."), ["no way"]);
        assert_eq!(inner("Iraq’s PM decries ‘cowardly’ attack"), ["cowardly"]);
        assert_eq!(inner("the voters’ choice, he said"), Vec::<&str>::new());
        assert_eq!(inner("''It's fine,'' he said."), ["It's fine,"]);
    }

    #[test]
    fn quote_running_over_paragraphs_is_one_region() {
        let t = "She said:\n“First part.\n\n“Second part.”\nAfter.";
        assert_eq!(inner(t), ["First part.\n\n“Second part."]);
    }

    #[test]
    fn unclosed_mark_ends_with_its_paragraph() {
        assert_eq!(inner("“Never closed\nNext line."), ["Never closed"]);
    }
}
