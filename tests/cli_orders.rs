//! CLI contract: `order new/edit/confirm/advance/cancel/show/list/summary` and customers.

mod common;

use common::{Desk, cents, on_each_engine};
use serde_json::{Value, json};

const ORDER_KEYS: &[&str] = &[
    "number",
    "status",
    "fulfilment",
    "payment_status",
    "currency",
    "subtotal",
    "delivery",
    "total",
    "paid",
    "claimed",
    "balance",
    "revision",
    "customer",
    "lines",
];

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn new_order_prints_the_contract_json() {
    on_each_engine(new_order_prints_the_contract_json_on);
}

fn new_order_prints_the_contract_json_on() {
    let desk = Desk::with_catalog();
    let o = desk.json(&[
        "order",
        "new",
        "--customer",
        "+1 512-555-0123",
        "--name",
        "Mei Chen",
        "--item",
        "JKT-BLK-M:2",
        "--item",
        "TEE-WHT-S:1",
        "--delivery",
        "10",
        "--address",
        "Main St 1",
        "--note",
        "gift wrap",
        "--json",
    ]);
    for key in ORDER_KEYS.iter().chain(&["payments", "journal"]) {
        assert!(o.get(key).is_some(), "order JSON lacks {key}: {o}");
    }
    assert!(o["number"].as_i64().is_some_and(|n| n > 0), "{o}");
    assert_eq!(o["status"], "draft");
    assert_eq!(o["fulfilment"], "unfulfilled");
    assert_eq!(o["payment_status"], "unpaid");
    assert_eq!(o["currency"], "USD");
    assert_eq!(o["subtotal"], "385.00");
    assert_eq!(o["delivery"], "10.00");
    assert_eq!(o["total"], "395.00");
    assert_eq!(o["paid"], "0.00");
    assert_eq!(o["claimed"], "0.00");
    assert_eq!(o["balance"], "395.00");
    assert_eq!(o["revision"], 1);
    assert_eq!(
        o["customer"],
        json!({"name": "Mei Chen", "phone": "+15125550123"})
    );
    assert_eq!(
        o["lines"],
        json!([
            {"sku": "JKT-BLK-M", "name": "Leather Jacket", "variant": "Black / M", "qty": 2, "unit_price": "180.00"},
            {"sku": "TEE-WHT-S", "name": "Basic Tee", "variant": "White / S", "qty": 1, "unit_price": "25.00"},
        ])
    );
    assert_eq!(o["payments"], json!([]));
    let journal = o["journal"].as_array().unwrap();
    assert_eq!(journal.len(), 1, "{journal:?}");
    assert_eq!(journal[0]["action"], "created");
    assert_eq!(journal[0]["actor"], "tester");
    // A draft reserves nothing.
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    // Order numbers are sequential.
    let next = desk.new_order("+1 512-555-0123", &["SCF-RED:1"]);
    assert_eq!(next, o["number"].as_i64().unwrap() + 1);
}

#[test]
fn new_order_without_json_prints_it_for_people() {
    on_each_engine(new_order_without_json_prints_it_for_people_on);
}

fn new_order_without_json_prints_it_for_people_on() {
    let desk = Desk::with_catalog();
    let text = desk.ok(&[
        "order",
        "new",
        "--customer",
        "Ann",
        "--new-customer",
        "--item",
        "SCF-RED:2",
        "--delivery",
        "5",
    ]);
    assert!(text.starts_with("Order #"), "{text}");
    assert!(text.contains("Customer: Ann"), "{text}");
    assert!(
        text.contains("Wool Scarf Red") && text.contains("SCF-RED"),
        "{text}"
    );
    assert!(text.contains("Total $76.00"), "{text}");
}

#[test]
fn new_order_refuses_bad_items_and_amounts_and_creates_nothing() {
    on_each_engine(new_order_refuses_bad_items_and_amounts_and_creates_nothing_on);
}

