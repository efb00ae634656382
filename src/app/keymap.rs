//! Every key binding in one table: it drives the key handling, the footer hints and the `?`
//! overlay, so they can never disagree.

use super::key::{Key, KeyPress};
use crate::core::i18n::Locale;
use crate::core::order::{Fulfilment, Lifecycle};
use unicode_width::UnicodeWidthStr;

/// Where a binding applies. `Global` bindings apply in every list pane and the order view;
/// modal screens (inputs, pickers, popups) only take their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Orders,
    Inventory,
    Customers,
    Payments,
    Today,
    /// Actions on one order: in the Orders pane on the selected order, and in the order view.
    Order,
    Detail,
    /// A customer's history.
    History,
    Review,
    Picker,
    Input,
    Confirm,
    Popup,
}

impl Context {
    /// The catalog key of the heading this context has in `?`.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "context-global",
            Context::Orders => "context-orders",
            Context::Inventory => "context-inventory",
            Context::Customers => "context-customers",
            Context::Payments => "context-payments",
            Context::Today => "context-today",
            Context::Order => "context-order",
            Context::Detail => "context-detail",
            Context::History => "context-history",
            Context::Review => "context-review",
            Context::Picker => "context-picker",
            Context::Input => "context-input",
            Context::Confirm => "context-confirm",
            Context::Popup => "context-popup",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Quit,
    Help,
    Back,
    NextPane,
    PrevPane,
    Pane(u8),
    Up,
    Down,
    PageUp,
    PageDown,
    HalfUp,
    HalfDown,
    Top,
    Bottom,
    Filter,
    Jump,
    Open,
    ToggleDone,
    NewOrder,
    PasteClipboard,
    Export,
    /// Take back the last action of this session (verify, reject, advance, cancel, merge).
    Undo,
    CopySummary,
    CopyLink,
    ConfirmOrder,
    Advance,
    Pay,
    Verify,
    Reject,
    Refund,
    CancelOrder,
    Notes,
    StaffNotes,
    EditOrder,
    Deadline,
    /// Today pane: back to today, the period before or after, day / week / month.
    Today,
    Earlier,
    Later,
    Span,
    /// Space: mark the row, to act on all marked rows with one key.
    Mark,
    Receive,
    Adjust,
    Merge,
    QtyUp,
    QtyDown,
    RemoveLine,
    AddLine,
    ChangeProduct,
    PickCustomer,
    EditAddress,
    NextDraft,
    CreateOrder,
    SaveDraft,
    /// A paste that continues an order: make a new order instead of updating it.
    NewInstead,
    /// The known customer's last address for this order.
    LastAddress,
    /// A digit in the review: type the line's quantity.
    TypeQty,
    DeliveryFee,
    Discount,
    CloseReview,
    Accept,
    /// Tab in a picker: the query becomes the chosen item.
    Complete,
    Yes,
    No,
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [KeyPress],
    /// How the keys are written in hints: "j/↓".
    pub shown: &'static str,
    /// The catalog key of what the binding does (the keys are the same in every language).
    pub help: &'static str,
    pub command: Command,
    /// Shown in the footer (the rest only in `?`).
    pub footer: bool,
}

const fn k(c: char) -> KeyPress {
    KeyPress::plain(Key::Char(c))
}
const fn key(key: Key) -> KeyPress {
    KeyPress::plain(key)
}

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $shown:literal, $help:literal, $cmd:expr, $footer:literal) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], shown: $shown, help: $help, command: $cmd, footer: $footer }
    };
}

use Command as C;

