//! An order's deadline: the day the customer needs it, and the time when they said one
//! ("for Saturday's party", "can it arrive today by 6?").
//!
//! A deadline is what the customer said, in the shop's calendar: a local date and an
//! optional local time, never an instant. Staff type it the way they talk: "2026-12-05",
//! "5/12 18:00", "tomorrow", "sat", "sexta 18h", "bis Freitag 18 Uhr". Weekday and day words
//! are read in every language the desk knows (en, pt, es, de) whatever the shop's language;
//! no word means two different days in two languages (a test keeps it so).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use super::chat::DateOrder;
use super::i18n::{Language, Locale};

/// The day an order is due, and the hour when one was agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Deadline {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// How a deadline stands at a moment, for marks and ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Due {
    /// Its day is past, or today's agreed time has passed.
    Overdue,
    Today,
    Tomorrow,
    Later,
}

impl Due {
    /// Overdue and due-today orders come first within their place in the queue.
    pub fn is_pressing(self) -> bool {
        matches!(self, Due::Overdue | Due::Today)
    }
}

/// The furthest ahead a typed deadline may be: further is taken for a typo in the year.
pub const MAX_DAYS_AHEAD: u64 = 366;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DeadlineError {
    #[error(
        "cannot read '{0}' as a deadline: write a date (2026-12-05 or 5/12), today, tomorrow \
         or a weekday (sat, sexta, viernes, Freitag), optionally with a time (18:00, 6pm, 18h)"
    )]
    Unreadable(String),
    #[error("'{text}' names two {what}: give one")]
    Twice { text: String, what: &'static str },
    #[error("{0} is not a date in the calendar")]
    NoSuchDate(String),
    #[error("{0} is not a time of day (00:00 to 23:59)")]
    NoSuchTime(String),
    #[error("the deadline {0} is already past: give a day from today on")]
    Past(String),
    #[error(
        "the deadline {0} is more than a year away: check the year (or leave the deadline out)"
    )]
    TooFar(String),
}

impl Deadline {
    pub fn new(date: NaiveDate, time: Option<NaiveTime>) -> Deadline {
        // Seconds are never said; dropping them keeps stored and typed deadlines equal.
        let time = time.and_then(|t| NaiveTime::from_hms_opt(t.hour(), t.minute(), 0));
        Deadline { date, time }
    }

    /// Where the deadline stands at `now` (local time).
    pub fn due(&self, now: NaiveDateTime) -> Due {
        let today = now.date();
        let passed_today = self.date == today && self.time.is_some_and(|t| t < now.time());
        if self.date < today || passed_today {
            Due::Overdue
        } else if self.date == today {
            Due::Today
        } else if today.succ_opt() == Some(self.date) {
            Due::Tomorrow
        } else {
            Due::Later
        }
    }

    /// "2026-12-05" or "2026-12-05 18:00": locale-free, for files and scripts.
    pub fn iso(&self) -> String {
        match self.time {
            Some(t) => format!("{} {}", self.date.format("%Y-%m-%d"), t.format("%H:%M")),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }

    /// As staff would type it, to be edited in a prompt: the locale's own numeric day with
    /// its year ("30/11/2026 18:00", "30.11.2026 18:00") where `parse_deadline` reads that
    /// form back as the same day in a shop whose chats write dates in `order`, else ISO.
    pub fn typed(&self, loc: Locale, order: DateOrder) -> String {
        let day_first = loc.language == Language::De
            || (loc.language != Language::En && order == DateOrder::Dmy);
        if !day_first {
            return self.iso();
        }
        match self.time_text() {
            Some(t) => format!("{} {t}", loc.date(self.date)),
            None => loc.date(self.date),
        }
    }

    /// The time as stored and shown: "18:00".
    pub fn time_text(&self) -> Option<String> {
        self.time.map(|t| t.format("%H:%M").to_string())
    }

    /// How the agreement states it, in `loc`'s words: "Sat 5 Dec, by 18:00", "sáb 5 dez,
    /// até 18:00", "Sa 5. Dez., bis 18:00".
    pub fn words(&self, loc: Locale) -> String {
        let day = loc.day_name(self.date);
        match self.time_text() {
            Some(time) => crate::t!(loc, "deadline-by-time", day = day, time = time),
            None => day,
        }
    }
}

impl Serialize for Deadline {
    /// `{"date": "2026-12-05", "time": "18:00"}` (time null when none was agreed).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Deadline", 2)?;
        out.serialize_field("date", &self.date.format("%Y-%m-%d").to_string())?;
        out.serialize_field("time", &self.time_text())?;
        out.end()
    }
}

