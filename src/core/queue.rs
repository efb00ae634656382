//! The desk's queue order, most urgent first. The ranks are computed by SQLite (the
//! generated column `queue_rank` of migration 0003, so a page is an index range); these are
//! the facts the rest of the code needs about them, checked against the SQL by a store test.
//!
//! 0 claims to verify, 1 drafts, 2 awaiting payment (or deposit paid), 3 paid and to pack,
//! 4 packing, 5 ready, 6 out for delivery, 7 delivered with a balance due, 8 delivered,
//! 9 cancelled.

/// How many ranks there are.
pub const QUEUE_RANKS: usize = 10;

/// Confirmed, not yet paid in full, not yet packed.
pub const AWAITING_PAYMENT: u8 = 2;

/// The last rank shown without "show delivered and cancelled": delivered with a balance due.
pub const LAST_OPEN_RANK: u8 = 7;

use super::i18n::Locale;
/// The last rank whose goods have not reached the customer (out for delivery): an order's
/// deadline matters up to here; delivered and cancelled orders are never overdue.
pub const LAST_TO_DELIVER: u8 = 6;

use super::payment::{PaymentStatus, Totals};

/// An order's place in the queue, by name: the rank SQLite keeps in `queue_rank`. This is
/// the only definition of the classes; Rust reads the column and never derives a class from
/// the order's fields itself, so the list, the counts and the labels cannot disagree.
///
/// A claim comes first whatever the order's lifecycle (a draft whose chat said "sent!" is a
/// claim to verify before it is a draft): the customer says they paid and waits for someone
/// to look. A cancelled order is cancelled, claim or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueueClass {
    ClaimToVerify,
    Draft,
    /// Confirmed, not yet paid in full, not yet packed (a deposit may be in).
    AwaitingPayment,
    PaidToPack,
    Packing,
    Ready,
    OutForDelivery,
    DeliveredBalanceDue,
    Delivered,
    Cancelled,
}

impl QueueClass {
    /// In rank order: `ALL[rank]`.
    pub const ALL: [QueueClass; QUEUE_RANKS] = [
        QueueClass::ClaimToVerify,
        QueueClass::Draft,
        QueueClass::AwaitingPayment,
        QueueClass::PaidToPack,
        QueueClass::Packing,
        QueueClass::Ready,
        QueueClass::OutForDelivery,
        QueueClass::DeliveredBalanceDue,
        QueueClass::Delivered,
        QueueClass::Cancelled,
    ];

    /// The classes whose labels contain `text` ("pack" → paid to pack and packing; "refund"
    /// → the delivered and cancelled ones that show a refund), for filtering by status, in
    /// the words of any of the desk's languages ("embalando", "verpackt") or English's.
    /// Fewer than three letters name no status.
    pub fn named(text: &str) -> Vec<QueueClass> {
        let text = text.trim().to_lowercase();
        if text.chars().count() < 3 {
            return Vec::new();
        }
        QueueClass::ALL
            .into_iter()
            .filter(|class| {
                class.labels().iter().any(|label| {
                    label.words().contains(&text)
                        || Locale::EVERY
                            .iter()
                            .any(|loc| loc.text(label.key()).to_lowercase().contains(&text))
                })
            })
            .collect()
    }

    /// The labels an order of this class can show.
    pub fn labels(self) -> &'static [Label] {
        match self {
            QueueClass::ClaimToVerify => &[Label::ClaimToVerify],
            QueueClass::Draft => &[Label::Draft],
            QueueClass::AwaitingPayment => &[Label::AwaitingPayment, Label::DepositPaid],
            QueueClass::PaidToPack => &[Label::PaidToPack],
            QueueClass::Packing => &[Label::Packing],
            QueueClass::Ready => &[Label::Ready],
            QueueClass::OutForDelivery => &[Label::OutForDelivery],
            QueueClass::DeliveredBalanceDue => &[Label::DeliveredBalanceDue],
            QueueClass::Delivered => &[Label::Delivered, Label::PartRefunded, Label::Refunded],
            QueueClass::Cancelled => &[Label::Cancelled, Label::CancelledRefundDue],
        }
    }

    /// The class of a stored rank; None for a rank this build does not know.
    pub fn from_rank(rank: u8) -> Option<QueueClass> {
        QueueClass::ALL.get(usize::from(rank)).copied()
    }

    pub fn rank(self) -> u8 {
        self as u8
    }

    /// Shown without "show delivered and cancelled".
    pub fn is_open(self) -> bool {
        self.rank() <= LAST_OPEN_RANK
    }

    /// The goods have not reached the customer yet: a deadline still counts.
    pub fn awaits_delivery(self) -> bool {
        self.rank() <= LAST_TO_DELIVER
    }
}

