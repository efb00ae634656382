//! What operations return → the desk's plain rows and notices. Mapping only: every choice
//! was made by the operation that filled the rows.

use crate::app::action::Notice;
use crate::app::effect::OrderRef;
use crate::app::review::{Continues, KnownCustomer, ReviewCustomer, ReviewDraft, ReviewLine};
use crate::app::rows::{
    CustomerHit, CustomerRow, JournalLine, LinkRow, OrderDetail, PaymentRow, PaymentsPage,
    QueueRow, ReminderRow,
};
use crate::clipboard::Unavailable;
use crate::core::chat::{Draft, DraftWarning};
use crate::core::customer::looks_like_phone;
use crate::core::deadline::Deadline;
use crate::core::i18n::Message;
use crate::core::money::{Currency, Money};
use crate::ops::{
    CustomerStats, LinkRow as BookLinkRow, OrderRow, OrderView, PastedDraft, PaymentListRow,
    PaymentsOverview, ReminderDue,
};
use crate::webhook::WebhookNotice;

pub fn queue_row(r: &OrderRow) -> QueueRow {
    let o = &r.order;
    let total = o.total().map(|m| m.minor).unwrap_or_default();
    QueueRow {
        number: o.number,
        version: o.version,
        class: r.class,
        created_at: o.created_at,
        customer: r.customer_name.clone(),
        items: short_items(o),
        total: o.money(total),
        balance: o.money(o.balance(r.totals)),
        paid: o.money(r.totals.paid()),
        label: r.label(),
        lifecycle: o.lifecycle,
        fulfilment: o.fulfilment,
        claims: r.totals.claimed,
        deadline: o.deadline,
    }
}

