//! Words that signal what a customer or the shop is doing: ordering, changing, removing,
//! adding, confirming. Matched on folded text (lowercase, no accents), so the patterns are
//! written without accents; apostrophes stay ("i'll").

use std::sync::LazyLock;

use regex::Regex;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("cue regex {pattern}: {e}"))
}

/// "change to blue", "make it 3", "actually 2", "troca para azul", "mejor 3", "lieber blau".
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:change|changed|switch|swap|make it|make that|make them|instead|rather|actually",
        r"|troca|trocar|troque|muda|mudar|mude|na verdade|alias|prefiro|fica|ficam",
        r"|mejor|cambia|cambiar|cambialo|cambiala|en vez|en realidad|prefiero|mas bien",
        r"|lieber|doch|eigentlich|stattdessen|statt|andern|aendern)\b",
    ))
});

/// "remove the scarf", "tira o cachecol", "quita la bufanda", "cancel it".
static REMOVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:remove|delete|cancel|drop|take off|take out|forget|don't want|dont want",
        r"|tira|tirar|tire|retira|cancela|cancelar|esquece|nao quero mais",
        r"|quita|quitar|quitame|quitale|elimina|eliminar|saca|ya no quiero",
        r"|streich|streiche|storniere|stornieren|weglassen|nicht mehr)\b",
    ))
});

/// "without the scarf", "sem o cachecol", "sin la bufanda", "ohne Schal": removal only when
/// a product follows ("sem problema" removes nothing).
static WITHOUT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(?:without|no more|sem|sin|ohne)\b"));

/// "also add", "plus", "another", "e mais", "otro", "noch".
static ADD: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:also|add|plus|another|one more|extra|tambem|mais um|mais uma|adiciona|acrescenta",
        r"|outro|outra|ademas|tambien|otro|otra|agrega|anade|noch ein|noch eine|dazu|zusatzlich)\b",
    ))
});

/// The verbs of [`ORDER`], shared with [`ORDER_AT_END`].
const ORDER_WORDS: &str = concat!(
    r"want|wanna|would like|i'?d like|i'?ll take|take|can i get|can i have|get me|order",
    r"|need|buy|reserve|quero|queria|vou querer|vou levar|levo|gostaria|me ve|me da|separa",
    r"|reserva|quiero|quisiera|me llevo|llevo|dame|necesito|pido|mochte|hatte gern|nehme",
    r"|nehm|bestelle|brauche|reservier|otan|fico com|me quedo con|me quedo",
);

/// "I want", "I'll take", "quero", "vou querer", "quiero", "me llevo", "ich nehme".
static ORDER: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"\b(?:{ORDER_WORDS})\b")));

/// Asking to be handed or sent something: "give me two", "me manda 2 dessas", "gib mir 2".
/// Kept apart from [`ORDER`] because "give me a minute" or "me manda o pix" order nothing:
/// these verbs only count with a quantity that points back (see `back_ref`).
const HAND_OVER_WORDS: &str = concat!(
    r"give me|gimme|send me|hand me|me manda|manda|mandame|me envia|envia|me passa",
    r"|me pasa|pasame|gib mir|gebt mir|schick mir|schickt mir",
);

static HAND_OVER: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\b(?:{HAND_OVER_WORDS})\b")));

/// An order or hand-over verb right at the end of a text: what comes next is its object, as
/// in "I'll take | it", "quero | essa", "me llevo | esa", "ich nehme | die".
static ORDER_AT_END: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\b(?:{ORDER_WORDS}|{HAND_OVER_WORDS})\s*$")));

/// A clitic object before the verb: "me la llevo", "me lo quedo", "la quiero".
static CLITIC_ORDER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:me )?(?:la|lo|las|los) (?:llevo|quedo|quiero|compro|mandas|envias)\b")
});

/// "the same in L", "o mesmo em azul", "lo mismo en rojo", "das gleiche in blau".
static SAME: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:same|mesmo|mesma|mesmos|mesmas|igual|mismo|misma",
        r"|gleiche|gleichen|selbe|selben|dasselbe)\b",
    ))
});

