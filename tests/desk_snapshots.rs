//! Every screen of the desk at 80×24 and 120×40, drawn from a fixed demo book with a fixed
//! clock. Payment ids are random, so they are masked before comparing.

use orderdesk::tui::harness::Harness;
use regex::Regex;

#[path = "support/demo_desk.rs"]
mod demo_desk;
use demo_desk::{demo_desk, now};

fn demo(width: u16, height: u16) -> (Harness, tempfile::TempDir) {
    let (desk, dir) = demo_desk(|config| config.shop.name = "Lumen Apparel".into());
    (Harness::new(desk, width, height, now().fixed_offset()), dir)
}

fn masked(screen: String) -> String {
    // Short payment ids and link expiry times vary between runs.
    let ids = Regex::new(r"\b[0-9a-f]{8}\b").unwrap();
    ids.replace_all(&screen, "########").into_owned()
}

const PASTE: &str = "[09/03/2026, 14:02] Mei Chen: hi! 2 black leather jackets size M please\n\
[09/03/2026, 14:03] Mei Chen: and one red scarf. address: 12 Elm Ave, Austin\n\
[09/03/2026, 14:05] Mei Chen: sent $100!\n";

fn screens(width: u16, height: u16) {
    let size = format!("{width}x{height}");
    let (mut h, _dir) = demo(width, height);
    insta::assert_snapshot!(format!("orders_{size}"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(format!("order_view_{size}"), masked(h.screen()));
    h.keys("Esc 2");
    insta::assert_snapshot!(format!("inventory_{size}"), masked(h.screen()));
    h.keys("3");
    insta::assert_snapshot!(format!("customers_{size}"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(format!("customer_history_{size}"), masked(h.screen()));
    h.keys("Esc 4");
    insta::assert_snapshot!(format!("payments_{size}"), masked(h.screen()));
    h.keys("1");
    h.paste(PASTE);
    insta::assert_snapshot!(format!("paste_review_{size}"), masked(h.screen()));
    h.keys("a");
    h.type_text("scarf");
    insta::assert_snapshot!(format!("product_picker_{size}"), masked(h.screen()));
    h.keys("Esc Esc ?");
    insta::assert_snapshot!(format!("help_{size}"), masked(h.screen()));
    // The day closed at a glance: a fixture day's figures and charts, the orders behind the
    // first figure (claims to verify), then the week.
    h.keys("Esc 5");
    insta::assert_snapshot!(format!("today_{size}"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(format!("today_orders_{size}"), masked(h.screen()));
    h.keys("Esc v");
    insta::assert_snapshot!(format!("today_week_{size}"), masked(h.screen()));
}

#[test]
fn screens_at_80x24() {
    screens(80, 24);
}

#[test]
fn screens_at_120x40() {
    screens(120, 40);
}

#[test]
fn wide_screens_show_two_panes() {
    let (mut h, _dir) = demo(160, 40);
    let screen = h.screen();
    assert!(
        screen.contains("Orders ·") && screen.contains("Payments ·"),
        "{screen}"
    );
}
