//! The paste-to-draft contract: `chat parse`, `chat draft`, `chat import`.

mod common;

use std::path::PathBuf;

use common::{Desk, on_each_engine};

fn chat(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/chat")
        .join(name)
}

/// A desk with the chat fixtures' catalog and the shops of the fixtures configured.
fn shop() -> Desk {
    let desk = Desk::new();
    desk.write_config("[shop]\nnames = [\"Vento Sul Modas\", \"Golden Crust Bakery\", \"Northside Threads\", \"Boris Ivanov\"]\ncountry = \"US\"\n");
    let catalog = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalog.csv");
    desk.ok(&["catalog", "import", catalog.to_str().unwrap()]);
    desk
}

#[test]
fn parse_prints_messages_in_the_contract_shape() {
    on_each_engine(parse_prints_messages_in_the_contract_shape_on);
}

fn parse_prints_messages_in_the_contract_shape_on() {
    let desk = Desk::new();
    let v = desk.json(&[
        "chat",
        "parse",
        chat("android_24h_dmy.txt").to_str().unwrap(),
        "--json",
    ]);
    let messages = v["messages"].as_array().unwrap();
    assert!(messages.len() >= 3);
    for m in messages {
        assert!(m["date"].as_str().unwrap().len() == 10, "{m}");
        assert!(m["time"].as_str().unwrap().contains(':'), "{m}");
        assert!(m["text"].is_string());
        assert!(m["author"].is_string() || m["author"].is_null());
    }
    assert!(v["warnings"].is_array());
}

#[test]
fn parse_reads_standard_input_and_survives_broken_bytes() {
    on_each_engine(parse_reads_standard_input_and_survives_broken_bytes_on);
}

