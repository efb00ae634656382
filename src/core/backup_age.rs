//! How old the last backup is, in words for the desk, and when that deserves a warning.

use chrono::{DateTime, Utc};

use super::i18n::Locale;
use crate::t;

/// Past this many days without a backup the desk warns.
pub const WARN_AFTER_DAYS: i64 = 7;

/// "last backup: today" / "3 days ago" / "no backup yet", for the help.
pub fn last_backup_line(last: Option<DateTime<Utc>>, now: DateTime<Utc>, loc: Locale) -> String {
    let Some(last) = last else {
        return t!(loc, "backup-none-yet");
    };
    let days = (now - last).num_days().max(0);
    t!(
        loc,
        "backup-last",
        days = days,
        at = loc.full_date_time(last.naive_utc())
    )
}

/// The warning for a book without a backup for a week (or ever), if it deserves one.
pub fn backup_warning(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    loc: Locale,
) -> Option<String> {
    match last {
        None => Some(t!(loc, "backup-warn-none")),
        Some(at) if (now - at).num_days() >= WARN_AFTER_DAYS => {
            Some(t!(loc, "backup-warn-old", days = (now - at).num_days()))
        }
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn a_week_without_a_backup_is_warned_about() {
        let now = Utc.with_ymd_and_hms(2026, 3, 9, 12, 0, 0).unwrap();
        let en = Locale::EN;
        assert!(backup_warning(None, now, en).is_some());
        assert_eq!(backup_warning(Some(now - Duration::days(6)), now, en), None);
        let week = backup_warning(Some(now - Duration::days(8)), now, en).unwrap();
        assert!(week.contains("8 days"), "{week}");
        assert!(last_backup_line(Some(now - Duration::hours(2)), now, en).contains("today"));
        assert!(last_backup_line(Some(now - Duration::days(3)), now, en).contains("3 days ago"));
        assert!(last_backup_line(None, now, en).contains("No backup"));
        let pt = last_backup_line(Some(now - Duration::days(1)), now, Locale::PT_BR);
        assert!(pt.contains("ontem") && pt.contains("08/03/2026"), "{pt}");
        let de = backup_warning(Some(now - Duration::days(8)), now, Locale::DE).unwrap();
        assert!(de.contains("8 Tagen"), "{de}");
    }
}
