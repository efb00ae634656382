//! The command line over the operations: stdout carries data, stderr carries messages.
//!
//! Every line a person reads goes out through `say!`, `say_part!` or `tell!`, which pass it
//! through `core::text::inert`: book and paste text can never act on the terminal. JSON goes
//! out through `print_json`, exact.

/// A line of human output on stdout, made inert.
macro_rules! say {
    ($($arg:tt)*) => {
        println!("{}", $crate::core::text::inert(&format!($($arg)*)))
    };
}

/// Human output on stdout without a newline, made inert.
macro_rules! say_part {
    ($($arg:tt)*) => {
        print!("{}", $crate::core::text::inert(&format!($($arg)*)))
    };
}

/// A message on stderr, made inert.
macro_rules! tell {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::core::text::inert(&format!($($arg)*)))
    };
}

mod args;
mod chat;
mod human;
mod json;
mod payments;
mod reports;
mod setup;
mod when;

use std::fs;
use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use chrono::Local;
use serde_json::Value;

pub use args::Cli;
use args::{AliasCmd, CatalogCmd, CliCommand, CustomerCmd, DueArg, OrderCmd, StockCmd};

use crate::backup::{BackupError, Backups};
use crate::clipboard::{Clipboard, Copied, SystemClipboard};
use crate::config::{Config, ConfigError};
use crate::core::queue::LAST_OPEN_RANK;
use crate::export::ExportError;
use crate::logging;
use crate::ops::{
    Clock, DemoSize, Desk, DueWhen, ListQuery, NewOrder, NewPayment, OpError, OrderEdit, QueueAsk,
    StoreError,
};
use crate::paths::Paths;
use crate::tui::runner::Runner;

/// Why a command failed: the person's input (exit 1) or a bug (exit 2).
#[derive(Debug)]
pub enum Failure {
    User(String),
    Internal(String),
    /// The disk failed under the book: a full disk when `run` finds it so, else internal.
    Disk(String),
}

impl From<OpError> for Failure {
    fn from(e: OpError) -> Self {
        if e.is_disk_failure() {
            Failure::Disk(e.to_string())
        } else if e.is_user_error() {
            Failure::User(e.to_string())
        } else {
            Failure::Internal(e.to_string())
        }
    }
}

impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Self {
        Failure::User(e.to_string())
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        Failure::User(e.to_string())
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        OpError::from(e).into()
    }
}

type Outcome = Result<(), Failure>;

/// JSON on stdout, exact: serde_json escapes C0 controls; DEL, the C1 range and direction
/// marks are escaped here too (`\u009b`), which is the same JSON value and inert on a terminal.
fn print_json(value: &Value) {
    println!(
        "{}",
        json_inert(&serde_json::to_string_pretty(value).unwrap_or_default())
    );
}

