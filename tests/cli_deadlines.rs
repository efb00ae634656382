//! CLI contract: `order new/edit --deadline` in the words staff use, `order list --due`, and
//! the deadline in `order show` (JSON and text) and `order summary`. The clock is fixed with
//! the hidden `--now` (Thursday 3 December 2026, 10:30 UTC; the tests run in UTC).

mod common;

use common::{Desk, on_each_engine};
use serde_json::{Value, json};

const NOW: &str = "2026-12-03T10:30:00Z";

fn with_now<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--now", NOW];
    all.extend_from_slice(args);
    all
}

fn new_order(desk: &Desk, deadline: &str) -> Value {
    desk.json(&with_now(&[
        "order",
        "new",
        "--customer",
        "+1 512 555 0101",
        "--name",
        "Mei Chen",
        "--item",
        "SCF-RED:1",
        "--deadline",
        deadline,
        "--json",
    ]))
}

#[test]
fn deadlines_are_typed_the_way_staff_talk() {
    on_each_engine(deadlines_are_typed_the_way_staff_talk_on);
}

fn deadlines_are_typed_the_way_staff_talk_on() {
    let desk = Desk::with_catalog();
    let cases = [
        ("2026-12-05", json!({"date": "2026-12-05", "time": null})),
        (
            "2026-12-05 18:00",
            json!({"date": "2026-12-05", "time": "18:00"}),
        ),
        ("tomorrow", json!({"date": "2026-12-04", "time": null})),
        ("sat", json!({"date": "2026-12-05", "time": null})),
        ("sexta 18h", json!({"date": "2026-12-04", "time": "18:00"})),
        (
            "viernes 6pm",
            json!({"date": "2026-12-04", "time": "18:00"}),
        ),
        (
            "bis Samstag 12 Uhr",
            json!({"date": "2026-12-05", "time": "12:00"}),
        ),
    ];
    for (typed, want) in cases {
        let o = new_order(&desk, typed);
        assert_eq!(o["deadline"], want, "--deadline {typed:?}");
    }
}

#[test]
fn a_deadline_shows_in_the_order_and_its_summary() {
    on_each_engine(a_deadline_shows_in_the_order_and_its_summary_on);
}

fn a_deadline_shows_in_the_order_and_its_summary_on() {
    let desk = Desk::with_catalog();
    let n = new_order(&desk, "2026-12-05 18:00")["number"]
        .as_i64()
        .unwrap()
        .to_string();
    let shown = desk.ok(&with_now(&["order", "show", &n]));
    assert!(
        shown.contains("Due: Sat 5 Dec, by 18:00 (2026-12-05 18:00)"),
        "{shown}"
    );
    let summary = desk.ok(&with_now(&["order", "summary", &n]));
    assert!(
        summary.contains("Delivery: Sat 5 Dec, by 18:00"),
        "{summary}"
    );
    let listed = desk.ok(&with_now(&["order", "list"]));
    assert!(listed.contains("due 2026-12-05 18:00"), "{listed}");
    // A Portuguese shop states it in Portuguese.
    desk.write_config("[shop]\nlanguage = \"pt\"\n");
    let summary = desk.ok(&with_now(&["order", "summary", &n]));
    assert!(
        summary.contains("Entrega: sáb 5 dez, até 18:00"),
        "{summary}"
    );
}

#[test]
fn a_deadline_is_changed_and_removed_with_edit() {
    on_each_engine(a_deadline_is_changed_and_removed_with_edit_on);
}

fn a_deadline_is_changed_and_removed_with_edit_on() {
    let desk = Desk::with_catalog();
    let n = new_order(&desk, "sat")["number"]
        .as_i64()
        .unwrap()
        .to_string();
    let o = desk.json(&with_now(&[
        "order",
        "edit",
        &n,
        "--deadline",
        "mon 9:00",
        "--json",
    ]));
    assert_eq!(
        o["deadline"],
        json!({"date": "2026-12-07", "time": "09:00"})
    );
    let o = desk.json(&with_now(&["order", "edit", &n, "--no-deadline", "--json"]));
    assert_eq!(o["deadline"], Value::Null);
    desk.refused(
        &with_now(&["order", "edit", &n, "--deadline", "sat", "--no-deadline"]),
        &["cannot be used with"],
    );
}

#[test]
fn a_deadline_that_cannot_be_read_or_is_past_changes_nothing() {
    on_each_engine(a_deadline_that_cannot_be_read_or_is_past_changes_nothing_on);
}

fn a_deadline_that_cannot_be_read_or_is_past_changes_nothing_on() {
    let desk = Desk::with_catalog();
    let n = new_order(&desk, "sat")["number"]
        .as_i64()
        .unwrap()
        .to_string();
    let new = |when: &str| {
        with_now(&[
            "order",
            "new",
            "--customer",
            "+1 512 555 0101",
            "--item",
            "SCF-RED:1",
            "--deadline",
            when,
        ])
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    let args = new("soon");
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    desk.refused(&refs, &["--deadline", "cannot read 'soon'", "tomorrow"]);
    let args = new("2026-12-01");
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    desk.refused(&refs, &["already past"]);
    let args = new("2027-12-25");
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    desk.refused(&refs, &["more than a year away"]);
    desk.refused(
        &with_now(&["order", "edit", &n, "--deadline", "09:00"]),
        &["already past"],
    );
}

#[test]
fn order_list_due_today_tomorrow_and_overdue() {
    on_each_engine(order_list_due_today_tomorrow_and_overdue_on);
}

fn order_list_due_today_tomorrow_and_overdue_on() {
    let desk = Desk::with_catalog();
    let number = |v: Value| v["number"].as_i64().unwrap();
    let today = number(new_order(&desk, "18:00"));
    let tomorrow = number(new_order(&desk, "tomorrow"));
    let later = number(new_order(&desk, "2026-12-10"));
    let listed = |due: &str, now: &str| -> Vec<i64> {
        let out = desk.json(&["--now", now, "order", "list", "--due", due, "--json"]);
        out.as_array()
            .unwrap()
            .iter()
            .map(|o| o["number"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(listed("today", NOW), [today]);
    assert_eq!(listed("tomorrow", NOW), [tomorrow]);
    assert_eq!(listed("overdue", NOW), Vec::<i64>::new());
    // At 19:00 the 18:00 deadline has passed; the next day, yesterday's "tomorrow" is today.
    assert_eq!(listed("overdue", "2026-12-03T19:00:00Z"), [today]);
    assert_eq!(listed("today", "2026-12-04T08:00:00Z"), [tomorrow]);
    assert_eq!(listed("tomorrow", "2026-12-09T08:00:00Z"), [later]);
    // A delivered order is due no more.
    desk.ok(&["order", "confirm", &today.to_string()]);
    desk.ok(&[
        "order",
        "pay",
        &today.to_string(),
        "--amount",
        "35.50",
        "--method",
        "cash",
    ]);
    desk.ok(&["order", "advance", &today.to_string(), "delivered"]);
    assert_eq!(listed("overdue", "2026-12-03T19:00:00Z"), Vec::<i64>::new());
    desk.refused(
        &["order", "list", "--due", "someday"],
        &["possible values: today, tomorrow, overdue"],
    );
}
