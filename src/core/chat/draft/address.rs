//! Delivery addresses in a customer's message: a street line ("Rua Harmonia, 512",
//! "1807 S 1st St", "Tegernseer Landstraße 150") and the locality lines after it, with
//! lead-ins ("Mi dirección:", "ship to", "Lieferung bitte nach"), a recipient's name line and
//! instructions after the postcode ("Bei Berger klingeln") left out. Also a meeting point
//! ("entregar en metro Insurgentes").

use super::cues::{self, Cue};
use super::phrases::Words;
use super::words::{Kind, Token, tokenize};
use crate::core::money::Currency;

/// How sure an address with its postcode is (one without is less).
pub(crate) const WITH_POSTCODE: u8 = 90;

/// An address found in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Lines joined with ", ".
    pub text: String,
    /// Byte range in the message text, for keeping product words out of it.
    pub start: usize,
    pub end: usize,
    /// A name written on the line before the street ("Karen Salinas") or before it on the
    /// same line ("Kerstin Roth, Tegernseer…").
    pub name: Option<String>,
    /// 0–100: a street with a number and a postcode is surer than a place name.
    pub confidence: u8,
}

/// Words that start a street name ("Rua", "Av.", "C/", "Calle", "Bv.", "Plaza").
const STREET_FIRST: &[&str] = &[
    "rua",
    "r",
    "av",
    "avda",
    "avd",
    "avenida",
    "alameda",
    "al",
    "travessa",
    "trav",
    "tv",
    "estrada",
    "rodovia",
    "praca",
    "praceta",
    "largo",
    "beco",
    "ladeira",
    "calcada",
    "calle",
    "c",
    "cl",
    "carrera",
    "cra",
    "kr",
    "privada",
    "priv",
    "paseo",
    "pso",
    "calzada",
    "camino",
    "callejon",
    "cerrada",
    "circuito",
    "boulevard",
    "bulevar",
    "blvd",
    "bv",
    "bvd",
    "bvar",
    "diagonal",
    "diag",
    "pasaje",
    "psje",
    "jr",
    "jiron",
    "pje",
    "ruta",
    "autopista",
    "transversal",
    "plaza",
    "pza",
    "ronda",
    "rambla",
    "via",
    "viale",
    "rue",
    "prolongacion",
    "andador",
    "avinguda",
    "carrer",
    "passatge",
    "passagem",
    "travesia",
    "vereda",
    "quadra",
    "sector",
];

/// Words that end a street name (English), after the house number and name.
const STREET_LAST: &[&str] = &[
    "st",
    "street",
    "ave",
    "avenue",
    "rd",
    "road",
    "ln",
    "lane",
    "dr",
    "drive",
    "way",
    "ct",
    "court",
    "pl",
    "place",
    "ter",
    "terrace",
    "hwy",
    "highway",
    "pkwy",
    "parkway",
    "blvd",
    "boulevard",
    "cir",
    "circle",
    "sq",
    "square",
    "trl",
    "trail",
    "loop",
    "row",
    "hill",
    "crescent",
    "croft",
    "close",
    "gardens",
    "grove",
    "mews",
    "walk",
    "park",
    "rise",
    "parade",
    "green",
    "view",
    "vale",
    "wharf",
    "quay",
    "yard",
];

/// Titles abbreviated in street names, whose full stop ends no sentence: "Rua Prof.
/// Brasílio…", "Av. Gral. Paz", "Rua Eng. Rebouças", "Calle Pbro. Ruiz".
const TITLES: &[&str] = &[
    "prof", "profa", "gral", "pres", "cel", "eng", "pbro", "mons", "brig", "cmte", "cap", "maj",
    "marq", "visc", "cond", "dom", "dona", "sta", "sto", "gov", "dep", "sen", "des", "pref",
];

/// A word a full stop after which ends no sentence: a short one ("Av.", "Nr.") or a title.
fn is_abbreviation(t: &Token) -> bool {
    t.is_word() && (t.text.len() <= 3 || TITLES.contains(&t.text.as_str()))
}

/// Endings of German street words ("Belgradstraße", "Gollierstr", "Lindenweg").
const GERMAN_STREET: &[&str] = &[
    "strasse",
    "str",
    "weg",
    "allee",
    "platz",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "steig",
    "markt",
    "hof",
    "berg",
    "graben",
    "landstrasse",
    "stieg",
    "twiete",
    "kamp",
];

/// Words that stand before a German street name ("Am Schleusengraben", "Alte Holstenstraße").
const GERMAN_STREET_PREFIX: &[&str] = &[
    "am", "an", "im", "in", "auf", "zum", "zur", "hinter", "unter", "uber", "alte", "alter",
    "neue", "neuer", "grosse", "grosser", "kleine", "kleiner", "obere", "untere", "lange",
    "breite", "hohe",
];

/// A line or part before the street that belongs to the address: "Flat 3", "Apto 12",
/// "Temple Quay House".
const BUILDING_FIRST: &[&str] = &[
    "flat",
    "office",
    "shop",
    "plot",
    "bungalow",
    "villa",
    "apt",
    "apartment",
    "unit",
    "suite",
    "apto",
    "apartamento",
    "depto",
    "dpto",
    "dto",
    "edificio",
    "edificio",
    "bloco",
    "torre",
    "casa",
    "piso",
    "predio",
    "gate",
    "block",
    "blk",
    "lot",
    "door",
    "room",
    "floor",
    "level",
    "lote",
    "manzana",
    "mz",
    "departamento",
    "wohnung",
    "whg",
    "stiege",
    "sala",
    "loja",
    "cond",
    "condominio",
    "habitacion",
    "hab",
    "quarto",
    "zimmer",
    "oficina",
    "consultorio",
    "local",
    "clinica",
    "clinic",
    "hospital",
    "hotel",
];
const BUILDING_LAST: &[&str] = &[
    "house",
    "building",
    "tower",
    "towers",
    "centre",
    "center",
    "court",
    "hall",
    "lodge",
    "apartment",
    "apartments",
    "residences",
    "homes",
    "mansion",
    "edificio",
    "residencial",
    "condominio",
];

