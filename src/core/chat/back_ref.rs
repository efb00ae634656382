//! Quantities that name no product of their own and so point back at one said before: "I'll
//! take 2", "2 of them", "give me two", "quero 2 dessas", "me llevo dos de esas", "ich nehme 2
//! davon"; and the bare "I'll take it" / "quero essa" that orders what was asked about.
//!
//! Customers often ask first ("do you have the black jacket in M?") and order in the next
//! message by a number that leans on the question. Chats are also full of numbers that count
//! nothing (prices, sizes, times, dates, phone and house numbers), so a number is only taken
//! as such a quantity when it is read strictly: it is the only loose number in the clause,
//! nothing around it makes it a time, a place, a date or money, nothing after it is a noun it
//! could be counting ("3 hats"), and the clause orders, changes, hands over, points ("of
//! them") or says nothing else at all ("2 please"). A question that does not order ("do you
//! have 2?") is still asking.

use super::cues::{Cues, clitic_order, ends_with_order_verb, is_cue_word};
use super::fold::{Token, TokenKind, fold};
use super::roles::{Qty, Role, Words};
use super::vocab;

/// A number with no product above this is far likelier a price ("ok 180") than a count.
const MAX_BACK_QTY: i64 = 99;

/// How many tokens before a pointer are looked at for the order verb ("can i get | it").
const VERB_TOKENS: usize = 3;

/// How far after a street word a number is still its house number ("rua Padre João
/// Manuel 22").
const STREET_WINDOW: usize = 4;

/// A quantity (or a bare "it") that refers to the item said before this clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BackRef {
    /// None for an order by pointer alone: "I'll take it", "quero essa", "me la llevo".
    pub qty: Option<Qty>,
    /// "2 more", "mais 2", "2 más": adds to the quantity already ordered.
    pub more: bool,
    /// The words it was read from, as written ("I want 2 of them").
    pub text: String,
}

/// A loose number that passed the checks, and what follows it.
struct Count {
    at: usize,
    qty: Qty,
    /// A pointer after it: "2 of them", "2 dessas", "zwei davon".
    pointed: bool,
    more: bool,
    /// The last token that belongs to it ("them" in "2 of them").
    end: usize,
}

/// Reads the back-referring quantity of a clause, if it has one. `attached` marks the tokens
/// its mentions took; `named` says whether it has mentions; `simple` is [`Reading::simple`].
///
/// [`Reading::simple`]: super::clause::Reading::simple
pub(crate) fn read_back_ref(
    words: &Words<'_>,
    attached: &[bool],
    cues: &Cues,
    simple: bool,
    named: bool,
) -> Option<BackRef> {
    // "do you have 2?" is still asking; "can I have 2?" and "can you make it 3?" are not.
    if cues.question && !cues.order && !cues.change {
        return None;
    }
    let mut found: Option<Count> = None;
    for i in 0..words.tokens.len() {
        if let Some(count) = count_at(words, attached, i) {
            if found.is_some() {
                // Two loose numbers ("2 or 3", "512 555"): which one counts is a guess.
                return None;
            }
            found = Some(count);
        }
    }
    match found {
        Some(count) => accept(words, attached, &count, cues, simple, named),
        None if !named => pointer_order(words, cues),
        None => None,
    }
}

/// Whether the clause around a count says it is meant, and the words to show for it.
fn accept(
    words: &Words<'_>,
    attached: &[bool],
    count: &Count,
    cues: &Cues,
    simple: bool,
    named: bool,
) -> Option<BackRef> {
    let meant =
        cues.order || cues.change || cues.hand_over || count.pointed || count.more || simple;
    // With products in the clause, only a count before all of them points back ("2 of them
    // and one red scarf"); one after a product ("the red scarf 2") is about that product.
    let before_products = !attached.iter().take(count.at).any(|&a| a);
    if !meant || (named && !before_products) {
        return None;
    }
    let text = if named {
        span_text(words, count.end)
    } else {
        words.text.trim().to_string()
    };
    Some(BackRef {
        qty: Some(count.qty),
        more: count.more,
        text,
    })
}

