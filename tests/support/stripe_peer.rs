//! A local stand-in for Stripe's Checkout Sessions API (localstripe has none): it answers
//! with Stripe's own example session (`tests/fixtures/stripe/checkout_session.json`) filled
//! in from the request, keeps sessions by id, honours Idempotency-Key like Stripe, and
//! records every request so tests can check what the desk sent.

// Each test crate that includes this uses a different part of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};

pub const KEY: &str = "sk_test_peer_4242";

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub form: Vec<(String, String)>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn field(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct State {
    requests: Vec<Recorded>,
    sessions: HashMap<String, Value>,
    by_key: HashMap<String, String>,
    created: usize,
}

pub struct Peer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

fn fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stripe/checkout_session.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("session fixture"))
        .expect("fixture JSON")
}

/// `application/x-www-form-urlencoded`, decoded.
pub fn decode_form(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz");
                    match u8::from_str_radix(hex, 16) {
                        Ok(b) => {
                            out.push(b);
                            i += 2;
                        }
                        Err(_) => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn error(status: u16, message: &str) -> (u16, Value) {
    (
        status,
        json!({"error": {"message": message, "type": "invalid_request_error"}}),
    )
}

impl Peer {
    pub fn start() -> Peer {
        Peer::start_slow(Duration::ZERO)
    }

    /// A peer that takes `delay` before each answer, like Stripe on a bad day.
    pub fn start_slow(delay: Duration) -> Peer {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("peer listens");
        let addr = server.server_addr().to_ip().expect("ip");
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, flag) = (state.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                let Ok(Some(mut request)) = server.recv_timeout(Duration::from_millis(50)) else {
                    continue;
                };
                let mut body = String::new();
                let _ = request.as_reader().read_to_string(&mut body);
                let recorded = Recorded {
                    method: request.method().to_string(),
                    path: request.url().to_string(),
                    headers: request
                        .headers()
                        .iter()
                        .map(|h| (h.field.to_string(), h.value.to_string()))
                        .collect(),
                    form: decode_form(&body),
                };
                std::thread::sleep(delay);
                let (status, value) = answer(&mut s.lock().unwrap(), &recorded);
                s.lock().unwrap().requests.push(recorded);
                let response = tiny_http::Response::from_string(value.to_string())
                    .with_status_code(status)
                    .with_header(
                        tiny_http::Header::from_bytes(
                            &b"Content-Type"[..],
                            &b"application/json"[..],
                        )
                        .unwrap(),
                    );
                let _ = request.respond(response);
            }
        });
        Peer {
            addr,
            state,
            stop,
            thread: Some(thread),
        }
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().requests.clone()
    }

    pub fn session(&self, id: &str) -> Value {
        self.state.lock().unwrap().sessions[id].clone()
    }

    /// The customer paid the session (as Stripe's checkout would complete it).
    pub fn pay(&self, id: &str) -> Value {
        let mut st = self.state.lock().unwrap();
        let s = st.sessions.get_mut(id).expect("known session");
        s["status"] = json!("complete");
        s["payment_status"] = json!("paid");
        s["payment_intent"] = json!(format!("pi_{}", &id[3..]));
        s.clone()
    }

    /// The session ran out at Stripe.
    pub fn expire(&self, id: &str) {
        let mut st = self.state.lock().unwrap();
        let s = st.sessions.get_mut(id).expect("known session");
        s["status"] = json!("expired");
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(st: &mut State, r: &Recorded) -> (u16, Value) {
    if r.header("Authorization") != Some(&format!("Bearer {KEY}")) {
        return error(401, "Invalid API Key provided: sk_test_***");
    }
    let path = r.path.split('?').next().unwrap_or_default().to_string();
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (r.method.as_str(), parts.as_slice()) {
        ("POST", ["v1", "checkout", "sessions"]) => {
            if let Some(key) = r.header("Idempotency-Key")
                && let Some(id) = st.by_key.get(key)
            {
                return (200, st.sessions[id].clone());
            }
            let (Some(amount), Some(qty), Some(currency)) = (
                r.field("line_items[0][price_data][unit_amount]")
                    .and_then(|a| a.parse::<i64>().ok()),
                r.field("line_items[0][quantity]")
                    .and_then(|q| q.parse::<i64>().ok()),
                r.field("line_items[0][price_data][currency]"),
            ) else {
                return error(400, "Missing required param: line_items[0][price_data].");
            };
            st.created += 1;
            let id = format!("cs_test_peer{:04}", st.created);
            let mut s = fixture();
            s["id"] = json!(id);
            s["url"] = json!(format!("https://checkout.stripe.com/c/pay/{id}"));
            s["amount_total"] = json!(amount * qty);
            s["amount_subtotal"] = json!(amount * qty);
            s["currency"] = json!(currency);
            s["client_reference_id"] = json!(r.field("client_reference_id"));
            s["expires_at"] = json!(r.field("expires_at").and_then(|e| e.parse::<i64>().ok()));
            s["success_url"] = json!(r.field("success_url"));
            s["cancel_url"] = json!(r.field("cancel_url"));
            s["payment_intent"] = Value::Null;
            s["status"] = json!("open");
            s["payment_status"] = json!("unpaid");
            let mut metadata = serde_json::Map::new();
            for (k, v) in &r.form {
                if let Some(name) = k
                    .strip_prefix("metadata[")
                    .and_then(|k| k.strip_suffix(']'))
                {
                    metadata.insert(name.to_string(), json!(v));
                }
            }
            s["metadata"] = Value::Object(metadata);
            if let Some(key) = r.header("Idempotency-Key") {
                st.by_key.insert(key.to_string(), id.clone());
            }
            st.sessions.insert(id, s.clone());
            (200, s)
        }
        ("GET", ["v1", "checkout", "sessions", id]) => match st.sessions.get(*id) {
            Some(s) => (200, s.clone()),
            None => error(404, &format!("No such checkout.session: '{id}'")),
        },
        ("POST", ["v1", "checkout", "sessions", id, "expire"]) => match st.sessions.get_mut(*id) {
            Some(s) if s["status"] == "open" => {
                s["status"] = json!("expired");
                (200, s.clone())
            }
            Some(_) => error(
                400,
                "Only Checkout Sessions with a status in [\"open\"] can be expired.",
            ),
            None => error(404, &format!("No such checkout.session: '{id}'")),
        },
        _ => error(
            404,
            &format!("Unrecognized request URL ({} {path}).", r.method),
        ),
    }
}
