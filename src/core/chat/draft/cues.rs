//! What a piece of a message does (orders, asks, changes, removes, pays…), read from the cue
//! words in `cues.txt`. Each cue is a list of word sequences matched word for word; the
//! reader asks "is there an order cue in these words, and where".

use std::sync::LazyLock;

use super::phrases::{Match, PhraseSet, Words};
use crate::core::chat::fold::fold;

/// The cue lists of `cues.txt`, one per section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    Order,
    Question,
    Add,
    Remove,
    Replace,
    Replacement,
    Change,
    Only,
    Cancel,
    Condition,
    Accept,
    Negation,
    Confirm,
    SoldOut,
    Delivered,
    /// The shop saying a payment came in ("recebido", "Zahlung erhalten"): with a new request
    /// a week or more later, the order before it is history.
    PaymentReceived,
    NameQuestion,
    SelfIntro,
    SelfIntroAfter,
    Pickup,
    Delivery,
    Claim,
    Promise,
    Total,
    Fee,
    Deposit,
    /// "solo lo anterior", "just the rest": a giving-up phrase beside it drops only the last
    /// thing asked about.
    KeepRest,
    /// "balance €45.40", "faltam 55.000 Kz", "Offen sind noch CHF 69.00".
    BalanceDue,
    AddressLead,
    SameAsBefore,
    /// "each", "pro Stück", "c/u": the amount said is a unit price.
    UnitPrice,
    /// Phrases whose words cue nothing ("mais ou menos").
    Neutral,
    /// "vou pensar", "let me think": the customer decides later.
    Defer,
    /// "danke", "gracias": thanks, never a product on its own.
    Courtesy,
    /// "Card:", "Dedicatória:": what follows is written on a card, not ordered.
    Dedication,
    /// "ist storniert", "order cancelled": the shop calls the order off.
    Cancelled,
    /// "you delivered yesterday", "letzte Woche gekauft": what the customer got before.
    Past,
}

const SECTIONS: &[(&str, Cue)] = &[
    ("order", Cue::Order),
    ("question", Cue::Question),
    ("add", Cue::Add),
    ("remove", Cue::Remove),
    ("replace", Cue::Replace),
    ("replacement", Cue::Replacement),
    ("change", Cue::Change),
    ("only", Cue::Only),
    ("cancel", Cue::Cancel),
    ("keep rest", Cue::KeepRest),
    ("condition", Cue::Condition),
    ("accept", Cue::Accept),
    ("negation", Cue::Negation),
    ("confirm", Cue::Confirm),
    ("sold out", Cue::SoldOut),
    ("delivered", Cue::Delivered),
    ("payment received", Cue::PaymentReceived),
    ("name question", Cue::NameQuestion),
    ("self intro", Cue::SelfIntro),
    ("self intro after", Cue::SelfIntroAfter),
    ("pickup", Cue::Pickup),
    ("delivery", Cue::Delivery),
    ("claim", Cue::Claim),
    ("promise", Cue::Promise),
    ("total", Cue::Total),
    ("fee", Cue::Fee),
    ("deposit", Cue::Deposit),
    ("balance due", Cue::BalanceDue),
    ("address lead", Cue::AddressLead),
    ("same as before", Cue::SameAsBefore),
    ("unit price", Cue::UnitPrice),
    ("neutral", Cue::Neutral),
    ("defer", Cue::Defer),
    ("courtesy", Cue::Courtesy),
    ("dedication", Cue::Dedication),
    ("cancelled", Cue::Cancelled),
    ("past", Cue::Past),
];

struct CueLists {
    lists: Vec<(Cue, PhraseSet<()>)>,
    /// Read only by the test that keeps `cues.txt` well formed.
    #[cfg_attr(not(test), allow(dead_code))]
    errors: Vec<String>,
}

static CUES: LazyLock<CueLists> = LazyLock::new(|| parse(include_str!("cues.txt")));

fn parse(text: &str) -> CueLists {
    let mut lists: Vec<(Cue, PhraseSet<()>)> = Vec::new();
    let mut errors = Vec::new();
    let mut current: Option<Cue> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = SECTIONS.iter().find(|(s, _)| *s == name).map(|(_, c)| *c);
            if current.is_none() {
                errors.push(format!("line {}: unknown section [{name}]", n + 1));
            } else if let Some(cue) = current
                && !lists.iter().any(|(c, _)| *c == cue)
            {
                lists.push((cue, PhraseSet::new(Match::Exact)));
            }
            continue;
        }
        let Some(cue) = current else {
            errors.push(format!("line {}: outside a section", n + 1));
            continue;
        };
        let body = match line.split_once(':') {
            Some((tag, rest)) if tag.len() <= 3 => rest,
            _ => line,
        };
        let Some((_, set)) = lists.iter_mut().find(|(c, _)| *c == cue) else {
            continue;
        };
        let mut on_line: Vec<Vec<String>> = Vec::new();
        for form in body.split(',') {
            let words: Vec<String> = fold(form)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            // A form written twice on a line is a slip when the list was extended.
            if on_line.contains(&words) {
                errors.push(format!("line {}: \"{}\" twice", n + 1, form.trim()));
            }
            on_line.push(words.clone());
            set.insert(words, ());
        }
    }
    CueLists { lists, errors }
}

