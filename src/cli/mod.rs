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
mod help;
mod human;
mod json;
mod payments;
mod reports;
mod setup;
mod when;

use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use chrono::Local;
use serde_json::Value;

pub use args::Cli;
use args::{AliasCmd, CatalogCmd, CliCommand, CustomerCmd, DueArg, OrderCmd, StockCmd};
pub use help::{command, help_keys, parse_in, usage_error};

use crate::backup::{BackupError, Backups};
use crate::clipboard::{Clipboard, Copied, SystemClipboard};
use crate::config::{Config, ConfigError};
use crate::core::i18n::{Locale, id};
use crate::core::queue::LAST_OPEN_RANK;
use crate::export::ExportError;
use crate::logging;
use crate::ops::{
    Clock, DemoShop, DemoSize, Desk, DueWhen, ListQuery, NewOrder, NewPayment, OpError, OrderEdit,
    QueueAsk, StoreError,
};
use crate::paths::Paths;
use crate::t;
use crate::tui::runner::Runner;

/// The staff's language for this run, once the config is read (`desk.language`, else
/// `shop.language`, else LC_ALL / LC_MESSAGES / LANG).
static LOCALE: OnceLock<Locale> = OnceLock::new();

/// The staff's language as it was before the command line was read (`language_at_start`).
static AT_START: OnceLock<Locale> = OnceLock::new();

/// The language every human line of this run is in; before the book is open, the one
/// `language_at_start` found, else what the environment asks for.
pub fn locale() -> Locale {
    LOCALE
        .get()
        .or(AT_START.get())
        .copied()
        .unwrap_or_else(|| Config::default().staff_locale(environment_locale()))
}

