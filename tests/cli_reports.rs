//! CLI contract: `report daily` (three CSV files) and `demo`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::{Desk, cents, on_each_engine};
use serde_json::Value;

const ORDER_HEADER: &[&str] = &[
    "number",
    "created",
    "customer",
    "phone",
    "items",
    "total",
    "paid",
    "balance",
    "claimed",
    "currency",
    "status",
    "lifecycle",
    "fulfilment",
    "payment_status",
    "methods",
    "minutes_to_paid",
    "link_provider",
    "link_state",
    "minutes_link_to_paid",
];
const PAYMENT_HEADER: &[&str] = &[
    "time",
    "order",
    "kind",
    "method",
    "amount",
    "currency",
    "state",
    "reference",
    "settled",
    "actor",
    // Added at the end, so every earlier column keeps its place: person, provider or report.
    "verified_by",
];
const SUMMARY_HEADER: &[&str] = &["metric", "key", "count", "value", "currency"];

/// A CSV file as (header, rows of header → cell).
fn read_csv(path: &Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_path(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

/// The orders of `order list --json` created on `date` (UTC, as the commands run with TZ=UTC).
fn orders_created_on(desk: &Desk, date: &str) -> Vec<Value> {
    let list = desk.json(&["order", "list", "--json"]);
    list.as_array()
        .unwrap()
        .iter()
        .filter(|o| o["created_at"].as_str().unwrap().starts_with(date))
        .cloned()
        .collect()
}

/// Runs `report daily --date DATE --out DIR`; returns the three files it printed.
fn report(desk: &Desk, date: &str, out: &Path, extra: &[&str]) -> [PathBuf; 3] {
    let mut args = vec![
        "report",
        "daily",
        "--date",
        date,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    let printed = desk.ok(&args);
    let files: Vec<PathBuf> = printed.lines().map(PathBuf::from).collect();
    let expected = [
        out.join(format!("orders-{date}.csv")),
        out.join(format!("payments-{date}.csv")),
        out.join(format!("summary-{date}.csv")),
    ];
    assert_eq!(files, expected, "report daily prints the files it wrote");
    for f in &expected {
        assert!(f.is_file(), "{} was not written", f.display());
    }
    expected
}

/// A day of trading: paid, partly paid, claimed, refunded, cancelled and a formula-named
/// customer. Returns the desk and today's date (UTC).
fn busy_day() -> (Desk, String) {
    let desk = Desk::with_catalog();
    let a = desk
        .confirmed_order("+1 512 555 0123", &["JKT-BLK-M:1", "TEE-WHT-S:2"])
        .to_string();
    desk.ok(&[
        "order", "pay", &a, "--amount", "230", "--method", "pix", "--ref", "E2E-1",
    ]);
    desk.ok(&["order", "advance", &a, "delivered"]);
    desk.ok(&["order", "refund", &a, "--amount", "25", "--restock"]);
    let b = desk
        .confirmed_order("=HYPERLINK(\"http://x\")", &["SCF-RED:1"])
        .to_string();
    desk.ok(&["order", "pay", &b, "--amount", "10", "--method", "cash"]);
    desk.ok(&[
        "order",
        "pay",
        &b,
        "--amount",
        "5",
        "--method",
        "transfer",
        "--claimed",
    ]);
    let c = desk.confirmed_order("Bo", &["TEE-WHT-S:1"]).to_string();
    desk.ok(&["order", "cancel", &c]);
    let d = desk.json(&[
        "order",
        "new",
        "--customer",
        "Cy",
        "--new-customer",
        "--item",
        "JKT-BRN-L:1",
        "--delivery",
        "12.5",
        "--json",
    ]);
    let date = d["created_at"].as_str().unwrap()[..10].to_string();
    (desk, date)
}

#[test]
fn daily_report_writes_three_csvs_with_snake_case_headers() {
    on_each_engine(daily_report_writes_three_csvs_with_snake_case_headers_on);
}

fn daily_report_writes_three_csvs_with_snake_case_headers_on() {
    let (desk, date) = busy_day();
    let out_dir = desk.path("reports");
    let out = desk
        .cmd()
        .args([
            "report",
            "daily",
            "--date",
            &date,
            "--out",
            out_dir.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("4 orders and 4 payments on {date}")),
        "{stderr}"
    );

    let [orders, payments, summary] = report(&desk, &date, &out_dir, &[]);
    let (header, order_rows) = read_csv(&orders);
    assert_eq!(header, ORDER_HEADER);
    assert_eq!(order_rows.len(), 4);
    let (header, payment_rows) = read_csv(&payments);
    assert_eq!(header, PAYMENT_HEADER);
    assert_eq!(payment_rows.len(), 4, "2 payments, 1 claim, 1 refund");
    let (header, summary_rows) = read_csv(&summary);
    assert_eq!(header, SUMMARY_HEADER);
    assert!(!summary_rows.is_empty());

    for row in &order_rows {
        for col in ["total", "paid", "balance", "claimed"] {
            cents(&row[col]); // panics unless a plain decimal like 180.00
        }
        assert_eq!(row["currency"], "USD");
    }
    for row in &payment_rows {
        cents(&row["amount"]);
        assert_eq!(row["currency"], "USD");
        assert_eq!(row["actor"], "tester");
    }
    let refund = payment_rows
        .iter()
        .find(|r| r["kind"] == "refund")
        .expect("the refund row");
    assert_eq!(
        (refund["amount"].as_str(), refund["method"].as_str()),
        ("25.00", "pix")
    );
    let pix = payment_rows
        .iter()
        .find(|r| r["reference"] == "E2E-1")
        .expect("the pix row");
    assert_eq!(
        (
            pix["kind"].as_str(),
            pix["amount"].as_str(),
            pix["state"].as_str()
        ),
        ("payment", "230.00", "verified")
    );
}

#[test]
fn text_cells_that_look_like_formulas_are_neutralised() {
    on_each_engine(text_cells_that_look_like_formulas_are_neutralised_on);
}

fn text_cells_that_look_like_formulas_are_neutralised_on() {
    let (desk, date) = busy_day();
    let dir = desk.path("r");
    let [orders, ..] = report(&desk, &date, &dir, &[]);
    let (_, rows) = read_csv(&orders);
    let formula = rows
        .iter()
        .find(|r| r["customer"].contains("HYPERLINK"))
        .expect("the formula customer");
    assert_eq!(formula["customer"], "'=HYPERLINK(\"http://x\")");
    for row in &rows {
        for col in ["customer", "phone", "items"] {
            assert!(
                !row[col].starts_with(['=', '+', '-', '@']),
                "{col} cell starts like a formula: {row:?}"
            );
        }
    }
}

#[test]
fn report_totals_equal_a_recomputation_from_order_list() {
    on_each_engine(report_totals_equal_a_recomputation_from_order_list_on);
}

fn report_totals_equal_a_recomputation_from_order_list_on() {
    let (desk, date) = busy_day();
    let today = orders_created_on(&desk, &date);
    assert_eq!(today.len(), 4);
    let dir = desk.path("r");
    let [orders, payments, summary] = report(&desk, &date, &dir, &[]);
    let (_, rows) = read_csv(&orders);

    let csv_numbers: BTreeSet<i64> = rows.iter().map(|r| r["number"].parse().unwrap()).collect();
    let json_numbers: BTreeSet<i64> = today
        .iter()
        .map(|o| o["number"].as_i64().unwrap())
        .collect();
    assert_eq!(csv_numbers, json_numbers);
    let csv_total: i64 = rows.iter().map(|r| cents(&r["total"])).sum();
    let json_total: i64 = today
        .iter()
        .map(|o| cents(o["total"].as_str().unwrap()))
        .sum();
    assert_eq!(csv_total, json_total);
    // Row by row, the money agrees with `order list`.
    for o in &today {
        let row = rows
            .iter()
            .find(|r| r["number"] == o["number"].as_i64().unwrap().to_string())
            .unwrap();
        for (col, key) in [
            ("total", "total"),
            ("paid", "paid"),
            ("balance", "balance"),
            ("claimed", "claimed"),
        ] {
            assert_eq!(
                row[col],
                o[key].as_str().unwrap(),
                "{col} of #{}",
                o["number"]
            );
        }
        assert_eq!(row["payment_status"], o["payment_status"].as_str().unwrap());
        assert_eq!(row["lifecycle"], o["status"].as_str().unwrap());
        assert_eq!(row["fulfilment"], o["fulfilment"].as_str().unwrap());
    }

    // The summary agrees with the detail files.
    let (_, pay_rows) = read_csv(&payments);
    let (_, sum_rows) = read_csv(&summary);
    let metric = |m: &str| {
        sum_rows
            .iter()
            .find(|r| r["metric"] == m && r["key"] == "all")
            .unwrap_or_else(|| panic!("no {m} row"))
    };
    let live: Vec<&BTreeMap<String, String>> = rows
        .iter()
        .filter(|r| r["lifecycle"] != "cancelled")
        .collect();
    assert_eq!(metric("orders")["count"], rows.len().to_string());
    assert_eq!(
        cents(&metric("orders")["value"]),
        live.iter().map(|r| cents(&r["total"])).sum::<i64>()
    );
    let received: i64 = pay_rows
        .iter()
        .filter(|r| r["kind"] == "payment" && r["state"] == "verified")
        .map(|r| cents(&r["amount"]))
        .sum();
    assert_eq!(cents(&metric("payments_received")["value"]), received);
    assert_eq!(received, 23_000 + 1_000, "$230.00 by pix and $10.00 cash");
    let refunded: i64 = pay_rows
        .iter()
        .filter(|r| r["kind"] == "refund")
        .map(|r| cents(&r["amount"]))
        .sum();
    assert_eq!(cents(&metric("refunds")["value"]), refunded);
    assert_eq!(cents(&metric("claims_to_verify")["value"]), 500);
    assert_eq!(metric("orders")["currency"], "USD");
}

#[test]
fn demo_report_totals_match_order_list_on_every_day() {
    on_each_engine(demo_report_totals_match_order_list_on_every_day_on);
}

fn demo_report_totals_match_order_list_on_every_day_on() {
    let desk = Desk::new();
    desk.ok(&["demo", "--orders", "30", "--customers", "6"]);
    let all = desk.json(&["order", "list", "--json"]);
    let dates: BTreeSet<String> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["created_at"].as_str().unwrap()[..10].to_string())
        .collect();
    assert!(
        dates.len() >= 3,
        "the demo spreads orders over days: {dates:?}"
    );
    let mut reported = 0;
    for date in &dates {
        let dir = desk.path(&format!("r-{date}"));
        let [orders, ..] = report(&desk, date, &dir, &[]);
        let (_, rows) = read_csv(&orders);
        let today = orders_created_on(&desk, date);
        assert_eq!(rows.len(), today.len(), "orders on {date}");
        let csv: i64 = rows.iter().map(|r| cents(&r["total"])).sum();
        let json: i64 = today
            .iter()
            .map(|o| cents(o["total"].as_str().unwrap()))
            .sum();
        assert_eq!(csv, json, "totals on {date}");
        reported += rows.len();
    }
    assert_eq!(reported, 30, "every order is in exactly one day's report");
}

#[test]
fn a_quiet_day_has_headers_and_zero_totals() {
    on_each_engine(a_quiet_day_has_headers_and_zero_totals_on);
}

fn a_quiet_day_has_headers_and_zero_totals_on() {
    let desk = Desk::with_catalog();
    desk.new_order("Ann", &["SCF-RED:1"]);
    let dir = desk.path("r");
    let [orders, payments, summary] = report(&desk, "2020-01-01", &dir, &[]);
    let (header, rows) = read_csv(&orders);
    assert_eq!((header.len(), rows.len()), (ORDER_HEADER.len(), 0));
    assert!(read_csv(&payments).1.is_empty());
    let (_, sum_rows) = read_csv(&summary);
    let all = sum_rows.iter().find(|r| r["metric"] == "orders").unwrap();
    assert_eq!(
        (all["count"].as_str(), all["value"].as_str()),
        ("0", "0.00")
    );
}

#[test]
fn bom_starts_each_file_with_a_byte_order_mark() {
    on_each_engine(bom_starts_each_file_with_a_byte_order_mark_on);
}

fn bom_starts_each_file_with_a_byte_order_mark_on() {
    let (desk, date) = busy_day();
    for file in report(&desk, &date, &desk.path("plain"), &[]) {
        assert!(
            !fs::read(&file).unwrap().starts_with(b"\xef\xbb\xbf"),
            "{} has a BOM without --bom",
            file.display()
        );
    }
    for file in report(&desk, &date, &desk.path("bom"), &["--bom"]) {
        let bytes = fs::read(&file).unwrap();
        assert!(
            bytes.starts_with(b"\xef\xbb\xbf"),
            "{} has no BOM",
            file.display()
        );
    }
    let plain = fs::read(desk.path("plain").join(format!("orders-{date}.csv"))).unwrap();
    let bom = fs::read(desk.path("bom").join(format!("orders-{date}.csv"))).unwrap();
    assert_eq!(&bom[3..], &plain[..], "the BOM is the only difference");
}

#[test]
fn report_without_date_is_today_in_local_time() {
    on_each_engine(report_without_date_is_today_in_local_time_on);
}

fn report_without_date_is_today_in_local_time_on() {
    let (desk, date) = busy_day();
    let dir = desk.path("today");
    desk.ok(&["report", "daily", "--out", dir.to_str().unwrap()]);
    assert!(dir.join(format!("orders-{date}.csv")).is_file());
}

#[test]
fn report_refuses_an_unwritable_folder_and_a_bad_date() {
    on_each_engine(report_refuses_an_unwritable_folder_and_a_bad_date_on);
}

fn report_refuses_an_unwritable_folder_and_a_bad_date_on() {
    let (desk, date) = busy_day();
    let file = desk.path("not-a-folder");
    fs::write(&file, "x").unwrap();
    desk.refused(
        &[
            "report",
            "daily",
            "--date",
            &date,
            "--out",
            file.to_str().unwrap(),
        ],
        &["cannot write", "not-a-folder"],
    );
    desk.refused_any_code(
        &["report", "daily", "--date", "2024-13-01", "--out", "r"],
        &["2024-13-01"],
    );
    desk.refused_any_code(
        &["report", "daily", "--date", "yesterday", "--out", "r"],
        &["yesterday"],
    );
    assert!(!desk.path("r").exists());
}

#[test]
fn demo_fills_a_consistent_shop() {
    on_each_engine(demo_fills_a_consistent_shop_on);
}

fn demo_fills_a_consistent_shop_on() {
    let desk = Desk::new();
    let out = desk.output(&["demo", "--orders", "80", "--customers", "15"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("80 orders"));
    let check = desk.output(&["stock", "check"]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    let list = desk.json(&["order", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 80);
    let field = |k: &str| -> BTreeSet<String> {
        list.iter()
            .map(|o| o[k].as_str().unwrap().to_string())
            .collect()
    };
    let lifecycles = field("status");
    for l in ["draft", "confirmed", "completed", "cancelled"] {
        assert!(
            lifecycles.contains(l),
            "no {l} order in the demo: {lifecycles:?}"
        );
    }
    assert!(field("fulfilment").len() >= 3, "{:?}", field("fulfilment"));
    assert!(
        field("payment_status").len() >= 3,
        "{:?}",
        field("payment_status")
    );
    assert_eq!(
        desk.json(&["customer", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        15
    );
    assert!(
        !desk
            .json(&["catalog", "list", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Reserved stock equals what confirmed, unshipped orders hold.
    let mut held: BTreeMap<String, i64> = BTreeMap::new();
    for o in list.iter().filter(|o| {
        o["status"] == "confirmed"
            && matches!(
                o["fulfilment"].as_str(),
                Some("unfulfilled" | "packing" | "ready")
            )
    }) {
        for l in o["lines"].as_array().unwrap() {
            *held
                .entry(l["sku"].as_str().unwrap().to_string())
                .or_default() += l["qty"].as_i64().unwrap();
        }
    }
    for p in desk
        .json(&["catalog", "list", "--json"])
        .as_array()
        .unwrap()
    {
        let sku = p["sku"].as_str().unwrap();
        assert_eq!(
            p["reserved"].as_i64().unwrap(),
            held.get(sku).copied().unwrap_or(0),
            "reserved of {sku}"
        );
        assert!(p["available"].as_i64().unwrap() >= 0);
    }
}

#[test]
fn demo_refuses_a_book_with_orders() {
    on_each_engine(demo_refuses_a_book_with_orders_on);
}

fn demo_refuses_a_book_with_orders_on() {
    let desk = Desk::with_catalog();
    desk.new_order("Ann", &["SCF-RED:1"]);
    desk.refused(
        &["demo", "--orders", "5", "--customers", "2"],
        &["already has orders", "only fills an empty database"],
    );
    desk.refused(
        &["demo", "--orders", "0", "--customers", "2"],
        &["at least one order"],
    );
    assert_eq!(desk.numbers(None).len(), 1);
}
