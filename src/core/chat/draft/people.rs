//! Who is who in a chat: the shop's authors, each customer, the name a customer gives when
//! the chat only shows their number, and which customer a shop message speaks to.

use super::cues::{self, Cue};
use super::message::Read;
use super::phrases::Words;
use super::words::Kind;
use crate::core::chat::Message;
use crate::core::chat::fold::fold;
use crate::core::customer::looks_like_phone;

/// One customer of the chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    /// The author as the chat shows it ("Tati 💜", "+55 11 97654-3210"); empty for a paste
    /// without headers.
    pub author: String,
    /// The author is a phone number.
    pub is_phone: bool,
    /// Folded first names that stand for this customer in the shop's messages.
    pub handles: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct People {
    pub customers: Vec<Person>,
    /// Per message: the customer who wrote it (None for the shop's and system messages).
    pub author_of: Vec<Option<usize>>,
    /// Per message: written by the shop.
    pub shop: Vec<bool>,
    /// The customer who created the group, when the chat says so.
    pub organiser: Option<usize>,
}

impl People {
    pub fn group(&self) -> bool {
        self.customers.len() > 1
    }
}

/// Compares author names the way people see them: no case, accents, emoji or punctuation.
pub(crate) fn name_key(name: &str) -> String {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sorts the chat's authors into the shop and its customers.
pub(crate) fn sort(messages: &[Message], shop_names: &[String]) -> People {
    let shop_keys: Vec<String> = shop_names.iter().map(|n| name_key(n)).collect();
    let is_shop = |author: &str| {
        let key = name_key(author);
        !key.is_empty() && shop_keys.contains(&key)
    };
    let mut people = People::default();
    for m in messages {
        let shop = !m.system && m.author.as_deref().is_some_and(is_shop);
        people.shop.push(shop);
        if m.system || shop {
            people.author_of.push(None);
            continue;
        }
        let author = m.author.clone().unwrap_or_default();
        let index = match people.customers.iter().position(|p| p.author == author) {
            Some(i) => i,
            None => {
                people.customers.push(Person {
                    is_phone: looks_like_phone(&author),
                    handles: handles(&author),
                    author,
                });
                people.customers.len() - 1
            }
        };
        people.author_of.push(Some(index));
    }
    // A paste without headers: its messages belong to the only customer, if there is one.
    if people.customers.len() == 2
        && let Some(blank) = people.customers.iter().position(|p| p.author.is_empty())
    {
        let other = 1 - blank;
        for a in people.author_of.iter_mut().flatten() {
            if *a == blank {
                *a = other;
            }
        }
        people.customers.remove(blank);
        for a in people.author_of.iter_mut().flatten() {
            if *a > blank {
                *a -= 1;
            }
        }
    }
    for m in messages.iter().filter(|m| m.system) {
        let text = fold(&m.text);
        // "criou o grupo", "created group", or the one who brings the others (and the
        // shop) in: "Sophie added Gemma", "añadió a", "adicionou", "hat … hinzugefügt".
        let adds = ["added", "anadio", "agrego", "adicionou", "hinzugefugt"]
            .iter()
            .any(|w| text.split_whitespace().any(|x| x == *w));
        if !(text.contains("grup") || text.contains("group") || adds) {
            continue;
        }
        if let Some(i) = people
            .customers
            .iter()
            .position(|p| !p.author.is_empty() && text.starts_with(&fold(&p.author)))
        {
            people.organiser = Some(i);
            break;
        }
    }
    people
}

/// The first name of an author, folded: what the shop calls them ("Dana" for "Dana (Office
/// Mgr)", "Tati" for "Tati 💜").
fn handles(author: &str) -> Vec<String> {
    if looks_like_phone(author) {
        return Vec::new();
    }
    let words: Vec<String> = name_key(author)
        .split(' ')
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
        .map(str::to_string)
        .collect();
    let mut out = Vec::new();
    if let Some(first) = words.first() {
        // "Coach Ramirez", "Maestra Lety", "Dr. Stefan Krämer": titles are not names.
        const TITLES: &[&str] = &[
            "coach", "maestra", "maestro", "dr", "dra", "prof", "profe", "dona", "don", "senor",
            "senora", "sr", "sra", "frau", "herr", "mr", "mrs", "ms", "miss", "tia", "tio",
        ];
        if TITLES.contains(&first.as_str()) {
            for name in words.iter().skip(1).take(1).chain(words.last()) {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        } else {
            out.push(first.clone());
        }
    }
    out
}

/// A name a customer gives in their own message: "aqui é a Fernanda", "Soy Regina",
/// "This is Marcus btw", "Priya here", "hier Schmidt aus der Agnesstraße".
pub(crate) fn self_introduction(read: &Read, text: &str) -> Option<String> {
    let words = &read.words;
    let tokens = &words.tokens;
    for (_, end) in cues::find(Cue::SelfIntro, words, 0, words.len()) {
        if let Some(name) = capitalised_run(words, text, end, true) {
            return Some(name);
        }
        // "Sou a avó Luzia Bento", "soy la señora Rosa", "I'm auntie Ngozi": who they are to
        // someone, in a small word, then the name.
        let role = tokens
            .get(end)
            .is_some_and(|t| t.is_alpha() && !t.capital && t.text.chars().count() <= 8);
        if role
            && tokens.get(end + 1).is_some_and(|t| t.capital)
            && let Some(name) = capitalised_run(words, text, end + 1, true)
        {
            return Some(name);
        }
    }
    // A filled-in form: "Nome: Joana Prado", "Name - Tom Becker".
    for i in 0..tokens.len().saturating_sub(2) {
        if NAME_LABELS.contains(&tokens[i].text.as_str())
            && tokens[i].capital
            && matches!(tokens[i + 1].kind, Kind::Punct(':' | '-'))
            && let Some(name) = capitalised_run(words, text, i + 2, true)
        {
            return Some(name);
        }
    }
    for (start, _) in cues::find(Cue::SelfIntroAfter, words, 0, words.len()) {
        // "Priya here": one or two capitalised words right before.
        let mut from = start;
        // "Máire Ní Bhriain here": up to three names.
        while from > 0
            && start - from < 3
            && tokens[from - 1].is_alpha()
            && tokens[from - 1].capital
        {
            from -= 1;
        }
        let greeting = from < start && is_greeting(&tokens[from].text);
        if from < start && !greeting {
            let first = from;
            let before_ok =
                first == 0 || !tokens[first - 1].is_word() || is_greeting(&tokens[first - 1].text);
            if before_ok {
                return Some(text[tokens[first].start..tokens[start - 1].end].to_string());
            }
        }
    }
    None
}

fn is_greeting(word: &str) -> bool {
    matches!(
        word,
        "hi" | "hello"
            | "hey"
            | "oi"
            | "ola"
            | "hola"
            | "hallo"
            | "servus"
            | "moin"
            | "bom"
            | "boa"
            | "buenas"
            | "buenos"
            | "guten"
            | "good"
            | "ok"
            | "so"
    )
}

/// One to three capitalised words starting at token `i`, stopping at a connector ("Denise do
/// C", "Schmidt aus der Agnesstraße").
fn capitalised_run(words: &Words, text: &str, i: usize, need_capital: bool) -> Option<String> {
    let tokens = &words.tokens;
    let mut end = i;
    // "D. Graça Lopes", "Dr. Weber", "Sra. Ruiz": a short title with its full stop leads in.
    let mut limit = i + 3;
    let titled = tokens
        .get(i)
        .is_some_and(|t| t.is_alpha() && t.capital && t.text.chars().count() <= 3)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_punct('.') && t.start == tokens[i].end)
        && tokens.get(i + 2).is_some_and(|t| t.is_alpha() && t.capital);
    if titled {
        end = i + 2;
        limit = i + 5;
    }
    while end < tokens.len() && end < limit {
        let t = &tokens[end];
        if !t.is_alpha()
            || (need_capital && !t.capital)
            || STOP_AFTER_NAME.contains(&t.text.as_str())
        {
            break;
        }
        end += 1;
    }
    if end == i || is_greeting(&tokens[i].text) {
        return None;
    }
    // A name is followed by an end, punctuation, a connector or a filler, not by a verb.
    Some(text[tokens[i].start..tokens[end - 1].end].to_string())
}

/// The label of a name field in a filled-in form, written capitalised.
const NAME_LABELS: &[&str] = &[
    "nome",
    "name",
    "nombre",
    "cliente",
    "customer",
    "kunde",
    "kundin",
    "destinatario",
    "empfanger",
    "recipient",
];

const STOP_AFTER_NAME: &[&str] = &[
    "do", "da", "de", "dos", "das", "from", "aus", "von", "del", "here", "hier", "aqui", "por",
    "btw", "again", "de novo",
];

/// A reply that is only a name ("Patrícia", "Larissa"), after the shop asked for it.
pub(crate) fn bare_name(read: &Read, text: &str) -> Option<String> {
    let tokens = &read.words.tokens;
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].is_word()).collect();
    let others = tokens
        .iter()
        .filter(|t| !t.is_word() && !matches!(t.kind, Kind::Punct('.' | '!' | ',') | Kind::Newline))
        .count();
    if words.is_empty() || words.len() > 3 || others > 0 {
        return None;
    }
    if !words
        .iter()
        .all(|&i| tokens[i].capital && tokens[i].is_alpha())
    {
        return None;
    }
    Some(text[tokens[words[0]].start..tokens[words[words.len() - 1]].end].to_string())
}