/// The staff's language before the command line is read, for its help and its mistakes:
/// the config file's (`--config`, else ORDERDESK_CONFIG, else the usual place) when it
/// reads, else the environment's. A broken config file is reported by the command itself.
pub fn language_at_start(args: &[std::ffi::OsString]) -> Locale {
    let given = config_argument(args).or_else(|| {
        std::env::var_os("ORDERDESK_CONFIG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    let config = Config::load(&Paths::resolve(None, given).config).unwrap_or_default();
    *AT_START.get_or_init(|| config.staff_locale(environment_locale()))
}

/// The path after `--config` (or in `--config=PATH`), read before clap reads the rest.
fn config_argument(args: &[std::ffi::OsString]) -> Option<PathBuf> {
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let text = word.to_string_lossy();
        if text == "--" {
            return None;
        }
        if text == "--config" {
            return words.next().map(PathBuf::from);
        }
        if let Some(path) = text.strip_prefix("--config=") {
            return Some(PathBuf::from(path));
        }
    }
    None
}

/// What LC_ALL, LC_MESSAGES and LANG ask for, in POSIX order; None for "C" and languages
/// without a catalog.
pub fn environment_locale() -> Option<Locale> {
    let var = |name| std::env::var(name).ok();
    Locale::from_environment(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// A failure as the person reads it on stderr, in their language.
pub fn failure_text(failure: &Failure) -> String {
    let loc = locale();
    match failure {
        Failure::User(message) => t!(loc, "cli-error", message = message.as_str()),
        Failure::Internal(message) | Failure::Disk(message) => {
            t!(loc, "cli-internal-error", message = message.as_str())
        }
    }
}

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
        let said = e.message().in_locale(locale());
        if e.is_disk_failure() {
            Failure::Disk(said)
        } else if e.is_user_error() {
            Failure::User(said)
        } else {
            Failure::Internal(said)
        }
    }
}

impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Self {
        Failure::User(e.message().in_locale(locale()))
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        Failure::User(e.message().in_locale(locale()))
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
    let mut paths = Paths::resolve(cli.db.clone(), cli.config.clone());
    // Without --db or ORDERDESK_DB, the config's db.url names the book (a bad config is
    // reported when it is loaded for the command).
    if cli.db.is_none()
        && let Ok(config) = Config::load(&paths.config)
        && !config.db.url.trim().is_empty()
    {
        paths = paths.with_book(PathBuf::from(config.db.url.trim()));
    }
    let book = if cli.demo {
        paths.demo_db.clone()
    } else {
        paths.db.clone()
    };
    run_on(cli, &paths).map_err(|failure| match failure {
        // SQLite reports some writes on a full disk only as "disk I/O error": look.
        Failure::Disk(_) if crate::files::disk_is_full(&book) => {
            Failure::User(StoreError::Full.message().in_locale(locale()))
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
            say_part!("{}", Config::default_toml(locale()));
            return Ok(());
        }
        Some(CliCommand::Setup) => {
            let stdin = std::io::stdin();
            setup::run(
                &mut stdin.lock(),
                &mut std::io::stderr(),
                &paths.config,
                locale(),
            )?;
            return Ok(());
        }
        // The first run on a terminal, with no config yet: the shop is set up first.
        None if !cli.demo
            && !paths.config.exists()
            && std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal() =>
        {
            let stdin = std::io::stdin();
            setup::run(
                &mut stdin.lock(),
                &mut std::io::stderr(),
                &paths.config,
                locale(),
            )?;
        }
        _ => {}
    }
    start_log(paths);
    let mut config = Config::load(&paths.config)?;
    // The demo shows payment links and reminders with a placeholder payment page.
    if cli.demo && config.payment_link.url_template.trim().is_empty() {
        config.payment_link.url_template =
            "https://pay.example.com/lumen/{order_no}?amount={amount}".into();
    }
    if let Some(CliCommand::Config { .. }) = &cli.command {
        say_part!(
            "{}",
            toml::to_string_pretty(&config.shown()).unwrap_or_default()
        );
        return Ok(());
    }
    let db = if cli.demo { &paths.demo_db } else { &paths.db };
    let mut desk = Desk::open(db, config)?;
    if let Some(now) = cli.now {
        desk.clock = Clock::Fixed(now);
    }
    demo_shop(&mut desk, &cli)?;
    let _ = LOCALE.set(desk.config.staff_locale(environment_locale()));
    let loc = locale();
    let backups = Backups::of(db, &paths.backups);
    // A PostgreSQL book is backed up by its server (pg_dump), not by orderdesk.
    if !cli.demo && desk.book_is_a_file() && !matches!(cli.command, Some(CliCommand::Backup { .. }))
    {
        daily_backup(&desk, &backups);
    }
    if cli.demo && desk.store.read().product_count()? == 0 {
        tell!(
            "{}",
            t!(loc, "cli-demo-filling", path = db.display().to_string())
        );
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
        Some(CliCommand::Report(cmd)) => reports::run(&mut desk, cmd, loc),
        Some(CliCommand::Chat(cmd)) => chat::run(&mut desk, cmd),
        Some(CliCommand::Payments(cmd)) => payments::payments(&mut desk, cmd),
        Some(CliCommand::Reminders(cmd)) => payments::reminders(&mut desk, cmd),
        Some(CliCommand::Webhook(cmd)) => payments::webhook(desk, cmd),
        Some(CliCommand::Demo {
            orders, customers, ..
        }) => {
            let started = std::time::Instant::now();
            let stats = desk.fill_demo(DemoSize { orders, customers })?;
            tell!(
                "{}",
                t!(
                    loc,
                    "cli-demo-filled",
                    path = desk.store.path().to_string(),
                    products = stats.products,
                    orders = stats.orders,
                    seconds = loc.decimal(started.elapsed().as_millis() as i64 / 100, 1)
                )
            );
            Ok(())
        }
        Some(CliCommand::Backup { to }) => backup(&desk, &backups, to.as_deref()),
        Some(CliCommand::Restore { .. }) => Err(Failure::User(t!(loc, "cli-restore-demo"))),
        Some(CliCommand::Paths { .. } | CliCommand::Config { .. }) => Ok(()),
    }
}

/// Which demo shop a demo book is: the one selling in its currency once it has products;
/// for an empty one, `demo --language`, else the shop's language, else the staff's. The
/// desk takes on that shop's currency, country, language and name.
fn demo_shop(desk: &mut Desk, cli: &Cli) -> Outcome {
    let asked = match &cli.command {
        Some(CliCommand::Demo { language, .. }) => *language,
        _ if cli.demo => None,
        _ => return Ok(()),
    };
    let stocked = desk.catalog("")?.first().map(|p| p.currency);
    let shop = match (stocked, asked) {
        (Some(currency), _) if cli.demo => DemoShop::selling_in(currency),
        (_, Some(language)) => Some(DemoShop::of(language)),
        _ => Some(DemoShop::of(
            desk.config
                .shop
                .language
                .or(environment_locale())
                .unwrap_or_default()
                .language,
        )),
    };
    if let Some(shop) = shop {
        shop.apply(&mut desk.config);
    }
    Ok(())
}

/// Logging for this run; a log that cannot start is said once and the command goes on.
fn start_log(paths: &Paths) {
    let started = logging::level_from_env()
        .and_then(|level| logging::init(&paths.logs, level).map(|()| level));
    match started {
        Ok(_) => tracing::debug!(db = %paths.shown().db.display(), "orderdesk started"),
        Err(why) => tell!("{}", t!(locale(), "cli-no-log", why = why.to_string())),
    }
}

fn show_paths(paths: &Paths, json: bool) -> Outcome {
    let paths = &paths.shown();
    if json {
        print_json(&serde_json::to_value(paths).unwrap_or_default());
    } else {
        let loc = locale();
        let rows = [
            (t!(loc, "cli-path-database"), &paths.db),
            (t!(loc, "cli-path-config"), &paths.config),
            (t!(loc, "cli-path-demo"), &paths.demo_db),
            (t!(loc, "cli-path-backups"), &paths.backups),
            (t!(loc, "cli-path-logs"), &paths.logs),
            (t!(loc, "cli-path-reports"), &paths.reports),
        ];
        let width = rows
            .iter()
            .map(|(w, _)| w.chars().count())
            .max()
            .unwrap_or(0);
        for (what, path) in rows {
            say!("{what:<width$}  {}", path.display());
        }
    }
    Ok(())
}

/// The day's automatic backup; a failure is said and never stops the command.
fn daily_backup(desk: &Desk, backups: &Backups) {
    if let Err(e) = backups.daily(&desk.store, desk.config.backup.keep, Local::now()) {
        tell!(
            "{}",
            t!(locale(), "cli-daily-backup-failed", why = e.to_string())
        );
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
        "{}",
        t!(
            locale(),
            "cli-backed-up",
            path = desk.store.path().to_string(),
            orders = made.info.orders,
            customers = made.info.customers,
            products = made.info.products
        )
    );
    Ok(())
}

fn restore(paths: &Paths, from: &Path) -> Outcome {
    let backups = Backups::of(&paths.db, &paths.backups);
    let done =
        crate::backup::restore(&paths.db, from, &backups, Local::now()).map_err(backup_failure)?;
    let loc = locale();
    match &done.safety {
        Some(safety) => tell!(
            "{}",
            t!(
                loc,
                "cli-restore-kept",
                orders = safety.info.orders,
                path = safety.path.display().to_string()
            )
        ),
        None => tell!(
            "{}",
            t!(
                loc,
                "cli-restore-no-book",
                path = paths.db.display().to_string()
            )
        ),
    }
    let older = if done.info.schema < crate::ops::SCHEMA_VERSION {
        "older"
    } else {
        "current"
    };
    tell!(
        "{}",
        t!(
            loc,
            "cli-restored",
            path = paths.db.display().to_string(),
            from = done.from.display().to_string(),
            orders = done.info.orders,
            customers = done.info.customers,
            products = done.info.products,
            schema = older
        )
    );
    Ok(())
}

fn backup_failure(e: BackupError) -> Failure {
    match e {
        BackupError::Store(e) => Failure::from(e),
        e => Failure::User(e.message().in_locale(locale())),
    }
}

/// No command: the desk. Without a terminal (a pipe, a script) it prints the open orders.
fn open_desk(
    desk: Desk,
    reports: &Path,
    last_backup: Option<chrono::DateTime<chrono::Utc>>,
) -> Outcome {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        tell!("{}", t!(locale(), "cli-not-a-terminal"));
        return print_queue(&desk);
    }
    // `reports.folder` in the config, else the owner's Documents (see `Paths::reports`).
    let reports = match desk.config.reports.folder.trim() {
        "" => reports.to_path_buf(),
        folder => std::path::PathBuf::from(folder),
    };
    let runner = Runner::new(desk, Box::new(SystemClipboard::for_session()), reports);
    crate::tui::run(runner, last_backup, locale())
        .map_err(|e| Failure::Internal(t!(locale(), "cli-terminal-failed", why = e.to_string())))
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
        "{}",
        t!(
            locale(),
            "cli-queue-head",
            shop = desk.config.shop_name(locale()),
            open = open,
            path = desk.store.path().to_string()
        )
    );
    for row in &slice.rows {
        say!("{}", human::order_line(row, locale()));
    }
    Ok(())
}

fn catalog(desk: &mut Desk, cmd: CatalogCmd) -> Outcome {
    match cmd {
        CatalogCmd::Import { file } => {
            let text = read_text(&file)?;
            let r = desk.import_catalog(&text)?;
            tell!(
                "{}",
                t!(
                    locale(),
                    "cli-catalog-imported",
                    file = file.display().to_string(),
                    new = r.inserted,
                    updated = r.updated,
                    unchanged = r.unchanged,
                    counts = r.stock_changes.len()
                )
            );
        }
        CatalogCmd::List { json, filter } => {
            let products = desk.catalog(&filter)?;
            if json {
                print_json(&products.iter().map(json::product).collect());
            } else {
                products
                    .iter()
                    .for_each(|p| say!("{}", human::product(p, locale())));
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
                tell!("{}", t!(locale(), "cli-alias-none"));
            } else {
                aliases
                    .iter()
                    .for_each(|a| say!("{}", human::alias(a, locale())));
            }
        }
        AliasCmd::Add { phrase, sku } => {
            let a = desk.learn_alias(&phrase, &sku)?;
            let said = t!(
                locale(),
                "cli-alias-learned",
                phrase = a.phrase.as_str(),
                sku = a.sku.as_str()
            );
            tell!("{said}");
        }
        AliasCmd::Remove { phrase } => {
            let a = desk.forget_alias(&phrase)?;
            let said = t!(
                locale(),
                "cli-alias-forgot",
                phrase = a.phrase.as_str(),
                sku = a.sku.as_str()
            );
            tell!("{said}");
        }
    }
    Ok(())
}

/// How long `--copy` keeps serving the text on X11/Wayland. A clipboard manager takes it at
/// once (and the command returns); without one the text lives only while this process does.
const COPY_HOLD: Duration = Duration::from_secs(10);

fn copy_summary(number: i64, text: &str) {
    let started = std::time::Instant::now();
    let loc = locale();
    let said = match SystemClipboard::for_command(COPY_HOLD).copy(text) {
        Copied::System if started.elapsed() < COPY_HOLD => {
            t!(loc, "cli-copied", number = id(number))
        }
        Copied::System => t!(
            loc,
            "cli-copied-not-kept",
            number = id(number),
            seconds = COPY_HOLD.as_secs()
        ),
        Copied::Terminal => t!(loc, "cli-copied-osc52", number = id(number)),
        Copied::Failed(why) => t!(
            loc,
            "cli-copy-failed",
            why = crate::tui::convert::clipboard_trouble(&why)
        ),
    };
    tell!("{said}");
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = fs::read(path).map_err(|e| cannot_read(path, &e))?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::User(t!(
            locale(),
            "cli-not-utf8",
            path = path.display().to_string()
        ))
    })
}

