//! The desk in Portuguese and Spanish, every screen at 80×24 and 120×40: the Brazilian and
//! the Mexican demo shops (their products, customers and currency), a paste in the shop's
//! language, the order view, the review, a picker, a confirmation and the help. Read the
//! snapshots for words cut short: Portuguese and Spanish run longer than English.

use chrono::{DateTime, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::i18n::Locale;
use orderdesk::ops::{Clock, DemoSize, Desk};
use orderdesk::store::Store;
use orderdesk::tui::harness::Harness;
use regex::Regex;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 9, 15, 30, 0).unwrap()
}

fn demo(language: &str, width: u16, height: u16) -> (Harness, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.shop.language = Some(language.parse::<Locale>().unwrap());
    config.desk.user = "ana".into();
    config.payment_link.url_template = "https://pay.example/{order_no}?amount={amount}".into();
    let mut desk = Desk::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        config,
    );
    desk.clock = Clock::Fixed(now());
    desk.fill_demo(DemoSize::default()).unwrap();
    (Harness::new(desk, width, height, now().fixed_offset()), dir)
}

fn masked(screen: String) -> String {
    let ids = Regex::new(r"\b[0-9a-f]{8}\b").unwrap();
    ids.replace_all(&screen, "########").into_owned()
}

const PASTE_PT: &str = "[09/03/2026, 14:02] Mariana Costa: oi! quero 2 jaquetas de couro pretas tamanho M\n\
[09/03/2026, 14:03] Mariana Costa: e um cachecol vermelho. endereço: Rua Augusta 500, São Paulo\n\
[09/03/2026, 14:05] Mariana Costa: mandei o pix de R$ 100!\n";

const PASTE_ES: &str = "[09/03/2026, 14:02] Regina Flores: ¡hola! quiero 2 chaquetas de cuero negras talla M\n\
[09/03/2026, 14:03] Regina Flores: y una bufanda roja. dirección: Calle Durango 200, CDMX\n\
[09/03/2026, 14:05] Regina Flores: ¡ya te transferí $500!\n";

fn screens(language: &str, paste: &str, product: &str, width: u16, height: u16) {
    let name = |screen: &str| format!("{language}_{screen}_{width}x{height}");
    let (mut h, _dir) = demo(language, width, height);
    insta::assert_snapshot!(name("orders"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(name("order_view"), masked(h.screen()));
    h.keys("D");
    insta::assert_snapshot!(name("confirm_cancel"), masked(h.screen()));
    h.keys("Esc Esc 2");
    insta::assert_snapshot!(name("inventory"), masked(h.screen()));
    h.keys("3");
    insta::assert_snapshot!(name("customers"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(name("customer_history"), masked(h.screen()));
    h.keys("Esc 4");
    insta::assert_snapshot!(name("payments"), masked(h.screen()));
    h.keys("1");
    h.paste(paste);
    insta::assert_snapshot!(name("paste_review"), masked(h.screen()));
    h.keys("a");
    h.type_text(product);
    insta::assert_snapshot!(name("product_picker"), masked(h.screen()));
    h.keys("Esc Esc n");
    insta::assert_snapshot!(name("new_order"), masked(h.screen()));
    h.keys("Esc Esc ?");
    insta::assert_snapshot!(name("help"), masked(h.screen()));
}

#[test]
fn portuguese_at_80x24() {
    screens("pt", PASTE_PT, "cachecol", 80, 24);
}

#[test]
fn portuguese_at_120x40() {
    screens("pt", PASTE_PT, "cachecol", 120, 40);
}

#[test]
fn spanish_at_80x24() {
    screens("es", PASTE_ES, "bufanda", 80, 24);
}

#[test]
fn spanish_at_120x40() {
    screens("es", PASTE_ES, "bufanda", 120, 40);
}

/// Nothing the desk itself says is left in English on these screens: the words of the
/// English catalog that never read the same in Portuguese are absent.
#[test]
fn no_english_left_on_the_portuguese_desk() {
    let (mut h, _dir) = demo("pt", 120, 40);
    let mut seen = String::new();
    for keys in ["", "Enter", "Esc 2", "3", "Enter", "Esc 4", "1 ?"] {
        h.keys(keys);
        seen += &h.screen();
    }
    h.keys("Esc 1");
    h.paste(PASTE_PT);
    seen += &h.screen();
    for english in [
        "Orders",
        "Inventory",
        "Customers",
        "Payments",
        "awaiting",
        "claim to verify",
        "most urgent",
        "balance",
        "Journal",
        "Summary",
        "Paste review",
        "quit",
        "help",
        "ordered",
        "Delivery",
        "Says paid",
    ] {
        assert!(
            !seen.contains(english),
            "{english:?} on the Portuguese desk:\n{seen}"
        );
    }
}

/// A refusal from the book reaches the status line in the staff's words, with the shop's
/// money: the error travels as a message and is worded only on screen.
#[test]
fn refusals_and_prompts_in_portuguese() {
    let (mut h, _dir) = demo("pt", 120, 40);
    h.keys(":");
    h.type_text("99999");
    h.keys("Enter");
    assert_eq!(
        h.status(),
        "não foi possível abrir o pedido #99999: não existe o pedido #99999 (veja `orderdesk order list`)"
    );
    // A payment prompt offers the balance as it is typed in Brazil.
    h.keys(":");
    h.type_text("1003");
    h.keys("Enter p");
    let screen = h.screen();
    assert!(
        screen.contains(" 795,00") && screen.contains("falta pagar R$ 795,00"),
        "{screen}"
    );
    h.type_text("abc");
    h.keys("Enter");
    assert!(
        h.status().starts_with("'795,00abc' não é um valor"),
        "{}",
        h.status()
    );
}
