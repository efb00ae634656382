//! CLI contract of payment links and verified payments: `order link`, `payments import`,
//! `payments sync`, `reminders due|sent`, and the config that drives them. Every refusal
//! exits 1 with a message and leaves the book unchanged.

mod common;

use std::fs;

use common::{Desk, on_each_engine, snapshot};
use serde_json::Value;

const TEMPLATE: &str = "[payment_link]\nurl_template = \"https://pix.example/pay?o={order_no}&v={amount}&r={reference}\"\n";

fn templated() -> Desk {
    let d = Desk::with_catalog();
    d.write_config(TEMPLATE);
    d
}

fn csv(path: &std::path::Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let mut rows = vec![
        reader
            .headers()
            .unwrap()
            .iter()
            .map(String::from)
            .collect::<Vec<_>>(),
    ];
    rows.extend(
        reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect()),
    );
    rows
}

#[test]
fn order_link_makes_a_template_link_and_returns_it_while_it_fits() {
    on_each_engine(order_link_makes_a_template_link_and_returns_it_while_it_fits_on);
}

fn order_link_makes_a_template_link_and_returns_it_while_it_fits_on() {
    let d = templated();
    let n = d
        .confirmed_order("Ann", &["JKT-BLK-M:1", "SCF-RED:1"])
        .to_string();
    let link = d.json(&["order", "link", &n, "--json"]);
    for key in [
        "url",
        "provider",
        "state",
        "amount",
        "currency",
        "expires_at",
    ] {
        assert!(!link[key].is_null(), "{key} missing: {link}");
    }
    assert_eq!(
        link["url"],
        format!("https://pix.example/pay?o={n}&v=215.50&r={n}-1")
    );
    assert_eq!(
        (link["provider"].as_str(), link["state"].as_str()),
        (Some("template"), Some("pending"))
    );
    assert_eq!(
        (link["amount"].as_str(), link["currency"].as_str()),
        (Some("215.50"), Some("USD"))
    );
    assert_eq!(link["created"], true);
    let before = snapshot(&d.db);
    let again = d.json(&["order", "link", &n, "--json"]);
    assert_eq!(
        (again["url"].clone(), again["created"].clone()),
        (link["url"].clone(), Value::Bool(false))
    );
    assert!(
        snapshot(&d.db) == before,
        "returning the live link writes nothing"
    );
    let plain = d.ok(&["order", "link", &n]);
    assert_eq!(plain.trim(), link["url"].as_str().unwrap());
    let summary = d.ok(&["order", "summary", &n]);
    assert!(summary.contains(link["url"].as_str().unwrap()), "{summary}");
}

#[test]
fn order_link_with_a_fixed_provider_and_per_product_links() {
    on_each_engine(order_link_with_a_fixed_provider_and_per_product_links_on);
}

fn order_link_with_a_fixed_provider_and_per_product_links_on() {
    let d = Desk::with_catalog();
    d.write_config(
        "[payment_link]\nprovider = \"fixed\"\nfixed_url = \"https://pay.example/deposit\"\n\
         [payment_link.products]\n\"TOTE-NAT\" = { provider = \"template\", url = \"https://tote.example/{order_no}\" }\n",
    );
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]).to_string();
    let link = d.json(&["order", "link", &n, "--json"]);
    assert_eq!(
        (link["provider"].as_str(), link["url"].as_str()),
        (Some("fixed"), Some("https://pay.example/deposit"))
    );
    let tote = d.new_order("Bo", &["TOTE-NAT:1"]).to_string();
    let link = d.json(&["order", "link", &tote, "--json"]);
    assert_eq!(link["url"], format!("https://tote.example/{tote}"));
    assert_eq!(link["provider"], "template");
}

#[test]
fn order_link_refusals_change_nothing() {
    on_each_engine(order_link_refusals_change_nothing_on);
}

fn order_link_refusals_change_nothing_on() {
    let d = templated();
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]).to_string();
    d.refused(&["order", "link", "9999"], &["no order #9999"]);
    d.refused(
        &["order", "link", &n, "--provider", "paypal"],
        &["paypal", "fixed, template, stripe"],
    );
    d.refused(
        &["order", "link", &n, "--provider", "fixed"],
        &["payment_link.fixed_url"],
    );
    d.ok(&["order", "pay", &n, "--amount", "35.50", "--method", "cash"]);
    d.refused(&["order", "link", &n], &["nothing left to pay"]);
    let c = d.new_order("Bo", &["SCF-RED:1"]).to_string();
    d.ok(&["order", "cancel", &c]);
    d.refused(&["order", "link", &c], &["cancelled"]);
    let bare = Desk::with_catalog();
    let m = bare.new_order("Cy", &["SCF-RED:1"]).to_string();
    bare.refused(
        &["order", "link", &m],
        &["no payment link is configured", "payment_link.provider"],
    );
}

