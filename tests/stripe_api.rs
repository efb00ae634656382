//! Stripe's API from the desk's side, against a local peer that answers with Stripe's own
//! example shapes: what a Checkout Session request carries (checked against the parameters
//! Stripe documents), idempotency, replacing a session, status lookups, refusals. Each test
//! with a book runs on a SQLite file and on a PostgreSQL database (`support/engines.rs`).

mod common;

use common::on_each_engine;
#[path = "support/stripe_peer.rs"]
mod stripe_peer;

use chrono::{Duration, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::i18n::Locale;
use orderdesk::core::link::{LinkState, Provider};
use orderdesk::core::payment::{Method, PaymentState};
use orderdesk::ops::{Clock, Desk, EventOutcome, ItemSpec, NewOrder, NewPayment};
use orderdesk::payments::StripeAuth;
use orderdesk::store::Store;
use stripe_peer::{KEY, Peer, Recorded};

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
JKT-BLK-M,Leather Jacket,Black / M,180.00,USD,3,jacket,1
SCF-RED,Wool Scarf,Red,35.50,USD,10,scarf,
";

/// The parameters of `POST /v1/checkout/sessions` this desk may send, as Stripe's API
/// reference documents them (Checkout › Sessions › Create): top-level names, and the nested
/// ones under line_items[], metadata[], payment_intent_data[].
fn documented(key: &str) -> bool {
    const TOP: &[&str] = &[
        "mode",
        "client_reference_id",
        "expires_at",
        "success_url",
        "cancel_url",
        "customer_email",
        "locale",
    ];
    if TOP.contains(&key) {
        return true;
    }
    let line_item = |rest: &str| {
        matches!(
            rest,
            "[quantity]"
                | "[price_data][currency]"
                | "[price_data][unit_amount]"
                | "[price_data][product_data][name]"
        )
    };
    if let Some(rest) = key.strip_prefix("line_items[")
        && let Some((index, rest)) = rest.split_once(']')
    {
        return index.parse::<usize>().is_ok() && line_item(rest);
    }
    // metadata: up to 50 keys, names up to 40 characters.
    let metadata = |rest: &str| {
        rest.strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .is_some_and(|k| !k.is_empty() && k.len() <= 40 && !k.contains(['[', ']']))
    };
    if let Some(rest) = key.strip_prefix("metadata") {
        return metadata(rest);
    }
    if let Some(rest) = key.strip_prefix("payment_intent_data") {
        return rest == "[description]" || rest.strip_prefix("[metadata]").is_some_and(metadata);
    }
    false
}

#[test]
fn the_documented_parameter_list_is_not_a_rubber_stamp() {
    assert!(documented("line_items[0][price_data][unit_amount]"));
    assert!(documented("payment_intent_data[metadata][order_no]"));
    assert!(
        !documented("line_items[0][amount]"),
        "a removed legacy parameter"
    );
    assert!(!documented("metadata"));
    assert!(!documented("payment_intent_data[amount]"));
    assert!(!documented("order_no"));
}

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap()
}

fn desk(peer: &Peer, key: &str) -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&common::engines::own_book_location(dir.path())).unwrap();
    let config = Config::parse(
        "[shop]\nname = \"Lumen\"\n[desk]\nuser = \"ana\"\n[payment_link]\nprovider = \"stripe\"\n\
         success_url = \"https://lumen.example/thanks\"\ncancel_url = \"https://lumen.example/cart\"\n",
    )
    .unwrap();
    let mut desk = Desk::new(store, config);
    desk.clock = Clock::Fixed(Utc::now());
    desk.stripe = Some(StripeAuth::new(&peer.base(), key).unwrap());
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn order(desk: &mut Desk, items: &[(&str, i64)]) -> i64 {
    let n = desk
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
    desk.confirm_order(n, false, None).unwrap();
    n
}

fn creates(peer: &Peer) -> Vec<Recorded> {
    peer.requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/checkout/sessions")
        .collect()
}

#[test]
fn a_checkout_session_carries_the_order_in_documented_parameters() {
    on_each_engine(a_checkout_session_carries_the_order_in_documented_parameters_on);
}