pub static BINDINGS: &[Binding] = &[
    bind!(
        Global,
        [k('q'), KeyPress::ctrl('c')],
        "q/C-c",
        "key-quit",
        C::Quit,
        true
    ),
    bind!(Global, [k('?')], "?", "key-help", C::Help, true),
    bind!(
        Global,
        [key(Key::Tab)],
        "Tab",
        "key-next-pane",
        C::NextPane,
        false
    ),
    bind!(
        Global,
        [key(Key::BackTab)],
        "S-Tab",
        "key-previous-pane",
        C::PrevPane,
        false
    ),
    bind!(Global, [k('1')], "1", "key-orders", C::Pane(0), false),
    bind!(Global, [k('2')], "2", "key-inventory", C::Pane(1), false),
    bind!(Global, [k('3')], "3", "key-customers", C::Pane(2), false),
    bind!(Global, [k('4')], "4", "key-payments", C::Pane(3), false),
    bind!(Global, [k('5')], "5", "key-today-pane", C::Pane(4), false),
    bind!(
        Global,
        [k('j'), key(Key::Down)],
        "j/↓",
        "key-down",
        C::Down,
        false
    ),
    bind!(
        Global,
        [k('k'), key(Key::Up)],
        "k/↑",
        "key-up",
        C::Up,
        false
    ),
    bind!(
        Global,
        [key(Key::PageDown)],
        "PgDn",
        "key-page-down",
        C::PageDown,
        false
    ),
    bind!(
        Global,
        [key(Key::PageUp)],
        "PgUp",
        "key-page-up",
        C::PageUp,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('d')],
        "C-d",
        "key-half-a-page-down",
        C::HalfDown,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('u')],
        "C-u",
        "key-half-a-page-up",
        C::HalfUp,
        false
    ),
    bind!(
        Global,
        [k('g'), key(Key::Home)],
        "g",
        "key-first",
        C::Top,
        false
    ),
    bind!(
        Global,
        [k('G'), key(Key::End)],
        "G",
        "key-last",
        C::Bottom,
        false
    ),
    bind!(
        Global,
        [k('/')],
        "/",
        "key-filter-the-list",
        C::Filter,
        false
    ),
    bind!(
        Global,
        [k(':')],
        ":",
        "key-go-to-an-order-pane-or-customer-or-do-an",
        C::Jump,
        false
    ),
    bind!(
        Global,
        [k('n')],
        "n",
        "key-new-order-by-hand",
        C::NewOrder,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('v')],
        "C-v",
        "key-paste-a-chat-from-the-clipboard",
        C::PasteClipboard,
        false
    ),
    bind!(
        Global,
        [k('z')],
        "z",
        "key-undo-the-last-verify-reject-advance-canc",
        C::Undo,
        false
    ),
    bind!(
        Global,
        [k('E')],
        "E",
        "key-export-todays-csv-reports",
        C::Export,
        false
    ),
    bind!(
        Global,
        [key(Key::Esc)],
        "Esc",
        "key-back-clear-filter",
        C::Back,
        false
    ),
    bind!(
        Orders,
        [key(Key::Enter)],
        "Enter",
        "key-open-the-order",
        C::Open,
        true
    ),
    bind!(
        Orders,
        [k(' ')],
        "Space",
        "key-mark-the-row-a-then-moves-all-marked-to",
        C::Mark,
        false
    ),
    bind!(
        Orders,
        [k('t')],
        "t",
        "key-show-hide-delivered-and-cancelled",
        C::ToggleDone,
        false
    ),
    bind!(
        Order,
        [k('y')],
        "y",
        "key-copy-summary",
        C::CopySummary,
        true
    ),
    bind!(
        Order,
        [k('Y')],
        "Y",
        "key-copy-payment-link",
        C::CopyLink,
        true
    ),
    bind!(
        Order,
        [k('c')],
        "c",
        "key-confirm-reserve-stock",
        C::ConfirmOrder,
        true
    ),
    bind!(
        Order,
        [k('a')],
        "a",
        "key-advance-packing-delivered",
        C::Advance,
        true
    ),
    bind!(Order, [k('p')], "p", "key-record-a-payment", C::Pay, true),
    bind!(Order, [k('v')], "v", "key-verify-a-claim", C::Verify, true),
    bind!(Order, [k('x')], "x", "key-reject-a-claim", C::Reject, false),
    bind!(Order, [k('R')], "R", "key-refund", C::Refund, false),
    bind!(
        Order,
        [k('D')],
        "D",
        "key-cancel-the-order",
        C::CancelOrder,
        false
    ),
    bind!(
        Order,
        [k('N')],
        "N",
        "key-note-for-the-customer-in-the-summary",
        C::Notes,
        false
    ),
    bind!(
        Order,
        [k('i')],
        "i",
        "key-staff-note-never-in-the-summary",
        C::StaffNotes,
        false
    ),
    bind!(Order, [k('e')], "e", "key-edit-lines", C::EditOrder, false),
    bind!(Order, [k('w')], "w", "key-deadline-due", C::Deadline, false),
    bind!(
        Inventory,
        [k('r')],
        "r",
        "key-receive-stock",
        C::Receive,
        true
    ),
    bind!(
        Inventory,
        [k('A')],
        "A",
        "key-adjust-stock-with-a-reason",
        C::Adjust,
        true
    ),
    bind!(
        Customers,
        [key(Key::Enter)],
        "Enter",
        "key-history",
        C::Open,
        true
    ),
    bind!(
        Customers,
        [k('m')],
        "m",
        "key-merge-into-another-customer",
        C::Merge,
        true
    ),
    bind!(
        Payments,
        [key(Key::Enter)],
        "Enter",
        "key-open-the-order",
        C::Open,
        true
    ),
    bind!(
        Payments,
        [k(' ')],
        "Space",
        "key-mark-a-claim-or-reminder-v-x-or-y-then-a",
        C::Mark,
        false
    ),
    bind!(
        Payments,
        [k('v')],
        "v",
        "key-verify-the-claim",
        C::Verify,
        true
    ),
    bind!(
        Payments,
        [k('x')],
        "x",
        "key-reject-the-claim",
        C::Reject,
        true
    ),
    bind!(
        Payments,
        [k('y')],
        "y",
        "key-copy-the-reminder-records-it-as-sent",
        C::CopySummary,
        true
    ),
    bind!(
        Payments,
        [k('Y')],
        "Y",
        "key-copy-the-payment-link",
        C::CopyLink,
        false
    ),
    bind!(
        Payments,
        [k('C')],
        "C",
        "key-close-a-review-with-a-note",
        C::CloseReview,
        true
    ),
    bind!(
        Today,
        [key(Key::Enter)],
        "Enter",
        "key-its-orders",
        C::Open,
        true
    ),
    bind!(
        Today,
        [k('['), KeyPress::shift(Key::Left)],
        "[",
        "key-earlier",
        C::Earlier,
        true
    ),
    bind!(
        Today,
        [k(']'), KeyPress::shift(Key::Right)],
        "]",
        "key-later",
        C::Later,
        true
    ),
    bind!(Today, [k('T')], "T", "key-back-to-today", C::Today, true),
    bind!(Today, [k('v')], "v", "key-span", C::Span, true),
    bind!(Today, [k('E')], "E", "key-export-csv", C::Export, true),
    bind!(
        Detail,
        [key(Key::Esc), k('q')],
        "Esc",
        "key-back-to-the-list",
        C::Back,
        true
    ),
    bind!(
        History,
        [key(Key::Enter)],
        "Enter",
        "key-open-the-order",
        C::Open,
        true
    ),
    bind!(
        History,
        [key(Key::Esc), k('q')],
        "Esc",
        "key-back",
        C::Back,
        true
    ),
    bind!(
        Review,
        [key(Key::Enter)],
        "Enter",
        "key-create-and-confirm",
        C::CreateOrder,
        true
    ),
    bind!(
        Review,
        [k('s')],
        "s",
        "key-save-as-draft",
        C::SaveDraft,
        true
    ),
    bind!(
        Review,
        [k('+'), k('=')],
        "+/-",
        "key-quantity",
        C::QtyUp,
        true
    ),
    bind!(Review, [k('-')], "-", "key-less", C::QtyDown, false),
    bind!(
        Review,
        [
            k('1'),
            k('2'),
            k('3'),
            k('4'),
            k('5'),
            k('6'),
            k('7'),
            k('8'),
            k('9')
        ],
        "1-9",
        "key-type-the-quantity",
        C::TypeQty,
        false
    ),
    bind!(
        Review,
        [k('p')],
        "p",
        "key-change-product",
        C::ChangeProduct,
        true
    ),
    bind!(Review, [k('a')], "a", "key-add-a-line", C::AddLine, true),
    bind!(
        Review,
        [k('d'), key(Key::Delete)],
        "d",
        "key-remove-line",
        C::RemoveLine,
        true
    ),
    bind!(Review, [k('u')], "u", "key-customer", C::PickCustomer, true),
    bind!(Review, [k('A')], "A", "key-address", C::EditAddress, false),
    bind!(Review, [k('w')], "w", "key-deadline", C::Deadline, true),
    bind!(
        Review,
        [k('L')],
        "L",
        "key-deliver-to-the-customers-last-address",
        C::LastAddress,
        false
    ),
    bind!(
        Review,
        [k('f')],
        "f",
        "key-delivery-fee",
        C::DeliveryFee,
        false
    ),
    bind!(Review, [k('%')], "%", "key-discount", C::Discount, false),
    bind!(
        Review,
        [k('o')],
        "o",
        "key-a-new-order-instead-of-updating-the-earl",
        C::NewInstead,
        false
    ),
    bind!(
        Review,
        [key(Key::Tab)],
        "Tab",
        "key-next-customers-draft",
        C::NextDraft,
        false
    ),
    bind!(
        Review,
        [k('j'), key(Key::Down)],
        "j/k",
        "key-line",
        C::Down,
        false
    ),
    bind!(
        Review,
        [k('k'), key(Key::Up)],
        "k",
        "key-line-up",
        C::Up,
        false
    ),
    bind!(
        Review,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "key-leave-write-nothing",
        C::Back,
        true
    ),
    bind!(
        Picker,
        [key(Key::Enter)],
        "Enter",
        "key-choose",
        C::Accept,
        true
    ),
    bind!(
        Picker,
        [key(Key::Down), KeyPress::ctrl('n')],
        "↓/C-n",
        "key-next-j-in-a-short-list",
        C::Down,
        true
    ),
    bind!(
        Picker,
        [key(Key::Up), KeyPress::ctrl('p')],
        "↑/C-p",
        "key-previous-k-in-a-short-list",
        C::Up,
        true
    ),
    bind!(
        Picker,
        [key(Key::Tab)],
        "Tab",
        "key-complete-with-the-chosen-one",
        C::Complete,
        false
    ),
    bind!(
        Picker,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "key-cancel",
        C::Back,
        true
    ),
    bind!(Input, [key(Key::Enter)], "Enter", "key-ok", C::Accept, true),
    bind!(
        Input,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "key-cancel",
        C::Back,
        true
    ),
    bind!(
        Confirm,
        [k('y'), key(Key::Enter)],
        "y",
        "key-yes",
        C::Yes,
        true
    ),
    bind!(Confirm, [k('n')], "n", "key-no", C::No, true),
    bind!(
        Confirm,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "key-cancel",
        C::Back,
        true
    ),
    bind!(
        Popup,
        [key(Key::Esc), key(Key::Enter), k('q'), KeyPress::ctrl('c')],
        "Esc",
        "key-close",
        C::Back,
        true
    ),
    bind!(
        Popup,
        [k('j'), key(Key::Down), key(Key::PageDown)],
        "j/k",
        "key-scroll",
        C::Down,
        true
    ),
    bind!(
        Popup,
        [k('k'), key(Key::Up), key(Key::PageUp)],
        "k",
        "key-scroll-up",
        C::Up,
        false
    ),
];

