//! Payment links, reminders, expiry and reconciliation as operations, on a real book with a
//! fixed clock: what each step writes, and that a refused or repeated step writes nothing.
//! Each test runs on a SQLite file and on a PostgreSQL database (`support/engines.rs`).

use chrono::{DateTime, Duration, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::i18n::Locale;
use orderdesk::core::link::{LinkState, Provider};
use orderdesk::core::link_note::LinkNote;
use orderdesk::core::money::{Currency, Money};
use orderdesk::core::order::Lifecycle;
use orderdesk::core::payment::{Method, PaymentState};
use orderdesk::core::reconcile::Outcome;
use orderdesk::core::review::ReviewReason;
use orderdesk::ops::{
    Clock, Desk, EventOutcome, ItemSpec, NewOrder, NewPayment, OrderEdit, Received,
};
use orderdesk::payments::events::parse_event;
use orderdesk::payments::report::read_report;
use orderdesk::payments::{FieldMap, ReportFormat};
use serde_json::json;

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
JKT-BLK-M,Leather Jacket,Black / M,180.00,BRL,3,jacket,1
SCF-RED,Wool Scarf,Red,35.00,BRL,10,scarf,
GIFT-50,Gift Card,R$ 50,50.00,BRL,100,,
";

#[path = "support/engines.rs"]
mod engines;
use engines::{on_each_engine, open_book};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap()
}

fn config() -> Config {
    Config::parse(
        r#"
[shop]
name = "Loja Azul"
currency = "BRL"
country = "BR"
language = "en"
[desk]
user = "ana"
[payment_link]
url_template = "https://pix.example/pay?o={order_no}&v={amount}&r={reference}&e={expires_unix}"
[payment_link.products]
"GIFT-50" = { provider = "fixed", url = "https://pay.example/gift" }
"#,
    )
    .unwrap()
}

fn desk_with(config: Config) -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = open_book(dir.path());
    let mut desk = Desk::new(store, config);
    desk.clock = Clock::Fixed(t0());
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn at(desk: &mut Desk, hours: i64) {
    desk.clock = Clock::Fixed(t0() + Duration::hours(hours));
}

fn order(desk: &mut Desk, items: &[(&str, i64)]) -> i64 {
    let n = desk
        .create_order(NewOrder {
            customer: "+55 11 98765-4321".into(),
            name: Some("Mei Chen".into()),
            items: items
                .iter()
                .map(|(s, q)| ItemSpec {
                    sku: s.to_string(),
                    qty: *q,
                })
                .collect(),
            ..NewOrder::default()
        })
        .unwrap()
        .order
        .number;
    desk.confirm_order(n, false, None).unwrap();
    n
}

fn pay(desk: &mut Desk, n: i64, amount: &str, claimed: bool, reference: Option<&str>) -> String {
    let (p, _) = desk
        .record_payment(
            n,
            NewPayment {
                amount: amount.into(),
                method: Method::Pix,
                reference: reference.map(str::to_string),
                claimed,
                proof: None,
            },
        )
        .unwrap();
    orderdesk::core::payment::short_id(p.id)
}

fn stock(desk: &Desk, sku: &str) -> (i64, i64) {
    let p = desk.store.read().product(sku).unwrap().unwrap();
    (p.on_hand, p.reserved)
}

#[test]
fn the_summary_carries_a_template_link_that_follows_the_balance() {
    on_each_engine(the_summary_carries_a_template_link_that_follows_the_balance_on);
}

