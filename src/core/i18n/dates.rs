//! Dates and times as a locale writes them. They arrive already in the shop's local time
//! (core never reads the clock or the time zone): "Nov 22, 21:21" in English, "22/11 21:21"
//! in Portuguese and Spanish, "22.11. 21:21" in German.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::locale::{Language, Locale};

impl Locale {
    /// A moment in running text, without the year: "Nov 22, 21:21", "22/11 21:21", "22.11. 21:21".
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        match self.language {
            Language::En => at.format("%b %-d, %H:%M").to_string(),
            _ => format!("{} {}", self.day_month(at.date()), at.format("%H:%M")),
        }
    }

    /// A moment in a table cell, as short as it reads: "Nov 22 21:21", "22/11 21:21".
    pub fn stamp(&self, at: NaiveDateTime) -> String {
        match self.language {
            Language::En => at.format("%b %-d %H:%M").to_string(),
            _ => self.date_time(at),
        }
    }

    /// A moment with its year: "2026-11-22 21:21", "22/11/2026 21:21", "22.11.2026 21:21".
    pub fn full_date_time(&self, at: NaiveDateTime) -> String {
        format!("{} {}", self.date(at.date()), at.format("%H:%M"))
    }

    /// A day with its year: "2026-11-22", "22/11/2026", "22.11.2026".
    pub fn date(&self, day: NaiveDate) -> String {
        let f = match self.language {
            Language::En => "%Y-%m-%d",
            Language::Pt | Language::Es => "%d/%m/%Y",
            Language::De => "%d.%m.%Y",
        };
        day.format(f).to_string()
    }

    /// A day with its weekday and year: "Sun 2026-11-22", "dom 22/11/2026", "So 22.11.2026".
    pub fn weekday_date(&self, day: NaiveDate) -> String {
        let weekday = i64::from(day.weekday().number_from_monday());
        let name = crate::t!(self, "weekday-short", day = weekday);
        format!("{name} {}", self.date(day))
    }

    /// A day without its year: "Nov 22", "22/11", "22.11.".
    pub fn day_month(&self, day: NaiveDate) -> String {
        let f = match self.language {
            Language::En => "%b %-d",
            Language::Pt | Language::Es => "%d/%m",
            Language::De => "%d.%m.",
        };
        day.format(f).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap()
    }

    #[test]
    fn each_locale_writes_a_moment_its_way() {
        let cases = [
            (
                "en",
                "Nov 2, 09:05",
                "Nov 2 09:05",
                "2026-11-02 09:05",
                "Nov 2",
            ),
            (
                "pt-BR",
                "02/11 09:05",
                "02/11 09:05",
                "02/11/2026 09:05",
                "02/11",
            ),
            (
                "pt-PT",
                "02/11 09:05",
                "02/11 09:05",
                "02/11/2026 09:05",
                "02/11",
            ),
            (
                "es",
                "02/11 09:05",
                "02/11 09:05",
                "02/11/2026 09:05",
                "02/11",
            ),
            (
                "de",
                "02.11. 09:05",
                "02.11. 09:05",
                "02.11.2026 09:05",
                "02.11.",
            ),
        ];
        for (tag, prose, stamp, full, day) in cases {
            let l: Locale = tag.parse().unwrap();
            assert_eq!(l.date_time(at()), prose, "{tag}");
            assert_eq!(l.stamp(at()), stamp, "{tag}");
            assert_eq!(l.full_date_time(at()), full, "{tag}");
            assert_eq!(l.day_month(at().date()), day, "{tag}");
        }
    }

    #[test]
    fn a_deadline_says_its_weekday() {
        let monday = at().date();
        let said = |tag: &str, day: NaiveDate| tag.parse::<Locale>().unwrap().weekday_date(day);
        assert_eq!(said("en", monday), "Mon 2026-11-02");
        assert_eq!(said("pt-BR", monday), "seg 02/11/2026");
        assert_eq!(said("es", monday), "lun 02/11/2026");
        assert_eq!(said("de", monday), "Mo 02.11.2026");
        let sunday = monday + chrono::Days::new(6);
        assert_eq!(said("de", sunday), "So 08.11.2026");
    }
}