fn new_order_refuses_bad_items_and_amounts_and_creates_nothing_on() {
    let desk = Desk::with_catalog();
    let first = desk.new_order("Ann", &["TEE-WHT-S:1"]);
    let new = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = ["order", "new", "--customer", "+1 512 555 0199"]
            .map(String::from)
            .to_vec();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let cases: &[(&[&str], &[&str])] = &[
        (&["--item", "NOPE:1"], &["no product with SKU 'NOPE'"]),
        (&["--item", "JKT-BLK-M:1", "--item", "NOPE:2"], &["'NOPE'"]),
        (
            &["--item", "JKT-BLK-M:0"],
            &["no lines", "add at least one item"],
        ),
        (
            &["--item", "JKT-BLK-M:-1"],
            &["JKT-BLK-M", "cannot be negative"],
        ),
        (&["--item", "JKT-BLK-M:999999999999999"], &["between 1 and"]),
        (
            &["--item", "JKT-BLK-M:1", "--delivery", "12,3,4"],
            &["cannot read the delivery fee", "'12,3,4' is not an amount"],
        ),
        (
            &["--item", "JKT-BLK-M:1", "--delivery", "abc"],
            &["cannot read the delivery fee", "'abc' is not an amount"],
        ),
        (
            &["--item", "JKT-BLK-M:1", "--delivery", "R$ 10"],
            &["BRL", "USD"],
        ),
        (
            &[
                "--item",
                "JKT-BLK-M:1",
                "--delivery",
                "99999999999999999999",
            ],
            &["more than orderdesk takes"],
        ),
        (
            &["--item", "JKT-BLK-M:1", "--discount", "500"],
            &["discount", "larger than the order"],
        ),
    ];
    for (extra, expected) in cases {
        let args = new(extra);
        desk.refused(
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
            expected,
        );
    }
    desk.refused(
        &["order", "new", "--customer", "  ", "--item", "JKT-BLK-M:1"],
        &["say who the order is for"],
    );
    // Nothing was created: no new order, no new customer.
    assert_eq!(desk.numbers(None), [first]);
    assert_eq!(
        desk.json(&["customer", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn new_order_with_a_malformed_quantity_changes_nothing() {
    on_each_engine(new_order_with_a_malformed_quantity_changes_nothing_on);
}

fn new_order_with_a_malformed_quantity_changes_nothing_on() {
    let desk = Desk::with_catalog();
    desk.new_order("Ann", &["TEE-WHT-S:1"]);
    desk.refused_any_code(
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            "JKT-BLK-M:two",
        ],
        &["JKT-BLK-M:two", "whole number"],
    );
    desk.refused_any_code(
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            ":2",
        ],
        &["no SKU"],
    );
}

#[test]
fn negative_delivery_and_discount_are_user_errors() {
    on_each_engine(negative_delivery_and_discount_are_user_errors_on);
}

fn negative_delivery_and_discount_are_user_errors_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["TEE-WHT-S:1"]).to_string();
    desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            "JKT-BLK-M:1",
            "--delivery=-5",
        ],
        &["delivery"],
    );
    desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            "JKT-BLK-M:1",
            "--discount=-5",
        ],
        &["discount"],
    );
    desk.refused(&["order", "edit", &n, "--delivery=-5"], &["delivery"]);
}

#[test]
fn negative_delivery_changes_nothing() {
    on_each_engine(negative_delivery_changes_nothing_on);
}

fn negative_delivery_changes_nothing_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["TEE-WHT-S:1"]);
    desk.refused_any_code(
        &[
            "order",
            "new",
            "--customer",
            "Bo",
            "--new-customer",
            "--item",
            "JKT-BLK-M:1",
            "--delivery=-5",
        ],
        &[],
    );
    desk.refused_any_code(&["order", "edit", &n.to_string(), "--discount=-5"], &[]);
    assert_eq!(desk.numbers(None), [n]);
}

#[test]
fn confirm_reserves_stock_and_is_journalled() {
    on_each_engine(confirm_reserves_stock_and_is_journalled_on);
}

