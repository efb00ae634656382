//! What one clause of a customer's message does to the order: orders, asks, adds,
//! removes, replaces, changes, keeps only some, gives up, or pays.

use super::cues::{self, Cue};
use super::message::Clause;
use super::phrases::Words;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Acts {
    pub order: bool,
    pub question: bool,
    pub add: bool,
    pub remove: bool,
    pub replace: bool,
    pub change: bool,
    pub only: bool,
    pub cancel: bool,
    pub condition: bool,
    pub accept: bool,
    pub negation: bool,
    pub same_before: bool,
    /// "both", "os dois", "los dos", "beide", "1 de cada": every product just offered.
    pub both: bool,
    /// "the second one", "o segundo": the n-th product just offered (0-based).
    pub ordinal: Option<usize>,
    /// "that one", "esse", "it": the thing in focus.
    pub pronoun: bool,
    /// "keep", "deixa", "fico com": no change.
    pub keep: bool,
    /// "vou pensar", "let me think", "ich überleg's mir": decides later.
    pub defer: bool,
}

pub(crate) fn read(clause: &Clause, words: &Words) -> Acts {
    let (a, b) = (clause.start, clause.end);
    // A cue word inside a product's name is the product's ("add a timothy hay": "hay" is
    // no Spanish "is there?").
    let in_product = |from: usize, to: usize| {
        clause
            .reading
            .mentions
            .iter()
            .any(|m| m.names_product() && m.start <= from && to <= m.end)
    };
    let has = |cue: Cue| {
        cues::find(cue, words, a, b)
            .iter()
            .any(|&(from, to)| !in_product(from, to))
    };
    let phrases: Vec<(usize, usize)> = [Cue::Cancel, Cue::Defer]
        .iter()
        .flat_map(|&cue| cues::find(cue, words, a, b))
        .collect();
    let in_phrase = |i: usize| phrases.iter().any(|&(from, to)| from <= i && i < to);
    let text = |i: usize| words.text(i);
    let any_word = |list: &[&str]| (a..b).any(|i| list.contains(&text(i)));
    let question_words = has(Cue::Question);
    let mut acts = Acts {
        order: has(Cue::Order),
        question: clause.question_mark || (question_words && !has(Cue::Order)),
        add: has(Cue::Add),
        remove: has(Cue::Remove),
        replace: has(Cue::Replace),
        change: has(Cue::Change),
        only: has(Cue::Only),
        // "desta vez não levo nada", "I won't take anything", "ich nehme doch nichts": a
        // negated order of nothing gives up.
        cancel: (gives_up(words, a, b, &in_product)
            && !cues::has(Cue::KeepRest, words, 0, words.len()))
            || (has(Cue::Order)
                && (any_word(&["nothing", "nichts"])
                    || (has(Cue::Negation) && any_word(&["nada", "anything"])))),
        condition: has(Cue::Condition),
        accept: has(Cue::Accept),
        negation: has(Cue::Negation),
        same_before: has(Cue::SameAsBefore),
        both: any_word(&["both", "beide", "beiden", "ambos", "ambas"])
            || has_sequence(words, a, b, &["de", "cada"])
            || has_sequence(words, a, b, &["each"])
            || has_sequence(words, a, b, &["los", "dos"])
            || has_sequence(words, a, b, &["las", "dos"])
            || has_sequence(words, a, b, &["os", "dois"])
            || has_sequence(words, a, b, &["as", "duas"]),
        ordinal: ordinal(words, a, b),
        // Object pronouns ("I'll take it", "me la apartas", "nimm ihn"); "isso", "eso", "das"
        // are more often "that's right" than "that one".
        // A pronoun inside a giving-up or deciding-later phrase ("lo pienso", "forget it",
        // "lass es") points at nothing.
        pronoun: (a..b).any(|i| {
            matches!(
                text(i),
                "it" | "one"
                    | "ones"
                    | "them"
                    | "those"
                    | "desse"
                    | "dessa"
                    | "desses"
                    | "dessas"
                    | "lo"
                    | "la"
                    | "los"
                    | "las"
                    | "le"
                    | "den"
                    | "die"
                    | "ihn"
                    | "sie"
                    | "es"
                    | "melo"
                    | "mela"
                    | "selo"
            ) && !in_phrase(i)
        }) || (a..b).any(|i| {
            let w = text(i);
            w.ends_with("melo")
                || w.ends_with("mela")
                || w.ends_with("melos")
                || w.ends_with("melas")
        }),
        keep: any_word(&[
            "keep", "deixa", "deja", "behalte", "bleibt", "mantem", "mantiene",
        ]) && !has(Cue::Remove),
        defer: has(Cue::Defer),
    };
    // "ok gracias": thanks with a plain "ok" acknowledges; it takes nothing on offer.
    if acts.accept
        && !acts.order
        && has(Cue::Courtesy)
        && !any_word(&[
            "yes", "yeah", "sim", "si", "ja", "claro", "sure", "perfect", "perfeito", "perfecto",
            "perfekt",
        ])
    {
        acts.accept = false;
    }
    // "Uh el Preludio está salado", "the merino is lovely": a product said as what the
    // sentence is about, with nothing ordering it, is talked about, not ordered.
    if !acts.order && !acts.accept && !acts.add && !acts.change && !acts.replace {
        acts.question |= speaks_about(clause, words);
    }
    // "blz, vou ver na assistência primeiro": an "ok" before a "let me see" accepts nothing.
    if acts.defer {
        acts.accept = false;
        acts.order = false;
    }
    // "keep the pink" keeps; "deixa o gourmet" (leave the gourmet out) removes: the lists
    // decide, "keep" words only where no removal was said.
    if acts.keep {
        acts.remove = false;
    }
    // "can I get…?", "me la apartas?", "posso pedir…?": a request in question form orders.
    if acts.order && !question_words {
        acts.question = false;
    }
    if acts.order && clause.question_mark && asks_permission(words, a, b) {
        acts.question = false;
    }
    acts
}