/// What a word means for a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    /// Days from today: today 0, tomorrow 1, the day after 2.
    InDays(u64),
    Weekday(Weekday),
    /// Words that only join the others: "by", "até", "antes de las", "bis".
    Filler,
}

/// Which language a word is from: the shop's own language wins if two ever disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tongue {
    En,
    Pt,
    Es,
    De,
}

use Meaning::{Filler, InDays, Weekday as Day};
use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

/// Every word the parser knows, written without accents (typed text is folded the same way).
const WORDS: &[(&str, Tongue, Meaning)] = &[
    ("today", Tongue::En, InDays(0)),
    ("tonight", Tongue::En, InDays(0)),
    ("tomorrow", Tongue::En, InDays(1)),
    ("tmrw", Tongue::En, InDays(1)),
    ("tmr", Tongue::En, InDays(1)),
    ("monday", Tongue::En, Day(Mon)),
    ("mon", Tongue::En, Day(Mon)),
    ("tuesday", Tongue::En, Day(Tue)),
    ("tue", Tongue::En, Day(Tue)),
    ("tues", Tongue::En, Day(Tue)),
    ("wednesday", Tongue::En, Day(Wed)),
    ("wed", Tongue::En, Day(Wed)),
    ("thursday", Tongue::En, Day(Thu)),
    ("thu", Tongue::En, Day(Thu)),
    ("thur", Tongue::En, Day(Thu)),
    ("thurs", Tongue::En, Day(Thu)),
    ("friday", Tongue::En, Day(Fri)),
    ("fri", Tongue::En, Day(Fri)),
    ("saturday", Tongue::En, Day(Sat)),
    ("sat", Tongue::En, Day(Sat)),
    ("sunday", Tongue::En, Day(Sun)),
    ("sun", Tongue::En, Day(Sun)),
    ("by", Tongue::En, Filler),
    ("at", Tongue::En, Filler),
    ("on", Tongue::En, Filler),
    ("until", Tongue::En, Filler),
    ("till", Tongue::En, Filler),
    ("before", Tongue::En, Filler),
    ("the", Tongue::En, Filler),
    ("this", Tongue::En, Filler),
    ("hoje", Tongue::Pt, InDays(0)),
    ("amanha", Tongue::Pt, InDays(1)),
    ("segunda", Tongue::Pt, Day(Mon)),
    ("seg", Tongue::Pt, Day(Mon)),
    ("terca", Tongue::Pt, Day(Tue)),
    ("ter", Tongue::Pt, Day(Tue)),
    ("quarta", Tongue::Pt, Day(Wed)),
    ("qua", Tongue::Pt, Day(Wed)),
    ("quinta", Tongue::Pt, Day(Thu)),
    ("qui", Tongue::Pt, Day(Thu)),
    ("sexta", Tongue::Pt, Day(Fri)),
    ("sex", Tongue::Pt, Day(Fri)),
    ("sabado", Tongue::Pt, Day(Sat)),
    ("sab", Tongue::Pt, Day(Sat)),
    ("domingo", Tongue::Pt, Day(Sun)),
    ("dom", Tongue::Pt, Day(Sun)),
    ("ate", Tongue::Pt, Filler),
    ("as", Tongue::Pt, Filler),
    ("para", Tongue::Pt, Filler),
    ("na", Tongue::Pt, Filler),
    ("no", Tongue::Pt, Filler),
    ("o", Tongue::Pt, Filler),
    ("dia", Tongue::Pt, Filler),
    ("hoy", Tongue::Es, InDays(0)),
    ("manana", Tongue::Es, InDays(1)),
    ("lunes", Tongue::Es, Day(Mon)),
    ("lun", Tongue::Es, Day(Mon)),
    ("martes", Tongue::Es, Day(Tue)),
    ("mar", Tongue::Es, Day(Tue)),
    ("miercoles", Tongue::Es, Day(Wed)),
    ("mie", Tongue::Es, Day(Wed)),
    ("jueves", Tongue::Es, Day(Thu)),
    ("jue", Tongue::Es, Day(Thu)),
    ("viernes", Tongue::Es, Day(Fri)),
    ("vie", Tongue::Es, Day(Fri)),
    ("el", Tongue::Es, Filler),
    ("la", Tongue::Es, Filler),
    ("las", Tongue::Es, Filler),
    ("a", Tongue::Es, Filler),
    ("de", Tongue::Es, Filler),
    ("antes", Tongue::Es, Filler),
    ("hasta", Tongue::Es, Filler),
    ("heute", Tongue::De, InDays(0)),
    ("morgen", Tongue::De, InDays(1)),
    ("ubermorgen", Tongue::De, InDays(2)),
    ("uebermorgen", Tongue::De, InDays(2)),
    ("montag", Tongue::De, Day(Mon)),
    ("mo", Tongue::De, Day(Mon)),
    ("dienstag", Tongue::De, Day(Tue)),
    ("di", Tongue::De, Day(Tue)),
    ("mittwoch", Tongue::De, Day(Wed)),
    ("mi", Tongue::De, Day(Wed)),
    ("donnerstag", Tongue::De, Day(Thu)),
    ("do", Tongue::De, Day(Thu)),
    ("freitag", Tongue::De, Day(Fri)),
    ("fr", Tongue::De, Day(Fri)),
    ("samstag", Tongue::De, Day(Sat)),
    ("sonnabend", Tongue::De, Day(Sat)),
    ("sa", Tongue::De, Day(Sat)),
    ("sonntag", Tongue::De, Day(Sun)),
    ("so", Tongue::De, Day(Sun)),
    ("bis", Tongue::De, Filler),
    ("um", Tongue::De, Filler),
    ("am", Tongue::De, Filler),
    ("zum", Tongue::De, Filler),
];