fn confirm_reserves_stock_and_is_journalled_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["JKT-BLK-M:2", "TEE-WHT-S:3"]);
    let o = desk.json(&["order", "confirm", &n.to_string(), "--json"]);
    assert_eq!(o["status"], "confirmed");
    assert_eq!(o["fulfilment"], "unfulfilled");
    assert_eq!(o["revision"], 1);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1));
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 3, 7));
    let actions: Vec<&str> = o["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "confirmed"]);
    assert!(
        o["journal"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == "tester")
    );
    desk.refused(
        &["order", "confirm", &n.to_string()],
        &[&format!("order #{n}"), "already confirmed"],
    );
}

#[test]
fn confirm_without_stock_names_the_item_and_what_is_left() {
    on_each_engine(confirm_without_stock_names_the_item_and_what_is_left_on);
}

fn confirm_without_stock_names_the_item_and_what_is_left_on() {
    let desk = Desk::with_catalog();
    desk.confirmed_order("Ann", &["JKT-BLK-M:2"]);
    let n = desk.new_order("Bo", &["TEE-WHT-S:2", "JKT-BLK-M:2"]);
    desk.refused(
        &["order", "confirm", &n.to_string()],
        &[&format!(
            "cannot confirm order #{n}: only 1 of 'Leather Jacket Black / M' left (2 asked)"
        )],
    );
    // Nothing was reserved for the line that had stock either.
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 0, 10));
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1));
    assert_eq!(desk.order(n)["status"], "draft");
    let m = desk.new_order("Cy", &["TOTE-NAT:1"]);
    desk.refused(
        &["order", "confirm", &m.to_string()],
        &["only 0 of 'Canvas Tote Natural' left (1 asked)"],
    );
}

#[test]
fn edit_a_draft_keeps_revision_one_and_reserves_nothing() {
    on_each_engine(edit_a_draft_keeps_revision_one_and_reserves_nothing_on);
}

fn edit_a_draft_keeps_revision_one_and_reserves_nothing_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["JKT-BLK-M:1"]).to_string();
    let o = desk.json(&[
        "order",
        "edit",
        &n,
        "--item",
        "JKT-BLK-M:2",
        "--item",
        "SCF-RED:1",
        "--delivery",
        "7.5",
        "--json",
    ]);
    assert_eq!(o["revision"], 1);
    assert_eq!(o["status"], "draft");
    assert_eq!(o["subtotal"], "395.50");
    assert_eq!(o["delivery"], "7.50");
    assert_eq!(o["total"], "403.00");
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    let o = desk.json(&["order", "edit", &n, "--remove", "SCF-RED", "--json"]);
    let lines: Vec<&str> = o["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["sku"].as_str().unwrap())
        .collect();
    assert_eq!(lines, ["JKT-BLK-M"]);
}

#[test]
fn edit_after_confirm_makes_revision_two_and_moves_only_the_difference() {
    on_each_engine(edit_after_confirm_makes_revision_two_and_moves_only_the_difference_on);
}

fn edit_after_confirm_makes_revision_two_and_moves_only_the_difference_on() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("Ann", &["JKT-BLK-M:1", "TEE-WHT-S:2"]);
    desk.confirmed_order("Bo", &["TEE-WHT-S:1"]);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 1, 2));
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 3, 7));

    let o = desk.json(&[
        "order",
        "edit",
        &n.to_string(),
        "--item",
        "JKT-BLK-M:2",
        "--item",
        "TEE-WHT-S:1",
        "--json",
    ]);
    assert_eq!(o["revision"], 2);
    assert_eq!(o["status"], "confirmed");
    assert_eq!(o["total"], "385.00");
    assert_eq!(
        desk.stock("JKT-BLK-M"),
        (3, 2, 1),
        "one more jacket reserved"
    );
    assert_eq!(
        desk.stock("TEE-WHT-S"),
        (10, 2, 8),
        "one tee released; Bo's stays reserved"
    );

    let o = desk.json(&[
        "order",
        "edit",
        &n.to_string(),
        "--remove",
        "TEE-WHT-S",
        "--json",
    ]);
    assert_eq!(o["revision"], 3);
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 1, 9));
    let actions: Vec<&str> = o["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "confirmed", "edited", "edited"]);
}