/// What the queue says about an order: its class, refined by what the money says within it
/// ("deposit paid" is awaiting payment with something received). Typed, so screens colour
/// by the label and never by its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    ClaimToVerify,
    Draft,
    AwaitingPayment,
    DepositPaid,
    PaidToPack,
    Packing,
    Ready,
    OutForDelivery,
    DeliveredBalanceDue,
    Delivered,
    PartRefunded,
    Refunded,
    Cancelled,
    CancelledRefundDue,
}

impl Label {
    pub const ALL: [Label; 14] = [
        Label::ClaimToVerify,
        Label::Draft,
        Label::AwaitingPayment,
        Label::DepositPaid,
        Label::PaidToPack,
        Label::Packing,
        Label::Ready,
        Label::OutForDelivery,
        Label::DeliveredBalanceDue,
        Label::Delivered,
        Label::PartRefunded,
        Label::Refunded,
        Label::Cancelled,
        Label::CancelledRefundDue,
    ];

    /// The label of an order of `class` with these payment sums and this total. It reads the
    /// same balance rule as everywhere (a refund never creates debt).
    pub fn of(class: QueueClass, totals: Totals, total: i64) -> Label {
        match class {
            QueueClass::ClaimToVerify => Label::ClaimToVerify,
            QueueClass::Draft => Label::Draft,
            QueueClass::AwaitingPayment if totals.received > 0 => Label::DepositPaid,
            QueueClass::AwaitingPayment => Label::AwaitingPayment,
            QueueClass::PaidToPack => Label::PaidToPack,
            QueueClass::Packing => Label::Packing,
            QueueClass::Ready => Label::Ready,
            QueueClass::OutForDelivery => Label::OutForDelivery,
            QueueClass::DeliveredBalanceDue => Label::DeliveredBalanceDue,
            QueueClass::Delivered => match totals.status(total) {
                PaymentStatus::Refunded => Label::Refunded,
                PaymentStatus::PartiallyRefunded => Label::PartRefunded,
                _ => Label::Delivered,
            },
            QueueClass::Cancelled if totals.paid() > 0 => Label::CancelledRefundDue,
            QueueClass::Cancelled => Label::Cancelled,
        }
    }

    /// "awaiting payment", "deposit paid", "packing", …: what the counter needs to know first.
    pub fn words(self) -> &'static str {
        match self {
            Label::ClaimToVerify => "claim to verify",
            Label::Draft => "draft",
            Label::AwaitingPayment => "awaiting payment",
            Label::DepositPaid => "deposit paid",
            Label::PaidToPack => "paid, to pack",
            Label::Packing => "packing",
            Label::Ready => "ready",
            Label::OutForDelivery => "out for delivery",
            Label::DeliveredBalanceDue => "delivered, balance due",
            Label::Delivered => "delivered",
            Label::PartRefunded => "delivered, part refunded",
            Label::Refunded => "refunded",
            Label::Cancelled => "cancelled",
            Label::CancelledRefundDue => "cancelled, refund due",
        }
    }

    /// The catalog key of the words the desk shows (`words` is English, for JSON and logs).
    pub fn key(self) -> &'static str {
        match self {
            Label::ClaimToVerify => "label-claim-to-verify",
            Label::Draft => "label-draft",
            Label::AwaitingPayment => "label-awaiting-payment",
            Label::DepositPaid => "label-deposit-paid",
            Label::PaidToPack => "label-paid-to-pack",
            Label::Packing => "label-packing",
            Label::Ready => "label-ready",
            Label::OutForDelivery => "label-out-for-delivery",
            Label::DeliveredBalanceDue => "label-delivered-balance-due",
            Label::Delivered => "label-delivered",
            Label::PartRefunded => "label-part-refunded",
            Label::Refunded => "label-refunded",
            Label::Cancelled => "label-cancelled",
            Label::CancelledRefundDue => "label-cancelled-refund-due",
        }
    }

    /// Money is owed one way or the other and someone must act on it.
    pub fn money_due(self) -> bool {
        matches!(
            self,
            Label::AwaitingPayment | Label::DeliveredBalanceDue | Label::CancelledRefundDue
        )
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.words())
    }
}

