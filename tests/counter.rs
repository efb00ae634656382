//! The desk at the counter: the results staff rely on — one balance everywhere, notes that
//! touch nothing else, references a rejected claim does not hold — checked through the
//! operations on a real book (the keys that reach them are in `tests/desk.rs`), each test on
//! a SQLite file and on a PostgreSQL database (`support/engines.rs`).

use chrono::{TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::payment::Method;
use orderdesk::ops::{Clock, Desk, ItemSpec, ListQuery, NewOrder, NewPayment};
use orderdesk::tui::harness::Harness;

#[path = "support/engines.rs"]
mod engines;
use engines::{on_each_engine, open_book};

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,USD,10,scarf,
JKT-BLK-M,Leather Jacket,Black / M,180.00,USD,3,jacket,1
";

fn desk() -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = open_book(dir.path());
    let mut config = Config::default();
    config.shop.name = "Lumen".into();
    config.desk.user = "ana".into();
    config.payment_link.url_template = "https://pay.example/{order_no}?amount={amount}".into();
    let mut desk = Desk::new(store, config);
    desk.clock = Clock::Fixed(Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap());
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn order(desk: &mut Desk, sku: &str, qty: i64) -> i64 {
    desk.create_order(NewOrder {
        customer: "+1 512-555-0123".into(),
        name: Some("Mei Chen".into()),
        items: vec![ItemSpec {
            sku: sku.into(),
            qty,
        }],
        ..NewOrder::default()
    })
    .unwrap()
    .order
    .number
}

fn pay(desk: &mut Desk, number: i64, amount: &str, reference: Option<&str>, claimed: bool) {
    desk.record_payment(
        number,
        NewPayment {
            amount: amount.into(),
            method: Method::Pix,
            reference: reference.map(str::to_string),
            claimed,
            proof: None,
        },
    )
    .unwrap();
}

/// The balance the queue (and `order list`) shows for `number`.
fn listed_balance(desk: &Desk, number: i64) -> i64 {
    let rows = desk.list_orders(&ListQuery::default()).unwrap();
    let row = rows.iter().find(|r| r.order.number == number).unwrap();
    row.order.balance(row.totals)
}

#[test]
fn after_a_refund_view_summary_link_and_list_agree_on_the_balance() {
    on_each_engine(after_a_refund_view_summary_link_and_list_agree_on_the_balance_on);
}

fn after_a_refund_view_summary_link_and_list_agree_on_the_balance_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "SCF-RED", 2);
    desk.confirm_order(n, false, None).unwrap();
    pay(&mut desk, n, "50", None, false);
    desk.refund(n, "20", false, None, None).unwrap();
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.balance(), 2000, "$70 order, $50 in, $20 back: $20 due");
    assert_eq!(listed_balance(&desk, n), 2000);
    let summary = desk.order_summary(n).unwrap();
    assert!(summary.contains("Balance due: $20.00"), "{summary}");
    assert!(
        summary.contains("amount=20.00"),
        "the link asks for $20: {summary}"
    );
    let link = desk.order_link(n, None).unwrap();
    assert_eq!(link.link.amount, 2000);
}

#[test]
fn a_cancelled_order_shows_no_balance_due() {
    on_each_engine(a_cancelled_order_shows_no_balance_due_on);
}

fn a_cancelled_order_shows_no_balance_due_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "JKT-BLK-M", 1);
    desk.confirm_order(n, false, None).unwrap();
    desk.cancel_order(n, None).unwrap();
    assert_eq!(desk.order_view(n).unwrap().balance(), 0);
    assert_eq!(listed_balance(&desk, n), 0);
    // Paid, cancelled and refunded in full: nothing either way.
    let m = order(&mut desk, "SCF-RED", 1);
    desk.confirm_order(m, false, None).unwrap();
    pay(&mut desk, m, "35", None, false);
    desk.cancel_order(m, None).unwrap();
    assert_eq!(
        desk.order_view(m).unwrap().balance(),
        -3500,
        "the shop owes it back"
    );
    desk.refund(m, "35", false, None, None).unwrap();
    assert_eq!(desk.order_view(m).unwrap().balance(), 0);
    assert_eq!(listed_balance(&desk, m), 0);
}

// ---- through the desk's real `step()` -------------------------------------------------