fn parse_reads_standard_input_and_survives_broken_bytes_on() {
    let desk = Desk::new();
    let mut bytes = b"[3/10/24, 2:05 PM] Mei: 2 jackets please \xff\xfe\n".to_vec();
    bytes.extend_from_slice(b"[3/10/24, 2:06 PM] Mei: size M\n");
    let out = desk
        .cmd()
        .args(["chat", "parse", "-", "--json"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["messages"].as_array().unwrap().len(), 2);
    assert_eq!(v["messages"][0]["time"], "14:05");
    assert_eq!(v["messages"][1]["text"], "size M");
}

#[test]
fn draft_reads_the_catalog_and_writes_nothing() {
    on_each_engine(draft_reads_the_catalog_and_writes_nothing_on);
}

fn draft_reads_the_catalog_and_writes_nothing_on() {
    let desk = shop();
    let before = common::snapshot(&desk.db);
    let file = chat("drafts/pt_pix_endereco.txt");
    let v = desk.json(&["chat", "draft", file.to_str().unwrap(), "--json"]);
    assert_eq!(
        common::snapshot(&desk.db),
        before,
        "chat draft must not write"
    );
    let drafts = v["drafts"].as_array().unwrap();
    assert_eq!(
        drafts.len(),
        1,
        "the shop's own messages are not a customer: {v}"
    );
    let d = &drafts[0];
    assert_eq!(d["customer"]["phone"], "+5511987654321");
    assert_eq!(d["customer"]["name"], "Joana Prado");
    let items = d["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for i in items {
        assert!(i["sku"].is_string() && i["qty"].as_i64().unwrap() >= 1);
        assert!(i["confidence"].as_u64().unwrap() <= 100);
        assert!(i["source"].is_u64());
    }
    assert!(
        d["delivery_address"]
            .as_str()
            .unwrap()
            .contains("Rua Augusta, 1500")
    );
    assert_eq!(d["paid_claimed"]["amount"], "195.00");
    assert_eq!(d["paid_claimed"]["currency"], "BRL");
    assert_eq!(d["paid_claimed"]["method"], "pix", "{d}");
    assert!(d["unmatched"].is_array() && d["warnings"].is_array());
}

#[test]
fn import_creates_drafts_once() {
    on_each_engine(import_creates_drafts_once_on);
}

fn import_creates_drafts_once_on() {
    let desk = shop();
    let file = chat("drafts/group_two_customers.txt");
    let out = desk.ok(&["chat", "import", file.to_str().unwrap()]);
    let numbers: Vec<i64> = out.lines().map(|l| l.trim().parse().unwrap()).collect();
    assert_eq!(numbers.len(), 2, "one draft order per customer: {out}");
    for n in &numbers {
        let o = desk.order(*n);
        assert_eq!(o["status"], "draft");
        assert!(!o["lines"].as_array().unwrap().is_empty());
    }
    // The same paste again: nothing new, exit 1, and the book is unchanged.
    let before = common::snapshot(&desk.db);
    let err = desk.refused(
        &["chat", "import", file.to_str().unwrap()],
        &["already exists as #"],
    );
    assert!(err.contains(&format!("#{}", numbers[0])), "{err}");
    assert_eq!(common::snapshot(&desk.db), before);
}

#[test]
fn a_claim_in_the_chat_is_a_claim_not_a_payment() {
    on_each_engine(a_claim_in_the_chat_is_a_claim_not_a_payment_on);
}

fn a_claim_in_the_chat_is_a_claim_not_a_payment_on() {
    let desk = Desk::new();
    desk.write_config(
        "[shop]\nnames = [\"Vento Sul Modas\"]\ncurrency = \"BRL\"\ncountry = \"BR\"\n",
    );
    let catalog = desk.path("catalog.csv");
    std::fs::write(
        &catalog,
        "sku,name,variant,price,currency,stock,aliases\n\
         TEE-WHT-G,Camiseta,Branca / G,45.00,BRL,10,camiseta\n\
         DEN-BLK-M,Jaqueta Jeans,Preta / M,60.00,BRL,5,jaqueta jeans\n",
    )
    .unwrap();
    desk.ok(&["catalog", "import", catalog.to_str().unwrap()]);
    let file = chat("drafts/pt_pix_endereco.txt");
    let n: i64 = desk
        .ok(&["chat", "import", file.to_str().unwrap()])
        .trim()
        .parse()
        .unwrap();
    let o = desk.order(n);
    assert_eq!(o["payment_status"], "claimed");
    assert_eq!(o["claimed"], "195.00");
    assert_eq!(o["paid"], "0.00");
    assert_eq!(o["payments"][0]["state"], "claimed");

    // The reference the customer gives goes with the claim, for whoever verifies it.
    let paste = desk.path("ref.txt");
    std::fs::write(
        &paste,
        "10/03/2024 15:00 - Carla Mendes: Quero 1 camiseta branca G\n\
         10/03/2024 15:02 - Vento Sul Modas: Anotado! R$ 45,00\n\
         10/03/2024 15:05 - Carla Mendes: pix feito, comprovante nº 4471-2\n",
    )
    .unwrap();
    let n: i64 = desk
        .ok(&["chat", "import", paste.to_str().unwrap()])
        .trim()
        .parse()
        .unwrap();
    let o = desk.order(n);
    assert_eq!(o["claimed"], "45.00", "{o}");
    assert_eq!(o["payments"][0]["reference"], "4471-2", "{o}");
    // "pix feito" names the way of paying: the claim is recorded as a Pix to verify.
    assert_eq!(o["payments"][0]["method"], "pix", "{o}");
}

#[test]
fn a_paste_without_customers_is_refused() {
    on_each_engine(a_paste_without_customers_is_refused_on);
}

fn a_paste_without_customers_is_refused_on() {
    let desk = shop();
    let paste = desk.path("shop_only.txt");
    std::fs::write(
        &paste,
        "[3/10/24, 2:05 PM] Northside Threads: we open at 9 tomorrow\n",
    )
    .unwrap();
    let before = common::snapshot(&desk.db);
    desk.refused(
        &["chat", "import", paste.to_str().unwrap()],
        &["no customer messages"],
    );
    assert_eq!(common::snapshot(&desk.db), before);
    desk.refused(
        &["chat", "import", desk.path("missing.txt").to_str().unwrap()],
        &["cannot read"],
    );
}

#[test]
fn same_as_last_time_comes_from_the_book() {
    on_each_engine(same_as_last_time_comes_from_the_book_on);
}

fn same_as_last_time_comes_from_the_book_on() {
    let desk = shop();
    let first = desk.dir.path().join("first.txt");
    std::fs::write(
        &first,
        "[3/1/24, 10:00:00 AM] Ines Duarte: Hi! 2 basic tees in white size L and a red scarf please\n\
         [3/1/24, 10:02:00 AM] Northside Threads: Noted! $85 in total\n\
         [3/1/24, 10:03:00 AM] Ines Duarte: Deliver to 12 Elm Street, Springfield\n",
    )
    .unwrap();
    desk.ok(&["chat", "import", first.to_str().unwrap()]);

    let second = desk.dir.path().join("second.txt");
    std::fs::write(
        &second,
        "[4/2/24, 9:00:00 AM] Ines Duarte: Hello again! Same as last time please, same address\n",
    )
    .unwrap();
    let v = desk.json(&["chat", "draft", second.to_str().unwrap(), "--json"]);
    let d = &v["drafts"][0];
    let mut items: Vec<(String, i64)> = d["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["sku"].as_str().unwrap().to_string(),
                i["qty"].as_i64().unwrap(),
            )
        })
        .collect();
    items.sort();
    assert_eq!(
        items,
        [
            ("SCF-WOL-RED".to_string(), 1),
            ("TEE-BAS-WHT-L".to_string(), 2)
        ],
        "{v}"
    );
    assert_eq!(d["delivery_address"], "12 Elm Street, Springfield", "{v}");
}

