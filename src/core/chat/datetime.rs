//! Turns header numbers into calendar dates and 24-hour times.
//!
//! Day-first or month-first is a property of the phone that exported the chat, so it is
//! decided once for the whole paste: a first field above 12 proves day-first, a second field
//! above 12 proves month-first, and when nothing proves either the configured order is used
//! (with a warning naming an example, because the desk may then be a month off).

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use super::header::{Meridiem, RawDate, RawTime};
use crate::core::i18n::Message;
use crate::msg;

/// How to read an ambiguous `03/04/2024` when the paste does not settle it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum DateOrder {
    /// 03/04/2024 is 3 April (most of the world).
    #[default]
    Dmy,
    /// 03/04/2024 is March 4 (United States).
    Mdy,
}

impl DateOrder {
    fn describe(self) -> Message {
        match self {
            DateOrder::Dmy => msg!("parse-day-month"),
            DateOrder::Mdy => msg!("parse-month-day"),
        }
    }
}

/// The order chosen for a paste, and a warning when the choice was a guess or a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrderDecision {
    pub order: DateOrder,
    pub warning: Option<Message>,
}

/// What the dates of one layout say about day/month order, gathered header by header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OrderEvidence {
    day_first: usize,
    month_first: usize,
    /// The first date that reads both ways, as written.
    ambiguous_example: Option<String>,
}

impl OrderEvidence {
    /// Adds one date (year-first dates are never ambiguous and are left out by the caller).
    /// `text` is asked for only for the first ambiguous date.
    pub fn add<'a>(&mut self, date: &RawDate, text: impl FnOnce() -> &'a str) {
        let [first, second, _] = date.fields;
        match (first > 12, second > 12) {
            (true, false) => self.day_first += 1,
            (false, true) => self.month_first += 1,
            (false, false) if first != second && self.ambiguous_example.is_none() => {
                self.ambiguous_example = Some(text().to_string());
            }
            _ => {}
        }
    }

    /// Decides day-first or month-first for the paste.
    pub fn decide(self, configured: DateOrder) -> OrderDecision {
        match (self.day_first, self.month_first) {
            (0, 0) => OrderDecision {
                order: configured,
                warning: self.ambiguous_example.map(|example| {
                    msg!(
                        "parse-dates-ambiguous",
                        example = example,
                        order = configured.describe()
                    )
                }),
            },
            (_, 0) => settled(DateOrder::Dmy),
            (0, _) => settled(DateOrder::Mdy),
            (d, m) => {
                let order = match d.cmp(&m) {
                    std::cmp::Ordering::Greater => DateOrder::Dmy,
                    std::cmp::Ordering::Less => DateOrder::Mdy,
                    std::cmp::Ordering::Equal => configured,
                };
                OrderDecision {
                    order,
                    warning: Some(msg!(
                        "parse-dates-disagree",
                        day_first = d,
                        month_first = m,
                        order = order.describe()
                    )),
                }
            }
        }
    }
}

fn settled(order: DateOrder) -> OrderDecision {
    OrderDecision {
        order,
        warning: None,
    }
}

