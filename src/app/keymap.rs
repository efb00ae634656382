//! Every key binding in one table: it drives the key handling, the footer hints and the `?`
//! overlay, so they can never disagree.

use super::key::{Key, KeyPress};
use crate::core::order::{Fulfilment, Lifecycle};

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
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Orders => "Orders",
            Context::Inventory => "Inventory",
            Context::Customers => "Customers",
            Context::Payments => "Payments",
            Context::Today => "Today (the day closed at a glance)",
            Context::Order => "An order (in the queue or opened)",
            Context::Detail => "Order view",
            Context::History => "A list of orders (a customer's history, a figure's orders)",
            Context::Review => "Paste review / new order",
            Context::Picker => "Picker",
            Context::Input => "Typing a value",
            Context::Confirm => "Confirmation",
            Context::Popup => "Text to copy",
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
        "quit",
        C::Quit,
        true
    ),
    bind!(Global, [k('?')], "?", "help", C::Help, true),
    bind!(
        Global,
        [key(Key::Tab)],
        "Tab",
        "next pane",
        C::NextPane,
        false
    ),
    bind!(
        Global,
        [key(Key::BackTab)],
        "S-Tab",
        "previous pane",
        C::PrevPane,
        false
    ),
    bind!(Global, [k('1')], "1", "orders", C::Pane(0), false),
    bind!(Global, [k('2')], "2", "inventory", C::Pane(1), false),
    bind!(Global, [k('3')], "3", "customers", C::Pane(2), false),
    bind!(Global, [k('4')], "4", "payments", C::Pane(3), false),
    bind!(
        Global,
        [k('5')],
        "5",
        "today: the day closed at a glance",
        C::Pane(4),
        false
    ),
    bind!(
        Global,
        [k('j'), key(Key::Down)],
        "j/↓",
        "down",
        C::Down,
        false
    ),
    bind!(Global, [k('k'), key(Key::Up)], "k/↑", "up", C::Up, false),
    bind!(
        Global,
        [key(Key::PageDown)],
        "PgDn",
        "page down",
        C::PageDown,
        false
    ),
    bind!(
        Global,
        [key(Key::PageUp)],
        "PgUp",
        "page up",
        C::PageUp,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('d')],
        "C-d",
        "half a page down",
        C::HalfDown,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('u')],
        "C-u",
        "half a page up",
        C::HalfUp,
        false
    ),
    bind!(
        Global,
        [k('g'), key(Key::Home)],
        "g",
        "first",
        C::Top,
        false
    ),
    bind!(
        Global,
        [k('G'), key(Key::End)],
        "G",
        "last",
        C::Bottom,
        false
    ),
    bind!(Global, [k('/')], "/", "filter the list", C::Filter, false),
    bind!(
        Global,
        [k(':')],
        ":",
        "go to an order, pane or customer, or do anything by name",
        C::Jump,
        false
    ),
    bind!(
        Global,
        [k('n')],
        "n",
        "new order by hand",
        C::NewOrder,
        false
    ),
    bind!(
        Global,
        [KeyPress::ctrl('v')],
        "C-v",
        "paste a chat from the clipboard",
        C::PasteClipboard,
        false
    ),
    bind!(
        Global,
        [k('z')],
        "z",
        "undo the last verify, reject, advance, cancel or merge",
        C::Undo,
        false
    ),
    bind!(
        Global,
        [k('E')],
        "E",
        "export the day's CSV reports (in Today: the day shown)",
        C::Export,
        false
    ),
    bind!(
        Global,
        [key(Key::Esc)],
        "Esc",
        "back / clear filter",
        C::Back,
        false
    ),
    bind!(
        Orders,
        [key(Key::Enter)],
        "Enter",
        "open the order",
        C::Open,
        true
    ),
    bind!(
        Orders,
        [k(' ')],
        "Space",
        "mark the row (a then moves all marked to packing)",
        C::Mark,
        false
    ),
    bind!(
        Orders,
        [k('t')],
        "t",
        "show/hide delivered and cancelled",
        C::ToggleDone,
        false
    ),
    bind!(Order, [k('y')], "y", "copy summary", C::CopySummary, true),
    bind!(Order, [k('Y')], "Y", "copy payment link", C::CopyLink, true),
    bind!(
        Order,
        [k('c')],
        "c",
        "confirm (reserve stock)",
        C::ConfirmOrder,
        true
    ),
    bind!(
        Order,
        [k('a')],
        "a",
        "advance: packing → delivered",
        C::Advance,
        true
    ),
    bind!(Order, [k('p')], "p", "record a payment", C::Pay, true),
    bind!(Order, [k('v')], "v", "verify a claim", C::Verify, true),
    bind!(Order, [k('x')], "x", "reject a claim", C::Reject, false),
    bind!(Order, [k('R')], "R", "refund", C::Refund, false),
    bind!(
        Order,
        [k('D')],
        "D",
        "cancel the order",
        C::CancelOrder,
        false
    ),
    bind!(
        Order,
        [k('N')],
        "N",
        "note for the customer (in the summary)",
        C::Notes,
        false
    ),
    bind!(
        Order,
        [k('i')],
        "i",
        "staff note (never in the summary)",
        C::StaffNotes,
        false
    ),
    bind!(Order, [k('e')], "e", "edit lines", C::EditOrder, false),
    bind!(
        Order,
        [k('w')],
        "w",
        "when it is due (deadline)",
        C::Deadline,
        false
    ),
    bind!(Inventory, [k('r')], "r", "receive stock", C::Receive, true),
    bind!(
        Inventory,
        [k('A')],
        "A",
        "adjust stock (with a reason)",
        C::Adjust,
        true
    ),
    bind!(
        Customers,
        [key(Key::Enter)],
        "Enter",
        "history",
        C::Open,
        true
    ),
    bind!(
        Customers,
        [k('m')],
        "m",
        "merge into another customer",
        C::Merge,
        true
    ),
    bind!(
        Payments,
        [key(Key::Enter)],
        "Enter",
        "open the order",
        C::Open,
        true
    ),
    bind!(
        Payments,
        [k(' ')],
        "Space",
        "mark a claim or reminder (v, x or y then act on all marked)",
        C::Mark,
        false
    ),
    bind!(Payments, [k('v')], "v", "verify the claim", C::Verify, true),
    bind!(Payments, [k('x')], "x", "reject the claim", C::Reject, true),
    bind!(
        Payments,
        [k('y')],
        "y",
        "copy the reminder (records it as sent)",
        C::CopySummary,
        true
    ),
    bind!(
        Payments,
        [k('Y')],
        "Y",
        "copy the payment link",
        C::CopyLink,
        false
    ),
    bind!(
        Payments,
        [k('C')],
        "C",
        "close a review, with a note",
        C::CloseReview,
        true
    ),
    bind!(
        Today,
        [key(Key::Enter)],
        "Enter",
        "its orders",
        C::Open,
        true
    ),
    bind!(
        Today,
        [k('['), KeyPress::shift(Key::Left)],
        "[",
        "before",
        C::Earlier,
        true
    ),
    bind!(
        Today,
        [k(']'), KeyPress::shift(Key::Right)],
        "]",
        "after",
        C::Later,
        true
    ),
    bind!(Today, [k('T')], "T", "today", C::Today, true),
    bind!(Today, [k('v')], "v", "day/week/month", C::Span, true),
    bind!(Today, [k('E')], "E", "export CSV", C::Export, true),
    bind!(
        Detail,
        [key(Key::Esc), k('q')],
        "Esc",
        "back to the list",
        C::Back,
        true
    ),
    bind!(
        History,
        [key(Key::Enter)],
        "Enter",
        "open the order",
        C::Open,
        true
    ),
    bind!(
        History,
        [key(Key::Esc), k('q')],
        "Esc",
        "back",
        C::Back,
        true
    ),
    bind!(
        Review,
        [key(Key::Enter)],
        "Enter",
        "create and confirm",
        C::CreateOrder,
        true
    ),
    bind!(Review, [k('s')], "s", "save as draft", C::SaveDraft, true),
    bind!(Review, [k('+'), k('=')], "+/-", "quantity", C::QtyUp, true),
    bind!(Review, [k('-')], "-", "less", C::QtyDown, false),
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
        "type the quantity",
        C::TypeQty,
        false
    ),
    bind!(
        Review,
        [k('p')],
        "p",
        "change product",
        C::ChangeProduct,
        true
    ),
    bind!(Review, [k('a')], "a", "add a line", C::AddLine, true),
    bind!(
        Review,
        [k('d'), key(Key::Delete)],
        "d",
        "remove line",
        C::RemoveLine,
        true
    ),
    bind!(Review, [k('u')], "u", "customer", C::PickCustomer, true),
    bind!(Review, [k('A')], "A", "address", C::EditAddress, false),
    bind!(Review, [k('w')], "w", "deadline", C::Deadline, true),
    bind!(
        Review,
        [k('L')],
        "L",
        "deliver to the customer's last address",
        C::LastAddress,
        false
    ),
    bind!(Review, [k('f')], "f", "delivery fee", C::DeliveryFee, false),
    bind!(Review, [k('%')], "%", "discount", C::Discount, false),
    bind!(
        Review,
        [k('o')],
        "o",
        "a new order instead of updating the earlier one",
        C::NewInstead,
        false
    ),
    bind!(
        Review,
        [key(Key::Tab)],
        "Tab",
        "next customer's draft",
        C::NextDraft,
        false
    ),
    bind!(
        Review,
        [k('j'), key(Key::Down)],
        "j/k",
        "line",
        C::Down,
        false
    ),
    bind!(Review, [k('k'), key(Key::Up)], "k", "line up", C::Up, false),
    bind!(
        Review,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "leave, write nothing",
        C::Back,
        true
    ),
    bind!(
        Picker,
        [key(Key::Enter)],
        "Enter",
        "choose",
        C::Accept,
        true
    ),
    bind!(
        Picker,
        [key(Key::Down), KeyPress::ctrl('n')],
        "↓/C-n",
        "next (j in a short list)",
        C::Down,
        true
    ),
    bind!(
        Picker,
        [key(Key::Up), KeyPress::ctrl('p')],
        "↑/C-p",
        "previous (k in a short list)",
        C::Up,
        true
    ),
    bind!(
        Picker,
        [key(Key::Tab)],
        "Tab",
        "complete with the chosen one",
        C::Complete,
        false
    ),
    bind!(
        Picker,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "cancel",
        C::Back,
        true
    ),
    bind!(Input, [key(Key::Enter)], "Enter", "ok", C::Accept, true),
    bind!(
        Input,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "cancel",
        C::Back,
        true
    ),
    bind!(Confirm, [k('y'), key(Key::Enter)], "y", "yes", C::Yes, true),
    bind!(Confirm, [k('n')], "n", "no", C::No, true),
    bind!(
        Confirm,
        [key(Key::Esc), KeyPress::ctrl('c')],
        "Esc",
        "cancel",
        C::Back,
        true
    ),
    bind!(
        Popup,
        [key(Key::Esc), key(Key::Enter), k('q'), KeyPress::ctrl('c')],
        "Esc",
        "close",
        C::Back,
        true
    ),
    bind!(
        Popup,
        [k('j'), key(Key::Down), key(Key::PageDown)],
        "j/k",
        "scroll",
        C::Down,
        true
    ),
    bind!(
        Popup,
        [k('k'), key(Key::Up), key(Key::PageUp)],
        "k",
        "scroll up",
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
        "This screen",
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
pub fn help_len(context: Context, state: Option<OrderState>) -> usize {
    2 + help_sections(context, state)
        .iter()
        .map(|(_, keys)| keys.len() + 2)
        .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(hints.contains(&("y", "copy summary")));
        assert!(hints.contains(&("?", "help")));
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
        assert_eq!(sections[0].0, "This screen");
        assert!(sections[0].1.contains(&("Enter", "create and confirm")));
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
}