/// "2× Basic Tee White M, Wool Scarf Red": each line with its variant (what is packed),
/// the quantity when above one.
fn short_items(o: &crate::core::order::Order) -> String {
    o.lines
        .iter()
        .map(|l| {
            let variant = l.variant.replace(" / ", " ");
            let what = format!("{} {}", l.name, variant.trim());
            let what = what.trim();
            if l.qty == 1 {
                what.to_string()
            } else {
                format!("{}× {what}", l.qty)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn customer_row(c: &CustomerStats, currency: Currency) -> CustomerRow {
    CustomerRow {
        id: c.customer.id,
        name: c.customer.name.clone(),
        phone: c.customer.phone.clone(),
        address: c.customer.address.clone(),
        orders: c.orders,
        lifetime_value: Money::new(c.lifetime_value, currency),
        open_balance: Money::new(c.open_balance, currency),
        last_order_at: c.last_order_at,
    }
}

pub fn customer_hit(c: &CustomerStats, currency: Currency) -> CustomerHit {
    CustomerHit {
        id: c.customer.id,
        name: c.customer.name.clone(),
        phone: c.customer.phone.clone(),
        address: c.customer.address.clone(),
        open_balance: Money::new(c.open_balance, currency),
    }
}

pub fn reminder_row(r: &ReminderDue) -> ReminderRow {
    ReminderRow {
        order_number: r.order_no,
        customer: r.customer.clone(),
        step: r.step,
        steps: r.steps,
        last: r.last,
        balance: r.balance,
        due_at: r.due_at,
    }
}

pub fn link_row(r: &BookLinkRow) -> LinkRow {
    LinkRow {
        order_number: r.order_number,
        customer: r.customer_name.clone(),
        provider: r.link.provider,
        state: r.link.state,
        amount: Money::new(r.link.amount, r.link.currency),
        expires_at: r.link.expires_at,
        note: crate::core::link_note::LinkNote::read(&r.link.note),
    }
}

pub fn payment_row(p: &PaymentListRow) -> PaymentRow {
    PaymentRow {
        order_number: p.order_number,
        customer: p.customer_name.clone(),
        payment: p.payment.clone(),
    }
}

pub fn payments_page(p: &PaymentsOverview) -> PaymentsPage {
    PaymentsPage {
        claims: p.claims.iter().map(payment_row).collect(),
        reminders: p.reminders.iter().map(reminder_row).collect(),
        reviews: p.reviews.iter().map(link_row).collect(),
        links: p.links.iter().map(link_row).collect(),
        recent: p.recent.iter().map(payment_row).collect(),
    }
}

pub fn notice(n: WebhookNotice) -> Notice {
    match n {
        WebhookNotice::Paid(paid) => Notice::Paid {
            number: paid.order_no,
            amount: paid.amount,
            via: paid.via,
        },
        WebhookNotice::Review { order_no, message } => Notice::Review {
            number: order_no,
            message,
        },
        WebhookNotice::Refused { status, message } => Notice::Refused { status, message },
    }
}

/// The drafts of a paste, each with what the book knows of its customer.
pub fn review_drafts(drafts: &[PastedDraft], text: &str, currency: Currency) -> Vec<ReviewDraft> {
    drafts
        .iter()
        .map(|d| ReviewDraft {
            continues: d.continues.as_ref().map(|c| Continues {
                order: OrderRef {
                    number: c.number,
                    version: c.version,
                },
                nothing_new: c.nothing_new,
            }),
            ..review_draft(&d.draft, text, d.known.as_ref(), currency)
        })
        .collect()
}

pub fn order_detail(view: &OrderView, summary: String) -> OrderDetail {
    OrderDetail {
        label: view.label(),
        order: view.order.clone(),
        customer: view.customer.clone(),
        totals: view.totals,
        payments: view.payments.clone(),
        journal: view
            .journal
            .iter()
            .map(|j| JournalLine {
                at: j.at,
                actor: j.actor.clone(),
                action: j.action.clone(),
            })
            .collect(),
        summary,
        scroll: 0,
    }
}

/// A draft read from a paste, with what the book knows about its customer.
fn review_draft(
    d: &Draft,
    source: &str,
    known: Option<&CustomerStats>,
    currency: Currency,
) -> ReviewDraft {
    // An author that is only a number is named by the number, written once.
    let named = !d.customer.name.trim().is_empty() && !looks_like_phone(&d.customer.name);
    let customer = (named || d.customer.phone.is_some()).then(|| ReviewCustomer {
        name: if named {
            d.customer.name.clone()
        } else {
            d.customer.phone.clone().unwrap_or_default()
        },
        phone: d.customer.phone.clone(),
        known: known.map(|k| KnownCustomer {
            last_address: k.customer.address.clone(),
            open_balance: Money::new(k.open_balance, currency),
            orders: k.orders,
        }),
    });
    ReviewDraft {
        customer,
        lines: d
            .items
            .iter()
            .filter(|i| !i.asked_only)
            .map(|i| ReviewLine {
                sku: i.sku.clone(),
                name: i.name.clone(),
                qty: i.qty,
                unit_price: i.unit_price,
                confidence: Some(i.confidence),
                available: i.available,
                said: i.said.clone(),
            })
            .collect(),
        address: d.delivery_address.as_ref().map(|a| a.text.clone()),
        pickup: d.pickup,
        claim_reference: d.paid_claimed.as_ref().and_then(|c| c.reference.clone()),
        claim_method: d
            .paid_claimed
            .as_ref()
            .and_then(|c| c.method)
            .unwrap_or(crate::core::payment::Method::Other),
        claimed: d
            .paid_claimed
            .as_ref()
            .map(|c| c.amount.filter(|m| m.currency == currency)),
        unmatched: d.unmatched.iter().map(|u| u.text.clone()).collect(),
        asked: d
            .items
            .iter()
            .filter(|i| i.asked_only)
            .map(|i| i.name.clone())
            .collect(),
        warnings: d.warnings.iter().map(DraftWarning::message).collect(),
        source: Some(source.to_string()),
        // What the chat said about when: the day, and the hour when one was said.
        deadline: d.deadline.map(|w| Deadline::new(w.date, w.time)),
        deadline_from_chat: d.deadline.is_some(),
        ..ReviewDraft::empty()
    }
}

/// Why the clipboard could not be used, as a message for the staff.
pub fn clipboard_trouble(why: &Unavailable) -> Message {
    match why {
        Unavailable::OverSsh => crate::msg!("clipboard-over-ssh"),
        Unavailable::NoAnswer => crate::msg!("clipboard-no-answer"),
        Unavailable::System(detail) => {
            crate::msg!("clipboard-system", detail = Message::plain(detail.as_str()))
        }
        Unavailable::Empty => crate::msg!("clipboard-empty"),
        Unavailable::Refused => crate::msg!("clipboard-refused"),
    }
}