/// The calendar date a header's three date fields (left to right) name, or None for an
/// impossible one (31/02, month 13).
pub(crate) fn to_date(fields: [u32; 3], year_first: bool, order: DateOrder) -> Option<NaiveDate> {
    let [a, b, c] = fields;
    let (year, month, day) = if year_first {
        (a, b, c)
    } else {
        match order {
            DateOrder::Dmy => (c, b, a),
            DateOrder::Mdy => (c, a, b),
        }
    };
    // WhatsApp began in 2009, so a two-digit year is always this century.
    let year = if year < 100 { year + 2000 } else { year };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The 24-hour time a header names, or None for an impossible one (25:00, 13:00 PM).
pub(crate) fn to_time(time: &RawTime) -> Option<NaiveTime> {
    let hour = match time.meridiem {
        None => time.hour,
        // "12:05 AM" is five past midnight; "12:05 PM" five past noon.
        Some(meridiem) => {
            if !(1..=12).contains(&time.hour) {
                return None;
            }
            let base = time.hour % 12;
            match meridiem {
                Meridiem::Am => base,
                Meridiem::Pm => base + 12,
            }
        }
    };
    NaiveTime::from_hms_opt(hour, time.minute, time.second.unwrap_or(0))
}

/// Appends the date the way messages show it: `2024-01-12`.
pub(crate) fn push_date(out: &mut String, date: NaiveDate) {
    let year = u32::try_from(date.year()).unwrap_or(0) % 10_000;
    push_two(out, year / 100);
    push_two(out, year % 100);
    out.push('-');
    push_two(out, date.month());
    out.push('-');
    push_two(out, date.day());
}

/// Appends the time the way messages show it: `14:05`, or `14:05:09` when the source carried
/// seconds.
pub(crate) fn push_time(out: &mut String, time: NaiveTime, with_seconds: bool) {
    push_two(out, time.hour());
    out.push(':');
    push_two(out, time.minute());
    if with_seconds {
        out.push(':');
        push_two(out, time.second());
    }
}

/// "00" to "99", two bytes each.
const TWO_DIGITS: &str = concat!(
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839",
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879",
    "8081828384858687888990919293949596979899",
);

/// Appends `value % 100` as two digits. Dates and times are written digit pair by digit pair:
/// both chrono's strftime and `format!` showed up in profiles when they ran once per message.
fn push_two(out: &mut String, value: u32) {
    let at = usize::try_from(value % 100).unwrap_or(0) * 2;
    out.push_str(TWO_DIGITS.get(at..at + 2).unwrap_or("00"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(fields: [u32; 3]) -> RawDate {
        RawDate {
            fields,
            start: 0,
            end: 0,
        }
    }

    fn time_text(time: NaiveTime, seconds: bool) -> String {
        let mut text = String::new();
        push_time(&mut text, time, seconds);
        text
    }

    fn decide_order(dates: &[RawDate], configured: DateOrder) -> OrderDecision {
        let mut evidence = OrderEvidence::default();
        for date in dates {
            let [a, b, c] = date.fields;
            let text = format!("{a:02}/{b:02}/{c}");
            evidence.add(date, || &text);
        }
        evidence.decide(configured)
    }

    fn time(hour: u32, minute: u32, meridiem: Option<Meridiem>) -> Option<String> {
        let raw = RawTime {
            hour,
            minute,
            second: None,
            meridiem,
        };
        to_time(&raw).map(|t| time_text(t, false))
    }

    #[test]
    fn dates_in_every_order() {
        let table: &[([u32; 3], bool, DateOrder, Option<&str>)] = &[
            ([12, 1, 2024], false, DateOrder::Dmy, Some("2024-01-12")),
            ([12, 1, 2024], false, DateOrder::Mdy, Some("2024-12-01")),
            ([2024, 1, 12], true, DateOrder::Mdy, Some("2024-01-12")),
            ([5, 3, 24], false, DateOrder::Dmy, Some("2024-03-05")),
            ([29, 2, 2024], false, DateOrder::Dmy, Some("2024-02-29")),
            ([29, 2, 2023], false, DateOrder::Dmy, None),
            ([31, 4, 2024], false, DateOrder::Dmy, None),
            ([13, 13, 2024], false, DateOrder::Mdy, None),
            ([0, 1, 2024], false, DateOrder::Dmy, None),
            ([2024, 13, 1], true, DateOrder::Dmy, None),
        ];
        for &(fields, year_first, order, expected) in table {
            let got = to_date(fields, year_first, order).map(|d| {
                let mut text = String::new();
                push_date(&mut text, d);
                text
            });
            assert_eq!(got.as_deref(), expected, "{fields:?} {order:?}");
        }
    }

    #[test]
    fn twelve_hour_clock() {
        use Meridiem::{Am, Pm};
        let table: &[(u32, u32, Option<Meridiem>, Option<&str>)] = &[
            (12, 5, Some(Am), Some("00:05")),
            (12, 5, Some(Pm), Some("12:05")),
            (1, 0, Some(Am), Some("01:00")),
            (9, 41, Some(Pm), Some("21:41")),
            (11, 59, Some(Pm), Some("23:59")),
            (0, 30, Some(Am), None),
            (13, 0, Some(Pm), None),
            (0, 0, None, Some("00:00")),
            (23, 59, None, Some("23:59")),
            (24, 0, None, None),
            (10, 60, None, None),
        ];
        for &(hour, minute, meridiem, expected) in table {
            assert_eq!(
                time(hour, minute, meridiem).as_deref(),
                expected,
                "{hour}:{minute}"
            );
        }
    }

    #[test]
    fn seconds_are_kept_when_present() {
        let raw = RawTime {
            hour: 2,
            minute: 5,
            second: Some(9),
            meridiem: Some(Meridiem::Pm),
        };
        let t = to_time(&raw).map(|t| time_text(t, true));
        assert_eq!(t.as_deref(), Some("14:05:09"));
    }

    #[test]
    fn a_day_above_twelve_settles_the_order() {
        let dates = [raw([3, 4, 2024]), raw([13, 4, 2024])];
        let d = decide_order(&dates, DateOrder::Mdy);
        assert_eq!(d, settled(DateOrder::Dmy));
        let dates = [raw([3, 4, 2024]), raw([4, 30, 2024])];
        assert_eq!(
            decide_order(&dates, DateOrder::Dmy),
            settled(DateOrder::Mdy)
        );
    }

    #[test]
    fn unsettled_pastes_use_the_configuration_and_say_so() {
        let dates = [raw([5, 5, 2024]), raw([3, 4, 2024])];
        let d = decide_order(&dates, DateOrder::Dmy);
        assert_eq!(d.order, DateOrder::Dmy);
        assert_eq!(
            d.warning.map(|w| w.to_string()).as_deref(),
            Some("dates like 03/04/2024 are ambiguous; read as day/month (configured)")
        );
        // Same day and month is not ambiguous: no warning.
        let same = [raw([5, 5, 2024])];
        assert_eq!(decide_order(&same, DateOrder::Mdy), settled(DateOrder::Mdy));
    }

    #[test]
    fn conflicting_evidence_follows_the_majority_with_a_warning() {
        let dates = [raw([13, 1, 2024]), raw([14, 1, 2024]), raw([1, 13, 2024])];
        let d = decide_order(&dates, DateOrder::Mdy);
        assert_eq!(d.order, DateOrder::Dmy);
        assert!(
            d.warning
                .is_some_and(|w| w.to_string().contains("disagree"))
        );
    }
}