#[test]
fn edit_refuses_what_it_cannot_do() {
    on_each_engine(edit_refuses_what_it_cannot_do_on);
}

fn edit_refuses_what_it_cannot_do_on() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("Ann", &["JKT-BLK-M:1"]).to_string();
    desk.refused(
        &["order", "edit", &n],
        &["nothing to change", &format!("#{n}")],
    );
    desk.refused(
        &["order", "edit", &n, "--item", "JKT-BLK-M:1"],
        &["already looks like that"],
    );
    desk.refused(
        &["order", "edit", &n, "--remove", "SCF-RED"],
        &["no line with SKU SCF-RED"],
    );
    desk.refused(
        &["order", "edit", &n, "--item", "NOPE:1"],
        &["no product with SKU 'NOPE'"],
    );
    desk.refused(
        &["order", "edit", &n, "--item", "JKT-BLK-M:-2"],
        &["cannot be negative"],
    );
    desk.refused(
        &["order", "edit", &n, "--item", "JKT-BLK-M:0"],
        &["no lines"],
    );
    desk.refused(
        &["order", "edit", &n, "--delivery", "12,3,4"],
        &["cannot read the delivery fee"],
    );
    desk.refused(
        &["order", "edit", &n, "--discount", "abc"],
        &["cannot read the discount"],
    );
    desk.refused(
        &["order", "edit", &n, "--item", "JKT-BLK-M:4"],
        &[
            &format!("cannot change order #{n}"),
            "only 2 of 'Leather Jacket Black / M' left (3 asked)",
        ],
    );
    let o = desk.order(n.parse().unwrap());
    assert_eq!(o["revision"], 1);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 1, 2));
    desk.ok(&["order", "advance", &n, "out_for_delivery"]);
    desk.refused(
        &["order", "edit", &n, "--item", "JKT-BLK-M:2"],
        &["left the shop"],
    );
}

#[test]
fn advance_moves_forward_and_ships_when_goods_leave() {
    on_each_engine(advance_moves_forward_and_ships_when_goods_leave_on);
}

fn advance_moves_forward_and_ships_when_goods_leave_on() {
    let desk = Desk::with_catalog();
    let n = desk
        .confirmed_order("Ann", &["JKT-BLK-M:2", "TEE-WHT-S:1"])
        .to_string();
    let o = desk.json(&["order", "advance", &n, "packing", "--json"]);
    assert_eq!(
        (o["status"].as_str(), o["fulfilment"].as_str()),
        (Some("confirmed"), Some("packing"))
    );
    desk.ok(&["order", "advance", &n, "ready"]);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1), "ready does not ship");
    let o = desk.json(&["order", "advance", &n, "out_for_delivery", "--json"]);
    assert_eq!(o["fulfilment"], "out_for_delivery");
    assert_eq!(
        desk.stock("JKT-BLK-M"),
        (1, 0, 1),
        "shipping takes from on hand and from reserved"
    );
    assert_eq!(desk.stock("TEE-WHT-S"), (9, 0, 9));
    let o = desk.json(&["order", "advance", &n, "delivered", "--json"]);
    assert_eq!(
        (o["status"].as_str(), o["fulfilment"].as_str()),
        (Some("completed"), Some("delivered"))
    );
    assert_eq!(
        desk.stock("JKT-BLK-M"),
        (1, 0, 1),
        "delivery does not ship twice"
    );
}

#[test]
fn advance_straight_to_delivered_ships_once() {
    on_each_engine(advance_straight_to_delivered_ships_once_on);
}

fn advance_straight_to_delivered_ships_once_on() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("Ann", &["SCF-RED:2"]).to_string();
    desk.ok(&["order", "advance", &n, "delivered"]);
    assert_eq!(desk.stock("SCF-RED"), (0, 0, 0));
    assert_eq!(desk.order(n.parse().unwrap())["status"], "completed");
}

