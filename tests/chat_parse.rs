//! Parsing WhatsApp pastes: one snapshot per fixture under `tests/fixtures/chat/`, plus
//! behaviour that a snapshot would hide (no panics on any input, linear-size pastes).

use std::fs;
use std::path::Path;

use orderdesk::core::chat::{
    DateOrder, Message, ParseOptions, ParsedChat, parse_chat, read_chat, read_owned_chat,
};
use proptest::prelude::*;
use serde_json::{Value, json};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/chat");

/// Every fixture and the configured date order it is parsed with.
const CASES: &[(&str, DateOrder)] = &[
    ("ampm_dotted_spanish", DateOrder::Dmy),
    ("android_24h_dmy", DateOrder::Dmy),
    ("crlf_bom", DateOrder::Mdy),
    ("dots_dates", DateOrder::Mdy),
    ("finnish_klo", DateOrder::Mdy),
    ("headerless", DateOrder::Dmy),
    ("impossible_dates", DateOrder::Dmy),
    ("ios_12h_mdy_seconds", DateOrder::Dmy),
    ("media_placeholders", DateOrder::Dmy),
    ("media_placeholders_ios", DateOrder::Dmy),
    ("multiline_lookalike_headers", DateOrder::Mdy),
    ("narrow_nbsp_ampm", DateOrder::Dmy),
    ("no_comma", DateOrder::Mdy),
    ("paste_starts_mid_message", DateOrder::Dmy),
    ("rtl_and_emoji_authors", DateOrder::Mdy),
    ("system_messages_android", DateOrder::Mdy),
    ("system_messages_ios", DateOrder::Dmy),
    ("system_messages_ios_group_stretch", DateOrder::Mdy),
    ("two_digit_year", DateOrder::Dmy),
    ("web_time_first", DateOrder::Dmy),
    ("ymd_dash", DateOrder::Dmy),
];

fn parse_fixture(name: &str, date_order: DateOrder) -> ParsedChat {
    let path = Path::new(FIXTURES).join(format!("{name}.txt"));
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_chat(&text, &ParseOptions { date_order })
}

/// The snapshot shows what the JSON hides (line and media) so a reviewer sees everything.
fn snapshot_view(chat: &ParsedChat) -> Value {
    let messages: Vec<Value> = chat
        .messages
        .iter()
        .map(|m| {
            json!({
                "line": m.line,
                "date": m.date,
                "time": m.time,
                "author": m.author,
                "system": m.system,
                "media": m.media,
                "text": m.text,
            })
        })
        .collect();
    json!({ "messages": messages, "warnings": chat.warnings })
}

#[test]
fn every_fixture_matches_its_snapshot() {
    for &(name, order) in CASES {
        let chat = parse_fixture(name, order);
        insta::assert_json_snapshot!(name, snapshot_view(&chat));
    }
}

/// `read_chat` and `read_owned_chat` (borrowed messages, what `chat parse` streams) and
/// `parse_chat` (owned) agree.
#[test]
fn the_borrowed_reading_is_the_parsed_chat() {
    for &(name, date_order) in CASES {
        let path = Path::new(FIXTURES).join(format!("{name}.txt"));
        let text = fs::read_to_string(&path).unwrap_or_default();
        let opts = ParseOptions { date_order };
        let reading = read_chat(&text, &opts);
        let borrowed: Vec<Message> = reading.messages().map(|m| m.to_message()).collect();
        let parsed = parse_chat(&text, &opts);
        assert_eq!(borrowed, parsed.messages, "{name}");
        assert_eq!(reading.warnings(), parsed.warnings, "{name}");
        assert_eq!(reading.len(), parsed.messages.len(), "{name}");
        let owned = read_owned_chat(text.clone(), &opts);
        let owned: Vec<Message> = owned.messages().map(|m| m.to_message()).collect();
        assert_eq!(owned, parsed.messages, "{name}");
    }
}

