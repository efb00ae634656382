//! The journal's actions are stored as plain English words (they are data: the same in
//! every book, read by scripts); this shows them in the reader's language.

use super::locale::Locale;
use crate::t;

/// A stored journal action ("payment link paid", "out_for_delivery", "payment reminder 2 of
/// 3 sent") in `loc`'s words; an action this build does not know stays as it was stored.
pub fn journal_action(action: &str, loc: Locale) -> String {
    let key = format!("journal-{}", slug(action));
    if Locale::EN.has(&key) {
        return loc.text(&key);
    }
    if let Some((step, steps)) = action
        .strip_prefix("payment reminder ")
        .and_then(|rest| rest.strip_suffix(" sent"))
        .and_then(|rest| rest.split_once(" of "))
        && let (Ok(step), Ok(steps)) = (step.parse::<i64>(), steps.parse::<i64>())
    {
        return t!(loc, "journal-reminder-sent", step = step, steps = steps);
    }
    if let Some(why) = action.strip_prefix("report row needs review: ") {
        let why = crate::core::review::ReviewReason::read(why);
        return t!(loc, "journal-report-row-review", why = why);
    }
    action.to_string()
}

/// "cancelled: payment link expired unpaid" → "cancelled-payment-link-expired-unpaid".
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action the operations write, as they write it.
    const WRITTEN: &[&str] = &[
        "created",
        "edited",
        "confirmed",
        "confirmed (oversold)",
        "cancelled",
        "restocked",
        "refunded",
        "merged",
        "payment verified",
        "payment rejected",
        "payment claimed",
        "payment recorded",
        "payment link made",
        "payment link replaced",
        "payment link expired",
        "payment link paid",
        "payment link cancelled",
        "payment link failed",
        "payment link review closed",
        "payment review closed",
        "payment link needs review",
        "tagged payment_abandoned",
        "cancelled after the last payment reminder",
        "cancelled: payment link expired unpaid",
        "payment_abandoned cleared: paid",
        "notes changed",
        "advance undone",
        "cancellation undone",
        "payment verification undone",
        "payment rejection undone",
        "merge undone",
        "packing",
        "ready",
        "out_for_delivery",
        "delivered",
        "payment reminder 2 of 3 sent",
        "report row needs review: amount differs",
    ];

    #[test]
    fn every_written_action_has_words() {
        for action in WRITTEN {
            let shown = journal_action(action, Locale::PT_BR);
            assert_ne!(&shown, action, "no Portuguese for {action:?}");
        }
        assert_eq!(
            journal_action("out_for_delivery", Locale::EN),
            "out for delivery"
        );
        assert_eq!(journal_action("packing", Locale::EN), "moved to packing");
        assert_eq!(
            journal_action("payment reminder 2 of 3 sent", Locale::PT_BR),
            "lembrete de pagamento 2 de 3 enviado"
        );
        assert_eq!(journal_action("something new", Locale::DE), "something new");
        // A review's reason is journalled as its code and read in the reader's words.
        let code = crate::core::review::ReviewReason::RowCancelled { number: 1042 }.code();
        let shown = journal_action(&format!("report row needs review: {code}"), Locale::PT_BR);
        assert!(shown.contains("o pedido #1042 está cancelado"), "{shown}");
        assert!(!shown.contains("review"), "{shown}");
    }
}
