//! The webhook endpoint against events signed by Stripe's own Python library (`stripe` from
//! PyPI, installed by `.ci/run` into .ci/venv): the real server on an ephemeral port over a
//! temporary book. A valid event pays once however often it comes; a forged, stale or
//! tampered one is refused and leaves the book unchanged. Each test runs on a SQLite file and
//! on a PostgreSQL database (`support/engines.rs`).
//!
//! Without Python and `stripe`, every test here prints why and skips; CI always has them.

mod common;

use common::on_each_engine;
#[path = "support/stripe_peer.rs"]
mod stripe_peer;

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use orderdesk::config::Config;
use orderdesk::core::i18n::Locale;
use orderdesk::core::link::LinkState;
use orderdesk::core::payment::{Method, PaymentState};
use orderdesk::core::review::ReviewReason;
use orderdesk::ops::{Desk, ItemSpec, NewOrder};
use orderdesk::payments::StripeAuth;
use orderdesk::payments::signature;
use orderdesk::store::Store;
use orderdesk::webhook::{Endpoint, MAX_BODY};
use serde_json::{Value, json};
use stripe_peer::{KEY, Peer};

const SECRET: &str = "whsec_orderdesk_test_secret";

/// The Python that has Stripe's library: $ORDERDESK_TEST_PYTHON (set by .ci/run), else the
/// repository's .ci/venv, else python3; None (with the reason printed) when none has it.
fn python() -> Option<PathBuf> {
    // CI promises the library: a broken promise is a failure, never a silent skip.
    if let Some(promised) = std::env::var_os("ORDERDESK_TEST_PYTHON") {
        let promised = PathBuf::from(promised);
        let ok = Command::new(&promised)
            .args(["-c", "import stripe"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "ORDERDESK_TEST_PYTHON={} cannot import stripe",
            promised.display()
        );
        return Some(promised);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/venv/bin/python");
    let candidates = [venv, PathBuf::from("python3")];
    for candidate in &candidates {
        let ok = Command::new(candidate)
            .args(["-c", "import stripe"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(candidate.clone());
        }
    }
    eprintln!(
        "SKIPPED: no Python with Stripe's library (tried {:?}); run .ci/run, or \
         `python3 -m venv .ci/venv && .ci/venv/bin/pip install stripe`",
        candidates
    );
    None
}

fn sign_py(py: &Path, mode: &str, args: &[&str], body: &[u8]) -> (bool, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/sign.py");
    let mut child = Command::new(py)
        .arg(script)
        .arg(mode)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sign.py");
    child.stdin.take().unwrap().write_all(body).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
    )
}

/// The header Stripe's library makes for `body` at `t`.
fn stripe_header(py: &Path, secret: &str, t: i64, body: &[u8]) -> String {
    let (ok, header) = sign_py(py, "sign", &[secret, &t.to_string()], body);
    assert!(ok && header.starts_with("t="), "sign.py failed: {header}");
    header
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A book with a Stripe link made through the local peer, and the real endpoint serving it
/// on its own thread with its own connection.
struct Setup {
    _dir: tempfile::TempDir,
    db: PathBuf,
    peer: Peer,
    desk: Desk,
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    server: Option<JoinHandle<()>>,
}

impl Drop for Setup {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.server.take() {
            let _ = t.join();
        }
    }
}

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
JKT-BLK-M,Leather Jacket,Black / M,180.00,USD,3,jacket,1
SCF-RED,Wool Scarf,Red,35.50,USD,10,scarf,
";

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let db = common::engines::own_book_location(dir.path());
    let config = Config::parse(
        "[shop]\nname = \"Lumen\"\n[desk]\nuser = \"ana\"\n[payment_link]\nprovider = \"stripe\"\n",
    )
    .unwrap();
    let peer = Peer::start();
    let mut desk = Desk::new(Store::open(&db).unwrap(), config.clone());
    desk.stripe = Some(StripeAuth::new(&peer.base(), KEY).unwrap());
    desk.import_catalog(CATALOG).unwrap();
    let endpoint = Endpoint::bind("127.0.0.1:0").unwrap();
    let addr = endpoint.addr();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let server_db = db.clone();
    let server = std::thread::spawn(move || {
        let mut desk = Desk::new(Store::open(&server_db).unwrap(), config);
        endpoint.serve(&mut desk, SECRET, &flag, &mut |_| {});
    });
    Setup {
        _dir: dir,
        db,
        peer,
        desk,
        addr,
        stop,
        server: Some(server),
    }
}

impl Setup {
    /// A confirmed order with a Stripe link; returns (number, session id).
    fn order_with_link(&mut self, items: &[(&str, i64)]) -> (i64, String) {
        let n = self
            .desk
            .create_order(NewOrder {
                customer: "+1 512-555-0123".into(),
                name: Some("Mei Chen".into()),
                items: items
                    .iter()
                    .map(|(s, q)| ItemSpec {
                        sku: s.to_string(),
                        qty: *q,
                    })
                    .collect(),
                ..NewOrder::default()
            })
            .unwrap()
            .order
            .number;
        self.desk.confirm_order(n, false, None).unwrap();
        let sid = self
            .desk
            .order_link(n, None)
            .unwrap()
            .link
            .external_id
            .unwrap();
        (n, sid)
    }

    fn post(&self, path: &str, body: &[u8], header: Option<&str>) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        let mut req = agent
            .post(format!("http://{}{path}", self.addr))
            .header("Content-Type", "application/json");
        if let Some(h) = header {
            req = req.header("Stripe-Signature", h);
        }
        let mut resp = req.send(body).expect("the endpoint answers");
        let status = resp.status().as_u16();
        (status, resp.body_mut().read_to_string().unwrap_or_default())
    }

    fn snapshot(&self) -> common::BookState {
        common::snapshot(&self.db)
    }
}

