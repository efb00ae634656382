//! The command line in the staff's language: which language wins (desk.language,
//! shop.language, then LC_ALL / LC_MESSAGES / LANG), the locale's money and dates in human
//! output, `--json` left locale-free, and the demo shop of each language.

mod common;

use common::{Desk, on_each_engine};

fn run(desk: &Desk, env: &[(&str, &str)], args: &[&str]) -> (String, String, i32) {
    let mut cmd = desk.cmd();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("run orderdesk");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// A Brazilian demo shop in this desk's book.
fn brazilian_demo() -> Desk {
    let desk = Desk::new();
    let (_, err, code) = run(&desk, &[], &["demo", "--language", "pt", "--orders", "12"]);
    assert_eq!(code, 0, "{err}");
    desk
}

#[test]
fn the_demo_comes_in_each_language_with_a_shop_of_its_kind() {
    on_each_engine(the_demo_comes_in_each_language_with_a_shop_of_its_kind_on);
}

fn the_demo_comes_in_each_language_with_a_shop_of_its_kind_on() {
    for (language, currency, phone, product) in [
        ("pt", "BRL", "+5511", "Camiseta Básica"),
        ("es", "MXN", "+5255", "Playera Básica"),
        ("de", "EUR", "+49171", "Leinenhemd"),
        ("en", "USD", "+1512", "Basic Tee"),
    ] {
        let desk = Desk::new();
        let (_, err, code) = run(
            &desk,
            &[],
            &["demo", "--language", language, "--orders", "8"],
        );
        assert_eq!(code, 0, "{language}: {err}");
        let products = desk.json(&["catalog", "list", "--json"]);
        let products = products.as_array().unwrap();
        assert!(
            products.iter().all(|p| p["currency"] == currency),
            "{language}"
        );
        assert!(
            products.iter().any(|p| p["name"] == product),
            "{language}: no {product} in {products:?}"
        );
        let customers = desk.json(&["customer", "list", "--json"]);
        let first = customers.as_array().unwrap().first().unwrap();
        assert!(
            first["phone"].as_str().unwrap().starts_with(phone),
            "{language}: {first}"
        );
    }
}

#[test]
fn lang_chooses_the_language_when_the_config_says_nothing() {
    on_each_engine(lang_chooses_the_language_when_the_config_says_nothing_on);
}

fn lang_chooses_the_language_when_the_config_says_nothing_on() {
    let desk = brazilian_demo();
    let env = [("LANG", "pt_BR.UTF-8")];
    let (out, _, code) = run(&desk, &env, &["order", "list", "--limit", "40"]);
    assert_eq!(code, 0);
    assert!(out.contains("R$ "), "{out}");
    assert!(
        out.contains("aguardando pgto") || out.contains("conferir pgto"),
        "{out}"
    );
    let (shown, _, _) = run(&desk, &env, &["order", "show", "1003"]);
    assert!(shown.starts_with("Pedido #1003"), "{shown}");
    assert!(shown.contains("Cliente: "), "{shown}");
    // dd/mm/yyyy hh:mm
    let created = shown.lines().next().unwrap();
    assert!(
        created.contains('/') && !created.contains("-0") && !created.contains(" v"),
        "{created}"
    );
    // LC_MESSAGES wins over LANG, LC_ALL over both.
    let (de, _, _) = run(
        &desk,
        &[("LANG", "pt_BR.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")],
        &["order", "show", "1003"],
    );
    assert!(de.starts_with("Bestellung #1003"), "{de}");
    assert!(de.contains(",00 R$"), "German puts the symbol after: {de}");
    let (es, _, _) = run(
        &desk,
        &[("LC_ALL", "es_MX.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")],
        &["order", "show", "1003"],
    );
    assert!(es.starts_with("Pedido #1003"), "{es}");
    assert!(
        es.contains("Entregar en: ") || es.contains("Cliente: "),
        "{es}"
    );
}

#[test]
fn the_config_wins_over_lang_and_desk_language_over_the_shop() {
    on_each_engine(the_config_wins_over_lang_and_desk_language_over_the_shop_on);
}

fn the_config_wins_over_lang_and_desk_language_over_the_shop_on() {
    let desk = brazilian_demo();
    desk.write_config("[shop]\nlanguage = \"de\"\n");
    let (out, _, _) = run(
        &desk,
        &[("LANG", "pt_BR.UTF-8")],
        &["order", "show", "1003"],
    );
    assert!(out.starts_with("Bestellung #1003"), "{out}");
    desk.write_config("[shop]\nlanguage = \"de\"\n[desk]\nlanguage = \"pt-PT\"\n");
    let (out, _, _) = run(
        &desk,
        &[("LANG", "en_US.UTF-8")],
        &["order", "show", "1003"],
    );
    assert!(out.starts_with("Encomenda #1003"), "{out}");
}

#[test]
fn json_stays_locale_free() {
    on_each_engine(json_stays_locale_free_on);
}

fn json_stays_locale_free_on() {
    let desk = brazilian_demo();
    let env = [("LANG", "pt_BR.UTF-8")];
    let (out, _, code) = run(&desk, &env, &["order", "show", "1003", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let total = v["total"].as_str().unwrap();
    assert!(
        total.contains('.') && !total.contains(',') && !total.contains("R$"),
        "{total}"
    );
    assert!(
        v["created_at"].as_str().unwrap().contains('T'),
        "ISO dates: {v}"
    );
}

#[test]
fn messages_and_errors_in_the_staff_language() {
    on_each_engine(messages_and_errors_in_the_staff_language_on);
}

fn messages_and_errors_in_the_staff_language_on() {
    let desk = brazilian_demo();
    let (_, err, code) = run(
        &desk,
        &[("LANG", "pt_BR.UTF-8")],
        &["order", "show", "99999"],
    );
    assert_eq!(code, 1);
    assert!(err.starts_with("erro: "), "{err}");
    let (_, err, _) = run(
        &desk,
        &[("LANG", "de_DE.UTF-8")],
        &["report", "daily", "--out", "r"],
    );
    assert!(
        err.contains("Bestellungen und") || err.contains("Bestellung und"),
        "{err}"
    );
    // The webhook endpoint's refusal, and an empty day in Brazil is none of anything.
    let mut cmd = desk.cmd();
    cmd.env("LANG", "pt_BR.UTF-8")
        .env_remove("STRIPE_WEBHOOK_SECRET")
        .args(["webhook", "serve", "--listen", "127.0.0.1:0"]);
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("STRIPE_WEBHOOK_SECRET não está definida"),
        "{err}"
    );
    let (_, err, code) = run(
        &desk,
        &[("LANG", "pt_BR.UTF-8")],
        &[
            "--now",
            "2030-01-01T12:00:00Z",
            "report",
            "daily",
            "--out",
            "r2",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 pedidos e 0 pagamentos"), "{err}");
    // A parsed chat's days in the reader's form; its JSON stays ISO.
    let chat = desk.path("chat.txt");
    std::fs::write(&chat, "[29/11/2026, 10:02] Carla: oi!\n").unwrap();
    let chat = chat.to_str().unwrap();
    let (out, err, code) = run(&desk, &[("LANG", "de_DE.UTF-8")], &["chat", "parse", chat]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("29.11.2026 10:02"), "{out}");
    let (out, _, _) = run(
        &desk,
        &[("LANG", "de_DE.UTF-8")],
        &["chat", "parse", chat, "--json"],
    );
    assert!(out.contains("\"2026-11-29\""), "{out}");
}

#[test]
fn summaries_follow_the_shop_language_not_the_staff() {
    on_each_engine(summaries_follow_the_shop_language_not_the_staff_on);
}

fn summaries_follow_the_shop_language_not_the_staff_on() {
    let desk = brazilian_demo();
    // Staff read German; the customers are in Portugal.
    desk.write_config(
        "[shop]\nlanguage = \"pt\"\ncountry = \"PT\"\ncurrency = \"BRL\"\n[desk]\nlanguage = \"de\"\n",
    );
    let (summary, err, code) = run(&desk, &[], &["order", "summary", "1003"]);
    assert_eq!(code, 0, "{err}");
    assert!(summary.contains("Encomenda #1003"), "{summary}");
    assert!(summary.contains("R$"), "{summary}");
}

/// A refusal from the book itself (a reference already used) and a paste the import cannot
/// use are said in the staff's words, with the book's own words for the payment.
#[test]
fn the_books_refusals_and_the_imports_reasons_in_the_staff_language() {
    on_each_engine(the_books_refusals_and_the_imports_reasons_in_the_staff_language_on);
}

fn the_books_refusals_and_the_imports_reasons_in_the_staff_language_on() {
    let desk = brazilian_demo();
    let env = [("LANG", "pt_BR.UTF-8")];
    let pay = |order: &str| {
        run(
            &desk,
            &env,
            &[
                "order", "pay", order, "--amount", "10", "--method", "pix", "--ref", "E2E-123",
            ],
        )
    };
    let (_, err, code) = pay("1003");
    assert_eq!(code, 0, "{err}");
    let (_, err, code) = pay("1009");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("já há um pagamento por Pix com a referência 'E2E-123'"),
        "{err}"
    );
    // A paste whose customer orders nothing of the catalog.
    let paste = desk.path("nada.txt");
    std::fs::write(
        &paste,
        "[09/03/2026, 14:02] Rita Lopes: oi, vocês abrem sábado?\n\
         [09/03/2026, 14:03] Rita Lopes: obrigada!\n",
    )
    .unwrap();
    let (_, err, _) = run(&desk, &env, &["chat", "import", paste.to_str().unwrap()]);
    assert!(
        err.contains("nenhum produto do catálogo foi pedido"),
        "{err}"
    );
    // The same in German.
    let (_, err, _) = run(
        &desk,
        &[("LANG", "de_DE.UTF-8")],
        &["chat", "import", paste.to_str().unwrap()],
    );
    assert!(err.contains("kein Produkt aus dem Katalog"), "{err}");
}

/// The first run asks in the language LANG asks for and suggests LANG's country; the
/// config file it writes says so in the same words.
#[test]
fn setup_asks_in_the_environments_language() {
    on_each_engine(setup_asks_in_the_environments_language_on);
}

fn setup_asks_in_the_environments_language_on() {
    let desk = Desk::new();
    let out = desk
        .cmd()
        .env("LANG", "pt_BR.UTF-8")
        .arg("setup")
        .write_stdin("Loja Azul\n\n\n\n")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("O nome da sua loja"), "{said}");
    assert!(said.contains("[BR]") && said.contains("[BRL]"), "{said}");
    let config = std::fs::read_to_string(&desk.config).unwrap();
    assert!(
        config.starts_with("# Escrito por `orderdesk setup`"),
        "{config}"
    );
    assert!(config.contains("country = \"BR\""), "{config}");
}

/// Words that are only English: any of them in a translated `--help` or usage error is a
/// text clap or the command line left untranslated. (Flags, commands and their values, such
/// as `--help`, `order`, `packing`, stay the same in every language, so they are not here.)
const ENGLISH_ONLY: &[&str] = &[
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print ",
    "possible values",
    "default:",
    "[env:",
    "[OPTIONS]",
    "<COMMAND>",
    "[COMMAND]",
    "<NUMBER>",
    "<AMOUNT>",
    "<METHOD>",
    "<PATH>",
    "unexpected",
    "For more",
    "tip:",
    "a similar",
    "The ",
    " the ",
    "order's",
    "subcommand",
    "required",
    "was provided",
    "Show ",
    "List ",
];

fn english_left(text: &str) -> Vec<&'static str> {
    ENGLISH_ONLY
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect()
}

/// `--help`, a command's help and a mistyped command line in Portuguese, Spanish and German,
/// from LANG with no book and no config file at all: nothing English is left.
#[test]
fn help_and_usage_errors_in_the_staff_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, usage, options, unexpected) in [
        ("pt_BR.UTF-8", "Uso:", "Opções:", "argumento inesperado"),
        ("pt_PT.UTF-8", "Uso:", "Opções:", "argumento inesperado"),
        ("es_MX.UTF-8", "Uso:", "Opciones:", "argumento inesperado"),
        (
            "de_DE.UTF-8",
            "Aufruf:",
            "Optionen:",
            "unerwartetes Argument",
        ),
    ] {
        let run = |args: &[&str]| {
            let out = common::bare(dir.path())
                .env("LANG", lang)
                .args(args)
                .output()
                .unwrap();
            (
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
                out.status.code(),
            )
        };
        for args in [
            &["--help"][..],
            &["-h"],
            &["order", "--help"],
            &["order", "pay", "--help"],
            &["report", "day", "--help"],
            &["help", "customer"],
        ] {
            let (help, err, code) = run(args);
            assert_eq!(code, Some(0), "{lang} {args:?}: {err}");
            assert!(
                help.contains(usage) && help.contains(options),
                "{lang} {args:?}:\n{help}"
            );
            let left = english_left(&help);
            assert!(left.is_empty(), "{lang} {args:?}: {left:?} in\n{help}");
            if lang.starts_with("pt_PT") {
                let brazil: Vec<&str> = [
                    "pedido",
                    "celular",
                    "arquivo",
                    "estoque",
                    "banco de dados",
                    "equipe",
                ]
                .into_iter()
                .filter(|w| help.to_lowercase().contains(w))
                .collect();
                assert!(
                    brazil.is_empty(),
                    "{args:?}: Brazil's {brazil:?} in\n{help}"
                );
            }
        }
        let (help, _, _) = run(&["help", "help"]);
        assert!(help.contains(usage), "{lang}:\n{help}");
        let left = english_left(&help);
        assert!(left.is_empty(), "{lang} help help: {left:?} in\n{help}");
        // The flags and values a script or a manual uses are the same in every language.
        let (pay, _, _) = run(&["order", "pay", "--help"]);
        for kept in [
            "--amount",
            "--method",
            "--claimed",
            "pix",
            "cash",
            "-h, --help",
        ] {
            assert!(pay.contains(kept), "{lang}: {kept} in\n{pay}");
        }
        for (args, said) in [
            (&["order", "pay", "3", "--amout", "5"][..], unexpected),
            (
                &["order", "pay", "x", "--amount", "5", "--method", "pix"],
                "'x'",
            ),
            (
                &["order", "pay", "3", "--amount", "5", "--method", "bitcoin"],
                "pix",
            ),
            (&["order", "pay", "3", "--method", "pix"], "--amount"),
            (&["ordr"], "order"),
            (&["report", "day", "--month", "2026-13"], "2026-13"),
            (
                &["order", "new", "--customer", "Ana", "--item", "TEE:dois"],
                "TEE:dois",
            ),
        ] {
            let (_, err, code) = run(args);
            assert_eq!(code, Some(1), "{lang} {args:?}: {err}");
            assert!(err.contains(said), "{lang} {args:?}: {said} in\n{err}");
            assert!(
                err.contains(usage) || args.len() > 3,
                "{lang} {args:?}:\n{err}"
            );
            let left = english_left(&err);
            assert!(left.is_empty(), "{lang} {args:?}: {left:?} in\n{err}");
        }
    }
    assert!(
        !dir.path().join("xdg-data").exists(),
        "--help must not create the database"
    );
}