fn fixture(path: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn local() -> chrono::DateTime<chrono::FixedOffset> {
    Utc.with_ymd_and_hms(2024, 3, 2, 11, 0, 0)
        .unwrap()
        .fixed_offset()
}

/// The fixture catalog's shop on a real file, seen through the harness.
fn harness(dir: &tempfile::TempDir, width: u16, height: u16) -> Harness {
    let mut config = Config::default();
    config.shop.name = "Northside Threads".into();
    config.shop.names = vec!["Northside Threads".into()];
    config.desk.user = "ana".into();
    let mut desk = Desk::new(open_book(dir.path()), config);
    desk.clock = Clock::Fixed(local().to_utc());
    desk.import_catalog(&std::fs::read_to_string(fixture("catalog.csv")).unwrap())
        .unwrap();
    Harness::new(desk, width, height, local())
}

/// Confirmed orders of three customers, placed before the desk looks again.
fn three_orders(h: &mut Harness) -> Vec<i64> {
    let mut numbers = Vec::new();
    for (phone, name) in [
        ("+1 512 555 0101", "Mei Chen"),
        ("+1 512 555 0102", "Ana Souza"),
        ("+1 512 555 0103", "Omar Haddad"),
    ] {
        let desk = &mut h.runner.desk;
        let view = desk
            .create_order(NewOrder {
                customer: phone.into(),
                name: Some(name.into()),
                items: vec![ItemSpec {
                    sku: "SCF-WOL-RED".into(),
                    qty: 1,
                }],
                ..NewOrder::default()
            })
            .unwrap();
        desk.confirm_order(view.order.number, false, None).unwrap();
        numbers.push(view.order.number);
    }
    // Written through the desk's own connection (another desk's would be seen by polling):
    // counted and read again, as after any change.
    h.app.orders.counts_stale = true;
    h.keys("1");
    numbers
}

fn last_copy(h: &Harness) -> String {
    h.clipboard
        .borrow()
        .copies
        .last()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn after_a_jump_every_key_acts_on_the_order_jumped_to() {
    on_each_engine(after_a_jump_every_key_acts_on_the_order_jumped_to_on);
}

fn after_a_jump_every_key_acts_on_the_order_jumped_to_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 80, 24);
    let numbers = three_orders(&mut h);
    // The first row is selected; jump to the last order, look, go back, copy.
    let wanted = numbers[2];
    assert_ne!(h.app.orders.selected().map(|r| r.number), Some(wanted));
    h.keys(":");
    h.type_text(&wanted.to_string());
    h.keys("Enter Esc y");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(wanted));
    let copied = last_copy(&h);
    assert!(
        copied.contains(&format!("#{wanted}")) && copied.contains("Omar Haddad"),
        "copied another customer's summary: {copied}"
    );
    // An order the open queue does not show (cancelled) is still the one selected.
    h.runner.desk.cancel_order(numbers[0], None).unwrap();
    h.poll_book();
    h.keys(":");
    h.type_text(&numbers[0].to_string());
    h.keys("Enter Esc");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(numbers[0]));
}

#[test]
fn a_rejected_claim_does_not_hold_its_reference() {
    on_each_engine(a_rejected_claim_does_not_hold_its_reference_on);
}

fn a_rejected_claim_does_not_hold_its_reference_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "SCF-RED", 2);
    desk.confirm_order(n, false, None).unwrap();
    pay(&mut desk, n, "70", Some("E2E-77"), true);
    let claim = desk.order_view(n).unwrap().payments[0].id;
    assert_eq!(
        desk.reference_holder(Method::Pix, "e2e-77").unwrap(),
        Some(n)
    );
    desk.reject_payment(n, &claim.simple().to_string()).unwrap();
    assert_eq!(desk.reference_holder(Method::Pix, "E2E-77").unwrap(), None);
    // The real transfer with the same reference is recorded.
    pay(&mut desk, n, "70", Some("E2E-77"), false);
    assert_eq!(desk.order_view(n).unwrap().balance(), 0);
    // And it, verified, holds the reference: never twice.
    let m = order(&mut desk, "SCF-RED", 1);
    let err = desk
        .record_payment(
            m,
            NewPayment {
                amount: "35".into(),
                method: Method::Pix,
                reference: Some("E2E-77".into()),
                claimed: false,
                proof: None,
            },
        )
        .unwrap_err();
    assert!(err.to_string().contains("cannot count twice"), "{err}");
}

#[test]
fn a_reference_already_used_is_refused_where_it_is_typed() {
    on_each_engine(a_reference_already_used_is_refused_where_it_is_typed_on);
}

fn a_reference_already_used_is_refused_where_it_is_typed_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    let numbers = three_orders(&mut h);
    pay(&mut h.runner.desk, numbers[0], "35", Some("PIX-1"), false);
    h.poll_book();
    h.keys(":");
    h.type_text(&numbers[1].to_string());
    h.keys("Enter p Enter");
    h.type_text("pix");
    h.keys("Enter");
    h.type_text("pix-1");
    h.keys("Enter");
    assert!(
        h.status()
            .contains(&format!("'pix-1' already paid order #{}", numbers[0])),
        "{}",
        h.status()
    );
    assert!(
        h.screen().contains("reference (Pix/bank/card id)"),
        "the reference is asked again: {}",
        h.screen()
    );
    h.keys("Ctrl-u");
    h.type_text("PIX-2");
    h.keys("Enter y");
    let view = h.runner.desk.order_view(numbers[1]).unwrap();
    assert_eq!(view.payments[0].reference.as_deref(), Some("PIX-2"));
    assert_eq!(view.balance(), 0);
}