fn a_checkout_session_carries_the_order_in_documented_parameters_on() {
    let peer = Peer::start();
    let (mut desk, _dir) = desk(&peer, KEY);
    let n = order(&mut desk, &[("JKT-BLK-M", 1), ("SCF-RED", 2)]);
    let now = desk.now();
    let view = desk.order_link(n, None).unwrap();
    let order = desk.order_view(n).unwrap().order;
    let [req] = creates(&peer).try_into().unwrap();
    for (key, _) in &req.form {
        assert!(
            documented(key),
            "'{key}' is not a documented Checkout Session parameter"
        );
    }
    assert_eq!(
        req.header("Authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(
        req.header("Content-Type"),
        Some("application/x-www-form-urlencoded")
    );
    let key = req.header("Idempotency-Key").expect("an idempotency key");
    assert!(
        key.contains(&order.id.simple().to_string())
            && key.contains("-r1-")
            && key.contains("25100USD"),
        "{key}"
    );
    assert_eq!(req.field("mode"), Some("payment"));
    assert_eq!(
        req.field("line_items[0][price_data][currency]"),
        Some("usd")
    );
    assert_eq!(
        req.field("line_items[0][price_data][unit_amount]"),
        Some("25100")
    );
    assert_eq!(
        req.field("line_items[0][price_data][product_data][name]"),
        Some(format!("Order #{n} · Lumen").as_str())
    );
    assert_eq!(req.field("line_items[0][quantity]"), Some("1"));
    assert_eq!(
        req.field("client_reference_id"),
        Some(n.to_string().as_str())
    );
    assert_eq!(
        req.field("metadata[order_no]"),
        Some(n.to_string().as_str())
    );
    assert_eq!(
        req.field("metadata[order_id]"),
        Some(order.id.to_string().as_str())
    );
    assert_eq!(req.field("metadata[revision]"), Some("1"));
    assert_eq!(
        req.field("payment_intent_data[metadata][order_no]"),
        Some(n.to_string().as_str())
    );
    assert_eq!(
        req.field("success_url"),
        Some("https://lumen.example/thanks")
    );
    assert_eq!(req.field("cancel_url"), Some("https://lumen.example/cart"));
    let expires: i64 = req.field("expires_at").unwrap().parse().unwrap();
    let lifetime = expires - now.timestamp();
    assert!(
        (30 * 60..=24 * 3600).contains(&lifetime),
        "Stripe takes 30 min to 24 h, asked {lifetime} s"
    );

    let link = view.link;
    assert_eq!(link.provider, Provider::Stripe);
    let sid = link.external_id.clone().unwrap();
    assert!(sid.starts_with("cs_test_peer"));
    assert_eq!(link.url, format!("https://checkout.stripe.com/c/pay/{sid}"));
    assert_eq!(
        link.expires_at.timestamp(),
        expires,
        "the expiry Stripe answered"
    );
    assert_eq!(link.idempotency_key, key);
    // The live session is returned as it is: no second call.
    assert!(!desk.order_link(n, None).unwrap().created);
    assert_eq!(creates(&peer).len(), 1);
    // The summary shows it.
    assert!(desk.order_summary(n).unwrap().contains(&link.url));
}

#[test]
fn a_changed_balance_makes_a_new_session_and_expires_the_old_one() {
    on_each_engine(a_changed_balance_makes_a_new_session_and_expires_the_old_one_on);
}

fn a_changed_balance_makes_a_new_session_and_expires_the_old_one_on() {
    let peer = Peer::start();
    let (mut desk, _dir) = desk(&peer, KEY);
    let n = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let first = desk.order_link(n, None).unwrap().link;
    desk.record_payment(
        n,
        NewPayment {
            amount: "30".into(),
            method: Method::Cash,
            reference: None,
            claimed: false,
            proof: None,
        },
    )
    .unwrap();
    let second = desk.order_link(n, None).unwrap();
    assert!(
        second.created && second.warning.is_none(),
        "{:?}",
        second.warning
    );
    let reqs = creates(&peer);
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        reqs[1].field("line_items[0][price_data][unit_amount]"),
        Some("15000")
    );
    assert_ne!(
        reqs[0].header("Idempotency-Key"),
        reqs[1].header("Idempotency-Key")
    );
    let old_sid = first.external_id.unwrap();
    assert!(
        peer.requests()
            .iter()
            .any(|r| r.path == format!("/v1/checkout/sessions/{old_sid}/expire"))
    );
    assert_eq!(peer.session(&old_sid)["status"], "expired");
    let links = desk.order_links(n).unwrap();
    assert_eq!(
        (links[0].state, links[1].state),
        (LinkState::Cancelled, LinkState::Pending)
    );
}