#[test]
fn config_mistakes_in_payment_settings_are_named() {
    on_each_engine(config_mistakes_in_payment_settings_are_named_on);
}

fn config_mistakes_in_payment_settings_are_named_on() {
    let d = Desk::with_catalog();
    for (toml, words) in [
        (
            "[payment_link]\nprovider = \"paypal\"\n",
            &["payment_link.provider", "paypal"][..],
        ),
        ("[payment_link]\nprovider = \"fixed\"\n", &["fixed_url"][..]),
        (
            "[payment_link]\nfixed_url = \"pay.example\"\n",
            &["payment_link.fixed_url", "https://"][..],
        ),
        (
            "[payment_link]\non_expiry = \"burn\"\n",
            &["payment_link.on_expiry", "keep", "release"][..],
        ),
        (
            "[payment_link.products]\nGIFT = { provider = \"fixed\" }\n",
            &["payment_link.products.\"GIFT\"", "url"][..],
        ),
        (
            "[payment_link.products]\nGIFT = { provider = \"template\", url = \"https://x/{nope}\" }\n",
            &["{nope}"][..],
        ),
        (
            "[reminders]\nhours = [24, 2]\n",
            &["reminders.hours", "increase"][..],
        ),
        (
            "[reminders]\ntemplate = \"{balance}\"\n",
            &["reminders.template", "{balance}"][..],
        ),
        (
            "[webhook]\nlisten = \"everywhere\"\n",
            &["webhook.listen", "127.0.0.1:8787"][..],
        ),
        ("[hooks]\non_paid = \"x\"\n", &["on_paid"][..]),
    ] {
        d.write_config(toml);
        d.refused(&["order", "list"], words);
    }
}

#[test]
fn the_default_config_documents_and_round_trips_the_payment_settings() {
    on_each_engine(the_default_config_documents_and_round_trips_the_payment_settings_on);
}