/// A Brazilian shop: BRL, Portuguese summaries; the staff here read the desk in English.
fn brl_harness(dir: &tempfile::TempDir) -> Harness {
    let mut config = Config::default();
    config.shop.name = "Loja Azul".into();
    config.shop.currency = orderdesk::core::money::Currency::BRL;
    config.shop.country = "BR".into();
    config.shop.language = Some(orderdesk::core::i18n::Locale::PT_BR);
    config.desk.language = Some(orderdesk::core::i18n::Locale::EN);
    config.desk.user = "bia".into();
    let mut desk = Desk::new(open_book(dir.path()), config);
    desk.clock = Clock::Fixed(local().to_utc());
    desk.import_catalog(
        "sku,name,variant,price,currency,stock,aliases
TEN-BRA-41,Tênis Casual,Branco / 41,240.00,BRL,5,tenis
CAM-PRE-M,Camiseta,Preta / M,59.90,BRL,10,camiseta
",
    )
    .unwrap();
    let view = desk
        .create_order(NewOrder {
            customer: "+55 11 98765-4321".into(),
            name: Some("Ana Paula Ribeiro".into()),
            items: vec![ItemSpec {
                sku: "TEN-BRA-41".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap();
    desk.confirm_order(view.order.number, false, None).unwrap();
    Harness::new(desk, 80, 24, local())
}

#[test]
fn paying_more_than_is_due_is_asked_with_the_amount_as_read() {
    on_each_engine(paying_more_than_is_due_is_asked_with_the_amount_as_read_on);
}

fn paying_more_than_is_due_is_asked_with_the_amount_as_read_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = brl_harness(&dir);
    let n = h.app.orders.selected().unwrap().number;
    h.keys("p Ctrl-u");
    h.type_text("10.123");
    h.keys("Enter");
    let screen = h.screen();
    assert!(
        screen.contains("R$ 10.123,00 is R$ 9.883,00 more than the R$ 240,00 due"),
        "{screen}"
    );
    // n: type it again; nothing was written.
    h.keys("n");
    assert!(h.runner.desk.order_view(n).unwrap().payments.is_empty());
    assert!(h.screen().contains("Payment for"), "{}", h.screen());
    h.keys("Ctrl-u");
    h.type_text("240");
    h.keys("Enter");
    h.type_text("pix");
    h.keys("Enter Enter");
    let screen = h.screen();
    assert!(screen.contains("Is the R$ 240,00 (pix)"), "{screen}");
    h.keys("y");
    let view = h.runner.desk.order_view(n).unwrap();
    assert_eq!((view.totals.received, view.balance()), (24000, 0));
}

#[test]
fn a_note_makes_no_revision_and_keeps_the_link() {
    on_each_engine(a_note_makes_no_revision_and_keeps_the_link_on);
}

fn a_note_makes_no_revision_and_keeps_the_link_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "SCF-RED", 2);
    desk.confirm_order(n, false, None).unwrap();
    let link = desk.order_link(n, None).unwrap().link;
    desk.set_notes(n, "gift wrap please".into(), false, None)
        .unwrap();
    desk.set_notes(n, "regular: give a sample".into(), true, None)
        .unwrap();
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.order.revision, 1, "no v2 for a note");
    let again = desk.order_link(n, None).unwrap();
    assert!(!again.created, "the customer's link still stands");
    assert_eq!(again.link.id, link.id);
    let summary = desk.order_summary(n).unwrap();
    assert!(summary.contains("gift wrap please"), "{summary}");
    assert!(
        !summary.contains("sample"),
        "the staff note never reaches the customer: {summary}"
    );
    assert!(!summary.contains("(v2)"), "{summary}");
    // A note can be kept on a delivered or cancelled order too.
    desk.cancel_order(n, None).unwrap();
    desk.set_notes(n, "refund by pix on monday".into(), true, None)
        .unwrap();
    assert_eq!(
        desk.order_view(n).unwrap().order.staff_notes,
        "refund by pix on monday"
    );
}

#[test]
fn a_customer_gets_the_name_from_the_chat_and_the_phone_typed() {
    on_each_engine(a_customer_gets_the_name_from_the_chat_and_the_phone_typed_on);
}

fn a_customer_gets_the_name_from_the_chat_and_the_phone_typed_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = brl_harness(&dir);
    h.paste("[02/03/2024, 10:00] Paula Souza: oi! quero 2 camisetas pretas M\n");
    assert!(h.screen().contains("Paste review"), "{}", h.screen());
    h.keys("u");
    h.type_text("11 91234-5678");
    h.keys("Enter Enter");
    let customers = h.runner.desk.customers("Souza", 10, 0).unwrap();
    assert_eq!(customers.len(), 1, "{}", h.status());
    assert_eq!(customers[0].customer.name, "Paula Souza");
    assert_eq!(
        customers[0].customer.phone.as_deref(),
        Some("+5511912345678")
    );
    // Name and phone typed together are both kept, each in its place.
    h.paste("[02/03/2024, 10:05] +55 21 99999-0000: 1 camiseta preta M por favor\n");
    h.keys("u");
    h.type_text("Bia Ribeiro Lima +55 21 99999-0000");
    h.keys("Enter Enter");
    let c = h.runner.desk.customers("Lima", 10, 0).unwrap();
    assert_eq!(c.len(), 1, "{}", h.status());
    assert_eq!(
        (c[0].customer.name.as_str(), c[0].customer.phone.as_deref()),
        ("Bia Ribeiro Lima", Some("+5521999990000"))
    );
}