/// The config file's language wins over LANG for the help too; a config file that does not
/// read leaves the help to LANG (the command itself then says what is wrong with the file).
#[test]
fn help_follows_the_config_and_survives_a_broken_one() {
    let desk = Desk::new();
    desk.write_config("[shop]\nlanguage = \"de\"\n");
    let (help, _, code) = run(&desk, &[("LANG", "pt_BR.UTF-8")], &["order", "--help"]);
    assert_eq!(code, 0);
    assert!(
        help.contains("Aufruf:") && help.contains("Befehle:"),
        "{help}"
    );
    desk.write_config("[shop\nlanguage = \"de\"\n");
    let (help, err, code) = run(&desk, &[("LANG", "es_ES.UTF-8")], &["order", "--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        help.contains("Uso:") && help.contains("Comandos:"),
        "{help}"
    );
    // --config=PATH is read before the rest of the line, like --config PATH.
    let other = desk.path("other.toml");
    std::fs::write(&other, "[desk]\nlanguage = \"pt\"\n").unwrap();
    let out = common::bare(desk.path("").as_path())
        .env("LANG", "de_DE.UTF-8")
        .args([&format!("--config={}", other.display()), "stock", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Opções:"), "{help}");
}

#[test]
fn stock_words_agree_with_their_numbers() {
    on_each_engine(stock_words_agree_with_their_numbers_on);
}

fn stock_words_agree_with_their_numbers_on() {
    let desk = brazilian_demo();
    let products = desk.json(&["catalog", "list", "--json"]);
    let (out, err, code) = run(&desk, &[("LANG", "pt_BR.UTF-8")], &["catalog", "list"]);
    assert_eq!(code, 0, "{err}");
    // The figures are padded into columns; the words still follow each number.
    for p in products.as_array().unwrap() {
        let sku = p["sku"].as_str().unwrap();
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("{sku} ")))
            .unwrap_or_else(|| panic!("{sku} not listed: {out}"));
        let reserved = p["reserved"].as_i64().unwrap();
        let word = if reserved == 1 {
            " reservado "
        } else {
            " reservados "
        };
        assert!(
            line.contains(&format!("{reserved}{word}")),
            "{reserved}: {line}"
        );
    }
}