/// Several words that mean one thing, replaced before the text is split into words.
const PHRASES: &[(&str, &str)] = &[
    ("day after tomorrow", "+2"),
    ("depois de amanha", "+2"),
    ("pasado manana", "+2"),
    ("-feira", ""),
    (" feira", ""),
];

fn tongue(language: Language) -> Tongue {
    match language {
        Language::En => Tongue::En,
        Language::Pt => Tongue::Pt,
        Language::Es => Tongue::Es,
        Language::De => Tongue::De,
    }
}

/// What a word means, the shop's language first.
fn meaning(word: &str, language: Language) -> Option<Meaning> {
    let mut found = WORDS.iter().filter(|(w, _, _)| *w == word);
    let own = tongue(language);
    let first = found.clone().next().map(|(_, _, m)| *m);
    found
        .find(|(_, t, _)| *t == own)
        .map(|(_, _, m)| *m)
        .or(first)
}

/// Lower case, accents off ("Sábado" → "sabado", "Übermorgen" → "ubermorgen").
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads a deadline as staff type it, at `now` (local time), in a shop whose chats write
/// numeric dates in `order` (5/12 is 5 December day-first). A weekday is the next one on or
/// after today; a time alone is today; a day and month without a year are the next such day.
/// Past days and days more than a year ahead are refused.
pub fn parse_deadline(
    text: &str,
    now: NaiveDateTime,
    language: Language,
    order: DateOrder,
) -> Result<Deadline, DeadlineError> {
    let today = now.date();
    let mut folded = format!(" {} ", fold(text).replace([',', ';'], " "));
    for (phrase, token) in PHRASES {
        folded = folded.replace(phrase, &format!(" {token} "));
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.is_empty() {
        return Err(DeadlineError::Unreadable(text.trim().to_string()));
    }
    let mut date: Option<NaiveDate> = None;
    let mut time: Option<NaiveTime> = None;
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let next = words.get(i + 1).copied();
        // "2026-12-05t18:00" (an ISO stamp typed whole) is a date and a time.
        let (word, glued_time) = match word.split_once('t') {
            Some((d, t)) if is_iso_date(d) => (d, Some(t)),
            _ => (word, None),
        };
        if let Some(t) = glued_time {
            let (t, _) = read_time(t, None)?.ok_or_else(|| unreadable(text))?;
            set_once(t, &mut time, text, "times")?;
        }
        if let Some(d) = read_date(word, today, order)? {
            set_once(d, &mut date, text, "days")?;
        } else if let Some(days) = word.strip_prefix('+').and_then(|n| n.parse::<u64>().ok()) {
            set_once(add_days(today, days)?, &mut date, text, "days")?;
        } else if let Some(m) = meaning(word, language) {
            match m {
                InDays(n) => set_once(add_days(today, n)?, &mut date, text, "days")?,
                Day(weekday) => set_once(next_weekday(today, weekday)?, &mut date, text, "days")?,
                Filler => {}
            }
        } else if let Some((t, used_next)) = read_time(word, next)? {
            set_once(t, &mut time, text, "times")?;
            if used_next {
                i += 1;
            }
        } else {
            return Err(unreadable(text));
        }
        i += 1;
    }
    let date = match (date, time) {
        (Some(d), _) => d,
        (None, Some(_)) => today,
        (None, None) => return Err(unreadable(text)),
    };
    let deadline = Deadline::new(date, time);
    if deadline.due(now) == Due::Overdue {
        return Err(DeadlineError::Past(deadline.iso()));
    }
    if date > add_days(today, MAX_DAYS_AHEAD)? {
        return Err(DeadlineError::TooFar(deadline.iso()));
    }
    Ok(deadline)
}

