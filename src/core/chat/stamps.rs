//! Where messages' dates and times are written: one string for a whole paste, each distinct
//! date and minute in it once, which the spans point into (see `reading::Stamp`).
//!
//! A date is written as soon as the paste's day/month order is known, that is from the first
//! date that reads only one way (or at once, for year-first layouts). The ones before it are
//! ambiguous and were read in the configured order; they are kept aside and written again at
//! the end in the order the paste proved, when it is the other one.

use chrono::NaiveTime;

use super::datetime::{self, DateOrder};
use super::reading::{Stamp, pos};

/// A header's date and time as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct When {
    /// The date's fields, left to right (four digits at most each).
    pub date: [u16; 3],
    /// Seconds since midnight.
    pub time: u32,
    pub seconds: bool,
}

impl When {
    fn fields(self) -> [u32; 3] {
        self.date.map(u32::from)
    }

    fn time(self) -> NaiveTime {
        NaiveTime::from_num_seconds_from_midnight_opt(self.time, 0).unwrap_or_default()
    }
}

#[derive(Debug, Default)]
pub(super) struct StampWriter {
    text: String,
    /// The last date written: its fields, the order it was read in, and where it is.
    last_date: Option<([u16; 3], DateOrder, u32)>,
    /// Where each minute of the day is written (times without seconds); filled as needed.
    minutes: Vec<Option<u32>>,
}

const MINUTES_PER_DAY: usize = 24 * 60;

impl StampWriter {
    /// Writes a message's date and time; None for a date that does not exist (the cutter
    /// checked it exists before the message started, so this does not happen).
    pub fn write(&mut self, when: When, year_first: bool, order: DateOrder) -> Option<Stamp> {
        let date = self.date(when, year_first, order)?;
        Some(Stamp {
            date,
            time: self.time(when),
            seconds: when.seconds,
        })
    }

    /// Writes the date of `stamp` again, read in `order`.
    pub fn rewrite_date(
        &mut self,
        stamp: &mut Stamp,
        when: When,
        year_first: bool,
        order: DateOrder,
    ) {
        if let Some(date) = self.date(when, year_first, order) {
            stamp.date = date;
        }
    }

    pub fn finish(self) -> String {
        self.text
    }

    fn date(&mut self, when: When, year_first: bool, order: DateOrder) -> Option<u32> {
        // Consecutive messages mostly share a day.
        if let Some((fields, read_as, at)) = self.last_date
            && fields == when.date
            && (read_as == order || year_first)
        {
            return Some(at);
        }
        let date = datetime::to_date(when.fields(), year_first, order)?;
        let at = pos(self.text.len());
        datetime::push_date(&mut self.text, date);
        self.last_date = Some((when.date, order, at));
        Some(at)
    }

    fn time(&mut self, when: When) -> u32 {
        if when.seconds {
            let at = pos(self.text.len());
            datetime::push_time(&mut self.text, when.time(), true);
            return at;
        }
        if self.minutes.is_empty() {
            self.minutes = vec![None; MINUTES_PER_DAY];
        }
        let minute = usize::try_from(when.time / 60).unwrap_or(0);
        if let Some(at) = self.minutes.get(minute).copied().flatten() {
            return at;
        }
        let at = pos(self.text.len());
        datetime::push_time(&mut self.text, when.time(), false);
        if let Some(slot) = self.minutes.get_mut(minute) {
            *slot = Some(at);
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(date: [u16; 3], time: u32) -> When {
        When {
            date,
            time,
            seconds: false,
        }
    }

    fn texts(writer: &StampWriter, stamp: Stamp) -> (String, String) {
        let (date, time) = (stamp.date as usize, stamp.time as usize);
        (
            writer.text[date..date + 10].to_string(),
            writer.text[time..time + 5].to_string(),
        )
    }

    #[test]
    fn each_date_and_minute_is_written_once() {
        let mut writer = StampWriter::default();
        let a = writer.write(when([3, 4, 24], 600), false, DateOrder::Dmy);
        let b = writer.write(when([3, 4, 24], 600), false, DateOrder::Dmy);
        let c = writer.write(when([4, 4, 24], 600), false, DateOrder::Dmy);
        let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
        assert_eq!(a, b);
        assert_eq!(a.time, c.time);
        assert_ne!(a.date, c.date);
        assert_eq!(
            texts(&writer, a),
            ("2024-04-03".to_string(), "00:10".to_string())
        );
        assert_eq!(writer.text.len(), 10 + 5 + 10);
    }

    #[test]
    fn a_date_read_in_the_other_order_is_written_again() {
        let mut writer = StampWriter::default();
        let mut stamp = writer
            .write(when([3, 4, 24], 0), false, DateOrder::Dmy)
            .unwrap();
        writer.rewrite_date(&mut stamp, when([3, 4, 24], 0), false, DateOrder::Mdy);
        assert_eq!(texts(&writer, stamp).0, "2024-03-04");
        assert_eq!(
            writer.write(when([31, 2, 24], 0), false, DateOrder::Dmy),
            None
        );
    }
}
