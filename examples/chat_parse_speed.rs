//! The chat parser timed in-process on one export, for `../shared/perf/reference_speed.sh`:
//!
//!     cargo build --release --example chat_parse_speed
//!     EXTRA_CMD=target/release/examples/chat_parse_speed bash ../shared/perf/reference_speed.sh
//!
//! Reads the file named by the last argument into memory first, then times the parse call
//! alone (what it returns is dropped after the clock stops) and prints one JSON line:
//! `{"parser", "version", "count", "system", "parse_s", "read_s"}`.
//!
//! - `--call read` (the default) times `read_chat`: every message's date, time, author, text
//!   and kind settled, the text lent from the paste (what `chat parse` streams from).
//! - `--call parse` times `parse_chat`: the same, copied out into owned `Message`s.
//! - `--repeat N` calls it N times in the process and reports the median and the fastest.
//! - `--dump` prints every message instead (line, date, time, author, system, media, text;
//!   one JSON object a line, then the warnings), to compare two builds' readings of a file.

use std::time::Instant;

use orderdesk::core::chat::{ParseOptions, parse_chat, read_chat};
use serde_json::json;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| args.iter().position(|a| a == name);
    let value = |name: &str| flag(name).and_then(|i| args.get(i + 1)).map(String::as_str);
    let Some(path) = args.iter().skip(1).last() else {
        eprintln!("usage: chat_parse_speed [--call read|parse] [--repeat N] [--dump] FILE");
        std::process::exit(1);
    };
    let started = Instant::now();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let read_s = started.elapsed().as_secs_f64();
    let opts = ParseOptions::default();

    if flag("--dump").is_some() {
        let chat = parse_chat(&text, &opts);
        for m in &chat.messages {
            println!(
                "{}",
                json!([m.line, m.date, m.time, m.author, m.system, m.media, m.text])
            );
        }
        println!("{}", json!(chat.warnings));
        return;
    }

    let owned = match value("--call") {
        None | Some("read") => false,
        Some("parse") => true,
        Some(other) => {
            eprintln!("--call takes read or parse, not {other}");
            std::process::exit(1);
        }
    };
    let repeat = value("--repeat")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let mut times = Vec::with_capacity(repeat);
    let (mut count, mut system) = (0, 0);
    for _ in 0..repeat {
        if owned {
            let started = Instant::now();
            let chat = parse_chat(&text, &opts);
            times.push(started.elapsed().as_secs_f64());
            count = chat.messages.len();
            system = chat.messages.iter().filter(|m| m.system).count();
        } else {
            let started = Instant::now();
            let reading = read_chat(&text, &opts);
            times.push(started.elapsed().as_secs_f64());
            count = reading.len();
            system = reading.messages().filter(|m| m.system).count();
        }
    }
    times.sort_by(f64::total_cmp);
    let round = |s: f64| (s * 1e4).round() / 1e4;
    let mut line = json!({
        "parser": if owned { "orderdesk parse_chat" } else { "orderdesk read_chat" },
        "version": env!("CARGO_PKG_VERSION"),
        "count": count,
        "system": system,
        "parse_s": round(times[times.len() / 2]),
        "read_s": round(read_s),
    });
    if repeat > 1 {
        line["fastest_s"] = json!(round(times[0]));
        line["runs"] = json!(repeat);
    }
    println!("{line}");
}