#[test]
fn sync_asks_about_each_session_and_applies_what_stripe_says_once() {
    on_each_engine(sync_asks_about_each_session_and_applies_what_stripe_says_once_on);
}

fn sync_asks_about_each_session_and_applies_what_stripe_says_once_on() {
    let peer = Peer::start();
    let (mut desk, _dir) = desk(&peer, KEY);
    let paid = order(&mut desk, &[("JKT-BLK-M", 1)]);
    let expired = order(&mut desk, &[("SCF-RED", 1)]);
    let open = order(&mut desk, &[("SCF-RED", 2)]);
    let sid = |desk: &mut Desk, n| desk.order_link(n, None).unwrap().link.external_id.unwrap();
    let (s_paid, s_expired, _s_open) = (
        sid(&mut desk, paid),
        sid(&mut desk, expired),
        sid(&mut desk, open),
    );
    peer.pay(&s_paid);
    peer.expire(&s_expired);

    let report = desk.sync_payments().unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let outcome = |n| {
        report
            .items
            .iter()
            .find(|i| i.order_no == n)
            .unwrap()
            .outcome
    };
    assert_eq!(outcome(paid), Some(EventOutcome::Paid));
    assert_eq!(outcome(expired), Some(EventOutcome::Expired));
    assert_eq!(outcome(open), None);
    assert_eq!(report.paid.len(), 1);
    let view = desk.order_view(paid).unwrap();
    assert_eq!(view.payments.len(), 1);
    let p = &view.payments[0];
    assert_eq!(
        (p.method, p.state, p.amount),
        (Method::Link, PaymentState::Verified, 18000)
    );
    assert_eq!(
        p.reference.as_deref(),
        Some(format!("pi_{}", &s_paid[3..]).as_str()),
        "the PaymentIntent is the reference"
    );
    assert_eq!(desk.order_links(paid).unwrap()[0].state, LinkState::Paid);
    assert_eq!(
        desk.order_links(expired).unwrap()[0].state,
        LinkState::Expired
    );
    assert_eq!(desk.order_links(open).unwrap()[0].state, LinkState::Pending);
    // What each answer did is worded in the staff's language; JSON keeps English.
    let detail = |n| {
        report
            .items
            .iter()
            .find(|i| i.order_no == n)
            .unwrap()
            .detail
            .clone()
    };
    assert_eq!(detail(open).to_string(), "the customer has not paid yet");
    assert_eq!(
        detail(open).in_locale(Locale::PT_BR),
        "o cliente ainda não pagou"
    );
    assert_eq!(
        detail(paid).in_locale(Locale::DE),
        format!("180,00 $ für Bestellung #{paid}")
    );
    assert_eq!(
        detail(expired).in_locale(Locale::ES),
        format!("sesión {s_expired}: vencido")
    );

    let events = desk.provider_events(50).unwrap().len();
    let again = desk.sync_payments().unwrap();
    assert!(
        again.paid.is_empty() && again.items.iter().all(|i| i.outcome.is_none()),
        "{:?}",
        again.items
    );
    assert_eq!(
        desk.provider_events(50).unwrap().len(),
        events,
        "the same answers are not recorded twice"
    );
    assert_eq!(desk.order_view(paid).unwrap().payments.len(), 1);
}

#[test]
fn a_refused_key_or_an_unreachable_stripe_changes_nothing() {
    on_each_engine(a_refused_key_or_an_unreachable_stripe_changes_nothing_on);
}