/// The command a key means in `context` (falling back to global bindings where they apply).
pub fn lookup(context: Context, press: KeyPress) -> Option<Command> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .find(|b| b.context == ctx && b.keys.contains(&press))
            .map(|b| b.command)
    };
    let order_actions = matches!(context, Context::Orders | Context::Detail);
    find(context)
        .or_else(|| order_actions.then(|| find(Context::Order)).flatten())
        .or_else(|| {
            takes_global(context)
                .then(|| find(Context::Global))
                .flatten()
        })
}

/// Modal screens own every key; list panes and the order view share the global ones.
fn takes_global(context: Context) -> bool {
    matches!(
        context,
        Context::Orders
            | Context::Inventory
            | Context::Customers
            | Context::Payments
            | Context::Today
            | Context::Detail
            | Context::History
    )
}

/// The state of the order under the keys (the selected row, or the open order): the footer
/// offers only the actions it allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderState {
    pub lifecycle: Lifecycle,
    pub fulfilment: Fulfilment,
    /// What is still owed (minor units; negative when the shop owes).
    pub balance: i64,
    /// What the shop holds: received minus refunded.
    pub paid: i64,
    /// Claims waiting to be verified.
    pub claimed: i64,
}

/// Whether `command` can do anything on an order in `state` ("c confirm" only on a draft).
pub fn applies(command: Command, state: OrderState) -> bool {
    use Lifecycle as L;
    let open = matches!(state.lifecycle, L::Draft | L::Confirmed);
    let unshipped = open && !state.fulfilment.has_shipped();
    match command {
        Command::ConfirmOrder => state.lifecycle == L::Draft,
        Command::Advance => {
            state.lifecycle == L::Confirmed && state.fulfilment != Fulfilment::Delivered
        }
        Command::Pay => state.lifecycle != L::Cancelled && state.balance > 0,
        Command::CopyLink => {
            state.lifecycle == L::Confirmed && state.balance > 0 && state.claimed < state.balance
        }
        Command::Verify | Command::Reject => state.claimed > 0,
        Command::Refund => state.paid > 0,
        Command::CancelOrder | Command::EditOrder | Command::Deadline => unshipped,
        _ => true,
    }
}