#[test]
fn advance_refuses_backwards_sideways_and_drafts() {
    on_each_engine(advance_refuses_backwards_sideways_and_drafts_on);
}

fn advance_refuses_backwards_sideways_and_drafts_on() {
    let desk = Desk::with_catalog();
    let draft = desk.new_order("Ann", &["SCF-RED:1"]).to_string();
    desk.refused(
        &["order", "advance", &draft, "packing"],
        &["confirm it before"],
    );
    let n = desk.confirmed_order("Bo", &["JKT-BLK-M:1"]).to_string();
    desk.ok(&["order", "advance", &n, "ready"]);
    desk.refused(
        &["order", "advance", &n, "packing"],
        &[&format!("order #{n} is ready"), "only moves forward"],
    );
    desk.refused(&["order", "advance", &n, "ready"], &["only moves forward"]);
    desk.refused(
        &["order", "advance", &n, "unfulfilled"],
        &["possible values: packing, ready, out_for_delivery, delivered"],
    );
    desk.refused_any_code(
        &["order", "advance", &n, "confirmed"],
        &["confirmed", "packing, ready, out_for_delivery, delivered"],
    );
    desk.ok(&["order", "advance", &n, "delivered"]);
    desk.refused(
        &["order", "advance", &n, "out_for_delivery"],
        &["delivered and complete"],
    );
    assert_eq!(desk.order(n.parse().unwrap())["fulfilment"], "delivered");
}

#[test]
fn cancel_releases_reserved_stock() {
    on_each_engine(cancel_releases_reserved_stock_on);
}

fn cancel_releases_reserved_stock_on() {
    let desk = Desk::with_catalog();
    let n = desk
        .confirmed_order("Ann", &["JKT-BLK-M:2", "SCF-RED:1"])
        .to_string();
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 2, 1));
    let o = desk.json(&["order", "cancel", &n, "--json"]);
    assert_eq!(o["status"], "cancelled");
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    assert_eq!(desk.stock("SCF-RED"), (2, 0, 2));
    desk.refused(&["order", "cancel", &n], &["cancelled order cannot change"]);
    desk.refused(&["order", "confirm", &n], &["cancelled"]);
    assert_eq!(desk.stock("JKT-BLK-M"), (3, 0, 3));
    // A draft cancels without touching stock.
    let d = desk.new_order("Bo", &["TEE-WHT-S:1"]).to_string();
    desk.ok(&["order", "cancel", &d]);
    assert_eq!(desk.stock("TEE-WHT-S"), (10, 0, 10));
}

#[test]
fn cancel_refuses_orders_whose_goods_left() {
    on_each_engine(cancel_refuses_orders_whose_goods_left_on);
}

fn cancel_refuses_orders_whose_goods_left_on() {
    let desk = Desk::with_catalog();
    let out = desk.confirmed_order("Ann", &["JKT-BLK-M:1"]).to_string();
    desk.ok(&["order", "advance", &out, "out_for_delivery"]);
    desk.refused(&["order", "cancel", &out], &["left the shop", "refund"]);
    let done = desk.confirmed_order("Bo", &["SCF-RED:1"]).to_string();
    desk.ok(&["order", "advance", &done, "delivered"]);
    desk.refused(
        &["order", "cancel", &done],
        &[&format!("order #{done} is completed"), "delivered"],
    );
    assert_eq!(desk.order(done.parse().unwrap())["status"], "completed");
}

#[test]
fn every_order_command_refuses_an_unknown_number() {
    on_each_engine(every_order_command_refuses_an_unknown_number_on);
}

fn every_order_command_refuses_an_unknown_number_on() {
    let desk = Desk::with_catalog();
    desk.new_order("Ann", &["SCF-RED:1"]);
    let commands: &[&[&str]] = &[
        &["order", "show", "9999", "--json"],
        &["order", "edit", "9999", "--item", "SCF-RED:2"],
        &["order", "confirm", "9999"],
        &["order", "pay", "9999", "--amount", "5", "--method", "cash"],
        &["order", "verify", "9999", "0190abcd"],
        &["order", "reject", "9999", "0190abcd"],
        &["order", "refund", "9999", "--amount", "5"],
        &["order", "advance", "9999", "packing"],
        &["order", "cancel", "9999"],
        &["order", "summary", "9999"],
    ];
    for args in commands {
        desk.refused(args, &["there is no order #9999"]);
    }
    desk.refused_any_code(&["order", "show", "abc"], &["abc"]);
}

