//! Hostile input: anyone who can message the shop writes chat text and display names, a
//! report file or a network peer writes what the desk reads. Nothing of it may act on the
//! terminal, and the command line keeps its contract (`--json` exact, exit codes, an
//! unchanged book on refusal).

mod common;

use std::fs;
use std::process::Output;

use common::Desk;
use serde_json::Value;

/// Writes the clipboard (OSC 52), renames the window (OSC 0), clears the screen through the
/// one-byte C1 CSI, rings the bell and reverses the text's direction.
const EVIL: &str = "Mei\u{1b}]52;c;UGl4IGtleTogYXR0YWNrZXJAZXZpbC5leGFtcGxl\u{7}\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}Chen";

/// What a terminal would act on, as bytes: ESC, BEL, the C1 CSI (UTF-8 C2 9B), RLO.
fn acts_on_terminal(bytes: &[u8]) -> Option<&'static str> {
    let text = String::from_utf8_lossy(bytes);
    if bytes.contains(&0x1b) {
        Some("ESC")
    } else if bytes.contains(&0x07) {
        Some("BEL")
    } else if text.contains('\u{9b}') {
        Some("C1 CSI")
    } else if text.contains('\u{202e}') {
        Some("a direction override")
    } else if text.chars().any(|c| c.is_control() && c != '\n') {
        Some("another control character")
    } else {
        None
    }
}

/// Both streams are inert, and the hostile text did reach them (shown as marks), so the
/// check is not vacuous.
fn assert_inert(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        if let Some(found) = acts_on_terminal(bytes) {
            panic!(
                "{what}: {found} reached {stream}:\n{}",
                String::from_utf8_lossy(bytes).escape_debug()
            );
        }
    }
    let all = [&out.stdout[..], &out.stderr[..]].concat();
    assert!(
        String::from_utf8_lossy(&all).contains('␛'),
        "{what}: the hostile text never reached the output:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run(desk: &Desk, args: &[&str]) -> Output {
    desk.output(args)
}

/// A book whose every text field holds an escape sequence: product name, variant, alias,
/// customer name, address, note, payment reference and proof.
fn hostile_book() -> (Desk, i64) {
    let desk = Desk::new();
    let csv = desk.path("catalog.csv");
    let cell = EVIL.replace('"', "");
    fs::write(
        &csv,
        format!(
            "sku,name,variant,price,currency,stock,aliases,low_stock\n\
             JKT-1,\"Jacket {cell}\",\"Black {cell}\",180.00,USD,5,\"jk{cell}\",1\n"
        ),
    )
    .unwrap();
    desk.ok(&["catalog", "import", csv.to_str().unwrap()]);
    let address = format!("Rua {EVIL}");
    let note = format!("note {EVIL}");
    let n = desk.json(&[
        "order",
        "new",
        "--customer",
        "+1 512 555 0123",
        "--name",
        EVIL,
        "--item",
        "JKT-1:1",
        "--address",
        &address,
        "--note",
        &note,
        "--json",
    ])["number"]
        .as_i64()
        .unwrap();
    let reference = format!("ref{EVIL}");
    let proof = format!("shot{EVIL}");
    desk.ok(&[
        "order",
        "pay",
        &n.to_string(),
        "--amount",
        "10",
        "--method",
        "pix",
        "--ref",
        &reference,
        "--claimed",
        "--proof",
        &proof,
    ]);
    (desk, n)
}

#[test]
fn book_text_never_acts_on_the_terminal_from_the_command_line() {
    let (desk, n) = hostile_book();
    let n = n.to_string();
    for args in [
        &["catalog", "list"][..],
        &["customer", "list"],
        &["order", "list"],
        &["order", "show", &n],
        &["order", "summary", &n],
        &["stock", "receive", "JKT-1", "1"],
        &["order", "confirm", &n],
    ] {
        assert_inert(&args.join(" "), &run(&desk, args));
    }
    // Without a terminal, `orderdesk` prints the queue.
    assert_inert("the queue", &run(&desk, &[]));
}