#[test]
fn every_fixture_file_is_listed() {
    let mut on_disk: Vec<String> = fs::read_dir(FIXTURES)
        .unwrap_or_else(|e| panic!("cannot list {FIXTURES}: {e}"))
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    on_disk.sort();
    let listed: Vec<String> = CASES.iter().map(|(name, _)| name.to_string()).collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn the_public_json_has_the_documented_fields() {
    let chat = parse_fixture("media_placeholders", DateOrder::Dmy);
    let json = serde_json::to_value(&chat.messages[0]).unwrap_or_default();
    assert_eq!(
        json,
        json!({"date": "2024-04-08", "time": "11:00", "author": "Tomás Oliveira", "text": "<Media omitted>"})
    );
    let system = parse_fixture("system_messages_android", DateOrder::Dmy);
    let json = serde_json::to_value(&system.messages[0]).unwrap_or_default();
    assert_eq!(json["author"], Value::Null);
    assert_eq!(json["system"], Value::Bool(true));
}

/// An iOS group stretch without the encryption notice: the chat's name in the author slot
/// reports joins, adds, leaves and icon changes, and says nothing else, so its lines are
/// system messages; a person whose one message reads like an event keeps it.
#[test]
fn the_chat_name_slot_of_an_ios_group_is_system_without_its_notice() {
    let chat = parse_fixture("system_messages_ios_group_stretch", DateOrder::Mdy);
    let system: Vec<&str> = chat
        .messages
        .iter()
        .filter(|m| m.system)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        system,
        [
            "Maya Chen added Jordan Lee",
            "~\u{202f}Sam joined using this group's invite link",
            "Maya Chen changed this group's icon",
            "Jordan Lee left",
        ]
    );
    assert!(
        chat.messages
            .iter()
            .filter(|m| m.system)
            .all(|m| m.author.is_none())
    );
    let authors: Vec<Option<&str>> = chat
        .messages
        .iter()
        .filter(|m| !m.system)
        .map(|m| m.author.as_deref())
        .collect();
    assert!(!authors.contains(&Some("Northside Drops")), "{authors:?}");
    let sam = chat
        .messages
        .iter()
        .find(|m| m.author.as_deref() == Some("Sam"));
    assert_eq!(
        sam.map(|m| m.text.as_str()),
        Some("I added the blue one to my order")
    );
    // One event of the chat's name, acted by someone who talks, is enough.
    let short = parse_chat(
        "[13/09/2024, 09:58:12] Northside Drops: Maya Chen added Jordan Lee\n\
         [13/09/2024, 09:58:40] Maya Chen: Welcome Jordan!\n",
        &ParseOptions::default(),
    );
    assert!(short.messages[0].system && short.messages[0].author.is_none());
    assert_eq!(short.messages[1].author.as_deref(), Some("Maya Chen"));
}

#[test]
fn configured_order_only_decides_ambiguous_pastes() {
    let dmy = parse_fixture("two_digit_year", DateOrder::Dmy);
    let mdy = parse_fixture("two_digit_year", DateOrder::Mdy);
    assert_eq!(dmy.messages[0].date, "2024-04-03");
    assert_eq!(mdy.messages[0].date, "2024-03-04");
    assert_eq!(
        mdy.warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["dates like 03/04/24 are ambiguous; read as month/day (configured)"]
    );
    // The staff read it in their language.
    assert_eq!(
        mdy.warnings[0].in_locale(orderdesk::core::i18n::Locale::PT_BR),
        "datas como 03/04/24 são ambíguas; lidas como mês/dia (configurado)"
    );
    // A paste with a day above 12 ignores the configuration.
    let settled = parse_fixture("web_time_first", DateOrder::Dmy);
    assert_eq!(settled.messages[0].date, "2023-12-13");
    assert!(settled.warnings.is_empty());
}