fn the_summary_carries_a_template_link_that_follows_the_balance_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let text = desk.order_summary(n).unwrap();
    let expires = (t0() + Duration::hours(48)).timestamp();
    assert!(
        text.contains(&format!(
            "https://pix.example/pay?o={n}&v=180.00&r={n}-1&e={expires}"
        )),
        "{text}"
    );
    let links = desk.order_links(n).unwrap();
    assert_eq!(links.len(), 1, "the summary made the link, once");
    assert_eq!(
        desk.order_summary(n).unwrap(),
        text,
        "the same link the second time"
    );
    assert_eq!(desk.order_links(n).unwrap().len(), 1);

    pay(&mut desk, n, "30", false, None);
    let text = desk.order_summary(n).unwrap();
    assert!(
        text.contains("v=150.00"),
        "the link asks for the balance: {text}"
    );
    let links = desk.order_links(n).unwrap();
    assert_eq!(links.len(), 2);
    assert_eq!(links[0].state, LinkState::Cancelled);
    assert_eq!(links[0].superseded_by, Some(links[1].id));
    // The note is a code, worded where it is read, in the reader's language.
    assert_eq!(
        LinkNote::from_code(&links[0].note),
        Some(LinkNote::Rebalanced {
            balance: Money::new(15000, Currency::BRL)
        }),
        "{}",
        links[0].note
    );
    assert_eq!(
        LinkNote::read(&links[0].note).in_locale(Locale::PT_BR),
        "substituído: o saldo agora é R$ 150,00"
    );
    assert_ne!(
        links[0].chain_id, links[1].chain_id,
        "a new balance is a new deal"
    );
    let journal = desk.order_view(n).unwrap().journal;
    assert!(journal.iter().any(|j| j.action == "payment link replaced"));
}

#[test]
fn an_edit_after_confirmation_replaces_the_link_with_the_new_revision() {
    on_each_engine(an_edit_after_confirmation_replaces_the_link_with_the_new_revision_on);
}

fn an_edit_after_confirmation_replaces_the_link_with_the_new_revision_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let first = desk.order_link(n, None).unwrap();
    assert!(first.created && first.link.revision == 1);
    let again = desk.order_link(n, None).unwrap();
    assert!(
        !again.created && again.link.id == first.link.id,
        "the live link is returned"
    );
    desk.edit_order(
        n,
        OrderEdit {
            set: vec![ItemSpec {
                sku: "SCF-RED".into(),
                qty: 2,
            }],
            ..Default::default()
        },
        None,
    )
    .unwrap();
    let second = desk.order_link(n, None).unwrap();
    assert!(second.created);
    assert_eq!((second.link.revision, second.link.amount), (2, 7000));
    assert!(
        second.link.url.contains(&format!("r={n}-2")),
        "{}",
        second.link.url
    );
    assert_eq!(second.replaced.unwrap().state, LinkState::Cancelled);
}

#[test]
fn a_product_can_name_its_own_link_and_a_provider_can_be_forced() {
    on_each_engine(a_product_can_name_its_own_link_and_a_provider_can_be_forced_on);
}

fn a_product_can_name_its_own_link_and_a_provider_can_be_forced_on() {
    let (mut desk, _dir) = desk_with(config());
    let gift = order(&mut desk, &[("GIFT-50", 1)]);
    let link = desk.order_link(gift, None).unwrap().link;
    assert_eq!(
        (link.provider, link.url.as_str()),
        (Provider::Fixed, "https://pay.example/gift")
    );
    let mixed = order(&mut desk, &[("GIFT-50", 1), ("SCF-RED", 1)]);
    assert_eq!(
        desk.order_link(mixed, None).unwrap().link.provider,
        Provider::Template,
        "lines disagree: the shop's provider"
    );
    let err = desk
        .order_link(mixed, Some(Provider::Stripe))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("STRIPE_API_KEY") || err.contains("Stripe"),
        "{err}"
    );
    assert_eq!(
        desk.order_links(mixed).unwrap().len(),
        1,
        "a refused link changes nothing"
    );
}

#[test]
fn nothing_to_pay_or_nothing_configured_is_said_plainly() {
    on_each_engine(nothing_to_pay_or_nothing_configured_is_said_plainly_on);
}

