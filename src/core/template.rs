//! `{placeholder}` templates for summaries, links, reminders and receipts.
//!
//! A template is checked once, when the config is loaded, against the placeholders its use
//! offers, so a typo ("{totl}") is a clear config error instead of a broken message.
//! `{{` and `}}` write literal braces. A line whose placeholders all come out empty is left
//! out, so "Pay here: {link}" disappears while an order has no link.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TemplateError {
    #[error("unknown placeholder {{{name}}} (known: {known})")]
    Unknown { name: String, known: String },
    #[error("unclosed '{{' at character {0}; write '{{{{' for a literal brace")]
    Unclosed(usize),
    #[error("stray '}}' at character {0}; write '}}}}' for a literal brace")]
    Stray(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    lines: Vec<Vec<Piece>>,
}

impl Template {
    /// Parses `text`, accepting only the placeholders in `known`.
    pub fn parse(text: &str, known: &[&str]) -> Result<Template, TemplateError> {
        let mut lines = Vec::new();
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|&(_, n)| n) == Some('{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().map(|&(_, n)| n) == Some('}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => return Err(TemplateError::Stray(at)),
                '\n' => {
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    lines.push(std::mem::take(&mut pieces));
                }
                '{' => {
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some((_, '}')) => break,
                            Some((_, ch)) if ch.is_alphanumeric() || ch == '_' => name.push(ch),
                            _ => return Err(TemplateError::Unclosed(at)),
                        }
                    }
                    if !known.contains(&name.as_str()) {
                        return Err(TemplateError::Unknown {
                            name,
                            known: known.join(" "),
                        });
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Field(name));
                }
                _ => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        lines.push(pieces);
        Ok(Template { lines })
    }

    /// Fills the placeholders; `value` answers for each name (None renders as empty).
    pub fn render(&self, value: impl Fn(&str) -> Option<String>) -> String {
        let mut out: Vec<String> = Vec::with_capacity(self.lines.len());
        for line in &self.lines {
            let mut text = String::new();
            let (mut fields, mut empty) = (0, 0);
            for piece in line {
                match piece {
                    Piece::Text(t) => text.push_str(t),
                    Piece::Field(name) => {
                        fields += 1;
                        let v = value(name).unwrap_or_default();
                        if v.is_empty() {
                            empty += 1;
                        }
                        text.push_str(&v);
                    }
                }
            }
            if fields == 0 || empty < fields {
                out.push(text);
            }
        }
        out.join("\n")
    }

    /// Names used, in order; lets callers skip computing values nobody asked for.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().flatten().filter_map(|p| match p {
            Piece::Field(n) => Some(n.as_str()),
            Piece::Text(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_and_literal_braces() {
        let t =
            Template::parse("Order {order_no}: {{ok}} {total}", &["order_no", "total"]).unwrap();
        let out = t.render(|n| Some(format!("<{n}>")));
        assert_eq!(out, "Order <order_no>: {ok} <total>");
        assert_eq!(t.fields().collect::<Vec<_>>(), ["order_no", "total"]);
    }

    #[test]
    fn config_mistakes_are_named() {
        let e = Template::parse("{totl}", &["total"]).unwrap_err();
        assert_eq!(e.to_string(), "unknown placeholder {totl} (known: total)");
        assert_eq!(
            Template::parse("a {total", &["total"]),
            Err(TemplateError::Unclosed(2))
        );
        assert_eq!(Template::parse("a } b", &[]), Err(TemplateError::Stray(2)));
        assert_eq!(
            Template::parse("{to tal}", &["total"]),
            Err(TemplateError::Unclosed(0))
        );
    }

    #[test]
    fn lines_with_only_empty_fields_are_left_out() {
        let t = Template::parse(
            "Hi {name}\nPay: {link}\n\n{name} {link}\nBye",
            &["link", "name"],
        )
        .unwrap();
        let name = |n: &str| (n == "name").then(|| "Mei".to_string());
        assert_eq!(t.render(name), "Hi Mei\n\nMei \nBye");
        assert_eq!(t.render(|_| None), "\nBye");
    }
}
