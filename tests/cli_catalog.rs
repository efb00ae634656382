//! CLI contract: `catalog import`, `catalog list`, `stock receive`, `stock check`.

mod common;

use std::fs;

use common::{Desk, fixture, on_each_engine};
use serde_json::Value;

const CONTRACT_KEYS: &[&str] = &[
    "sku",
    "name",
    "variant",
    "price",
    "currency",
    "on_hand",
    "reserved",
    "available",
];

fn skus(desk: &Desk) -> Vec<String> {
    let list = desk.json(&["catalog", "list", "--json"]);
    let mut skus: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["sku"].as_str().unwrap().to_string())
        .collect();
    skus.sort();
    skus
}

fn fixture_arg(name: &str) -> String {
    fixture(name).to_str().unwrap().to_string()
}

#[test]
fn import_then_list_shows_every_product_with_money_as_decimal_strings() {
    on_each_engine(import_then_list_shows_every_product_with_money_as_decimal_strings_on);
}

fn import_then_list_shows_every_product_with_money_as_decimal_strings_on() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .args(["catalog", "import", &fixture_arg("catalog.csv")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("5 new, 0 updated, 0 unchanged"), "{stderr}");

    let list = desk.json(&["catalog", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 5);
    for p in list {
        for key in CONTRACT_KEYS {
            assert!(p.get(key).is_some(), "catalog list --json lacks {key}: {p}");
        }
        assert_eq!(p["currency"], "USD");
        assert!(
            p["price"].is_string(),
            "price must be a decimal string: {p}"
        );
    }
    let jacket = desk.product("JKT-BLK-M");
    assert_eq!(jacket["name"], "Leather Jacket");
    assert_eq!(jacket["variant"], "Black / M");
    assert_eq!(jacket["price"], "180.00");
    assert_eq!(
        (
            jacket["on_hand"].as_i64(),
            jacket["reserved"].as_i64(),
            jacket["available"].as_i64()
        ),
        (Some(3), Some(0), Some(3))
    );
    assert_eq!(desk.product("SCF-RED")["price"], "35.50");
    assert_eq!(desk.product("TEE-WHT-S")["price"], "25.00");
    assert_eq!(desk.stock("TOTE-NAT"), (0, 0, 0));
}

#[test]
fn list_without_json_prints_one_line_per_product() {
    on_each_engine(list_without_json_prints_one_line_per_product_on);
}

fn list_without_json_prints_one_line_per_product_on() {
    let desk = Desk::with_catalog();
    let text = desk.ok(&["catalog", "list"]);
    assert_eq!(text.lines().count(), 5, "{text}");
    let jacket = text
        .lines()
        .find(|l| l.starts_with("JKT-BLK-M"))
        .expect("a line for JKT-BLK-M");
    assert!(
        jacket.contains("$180.00") && jacket.contains("3 on hand"),
        "{jacket}"
    );
}

#[test]
fn list_filter_matches_names_and_aliases() {
    on_each_engine(list_filter_matches_names_and_aliases_on);
}

fn list_filter_matches_names_and_aliases_on() {
    let desk = Desk::with_catalog();
    let names = |filter: &str| -> Vec<String> {
        let list = desk.json(&["catalog", "list", "--json", "--filter", filter]);
        let mut s: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["sku"].as_str().unwrap().into())
            .collect();
        s.sort();
        s
    };
    assert_eq!(names("Leather"), ["JKT-BLK-M", "JKT-BRN-L"]);
    assert_eq!(names("camiseta"), ["TEE-WHT-S"]);
    assert!(names("no-such-thing").is_empty());
}

#[test]
fn reimport_updates_changed_rows_and_sets_stock() {
    on_each_engine(reimport_updates_changed_rows_and_sets_stock_on);
}