fn nothing_to_pay_or_nothing_configured_is_said_plainly_on() {
    let mut bare = config();
    bare.payment_link.url_template.clear();
    bare.payment_link.products.clear();
    let (mut desk, _dir) = desk_with(bare);
    let n = desk
        .create_order(NewOrder {
            customer: "Ann".into(),
            items: vec![ItemSpec {
                sku: "SCF-RED".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap()
        .order
        .number;
    let err = desk.order_link(n, None).unwrap_err().to_string();
    assert!(err.contains("no payment link is configured"), "{err}");
    assert!(!desk.order_summary(n).unwrap().contains("http"));
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    pay(&mut desk, n, "35", false, None);
    let err = desk.order_link(n, None).unwrap_err().to_string();
    assert!(err.contains("nothing left to pay"), "{err}");
}

#[test]
fn stripe_is_never_called_by_a_summary() {
    on_each_engine(stripe_is_never_called_by_a_summary_on);
}

fn stripe_is_never_called_by_a_summary_on() {
    let mut c = config();
    c.payment_link.provider = Some(orderdesk::core::link::Provider::Stripe);
    let (mut desk, _dir) = desk_with(c);
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let text = desk.order_summary(n).unwrap();
    assert!(!text.contains("http"), "{text}");
    assert!(desk.order_links(n).unwrap().is_empty());
}

#[test]
fn reminders_come_due_in_turn_and_the_last_one_tags_the_order() {
    on_each_engine(reminders_come_due_in_turn_and_the_last_one_tags_the_order_on);
}

fn reminders_come_due_in_turn_and_the_last_one_tags_the_order_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("JKT-BLK-M", 1)]);
    desk.order_link(n, None).unwrap();
    at(&mut desk, 1);
    assert!(desk.reminders_due().unwrap().is_empty());
    let err = desk.mark_reminder_sent(n, None).unwrap_err().to_string();
    assert!(
        err.contains("no reminder of order") && err.contains("step 1"),
        "{err}"
    );
    at(&mut desk, 2);
    let due = desk.reminders_due().unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(
        (
            due[0].order_no,
            due[0].step,
            due[0].steps,
            due[0].last,
            due[0].renew
        ),
        (n, 1, 3, false, false)
    );
    assert!(
        due[0].text.contains("R$ 180,00") && due[0].text.contains("https://pix.example/pay"),
        "{}",
        due[0].text
    );
    assert!(
        desk.mark_reminder_sent(n, Some(2))
            .unwrap_err()
            .to_string()
            .contains("step 1 is")
    );
    let sent = desk.mark_reminder_sent(n, Some(1)).unwrap();
    assert_eq!((sent.step, sent.renewed, sent.tagged), (1, false, false));
    assert!(
        desk.reminders_due().unwrap().is_empty(),
        "sent: no longer due"
    );
    at(&mut desk, 24);
    assert_eq!(desk.reminders_due().unwrap()[0].step, 2);
    desk.mark_reminder_sent(n, None).unwrap();
    // At 48 h the template link has just run out: the last reminder renews it in its chain.
    at(&mut desk, 48);
    let due = desk.reminders_due().unwrap();
    assert_eq!((due[0].step, due[0].last, due[0].renew), (3, true, true));
    assert!(
        !due[0].text.contains("http"),
        "no dead link in the text: {}",
        due[0].text
    );
    let first = desk.order_links(n).unwrap()[0].clone();
    let sent = desk.mark_reminder_sent(n, None).unwrap();
    assert!(sent.renewed && sent.tagged && !sent.cancelled);
    let renewed = sent.link.unwrap();
    assert_eq!(
        renewed.chain_id, first.chain_id,
        "renewal continues the chain"
    );
    assert_eq!(renewed.expires_at, t0() + Duration::hours(96));
    assert!(sent.text.contains(&renewed.url));
    assert_eq!(desk.order_tags(n).unwrap(), ["payment_abandoned"]);
    at(&mut desk, 200);
    assert!(
        desk.reminders_due().unwrap().is_empty(),
        "no steps left in the chain"
    );
    // Paying clears the tag and the reminders.
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.order.lifecycle, Lifecycle::Confirmed);
}

#[test]
fn the_last_reminder_can_cancel_the_order_and_release_its_stock() {
    on_each_engine(the_last_reminder_can_cancel_the_order_and_release_its_stock_on);
}