/// The bindings of a context that the footer and `?` show: its own first, then the order
/// actions and global ones it takes; order actions only where `state` allows them.
pub fn bindings_for(context: Context, state: Option<OrderState>) -> Vec<&'static Binding> {
    let mut contexts = vec![context];
    if matches!(context, Context::Orders | Context::Detail) {
        contexts.push(Context::Order);
    }
    if takes_global(context) {
        contexts.push(Context::Global);
    }
    contexts
        .into_iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == ctx))
        .filter(|b| b.context != Context::Order || state.is_none_or(|s| applies(b.command, s)))
        .collect()
}

/// A key as the staff read its name: the space bar by the word for it in their language;
/// every other key as printed on it (Enter, Esc, Tab, letters).
pub fn key_name(shown: &str, loc: Locale) -> String {
    match shown {
        "Space" => loc.text("key-name-space"),
        other => other.to_string(),
    }
}

/// Footer hints for a context in `state`.
pub fn hints(context: Context, state: Option<OrderState>) -> Vec<(&'static str, &'static str)> {
    bindings_for(context, state)
        .into_iter()
        .filter(|b| b.footer)
        .map(|b| (b.shown, b.help))
        .collect()
}

/// The `?` screen for `context`: its keys first (as the footer has them), then every other
/// context's, each binding once; (title, [(keys, what)]) per section.
pub fn help_sections(
    context: Context,
    state: Option<OrderState>,
) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let here = bindings_for(context, state);
    let mut sections = vec![(
        "context-this-screen",
        here.iter().map(|b| (b.shown, b.help)).collect::<Vec<_>>(),
    )];
    let order = [
        Context::Orders,
        Context::Order,
        Context::Detail,
        Context::Inventory,
        Context::Customers,
        Context::Payments,
        Context::Today,
        Context::History,
        Context::Review,
        Context::Picker,
        Context::Input,
        Context::Confirm,
        Context::Global,
    ];
    for ctx in order {
        let rest: Vec<_> = BINDINGS
            .iter()
            .filter(|b| b.context == ctx && !here.iter().any(|h| std::ptr::eq(*h, *b)))
            .map(|b| (b.shown, b.help))
            .collect();
        if !rest.is_empty() {
            sections.push((ctx.title(), rest));
        }
    }
    sections
}

