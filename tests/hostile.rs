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

/// A refusal (exit 1) whose message echoes the hostile input inertly.
fn refused_inert(desk: &Desk, what: &str, args: &[&str]) {
    let out = run(desk, args);
    assert_eq!(out.status.code(), Some(1), "{what}");
    assert_inert(what, &out);
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
    assert_eq!(
        products[0]["name"],
        format!("Jacket {}", EVIL.replace('"', ""))
    );
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
    refused_inert(
        &desk,
        "unknown SKU",
        &[
            "order",
            "new",
            "--customer",
            "+1 512 555 0123",
            "--item",
            &item,
        ],
    );

    let (from, into) = (format!("{EVIL}x"), format!("{EVIL}y"));
    refused_inert(&desk, "merge names", &["customer", "merge", &from, &into]);

    let bad_cell = desk.path("bad.csv");
    fs::write(
        &bad_cell,
        format!("sku,name,price\nOK-1,Name,12{}\n", EVIL.replace('"', "")),
    )
    .unwrap();
    refused_inert(
        &desk,
        "a bad catalog cell",
        &["catalog", "import", bad_cell.to_str().unwrap()],
    );

    let bad_header = desk.path("header.csv");
    fs::write(
        &bad_header,
        format!("sku,name,price,{EVIL}\nOK-1,Name,12,x\n"),
    )
    .unwrap();
    refused_inert(
        &desk,
        "an import column name",
        &["catalog", "import", bad_header.to_str().unwrap()],
    );

    let bank = desk.path("bank.csv");
    fs::write(
        &bank,
        format!("Valor,Doc\n10.00,{}\n", EVIL.replace('"', "")),
    )
    .unwrap();
    let map = format!("{EVIL}=amount");
    refused_inert(
        &desk,
        "a mapped column name",
        &[
            "payments",
            "import",
            bank.to_str().unwrap(),
            "--format",
            "mapped",
            "--map",
            &map,
        ],
    );

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

// --- the webhook endpoint against slow, idle and too many clients -------------------------

mod webhook_clients {
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpStream};
    use std::path::Path;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    use orderdesk::config::Config;
    use orderdesk::ops::Desk;
    use orderdesk::payments::signature;
    use orderdesk::store::Store;
    use orderdesk::webhook::{self, Endpoint, MAX_CONNECTIONS};

    const SECRET: &str = "whsec_hostile";

    /// An event for no order: acknowledged with 200 ("ignored"), so a 200 proves the
    /// request was read, verified and applied.
    fn signed_event(id: &str) -> (Vec<u8>, String) {
        let body = format!(
            "{{\"id\":\"{id}\",\"object\":\"event\",\"type\":\"customer.created\",\"created\":{},\"data\":{{\"object\":{{\"id\":\"cus_1\",\"object\":\"customer\"}}}}}}",
            chrono::Utc::now().timestamp()
        )
        .into_bytes();
        let header = signature::sign(SECRET, chrono::Utc::now().timestamp(), &body);
        (body, header)
    }

    /// Posts a signed event over a fresh connection; the status, within `limit`.
    fn post(addr: SocketAddr, id: &str, limit: Duration) -> Option<u16> {
        let (body, header) = signed_event(id);
        let mut s = TcpStream::connect_timeout(&addr, limit).ok()?;
        s.set_read_timeout(Some(limit)).unwrap();
        s.set_write_timeout(Some(limit)).unwrap();
        let head = format!(
            "POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nStripe-Signature: {header}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        s.write_all(head.as_bytes()).ok()?;
        s.write_all(&body).ok()?;
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        answer.get(9..12)?.parse().ok()
    }

    /// A client that declares a body and sends none of it.
    fn idle_with_body(addr: SocketAddr) -> TcpStream {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
            .unwrap();
        s
    }

    fn book(dir: &Path) -> std::path::PathBuf {
        let db = dir.join("book.sqlite");
        drop(Store::open(&db).unwrap());
        db
    }

    /// The real endpoint on its own thread; `stop` ends it.
    fn serve(db: &Path) -> (SocketAddr, Arc<AtomicBool>, std::thread::JoinHandle<()>) {
        let endpoint = Endpoint::bind("127.0.0.1:0").unwrap();
        let addr = endpoint.addr();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let store = Store::open(db).unwrap();
        let thread = std::thread::spawn(move || {
            let mut desk = Desk::new(store, Config::default());
            endpoint.serve(&mut desk, SECRET, &flag, &mut |_| {});
        });
        (addr, stop, thread)
    }

    #[test]
    fn idle_and_trickling_clients_do_not_hold_up_a_valid_event() {
        let dir = tempfile::tempdir().unwrap();
        let (addr, stop, thread) = serve(&book(dir.path()));
        let _idle = idle_with_body(addr);
        // Two clients trickling a header a byte at a time.
        let trickle: Vec<_> = (0..2)
            .map(|_| {
                std::thread::spawn(move || {
                    let mut s = TcpStream::connect(addr).unwrap();
                    for b in b"POST /webhooks/stripe HTTP/1.1\r\nX-Slow: "
                        .iter()
                        .cycle()
                        .take(40)
                    {
                        if s.write_all(&[*b]).is_err() {
                            return;
                        }
                        std::thread::sleep(Duration::from_millis(100));
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(200));
        let started = Instant::now();
        assert_eq!(post(addr, "evt_fast_1", Duration::from_secs(5)), Some(200));
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "a valid event waited {:?} behind slow clients",
            started.elapsed()
        );
        stop.store(true, Ordering::Relaxed);
        thread.join().unwrap();
        for t in trickle {
            t.join().unwrap();
        }
    }

    #[test]
    fn a_client_that_never_sends_its_body_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let (addr, stop, thread) = serve(&book(dir.path()));
        let mut idle = idle_with_body(addr);
        idle.set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let started = Instant::now();
        let mut answer = String::new();
        let _ = idle.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "held for {:?}",
            started.elapsed()
        );
        stop.store(true, Ordering::Relaxed);
        thread.join().unwrap();
    }

    #[test]
    fn connections_beyond_the_cap_are_turned_away_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let (addr, stop, thread) = serve(&book(dir.path()));
        let held: Vec<TcpStream> = (0..MAX_CONNECTIONS).map(|_| idle_with_body(addr)).collect();
        std::thread::sleep(Duration::from_millis(300));
        let started = Instant::now();
        assert_eq!(
            post(addr, "evt_over_cap", Duration::from_secs(5)),
            Some(503)
        );
        assert!(started.elapsed() < Duration::from_secs(2));
        drop(held);
        // Slots come back as the held connections close.
        let mut status = None;
        for _ in 0..50 {
            status = post(addr, "evt_after_cap", Duration::from_secs(5));
            if status == Some(200) {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(status, Some(200));
        stop.store(true, Ordering::Relaxed);
        thread.join().unwrap();
    }

    #[test]
    fn the_desk_stops_its_endpoint_without_waiting_for_a_client() {
        let dir = tempfile::tempdir().unwrap();
        let db = book(dir.path());
        let config = Config::parse("[webhook]\nlisten = \"127.0.0.1:0\"\n").unwrap();
        let (tx, _rx) = mpsc::channel();
        let store = orderdesk::store::Store::open(&db).unwrap();
        let handle = webhook::spawn(store, config, SECRET.into(), tx).unwrap();
        let _idle = idle_with_body(handle.addr());
        std::thread::sleep(Duration::from_millis(200));
        // Bound the test's own time: the stop runs on a thread we wait for at most 5 s.
        let (done, stopped) = mpsc::channel();
        let started = Instant::now();
        std::thread::spawn(move || {
            handle.stop();
            let _ = done.send(());
        });
        assert!(
            stopped.recv_timeout(Duration::from_secs(5)).is_ok(),
            "stopping waited on an idle client"
        );
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
    }
}

// --- the shop's on_payment command ------------------------------------------------------

#[cfg(unix)]
#[test]
fn the_on_payment_command_gets_only_the_documented_environment() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("+1 512 555 0123", &["SCF-RED:1"]);
    let seen = desk.path("env.txt");
    let hook = desk.path("hook.sh");
    fs::write(
        &hook,
        format!(
            "#!/bin/sh\nenv > {}.part && mv {0}.part {0}\n",
            seen.display()
        ),
    )
    .unwrap();
    fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    desk.write_config(&format!("[hooks]\non_payment = \"{}\"\n", hook.display()));
    let bank = desk.path("bank.csv");
    fs::write(&bank, format!("Valor,Pedido,Doc\n35.50,{n},PIX-1\n")).unwrap();
    let out = desk
        .cmd()
        .env("STRIPE_API_KEY", "sk_test_secret")
        .env("STRIPE_WEBHOOK_SECRET", "whsec_secret")
        .env("HOME", desk.dir.path())
        .env("OTHER_SECRET", "x")
        .args([
            "payments",
            "import",
            bank.to_str().unwrap(),
            "--format",
            "mapped",
        ])
        .args([
            "--map",
            "Valor=amount",
            "--map",
            "Pedido=order_no",
            "--map",
            "Doc=reference",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut env = String::new();
    for _ in 0..200 {
        env = fs::read_to_string(&seen).unwrap_or_default();
        if !env.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    let names: Vec<&str> = env
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k))
        .collect();
    assert!(names.contains(&"ORDERDESK_ORDER_NO"), "{env}");
    assert!(names.contains(&"PATH") && names.contains(&"HOME"), "{env}");
    for secret in ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "OTHER_SECRET"] {
        assert!(
            !names.contains(&secret),
            "{secret} reached the hook:\n{env}"
        );
    }
    // What the shell itself sets (PWD, SHLVL, _) is the shell's; everything else is ours.
    for name in names {
        assert!(
            name.starts_with("ORDERDESK_") || ["PATH", "HOME", "PWD", "SHLVL", "_"].contains(&name),
            "{name} reached the hook:\n{env}"
        );
    }
}

// --- amounts beyond any sane ceiling ----------------------------------------------------

#[test]
fn amounts_beyond_the_ceiling_are_refused_everywhere_they_enter() {
    let desk = Desk::with_catalog();
    let n = desk
        .new_order("+1 512 555 0123", &["SCF-RED:1"])
        .to_string();
    let huge = "92233720368547758.07";
    for args in [
        &["order", "pay", &n, "--amount", huge, "--method", "pix"][..],
        &[
            "order",
            "pay",
            &n,
            "--amount",
            "10000000.01",
            "--method",
            "cash",
        ],
        &["order", "edit", &n, "--delivery", huge],
        &["order", "edit", &n, "--discount", huge],
        &[
            "order",
            "new",
            "--customer",
            "+1 512 555 0124",
            "--item",
            "SCF-RED:1",
            "--delivery",
            huge,
        ],
        &["order", "refund", &n, "--amount", huge],
    ] {
        desk.refused(args, &["more than orderdesk takes", "$10,000,000.00"]);
    }
    let catalog = desk.path("huge.csv");
    fs::write(
        &catalog,
        format!("sku,name,price\nGOLD-1,Gold bar,{huge}\n"),
    )
    .unwrap();
    desk.refused(
        &["catalog", "import", catalog.to_str().unwrap()],
        &["line 2", "price", "more than orderdesk takes"],
    );
    // A price within the ceiling, times a quantity, can still pass it: the order says so.
    let pricey = desk.path("pricey.csv");
    fs::write(
        &pricey,
        "sku,name,price,stock\nGOLD-2,Gold bar,9000000,10\n",
    )
    .unwrap();
    desk.ok(&["catalog", "import", pricey.to_str().unwrap()]);
    desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "+1 512 555 0125",
            "--item",
            "GOLD-2:2",
        ],
        &["more than orderdesk takes"],
    );
    let bank = desk.path("bank.csv");
    fs::write(&bank, format!("Valor,Pedido\n{huge},{n}\n")).unwrap();
    let out = desk.output(&[
        "payments",
        "import",
        bank.to_str().unwrap(),
        "--format",
        "mapped",
        "--map",
        "Valor=amount",
        "--map",
        "Pedido=order_no",
    ]);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The book still adds up afterwards.
    desk.ok(&["customer", "list"]);
    desk.ok(&["report", "daily", "--out", "reports"]);
    assert_eq!(
        desk.order(n.parse().unwrap())["payments"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

// --- full disks and read-only folders ---------------------------------------------------

mod disks {
    use std::fs;
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use super::common::{self, Desk};

    /// A small tmpfs of its own: a disk that can really fill up. Mounting needs root (CI
    /// runs as root and must do it); elsewhere the test says why it skips.
    pub struct SmallDisk {
        dir: tempfile::TempDir,
    }

    impl SmallDisk {
        pub fn mount(size: &str) -> Option<SmallDisk> {
            let dir = tempfile::tempdir().unwrap();
            let out = Command::new("mount")
                .args([
                    "-t",
                    "tmpfs",
                    "-o",
                    &format!("size={size},mode=0755"),
                    "tmpfs",
                ])
                .arg(dir.path())
                .output();
            let why = match &out {
                Ok(o) if o.status.success() => return Some(SmallDisk { dir }),
                Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_string(),
                Err(e) => e.to_string(),
            };
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI runs as root and must be able to mount a small tmpfs for the full-disk tests: {why}"
            );
            eprintln!(
                "SKIPPED: cannot mount a small tmpfs here ({why}); run as root to test full disks"
            );
            None
        }

        pub fn path(&self) -> &Path {
            self.dir.path()
        }

        /// Fills every free byte.
        pub fn fill(&self) {
            let mut f = fs::File::create(self.path().join("filler")).unwrap();
            let chunk = vec![0u8; 4096];
            while f.write_all(&chunk).is_ok() {}
            let _ = f.sync_all();
        }

        pub fn read_only(&self) {
            let ok = Command::new("mount")
                .args(["-o", "remount,ro"])
                .arg(self.path())
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "cannot remount the tmpfs read-only");
        }
    }

    impl Drop for SmallDisk {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(self.path()).status();
        }
    }

    fn files_in(dir: &Path) -> Vec<PathBuf> {
        fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_report_on_a_full_disk_says_so_and_leaves_no_partial_file() {
        let Some(disk) = SmallDisk::mount("256k") else {
            return;
        };
        let desk = Desk::with_catalog();
        desk.confirmed_order("+1 512 555 0123", &["SCF-RED:1"]);
        let out_dir = disk.path().join("reports");
        fs::create_dir(&out_dir).unwrap();
        disk.fill();
        let out = desk.output(&["report", "daily", "--out", out_dir.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("the disk is full"), "{stderr}");
        assert!(!stderr.contains("please report"), "{stderr}");
        assert_eq!(
            files_in(&out_dir),
            Vec::<PathBuf>::new(),
            "partial files were left"
        );
    }

    #[test]
    fn a_book_on_a_full_disk_says_so_and_changes_nothing() {
        let Some(disk) = SmallDisk::mount("2m") else {
            return;
        };
        let db = disk.path().join("book.sqlite");
        let empty = disk.path().join("empty.sqlite");
        let dir = tempfile::tempdir().unwrap();
        let run = |db: &Path, args: &[&str]| common::on_book(dir.path(), db, args);
        let catalog = common::fixture("catalog.csv");
        assert!(
            run(&db, &["catalog", "import", catalog.to_str().unwrap()])
                .status
                .success()
        );
        assert!(run(&empty, &["catalog", "list"]).status.success());
        // What the book says (a failed write may leave uncommitted frames in the -wal file,
        // which no reader ever sees); read with space to spare.
        let contents = || {
            let products = common::on_book(dir.path(), &db, &["catalog", "list", "--json"]).stdout;
            let orders = common::on_book(dir.path(), &db, &["order", "list", "--json"]).stdout;
            (products, orders)
        };
        let before = contents();
        disk.fill();
        for (book, args) in [
            (&db, &["stock", "receive", "SCF-RED", "5"][..]),
            (
                &db,
                &[
                    "order",
                    "new",
                    "--customer",
                    "+1 512 555 0123",
                    "--item",
                    "SCF-RED:1",
                ],
            ),
            (&empty, &["demo", "--orders", "30"]),
        ] {
            let out = run(book, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
            assert!(
                stderr.contains("disk") && stderr.contains("full"),
                "{args:?}: {stderr}"
            );
            assert!(!stderr.contains("please report"), "{args:?}: {stderr}");
        }
        fs::remove_file(disk.path().join("filler")).unwrap();
        assert!(!before.0.is_empty());
        assert!(contents() == before, "the book changed");
    }

    #[test]
    fn a_read_only_folder_is_named_as_the_folder() {
        let Some(disk) = SmallDisk::mount("2m") else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let db = disk.path().join("book.sqlite");
        let catalog = common::fixture("catalog.csv");
        let made = common::on_book(
            dir.path(),
            &db,
            &["catalog", "import", catalog.to_str().unwrap()],
        );
        assert!(made.status.success());
        disk.read_only();
        let out = common::on_book(dir.path(), &db, &["stock", "receive", "SCF-RED", "1"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("folder") && stderr.contains("read-only"),
            "{stderr}"
        );
    }

    #[test]
    fn reports_are_readable_by_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let desk = Desk::with_catalog();
        desk.confirmed_order("+1 512 555 0123", &["SCF-RED:1"]);
        let out = desk.ok(&["report", "daily", "--out", "reports"]);
        let paths: Vec<&str> = out.lines().collect();
        assert_eq!(paths.len(), 3, "{out}");
        for p in paths {
            let mode = fs::metadata(desk.path(p)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{p} is {:o}", mode & 0o777);
        }
        let bank = desk.path("bank.csv");
        fs::write(&bank, "Valor,Doc\n1.00,X\n").unwrap();
        desk.ok(&[
            "payments",
            "import",
            bank.to_str().unwrap(),
            "--format",
            "mapped",
            "--map",
            "Valor=amount",
            "--map",
            "Doc=reference",
            "--out",
            "rec.csv",
        ]);
        let mode = fs::metadata(desk.path("rec.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

// --- a damaged book ---------------------------------------------------------------------

/// Makes the index that orders are listed by look empty: SQLite then walks it without an
/// error, as it would after a torn write or a bad sector.
fn empty_the_order_number_index(db: &std::path::Path) {
    let root: i64 = {
        let conn = rusqlite::Connection::open(db).unwrap();
        let index: String = conn
            .query_row(
                "SELECT il.name FROM pragma_index_list('orders') il
                 WHERE (SELECT group_concat(name) FROM pragma_index_info(il.name)) = 'number'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        conn.query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = ?1",
            [index],
            |r| r.get(0),
        )
        .unwrap()
    };
    use std::io::{Seek, SeekFrom, Write};
    let mut f = fs::OpenOptions::new().write(true).open(db).unwrap();
    f.seek(SeekFrom::Start((root as u64 - 1) * 4096)).unwrap();
    let mut page = vec![0u8; 4096];
    // An index leaf page with no cells.
    page[..8].copy_from_slice(&[0x0a, 0, 0, 0, 0, 0x10, 0, 0]);
    f.write_all(&page).unwrap();
}

#[test]
fn a_damaged_order_list_says_so_instead_of_showing_nothing() {
    let desk = Desk::with_catalog();
    for phone in ["+1 512 555 0101", "+1 512 555 0102", "+1 512 555 0103"] {
        desk.new_order(phone, &["SCF-RED:1"]);
    }
    empty_the_order_number_index(&desk.db);
    for args in [
        &["order", "list"][..],
        &["order", "list", "--json"],
        &["order", "list", "--status", "draft"],
        &["order", "list", "--limit", "2"],
    ] {
        let out = desk.output(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?} printed {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            stderr.contains("damaged") && stderr.contains("restore"),
            "{stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?}: a partial list was printed"
        );
    }
}

// --- huge pastes ------------------------------------------------------------------------

/// A chat export just over the limit: many ordinary messages.
fn huge_chat() -> String {
    let line = "12/03/2024, 14:02 - Mei Chen: I want 1 jacket please, the black one\n";
    line.repeat(orderdesk::core::paste::MAX_PASTE_BYTES / line.len() + 2)
}

#[test]
fn a_paste_over_the_limit_is_refused_by_chat_with_what_to_do() {
    let desk = Desk::with_catalog();
    let file = desk.path("huge.txt");
    fs::write(&file, huge_chat()).unwrap();
    for args in [
        &["chat", "draft", file.to_str().unwrap(), "--json"][..],
        &["chat", "import", file.to_str().unwrap()],
    ] {
        let err = desk.refused(args, &["at most 8.0 MB", "split", "8.0 MB"]);
        assert!(!err.contains("please report"), "{err}");
    }
    let out = desk
        .cmd()
        .args(["chat", "draft", "-"])
        .write_stdin(huge_chat())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at most 8.0 MB"));
    // Just under the limit is taken: `core::paste`'s own test (drafting 8 MB of messages
    // here would take minutes in a debug build).
}

/// `chat parse` only cuts messages out and streams them: it takes what drafting refuses, up
/// to its own limit, and says that limit past it.
#[test]
fn chat_parse_takes_a_years_export_and_refuses_past_its_own_limit() {
    let desk = Desk::with_catalog();
    let file = desk.path("huge.txt");
    let chat = huge_chat();
    fs::write(&file, &chat).unwrap();
    let parsed = desk.json(&["chat", "parse", file.to_str().unwrap(), "--json"]);
    assert_eq!(
        parsed["messages"].as_array().map(Vec::len),
        Some(chat.lines().count())
    );
    // Past the limit, without writing it: a sparse file of that size (NUL bytes).
    let beyond = desk.path("beyond.txt");
    fs::File::create(&beyond)
        .and_then(|f| f.set_len(orderdesk::core::paste::MAX_PARSE_BYTES as u64 + 4096))
        .unwrap();
    let err = desk.refused(
        &["chat", "parse", beyond.to_str().unwrap()],
        &["the paste is 128.0 MB", "at most 128.0 MB", "split -C 128M"],
    );
    assert!(!err.contains("please report"), "{err}");
}

#[test]
fn a_paste_over_the_limit_is_refused_by_the_desk() {
    use orderdesk::ops::Desk as Book;
    use orderdesk::store::Store;
    use orderdesk::tui::harness::Harness;
    let dir = tempfile::tempdir().unwrap();
    let mut book = Book::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        orderdesk::config::Config::default(),
    );
    book.import_catalog(&fs::read_to_string(common::fixture("catalog.csv")).unwrap())
        .unwrap();
    let mut h = Harness::new(book, 120, 30, chrono::Utc::now().fixed_offset());
    h.paste(&huge_chat());
    let status = h.status();
    assert!(status.contains("at most 8.0 MB"), "{status}");
    assert!(!h.screen().contains("Review"), "no review opened");
}

// --- the smaller ones -------------------------------------------------------------------

#[test]
fn an_unknown_name_is_refused_with_the_close_match_unless_asked_to_create() {
    let desk = Desk::with_catalog();
    desk.ok(&["customer", "add", "Mei Chen", "--phone", "+1 512 555 0123"]);
    let err = desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "Mei Chn",
            "--item",
            "SCF-RED:1",
        ],
        &[
            "no customer called 'Mei Chn'",
            "did you mean 'Mei Chen'",
            "--new-customer",
        ],
    );
    assert!(!err.contains("internal"), "{err}");
    // The known name, in any capitals, is the same customer.
    desk.ok(&[
        "order",
        "new",
        "--customer",
        "mei chen",
        "--item",
        "SCF-RED:1",
    ]);
    let made = desk.ok(&[
        "order",
        "new",
        "--customer",
        "Mei Chn",
        "--new-customer",
        "--item",
        "SCF-RED:1",
    ]);
    assert!(made.contains("Mei Chn"), "{made}");
    let customers = desk.json(&["customer", "list", "--json"]);
    assert_eq!(customers.as_array().unwrap().len(), 2);
}

#[test]
fn an_empty_customer_name_is_refused() {
    let desk = Desk::with_catalog();
    desk.refused(
        &["customer", "add", "  ", "--phone", "+1 512 555 0123"],
        &["needs a name"],
    );
    desk.refused(
        &[
            "order",
            "new",
            "--customer",
            "+1 512 555 0123",
            "--name",
            " ",
            "--item",
            "SCF-RED:1",
        ],
        &["name is empty"],
    );
}

#[test]
fn skus_that_differ_only_by_case_are_one_product() {
    let desk = Desk::with_catalog();
    let products = desk
        .json(&["catalog", "list", "--json"])
        .as_array()
        .unwrap()
        .len();
    let csv = desk.path("lower.csv");
    fs::write(&csv, "sku,name,price\nscf-red,Wool Scarf,35.50\n").unwrap();
    desk.refused(
        &["catalog", "import", csv.to_str().unwrap()],
        &["'scf-red' is 'SCF-RED' in the catalog"],
    );
    let twice = desk.path("twice.csv");
    fs::write(&twice, "sku,name,price\nNEW-1,A,1\nnew-1,B,2\n").unwrap();
    desk.refused(
        &["catalog", "import", twice.to_str().unwrap()],
        &["already appears on line 2"],
    );
    // Typed in other capitals, a SKU finds its product.
    let (on_hand, _, _) = desk.stock("SCF-RED");
    desk.ok(&["stock", "receive", "scf-red", "2"]);
    assert_eq!(desk.stock("SCF-RED").0, on_hand + 2);
    let n = desk.new_order("+1 512 555 0123", &["scf-red:1", "SCF-RED:1"]);
    let order = desk.order(n);
    let lines = order["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1, "{order}");
    assert_eq!(
        (lines[0]["sku"].as_str(), lines[0]["qty"].as_i64()),
        (Some("SCF-RED"), Some(2))
    );
    assert_eq!(
        desk.json(&["catalog", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        products
    );
}

#[test]
fn a_reference_is_one_payment_however_it_is_written() {
    let desk = Desk::with_catalog();
    let a = desk
        .new_order("+1 512 555 0123", &["JKT-BLK-M:1"])
        .to_string();
    let b = desk
        .new_order("+1 512 555 0124", &["JKT-BLK-M:1"])
        .to_string();
    desk.ok(&[
        "order", "pay", &a, "--amount", "10", "--method", "pix", "--ref", " pix123 ",
    ]);
    for r in ["PIX123", "pix123", "  Pix123"] {
        desk.refused(
            &[
                "order", "pay", &b, "--amount", "10", "--method", "pix", "--ref", r,
            ],
            &["already recorded"],
        );
    }
}

#[test]
fn an_oversold_order_cannot_ship_units_never_on_hand() {
    let desk = Desk::with_catalog();
    // JKT-BRN-L: one on hand.
    let n = desk
        .new_order("+1 512 555 0123", &["JKT-BRN-L:3"])
        .to_string();
    desk.ok(&["order", "confirm", &n, "--oversell"]);
    desk.ok(&["order", "advance", &n, "packing"]);
    desk.refused(
        &["order", "advance", &n, "out_for_delivery"],
        &[
            "cannot ship 3 of JKT-BRN-L",
            "only 1 on hand",
            "receive stock first",
        ],
    );
    desk.ok(&["stock", "receive", "JKT-BRN-L", "2"]);
    desk.ok(&["order", "advance", &n, "out_for_delivery"]);
    assert_eq!(desk.stock("JKT-BRN-L").0, 0, "never below zero");
    desk.ok(&["stock", "check"]);
}

// --- in a real terminal (tmux) ----------------------------------------------------------

mod terminal {
    use std::fs;
    use std::process::{Command, Output};
    use std::thread::sleep;
    use std::time::{Duration, Instant};

    use super::EVIL;
    use super::common::Desk;

    /// A private tmux server (its own socket) with the clipboard passed through, as the
    /// README recommends; None (with the reason) where tmux is missing outside CI.
    struct Tmux {
        socket: String,
    }

    impl Tmux {
        fn start(name: &str, command: &str) -> Option<Tmux> {
            if Command::new("tmux").arg("-V").output().is_err() {
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "CI installs tmux (.ci/run); it is missing"
                );
                eprintln!("SKIPPED: tmux is not installed (apt-get install tmux)");
                return None;
            }
            let t = Tmux {
                socket: format!("orderdesk-hostile-{name}-{}", std::process::id()),
            };
            let started = t.run(&[
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "main",
                "-x",
                "120",
                "-y",
                "30",
                command,
            ]);
            assert!(
                started.status.success(),
                "{}",
                String::from_utf8_lossy(&started.stderr)
            );
            t.run(&["set", "-g", "set-clipboard", "on"]);
            Some(t)
        }

        fn run(&self, args: &[&str]) -> Output {
            let mut all = vec!["-L", self.socket.as_str()];
            all.extend_from_slice(args);
            Command::new("tmux")
                .args(all)
                .env("LANG", "C.UTF-8")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .output()
                .expect("run tmux")
        }

        fn text(&self, args: &[&str]) -> String {
            String::from_utf8_lossy(&self.run(args).stdout).into_owned()
        }

        /// The screen once it shows `text` (at most 15 s).
        fn wait_for(&self, text: &str) -> String {
            let start = Instant::now();
            loop {
                let screen = self.text(&["capture-pane", "-p", "-t", "main"]);
                if screen.contains(text) || start.elapsed() > Duration::from_secs(15) {
                    return screen;
                }
                sleep(Duration::from_millis(100));
            }
        }
    }

    impl Drop for Tmux {
        fn drop(&mut self) {
            self.run(&["kill-server"]);
        }
    }

    fn orderdesk(desk: &Desk, args: &str) -> String {
        format!(
            "{} --db {} --config {} {args}",
            env!("CARGO_BIN_EXE_orderdesk"),
            desk.db.display(),
            desk.config.display()
        )
    }

    #[test]
    fn a_hostile_chat_leaves_the_clipboard_and_the_title_alone() {
        let desk = Desk::with_catalog();
        let chat = desk.path("chat.txt");
        fs::write(
            &chat,
            format!("12/03/2024, 14:02 - {EVIL}: sent! Pix key: attacker@evil.example\n"),
        )
        .unwrap();
        let command = format!(
            "sh -c '{} ; echo DONE; sleep 30'",
            orderdesk(&desk, &format!("chat parse {}", chat.display()))
        );
        let Some(t) = Tmux::start("chat", &command) else {
            return;
        };
        t.run(&["set-buffer", "-b", "mine", "what the owner copied"]);
        let screen = t.wait_for("DONE");
        assert!(
            screen.contains("␛]52"),
            "the text is shown, inert: {screen}"
        );
        let buffers = t.text(&["list-buffers", "-F", "#{buffer_name}: #{buffer_sample}"]);
        assert!(
            !buffers.contains("attacker") && !buffers.contains("UGl4"),
            "the chat wrote the clipboard: {buffers}"
        );
        let title = t.text(&["display", "-p", "-t", "main", "#{pane_title}"]);
        assert!(
            !title.contains("pwned"),
            "the chat renamed the pane: {title}"
        );
    }

    #[test]
    fn the_desk_warns_when_the_book_has_no_recent_backup() {
        let desk = Desk::with_catalog();
        desk.write_config("[backup]\nkeep = 0\n");
        let backups = desk.path("backups");
        // with_catalog's first command made today's backup; a week and a day ago instead.
        for entry in fs::read_dir(&backups).unwrap().flatten() {
            fs::remove_file(entry.path()).unwrap();
        }
        let old = chrono::Local::now() - chrono::Duration::days(8);
        let name = old.format("book-%Y-%m-%d-%H%M%S.sqlite").to_string();
        fs::copy(&desk.db, backups.join(name)).unwrap();
        let Some(t) = Tmux::start("desk", &orderdesk(&desk, "")) else {
            return;
        };
        let screen = t.wait_for("no backup for");
        assert!(screen.contains("no backup for 8 days"), "{screen}");
        t.run(&["send-keys", "-t", "main", "q"]);
    }
}

#[test]
fn the_desk_refuses_an_amount_beyond_the_ceiling_where_it_is_typed() {
    use orderdesk::ops::{Desk as Book, ItemSpec, NewOrder};
    use orderdesk::store::Store;
    use orderdesk::tui::harness::Harness;
    let dir = tempfile::tempdir().unwrap();
    let mut book = Book::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        orderdesk::config::Config::default(),
    );
    book.import_catalog(&fs::read_to_string(common::fixture("catalog.csv")).unwrap())
        .unwrap();
    book.create_order(NewOrder {
        customer: "+1 512 555 0123".into(),
        items: vec![ItemSpec {
            sku: "SCF-RED".into(),
            qty: 1,
        }],
        ..NewOrder::default()
    })
    .unwrap();
    let mut h = Harness::new(book, 120, 30, chrono::Utc::now().fixed_offset());
    h.keys("Enter p Ctrl-u");
    h.type_text("92233720368547758.07");
    h.keys("Enter");
    assert!(
        h.status().contains("more than orderdesk takes"),
        "{}",
        h.status()
    );
}