fn the_last_reminder_can_cancel_the_order_and_release_its_stock_on() {
    let mut c = config();
    c.reminders.hours = vec![1, 3];
    c.reminders.cancel_after_last = true;
    let (mut desk, _dir) = desk_with(c);
    let n = order(&mut desk, &[("JKT-BLK-M", 2)]);
    assert_eq!(stock(&desk, "JKT-BLK-M"), (3, 2));
    desk.order_link(n, None).unwrap();
    at(&mut desk, 5);
    let due = desk.reminders_due().unwrap();
    assert_eq!(
        (due[0].step, due[0].last),
        (2, true),
        "a desk closed for hours offers only the latest step"
    );
    let sent = desk.mark_reminder_sent(n, None).unwrap();
    assert!(sent.cancelled && sent.tagged && sent.link.is_none());
    assert_eq!(
        desk.order_view(n).unwrap().order.lifecycle,
        Lifecycle::Cancelled
    );
    assert_eq!(stock(&desk, "JKT-BLK-M"), (3, 0));
    assert_eq!(desk.order_links(n).unwrap()[0].state, LinkState::Cancelled);
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn unpaid_links_expire_and_release_stock_when_configured() {
    on_each_engine(unpaid_links_expire_and_release_stock_when_configured_on);
}

fn unpaid_links_expire_and_release_stock_when_configured_on() {
    let mut c = config();
    c.payment_link.on_expiry = orderdesk::config::OnExpiry::Release;
    c.payment_link.release_after_hours = 6;
    c.payment_link.expiry_hours = 12;
    let (mut desk, _dir) = desk_with(c);
    let unpaid = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let claimed = order(&mut desk, &[("SCF-RED", 2)]);
    let cash = order(&mut desk, &[("SCF-RED", 1)]);
    for n in [unpaid, claimed, cash] {
        desk.order_link(n, None).unwrap();
    }
    pay(&mut desk, claimed, "10", true, None);
    pay(&mut desk, cash, "35", false, None);
    at(&mut desk, 1);
    let sweep = desk.expire_due().unwrap();
    assert_eq!(
        (sweep.expired.clone(), sweep.closed.clone()),
        (vec![], vec![cash]),
        "paid in cash: its link closes"
    );
    let cash_link = &desk.order_links(cash).unwrap()[0];
    assert_eq!(
        cash_link.state,
        LinkState::Paid,
        "the cash was exactly the link's amount"
    );
    assert!(cash_link.payment_id.is_some());
    assert!(desk.expire_due().unwrap().is_empty(), "nothing twice");
    at(&mut desk, 12);
    let sweep = desk.expire_due().unwrap();
    assert_eq!(sweep.expired, vec![unpaid, claimed]);
    let expired = &desk.order_links(unpaid).unwrap()[0];
    assert_eq!(LinkNote::from_code(&expired.note), Some(LinkNote::RanOut));
    assert_eq!(
        LinkNote::read(&expired.note).in_locale(Locale::DE),
        "unbezahlt abgelaufen"
    );
    assert!(
        sweep.released.is_empty(),
        "released only {} h after expiry",
        6
    );
    at(&mut desk, 18);
    let sweep = desk.expire_due().unwrap();
    assert_eq!(sweep.released, vec![unpaid]);
    assert_eq!(
        sweep.kept.len(),
        1,
        "a claim keeps its stock: {:?}",
        sweep.kept
    );
    assert_eq!(
        desk.order_view(unpaid).unwrap().order.lifecycle,
        Lifecycle::Cancelled
    );
    assert_eq!(stock(&desk, "JKT-BLK-M"), (3, 0));
    assert_eq!(
        desk.order_view(claimed).unwrap().order.lifecycle,
        Lifecycle::Confirmed
    );
    assert!(
        desk.order_view(unpaid)
            .unwrap()
            .journal
            .iter()
            .any(|j| j.action == "cancelled: payment link expired unpaid")
    );
    assert!(desk.check_book().unwrap().is_healthy());
}

fn event(id: &str, kind: &str, object: serde_json::Value) -> orderdesk::payments::StripeEvent {
    parse_event(
        json!({"id": id, "object": "event", "type": kind, "data": {"object": object}})
            .to_string()
            .as_bytes(),
    )
    .unwrap()
}

fn pi(id: &str, amount: i64, currency: &str, order_no: i64) -> serde_json::Value {
    json!({"id": id, "object": "payment_intent", "amount": amount, "amount_received": amount,
           "currency": currency, "status": "succeeded", "metadata": {"order_no": order_no.to_string()}})
}

#[test]
fn a_provider_payment_is_applied_once_and_checked_first() {
    on_each_engine(a_provider_payment_is_applied_once_and_checked_first_on);
}

fn a_provider_payment_is_applied_once_and_checked_first_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let e = event(
        "evt_1",
        "payment_intent.succeeded",
        pi("pi_1", 18000, "brl", n),
    );
    let first = desk.receive_stripe_event(&e).unwrap();
    assert!(
        matches!(&first, Received::Applied { outcome: EventOutcome::Paid, paid: Some(p), .. } if p.order_no == n && p.amount.minor == 18000)
    );
    for _ in 0..3 {
        assert_eq!(desk.receive_stripe_event(&e).unwrap(), Received::Duplicate);
    }
    let other = event(
        "evt_2",
        "payment_intent.succeeded",
        pi("pi_1", 18000, "brl", n),
    );
    assert!(matches!(
        desk.receive_stripe_event(&other).unwrap(),
        Received::Applied {
            outcome: EventOutcome::AlreadyRecorded,
            ..
        }
    ));
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.payments.len(), 1);
    assert_eq!(
        (view.payments[0].method, view.payments[0].state),
        (Method::Link, PaymentState::Verified)
    );
    assert_eq!(view.totals.paid(), 18000);

    let m = order(&mut desk, &[("SCF-RED", 1)]);
    let too_much = event(
        "evt_3",
        "payment_intent.succeeded",
        pi("pi_3", 99900, "brl", m),
    );
    assert!(matches!(
        desk.receive_stripe_event(&too_much).unwrap(),
        Received::Applied {
            outcome: EventOutcome::ManualReview,
            ..
        }
    ));
    let wrong_currency = event(
        "evt_4",
        "payment_intent.succeeded",
        pi("pi_4", 3500, "usd", m),
    );
    assert!(matches!(
        desk.receive_stripe_event(&wrong_currency).unwrap(),
        Received::Applied {
            outcome: EventOutcome::ManualReview,
            ..
        }
    ));
    assert!(
        desk.order_view(m).unwrap().payments.is_empty(),
        "nothing paid"
    );
    let reviews = desk.payment_reviews(10).unwrap();
    assert_eq!(reviews.len(), 2, "{reviews:?}");
    let stranger = event(
        "evt_5",
        "payment_intent.succeeded",
        pi("pi_5", 100, "brl", 999_999),
    );
    assert!(matches!(
        desk.receive_stripe_event(&stranger).unwrap(),
        Received::Applied {
            outcome: EventOutcome::Ignored,
            ..
        }
    ));
    assert_eq!(desk.provider_events(10).unwrap().len(), 5);
}