/// A Stripe event around `object`, on the shape of Stripe's example event.
fn event(id: &str, kind: &str, object: Value) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stripe/event.json"
    );
    let mut e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    e["id"] = json!(id);
    e["type"] = json!(kind);
    e["created"] = json!(now());
    e["data"]["object"] = object;
    e.to_string().into_bytes()
}

#[test]
fn a_valid_event_pays_the_order_once_however_often_it_comes() {
    on_each_engine(a_valid_event_pays_the_order_once_however_often_it_comes_on);
}

fn a_valid_event_pays_the_order_once_however_often_it_comes_on() {
    let Some(py) = python() else { return };
    let mut s = setup();
    let (n, sid) = s.order_with_link(&[("JKT-BLK-M", 1)]);
    let body = event("evt_paid_1", "checkout.session.completed", s.peer.pay(&sid));
    let header = stripe_header(&py, SECRET, now(), &body);
    for i in 0..10 {
        let (status, answer) = s.post("/webhooks/stripe", &body, Some(&header));
        assert_eq!(status, 200, "delivery {i}: {answer}");
        if i == 0 {
            assert!(answer.contains("paid"), "{answer}");
        } else {
            assert!(answer.contains("received before"), "{answer}");
        }
    }
    let view = s.desk.order_view(n).unwrap();
    assert_eq!(view.payments.len(), 1, "paid once");
    let p = &view.payments[0];
    assert_eq!(
        (p.method, p.state, p.amount),
        (Method::Link, PaymentState::Verified, 18000)
    );
    assert_eq!(view.balance(), 0);
    assert_eq!(s.desk.order_links(n).unwrap()[0].state, LinkState::Paid);
    assert_eq!(
        s.desk.provider_events(50).unwrap().len(),
        1,
        "one event row"
    );
    // The same payment announced by another event type is recognised by its reference.
    let pi = json!({"id": p.reference.clone().unwrap(), "object": "payment_intent", "amount": 18000,
                    "amount_received": 18000, "currency": "usd", "metadata": {"order_no": n.to_string()}});
    let body = event("evt_pi_1", "payment_intent.succeeded", pi);
    let (status, answer) = s.post(
        "/webhooks/stripe",
        &body,
        Some(&stripe_header(&py, SECRET, now(), &body)),
    );
    assert_eq!(status, 200);
    assert!(answer.contains("already_recorded"), "{answer}");
    assert_eq!(s.desk.order_view(n).unwrap().payments.len(), 1);
}

