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
        format!("{} {}", self.weekday_name(day), self.date(day))
    }

    /// The weekday's short name: "Sat", "sáb", "Sa".
    pub fn weekday_name(&self, day: NaiveDate) -> String {
        let weekday = i64::from(day.weekday().number_from_monday());
        crate::t!(self, "weekday-short", day = weekday)
    }

    /// The month's short name: "Dec", "dez", "dic", "Dez.".
    pub fn month_name(&self, day: NaiveDate) -> String {
        crate::t!(self, "month-short", month = i64::from(day.month()))
    }

    /// A day by its names, without the year: "Sat 5 Dec", "sáb 5 dez", "Sa 5. Dez.".
    pub fn day_name(&self, day: NaiveDate) -> String {
        crate::t!(
            self,
            "day-name",
            weekday = self.weekday_name(day),
            day = i64::from(day.day()),
            month = self.month_name(day)
        )
    }

    /// A day by its names, with the year: "Sat 5 Dec 2026", "sáb 5 dez 2026".
    pub fn day_name_year(&self, day: NaiveDate) -> String {
        crate::t!(
            self,
            "day-name-year",
            weekday = self.weekday_name(day),
            day = i64::from(day.day()),
            month = self.month_name(day),
            year = day.year().to_string()
        )
    }

    /// A day near today, by its weekday: "Sat 14", "sáb 14", "Sa 14.".
    pub fn weekday_day(&self, day: NaiveDate) -> String {
        crate::t!(
            self,
            "day-weekday-day",
            weekday = self.weekday_name(day),
            day = i64::from(day.day())
        )
    }

    /// A day further off, by its month: "14 Dec", "14 dez", "14. Dez.".
    pub fn day_month_name(&self, day: NaiveDate) -> String {
        crate::t!(
            self,
            "day-day-month",
            day = i64::from(day.day()),
            month = self.month_name(day)
        )
    }

    /// A stretch of days, both ends included: one day by its names ("Sat 5 Dec 2026"), or
    /// "2026-12-01 to 2026-12-07" in the locale's dates.
    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            self.day_name_year(from)
        } else {
            crate::t!(
                self,
                "period-range",
                from = self.date(from),
                to = self.date(to)
            )
        }
    }

    /// "42 min", "3 h 05 min", "2 d 4 h": a duration in whole minutes, short, in this
    /// locale's units.
    pub fn minutes(&self, minutes: i64) -> String {
        match minutes {
            m if m < 60 => crate::t!(self, "duration-minutes", minutes = m),
            m if m < 24 * 60 => crate::t!(
                self,
                "duration-hours",
                hours = m / 60,
                minutes = format!("{:02}", m % 60)
            ),
            m => crate::t!(
                self,
                "duration-days",
                days = m / (24 * 60),
                hours = (m % (24 * 60)) / 60
            ),
        }
    }

    /// Minutes given in halves, as people read them: "42", "42.5" / "42,5".
    pub fn half_minutes(&self, halves: i64) -> String {
        if halves % 2 == 0 {
            self.number(halves / 2)
        } else {
            self.decimal(halves * 5, 1)
        }
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

    #[test]
    fn a_day_by_its_names() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let cases = [
            ("en", "Sat 5 Dec", "Sat 5 Dec 2026", "Sat 5", "5 Dec"),
            ("pt-BR", "sáb 5 dez", "sáb 5 dez 2026", "sáb 5", "5 dez"),
            ("es", "sáb 5 dic", "sáb 5 dic 2026", "sáb 5", "5 dic"),
            ("de", "Sa 5. Dez.", "Sa 5. Dez. 2026", "Sa 5.", "5. Dez."),
        ];
        for (tag, name, year, near, far) in cases {
            let l: Locale = tag.parse().unwrap();
            assert_eq!(l.day_name(day), name, "{tag}");
            assert_eq!(l.day_name_year(day), year, "{tag}");
            assert_eq!(l.weekday_day(day), near, "{tag}");
            assert_eq!(l.day_month_name(day), far, "{tag}");
        }
        assert_eq!(Locale::EN.minutes(185), "3 h 05 min");
        assert_eq!(Locale::EN.minutes(3000), "2 d 2 h");
        assert_eq!(Locale::DE.minutes(3000), "2 T 2 h");
        assert_eq!(Locale::EN.half_minutes(85), "42.5");
        assert_eq!(Locale::PT_BR.half_minutes(85), "42,5");
        let week = Locale::PT_BR.period(day, day + chrono::Days::new(6));
        assert_eq!(week, "05/12/2026 a 11/12/2026");
    }
}