#[test]
fn a_draft_is_a_quote_and_a_full_claim_gets_no_link() {
    on_each_engine(a_draft_is_a_quote_and_a_full_claim_gets_no_link_on);
}

fn a_draft_is_a_quote_and_a_full_claim_gets_no_link_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "SCF-RED", 2);
    let quote = desk.order_summary(n).unwrap();
    assert!(quote.contains("Quote: reply OK to confirm"), "{quote}");
    assert!(!quote.contains("Pay here"), "{quote}");
    assert!(
        desk.order_links(n).unwrap().is_empty(),
        "a draft gets no link"
    );
    desk.confirm_order(n, false, None).unwrap();
    pay(&mut desk, n, "70", Some("PIX-9"), true);
    let claimed = desk.order_summary(n).unwrap();
    assert!(
        claimed.contains("Payment sent, being checked: $70.00"),
        "{claimed}"
    );
    assert!(
        !claimed.contains("Pay here") && !claimed.contains("Quote"),
        "{claimed}"
    );
    assert!(
        desk.order_links(n).unwrap().is_empty(),
        "no link for what the customer says they already paid"
    );
}

#[test]
fn the_order_view_shows_exactly_what_y_copies() {
    on_each_engine(the_order_view_shows_exactly_what_y_copies_on);
}

fn the_order_view_shows_exactly_what_y_copies_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    h.runner.desk.config.payment_link.url_template =
        "https://pay.example/{order_no}?amount={amount}".into();
    let numbers = three_orders(&mut h);
    h.keys(":");
    h.type_text(&numbers[1].to_string());
    h.keys("Enter");
    let shown = |h: &Harness| match h.app.overlays.last() {
        Some(orderdesk::app::overlay::Overlay::Detail(d)) => d.summary.clone(),
        _ => panic!("no order open"),
    };
    let before = shown(&h);
    assert!(
        before.contains("Pay here: https://pay.example/"),
        "{before}"
    );
    h.keys("y");
    assert_eq!(last_copy(&h), before, "the view showed what y copies");
    assert_eq!(shown(&h), before, "and still does after the link was made");
    assert_eq!(h.runner.desk.order_links(numbers[1]).unwrap().len(), 1);
}

fn chat(name: &str) -> String {
    std::fs::read_to_string(fixture(&format!("chat/drafts/{name}"))).unwrap()
}

#[test]
fn esc_asks_before_dropping_changes_and_says_what_was_written() {
    on_each_engine(esc_asks_before_dropping_changes_and_says_what_was_written_on);
}

fn esc_asks_before_dropping_changes_and_says_what_was_written_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    h.paste(&chat("en_change_colour_qty.txt"));
    h.keys("+ Esc");
    assert!(
        h.screen().contains("Your changes to this draft are lost"),
        "{}",
        h.screen()
    );
    h.keys("n");
    assert!(
        h.screen().contains("Paste review"),
        "n stays: {}",
        h.screen()
    );
    h.keys("Esc y");
    assert!(!h.screen().contains("Paste review"));
    assert!(h.status().contains("nothing was written"), "{}", h.status());
    // Two customers: the first is written, then Esc leaves the second.
    h.paste(&chat("group_two_customers.txt"));
    assert!(h.screen().contains("customer 1 of"), "{}", h.screen());
    h.keys("Enter");
    let created = h.runner.desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(created.len(), 1, "{}", h.status());
    h.keys("Esc");
    let said = h.status();
    assert!(
        said.contains(&format!("#{} was created", created[0].order.number))
            && said.contains("not written"),
        "{said}"
    );
}

#[test]
fn the_shop_author_is_asked_about_once_and_remembered() {
    on_each_engine(the_shop_author_is_asked_about_once_and_remembered_on);
}

