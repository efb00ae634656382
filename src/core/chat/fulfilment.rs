//! Delivery address and pickup, from what the customer wrote.
//!
//! An address follows a label or a verb ("Address:", "endereço", "dirección",
//! "Lieferadresse", "deliver to", "ship to"), or is a line shaped like a street address
//! ("4417 Elm St", "Rua Augusta, 1500", "Kastanienallee 12"). Pickup is said with "pick up",
//! "retirar", "recoger", "abholen" and their forms; the last of the two said wins.

use std::sync::LazyLock;

use regex::Regex;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("fulfilment regex {pattern}: {e}"))
}

/// A label or verb that introduces an address; the address is what follows.
static ADDRESS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)(?:\b(?:address|endere[cç]o|direcci[oó]n|lieferadresse|adresse|anschrift)\b\s*:?",
        r"|\b(?:deliver(?:ed|y)?|ship(?:ped)?|send|mail)(?: (?:it|them|this|everything))? to\b",
        r"|\b(?:entregar|entrega|enviar|mandar|manda)(?: (?:isso|tudo))? (?:em|no|na|para|pra)\b",
        r"|\b(?:env[ií]a(?:lo|la|los|las)?|enviar|mandar|m[aá]ndalo|entregar|entrega)(?: todo)? (?:a|en)\b",
        r"|\b(?:liefern|schicken|senden|schick)(?: (?:es|sie|alles))? (?:an|nach)\b)\s*",
    ))
});

/// A line that looks like a street address without any label.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)(?:\b\d{1,5}\s+(?:[\p{L}.'-]+\s+){1,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|way|ct|court|pl|place|terrace|hwy)\b",
        r"|\b(?:rua|r\.|av\.|avenida|alameda|travessa|estrada|pra[cç]a|calle|c/|carrera|paseo|plaza|camino)\s+[\p{L}\s.'-]{2,40},?\s*(?:n[ºo°.]?\s*)?\d{1,5}\b",
        r"|\b[\p{L}-]{3,}(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm)\s+\d{1,4}[a-z]?\b)",
    ))
});

/// Saying the customer will collect the order.
static PICKUP: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"(?i)\b(?:pick(?:ing)?\s+(?:it\s+|them\s+|these\s+|those\s+|everything\s+)?up|pickup|pick-up",
        r"|(?:i'?ll|will|can|could)\s+collect|come\s+(?:by|get\s+it)",
        r"|retirar|retiro|retiramos|vou\s+buscar|passo\s+(?:a[ií]|l[aá])|buscar\s+na\s+loja|pegar\s+na\s+loja",
        r"|recoger|recojo|paso\s+a\s+(?:recoger|retirar|buscar)|retirarlo|retirarla",
        r"|abholen|hole\s.{0,30}\bab\b|komme\s+vorbei)",
    ))
});

/// Asking for delivery without giving an address yet.
static DELIVERY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:deliver|delivery|shipping|entrega|entregar|envio|envío|enviar|liefern|lieferung|versand)\b",
    )
});

/// What one message says about fulfilment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fulfilment {
    pub address: Option<(String, u8)>,
    pub pickup: bool,
    pub delivery: bool,
}

/// Reads one customer message.
pub(crate) fn read_fulfilment(text: &str) -> Fulfilment {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Fulfilment {
        pickup: PICKUP.is_match(text),
        delivery: DELIVERY.is_match(text),
        ..Fulfilment::default()
    };
    for (i, line) in lines.iter().enumerate() {
        if let Some(cue) = ADDRESS_CUE.find(line) {
            let rest = clean(&line[cue.end()..]);
            let mut parts: Vec<&str> = Vec::new();
            if rest.chars().any(char::is_alphanumeric) {
                parts.push(rest);
            }
            // The address may go on over the next lines ("4417 Elm St\nAustin, TX 78751"),
            // unless its own line ended the sentence ("deliver to 221 Baker St?").
            let ended = line.trim_end().ends_with(['?', '!', '.']);
            for next in lines.iter().skip(i + 1).take(2) {
                let next = clean(next);
                if !ended && looks_like_continuation(next, parts.is_empty()) {
                    parts.push(next);
                } else {
                    break;
                }
            }
            if !parts.is_empty() {
                found.address = Some((parts.join(", "), 90));
                found.delivery = true;
            }
        } else if found.address.is_none()
            && let Some(street) = STREET.find(line)
        {
            // Keep the whole line from the street on: "Rua Augusta, 1500, apto 32".
            found.address = Some((clean(&line[street.start()..]).to_string(), 60));
            found.delivery = true;
        }
    }
    found
}

fn clean(text: &str) -> &str {
    text.trim()
        .trim_end_matches(['?', '!', '.', ';'])
        .trim_start_matches([':', '-', '–'])
        .trim()
}

/// "Austin, TX 78751", "10435 Berlin", "apto 32": short, with a digit (a postcode, a flat
/// number), no question. Right after a bare "Address:" any short line will do.
fn looks_like_continuation(line: &str, first: bool) -> bool {
    !line.is_empty()
        && line.chars().count() <= 60
        && (first || line.chars().any(|c| c.is_ascii_digit()))
        && !line.contains('?')
        && !line.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> Option<String> {
        read_fulfilment(text).address.map(|(a, _)| a)
    }

    #[test]
    fn labelled_addresses() {
        let table = [
            (
                "Address: 4417 Elm St\nAustin, TX 78751",
                "4417 Elm St, Austin, TX 78751",
            ),
            (
                "can you ship to 88 Queen St W, Toronto?",
                "88 Queen St W, Toronto",
            ),
            ("Can you deliver to 221 Baker St?", "221 Baker St"),
            (
                "Endereço: Rua Augusta, 1500 - apto 32",
                "Rua Augusta, 1500 - apto 32",
            ),
            ("envíalo a Calle Mayor 5, Madrid", "Calle Mayor 5, Madrid"),
            (
                "Lieferadresse: Kastanienallee 12, 10435 Berlin",
                "Kastanienallee 12, 10435 Berlin",
            ),
            (
                "Address:\n12 Rose Lane\nLeeds LS1 4AB",
                "12 Rose Lane, Leeds LS1 4AB",
            ),
        ];
        for (text, expected) in table {
            assert_eq!(address(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn street_shaped_lines() {
        assert_eq!(address("it's 4417 Elm St").as_deref(), Some("4417 Elm St"));
        assert_eq!(
            address("Rua Augusta, 1500").as_deref(),
            Some("Rua Augusta, 1500")
        );
        assert_eq!(
            address("Kastanienallee 12").as_deref(),
            Some("Kastanienallee 12")
        );
        assert_eq!(
            read_fulfilment("4417 Elm St").address.map(|a| a.1),
            Some(60)
        );
        assert_eq!(address("2 black tees size M"), None);
        assert_eq!(address("I have 3 dogs"), None);
    }

    #[test]
    fn pickup_in_four_languages() {
        for text in [
            "I'll pick up Saturday morning",
            "can I pick it up tomorrow?",
            "vou retirar na loja",
            "Mañana paso a retirar",
            "paso a recoger mañana",
            "ich hole sie morgen ab",
            "Kann ich es abholen?",
        ] {
            assert!(read_fulfilment(text).pickup, "{text}");
        }
        assert!(!read_fulfilment("pick a colour for me").pickup);
        assert!(!read_fulfilment("2 black tees").pickup);
        assert!(read_fulfilment("do you deliver?").delivery);
    }
}
