//! CLI contract: `paths`, `--help`, `config`, the --db/--config files and their environment
//! variables, and exit codes.

mod common;

use std::fs;
use std::path::Path;

use common::book_state::execute;
use common::{Desk, bare, fixture, on_each_engine, snapshot};
use serde_json::Value;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn siblings(path: &Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_str().unwrap().to_string();
    let mut found: Vec<String> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(&name))
        .collect();
    found.sort();
    found
}

#[test]
fn paths_prints_the_db_and_config_given() {
    on_each_engine(paths_prints_the_db_and_config_given_on);
}

fn paths_prints_the_db_and_config_given_on() {
    let desk = Desk::new();
    let text = desk.ok(&["paths"]);
    assert!(
        text.lines()
            .any(|l| l.starts_with("database") && l.ends_with(desk.db.to_str().unwrap())),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("config") && l.ends_with(desk.config.to_str().unwrap())),
        "{text}"
    );
    let json = desk.json(&["paths", "--json"]);
    assert_eq!(json["db"], desk.db.to_str().unwrap());
    assert_eq!(json["config"], desk.config.to_str().unwrap());
    assert!(!desk.db.exists(), "`paths` must not create the database");
}

#[test]
fn paths_follow_the_environment_and_default_to_the_platform_folders() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.sqlite");
    let config = dir.path().join("from-env.toml");
    let out = bare(dir.path())
        .args(["paths", "--json"])
        .env("ORDERDESK_DB", &db)
        .env("ORDERDESK_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["db"], db.to_str().unwrap());
    assert_eq!(json["config"], config.to_str().unwrap());

    // --db wins over the environment.
    let flag = dir.path().join("flag.sqlite");
    let out = bare(dir.path())
        .args(["--db", flag.to_str().unwrap(), "paths", "--json"])
        .env("ORDERDESK_DB", &db)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["db"], flag.to_str().unwrap());

    // Without either, the standard folders (HOME and XDG point into the temp dir here).
    let out = bare(dir.path()).args(["paths", "--json"]).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["db", "config", "demo_db", "logs"] {
        let path = json[key].as_str().unwrap();
        assert!(
            path.starts_with(dir.path().to_str().unwrap()),
            "{key} = {path}"
        );
    }
    assert!(json["db"].as_str().unwrap().ends_with("orderdesk.sqlite"));
}