#[test]
fn json_stays_exact_and_inert() {
    let (desk, n) = hostile_book();
    let out = run(&desk, &["order", "show", &n.to_string(), "--json"]);
    assert!(out.status.success());
    assert!(acts_on_terminal(&out.stdout).is_none());
    let order: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(order["customer"]["name"], EVIL, "the exact text, escaped");
    assert_eq!(order["address"], format!("Rua {EVIL}"));
    let products: Value =
        serde_json::from_slice(&run(&desk, &["catalog", "list", "--json"]).stdout).unwrap();
    assert_eq!(products[0]["name"], format!("Jacket {}", EVIL.replace('"', "")));
}

/// A WhatsApp export whose display name and messages carry escape sequences.
fn hostile_chat(desk: &Desk) -> String {
    let path = desk.path("chat.txt");
    fs::write(
        &path,
        format!(
            "12/03/2024, 14:02 - {EVIL}: I want 1 jacket {EVIL}\n\
             12/03/2024, 14:03 - {EVIL}: deliver to Rua {EVIL} 500\n\
             12/03/2024, 14:04 - {EVIL}: sent! Pix key: attacker@evil.example{EVIL}\n"
        ),
    )
    .unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_hostile_chat_is_shown_inert_by_every_chat_command() {
    let (desk, _) = hostile_book();
    let chat = hostile_chat(&desk);
    for args in [
        &["chat", "parse", &chat][..],
        &["chat", "draft", &chat],
        &["chat", "import", &chat],
        &["chat", "import", &chat],
    ] {
        assert_inert(&args.join(" "), &run(&desk, args));
    }
    let out = run(&desk, &["chat", "parse", &chat, "--json"]);
    let parsed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        parsed["messages"][0]["author"],
        EVIL.replace('\u{202e}', ""),
        "JSON keeps the name exactly as read (direction marks are never content)"
    );
    assert!(acts_on_terminal(&out.stdout).is_none());
}

#[test]
fn errors_that_echo_input_are_inert() {
    let (desk, n) = hostile_book();
    let item = format!("X{EVIL}:1");
    let out = run(
        &desk,
        &["order", "new", "--customer", "+1 512 555 0123", "--item", &item],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_inert("unknown SKU", &out);

    let (from, into) = (format!("{EVIL}x"), format!("{EVIL}y"));
    let merge = run(&desk, &["customer", "merge", &from, &into]);
    assert_eq!(merge.status.code(), Some(1));
    assert_inert("merge names", &merge);

    let bad_cell = desk.path("bad.csv");
    fs::write(
        &bad_cell,
        format!("sku,name,price\nOK-1,Name,12{}\n", EVIL.replace('"', "")),
    )
    .unwrap();
    let out = run(&desk, &["catalog", "import", bad_cell.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_inert("a bad catalog cell", &out);

    let bad_header = desk.path("header.csv");
    fs::write(&bad_header, format!("sku,name,price,{EVIL}\nOK-1,Name,12,x\n")).unwrap();
    let out = run(&desk, &["catalog", "import", bad_header.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_inert("an import column name", &out);

    let bank = desk.path("bank.csv");
    fs::write(&bank, format!("Valor,Doc\n10.00,{}\n", EVIL.replace('"', ""))).unwrap();
    let map = format!("{EVIL}=amount");
    let out = run(
        &desk,
        &["payments", "import", bank.to_str().unwrap(), "--format", "mapped", "--map", &map],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_inert("a mapped column name", &out);

    let out = run(
        &desk,
        &[
            "payments",
            "import",
            bank.to_str().unwrap(),
            "--format",
            "mapped",
            "--map",
            "Valor=amount",
            "--map",
            "Doc=reference",
        ],
    );
    assert!(acts_on_terminal(&[&out.stdout[..], &out.stderr[..]].concat()).is_none());
    let _ = n;
}

#[test]
fn skus_with_control_characters_are_refused_at_import() {
    let desk = Desk::new();
    desk.ok(&["catalog", "list"]);
    for (i, sku) in ["A\u{0}B", "A\u{1b}B", "A\u{7}B", "A\u{9b}B", "A\u{202e}B"]
        .iter()
        .enumerate()
    {
        let csv = desk.path(&format!("c{i}.csv"));
        fs::write(&csv, format!("sku,name,price\n{sku},Scarf,10\n")).unwrap();
        let err = desk.refused(
            &["catalog", "import", csv.to_str().unwrap()],
            &["line 2", "sku", "control character"],
        );
        assert!(acts_on_terminal(err.as_bytes()).is_none(), "{err:?}");
    }
}
