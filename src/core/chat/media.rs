//! Placeholders WhatsApp writes instead of media and for special events.
//!
//! They stay in the message text (the desk shows what the chat showed) and are flagged so the
//! order extractor knows a message is a photo, a deleted message or a location, not words.
//! Exports are localised: we know the English, Portuguese, Spanish and German forms.

use std::sync::LazyLock;

use serde::Serialize;

use super::lines::trim;

/// What kind of non-text content a message stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    /// Android "without media" export: `<Media omitted>` for every kind.
    Omitted,
    Image,
    Video,
    Audio,
    Sticker,
    Gif,
    Document,
    Contact,
    Location,
    /// "This message was deleted" / "You deleted this message".
    Deleted,
    /// The text ends with `<This message was edited>`; the words before it are the message.
    Edited,
    /// A missed or answered voice/video call.
    Call,
    /// An attachment whose kind the file name does not tell.
    File,
}

/// Whole-message placeholders of the Android "without media" export.
const OMITTED: &[&str] = &[
    "<media omitted>",
    "<mídia oculta>",
    "<midia oculta>",
    "<arquivo de mídia oculto>",
    "<multimedia omitido>",
    "<medien ausgeschlossen>",
    "<media omessi>",
    "<médias omis>",
    "<medias omis>",
];

/// iOS "without media" placeholders: "image omitted", "imagen omitida", "Bild weggelassen".
/// Documents carry their name first ("Invoice.pdf • 2 pages document omitted"), so these are
/// matched as endings.
const OMITTED_KINDS: &[(&str, MediaKind)] = &[
    ("image omitted", MediaKind::Image),
    ("imagem ocultada", MediaKind::Image),
    ("imagem omitida", MediaKind::Image),
    ("imagen omitida", MediaKind::Image),
    ("bild weggelassen", MediaKind::Image),
    ("video omitted", MediaKind::Video),
    ("vídeo omitido", MediaKind::Video),
    ("video omitido", MediaKind::Video),
    ("video weggelassen", MediaKind::Video),
    ("audio omitted", MediaKind::Audio),
    ("áudio ocultado", MediaKind::Audio),
    ("áudio omitido", MediaKind::Audio),
    ("audio omitido", MediaKind::Audio),
    ("audio weggelassen", MediaKind::Audio),
    ("sticker omitted", MediaKind::Sticker),
    ("figurinha omitida", MediaKind::Sticker),
    ("sticker omitido", MediaKind::Sticker),
    ("sticker weggelassen", MediaKind::Sticker),
    ("gif omitted", MediaKind::Gif),
    ("gif omitido", MediaKind::Gif),
    ("gif weggelassen", MediaKind::Gif),
    ("document omitted", MediaKind::Document),
    ("documento omitido", MediaKind::Document),
    ("dokument weggelassen", MediaKind::Document),
    ("contact card omitted", MediaKind::Contact),
    ("cartão de contato omitido", MediaKind::Contact),
    ("tarjeta de contacto omitida", MediaKind::Contact),
    ("kontaktkarte weggelassen", MediaKind::Contact),
    // Italian and French phones (shops near a border, customers abroad).
    ("immagine omessa", MediaKind::Image),
    ("video omesso", MediaKind::Video),
    ("audio omesso", MediaKind::Audio),
    ("sticker omesso", MediaKind::Sticker),
    ("gif omessa", MediaKind::Gif),
    ("documento omesso", MediaKind::Document),
    ("scheda contatto omessa", MediaKind::Contact),
    ("image absente", MediaKind::Image),
    ("vidéo absente", MediaKind::Video),
    ("audio omis", MediaKind::Audio),
    ("sticker omis", MediaKind::Sticker),
    ("gif retiré", MediaKind::Gif),
    ("document omis", MediaKind::Document),
    ("fiche contact omise", MediaKind::Contact),
];

const DELETED: &[&str] = &[
    "this message was deleted",
    "you deleted this message",
    "esta mensagem foi apagada",
    "essa mensagem foi apagada",
    "mensagem apagada",
    "você apagou esta mensagem",
    "se eliminó este mensaje",
    "este mensaje fue eliminado",
    "eliminaste este mensaje",
    "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht",
    "questo messaggio è stato eliminato",
    "hai eliminato questo messaggio",
    "ce message a été supprimé",
    "vous avez supprimé ce message",
];