fn the_shop_author_is_asked_about_once_and_remembered_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = brl_harness(&dir);
    let chat = "[02/03/2024, 10:00] Paula Souza: oi! tem camiseta preta M?\n\
[02/03/2024, 10:01] Azul Moda SP: temos sim! R$ 59,90\n\
[02/03/2024, 10:02] Paula Souza: quero 2 então\n\
[02/03/2024, 10:03] Azul Moda SP: fechado, total R$ 119,80\n";
    h.paste(chat);
    let screen = h.screen();
    assert!(
        screen.contains("“Azul Moda SP” quotes prices like a shop"),
        "{screen}"
    );
    h.keys("y");
    let screen = h.screen();
    assert!(screen.contains("Customer: Paula Souza"), "{screen}");
    assert!(
        !screen.contains("customer 1 of 2"),
        "the shop is no second customer: {screen}"
    );
    h.keys("Enter");
    assert_eq!(
        h.runner.desk.customers("Azul", 10, 0).unwrap().len(),
        0,
        "the shop never became a customer"
    );
    // The next paste knows it without asking.
    h.paste(&chat.replace("Paula Souza", "Rita Lopes"));
    let screen = h.screen();
    assert!(!screen.contains("quotes prices like a shop"), "{screen}");
    assert!(screen.contains("Customer: Rita Lopes"), "{screen}");
}

#[test]
fn the_same_chat_pasted_again_with_more_updates_its_order() {
    on_each_engine(the_same_chat_pasted_again_with_more_updates_its_order_on);
}

fn the_same_chat_pasted_again_with_more_updates_its_order_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    let first = "3/2/24, 10:15 AM - Mei Chen: Hi! I'd like 2 black tees size M please\n\
3/2/24, 10:16 AM - Northside Threads: Hi Mei! 2 black tees M, $50\n";
    h.paste(first);
    h.keys("Enter");
    let rows = h.runner.desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(rows.len(), 1, "{}", h.status());
    let n = rows[0].order.number;
    // Copied again from the phone, with one more message.
    let more = format!("{first}3/2/24, 10:20 AM - Mei Chen: also add a red scarf\n");
    h.paste(&more);
    let screen = h.screen();
    assert!(screen.contains(&format!("Continues #{n}")), "{screen}");
    h.keys("Enter");
    let rows = h.runner.desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(rows.len(), 1, "no second order: {}", h.status());
    let order = &rows[0].order;
    assert_eq!(order.revision, 2, "a new version of the agreement");
    assert!(
        order.lines.iter().any(|l| l.sku == "SCF-WOL-RED"),
        "{:?}",
        order.lines
    );
    // `o` makes a new order after all.
    let third = format!("{more}3/2/24, 10:30 AM - Mei Chen: and one more black tee M\n");
    h.paste(&third);
    h.keys("o Enter");
    assert_eq!(
        h.runner
            .desk
            .list_orders(&ListQuery::default())
            .unwrap()
            .len(),
        2,
        "{}",
        h.status()
    );
}

#[test]
fn delivery_fee_and_discount_are_typed_in_the_review() {
    on_each_engine(delivery_fee_and_discount_are_typed_in_the_review_on);
}

fn delivery_fee_and_discount_are_typed_in_the_review_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    h.paste("3/2/24, 10:15 AM - Mei Chen: 2 red scarves please, deliver to 5 Elm St\n");
    h.keys("f");
    h.type_text("10");
    h.keys("Enter %");
    h.type_text("5");
    h.keys("Enter");
    assert!(h.screen().contains("delivery $10.00"), "{}", h.screen());
    h.keys("Enter");
    let rows = h.runner.desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(rows.len(), 1, "{}", h.status());
    let o = &rows[0].order;
    assert_eq!((o.delivery_fee, o.discount), (1000, 500));
    // And in an edit of the order.
    h.keys("Enter e f Ctrl-u");
    h.type_text("12");
    h.keys("Enter Enter");
    let o = h.runner.desk.order_view(o.number).unwrap().order;
    assert_eq!((o.delivery_fee, o.discount), (1200, 500), "{}", h.status());
}

#[test]
fn help_scrolls_only_as_far_as_it_has_lines_and_ctrl_c_quits() {
    on_each_engine(help_scrolls_only_as_far_as_it_has_lines_and_ctrl_c_quits_on);
}

fn help_scrolls_only_as_far_as_it_has_lines_and_ctrl_c_quits_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 80, 24);
    h.keys("?");
    assert!(h.screen().contains("This screen"), "{}", h.screen());
    for _ in 0..200 {
        h.keys("j");
    }
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    assert!(
        lines
            .iter()
            .filter(|l| l.trim_matches(['│', ' ']).is_empty())
            .count()
            < 8,
        "the help ends with its last line at the bottom, not an empty screen: {screen}"
    );
    h.keys("Esc Ctrl-c");
    assert!(h.app.quit);
}

#[test]
fn the_footer_never_offers_confirm_on_a_confirmed_order() {
    on_each_engine(the_footer_never_offers_confirm_on_a_confirmed_order_on);
}

fn the_footer_never_offers_confirm_on_a_confirmed_order_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    three_orders(&mut h);
    let footer = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(!footer.contains("c confirm"), "{footer}");
    assert!(footer.contains("a advance"), "{footer}");
}

#[test]
fn refused_values_are_refused_where_they_are_typed() {
    on_each_engine(refused_values_are_refused_where_they_are_typed_on);
}