fn import(
    desk: &mut Desk,
    csv: &str,
    format: ReportFormat,
    map: &[&str],
) -> orderdesk::ops::Reconciliation {
    let map = FieldMap::parse(&map.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    let rows = read_report(csv, format, &map, Currency::BRL).unwrap();
    desk.import_payment_report(&rows, format, "bank.csv", |_| Ok(()))
        .unwrap()
}

#[test]
fn a_bank_report_verifies_claims_records_money_and_changes_nothing_the_second_time() {
    on_each_engine(
        a_bank_report_verifies_claims_records_money_and_changes_nothing_the_second_time_on,
    );
}

fn a_bank_report_verifies_claims_records_money_and_changes_nothing_the_second_time_on() {
    let (mut desk, dir) = desk_with(config());
    let claimed = order(&mut desk, &[("SCF-RED", 1)]);
    let by_hand = order(&mut desk, &[("SCF-RED", 2)]);
    let unpaid = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let lonely = order(&mut desk, &[("SCF-RED", 3)]);
    desk.order_link(unpaid, None).unwrap();
    pay(&mut desk, claimed, "35", true, None);
    pay(&mut desk, by_hand, "70", false, None);
    pay(&mut desk, lonely, "105", true, None);
    let csv = format!(
        "Data;Histórico;Valor;Documento\n\
         02/03/2026;PIX pedido #{claimed};35,00;E2E-A\n\
         02/03/2026;PIX pedido #{by_hand};70,00;E2E-B\n\
         02/03/2026;PIX pedido #{unpaid};180,00;E2E-C\n\
         02/03/2026;PIX sem pedido;12,00;E2E-D\n\
         02/03/2026;PIX pedido #{unpaid};5,00;E2E-E\n\
         02/03/2026;TARIFA;-3,00;T-1\n"
    );
    let map = [
        "Valor=amount",
        "Documento=reference",
        "Histórico=description",
    ];
    let rec = import(&mut desk, &csv, ReportFormat::Mapped, &map);
    let outcomes: Vec<Outcome> = rec.lines.iter().map(|l| l.outcome).collect();
    assert_eq!(
        outcomes,
        [
            Outcome::ClaimVerified,
            Outcome::AlreadyRecorded,
            Outcome::Recorded,
            Outcome::NoOrder,
            Outcome::ManualReview,
            Outcome::NotPaid,
            Outcome::ClaimWithoutProviderRow,
        ]
    );
    assert!(rec.changed);
    assert_eq!(rec.paid.len(), 2);
    let view = desk.order_view(claimed).unwrap();
    assert_eq!(
        (
            view.payments[0].state,
            view.payments[0].reference.as_deref()
        ),
        (PaymentState::Verified, Some("E2E-A"))
    );
    let view = desk.order_view(by_hand).unwrap();
    assert_eq!(view.payments.len(), 1, "nothing doubled");
    assert_eq!(view.payments[0].reference.as_deref(), Some("E2E-B"));
    let view = desk.order_view(unpaid).unwrap();
    assert_eq!(view.totals.paid(), 18000);
    let links = desk.order_links(unpaid).unwrap();
    assert_eq!(
        links[0].state,
        LinkState::Paid,
        "the report paid the link it asked for"
    );

    // On SQLite the file itself shows nothing was written; on both, the book's counts.
    let db = dir.path().join("book.sqlite");
    let before = db.exists().then(|| snapshot(&db));
    let journal = desk.store.read().journal_count().unwrap();
    let again = import(&mut desk, &csv, ReportFormat::Mapped, &map);
    assert!(!again.changed);
    assert_eq!(
        db.exists().then(|| snapshot(&db)),
        before,
        "the second import wrote nothing"
    );
    assert_eq!(desk.store.read().journal_count().unwrap(), journal);
    let outcomes: Vec<Outcome> = again.lines.iter().map(|l| l.outcome).collect();
    assert_eq!(outcomes[..3], [Outcome::AlreadyRecorded; 3]);
    assert_eq!(outcomes[3], Outcome::NoOrder);
    assert_eq!(
        outcomes[4],
        Outcome::AlreadyRecorded,
        "the review is not raised twice"
    );
}

#[test]
fn a_report_row_that_does_not_fit_sends_the_live_link_to_review() {
    on_each_engine(a_report_row_that_does_not_fit_sends_the_live_link_to_review_on);
}

fn a_report_row_that_does_not_fit_sends_the_live_link_to_review_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    desk.order_link(n, None).unwrap();
    let csv = format!("id,Amount,Currency,Status,order_no (metadata)\npi_9,999.00,brl,Paid,{n}\n");
    let rec = import(&mut desk, &csv, ReportFormat::Stripe, &[]);
    assert_eq!(rec.lines[0].outcome, Outcome::ManualReview);
    let link = &desk.order_links(n).unwrap()[0];
    assert_eq!(link.state, LinkState::ManualReview);
    // Kept as the reason's code, worded where it is read.
    assert!(
        matches!(
            ReviewReason::from_code(&link.note),
            Some(ReviewReason::RowMoreThanOwed { paid, .. }) if paid.minor == 99900
        ),
        "{}",
        link.note
    );
    assert!(
        ReviewReason::read(&link.note)
            .in_locale(Locale::PT_BR)
            .contains("R$ 999,00"),
        "{}",
        link.note
    );
    let reviews = desk.payment_reviews(10).unwrap();
    assert_eq!(
        (reviews.len(), reviews[0].source, reviews[0].order_number),
        (1, "link", Some(n))
    );
    assert_eq!(
        desk.close_review(n, "refunded at the bank").unwrap(),
        1,
        "the link carries the report row"
    );
    assert!(desk.payment_reviews(10).unwrap().is_empty());
    let closed = &desk.order_links(n).unwrap()[0];
    assert_eq!(closed.state, LinkState::Cancelled);
    // A person's own words are kept as they wrote them, in every language.
    assert_eq!(closed.note, "refunded at the bank");
    assert_eq!(
        LinkNote::read(&closed.note).in_locale(Locale::ES),
        "refunded at the bank"
    );
    assert!(desk.close_review(n, "").is_err(), "nothing left to close");
    assert!(desk.order_view(n).unwrap().payments.is_empty());
}