/// How many lines the `?` screen has (two intro lines, a blank and a title per section).
pub fn help_len(context: Context, state: Option<OrderState>, loc: Locale, width: u16) -> usize {
    2 + help_lines(context, state, loc, width).len()
}

/// The widest the `?` screen is drawn (it is centred, narrower screens get all of theirs).
pub const HELP_WIDTH: u16 = 84;

/// One line of the `?` screen below its two intro lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Blank,
    Title(String),
    /// A key's name padded to the keys' column (empty on a line that goes on wrapping what
    /// the key does) and what it does.
    Key {
        lead: String,
        what: String,
    },
}

/// The `?` screen's lines on a screen `width` columns wide, in `loc`'s words: what a key
/// does wraps under itself where the language runs longer than the screen.
pub fn help_lines(
    context: Context,
    state: Option<OrderState>,
    loc: Locale,
    width: u16,
) -> Vec<HelpLine> {
    let sections = help_sections(context, state);
    // One column for the keys: as wide as the widest key's name here and two spaces, or 8.
    let column = sections
        .iter()
        .flat_map(|(_, keys)| keys.iter())
        .map(|(shown, _)| key_name(shown, loc).width() + 2)
        .max()
        .unwrap_or(0)
        .max(8);
    let inner = usize::from(width.min(HELP_WIDTH)).saturating_sub(2);
    let room = inner.saturating_sub(2 + column).max(16);
    let mut lines = Vec::new();
    for (title, keys) in sections {
        lines.push(HelpLine::Blank);
        lines.push(HelpLine::Title(loc.text(title)));
        for (shown, help) in keys {
            let name = key_name(shown, loc);
            let pad = " ".repeat(column.saturating_sub(name.width()));
            for (i, part) in wrap_words(&loc.text(help), room).into_iter().enumerate() {
                let lead = if i == 0 {
                    format!("  {name}{pad}")
                } else {
                    " ".repeat(2 + column)
                };
                lines.push(HelpLine::Key { lead, what: part });
            }
        }
    }
    lines
}