/// Markers appended to an edited message's text.
const EDITED: &[&str] = &[
    "<this message was edited>",
    "<mensagem editada>",
    "<se editó este mensaje.>",
    "<se editó este mensaje>",
    "<diese nachricht wurde bearbeitet>",
    "<diese nachricht wurde bearbeitet.>",
    "<questo messaggio è stato modificato>",
    "<ce message a été modifié>",
];

/// iOS attachments with media: `<attached: 00000012-PHOTO-2024-01-12-10-00-00.jpg>`.
const ATTACHED_PREFIXES: &[&str] = &[
    "<attached:",
    "<anexado:",
    "<adjunto:",
    "<angehängt:",
    "<allegato:",
    "<pièce jointe :",
];
/// Android attachments with media: `IMG-20240112-WA0003.jpg (file attached)`.
const ATTACHED_SUFFIXES: &[&str] = &[
    "(file attached)",
    "(arquivo anexado)",
    "(archivo adjunto)",
    "(datei angehängt)",
];

const LOCATION_PREFIXES: &[&str] = &["location:", "localização:", "ubicación:", "standort:"];
const LIVE_LOCATION: &[&str] = &[
    "live location shared",
    "localização em tempo real compartilhada",
    "ubicación en tiempo real compartida",
    "live-standort geteilt",
];

const CALLS: &[&str] = &[
    "missed voice call",
    "missed video call",
    "voice call",
    "video call",
    "chamada de voz perdida",
    "chamada de vídeo perdida",
    "llamada perdida",
    "videollamada perdida",
    "verpasster sprachanruf",
    "verpasster videoanruf",
];

/// Recognises a placeholder in a message's text. Only the first line is read for
/// attachments (a caption may follow it) and only the end for the "edited" marker.
pub fn detect_media(text: &str) -> Option<MediaKind> {
    let first_line_end = memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len());
    detect_media_from(text, first_line_end)
}

/// [`detect_media`] when the caller knows where the first line of `text` ends (the end of
/// `text` for a one-line text).
pub(crate) fn detect_media_from(text: &str, first_line_end: usize) -> Option<MediaKind> {
    let first_line = trim(text.get(..first_line_end).unwrap_or(text));
    // Placeholders and file names are short; a long first line is words, unless edited.
    // Nearly every message fails the byte test below, and then only "edited" is left.
    if first_line.len() > MAX_PLACEHOLDER_BYTES || !could_be_placeholder(first_line) {
        return edited(text);
    }
    placeholder(text, first_line)
}

/// Every placeholder check on a short first line, in order; `edited` last.
fn placeholder(text: &str, first_line: &str) -> Option<MediaKind> {
    let first = first_line.to_lowercase();
    let first_plain = first.trim_end_matches('.');
    let whole_line = trim(text) == first_line;

    if whole_line && OMITTED.contains(&first_plain) {
        return Some(MediaKind::Omitted);
    }
    if whole_line && DELETED.contains(&first_plain) {
        return Some(MediaKind::Deleted);
    }
    if let Some(&(_, kind)) = OMITTED_KINDS
        .iter()
        .find(|(end, _)| first_plain.ends_with(end))
    {
        return Some(kind);
    }
    if let Some(inner) = ATTACHED_PREFIXES
        .iter()
        .find_map(|p| first.strip_prefix(p))
        .and_then(|rest| rest.strip_suffix('>'))
    {
        return Some(kind_of_file(inner.trim()));
    }
    if let Some(name) = ATTACHED_SUFFIXES.iter().find_map(|s| first.strip_suffix(s)) {
        return Some(kind_of_file(name.trim()));
    }
    if LOCATION_PREFIXES
        .iter()
        .any(|p| first.starts_with(p) && first.contains("http"))
        || LIVE_LOCATION.iter().any(|p| first_plain.starts_with(p))
    {
        return Some(MediaKind::Location);
    }
    if whole_line && CALLS.iter().any(|c| is_call_line(first_plain, c)) {
        return Some(MediaKind::Call);
    }
    edited(text)
}