fn is_german_street(word: &str) -> bool {
    GERMAN_STREET
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// A German street word that stands on its own after a name ("Sander Damm", "Pariser
/// Str.", "Tegernseer Landstraße").
fn is_german_street_word(word: &str) -> bool {
    GERMAN_STREET.contains(&word) || word == "strasse" || is_german_street(word)
}

/// A UK postcode's parts: "LS6" + "3AA", "BS1" + "6DG", "SW1A" + "1AA".
fn uk_postcode(a: &Token, b: &Token) -> bool {
    let outward = |t: &str| {
        let c: Vec<char> = t.chars().collect();
        (2..=4).contains(&c.len())
            && c[0].is_ascii_alphabetic()
            && c.iter().any(char::is_ascii_digit)
            && c.iter().all(char::is_ascii_alphanumeric)
    };
    let inward = |t: &str| {
        let c: Vec<char> = t.chars().collect();
        c.len() == 3
            && c[0].is_ascii_digit()
            && c[1].is_ascii_alphabetic()
            && c[2].is_ascii_alphabetic()
    };
    a.upper && b.upper && outward(&a.text) && inward(&b.text)
}

/// A postcode starting at token `i`: 5 digits (US, DE, MX, ES, FR), Brazil's 00000-000,
/// Portugal's 0000-000, Argentina's X5000, the UK's LS6 3AA. Returns its length in tokens.
fn postcode_at(tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if t.is_word() {
        // "X5000" (Argentina), "C1414ABC"
        let c: Vec<char> = t.text.chars().collect();
        if t.upper
            && c.len() >= 5
            && c[0].is_ascii_alphabetic()
            && c[1..5].iter().all(char::is_ascii_digit)
        {
            return Some(1);
        }
        if let Some(next) = tokens.get(i + 1)
            && uk_postcode(t, next)
        {
            return Some(2);
        }
        return None;
    }
    if t.kind != Kind::Number || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let dash_digits = |n: usize| {
        tokens
            .get(i + 1)
            .is_some_and(|d| d.kind == Kind::Punct('-') && d.start == t.end)
            && tokens.get(i + 2).is_some_and(|d| {
                d.kind == Kind::Number && d.text.len() == n && d.start == tokens[i + 1].end
            })
    };
    // "1070 Wien", "8001 Zürich": four digits opening a line with only the town after them
    // (a street number opens its line too, but the street follows: "4100 Westbank Dr").
    let town_line = || {
        let line_start = i == 0 || tokens[i - 1].kind == Kind::Newline;
        let town = tokens.get(i + 1).is_some_and(|w| w.is_word() && w.capital);
        let after = tokens.get(i + 2);
        line_start
            && town
            && after.is_none_or(|a| matches!(a.kind, Kind::Newline | Kind::Punct(',')))
    };
    // "Pune 411045", "Bogotá 110111", "Pune - 411045": six digits after the town, ending
    // the line (India, Colombia); elsewhere six digits are a reference or a code.
    let after_town = || {
        let town_at = match i.checked_sub(1).map(|b| &tokens[b]) {
            Some(b) if b.kind == Kind::Punct('-') => i.checked_sub(2),
            _ => i.checked_sub(1),
        };
        let town = town_at.is_some_and(|k| tokens[k].is_alpha() && tokens[k].capital);
        let ends = tokens
            .get(i + 1)
            .is_none_or(|n| matches!(n.kind, Kind::Newline | Kind::Punct(',' | '.')));
        town && ends
    };
    // "Soweto\n1801": four digits alone on the last line of an address (South Africa,
    // Australia, Austria, Switzerland); after a town on its line they are as often the
    // house number ("Av. Vallarta 3120").
    let own_line = || {
        let line_start = i == 0 || tokens[i - 1].kind == Kind::Newline;
        line_start
            && i > 0
            && tokens
                .get(i + 1)
                .is_none_or(|n| matches!(n.kind, Kind::Newline))
    };
    match t.text.len() {
        6 if after_town() => Some(1),
        5 if dash_digits(3) => Some(3),
        4 if dash_digits(3) => Some(3),
        5 => Some(1),
        4 if town_line() || own_line() => Some(1),
        _ => None,
    }
}

/// Features of one line of a message.
#[derive(Debug, Clone, Copy, Default)]
struct LineShape {
    /// Token index where a street address starts on this line.
    street: Option<usize>,
    postcode_end: Option<usize>,
    /// Short, capitalised, no cue words: "Vila Clementino", "Round Rock, TX 78681".
    locality: bool,
    /// Two to four capitalised words and nothing else: a person's name.
    name: bool,
    /// "Flat 3", "Temple Quay House": part of the address before the street.
    building: bool,
}

/// Where the sentence that token `i` is in ends.
/// Where the sentence around each token of `from..to` ends: the first "!", "?" or full stop
/// before a capital after it ("Rua X, 12. Deixa na portaria"), or `to`. One pass from the
/// end, so a long line costs no more than its length.
fn sentence_ends(tokens: &[Token], from: usize, to: usize) -> Vec<usize> {
    let ends_sentence = |k: usize| {
        matches!(tokens[k].kind, Kind::Punct('!' | '?'))
            || (tokens[k].kind == Kind::Punct('.')
                && k > 0
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.start > tokens[k].end && n.capital)
                && !is_abbreviation(&tokens[k - 1])
                && tokens[k - 1].kind != Kind::Number)
    };
    let mut ends = vec![to; to.saturating_sub(from)];
    let mut next = to;
    for k in (from..to).rev() {
        ends[k - from] = next;
        if ends_sentence(k) {
            next = k;
        }
    }
    ends
}