fn reimport_updates_changed_rows_and_sets_stock_on() {
    let desk = Desk::with_catalog();
    let out = desk
        .cmd()
        .args(["catalog", "import", &fixture_arg("update.csv")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("0 new, 1 updated, 1 unchanged, 1 stock counts set"),
        "{stderr}"
    );
    assert_eq!(desk.product("TEE-WHT-S")["price"], "26.00");
    assert_eq!(desk.stock("TEE-WHT-S"), (12, 0, 12));
    assert_eq!(desk.stock("SCF-RED"), (2, 0, 2));
}

#[test]
fn import_without_optional_columns_keeps_aliases() {
    on_each_engine(import_without_optional_columns_keeps_aliases_on);
}

fn import_without_optional_columns_keeps_aliases_on() {
    let desk = Desk::with_catalog();
    let file = desk.path("prices.csv");
    fs::write(
        &file,
        "sku,name,variant,price,currency,stock\nTEE-WHT-S,Basic Tee,White / S,25,USD,10\n",
    )
    .unwrap();
    let out = desk
        .cmd()
        .args(["catalog", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0 updated, 1 unchanged"), "{stderr}");
    let found = desk.json(&["catalog", "list", "--json", "--filter", "camiseta"]);
    assert_eq!(
        found.as_array().unwrap().len(),
        1,
        "alias 'camiseta' was lost: {found}"
    );
}

#[test]
fn import_accepts_a_byte_order_mark_crlf_and_grouped_prices() {
    on_each_engine(import_accepts_a_byte_order_mark_crlf_and_grouped_prices_on);
}

fn import_accepts_a_byte_order_mark_crlf_and_grouped_prices_on() {
    let desk = Desk::new();
    desk.ok(&["catalog", "import", &fixture_arg("bom_crlf.csv")]);
    let cap = desk.product("CAP-1");
    assert_eq!(cap["price"], "1234.50");
    assert_eq!(cap["variant"], "Blue");
    assert_eq!(desk.stock("CAP-1"), (2, 0, 2));
}

#[test]
fn a_bad_row_in_an_empty_book_imports_nothing() {
    on_each_engine(a_bad_row_in_an_empty_book_imports_nothing_on);
}

fn a_bad_row_in_an_empty_book_imports_nothing_on() {
    let desk = Desk::new();
    assert_eq!(
        desk.json(&["catalog", "list", "--json"]),
        Value::Array(vec![])
    );
    desk.refused(
        &["catalog", "import", &fixture_arg("bad_price.csv")],
        &[
            "line 3",
            "column price",
            "'abc' is not an amount",
            "nothing was imported",
        ],
    );
    assert_eq!(
        desk.json(&["catalog", "list", "--json"]),
        Value::Array(vec![]),
        "the good line 2 must not be imported"
    );
}

#[test]
fn every_kind_of_bad_row_names_line_and_column_and_changes_nothing() {
    on_each_engine(every_kind_of_bad_row_names_line_and_column_and_changes_nothing_on);
}

fn every_kind_of_bad_row_names_line_and_column_and_changes_nothing_on() {
    let desk = Desk::with_catalog();
    let before = skus(&desk);
    let cases: &[(&str, &[&str])] = &[
        ("bad_price.csv", &["line 3", "column price"]),
        ("bad_stock.csv", &["line 3", "column stock", "'-2'"]),
        ("bad_sku.csv", &["line 3", "column sku", "'HAT 2'"]),
        (
            "duplicate_sku.csv",
            &["line 4", "column sku", "already appears on line 2"],
        ),
        ("bad_currency.csv", &["line 2", "column currency", "EUR"]),
        ("empty_name.csv", &["line 3", "column name"]),
        ("unknown_column.csv", &["line 1", "column colour"]),
        ("update_then_bad.csv", &["line 4", "column stock", "'many'"]),
    ];
    for (file, expected) in cases {
        let mut want = expected.to_vec();
        want.push("nothing was imported");
        desk.refused(&["catalog", "import", &fixture_arg(file)], &want);
        assert_eq!(skus(&desk), before, "{file} imported something");
    }
    // The rows before the bad one did not apply either.
    assert_eq!(desk.product("TEE-WHT-S")["price"], "25.00");
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 0, 10));
}

#[test]
fn a_row_with_missing_fields_names_its_line() {
    on_each_engine(a_row_with_missing_fields_names_its_line_on);
}

fn a_row_with_missing_fields_names_its_line_on() {
    let desk = Desk::with_catalog();
    desk.refused(
        &["catalog", "import", &fixture_arg("short_row.csv")],
        &["line 3", "nothing was imported"],
    );
    assert!(!skus(&desk).contains(&"HAT-1".to_string()));
}

#[test]
fn a_header_without_rows_or_required_columns_is_refused() {
    on_each_engine(a_header_without_rows_or_required_columns_is_refused_on);
}

fn a_header_without_rows_or_required_columns_is_refused_on() {
    let desk = Desk::with_catalog();
    let header_only = desk.path("header_only.csv");
    fs::write(&header_only, "sku,name,variant,price,currency,stock\n").unwrap();
    desk.refused(
        &["catalog", "import", header_only.to_str().unwrap()],
        &["no products", "nothing was imported"],
    );
    let no_name = desk.path("no_name.csv");
    fs::write(&no_name, "sku,price\nHAT-1,30\n").unwrap();
    desk.refused(
        &["catalog", "import", no_name.to_str().unwrap()],
        &["no 'name' column", "nothing was imported"],
    );
}

#[test]
fn a_non_utf8_file_is_refused_with_its_name() {
    on_each_engine(a_non_utf8_file_is_refused_with_its_name_on);
}

fn a_non_utf8_file_is_refused_with_its_name_on() {
    let desk = Desk::with_catalog();
    let latin1 = desk.path("latin1.csv");
    fs::write(
        &latin1,
        b"sku,name,variant,price,currency,stock\nCAF-1,Caf\xe9,,10,USD,1\n",
    )
    .unwrap();
    desk.refused(
        &["catalog", "import", latin1.to_str().unwrap()],
        &["latin1.csv", "not UTF-8"],
    );
    assert!(!skus(&desk).contains(&"CAF-1".to_string()));
}

#[test]
fn a_missing_file_or_a_folder_is_refused_with_its_name() {
    on_each_engine(a_missing_file_or_a_folder_is_refused_with_its_name_on);
}

fn a_missing_file_or_a_folder_is_refused_with_its_name_on() {
    let desk = Desk::with_catalog();
    let missing = desk.path("nothere.csv");
    desk.refused(
        &["catalog", "import", missing.to_str().unwrap()],
        &["cannot read", "nothere.csv"],
    );
    let folder = desk.path("a-folder");
    fs::create_dir(&folder).unwrap();
    desk.refused(
        &["catalog", "import", folder.to_str().unwrap()],
        &["cannot read", "a-folder"],
    );
}

#[test]
fn import_refuses_stock_below_what_open_orders_reserved() {
    on_each_engine(import_refuses_stock_below_what_open_orders_reserved_on);
}

fn import_refuses_stock_below_what_open_orders_reserved_on() {
    let desk = Desk::with_catalog();
    desk.confirmed_order("Ann", &["JKT-BLK-M:2"]);
    let file = desk.path("low.csv");
    fs::write(
        &file,
        "sku,name,variant,price,currency,stock\nTEE-WHT-S,Basic Tee,White / S,25,USD,11\nJKT-BLK-M,Leather Jacket,Black / M,180.00,USD,1\n",
    )
    .unwrap();
    desk.refused(
        &["catalog", "import", file.to_str().unwrap()],
        &["line 3", "JKT-BLK-M"],
    );
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1));
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 0, 10));
}

