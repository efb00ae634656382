//! The chat parser timed in-process on one export, for `../shared/perf/reference_speed.sh`:
//!
//!     cargo build --release --example chat_parse_speed
//!     EXTRA_CMD=target/release/examples/chat_parse_speed bash ../shared/perf/reference_speed.sh
//!
//! Reads the file named by the last argument into memory first, then times `parse_chat` alone
//! (the messages are dropped after the clock stops), and prints one JSON line:
//! `{"parser", "version", "count", "parse_s", "read_s", "system"}`.
//!
//! `read_chat_s` is the same paste read with `read_chat` (borrowed messages, nothing copied
//! out), timed after the parse. `--repeat N` runs each N times and reports the medians (and
//! the fastest parse).
//!
//! `--dump` prints every message instead (line, date, time, author, system, media, text; one
//! JSON object a line, then the warnings), to compare two builds' readings of one file.

use std::time::Instant;

use orderdesk::core::chat::{ParseOptions, parse_chat, read_chat};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dump = args.iter().any(|a| a == "--dump");
    // `--skip-read` or `--skip-parse` leaves out one of the two (to profile the other alone).
    let skip_read = args.iter().any(|a| a == "--skip-read");
    let skip_parse = args.iter().any(|a| a == "--skip-parse");
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
    for _ in 0..repeat.max(1) * usize::from(!skip_parse) {
        drop(chat.take());
        let started = Instant::now();
        chat = Some(parse_chat(&text, &ParseOptions::default()));
        times.push(started.elapsed().as_secs_f64());
    }
    let chat = chat.unwrap_or_default();
    times.sort_by(f64::total_cmp);
    let parse_s = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let fastest_s = times.first().copied().unwrap_or(0.0);
    // The same paste read without copying the messages out (what `chat parse` streams from).
    let mut read_times = Vec::with_capacity(repeat);
    for _ in 0..repeat.max(1) * usize::from(!skip_read) {
        let started = Instant::now();
        let reading = read_chat(&text, &ParseOptions::default());
        read_times.push(started.elapsed().as_secs_f64());
        assert!(skip_parse || reading.len() == chat.messages.len());
    }
    read_times.sort_by(f64::total_cmp);
    let read_chat_s = read_times.get(read_times.len() / 2).copied().unwrap_or(0.0);
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
            "read_chat_s": (read_chat_s * 1e4).round() / 1e4,
            "runs": times.len(),
        })
    );
}
