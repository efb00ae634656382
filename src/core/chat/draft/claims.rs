//! "Pix feito! R$ 555,00", "sent 50 on cashapp", "Hab's überwiesen": what a customer says
//! they paid. Always a claim, never a verified payment. Promises ("mañana te deposito", "pago
//! na entrega", "Ich überweise gleich") and questions are not claims.

use super::amounts::bare;
use super::cues::{self, Cue};
use super::message::Read;
use super::words::Kind;
use crate::core::money::{Currency, Money};
use crate::core::payment::Method;

/// A claim in one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Claim {
    Paid(Money),
    /// "Mandei o sinal!": no amount; it is what the shop last asked for.
    Unstated,
}

/// Reads a claim from a customer's message.
pub(crate) fn read(read: &Read, currency: Currency) -> Option<Claim> {
    let words = &read.words;
    let tokens = &words.tokens;
    let mut claimed_in: Option<(usize, usize, usize, usize)> = None;
    for clause in &read.clauses {
        let (a, b) = (clause.start, clause.end);
        let claims = cues::find(Cue::Claim, words, a, b);
        let Some(&(cs, ce)) = claims.first() else {
            continue;
        };
        let promises = cues::find(Cue::Promise, words, a, b);
        // "te mando la mitad hoy": a promise that starts where the claim does wins.
        if promises.iter().any(|&(ps, pe)| ps <= cs && pe >= ce) {
            continue;
        }
        if clause.question_mark && !has_past_amount(read, a, b) {
            continue;
        }
        let negated = (a..cs).any(|i| {
            matches!(
                tokens[i].text.as_str(),
                "not"
                    | "nao"
                    | "ainda"
                    | "todavia"
                    | "aun"
                    | "noch"
                    | "nicht"
                    | "havent"
                    | "didnt"
                    | "no"
                    | "nunca"
                    | "never"
            )
        }) && !(a..cs).any(|i| tokens[i].text == "ya");
        if negated {
            continue;
        }
        claimed_in = Some((a, b, cs, ce));
        break;
    }
    // "Pronto, pix de R$ 227,05 feito", "Bizum enviado", "PayPal ist raus": a way of paying
    // and a word for done in one clause.
    if claimed_in.is_none() {
        for clause in &read.clauses {
            let (a, b) = (clause.start, clause.end);
            let method = (a..b).find(|&i| is_method(&tokens[i].text));
            let done = (a..b).find(|&i| is_done(&tokens[i].text));
            if let (Some(m), Some(d)) = (method, done)
                && !clause.question_mark
                && !cues::has(Cue::Promise, words, a, b)
            {
                claimed_in = Some((a, b, m.min(d), m.max(d) + 1));
                break;
            }
        }
    }
    // "ya te yapeé", "pixei", "venmoed you", "hab's getwintet": a verb made of a way of
    // paying, in the past.
    if claimed_in.is_none() {
        for clause in &read.clauses {
            let (a, b) = (clause.start, clause.end);
            if clause.question_mark || cues::has(Cue::Promise, words, a, b) {
                continue;
            }
            if let Some(v) = (a..b).find(|&i| way_verb(&tokens[i].text).is_some()) {
                claimed_in = Some((a, b, v, v + 1));
                break;
            }
        }
    }
    let (a, b, cs, ce) = claimed_in?;
    // An amount written in the claim's clause, after the cue first.
    let in_clause: Vec<_> = read
        .amounts
        .iter()
        .filter(|x| x.start >= a && x.end <= b)
        .collect();
    if let Some(x) = in_clause
        .iter()
        .find(|x| x.start >= ce)
        .or(in_clause.first())
    {
        return Some(Claim::Paid(x.money));
    }
    // "sent 50", "Paguei 240", "te mandei 150 de entrada", "fiz o pix de 211".
    for (i, t) in tokens.iter().enumerate().take((ce + 4).min(b)).skip(ce) {
        if t.kind == Kind::Number
            && let Some(m) = bare(tokens, i, currency).filter(|m| m.minor > 0)
        {
            return Some(Claim::Paid(m));
        }
        // Articles, the payee and "now"-words stand between the verb and its amount ("sent you
        // 50", "ich twinte grad mal 50", "te yapeé ahorita 80").
        if t.is_word()
            && !matches!(
                t.text.as_str(),
                "o" | "os"
                    | "a"
                    | "de"
                    | "do"
                    | "the"
                    | "you"
                    | "te"
                    | "le"
                    | "um"
                    | "pix"
                    | "los"
                    | "just"
                    | "now"
                    | "already"
                    | "ya"
                    | "ahorita"
                    | "agora"
                    | "ja"
                    | "grad"
                    | "gerade"
                    | "mal"
                    | "jetzt"
                    | "schon"
            )
        {
            break;
        }
    }
    if cs > a
        && tokens.get(cs - 1).is_some_and(|t| t.kind == Kind::Number)
        && let Some(m) = bare(tokens, cs - 1, currency)
    {
        return Some(Claim::Paid(m));
    }
    // "Pix feito! R$ 555,00": the amount stands in the next clause of the same message.
    let after: Vec<_> = read
        .amounts
        .iter()
        .filter(|x| x.start >= b)
        .filter(|x| !cues::has(Cue::Promise, words, b, x.start))
        .collect();
    if let Some(x) = after.first().filter(|x| x.start < b + 6) {
        return Some(Claim::Paid(x.money));
    }
    if let Some(x) = read.amounts.iter().rev().find(|x| x.end <= a) {
        return Some(Claim::Paid(x.money));
    }
    Some(Claim::Unstated)
}

