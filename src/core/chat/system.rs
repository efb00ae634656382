//! Tells WhatsApp's own messages (encryption notice, joins, leaves, renames, number changes)
//! from what people wrote.
//!
//! Android writes them with no author: `12/01/2024, 14:05 - Mei left`. iOS often puts a name
//! in the author slot: the chat's own name (`My Shop: Boris added you`), or the person who
//! acted (`Boris: Boris created group "Sale"`). So a message is system when
//! - its header has no `Author: ` part, or what precedes the first colon is itself the start
//!   of an event (a rename to a name holding a colon: `Ana changed the subject to "A: B"`);
//! - its text is a fixed notice nobody types (the encryption notice, "You're now an admin");
//! - its text is a group event whose actor is the author slot, or whose author slot only
//!   ever posts notices and events (the chat's name), which the caller decides for the paste.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::trim;
use super::prefix_gate::PrefixGate;

/// Longer than any contact name; beyond it the "author" is a sentence with a colon in it.
const MAX_AUTHOR_CHARS: usize = 80;

/// Splits `Mei: hello` into (`Mei`, `hello`). None when there is no author part.
pub(crate) fn split_author(rest: &str) -> Option<(&str, &str)> {
    // The first colon followed by white space (or the end) ends the author.
    let bytes = rest.as_bytes();
    let colon = memchr::memchr_iter(b':', bytes).find(|&i| match bytes.get(i + 1) {
        None | Some(b' ') => true,
        Some(&b) if b < 0x80 => char::from(b).is_whitespace(),
        Some(_) => rest[i + 1..].starts_with(char::is_whitespace),
    })?;
    let author = trim(&rest[..colon]);
    if author.is_empty()
        || (author.len() > MAX_AUTHOR_CHARS && author.chars().count() > MAX_AUTHOR_CHARS)
        || starts_event(author)
    {
        return None;
    }
    let text = &rest[colon + 1..];
    // One space (or a no-break one) follows the colon; anything beyond it is the message's.
    let space = match text.as_bytes() {
        [b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0xAF, ..] => 3,
        _ => 0,
    };
    Some((author, &text[space..]))
}

/// iOS marks senders who are not in the phone's contacts with "~ " before their name.
pub(crate) fn clean_author(author: &str) -> &str {
    trim(author.strip_prefix('~').map_or(author, str::trim_start))
}

/// The verbs that introduce a quoted name, with its opening quote. When one stands before
/// the first colon, the colon is inside the new name and there is no author.
static EVENT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?:^|\s)(?:changed the subject|changed the group name|changed this group's name|"#,
        r"created group|created the group|criou o grupo|mudou o assunto|mudou o nome|",
        r"alterou o nome|alterou o assunto|creó el grupo|cambió el asunto|cambió el nombre|",
        r"creaste el grupo|hat die gruppe|hat den betreff|hat den gruppennamen|",
        r#"hast die gruppe|hast den betreff)\b[^"“”„«]*["“”„«]"#,
    ))
    .unwrap_or_else(|e| unreachable!("event prefix regex: {e}"))
});

fn starts_event(candidate: &str) -> bool {
    // The pattern ends with an opening quote; a name without any byte of one (", “, ”, „, «)
    // cannot match, and that is nearly every name.
    let bytes = candidate.as_bytes();
    let quoted = if bytes.is_ascii() {
        memchr::memchr(b'"', bytes).is_some()
    } else {
        bytes.iter().any(|b| matches!(b, b'"' | 0x9C..=0x9E | 0xAB))
    };
    quoted && EVENT_PREFIX.is_match(candidate)
}

// Notices WhatsApp writes and nobody types, in en/pt/es/de, matched ignoring case as whole
// texts (a final `.` or `!` allowed). Three kinds:

/// Notices that may go on after their last word ("…encrypted. Tap to learn more.").
const NOTICES_GOING_ON: &[&str] = &[
    "messages and calls are end-to-end encrypted",
    "i messaggi e le chiamate sono crittografati end-to-end",
    "les messages et les appels sont chiffrés de bout en bout",
    "messages to this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption",
    "this chat is with a business account",
    "this business (?:account|is now)",
    "your security code with .+ changed",
    "seu código de segurança com .+ mudou",
    "tu código de seguridad con .+ cambió",
    "dein sicherheitscode für .+ geändert",
    "you blocked this contact",
    "you unblocked this contact",
];

/// Notices recognised by a phrase anywhere in them.
const NOTICES_ANYWHERE: &[&str] = &[
    "criptografia de ponta a ponta",
    "encriptadas ponto a ponto",
    "encriptadas ponta a ponta",
    "cifrados de extremo a extremo",
    "ende-zu-ende-verschlüsselt",
];

/// Notices that are the whole text.
const NOTICES_WHOLE: &[&str] = &[
    "you're now an admin",
    "you’re now an admin",
    "you are now an admin",
    "you're no longer an admin",
    "you’re no longer an admin",
    "you are no longer an admin",
    "você agora é (?:um )?admin(?:istrador)?",
    "ahora eres admin(?:istrador)?",
    "du bist jetzt (?:ein )?admin",
    "you created (?:group .+|this group)",
    "você criou o grupo .+",
    "creaste el grupo .+",
    "du hast die gruppe .+ erstellt",
    "you were added(?: by .+)?",
    "you joined using this group's invite link",
    "you left",
    "you were removed(?: by .+)?",
    "você foi adicionad[oa](?: por .+)?",
    "você entrou usando o link de convite.*",
    "você saiu",
    "te añadi(?:ó .+|eron)",
    "te uniste usando el enlace de invitación.*",
    "saliste(?: del grupo)?",
    "du wurdest .*hinzugefügt",
    "du hast die gruppe verlassen",
    "disappearing messages .*",
    "mensagens temporárias .*",
    "mensajes temporales .*",
];

/// All notices in one pattern. A notice going on is written `(?:\W.*)?` after its last word
/// rather than `\b.*`: the same texts, but without a word boundary the regex crate keeps to
/// its fast engine on non-ASCII text, and one shared `\W` compiles in a fraction of the time.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    let anywhere: Vec<String> = NOTICES_ANYWHERE
        .iter()
        .map(|p| format!(".*{p}.*"))
        .collect();
    Regex::new(&format!(
        r"(?is)^(?:(?:{})(?:\W.*)?|{}|{})[.!]?$",
        NOTICES_GOING_ON.join("|"),
        anywhere.join("|"),
        NOTICES_WHOLE.join("|"),
    ))
    .unwrap_or_else(|e| unreachable!("notice regex: {e}"))
});

/// The notices that start the text (all but [`NOTICES_ANYWHERE`]), by their first letters.
static NOTICE_STARTS: LazyLock<PrefixGate> = LazyLock::new(|| {
    let starts: Vec<&'static str> = NOTICES_GOING_ON
        .iter()
        .chain(NOTICES_WHOLE)
        .copied()
        .collect();
    PrefixGate::new(&starts)
});

/// WhatsApp's own lines are short; longer texts are never read as notices or events, which
/// keeps a pasted novel from running the regexes below over its whole length.
const MAX_SYSTEM_BYTES: usize = 400;

/// True for a fixed WhatsApp notice such as the end-to-end encryption message. `text` is
/// trimmed; `has_phrase` says whether it holds a [`NoticePhrases`] phrase.
pub(crate) fn is_notice(text: &str, has_phrase: bool) -> bool {
    text.len() <= MAX_SYSTEM_BYTES
        && (has_phrase || NOTICE_STARTS.could_match(text))
        && NOTICE.is_match(text)
}

/// Where the phrases that make a notice wherever they stand ([`NOTICES_ANYWHERE`]) are in a
/// paste, found in one search over the whole paste rather than one per message.
#[derive(Debug, Clone, Default)]
pub(crate) struct NoticePhrases {
    /// Where each occurrence starts and ends in the paste, in order.
    found: Vec<(usize, usize)>,
    next: usize,
}