/// Where an order stands in the queue's order, as the book read it: its rank; its deadline
/// when it leads its rank (still to deliver and due by the day the queue was ranked for),
/// as 'YYYY-MM-DD' and 'HH:MM' ('24:00' without an hour); when it was made, as stored; and
/// the book's own row number, which breaks ties between orders made at the same moment.
///
/// The desk keeps the key of each row it shows and asks for the rows after or before one
/// (keyset paging): a page anywhere in a queue of a million orders is then an index range
/// that starts where the key is, never a count of the rows before it. Only the store reads
/// the fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QueueKey {
    pub rank: u8,
    pub due: Option<(String, String)>,
    pub created: String,
    pub row: i64,
}

/// Which rows of the queue to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum QueueFrom {
    /// From the first row on (`g`, a new filter).
    #[default]
    Start,
    /// The last rows (`G`).
    End,
    /// The rows after this key (and the key's own row when `inclusive`), in queue order.
    After { key: QueueKey, inclusive: bool },
    /// The rows before this key (and its own row when `inclusive`), in queue order, the
    /// nearest last.
    Before { key: QueueKey, inclusive: bool },
    /// The rows around this order (`:` jumped to it), it in the middle.
    Around(i64),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(received: i64, refunded: i64, claimed: i64) -> Totals {
        Totals {
            received,
            refunded,
            claimed,
        }
    }

    #[test]
    fn ranks_and_classes_are_one_list() {
        for (rank, class) in QueueClass::ALL.iter().enumerate() {
            assert_eq!(usize::from(class.rank()), rank);
            assert_eq!(QueueClass::from_rank(rank as u8), Some(*class));
        }
        assert_eq!(QueueClass::from_rank(QUEUE_RANKS as u8), None);
        assert_eq!(QueueClass::AwaitingPayment.rank(), AWAITING_PAYMENT);
        assert!(QueueClass::DeliveredBalanceDue.is_open());
        assert!(QueueClass::OutForDelivery.awaits_delivery());
        assert!(!QueueClass::DeliveredBalanceDue.awaits_delivery());
        assert!(!QueueClass::Delivered.is_open());
    }

    #[test]
    fn labels_read_like_the_counter_talks() {
        use QueueClass as Q;
        let label = |class, totals| Label::of(class, totals, 100).words();
        assert_eq!(label(Q::AwaitingPayment, t(0, 0, 0)), "awaiting payment");
        assert_eq!(label(Q::AwaitingPayment, t(40, 0, 0)), "deposit paid");
        assert_eq!(label(Q::PaidToPack, t(100, 0, 0)), "paid, to pack");
        assert_eq!(label(Q::ClaimToVerify, t(0, 0, 100)), "claim to verify");
        assert_eq!(label(Q::Packing, t(100, 0, 0)), "packing");
        assert_eq!(
            label(Q::DeliveredBalanceDue, t(40, 0, 0)),
            "delivered, balance due"
        );
        assert_eq!(
            label(Q::Delivered, t(100, 30, 0)),
            "delivered, part refunded"
        );
        assert_eq!(label(Q::Delivered, t(100, 100, 0)), "refunded");
        assert_eq!(label(Q::Delivered, t(100, 0, 0)), "delivered");
        assert_eq!(label(Q::Cancelled, t(100, 0, 0)), "cancelled, refund due");
        assert_eq!(label(Q::Cancelled, t(100, 100, 0)), "cancelled");
        assert_eq!(label(Q::Draft, t(0, 0, 0)), "draft");
        assert!(Label::CancelledRefundDue.money_due() && !Label::Draft.money_due());
    }

    #[test]
    fn a_status_is_found_in_the_staffs_words() {
        use QueueClass as Q;
        assert_eq!(Q::named("pack"), [Q::PaidToPack, Q::Packing]);
        assert_eq!(Q::named("Embalando"), [Q::Packing]);
        assert_eq!(Q::named("a embalar"), [Q::PaidToPack, Q::Packing]);
        assert_eq!(Q::named("rascunho"), [Q::Draft]);
        assert_eq!(Q::named("borrador"), [Q::Draft]);
        assert_eq!(Q::named("entwurf"), [Q::Draft]);
        assert!(Q::named("refund").contains(&Q::Cancelled));
        assert!(Q::named("re").is_empty() && Q::named("Mariana").is_empty());
        // Every label is found by its own words in every language.
        for class in Q::ALL {
            for label in class.labels() {
                for loc in Locale::EVERY {
                    let words = loc.text(label.key());
                    assert!(Q::named(&words).contains(&class), "{words:?} ({loc:?})");
                }
            }
        }
    }
}