#[test]
fn forged_stale_and_tampered_events_are_refused_and_change_nothing() {
    on_each_engine(forged_stale_and_tampered_events_are_refused_and_change_nothing_on);
}

fn forged_stale_and_tampered_events_are_refused_and_change_nothing_on() {
    let Some(py) = python() else { return };
    let mut s = setup();
    let (n, sid) = s.order_with_link(&[("JKT-BLK-M", 1)]);
    let body = event("evt_bad", "checkout.session.completed", s.peer.pay(&sid));
    let before = s.snapshot();
    let forged = stripe_header(&py, "whsec_someone_else", now(), &body);
    let stale = stripe_header(&py, SECRET, now() - 301, &body);
    let future = stripe_header(&py, SECRET, now() + 400, &body);
    let good = stripe_header(&py, SECRET, now(), &body);
    let tampered: Vec<u8> = String::from_utf8(body.clone())
        .unwrap()
        .replace("18000", "1800")
        .into_bytes();
    assert_ne!(tampered, body, "the amount was changed");
    for (what, body, header) in [
        ("forged", &body, Some(forged.as_str())),
        ("stale", &body, Some(stale.as_str())),
        ("future", &body, Some(future.as_str())),
        ("tampered", &tampered, Some(good.as_str())),
        ("unsigned", &body, None),
        ("garbage header", &body, Some("t=abc,v1=zz")),
    ] {
        let (status, answer) = s.post("/webhooks/stripe", body, header);
        assert_eq!(status, 400, "{what}: {answer}");
        assert!(answer.contains("bad signature"), "{what}: {answer}");
        assert!(s.snapshot() == before, "{what} changed the book");
    }
    assert!(s.desk.order_view(n).unwrap().payments.is_empty());
    // The genuine one still works afterwards.
    assert_eq!(s.post("/webhooks/stripe", &body, Some(&good)).0, 200);
    assert_eq!(s.desk.order_view(n).unwrap().payments.len(), 1);
}

#[test]
fn malformed_json_is_refused_and_unknown_types_are_acknowledged() {
    on_each_engine(malformed_json_is_refused_and_unknown_types_are_acknowledged_on);
}

fn malformed_json_is_refused_and_unknown_types_are_acknowledged_on() {
    let Some(py) = python() else { return };
    let s = setup();
    let before = s.snapshot();
    for body in [&b"not json at all"[..], b"{\"id\": \"evt_x\"}", b"[]"] {
        let header = stripe_header(&py, SECRET, now(), body);
        let (status, answer) = s.post("/webhooks/stripe", body, Some(&header));
        assert_eq!(status, 400, "{answer}");
        assert!(answer.contains("malformed event"), "{answer}");
        assert!(s.snapshot() == before);
    }
    let body = event(
        "evt_cus_1",
        "customer.created",
        json!({"id": "cus_1", "object": "customer"}),
    );
    let (status, answer) = s.post(
        "/webhooks/stripe",
        &body,
        Some(&stripe_header(&py, SECRET, now(), &body)),
    );
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("ignored"), "{answer}");
    assert!(
        s.desk
            .store
            .read()
            .payment_with_reference("cus_1")
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_wrong_amount_goes_to_manual_review_and_pays_nothing() {
    on_each_engine(a_wrong_amount_goes_to_manual_review_and_pays_nothing_on);
}

fn a_wrong_amount_goes_to_manual_review_and_pays_nothing_on() {
    let Some(py) = python() else { return };
    let mut s = setup();
    let (n, sid) = s.order_with_link(&[("SCF-RED", 2)]);
    let mut session = s.peer.pay(&sid);
    session["amount_total"] = json!(100);
    let body = event("evt_short", "checkout.session.completed", session);
    let (status, answer) = s.post(
        "/webhooks/stripe",
        &body,
        Some(&stripe_header(&py, SECRET, now(), &body)),
    );
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("manual_review"), "{answer}");
    let view = s.desk.order_view(n).unwrap();
    assert!(view.payments.is_empty(), "nothing paid");
    let link = &s.desk.order_links(n).unwrap()[0];
    assert_eq!(link.state, LinkState::ManualReview);
    let why = ReviewReason::read(&link.note);
    assert!(
        why.to_string().contains("$1.00") && why.to_string().contains("$71.00"),
        "{}",
        link.note
    );
    assert_eq!(
        why.in_locale(Locale::DE),
        format!(
            "Zahlung {} über 1,00 $ passt nicht zu ihrem Link, der 71,00 $ verlangte",
            match ReviewReason::from_code(&link.note) {
                Some(ReviewReason::LinkAmount { payment, .. }) => payment,
                other => panic!("not a link amount: {other:?}"),
            }
        )
    );
    assert!(
        view.journal
            .iter()
            .any(|j| j.action == "payment link needs review")
    );
    let reviews = s.desk.payment_reviews(10).unwrap();
    assert_eq!(reviews[0].order_number, Some(n));
}