/// A part of each phrase in [`NOTICES_ANYWHERE`] without `s` or `k` (whose case folds include
/// non-ASCII letters), so that matching it ignoring ASCII case is matching it as `(?i)` does.
const PHRASE_PARTS: &[&str] = &[
    "ponta a ponta",
    "ponto a ponto",
    "extremo a extremo",
    "ende-zu-ende",
];

/// One search for all phrase parts; measured at a quarter of the time of finding their rare
/// letters with `memchr` and comparing around each.
static PHRASE_PARTS_RE: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(&format!("(?i-u){}", PHRASE_PARTS.join("|")))
        .unwrap_or_else(|e| unreachable!("phrase regex: {e}"))
});

impl NoticePhrases {
    pub fn find(paste: &str) -> NoticePhrases {
        let bytes = paste.as_bytes();
        let mut found = Vec::new();
        let mut from = 0;
        // Every start, overlapping ones too.
        while let Some(m) = PHRASE_PARTS_RE.find_at(bytes, from) {
            found.push((m.start(), m.end()));
            from = m.start() + 1;
        }
        NoticePhrases { found, next: 0 }
    }

    /// True when a phrase lies inside `start..end`. Spans must be asked about in order.
    pub fn within(&mut self, start: usize, end: usize) -> bool {
        while self.found.get(self.next).is_some_and(|&(s, _)| s < start) {
            self.next += 1;
        }
        self.found[self.next..]
            .iter()
            .take_while(|&&(s, _)| s < end)
            .any(|&(_, e)| e <= end)
    }
}

/// What follows the actor in a group event, in en/pt/es/de: joins, leaves, adds, removals,
/// renames, number changes. A group event is "<actor> <event>", the actor 1 to 80 characters.
const EVENTS: &[&str] = &[
    // English
    "created group .+",
    "created this group",
    "added .+",
    "removed .+",
    "left",
    "was added",
    "was removed",
    "joined using this group's invite link",
    "joined using a group link",
    "joined from the community",
    "changed the subject (?:from .+ )?to .+",
    "changed the group name (?:from .+ )?to .+",
    "changed this group's (?:icon|settings|description|name).*",
    "changed the group description",
    "deleted this group's icon",
    "changed their phone number.*",
    "changed to .+",
    "is now an admin",
    "turned (?:on|off) disappearing messages.*",
    "turned (?:on|off) admin approval.*",
    "reset this group's invite link",
    "pinned a message",
    // Portuguese
    "criou o grupo .+",
    "adicionou .+",
    "removeu .+",
    "saiu",
    "entrou usando o link de convite.*",
    "mudou o assunto .+",
    "mudou o nome do grupo .+",
    "alterou o nome do grupo .+",
    "mudou a imagem deste grupo",
    "mudou a descrição do grupo",
    "alterou a descrição do grupo",
    "mudou seu número de telefone.*",
    "mudou para .+",
    "trocou (?:seu|de) número.*",
    // Spanish
    "creó el grupo .+",
    "añadió a .+",
    "te añadió",
    "agregó a .+",
    "te agregó",
    "eliminó a .+",
    "te eliminó",
    "salió(?: del grupo)?",
    "se unió usando el enlace de invitación.*",
    "cambió el asunto .+",
    "cambió el nombre del grupo .+",
    "cambió la imagen de este grupo",
    "cambió la descripción del grupo",
    "cambió su número de teléfono.*",
    "cambió a .+",
    // German
    "hat die gruppe .+ erstellt",
    "hat .+ hinzugefügt",
    "hat .+ entfernt",
    "hat die gruppe verlassen",
    "ist über den einladungslink (?:dieser gruppe )?beigetreten",
    "hat den betreff .+ geändert",
    "hat den gruppennamen .+ geändert",
    "hat das gruppenbild geändert",
    "hat die gruppenbeschreibung geändert",
    "hat (?:seine|ihre) telefonnummer .*geändert.*",
    "hat zu .+ gewechselt",
];