/// The words from the clause's start (less a leading "and") to the end of the count.
fn span_text(words: &Words<'_>, end: usize) -> String {
    let tokens = &words.tokens;
    let start = tokens
        .iter()
        .take(end)
        .position(|t| !vocab::is_conjunction(&t.text))
        .unwrap_or(end);
    match (tokens.get(start), tokens.get(end)) {
        (Some(first), Some(last)) => words
            .text
            .get(first.start..last.end)
            .unwrap_or(words.text)
            .trim()
            .to_string(),
        _ => words.text.trim().to_string(),
    }
}

/// Token `i` as a loose count, or None when it is no number, belongs to a product, is too
/// big, sits in a time, date, place or price, or counts a noun after it.
fn count_at(words: &Words<'_>, attached: &[bool], i: usize) -> Option<Count> {
    let Some(Role::Qty(qty)) = words.roles.get(i) else {
        return None;
    };
    if attached.get(i).copied().unwrap_or(true) || !(1..=MAX_BACK_QTY).contains(&qty.n) {
        return None;
    }
    if qty.weak && !article_stands_alone(words, i) {
        return None;
    }
    if counts_nothing(words, i) {
        return None;
    }
    let more_before = i
        .checked_sub(1)
        .is_some_and(|k| is_more_word(words.text, &words.tokens[k]));
    let after = follow(words, attached, i)?;
    Some(Count {
        at: i,
        qty: *qty,
        pointed: after.pointed,
        more: more_before || after.more,
        end: after.end,
    })
}

/// "vou levar um", "quero uma", "me llevo una", "einen davon": an article with no noun after
/// it is the number one. English "a"/"an" never stand alone, and "uma camiseta" is a
/// product's article, so only an end, a pointer or politeness may follow.
fn article_stands_alone(words: &Words<'_>, i: usize) -> bool {
    let tokens = &words.tokens;
    if matches!(tokens[i].text.as_str(), "a" | "an") {
        return false;
    }
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    let pointer_after_of = matches!(next.text.as_str(), "de" | "of" | "von")
        && tokens
            .get(i + 2)
            .is_some_and(|t| vocab::is_pointer(&t.text));
    vocab::is_pointer(&next.text)
        || pointer_after_of
        || (matches!(words.roles.get(i + 1), Some(Role::Filler | Role::Other)) && passable(next))
}

/// The number at `i` is a time, date, place, code or price by its neighbours: "21/11",
/// "10-12", "2º", "512 555 0107", "at 5", "às 5", "a las 5", "on the 21", "apto 32", "for
/// 150", "in 40", "5 de dezembro", "Nov 5".
pub(crate) fn counts_nothing(words: &Words<'_>, i: usize) -> bool {
    let (text, tokens) = (words.text, &words.tokens);
    let t = &tokens[i];
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    let touching_before = before.is_some_and(|c| "/-:#.º°ª".contains(c));
    let touching_after = after.is_some_and(|c| "/-:%º°ª".contains(c));
    if touching_before || touching_after {
        return true;
    }
    let is_number = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    if is_number(i.checked_sub(1)) || is_number(Some(i + 1)) {
        return true;
    }
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.text.as_str())
    };
    let (prev, prev2) = (word(i.checked_sub(1)), word(i.checked_sub(2)));
    let (next, next2) = (word(Some(i + 1)), word(Some(i + 2)));
    let prev_raw = i
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .and_then(|p| text.get(p.start..p.end))
        .unwrap_or("");
    let prev_is_stop = i
        .checked_sub(1)
        .is_some_and(|k| matches!(words.roles.get(k), Some(Role::Stop)));
    // "rua Augusta 22", "calle Mayor 5", "Kastanienallee 12": a house number.
    let after_street = tokens[i.saturating_sub(STREET_WINDOW)..i]
        .iter()
        .any(|t| vocab::is_street(&t.text));
    after_street
        || vocab::is_before_non_count(prev)
        // "às 5": the accent is all that tells it from the article "as".
        || prev_raw.contains(['à', 'À'])
        || (matches!(prev, "la" | "las") && prev2 == "a")
        || (prev_is_stop && vocab::is_before_non_count(prev2))
        || vocab::is_month(next)
        || (matches!(next, "de" | "of") && vocab::is_month(next2))
}

/// What follows a count up to the next product.
struct After {
    pointed: bool,
    more: bool,
    end: usize,
}