#[test]
fn import_below_reservations_names_the_stock_column() {
    on_each_engine(import_below_reservations_names_the_stock_column_on);
}

fn import_below_reservations_names_the_stock_column_on() {
    let desk = Desk::with_catalog();
    desk.confirmed_order("Ann", &["JKT-BLK-M:2"]);
    let file = desk.path("low.csv");
    fs::write(
        &file,
        "sku,name,variant,price,currency,stock\nJKT-BLK-M,Leather Jacket,Black / M,180.00,USD,1\n",
    )
    .unwrap();
    desk.refused(
        &["catalog", "import", file.to_str().unwrap()],
        &["line 2", "column stock"],
    );
}

#[test]
fn stock_receive_adds_to_on_hand() {
    on_each_engine(stock_receive_adds_to_on_hand_on);
}

fn stock_receive_adds_to_on_hand_on() {
    let desk = Desk::with_catalog();
    let printed = desk.ok(&[
        "stock",
        "receive",
        "TOTE-NAT",
        "5",
        "--note",
        "supplier box 3",
    ]);
    assert!(
        printed.contains("TOTE-NAT") && printed.contains("5 on hand"),
        "{printed}"
    );
    assert_eq!(desk.stock("TOTE-NAT"), (5, 0, 5));
    desk.ok(&["stock", "receive", "TOTE-NAT", "2"]);
    assert_eq!(desk.stock("TOTE-NAT"), (7, 0, 7));
    // Receiving stock of a product with reservations keeps them.
    desk.confirmed_order("Ann", &["JKT-BLK-M:2"]);
    desk.ok(&["stock", "receive", "JKT-BLK-M", "4"]);
    assert_eq!(desk.stock("JKT-BLK-M"), (7, 2, 5));
}

#[test]
fn stock_receive_refuses_unknown_skus_and_quantities_below_one() {
    on_each_engine(stock_receive_refuses_unknown_skus_and_quantities_below_one_on);
}

fn stock_receive_refuses_unknown_skus_and_quantities_below_one_on() {
    let desk = Desk::with_catalog();
    desk.refused(
        &["stock", "receive", "NOPE", "1"],
        &["no product with SKU 'NOPE'"],
    );
    desk.refused(
        &["stock", "receive", "TOTE-NAT", "0"],
        &["TOTE-NAT", "between 1 and"],
    );
    assert_eq!(desk.stock("TOTE-NAT"), (0, 0, 0));
}

