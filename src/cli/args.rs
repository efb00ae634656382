//! The command line, as clap definitions. Names here are a contract: scripts depend on them.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::core::i18n::Language;
use crate::core::link::Provider;
use crate::core::order::Fulfilment;
use crate::core::payment::Method;
use crate::ops::ItemSpec;
use crate::payments::ReportFormat;

/// Payment methods, listed in --help and checked by clap.
fn method() -> impl TypedValueParser<Value = Method> {
    PossibleValuesParser::new(Method::ALL.iter().map(|m| m.as_str()))
        .try_map(|s| s.parse::<Method>())
}

/// Stages an order can be advanced to (not back to unfulfilled).
fn stage() -> impl TypedValueParser<Value = Fulfilment> {
    PossibleValuesParser::new(Fulfilment::ALL[1..].iter().map(|f| f.as_str()))
        .try_map(|s| s.parse::<Fulfilment>())
}

/// Link providers, listed in --help and checked by clap.
fn provider() -> impl TypedValueParser<Value = Provider> {
    PossibleValuesParser::new(Provider::ALL.iter().map(|p| p.as_str()))
        .try_map(|s| s.parse::<Provider>())
}

/// Report formats for `payments import`.
fn report_format() -> impl TypedValueParser<Value = ReportFormat> {
    PossibleValuesParser::new(ReportFormat::ALL.iter().map(|f| f.as_str()))
        .try_map(|s| s.parse::<ReportFormat>())
}

/// A keyboard-first order desk for shops that sell through WhatsApp.
///
/// With no command, opens the desk on the database. Every command works on the same book;
/// add --json where a script wants data. Exit codes: 0 ok, 1 your input needs fixing
/// (nothing was changed), 2 an internal error.
#[derive(Debug, Parser)]
#[command(name = "orderdesk", version, about, long_about)]
pub struct Cli {
    /// The database file [default: the platform's data folder, see `orderdesk paths`]
    #[arg(long, global = true, env = "ORDERDESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The config file (TOML) [default: the platform's config folder]
    #[arg(long, global = true, env = "ORDERDESK_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Use the demo shop's database (filled on first use); it wins over --db and ORDERDESK_DB
    #[arg(long, global = true)]
    pub demo: bool,

    /// Run as if it were this instant (RFC 3339), for tests of reminders and expiry
    #[arg(long, global = true, hide = true, value_name = "RFC3339")]
    pub now: Option<chrono::DateTime<chrono::Utc>>,

    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// The product catalog
    #[command(subcommand)]
    Catalog(CatalogCmd),
    /// Stock on hand: receive, adjust, check the ledger
    #[command(subcommand)]
    Stock(StockCmd),
    /// Customers, remembered by phone number
    #[command(subcommand)]
    Customer(CustomerCmd),
    /// Orders: create, edit, confirm, pay, advance, cancel, show
    #[command(subcommand)]
    Order(OrderCmd),
    /// CSV reports for the owner
    #[command(subcommand)]
    Report(ReportCmd),
    /// Pasted WhatsApp text: split into messages, read as draft orders, import
    #[command(subcommand)]
    Chat(ChatCmd),
    /// Verified payments: ask Stripe about pending links, import a provider or bank report
    #[command(subcommand)]
    Payments(PaymentsCmd),
    /// Payment reminders for unpaid links
    #[command(subcommand)]
    Reminders(RemindersCmd),
    /// Receive Stripe's webhooks
    #[command(subcommand)]
    Webhook(WebhookCmd),
    /// Set up the shop: its name as WhatsApp shows it, country, currency and language,
    /// written to a new config file (the desk asks the same on its first run)
    Setup,
    /// Fill a database with a believable demo shop
    Demo {
        /// How many orders, spread over the last 7 days
        #[arg(long, default_value_t = 60)]
        orders: usize,
        /// How many customers
        #[arg(long, default_value_t = 20)]
        customers: usize,
        /// The demo shop's language and kind: en (a US shop in dollars), pt (a Brazilian
        /// shop in reais), es (a Mexican shop in pesos), de (a German shop in euros)
        /// [default: the shop's language, else LANG]
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
    },
    /// Back up the book now: a checked, owner-only copy, named with the date
    /// (a daily one is made automatically on first use; see `backup.keep` in the config)
    Backup {
        /// A folder (the dated name goes inside) or a new file [default: the backups
        /// folder, see `orderdesk paths`]
        #[arg(long, value_name = "PATH")]
        to: Option<PathBuf>,
    },
    /// Put a backup in place of the book (close every desk first); the book it replaces is
    /// kept as a safety copy in the backups folder
    Restore {
        /// The backup file
        path: PathBuf,
    },
    /// Print where the database, the config file and the backups are
    Paths {
        #[arg(long)]
        json: bool,
    },
    /// Show the configuration
    Config {
        /// Print the default config file, with comments
        #[arg(long)]
        print_default: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogCmd {
    /// Add or update products from a CSV file
    /// (header: sku,name,variant,price,currency,stock; optional: aliases,low_stock)
    Import { file: PathBuf },
    /// List products with stock
    List {
        #[arg(long)]
        json: bool,
        /// Only SKUs, names, variants or aliases containing this
        #[arg(long, default_value = "")]
        filter: String,
    },
    /// The words customers use for products, learned in the paste review
    #[command(subcommand)]
    Alias(AliasCmd),
}

#[derive(Debug, Subcommand)]
pub enum AliasCmd {
    /// List the learned aliases
    List {
        #[arg(long)]
        json: bool,
    },
    /// Teach that PHRASE means the product SKU ("bálsamo" BALM-ROSE)
    Add { phrase: String, sku: String },
    /// Forget a learned alias
    Remove { phrase: String },
}

#[derive(Debug, Subcommand)]
pub enum StockCmd {
    /// Goods arrived: add QTY to on-hand stock
    Receive {
        sku: String,
        qty: i64,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Correct the count after counting: +N or -N units, with a reason
    Adjust {
        sku: String,
        #[arg(allow_hyphen_values = true)]
        delta: i64,
        #[arg(long)]
        reason: String,
    },
    /// Check that every product's counters equal its ledger of moves
    Check,
}

#[derive(Debug, Subcommand)]
pub enum CustomerCmd {
    /// List customers with their orders, lifetime value and open balance
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 1000)]
        limit: i64,
    },
    /// Add a customer (or show the existing one with that phone)
    Add {
        name: String,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
    },
    /// Merge duplicate FROM into INTO (phones or unique names); FROM's orders move to INTO
    Merge { from: String, into: String },
}