/// "can I", "could I", "posso", "puedo", "kann ich", "me apartas", "könnt ihr … zurücklegen":
/// a polite order.
fn asks_permission(words: &Words, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        matches!(
            words.text(i),
            "can"
                | "could"
                | "may"
                | "posso"
                | "podia"
                | "pode"
                | "puedo"
                | "puedes"
                | "podrias"
                | "kann"
                | "konnt"
                | "konnen"
                | "konnten"
                | "apartas"
                | "mandas"
                | "reservas"
                | "separa"
                | "me"
        )
    })
}

fn has_sequence(words: &Words, a: usize, b: usize, seq: &[&str]) -> bool {
    (a..b).any(|i| {
        seq.iter()
            .enumerate()
            .all(|(k, w)| i + k < b && words.text(i + k) == *w)
    })
}

fn ordinal(words: &Words, a: usize, b: usize) -> Option<usize> {
    (a..b).find_map(|i| {
        Some(match words.text(i) {
            "first" | "1st" | "primeiro" | "primeira" | "primero" | "primera" | "erste"
            | "ersten" => 0,
            "second" | "2nd" | "segundo" | "segunda" | "zweite" | "zweiten" => 1,
            "third" | "3rd" | "terceiro" | "terceira" | "tercero" | "tercera" | "dritte"
            | "dritten" => 2,
            "last" | "ultimo" | "ultima" | "letzte" | "letzten" => usize::MAX,
            _ => return None,
        })
    })
}

/// A giving-up phrase in tokens `a..b`, unless it says where to leave the parcel: "déjalo en
/// recepción", "leave it at the door", "deixa na portaria", "lass es beim Nachbarn" are
/// instructions, "déjalo", "leave it then" give up.
/// A product with no count of its own, followed by "is"/"está"/"ist" and not by what it is
/// for ("el azul es para mi hija" orders it) or a word that accepts ("the M is fine").
fn speaks_about(clause: &Clause, words: &Words) -> bool {
    const COPULA: &[&str] = &[
        "is", "are", "was", "looks", "seems", "esta", "estan", "es", "son", "parece", "sao",
        "estao", "ist", "sind", "war", "sieht", "wirkt", "isch",
    ];
    const PURPOSE: &[&str] = &["para", "pra", "for", "fur", "a", "an", "um", "de"];
    clause.reading.mentions.iter().any(|m| {
        m.names_product()
            && m.qty.is_none_or(|q| q.weak)
            && m.end < clause.end
            && COPULA.contains(&words.text(m.end))
            && !PURPOSE.contains(&words.text(m.end + 1))
            && !cues::has(Cue::Accept, words, m.end + 1, (m.end + 3).min(clause.end))
    })
}

fn gives_up(words: &Words, a: usize, b: usize, in_product: &dyn Fn(usize, usize) -> bool) -> bool {
    const PLACE_AFTER: &[&str] = &[
        "en", "at", "in", "on", "with", "outside", "by", "con", "na", "no", "em", "bei", "beim",
        "vor", "an", "am", "im", "auf", "aqui", "ahi", "here", "there",
    ];
    cues::find(Cue::Cancel, words, a, b)
        .into_iter()
        .any(|(from, to)| {
            let says_where = to < b && PLACE_AFTER.contains(&words.text(to));
            !in_product(from, to) && !says_where
        })
}

#[cfg(test)]
mod tests {
    use super::super::catalog::CatalogIndex;
    use super::super::message::read as read_message;
    use super::*;
    use crate::core::money::Currency;

    fn acts(text: &str) -> Acts {
        let index = CatalogIndex::new(&[]);
        let r = read_message(text, &index, Currency::USD, false);
        read(&r.clauses[0], &r.words)
    }

    #[test]
    fn clauses_say_what_they_do() {
        assert!(acts("do you have the clear case?").question);
        assert!(!acts("Can I get a couple of the black phone grips?").question);
        assert!(acts("Can I get a couple of the black phone grips?").order);
        assert!(!acts("Me la apartas?").question);
        assert!(acts("scratch the earbuds my mom got me some lol").remove);
        assert!(acts("nah keep the pink then").keep);
        assert!(!acts("nah keep the pink then").remove);
        assert!(acts("omg the second one you sent!!").ordinal == Some(1));
        assert!(acts("coloca os dois").both);
        assert!(acts("Pode ser 1 de cada sim").both);
        assert!(acts("Si llegan antes del 15 me apartas uno").condition);
        assert!(acts("actually nvm, found something cheaper online").cancel);
    }
}