/// False when no placeholder above can match the first line: lower-cased like the checks
/// above, it neither starts with `<` or the first five letters of a placeholder matched by
/// its start (calls, locations), nor ends (before any dots) with `)` or the last five of one
/// matched by its end (omitted kinds, deleted messages). Nearly every message is out after
/// a look at ten bytes.
fn could_be_placeholder(first_line: &str) -> bool {
    let keys = &*PLACEHOLDER_KEYS;
    let plain = first_line.trim_end_matches('.');
    let Some(&first) = first_line.as_bytes().first() else {
        return false;
    };
    // The first two and last two letters alone turn most lines away.
    let may_start = keys.start_pairs.has(start_pair(first_line));
    let may_end = keys.end_pairs.has(end_pair(plain));
    first == b'<'
        || first_line.ends_with(')')
        || may_start && keys.starts.binary_search(&start_key(first_line)).is_ok()
        || may_end && keys.ends.binary_search(&end_key(plain)).is_ok()
}

/// Five characters lower-cased, as bytes in a number; one outside ASCII (or missing) is 0.
type Key = u64;

struct PlaceholderKeys {
    starts: Vec<Key>,
    ends: Vec<Key>,
    /// The first two bytes of every start key, the first two (that is, the last two) of
    /// every end key.
    start_pairs: Pairs,
    end_pairs: Pairs,
}

/// A quick filter of byte pairs: for each first byte, the second bytes (by their low five
/// bits, so a few others pass too).
struct Pairs([u32; 128]);

impl Pairs {
    fn new(keys: &[Key]) -> Pairs {
        let mut table = [0u32; 128];
        for key in keys {
            let [a, b, ..] = key.to_le_bytes();
            table[usize::from(a & 0x7F)] |= 1 << (b & 31);
        }
        Pairs(table)
    }

    fn has(&self, [a, b]: [u8; 2]) -> bool {
        self.0[usize::from(a & 0x7F)] & (1 << (b & 31)) != 0
    }
}