#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print the order as JSON
    #[arg(long)]
    pub json: bool,
}

/// `order list --due`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DueArg {
    Today,
    Tomorrow,
    Overdue,
}

#[derive(Debug, Subcommand)]
pub enum OrderCmd {
    /// Create a draft order
    New {
        /// The customer's phone number or name (a new phone creates the customer)
        #[arg(long, value_name = "PHONE_OR_NAME")]
        customer: String,
        /// Name for a new customer created from a phone number
        #[arg(long)]
        name: Option<String>,
        /// Create the customer when nobody in the book has this name (without it an unknown
        /// name is refused with the closest ones: a typo never makes a second customer)
        #[arg(long)]
        new_customer: bool,
        /// SKU:QTY, repeatable
        #[arg(long = "item", value_name = "SKU:QTY", required = true)]
        items: Vec<ItemSpec>,
        /// Delivery fee, e.g. 10 or "R$ 10,00"
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        delivery: Option<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        discount: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
        /// When the customer needs it: 2026-12-05, "2026-12-05 18:00", 5/12, today, tomorrow,
        /// a weekday (sat, sexta, viernes, Freitag), optionally with a time (18:00, 6pm, 18h)
        #[arg(long, value_name = "WHEN")]
        deadline: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Change lines, fees or address; after confirmation this makes a new revision
    Edit {
        number: i64,
        /// Set SKU's quantity (adds the line if new), repeatable
        #[arg(long = "item", value_name = "SKU:QTY")]
        items: Vec<ItemSpec>,
        /// Remove the line with this SKU, repeatable
        #[arg(long, value_name = "SKU")]
        remove: Vec<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        delivery: Option<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        discount: Option<String>,
        #[arg(long)]
        address: Option<String>,
        /// The note the customer reads in the summary (a note alone makes no new revision)
        #[arg(long)]
        note: Option<String>,
        /// Set the deadline (as for `order new --deadline`)
        #[arg(long, value_name = "WHEN")]
        deadline: Option<String>,
        /// Remove the deadline
        #[arg(long, conflicts_with = "deadline")]
        no_deadline: bool,
        /// A note for the staff only, never in the summary
        #[arg(long, value_name = "TEXT")]
        staff_note: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Confirm a draft: checks and reserves stock
    Confirm {
        number: i64,
        /// Confirm even without enough stock (recorded as an oversell in the ledger)
        #[arg(long)]
        oversell: bool,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Record a payment (verified) or, with --claimed, what the customer says they sent
    Pay {
        number: i64,
        /// How much, as people write it: 180, 49.90, "R$ 49,90", 1.234,56
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
        /// How it was paid
        #[arg(long, value_parser = method())]
        method: Method,
        /// Bank, Pix or card reference; the same reference cannot pay twice
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        /// The customer says they paid; it counts once verified
        #[arg(long)]
        claimed: bool,
        /// What they sent as proof ("screenshot 14:02")
        #[arg(long)]
        proof: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Verify a claimed payment (the money arrived)
    Verify {
        number: i64,
        payment_id: String,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Reject a claimed payment (the money never arrived)
    Reject {
        number: i64,
        payment_id: String,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Pay money back; --restock returns shipped goods to stock
    Refund {
        number: i64,
        /// How much goes back
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
        #[arg(long)]
        restock: bool,
        /// How the money goes back [default: the method of the last payment]
        #[arg(long, value_parser = method())]
        method: Option<Method>,
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Move fulfilment forward: packing, ready, out_for_delivery, delivered
    Advance {
        number: i64,
        #[arg(value_parser = stage())]
        to: Fulfilment,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Cancel an order and release its stock
    Cancel {
        number: i64,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Show an order with its lines, payments and journal
    Show {
        number: i64,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// List orders; --status takes open, a lifecycle, fulfilment or payment state
    List {
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        limit: Option<i64>,
        /// Only orders not yet delivered that are due today, tomorrow, or overdue (local time)
        #[arg(long, value_enum)]
        due: Option<DueArg>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Print the order summary to paste into the chat
    Summary {
        number: i64,
        /// Also copy it to the clipboard
        #[arg(long)]
        copy: bool,
    },
    /// The order's live payment link for its balance: made, or returned if it still fits
    Link {
        number: i64,
        /// Use this provider instead of the configured one
        #[arg(long, value_parser = provider())]
        provider: Option<Provider>,
        /// Print {"url","provider","state","amount","currency","expires_at"}
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaymentsCmd {
    /// Ask Stripe about every pending link, then expire links that ran out
    Sync {
        #[arg(long)]
        json: bool,
    },
    /// Reconcile a provider or bank report (CSV) against the book; writes a reconciliation CSV
    Import {
        file: PathBuf,
        /// stripe: Stripe's payments export; mapped: any CSV, with --map naming its columns
        #[arg(long, value_parser = report_format())]
        format: ReportFormat,
        /// COLUMN=FIELD, repeatable; fields: reference, amount, currency, order_no, status, description
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// Where to write the reconciliation [default: FILE's name + .reconciliation.csv, here]
        #[arg(long, value_name = "REPORT.csv")]
        out: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RemindersCmd {
    /// Reminders due now, with the text to copy
    Due {
        #[arg(long)]
        json: bool,
    },
    /// Record the due reminder of order NO as sent (after copying it); prints its text
    Sent {
        number: i64,
        /// The step being sent (checked against the one due)
        step: Option<u32>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Listen for Stripe's events at POST /webhooks/stripe until Ctrl-C
    /// (secret from STRIPE_WEBHOOK_SECRET)
    Serve {
        /// Address and port, e.g. 127.0.0.1:8787
        #[arg(long, value_name = "ADDR")]
        listen: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    /// Split a WhatsApp export or copied messages into messages
    Parse {
        /// The text file; - or nothing reads standard input
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Read the chat as draft orders against the catalog (writes nothing)
    Draft {
        file: Option<PathBuf>,
        /// A chat author who is the shop (repeatable; adds to shop.names in the config)
        #[arg(long = "shop", value_name = "NAME")]
        shop: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Create draft orders (and new customers) from the chat; prints their numbers
    Import {
        file: Option<PathBuf>,
        #[arg(long = "shop", value_name = "NAME")]
        shop: Vec<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// Orders, payments and a summary for one day (or a week, a month, a period), as CSV
    /// files; a period of several days adds days-FROM_TO.csv, each day's summary
    Daily {
        #[command(flatten)]
        period: PeriodArgs,
        /// Folder for the files
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        /// Start each file with a byte order mark (for Excel)
        #[arg(long)]
        bom: bool,
    },
    /// The day's summary for a person or a script: orders taken, confirmed, delivered,
    /// cancelled; money by method, refunds, who verified it; payment times; and what is still
    /// open now (claims, unpaid balances, deadlines, stock)
    Day {
        #[command(flatten)]
        period: PeriodArgs,
        /// Print JSON (money as decimal strings beside "currency")
        #[arg(long)]
        json: bool,
    },
}

/// Which local days a report covers: a day (the default: today), a week, a month, or
/// --from/--to.
#[derive(Debug, Clone, Args)]
pub struct PeriodArgs {
    /// The day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with_all = ["from", "week", "month"])]
    pub date: Option<NaiveDate>,
    /// The first day of a period (with --to)
    #[arg(long, value_name = "YYYY-MM-DD", requires = "to", conflicts_with_all = ["week", "month"])]
    pub from: Option<NaiveDate>,
    /// The last day of the period (with --from)
    #[arg(long, value_name = "YYYY-MM-DD", requires = "from")]
    pub to: Option<NaiveDate>,
    /// The week (Monday to Sunday) that holds this day
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "month")]
    pub week: Option<NaiveDate>,
    /// A calendar month
    #[arg(long, value_name = "YYYY-MM", value_parser = month)]
    pub month: Option<NaiveDate>,
}

/// "2026-03" → its first day.
fn month(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a month: write it as YYYY-MM, e.g. 2026-03"))
}

/// `--language pt`: one of the languages with a catalog ("pt-BR" is read as pt).
fn parse_language(text: &str) -> Result<Language, String> {
    text.parse::<crate::core::i18n::Locale>()
        .map(|l| l.language)
        .map_err(|e| e.to_string())
}