fn unreadable(text: &str) -> DeadlineError {
    DeadlineError::Unreadable(text.trim().to_string())
}

/// A day or a time may be said once.
fn set_once<T>(
    value: T,
    slot: &mut Option<T>,
    text: &str,
    what: &'static str,
) -> Result<(), DeadlineError> {
    if slot.replace(value).is_some() {
        return Err(DeadlineError::Twice {
            text: text.trim().to_string(),
            what,
        });
    }
    Ok(())
}

fn add_days(day: NaiveDate, n: u64) -> Result<NaiveDate, DeadlineError> {
    day.checked_add_days(Days::new(n))
        .ok_or_else(|| DeadlineError::TooFar(format!("{day} + {n} days")))
}

/// The next `weekday` on or after `today` ("sat" on a Saturday is today).
fn next_weekday(today: NaiveDate, weekday: Weekday) -> Result<NaiveDate, DeadlineError> {
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    add_days(today, u64::from(ahead))
}

fn is_iso_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// "2026-12-05", "5/12", "5/12/26", "05.12.2026", "5.12." — or None when the word is no date.
fn read_date(
    word: &str,
    today: NaiveDate,
    order: DateOrder,
) -> Result<Option<NaiveDate>, DeadlineError> {
    let no_such = || DeadlineError::NoSuchDate(word.to_string());
    if is_iso_date(word) {
        return NaiveDate::parse_from_str(word, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| no_such());
    }
    let dotted = word.contains('.');
    let trimmed = word.trim_end_matches('.');
    let parts: Vec<&str> = trimmed.split(['/', '.', '-']).collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Ok(None);
    }
    let n = |s: &str| s.parse::<u32>().map_err(|_| no_such());
    let (a, b) = (n(parts[0])?, n(parts[1])?);
    // German and most of the world write 5.12. day first, whatever the shop's chats do.
    let (day, month) = match (dotted, order) {
        (true, _) | (false, DateOrder::Dmy) => (a, b),
        (false, DateOrder::Mdy) => (b, a),
    };
    let year = match parts.get(2) {
        Some(y) if y.len() == 2 => Some(2000 + n(y)? as i32),
        Some(y) if y.len() == 4 => Some(n(y)? as i32),
        Some(_) => return Err(no_such()),
        None => None,
    };
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day)
            .map(Some)
            .ok_or_else(no_such),
        None => {
            // The next such day: "5/1" typed in December is January.
            let this = NaiveDate::from_ymd_opt(today.year(), month, day);
            let next = NaiveDate::from_ymd_opt(today.year() + 1, month, day);
            match (this, next) {
                (Some(d), _) if d >= today => Ok(Some(d)),
                (_, Some(d)) => Ok(Some(d)),
                _ => Err(no_such()),
            }
        }
    }
}

