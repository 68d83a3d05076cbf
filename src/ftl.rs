//! A small parser for the part of Fluent's syntax our locales use. It makes
//! the same syntax tree as fluent-syntax's runtime parser, so fluent-bundle
//! formats the messages as before, at a fraction of that parser's wasm.
//!
//! What it reads:
//! - comment lines (`#`, `##`, `###`), which are dropped, as at run time;
//! - messages on one line: `id = text { $variable } text`;
//! - select expressions on a variable, one variant a line:
//!   `{ $count ->` / `[one] ...` / `*[other] ...` / `}`.
//!
//! Anything else (terms, attributes, patterns over several lines, string or
//! number literals and functions in placeables, CRLF line ends) makes the
//! entry junk, like a syntax error. `tests/ftl_parser.rs` checks that every
//! file in `locales/` parses to exactly what fluent-syntax makes of it.

use fluent_syntax::ast::{
    Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement, Resource,
    Variant, VariantKey,
};

/// Parses FTL source. Returns the resource and how many entries did not
/// parse (they are in it as `Junk`).
pub fn parse(source: &str) -> (Resource<&str>, usize) {
    let mut parser = Parser { source, pos: 0 };
    let mut body = vec![];
    let mut errors = 0;
    parser.skip_blank_lines();
    while let Some(byte) = parser.peek() {
        let start = parser.pos;
        if byte == b'#' {
            parser.skip_line();
        } else if let Some(message) = parser.message() {
            body.push(Entry::Message(message));
        } else {
            errors += 1;
            parser.pos = start;
            parser.skip_to_next_entry();
            body.push(Entry::Junk {
                content: parser.since(start),
            });
        }
        parser.skip_blank_lines();
    }
    (Resource { body }, errors)
}

struct Parser<'s> {
    source: &'s str,
    pos: usize,
}

impl<'s> Parser<'s> {
    fn peek(&self) -> Option<u8> {
        self.source.as_bytes().get(self.pos).copied()
    }

    /// The source from `start` to here. Both are at ASCII bytes, where the
    /// parser stops, so `get` always succeeds. A `[..]` slice instead would
    /// bring back str's slice panic and its message formatting, about
    /// 3.7 KB of brotli wasm (see vendor/yew/PATCHED.md).
    fn since(&self, start: usize) -> &'s str {
        self.source.get(start..self.pos).unwrap_or_default()
    }

    fn take(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    fn take_while(&mut self, f: impl Fn(u8) -> bool) -> &'s str {
        let start = self.pos;
        while self.peek().is_some_and(&f) {
            self.pos += 1;
        }
        self.since(start)
    }

    fn skip_spaces(&mut self) {
        self.take_while(|b| b == b' ');
    }

    /// Spaces and line ends.
    fn skip_blank(&mut self) {
        self.take_while(|b| b == b' ' || b == b'\n');
    }

    /// Whole lines of nothing but spaces.
    fn skip_blank_lines(&mut self) {
        loop {
            let start = self.pos;
            self.skip_spaces();
            if self.take(b'\n').is_none() {
                self.pos = start;
                return;
            }
        }
    }

    fn skip_line(&mut self) {
        self.take_while(|b| b != b'\n');
        self.take(b'\n');
    }

    /// To the next line that starts an entry: a letter, `-` or `#`.
    fn skip_to_next_entry(&mut self) {
        self.skip_line();
        while self
            .peek()
            .is_some_and(|b| !(b.is_ascii_alphabetic() || b == b'-' || b == b'#'))
        {
            self.skip_line();
        }
    }

    fn identifier(&mut self) -> Option<Identifier<&'s str>> {
        if !self.peek()?.is_ascii_alphabetic() {
            return None;
        }
        let name = self.take_while(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        Some(Identifier { name })
    }

    fn message(&mut self) -> Option<Message<&'s str>> {
        let id = self.identifier()?;
        self.skip_spaces();
        self.take(b'=')?;
        let value = self.pattern()?;
        // An indented line after it would continue the pattern or be an
        // attribute: not read here.
        let end = self.pos;
        self.skip_blank_lines();
        let line = self.pos;
        self.skip_spaces();
        if self.pos > line && self.peek().is_some() {
            return None;
        }
        self.pos = end;
        Some(Message {
            id,
            value: Some(value),
            attributes: vec![],
            comment: None,
        })
    }

    /// The rest of the line: text and placeables. Like fluent-syntax, blank
    /// text after the last element that is not is dropped, and the last
    /// text loses its trailing spaces.
    fn pattern(&mut self) -> Option<Pattern<&'s str>> {
        self.skip_spaces();
        let mut elements = vec![];
        let mut last_non_blank = None;
        loop {
            match self.peek() {
                None => break,
                Some(b'\n') => {
                    self.pos += 1;
                    break;
                }
                Some(b'{') => {
                    self.pos += 1;
                    let expression = self.placeable()?;
                    last_non_blank = Some(elements.len());
                    elements.push(PatternElement::Placeable { expression });
                }
                Some(b'}' | b'\r') => return None,
                Some(_) => {
                    let value = self.take_while(|b| !matches!(b, b'\n' | b'\r' | b'{' | b'}'));
                    if value.bytes().any(|b| b != b' ') {
                        last_non_blank = Some(elements.len());
                    }
                    elements.push(PatternElement::TextElement { value });
                }
            }
        }
        elements.truncate(last_non_blank? + 1);
        if let Some(PatternElement::TextElement { value }) = elements.last_mut() {
            *value = value.trim_end_matches(' ');
        }
        Some(Pattern { elements })
    }

    /// After `{`: `$variable }`, or a select expression on it.
    fn placeable(&mut self) -> Option<Expression<&'s str>> {
        self.skip_blank();
        self.take(b'$')?;
        let selector = InlineExpression::VariableReference {
            id: self.identifier()?,
        };
        self.skip_blank();
        let expression = if self.source.as_bytes()[self.pos..].starts_with(b"->") {
            self.pos += 2;
            self.skip_spaces();
            self.take(b'\n')?;
            self.skip_blank();
            let mut variants = vec![];
            while matches!(self.peek(), Some(b'[' | b'*')) {
                variants.push(self.variant()?);
                self.skip_blank();
            }
            if variants.iter().filter(|v| v.default).count() != 1 {
                return None;
            }
            Expression::Select { selector, variants }
        } else {
            Expression::Inline(selector)
        };
        self.take(b'}')?;
        Some(expression)
    }

    /// `[key] pattern` or `*[key] pattern`, the default.
    fn variant(&mut self) -> Option<Variant<&'s str>> {
        let default = self.take(b'*').is_some();
        self.take(b'[')?;
        self.skip_blank();
        let key = if self.peek()?.is_ascii_alphabetic() {
            VariantKey::Identifier {
                name: self.identifier()?.name,
            }
        } else {
            let start = self.pos;
            self.take(b'-');
            self.take_while(|b| b.is_ascii_digit());
            if self.take(b'.').is_some() {
                self.take_while(|b| b.is_ascii_digit());
            }
            let value = self.since(start);
            if !value.bytes().last()?.is_ascii_digit() {
                return None;
            }
            VariantKey::NumberLiteral { value }
        };
        self.skip_blank();
        self.take(b']')?;
        let value = self.pattern()?;
        Some(Variant {
            key,
            value,
            default,
        })
    }
}
