//! Scripted sessions through the desk's real `step()`: keys and pastes in, then the book's
//! rows, the clipboard and the screen checked; each session on a SQLite file and on a
//! PostgreSQL database (`support/engines.rs`).

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::order::{Fulfilment, Lifecycle};
use orderdesk::core::payment::PaymentStatus;
use orderdesk::ops::{Clock, Desk, ItemSpec, ListQuery, NewOrder};
use orderdesk::tui::harness::Harness;

#[path = "support/engines.rs"]
mod engines;
use engines::{on_each_engine, open_book};
#[path = "support/stripe_peer.rs"]
mod stripe_peer;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 2, 11, 0, 0).unwrap()
}

fn local() -> DateTime<FixedOffset> {
    now().fixed_offset()
}

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn chat(name: &str) -> String {
    std::fs::read_to_string(fixture(&format!("chat/drafts/{name}"))).unwrap()
}

/// A desk of the fixture catalog's shop, on a real file.
fn book(dir: &tempfile::TempDir) -> Desk {
    let mut config = Config::default();
    config.shop.name = "Northside Threads".into();
    config.shop.names = vec!["Northside Threads".into()];
    config.desk.user = "ana".into();
    let mut desk = Desk::new(open_book(dir.path()), config);
    desk.clock = Clock::Fixed(now());
    desk.import_catalog(&std::fs::read_to_string(fixture("catalog.csv")).unwrap())
        .unwrap();
    desk
}

fn desk(width: u16, height: u16) -> (Harness, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (Harness::new(book(&dir), width, height, local()), dir)
}

fn stock(h: &Harness, sku: &str) -> (i64, i64) {
    let p = h.runner.desk.store.read().product(sku).unwrap().unwrap();
    (p.on_hand, p.reserved)
}

fn orders(h: &Harness) -> Vec<orderdesk::store::OrderRow> {
    h.runner.desk.list_orders(&ListQuery::default()).unwrap()
}

#[test]
fn paste_fix_a_line_confirm_and_copy() {
    on_each_engine(paste_fix_a_line_confirm_and_copy_on);
}

fn paste_fix_a_line_confirm_and_copy_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste(&chat("en_change_colour_qty.txt"));
    let screen = h.screen();
    assert!(screen.contains("Paste review"), "{screen}");
    assert!(screen.contains("Customer: Mei Chen"), "{screen}");
    assert!(screen.contains("3 × Basic Tee White / M"), "{screen}");
    // "the $120 jacket, size M" fits two denim jackets: the guess is shown as unsure.
    let jacket = screen
        .lines()
        .find(|l| l.contains("Denim Jacket"))
        .unwrap_or_default();
    assert!(jacket.contains("% sure"), "{screen}");
    assert!(
        screen.contains("Delivery: 221 Baker St, Springfield"),
        "{screen}"
    );
    assert!(orders(&h).is_empty(), "reviewing writes nothing");

    // The shop knows she meant the blue one: fix the second line with the picker.
    h.keys("j p Ctrl-u");
    h.type_text("denim blue m");
    h.keys("Enter");
    assert!(
        h.screen().contains("1 × Denim Jacket Blue / M"),
        "{}",
        h.screen()
    );

    h.keys("Enter");
    let rows = orders(&h);
    assert_eq!(rows.len(), 1);
    let o = &rows[0].order;
    assert_eq!(o.lifecycle, Lifecycle::Confirmed);
    let lines: Vec<(&str, i64)> = o.lines.iter().map(|l| (l.sku.as_str(), l.qty)).collect();
    assert_eq!(lines, [("TEE-BAS-WHT-M", 3), ("JKT-DNM-BLU-M", 1)]);
    assert_eq!(o.address.as_deref(), Some("221 Baker St, Springfield"));
    assert_eq!(stock(&h, "TEE-BAS-WHT-M"), (6, 3));
    assert_eq!(stock(&h, "JKT-DNM-BLU-M"), (4, 1));
    assert_eq!(stock(&h, "JKT-DNM-BLK-M"), (2, 0));
    assert_eq!(
        rows[0].totals.claimed, 19500,
        "the chat's 'sent $195' is a claim"
    );
    assert_eq!(rows[0].totals.paid(), 0);
    assert!(
        h.status()
            .contains(&format!("order #{} created and confirmed", o.number)),
        "{}",
        h.status()
    );

    // One key copies the agreement.
    h.keys("y");
    let copies = h.clipboard.borrow().copies.clone();
    assert_eq!(copies.len(), 1);
    assert!(
        copies[0].contains(&format!("Order #{}", o.number)),
        "{}",
        copies[0]
    );
    assert!(
        copies[0].contains("3× Basic Tee White / M — $75.00"),
        "{}",
        copies[0]
    );
    assert!(copies[0].contains("*Total: $195.00*"), "{}", copies[0]);
    let screen = h.screen();
    assert!(
        screen.contains(&format!("copied the summary of #{}", o.number)),
        "{screen}"
    );
    assert!(screen.contains("claim to verify"), "{screen}");
}

