//! The command line, as clap definitions. Names here are a contract: scripts depend on them.
//! The words of `--help` are not here: `cli/help.rs` takes each command's and argument's
//! from the catalogs, by its place in this tree (`cli-arg-order-pay-amount`).

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

/// The whole command line. Every word of its help is in the catalogs (`cli/help.rs`).
#[derive(Debug, Parser)]
#[command(name = "orderdesk", version)]
pub struct Cli {
    #[arg(long, global = true, env = "ORDERDESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[arg(long, global = true, env = "ORDERDESK_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    #[arg(long, global = true)]
    pub demo: bool,

    #[arg(long, global = true, hide = true, value_name = "RFC3339")]
    pub now: Option<chrono::DateTime<chrono::Utc>>,

    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    #[command(subcommand)]
    Catalog(CatalogCmd),
    #[command(subcommand)]
    Stock(StockCmd),
    #[command(subcommand)]
    Customer(CustomerCmd),
    #[command(subcommand)]
    Order(OrderCmd),
    #[command(subcommand)]
    Report(ReportCmd),
    #[command(subcommand)]
    Chat(ChatCmd),
    #[command(subcommand)]
    Payments(PaymentsCmd),
    #[command(subcommand)]
    Reminders(RemindersCmd),
    #[command(subcommand)]
    Webhook(WebhookCmd),
    Setup,
    Demo {
        #[arg(long, default_value_t = 60)]
        orders: usize,
        #[arg(long, default_value_t = 20)]
        customers: usize,
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
    },
    Backup {
        #[arg(long, value_name = "PATH")]
        to: Option<PathBuf>,
    },
    Restore {
        path: PathBuf,
    },
    Paths {
        #[arg(long)]
        json: bool,
    },
    Config {
        #[arg(long)]
        print_default: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogCmd {
    Import {
        file: PathBuf,
    },
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "")]
        filter: String,
    },
    #[command(subcommand)]
    Alias(AliasCmd),
}

#[derive(Debug, Subcommand)]
pub enum AliasCmd {
    List {
        #[arg(long)]
        json: bool,
    },
    Add {
        phrase: String,
        sku: String,
    },
    Remove {
        phrase: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum StockCmd {
    Receive {
        sku: String,
        qty: i64,
        #[arg(long, default_value = "")]
        note: String,
    },
    Adjust {
        sku: String,
        #[arg(allow_hyphen_values = true)]
        delta: i64,
        #[arg(long)]
        reason: String,
    },
    Check,
}

#[derive(Debug, Subcommand)]
pub enum CustomerCmd {
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 1000)]
        limit: i64,
    },
    Add {
        name: String,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
    },
    Merge {
        from: String,
        into: String,
    },
}

#[derive(Debug, Args)]
pub struct JsonFlag {
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
    New {
        #[arg(long, value_name = "PHONE_OR_NAME")]
        customer: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        new_customer: bool,
        #[arg(long = "item", value_name = "SKU:QTY", required = true, value_parser = item)]
        items: Vec<ItemSpec>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        delivery: Option<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        discount: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long, value_name = "WHEN")]
        deadline: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    Edit {
        number: i64,
        #[arg(long = "item", value_name = "SKU:QTY", value_parser = item)]
        items: Vec<ItemSpec>,
        #[arg(long, value_name = "SKU")]
        remove: Vec<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        delivery: Option<String>,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        discount: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_name = "WHEN")]
        deadline: Option<String>,
        #[arg(long, conflicts_with = "deadline")]
        no_deadline: bool,
        #[arg(long, value_name = "TEXT")]
        staff_note: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    Confirm {
        number: i64,
        #[arg(long)]
        oversell: bool,
        #[command(flatten)]
        json: JsonFlag,
    },
    Pay {
        number: i64,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
        #[arg(long, value_parser = method())]
        method: Method,
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        #[arg(long)]
        claimed: bool,
        #[arg(long)]
        proof: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    Verify {
        number: i64,
        payment_id: String,
        #[command(flatten)]
        json: JsonFlag,
    },
    Reject {
        number: i64,
        payment_id: String,
        #[command(flatten)]
        json: JsonFlag,
    },
    Refund {
        number: i64,
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
        #[arg(long)]
        restock: bool,
        #[arg(long, value_parser = method())]
        method: Option<Method>,
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    Advance {
        number: i64,
        #[arg(value_parser = stage())]
        to: Fulfilment,
        #[command(flatten)]
        json: JsonFlag,
    },
    Cancel {
        number: i64,
        #[command(flatten)]
        json: JsonFlag,
    },
    Show {
        number: i64,
        #[command(flatten)]
        json: JsonFlag,
    },
    List {
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        limit: Option<i64>,
        #[arg(long, value_enum)]
        due: Option<DueArg>,
        #[command(flatten)]
        json: JsonFlag,
    },
    Summary {
        number: i64,
        #[arg(long)]
        copy: bool,
    },
    Link {
        number: i64,
        #[arg(long, value_parser = provider())]
        provider: Option<Provider>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaymentsCmd {
    Sync {
        #[arg(long)]
        json: bool,
    },
    Import {
        file: PathBuf,
        #[arg(long, value_parser = report_format())]
        format: ReportFormat,
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        #[arg(long, value_name = "REPORT.csv")]
        out: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RemindersCmd {
    Due {
        #[arg(long)]
        json: bool,
    },
    Sent {
        number: i64,
        step: Option<u32>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    Serve {
        #[arg(long, value_name = "ADDR")]
        listen: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    Parse {
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    Draft {
        file: Option<PathBuf>,
        #[arg(long = "shop", value_name = "NAME")]
        shop: Vec<String>,
        #[arg(long)]
        json: bool,
    },
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
    Daily {
        #[command(flatten)]
        period: PeriodArgs,
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        #[arg(long)]
        bom: bool,
    },
    Day {
        #[command(flatten)]
        period: PeriodArgs,
        #[arg(long)]
        json: bool,
    },
}

/// Which local days a report covers: a day (the default: today), a week, a month, or
/// --from/--to.
#[derive(Debug, Clone, Args)]
pub struct PeriodArgs {
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with_all = ["from", "week", "month"])]
    pub date: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", requires = "to", conflicts_with_all = ["week", "month"])]
    pub from: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", requires = "from")]
    pub to: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "month")]
    pub week: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM", value_parser = month)]
    pub month: Option<NaiveDate>,
}

/// "2026-03" → its first day.
fn month(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| crate::t!(super::locale(), "cli-usage-not-a-month", text = text))
}

/// `--language pt`: one of the languages with a catalog ("pt-BR" is read as pt).
fn parse_language(text: &str) -> Result<Language, String> {
    text.parse::<crate::core::i18n::Locale>()
        .map(|l| l.language)
        .map_err(|_| crate::t!(super::locale(), "setup-unknown-language", language = text))
}

/// `--item SKU:QTY`, refused in the staff's words.
fn item(text: &str) -> Result<ItemSpec, String> {
    text.parse::<ItemSpec>()
        .map_err(|why| why.in_locale(super::locale()))
}