/// Outside strings JSON is ASCII, so every character escaped here is inside a string (the
/// C0 range is left alone: serde_json already escaped it in strings, and the rest is layout).
fn json_inert(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if c >= '\u{7f}' && crate::core::text::is_terminal_control(c) {
            out += &format!("\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn run(cli: Cli) -> Outcome {
    // The subcommand's name only ("Order"), never its arguments.
    let command = match &cli.command {
        None => "Desk".to_string(),
        Some(c) => format!("{c:?}")
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_string(),
    };
    let outcome = run_command(cli);
    // One line per refused command or error (the log starts inside, once paths are known).
    match &outcome {
        Ok(()) => {}
        Err(Failure::User(why)) => tracing::warn!(command, reason = %why, "command refused"),
        Err(Failure::Internal(why) | Failure::Disk(why)) => {
            tracing::error!(command, error = %why, "command failed")
        }
    }
    outcome
}

fn run_command(cli: Cli) -> Outcome {
    let paths = Paths::resolve(cli.db.clone(), cli.config.clone());
    let book = if cli.demo {
        paths.demo_db.clone()
    } else {
        paths.db.clone()
    };
    run_on(cli, &paths).map_err(|failure| match failure {
        // SQLite reports some writes on a full disk only as "disk I/O error": look.
        Failure::Disk(_) if crate::files::disk_is_full(&book) => {
            Failure::User(StoreError::Full.to_string())
        }
        Failure::Disk(message) => Failure::Internal(message),
        other => other,
    })
}

fn run_on(cli: Cli, paths: &Paths) -> Outcome {
    match &cli.command {
        Some(CliCommand::Paths { json }) => return show_paths(paths, *json),
        Some(CliCommand::Restore { path }) if !cli.demo => return restore(paths, path),
        Some(CliCommand::Config {
            print_default: true,
        }) => {
            say_part!("{}", Config::default_toml());
            return Ok(());
        }
        Some(CliCommand::Setup) => {
            let stdin = std::io::stdin();
            setup::run(&mut stdin.lock(), &mut std::io::stderr(), &paths.config)?;
            return Ok(());
        }
        // The first run on a terminal, with no config yet: the shop is set up first.
        None if !cli.demo
            && !paths.config.exists()
            && std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal() =>
        {
            let stdin = std::io::stdin();
            setup::run(&mut stdin.lock(), &mut std::io::stderr(), &paths.config)?;
        }
        _ => {}
    }
    start_log(paths);
    let mut config = Config::load(&paths.config)?;
    if cli.demo && config.shop.name == crate::config::Shop::default().name {
        config.shop.name = "Lumen Apparel (demo)".into();
        // Its messages in a pasted chat are the shop's, not a second customer's.
        if config.shop.names.is_empty() {
            config.shop.names = vec!["Lumen Apparel".into()];
        }
    }
    // The demo shows payment links and reminders with a placeholder payment page.
    if cli.demo && config.payment_link.url_template.trim().is_empty() {
        config.payment_link.url_template =
            "https://pay.example.com/lumen/{order_no}?amount={amount}".into();
    }
    if let Some(CliCommand::Config { .. }) = &cli.command {
        say_part!("{}", toml::to_string_pretty(&config).unwrap_or_default());
        return Ok(());
    }
    let db = if cli.demo { &paths.demo_db } else { &paths.db };
    let mut desk = Desk::open(db, config)?;
    if let Some(now) = cli.now {
        desk.clock = Clock::Fixed(now);
    }
    let backups = Backups::of(db, &paths.backups);
    if !cli.demo && !matches!(cli.command, Some(CliCommand::Backup { .. })) {
        daily_backup(&desk, &backups);
    }
    if cli.demo && desk.store.read().product_count()? == 0 {
        tell!("filling the demo shop at {} …", db.display());
        desk.fill_demo(DemoSize::default())?;
    }
    match cli.command {
        None => open_desk(desk, &paths.reports, backups.last()),
        // Answered before the book was opened.
        Some(CliCommand::Setup) => Ok(()),
        Some(CliCommand::Catalog(cmd)) => catalog(&mut desk, cmd),
        Some(CliCommand::Stock(cmd)) => stock(&mut desk, cmd),
        Some(CliCommand::Customer(cmd)) => customer(&mut desk, cmd),
        Some(CliCommand::Order(cmd)) => order(&mut desk, cmd),
        Some(CliCommand::Report(cmd)) => reports::run(&mut desk, cmd),
        Some(CliCommand::Chat(cmd)) => chat::run(&mut desk, cmd),
        Some(CliCommand::Payments(cmd)) => payments::payments(&mut desk, cmd),
        Some(CliCommand::Reminders(cmd)) => payments::reminders(&mut desk, cmd),
        Some(CliCommand::Webhook(cmd)) => payments::webhook(desk, cmd),
        Some(CliCommand::Demo { orders, customers }) => {
            let started = std::time::Instant::now();
            let stats = desk.fill_demo(DemoSize { orders, customers })?;
            tell!(
                "demo shop in {}: {} products, {} orders ({:.1?})",
                desk.store.path(),
                stats.products,
                stats.orders,
                started.elapsed()
            );
            Ok(())
        }
        Some(CliCommand::Backup { to }) => backup(&desk, &backups, to.as_deref()),
        Some(CliCommand::Restore { .. }) => Err(Failure::User(
            "the demo shop is made anew by deleting it; restore works on a real book".into(),
        )),
        Some(CliCommand::Paths { .. } | CliCommand::Config { .. }) => Ok(()),
    }
}

/// Logging for this run; a log that cannot start is said once and the command goes on.
fn start_log(paths: &Paths) {
    let started = logging::level_from_env()
        .and_then(|level| logging::init(&paths.logs, level).map(|()| level));
    match started {
        Ok(_) => tracing::debug!(db = %paths.db.display(), "orderdesk started"),
        Err(why) => eprintln!("warning: {why}; going on without a log"),
    }
}

fn show_paths(paths: &Paths, json: bool) -> Outcome {
    if json {
        print_json(&serde_json::to_value(paths).unwrap_or_default());
    } else {
        say!("database  {}", paths.db.display());
        say!("config    {}", paths.config.display());
        say!("demo      {}", paths.demo_db.display());
        say!("backups   {}", paths.backups.display());
        say!("logs      {}", paths.logs.display());
        say!("reports   {}", paths.reports.display());
    }
    Ok(())
}

/// The day's automatic backup; a failure is said and never stops the command.
fn daily_backup(desk: &Desk, backups: &Backups) {
    if let Err(e) = backups.daily(&desk.store, desk.config.backup.keep, Local::now()) {
        tell!("warning: today's automatic backup was not made: {e}");
    }
}

fn backup(desk: &Desk, backups: &Backups, to: Option<&Path>) -> Outcome {
    let made = match to {
        Some(to) => crate::backup::make_at(&desk.store, backups, to, Local::now()),
        None => backups.make(&desk.store, Local::now()),
    }
    .map_err(backup_failure)?;
    say!("{}", made.path.display());
    tell!(
        "backed up {} ({} orders, {} customers, {} products); the copy passed SQLite's integrity check",
        desk.store.path(),
        made.info.orders,
        made.info.customers,
        made.info.products
    );
    Ok(())
}

fn restore(paths: &Paths, from: &Path) -> Outcome {
    let backups = Backups::of(&paths.db, &paths.backups);
    let done =
        crate::backup::restore(&paths.db, from, &backups, Local::now()).map_err(backup_failure)?;
    match &done.safety {
        Some(safety) => tell!(
            "kept the book it replaces ({} orders) as {}",
            safety.info.orders,
            safety.path.display()
        ),
        None => tell!("there was no book at {} yet", paths.db.display()),
    }
    tell!(
        "restored {} from {}: {} orders, {} customers, {} products{}",
        paths.db.display(),
        done.from.display(),
        done.info.orders,
        done.info.customers,
        done.info.products,
        if done.info.schema < crate::ops::SCHEMA_VERSION {
            " (an older schema: it is brought up to date when next opened)"
        } else {
            ""
        }
    );
    Ok(())
}

fn backup_failure(e: BackupError) -> Failure {
    match e {
        BackupError::Store(e) => Failure::from(e),
        e => Failure::User(e.to_string()),
    }
}

/// No command: the desk. Without a terminal (a pipe, a script) it prints the open orders.
fn open_desk(
    desk: Desk,
    reports: &Path,
    last_backup: Option<chrono::DateTime<chrono::Utc>>,
) -> Outcome {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        tell!("not a terminal: printing the open orders instead of opening the desk");
        return print_queue(&desk);
    }
    // `reports.folder` in the config, else the owner's Documents (see `Paths::reports`).
    let reports = match desk.config.reports.folder.trim() {
        "" => reports.to_path_buf(),
        folder => std::path::PathBuf::from(folder),
    };
    let runner = Runner::new(desk, Box::new(SystemClipboard::for_session()), reports);
    crate::tui::run(runner, last_backup)
        .map_err(|e| Failure::Internal(format!("the terminal failed: {e}")))
}

fn print_queue(desk: &Desk) -> Outcome {
    // The desk's first page, in its order: an index range even on a huge book.
    let slice = desk.queue(&QueueAsk {
        limit: 40,
        count: true,
        now: Some(when::local_now(desk)),
        ..QueueAsk::default()
    })?;
    let open: i64 = slice
        .counts
        .map(|c| c[..=LAST_OPEN_RANK as usize].iter().sum())
        .unwrap_or_default();
    say!(
        "{} · {open} open orders, most urgent first ({})",
        desk.config.shop.name,
        desk.store.path()
    );
    for row in &slice.rows {
        say!("{}", human::order_line(row));
    }
    Ok(())
}

fn catalog(desk: &mut Desk, cmd: CatalogCmd) -> Outcome {
    match cmd {
        CatalogCmd::Import { file } => {
            let text = read_text(&file)?;
            let r = desk.import_catalog(&text)?;
            tell!(
                "imported {}: {} new, {} updated, {} unchanged, {} stock counts set",
                file.display(),
                r.inserted,
                r.updated,
                r.unchanged,
                r.stock_changes.len()
            );
        }
        CatalogCmd::List { json, filter } => {
            let products = desk.catalog(&filter)?;
            if json {
                print_json(&products.iter().map(json::product).collect());
            } else {
                products.iter().for_each(|p| say!("{}", human::product(p)));
            }
        }
        CatalogCmd::Alias(cmd) => alias(desk, cmd)?,
    }
    Ok(())
}

fn alias(desk: &mut Desk, cmd: AliasCmd) -> Outcome {
    match cmd {
        AliasCmd::List { json } => {
            let aliases = desk.aliases()?;
            if json {
                print_json(&aliases.iter().map(json::alias).collect());
            } else if aliases.is_empty() {
                tell!(
                    "no learned aliases yet: they are learned when you pick the product a \
                     customer meant in the paste review, or added with `catalog alias add`"
                );
            } else {
                aliases.iter().for_each(|a| say!("{}", human::alias(a)));
            }
        }
        AliasCmd::Add { phrase, sku } => {
            let a = desk.learn_alias(&phrase, &sku)?;
            tell!("learned: \"{}\" means {}", a.phrase, a.sku);
        }
        AliasCmd::Remove { phrase } => {
            let a = desk.forget_alias(&phrase)?;
            tell!("forgot: \"{}\" (was {})", a.phrase, a.sku);
        }
    }
    Ok(())
}

/// How long `--copy` keeps serving the text on X11/Wayland. A clipboard manager takes it at
/// once (and the command returns); without one the text lives only while this process does.
const COPY_HOLD: Duration = Duration::from_secs(10);

fn copy_summary(number: i64, text: &str) {
    let started = std::time::Instant::now();
    match SystemClipboard::for_command(COPY_HOLD).copy(text) {
        Copied::System if started.elapsed() < COPY_HOLD => {
            tell!("copied the summary of #{number} to the clipboard")
        }
        Copied::System => tell!(
            "the summary of #{number} was on the clipboard for {} s, but no clipboard manager kept it; \
             copy it from above, or from the desk (which keeps it while it runs)",
            COPY_HOLD.as_secs()
        ),
        Copied::Terminal => {
            tell!("sent the summary of #{number} to the terminal's clipboard (OSC 52)")
        }
        Copied::Failed(why) => tell!("could not copy ({why}); the summary is printed above"),
    }
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = fs::read(path)
        .map_err(|e| Failure::User(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::User(format!(
            "{} is not UTF-8 text; save it as UTF-8 CSV",
            path.display()
        ))
    })
}

fn stock(desk: &mut Desk, cmd: StockCmd) -> Outcome {
    let p = match cmd {
        StockCmd::Receive { sku, qty, note } => desk.receive_stock(&sku, qty, &note)?,
        StockCmd::Adjust { sku, delta, reason } => desk.adjust_stock(&sku, delta, &reason)?,
        StockCmd::Check => {
            let check = desk.check_book()?;
            if check.is_healthy() {
                tell!(
                    "every product's stock agrees with its ledger; order sums and queue counts agree with their rows"
                );
                return Ok(());
            }
            for (sku, (on_hand, reserved), (l_on, l_res)) in &check.stock {
                say!(
                    "{sku}: counters {on_hand} on hand / {reserved} reserved, ledger {l_on} / {l_res}"
                );
            }
            for (number, kept, real) in &check.sums {
                say!("order #{number}: kept sums {kept:?}, payments say {real:?}");
            }
            if let Some((kept, real)) = &check.queue {
                say!("queue counts: kept {kept:?}, orders say {real:?}");
            }
            for gap in &check.deadlines {
                say!(
                    "orders of rank {} due {} {}: kept {}, orders say {}",
                    gap.rank,
                    gap.day,
                    gap.time,
                    gap.kept,
                    gap.real
                );
            }
            return Err(Failure::Internal(
                "the book disagrees with itself (see above); please report this".into(),
            ));
        }
    };
    say!("{}", human::product(&p));
    Ok(())
}

fn customer(desk: &mut Desk, cmd: CustomerCmd) -> Outcome {
    let currency = desk.config.shop.currency;
    match cmd {
        CustomerCmd::List { json, limit } => {
            let list = desk.customers("", limit, 0)?;
            if json {
                print_json(&list.iter().map(|c| json::customer(c, currency)).collect());
            } else {
                list.iter()
                    .for_each(|c| say!("{}", human::customer(c, currency)));
            }
        }
        CustomerCmd::Add {
            name,
            phone,
            address,
        } => {
            let c = desk.add_customer(&name, phone.as_deref(), address.as_deref())?;
            say!("{} {}", c.name, c.phone.unwrap_or_default());
        }
        CustomerCmd::Merge { from, into } => {
            let c = desk.merge_customers(&from, &into)?;
            tell!(
                "merged '{from}' into {} {}",
                c.name,
                c.phone.unwrap_or_default()
            );
        }
    }
    Ok(())
}

fn order(desk: &mut Desk, cmd: OrderCmd) -> Outcome {
    let (view, as_json) = match cmd {
        OrderCmd::New {
            customer,
            name,
            new_customer,
            items,
            delivery,
            discount,
            address,
            note,
            deadline,
            json,
        } => {
            let deadline = deadline
                .map(|text| when::deadline(desk, &text))
                .transpose()?;
            let new = NewOrder {
                customer,
                name,
                items,
                delivery,
                discount,
                address,
                notes: note,
                deadline,
                name_must_exist: !new_customer,
                ..NewOrder::default()
            };
            (desk.create_order(new)?, json.json)
        }
        OrderCmd::Edit {
            number,
            items,
            remove,
            delivery,
            discount,
            address,
            note,
            deadline,
            no_deadline,
            staff_note,
            json,
        } => {
            let deadline = match (deadline, no_deadline) {
                (Some(text), _) => Some(Some(when::deadline(desk, &text)?)),
                (None, true) => Some(None),
                (None, false) => None,
            };
            let edit = OrderEdit {
                set: items,
                remove,
                delivery,
                discount,
                address,
                notes: note,
                deadline,
                staff_notes: staff_note,
            };
            (desk.edit_order(number, edit, None)?, json.json)
        }
        OrderCmd::Confirm {
            number,
            oversell,
            json,
        } => (desk.confirm_order(number, oversell, None)?, json.json),
        OrderCmd::Pay {
            number,
            amount,
            method,
            reference,
            claimed,
            proof,
            json,
        } => {
            let (_, view) = desk.record_payment(
                number,
                NewPayment {
                    amount: amount.into(),
                    method,
                    reference,
                    claimed,
                    proof,
                },
            )?;
            (view, json.json)
        }
        OrderCmd::Verify {
            number,
            payment_id,
            json,
        } => (desk.verify_payment(number, &payment_id)?, json.json),
        OrderCmd::Reject {
            number,
            payment_id,
            json,
        } => (desk.reject_payment(number, &payment_id)?, json.json),
        OrderCmd::Refund {
            number,
            amount,
            restock,
            method,
            reference,
            json,
        } => (
            desk.refund(number, amount, restock, method, reference)?.1,
            json.json,
        ),
        OrderCmd::Advance { number, to, json } => {
            (desk.advance_order(number, to, None)?, json.json)
        }
        OrderCmd::Cancel { number, json } => (desk.cancel_order(number, None)?, json.json),
        OrderCmd::Show { number, json } => (desk.order_view(number)?, json.json),
        OrderCmd::List {
            status,
            limit,
            due,
            json,
        } => {
            let now = when::local_now(desk);
            let due = due.map(|d| match d {
                DueArg::Today => DueWhen::Today(now.date()),
                DueArg::Tomorrow => DueWhen::Tomorrow(now.date()),
                DueArg::Overdue => DueWhen::Overdue(now),
            });
            let rows = desk.list_orders(&ListQuery { status, limit, due })?;
            if json.json {
                print_json(&rows.iter().map(json::order_row).collect());
            } else {
                rows.iter().for_each(|r| say!("{}", human::order_line(r)));
            }
            return Ok(());
        }
        OrderCmd::Link {
            number,
            provider,
            json,
        } => return payments::order_link(desk, number, provider, json),
        OrderCmd::Summary { number, copy } => {
            let text = desk.order_summary(number)?;
            say!("{text}");
            if copy {
                copy_summary(number, &text);
            }
            return Ok(());
        }
    };
    if as_json {
        print_json(&json::order(&view, true));
    } else {
        say_part!("{}", human::order(&view));
    }
    Ok(())
}