fn a_refused_key_or_an_unreachable_stripe_changes_nothing_on() {
    let peer = Peer::start();
    let (mut desk, dir) = desk(&peer, "sk_test_wrong");
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let before = common::snapshot(&common::engines::book_location(dir.path()));
    let err = desk.order_link(n, None).unwrap_err();
    assert!(err.is_user_error());
    let text = err.to_string();
    assert!(
        text.contains("Stripe refused the request (HTTP 401)") && text.contains("Invalid API Key"),
        "{text}"
    );
    assert!(
        !text.contains("sk_test_wrong"),
        "the key never shows: {text}"
    );
    assert!(desk.order_links(n).unwrap().is_empty());
    assert!(common::snapshot(&common::engines::book_location(dir.path())) == before);

    drop(peer);
    desk.stripe = Some(StripeAuth::new("http://127.0.0.1:9", KEY).unwrap());
    let err = desk.order_link(n, None).unwrap_err().to_string();
    assert!(err.contains("cannot reach Stripe"), "{err}");
    assert!(desk.order_links(n).unwrap().is_empty());
}

#[test]
fn a_stripe_session_is_capped_at_its_24_hours_and_renewed_by_the_reminder() {
    on_each_engine(a_stripe_session_is_capped_at_its_24_hours_and_renewed_by_the_reminder_on);
}

fn a_stripe_session_is_capped_at_its_24_hours_and_renewed_by_the_reminder_on() {
    let peer = Peer::start();
    let (mut desk, _dir) = desk(&peer, KEY);
    desk.clock = Clock::Fixed(t0());
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let first = desk.order_link(n, None).unwrap().link;
    assert_eq!(first.expires_at, t0() + Duration::minutes(24 * 60 - 5));
    desk.clock = Clock::Fixed(t0() + Duration::hours(24));
    let due = desk.reminders_due().unwrap();
    assert_eq!(
        (due[0].step, due[0].renew),
        (2, true),
        "the 24 h reminder finds the session ended"
    );
    let sent = desk.mark_reminder_sent(n, None).unwrap();
    let renewed = sent.link.unwrap();
    assert!(sent.renewed);
    assert_ne!(
        renewed.external_id, first.external_id,
        "a new Stripe session"
    );
    assert_eq!(renewed.chain_id, first.chain_id);
    assert!(sent.text.contains(&renewed.url));
    assert_eq!(creates(&peer).len(), 2);
}

#[test]
fn the_cli_takes_the_key_and_base_from_the_environment_only() {
    on_each_engine(the_cli_takes_the_key_and_base_from_the_environment_only_on);
}

fn the_cli_takes_the_key_and_base_from_the_environment_only_on() {
    let peer = Peer::start();
    let d = common::Desk::with_catalog();
    d.write_config("[payment_link]\nprovider = \"stripe\"\n");
    let n = d.confirmed_order("Ann", &["SCF-RED:1"]).to_string();
    let run = |key: Option<&str>| {
        let mut cmd = d.cmd();
        cmd.env("STRIPE_API_BASE", peer.base())
            .env_remove("STRIPE_API_KEY");
        if let Some(k) = key {
            cmd.env("STRIPE_API_KEY", k);
        }
        cmd.args(["order", "link", &n, "--json"]).output().unwrap()
    };
    let before = common::snapshot(&d.db);
    let out = run(None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("STRIPE_API_KEY"));
    assert!(common::snapshot(&d.db) == before);
    let out = run(Some(KEY));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            link["provider"].as_str(),
            link["state"].as_str(),
            link["amount"].as_str(),
            link["currency"].as_str()
        ),
        (Some("stripe"), Some("pending"), Some("35.50"), Some("USD"))
    );
    assert!(
        link["url"]
            .as_str()
            .unwrap()
            .starts_with("https://checkout.stripe.com/c/pay/cs_test_peer")
    );
    assert!(link["expires_at"].is_string());
    assert_eq!(creates(&peer).len(), 1);
    // `payments sync` says what Stripe answered in the staff's words.
    let out = d
        .cmd()
        .env("STRIPE_API_BASE", peer.base())
        .env("STRIPE_API_KEY", KEY)
        .env("LANG", "de_DE.UTF-8")
        .args(["payments", "sync"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("unverändert") && said.contains("der Kunde hat noch nicht bezahlt"),
        "{said}"
    );
    assert!(!said.contains("not paid"), "{said}");
    let config = std::fs::read_to_string(&d.config).unwrap();
    assert!(!config.contains(KEY));
    assert!(
        !common::snapshot(&d.db).mentions(KEY),
        "the key is never stored"
    );
}
