//! The built binary in a real terminal (tmux): paste a chat with `tmux paste-buffer -p`
//! (a bracketed paste, as a terminal delivers it), press Enter, and find the confirmed order
//! in the database. Skips with a printed reason where tmux is not installed, except under CI
//! (`CI=true`), which installs it.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use orderdesk::config::Config;
use orderdesk::core::order::Lifecycle;
use orderdesk::ops::{Desk, ListQuery};
use orderdesk::store::Store;

fn tmux(args: &[&str]) -> std::process::Output {
    // The desk in English whatever the developer's language (the server keeps this env).
    Command::new("tmux")
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run tmux")
}

#[test]
fn paste_in_a_real_terminal_then_enter() {
    if Command::new("tmux").arg("-V").output().is_err() {
        // .ci/run installs tmux: under CI its absence is a failure, not a skip.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but tmux is not installed (.ci/run installs it with apt-get)"
        );
        println!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.sqlite");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[shop]\nname = \"Northside Threads\"\nnames = [\"Northside Threads\"]\n",
    )
    .unwrap();
    {
        let mut desk = Desk::new(Store::open(&db).unwrap(), Config::load(&config).unwrap());
        let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalog.csv");
        desk.import_catalog(&std::fs::read_to_string(catalog).unwrap())
            .unwrap();
    }
    let session = format!("orderdesk-e2e-{}", std::process::id());
    let command = format!(
        "env ORDERDESK_LOG=off {} --db {} --config {}",
        env!("CARGO_BIN_EXE_orderdesk"),
        db.display(),
        config.display()
    );
    // A private tmux server (-L) so the test never touches the developer's sessions.
    let socket = format!("orderdesk-e2e-{}", std::process::id());
    let t = |args: &[&str]| {
        let mut all = vec!["-L", socket.as_str()];
        all.extend_from_slice(args);
        tmux(&all)
    };
    let started = t(&[
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "100",
        "-y",
        "30",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let screen = wait_for_socket(&socket, &session, "most urgent first");
    assert!(
        screen.contains("Northside Threads"),
        "the desk opened: {screen}"
    );

    let chat = dir.path().join("chat.txt");
    std::fs::write(&chat, "[2/3/24, 10:00] Rosa Díaz: hi! 2 red wool scarves please\n[2/3/24, 10:01] Rosa Díaz: address: 9 Harbour Road\n").unwrap();
    assert!(
        t(&["load-buffer", "-b", "chat", chat.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        t(&["paste-buffer", "-p", "-b", "chat", "-t", &session])
            .status
            .success()
    );
    let screen = wait_for_socket(&socket, &session, "Paste review");
    assert!(screen.contains("2 × Wool Scarf Red"), "{screen}");
    t(&["send-keys", "-t", &session, "Enter"]);
    let screen = wait_for_socket(&socket, &session, "created and confirmed");
    t(&["send-keys", "-t", &session, "q"]);
    sleep(Duration::from_millis(300));
    t(&["kill-server"]);

    let desk = Desk::new(Store::open(&db).unwrap(), Config::default());
    let orders = desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(orders.len(), 1, "{screen}");
    let o = &orders[0].order;
    assert_eq!(o.lifecycle, Lifecycle::Confirmed);
    assert_eq!(
        (o.lines[0].sku.as_str(), o.lines[0].qty),
        ("SCF-WOL-RED", 2)
    );
    assert_eq!(o.address.as_deref(), Some("9 Harbour Road"));
    assert_eq!(orders[0].customer_name, "Rosa Díaz");
}

fn wait_for_socket(socket: &str, session: &str, text: &str) -> String {
    let start = Instant::now();
    loop {
        let out = tmux(&["-L", socket, "capture-pane", "-p", "-t", session]);
        let screen = String::from_utf8_lossy(&out.stdout).into_owned();
        if screen.contains(text) || start.elapsed() > Duration::from_secs(15) {
            return screen;
        }
        sleep(Duration::from_millis(100));
    }
}
