//! The desk in Portuguese, Spanish and German, every screen at 80×24 and 120×40: the
//! Brazilian, Mexican and German demo shops (their products, customers and currency), a
//! paste in the shop's language, the order view, the review, a picker, a confirmation and
//! the help. Read the snapshots for words cut short: these languages run longer than
//! English. And a day at each desk, screen by screen, with no English word left on it.

use std::collections::BTreeSet;

use orderdesk::config::Config;
use orderdesk::core::i18n::{Locale, catalog_source};
use orderdesk::ops::{Clock, Desk};
use orderdesk::store::Store;
use orderdesk::tui::harness::Harness;
use regex::Regex;

#[path = "support/demo_desk.rs"]
mod demo_desk;
use demo_desk::{demo_desk, now};

fn demo(language: &str, width: u16, height: u16) -> (Harness, tempfile::TempDir) {
    demo_then(language, width, height, |_| {})
}

/// The demo shop of `language`, changed by `prepare` before the desk opens on it.
fn demo_then(
    language: &str,
    width: u16,
    height: u16,
    prepare: impl FnOnce(&mut Desk),
) -> (Harness, tempfile::TempDir) {
    let (mut desk, dir) = demo_desk(|config| {
        config.shop.language = Some(language.parse::<Locale>().unwrap());
    });
    // The demo shop of the language is Brazil's for "pt"; its staff may read Portugal's.
    desk.config.desk.language = Some(language.parse::<Locale>().unwrap());
    prepare(&mut desk);
    (Harness::new(desk, width, height, now().fixed_offset()), dir)
}

fn masked(screen: String) -> String {
    // Payment ids are random: whole (8 hex digits) or cut by a popup over them. Any word of
    // 5 to 8 hex letters is masked too, so an id of letters only never makes a flaky snapshot.
    let ids = Regex::new(r"\b[0-9a-f]{5,8}\b").unwrap();
    ids.replace_all(&screen, |c: &regex::Captures| "#".repeat(c[0].len()))
        .into_owned()
}

const PASTE_PT: &str = "[09/03/2026, 14:02] Mariana Costa: oi! quero 2 jaquetas de couro pretas tamanho M\n\
[09/03/2026, 14:03] Mariana Costa: e um cachecol vermelho. endereço: Rua Augusta 500, São Paulo\n\
[09/03/2026, 14:05] Mariana Costa: mandei o pix de R$ 100!\n";

const PASTE_DE: &str = "[09.03.26, 14:02:11] Lena Becker: Hallo! Ich hätte gern 2 Lederjacken schwarz in M\n\
[09.03.26, 14:03:40] Lena Becker: und einen Wollschal rot. Adresse: Gartenstraße 12, Köln\n\
[09.03.26, 14:05:02] Lena Becker: hab 100 € überwiesen!\n";

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
    // The day closed at a glance, the orders behind its first figure, then the week.
    h.keys("Esc 5");
    insta::assert_snapshot!(name("today"), masked(h.screen()));
    h.keys("Enter");
    insta::assert_snapshot!(name("today_orders"), masked(h.screen()));
    h.keys("Esc v");
    insta::assert_snapshot!(name("today_week"), masked(h.screen()));
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

#[test]
fn german_at_80x24() {
    screens("de", PASTE_DE, "schal", 80, 24);
}

#[test]
fn german_at_120x40() {
    screens("de", PASTE_DE, "schal", 120, 40);
}

/// The words (four letters or more, lowercased) of a catalog's messages: not its keys,
/// comments, variables or selector names.
fn catalog_words(name: &str) -> BTreeSet<String> {
    let text = catalog_source(name).unwrap();
    let variables = Regex::new(r"\$[A-Za-z_-]+|\*?\[[^\]]*\]").unwrap();
    let mut out = BTreeSet::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let value = match line.split_once(" = ") {
            Some((key, value)) if !key.starts_with(' ') => value,
            _ if line.starts_with(' ') => line,
            _ => continue,
        };
        out.extend(words(&variables.replace_all(value, " ")));
    }
    out
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// The words English's catalog says and `language`'s catalogs never do: on that desk, each
/// one is a message left in English.
fn english_only(language: &[&str]) -> BTreeSet<String> {
    let mut english = catalog_words("en");
    for name in language {
        for w in catalog_words(name) {
            english.remove(&w);
        }
    }
    english
}