/// Walks the words after a count: pointers, "more", colours and sizes belong to it; glue,
/// politeness and a few adverbs ("today", "for") are passed over; a noun it would be
/// counting ("3 hats", "2 tickets") means it is not a back reference, unless a pointer came
/// first ("2 of them delivered").
fn follow(words: &Words<'_>, attached: &[bool], i: usize) -> Option<After> {
    let mut after = After {
        pointed: false,
        more: false,
        end: i,
    };
    for j in i + 1..words.tokens.len() {
        if attached.get(j).copied().unwrap_or(true) {
            break;
        }
        let t = &words.tokens[j];
        if vocab::is_conjunction(&t.text) {
            // "2 of them | and one red scarf": what follows is another thing.
            break;
        }
        if vocab::is_pointer(&t.text) {
            after.pointed = true;
            after.end = j;
            continue;
        }
        if is_more_word(words.text, t) {
            after.more = true;
            after.end = j;
            continue;
        }
        match &words.roles[j] {
            Role::Qty(_) => break,
            Role::Colour(_) | Role::Size(_) => after.end = j,
            r if r.is_glue() => {}
            Role::Filler | Role::Price(_) => {}
            Role::Other if passable(t) => {}
            _ if after.pointed => break,
            _ => return None,
        }
    }
    Some(after)
}

/// Words after a count that are not what it counts: cue words, adverbs, short words.
fn passable(t: &Token) -> bool {
    t.kind != TokenKind::Word
        || t.text.chars().count() < 3
        || is_cue_word(&t.text)
        || vocab::is_filler(&t.text)
        || vocab::may_follow_back_qty(&t.text)
}

/// "more", "mais", "mehr", and Spanish "más" only when written with its accent.
fn is_more_word(text: &str, t: &Token) -> bool {
    vocab::is_more(&t.text)
        || text
            .get(t.start..t.end)
            .is_some_and(|raw| raw.to_lowercase() == "más")
}