/// `text` in lines of at most `width` columns, broken between words (a word longer than a
/// line stands alone on its line).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        if !current.is_empty() && current.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_between_words() {
        assert_eq!(wrap_words("ajuda", 10), ["ajuda"]);
        assert_eq!(
            wrap_words("letzte Prüfung, Ablehnung rückgängig", 16),
            ["letzte Prüfung,", "Ablehnung", "rückgängig"]
        );
        assert_eq!(
            wrap_words("Zusammenführungen x", 5),
            ["Zusammenführungen", "x"]
        );
        assert_eq!(wrap_words("", 5), [""]);
    }

    /// At 80 columns every line of `?` fits in German (the longest), what a key does
    /// wrapping under itself, and the scroll reaches the last line.
    #[test]
    fn the_help_fits_80_columns_in_every_language() {
        for loc in Locale::EVERY {
            let lines = help_lines(Context::Orders, None, loc, 80);
            for l in &lines {
                if let HelpLine::Key { lead, what } = l {
                    assert!(lead.width() + what.width() <= 78, "{loc:?}: {lead}{what}");
                }
            }
            assert_eq!(help_len(Context::Orders, None, loc, 80), lines.len() + 2);
        }
        let de = help_lines(Context::Payments, None, Locale::DE, 80);
        let undo = de
            .iter()
            .position(
                |l| matches!(l, HelpLine::Key { what, .. } if what.starts_with("letzte Prüfung")),
            )
            .expect("undo's words");
        assert!(
            matches!(&de[undo + 1], HelpLine::Key { lead, .. } if lead.trim().is_empty()),
            "{:?}",
            de[undo + 1]
        );
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for key in a.keys {
                        assert!(
                            !b.keys.contains(key),
                            "{key:?} is bound twice in {:?}",
                            a.context
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn panes_take_global_keys_but_modal_screens_do_not() {
        let q = KeyPress::parse("q").unwrap();
        assert_eq!(lookup(Context::Orders, q), Some(Command::Quit));
        assert_eq!(
            lookup(Context::Input, q),
            None,
            "typing q in a prompt is text"
        );
        assert_eq!(
            lookup(Context::Detail, q),
            Some(Command::Back),
            "q closes the order view"
        );
        let y = KeyPress::parse("y").unwrap();
        assert_eq!(lookup(Context::Orders, y), Some(Command::CopySummary));
        assert_eq!(lookup(Context::Inventory, y), None);
        assert_eq!(lookup(Context::Confirm, y), Some(Command::Yes));
    }

    #[test]
    fn hints_come_from_the_table() {
        let hints = hints(Context::Orders, None);
        assert!(hints.contains(&("y", "key-copy-summary")));
        assert!(hints.contains(&("?", "key-help")));
    }

    #[test]
    fn the_footer_offers_what_the_order_allows() {
        let paid = OrderState {
            lifecycle: Lifecycle::Confirmed,
            fulfilment: Fulfilment::Packing,
            balance: 0,
            paid: 7000,
            claimed: 0,
        };
        let keys: Vec<_> = hints(Context::Orders, Some(paid))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert!(
            !keys.contains(&"c"),
            "never confirm a confirmed order: {keys:?}"
        );
        assert!(!keys.contains(&"p") && !keys.contains(&"Y") && !keys.contains(&"v"));
        assert!(keys.contains(&"a") && keys.contains(&"y"), "{keys:?}");
        let draft = OrderState {
            lifecycle: Lifecycle::Draft,
            fulfilment: Fulfilment::Unfulfilled,
            balance: 7000,
            paid: 0,
            claimed: 0,
        };
        let keys: Vec<_> = hints(Context::Orders, Some(draft))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert!(keys.contains(&"c") && !keys.contains(&"a"), "{keys:?}");
    }

    #[test]
    fn help_shows_this_screen_first_and_each_key_once() {
        let sections = help_sections(Context::Review, None);
        assert_eq!(sections[0].0, "context-this-screen");
        assert!(sections[0].1.contains(&("Enter", "key-create-and-confirm")));
        let all: Vec<_> = sections.iter().flat_map(|(_, k)| k.iter()).collect();
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<_> = all.iter().filter(|k| !seen.insert(**k)).collect();
        assert!(
            sections
                .iter()
                .skip(1)
                .all(|(t, _)| *t != "Paste review / new order"),
            "the review's keys are not listed twice"
        );
        assert!(twice.len() < all.len() / 4, "{twice:?}");
    }

    /// Every binding's help is a key English has (and so, by the catalog test, every
    /// language), and the keys themselves read the same in every language.
    #[test]
    fn every_binding_has_words_in_the_catalog() {
        use crate::core::i18n::Locale;
        for b in BINDINGS {
            assert!(Locale::EN.has(b.help), "no words for {}", b.help);
            assert!(
                Locale::EN.has(b.context.title()),
                "no words for {:?}",
                b.context
            );
            assert_ne!(Locale::PT_BR.text(b.help), b.help);
        }
    }
}
