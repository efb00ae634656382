//! How old the last backup is, in words for the desk, and when that deserves a warning.

use chrono::{DateTime, Utc};

/// Past this many days without a backup the desk warns.
pub const WARN_AFTER_DAYS: i64 = 7;

/// "last backup: today" / "3 days ago" / "no backup yet", for the help.
pub fn last_backup_line(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    let Some(last) = last else {
        return "No backup of this book yet: `orderdesk backup` makes one.".into();
    };
    let days = (now - last).num_days().max(0);
    let ago = match days {
        0 => "today".to_string(),
        1 => "yesterday".to_string(),
        d => format!("{d} days ago"),
    };
    format!(
        "Last backup {ago} ({}); `orderdesk restore FILE` puts one back.",
        last.format("%Y-%m-%d %H:%M UTC")
    )
}

/// The warning for a book without a backup for a week (or ever), if it deserves one.
pub fn backup_warning(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<String> {
    match last {
        None => Some("this book has no backup yet: run `orderdesk backup`".into()),
        Some(at) if (now - at).num_days() >= WARN_AFTER_DAYS => Some(format!(
            "no backup for {} days: run `orderdesk backup` (see `backup.keep` in the config)",
            (now - at).num_days()
        )),
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
        assert!(backup_warning(None, now).is_some());
        assert_eq!(backup_warning(Some(now - Duration::days(6)), now), None);
        let week = backup_warning(Some(now - Duration::days(8)), now).unwrap();
        assert!(week.contains("8 days"), "{week}");
        assert!(last_backup_line(Some(now - Duration::hours(2)), now).contains("today"));
        assert!(last_backup_line(Some(now - Duration::days(3)), now).contains("3 days ago"));
        assert!(last_backup_line(None, now).contains("No backup"));
    }
}
