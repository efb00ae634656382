//! One message, read once: its words, the parts that are money, times, dates, phone numbers
//! or an address (never products or counts), its clauses, and the product mentions and cues
//! of each clause.

use super::address::{self, Found};
use super::amounts::{Amount, amounts};
use super::catalog::{CatalogIndex, number_at};
use super::cues::{self, Cue};
use super::lexicon::lexicon;
use super::mentions::{Reading, read_mentions};
use super::phrases::Words;
use super::words::{Kind, tokenize};
use crate::core::money::{Currency, Money};

/// A sentence or line of a message.
#[derive(Debug, Clone)]
pub(crate) struct Clause {
    pub start: usize,
    pub end: usize,
    /// Ends with "?" or opens with "¿".
    pub question_mark: bool,
    pub reading: Reading,
}

impl Clause {
    pub fn has(&self, cue: Cue, words: &Words) -> bool {
        cues::has(cue, words, self.start, self.end)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub words: Words,
    pub blocked: Vec<bool>,
    pub clauses: Vec<Clause>,
    pub amounts: Vec<Amount>,
    pub address: Option<Found>,
}

impl Read {
    pub fn has(&self, cue: Cue) -> bool {
        cues::has(cue, &self.words, 0, self.words.len())
    }

    /// The text of tokens `from..to` as written.
    pub fn text(&self, source: &str, from: usize, to: usize) -> String {
        let tokens = &self.words.tokens;
        if from >= to || to > tokens.len() {
            return String::new();
        }
        source
            .get(tokens[from].start..tokens[to - 1].end)
            .unwrap_or_default()
            .to_string()
    }
}

/// Reads a message's text. `customer` says whether to look for an address in it.
#[cfg(test)]
pub(crate) fn read(
    text: &str,
    index: &CatalogIndex<'_>,
    currency: Currency,
    customer: bool,
) -> Read {
    read_with_names(text, index, currency, customer, &[], false)
}

/// [`read`], keeping the shop's own names out of the products: "a Bruna da Pequeno Ninho"
/// asks for no size P. `address_asked`: the shop's last message spoke of delivering or asked
/// where to, and this customer has not written since.
pub(crate) fn read_with_names(
    text: &str,
    index: &CatalogIndex<'_>,
    currency: Currency,
    customer: bool,
    shop_names: &[Vec<String>],
    address_asked: bool,
) -> Read {
    let tokens = tokenize(text);
    let words = Words::new(tokens);
    let n = words.len();
    let mut blocked = vec![false; n];
    for name in shop_names.iter().filter(|w| w.len() >= 2) {
        for start in 0..n {
            for len in (2..=name.len()).rev() {
                for offset in 0..=name.len() - len {
                    let part = &name[offset..offset + len];
                    let fits = start + len <= n
                        && part
                            .iter()
                            .enumerate()
                            .all(|(k, w)| words.text(start + k) == w);
                    if fits {
                        for b in blocked.iter_mut().skip(start).take(len) {
                            *b = true;
                        }
                    }
                }
            }
        }
    }
    // In answer to the shop speaking of delivery, lines of places alone are the address.
    let address = if customer {
        address::find(text).or_else(|| {
            address_asked
                .then(|| address::place_block(text, true))
                .flatten()
        })
    } else {
        None
    };
    if let Some(a) = &address {
        for (i, t) in words.tokens.iter().enumerate() {
            if t.start >= a.start && t.end <= a.end {
                blocked[i] = true;
            }
        }
    }
    let found = amounts(&words, 0, n, currency);
    for a in &found {
        for b in blocked.iter_mut().take(a.end).skip(a.start) {
            *b = true;
        }
    }
    block_times_and_dates(&words, &mut blocked);
    block_described_contents(&words, &mut blocked);
    let clauses = clauses(&words)
        .into_iter()
        .map(|(start, end, question_mark)| {
            let mut reading = read_mentions(&words, start, end, index, &blocked);
            for m in &mut reading.mentions {
                m.price = m
                    .price
                    .or_else(|| price_beside(&words, &found, m.start, m.end));
            }
            Clause {
                start,
                end,
                question_mark,
                reading,
            }
        })
        .collect();
    Read {
        words,
        blocked,
        clauses,
        amounts: found,
        address,
    }
}

/// An amount written against a product: "the $120 jacket", "a de R$ 45", "jacket for $120",
/// "o bolo de 80 reais". It says which product, not how many.
fn price_beside(words: &Words, amounts: &[Amount], start: usize, end: usize) -> Option<Money> {
    const BEFORE: &[&str] = &["the", "a", "o", "a", "la", "el", "der", "die", "das", "den"];
    const AFTER: &[&str] = &["for", "at", "de", "por", "a", "fur", "zu", "em", "du"];
    amounts
        .iter()
        .find(|a| {
            a.end == start
                || (a.end + 1 == start && start >= 1 && BEFORE.contains(&words.text(start - 1)))
                || a.start == end
                || (a.start == end + 1 && AFTER.contains(&words.text(end)))
        })
        .map(|a| a.money)
}

/// Splits at sentence ends and line breaks: (start, end, asked with a question mark).
fn clauses(words: &Words) -> Vec<(usize, usize, bool)> {
    let tokens = &words.tokens;
    let mut out = Vec::new();
    let mut start = 0;
    let mut opened_with_question = false;
    // Inside the reason someone gives ("…, que siempre se me pierden", "weil wir Gäste
    // haben"): nothing there orders, asks or gives up, so it is left out of every clause.
    let mut explaining = false;
    // The rest of a line that gives a card's words ("Card: Happy birthday Mum, love Tom").
    let mut dedication = false;
    for (i, t) in tokens.iter().enumerate() {
        if dedication {
            if t.kind == Kind::Newline {
                dedication = false;
                start = i + 1;
                opened_with_question = false;
                explaining = false;
            }
            continue;
        }
        if i == start && dedication_at(words, i) {
            dedication = true;
            continue;
        }
        if !explaining && i > start && explains_from(words, i) {
            out.push((start, i, opened_with_question));
            explaining = true;
        }
        let end_here = match t.kind {
            Kind::Newline | Kind::Punct('!' | ';') => true,
            Kind::Punct('?') => {
                if i == start {
                    opened_with_question = true;
                    start = i + 1;
                    continue;
                }
                true
            }
            // "Str. 110", "3. OG", "Av. Patria": a full stop after a number or a short word
            // followed by a number or lowercase word does not end a sentence.
            Kind::Punct('.') => {
                let next = tokens.get(i + 1);
                let prev = i.checked_sub(1).map(|p| &tokens[p]);
                let after_number = prev.is_some_and(|p| p.kind == Kind::Number);
                let abbreviation =
                    prev.is_some_and(|p| p.is_word() && p.capital && p.text.len() <= 3);
                match next {
                    None => true,
                    Some(n) if n.kind == Kind::Newline => true,
                    // "deixa o gourmet. manda meio cento": people skip the capital after a full stop.
                    Some(n) => n.start > t.end && n.is_word() && !after_number && !abbreviation,
                }
            }
            _ => false,
        };
        if end_here {
            if i > start && !explaining {
                let question = t.kind == Kind::Punct('?') || opened_with_question;
                out.push((start, i, question));
            }
            start = i + 1;
            opened_with_question = false;
            explaining = false;
        }
    }
    if start < tokens.len() && !explaining && !dedication {
        out.push((start, tokens.len(), opened_with_question));
    }
    out
}

/// Whether a line starts at token `i` with a card's label and a colon ("Card:", "card 2:",
/// "Mensagem do cartão:"): the words after it are for the card.
fn dedication_at(words: &Words, i: usize) -> bool {
    let line_start = i == 0 || words.tokens[i - 1].kind == Kind::Newline;
    if !line_start {
        return false;
    }
    let end = (i + 5).min(words.tokens.len());
    super::cues::find(super::cues::Cue::Dedication, words, i, end)
        .iter()
        .filter(|(a, _)| *a == i)
        .any(|&(_, e)| {
            let e = if words.tokens.get(e).is_some_and(|t| t.kind == Kind::Number) {
                e + 1
            } else {
                e
            };
            words.tokens.get(e).is_some_and(|t| t.is_punct(':'))
        })
}

/// Whether a reason starts at token `i`: "porque", "because", "weil", or a comma then "que"
/// ("un 40, que dicen que tallan pequeño"). ", que sean dos" orders and ", que sí" answers,
/// so "que" before those is not a reason.
fn explains_from(words: &Words, i: usize) -> bool {
    let after_comma = i > 0 && words.tokens[i - 1].is_punct(',');
    match words.text(i) {
        "porque" | "porq" | "pq" | "because" | "bc" | "cuz" | "coz" | "weil" | "pois" => true,
        "que" => {
            after_comma
                && !matches!(
                    words.text(i + 1),
                    "sea"
                        | "sean"
                        | "seja"
                        | "sejam"
                        | "venga"
                        | "vengan"
                        | "venha"
                        | "venham"
                        | "sim"
                        | "si"
                        | "no"
                        | "nao"
                )
        }
        _ => false,
    }
}

/// Times ("10h", "8:30", "6 pm", "18 Uhr"), dates ("15/03", "dia 25", "am 15."), phone
/// numbers and percentages never count products.
/// "the box of 12 mixed (vanilla, double choc and red velvet)", "Geometry box (compass,
/// divider, protractor)": a list in brackets after a word says what is in it; its words
/// name nothing of their own. A bracket with a count ("(1 pack)", "(2x)") still counts.
fn block_described_contents(words: &Words, blocked: &mut [bool]) {
    const REACH: usize = 16;
    let tokens = &words.tokens;
    for open in 1..tokens.len() {
        if !tokens[open].is_punct('(') || !tokens[open - 1].is_word() {
            continue;
        }
        let Some(close) = (open + 1..tokens.len().min(open + REACH))
            .take_while(|&k| tokens[k].kind != Kind::Newline)
            .find(|&k| tokens[k].is_punct(')'))
        else {
            continue;
        };
        let inside = open + 1..close;
        let listed = inside.clone().any(|k| {
            tokens[k].is_punct(',') || matches!(tokens[k].text.as_str(), "and" | "e" | "y" | "und")
        });
        let counted = inside.clone().any(|k| tokens[k].kind == Kind::Number);
        if listed && !counted {
            blocked[open..=close].fill(true);
        }
    }
}

fn block_times_and_dates(words: &Words, blocked: &mut [bool]) {
    let tokens = &words.tokens;
    let n = tokens.len();
    block_phone_groups(words, blocked);
    for i in 0..n {
        let t = &tokens[i];
        let text = t.text.as_str();
        let next = tokens.get(i + 1).map_or("", |x| x.text.as_str());
        let prev = i.checked_sub(1).map_or("", |p| tokens[p].text.as_str());
        if t.is_word() && is_clock_word(text) {
            blocked[i] = true;
            continue;
        }
        if t.kind != Kind::Number {
            continue;
        }
        let joined_next = tokens.get(i + 1).is_some_and(|x| x.start == t.end);
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        let prev2 = i.checked_sub(2).map_or("", |p| tokens[p].text.as_str());
        // "come at 6", "um 5", "a las 7": an hour after the word for "at".
        let hour = text.parse::<u32>().is_ok_and(|h| (1..=24).contains(&h));
        let is_time = matches!(
            next,
            "h" | "hs" | "hrs" | "uhr" | "am" | "pm" | "horas" | "hr"
        ) || (hour
            && (matches!(
                prev,
                "at" | "um"
                    | "before"
                    | "after"
                    | "until"
                    | "till"
                    | "vor"
                    | "nach"
                    | "antes"
                    | "depois"
                    | "ate"
                    | "despues"
            ) || (prev == "las" && prev2 == "a")))
            || (joined_next
                && tokens
                    .get(i + 1)
                    .is_some_and(|x| x.kind == Kind::Punct(':'))
                && tokens.get(i + 2).is_some_and(|x| x.kind == Kind::Number))
            || (prev == ":" && i >= 2 && tokens[i - 2].kind == Kind::Number);
        // "15/6", "6/15": a day and a month; "80/90" (a tyre) is no date.
        let day_month = |a: &str, b: &str| match (a.parse::<u32>(), b.parse::<u32>()) {
            (Ok(a), Ok(b)) => {
                (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
            }
            _ => false,
        };
        // "1/2 kg", "3/4 lb": a fraction with its measure is no date either.
        let measured = |at: usize| {
            number_at(words, at).is_some_and(|(len, value)| len == 3 && value < 1.0)
                && lexicon().measures.longest_at(words, at + 3).is_some()
        };
        let is_date = !(measured(i) || (i >= 2 && measured(i - 2)))
            && ((joined_next
            && tokens
                .get(i + 1)
                .is_some_and(|x| x.kind == Kind::Punct('/'))
            && tokens
                .get(i + 2)
                .is_some_and(|x| x.kind == Kind::Number && day_month(text, &x.text)))
            || (prev == "/"
                && i >= 2
                && tokens[i - 2].kind == Kind::Number
                // "23/08/2024": the year after a day and month.
                && (day_month(&tokens[i - 2].text, text) || blocked[i - 2]))
            || matches!(
                prev,
                "dia" | "day" | "am" | "bis" | "zum" | "vom" | "ab" | "hasta" | "desde"
            )
            || (prev == "del"
                && i >= 2
                && matches!(tokens[i - 2].text.as_str(), "antes" | "despues" | "partir"))
            // "on the 24", "the 3rd".
            || (prev == "the" && prev2 == "on")
            || is_month(next)
            || (next == "de" && tokens.get(i + 2).is_some_and(|x| is_month(&x.text))));
        let glued_plus = prev == "+" && i > 0 && tokens[i - 1].end == t.start;
        // "achei o mesmo suporte por 19": a number after "for" is a price, not a count.
        let price_after_for = matches!(prev, "por" | "for" | "fur")
            && !tokens
                .get(i + 1)
                .is_some_and(|x| x.is_word() && x.text != "no" && x.text != "en");
        let is_other = digits >= 6 || next == "%" || glued_plus || prev == "#" || price_after_for;
        if is_time || is_date || is_other {
            blocked[i] = true;
            if is_time || is_date {
                let mut k = i + 1;
                while k < n
                    && k <= i + 2
                    && matches!(tokens[k].kind, Kind::Punct(':' | '/') | Kind::Number)
                {
                    blocked[k] = true;
                    k += 1;
                }
            }
        }
    }
}

/// "512 555 0199", "(11) 98765-4321", "030 1234 567": groups of digits written apart that
/// together are as long as a phone number. Each group alone looks like a count.
fn block_phone_groups(words: &Words, blocked: &mut [bool]) {
    let tokens = &words.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != Kind::Number {
            i += 1;
            continue;
        }
        // A run of numbers with only spaces, dashes, dots or brackets between them.
        let mut end = i + 1;
        let mut groups = 1;
        let mut digits = digit_count(&tokens[i].text);
        let mut k = i + 1;
        while k < tokens.len() {
            match tokens[k].kind {
                Kind::Number => {
                    groups += 1;
                    digits += digit_count(&tokens[k].text);
                    end = k + 1;
                }
                Kind::Punct('-' | '.' | '(' | ')') => {}
                _ => break,
            }
            k += 1;
        }
        if groups >= 2 && digits >= 8 {
            for b in blocked.iter_mut().take(end).skip(i) {
                *b = true;
            }
        }
        i = end.max(i + 1);
    }
}

fn digit_count(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

/// "10h", "14h30", "9am", "6pm", "18uhr".
fn is_clock_word(word: &str) -> bool {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 2 {
        return false;
    }
    let rest = &word[digits.len()..];
    matches!(rest, "h" | "hs" | "am" | "pm" | "uhr" | "hrs")
        || (rest.starts_with('h')
            && rest[1..].len() == 2
            && rest[1..].bytes().all(|b| b.is_ascii_digit()))
}

fn is_month(word: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "janeiro",
        "enero",
        "januar",
        "january",
        "feb",
        "fev",
        "fevereiro",
        "febrero",
        "februar",
        "february",
        "mar",
        "marco",
        "marzo",
        "marz",
        "march",
        "abr",
        "abril",
        "apr",
        "april",
        "mai",
        "maio",
        "mayo",
        "may",
        "jun",
        "junho",
        "junio",
        "juni",
        "june",
        "jul",
        "julho",
        "julio",
        "juli",
        "july",
        "ago",
        "agosto",
        "aug",
        "august",
        "set",
        "setembro",
        "sep",
        "sept",
        "septiembre",
        "september",
        "out",
        "outubro",
        "oct",
        "octubre",
        "okt",
        "oktober",
        "october",
        "nov",
        "novembro",
        "noviembre",
        "november",
        "dez",
        "dezembro",
        "dic",
        "diciembre",
        "dec",
        "december",
        "dezember",
    ];
    MONTHS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Product;

    fn catalog() -> Vec<Product> {
        let p = |sku: &str, name: &str, variant: &str| Product {
            sku: sku.into(),
            name: name.into(),
            variant: variant.into(),
            price: 1000,
            currency: Currency::BRL,
            aliases: Vec::new(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        };
        vec![
            p("BOLO", "Bolo de cenoura", "grande"),
            p("BRIG", "Brigadeiro", "cento"),
        ]
    }

    #[test]
    fn money_times_and_addresses_are_not_products() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let text = "Quero 2 bolos pra dia 15 às 10h, R$ 65,00\nRua Brigadeiro Tobias, 120";
        let read = read(text, &index, Currency::BRL, true);
        let mentions: Vec<_> = read
            .clauses
            .iter()
            .flat_map(|c| c.reading.mentions.iter())
            .collect();
        assert_eq!(mentions.len(), 1, "{mentions:?}");
        assert_eq!(mentions[0].qty.map(|q| q.n), Some(2));
        assert_eq!(read.amounts.len(), 1);
        assert!(read.address.is_some());
    }

    #[test]
    fn sentences_and_questions() {
        let words = Words::of("Oi! Tem bolo? Quero um. Str. 110 e 3. OG ok. manda dois");
        let c = clauses(&words);
        assert_eq!(c.len(), 5, "{c:?}");
        assert!(c[1].2 && !c[2].2);
    }
}