/// A day at the desk in `language`, screen by screen: the panes, an order, a paste and
/// its review with a product, a fee, a discount and a quantity typed, the order created,
/// its summary copied, a payment typed, an advance, a filter, the command palette, marked
/// rows and their questions, stock prompts, a customer's history and merge, undo, help; the
/// Today pane by day, week and month with a figure's orders; a deadline typed wrong, then
/// right.
fn a_day(language: &str, paste: &str, product: &str) -> Vec<String> {
    let (mut h, _dir) = demo(language, 120, 40);
    let mut seen = Vec::new();
    let steps: &[&str] = &[
        "", "Enter", "D", "Esc", "Esc", "2", "r", "Esc", "A", "Esc", "3", "Enter", "Esc", "m",
        "Esc", "4", "Space", "v", "Esc", "/", "Esc", "1", "Space", "a", "n", "/",
    ];
    for keys in steps {
        h.keys(keys);
        seen.push(h.screen());
    }
    h.type_text("emb");
    seen.push(h.screen());
    h.keys("Enter");
    seen.push(h.screen());
    h.keys("Esc :");
    h.type_text("10");
    seen.push(h.screen());
    h.keys("Esc ?");
    seen.push(h.screen());
    h.keys("Esc");
    h.paste(paste);
    seen.push(h.screen());
    for keys in ["f", "Esc", "%", "Esc", "3", "Esc", "L", "u", "Esc", "a"] {
        h.keys(keys);
        seen.push(h.screen());
    }
    h.type_text(product);
    seen.push(h.screen());
    h.keys("Enter Enter");
    seen.push(h.screen());
    for keys in [
        "y", "p", "Enter", "Enter", "y", "a", "Enter", "z", "y", "Y", "Esc",
    ] {
        h.keys(keys);
        seen.push(h.screen());
    }
    for keys in ["Esc", "5", "Enter", "Esc", "v", "v", "[", "T", "1", "w"] {
        h.keys(keys);
        seen.push(h.screen());
    }
    h.type_text("xyz");
    h.keys("Enter");
    seen.push(h.screen());
    h.keys("Esc w");
    h.type_text("2026-03-20 18:00");
    h.keys("Enter");
    seen.push(h.screen());
    seen
}

/// Nothing the desk itself says is left in English: no word of the English catalog that the
/// desk's own catalogs never use appears on any screen of a day's work.
fn no_english_left(language: &str, catalogs: &[&str], paste: &str, product: &str) {
    let english = english_only(catalogs);
    assert!(english.contains("awaiting") && english.contains("created"));
    for screen in a_day(language, paste, product) {
        let left: Vec<_> = words(&screen).intersection(&english).cloned().collect();
        assert!(
            left.is_empty(),
            "{left:?} on the {language} desk:\n{screen}"
        );
    }
}

#[test]
fn no_english_left_on_the_portuguese_desk() {
    no_english_left("pt", &["pt", "pt-PT"], PASTE_PT, "cachecol");
}

#[test]
fn no_english_left_on_the_spanish_desk() {
    no_english_left("es", &["es"], PASTE_ES, "bufanda");
}

#[test]
fn no_english_left_on_the_german_desk() {
    no_english_left("de", &["de"], PASTE_DE, "schal");
}