/// Which customers a shop message speaks to, and from where: each customer's name in the
/// message starts their part ("Lupita fue primero… Mariana, de rosa me queda…"; "Marcia: …
/// Luiz: …"). Returns (customer, from token, to token); empty when no customer is named.
pub(crate) fn addressed(
    read: &Read,
    people: &People,
    given: &[Option<String>],
) -> Vec<(usize, usize, usize)> {
    let tokens = &read.words.tokens;
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_alpha() || !t.capital {
            continue;
        }
        let found = people.customers.iter().enumerate().find(|(c, p)| {
            p.handles.contains(&t.text)
                || given
                    .get(*c)
                    .and_then(|g| g.as_ref())
                    .is_some_and(|g| name_key(g).split(' ').next() == Some(t.text.as_str()))
        });
        if let Some((c, _)) = found
            && starts.last().is_none_or(|(last, _)| *last != c)
        {
            starts.push((c, i));
        }
    }
    let mut parts = Vec::new();
    for (k, &(c, at)) in starts.iter().enumerate() {
        // A part starts at the beginning of its line when the name opens the line ("Luiz: …").
        let mut from = at;
        while from > 0 && tokens[from - 1].kind != Kind::Newline && at - from < 4 {
            from -= 1;
        }
        if from > 0 && tokens[from - 1].kind != Kind::Newline {
            from = at;
        }
        let to = starts.get(k + 1).map_or(tokens.len(), |&(_, next)| {
            let mut line_start = next;
            while line_start > at + 1
                && tokens[line_start - 1].kind != Kind::Newline
                && next - line_start < 4
            {
                line_start -= 1;
            }
            if line_start > 0 && tokens[line_start - 1].kind == Kind::Newline {
                line_start
            } else {
                next
            }
        });
        let from = if k == 0 && at < 6 { 0 } else { from };
        parts.push((c, from, to));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::super::catalog::CatalogIndex;
    use super::super::message::read;
    use super::*;
    use crate::core::money::Currency;

    fn intro(text: &str) -> Option<String> {
        let index = CatalogIndex::new(&[]);
        let r = read(text, &index, Currency::USD, true);
        self_introduction(&r, text)
    }

    #[test]
    fn customers_say_who_they_are() {
        assert_eq!(
            intro("Boa noite! Aqui é a Fernanda, peguei o contato").as_deref(),
            Some("Fernanda")
        );
        assert_eq!(
            intro("Oi, aqui é a Denise do C. Posso pedir").as_deref(),
            Some("Denise")
        );
        assert_eq!(
            intro("Soy Regina por cierto jaja").as_deref(),
            Some("Regina")
        );
        assert_eq!(
            intro("1807 S 1st St. This is Marcus btw").as_deref(),
            Some("Marcus")
        );
        assert_eq!(intro("Hi! Priya here. Can I get").as_deref(), Some("Priya"));
        assert_eq!(
            intro("Hi, Aylin hier 👋 für mich").as_deref(),
            Some("Aylin")
        );
        assert_eq!(
            intro("Hallo, hier Schmidt aus der Agnesstraße").as_deref(),
            Some("Schmidt")
        );
        assert_eq!(intro("o nome dele é Thiago"), None);
        assert_eq!(intro("im in 78704"), None);
    }

    #[test]
    fn a_role_before_the_name_and_three_names_before_here() {
        assert_eq!(
            intro("Bom dia, sou a tia Graça Mendes, quero encomendar").as_deref(),
            Some("Graça Mendes")
        );
        assert_eq!(
            intro("Buenas tardes, le escribe Ana María Torres").as_deref(),
            Some("Ana María Torres")
        );
        assert_eq!(
            intro("Hi, Siobhán Nic Aodha here, from the office").as_deref(),
            Some("Siobhán Nic Aodha")
        );
        assert_eq!(intro("sou a primeira a pedir"), None);
    }

    #[test]
    fn authors_have_handles() {
        assert_eq!(handles("Dana (Office Mgr)"), ["dana"]);
        assert_eq!(handles("Coach Ramirez"), ["ramirez"]);
        assert_eq!(handles("Tati 💜"), ["tati"]);
        assert!(handles("+55 11 97654-3210").is_empty());
    }
}