fn set(cue: Cue) -> Option<&'static PhraseSet<()>> {
    CUES.lists.iter().find(|(c, _)| *c == cue).map(|(_, s)| s)
}

/// Where a cue occurs in tokens `from..to`: (start, end) token ranges, left to right.
pub(crate) fn find(cue: Cue, words: &Words, from: usize, to: usize) -> Vec<(usize, usize)> {
    let Some(set) = set(cue) else {
        return Vec::new();
    };
    let neutral = if cue == Cue::Neutral {
        None
    } else {
        set_of(Cue::Neutral)
    };
    let mut found = Vec::new();
    let mut i = from;
    while i < to {
        // A neutral phrase hides its words from every other cue.
        if let Some((len, ())) = neutral
            .and_then(|n| n.longest_at(words, i))
            .filter(|(len, _)| i + len <= to)
        {
            i += len;
            continue;
        }
        match set.longest_at(words, i) {
            Some((len, ())) if i + len <= to => {
                found.push((i, i + len));
                i += len;
            }
            _ => i += 1,
        }
    }
    found
}

fn set_of(cue: Cue) -> Option<&'static PhraseSet<()>> {
    set(cue)
}

/// Whether the cue occurs in tokens `from..to`.
pub(crate) fn has(cue: Cue, words: &Words, from: usize, to: usize) -> bool {
    !find(cue, words, from, to).is_empty()
}

/// Whether a single word is on its own one of the cue lists that never name a product:
/// "claro", "listo", "perfect", "gern", "total". A catalog word that is also one of these
/// ("Jeans mom fit azul claro") never names its product alone.
pub(crate) fn is_cue_word(word: &str) -> bool {
    const KINDS: &[Cue] = &[
        Cue::Accept,
        Cue::Confirm,
        Cue::Change,
        Cue::Only,
        Cue::Total,
        Cue::Negation,
        Cue::Add,
        Cue::Question,
        Cue::Courtesy,
    ];
    let words = Words::of(word);
    KINDS.iter().any(|&cue| {
        set(cue).is_some_and(|s| {
            s.longest_at(&words, 0)
                .is_some_and(|(len, ())| len == words.len())
        })
    })
}

/// Whether a single word is, on its own, any cue at all ("schicken", "bitte", "sent"):
/// such words are never read as a misspelt product.
pub(crate) fn is_any_cue_word(word: &str) -> bool {
    let words = Words::of(word);
    CUES.lists.iter().any(|(_, s)| {
        s.longest_at(&words, 0)
            .is_some_and(|(len, ())| len == words.len())
    })
}

/// Lines of `cues.txt` that could not be read (a test keeps this empty).
#[cfg(test)]
pub(crate) fn errors() -> &'static [String] {
    &CUES.errors
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    #[test]
    fn the_data_file_reads_cleanly() {
        assert!(errors().is_empty(), "{:?}", errors());
        for (name, cue) in SECTIONS {
            assert!(set(*cue).is_some(), "section [{name}] is missing");
        }
    }

    #[test]
    fn cues_in_four_languages() {
        let check = |cue: Cue, text: &str| {
            let tokens = tokenize(text);
            let words = Words::new(tokens.clone());
            has(cue, &words, 0, words.len())
        };
        assert!(check(Cue::Order, "Ich hätte gern 250 g"));
        assert!(check(Cue::Order, "Me la apartas?"));
        assert!(check(Cue::Remove, "scratch the earbuds"));
        assert!(check(Cue::Remove, "Oliven doch nicht"));
        assert!(check(Cue::Replace, "troca a coxinha por bolinha"));
        assert!(check(Cue::Claim, "Pix feito! R$ 555,00"));
        assert!(check(Cue::Claim, "Hab's überwiesen"));
        assert!(check(Cue::Promise, "mañana te deposito"));
        assert!(check(Cue::Pickup, "I hol's um zwölfe ab") || check(Cue::Pickup, "hols ab"));
        assert!(!check(Cue::Claim, "sem problema"));
        // Someone sent to collect is a pickup too.
        assert!(check(
            Cue::Pickup,
            "en la tarde te mando a mi hijo por ellos"
        ));
        assert!(check(Cue::Pickup, "I'll send someone around 5"));
        // Swiss German as people type it.
        assert!(check(Cue::Claim, "han 50.- per Twint aazahlt"));
        assert!(check(Cue::Claim, "Überwiese, CHF 139.50"));
        assert!(check(
            Cue::Pickup,
            "ich bring s Velo und hols am Abig wieder"
        ));
        // A card's label, and the shop calling an order off.
        assert!(check(Cue::Dedication, "Card 2: Forever in our hearts"));
        assert!(check(Cue::Cancelled, "Kein Problem, ist storniert"));
    }
}