#[test]
fn a_short_line_blocks_enter_and_can_be_kept_as_a_draft() {
    on_each_engine(a_short_line_blocks_enter_and_can_be_kept_as_a_draft_on);
}

fn a_short_line_blocks_enter_and_can_be_kept_as_a_draft_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste("[2/3/24, 10:00] Rosa Díaz: hi, 3 beige cashmere scarves please\n");
    let screen = h.screen();
    assert!(screen.contains("3 × Cashmere Scarf Beige"), "{screen}");
    assert!(screen.contains("! only 2 left"), "{screen}");
    h.keys("Enter");
    assert!(
        h.status()
            .contains("only 2 of 'Cashmere Scarf Beige' left (3 asked)"),
        "{}",
        h.status()
    );
    assert!(orders(&h).is_empty(), "nothing written");
    h.keys("s");
    let rows = orders(&h);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].order.lifecycle, Lifecycle::Draft);
    assert_eq!(stock(&h, "SCF-CSH-BEI"), (2, 0), "a draft reserves nothing");
}

#[test]
fn esc_leaves_the_review_without_writing() {
    on_each_engine(esc_leaves_the_review_without_writing_on);
}

fn esc_leaves_the_review_without_writing_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste(&chat("en_change_colour_qty.txt"));
    h.keys("Esc");
    assert!(!h.screen().contains("Paste review"));
    assert!(orders(&h).is_empty());
    assert!(
        h.runner.desk.customers("", 10, 0).unwrap().is_empty(),
        "no customer was created either"
    );
    assert!(h.status().contains("nothing was written"), "{}", h.status());
}

#[test]
fn a_new_order_by_hand_with_the_pickers() {
    on_each_engine(a_new_order_by_hand_with_the_pickers_on);
}

fn a_new_order_by_hand_with_the_pickers_on() {
    let (mut h, _dir) = desk(100, 30);
    h.keys("n");
    h.type_text("+1 (512) 555-0188");
    h.keys("Enter");
    // The product picker follows at once.
    h.type_text("red scarf");
    h.keys("Enter + Enter");
    let rows = orders(&h);
    assert_eq!(rows.len(), 1, "{}", h.status());
    assert_eq!(rows[0].customer_phone.as_deref(), Some("+15125550188"));
    assert_eq!(rows[0].order.lines[0].sku, "SCF-WOL-RED");
    assert_eq!(rows[0].order.lines[0].qty, 2);
    assert_eq!(stock(&h, "SCF-WOL-RED"), (3, 2));
}

/// An order placed and confirmed before the desk opens, for the key-driven actions.
fn with_order(h: &mut Harness) -> i64 {
    let desk = &mut h.runner.desk;
    let view = desk
        .create_order(NewOrder {
            customer: "+1 512 555 0101".into(),
            name: Some("Mei Chen".into()),
            items: vec![ItemSpec {
                sku: "SCF-WOL-RED".into(),
                qty: 2,
            }],
            ..NewOrder::default()
        })
        .unwrap();
    desk.confirm_order(view.order.number, false, None).unwrap();
    h.keys("g");
    h.poll_book();
    h.keys("1");
    view.order.number
}

#[test]
fn pay_advance_and_cancel_from_the_keyboard() {
    on_each_engine(pay_advance_and_cancel_from_the_keyboard_on);
}

fn pay_advance_and_cancel_from_the_keyboard_on() {
    let (mut h, _dir) = desk(100, 30);
    let n = with_order(&mut h);
    h.keys("Enter");
    assert!(
        h.screen().contains(&format!("Order #{n}")),
        "{}",
        h.screen()
    );
    // p: the amount defaults to the balance; pick cash; no reference; yes, it is in the till.
    h.keys("p Enter");
    h.type_text("cash");
    h.keys("Enter Enter y");
    let view = h.runner.desk.order_view(n).unwrap();
    assert_eq!(view.payment_status(), PaymentStatus::Paid, "{}", h.status());
    assert_eq!(view.payments[0].method.as_str(), "cash");
    h.keys("a");
    h.type_text("packing");
    h.keys("Enter");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().order.fulfilment,
        Fulfilment::Packing
    );
    h.keys("D n");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().order.lifecycle,
        Lifecycle::Confirmed,
        "n keeps it"
    );
    h.keys("D y");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().order.lifecycle,
        Lifecycle::Cancelled
    );
    assert_eq!(
        stock(&h, "SCF-WOL-RED"),
        (3, 0),
        "cancelling released the stock"
    );
    assert!(
        h.screen().contains("cancelled, refund due"),
        "{}",
        h.screen()
    );
}