/// The check sees English: the English desk's day is full of words its catalog has.
#[test]
fn the_english_check_sees_english() {
    let english = english_only(&["pt", "pt-PT"]);
    let day = a_day("en", PASTE_PT, "scarf");
    let found: BTreeSet<_> = day
        .iter()
        .flat_map(|s| words(s).intersection(&english).cloned().collect::<Vec<_>>())
        .collect();
    assert!(found.len() > 50, "{found:?}");
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

/// A shop in Portugal reads Portugal's words: none of Brazil's where the two differ.
#[test]
fn portugal_reads_its_own_words() {
    let brazil_only = [
        "celular",
        "endereço",
        "estoque",
        "registrado",
        "registrar",
        "salvar",
        "salvo",
        "tela",
        "arquivo",
        "digite",
        "aperte",
        "retirada",
        "entregador",
        "embalando",
        "aguardando",
        "lendo",
    ];
    for screen in a_day("pt-PT", PASTE_PT, "cachecol") {
        let seen = words(&screen);
        let left: Vec<_> = brazil_only.iter().filter(|w| seen.contains(**w)).collect();
        assert!(
            left.is_empty(),
            "{left:?} on the Portuguese desk:\n{screen}"
        );
    }
}

/// A sold-out product is marked in the staff's words, and the names beside it are cut with
/// a mark to the room they have, never in the middle by the table.
#[test]
fn sold_out_is_said_and_names_are_cut_with_a_mark() {
    let (mut h, _dir) = demo_then("pt", 80, 24, |desk| {
        let free = desk
            .catalog("CACLA-AZU")
            .unwrap()
            .into_iter()
            .find(|p| p.sku == "CACLA-AZU")
            .map(|p| p.on_hand - p.reserved)
            .unwrap();
        desk.adjust_stock("CACLA-AZU", -free, "contagem").unwrap();
    });
    h.keys("2");
    let screen = h.screen();
    let row = screen
        .lines()
        .find(|l| l.contains("CACLA-AZU"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("esgotado"), "{screen}");
    assert!(row.contains("Cachecol…"), "{screen}");
}

/// Live payment links in the Payments pane (filtered by their provider's words): a link's
/// "until 11/03 15:30" stays whole in the staff's words, the customer's name gives way.
fn live_links(language: &str, provider: &str, until: &str, width: u16, height: u16) {
    let (mut h, _dir) = demo_then(language, width, height, |desk| {
        for n in [1022, 1029] {
            desk.order_link(n, None).unwrap();
        }
    });
    h.keys("4 /");
    h.type_text(provider);
    h.keys("Enter");
    let screen = masked(h.screen());
    let whole = Regex::new(&format!(r"{until} \d\d[/.]\d\d\.? \d\d:\d\d[ │]")).unwrap();
    assert!(whole.find_iter(&screen).count() >= 2, "{screen}");
    insta::assert_snapshot!(format!("{language}_live_links_{width}x{height}"), screen);
}

#[test]
fn live_links_at_both_sizes() {
    for (w, h) in [(80, 24), (120, 40)] {
        live_links("pt", "de modelo", "até", w, h);
        live_links("es", "de plantilla", "hasta", w, h);
        live_links("de", "Vorlage", "bis", w, h);
    }
}

/// The `?` screen at 80 columns over the Payments pane: what a key does is never cut;
/// it wraps under itself where the language runs longer than the screen ("marcar un aviso
/// o recordatorio (v, x o y actúan sobre todos los marcados)").
#[test]
fn help_wraps_in_the_staffs_language_at_80_columns() {
    for (language, last_word, wraps) in [
        ("pt", "marcados)", false),
        ("es", "marcados)", true),
        ("de", "markierten)", true),
    ] {
        let (mut h, _dir) = demo(language, 80, 24);
        h.keys("4 ?");
        let screen = masked(h.screen());
        let line = screen
            .lines()
            .find(|l| l.contains(last_word))
            .unwrap_or_else(|| panic!("{last_word} not on:\n{screen}"));
        // A wrapped line starts under what the key does, not under the keys.
        let under = line.trim_start_matches('│').starts_with("        ");
        assert_eq!(under, wraps, "{screen}");
        insta::assert_snapshot!(format!("{language}_help_payments_80x24"), screen);
    }
}

/// A filtered queue with a marked row at 80 columns: the title keeps what is pressing, the
/// filter and the marks, and lets "most urgent first" go when they do not fit beside it.
#[test]
fn a_filtered_queue_keeps_its_filter_in_the_title_at_80_columns() {
    for (language, filter, marked) in [
        ("pt", "filtro \"a\"", "1 marcado"),
        ("es", "filtro \"a\"", "1 marcado"),
        ("de", "Filter „a“", "1 markiert"),
    ] {
        // The queue, then the Payments pane (its counts give way to the filter and marks).
        for pane in ["1", "4"] {
            let (mut h, _dir) = demo(language, 80, 24);
            h.keys(&format!("{pane} /"));
            h.type_text("a");
            h.keys("Enter Space");
            let screen = masked(h.screen());
            let title = screen.lines().nth(1).unwrap_or_default();
            assert!(
                title.contains(filter) && title.contains(marked),
                "{language}: {title}"
            );
            if pane == "1" {
                insta::assert_snapshot!(format!("{language}_orders_filtered_80x24"), screen);
            }
        }
    }
}

/// A new shop's first screen at 80×24: what to do next is said whole, wrapped in the pane,
/// in the staff's language; the shop that never said its name has one in that language.
#[test]
fn a_new_book_says_what_to_do_whole_at_80_columns() {
    for (language, ends, name) in [
        ("pt", "pedido novo.", "Minha Loja"),
        ("es", "pedido nuevo.", "Mi Tienda"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default();
        config.shop.language = Some(language.parse::<Locale>().unwrap());
        let mut desk = Desk::new(
            Store::open(&dir.path().join("book.sqlite")).unwrap(),
            config,
        );
        desk.clock = Clock::Fixed(now());
        let mut h = Harness::new(desk, 80, 24, now().fixed_offset());
        let screen = h.screen();
        assert!(screen.contains(ends), "{screen}");
        assert!(screen.starts_with(&format!(" {name}")), "{screen}");
        insta::assert_snapshot!(format!("{language}_new_book_80x24"), screen);
    }
}
