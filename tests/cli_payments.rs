//! CLI contract: `order pay/verify/reject/refund` and the payment state they derive.

mod common;

use common::{Desk, on_each_engine};
use serde_json::Value;

/// A confirmed order of JKT-BLK-M:2 + TEE-WHT-S:1 with $10 delivery: total $395.00.
fn desk_with_order() -> (Desk, String) {
    let desk = Desk::with_catalog();
    let n = desk.json(&[
        "order",
        "new",
        "--customer",
        "Ann",
        "--new-customer",
        "--item",
        "JKT-BLK-M:2",
        "--item",
        "TEE-WHT-S:1",
        "--delivery",
        "10",
        "--json",
    ])["number"]
        .as_i64()
        .unwrap()
        .to_string();
    desk.ok(&["order", "confirm", &n]);
    (desk, n)
}

fn pay(desk: &Desk, n: &str, extra: &[&str]) -> Value {
    let mut args = vec!["order", "pay", n];
    args.extend(extra);
    args.push("--json");
    desk.json(&args)
}

fn last_payment(order: &Value) -> Value {
    order["payments"]
        .as_array()
        .unwrap()
        .last()
        .expect("a payment")
        .clone()
}

fn money(o: &Value) -> (&str, &str, &str, &str) {
    (
        o["payment_status"].as_str().unwrap(),
        o["paid"].as_str().unwrap(),
        o["claimed"].as_str().unwrap(),
        o["balance"].as_str().unwrap(),
    )
}

#[test]
fn a_verified_payment_in_full_makes_the_order_paid() {
    on_each_engine(a_verified_payment_in_full_makes_the_order_paid_on);
}