/// Sorted, for a binary search.
static PLACEHOLDER_KEYS: LazyLock<PlaceholderKeys> = LazyLock::new(|| {
    let sorted = |mut keys: Vec<Key>| {
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let starts = sorted(
        CALLS
            .iter()
            .chain(LOCATION_PREFIXES)
            .chain(LIVE_LOCATION)
            .map(|p| start_key(p))
            .collect(),
    );
    let ends = sorted(
        OMITTED_KINDS
            .iter()
            .map(|(end, _)| *end)
            .chain(DELETED.iter().copied())
            .map(end_key)
            .collect(),
    );
    PlaceholderKeys {
        start_pairs: Pairs::new(&starts),
        end_pairs: Pairs::new(&ends),
        starts,
        ends,
    }
});

/// The first five characters of `text` lower-cased.
fn start_key(text: &str) -> Key {
    match text.as_bytes().first_chunk::<5>() {
        Some(&[a, b, c, d, e]) if [a, b, c, d, e].is_ascii() => {
            let mut bytes = [a, b, c, d, e, 0, 0, 0];
            bytes.make_ascii_lowercase();
            Key::from_le_bytes(bytes)
        }
        _ => key(text.chars().flat_map(char::to_lowercase).map(ascii_byte)),
    }
}

/// The last five characters of `text` lower-cased, from the last one back.
fn end_key(text: &str) -> Key {
    match text.as_bytes().last_chunk::<5>() {
        Some(&[a, b, c, d, e]) if [a, b, c, d, e].is_ascii() => {
            let mut bytes = [e, d, c, b, a, 0, 0, 0];
            bytes.make_ascii_lowercase();
            Key::from_le_bytes(bytes)
        }
        _ => key(text
            .chars()
            .rev()
            .flat_map(|c| c.to_lowercase().rev())
            .map(ascii_byte)),
    }
}

/// The first two bytes of [`start_key`], without working out the rest.
fn start_pair(text: &str) -> [u8; 2] {
    match text.as_bytes() {
        [a, b, ..] if a.is_ascii() && b.is_ascii() => {
            [a.to_ascii_lowercase(), b.to_ascii_lowercase()]
        }
        _ => pair(text.chars().flat_map(char::to_lowercase).map(ascii_byte)),
    }
}

/// The first two bytes of [`end_key`] (the last two characters, last first).
fn end_pair(text: &str) -> [u8; 2] {
    match text.as_bytes() {
        [.., a, b] if a.is_ascii() && b.is_ascii() => {
            [b.to_ascii_lowercase(), a.to_ascii_lowercase()]
        }
        _ => pair(
            text.chars()
                .rev()
                .flat_map(|c| c.to_lowercase().rev())
                .map(ascii_byte),
        ),
    }
}

fn pair(mut bytes: impl Iterator<Item = u8>) -> [u8; 2] {
    [bytes.next().unwrap_or(0), bytes.next().unwrap_or(0)]
}

fn ascii_byte(c: char) -> u8 {
    u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(0)
}

fn key(bytes: impl Iterator<Item = u8>) -> Key {
    let mut five = [0u8; 8];
    for (slot, b) in five.iter_mut().zip(bytes.take(5)) {
        *slot = b;
    }
    Key::from_le_bytes(five)
}

/// Longer than any placeholder line, including a long attachment file name.
const MAX_PLACEHOLDER_BYTES: usize = 300;

fn edited(text: &str) -> Option<MediaKind> {
    // Every marker ends with `>`, and no other character lower-cases to one.
    if let Some(&last) = text.as_bytes().last()
        && last.is_ascii_graphic()
        && last != b'>'
    {
        return None;
    }
    let text = text.trim_end();
    if !text.ends_with('>') {
        return None;
    }
    let tail = last_bytes(text, 48).to_lowercase();
    EDITED
        .iter()
        .any(|marker| tail.ends_with(marker))
        .then_some(MediaKind::Edited)
}

/// "Missed voice call" alone or followed by details ("Voice call, 12 min"), but not
/// "video call me later?".
fn is_call_line(line: &str, call: &str) -> bool {
    line.strip_prefix(call).is_some_and(|rest| {
        rest.is_empty() || rest.starts_with([',', '.', '(']) || rest.starts_with(" •")
    })
}

/// The last `n` bytes of `s`, widened to a character boundary.
fn last_bytes(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    &s[start..]
}

/// Classifies an attachment by WhatsApp's file-name conventions, then by extension.
fn kind_of_file(name: &str) -> MediaKind {
    let upper = name.to_uppercase();
    let by_name: &[(&str, MediaKind)] = &[
        ("PHOTO", MediaKind::Image),
        ("IMG-", MediaKind::Image),
        ("VIDEO", MediaKind::Video),
        ("VID-", MediaKind::Video),
        ("AUDIO", MediaKind::Audio),
        ("PTT-", MediaKind::Audio),
        ("AUD-", MediaKind::Audio),
        ("STICKER", MediaKind::Sticker),
        ("STK-", MediaKind::Sticker),
        ("GIF", MediaKind::Gif),
    ];
    if let Some(&(_, kind)) = by_name.iter().find(|(marker, _)| upper.contains(marker)) {
        return kind;
    }
    let extension = upper.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "JPG" | "JPEG" | "PNG" | "HEIC" => MediaKind::Image,
        "MP4" | "MOV" | "3GP" => MediaKind::Video,
        "OPUS" | "M4A" | "MP3" | "OGG" | "AAC" => MediaKind::Audio,
        "WEBP" => MediaKind::Sticker,
        "PDF" | "DOC" | "DOCX" | "XLS" | "XLSX" | "TXT" | "CSV" => MediaKind::Document,
        "VCF" => MediaKind::Contact,
        _ => MediaKind::File,
    }
}

/// Every check on every text, without the byte test in front: what `reference` reads with.
#[cfg(test)]
pub(super) mod plain {
    use super::*;

    pub fn detect_media(text: &str) -> Option<MediaKind> {
        let first_line = text.lines().next().unwrap_or("").trim();
        if first_line.len() > MAX_PLACEHOLDER_BYTES {
            return edited(text);
        }
        placeholder(text, first_line)
    }