/// "cannot read FILE: why", for every file a command reads.
fn cannot_read(path: &Path, e: &std::io::Error) -> Failure {
    Failure::User(t!(
        locale(),
        "cli-cannot-read",
        path = path.display().to_string(),
        why = e.to_string()
    ))
}

fn stock(desk: &mut Desk, cmd: StockCmd) -> Outcome {
    let p = match cmd {
        StockCmd::Receive { sku, qty, note } => desk.receive_stock(&sku, qty, &note)?,
        StockCmd::Adjust { sku, delta, reason } => desk.adjust_stock(&sku, delta, &reason)?,
        StockCmd::Check => {
            let check = desk.check_book()?;
            let loc = locale();
            if check.is_healthy() {
                tell!("{}", t!(loc, "cli-check-healthy"));
                return Ok(());
            }
            for (sku, (on_hand, reserved), (l_on, l_res)) in &check.stock {
                say!(
                    "{}",
                    t!(
                        loc,
                        "cli-check-stock",
                        sku = sku.as_str(),
                        on_hand = *on_hand,
                        reserved = *reserved,
                        ledger_on_hand = *l_on,
                        ledger_reserved = *l_res
                    )
                );
            }
            for (number, kept, real) in &check.sums {
                let (kept, real) = (format!("{kept:?}"), format!("{real:?}"));
                say!(
                    "{}",
                    t!(
                        loc,
                        "cli-check-sums",
                        number = id(*number),
                        kept = kept,
                        real = real
                    )
                );
            }
            if let Some((kept, real)) = &check.queue {
                let (kept, real) = (format!("{kept:?}"), format!("{real:?}"));
                say!("{}", t!(loc, "cli-check-queue", kept = kept, real = real));
            }
            for gap in &check.deadlines {
                say!(
                    "{}",
                    t!(
                        loc,
                        "cli-check-deadline-gap",
                        rank = gap.rank,
                        day = gap.day.as_str(),
                        time = gap.time.as_str(),
                        kept = gap.kept,
                        real = gap.real
                    )
                );
            }
            // Orders the filter's kept text, or its index, disagrees with: "#1001, #1002".
            let numbered = |orders: &[i64]| {
                orders
                    .iter()
                    .map(|n| format!("#{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !check.search.is_empty() {
                let orders = numbered(&check.search);
                say!("{}", t!(loc, "cli-check-search", orders = orders));
            }
            if !check.words.is_empty() {
                let orders = numbered(&check.words);
                say!("{}", t!(loc, "cli-check-words", orders = orders));
            }
            return Err(Failure::Internal(t!(loc, "cli-check-disagrees")));
        }
    };
    say!("{}", human::product(&p, locale()));
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
                    .for_each(|c| say!("{}", human::customer(c, currency, locale())));
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
                "{}",
                t!(
                    locale(),
                    "cli-merged",
                    from = from.as_str(),
                    name = c.name.as_str(),
                    phone = c.phone.unwrap_or_default()
                )
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
                rows.iter()
                    .for_each(|r| say!("{}", human::order_line(r, locale())));
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
        say_part!("{}", human::order(&view, locale()));
    }
    Ok(())
}