#[test]
fn catalog_alias_teaches_every_later_draft() {
    on_each_engine(catalog_alias_teaches_every_later_draft_on);
}

fn catalog_alias_teaches_every_later_draft_on() {
    let desk = shop();
    let paste = desk.dir.path().join("paste.txt");
    std::fs::write(
        &paste,
        "[3/1/24, 10:00:00 AM] Ines Duarte: Hi! 2 muffleys in red please\n",
    )
    .unwrap();
    let skus = |v: &serde_json::Value| -> Vec<(String, i64)> {
        v["drafts"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["items"].as_array().unwrap().clone())
            .map(|i| {
                (
                    i["sku"].as_str().unwrap().to_string(),
                    i["qty"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    let draft = || desk.json(&["chat", "draft", paste.to_str().unwrap(), "--json"]);
    assert!(skus(&draft()).is_empty(), "an unknown word is not guessed");

    let added = desk.output(&["catalog", "alias", "add", "muffleys", "SCF-WOL-RED"]);
    assert!(added.status.success());
    let said = String::from_utf8_lossy(&added.stderr);
    assert!(
        said.contains("muffleys") && said.contains("SCF-WOL-RED"),
        "the command says what it learned: {said}"
    );
    assert_eq!(skus(&draft()), [("SCF-WOL-RED".to_string(), 2)]);
    let list = desk.json(&["catalog", "alias", "list", "--json"]);
    assert_eq!(list[0]["phrase"], "muffleys");
    assert_eq!(list[0]["sku"], "SCF-WOL-RED");
    assert!(desk.ok(&["catalog", "alias", "list"]).contains("muffleys"));

    desk.refused(
        &["catalog", "alias", "add", "scarfies", "NOPE-1"],
        &["NOPE-1", "nothing was changed"],
    );
    desk.refused(
        &["catalog", "alias", "remove", "scarfies"],
        &["scarfies", "nothing was changed"],
    );
    desk.ok(&["catalog", "alias", "remove", "Muffleys"]);
    assert!(skus(&draft()).is_empty());
    assert_eq!(
        desk.json(&["catalog", "alias", "list", "--json"]),
        serde_json::json!([])
    );
}
