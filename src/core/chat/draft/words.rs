//! The reader's view of a text: folded tokens that remember where they came from, and the
//! stems a word may stand for once plurals, diminutives and agreement endings are taken off.
//!
//! Customers write "Camisetas", "rositas", "bolinhos", "Weißwürste", "blancas"; the catalog
//! writes "Camiseta", "rosa", "Bolo", "Weißwurst", "blanco". [`stems`] produces the
//! candidate dictionary forms of a folded word in English, Portuguese, Spanish and German;
//! the catalog index looks each one up, so no rule needs to know which language a word is in.

use crate::core::chat::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, possibly with digits ("20w", "s24", "2x", "250g").
    Word,
    /// Digits with inner separators ("1.448", "89,00", "25.5").
    Number,
    /// "$", "R$", "€", "£"…
    Currency,
    /// Any other visible character that matters for structure: "+ = : , ( ) ? ! . - /".
    Punct(char),
    /// A line break inside the message.
    Newline,
}

/// One token: its folded text and its byte range in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub text: String,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Written in capitals ("M", "CH", "XL"); a one-letter size is only read from capitals.
    pub upper: bool,
    /// Starts with a capital ("Rua", "Karen"): names and street words.
    pub capital: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// A word made only of letters.
    pub fn is_alpha(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().all(char::is_alphabetic)
    }

    /// The number a Number token holds when it is a plain integer ("12", not "1.448").
    pub fn integer(&self) -> Option<i64> {
        if self.kind != Kind::Number || !self.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.text.parse().ok().filter(|n: &i64| *n <= 1_000_000)
    }
}

/// Characters kept as structure tokens; every other symbol (emoji, quotes, `*`) separates.
const PUNCT: &[char] = &[
    '+', '=', ':', ',', ';', '(', ')', '?', '¿', '!', '.', '-', '–', '—', '/', '&', '#', '%', '@',
];

/// A currency's sign: the dollar's, pound's and yen's, and every sign of Unicode's
/// currency block ("€", "₹", "₦", "₱", "₺", "₵").
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '¥' | '¢' | '֏' | '৳' | '฿' | '\u{20a0}'..='\u{20cf}'
    )
}

/// Cuts a text into tokens. Inner apostrophes join ("I'll" → "ill", "hol's" → "hols");
/// "R$" is one currency token; "1.448" and "89,00" are one number each.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == '\n' {
            tokens.push(plain(Kind::Newline, "\n", start, start + 1));
            continue;
        }
        if is_currency_sign(c) {
            let end = start + c.len_utf8();
            tokens.push(plain(Kind::Currency, &fold(&text[start..end]), start, end));
            continue;
        }
        // "S/ 59.90", "S/.45": the Peruvian sol's sign, not a size S.
        if (c == 'S' || c == 's')
            && text[start + 1..].starts_with('/')
            && text[start + 2..]
                .trim_start_matches(['.', ' ', '\u{a0}'])
                .starts_with(|d: char| d.is_ascii_digit())
            && !text[..start].ends_with(|p: char| p.is_alphanumeric())
        {
            chars.next();
            let mut end = start + 2;
            if text[end..].starts_with('.') {
                chars.next();
                end += 1;
            }
            tokens.push(plain(Kind::Currency, "s/", start, end));
            continue;
        }
        if (c == 'R' || c == 'r') && chars.peek().is_some_and(|&(_, n)| n == '$') {
            chars.next();
            tokens.push(plain(Kind::Currency, "r$", start, start + 2));
            continue;
        }
        if !c.is_alphanumeric() {
            if PUNCT.contains(&c) {
                let end = start + c.len_utf8();
                let p = match c {
                    '–' | '—' => '-',
                    '¿' => '?',
                    other => other,
                };
                tokens.push(plain(Kind::Punct(p), &p.to_string(), start, end));
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut digits_only = c.is_ascii_digit();
        while let Some(&(i, n)) = chars.peek() {
            let after = &text[i + n.len_utf8()..];
            // "12k": twelve thousand, the number and its "k" (a screen's "4K" stays a word).
            let thousands = digits_only && n == 'k' && !after.starts_with(char::is_alphanumeric);
            let inner = if thousands {
                false
            } else if n.is_alphanumeric() {
                true
            } else if matches!(n, '\'' | '’') {
                after.starts_with(char::is_alphabetic) && !digits_only
            } else if matches!(n, '.' | ',') {
                digits_only && after.starts_with(|d: char| d.is_ascii_digit())
            } else {
                false
            };
            if !inner {
                break;
            }
            if n.is_alphabetic() {
                digits_only = false;
            }
            chars.next();
            end = i + n.len_utf8();
        }
        let raw = &text[start..end];
        let cleaned: String = raw.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
        let kind = if digits_only {
            Kind::Number
        } else {
            Kind::Word
        };
        let letters = || cleaned.chars().filter(|c| c.is_alphabetic());
        let upper = letters().next().is_some() && letters().all(char::is_uppercase);
        let capital = cleaned.chars().next().is_some_and(char::is_uppercase);
        tokens.push(Token {
            text: fold(&cleaned),
            kind,
            start,
            end,
            upper,
            capital,
        });
    }
    tokens
}