/// Ways of paying people name, with the method the book records for each (None for a
/// wallet the book has no method for). One list, so a new way is both a claim's word
/// ("NEFT done") and its method.
const WAYS: &[(&str, Option<Method>)] = &[
    ("pix", Some(Method::Pix)),
    ("mbway", Some(Method::Transfer)),
    ("bizum", Some(Method::Transfer)),
    ("zelle", Some(Method::Transfer)),
    ("transferencia", Some(Method::Transfer)),
    ("transfer", Some(Method::Transfer)),
    ("etransfer", Some(Method::Transfer)),
    ("uberweisung", Some(Method::Transfer)),
    ("deposito", Some(Method::Transfer)),
    ("spei", Some(Method::Transfer)),
    // India's bank rails, Australia's PayID and Osko, Canada's Interac.
    ("neft", Some(Method::Transfer)),
    ("imps", Some(Method::Transfer)),
    ("rtgs", Some(Method::Transfer)),
    ("payid", Some(Method::Transfer)),
    ("osko", Some(Method::Transfer)),
    ("interac", Some(Method::Transfer)),
    ("venmo", None),
    ("paypal", None),
    ("cashapp", None),
    ("mercadopago", None),
    ("nequi", None),
    ("daviplata", None),
    ("yape", None),
    ("plin", None),
    ("upi", None),
    ("gpay", None),
    ("phonepe", None),
    ("paytm", None),
    ("twint", None),
    ("revolut", None),
];

/// Endings that make a way of paying into a verb in the past or the now: "yapeé" (folded
/// "yapee"), "yapeado", "pliné", "pixei", "pixado", "venmoed", "zelled", "getwintet",
/// "twinte" (Swiss "I'm sending by Twint").
const WAY_VERB_ENDINGS: &[&str] = &[
    "e", "ee", "ei", "ado", "ada", "eado", "eada", "ed", "d", "et", "te",
];

/// The way of paying a verb is made of ("yapee" → yape, "getwintet" → twint). Only ways
/// named after a brand or a rail: "transfere" is a verb of its own, and not in the past.
fn way_verb(word: &str) -> Option<Option<Method>> {
    const WORDS: &[&str] = &[
        "transfer",
        "transferencia",
        "etransfer",
        "uberweisung",
        "deposito",
    ];
    let bare = word.strip_prefix("ge").filter(|w| w.len() > 4);
    WAYS.iter()
        .filter(|(way, _)| way.len() >= 3 && !WORDS.contains(way))
        .find_map(|(way, method)| {
            let ends_verb = |w: &str| {
                w.strip_prefix(way)
                    .is_some_and(|rest| WAY_VERB_ENDINGS.contains(&rest))
            };
            (ends_verb(word) || bare.is_some_and(ends_verb)).then_some(*method)
        })
}