#[test]
fn show_and_list_share_one_order_shape() {
    on_each_engine(show_and_list_share_one_order_shape_on);
}

fn show_and_list_share_one_order_shape_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["SCF-RED:1"]);
    desk.new_order("Bo", &["TEE-WHT-S:2"]);
    let shown = desk.order(n);
    let list = desk.json(&["order", "list", "--json"]);
    let listed = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["number"] == n)
        .expect("listed")
        .clone();
    let mut without = shown.clone();
    without.as_object_mut().unwrap().remove("payments");
    without.as_object_mut().unwrap().remove("journal");
    assert_eq!(listed, without);
    assert!(listed.get("payments").is_none() && listed.get("journal").is_none());
    assert_eq!(keys(&listed).len() + 2, keys(&shown).len());
    assert_eq!(list.as_array().unwrap().len(), 2);
    let text = desk.ok(&["order", "list"]);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.lines().any(|l| l.starts_with(&format!("#{n}"))),
        "{text}"
    );
}

#[test]
fn list_filters_by_lifecycle_fulfilment_payment_and_open() {
    on_each_engine(list_filters_by_lifecycle_fulfilment_payment_and_open_on);
}

fn list_filters_by_lifecycle_fulfilment_payment_and_open_on() {
    let desk = Desk::with_catalog();
    let draft = desk.new_order("A", &["TEE-WHT-S:1"]);
    let confirmed = desk.confirmed_order("B", &["TEE-WHT-S:1"]);
    let packing = desk.confirmed_order("C", &["TEE-WHT-S:1"]);
    desk.ok(&["order", "advance", &packing.to_string(), "packing"]);
    let delivered = desk.confirmed_order("D", &["SCF-RED:1"]);
    desk.ok(&["order", "advance", &delivered.to_string(), "delivered"]);
    desk.ok(&[
        "order",
        "pay",
        &delivered.to_string(),
        "--amount",
        "35.50",
        "--method",
        "cash",
    ]);
    let cancelled = desk.confirmed_order("E", &["TEE-WHT-S:1"]);
    desk.ok(&["order", "cancel", &cancelled.to_string()]);
    desk.ok(&[
        "order",
        "pay",
        &confirmed.to_string(),
        "--amount",
        "10",
        "--method",
        "pix",
    ]);

    assert_eq!(
        desk.numbers(None),
        [draft, confirmed, packing, delivered, cancelled]
    );
    assert_eq!(desk.numbers(Some("open")), [draft, confirmed, packing]);
    assert_eq!(desk.numbers(Some("draft")), [draft]);
    assert_eq!(desk.numbers(Some("confirmed")), [confirmed, packing]);
    assert_eq!(desk.numbers(Some("completed")), [delivered]);
    assert_eq!(desk.numbers(Some("cancelled")), [cancelled]);
    assert_eq!(desk.numbers(Some("packing")), [packing]);
    assert_eq!(
        desk.numbers(Some("unfulfilled")),
        [draft, confirmed, cancelled]
    );
    assert_eq!(desk.numbers(Some("delivered")), [delivered]);
    assert_eq!(desk.numbers(Some("paid")), [delivered]);
    assert_eq!(desk.numbers(Some("partially_paid")), [confirmed]);
    assert_eq!(desk.numbers(Some("unpaid")), [draft, packing, cancelled]);
    assert!(desk.numbers(Some("out_for_delivery")).is_empty());

    let stderr = desk.refused(
        &["order", "list", "--status", "shipped"],
        &["'shipped' is not a status"],
    );
    for valid in [
        "open",
        "draft",
        "confirmed",
        "cancelled",
        "completed",
        "packing",
        "ready",
        "out_for_delivery",
        "delivered",
        "unpaid",
        "partially_paid",
        "paid",
    ] {
        assert!(
            stderr.contains(valid),
            "the message should list {valid}: {stderr}"
        );
    }
}