fn plain(kind: Kind, text: &str, start: usize, end: usize) -> Token {
    Token {
        text: text.to_string(),
        kind,
        start,
        end,
        upper: false,
        capital: false,
    }
}

/// The singular forms of a catalog word ("Brigadeiros" → brigadeiro, "pães" → pão): only the
/// plural rules, so the catalog side never gains the looser guesses of [`stems`].
pub(crate) fn singulars(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let n = word.chars().count();
    if n <= 3 || !word.is_ascii() {
        return out;
    }
    let mut push = |s: String| {
        if s.len() >= 3 && !out.contains(&s) {
            out.push(s);
        }
    };
    if let Some(s) = word.strip_suffix("ies") {
        push(format!("{s}y"));
    }
    for (ending, base) in [
        ("oes", "ao"),
        ("aes", "ao"),
        ("eis", "el"),
        ("ais", "al"),
        ("uis", "ul"),
    ] {
        if let Some(s) = word.strip_suffix(ending) {
            push(format!("{s}{base}"));
        }
    }
    if let Some(s) = word.strip_suffix("es") {
        push(s.to_string());
    }
    if let Some(s) = word.strip_suffix('s').filter(|_| !word.ends_with("ss")) {
        push(s.to_string());
    }
    out
}

/// The dictionary forms a folded word may stand for, the word itself first. Rules for
/// plurals (en/pt/es/de), diminutives (-inho/-inha, -ito/-ita, -chen) and adjective
/// agreement (-a/-os/-as, -e/-en/-er/-es) are all tried: a wrong guess finds nothing in the
/// catalog and costs nothing.
pub(crate) fn stems(word: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![word.to_string()];
    let n = word.chars().count();
    if n <= 2 || !word.is_ascii() {
        return out;
    }
    let mut push = |s: String| {
        if s.len() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|s| s.len() >= 2);
    // English.
    if let Some(s) = strip("ies").filter(|_| n > 4) {
        push(format!("{s}y"));
    }
    if let Some(s) = strip("ves") {
        push(format!("{s}f"));
        push(format!("{s}fe"));
    }
    for ending in ["sses", "shes", "ches", "xes", "zes"] {
        if word.ends_with(ending) {
            push(word[..word.len() - 2].to_string());
        }
    }
    // Portuguese: pães → pão, limões → limão, pastéis → pastel, anéis → anel, azuis → azul,
    // barris → barril.
    for (ending, base) in [
        ("oes", "ao"),
        ("aes", "ao"),
        ("eis", "el"),
        ("ais", "al"),
        ("ois", "ol"),
        ("uis", "ul"),
        ("is", "il"),
        ("ns", "m"),
    ] {
        if let Some(s) = word.strip_suffix(ending).filter(|s| !s.is_empty()) {
            push(format!("{s}{base}"));
        }
    }
    // Spanish: luces → luz.
    if let Some(s) = strip("ces") {
        push(format!("{s}z"));
    }
    // Plural -s / -es (all four languages).
    if let Some(s) = strip("es") {
        push(s.to_string());
    }
    if let Some(s) = strip("s").filter(|_| !word.ends_with("ss")) {
        push(s.to_string());
    }
    // German plurals: Brote → Brot, Flaschen → Flasche, Würste → wurst, Körbe → korb.
    for ending in ["en", "n", "e", "er"] {
        if let Some(s) = strip(ending).filter(|_| n > 4) {
            push(s.to_string());
        }
    }
    // Diminutives: bolinho → bolo, rositas → rosa, cafezinho → cafe, Brötchen → brot.
    for (ending, bases) in [
        ("quinhas", &["cas"][..]),
        ("quinha", &["ca"]),
        ("quinhos", &["cos"]),
        ("quinho", &["co"]),
        ("guinha", &["ga"]),
        ("guinho", &["go"]),
        ("quita", &["ca"]),
        ("quito", &["co"]),
        ("zinhos", &["", "o"]),
        ("zinhas", &["", "a"]),
        ("zinho", &["", "o"]),
        ("zinha", &["", "a"]),
        ("inhos", &["o", "a"]),
        ("inhas", &["a", "o"]),
        ("inho", &["o", "a", ""]),
        ("inha", &["a", "o", ""]),
        ("citos", &["", "o"]),
        ("citas", &["", "a"]),
        ("cito", &["", "o"]),
        ("cita", &["", "a"]),
        ("itos", &["o", "a"]),
        ("itas", &["a", "o"]),
        ("ito", &["o", "a"]),
        ("ita", &["a", "o"]),
        ("chen", &[""]),
    ] {
        if let Some(s) = strip(ending).filter(|s| s.len() >= 3) {
            for base in bases {
                push(format!("{s}{base}"));
            }
        }
    }
    // Agreement of adjectives: blancas → blanco, pretas → preto, schwarze → schwarz.
    for (ending, base) in [
        ("as", "o"),
        ("os", "o"),
        ("a", "o"),
        ("o", "a"),
        ("es", ""),
        ("er", ""),
    ] {
        if let Some(s) = strip(ending).filter(|s| s.len() >= 3) {
            push(format!("{s}{base}"));
        }
    }
    out
}

