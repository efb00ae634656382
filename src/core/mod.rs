//! The pure domain: no I/O, no SQL, no terminal, no clock. Everything here is a function of
//! its inputs, so it is tested with plain tables and property tests.

pub mod backup_age;
pub mod catalog;
pub mod chat;
pub mod country_defaults;
pub mod currency;
pub mod customer;
pub mod day;
pub mod db_url;
pub mod deadline;
pub mod i18n;
pub mod link;
pub mod link_note;
pub mod money;
pub mod names;
pub mod order;
pub mod paste;
pub mod payment;
pub mod queue;
pub mod reconcile;
pub mod refusal;
pub mod reminder;
pub mod report;
pub mod review;
pub mod shop_voice;
pub mod stock;
pub mod summary;
pub mod template;
pub mod text;