fn refused_values_are_refused_where_they_are_typed_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    let numbers = three_orders(&mut h);
    // 3 red scarves on hand, all 3 held by the orders: none can be counted away.
    h.keys("2 /");
    h.type_text("SCF-WOL-RED");
    h.keys("Enter A");
    h.type_text("-2");
    h.keys("Enter");
    assert!(
        h.status().contains("only 0 of SCF-WOL-RED are free"),
        "{}",
        h.status()
    );
    assert!(h.screen().contains("Adjust"), "still asked: {}", h.screen());
    h.keys("Esc Esc 1");
    // A refund above what was received.
    pay(&mut h.runner.desk, numbers[0], "35", None, false);
    h.keys(":");
    h.type_text(&numbers[0].to_string());
    h.keys("Enter R Ctrl-u");
    h.type_text("50");
    h.keys("Enter");
    assert!(
        h.status().contains("only $35.00 was received"),
        "{}",
        h.status()
    );
    assert!(
        h.runner
            .desk
            .order_view(numbers[0])
            .unwrap()
            .totals
            .refunded
            == 0
    );
}

#[test]
fn a_long_order_scrolls_at_80x24() {
    on_each_engine(a_long_order_scrolls_at_80x24_on);
}

fn a_long_order_scrolls_at_80x24_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 80, 24);
    let skus = [
        "TEE-BAS-BLK-M",
        "TEE-BAS-BLK-L",
        "TEE-BAS-WHT-M",
        "TEE-BAS-WHT-L",
        "TEE-BAS-BLU-M",
        "SCF-WOL-RED",
        "SCF-WOL-GRY",
        "SCF-WOL-BLU",
        "BKR-CIN-ROLL",
        "BKR-SRD-LOAF",
        "JKT-DNM-BLU-S",
        "JKT-DNM-BLU-M",
    ];
    let view = h
        .runner
        .desk
        .create_order(NewOrder {
            customer: "+1 512 555 0101".into(),
            name: Some("Mei Chen".into()),
            items: skus
                .iter()
                .map(|s| ItemSpec {
                    sku: s.to_string(),
                    qty: 1,
                })
                .collect(),
            ..NewOrder::default()
        })
        .unwrap();
    h.keys(":");
    h.type_text(&view.order.number.to_string());
    h.keys("Enter");
    let screen = h.screen();
    assert!(
        screen.contains("JKT-DNM-BLU-M") && screen.contains("Total $482.00"),
        "every line and the total on the first screen: {screen}"
    );
    assert!(!screen.contains("*Total: $482.00*"), "{screen}");
    h.keys("PageDown PageDown");
    let screen = h.screen();
    assert!(
        screen.contains("Summary (y copies it)") && screen.contains("*Total: $482.00*"),
        "the summary is scrolled to: {screen}"
    );
    h.keys("G k k");
}

#[test]
fn a_known_customers_last_address_is_one_key_away() {
    on_each_engine(a_known_customers_last_address_is_one_key_away_on);
}

fn a_known_customers_last_address_is_one_key_away_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 100, 30);
    h.paste("3/2/24, 10:15 AM - Mei Chen: 2 red scarves please, deliver to 5 Elm St\n");
    h.keys("Enter");
    h.paste("3/9/24, 10:15 AM - Mei Chen: one grey scarf please\n");
    let screen = h.screen();
    assert!(screen.contains("last time 5 Elm St (L uses it"), "{screen}");
    h.keys("L Enter");
    let rows = h.runner.desk.list_orders(&ListQuery::default()).unwrap();
    let newest = rows.iter().max_by_key(|r| r.order.number).unwrap();
    assert_eq!(
        newest.order.address.as_deref(),
        Some("5 Elm St"),
        "{}",
        h.status()
    );
}

#[test]
fn looks_money_whole_and_right_aligned_phones_as_written_variants_and_plurals() {
    on_each_engine(looks_money_whole_and_right_aligned_phones_as_written_variants_and_plurals_on);
}

fn looks_money_whole_and_right_aligned_phones_as_written_variants_and_plurals_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = brl_harness(&dir);
    let n = h.app.orders.selected().unwrap().number;
    pay(&mut h.runner.desk, n, "10.123", None, false);
    h.keys("2 1");
    let screen = h.screen();
    let row = screen
        .lines()
        .find(|l| l.contains(&format!("#{n}")))
        .unwrap_or_default();
    assert!(row.contains("-R$ 9.883,00"), "never cut: {screen}");
    // (At 80 columns the deadline column takes the age's place and a little more.)
    assert!(
        row.contains("Tênis Ca…"),
        "text is cut with an ellipsis: {row}"
    );
    // Money is right-aligned: the total ends where its header ends.
    let header = screen.lines().find(|l| l.contains("balance")).unwrap();
    let end = |l: &str, what: &str| l.find(what).map(|i| l[..i + what.len()].chars().count());
    assert_eq!(end(header, "total"), end(row, "R$ 240,00"), "{screen}");
    h.resize(120, 40);
    let screen = h.screen();
    assert!(
        screen.contains("Tênis Casual Branco 41"),
        "the variant shows: {screen}"
    );
    h.keys("3");
    let screen = h.screen();
    assert!(screen.contains("+55 11 98765-4321"), "{screen}");
    h.keys("Enter");
    assert!(h.screen().contains("· 1 order ·"), "{}", h.screen());
    h.keys("Enter");
    let screen = h.screen();
    assert!(
        screen.contains("bia confirmed: stock reserved"),
        "the person, in words: {screen}"
    );
}