pub(crate) fn is_method(word: &str) -> bool {
    WAYS.iter().any(|(w, _)| *w == word)
}

/// The way of paying a claim names ("pix feito", "te hice la transferencia", "hab's
/// überwiesen"), among the ones the book keeps; None for a wallet or nothing said.
pub(crate) fn method_named(read: &Read) -> Option<Method> {
    let words = &read.words;
    (0..words.len()).find_map(|k| {
        let word = words.text(k);
        if let Some((_, way)) = WAYS.iter().find(|(w, _)| *w == word) {
            return *way;
        }
        if let Some(way) = way_verb(word) {
            return way;
        }
        match word {
            "transferi" | "transferred" | "transferido" | "transferida" | "uberwiesen"
            | "uberwiese" | "deposite" | "depositei" | "wired" | "consigne" | "consignado" => {
                Some(Method::Transfer)
            }
            "cartao" | "card" | "tarjeta" | "karte" => Some(Method::Card),
            "dinheiro" | "efectivo" | "cash" | "bar" | "bargeld" => Some(Method::Cash),
            _ => None,
        }
    })
}

fn is_done(word: &str) -> bool {
    matches!(
        word,
        "feito"
            | "feita"
            | "hecho"
            | "hecha"
            | "done"
            | "enviado"
            | "enviada"
            // "ya le envié por Nequi", "pix … mandado": sent, beside a way of paying.
            | "envie"
            | "mandado"
            | "mandada"
            | "gemacht"
            | "raus"
            | "realizado"
            | "realizada"
            | "efetuado"
            | "efetuada"
            | "completed"
            | "ok"
    )
}

/// "sent $30 now, can I split it?": a question that still states a payment made.
fn has_past_amount(read: &Read, a: usize, b: usize) -> bool {
    read.amounts
        .iter()
        .any(|x| x.start >= a && x.end <= b && x.marked)
}

