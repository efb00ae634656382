//! When the customer wants it: "pra sábado", "amanhã de manhã, umas 10h", "by Friday 6 pm",
//! "bis Donnerstag", "hoy antes de las 6", "dia 15", resolved against the date of the
//! message that said it.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::cues::{self, Cue};
use super::message::Read;
use super::words::Kind;

/// A day, and maybe a time, read from one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct When {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// A day's name; "saturday's" (read as "saturdays") and "Samstags" name it too, when the
/// full name is long enough not to be another word.
fn weekday(word: &str) -> Option<Weekday> {
    day_name(word).or_else(|| {
        word.strip_suffix('s')
            .filter(|w| w.len() >= 5)
            .and_then(day_name)
    })
}

fn day_name(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" | "segunda" | "lunes" | "montag" | "mo" => Weekday::Mon,
        "tuesday" | "tue" | "tues" | "terca" | "martes" | "dienstag" | "di" => Weekday::Tue,
        "wednesday" | "wed" | "quarta" | "miercoles" | "mittwoch" | "mi" => Weekday::Wed,
        "thursday" | "thu" | "thurs" | "quinta" | "jueves" | "donnerstag" | "do" => Weekday::Thu,
        "friday" | "fri" | "sexta" | "viernes" | "freitag" | "fr" => Weekday::Fri,
        "saturday" | "sat" | "sabado" | "samstag" | "sonnabend" | "sa" => Weekday::Sat,
        "sunday" | "sun" | "domingo" | "sonntag" | "so" => Weekday::Sun,
        _ => return None,
    })
}

/// Reads a deadline from a message written on `today`. Clauses about paying are skipped
/// ("mañana te deposito" says nothing about delivery).
pub(crate) fn read(read: &Read, today: NaiveDate) -> Option<When> {
    let words = &read.words;
    let tokens = &words.tokens;
    let mut date: Option<NaiveDate> = None;
    let mut time: Option<NaiveTime> = None;
    for clause in &read.clauses {
        let (a, b) = (clause.start, clause.end);
        if cues::has(Cue::Claim, words, a, b) || cues::has(Cue::Promise, words, a, b) {
            continue;
        }
        for i in a..b {
            let t = tokens[i].text.as_str();
            let prev = if i > a {
                tokens[i - 1].text.as_str()
            } else {
                ""
            };
            let next = words.text(i + 1);
            let found = match t {
                "hoje" | "hoy" | "today" | "heute" | "tonight" => Some(today),
                "amanha" | "tomorrow" | "tmrw" | "tmr" => Some(today + Duration::days(1)),
                "manana" if !matches!(prev, "la" | "de" | "da" | "en" | "esta" | "pasado") => {
                    Some(today + Duration::days(1))
                }
                "morgen" if !matches!(prev, "guten" | "am") => Some(today + Duration::days(1)),
                "ubermorgen" => Some(today + Duration::days(2)),
                _ if weekday(t).is_some() && t.len() > 2 => {
                    weekday(t).map(|w| next_weekday(today, w))
                }
                // "on the 24", "dia 25", "am 15.", "el 3 de".
                "dia" | "day" | "am" | "el" | "zum" | "the"
                    if tokens.get(i + 1).is_some_and(|x| x.kind == Kind::Number)
                        && (t != "the" || prev == "on") =>
                {
                    let is_el = t == "el";
                    tokens
                        .get(i + 1)
                        .and_then(|x| x.integer())
                        .filter(|d| (1..=31).contains(d))
                        .filter(|_| !is_el || matches!(words.text(i + 2), "de" | "del"))
                        .and_then(|d| day_of_month(today, d as u32))
                }
                _ => None,
            };
            if let Some(d) = found {
                date = Some(d);
            }
            // "10h", "às 10h", "18 Uhr", "6 pm", "a las 6"
            if let Some(found_time) = clock(words, i, prev, next) {
                time = Some(found_time);
            }
        }
    }
    let date = date.or(time.map(|_| today))?;
    Some(When { date, time })
}

fn clock(words: &super::phrases::Words, i: usize, prev: &str, next: &str) -> Option<NaiveTime> {
    let t = words.text(i);
    let tokens = &words.tokens;
    let hm = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0);
    if tokens[i].is_word() {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && digits.len() <= 2 {
            let h: u32 = digits.parse().ok()?;
            let rest = &t[digits.len()..];
            return match rest {
                "h" | "hs" | "uhr" => hm(h, 0),
                "am" => hm(h % 12, 0),
                "pm" => hm(h % 12 + 12, 0),
                _ if rest.starts_with('h') && rest.len() == 3 => hm(h, rest[1..].parse().ok()?),
                _ => None,
            };
        }
        return None;
    }
    let h: u32 = tokens[i].integer()?.try_into().ok()?;
    if h > 23 {
        return None;
    }
    match next {
        "h" | "hs" | "uhr" => hm(h, 0),
        "pm" => hm(h % 12 + 12, 0),
        "am" => hm(h % 12, 0),
        _ if matches!(prev, "las" | "as" | "um" | "at" | "by") => {
            // "a las 6", "às 6", "um 11": afternoon for small hours in a shop's day.
            let h = if h < 8 { h + 12 } else { h };
            hm(h, 0)
        }
        _ => None,
    }
}

fn next_weekday(today: NaiveDate, w: Weekday) -> NaiveDate {
    let ahead =
        (7 + w.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7;
    today + Duration::days(ahead)
}

/// Day `d` of this month, or of the next when it has passed.
fn day_of_month(today: NaiveDate, d: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(today.year(), today.month(), d);
    match this {
        Some(x) if x >= today => Some(x),
        _ => {
            let (y, m) = if today.month() == 12 {
                (today.year() + 1, 1)
            } else {
                (today.year(), today.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, d)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::catalog::CatalogIndex;
    use super::super::message::read as read_message;
    use super::*;
    use crate::core::money::Currency;

    fn when(text: &str, today: &str) -> Option<(String, Option<String>)> {
        let index = CatalogIndex::new(&[]);
        let r = read_message(text, &index, Currency::USD, true);
        let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").ok()?;
        read(&r, today).map(|w| {
            (
                w.date.to_string(),
                w.time.map(|t| t.format("%H:%M").to_string()),
            )
        })
    }

    #[test]
    fn days_and_times() {
        // 2024-03-14 was a Thursday.
        assert_eq!(
            when("Retiro amanhã de manhã, umas 10h", "2024-03-14"),
            Some(("2024-03-15".into(), Some("10:00".into())))
        );
        assert_eq!(
            when("Queria 2 centos pra sábado", "2024-03-14"),
            Some(("2024-03-16".into(), None))
        );
        assert_eq!(
            when("É pra dia 25, festa da minha filha", "2024-05-14"),
            Some(("2024-05-25".into(), None))
        );
        assert_eq!(
            when("ok, I can come at 6 on the 24", "2024-05-14"),
            Some(("2024-05-24".into(), Some("18:00".into())))
        );
        assert_eq!(
            when("Könnt ihr mir für Samstag 250 g zurücklegen?", "2024-03-15"),
            Some(("2024-03-16".into(), None))
        );
        assert_eq!(when("Guten Morgen! Ich hätte gern", "2024-03-15"), None);
        assert_eq!(
            when("I need it for saturday's party, by 6pm", "2024-03-14"),
            Some(("2024-03-16".into(), Some("18:00".into())))
        );
        assert_eq!(when("mañana te deposito", "2024-07-19"), None);
        assert_eq!(
            when("can it arrive by Friday 6 pm?", "2024-03-14"),
            Some(("2024-03-15".into(), Some("18:00".into())))
        );
    }
}