/// The whole text after the actor and its space is one of [`EVENTS`].
static EVENT_AFTER_ACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?is)^(?:{})[.!]?$", EVENTS.join("|")))
        .unwrap_or_else(|e| unreachable!("group event regex: {e}"))
});

static EVENT_STARTS: LazyLock<PrefixGate> = LazyLock::new(|| PrefixGate::new(EVENTS));

/// Longest actor of a group event, in characters.
const MAX_ACTOR_CHARS: usize = 80;

/// The actor of a group event ("Boris added you" → "Boris"), or None when the text is not one.
/// The actor is the shortest start of the text after which a space and an event follow.
pub(crate) fn group_event_actor(text: &str) -> Option<&str> {
    let text = trim(text);
    // Events are one short line; a longer text is a message that merely starts alike.
    if text.len() > MAX_SYSTEM_BYTES || text.contains('\n') {
        return None;
    }
    let mut chars_before = 0;
    let mut counted_to = 0;
    for space in memchr::memchr_iter(b' ', text.as_bytes()) {
        chars_before += text[counted_to..space].chars().count();
        counted_to = space;
        if chars_before > MAX_ACTOR_CHARS {
            return None;
        }
        let after = &text[space + 1..];
        if chars_before > 0 && EVENT_STARTS.could_match(after) && EVENT_AFTER_ACTOR.is_match(after)
        {
            return Some(clean_author(&text[..space]));
        }
        // Otherwise this space belongs to a longer actor.
    }
    None
}

/// True when `text` (trimmed) is a group event acted by `author` ("Boris: Boris created
/// group …").
pub(crate) fn is_own_group_event(text: &str, author: &str) -> bool {
    // The actor, cleaned like an author, is the start of the text: a text that does not
    // start with the author's name (the usual case) needs no further look.
    let body = text.strip_prefix('~').map_or(text, str::trim_start);
    body.as_bytes()
        .get(..author.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(author.as_bytes()))
        && group_event_actor(text).is_some_and(|actor| actor.eq_ignore_ascii_case(author))
}

/// The plain readings the quick ones above are checked against: the notice and event
/// patterns run on every text (with `\b.*` where [`NOTICE`] has `(?:\W.*)?`), and the author
/// split as a character loop.
#[cfg(test)]
pub(super) mod plain {
    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;