#[test]
fn stock_receive_with_a_malformed_quantity_changes_nothing() {
    on_each_engine(stock_receive_with_a_malformed_quantity_changes_nothing_on);
}

fn stock_receive_with_a_malformed_quantity_changes_nothing_on() {
    let desk = Desk::with_catalog();
    desk.refused_any_code(&["stock", "receive", "TOTE-NAT", "abc"], &["abc", "QTY"]);
    desk.refused_any_code(&["stock", "receive", "TOTE-NAT", "2.5"], &["2.5"]);
    desk.refused_any_code(&["stock", "receive", "TOTE-NAT", "-1"], &["-1"]);
    assert_eq!(desk.stock("TOTE-NAT"), (0, 0, 0));
}

#[test]
fn stock_receive_a_huge_quantity_is_a_user_error() {
    on_each_engine(stock_receive_a_huge_quantity_is_a_user_error_on);
}

fn stock_receive_a_huge_quantity_is_a_user_error_on() {
    let desk = Desk::with_catalog();
    desk.refused(
        &["stock", "receive", "JKT-BLK-M", "9223372036854775807"],
        &["JKT-BLK-M"],
    );
}

#[test]
fn stock_check_agrees_after_orders_moved_stock() {
    on_each_engine(stock_check_agrees_after_orders_moved_stock_on);
}

fn stock_check_agrees_after_orders_moved_stock_on() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("Ann", &["JKT-BLK-M:1", "TEE-WHT-S:2"]);
    desk.ok(&["order", "advance", &n.to_string(), "out_for_delivery"]);
    let m = desk.confirmed_order("Bo", &["SCF-RED:1"]);
    desk.ok(&["order", "cancel", &m.to_string()]);
    let out = desk.output(&["stock", "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("agrees with its ledger"));
    assert!(out.stdout.is_empty());
}

#[test]
fn stock_adjust_corrects_the_count_with_a_reason() {
    on_each_engine(stock_adjust_corrects_the_count_with_a_reason_on);
}

fn stock_adjust_corrects_the_count_with_a_reason_on() {
    let desk = Desk::with_catalog();
    let printed = desk.ok(&[
        "stock",
        "adjust",
        "TEE-WHT-S",
        "-3",
        "--reason",
        "counted the shelf",
    ]);
    assert!(printed.contains("7 on hand"), "{printed}");
    desk.ok(&[
        "stock",
        "adjust",
        "TEE-WHT-S",
        "+2",
        "--reason",
        "found a box",
    ]);
    assert_eq!(desk.stock("TEE-WHT-S"), (9, 0, 9));
    desk.confirmed_order("Ann", &["TEE-WHT-S:4"]);
    desk.refused(
        &["stock", "adjust", "TEE-WHT-S", "-6", "--reason", "lost"],
        &["TEE-WHT-S", "only 5 available"],
    );
    desk.refused(
        &["stock", "adjust", "TEE-WHT-S", "0", "--reason", "x"],
        &["changes nothing"],
    );
    desk.refused(
        &["stock", "adjust", "TEE-WHT-S", "2", "--reason", "  "],
        &["say why"],
    );
    desk.refused(
        &["stock", "adjust", "NOPE", "2", "--reason", "x"],
        &["no product with SKU 'NOPE'"],
    );
    desk.refused_any_code(&["stock", "adjust", "TEE-WHT-S", "2"], &["--reason"]);
    assert_eq!(desk.stock("TEE-WHT-S"), (9, 4, 5));
    assert_eq!(desk.output(&["stock", "check"]).status.code(), Some(0));
}

/// The filter's trigram index lives in the SQLite book only: an order missing from it would
/// never be found by a rare word, and `stock check` says which.
#[test]
fn stock_check_names_an_order_the_filter_index_lost() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("Ann", &["JKT-BLK-M:1"]);
    desk.confirmed_order("Bo", &["TEE-WHT-S:1"]);
    assert_eq!(desk.output(&["stock", "check"]).status.code(), Some(0));
    let conn = rusqlite::Connection::open(&desk.db).unwrap();
    conn.execute("DELETE FROM order_words WHERE rowid = ?1", [n])
        .unwrap();
    drop(conn);
    let out = desk.output(&["stock", "check"]);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_ne!(out.status.code(), Some(0), "{said}");
    assert!(said.contains(&format!("#{n}")), "{said}");
    assert!(said.contains("index the filter finds orders by"), "{said}");
}
