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

/// Longer than any contact name; beyond it the "author" is a sentence with a colon in it.
const MAX_AUTHOR_CHARS: usize = 80;

/// Splits `Mei: hello` into (`Mei`, `hello`). None when there is no author part.
pub(crate) fn split_author(rest: &str) -> Option<(&str, &str)> {
    let colon = rest
        .char_indices()
        .filter(|&(_, c)| c == ':')
        .map(|(i, _)| i)
        .find(|&i| rest[i + 1..].chars().next().is_none_or(char::is_whitespace))?;
    let author = rest[..colon].trim();
    if author.is_empty() || author.chars().count() > MAX_AUTHOR_CHARS || starts_event(author) {
        return None;
    }
    let text = &rest[colon + 1..];
    // One space follows the colon; anything beyond it belongs to the message.
    let text = text
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(text);
    Some((author, text))
}

/// iOS marks senders who are not in the phone's contacts with "~ " before their name.
pub(crate) fn clean_author(author: &str) -> &str {
    author
        .strip_prefix('~')
        .map_or(author, str::trim_start)
        .trim()
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
    EVENT_PREFIX.is_match(candidate)
}

/// Notices WhatsApp writes and nobody types, in en/pt/es/de.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?is)^(?:",
        r"messages and calls are end-to-end encrypted\b.*",
        r"|messages to this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption\b.*",
        r"|.*criptografia de ponta a ponta.*",
        r"|.*cifrados de extremo a extremo.*",
        r"|.*ende-zu-ende-verschlüsselt.*",
        r"|you(?:'re|’re| are) now an admin|you(?:'re|’re| are) no longer an admin",
        r"|você agora é (?:um )?admin(?:istrador)?|ahora eres admin(?:istrador)?",
        r"|du bist jetzt (?:ein )?admin",
        r"|this chat is with a business account\b.*|this business (?:account|is now)\b.*",
        r"|your security code with .+ changed\b.*|seu código de segurança com .+ mudou\b.*",
        r"|tu código de seguridad con .+ cambió\b.*|dein sicherheitscode für .+ geändert\b.*",
        r"|you created (?:group .+|this group)|você criou o grupo .+|creaste el grupo .+",
        r"|du hast die gruppe .+ erstellt",
        r"|you were added(?: by .+)?|you joined using this group's invite link|you left|you were removed(?: by .+)?",
        r"|você foi adicionad[oa](?: por .+)?|você entrou usando o link de convite.*|você saiu",
        r"|te añadi(?:ó .+|eron)|te uniste usando el enlace de invitación.*|saliste(?: del grupo)?",
        r"|du wurdest .*hinzugefügt|du hast die gruppe verlassen",
        r"|you blocked this contact\b.*|you unblocked this contact\b.*",
        r"|(?:disappearing messages|mensagens temporárias|mensajes temporales) .*",
        r")[.!]?$",
    ))
    .unwrap_or_else(|e| unreachable!("notice regex: {e}"))
});

/// WhatsApp's own lines are short; longer texts are never read as notices or events, which
/// keeps a pasted novel from running the regexes below over its whole length.
const MAX_SYSTEM_BYTES: usize = 400;

/// True for a fixed WhatsApp notice such as the end-to-end encryption message.
pub(crate) fn is_notice(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_SYSTEM_BYTES && NOTICE.is_match(text)
}

/// "<actor> <event>" in en/pt/es/de: joins, leaves, adds, removals, renames, number changes.
static GROUP_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?is)^(?P<actor>[^\n]{1,80}?) (?:",
        // English
        r"created group .+|created this group|added .+|removed .+|left|was added|was removed",
        r"|joined using this group's invite link|joined using a group link|joined from the community",
        r"|changed the subject (?:from .+ )?to .+|changed the group name (?:from .+ )?to .+",
        r"|changed this group's (?:icon|settings|description|name).*|changed the group description",
        r"|deleted this group's icon|changed their phone number.*|changed to .+|is now an admin",
        r"|turned (?:on|off) disappearing messages.*|pinned a message",
        // Portuguese
        r"|criou o grupo .+|adicionou .+|removeu .+|saiu|entrou usando o link de convite.*",
        r"|mudou o assunto .+|mudou o nome do grupo .+|alterou o nome do grupo .+",
        r"|mudou a imagem deste grupo|(?:mudou|alterou) a descrição do grupo",
        r"|mudou seu número de telefone.*|mudou para .+|trocou (?:seu|de) número.*",
        // Spanish
        r"|creó el grupo .+|añadió a .+|eliminó a .+|salió(?: del grupo)?",
        r"|se unió usando el enlace de invitación.*|cambió el asunto .+|cambió el nombre del grupo .+",
        r"|cambió la imagen de este grupo|cambió la descripción del grupo",
        r"|cambió su número de teléfono.*|cambió a .+",
        // German
        r"|hat die gruppe .+ erstellt|hat .+ hinzugefügt|hat .+ entfernt|hat die gruppe verlassen",
        r"|ist über den einladungslink (?:dieser gruppe )?beigetreten|hat den betreff .+ geändert",
        r"|hat den gruppennamen .+ geändert|hat das gruppenbild geändert",
        r"|hat die gruppenbeschreibung geändert|hat (?:seine|ihre) telefonnummer .*geändert.*",
        r"|hat zu .+ gewechselt",
        r")[.!]?$",
    ))
    .unwrap_or_else(|e| unreachable!("group event regex: {e}"))
});

/// The actor of a group event ("Boris added you" → "Boris"), or None when the text is not one.
pub(crate) fn group_event_actor(text: &str) -> Option<&str> {
    let text = text.trim();
    // Events are one short line; a longer text is a message that merely starts alike.
    if text.len() > MAX_SYSTEM_BYTES || text.contains('\n') {
        return None;
    }
    GROUP_EVENT
        .captures(text)
        .and_then(|c| c.name("actor"))
        .map(|m| clean_author(m.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "Los mensajes y las llamadas están cifrados de extremo a extremo.",
            "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
            "You're now an admin",
            "You created group “Jackets & Tees”",
            "You were added",
            "You left",
            "Your security code with Mei changed. Tap to learn more.",
            "This chat is with a business account. Tap for more info.",
        ] {
            assert!(is_notice(text), "{text}");
        }
        for text in [
            "You left your scarf here!",
            "ok",
            "you're now an admin? lol",
            "",
        ] {
            assert!(!is_notice(text), "{text}");
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
            ("Jonas hat die Gruppe verlassen", Some("Jonas")),
            ("2 tees please", None),
            ("Mei left\nand came back", None),
        ];
        for &(text, actor) in table {
            assert_eq!(group_event_actor(text), actor, "{text}");
        }
    }
}