#[test]
fn slash_filters_every_pane_on_items_status_address_and_names() {
    on_each_engine(slash_filters_every_pane_on_items_status_address_and_names_on);
}

fn slash_filters_every_pane_on_items_status_address_and_names_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    let numbers = three_orders(&mut h);
    let desk = &mut h.runner.desk;
    let tee = desk
        .create_order(NewOrder {
            customer: "+1 512 555 0104".into(),
            name: Some("Rita Gomez".into()),
            items: vec![ItemSpec {
                sku: "TEE-BAS-BLU-M".into(),
                qty: 2,
            }],
            address: Some("9 Harbour Road".into()),
            ..NewOrder::default()
        })
        .unwrap()
        .order
        .number;
    pay(desk, numbers[1], "35", Some("PIX-ABC"), false);
    desk.advance_order(
        numbers[1],
        orderdesk::core::order::Fulfilment::Packing,
        None,
    )
    .unwrap();
    h.keys("1");
    let shown = |h: &Harness| -> Vec<i64> { h.app.orders.rows.iter().map(|r| r.number).collect() };
    for (typed, want) in [
        ("blue tee", vec![tee]),
        ("ana packing", vec![numbers[1]]),
        ("Basic Tee", vec![tee]),
        ("harbour", vec![tee]),
        ("packing", vec![numbers[1]]),
        ("Omar", vec![numbers[2]]),
    ] {
        h.keys("/ Ctrl-u");
        h.type_text(typed);
        h.keys("Enter");
        assert_eq!(shown(&h), want, "filter '{typed}'");
        assert!(
            h.screen().contains(&format!("filter \"{typed}\"")),
            "{}",
            h.screen()
        );
    }
    h.keys("Esc 4 /");
    h.type_text("pix-abc");
    h.keys("Enter");
    assert_eq!(h.app.payments.len(), 1, "{}", h.screen());
    assert!(h.screen().contains("filter \"pix-abc\""), "{}", h.screen());
}

#[test]
fn colon_goes_to_panes_customers_and_actions_by_name() {
    on_each_engine(colon_goes_to_panes_customers_and_actions_by_name_on);
}

fn colon_goes_to_panes_customers_and_actions_by_name_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    let numbers = three_orders(&mut h);
    h.keys(":");
    h.type_text("invent");
    h.keys("Enter");
    assert_eq!(h.app.pane, orderdesk::app::panes::PaneId::Inventory);
    h.keys(":");
    h.type_text("omar");
    let screen = h.screen();
    assert!(screen.contains("customer Omar Haddad"), "{screen}");
    h.keys("Enter");
    assert!(
        h.screen().contains("Omar Haddad +1 512-555-0103"),
        "{}",
        h.screen()
    );
    h.keys("Esc 1 :");
    h.type_text("record a pay");
    h.keys("Tab");
    let typed = match h.app.overlays.last() {
        Some(orderdesk::app::overlay::Overlay::Picker(p)) => p.typed().to_string(),
        _ => String::new(),
    };
    assert_eq!(typed, "record a payment", "Tab completes");
    h.keys("Enter");
    assert!(
        h.screen().contains(&format!("Payment for #{}", numbers[0])),
        "the action runs on the selected order: {}",
        h.screen()
    );
}

#[test]
fn marked_rows_are_acted_on_with_one_key() {
    on_each_engine(marked_rows_are_acted_on_with_one_key_on);
}