#[test]
fn the_endpoint_bounds_what_it_reads_and_where_it_answers() {
    on_each_engine(the_endpoint_bounds_what_it_reads_and_where_it_answers_on);
}

fn the_endpoint_bounds_what_it_reads_and_where_it_answers_on() {
    if python().is_none() {
        return;
    }
    let s = setup();
    let before = s.snapshot();
    let big = vec![b' '; MAX_BODY + 1];
    assert_eq!(s.post("/webhooks/stripe", &big, Some("t=1,v1=00")).0, 413);
    assert_eq!(s.post("/webhooks/paypal", b"{}", None).0, 404);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    let get = agent
        .get(format!("http://{}/webhooks/stripe", s.addr))
        .call()
        .unwrap();
    assert_eq!(get.status().as_u16(), 405);
    assert!(s.snapshot() == before);
}

#[test]
fn our_signatures_and_stripes_agree_both_ways() {
    let Some(py) = python() else { return };
    let t = 1_700_000_000;
    for body in [
        &b"{}"[..],
        "{\"a\":\"ção ✓\"}".as_bytes(),
        b"{\"id\":\"evt_1\",\"data\":{\"object\":{}}}",
    ] {
        let theirs = stripe_header(&py, "whsec_test", t, body);
        assert_eq!(
            theirs,
            signature::sign("whsec_test", t, body),
            "the same header"
        );
        assert!(signature::verify(&theirs, body, "whsec_test", t + 10, 300).is_ok());
        let ours = signature::sign("whsec_test", t, body);
        let (accepted, _) = sign_py(
            &py,
            "verify",
            &["whsec_test", &ours, &(t + 10).to_string()],
            body,
        );
        assert!(accepted, "Stripe's library accepts our header");
        let (stale, _) = sign_py(
            &py,
            "verify",
            &["whsec_test", &ours, &(t + 301).to_string()],
            body,
        );
        assert!(!stale, "and agrees on the tolerance");
    }
}

#[test]
fn webhook_serve_runs_from_the_command_line() {
    on_each_engine(webhook_serve_runs_from_the_command_line_on);
}