/// Words that never name a product: articles, prepositions, pronouns and fillers in the four
/// languages. Compared with folded words.
pub(crate) fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// Sorted so [`is_stopword`] can search it.
const STOPWORDS: &[&str] = &[
    "a", "al", "algo", "als", "am", "an", "and", "ao", "aos", "as", "at", "auch", "aus", "bei",
    "bis", "c", "com", "con", "d", "da", "das", "de", "dein", "del", "dem", "den", "der", "des",
    "die", "do", "dos", "e", "ein", "eine", "einen", "einer", "el", "em", "en", "es", "et", "eu",
    "for", "fur", "i", "im", "in", "it", "ja", "la", "las", "le", "lo", "los", "me", "mi", "mio",
    "mit", "my", "na", "nas", "no", "nos", "o", "of", "on", "or", "os", "ou", "para", "por", "pra",
    "que", "se", "sie", "su", "te", "the", "tipo", "to", "tu", "u", "um", "uma", "un", "una",
    "und", "uno", "vom", "von", "with", "y", "zu", "zum", "zur",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_keep_structure() {
        assert_eq!(
            texts("2x USB-C 6 ft ($25.98) + 20W = $41.97"),
            [
                "2x", "usb", "-", "c", "6", "ft", "(", "$", "25.98", ")", "+", "20w", "=", "$",
                "41.97"
            ]
        );
        assert_eq!(
            texts("Pix feito! R$ 555,00\nok"),
            ["pix", "feito", "!", "r$", "555,00", "\n", "ok"]
        );
        assert_eq!(texts("I'll hol's 1.448"), ["ill", "hols", "1.448"]);
        assert_eq!(texts("Größe 3. OG"), ["grosse", "3", ".", "og"]);
        assert_eq!(texts("¿tienes?"), ["?", "tienes", "?"]);
    }

    #[test]
    fn capitals() {
        let t = tokenize("talla M y CH, Rua x");
        assert!(t[1].upper && t[3].upper && !t[0].upper);
        assert!(t[5].capital && !t[6].capital);
    }

    #[test]
    fn stems_cover_the_four_languages() {
        let has = |w: &str, s: &str| stems(w).iter().any(|x| x == s);
        for (word, stem) in [
            ("camisetas", "camiseta"),
            ("azuis", "azul"),
            ("barris", "barril"),
            ("scarves", "scarf"),
            ("berries", "berry"),
            ("dresses", "dress"),
            ("rositas", "rosa"),
            ("bolinhos", "bolo"),
            ("bolinho", "bolo"),
            ("blancas", "blanco"),
            ("pretas", "preto"),
            ("negra", "negro"),
            ("schwarze", "schwarz"),
            ("brote", "brot"),
            ("flaschen", "flasche"),
            ("wurste", "wurst"),
            ("paes", "pao"),
            ("limoes", "limao"),
            ("pasteis", "pastel"),
            ("blusas", "blusa"),
            ("aretes", "arete"),
            ("centos", "cento"),
            ("hemden", "hemd"),
            ("balsamos", "balsamo"),
            ("touquinha", "touca"),
            ("chiquita", "chica"),
        ] {
            assert!(has(word, stem), "{word} → {stem}: {:?}", stems(word));
        }
        assert_eq!(stems("ok"), ["ok"]);
    }

    #[test]
    fn stopwords_are_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("de") && !is_stopword("bolo"));
    }
}