fn marked_rows_are_acted_on_with_one_key_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    h.runner.desk.config.payment_link.url_template =
        "https://pay.example/{order_no}?amount={amount}".into();
    let numbers = three_orders(&mut h);
    // Two orders to packing at once.
    h.keys("Space Space");
    assert!(h.screen().contains("2 marked"), "{}", h.screen());
    h.keys("a y");
    for n in &numbers[..2] {
        assert_eq!(
            h.runner.desk.order_view(*n).unwrap().order.fulfilment,
            orderdesk::core::order::Fulfilment::Packing,
            "{}",
            h.status()
        );
    }
    assert!(h.status().contains("done on 2 of 2"), "{}", h.status());
    // Two claims verified at once.
    for n in &numbers[..2] {
        pay(&mut h.runner.desk, *n, "35", None, true);
    }
    h.keys("4 g Space Space v y");
    for n in &numbers[..2] {
        assert_eq!(
            h.runner.desk.order_view(*n).unwrap().balance(),
            0,
            "{}",
            h.status()
        );
    }
    // Reminders due for two unpaid links: both copied at once, each recorded as sent.
    let third = numbers[2];
    h.runner.desk.order_link(third, None).unwrap();
    let late = orderdesk::ops::Clock::Fixed(local().to_utc() + chrono::Duration::hours(3));
    h.runner.desk.clock = late;
    let extra = h
        .runner
        .desk
        .create_order(NewOrder {
            customer: "+1 512 555 0109".into(),
            name: Some("Rui Costa".into()),
            items: vec![ItemSpec {
                sku: "SCF-WOL-GRY".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap()
        .order
        .number;
    h.runner.desk.confirm_order(extra, false, None).unwrap();
    h.runner.desk.clock = Clock::Fixed(local().to_utc());
    h.runner.desk.order_link(extra, None).unwrap();
    h.runner.desk.clock = late;
    h.keys("1 4");
    let reminders: Vec<usize> = h
        .app
        .payments
        .items()
        .enumerate()
        .filter(|(_, i)| matches!(i, orderdesk::app::payments::PaymentItem::Reminder(_)))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(reminders.len(), 2, "{}", h.screen());
    h.keys("g");
    for _ in 0..reminders[0] {
        h.keys("j");
    }
    h.keys("Space Space y");
    let copied = last_copy(&h);
    assert!(
        copied.contains(&format!("#{third}")) && copied.contains(&format!("#{extra}")),
        "{copied}"
    );
    assert!(
        h.runner.desk.reminders_due().unwrap().is_empty(),
        "both recorded as sent"
    );
}

#[test]
fn z_takes_back_verify_reject_advance_cancel_and_merge_in_the_journal() {
    on_each_engine(z_takes_back_verify_reject_advance_cancel_and_merge_in_the_journal_on);
}

fn z_takes_back_verify_reject_advance_cancel_and_merge_in_the_journal_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 120, 40);
    let numbers = three_orders(&mut h);
    let journal = |h: &Harness| h.runner.desk.store.read().journal_count().unwrap();
    // Verify a claim, then undo: a claim again, and the journal grew.
    pay(&mut h.runner.desk, numbers[0], "35", None, true);
    h.keys("4 g v y");
    assert_eq!(h.runner.desk.order_view(numbers[0]).unwrap().balance(), 0);
    let before = journal(&h);
    h.keys("z y");
    let view = h.runner.desk.order_view(numbers[0]).unwrap();
    assert_eq!(
        (view.totals.claimed, view.balance()),
        (3500, 3500),
        "{}",
        h.status()
    );
    assert!(journal(&h) > before, "undone by a journalled operation");
    // Reject, undo.
    h.keys("g x y z y");
    assert_eq!(
        h.runner.desk.order_view(numbers[0]).unwrap().totals.claimed,
        3500,
        "{}",
        h.status()
    );
    // Out for delivery (stock leaves), undo: back on the shelf, held again.
    h.keys("1 g j a");
    h.type_text("out");
    h.keys("Enter");
    let n = numbers[1];
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().order.fulfilment,
        orderdesk::core::order::Fulfilment::OutForDelivery,
        "{}",
        h.status()
    );
    let shelf = |h: &Harness| {
        let p = h
            .runner
            .desk
            .store
            .read()
            .product("SCF-WOL-RED")
            .unwrap()
            .unwrap();
        (p.on_hand, p.reserved)
    };
    assert_eq!(shelf(&h), (2, 2));
    h.keys("z y");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().order.fulfilment,
        orderdesk::core::order::Fulfilment::Unfulfilled,
        "{}",
        h.status()
    );
    assert_eq!(shelf(&h), (3, 3), "the scarf is back, held for the order");
    // Cancel, undo: confirmed again with its stock.
    h.keys(":");
    h.type_text(&numbers[2].to_string());
    h.keys("Enter D y Esc z y");
    assert_eq!(
        h.runner
            .desk
            .order_view(numbers[2])
            .unwrap()
            .order
            .lifecycle,
        orderdesk::core::order::Lifecycle::Confirmed,
        "{}",
        h.status()
    );
    assert_eq!(shelf(&h), (3, 3));
    // Merge, undo: both customers again, each with their orders.
    h.keys("3 g m");
    h.type_text("Omar");
    h.keys("Enter y");
    assert_eq!(
        h.runner.desk.customers("", 10, 0).unwrap().len(),
        2,
        "{}",
        h.status()
    );
    h.keys("z y");
    let customers = h.runner.desk.customers("", 10, 0).unwrap();
    assert_eq!(customers.len(), 3, "{}", h.status());
    assert!(customers.iter().all(|c| c.orders == 1), "{customers:?}");
    assert!(h.runner.desk.check_book().unwrap().is_healthy());
    h.keys("z");
    assert!(h.status().contains("nothing to undo"), "{}", h.status());
}
