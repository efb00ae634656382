//! The chat parser timed in-process on one export, for `../shared/perf/reference_speed.sh`:
//!
//!     cargo build --release --example chat_parse_speed
//!     EXTRA_CMD=target/release/examples/chat_parse_speed bash ../shared/perf/reference_speed.sh
//!
//! Reads the file named by the last argument into memory first, then times `parse_chat` alone
//! (the messages are dropped after the clock stops), and prints one JSON line:
//! `{"parser", "version", "count", "parse_s", "read_s", "system"}`.
//!
//! `--repeat N` parses N times and reports the median (`parse_s`) and the fastest run.
//!
//! `--dump` prints every message instead (line, date, time, author, system, media, text; one
//! JSON object a line, then the warnings), to compare two builds' readings of one file.

use std::time::Instant;

use orderdesk::core::chat::{ParseOptions, parse_chat};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dump = args.iter().any(|a| a == "--dump");
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let Some(path) = std::env::args_os().skip(1).last() else {
        eprintln!("usage: chat_parse_speed FILE");
        std::process::exit(1);
    };
    let started = Instant::now();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    };
    let read_s = started.elapsed().as_secs_f64();
    let mut times = Vec::with_capacity(repeat);
    let mut chat = None;
    for _ in 0..repeat.max(1) {
        drop(chat.take());
        let started = Instant::now();
        chat = Some(parse_chat(&text, &ParseOptions::default()));
        times.push(started.elapsed().as_secs_f64());
    }
    let chat = chat.unwrap_or_default();
    times.sort_by(f64::total_cmp);
    let parse_s = times[times.len() / 2];
    let fastest_s = times[0];
    if dump {
        for m in &chat.messages {
            println!(
                "{}",
                serde_json::json!([m.line, m.date, m.time, m.author, m.system, m.media, m.text])
            );
        }
        println!("{}", serde_json::json!(chat.warnings));
        return;
    }
    let system = chat.messages.iter().filter(|m| m.system).count();
    println!(
        "{}",
        serde_json::json!({
            "parser": "orderdesk parse_chat",
            "version": env!("CARGO_PKG_VERSION"),
            "count": chat.messages.len(),
            "system": system,
            "read_s": (read_s * 1e4).round() / 1e4,
            "parse_s": (parse_s * 1e4).round() / 1e4,
            "fastest_s": (fastest_s * 1e4).round() / 1e4,
            "runs": times.len(),
        })
    );
}