#[test]
fn summary_has_number_items_and_total() {
    on_each_engine(summary_has_number_items_and_total_on);
}

fn summary_has_number_items_and_total_on() {
    let desk = Desk::with_catalog();
    let n = desk.json(&[
        "order",
        "new",
        "--customer",
        "Mei Chen",
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
        .unwrap();
    let text = desk.ok(&["order", "summary", &n.to_string()]);
    assert!(text.contains(&format!("#{n}")), "{text}");
    assert!(text.contains("2× Leather Jacket Black / M"), "{text}");
    assert!(text.contains("1× Basic Tee White / S"), "{text}");
    assert!(text.contains("$395.00"), "{text}");
    assert!(text.contains("Mei Chen"), "{text}");
    assert!(
        !text.contains("http"),
        "no link without a url_template: {text}"
    );
}

#[test]
fn summary_contains_the_payment_link_for_the_balance() {
    on_each_engine(summary_contains_the_payment_link_for_the_balance_on);
}

fn summary_contains_the_payment_link_for_the_balance_on() {
    let desk = Desk::with_catalog();
    desk.write_config(
        "[payment_link]\nurl_template = \"https://pay.example/{order_no}?a={amount}\"\n",
    );
    let n = desk.new_order("Ann", &["JKT-BLK-M:1", "SCF-RED:1"]);
    let text = desk.ok(&["order", "summary", &n.to_string()]);
    assert!(
        text.contains("Quote: reply OK") && !text.contains("http"),
        "a draft is a quote, with no link: {text}"
    );
    desk.ok(&["order", "confirm", &n.to_string()]);
    let text = desk.ok(&["order", "summary", &n.to_string()]);
    assert!(
        text.contains(&format!("https://pay.example/{n}?a=215.50")),
        "{text}"
    );
    desk.ok(&[
        "order",
        "pay",
        &n.to_string(),
        "--amount",
        "15.50",
        "--method",
        "cash",
    ]);
    let text = desk.ok(&["order", "summary", &n.to_string()]);
    assert!(
        text.contains(&format!("https://pay.example/{n}?a=200.00")),
        "the link asks for the balance: {text}"
    );
}

#[test]
fn summary_copy_still_prints_the_summary() {
    on_each_engine(summary_copy_still_prints_the_summary_on);
}

fn summary_copy_still_prints_the_summary_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["SCF-RED:1"]).to_string();
    let plain = desk.ok(&["order", "summary", &n]);
    let out = desk.output(&["order", "summary", &n, "--copy"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), plain);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("copied") || stderr.contains("could not copy"),
        "{stderr}"
    );
}

#[test]
fn phone_numbers_written_differently_are_one_customer() {
    on_each_engine(phone_numbers_written_differently_are_one_customer_on);
}

fn phone_numbers_written_differently_are_one_customer_on() {
    let desk = Desk::with_catalog();
    let a = desk.json(&[
        "order",
        "new",
        "--customer",
        "+1 512-555-0123",
        "--name",
        "Mei Chen",
        "--item",
        "SCF-RED:1",
        "--json",
    ]);
    let b = desk.json(&[
        "order",
        "new",
        "--customer",
        "(512) 555 0123",
        "--item",
        "TEE-WHT-S:1",
        "--json",
    ]);
    let c = desk.json(&[
        "order",
        "new",
        "--customer",
        "512.555.0123",
        "--name",
        "Someone Else",
        "--item",
        "TEE-WHT-S:1",
        "--json",
    ]);
    for o in [&a, &b, &c] {
        assert_eq!(
            o["customer"],
            json!({"name": "Mei Chen", "phone": "+15125550123"})
        );
    }
    desk.new_order("+1 (512) 555-0199", &["TEE-WHT-S:1"]);
    let customers = desk.json(&["customer", "list", "--json"]);
    let customers = customers.as_array().unwrap();
    assert_eq!(customers.len(), 2, "{customers:?}");
    let mei = customers
        .iter()
        .find(|c| c["phone"] == "+15125550123")
        .expect("Mei by phone");
    assert_eq!(mei["name"], "Mei Chen");
    assert_eq!(mei["orders"], 3);
    assert_eq!(mei["currency"], "USD");
    assert_eq!(mei["open_balance"], "0.00", "drafts owe nothing yet");
    assert!(customers.iter().any(|c| c["phone"] == "+15125550199"));
}

