//! Chat parsing and draft building throughput.
//!
//! Run with `cargo bench --bench chat`. Needs in Cargo.toml:
//! `[[bench]] name = "chat" harness = false`.

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use orderdesk::core::chat::{ParseOptions, parse_chat};

fn main() {
    divan::main();
}

/// Messages in the synthetic export: enough that per-call overhead disappears.
const EXPORT_MESSAGES: usize = 120_000;

/// An Android export with the usual mix: one-line messages, multi-line ones with lines that
/// look like headers (`Total: $80`), media placeholders and a system message now and then.
fn synthetic_export(count: usize) -> String {
    let mut text = String::with_capacity(count * 80);
    for i in 0..count {
        let day = i % 28 + 1;
        let month = i / 28 % 12 + 1;
        let (hour, minute) = (i / 60 % 24, i % 60);
        let header = format!("{day:02}/{month:02}/2024, {hour:02}:{minute:02} - ");
        text.push_str(&header);
        match i % 10 {
            0 => text.push_str("Mei Chen: 2 black tees size M and the blue denim jacket\n"),
            1 => text.push_str("Northside Threads: ok! Total: $80\nName: Mei\n\nPix: shop@x.com\n"),
            2 => text.push_str("+55 11 98765-4321: <Media omitted>\n"),
            3 => text.push_str("Ana joined using this group's invite link\n"),
            4 => text.push_str("Mei Chen: actually make it 3 <This message was edited>\n"),
            _ => text.push_str("Mei Chen: can you deliver to 221 Baker St tomorrow?\n"),
        }
    }
    text
}

#[divan::bench(sample_count = 20)]
fn parse_export(bencher: Bencher) {
    let text = synthetic_export(EXPORT_MESSAGES);
    let opts = ParseOptions::default();
    let messages = parse_chat(&text, &opts).messages.len();
    assert_eq!(messages, EXPORT_MESSAGES);
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(ItemsCount::new(messages))
        .bench(|| parse_chat(black_box(&text), &opts));
}