#[test]
fn a_claim_is_verified_from_the_payments_pane() {
    on_each_engine(a_claim_is_verified_from_the_payments_pane_on);
}

fn a_claim_is_verified_from_the_payments_pane_on() {
    let (mut h, _dir) = desk(100, 30);
    let n = with_order(&mut h);
    h.keys("Enter p");
    h.keys("Enter");
    h.type_text("pix");
    h.keys("Enter");
    h.type_text("E2E-123");
    h.keys("Enter n Esc");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().payment_status(),
        PaymentStatus::Claimed
    );
    h.keys("4");
    assert!(h.screen().contains("? claimed"), "{}", h.screen());
    h.keys("v y");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().payment_status(),
        PaymentStatus::Paid,
        "{}",
        h.status()
    );
    assert!(h.screen().contains("✓ verified"), "{}", h.screen());
}

#[test]
fn when_no_clipboard_takes_it_the_text_is_shown_to_select() {
    on_each_engine(when_no_clipboard_takes_it_the_text_is_shown_to_select_on);
}

fn when_no_clipboard_takes_it_the_text_is_shown_to_select_on() {
    let (mut h, _dir) = desk(100, 30);
    let n = with_order(&mut h);
    h.clipboard.borrow_mut().refuse = true;
    h.keys("y");
    let screen = h.screen();
    assert!(
        screen.contains(&format!("Order #{n}")),
        "the summary is on screen: {screen}"
    );
    assert!(screen.contains("Select the text"), "{screen}");
    assert!(h.status().contains("could not copy"), "{}", h.status());
    h.keys("Esc");
    assert!(!h.screen().contains("Select the text"));
}

#[test]
fn two_desks_on_one_file_see_each_other_and_refuse_stale_edits() {
    on_each_engine(two_desks_on_one_file_see_each_other_and_refuse_stale_edits_on);
}

fn two_desks_on_one_file_see_each_other_and_refuse_stale_edits_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = Harness::new(book(&dir), 100, 30, local());
    let mut b = Harness::new(
        Desk::new(open_book(dir.path()), Config::default()),
        100,
        30,
        local(),
    );
    a.paste("[2/3/24, 10:00] Rosa Díaz: 1 red scarf please\n");
    a.keys("Enter");
    let number = orders(&a)[0].order.number;
    assert!(!b.screen().contains(&format!("#{number}")));
    assert!(b.poll_book(), "b notices a's commit");
    assert!(b.screen().contains(&format!("#{number}")), "{}", b.screen());
    // b opens the order; a moves it on; b acts on what it saw and is refused.
    b.keys("Enter");
    a.keys("a");
    a.type_text("packing");
    a.keys("Enter");
    b.keys("a");
    b.type_text("ready");
    b.keys("Enter");
    assert!(
        b.status().contains("changed by someone else"),
        "{}",
        b.status()
    );
    assert_eq!(
        b.runner.desk.order_view(number).unwrap().order.fulfilment,
        Fulfilment::Packing
    );
    assert!(b.screen().contains("packing"), "b reloaded: {}", b.screen());
}

#[test]
fn escape_sequences_in_a_paste_are_shown_inert() {
    on_each_engine(escape_sequences_in_a_paste_are_shown_inert_on);
}

fn escape_sequences_in_a_paste_are_shown_inert_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste("[2/3/24, 10:00] Evil\u{1b}[2J\u{1b}]52;c;aGk=\u{7} Guy: 1 red scarf\n");
    let screen = h.screen();
    assert!(!screen.contains('\u{1b}'), "{screen:?}");
    assert!(screen.contains("␛[2J"), "{screen}");
}

#[test]
fn inventory_receive_and_filter() {
    on_each_engine(inventory_receive_and_filter_on);
}