#[test]
fn customer_list_reports_value_and_balance() {
    on_each_engine(customer_list_reports_value_and_balance_on);
}

fn customer_list_reports_value_and_balance_on() {
    let desk = Desk::with_catalog();
    let n = desk
        .confirmed_order("+1 512 555 0123", &["JKT-BLK-M:1"])
        .to_string();
    desk.ok(&["order", "pay", &n, "--amount", "100", "--method", "cash"]);
    let list = desk.json(&["customer", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let c = &list[0];
    for key in [
        "id",
        "name",
        "phone",
        "orders",
        "lifetime_value",
        "open_balance",
        "currency",
    ] {
        assert!(c.get(key).is_some(), "customer JSON lacks {key}: {c}");
    }
    assert_eq!(c["lifetime_value"], "100.00");
    assert_eq!(c["open_balance"], "80.00");
    desk.new_order("(512) 555-0123", &["SCF-RED:1"]);
    let c = &desk.json(&["customer", "list", "--json"])[0];
    assert_eq!(c["orders"], 2);
    assert_eq!(
        cents(c["open_balance"].as_str().unwrap()),
        8000,
        "a draft owes nothing yet"
    );
    let text = desk.ok(&["customer", "list"]);
    assert!(
        text.contains("+1 512-555-0123"),
        "the phone as people write it: {text}"
    );
}

#[test]
fn customer_add_and_merge_use_normalised_phones() {
    on_each_engine(customer_add_and_merge_use_normalised_phones_on);
}

fn customer_add_and_merge_use_normalised_phones_on() {
    let desk = Desk::with_catalog();
    let printed = desk.ok(&[
        "customer",
        "add",
        "Mei Chen",
        "--phone",
        "+1 512-555-0123",
        "--address",
        "Main St 1",
    ]);
    assert_eq!(printed.trim(), "Mei Chen +15125550123");
    // The same phone written differently is the existing customer.
    let printed = desk.ok(&["customer", "add", "Mei C", "--phone", "(512) 555 0123"]);
    assert_eq!(printed.trim(), "Mei Chen +15125550123");
    let dup = desk.new_order("Mei Dup", &["TEE-WHT-S:1"]);
    assert_eq!(
        desk.json(&["customer", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );

    desk.refused(
        &["customer", "merge", "Nobody", "(512) 555-0123"],
        &["no customer called 'Nobody'"],
    );
    desk.refused(
        &["customer", "merge", "(512) 555-0123", "+15125550123"],
        &["are the same customer"],
    );
    desk.ok(&["customer", "merge", "Mei Dup", "512.555.0123"]);
    let list = desk.json(&["customer", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["name"], "Mei Chen");
    assert_eq!(list[0]["address"], "Main St 1");
    assert_eq!(list[0]["orders"], 1);
    assert_eq!(
        desk.order(dup)["customer"],
        json!({"name": "Mei Chen", "phone": "+15125550123"})
    );
}

#[test]
fn an_invalid_phone_is_refused() {
    on_each_engine(an_invalid_phone_is_refused_on);
}

fn an_invalid_phone_is_refused_on() {
    let desk = Desk::with_catalog();
    desk.new_order("Ann", &["TEE-WHT-S:1"]);
    desk.refused(&["customer", "add", "X", "--phone", "12"], &["12"]);
    desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "+44 12",
            "--item",
            "TEE-WHT-S:1",
        ],
        &["+44 12"],
    );
}