/// "18:00", "18h", "18h30", "6pm", "6:30pm", "18" followed by "uhr"/"h", "6" followed by
/// "pm". Returns the time and whether the next word was used; None when the word is no time.
fn read_time(word: &str, next: Option<&str>) -> Result<Option<(NaiveTime, bool)>, DeadlineError> {
    let no_such = || DeadlineError::NoSuchTime(word.to_string());
    let (body, suffix, used_next) = split_suffix(word, next);
    let (hour, minute) = match body.split_once([':', 'h']) {
        Some((h, m)) => (h, if m.is_empty() { "0" } else { m }),
        None if suffix.is_some() => (body, "0"),
        None => return Ok(None),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(hour) || !digits(minute) {
        return Ok(None);
    }
    let (mut h, m) = (
        hour.parse::<u32>().map_err(|_| no_such())?,
        minute.parse::<u32>().map_err(|_| no_such())?,
    );
    match suffix {
        Some("pm") if (1..12).contains(&h) => h += 12,
        Some("am") if h == 12 => h = 0,
        Some("am" | "pm") if !(1..=12).contains(&h) => return Err(no_such()),
        _ => {}
    }
    NaiveTime::from_hms_opt(h, m, 0)
        .map(|t| Some((t, used_next)))
        .ok_or_else(no_such)
}

/// Splits "6pm" into ("6", "pm"), or takes "pm"/"uhr"/"h" from the next word.
fn split_suffix<'a>(word: &'a str, next: Option<&'a str>) -> (&'a str, Option<&'a str>, bool) {
    for suffix in ["am", "pm", "uhr"] {
        if let Some(body) = word.strip_suffix(suffix)
            && !body.is_empty()
        {
            return (body, Some(suffix), false);
        }
    }
    match next {
        Some(s @ ("am" | "pm" | "uhr" | "h"))
            if word.bytes().all(|c| c.is_ascii_digit() || c == b':') =>
        {
            (word, Some(s), true)
        }
        _ => (word, None, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a prompt offers to edit is the locale's own form, and reads back as the same
    /// deadline in every language and date order.
    #[test]
    fn a_deadline_is_offered_as_the_staff_type_it_and_reads_back() {
        let now = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let at = NaiveTime::from_hms_opt(12, 0, 0);
        for d in [Deadline::new(day, at), Deadline::new(day, None)] {
            for loc in Locale::EVERY {
                for order in [DateOrder::Dmy, DateOrder::Mdy] {
                    let typed = d.typed(loc, order);
                    let read = parse_deadline(&typed, now, loc.language, order);
                    assert_eq!(read, Ok(d), "{loc:?} {order:?}: {typed}");
                }
            }
        }
        let d = Deadline::new(day, at);
        assert_eq!(d.typed(Locale::PT_BR, DateOrder::Dmy), "30/11/2026 12:00");
        assert_eq!(d.typed(Locale::DE, DateOrder::Mdy), "30.11.2026 12:00");
        assert_eq!(d.typed(Locale::ES, DateOrder::Mdy), "2026-11-30 12:00");
        assert_eq!(d.typed(Locale::EN, DateOrder::Dmy), "2026-11-30 12:00");
    }

    /// Thursday 3 December 2026, 10:30.
    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 3)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap()
    }

    fn read(text: &str) -> Result<String, DeadlineError> {
        parse_deadline(text, now(), Language::En, DateOrder::Dmy).map(|d| d.iso())
    }

    #[test]
    fn staff_type_deadlines_the_way_they_talk() {
        let cases = [
            ("2026-12-05", "2026-12-05"),
            ("2026-12-05 18:00", "2026-12-05 18:00"),
            ("2026-12-05T18:00", "2026-12-05 18:00"),
            ("tomorrow", "2026-12-04"),
            ("Tomorrow 6pm", "2026-12-04 18:00"),
            ("today", "2026-12-03"),
            ("18:00", "2026-12-03 18:00"),
            ("by 6:30 pm", "2026-12-03 18:30"),
            ("sat", "2026-12-05"),
            ("Saturday, by 18:00", "2026-12-05 18:00"),
            ("thu", "2026-12-03"),
            ("wed", "2026-12-09"),
            ("5/12", "2026-12-05"),
            ("5/1", "2027-01-05"),
            ("05/12/2026 9h", "2026-12-05 09:00"),
            ("day after tomorrow", "2026-12-05"),
            ("sexta-feira às 18h", "2026-12-04 18:00"),
            ("até sábado", "2026-12-05"),
            ("amanhã 14h30", "2026-12-04 14:30"),
            ("depois de amanhã", "2026-12-05"),
            ("viernes antes de las 18:00", "2026-12-04 18:00"),
            ("mañana", "2026-12-04"),
            ("pasado mañana", "2026-12-05"),
            ("miércoles", "2026-12-09"),
            ("bis Freitag 18 Uhr", "2026-12-04 18:00"),
            ("Samstag", "2026-12-05"),
            ("übermorgen", "2026-12-05"),
            ("morgen 9uhr", "2026-12-04 09:00"),
            ("5.12.", "2026-12-05"),
            ("12am tomorrow", "2026-12-04 00:00"),
        ];
        for (typed, want) in cases {
            assert_eq!(read(typed).as_deref(), Ok(want), "{typed}");
        }
    }

    #[test]
    fn month_first_shops_read_numbers_month_first() {
        let d = parse_deadline("12/5", now(), Language::En, DateOrder::Mdy).unwrap();
        assert_eq!(d.iso(), "2026-12-05");
        // A dotted date is day first everywhere.
        let d = parse_deadline("5.12.", now(), Language::En, DateOrder::Mdy).unwrap();
        assert_eq!(d.iso(), "2026-12-05");
    }

    #[test]
    fn mistakes_are_refused_with_what_to_do() {
        let err = |typed: &str| read(typed).unwrap_err().to_string();
        assert!(
            err("soon").contains("cannot read 'soon'"),
            "{}",
            err("soon")
        );
        assert!(err("").contains("cannot read"));
        assert!(err("2026-02-30").contains("not a date"));
        assert!(err("25:00").contains("not a time"));
        assert!(err("13pm").contains("not a time"));
        assert!(err("2026-12-01").contains("already past"));
        assert!(
            err("09:00").contains("already past"),
            "today's 9:00 is gone"
        );
        assert!(err("2062-12-05").contains("more than a year away"));
        assert!(err("sat sun").contains("two days"));
        assert!(err("18:00 19:00").contains("two times"));
    }

    #[test]
    fn no_word_means_two_days() {
        for (i, (a, _, ma)) in WORDS.iter().enumerate() {
            assert_eq!(fold(a), *a, "{a} must be written folded");
            for (b, _, mb) in &WORDS[i + 1..] {
                if a == b {
                    assert_eq!(ma, mb, "'{a}' means two things");
                }
            }
        }
    }

    #[test]
    fn where_a_deadline_stands() {
        let d = |date: &str, time: Option<&str>| Deadline {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
        };
        assert_eq!(d("2026-12-02", None).due(now()), Due::Overdue);
        assert_eq!(d("2026-12-03", Some("10:00")).due(now()), Due::Overdue);
        assert_eq!(d("2026-12-03", Some("18:00")).due(now()), Due::Today);
        assert_eq!(d("2026-12-03", None).due(now()), Due::Today);
        assert_eq!(d("2026-12-04", None).due(now()), Due::Tomorrow);
        assert_eq!(d("2026-12-09", None).due(now()), Due::Later);
        assert!(Due::Overdue.is_pressing() && !Due::Tomorrow.is_pressing());
    }

    #[test]
    fn the_agreement_states_it_in_the_shops_language() {
        let d = Deadline::new(
            NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            NaiveTime::from_hms_opt(18, 0, 0),
        );
        assert_eq!(d.words(Locale::EN), "Sat 5 Dec, by 18:00");
        assert_eq!(d.words(Locale::PT_BR), "sáb 5 dez, até 18:00");
        assert_eq!(d.words(Locale::ES), "sáb 5 dic, antes de las 18:00");
        assert_eq!(d.words(Locale::DE), "Sa 5. Dez., bis 18:00");
        let day = Deadline::new(d.date, None);
        assert_eq!(day.words(Locale::EN), "Sat 5 Dec");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"date":"2026-12-05","time":"18:00"}"#
        );
    }
}