fn shape(words: &Words, from: usize, to: usize) -> LineShape {
    let tokens = &words.tokens;
    let mut s = LineShape::default();
    let word_ix: Vec<usize> = (from..to).filter(|&i| tokens[i].is_word()).collect();
    let ends = sentence_ends(tokens, from, to);
    for i in from..to {
        if let Some(len) = postcode_at(tokens, i)
            && i + len <= to
            && (tokens[i].is_word() || s.street.is_some() || i > from || to - from <= 4)
        {
            s.postcode_end = Some(i + len);
        }
        if s.street.is_some() {
            continue;
        }
        s.street = street_at(words, i, from, to, ends[i - from]);
    }
    // "La dirección es Loyola 1140", "Mandalo a Ramallo 2360": after an address lead-in, a
    // name and a number are a street even without a street word.
    if s.street.is_none() {
        // "lo mandan todo a mi casa para el sábado: Los Aromos 1540": a colon after words
        // about delivering leads in the address too.
        let colons = (from..to)
            .filter(|&k| tokens[k].is_punct(':') && cues::has(Cue::Delivery, words, from, k))
            .map(|k| (k, k + 1));
        let leads: Vec<(usize, usize)> = cues::find(Cue::AddressLead, words, from, to)
            .into_iter()
            .chain(colons)
            .collect();
        for (_, lead_end) in leads {
            let first = (lead_end..to.min(lead_end + 3))
                .find(|&k| tokens[k].capital && tokens[k].is_alpha());
            if let Some(k) = first
                && (k + 1..to.min(k + 6))
                    .any(|n| tokens[n].kind == Kind::Number && tokens[n].text.len() <= 5)
            {
                s.street = Some(k);
                break;
            }
        }
    }
    let content = to - from;
    let capitalised = word_ix
        .iter()
        .filter(|&&i| tokens[i].capital || tokens[i].upper)
        .count();
    s.locality = content > 0
        && word_ix.len() <= 7
        && capitalised * 2 >= word_ix.len().max(1)
        && !(from..to).any(|i| matches!(tokens[i].kind, Kind::Punct('?' | '!')))
        && !cues::has(Cue::Claim, words, from, to)
        && !cues::has(Cue::Promise, words, from, to);
    s.name = (2..=4).contains(&word_ix.len())
        && word_ix.len() == content
        && word_ix
            .iter()
            .all(|&i| tokens[i].capital && tokens[i].is_alpha());
    // "Torre B", and typed in lower case with its number: "torre 2, habitación 412".
    s.building = word_ix.first().is_some_and(|&i| {
        BUILDING_FIRST.contains(&tokens[i].text.as_str())
            && (tokens[i].capital || tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Number))
    }) || word_ix
        .last()
        .is_some_and(|&i| BUILDING_LAST.contains(&tokens[i].text.as_str()) && tokens[i].capital);
    s
}

/// A street starting at token `i` of a line `from..to`.
/// `end` is where the sentence around `i` ends.
fn street_at(words: &Words, i: usize, from: usize, to: usize, end: usize) -> Option<usize> {
    let tokens = &words.tokens;
    let t = &tokens[i];
    let number_within =
        |a: usize, n: usize| (a..end.min(a + n)).any(|k| tokens[k].kind == Kind::Number);
    // "pasaje los copihues 0871", "rua augusta 1200": typed all in lower case, a street word
    // that starts the line still starts a street.
    let lower_start = i == from && !t.capital && t.text.len() >= 3;
    if t.is_word() && (t.capital || lower_start) {
        // "Rua Harmonia, 512", "Rua dos Fanqueiros, 210", "Rua 5 de Outubro, 43",
        // "Avda. de la Constitución 12", "C/ Betis 31", "Bv. San Juan 870"
        if STREET_FIRST.contains(&t.text.as_str()) && number_within(i + 1, 9) {
            let mut k = i + 1;
            while k < end && matches!(tokens[k].kind, Kind::Punct('.' | '/')) {
                k += 1;
            }
            let next = tokens.get(k).filter(|_| k < end);
            let named = next.is_some_and(|a| {
                a.capital
                    || (lower_start && a.is_alpha())
                    || a.kind == Kind::Number
                    // "Cra 43A # 1 Sur - 100": a numbered street with a letter.
                    || a.text.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        a.text.as_str(),
                        "de" | "da"
                            | "do"
                            | "dos"
                            | "das"
                            | "del"
                            | "la"
                            | "los"
                            | "las"
                            | "of"
                            | "the"
                            | "al"
                            | "el"
                    )
            });
            // "C" and "R" alone are streets only with their "/" or "." ("C/ Betis", "R. Augusta").
            let short_ok = t.text.len() > 1 || k > i + 1;
            if named && short_ok {
                // "1a Avenida Sur", "5a Calle Poniente", "2nd Avenue": the street's ordinal.
                if i > from && is_ordinal(&tokens[i - 1]) {
                    return Some(i - 1);
                }
                return Some(i);
            }
        }
        // "Belgradstraße 27", "Sander Damm 12", "Pariser Str. 9", "Am Schleusengraben 5"
        let number_next = |k: usize| {
            tokens
                .get(k)
                .filter(|_| k < to)
                .is_some_and(|n| n.kind == Kind::Number)
                || (tokens.get(k).is_some_and(|n| n.kind == Kind::Punct('.'))
                    && tokens
                        .get(k + 1)
                        .filter(|_| k + 1 < to)
                        .is_some_and(|n| n.kind == Kind::Number))
        };
        if is_german_street_word(&t.text) && number_next(i + 1) {
            let mut start = i;
            let standalone = !is_german_street(&t.text);
            if start > from && tokens[start - 1].capital && tokens[start - 1].is_alpha() {
                let prev = tokens[start - 1].text.as_str();
                if standalone || prev.ends_with("er") || GERMAN_STREET_PREFIX.contains(&prev) {
                    start -= 1;
                }
            }
            while start > from
                && tokens[start - 1].capital
                && GERMAN_STREET_PREFIX.contains(&tokens[start - 1].text.as_str())
            {
                start -= 1;
            }
            if standalone && start == i {
                return None;
            }
            return Some(start);
        }
    }
    // "1807 S 1st St", "22 Otley Road", "2 The Square", "1102 Calle del Norte"
    if t.kind == Kind::Number && t.text.len() <= 6 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        let ahead = &tokens[i + 1..to.min(i + 7)];
        let named_after = ahead
            .iter()
            .take_while(|a| a.is_word() || a.kind == Kind::Punct('.'))
            .any(|a| STREET_LAST.contains(&a.text.as_str()) && a.capital);
        let street_word_next = ahead.first().is_some_and(|a| {
            a.capital && STREET_FIRST.contains(&a.text.as_str()) && a.text.len() > 2
        });
        if (named_after || street_word_next)
            && ahead.first().is_some_and(|a| a.is_word() && a.capital)
        {
            return Some(i);
        }
        // "15 avenida 3-42 zona 1", "13 calle 2-60": a numbered street, then the house as
        // "block-number", as Guatemala and Colombia write them, in any case.
        let numbered_street = ahead.first().is_some_and(|a| {
            a.is_word() && STREET_FIRST.contains(&a.text.as_str()) && a.text.len() > 2
        }) && ahead.len() >= 4
            && ahead[1].kind == Kind::Number
            && ahead[2].kind == Kind::Punct('-')
            && ahead[3].kind == Kind::Number
            && ahead[2].start == ahead[1].end
            && ahead[3].start == ahead[2].end;
        if numbered_street {
            return Some(i);
        }
    }
    None
}