fn the_default_config_documents_and_round_trips_the_payment_settings_on() {
    let d = Desk::new();
    let text = d.ok(&["config", "--print-default"]);
    for want in [
        "[reminders]",
        "hours = [",
        "[webhook]",
        "[hooks]",
        "on_payment",
        "on_expiry = \"keep\"",
        "STRIPE_API_KEY",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    d.write_config(&text);
    d.ok(&["config"]);
}

const STRIPE_EXPORT: &str = "id,Description,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer Email,PaymentIntent ID,order_no (metadata)
ch_A,Order #{A} · My Shop,2026-03-01 12:00,35.50,0.00,usd,Paid,a@example.com,pi_A,{A}
ch_B,=HYPERLINK(\"http://evil\"),2026-03-01 12:05,20.00,0.00,usd,Paid,b@example.com,pi_B,
ch_C,Order #{C},2026-03-01 12:10,50.00,0.00,usd,Failed,c@example.com,pi_C,{C}
ch_D,Order #{C},2026-03-01 12:10,99.00,0.00,usd,Paid,c@example.com,pi_D,{C}
";

#[test]
fn payments_import_reconciles_a_stripe_export_once() {
    on_each_engine(payments_import_reconciles_a_stripe_export_once_on);
}

fn payments_import_reconciles_a_stripe_export_once_on() {
    let d = Desk::with_catalog();
    let a = d.confirmed_order("Ann", &["SCF-RED:1"]);
    let c = d.confirmed_order("Cy", &["TEE-WHT-S:2"]);
    let claimed = d.confirmed_order("Di", &["TEE-WHT-S:1"]);
    d.ok(&[
        "order",
        "pay",
        &claimed.to_string(),
        "--amount",
        "25",
        "--method",
        "pix",
        "--claimed",
    ]);
    let file = d.path("unified_payments.csv");
    fs::write(
        &file,
        STRIPE_EXPORT
            .replace("{A}", &a.to_string())
            .replace("{C}", &c.to_string()),
    )
    .unwrap();
    let out = d.json(&[
        "payments",
        "import",
        file.to_str().unwrap(),
        "--format",
        "stripe",
        "--json",
    ]);
    let outcomes: Vec<&str> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "recorded",
            "no_order",
            "not_paid",
            "manual_review",
            "claim_without_provider_row"
        ]
    );
    assert_eq!(out["counts"]["recorded"], 1);
    assert_eq!(out["changed"], true);
    let order = d.order(a);
    assert_eq!(order["payment_status"], "paid");
    assert_eq!(order["payments"][0]["reference"], "ch_A");
    assert_eq!(order["payments"][0]["method"], "link");
    assert_eq!(
        d.order(c)["payments"].as_array().unwrap().len(),
        0,
        "a mismatch pays nothing"
    );

    let report = d.path("unified_payments-reconciliation.csv");
    assert_eq!(out["report"], "unified_payments-reconciliation.csv");
    let rows = csv(&report);
    assert_eq!(
        rows[0],
        [
            "line",
            "outcome",
            "reference",
            "order",
            "amount",
            "currency",
            "status",
            "detail"
        ]
    );
    assert_eq!(
        rows[1][..6],
        [
            "2".to_string(),
            "recorded".into(),
            "ch_A".into(),
            a.to_string(),
            "35.50".into(),
            "USD".into()
        ]
    );
    assert_eq!(rows.len(), 6);
    // The file's details are plain English with plain decimals, whatever the reader's
    // language: as they were before the words came from the catalogs.
    let details: Vec<&str> = rows[1..].iter().map(|r| r[7].as_str()).collect();
    assert_eq!(
        details,
        [
            "recorded as a verified link payment",
            "the row names no order (no order number, no known id)",
            "status 'Failed' is not money received",
            &format!("order #{c} owes 50.00 but the row paid 99.00"),
            "the customer's claim of $25.00 (pix) has no row in this report",
        ]
    );

    let before = snapshot(&d.db);
    let again = d.json(&[
        "payments",
        "import",
        file.to_str().unwrap(),
        "--format",
        "stripe",
        "--json",
    ]);
    assert!(
        snapshot(&d.db) == before,
        "importing the same file twice changes nothing"
    );
    assert_eq!(again["changed"], false);
    assert_eq!(again["counts"]["already_recorded"], 2, "{again}");
    assert_eq!(d.order(a)["payments"].as_array().unwrap().len(), 1);

    // A Brazilian reads each row in Portuguese, the review's reason in her money's form.
    let out = d
        .cmd()
        .env("LANG", "pt_BR.UTF-8")
        .args([
            "payments",
            "import",
            file.to_str().unwrap(),
            "--format",
            "stripe",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    for words in [
        "linha 2: já registrado, já importada antes (registrado)",
        "linha 4: não pago, a situação 'Failed' não é dinheiro recebido",
        ": aviso sem linha no extrato, o aviso do cliente de $ 25,00 (Pix) não tem linha neste extrato",
    ] {
        assert!(said.contains(words), "{words:?} not in:\n{said}");
    }
    assert!(said.contains("já registrado: 2"), "{said}");
    for english in ["imported before", "not money received", "has no row"] {
        assert!(!said.contains(english), "{english:?} in:\n{said}");
    }
}

#[test]
fn payments_import_reads_a_bank_file_through_the_map() {
    on_each_engine(payments_import_reads_a_bank_file_through_the_map_on);
}

fn payments_import_reads_a_bank_file_through_the_map_on() {
    let d = Desk::with_catalog();
    let a = d.confirmed_order("Ann", &["SCF-RED:1"]);
    let file = d.path("extrato.csv");
    fs::write(&file, format!("Data;Historico;Valor;Documento\n01/03/2026;PIX pedido #{a};35,50;E2E77\n01/03/2026;TARIFA;-1,00;T1\n")).unwrap();
    let out_path = d.path("out/rec.csv");
    let stderr = String::from_utf8(
        d.cmd()
            .args([
                "payments",
                "import",
                file.to_str().unwrap(),
                "--format",
                "mapped",
                "--map",
                "Valor=amount",
                "--map",
                "Documento=reference",
                "--map",
                "Historico=description",
                "--out",
                out_path.to_str().unwrap(),
            ])
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(
        stderr.contains("recorded: 1") && stderr.contains("not paid: 1"),
        "{stderr}"
    );
    let rows = csv(&out_path);
    assert_eq!(
        (rows[1][1].as_str(), rows[2][1].as_str()),
        ("recorded", "not_paid")
    );
    assert_eq!(rows[2][4], "-1.00", "a debit stays a number");
    let order = d.order(a);
    assert_eq!(
        (
            order["payment_status"].as_str(),
            order["payments"][0]["method"].as_str()
        ),
        (Some("paid"), Some("transfer"))
    );
}

#[test]
fn payments_import_refusals_change_nothing() {
    on_each_engine(payments_import_refusals_change_nothing_on);
}

fn payments_import_refusals_change_nothing_on() {
    let d = Desk::with_catalog();
    let a = d.confirmed_order("Ann", &["SCF-RED:1"]);
    let broken = d.path("broken.csv");
    fs::write(&broken, format!("id,Amount,Currency,Status,order_no (metadata)\nch_1,35.50,usd,Paid,{a}\nch_2,lots,usd,Paid,{a}\n")).unwrap();
    let f = broken.to_str().unwrap();
    d.refused(
        &["payments", "import", f, "--format", "stripe"],
        &["line 3", "amount", "broken.csv"],
    );
    assert!(
        !d.path("broken-reconciliation.csv").exists(),
        "no report for a refused file"
    );
    let short = d.path("short.csv");
    fs::write(&short, "id,Amount,Currency\nch_1,35.50\n").unwrap();
    d.refused(
        &[
            "payments",
            "import",
            short.to_str().unwrap(),
            "--format",
            "stripe",
        ],
        &["line 2", "2 fields"],
    );
    let other = d.path("other.csv");
    fs::write(&other, "when,how much\n2026-03-01,5\n").unwrap();
    let o = other.to_str().unwrap();
    d.refused(
        &["payments", "import", o, "--format", "stripe"],
        &["not a Stripe payments export", "--format mapped"],
    );
    d.refused(&["payments", "import", o, "--format", "mapped"], &["--map"]);
    d.refused(
        &[
            "payments",
            "import",
            o,
            "--format",
            "mapped",
            "--map",
            "Valor=amount",
        ],
        &["'Valor'", "when, how much"],
    );
    d.refused(
        &[
            "payments",
            "import",
            o,
            "--format",
            "mapped",
            "--map",
            "how much=money",
        ],
        &["'money' is not a field"],
    );
    d.refused(
        &["payments", "import", o, "--format", "csv"],
        &["csv", "stripe, mapped"],
    );
    // A Brazilian reads what is wrong with the file in Portuguese, the money's words too.
    for (args, words) in [
        (
            vec!["payments", "import", f, "--format", "stripe"],
            "linha 3: a coluna amount: 'lots' não é um valor",
        ),
        (
            vec!["payments", "import", o, "--format", "stripe"],
            "então não é uma exportação de pagamentos do Stripe (colunas: when, how much)",
        ),
        (
            vec![
                "payments",
                "import",
                o,
                "--format",
                "mapped",
                "--map",
                "how much=money",
            ],
            "'money' não é um campo",
        ),
    ] {
        let before = common::snapshot(&d.db);
        let out = d
            .cmd()
            .env("LANG", "pt_BR.UTF-8")
            .args(&args)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(said.contains(words), "{words:?} not in {said}");
        assert!(common::snapshot(&d.db) == before);
    }
    d.refused(
        &["payments", "import", "missing.csv", "--format", "stripe"],
        &["cannot read missing.csv"],
    );
    // A report that cannot be written leaves the book as it was.
    let good = d.path("good.csv");
    fs::write(
        &good,
        format!("id,Amount,Currency,Status,order_no (metadata)\nch_1,35.50,usd,Paid,{a}\n"),
    )
    .unwrap();
    fs::write(d.path("blocker"), "a file, not a folder").unwrap();
    d.refused(
        &[
            "payments",
            "import",
            good.to_str().unwrap(),
            "--format",
            "stripe",
            "--out",
            d.path("blocker/rec.csv").to_str().unwrap(),
        ],
        &["nothing was imported"],
    );
    assert_eq!(d.order(a)["payment_status"], "unpaid");
}

#[test]
fn reminders_due_lists_them_at_a_given_time_and_sent_records_one() {
    on_each_engine(reminders_due_lists_them_at_a_given_time_and_sent_records_one_on);
}

fn reminders_due_lists_them_at_a_given_time_and_sent_records_one_on() {
    let d = templated();
    let t0 = "2026-03-02T14:00:00Z";
    let n = d.json(&[
        "--now",
        t0,
        "order",
        "new",
        "--customer",
        "+1 512 555 0123",
        "--name",
        "Mei",
        "--item",
        "SCF-RED:1",
        "--json",
    ])["number"]
        .as_i64()
        .unwrap();
    let ns = n.to_string();
    d.ok(&["--now", t0, "order", "confirm", &ns]);
    d.ok(&["--now", t0, "order", "link", &ns]);
    assert_eq!(
        d.json(&[
            "--now",
            "2026-03-02T15:59:00Z",
            "reminders",
            "due",
            "--json"
        ]),
        Value::Array(vec![])
    );
    let due = d.json(&[
        "--now",
        "2026-03-02T16:00:00Z",
        "reminders",
        "due",
        "--json",
    ]);
    let r = &due[0];
    assert_eq!(
        (
            r["order"].as_i64(),
            r["step"].as_i64(),
            r["steps"].as_i64(),
            r["last"].as_bool()
        ),
        (Some(n), Some(1), Some(3), Some(false))
    );
    assert_eq!(
        (
            r["amount"].as_str(),
            r["currency"].as_str(),
            r["renew"].as_bool()
        ),
        (Some("35.50"), Some("USD"), Some(false))
    );
    assert_eq!(r["due_at"], "2026-03-02T16:00:00Z");
    assert!(
        r["text"]
            .as_str()
            .unwrap()
            .contains(&format!("https://pix.example/pay?o={n}")),
        "{r}"
    );
    assert_eq!(r["link"]["state"], "pending");
    d.refused(
        &[
            "--now",
            "2026-03-02T16:00:00Z",
            "reminders",
            "sent",
            &ns,
            "3",
        ],
        &["not the one due", "step 1"],
    );
    d.refused(
        &["--now", "2026-03-02T15:00:00Z", "reminders", "sent", &ns],
        &["no reminder of order", "due yet"],
    );
    let sent = d.json(&[
        "--now",
        "2026-03-02T16:00:00Z",
        "reminders",
        "sent",
        &ns,
        "1",
        "--json",
    ]);
    assert_eq!(
        (sent["step"].as_i64(), sent["tagged"].as_bool()),
        (Some(1), Some(false))
    );
    d.refused(
        &["--now", "2026-03-02T16:00:00Z", "reminders", "sent", &ns],
        &["due yet", "step 2"],
    );
    let sent = d.json(&[
        "--now",
        "2026-03-05T00:00:00Z",
        "reminders",
        "sent",
        &ns,
        "--json",
    ]);
    assert_eq!(
        (
            sent["step"].as_i64(),
            sent["last"].as_bool(),
            sent["tagged"].as_bool(),
            sent["renewed"].as_bool()
        ),
        (Some(3), Some(true), Some(true), Some(true))
    );
    d.refused(
        &["--now", "2026-03-09T00:00:00Z", "reminders", "sent", &ns],
        &["no reminder left"],
    );
    d.refused(&["reminders", "sent", "9999"], &["no order #9999"]);
    assert!(
        !d.ok(&["reminders", "--help"]).contains("--now"),
        "the clock flag stays hidden"
    );
}

#[test]
fn payments_sync_with_only_template_links_says_so_and_a_missing_key_changes_nothing() {
    on_each_engine(
        payments_sync_with_only_template_links_says_so_and_a_missing_key_changes_nothing_on,
    );
}

fn payments_sync_with_only_template_links_says_so_and_a_missing_key_changes_nothing_on() {
    let d = templated();
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]).to_string();
    d.ok(&["order", "link", &n]);
    let out = d.json(&["payments", "sync", "--json"]);
    assert_eq!(
        (
            out["unchecked"].as_i64(),
            out["checked"].as_array().map(Vec::len)
        ),
        (Some(1), Some(0))
    );
    // A live link past its time is expired by the sweep.
    let out = d.json(&[
        "--now",
        "2099-01-01T00:00:00Z",
        "payments",
        "sync",
        "--json",
    ]);
    assert_eq!(out["expired"][0].as_i64(), n.parse().ok());
}

/// The first time through, as a new user would: configure a template link, take it for the
/// chat, record the customer's "sent!", verify it, import the bank's report that has it,
/// and find nothing doubled.
#[test]
fn a_new_user_verifies_a_claim_and_the_report_doubles_nothing() {
    on_each_engine(a_new_user_verifies_a_claim_and_the_report_doubles_nothing_on);
}

fn a_new_user_verifies_a_claim_and_the_report_doubles_nothing_on() {
    let d = Desk::with_catalog();
    d.write_config(&format!("[shop]\nname = \"Lumen\"\n{TEMPLATE}"));
    let n = d.confirmed_order("+1 512 555 0123", &["JKT-BLK-M:1"]);
    let ns = n.to_string();
    let url = d.ok(&["order", "link", &ns]).trim().to_string();
    assert!(url.starts_with("https://pix.example/pay?o="), "{url}");
    let summary = d.ok(&["order", "summary", &ns]);
    assert!(
        summary.contains(&url),
        "the summary carries the same link: {summary}"
    );
    d.ok(&[
        "order",
        "pay",
        &ns,
        "--amount",
        "180",
        "--method",
        "pix",
        "--claimed",
        "--proof",
        "screenshot 14:02",
    ]);
    let order = d.order(n);
    assert_eq!(order["payment_status"], "claimed");
    let id = order["payments"][0]["id"].as_str().unwrap().to_string();
    d.ok(&["order", "verify", &ns, &id]);
    assert_eq!(d.order(n)["payment_status"], "paid");
    let bank = d.path("bank.csv");
    fs::write(
        &bank,
        format!("Date,Memo,Amount,Transaction\n2026-03-01,PIX #{n} Mei,180.00,E2E-900\n"),
    )
    .unwrap();
    let b = bank.to_str().unwrap();
    let map = [
        "--map",
        "Amount=amount",
        "--map",
        "Transaction=reference",
        "--map",
        "Memo=description",
    ];
    let mut args = vec!["payments", "import", b, "--format", "mapped", "--json"];
    args.extend(map);
    let out = d.json(&args);
    assert_eq!(out["rows"][0]["outcome"], "already_recorded", "{out}");
    let order = d.order(n);
    let payments = order["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 1, "nothing doubled: {order}");
    assert_eq!(
        (
            payments[0]["state"].as_str(),
            payments[0]["reference"].as_str()
        ),
        (Some("verified"), Some("E2E-900"))
    );
    assert_eq!(
        (order["paid"].as_str(), order["balance"].as_str()),
        (Some("180.00"), Some("0.00"))
    );
    let links = d.json(&["order", "show", &ns, "--json"])["journal"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|j| j["action"] == "payment link paid")
        .count();
    assert_eq!(links, 1, "the link is paid by the verified payment");
    let before = snapshot(&d.db);
    d.json(&args);
    assert!(
        snapshot(&d.db) == before,
        "and the second import changes nothing"
    );
    d.refused(&["order", "link", &ns], &["nothing left to pay"]);
}

/// A link replaced because the balance changed says why in the staff's words, the amount in
/// their money's form; the book keeps the reason as a code.
#[test]
fn a_replaced_link_says_why_in_the_staffs_language() {
    on_each_engine(a_replaced_link_says_why_in_the_staffs_language_on);
}

fn a_replaced_link_says_why_in_the_staffs_language_on() {
    let d = templated();
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]).to_string();
    d.ok(&["order", "link", &n]);
    d.ok(&["order", "pay", &n, "--amount", "10", "--method", "pix"]);
    let out = d
        .cmd()
        .env("LANG", "pt_BR.UTF-8")
        .args(["order", "link", &n])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(
            "substitui o link de modelo (cancelado): substituído: o saldo agora é $ 25,50"
        ),
        "{said}"
    );
    for english in ["replaced", "balance", "note"] {
        assert!(!said.contains(english), "{english:?} in:\n{said}");
    }
    // Scripts read the code, the same whatever the language.
    d.ok(&["order", "pay", &n, "--amount", "5", "--method", "cash"]);
    let link = d.json(&["order", "link", &n, "--json"]);
    assert_eq!(
        link["replaces"],
        serde_json::json!({
            "provider": "template",
            "state": "cancelled",
            "note": {"note": "rebalanced", "balance": {"minor": 2050, "currency": "USD"}},
        })
    );
    let note = common::book_state::query_text(
        &d.db,
        "SELECT note FROM payment_links WHERE state = 'cancelled' ORDER BY created_at LIMIT 1",
    );
    assert_eq!(
        note,
        r#"{"note":"rebalanced","balance":{"minor":2550,"currency":"USD"}}"#
    );
}
