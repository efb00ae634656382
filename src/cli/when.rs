//! Dates and times as the command line takes them: the shop's local now (or `--now`), and
//! deadlines typed the way staff talk ("tomorrow 18:00", "sat", "sexta 18h").

use chrono::{Local, NaiveDateTime};

use super::Failure;
use crate::core::deadline::{Deadline, parse_deadline};
use crate::ops::Desk;

/// The desk's clock (honouring `--now`) in local time.
pub fn local_now(desk: &Desk) -> NaiveDateTime {
    desk.now().with_timezone(&Local).naive_local()
}

/// A `--deadline` value read in the shop's language and date order.
pub fn deadline(desk: &Desk, text: &str) -> Result<Deadline, Failure> {
    let shop = &desk.config.shop;
    let language = shop.language.unwrap_or_default().language;
    parse_deadline(text, local_now(desk), language, shop.date_order).map_err(|e| {
        let why = e.message().in_locale(super::locale());
        Failure::User(format!("--deadline: {why}"))
    })
}