/// The payment's reference when the customer gives one: "Ref: GO-5541", "operación 88812",
/// "comprovante nº 4471-2", "Verwendungszweck 2024-118", "transaction id TX9921".
pub(crate) fn reference(read: &Read, text: &str) -> Option<String> {
    let tokens = &read.words.tokens;
    for i in 0..tokens.len() {
        let lead = match tokens[i].text.as_str() {
            "ref" | "referencia" | "reference" | "referenz" | "operacion" | "comprobante"
            | "comprovante" | "autenticacao" | "autorizacion" | "verwendungszweck" | "txn"
            | "transaccion" | "transacao" | "transaktion" | "beleg" => 1,
            // "transaction id", "id da transação", "código de operación".
            "transaction" | "pix" | "pago" | "payment"
                if tokens.get(i + 1).is_some_and(|t| t.text == "id") =>
            {
                2
            }
            _ => continue,
        };
        let mut k = i + lead;
        // "Ref:", "nº", "#", "no."
        while k < tokens.len()
            && k <= i + lead + 2
            && (matches!(
                tokens[k].kind,
                Kind::Punct(':' | '#' | '.' | '-' | '°' | 'º')
            ) || matches!(
                tokens[k].text.as_str(),
                "n" | "no" | "nº" | "nr" | "nro" | "numero" | "de" | "do" | "da"
            ))
        {
            k += 1;
        }
        // The reference: touching parts with at least four digits, or letters and digits.
        let start = k;
        let mut end = k;
        while end < tokens.len() {
            let t = &tokens[end];
            let touching = end == start || t.start == tokens[end - 1].end;
            let part = matches!(t.kind, Kind::Word | Kind::Number)
                || (matches!(t.kind, Kind::Punct('-' | '/' | '.'))
                    && tokens
                        .get(end + 1)
                        .is_some_and(|n| n.start == t.end && !n.is_punct('.')));
            if !touching || !part {
                break;
            }
            end += 1;
        }
        if end == start {
            continue;
        }
        let slice = text.get(tokens[start].start..tokens[end - 1].end)?;
        let digits = slice.chars().filter(char::is_ascii_digit).count();
        let letters = slice.chars().any(char::is_alphabetic);
        if digits >= 4 || (digits >= 2 && letters) {
            return Some(slice.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::catalog::CatalogIndex;
    use super::super::message::read as read_message;
    use super::*;

    fn claim(text: &str, currency: Currency) -> Option<String> {
        let index = CatalogIndex::new(&[]);
        let r = read_message(text, &index, currency, true);
        read(&r, currency).map(|c| match c {
            Claim::Paid(m) => m.to_decimal_string(),
            Claim::Unstated => "?".to_string(),
        })
    }

    #[test]
    fn a_way_of_paying_made_a_verb_is_a_claim() {
        let pen = Currency::PEN;
        assert_eq!(claim("listo, ya te yapeé", pen).as_deref(), Some("?"));
        assert_eq!(claim("te lo pliné hace un rato", pen).as_deref(), Some("?"));
        assert_eq!(claim("ya le yapeé 80 soles", pen).as_deref(), Some("80.00"));
        // The present is a promise in Spanish: "te plineo ahorita".
        assert_eq!(claim("te plineo ahorita", pen), None);
        assert_eq!(claim("pixei agora", Currency::BRL).as_deref(), Some("?"));
        assert_eq!(
            claim("venmoed you $42", Currency::USD).as_deref(),
            Some("42.00")
        );
        let chf = Currency::CHF;
        assert_eq!(
            claim("Han grad 45.– getwintet", chf).as_deref(),
            Some("45.00")
        );
        assert_eq!(
            claim("ich twinte grad mal 50", chf).as_deref(),
            Some("50.00")
        );
        // A verb of its own is no way of paying made a verb.
        assert_eq!(claim("ela transfere amanhã?", Currency::BRL), None);
    }

    #[test]
    fn claims_in_four_languages() {
        let brl = Currency::BRL;
        assert_eq!(
            claim("Pix feito! R$ 555,00", brl).as_deref(),
            Some("555.00")
        );
        assert_eq!(claim("Mandei o sinal!", brl).as_deref(), Some("?"));
        assert_eq!(
            claim(
                "te mandei 150 de entrada no pix, o resto pago qdo buscar",
                brl
            )
            .as_deref(),
            Some("150.00")
        );
        assert_eq!(claim("Paguei 240 no pix", brl).as_deref(), Some("240.00"));
        assert_eq!(claim("Pago na hora, obrigada!", brl), None);
        assert_eq!(claim("Pago na entrega no cartão", brl), None);
        let usd = Currency::USD;
        assert_eq!(
            claim("bet. sent 50 on cashapp now, rest when I pick up tmrw", usd).as_deref(),
            Some("50.00")
        );
        assert_eq!(
            claim(
                "can I split it? sent $30 on cashapp now and the rest friday",
                usd
            )
            .as_deref(),
            Some("30.00")
        );
        assert_eq!(claim("zelle'd you 72.96 ✨", usd).as_deref(), Some("72.96"));
        assert_eq!(claim("I'll pick up tomorrow and pay cash", usd), None);
        let mxn = Currency::MXN;
        assert_eq!(
            claim("Ya pagué los $1.448 por SPEI", mxn).as_deref(),
            Some("1448.00")
        );
        assert_eq!(claim("mañana te deposito", mxn), None);
        // "sent" beside a way of paying claims; beside an address or a parcel it does not.
        let cop = Currency::COP;
        assert_eq!(
            claim("listo ya le envié por Nequi los $77.800", cop).as_deref(),
            Some("77800.00")
        );
        assert_eq!(claim("ya le envié la dirección", cop), None);
        assert_eq!(claim("pix 548,50 mandado", brl).as_deref(), Some("548.50"));
        assert_eq!(claim("o pedido já foi mandado", brl), None);
        assert_eq!(
            claim(
                "te transferí $1,798 y los 50 del envío te los doy en efectivo",
                mxn
            )
            .as_deref(),
            Some("1798.00")
        );
        let eur = Currency::EUR;
        assert_eq!(
            claim("42,60 € sind raus per PayPal", eur).as_deref(),
            Some("42.60")
        );
        assert_eq!(claim("Hab's überwiesen", eur).as_deref(), Some("?"));
        assert_eq!(
            claim(
                "Danke. Elisabethstraße 21, 80796 München. Ich überweise gleich",
                eur
            ),
            None
        );
        assert_eq!(claim("Ich zahl bar bei Lieferung", eur), None);
    }
}
