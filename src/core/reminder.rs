//! Payment reminders: which step of the schedule is due, and the text to copy into the chat.
//!
//! The schedule counts from when the first link of a chain was made (2 h, 24 h, 48 h by
//! default). Only the latest due step is offered: a desk that was closed for two days offers
//! the 48 h reminder, not three messages at once.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::i18n::Locale;
use super::summary::placeholders;
use super::template::{Template, TemplateError};

/// Placeholders a reminder template may use.
pub const REMINDER_FIELDS: &[&str] = &[
    "order_no", "customer", "amount", "link", "expires", "shop", "step", "steps",
];

/// A reminder step that is due now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Due {
    /// 1-based position in the schedule.
    pub step: u32,
    pub due_at: DateTime<Utc>,
    /// The last step: sending it tags the order payment-abandoned.
    pub last: bool,
}

/// The schedule must be whole hours, positive and increasing.
pub fn check_schedule(hours: &[i64]) -> Result<(), String> {
    if hours.is_empty() {
        return Err("needs at least one step, e.g. [2, 24, 48]".into());
    }
    if hours.iter().any(|h| *h < 1 || *h > 24 * 365) {
        return Err("every step must be between 1 and 8760 hours".into());
    }
    if hours.windows(2).any(|w| w[0] >= w[1]) {
        return Err("steps must increase, e.g. [2, 24, 48]".into());
    }
    Ok(())
}

/// When step `step` (1-based) of the schedule falls, counted from `anchor`.
pub fn due_at(anchor: DateTime<Utc>, hours: &[i64], step: u32) -> Option<DateTime<Utc>> {
    let h = *hours.get(step.checked_sub(1)? as usize)?;
    Some(anchor + Duration::hours(h))
}

/// The latest step that is due at `now` and comes after the last one sent, if any.
pub fn next_due(
    anchor: DateTime<Utc>,
    hours: &[i64],
    last_sent: Option<u32>,
    now: DateTime<Utc>,
) -> Option<Due> {
    let after = last_sent.unwrap_or(0);
    let steps = hours.len() as u32;
    (after + 1..=steps).rev().find_map(|step| {
        let at = due_at(anchor, hours, step)?;
        (at <= now).then_some(Due {
            step,
            due_at: at,
            last: step == steps,
        })
    })
}

/// The next step that is not due yet (for "next reminder at …"), if any.
pub fn upcoming(
    anchor: DateTime<Utc>,
    hours: &[i64],
    last_sent: Option<u32>,
    now: DateTime<Utc>,
) -> Option<Due> {
    let after = last_sent.unwrap_or(0);
    let steps = hours.len() as u32;
    (after + 1..=steps).find_map(|step| {
        let at = due_at(anchor, hours, step)?;
        (at > now).then_some(Due {
            step,
            due_at: at,
            last: step == steps,
        })
    })
}

/// The built-in reminder in the shop's language, as a {placeholder} template.
pub fn default_reminder_template(locale: Locale) -> String {
    locale.message("reminder-template", &placeholders(REMINDER_FIELDS))
}

pub fn parse_reminder_template(text: &str) -> Result<Template, TemplateError> {
    Template::parse(text, REMINDER_FIELDS)
}

/// Everything a reminder shows; money and times arrive formatted by the caller.
pub struct ReminderInput<'a> {
    pub order_no: i64,
    pub customer: &'a str,
    pub amount: &'a str,
    pub link: Option<&'a str>,
    pub expires: Option<&'a str>,
    pub shop: &'a str,
    pub step: u32,
    pub steps: u32,
}

pub fn render_reminder(template: &Template, input: &ReminderInput) -> String {
    template.render(|field| match field {
        "order_no" => Some(input.order_no.to_string()),
        "customer" => Some(input.customer.to_string()),
        "amount" => Some(input.amount.to_string()),
        "link" => input.link.map(str::to_string),
        "expires" => input.expires.map(str::to_string),
        "shop" => Some(input.shop.to_string()),
        "step" => Some(input.step.to_string()),
        "steps" => Some(input.steps.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap()
    }

    #[test]
    fn nothing_is_due_before_the_first_step() {
        let h = [2, 24, 48];
        assert_eq!(
            next_due(t0(), &h, None, t0() + Duration::minutes(119)),
            None
        );
        let up = upcoming(t0(), &h, None, t0()).unwrap();
        assert_eq!((up.step, up.due_at), (1, t0() + Duration::hours(2)));
    }

    #[test]
    fn each_step_comes_due_in_turn() {
        let h = [2, 24, 48];
        let due = next_due(t0(), &h, None, t0() + Duration::hours(2)).unwrap();
        assert_eq!((due.step, due.last), (1, false));
        assert_eq!(next_due(t0(), &h, Some(1), t0() + Duration::hours(3)), None);
        let due = next_due(t0(), &h, Some(1), t0() + Duration::hours(24)).unwrap();
        assert_eq!(due.step, 2);
        let due = next_due(t0(), &h, Some(2), t0() + Duration::hours(50)).unwrap();
        assert_eq!((due.step, due.last), (3, true));
        assert_eq!(next_due(t0(), &h, Some(3), t0() + Duration::days(30)), None);
        assert_eq!(upcoming(t0(), &h, Some(3), t0()), None);
    }

    #[test]
    fn a_desk_closed_for_days_offers_only_the_latest_step() {
        let h = [2, 24, 48];
        let due = next_due(t0(), &h, None, t0() + Duration::hours(60)).unwrap();
        assert_eq!((due.step, due.last), (3, true));
        let due = next_due(t0(), &h, None, t0() + Duration::hours(30)).unwrap();
        assert_eq!(due.step, 2);
    }

    #[test]
    fn schedules_are_checked() {
        assert!(check_schedule(&[2, 24, 48]).is_ok());
        assert!(check_schedule(&[]).is_err());
        assert!(check_schedule(&[24, 2]).is_err());
        assert!(check_schedule(&[0, 2]).is_err());
        assert!(check_schedule(&[2, 2]).is_err());
    }

    #[test]
    fn default_texts_parse_and_read_well() {
        for (name, _) in crate::core::i18n::CATALOG_FILES {
            let text = default_reminder_template(name.parse().unwrap());
            assert!(parse_reminder_template(&text).is_ok(), "{name}: {text}");
            assert!(
                text.contains("{link}") && text.contains("{amount}"),
                "{name}: {text}"
            );
        }
        let t = parse_reminder_template(&default_reminder_template(Locale::EN)).unwrap();
        let input = ReminderInput {
            order_no: 1042,
            customer: "Mei",
            amount: "$215.50",
            link: Some("https://pay.example/1042"),
            expires: Some("Mar 3, 10:00"),
            shop: "Lumen",
            step: 1,
            steps: 3,
        };
        assert_eq!(
            render_reminder(&t, &input),
            "Hi Mei! A friendly reminder from Lumen: order #1042 is waiting for payment ($215.50).\n\
             Pay here: https://pay.example/1042\n\
             Link valid until Mar 3, 10:00"
        );
        let no_link = ReminderInput {
            link: None,
            expires: None,
            ..input
        };
        assert!(!render_reminder(&t, &no_link).contains("Pay here"));
    }
}