    fn edited(text: &str) -> Option<MediaKind> {
        let tail = last_bytes(text.trim_end(), 48).to_lowercase();
        EDITED
            .iter()
            .any(|marker| tail.ends_with(marker))
            .then_some(MediaKind::Edited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MediaKind::*;

    #[test]
    fn placeholders_in_four_languages() {
        let table: &[(&str, Option<MediaKind>)] = &[
            ("<Media omitted>", Some(Omitted)),
            ("<Mídia oculta>", Some(Omitted)),
            ("<Multimedia omitido>", Some(Omitted)),
            ("<Medien ausgeschlossen>", Some(Omitted)),
            ("image omitted", Some(Image)),
            ("imagen omitida", Some(Image)),
            ("Bild weggelassen", Some(Image)),
            ("immagine omessa", Some(Image)),
            ("audio omis", Some(Audio)),
            ("sticker omitted", Some(Sticker)),
            ("GIF omitted", Some(Gif)),
            ("Price list.pdf • 2 pages document omitted", Some(Document)),
            ("Contact card omitted", Some(Contact)),
            ("This message was deleted", Some(Deleted)),
            ("You deleted this message.", Some(Deleted)),
            ("Esta mensagem foi apagada", Some(Deleted)),
            ("Se eliminó este mensaje.", Some(Deleted)),
            ("Diese Nachricht wurde gelöscht.", Some(Deleted)),
            (
                "<attached: 00000012-PHOTO-2024-01-12-10-00-00.jpg>",
                Some(Image),
            ),
            (
                "<attached: 00000013-AUDIO-2024-01-12-10-01-00.opus>",
                Some(Audio),
            ),
            ("<attached: Catalogo.pdf>", Some(Document)),
            (
                "IMG-20240112-WA0003.jpg (file attached)\nthis one in blue",
                Some(Image),
            ),
            ("PTT-20240112-WA0004.opus (arquivo anexado)", Some(Audio)),
            ("Mei.vcf (file attached)", Some(Contact)),
            (
                "location: https://maps.google.com/?q=-23.5,-46.6",
                Some(Location),
            ),
            (
                "Localização: https://maps.google.com/?q=-23.5,-46.6",
                Some(Location),
            ),
            ("Live location shared", Some(Location)),
            ("Missed voice call", Some(Call)),
            ("Voice call, 12 min", Some(Call)),
            ("ok 3 then <This message was edited>", Some(Edited)),
            ("fica 2 <Mensagem editada>", Some(Edited)),
        ];
        for &(text, expected) in table {
            assert_eq!(detect_media(text), expected, "{text}");
        }
    }

    /// The byte test in front never changes an answer: every first line it turns away gets
    /// what all the checks would give it.
    #[test]
    fn the_quick_test_only_turns_away_lines_without_placeholders() {
        use proptest::prelude::*;
        let words = prop_oneof![
            "\\PC{0,8}",
            Just("Omitted".to_string()),
            Just("MÍDIA oculta".to_string()),
            Just("<".to_string()),
            Just(")".to_string()),
            Just("Missed".to_string()),
            Just("Locat".to_string()),
            Just("gelÖscht".to_string()),
            Just("\u{212a}".to_string()),
            Just("İ".to_string()),
            Just(".".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
        ];
        let mut placeholders: Vec<String> = OMITTED
            .iter()
            .chain(DELETED)
            .chain(CALLS)
            .map(|s| s.to_string())
            .collect();
        placeholders.extend(OMITTED_KINDS.iter().map(|(s, _)| s.to_string()));
        placeholders.extend(LIVE_LOCATION.iter().map(|s| s.to_string()));
        let texts = (
            proptest::collection::vec(words, 0..6),
            proptest::sample::select(placeholders),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(words, placeholder, before, upper)| {
                let placeholder = if upper {
                    placeholder.to_uppercase()
                } else {
                    placeholder
                };
                let words = words.concat();
                if before {
                    format!("{placeholder}{words}")
                } else {
                    format!("{words}{placeholder}")
                }
            });
        proptest!(|(text in texts)| {
            let first_line = trim(text.lines().next().unwrap_or(""));
            if first_line.len() <= MAX_PLACEHOLDER_BYTES {
                prop_assert_eq!(detect_media(&text), placeholder(&text, first_line));
            }
        });
    }

    #[test]
    fn ordinary_words_are_not_placeholders() {
        for text in [
            "the jacket image omitted the hood?",
            "I deleted this message by mistake, sorry: 2 tees",
            "my location: near the bakery",
            "video call me later?",
            "",
            "<Media omitted> and also 2 tees",
        ] {
            assert_eq!(detect_media(text), None, "{text}");
        }
    }
}
