//! Pickup or delivery, from what a message says: "retiro amanhã", "paso a recoger", "I'll
//! swing by", "ich hol's ab", a courier sent to collect; or "entrega", "ship it", "liefern".

use super::cues::{self, Cue};
use super::message::Read;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Said {
    Pickup,
    Delivery,
}

/// What a message says about fulfilment; the last thing said in it wins.
pub(crate) fn read(read: &Read) -> Option<Said> {
    let words = &read.words;
    let n = words.len();
    let mut last: Option<(usize, Said)> = None;
    fn note(last: &mut Option<(usize, Said)>, at: usize, said: Said) {
        if last.is_none_or(|(p, _)| at >= p) {
            *last = Some((at, said));
        }
    }
    for (a, _) in cues::find(Cue::Pickup, words, 0, n) {
        note(&mut last, a, Said::Pickup);
    }
    // German separable verbs: "ich hol's um zwölfe ab", "ich komm morgen vorbei".
    for clause in &read.clauses {
        let (a, b) = (clause.start, clause.end);
        let hol = (a..b).find(|&i| {
            matches!(
                words.text(i),
                "hol" | "hole" | "hols" | "holen" | "holt" | "hoi"
            )
        });
        if let Some(h) = hol
            && (h..b).any(|i| words.text(i) == "ab")
        {
            note(&mut last, h, Said::Pickup);
        }
        let komm = (a..b).find(|&i| matches!(words.text(i), "komm" | "komme" | "kommen" | "kommt"));
        if let Some(k) = komm
            && (k..b).any(|i| words.text(i) == "vorbei")
        {
            note(&mut last, k, Said::Pickup);
        }
    }
    for (a, _) in cues::find(Cue::Delivery, words, 0, n) {
        note(&mut last, a, Said::Delivery);
    }
    // "hol's morgen nach der Uni ab, so gegen 16 Uhr": a place in the sentence that says
    // collecting is where the customer comes from, not where to deliver.
    let collecting = last.filter(|(_, s)| *s == Said::Pickup).map(|(p, _)| p);
    if let Some(addr) = &read.address {
        let at = words
            .tokens
            .iter()
            .position(|t| t.start >= addr.start)
            .unwrap_or(0);
        let same_clause = collecting.is_some_and(|p| {
            read.clauses
                .iter()
                .any(|c| c.start <= p && p < c.end && c.start <= at && at < c.end)
        });
        if !same_clause {
            note(&mut last, at, Said::Delivery);
        }
    }
    last.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::super::catalog::CatalogIndex;
    use super::super::message::read as read_message;
    use super::*;
    use crate::core::money::Currency;

    fn said(text: &str) -> Option<Said> {
        let index = CatalogIndex::new(&[]);
        read(&read_message(text, &index, Currency::USD, true))
    }

    #[test]
    fn pickup_and_delivery() {
        assert_eq!(said("Retiro amanhã de manhã, umas 10h"), Some(Said::Pickup));
        assert_eq!(
            said("Basst. I hol's um zwölfe ab, zahl mit Karte"),
            Some(Said::Pickup)
        );
        assert_eq!(
            said("Super, hol's morgen nach der Schule ab, so gegen 16 Uhr"),
            Some(Said::Pickup)
        );
        assert_eq!(
            said("perfect, I'll swing by after work to pick up"),
            Some(Said::Pickup)
        );
        assert_eq!(
            said("Vou mandar um Uber Flash buscar, pode ser?"),
            Some(Said::Pickup)
        );
        assert_eq!(
            said("Envío porfa, Av. Universidad 1330, Col. Del Carmen"),
            Some(Said::Delivery)
        );
        assert_eq!(
            said("Great. Deliver to the front office at 4100 Westbank Dr, Austin, TX 78746"),
            Some(Said::Delivery)
        );
        assert_eq!(
            said("Danke, ich komm morgen Mittag vorbei und zahl bar"),
            Some(Said::Pickup)
        );
        // Collecting said in other words.
        for text in [
            "den rest zahlt mein Mann, wenn er's am Samstag abholt",
            "vale, paso mañana por la tarde a por ellos",
            "te pago el resto cuando pase el jueves",
            "I'll pass by on Friday after work",
            "despacho não, eu passo na loja amanhã",
        ] {
            assert_eq!(said(text), Some(Said::Pickup), "{text}");
        }
        // Sending said in other words.
        for text in ["despacho a domicilio porfa", "can you courier it to me?"] {
            assert_eq!(said(text), Some(Said::Delivery), "{text}");
        }
        assert_eq!(said("ok thanks"), None);
        // "come in" asks about a colour; "when I come in" collects.
        assert_eq!(said("does the case come in blue"), None);
        assert_eq!(said("I will pay when I come in"), Some(Said::Pickup));
    }
}