fn inventory_receive_and_filter_on() {
    let (mut h, _dir) = desk(100, 30);
    h.keys("2 /");
    h.type_text("cashmere");
    h.keys("Enter");
    let screen = h.screen();
    assert!(
        screen.contains("SCF-CSH-BEI") && !screen.contains("TEE-BAS"),
        "{screen}"
    );
    h.keys("r");
    h.type_text("5");
    h.keys("Enter");
    h.type_text("supplier invoice 88");
    h.keys("Enter");
    assert_eq!(stock(&h, "SCF-CSH-BEI"), (7, 0));
    assert!(h.status().contains("received 5"), "{}", h.status());
    h.keys("A");
    h.type_text("-1");
    h.keys("Enter Enter");
    assert!(
        h.status().contains("say why"),
        "a reason is required: {}",
        h.status()
    );
    h.type_text("damaged");
    h.keys("Enter");
    assert_eq!(stock(&h, "SCF-CSH-BEI"), (6, 0));
}

#[test]
fn jump_help_and_back() {
    on_each_engine(jump_help_and_back_on);
}

fn jump_help_and_back_on() {
    let (mut h, _dir) = desk(80, 24);
    let n = with_order(&mut h);
    h.keys(":");
    h.type_text(&n.to_string());
    h.keys("Enter");
    assert!(h.screen().contains(&format!("Order #{n}")));
    h.keys("?");
    assert!(h.screen().contains("Keys"));
    h.keys("Esc Esc");
    assert!(h.screen().contains("Orders ·"), "{}", h.screen());
    h.keys(":");
    h.type_text("zqxw");
    h.keys("Enter");
    assert!(h.status().contains("nothing matches"), "{}", h.status());
    h.keys("Esc q");
    assert!(h.app.quit);
}

#[test]
fn links_and_reminders_from_the_desk() {
    on_each_engine(links_and_reminders_from_the_desk_on);
}

fn links_and_reminders_from_the_desk_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = book(&dir);
    desk.config.payment_link.url_template = "https://pay.example/{order_no}?amount={amount}".into();
    let mut h = Harness::new(desk, 120, 30, local());
    let n = with_order(&mut h);
    h.keys("Y");
    let copies = h.clipboard.borrow().copies.clone();
    assert_eq!(
        copies,
        [format!("https://pay.example/{n}?amount=70.00")],
        "{}",
        h.status()
    );
    assert!(
        h.status().contains(&format!("the payment link of #{n}")),
        "{}",
        h.status()
    );
    assert!(h.app.working.is_empty(), "the background link arrived");
    assert!(!h.screen().contains("working:"), "{}", h.screen());
    h.keys("4");
    assert!(h.screen().contains("link sent"), "{}", h.screen());

    // Three hours later the first reminder (at 2 h) is due.
    h.runner.desk.clock = Clock::Fixed(now() + chrono::Duration::hours(3));
    h.keys("1 4");
    let screen = h.screen();
    assert!(screen.contains("reminder due"), "{screen}");
    let at = screen
        .lines()
        .position(|l| l.contains("reminder due"))
        .unwrap();
    let first = screen
        .lines()
        .position(|l| l.contains(&format!("#{n}")))
        .unwrap();
    h.keys(&"j ".repeat(at.saturating_sub(first)));
    h.keys("y");
    let copies = h.clipboard.borrow().copies.clone();
    assert_eq!(copies.len(), 2, "{}", h.status());
    assert!(
        copies[1].contains(&format!("https://pay.example/{n}")),
        "{}",
        copies[1]
    );
    assert!(
        h.runner.desk.reminders_due().unwrap().is_empty(),
        "copying it recorded it as sent"
    );
    assert!(!h.screen().contains("reminder due"), "{}", h.screen());
}

#[test]
fn a_bad_amount_is_refused_where_it_is_typed() {
    on_each_engine(a_bad_amount_is_refused_where_it_is_typed_on);
}

fn a_bad_amount_is_refused_where_it_is_typed_on() {
    let (mut h, _dir) = desk(80, 24);
    let n = with_order(&mut h);
    h.keys("Enter R");
    assert!(
        h.status()
            .contains(&format!("nothing has been received on #{n}")),
        "{}",
        h.status()
    );
    h.keys("p Ctrl-u");
    h.type_text("12,3,4");
    h.keys("Enter");
    assert!(
        h.status().contains("'12,3,4' is not an amount"),
        "{}",
        h.status()
    );
    let screen = h.screen();
    assert!(
        screen.contains(&format!("Payment for #{n}")),
        "the prompt stays open: {screen}"
    );
    // The whole message is on screen, on two rows at 80 columns.
    let shown: String = screen.lines().collect::<Vec<_>>().join(" ");
    assert!(shown.contains("1.234,56)"), "{screen}");
    h.keys("Ctrl-u");
    h.type_text("10.123");
    h.keys("Enter");
    assert!(h.status().contains("ambiguous"), "{}", h.status());
    assert!(
        h.runner.desk.order_view(n).unwrap().payments.is_empty(),
        "nothing was recorded"
    );
}

