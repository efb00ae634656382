//! The demo book behind the screen snapshots (`desk_snapshots.rs`, `desk_languages.rs`):
//! a fresh SQLite file, the demo shop filled in, staff "ana", a payment-link template and a
//! fixed clock, so every drawing is the same on every run.

use chrono::{DateTime, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::ops::{Clock, DemoSize, Desk};
use orderdesk::store::Store;

/// The fixed time of the demo desk.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 9, 15, 30, 0).unwrap()
}

/// The demo desk, with `shop` applied to the config before the demo is filled in (the
/// shop's name and language decide what the demo holds). The folder holds the book.
pub fn demo_desk(shop: impl FnOnce(&mut Config)) -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    shop(&mut config);
    config.desk.user = "ana".into();
    config.payment_link.url_template = "https://pay.example/{order_no}?amount={amount}".into();
    let mut desk = Desk::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        config,
    );
    desk.clock = Clock::Fixed(now());
    desk.fill_demo(DemoSize::default()).unwrap();
    (desk, dir)
}