#[test]
fn orderdesk_db_in_the_environment_is_the_book_used() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.sqlite");
    let out = bare(dir.path())
        .args([
            "catalog",
            "import",
            fixture("catalog.csv").to_str().unwrap(),
        ])
        .env("ORDERDESK_DB", &db)
        .env("ORDERDESK_CONFIG", dir.path().join("none.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(db.is_file());
    let desk = Desk {
        db,
        config: dir.path().join("none.toml"),
        dir,
    };
    assert_eq!(
        desk.json(&["catalog", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn help_lists_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = bare(dir.path()).args(["order", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in [
        "new", "edit", "confirm", "pay", "verify", "reject", "refund", "advance", "cancel", "show",
        "list", "summary",
    ] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{sub} "))),
            "order --help lacks {sub}:\n{text}"
        );
    }
    let out = bare(dir.path()).arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in [
        "catalog", "stock", "customer", "order", "report", "demo", "paths", "config",
    ] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{sub} "))),
            "--help lacks {sub}:\n{text}"
        );
    }
    let out = bare(dir.path())
        .args(["order", "pay", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for word in ["--amount", "--method", "--ref", "--claimed", "--json"] {
        assert!(
            text.contains(word),
            "order pay --help lacks {word}:\n{text}"
        );
    }
    let out = bare(dir.path())
        .args(["order", "advance", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("packing, ready, out_for_delivery, delivered"),
        "{text}"
    );
    assert!(
        !dir.path().join("xdg-data").exists(),
        "--help must not create the database"
    );
}

#[test]
fn pay_help_lists_the_methods() {
    let dir = tempfile::tempdir().unwrap();
    let out = bare(dir.path())
        .args(["order", "pay", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for method in ["cash", "transfer", "pix", "card", "link", "other"] {
        assert!(
            text.contains(method),
            "order pay --help lacks {method}:\n{text}"
        );
    }
}

// A file that is no book: SQLite only (a URL names a database, whose refusals as another
// program's or a newer orderdesk's are the tests below).
#[test]
fn a_garbage_db_file_is_refused_and_left_alone() {
    let desk = Desk::new();
    fs::write(&desk.db, "hello").unwrap();
    for args in [
        &["catalog", "list", "--json"][..],
        &["order", "list"],
        &[
            "catalog",
            "import",
            fixture("catalog.csv").to_str().unwrap(),
        ],
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            "SCF-RED:1",
        ],
    ] {
        desk.refused(
            args,
            &[desk.db.to_str().unwrap(), "is not an orderdesk database"],
        );
        assert_eq!(fs::read(&desk.db).unwrap(), b"hello");
        assert_eq!(
            siblings(&desk.db),
            ["book.sqlite"],
            "no -wal or -shm next to a foreign file"
        );
    }
    let random: Vec<u8> = (0..4096_u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&desk.db, &random).unwrap();
    desk.refused(&["order", "list"], &["is not an orderdesk database"]);
    assert_eq!(fs::read(&desk.db).unwrap(), random);
}

#[test]
fn a_folder_as_db_is_refused() {
    let desk = Desk::new();
    fs::create_dir(&desk.db).unwrap();
    let out = desk.output(&["order", "list"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("cannot open the database"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_book_from_a_newer_orderdesk_is_refused_unchanged() {
    on_each_engine(a_book_from_a_newer_orderdesk_is_refused_unchanged_on);
}

fn a_book_from_a_newer_orderdesk_is_refused_unchanged_on() {
    let desk = Desk::new();
    // Each engine keeps its schema's version its own way.
    if common::engines::on_postgres() {
        desk.ok(&["order", "list"]);
        execute(
            &desk.db,
            "INSERT INTO orderdesk_schema (version) VALUES (999)",
        );
    } else {
        let conn = rusqlite::Connection::open(&desk.db).unwrap();
        conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
            .unwrap();
        conn.execute_batch("CREATE TABLE future_things (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    desk.refused(&["order", "list"], &["newer orderdesk", "update orderdesk"]);
}

#[test]
fn another_programs_book_is_refused_unchanged() {
    on_each_engine(another_programs_book_is_refused_unchanged_on);
}

fn another_programs_book_is_refused_unchanged_on() {
    let desk = Desk::new();
    execute(
        &desk.db,
        "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');",
    );
    desk.refused(&["catalog", "list"], &["another program", "left untouched"]);
}

#[test]
fn a_bad_config_is_refused_with_its_name_and_nothing_changes() {
    on_each_engine(a_bad_config_is_refused_with_its_name_and_nothing_changes_on);
}

fn a_bad_config_is_refused_with_its_name_and_nothing_changes_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["SCF-RED:1"]).to_string();
    let cases: &[(&str, &[&str])] = &[
        ("[shop\nname = 1\n", &["is not valid", "line 1"]),
        ("[shopp]\n", &["is not valid", "shopp"]),
        ("[shop]\ncurrency = \"XYZ\"\n", &["XYZ"]),
        ("[shop]\ncountry = \"ZZ\"\n", &["shop.country"]),
        (
            "[payment_link]\nurl_template = \"https://pay.example/{nope}\"\n",
            &["payment_link.url_template"],
        ),
        ("[payment_link]\nexpiry_hours = 0\n", &["expiry_hours"]),
    ];
    for (toml, expected) in cases {
        desk.write_config(toml);
        let mut want = vec![desk.config.to_str().unwrap()];
        want.extend_from_slice(expected);
        desk.refused(&["order", "list"], &want);
        desk.refused(&["order", "confirm", &n], &want);
        desk.refused(
            &[
                "catalog",
                "import",
                fixture("catalog.csv").to_str().unwrap(),
            ],
            &want,
        );
    }
    fs::remove_file(&desk.config).unwrap();
    fs::create_dir(&desk.config).unwrap();
    desk.refused(
        &["order", "list"],
        &["cannot read the config file", desk.config.to_str().unwrap()],
    );
    fs::remove_dir(&desk.config).unwrap();
    assert_eq!(desk.order(n.parse().unwrap())["status"], "draft");
}

#[test]
fn a_bad_config_in_the_environment_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("env-config.toml");
    fs::write(&config, "[shop]\nlanguage = \"klingon\"\n").unwrap();
    let out = bare(dir.path())
        .args([
            "--db",
            dir.path().join("b.sqlite").to_str().unwrap(),
            "order",
            "list",
        ])
        .env("ORDERDESK_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains(config.to_str().unwrap()),
        "{}",
        stderr_of(&out)
    );
    assert!(
        !dir.path().join("b.sqlite").exists(),
        "a bad config stops before the database is created"
    );
}

#[test]
fn the_default_config_is_a_valid_config() {
    on_each_engine(the_default_config_is_a_valid_config_on);
}

fn the_default_config_is_a_valid_config_on() {
    let desk = Desk::new();
    let text = desk.ok(&["config", "--print-default"]);
    for section in [
        "[shop]",
        "[desk]",
        "[templates]",
        "[payment_link]",
        "url_template",
        "currency = \"USD\"",
    ] {
        assert!(text.contains(section), "{text}");
    }
    desk.write_config(&text);
    let shown = desk.ok(&["config"]);
    assert!(
        shown.contains("[shop]") && shown.contains("name = \"My Shop\""),
        "{shown}"
    );
}

#[test]
fn the_config_sets_shop_currency_and_journal_actor() {
    on_each_engine(the_config_sets_shop_currency_and_journal_actor_on);
}

fn the_config_sets_shop_currency_and_journal_actor_on() {
    let desk = Desk::new();
    desk.write_config("[shop]\ncurrency = \"BRL\"\ncountry = \"BR\"\n[desk]\nuser = \"Ana\"\n");
    let file = desk.path("loja.csv");
    fs::write(
        &file,
        "sku,name,variant,price,currency,stock\nCAM-1,Camiseta,Azul,\"49,90\",BRL,3\n",
    )
    .unwrap();
    desk.ok(&["catalog", "import", file.to_str().unwrap()]);
    assert_eq!(desk.product("CAM-1")["price"], "49.90");
    assert_eq!(desk.product("CAM-1")["currency"], "BRL");
    let o = desk.json(&[
        "order",
        "new",
        "--customer",
        "(11) 98765-4321",
        "--item",
        "CAM-1:2",
        "--delivery",
        "R$ 10,00",
        "--json",
    ]);
    assert_eq!(o["currency"], "BRL");
    assert_eq!(o["total"], "109.80");
    assert_eq!(o["customer"]["phone"], "+5511987654321");
    assert_eq!(o["journal"][0]["actor"], "Ana", "desk.user wins over $USER");
}

#[test]
fn refused_commands_leave_the_book_byte_identical() {
    on_each_engine(refused_commands_leave_the_book_byte_identical_on);
}

fn refused_commands_leave_the_book_byte_identical_on() {
    // The snapshot helper itself must notice a change, or every "nothing changed" check is void.
    let desk = Desk::with_catalog();
    let before = snapshot(&desk.db);
    desk.ok(&["stock", "receive", "TOTE-NAT", "1"]);
    assert!(
        snapshot(&desk.db) != before,
        "a successful write must change the snapshot"
    );
    let settled = snapshot(&desk.db);
    desk.ok(&["order", "list", "--json"]);
    assert!(
        snapshot(&desk.db) == settled,
        "a read must not change the snapshot"
    );
}

#[test]
fn usage_errors_change_nothing_and_say_what_is_wrong() {
    on_each_engine(usage_errors_change_nothing_and_say_what_is_wrong_on);
}

fn usage_errors_change_nothing_and_say_what_is_wrong_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["SCF-RED:1"]).to_string();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "order",
                "new",
                "--customer",
                "Ann",
                "--new-customer",
                "--item",
                "SCF-RED:abc",
            ],
            "whole number",
        ),
        (
            &["order", "pay", &n, "--amount", "10", "--method", "bitcoin"],
            "bitcoin",
        ),
        (
            &["order", "pay", &n, "--amount", "-5", "--method", "cash"],
            "more than zero",
        ),
        (&["order", "advance", &n, "confirmed"], "confirmed"),
        (&["order", "show", "abc"], "abc"),
        (&["stock", "receive", "SCF-RED", "abc"], "abc"),
        (&["report", "daily", "--date", "2024-13-01"], "2024-13-01"),
        (&["order", "frobnicate"], "frobnicate"),
    ];
    for (args, word) in cases {
        let out = desk.refused_any_code(args, &[word]);
        assert_ne!(out.status.code(), Some(0));
    }
}

#[test]
fn usage_errors_exit_1() {
    on_each_engine(usage_errors_exit_1_on);
}

fn usage_errors_exit_1_on() {
    let desk = Desk::with_catalog();
    let n = desk.new_order("Ann", &["SCF-RED:1"]).to_string();
    let cases: &[&[&str]] = &[
        &[
            "order",
            "new",
            "--customer",
            "Ann",
            "--new-customer",
            "--item",
            "SCF-RED:abc",
        ],
        &["order", "pay", &n, "--amount", "10", "--method", "bitcoin"],
        &["order", "pay", &n, "--amount", "-5", "--method", "cash"],
        &["order", "advance", &n, "confirmed"],
        &["order", "show", "abc"],
        &["stock", "receive", "SCF-RED", "abc"],
        &["report", "daily", "--date", "2024-13-01"],
    ];
    for args in cases {
        desk.refused(args, &[]);
    }
}

#[test]
fn setup_asks_the_shop_and_writes_the_config() {
    on_each_engine(setup_asks_the_shop_and_writes_the_config_on);
}

fn setup_asks_the_shop_and_writes_the_config_on() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .arg("setup")
        .write_stdin("\nLoja Azul\nbr\n\n\n")
        .output()
        .unwrap();
    let said = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("type the name your customers see"), "{said}");
    assert!(
        said.contains("Currency") && said.contains("[BRL]"),
        "{said}"
    );
    let config = fs::read_to_string(&desk.config).unwrap();
    for line in [
        "name = \"Loja Azul\"",
        "currency = \"BRL\"",
        "country = \"BR\"",
        "language = \"pt\"",
        "names = [\"Loja Azul\"]",
    ] {
        assert!(config.contains(line), "{line} missing:\n{config}");
    }
    // The desk and every command read it.
    let shown = desk.ok(&["config"]);
    assert!(
        shown.contains("Loja Azul") && shown.contains("BRL"),
        "{shown}"
    );
    // Never over an existing file; said in the language the file now gives the staff.
    let again = desk.cmd().arg("setup").write_stdin("X\n").output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr_of(&again).contains("já existe"),
        "{}",
        stderr_of(&again)
    );
    // Running out of answers writes nothing.
    let other = Desk::new();
    let out = other
        .cmd()
        .arg("setup")
        .write_stdin("Shop\nZZ\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(!other.config.exists());
}

#[test]
fn setup_takes_an_australian_shop() {
    on_each_engine(setup_takes_an_australian_shop_on);
}

/// Australia is a country the desk knows: setup offers AUD, English and day-first dates for
/// it, and the shop's customers are then read by their Australian numbers however written.
fn setup_takes_an_australian_shop_on() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .arg("setup")
        .write_stdin("Koala Gifts\nau\n\n\n")
        .output()
        .unwrap();
    let said = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("[AUD]"), "{said}");
    let config = fs::read_to_string(&desk.config).unwrap();
    for line in [
        "currency = \"AUD\"",
        "country = \"AU\"",
        "language = \"en\"",
        "date_order = \"dmy\"",
    ] {
        assert!(config.contains(line), "{line} missing:\n{config}");
    }
    let printed = desk.ok(&["customer", "add", "Olivia", "--phone", "0412 555 123"]);
    assert_eq!(printed.trim(), "Olivia +61412555123");
    let again = desk.ok(&["customer", "add", "Liv", "--phone", "+61 (0)412 555 123"]);
    assert_eq!(again.trim(), "Olivia +61412555123");
    let listed = desk.ok(&["customer", "list"]);
    assert!(listed.contains("+61 412 555 123"), "{listed}");
    // A number a digit short is refused, naming it.
    desk.refused(
        &["customer", "add", "Jack", "--phone", "0412 555 12"],
        &["0412 555 12"],
    );
}