#[test]
fn the_kept_queue_counts_follow_every_change() {
    on_each_engine(the_kept_queue_counts_follow_every_change_on);
}

fn the_kept_queue_counts_follow_every_change_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste(&chat("en_change_colour_qty.txt"));
    h.keys("Enter");
    let n = orders(&h)[0].order.number;
    h.keys("Enter p Enter");
    h.type_text("cash");
    h.keys("Enter Enter y a");
    h.type_text("out");
    h.keys("Enter D y");
    assert!(
        h.runner.desk.check_book().unwrap().is_healthy(),
        "{:?}",
        h.runner.desk.check_book()
    );
    let view = h.runner.desk.order_view(n).unwrap();
    assert_eq!(
        view.order.fulfilment,
        Fulfilment::OutForDelivery,
        "{}",
        h.status()
    );
}

#[test]
fn a_slow_payment_provider_never_freezes_the_screen() {
    on_each_engine(a_slow_payment_provider_never_freezes_the_screen_on);
}

fn a_slow_payment_provider_never_freezes_the_screen_on() {
    // Stripe's address pointed at a local peer that takes 10 s to answer.
    let peer = stripe_peer::Peer::start_slow(Duration::from_secs(10));
    let dir = tempfile::tempdir().unwrap();
    let mut desk = book(&dir);
    desk.config.payment_link.provider = Some(orderdesk::core::link::Provider::Stripe);
    desk.config.payment_link.success_url = "https://shop.example/thanks".into();
    desk.stripe =
        Some(orderdesk::payments::StripeAuth::new(&peer.base(), stripe_peer::KEY).unwrap());
    let mut h = Harness::new(desk, 80, 24, local());
    let n = with_order(&mut h);
    let second = h
        .runner
        .desk
        .create_order(NewOrder {
            customer: "+1 512 555 0102".into(),
            items: vec![ItemSpec {
                sku: "TEE-BAS-WHT-M".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap();
    h.runner
        .desk
        .confirm_order(second.order.number, false, None)
        .unwrap();
    // What the loop does when another desk wrote (this one wrote through its own desk).
    orderdesk::tui::step(
        &mut h.app,
        &mut h.runner,
        orderdesk::app::action::Action::BookChanged,
    );
    h.keys("g");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(n));

    // Y asks Stripe for n's link; j is handled in the same frame, before Stripe answers.
    h.press("Y");
    h.press("j");
    assert!(h.runner.busy(), "Stripe has not answered yet");
    assert_eq!(
        h.app.orders.selected().map(|r| r.number),
        Some(second.order.number),
        "j moved the selection meanwhile"
    );
    let screen = h.screen();
    let tabs = screen.lines().next().unwrap_or_default();
    assert!(
        tabs.contains("working…") && tabs.contains("4 Payments"),
        "the mark fits beside the tabs at 80 columns: {screen}"
    );
    assert!(
        h.app
            .working_on()
            .unwrap()
            .contains(&format!("payment link of #{n}"))
    );
    assert!(h.clipboard.borrow().copies.is_empty(), "no link yet");
    // Quitting does not wait for it either.
    h.press("q");
    assert!(h.app.quit && h.runner.busy());
    // Like the desk's loop on `q`, the test ends without waiting for Stripe (the peer and
    // the worker's call are left to end with the process). A background link that does
    // arrive is copied and clears the mark: `links_and_reminders_from_the_desk`.
    std::mem::forget(peer);
}

/// A deadline read from what the customer asked goes through the review, the book, the
/// summary and the queue's order; `w` changes it on an order, and an edit keeps it.
#[test]
fn a_deadline_round_trips_through_the_review_the_summary_and_the_queue() {
    on_each_engine(a_deadline_round_trips_through_the_review_the_summary_and_the_queue_on);
}

fn a_deadline_round_trips_through_the_review_the_summary_and_the_queue_on() {
    let (mut h, _dir) = desk(100, 30);
    // An older order in the same state, without a deadline: it would come first by age.
    let older = with_order(&mut h);
    h.paste("[2/3/24, 10:00] Rosa Díaz: a red wool scarf please, I need it today by 6pm\n");
    // The chat said when: the review fills it in and says where it came from.
    let screen = h.screen();
    assert!(
        screen.contains("Due: » today: Sat 2 Mar, by 18:00 (read from the chat; w changes it)"),
        "{screen}"
    );
    // The customer writes again: half an hour earlier. A mistake is said and changes
    // nothing; the prompt stays for another try.
    h.keys("w");
    assert!(h.screen().contains("2024-03-02 18:00"), "{}", h.screen());
    h.keys("Ctrl-u");
    h.type_text("soonish");
    h.keys("Enter");
    assert!(
        h.status().contains("cannot read 'soonish'"),
        "{}",
        h.status()
    );
    h.keys("Ctrl-u");
    h.type_text("today 17:30");
    h.keys("Enter");
    let screen = h.screen();
    assert!(
        screen.contains("Due: » today: Sat 2 Mar, by 17:30 (w changes it)"),
        "{screen}"
    );
    h.keys("Enter");
    assert!(
        h.status().contains("created and confirmed"),
        "{}\n{}",
        h.status(),
        h.screen()
    );
    let newer = orders(&h).iter().map(|r| r.order.number).max().unwrap();
    assert_ne!(newer, older);
    let o = h.runner.desk.order_view(newer).unwrap().order;
    assert_eq!(
        o.deadline.map(|d| d.iso()).as_deref(),
        Some("2024-03-02 17:30")
    );
    // The summary states it.
    h.keys("y");
    let copied = h.clipboard.borrow().copies.last().cloned().unwrap();
    assert!(copied.contains("Delivery: Sat 2 Mar, by 17:30"), "{copied}");
    // Due today, it leads its state in the queue, marked in words as well as colour.
    let screen = h.screen();
    let row = |n: i64| {
        screen
            .lines()
            .position(|l| l.contains(&format!("#{n} ")))
            .unwrap_or_else(|| panic!("#{n} not on screen:\n{screen}"))
    };
    assert!(row(newer) < row(older), "{screen}");
    assert!(
        screen
            .lines()
            .nth(row(newer))
            .unwrap()
            .contains("» today 17:30"),
        "{screen}"
    );
    assert!(screen.contains("» 1 due today"), "{screen}");

    // `w` on the selected order removes it (an empty answer): back to age order.
    h.keys("g");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(newer));
    h.keys("w Ctrl-u Enter");
    assert!(
        h.status()
            .contains(&format!("#{newer} has no deadline now")),
        "{}",
        h.status()
    );
    assert_eq!(
        h.runner.desk.order_view(newer).unwrap().order.deadline,
        None
    );
    let screen = h.screen();
    let (a, b) = (
        screen
            .lines()
            .position(|l| l.contains(&format!("#{older} "))),
        screen
            .lines()
            .position(|l| l.contains(&format!("#{newer} "))),
    );
    assert!(a < b, "{screen}");

    // An edit starts from the order's deadline and writes the one set in it.
    h.keys("G");
    h.press("Enter");
    h.keys("e w");
    h.type_text("mon 10:00");
    h.keys("Enter");
    assert!(
        h.screen().contains("Due: Mon 4 Mar, by 10:00"),
        "{}",
        h.screen()
    );
    h.keys("Enter");
    let o = h.runner.desk.order_view(newer).unwrap().order;
    assert_eq!(
        o.deadline.map(|d| d.iso()).as_deref(),
        Some("2024-03-04 10:00")
    );
    assert_eq!(
        o.revision, 3,
        "each change of the agreement after confirming is a version"
    );
    let screen = h.screen();
    assert!(screen.contains("Due: Mon 4 Mar, by 10:00"), "{screen}");
    // The journal says what changed: the deadline, not the lines.
    assert!(screen.contains("deadline changed"), "{screen}");
    assert!(!screen.contains("order changed"), "{screen}");
}

/// A filter's count (a slow effect, on the background connection) starts once the frame of
/// the letter that changed the filter is drawn: the frame never waits behind the work the
/// key asked for. Until then the desk is busy with it; then it is counted as before.
#[test]
fn a_filters_count_starts_once_its_frame_is_drawn() {
    on_each_engine(a_filters_count_starts_once_its_frame_is_drawn_on);
}

fn a_filters_count_starts_once_its_frame_is_drawn_on() {
    let (mut h, _dir) = desk(100, 30);
    with_order(&mut h);
    // The window is read whole with the key, however slow the machine (what the screen
    // does when the time box runs out is another test's).
    h.runner.desk.screen_walk = Duration::from_secs(60);
    h.keys("/");
    h.press("M");
    assert_eq!(
        h.runner.waiting_for_frame(),
        1,
        "the count waits for the frame"
    );
    assert!(h.runner.busy());
    assert_eq!(h.app.orders.counted_total(), None);
    let screen = h.screen();
    assert!(screen.contains("Mei Chen"), "{screen}");
    assert_eq!(h.runner.waiting_for_frame(), 0, "drawn: the count started");
    assert!(h.wait_for_background(Duration::from_secs(60)));
    assert_eq!(h.app.orders.counted_total(), Some(1));
}

/// Midnight passes with the desk open: what was due today is overdue, and the Today pane
/// moves on to the new day.
#[test]
fn after_midnight_today_deadlines_are_overdue_and_the_day_moves_on() {
    on_each_engine(after_midnight_today_deadlines_are_overdue_and_the_day_moves_on_on);
}

fn after_midnight_today_deadlines_are_overdue_and_the_day_moves_on_on() {
    let (mut h, _dir) = desk(100, 30);
    let n = with_order(&mut h);
    h.keys("w");
    h.type_text("today");
    h.keys("Enter");
    assert!(h.screen().contains("» 1 due today"), "{}", h.screen());
    h.keys("5");
    assert!(
        h.screen().contains("Today · Sat 2 Mar 2024"),
        "{}",
        h.screen()
    );
    h.set_now((now() + chrono::Duration::hours(14)).fixed_offset());
    assert!(
        h.screen().contains("Today · Sun 3 Mar 2024"),
        "{}",
        h.screen()
    );
    assert_eq!(h.app.today.summary.as_ref().unwrap().overdue.orders, [n]);
    h.keys("1");
    let screen = h.screen();
    assert!(screen.contains("! 1 overdue"), "{screen}");
    assert!(screen.contains("! late Sat 2"), "{screen}");
}

/// Closing the day from the Today pane: what is open is listed, Enter goes from a figure to
/// its orders and on to an order, the claim is verified there, the figures follow, and `E`
/// writes the day's files and says where, in full.
#[test]
fn the_day_is_closed_from_the_today_pane() {
    on_each_engine(the_day_is_closed_from_the_today_pane_on);
}

fn the_day_is_closed_from_the_today_pane_on() {
    let (mut h, _dir) = desk(100, 30);
    let n = with_order(&mut h);
    h.keys("Enter p Enter");
    h.type_text("pix");
    h.keys("Enter Enter n Esc 5");
    let screen = h.screen();
    assert!(screen.contains("Today · Sat 2 Mar 2024"), "{screen}");
    let line = |screen: &str, label: &str| {
        screen
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label}:\n{screen}"))
            .to_string()
    };
    assert!(
        line(&screen, "Claims to verify").contains("1 · $70.00"),
        "{screen}"
    );
    assert!(
        line(&screen, "Verified by a person").contains("0 · $0.00"),
        "{screen}"
    );
    // The claims' orders, then the order itself, where the claim is verified.
    h.keys("Enter");
    let screen = h.screen();
    assert!(screen.contains("Claims to verify · 1"), "{screen}");
    assert!(screen.contains(&format!("#{n} ")), "{screen}");
    h.keys("Enter");
    assert!(
        h.screen().contains(&format!("Order #{n}")),
        "{}",
        h.screen()
    );
    h.keys("v y");
    assert_eq!(
        h.runner.desk.order_view(n).unwrap().payment_status(),
        PaymentStatus::Paid
    );
    h.keys("Esc Esc");
    let screen = h.screen();
    assert!(
        line(&screen, "Claims to verify").contains("0 · $0.00"),
        "{screen}"
    );
    assert!(
        line(&screen, "Verified by a person").contains("1 · $70.00"),
        "{screen}"
    );
    // E: the day's three files, every path in full.
    h.keys("E");
    let screen = h.screen();
    assert!(screen.contains("Reports for Sat 2 Mar 2024"), "{screen}");
    let status = h.status();
    let folder = status
        .split(" written to ")
        .last()
        .unwrap_or_else(|| panic!("{status}"));
    assert!(std::path::Path::new(folder).is_absolute(), "{status}");
    for name in ["orders", "payments", "summary"] {
        let path = std::path::Path::new(folder).join(format!("{name}-2024-03-02.csv"));
        assert!(path.exists(), "{}", path.display());
        assert!(
            screen.contains(&format!("{name}-2024-03-02.csv")),
            "{screen}"
        );
    }
    // The day before, back to today, the week.
    h.keys("Esc [");
    assert!(
        h.screen().contains("Yesterday · Fri 1 Mar 2024"),
        "{}",
        h.screen()
    );
    h.keys("Shift-Right");
    assert!(
        h.screen().contains("Today · Sat 2 Mar 2024"),
        "{}",
        h.screen()
    );
    h.keys("[ [ T v");
    assert!(h.screen().contains("Week · 26 Feb"), "{}", h.screen());
}

#[test]
fn a_product_picked_for_unknown_words_is_read_right_in_the_next_paste() {
    on_each_engine(a_product_picked_for_unknown_words_is_read_right_in_the_next_paste_on);
}

fn a_product_picked_for_unknown_words_is_read_right_in_the_next_paste_on() {
    let (mut h, _dir) = desk(100, 30);
    h.paste("3/2/24, 10:15 AM - Mei Chen: hi! 2 muffleys in red please, deliver to 5 Elm St\n");
    let screen = h.screen();
    assert!(
        screen.contains("muffleys"),
        "the words no product matched are shown: {screen}"
    );
    assert!(!screen.contains("Wool Scarf"), "{screen}");

    // Staff know what she means: add the line with the picker, then confirm.
    h.keys("a Ctrl-u");
    h.type_text("wool scarf red");
    h.keys("Enter");
    let screen = h.screen();
    assert!(screen.contains("Wool Scarf Red"), "{screen}");
    assert!(h.status().contains("muffleys"), "{}", h.status());
    // The line takes the count she wrote ("2 muffleys"), and the word learned is the kind,
    // not this order's colour.
    assert!(screen.contains("2 × Wool Scarf Red"), "{screen}");
    assert!(!h.status().contains("red"), "{}", h.status());
    h.keys("Enter");
    let rows = orders(&h);
    assert_eq!(rows.len(), 1);
    let lines: Vec<(&str, i64)> = rows[0]
        .order
        .lines
        .iter()
        .map(|l| (l.sku.as_str(), l.qty))
        .collect();
    assert_eq!(lines, [("SCF-WOL-RED", 2)]);

    // Another customer, the same word: read right the first time, one key to confirm.
    h.paste("3/3/24, 9:00 AM - Rita Lopes: 3 muffleys in grey please, I'll pick them up\n");
    let screen = h.screen();
    assert!(screen.contains("3 × Wool Scarf Grey"), "{screen}");
    h.keys("Enter");
    let rows = orders(&h);
    assert_eq!(rows.len(), 2);
    let newest = rows
        .iter()
        .find(|r| r.order.lines.iter().any(|l| l.sku == "SCF-WOL-GRY"))
        .expect("the second order");
    assert_eq!(newest.order.lines[0].qty, 3);
    assert_eq!(newest.order.lifecycle, Lifecycle::Confirmed);
}

/// A filter the index cannot narrow is found by walking the queue, which on a book of a
/// million orders that few match takes seconds. The key's own read stops at the screen's
/// time box (here none at all: nothing is walked before the frame) and the screen says it
/// is still searching; the filter's count and the rest of the window follow in the
/// background, and then the screen shows what the filter matches.
#[test]
fn a_walked_filter_answers_its_key_and_searches_in_the_background() {
    on_each_engine(a_walked_filter_answers_its_key_and_searches_in_the_background_on);
}

fn a_walked_filter_answers_its_key_and_searches_in_the_background_on() {
    let (mut h, _dir) = desk(100, 30);
    with_order(&mut h);
    h.runner
        .desk
        .create_order(NewOrder {
            customer: "+30 21 0123 4567".into(),
            name: Some("Νικόλαος Παππάς".into()),
            items: vec![ItemSpec {
                sku: "SCF-WOL-RED".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap();
    h.poll_book();
    h.keys("g");
    h.runner.desk.screen_walk = Duration::ZERO;
    h.keys("/");
    // "ς" is a letter the index folds otherwise: the filter is walked.
    h.press("ς");
    let filter = h.app.orders.filter.clone();
    assert!(
        h.app.orders.searching.is_some(),
        "{filter:?} {}",
        h.screen()
    );
    assert!(h.app.orders.rows.is_empty());
    assert_eq!(
        h.runner.waiting_for_frame(),
        2,
        "the count and the rest of the window wait for the frame"
    );
    let screen = h.screen();
    assert!(screen.contains("still searching"), "{screen}");
    assert!(!screen.contains("No order matches"), "{screen}");
    assert!(h.wait_for_background(Duration::from_secs(60)));
    let screen = h.screen();
    assert!(screen.contains("Νικόλαος Παππάς"), "{screen}");
    assert!(!screen.contains("Mei Chen"), "{screen}");
    assert!(!screen.contains("still searching"), "{screen}");
    assert_eq!(h.app.orders.counted_total(), Some(1));
    // A letter more reads its window for the screen again, cut short as before; the
    // background read of the window before it, if it came now, would show nothing.
    h.press("ς");
    assert!(h.app.orders.searching.is_some());
    assert!(h.wait_for_background(Duration::from_secs(60)));
    let screen = h.screen();
    assert!(screen.contains("No order matches"), "{screen}");
    assert!(!screen.contains("still searching"), "{screen}");
}