#[test]
fn timestamps_are_available_as_chrono_values() {
    let chat = parse_fixture("ios_12h_mdy_seconds", DateOrder::Dmy);
    let last = chat.messages.last().and_then(Message::datetime);
    assert_eq!(
        last.map(|t| t.to_string()).as_deref(),
        Some("2023-12-14 00:05:40")
    );
    let headerless = parse_fixture("headerless", DateOrder::Dmy);
    assert_eq!(headerless.messages[0].datetime(), None);
}

#[test]
fn empty_and_blank_pastes_have_no_messages() {
    for text in ["", "\n\n", " \r\n\t", "\u{feff}"] {
        let chat = parse_chat(text, &ParseOptions::default());
        assert!(chat.messages.is_empty(), "{text:?}");
    }
}

/// A synthetic Android export of `count` messages, every fifth one spanning three lines.
fn synthetic_export(count: usize) -> String {
    let mut text = String::with_capacity(count * 70);
    for i in 0..count {
        let day = i % 28 + 1;
        let minute = i % 60;
        let author = if i % 2 == 0 {
            "Mei Chen"
        } else {
            "Northside Threads"
        };
        text.push_str(&format!(
            "{day:02}/01/2024, 14:{minute:02} - {author}: message number {i} about 2 jackets\n"
        ));
        if i % 5 == 0 {
            text.push_str("Total: $80\n\nName: Mei\n");
        }
    }
    text
}

#[test]
fn large_pastes_parse_completely() {
    // ~1 MB and ~4 MB: the counts prove nothing was merged or lost; speed lives in benches/.
    for count in [14_000, 56_000] {
        let text = synthetic_export(count);
        let chat = parse_chat(&text, &ParseOptions::default());
        assert_eq!(chat.messages.len(), count);
        assert!(chat.warnings.is_empty(), "{:?}", chat.warnings);
        let fifth = &chat.messages[5];
        assert_eq!(
            fifth.text,
            "message number 5 about 2 jackets\nTotal: $80\n\nName: Mei"
        );
    }
}

#[test]
fn a_single_enormous_line_is_one_message() {
    let text = format!("01/02/2024, 10:00 - Mei: {}", "jacket ".repeat(200_000));
    let chat = parse_chat(&text, &ParseOptions::default());
    assert_eq!(chat.messages.len(), 1);
}

fn header_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("[".to_string()),
        Just("]".to_string()),
        Just(", ".to_string()),
        Just(" - ".to_string()),
        Just(": ".to_string()),
        Just("\u{202f}PM".to_string()),
        Just("a. m.".to_string()),
        Just("klo ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{200e}".to_string()),
        Just("~\u{202f}".to_string()),
        "[0-9]{1,5}".prop_map(|s| s),
        "[/.:-]".prop_map(|s| s),
        "\\PC{0,6}".prop_map(|s| s),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let chat = parse_chat(&text, &ParseOptions::default());
        prop_assert!(chat.messages.len() <= text.lines().count().max(1));
    }

    #[test]
    fn header_looking_garbage_never_panics(text in header_like(), mdy in any::<bool>()) {
        let date_order = if mdy { DateOrder::Mdy } else { DateOrder::Dmy };
        let chat = parse_chat(&text, &ParseOptions { date_order });
        for message in &chat.messages {
            prop_assert!(message.line >= 1);
            prop_assert!(message.date.is_empty() || message.date.len() == 10);
        }
    }

    #[test]
    fn lone_headers_become_one_message(
        day in 1u32..=28, month in 1u32..=12, hour in 0u32..=23, minute in 0u32..=59,
        author in "[A-Za-z][A-Za-z ]{0,20}[A-Za-z]",
    ) {
        let text = format!("{day}/{month}/2024, {hour}:{minute:02} - {author}: hi");
        let chat = parse_chat(&text, &ParseOptions::default());
        prop_assert_eq!(chat.messages.len(), 1);
        prop_assert_eq!(chat.messages[0].author.as_deref(), Some(author.trim()));
    }
}