/// "1a", "5ª", "2nd", "3ra", "4th": a number written as an ordinal.
fn is_ordinal(t: &Token) -> bool {
    let text = t.text.as_str();
    let Some(at) = text.find(|c: char| !c.is_ascii_digit()) else {
        return false;
    };
    at > 0
        && at <= 2
        && matches!(
            &text[at..],
            "a" | "o"
                | "ª"
                | "º"
                | "st"
                | "nd"
                | "rd"
                | "th"
                | "ra"
                | "ro"
                | "er"
                | "era"
                | "ta"
                | "to"
        )
}

/// A message's lines as token ranges.
fn lines_of(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == Kind::Newline {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, tokens.len()));
    lines
}

/// The address in a message, if there is one.
pub(crate) fn find(text: &str) -> Option<Found> {
    let tokens = tokenize(text);
    let words = Words::new(tokens.clone());
    let lines = lines_of(&tokens);
    let shapes: Vec<LineShape> = lines.iter().map(|&(a, b)| shape(&words, a, b)).collect();
    let first = shapes
        .iter()
        .position(|s| s.street.is_some())
        .or_else(|| building_led(&tokens, &lines, &shapes));
    let Some(first) = first else {
        return place_lines(text, &words, &lines, false)
            .or_else(|| meeting_point(text, &tokens, &words));
    };
    let (line_start, line_end) = lines[first];
    let mut street = shapes[first].street.unwrap_or(line_start);
    // "5/210 Sydney Rd", "Unit 4/18 Rathdowne St": the flat's number before the house's,
    // the Australian way, and the word for the flat before it.
    if street >= line_start + 2
        && tokens[street - 1].is_punct('/')
        && tokens[street - 1].start == tokens[street - 2].end
        && tokens[street].start == tokens[street - 1].end
        && tokens[street - 2].kind == Kind::Number
    {
        street -= 2;
        if street > line_start
            && tokens[street - 1].capital
            && BUILDING_FIRST.contains(&tokens[street - 1].text.as_str())
        {
            street -= 1;
        }
    }
    // "Flat 3, 14 Cotham Hill", "Temple Quay House, 2 The Square": the building before the
    // street is part of the address.
    if street > line_start && tokens[street - 1].kind == Kind::Punct(',') {
        let comma = street - 1;
        let mut seg = comma;
        while seg > line_start
            && !matches!(
                tokens[seg - 1].kind,
                Kind::Punct(',' | '?' | '!' | '.' | ':')
            )
        {
            seg -= 1;
        }
        let part: Vec<&Token> = tokens[seg..comma]
            .iter()
            .filter(|t| t.is_word() || t.is_number())
            .collect();
        let first_word = part.iter().find(|t| t.is_word());
        let last_word = part.iter().rev().find(|t| t.is_word());
        let building = first_word
            .is_some_and(|w| w.capital && BUILDING_FIRST.contains(&w.text.as_str()))
            || last_word.is_some_and(|w| w.capital && BUILDING_LAST.contains(&w.text.as_str()));
        if building && part.len() <= 5 && part.iter().all(|t| t.capital || t.is_number() || t.upper)
        {
            street = seg;
        }
    }
    // "No. 23 Aminu Kano Crescent", "Nr. 5": the word for number before the house number.
    if street >= line_start + 2
        && tokens[street].kind == Kind::Number
        && tokens[street - 1].is_punct('.')
        && matches!(tokens[street - 2].text.as_str(), "no" | "nr" | "num")
        && tokens[street - 2].capital
    {
        street -= 2;
    }
    let mut name = None;
    // "Kerstin Roth, Tegernseer Landstraße 150": a name before the street on its line.
    if street > line_start {
        let before: Vec<&Token> = tokens[line_start..street].iter().collect();
        let comma_before = before.last().is_some_and(|t| t.kind == Kind::Punct(','));
        let words_before: Vec<&&Token> = before.iter().filter(|t| t.is_word()).collect();
        if comma_before && (2..=3).contains(&words_before.len()) {
            let tail: Vec<&&Token> = words_before.iter().rev().take(2).rev().copied().collect();
            if tail.iter().all(|t| t.capital && t.is_alpha())
                && !cues::has(Cue::AddressLead, &words, line_start, street)
            {
                let from = tail[0].start;
                let to = tail[tail.len() - 1].end;
                name = Some(text[from..to].to_string());
            }
        }
    }
    // "Clínica Las Américas" / "Diagonal 75B # 2A-80": a building's own line above the
    // street is the address's first part; a person's name may stand above it.
    let mut lead: Option<(usize, usize)> = None;
    if street == line_start && first > 0 && shapes[first - 1].building {
        lead = Some(lines[first - 1]);
    }
    let above = if lead.is_some() {
        first.checked_sub(2)
    } else {
        first.checked_sub(1)
    };
    if name.is_none()
        && let Some(k) = above
        && shapes[k].name
        && !shapes[k].building
    {
        let (a, b) = lines[k];
        name = Some(text[tokens[a].start..tokens[b - 1].end].to_string());
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some((a, b)) = lead {
        parts.push(text[tokens[a].start..tokens[b - 1].end].to_string());
    }
    let mut end_byte;
    let mut postcode_seen;
    {
        let (text_part, cut_end, postcode) =
            line_part(text, &tokens, street, line_end, &shapes[first]);
        parts.push(text_part);
        end_byte = cut_end;
        postcode_seen = postcode;
    }
    let mut stopped_inside_line =
        end_byte < tokens.get(line_end.saturating_sub(1)).map_or(0, |t| t.end);
    let mut k = first + 1;
    while k < lines.len() && !stopped_inside_line && !postcode_seen {
        let (a, b) = lines[k];
        let s = &shapes[k];
        // "Prédio azul, 3º andar, flat 6": a building, floor or flat line goes on too.
        if a >= b || !(s.locality || s.postcode_end.is_some() || s.street.is_some() || s.building) {
            break;
        }
        if cues::has(Cue::Claim, &words, a, b)
            || cues::has(Cue::Promise, &words, a, b)
            || is_label_line(&tokens, a, b)
        {
            break;
        }
        let (text_part, cut_end, postcode) = line_part(text, &tokens, a, b, s);
        parts.push(text_part);
        end_byte = cut_end;
        postcode_seen = postcode;
        stopped_inside_line = end_byte < tokens[b - 1].end;
        k += 1;
    }
    let joined = parts
        .iter()
        .map(|p| p.trim().trim_end_matches([',', ';']).trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if joined.is_empty() {
        return None;
    }
    let confidence = if postcode_seen { WITH_POSTCODE } else { 75 };
    Some(Found {
        text: joined,
        start: tokens[street].start,
        end: end_byte,
        name,
        confidence,
    })
}

/// "Ref: next to the market", "Landmark: opposite Mega Chicken", "Obs: ...": a line led by
/// a label and a colon says how to find the place, and ends the address.
fn is_label_line(tokens: &[Token], a: usize, b: usize) -> bool {
    b > a + 1 && tokens[a].is_word() && tokens[a + 1].is_punct(':')
}

/// Short words that join the capitalised words of a place name ("Centralidade do Kilamba",
/// "San Juan de Lurigancho", "off Allen Avenue").
const PLACE_JOINERS: &[&str] = &[
    "de", "do", "da", "dos", "das", "del", "la", "las", "los", "of", "off", "the", "y", "e", "am",
    "im", "an", "bei", "nº",
    // Corners and landmarks: "1432 c/ Bélgica", "3320 casi Venezuela", "esq. Colón", "near
    // St. Mary's", "opp. the market", "Ecke Hauptstraße", "perto do mercado".
    "c", "casi", "esq", "esquina", "entre", "near", "opp", "opposite", "behind", "beside", "corner",
    "ecke", "perto", "frente", "junto", "al", "ao", "lado",
];

/// Articles that start a house's or a place's name, never a person's ("The Old Forge").
const ARTICLES: &[&str] = &[
    "the", "la", "el", "los", "las", "o", "a", "os", "as", "der", "die", "das",
];

/// Where the streets have no street word or no number: the lines of places a customer
/// sends after an address lead that ends its line ("Address:", "Deliver to", "Address is")
/// or, with `answering` (the shop has just spoken of delivering or asked where to), as the
/// whole message ("Benito Blanco 1127 apto 301 / Pocitos", "Talatona, Condomínio Jardim de
/// Rosas / Casa 17", "Está bem. Centralidade do Kilamba / Quarteirão Q12, Edifício 4").
/// A first line that is only a person's name is the recipient, not the place.
pub(crate) fn place_block(text: &str, answering: bool) -> Option<Found> {
    let words = Words::new(tokenize(text));
    let lines = lines_of(&words.tokens);
    place_lines(text, &words, &lines, answering)
}

/// [`place_block`] over a message already cut into tokens and lines.
fn place_lines(
    text: &str,
    words: &Words,
    lines: &[(usize, usize)],
    answering: bool,
) -> Option<Found> {
    let tokens = &words.tokens;
    let led = lines.iter().position(|&(a, b)| lead_ends_line(words, a, b));
    let (first_line, first_token) = match led {
        Some(l) if l + 1 < lines.len() => (l + 1, lines[l + 1].0),
        Some(_) => return None,
        None if answering => (0, after_last_sentence(tokens, lines[0].0, lines[0].1)),
        None => return None,
    };
    let mut block: Vec<(usize, usize)> = Vec::new();
    for (k, &(a, b)) in lines.iter().enumerate().skip(first_line).take(6) {
        let a = if k == first_line { first_token } else { a };
        if a >= b || !place_line(words, a, b) {
            break;
        }
        block.push((a, b));
    }
    // The recipient's name first: "Corinne Huber / Im Lee 22 / 8410 Winterthur".
    let mut name = None;
    if block.len() >= 3 || (led.is_some() && block.len() >= 2) {
        let (a, b) = block[0];
        let person = (2..=4).contains(&(b - a))
            && tokens[a..b].iter().all(|t| t.is_alpha() && t.capital)
            && !ARTICLES.contains(&tokens[a].text.as_str())
            && !tokens[a..b].iter().any(|t| {
                let w = t.text.as_str();
                STREET_LAST.contains(&w) || STREET_FIRST.contains(&w) || BUILDING_FIRST.contains(&w)
            });
        if person {
            name = Some(text[tokens[a].start..tokens[b - 1].end].to_string());
            block.remove(0);
        }
    }
    let (&(start, _), &(_, _)) = (block.first()?, block.last()?);
    let has_digit = block.iter().any(|&(a, b)| {
        tokens[a..b]
            .iter()
            .any(|t| t.text.bytes().any(|c| c.is_ascii_digit()))
    });
    if led.is_none() {
        // Without a lead the message must look like nothing but an address: a number in it,
        // more than one place, and no line that starts with a count ("2 Kaschmir Petrol").
        let places = block.len()
            + block
                .iter()
                .map(|&(a, b)| tokens[a..b].iter().filter(|t| t.is_punct(',')).count())
                .sum::<usize>();
        let counted = block.iter().any(|&(a, b)| {
            tokens[a].kind == Kind::Number
                && tokens[a].text.len() <= 3
                && !tokens[a + 1..b]
                    .iter()
                    .any(|t| t.capital && STREET_LAST.contains(&t.text.as_str()))
        });
        if !has_digit || places < 2 || counted {
            return None;
        }
    }
    let mut parts = Vec::new();
    let mut end_byte = tokens[start].end;
    let mut postcode_seen = false;
    for &(a, b) in &block {
        let shape = shape(words, a, b);
        let (part, cut, postcode) = line_part(text, tokens, a, b, &shape);
        parts.push(part);
        end_byte = cut;
        postcode_seen |= postcode;
    }
    let joined = parts
        .iter()
        .map(|p| p.trim().trim_end_matches([',', ';']).trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    (!joined.is_empty()).then(|| Found {
        text: joined,
        start: tokens[start].start,
        end: end_byte,
        name,
        confidence: if postcode_seen { WITH_POSTCODE } else { 70 },
    })
}

/// An address lead that ends its line, with at most a colon after it: "Address:", "Address
/// is", "Deliver to", "Delivery to the office for all of it please:".
fn lead_ends_line(words: &Words, a: usize, b: usize) -> bool {
    let tokens = &words.tokens;
    let mut last = b;
    while last > a && matches!(tokens[last - 1].kind, Kind::Punct(':' | '.' | ',' | '-')) {
        last -= 1;
    }
    if last == a {
        return false;
    }
    let colon = tokens[last..b].iter().any(|t| t.is_punct(':'));
    cues::find(Cue::AddressLead, words, a, b)
        .into_iter()
        .any(|(_, end)| end == last && (colon || tokens[end - 1].text != "at"))
        || (colon && cues::has(Cue::Delivery, words, a, last))
}

/// Where a line's last sentence starts ("Está bem. Centralidade do Kilamba" → the place).
fn after_last_sentence(tokens: &[Token], a: usize, b: usize) -> usize {
    let mut start = a;
    for k in a + 1..b {
        let t = &tokens[k];
        if matches!(t.kind, Kind::Punct('.' | '!'))
            && !is_abbreviation(&tokens[k - 1])
            && tokens
                .get(k + 1)
                .is_some_and(|n| k + 1 < b && n.capital && n.start > t.end)
        {
            start = k + 1;
        }
    }
    start
}

/// A line that names places only: a few capitalised words, numbers and joiners, no question,
/// no label, nothing that pays or promises.
fn place_line(words: &Words, a: usize, b: usize) -> bool {
    let tokens = &words.tokens;
    let word_count = tokens[a..b].iter().filter(|t| t.is_word()).count();
    (1..=7).contains(&word_count)
        && !is_label_line(tokens, a, b)
        && tokens[a..b].iter().all(|t| match t.kind {
            Kind::Number => true,
            Kind::Punct(p) => matches!(p, ',' | '.' | '-' | '/' | '#' | '(' | ')'),
            _ if t.is_word() => {
                t.capital
                    || t.upper
                    || t.text.bytes().any(|c| c.is_ascii_digit())
                    || PLACE_JOINERS.contains(&t.text.as_str())
                    || BUILDING_FIRST.contains(&t.text.as_str())
            }
            _ => false,
        })
        && tokens[a..b].iter().any(|t| t.capital || t.upper)
        && !cues::has(Cue::Claim, words, a, b)
        && !cues::has(Cue::Promise, words, a, b)
}

/// "Office No. 304, 3rd Floor / Sai Prestige, Baner Road / Pune 411045", "Flat B-702,
/// Kumar Pebble Park, Hadapsar, Pune 411028": where streets carry no house number, the
/// address starts at the numbered flat, office or shop and ends at the postcode. Only a
/// building line with a number, followed by place lines and a postcode, is read so.
fn building_led(tokens: &[Token], lines: &[(usize, usize)], shapes: &[LineShape]) -> Option<usize> {
    let first = shapes.iter().zip(lines).position(|(s, &(a, b))| {
        s.building && (a..b.min(a + 5)).any(|k| tokens[k].text.bytes().any(|c| c.is_ascii_digit()))
    })?;
    let ends_with_postcode = shapes[first..]
        .iter()
        .take(4)
        .take_while(|s| s.building || s.locality || s.postcode_end.is_some())
        .any(|s| s.postcode_end.is_some());
    ends_with_postcode.then_some(first)
}

/// The next lines of an address sent as a message of their own ("7 Linden Close", then
/// "Didsbury, Manchester M20 6TY"; "apto 804 - Barro Preto"): short lines that are a
/// postcode and town, a flat or floor, or a district, and nothing that orders, asks or pays.
/// The caller asks only right after a message that gave a street without its postcode.
/// Returns the text and whether it ended with a postcode.
pub(crate) fn continuation(text: &str) -> Option<(String, bool)> {
    let tokens = tokenize(text);
    let words = Words::new(tokens.clone());
    let mut parts: Vec<String> = Vec::new();
    let mut postcode_seen = false;
    let lines = lines_of(&tokens);
    const NOT_AN_ADDRESS: &[Cue] = &[
        Cue::Claim,
        Cue::Promise,
        Cue::Order,
        Cue::Question,
        Cue::Accept,
        Cue::Confirm,
        Cue::Courtesy,
        Cue::Pickup,
        Cue::Defer,
        Cue::Cancel,
        Cue::Change,
        Cue::Total,
        Cue::SameAsBefore,
    ];
    // "Überwiese, CHF 139.50": money is a payment, never a line of an address.
    if !super::amounts::amounts(&words, 0, tokens.len(), Currency::EUR).is_empty() {
        return None;
    }
    for (a, b) in lines {
        if a >= b {
            continue;
        }
        if postcode_seen {
            return None;
        }
        let s = shape(&words, a, b);
        let word_count = (a..b).filter(|&i| tokens[i].is_word()).count();
        let asks = (a..b).any(|i| matches!(tokens[i].kind, Kind::Punct('?' | '!')));
        let cue = NOT_AN_ADDRESS.iter().any(|&c| cues::has(c, &words, a, b));
        if s.street.is_some() || s.name || asks || cue || word_count == 0 || word_count > 6 {
            return None;
        }
        // A district said in lower case ("villa el abrazo, maipú") is a place only with a
        // comma between its parts; a capitalised one or a building or postcode stands alone.
        let comma = (a..b).any(|i| tokens[i].is_punct(','));
        if !(s.postcode_end.is_some() || s.building || s.locality || comma) {
            return None;
        }
        let (part, _, postcode) = line_part(text, &tokens, a, b, &s);
        if postcode && part.len() < text[tokens[a].start..tokens[b - 1].end].len() {
            // Words after the town ("8003 Zürich bitte") are not the address's.
            return None;
        }
        postcode_seen = postcode;
        parts.push(part.trim().trim_end_matches([',', ';']).trim().to_string());
    }
    let joined = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    (!joined.is_empty()).then_some((joined, postcode_seen))
}

/// The text of one address line from token `from`, cut after the postcode and its city, or
/// at a sentence that starts after it. Returns (text, end byte, postcode seen).
fn line_part(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    s: &LineShape,
) -> (String, usize, bool) {
    let mut end = to;
    let mut postcode = false;
    if let Some(pc) = s.postcode_end.filter(|&pc| pc > from) {
        postcode = true;
        // "80796 München", "81667 München": the city after the postcode.
        let mut e = pc;
        while e < to
            && ((tokens[e].is_word() && tokens[e].capital)
                || (tokens[e].kind == Kind::Punct('-')
                    && tokens
                        .get(e + 1)
                        .is_some_and(|n| n.is_word() && n.capital && n.start == tokens[e].end)))
        {
            e += 1;
        }
        // "Austin TX 78704" ends at the postcode; "CDMX 03100" too.
        end = e;
    } else {
        // Cut at ". Word" that starts a sentence after the street and number.
        for i in from + 2..to {
            let t = &tokens[i];
            if t.kind == Kind::Punct('.')
                || t.kind == Kind::Punct('!')
                || t.kind == Kind::Punct('?')
            {
                let prev_number = tokens[i - 1].kind == Kind::Number;
                let next = tokens.get(i + 1).filter(|_| i + 1 < to);
                let spaced = next.is_some_and(|n| n.start > t.end);
                let abbreviation = is_abbreviation(&tokens[i - 1]);
                if spaced && !prev_number && !abbreviation && next.is_some_and(|n| n.capital) {
                    end = i;
                    break;
                }
                if t.kind != Kind::Punct('.') {
                    end = i;
                    break;
                }
            }
        }
    }
    let start_byte = tokens[from].start;
    let end_byte = tokens[end.saturating_sub(1).max(from)].end;
    (text[start_byte..end_byte].to_string(), end_byte, postcode)
}

/// "Me los puedes entregar en metro Insurgentes el sábado?": a place named after a delivery
/// verb, when the message has no street address.
fn meeting_point(text: &str, tokens: &[Token], words: &Words) -> Option<Found> {
    const PREPOSITIONS: &[&str] = &["en", "na", "no", "at", "an", "am", "in", "al"];
    for (a, b) in cues::find(Cue::Delivery, words, 0, tokens.len()) {
        let _ = a;
        let mut i = b;
        // "entregar" [los] en …
        while i < tokens.len() && i < b + 2 && !PREPOSITIONS.contains(&tokens[i].text.as_str()) {
            i += 1;
        }
        if i >= tokens.len() || !PREPOSITIONS.contains(&tokens[i].text.as_str()) {
            continue;
        }
        let from = i + 1;
        let mut to = from;
        while to < tokens.len() && tokens[to].is_word() && to < from + 4 {
            if to > from && !tokens[to].capital {
                break;
            }
            to += 1;
        }
        let has_capital = tokens[from..to].iter().any(|t| t.capital);
        if to > from && has_capital && to - from >= 2 {
            let start = tokens[from].start;
            let end = tokens[to - 1].end;
            return Some(Found {
                text: text[start..end].to_string(),
                start,
                end,
                name: None,
                confidence: 55,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(text: &str) -> Option<(String, Option<String>)> {
        find(text).map(|f| (f.text, f.name))
    }

    #[test]
    fn addresses_in_four_countries() {
        let cases: &[(&str, &str)] = &[
            (
                "Bitte in die Praxis:\nGumpendorfer Straße 40\n1060 Wien\nz.H. Frau Dr. Berger",
                "Gumpendorfer Straße 40, 1060 Wien",
            ),
            (
                "Cra 70 # 12B - 30\nApto 301, Laureles",
                "Cra 70 # 12B - 30, Apto 301, Laureles",
            ),
            (
                "Entrega por favor\nRua Cardeal Arcoverde, 1450 ap 82\nPinheiros - São Paulo\nCEP 05407-002",
                "Rua Cardeal Arcoverde, 1450 ap 82, Pinheiros - São Paulo, CEP 05407-002",
            ),
            (
                "Entrega na Rua Harmonia, 512 casa 3 - Vila Madalena",
                "Rua Harmonia, 512 casa 3 - Vila Madalena",
            ),
            (
                "Isso. Pode entregar aqui em casa, Rua Teodoro Sampaio 744 apto 31",
                "Rua Teodoro Sampaio 744 apto 31",
            ),
            // A hospital's line above the street, a ward and room typed in lower case after.
            (
                "Para: Marta Ruiz\nHospital San Vicente\nCalle 64 # 51D-154\npiso 3, habitación 207",
                "Hospital San Vicente, Calle 64 # 51D-154, piso 3, habitación 207",
            ),
            // Four digits alone on the last line are the postcode (South Africa, Australia).
            (
                "Deliver to\n22 Kerk Street\nBrixton\nJohannesburg\n2092",
                "22 Kerk Street, Brixton, Johannesburg, 2092",
            ),
            (
                "Súper! Mi dirección:\nAv. Vallarta 3120, depto 5\nCol. Vallarta Poniente, Guadalajara, Jal.\nCP 44110",
                "Av. Vallarta 3120, depto 5, Col. Vallarta Poniente, Guadalajara, Jal., CP 44110",
            ),
            (
                "Soy Regina por cierto jaja, me mandan a Calle Fresas 88, Col. Del Valle, CDMX 03100",
                "Calle Fresas 88, Col. Del Valle, CDMX 03100",
            ),
            (
                "Great. Ship to:\nAshley Nguyen\n2218 Maple Ave Apt 4\nDallas, TX 75201",
                "2218 Maple Ave Apt 4, Dallas, TX 75201",
            ),
            (
                "1807 S 1st St, Austin TX 78704. This is Marcus btw",
                "1807 S 1st St, Austin TX 78704",
            ),
            (
                "Perfekt. Adresse: Belgradstraße 27, 80796 München. Bei Berger klingeln",
                "Belgradstraße 27, 80796 München",
            ),
            (
                "Super, Adresse wie immer:\nLandsberger Str. 110, 3. OG\n80339 München",
                "Landsberger Str. 110, 3. OG, 80339 München",
            ),
            (
                "Super. Kerstin Roth, Tegernseer Landstraße 150, 81539 München",
                "Tegernseer Landstraße 150, 81539 München",
            ),
            (
                "Ja bitte, an\nPariser Str. 9\nHinterhaus, 2. Stock\n81667 München",
                "Pariser Str. 9, Hinterhaus, 2. Stock, 81667 München",
            ),
            (
                "Me los puedes entregar en metro Insurgentes el sábado?",
                "metro Insurgentes",
            ),
            // A street's ordinal; a numbered street with its "block-number" house, lower case;
            // a gate before the street; streets in Catalan and Portuguese words.
            (
                "Mándalo a 3a Calle Poniente #22, Antigua Guatemala",
                "3a Calle Poniente #22, Antigua Guatemala",
            ),
            (
                "la dirección: 7 avenida 12-30 zona 9, Ciudad de Guatemala",
                "7 avenida 12-30 zona 9, Ciudad de Guatemala",
            ),
            (
                "Gate 4, 18 Harbour Road, Apapa, Lagos",
                "Gate 4, 18 Harbour Road, Apapa, Lagos",
            ),
            (
                "Avinguda del Port, 210, 3r 1a, 46023 València",
                "Avinguda del Port, 210, 3r 1a, 46023 València",
            ),
            (
                "Passagem Mariano, 88, Pedreira",
                "Passagem Mariano, 88, Pedreira",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(addr(text).map(|a| a.0).as_deref(), Some(*want), "{text}");
        }
        assert_eq!(
            addr(
                "Karen Salinas\nAv. Patria 1891 int 12\nCol. Puerta de Hierro\nZapopan, Jalisco 45116"
            ),
            Some((
                "Av. Patria 1891 int 12, Col. Puerta de Hierro, Zapopan, Jalisco 45116".to_string(),
                Some("Karen Salinas".to_string())
            ))
        );
        assert_eq!(
            addr("Super. Kerstin Roth, Tegernseer Landstraße 150, 81539 München").and_then(|a| a.1),
            Some("Kerstin Roth".to_string())
        );
        assert_eq!(
            addr("Olivia Grant\n455 Hayes St #2\nSan Francisco, CA 94102"),
            Some((
                "455 Hayes St #2, San Francisco, CA 94102".to_string(),
                Some("Olivia Grant".to_string())
            ))
        );
        assert_eq!(
            addr("Entrega na Av. Brigadeiro Faria Lima, 3900 - 5º andar, recepção")
                .map(|a| a.0)
                .as_deref(),
            Some("Av. Brigadeiro Faria Lima, 3900 - 5º andar, recepção")
        );
        assert_eq!(
            addr("Guadalupe Treviño\n1102 Calle del Norte\nLaredo, TX 78041"),
            Some((
                "1102 Calle del Norte, Laredo, TX 78041".to_string(),
                Some("Guadalupe Treviño".to_string())
            ))
        );
        assert_eq!(
            addr("Hallo, hier Schmidt aus der Agnesstraße. Bitte 2 Salami"),
            None
        );

        for (text, want) in [
            (
                "Envio para:\nRua dos Fanqueiros, 210, 3.º Dto\n1100-231 Lisboa",
                "Rua dos Fanqueiros, 210, 3.º Dto, 1100-231 Lisboa",
            ),
            (
                "Maria Pires\nRua 5 de Outubro, 43\n2750-311 Cascais",
                "Rua 5 de Outubro, 43, 2750-311 Cascais",
            ),
            (
                "Mándamelo a C/ Betis 31, bajo\n41010 Sevilla",
                "C/ Betis 31, bajo, 41010 Sevilla",
            ),
            (
                "Envíamelo a casa porfa, Avda. de la Constitución 12, 3º izq, 41004 Sevilla",
                "Avda. de la Constitución 12, 3º izq, 41004 Sevilla",
            ),
            (
                "Bitte liefern an Sander Damm 12, 21029 Hamburg.",
                "Sander Damm 12, 21029 Hamburg",
            ),
            (
                "Lieferung bitte: Alte Holstenstraße 40, 21029 Hamburg-Bergedorf",
                "Alte Holstenstraße 40, 21029 Hamburg-Bergedorf",
            ),
            (
                "Super, bitte an Am Schleusengraben 5, Parzelle 27\n21029 Hamburg",
                "Am Schleusengraben 5, Parzelle 27, 21029 Hamburg",
            ),
            (
                "La dirección es Loyola 1140, Villa Crespo. Dejen todo en portería porfa",
                "Loyola 1140, Villa Crespo",
            ),
            (
                "Mandalo a:\nGimena Ruiz\nBv. San Juan 870, 3° C\nX5000 Córdoba",
                "Bv. San Juan 870, 3° C, X5000 Córdoba",
            ),
            (
                "Can you deliver to the office on Friday morning? Temple Quay House, 2 The Square\nBristol BS1 6DG\nReception is on the ground floor",
                "Temple Quay House, 2 The Square, Bristol BS1 6DG",
            ),
            (
                "Can it all be delivered to mine Saturday morning? Flat 3, 14 Cotham Hill\nBristol BS6 6LF",
                "Flat 3, 14 Cotham Hill, Bristol BS6 6LF",
            ),
            (
                "Lovely. Address is 9 Stokes Croft, Bristol BS1 3PL (the door next to the bike shop)",
                "9 Stokes Croft, Bristol BS1 3PL",
            ),
        ] {
            assert_eq!(addr(text).map(|a| a.0).as_deref(), Some(want), "{text}");
        }
        assert_eq!(addr("quero 2 bolos de cenoura pra sábado"), None);
        assert_eq!(addr("Bergkäse 250g x2"), None);
    }

    #[test]
    fn an_address_led_by_a_numbered_flat_or_office_ends_at_a_six_digit_pin() {
        for (text, want) in [
            (
                "Unit 5, 2nd floor\nLaxmi Chambers, MG Road\nBengaluru 560001",
                "Unit 5, 2nd floor, Laxmi Chambers, MG Road, Bengaluru 560001",
            ),
            (
                "Shop 7, Kamla Market, Station Road, Nashik - 422001",
                "Shop 7, Kamla Market, Station Road, Nashik - 422001",
            ),
            (
                "can you send to Unit 4/18 Rathdowne St\nCarlton VIC 3053",
                "Unit 4/18 Rathdowne St, Carlton VIC 3053",
            ),
            (
                "2/71 Ponsonby Rd, Auckland 1011",
                "2/71 Ponsonby Rd, Auckland 1011",
            ),
            (
                "Jorge Lima\nRua Prof. Brasílio Machado, 455\nSanta Quitéria",
                "Rua Prof. Brasílio Machado, 455, Santa Quitéria",
            ),
        ] {
            assert_eq!(addr(text).map(|a| a.0).as_deref(), Some(want), "{text}");
        }
        // Without the postcode a flat number is no address, and six digits alone are a
        // reference.
        assert_eq!(addr("Flat 3 is fine, thanks"), None);
        assert_eq!(addr("UPI done, ref 418723"), None);
    }
}