fn webhook_serve_runs_from_the_command_line_on() {
    let Some(py) = python() else { return };
    let peer = Peer::start();
    let d = common::Desk::with_catalog();
    d.write_config("[payment_link]\nprovider = \"stripe\"\n");
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]);
    let link = {
        let mut cmd = d.cmd();
        cmd.env("STRIPE_API_BASE", peer.base())
            .env("STRIPE_API_KEY", KEY);
        let out = cmd
            .args(["order", "link", &n.to_string(), "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let sid = link["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();

    // No secret: refused with the variable's name.
    let out = d
        .cmd()
        .env_remove("STRIPE_WEBHOOK_SECRET")
        .args(["webhook", "serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("STRIPE_WEBHOOK_SECRET"));

    let mut server = std::process::Command::new(assert_cmd::cargo::cargo_bin("orderdesk"));
    server
        .arg("--db")
        .arg(&d.db)
        .arg("--config")
        .arg(&d.config)
        .args(["webhook", "serve", "--listen", "127.0.0.1:0"])
        .env("STRIPE_WEBHOOK_SECRET", SECRET)
        .env("TZ", "UTC")
        .env("ORDERDESK_LOG", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = server.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in: {first}"))
        .to_string();
    let body = event("evt_cli_1", "checkout.session.completed", peer.pay(&sid));
    let header = stripe_header(&py, SECRET, now(), &body);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    let status = agent
        .post(format!("http://{addr}/webhooks/stripe"))
        .header("Stripe-Signature", &header)
        .send(&body[..])
        .unwrap()
        .status()
        .as_u16();
    let logged = lines.next().unwrap().unwrap();
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(status, 200, "{logged}");
    assert!(logged.starts_with("200 evt_cli_1"), "{logged}");
    let order = d.order(n);
    assert_eq!(order["payment_status"], "paid", "{order}");
}

#[test]
fn inside_the_desk_the_endpoint_runs_on_its_own_thread_and_reports_payments() {
    on_each_engine(inside_the_desk_the_endpoint_runs_on_its_own_thread_and_reports_payments_on);
}

fn inside_the_desk_the_endpoint_runs_on_its_own_thread_and_reports_payments_on() {
    let Some(py) = python() else { return };
    let mut s = setup();
    let (n, sid) = s.order_with_link(&[("SCF-RED", 1)]);
    let mut config = Config::parse("[webhook]\nlisten = \"127.0.0.1:0\"\n").unwrap();
    config.shop.name = "Lumen".into();
    let (tx, rx) = std::sync::mpsc::channel();
    let store = orderdesk::store::Store::open(&s.db).unwrap();
    let handle = orderdesk::webhook::spawn(store, config, SECRET.into(), tx).unwrap();
    let body = event("evt_desk_1", "checkout.session.completed", s.peer.pay(&sid));
    let header = stripe_header(&py, SECRET, now(), &body);
    s.addr = handle.addr();
    assert_eq!(s.post("/webhooks/stripe", &body, Some(&header)).0, 200);
    match rx.recv_timeout(Duration::from_secs(5)).unwrap() {
        orderdesk::webhook::WebhookNotice::Paid(p) => {
            assert_eq!((p.order_no, p.amount.minor, p.via), (n, 3550, "webhook"));
        }
        other => panic!("expected a payment, got {other:?}"),
    }
    let forged = stripe_header(&py, "whsec_nope", now(), &body);
    assert_eq!(s.post("/webhooks/stripe", &body, Some(&forged)).0, 400);
    // The refusal reaches the desk as a message, worded in the staff's language there.
    match rx.recv_timeout(Duration::from_secs(5)).unwrap() {
        orderdesk::webhook::WebhookNotice::Refused {
            status: 400,
            message,
        } => {
            assert_eq!(
                message.to_string(),
                "bad signature: no v1 signature matches the body and the secret; nothing was stored"
            );
            assert_eq!(
                message.in_locale(Locale::PT_BR),
                "assinatura inválida: nenhuma assinatura v1 confere com o corpo e o segredo; nada foi guardado"
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    // Money that does not match its link: the desk hears the reason, not English prose.
    let (m, other_sid) = s.order_with_link(&[("SCF-RED", 2)]);
    let mut short = s.peer.pay(&other_sid);
    short["amount_total"] = json!(100);
    let body = event("evt_desk_2", "checkout.session.completed", short);
    let header = stripe_header(&py, SECRET, now(), &body);
    assert_eq!(s.post("/webhooks/stripe", &body, Some(&header)).0, 200);
    match rx.recv_timeout(Duration::from_secs(5)).unwrap() {
        orderdesk::webhook::WebhookNotice::Review { order_no, message } => {
            assert_eq!(order_no, Some(m));
            let es = message.in_locale(Locale::ES);
            assert!(es.contains("no coincide con su enlace, que pedía"), "{es}");
        }
        other => panic!("expected a review, got {other:?}"),
    }
    handle.stop();
    assert_eq!(s.desk.order_view(n).unwrap().payments.len(), 1);
}