    pub fn split_author(rest: &str) -> Option<(&str, &str)> {
        let colon = rest
            .char_indices()
            .filter(|&(_, c)| c == ':')
            .map(|(i, _)| i)
            .find(|&i| rest[i + 1..].chars().next().is_none_or(char::is_whitespace))?;
        let author = rest[..colon].trim();
        if author.is_empty()
            || author.chars().count() > MAX_AUTHOR_CHARS
            || EVENT_PREFIX.is_match(author)
        {
            return None;
        }
        let text = &rest[colon + 1..];
        Some((
            author,
            text.strip_prefix([' ', '\u{a0}', '\u{202f}'])
                .unwrap_or(text),
        ))
    }

    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        let going_on: Vec<String> = NOTICES_GOING_ON
            .iter()
            .map(|p| format!(r"{p}\b.*"))
            .collect();
        let anywhere: Vec<String> = NOTICES_ANYWHERE
            .iter()
            .map(|p| format!(".*{p}.*"))
            .collect();
        let all = [
            going_on.join("|"),
            anywhere.join("|"),
            NOTICES_WHOLE.join("|"),
        ];
        Regex::new(&format!(r"(?is)^(?:{})[.!]?$", all.join("|"))).unwrap_or_else(|e| panic!("{e}"))
    });

    pub fn is_notice(text: &str) -> bool {
        let text = text.trim();
        text.len() <= MAX_SYSTEM_BYTES && NOTICE.is_match(text)
    }

    static GROUP_EVENT: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(
            r"(?is)^(?P<actor>[^\n]{{1,80}}?) (?:{})[.!]?$",
            EVENTS.join("|")
        );
        Regex::new(&pattern).unwrap_or_else(|e| panic!("{e}"))
    });

    pub fn group_event_actor(text: &str) -> Option<&str> {
        let text = text.trim();
        if text.len() > MAX_SYSTEM_BYTES || text.contains('\n') {
            return None;
        }
        let actor = GROUP_EVENT.captures(text)?.name("actor")?;
        Some(clean_author(actor.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Texts built from the starts of notices and events in any case, names, the characters
    /// whose case folds are ASCII letters, and anything else.
    fn system_like() -> impl Strategy<Value = String> {
        let mut starts: Vec<String> = NOTICES_GOING_ON
            .iter()
            .chain(NOTICES_WHOLE)
            .chain(EVENTS)
            .map(|p| crate::core::chat::prefix_gate::literal_prefix(p).to_string())
            .collect();
        starts.extend(NOTICES_ANYWHERE.iter().map(|p| p.to_string()));
        let names = [
            "Mei",
            "~ Mei",
            "Boris",
            "group",
            "this group",
            "you",
            "to",
            "“Sale: 50%”",
        ];
        starts.extend(names.map(str::to_string));
        let signs = [
            " ", ".", "!", ":", ": ", "\n", "\u{17f}", "\u{212a}", "’", "'", "\"",
        ];
        let piece = prop_oneof![
            4 => prop::sample::select(starts),
            1 => prop::sample::select(signs.map(str::to_string).to_vec()),
            1 => "\\PC{0,4}",
        ];
        (proptest::collection::vec(piece, 0..8), any::<u8>()).prop_map(|(pieces, case)| {
            let text = pieces.concat();
            match case % 3 {
                0 => text,
                1 => text.to_uppercase(),
                _ => text
                    .char_indices()
                    .map(|(i, c)| {
                        if i % 2 == 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect(),
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn quick_notices_are_the_plain_ones(text in system_like()) {
            let trimmed = text.trim();
            let has_phrase = NoticePhrases::find(trimmed).within(0, trimmed.len());
            prop_assert_eq!(is_notice(trimmed, has_phrase), plain::is_notice(&text), "{:?}", text);
        }

        #[test]
        fn quick_group_events_are_the_plain_ones(text in system_like()) {
            prop_assert_eq!(group_event_actor(&text), plain::group_event_actor(&text), "{:?}", text);
            let actor = plain::group_event_actor(&text).unwrap_or("Mei");
            let expected = plain::group_event_actor(&text).is_some_and(|a| a.eq_ignore_ascii_case(actor));
            prop_assert_eq!(is_own_group_event(text.trim(), actor), expected, "{:?}", text);
        }

        #[test]
        fn quick_author_split_is_the_plain_one(text in system_like()) {
            prop_assert_eq!(split_author(&text), plain::split_author(&text), "{:?}", text);
        }
    }

    fn notice(text: &str) -> bool {
        let has_phrase = NoticePhrases::find(text).within(0, text.len());
        is_notice(text, has_phrase)
    }

    #[test]
    fn every_pattern_starts_with_a_letter_or_holds_a_phrase_part() {
        for alternative in NOTICES_GOING_ON.iter().chain(NOTICES_WHOLE).chain(EVENTS) {
            let start = crate::core::chat::prefix_gate::literal_prefix(alternative);
            assert!(
                start.starts_with(|c: char| c.is_ascii_lowercase()),
                "{alternative}"
            );
        }
        for phrase in NOTICES_ANYWHERE {
            assert!(
                PHRASE_PARTS.iter().any(|part| phrase.contains(part)),
                "{phrase}"
            );
        }
        for part in PHRASE_PARTS {
            assert!(part.is_ascii() && !part.contains(['s', 'k']), "{part}");
        }
    }

    #[test]
    fn phrases_are_found_in_any_case_and_overlapping() {
        let paste = "x: EXTREMO A EXTREMO a extremo\ny: Ende-zu-Ende";
        let mut phrases = NoticePhrases::find(paste);
        assert_eq!(phrases.found, [(3, 20), (13, 30), (34, 46)]);
        assert!(!phrases.within(0, 2));
        assert!(phrases.within(13, 30));
        assert!(phrases.within(34, 46));
    }

    #[test]
    fn author_and_text() {
        assert_eq!(split_author("Mei: hello"), Some(("Mei", "hello")));
        assert_eq!(
            split_author("Mei:  two spaces"),
            Some(("Mei", " two spaces"))
        );
        assert_eq!(split_author("Mei:"), Some(("Mei", "")));
        assert_eq!(
            split_author("Mei: see you at 10:30: ok"),
            Some(("Mei", "see you at 10:30: ok"))
        );
        assert_eq!(
            split_author("+55 11 98765-4321: oi"),
            Some(("+55 11 98765-4321", "oi"))
        );
        assert_eq!(split_author("Mei left"), None);
        assert_eq!(split_author(": hello"), None);
        assert_eq!(split_author("at 10:30 we open"), None);
    }

    #[test]
    fn renames_with_a_colon_have_no_author() {
        for rest in [
            "Ana changed the subject to \"Sale: 50% off\"",
            "Ana changed the group name from \"Shop\" to “Sale: 50% off”",
            "You created group “Orders: January”",
            "Ana mudou o nome do grupo para “Promo: tudo 10%”",
            "Ana cambió el asunto a “Oferta: 2x1”",
            "Ana hat den Gruppennamen zu „Angebot: 20%“ geändert",
        ] {
            assert_eq!(split_author(rest), None, "{rest}");
        }
        // A customer merely talking about renaming still has an author.
        assert_eq!(
            split_author("Ana: I changed the group name lol"),
            Some(("Ana", "I changed the group name lol"))
        );
    }

    #[test]
    fn tilde_marks_unsaved_senders() {
        assert_eq!(clean_author("~\u{202f}Mei"), "Mei");
        assert_eq!(clean_author("~ Mei"), "Mei");
        assert_eq!(clean_author("Mei ~"), "Mei ~");
    }

    #[test]
    fn fixed_notices() {
        for text in [
            "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
            "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.",
            "As mensagens e as chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode lê-las ou ouvi-las.",
            "Los mensajes y las llamadas están cifrados de extremo a extremo.",
            "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
            "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.",
            "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
            "You're now an admin",
            "You created group “Jackets & Tees”",
            "You were added",
            "You left",
            "Your security code with Mei changed. Tap to learn more.",
            "This chat is with a business account. Tap for more info.",
        ] {
            assert!(notice(text), "{text}");
        }
        for text in [
            "You left your scarf here!",
            "ok",
            "you're now an admin? lol",
            "",
        ] {
            assert!(!notice(text), "{text}");
        }
    }

    #[test]
    fn group_events_and_their_actors() {
        let table: &[(&str, Option<&str>)] = &[
            ("Boris added you", Some("Boris")),
            ("Boris added Mei and Ana", Some("Boris")),
            ("Mei left", Some("Mei")),
            ("~ Mei joined using this group's invite link", Some("Mei")),
            ("Boris created group “Sale: 50%”", Some("Boris")),
            ("Boris changed this group's icon", Some("Boris")),
            ("Boris reset this group's invite link", Some("Boris")),
            (
                "Boris turned on admin approval to join this group",
                Some("Boris"),
            ),
            (
                "+55 11 98765-4321 changed to +55 11 91234-5678",
                Some("+55 11 98765-4321"),
            ),
            (
                "Mei changed their phone number to a new number. Tap to message or add the new number.",
                Some("Mei"),
            ),
            ("Joana saiu", Some("Joana")),
            ("Joana adicionou Pedro", Some("Joana")),
            ("Lucía salió del grupo", Some("Lucía")),
            ("Flor Giménez te añadió", Some("Flor Giménez")),
            ("Flor agregó a Nacho", Some("Flor")),
            ("Jonas hat die Gruppe verlassen", Some("Jonas")),
            ("2 tees please", None),
            ("Mei left\nand came back", None),
        ];
        for &(text, actor) in table {
            assert_eq!(group_event_actor(text), actor, "{text}");
        }
    }
}