/// The shop agreeing: "ok, 2 jackets", "fechado", "reserved", "listo", "notiert".
static CONFIRM: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:ok|okay|sure|confirmed|reserved|done|noted|got it|deal|will do|no problem",
        r"|fechado|anotado|reservado|reservada|reservados|separado|separada|confirmado|confirmada",
        r"|combinado|beleza|certo|listo|perfecto|hecho|dale|reservadas",
        r"|reserviert|notiert|bestatigt|alles klar|geht klar)\b",
    ))
});

/// What a clause signals; several can hold at once ("actually, also add a scarf").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    pub change: bool,
    /// A removal verb: may remove the last item even when no product is named ("cancel it").
    pub remove: bool,
    /// "without"/"sem"/"sin"/"ohne": removes only the products named with it.
    pub without: bool,
    pub add: bool,
    pub order: bool,
    pub confirm: bool,
    pub question: bool,
    /// "give me", "me manda": an order only with a quantity that points back.
    pub hand_over: bool,
    /// "the same", "o mesmo", "lo mismo": another item like the last one.
    pub same: bool,
}

impl Cues {
    pub fn read(folded: &str, question: bool) -> Cues {
        Cues {
            change: CHANGE.is_match(folded),
            remove: REMOVE.is_match(folded),
            without: WITHOUT.is_match(folded),
            add: ADD.is_match(folded),
            order: ORDER.is_match(folded),
            confirm: CONFIRM.is_match(folded),
            question,
            hand_over: HAND_OVER.is_match(folded),
            same: SAME.is_match(folded),
        }
    }
}

/// The folded text ends with an order verb, so the next word is what is ordered.
pub(crate) fn ends_with_order_verb(folded: &str) -> bool {
    ORDER_AT_END.is_match(folded)
}

/// "me la llevo": an order whose object is a clitic pronoun before the verb.
pub(crate) fn clitic_order(folded: &str) -> bool {
    CLITIC_ORDER.is_match(folded)
}

/// Single words that belong to the cues above, so they are not mistaken for product words
/// that the catalog lacks.
pub(crate) fn is_cue_word(word: &str) -> bool {
    let single = |re: &Regex| re.find(word).is_some_and(|m| m.as_str() == word);
    [
        &CHANGE, &REMOVE, &WITHOUT, &ADD, &ORDER, &CONFIRM, &HAND_OVER, &SAME,
    ]
    .into_iter()
    .any(|re| single(re))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_in_four_languages() {
        type Check = fn(&Cues) -> bool;
        let table: &[(&str, Check)] = &[
            ("change to blue", |c| c.change),
            ("make it 3", |c| c.change),
            ("actually 2", |c| c.change),
            ("troca para azul", |c| c.change),
            ("na verdade 2", |c| c.change),
            ("mejor 3", |c| c.change),
            ("lieber in blau", |c| c.change),
            ("remove the scarf", |c| c.remove),
            ("tira o cachecol", |c| c.remove),
            ("quita la bufanda", |c| c.remove),
            ("ohne den schal", |c| c.without),
            ("sem o cachecol", |c| c.without && !c.remove),
            ("also add a tee", |c| c.add),
            ("e mais uma camiseta", |c| c.add),
            ("i'll take 2", |c| c.order),
            ("quero 1 jaqueta", |c| c.order),
            ("me llevo dos", |c| c.order),
            ("ich nehme zwei", |c| c.order),
            ("ok, 2 jackets", |c| c.confirm),
            ("fechado!", |c| c.confirm),
            ("2 red flannels l reserved", |c| c.confirm),
        ];
        for (text, check) in table {
            assert!(check(&Cues::read(text, false)), "{text}");
        }
        let plain = Cues::read("hi, is the denim jacket still available", false);
        assert_eq!(plain, Cues::default());
    }

    #[test]
    fn cue_words_alone() {
        assert!(is_cue_word("quero"));
        assert!(is_cue_word("take"));
        assert!(!is_cue_word("hats"));
        assert!(!is_cue_word("taken"));
    }
}
