//! The command line on a PostgreSQL book: opened from `--db`, `ORDERDESK_DB` or the config's
//! `db.url`; orders taken and listed; the password in the URL never shown (`paths`,
//! `config`, errors); TLS asked for by the URL never silently skipped; backups left to
//! PostgreSQL's tools. Skipped with the reason where no PostgreSQL can be had, except under
//! `CI=true`.

mod common;

use std::process::Output;

use common::{bare, fixture, on_book};

/// A fresh database's URL, with a password in it (the test server trusts local
/// connections, so any password connects: what matters is where it shows).
fn book_with_password() -> Option<String> {
    let url = orderdesk::store::test_server::fresh_book()?;
    Some(url.replacen("orderdesk@", "orderdesk:hunter2@", 1))
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn ok(dir: &std::path::Path, db: &str, args: &[&str]) -> String {
    let out = on_book(dir, db, args);
    assert!(
        out.status.success(),
        "`orderdesk {}` failed: {}",
        args.join(" "),
        text(&out)
    );
    assert!(!text(&out).contains("hunter2"), "the password showed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_postgres_book_takes_orders_and_never_shows_its_password() {
    let Some(url) = book_with_password() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &url,
        &[
            "catalog",
            "import",
            fixture("catalog.csv").to_str().unwrap(),
        ],
    );
    let made = ok(
        d,
        &url,
        &[
            "order",
            "new",
            "--customer",
            "+1 512 555 0100",
            "--item",
            "JKT-BLK-M:1",
            "--json",
        ],
    );
    let number = serde_json::from_str::<serde_json::Value>(&made).unwrap()["number"]
        .as_i64()
        .unwrap();
    assert_eq!(
        number, 1001,
        "the sequence starts where SQLite's numbers do"
    );
    ok(d, &url, &["order", "confirm", &number.to_string()]);
    let listed: serde_json::Value =
        serde_json::from_str(&ok(d, &url, &["order", "list", "--json"])).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["number"], 1001);
    assert!(listed.to_string().contains("confirmed"), "{listed}");
    let check = ok(d, &url, &["stock", "check"]);
    assert!(!check.contains("hunter2"));
    let paths = ok(d, &url, &["paths"]);
    assert!(paths.contains("orderdesk:***@"), "{paths}");
    // The same book from ORDERDESK_DB, and from the config's db.url.
    let mut cmd = bare(d);
    let out = cmd
        .env("ORDERDESK_DB", &url)
        .args(["order", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"number\": 1001"));
    std::fs::write(d.join("db.toml"), format!("[db]\nurl = \"{url}\"\n")).unwrap();
    let out = bare(d)
        .args(["--config", "db.toml", "order", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"number\": 1001"));
    let shown = bare(d)
        .args(["--config", "db.toml", "config"])
        .output()
        .unwrap();
    let shown = text(&shown);
    assert!(shown.contains("orderdesk:***@"), "{shown}");
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[test]
fn what_cannot_be_done_on_postgres_is_refused_with_the_way_to_do_it() {
    let Some(url) = book_with_password() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let refused = |db: &str, args: &[&str], expected: &str| {
        let out = on_book(d, db, args);
        let said = text(&out);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(said.contains(expected), "{said}");
        assert!(!said.contains("hunter2"), "the password showed: {said}");
    };
    refused(&url, &["backup"], "pg_dump");
    // A server that offers no TLS (it answers PostgreSQL's TLS request with 'N'): a URL that
    // asks for TLS is refused, never served in clear.
    let server = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let answering = std::thread::spawn(move || {
        use std::io::{Read, Write};
        if let Ok((mut client, _)) = server.accept() {
            let mut request = [0u8; 8];
            let _ = client.read_exact(&mut request);
            let _ = client.write_all(b"N");
        }
    });
    let tls = format!("postgresql://shop:hunter2@127.0.0.1:{port}/book?sslmode=require");
    refused(
        &tls,
        &["order", "list"],
        "cannot connect to the PostgreSQL book",
    );
    answering.join().unwrap();
    // A database that is not there is named, without the password.
    let missing = url.replacen("/orderdesk_test_", "/no_such_book_", 1);
    refused(&missing, &["order", "list"], "no_such_book_");
}