fn a_verified_payment_in_full_makes_the_order_paid_on() {
    let (desk, n) = desk_with_order();
    let o = pay(
        &desk,
        &n,
        &["--amount", "395", "--method", "cash", "--ref", "till-7"],
    );
    assert_eq!(money(&o), ("paid", "395.00", "0.00", "0.00"));
    let p = last_payment(&o);
    assert_eq!(p["kind"], "payment");
    assert_eq!(p["method"], "cash");
    assert_eq!(p["amount"], "395.00");
    assert_eq!(p["currency"], "USD");
    assert_eq!(p["state"], "verified");
    assert_eq!(p["reference"], "till-7");
    assert_eq!(p["actor"], "tester");
    let id = p["id"].as_str().unwrap();
    assert!(
        id.len() == 8 && id.chars().all(|c| c.is_ascii_hexdigit()),
        "short id: {id}"
    );
    assert!(p["uuid"].as_str().unwrap().replace('-', "").ends_with(id));
    let actions: Vec<&str> = o["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"payment recorded"), "{actions:?}");
}

#[test]
fn partial_payments_leave_a_balance() {
    on_each_engine(partial_payments_leave_a_balance_on);
}

fn partial_payments_leave_a_balance_on() {
    let (desk, n) = desk_with_order();
    let o = pay(&desk, &n, &["--amount", "100", "--method", "pix"]);
    assert_eq!(money(&o), ("partially_paid", "100.00", "0.00", "295.00"));
    let o = pay(&desk, &n, &["--amount", "$ 95.50", "--method", "transfer"]);
    assert_eq!(money(&o), ("partially_paid", "195.50", "0.00", "199.50"));
    let o = pay(&desk, &n, &["--amount", "199.50", "--method", "card"]);
    assert_eq!(money(&o), ("paid", "395.00", "0.00", "0.00"));
    let o = pay(&desk, &n, &["--amount", "5", "--method", "cash"]);
    assert_eq!(money(&o), ("overpaid", "400.00", "0.00", "-5.00"));
    let text = desk.ok(&["order", "show", &n]);
    assert!(
        text.contains("paid $400.00") && text.contains("the shop owes $5.00 back"),
        "{text}"
    );
}

#[test]
fn a_claim_counts_once_verified() {
    on_each_engine(a_claim_counts_once_verified_on);
}

fn a_claim_counts_once_verified_on() {
    let (desk, n) = desk_with_order();
    let o = pay(
        &desk,
        &n,
        &[
            "--amount",
            "395",
            "--method",
            "pix",
            "--claimed",
            "--proof",
            "screenshot 14:02",
        ],
    );
    assert_eq!(money(&o), ("claimed", "0.00", "395.00", "395.00"));
    let p = last_payment(&o);
    assert_eq!(p["state"], "claimed");
    assert_eq!(p["proof"], "screenshot 14:02");
    let id = p["id"].as_str().unwrap().to_string();

    let o = desk.json(&["order", "verify", &n, &id, "--json"]);
    assert_eq!(money(&o), ("paid", "395.00", "0.00", "0.00"));
    assert_eq!(last_payment(&o)["state"], "verified");
    let actions: Vec<&str> = o["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.ends_with(&["payment claimed", "payment verified"]),
        "{actions:?}"
    );
    // Verified once: a second verify or a reject is refused.
    desk.refused(
        &["order", "verify", &n, &id],
        &[
            &format!("payment {id} is already verified"),
            "only a claimed payment",
        ],
    );
    desk.refused(&["order", "reject", &n, &id], &["already verified"]);
}

#[test]
fn a_rejected_claim_leaves_the_order_unpaid() {
    on_each_engine(a_rejected_claim_leaves_the_order_unpaid_on);
}

fn a_rejected_claim_leaves_the_order_unpaid_on() {
    let (desk, n) = desk_with_order();
    let o = pay(
        &desk,
        &n,
        &["--amount", "395", "--method", "transfer", "--claimed"],
    );
    let id = last_payment(&o)["id"].as_str().unwrap().to_string();
    let o = desk.json(&["order", "reject", &n, &id, "--json"]);
    assert_eq!(money(&o), ("unpaid", "0.00", "0.00", "395.00"));
    assert_eq!(last_payment(&o)["state"], "rejected");
    desk.refused(&["order", "verify", &n, &id], &["already rejected"]);
    assert_eq!(desk.order(n.parse().unwrap())["payment_status"], "unpaid");
}

#[test]
fn verify_and_reject_refuse_what_is_not_a_claim() {
    on_each_engine(verify_and_reject_refuse_what_is_not_a_claim_on);
}

fn verify_and_reject_refuse_what_is_not_a_claim_on() {
    let (desk, n) = desk_with_order();
    let o = pay(&desk, &n, &["--amount", "50", "--method", "cash"]);
    let uuid = last_payment(&o)["uuid"].as_str().unwrap().to_string();
    desk.refused(
        &["order", "verify", &n, &uuid],
        &["already verified", "only a claimed payment can be verified"],
    );
    desk.refused(&["order", "reject", &n, &uuid], &["already verified"]);
    desk.refused(
        &["order", "verify", &n, "zz"],
        &["'zz' is not a payment id"],
    );
    desk.refused(&["order", "verify", &n, "abc"], &["not a payment id"]);
    desk.refused(
        &["order", "verify", &n, "ffffffff"],
        &[&format!("order #{n} has no payment ffffffff")],
    );
    // A payment of another order is not this order's.
    let other = desk.new_order("Bo", &["SCF-RED:1"]).to_string();
    let claim = pay(
        &desk,
        &other,
        &["--amount", "10", "--method", "pix", "--claimed"],
    );
    let claim_uuid = last_payment(&claim)["uuid"].as_str().unwrap().to_string();
    desk.refused(&["order", "verify", &n, &claim_uuid], &["has no payment"]);
}

#[test]
fn malformed_amounts_are_refused() {
    on_each_engine(malformed_amounts_are_refused_on);
}

fn malformed_amounts_are_refused_on() {
    let (desk, n) = desk_with_order();
    pay(&desk, &n, &["--amount", "1", "--method", "cash"]);
    let cases: &[(&str, &[&str])] = &[
        (
            "12,3,4",
            &["cannot read the amount", "'12,3,4' is not an amount"],
        ),
        ("abc", &["cannot read the amount", "'abc' is not an amount"]),
        ("-5", &["more than zero", "-$5.00"]),
        ("0", &["more than zero"]),
        ("", &["not an amount"]),
        ("10.12345", &["more decimals than USD allows"]),
        ("R$ 10", &["BRL", "USD"]),
        ("1e10", &["not an amount"]),
    ];
    for (amount, expected) in cases {
        let arg = format!("--amount={amount}");
        desk.refused(&["order", "pay", &n, &arg, "--method", "cash"], expected);
        desk.refused(
            &["order", "pay", &n, &arg, "--method", "pix", "--claimed"],
            expected,
        );
    }
    let o = desk.order(n.parse().unwrap());
    assert_eq!(o["payments"].as_array().unwrap().len(), 1);
    assert_eq!(o["paid"], "1.00");
}

#[test]
fn a_wrong_method_is_refused_with_the_valid_ones() {
    on_each_engine(a_wrong_method_is_refused_with_the_valid_ones_on);
}

fn a_wrong_method_is_refused_with_the_valid_ones_on() {
    let (desk, n) = desk_with_order();
    desk.refused_any_code(
        &["order", "pay", &n, "--amount", "10", "--method", "bitcoin"],
        &["bitcoin", "cash, transfer, pix, card, link, other"],
    );
    desk.refused_any_code(&["order", "pay", &n, "--amount", "10"], &["--method"]);
    desk.refused_any_code(
        &[
            "order", "refund", &n, "--amount", "10", "--method", "cheque",
        ],
        &["cheque"],
    );
    assert_eq!(
        desk.order(n.parse().unwrap())["payments"],
        Value::Array(vec![])
    );
}

#[test]
fn every_method_is_accepted() {
    on_each_engine(every_method_is_accepted_on);
}

fn every_method_is_accepted_on() {
    let (desk, n) = desk_with_order();
    for method in ["cash", "transfer", "pix", "card", "link", "other"] {
        let o = pay(&desk, &n, &["--amount", "1", "--method", method]);
        assert_eq!(last_payment(&o)["method"], method);
    }
    assert_eq!(desk.order(n.parse().unwrap())["paid"], "6.00");
}

#[test]
fn the_same_reference_cannot_pay_twice() {
    on_each_engine(the_same_reference_cannot_pay_twice_on);
}

fn the_same_reference_cannot_pay_twice_on() {
    let (desk, n) = desk_with_order();
    pay(
        &desk,
        &n,
        &["--amount", "100", "--method", "pix", "--ref", "E2E-123"],
    );
    desk.refused(
        &[
            "order", "pay", &n, "--amount", "100", "--method", "pix", "--ref", "E2E-123",
        ],
        &["reference 'E2E-123' is already recorded"],
    );
    desk.refused(
        &[
            "order",
            "pay",
            &n,
            "--amount",
            "100",
            "--method",
            "pix",
            "--ref",
            "E2E-123",
            "--claimed",
        ],
        &["E2E-123"],
    );
    let other = desk.new_order("Bo", &["SCF-RED:1"]).to_string();
    desk.refused(
        &[
            "order", "pay", &other, "--amount", "35.50", "--method", "pix", "--ref", "E2E-123",
        ],
        &["E2E-123"],
    );
    assert_eq!(desk.order(n.parse().unwrap())["paid"], "100.00");
}

#[test]
fn a_cancelled_order_takes_no_payment() {
    on_each_engine(a_cancelled_order_takes_no_payment_on);
}

fn a_cancelled_order_takes_no_payment_on() {
    let (desk, n) = desk_with_order();
    desk.ok(&["order", "cancel", &n]);
    desk.refused(
        &["order", "pay", &n, "--amount", "10", "--method", "cash"],
        &[&format!("order #{n} is cancelled")],
    );
}

#[test]
fn refunds_cannot_exceed_what_was_received() {
    on_each_engine(refunds_cannot_exceed_what_was_received_on);
}

fn refunds_cannot_exceed_what_was_received_on() {
    let (desk, n) = desk_with_order();
    desk.refused(
        &["order", "refund", &n, "--amount", "1"],
        &[
            &format!("cannot refund order #{n}"),
            "more than the $0.00 received",
        ],
    );
    pay(&desk, &n, &["--amount", "100", "--method", "pix"]);
    pay(
        &desk,
        &n,
        &["--amount", "50", "--method", "pix", "--claimed"],
    );
    desk.refused(
        &["order", "refund", &n, "--amount", "100.01"],
        &[
            "cannot refund order #1001: $100.01 is more than",
            "is more than the $100.00 received and not yet refunded",
        ],
    );
    let o = desk.json(&["order", "refund", &n, "--amount", "40", "--json"]);
    assert_eq!(o["payment_status"], "partially_refunded");
    assert_eq!(o["paid"], "60.00");
    let refund = last_payment(&o);
    assert_eq!(
        (refund["kind"].as_str(), refund["method"].as_str()),
        (Some("refund"), Some("pix"))
    );
    assert_eq!(refund["amount"], "40.00");
    desk.refused(
        &["order", "refund", &n, "--amount", "61"],
        &["more than the $60.00 received"],
    );
    let o = desk.json(&[
        "order", "refund", &n, "--amount", "60", "--method", "cash", "--json",
    ]);
    assert_eq!(o["payment_status"], "refunded");
    assert_eq!(o["paid"], "0.00");
    assert_eq!(last_payment(&o)["method"], "cash");
}

#[test]
fn refunds_refuse_malformed_amounts() {
    on_each_engine(refunds_refuse_malformed_amounts_on);
}

fn refunds_refuse_malformed_amounts_on() {
    let (desk, n) = desk_with_order();
    pay(&desk, &n, &["--amount", "100", "--method", "cash"]);
    for (amount, expected) in [
        ("12,3,4", "is not an amount"),
        ("abc", "is not an amount"),
        ("-5", "more than zero"),
        ("0", "more than zero"),
    ] {
        desk.refused(
            &["order", "refund", &n, &format!("--amount={amount}")],
            &[expected],
        );
    }
    assert_eq!(desk.order(n.parse().unwrap())["paid"], "100.00");
}

#[test]
fn restock_is_refused_while_the_goods_are_in_the_shop() {
    on_each_engine(restock_is_refused_while_the_goods_are_in_the_shop_on);
}

fn restock_is_refused_while_the_goods_are_in_the_shop_on() {
    let (desk, n) = desk_with_order();
    pay(&desk, &n, &["--amount", "395", "--method", "cash"]);
    desk.ok(&["order", "advance", &n, "ready"]);
    desk.refused(
        &["order", "refund", &n, "--amount", "395", "--restock"],
        &[
            &format!("cannot restock order #{n}"),
            "have not left the shop",
        ],
    );
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1));
    assert_eq!(desk.order(n.parse().unwrap())["payment_status"], "paid");
}

