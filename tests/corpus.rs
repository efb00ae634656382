//! The reader against the shop chats it was not written on: `../shared/corpus/` (or the folder
//! in `ORDERDESK_CORPUS`), scored by the corpus's own `score.py` on this build's binary. The
//! floors sit a little under today's figures (README, "How well a paste is read"), so a change
//! that makes the reader worse on real chats fails here even when every fixture still passes.
//! Under CI (`CI=true`), where `../shared` is checked out beside the project, a missing corpus
//! fails; elsewhere the test says why it skips.

use std::path::PathBuf;
use std::process::Command;

/// Where the corpus is, if this machine has it.
fn corpus() -> Option<PathBuf> {
    let dir = match std::env::var_os("ORDERDESK_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    dir.join("score.py").is_file().then_some(dir)
}

/// `key=value` pairs of score.py's last line.
fn summary(output: &str) -> Vec<(String, String)> {
    let line = output
        .lines()
        .rev()
        .find(|l| l.starts_with("SUMMARY "))
        .unwrap_or_else(|| panic!("score.py printed no SUMMARY line:\n{output}"));
    line.split_whitespace()
        .skip(1)
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// "57/58" → (57, 58).
fn fraction(value: &str) -> (u32, u32) {
    let (a, b) = value.split_once('/').expect("a count like 57/58");
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
fn the_shared_corpus_is_read_as_well_as_the_readme_says() {
    let Some(dir) = corpus() else {
        // CI checks the project out beside ../shared: there, a missing corpus is a failure.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but no corpus at ../shared/corpus (or ORDERDESK_CORPUS)"
        );
        println!(
            "skipped: no corpus at ../shared/corpus (set ORDERDESK_CORPUS to a folder with \
             score.py to run this)"
        );
        return;
    };
    let out = Command::new("python3")
        .arg(dir.join("score.py"))
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_orderdesk"))
        .arg("--corpus")
        .arg(&dir)
        .output()
        .expect("python3 runs score.py");
    let text = String::from_utf8_lossy(&out.stdout);
    let s = summary(&text);
    let get = |k: &str| {
        s.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {k} in the SUMMARY"))
    };
    assert_eq!(get("errors"), "0", "{text}");
    let (msgs, all) = fraction(get("messages_exact"));
    assert_eq!(msgs, all, "every message parsed as written");
    let f1: f64 = get("items_F1").parse().unwrap();
    assert!(f1 >= 0.97, "items F1 {f1} under 0.97");
    for (key, floor) in [
        ("orders_exact", 0.95),
        ("customer_name", 0.95),
        ("address", 0.95),
        ("claim", 0.95),
        ("pickup", 0.95),
    ] {
        let (got, of) = fraction(get(key));
        assert!(
            f64::from(got) >= floor * f64::from(of),
            "{key} {got}/{of} under its floor; run score.py --verbose to read the misses"
        );
    }
    assert_eq!(
        get("phantom_drafts"),
        "0",
        "a draft for a chat where nothing was ordered"
    );
}
