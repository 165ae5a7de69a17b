//! Plain-text news reports: the text is kept exactly as given; blocks mark its structure.

use chronicle_doc::{Block, BlockKind, Document, Meta, Span, TextSpan};

/// Build a document from a plain-text report. The first non-empty line is the headline,
/// bracketed lines ending in `[Credit]` are captions, `Source: ...` closes the report.
pub fn read_txt(text: &str, mut meta: Meta) -> Document {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let body = content.trim();
        let start = offset + lead;
        offset += line.len();
        if body.is_empty() {
            continue;
        }
        let span = Span::new(start, start + body.len()).expect("ordered");
        let kind = if blocks.is_empty() {
            BlockKind::Headline
        } else if body.starts_with("Source:") {
            BlockKind::Source
        } else if body.ends_with(']') && body.contains('[') {
            BlockKind::Caption
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block {
            kind,
            span: TextSpan(span),
            credit: None,
        });
    }
    if meta.title.is_none() {
        meta.title = blocks.first().map(|b| text[b.span.range()].to_string());
    }
    let mut doc = Document::new(text, meta);
    doc.blocks = blocks;
    doc
}