#[test]
fn refund_with_restock_after_delivery_returns_stock_once() {
    on_each_engine(refund_with_restock_after_delivery_returns_stock_once_on);
}

fn refund_with_restock_after_delivery_returns_stock_once_on() {
    let (desk, n) = desk_with_order();
    pay(&desk, &n, &["--amount", "395", "--method", "card"]);
    desk.ok(&["order", "advance", &n, "delivered"]);
    assert_eq!(desk.stock("JKT-BLK-M"), (1, 0, 1));
    assert_eq!(desk.stock("TEE-WHT-S"), (9, 0, 9));

    let o = desk.json(&[
        "order",
        "refund",
        &n,
        "--amount",
        "200",
        "--restock",
        "--json",
    ]);
    assert_eq!(o["payment_status"], "partially_refunded");
    assert_eq!(last_payment(&o)["restock"], true);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 0, 10));

    desk.refused(
        &["order", "refund", &n, "--amount", "10", "--restock"],
        &[&format!("order #{n} was already restocked")],
    );
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    // Money alone can still go back.
    let o = desk.json(&["order", "refund", &n, "--amount", "195", "--json"]);
    assert_eq!(o["payment_status"], "refunded");
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    let out = desk.output(&["stock", "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn verify_by_full_uuid_with_several_payments() {
    on_each_engine(verify_by_full_uuid_with_several_payments_on);
}

fn verify_by_full_uuid_with_several_payments_on() {
    let (desk, n) = desk_with_order();
    pay(&desk, &n, &["--amount", "95", "--method", "cash"]);
    let o = pay(
        &desk,
        &n,
        &["--amount", "300", "--method", "transfer", "--claimed"],
    );
    let uuid = last_payment(&o)["uuid"].as_str().unwrap().to_string();
    let o = desk.json(&["order", "verify", &n, &uuid, "--json"]);
    assert_eq!(money(&o), ("paid", "395.00", "0.00", "0.00"));
}

#[test]
fn the_printed_payment_id_verifies_its_payment() {
    on_each_engine(the_printed_payment_id_verifies_its_payment_on);
}

fn the_printed_payment_id_verifies_its_payment_on() {
    let (desk, n) = desk_with_order();
    let first = pay(
        &desk,
        &n,
        &["--amount", "95", "--method", "pix", "--claimed"],
    );
    let second = pay(
        &desk,
        &n,
        &["--amount", "300", "--method", "transfer", "--claimed"],
    );
    let (a, b) = (
        last_payment(&first)["id"].clone(),
        last_payment(&second)["id"].clone(),
    );
    assert_ne!(a, b, "two payments of one order print the same id");
    let o = desk.json(&["order", "verify", &n, a.as_str().unwrap(), "--json"]);
    assert_eq!(money(&o), ("partially_paid", "95.00", "300.00", "300.00"));
}
