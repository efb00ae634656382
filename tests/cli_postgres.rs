//! The command line on a PostgreSQL book: opened from `--db`, `ORDERDESK_DB` or the config's
//! `db.url`; orders taken and listed; the password in the URL never shown (`paths`,
//! `config`, errors); TLS asked for by the URL never silently skipped, and on a cluster of
//! the test's own with TLS, `verify-full` and `verify-ca` against an authority the test made;
//! backups left to PostgreSQL's tools. Skipped with the reason where no PostgreSQL can be
//! had, except under `CI=true`.

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

/// A certificate authority of the test's own: its issuer and its certificate (PEM).
fn authority(name: &str) -> (rcgen::Issuer<'static, rcgen::KeyPair>, String) {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
    ];
    let key = rcgen::KeyPair::generate().unwrap();
    let pem = params.self_signed(&key).unwrap().pem();
    (rcgen::Issuer::new(params, key), pem)
}

#[test]
fn tls_checks_the_servers_certificate_against_the_given_authority() {
    let (shop_ca, shop_ca_pem) = authority("Lumen shop CA");
    let (_, other_ca_pem) = authority("Someone else's CA");
    // The server's certificate names `localhost` only: 127.0.0.1 is the same server by
    // another name, which verify-full refuses and verify-ca accepts.
    let server_key = rcgen::KeyPair::generate().unwrap();
    let server_cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .signed_by(&server_key, &shop_ca)
        .unwrap();
    // A free port, found here: the library leaves the network to the webhook.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let Some(server) = orderdesk::store::test_server::tls_server(
        &server_cert.pem(),
        &server_key.serialize_pem(),
        port,
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let shop_ca = d.join("shop-ca.pem");
    let other_ca = d.join("other-ca.pem");
    std::fs::write(&shop_ca, shop_ca_pem).unwrap();
    std::fs::write(&other_ca, other_ca_pem).unwrap();
    let url = |host: &str, query: &str| {
        format!(
            "postgresql://orderdesk:hunter2@{host}:{}/{}?{query}",
            server.port, server.database
        )
    };
    let root = |path: &std::path::Path| format!("sslrootcert={}", path.display());

    // verify-full: the chain to the shop's authority and the name both hold.
    ok(
        d,
        &url(
            "localhost",
            &format!("sslmode=verify-full&{}", root(&shop_ca)),
        ),
        &["order", "list"],
    );
    // The same from PGSSLMODE and PGSSLROOTCERT.
    let out = bare(d)
        .env("ORDERDESK_DB", url("localhost", "application_name=desk"))
        .env("PGSSLMODE", "verify-full")
        .env("PGSSLROOTCERT", &shop_ca)
        .args(["order", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("hunter2"));
    // verify-ca accepts the certificate under another name; verify-full does not.
    ok(
        d,
        &url(
            "127.0.0.1",
            &format!("sslmode=verify-ca&{}", root(&shop_ca)),
        ),
        &["order", "list"],
    );

    let refused = |db: &str, expected: &[&str]| {
        let out = on_book(d, db, &["order", "list"]);
        let said = text(&out);
        assert_eq!(out.status.code(), Some(1), "{said}");
        for want in expected {
            assert!(said.contains(want), "should say {want:?}: {said}");
        }
        assert!(!said.contains("hunter2"), "the password showed: {said}");
        assert!(!said.contains("internal error"), "{said}");
    };
    refused(
        &url(
            "127.0.0.1",
            &format!("sslmode=verify-full&{}", root(&shop_ca)),
        ),
        &["not for 127.0.0.1", "verify-full"],
    );
    // Another authority's certificate, or none at all, is refused and named.
    refused(
        &url(
            "localhost",
            &format!("sslmode=verify-full&{}", root(&other_ca)),
        ),
        &["not signed by the authority in", other_ca.to_str().unwrap()],
    );
    refused(
        &url("localhost", "sslmode=require"),
        &[
            "not signed by a public certificate authority",
            "sslrootcert",
        ],
    );
    let missing = d.join("no-such-ca.pem");
    refused(
        &url(
            "localhost",
            &format!("sslmode=verify-full&{}", root(&missing)),
        ),
        &[missing.to_str().unwrap(), "does not exist"],
    );
    refused(
        &url("localhost", "sslmode=verify-everything"),
        &["sslmode=verify-everything", "verify-full"],
    );
}