/// The database file and its write-ahead log.
fn snapshot(db: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    if let Ok(log) = std::fs::read(std::path::PathBuf::from(wal)) {
        bytes.extend(log);
    }
    bytes
}

#[test]
fn the_daily_report_shows_links_and_their_conversion_from_real_data() {
    on_each_engine(the_daily_report_shows_links_and_their_conversion_from_real_data_on);
}

fn the_daily_report_shows_links_and_their_conversion_from_real_data_on() {
    let (mut desk, _dir) = desk_with(config());
    let fast = order(&mut desk, &[("SCF-RED", 1)]);
    let slow = order(&mut desk, &[("SCF-RED", 2)]);
    let unpaid = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let no_link = order(&mut desk, &[("SCF-RED", 1)]);
    for n in [fast, slow, unpaid] {
        desk.order_link(n, None).unwrap();
    }
    let bank = |n: i64, amount: &str, reference: &str| {
        format!("Valor;Documento;Historico\n{amount};{reference};pedido #{n}\n")
    };
    let map = [
        "Valor=amount",
        "Documento=reference",
        "Historico=description",
    ];
    at(&mut desk, 1);
    import(
        &mut desk,
        &bank(fast, "35,00", "E2E-1"),
        ReportFormat::Mapped,
        &map,
    );
    at(&mut desk, 30);
    import(
        &mut desk,
        &bank(slow, "70,00", "E2E-2"),
        ReportFormat::Mapped,
        &map,
    );
    let report = desk.daily_report(t0().date_naive(), &Utc).unwrap();
    let row = |n: i64| report.orders.iter().find(|o| o.number == n).unwrap();
    assert_eq!(
        (
            row(fast).link_provider.as_str(),
            row(fast).link_state.as_str(),
            row(fast).minutes_link_to_paid
        ),
        ("template", "paid", Some(60))
    );
    assert_eq!(
        (
            row(slow).link_state.as_str(),
            row(slow).minutes_link_to_paid
        ),
        ("paid", Some(30 * 60))
    );
    assert_eq!(
        (
            row(unpaid).link_state.as_str(),
            row(unpaid).minutes_link_to_paid
        ),
        ("pending", None)
    );
    assert_eq!(
        (
            row(no_link).link_provider.as_str(),
            row(no_link).link_state.as_str()
        ),
        ("", "")
    );
    let metric = |m: &str, key: &str| {
        report
            .summary
            .iter()
            .find(|s| s.metric == m && s.key == key)
            .cloned()
            .unwrap()
    };
    let paid_links = metric("payment_links_by_state", "paid");
    assert_eq!((paid_links.count, paid_links.value.as_str()), (2, "105.00"));
    assert_eq!(metric("payment_links_by_state", "pending").count, 1);
    let median = metric("median_minutes_link_to_paid", "paid_links");
    assert_eq!((median.count, median.value.as_str()), (2, "930"));
    let conversion = metric("link_paid_within_24h", "orders_with_links");
    assert_eq!(
        (conversion.count, conversion.value.as_str()),
        (3, "33.3"),
        "one of three linked orders paid within a day"
    );
    let within = metric("paid_within_24h", "confirmed_orders");
    assert_eq!(
        (within.count, within.value.as_str()),
        (4, "25.0"),
        "the order-level conversion counts the verified payments"
    );
}

#[test]
fn a_claim_waiting_for_a_person_is_listed_once() {
    on_each_engine(a_claim_waiting_for_a_person_is_listed_once_on);
}

fn a_claim_waiting_for_a_person_is_listed_once_on() {
    let (mut desk, _dir) = desk_with(config());
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let id = pay(&mut desk, n, "10", true, None);
    let overview = desk.payments_overview(20).unwrap();
    assert_eq!(overview.claims.len(), 1);
    assert!(overview.recent.is_empty(), "the claim shows twice");
    desk.verify_payment(n, &id).unwrap();
    let overview = desk.payments_overview(20).unwrap();
    assert!(overview.claims.is_empty());
    assert_eq!(overview.recent.len(), 1);
}