/// "I'll take it", "quero essa", "vou levar essa", "me llevo esa", "me la llevo", "ich nehme
/// die": an order whose object is a pointer right after the verb, in a clause that names no
/// product and has no count. It orders what was asked about, with no quantity of its own.
fn pointer_order(words: &Words<'_>, cues: &Cues) -> Option<BackRef> {
    if !(cues.order || cues.hand_over) || cues.question {
        return None;
    }
    let tokens = &words.tokens;
    let folded_before = |i: usize| {
        tokens[i.saturating_sub(VERB_TOKENS)..i]
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let pointed = (0..tokens.len())
        .any(|i| vocab::is_pointer(&tokens[i].text) && ends_with_order_verb(&folded_before(i)));
    (pointed || clitic_order(&fold(words.text))).then(|| BackRef {
        qty: None,
        more: false,
        text: words.text.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use crate::core::catalog::Product;
    use crate::core::chat::catalog_index::CatalogIndex;
    use crate::core::chat::clause::read_message;
    use crate::core::money::Currency;

    fn catalog() -> Vec<Product> {
        let product = |sku: &str, name: &str, variant: &str, aliases: &[&str]| Product {
            sku: sku.to_string(),
            name: name.to_string(),
            variant: variant.to_string(),
            price: 18000,
            currency: Currency::Usd,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        };
        vec![
            product("JKT-BLK-M", "Leather Jacket", "Black / M", &["jaqueta"]),
            product("SCF-RED", "Wool Scarf", "Red", &["scarf", "bufanda"]),
        ]
    }

    /// The back reference of each clause of a message, as (quantity, more, text).
    fn back(text: &str) -> Vec<Option<(Option<i64>, bool, String)>> {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        read_message(text, &index, Currency::Usd)
            .into_iter()
            .map(|r| r.back.map(|b| (b.qty.map(|q| q.n), b.more, b.text)))
            .collect()
    }

    fn qty(text: &str) -> Option<i64> {
        back(text).into_iter().flatten().find_map(|b| b.0)
    }

    #[test]
    fn quantities_that_point_back_in_four_languages() {
        let table: &[(&str, i64)] = &[
            ("I want 2 of them", 2),
            ("I'll take 2", 2),
            ("give me two", 2),
            ("ok 1 please", 1),
            ("2 of those", 2),
            ("I'll take those 2", 2),
            ("quero 2", 2),
            ("vou levar duas", 2),
            ("me manda 2 dessas", 2),
            ("2 dessas por favor", 2),
            ("me llevo 2", 2),
            ("quiero dos de esas", 2),
            ("dame 1", 1),
            ("ich nehme 2", 2),
            ("zwei davon bitte", 2),
            ("make it 3", 3),
            ("I'll take 2 today", 2),
            ("I want 2 of them delivered", 2),
            ("vou levar um também", 1),
            ("quero uma dessas", 1),
            ("me llevo una", 1),
            ("dann einen davon bitte", 1),
        ];
        for &(text, n) in table {
            assert_eq!(qty(text), Some(n), "{text}");
        }
    }

    #[test]
    fn a_count_before_a_product_points_back_and_the_product_keeps_its_own() {
        assert_eq!(
            back("I want 2 of them and one red scarf"),
            [Some((Some(2), false, "I want 2 of them".to_string()))]
        );
        assert_eq!(qty("I want 2 of those and the red scarf"), Some(2));
        // After the product, a loose number is about that product, not about the past.
        assert_eq!(qty("the red scarf and 2 of those"), None);
        assert_eq!(qty("2 red scarves"), None);
        // An article before a noun is that noun's, even an unknown one.
        assert_eq!(qty("quero uma bolsa"), None);
        assert_eq!(qty("I want a bag"), None);
        assert_eq!(qty("I'll take a"), None);
    }

    #[test]
    fn numbers_that_count_nothing_are_not_quantities() {
        for text in [
            "ok 180",
            "I'll take it for 150",
            "I need it by 5",
            "I want it at 5",
            "I want it delivered to 221 Baker St",
            "I want it in 40",
            "quero no 38",
            "quero pra dia 21",
            "quero às 5",
            "lo quiero a las 5",
            "ich nehme es um 5",
            "I want it on the 21",
            "I want it on 21/11",
            "I want it 21 de novembro",
            "I want it Nov 21",
            "my number is 512 555 0107, I want it",
            "I want it in 2 days",
            "give me 5 minutes",
            "quero no apto 32",
            "envia pra rua Augusta 22",
            "I want it at Rua Augusta 22",
            "quiero que me lo manden a calle Mayor 5",
            "ich nehme es, Kastanienallee 12",
            "I want 2 or 3",
            "I want 3 hats",
            "I need 2 tickets",
            "I paid 20",
            "I want 20% off",
        ] {
            assert_eq!(qty(text), None, "{text}");
        }
    }

    #[test]
    fn a_question_is_still_asking() {
        assert_eq!(back("do you have 2?"), [None]);
        assert_eq!(back("tem 2 dessas?"), [None]);
        assert_eq!(qty("can I have 2?"), Some(2));
        assert_eq!(qty("can you make it 3?"), Some(3));
    }

    #[test]
    fn more_adds() {
        assert_eq!(
            back("2 more please"),
            [Some((Some(2), true, "2 more please".into()))]
        );
        assert_eq!(
            back("quero mais 2"),
            [Some((Some(2), true, "quero mais 2".into()))]
        );
        assert_eq!(
            back("dame 2 más"),
            [Some((Some(2), true, "dame 2 más".into()))]
        );
        // Portuguese "mas" is "but", not "más".
        assert_eq!(qty("quero 2 mas só amanhã"), Some(2));
        assert_eq!(
            back("quero 2 mas só amanhã")[0].as_ref().map(|b| b.1),
            Some(false)
        );
    }

    #[test]
    fn ordering_a_pointer_orders_what_was_asked() {
        for text in [
            "I'll take it",
            "ok I want them",
            "quero essa",
            "vou levar essa",
            "me llevo esa",
            "me la llevo",
            "ich nehme die",
        ] {
            assert_eq!(
                back(text),
                [Some((None, false, text.to_string()))],
                "{text}"
            );
        }
        for text in [
            "I want to see it",
            "I like it",
            "can I take it back?",
            "give me a minute",
            "I'll think about it",
        ] {
            assert!(back(text).iter().all(Option::is_none), "{text}");
        }
    }
}
