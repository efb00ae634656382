//! `App::update` as the pure function it is: actions in, effects out, for each pane's main
//! commands. No terminal, no database, no runtime: the answers a runtime would give are
//! written here by hand.

use chrono::{DateTime, TimeZone, Utc};
use orderdesk::app::App;
use orderdesk::app::action::Action;
use orderdesk::app::answer::{Answer, CopiedTo};
use orderdesk::app::effect::{Copyable, Effect, OrderRef, QueueQuery, Select};
use orderdesk::app::key::KeyPress;
use orderdesk::app::keymap::Command;
use orderdesk::app::overlay::Overlay;
use orderdesk::app::panes::PaneId;
use orderdesk::app::review::{ReviewCustomer, ReviewDraft, ReviewLine};
use orderdesk::app::rows::{
    CustomerHit, CustomerRow, CustomersPage, Due, InventoryPage, LinkRow, OrderDetail, PaymentRow,
    PaymentsPage, QueuePage, QueueRow, ReminderRow,
};
use orderdesk::core::catalog::Product;
use orderdesk::core::customer::Customer;
use orderdesk::core::i18n::Message;
use orderdesk::core::link::{LinkState, Provider, Sweep};
use orderdesk::core::money::{Currency, Money};
use orderdesk::core::order::{Fulfilment, Lifecycle, Order, OrderLine};
use orderdesk::core::payment::{Method, Payment, PaymentKind, PaymentState, Totals};
use orderdesk::core::queue::{Label, QUEUE_RANKS, QueueClass, QueueKey};
use orderdesk::core::refusal::{Refusal, RefusalKind};
use uuid::Uuid;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 2, 11, 0, 0).unwrap()
}

fn usd(minor: i64) -> Money {
    Money::new(minor, Currency::USD)
}

/// A desk of 100×30 with its first answers in: nothing on screen yet.
fn desk() -> App {
    let (app, effects) = App::new(
        "Northside Threads",
        Currency::USD,
        (100, 30),
        at().fixed_offset(),
    );
    assert!(
        effects.iter().any(|e| matches!(e, Effect::LoadQueue(_))),
        "the first screen asks for the queue: {effects:?}"
    );
    app
}

/// The screen `app` draws at `width` × `height`, as text.
fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| orderdesk::ui::draw(frame, app, at().fixed_offset()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn keys(app: &mut App, names: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for name in names.split_whitespace() {
        let press = KeyPress::parse(name).unwrap_or_else(|| panic!("not a key: {name}"));
        effects.extend(app.update(Action::Key(press)));
    }
    effects
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Key(KeyPress::plain(
            orderdesk::app::key::Key::Char(c),
        )));
    }
}

fn answer(app: &mut App, answer: Answer) -> Vec<Effect> {
    app.update(Action::Answer(answer))
}

fn row(number: i64, class: QueueClass, lifecycle: Lifecycle, balance: i64) -> QueueRow {
    QueueRow {
        number,
        version: 3,
        class,
        created_at: at(),
        customer: "Mei Chen".into(),
        items: "2× Wool Scarf".into(),
        total: usd(7000),
        balance: usd(balance),
        paid: usd(7000 - balance),
        label: Label::of(class, Totals::default(), 7000),
        lifecycle,
        fulfilment: Fulfilment::Unfulfilled,
        claims: 0,
        deadline: None,
    }
}

/// Where an order made at `at()` stands in its rank.
fn key(number: i64, rank: u8) -> QueueKey {
    QueueKey {
        rank,
        due: None,
        created: "2024-03-02T10:00:00.000Z".into(),
        row: number,
    }
}

/// The queue with a draft (#1001) and an order awaiting payment (#1002).
fn with_queue(app: &mut App) {
    let mut counts = [0; QUEUE_RANKS];
    counts[1] = 1;
    counts[2] = 1;
    answer(
        app,
        Answer::QueueLoaded(QueuePage {
            keys: vec![key(1001, 1), key(1002, 2)],
            at_start: true,
            at_end: true,
            select: Select::Index(0),
            rows: vec![
                row(1001, QueueClass::Draft, Lifecycle::Draft, 7000),
                row(
                    1002,
                    QueueClass::AwaitingPayment,
                    Lifecycle::Confirmed,
                    7000,
                ),
            ],
            counts: Some(counts),
            due: Some(Due::default()),
            missing: None,
            unfinished: None,
        }),
    );
}

fn claim(order: Uuid) -> Payment {
    Payment {
        id: Uuid::now_v7(),
        order_id: order,
        kind: PaymentKind::Payment,
        method: Method::Pix,
        amount: 7000,
        currency: Currency::USD,
        state: PaymentState::Claimed,
        reference: Some("E2E-1".into()),
        proof: None,
        restock: false,
        created_at: at(),
        settled_at: None,
        actor: "ana".into(),
    }
}

fn detail(number: i64, payments: Vec<Payment>) -> Box<OrderDetail> {
    let order = Order {
        id: payments.first().map_or_else(Uuid::now_v7, |p| p.order_id),
        number,
        customer_id: Uuid::now_v7(),
        currency: Currency::USD,
        lines: vec![OrderLine {
            sku: "SCF-WOL-RED".into(),
            name: "Wool Scarf".into(),
            variant: "Red".into(),
            qty: 2,
            unit_price: 3500,
        }],
        delivery_fee: 0,
        discount: 0,
        notes: String::new(),
        deadline: None,
        staff_notes: String::new(),
        address: None,
        lifecycle: Lifecycle::Confirmed,
        fulfilment: Fulfilment::Unfulfilled,
        revision: 1,
        version: 5,
        created_at: at(),
        updated_at: at(),
    };
    let totals = Totals::of(&payments);
    Box::new(OrderDetail {
        label: Label::of(QueueClass::ClaimToVerify, totals, 7000),
        order,
        customer: Customer {
            id: Uuid::now_v7(),
            name: "Mei Chen".into(),
            phone: Some("+15125550101".into()),
            address: None,
            merged_into: None,
        },
        totals,
        payments,
        journal: Vec::new(),
        summary: "Order #1002".into(),
        scroll: 0,
    })
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

mod orders {
    use super::*;
    use orderdesk::app::rows::QueueCounts;

    /// A window of the draft #1001 alone, with no counts, as a filter's read answers it.
    fn one_draft_window() -> QueuePage {
        QueuePage {
            keys: vec![key(1001, 1)],
            at_start: true,
            at_end: true,
            select: Select::Index(0),
            rows: vec![row(1001, QueueClass::Draft, Lifecycle::Draft, 7000)],
            counts: None,
            due: None,
            missing: None,
            unfinished: None,
        }
    }

    /// The window of a filtered queue as the runtime answers it: no counts with it.
    fn filtered_page(app: &mut App) -> Vec<Effect> {
        answer(app, Answer::QueueLoaded(one_draft_window()))
    }

    fn counted(filter: &str, drafts: i64) -> Answer {
        let mut counts = [0; QUEUE_RANKS];
        counts[1] = drafts;
        Answer::QueueCounted(QueueCounts {
            filter: filter.into(),
            show_done: false,
            counts,
            due: Due {
                overdue: 1,
                today: 0,
            },
        })
    }

    fn count_asked(effects: &[Effect]) -> Option<String> {
        effects.iter().find_map(|e| match e {
            Effect::CountQueue(q) => Some(q.filter.clone()),
            _ => None,
        })
    }

    /// A window cut short by the screen's time box is shown as found, with "still
    /// searching…"; the count goes first, then the same window read whole in the
    /// background (one such read at a time). Its answer is shown only while it is still the
    /// window searched for; a later letter's is read next.
    #[test]
    fn a_window_cut_short_is_read_whole_in_the_background() {
        let mut app = desk();
        with_queue(&mut app);
        keys(&mut app, "/");
        let cut = |app: &mut App, filter: &str| -> (Vec<Effect>, QueueQuery) {
            let effects = keys(app, filter);
            let Some(Effect::LoadQueue(q)) = effects.last().cloned() else {
                panic!("a letter reads the window: {effects:?}");
            };
            assert!(!q.patient, "the key's own read is time-boxed");
            let rest = QueueQuery {
                patient: true,
                ..q.clone()
            };
            let effects = answer(
                app,
                Answer::QueueLoaded(QueuePage {
                    keys: Vec::new(),
                    at_start: true,
                    at_end: false,
                    select: q.select,
                    rows: Vec::new(),
                    counts: None,
                    due: None,
                    missing: None,
                    unfinished: Some(Box::new(rest.clone())),
                }),
            );
            (effects, rest)
        };
        let (effects, first) = cut(&mut app, "ς");
        assert!(
            matches!(effects.first(), Some(Effect::CountQueue(_))),
            "{effects:?}"
        );
        assert_eq!(effects.get(1), Some(&Effect::LoadQueue(first.clone())));
        assert!(effects[1].is_slow(), "read in the background");
        let screen = render(&app, 100, 30);
        assert!(screen.contains("still searching"), "{screen}");
        assert!(!screen.contains("No order matches"), "{screen}");
        // A letter more while the first is read: its own read waits for that one.
        let (effects, second) = cut(&mut app, "ς");
        assert!(
            !effects.iter().any(|e| matches!(e, Effect::LoadQueue(_))),
            "{effects:?}"
        );
        let whole = |asked: &QueueQuery| Answer::QueueSearched {
            asked: Box::new(asked.clone()),
            page: Box::new(one_draft_window()),
        };
        // The first one's answer comes too late for the window shown: the second is read.
        let effects = answer(&mut app, whole(&first));
        assert_eq!(effects, vec![Effect::LoadQueue(second.clone())]);
        assert!(render(&app, 100, 30).contains("still searching"));
        assert!(app.orders.rows.is_empty());
        assert!(answer(&mut app, whole(&second)).is_empty());
        let screen = render(&app, 100, 30);
        assert!(!screen.contains("still searching"), "{screen}");
        assert_eq!(app.orders.rows.len(), 1);
    }

    /// Typing a filter reads its window at once; counting the matching orders (a scan of
    /// the book) runs in the background, one count at a time, the latest filter last.
    #[test]
    fn a_filter_is_counted_in_the_background_one_count_at_a_time() {
        let mut app = desk();
        with_queue(&mut app);
        keys(&mut app, "/");
        let effects = keys(&mut app, "m");
        let Some(Effect::LoadQueue(q)) = effects.first() else {
            panic!("a letter reads the filtered window: {effects:?}");
        };
        assert_eq!(q.filter, "m");
        assert!(!q.count, "the window is read without counting the filter");
        assert_eq!(count_asked(&filtered_page(&mut app)).as_deref(), Some("m"));
        assert!(
            render(&app, 100, 30).contains("Orders · counting…"),
            "{}",
            render(&app, 100, 30)
        );
        // More letters while "m" is counted: windows, but no second count.
        keys(&mut app, "e i");
        assert_eq!(count_asked(&filtered_page(&mut app)), None);
        // "m" counted: too late for the filter shown, so "mei" is counted next.
        let effects = answer(&mut app, counted("m", 40));
        assert_eq!(count_asked(&effects).as_deref(), Some("mei"));
        assert!(render(&app, 100, 30).contains("counting…"));
        assert!(answer(&mut app, counted("mei", 3)).is_empty());
        let screen = render(&app, 100, 30);
        assert!(
            screen.contains("Orders · 3 · most urgent first · ! 1 overdue"),
            "{screen}"
        );
        // Cleared, the kept counts come with the window again.
        let effects = keys(&mut app, "Esc");
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::LoadQueue(q) if q.filter.is_empty() && q.count)),
            "{effects:?}"
        );
    }

    #[test]
    fn confirming_a_draft_sends_the_version_seen() {
        let mut app = desk();
        with_queue(&mut app);
        assert_eq!(
            keys(&mut app, "c"),
            [Effect::ConfirmOrder(OrderRef {
                number: 1001,
                version: 3
            })]
        );
        // The answer is worded by the desk and reloads what is on screen.
        let effects = answer(&mut app, Answer::OrderConfirmed { number: 1001 });
        assert!(
            status(&app).contains("order #1001 confirmed"),
            "{}",
            status(&app)
        );
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::LoadQueue(q) if q.count)),
            "{effects:?}"
        );
    }

    #[test]
    fn a_payment_is_money_not_words() {
        let mut app = desk();
        with_queue(&mut app);
        keys(&mut app, "j p");
        // The amount defaults to the balance; a typo is refused where it is typed.
        keys(&mut app, "Ctrl-u");
        type_text(&mut app, "12,3,4");
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(
            status(&app).contains("'12,3,4' is not an amount"),
            "{}",
            status(&app)
        );
        keys(&mut app, "Ctrl-u");
        type_text(&mut app, "40");
        keys(&mut app, "Enter");
        type_text(&mut app, "cash");
        keys(&mut app, "Enter Enter");
        assert_eq!(
            keys(&mut app, "y"),
            [Effect::Pay {
                number: 1002,
                amount: usd(4000),
                method: Method::Cash,
                reference: None,
                claimed: false,
            }]
        );
    }

    #[test]
    fn a_stale_refusal_reloads_by_its_kind() {
        let mut app = desk();
        with_queue(&mut app);
        let effect = keys(&mut app, "c").remove(0);
        let effects = answer(
            &mut app,
            Answer::Refused {
                effect: Box::new(effect),
                refusal: Refusal::new(RefusalKind::Stale, Message::plain("any words at all")),
            },
        );
        assert!(
            status(&app).contains("changed by someone else"),
            "{}",
            status(&app)
        );
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::LoadQueue(q) if q.count))
        );
        // Any other refusal only says why.
        let effects = answer(
            &mut app,
            Answer::Refused {
                effect: Box::new(Effect::ConfirmOrder(OrderRef {
                    number: 1001,
                    version: 3,
                })),
                refusal: Refusal::new(
                    RefusalKind::Invalid,
                    Message::plain("only 1 of 'Wool Scarf Red' left"),
                ),
            },
        );
        assert!(effects.is_empty());
        assert_eq!(
            status(&app),
            "could not confirm order #1001: only 1 of 'Wool Scarf Red' left"
        );
    }

    #[test]
    fn a_payment_link_runs_in_the_background_and_is_copied_when_it_comes() {
        let mut app = desk();
        with_queue(&mut app);
        assert_eq!(keys(&mut app, "j Y"), [Effect::MakeLink(1002)]);
        assert_eq!(app.working, [Effect::MakeLink(1002)]);
        assert!(app.working_on().unwrap().contains("payment link of #1002"));
        // Keys go on meanwhile.
        keys(&mut app, "k");
        assert_eq!(app.orders.selected().map(|r| r.number), Some(1001));
        let expires_at = at() + chrono::Duration::hours(24);
        let effects = answer(
            &mut app,
            Answer::LinkReady {
                number: 1002,
                url: "https://checkout.stripe.com/c/pay/cs_1".into(),
                provider: Provider::Stripe,
                expires_at,
                made: true,
                warning: None,
            },
        );
        assert_eq!(
            effects[0],
            Effect::Copy {
                what: Copyable::Link {
                    number: 1002,
                    provider: Provider::Stripe,
                    expires_at,
                    warning: None
                },
                text: "https://checkout.stripe.com/c/pay/cs_1".into()
            }
        );
        assert!(effects.len() > 1, "a new link reloads the lists");
        app.update(Action::Finished(Effect::MakeLink(1002)));
        assert!(app.working.is_empty() && app.working_on().is_none());
        answer(
            &mut app,
            Answer::Copied {
                what: Copyable::Summary { number: 1002 },
                to: CopiedTo::System { chars: 40 },
            },
        );
        assert!(status(&app).contains("copied the summary of #1002"));
    }

    #[test]
    fn verifying_from_the_queue_waits_for_the_order_then_asks() {
        let mut app = desk();
        with_queue(&mut app);
        let effects = keys(&mut app, "j v");
        assert_eq!(
            effects,
            [Effect::LoadOrder {
                number: 1002,
                then: Some(Command::Verify)
            }]
        );
        let order = Uuid::now_v7();
        let c = claim(order);
        let effects = answer(
            &mut app,
            Answer::OrderLoaded {
                detail: detail(1002, vec![c.clone()]),
                then: Some(Command::Verify),
            },
        );
        assert!(effects.is_empty());
        assert!(matches!(app.overlays.last(), Some(Overlay::Confirm(_))));
        assert_eq!(
            keys(&mut app, "y"),
            [Effect::Verify {
                number: 1002,
                payment: c.id
            }]
        );
    }

    #[test]
    fn the_slow_clock_sweeps_links_once_at_a_time() {
        let mut app = desk();
        assert_eq!(app.update(Action::Tick), [Effect::ExpireLinks]);
        assert!(app.update(Action::Tick).is_empty(), "one sweep at a time");
        answer(&mut app, Answer::LinksSwept(Sweep::default()));
        app.update(Action::Finished(Effect::ExpireLinks));
        let effects = answer(
            &mut app,
            Answer::LinksSwept(Sweep {
                expired: vec![1002],
                ..Sweep::default()
            }),
        );
        assert!(status(&app).contains("payment link ran out unpaid: #1002"));
        assert!(!effects.is_empty(), "what changed is read again");
        assert_eq!(app.update(Action::Tick), [Effect::ExpireLinks]);
    }

    #[test]
    fn quitting_asks_for_nothing() {
        let mut app = desk();
        app.update(Action::Tick);
        assert!(keys(&mut app, "q").is_empty());
        assert!(app.quit);
    }
}

mod inventory {
    use super::*;

    fn scarf() -> Product {
        Product {
            sku: "SCF-CSH-BEI".into(),
            name: "Cashmere Scarf".into(),
            variant: "Beige".into(),
            price: 6000,
            currency: Currency::USD,
            aliases: vec![],
            on_hand: 2,
            reserved: 0,
            low_stock: None,
        }
    }

    fn on_inventory() -> App {
        let mut app = desk();
        let effects = keys(&mut app, "2");
        assert_eq!(
            effects,
            [Effect::LoadInventory {
                filter: String::new(),
                offset: 0
            }]
        );
        answer(
            &mut app,
            Answer::InventoryLoaded(InventoryPage {
                offset: 0,
                rows: vec![scarf()],
                total: 1,
                learned: Vec::new(),
            }),
        );
        app
    }

    #[test]
    fn receiving_stock_asks_how_many_then_a_note() {
        let mut app = on_inventory();
        keys(&mut app, "r");
        type_text(&mut app, "five");
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(status(&app).contains("'five' is not a number of units"));
        keys(&mut app, "Ctrl-u");
        type_text(&mut app, "5");
        keys(&mut app, "Enter");
        type_text(&mut app, "invoice 88");
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::Receive {
                sku: "SCF-CSH-BEI".into(),
                qty: 5,
                note: "invoice 88".into()
            }]
        );
        let mut after = scarf();
        after.on_hand = 7;
        answer(
            &mut app,
            Answer::StockReceived {
                product: after,
                qty: 5,
            },
        );
        assert_eq!(
            status(&app),
            "received 5 × Cashmere Scarf Beige: 7 available"
        );
    }

    #[test]
    fn an_adjustment_needs_a_reason() {
        let mut app = on_inventory();
        keys(&mut app, "A");
        type_text(&mut app, "-1");
        keys(&mut app, "Enter");
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(status(&app).contains("say why"));
        type_text(&mut app, "damaged");
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::Adjust {
                sku: "SCF-CSH-BEI".into(),
                delta: -1,
                reason: "damaged".into()
            }]
        );
    }

    #[test]
    fn a_filter_reloads_from_the_top() {
        let mut app = on_inventory();
        keys(&mut app, "/");
        let mut last = Vec::new();
        for c in "csh".chars() {
            last = app.update(Action::Key(KeyPress::plain(
                orderdesk::app::key::Key::Char(c),
            )));
        }
        assert_eq!(
            last,
            [Effect::LoadInventory {
                filter: "csh".into(),
                offset: 0
            }]
        );
    }
}

mod customers {
    use super::*;

    fn mei() -> CustomerRow {
        CustomerRow {
            id: Uuid::now_v7(),
            name: "Mei Chen".into(),
            phone: Some("+15125550101".into()),
            address: None,
            orders: 2,
            lifetime_value: usd(7000),
            open_balance: usd(0),
            last_order_at: Some(at()),
        }
    }

    fn on_customers(row: CustomerRow) -> App {
        let mut app = desk();
        keys(&mut app, "3");
        answer(
            &mut app,
            Answer::CustomersLoaded(CustomersPage {
                offset: 0,
                rows: vec![row],
                total: 1,
            }),
        );
        app
    }

    #[test]
    fn enter_opens_the_history() {
        let row = mei();
        let id = row.id;
        let mut app = on_customers(row);
        assert_eq!(keys(&mut app, "Enter"), [Effect::LoadHistory(id)]);
    }

    #[test]
    fn merging_searches_then_confirms() {
        let mut app = on_customers(mei());
        assert_eq!(keys(&mut app, "m"), [Effect::FindCustomers(String::new())]);
        answer(
            &mut app,
            Answer::CustomersFound(vec![CustomerHit {
                id: Uuid::now_v7(),
                name: "Mei C.".into(),
                phone: Some("+15125550199".into()),
                address: None,
                open_balance: usd(0),
            }]),
        );
        assert!(keys(&mut app, "Enter").is_empty());
        assert_eq!(
            keys(&mut app, "y"),
            [Effect::Merge {
                from: "+15125550101".into(),
                into: "+15125550199".into()
            }]
        );
        answer(
            &mut app,
            Answer::CustomersMerged {
                into: "Mei C.".into(),
                from_id: Uuid::now_v7(),
                into_id: Uuid::now_v7(),
            },
        );
        assert_eq!(status(&app), "merged into Mei C.; their orders moved");
    }
}

mod payments {
    use super::*;

    fn on_payments() -> (App, Payment) {
        let mut app = desk();
        assert_eq!(keys(&mut app, "4"), [Effect::LoadPayments]);
        let c = claim(Uuid::now_v7());
        let page = PaymentsPage {
            claims: vec![PaymentRow {
                order_number: 1002,
                customer: "Mei Chen".into(),
                payment: c.clone(),
            }],
            reminders: vec![ReminderRow {
                order_number: 1003,
                customer: "Rosa".into(),
                step: 1,
                steps: 3,
                last: false,
                balance: usd(3500),
                due_at: at(),
            }],
            reviews: vec![LinkRow {
                order_number: 1004,
                customer: "Bo".into(),
                provider: Provider::Stripe,
                state: LinkState::ManualReview,
                amount: usd(9000),
                expires_at: at(),
                note: Message::plain("amount differs"),
            }],
            links: Vec::new(),
            recent: Vec::new(),
        };
        answer(&mut app, Answer::PaymentsLoaded(page));
        (app, c)
    }

    #[test]
    fn a_claim_is_verified_after_a_yes() {
        let (mut app, c) = on_payments();
        assert!(keys(&mut app, "v").is_empty());
        assert_eq!(
            keys(&mut app, "y"),
            [Effect::Verify {
                number: 1002,
                payment: c.id
            }]
        );
    }

    #[test]
    fn y_on_a_reminder_sends_it_in_the_background_then_copies_it() {
        let (mut app, _) = on_payments();
        let effects = keys(&mut app, "j y");
        assert_eq!(
            effects,
            [Effect::SendReminder {
                number: 1003,
                step: 1
            }]
        );
        assert!(app.working_on().is_some());
        let effects = answer(
            &mut app,
            Answer::ReminderReady {
                number: 1003,
                step: 1,
                tagged: false,
                text: "Hi Rosa, …".into(),
            },
        );
        assert_eq!(
            effects[0],
            Effect::Copy {
                what: Copyable::Reminder {
                    number: 1003,
                    step: 1,
                    tagged: false
                },
                text: "Hi Rosa, …".into()
            }
        );
    }

    #[test]
    fn closing_a_review_needs_a_note() {
        let (mut app, _) = on_payments();
        keys(&mut app, "j j C");
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(status(&app).contains("say what you found"));
        type_text(&mut app, "refunded by hand");
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::CloseReview {
                number: 1004,
                note: "refunded by hand".into()
            }]
        );
    }
}

mod review {
    use super::*;

    fn draft() -> ReviewDraft {
        ReviewDraft {
            customer: Some(ReviewCustomer {
                name: "Mei Chen".into(),
                phone: Some("+15125550101".into()),
                known: None,
            }),
            lines: vec![ReviewLine {
                sku: "SCF-WOL-RED".into(),
                name: "Wool Scarf Red".into(),
                qty: 2,
                unit_price: usd(3500),
                confidence: Some(92),
                available: 5,
                said: "2 red scarves".into(),
            }],
            address: Some("221 Baker St".into()),
            pickup: false,
            claimed: Some(Some(usd(7000))),
            claim_reference: None,
            unmatched: Vec::new(),
            asked: Vec::new(),
            warnings: Vec::new(),
            source: Some("[2/3/24, 10:00] Mei Chen: 2 red scarves, sent $70".into()),
            ..ReviewDraft::empty()
        }
    }

    fn reviewing() -> App {
        let mut app = desk();
        let text = "[2/3/24, 10:00] Mei Chen: 2 red scarves, sent $70".to_string();
        assert_eq!(
            app.update(Action::Paste(text.clone())),
            [Effect::ReadPaste(text.clone())]
        );
        assert!(
            app.working_on().is_some(),
            "reading a paste runs in the background"
        );
        answer(
            &mut app,
            Answer::PasteRead {
                drafts: vec![draft()],
                shop_guess: None,
            },
        );
        app.update(Action::Finished(Effect::ReadPaste(text)));
        assert!(matches!(app.overlays.last(), Some(Overlay::Review(_))));
        app
    }

    /// "Only asked about (a adds it)": `a` opens the picker on that product, even as the
    /// catalog arrives after it opens, and Enter adds it, leaving the asked list.
    #[test]
    fn a_then_enter_adds_what_the_customer_only_asked_about() {
        let mut app = desk();
        let text = "[2/3/24, 10:00] Mei Chen: 2 red scarves, and the beanie?".to_string();
        app.update(Action::Paste(text.clone()));
        let mut asked = draft();
        asked.asked = vec!["Wool Beanie Grey".into()];
        answer(
            &mut app,
            Answer::PasteRead {
                drafts: vec![asked],
                shop_guess: None,
            },
        );
        app.update(Action::Finished(Effect::ReadPaste(text)));
        assert_eq!(keys(&mut app, "a"), [Effect::LoadCatalog]);
        let product = |sku: &str, name: &str| Product {
            sku: sku.into(),
            name: name.into(),
            variant: String::new(),
            price: 2000,
            currency: Currency::USD,
            aliases: Vec::new(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        };
        answer(
            &mut app,
            Answer::CatalogLoaded(vec![
                product("GLV-WOL", "Wool Gloves"),
                product("BNE-WOL-GRY", "Wool Beanie Grey"),
                product("SCF-WOL-RED", "Wool Scarf Red"),
            ]),
        );
        keys(&mut app, "Enter");
        let Some(Overlay::Review(r)) = app.overlays.last() else {
            panic!("the review is open");
        };
        let d = r.draft().unwrap();
        assert!(
            d.lines.iter().any(|l| l.sku == "BNE-WOL-GRY"),
            "{:?}",
            d.lines
        );
        assert!(d.asked.is_empty());
    }

    #[test]
    fn enter_creates_and_confirms_with_the_claim_as_money() {
        let mut app = reviewing();
        let effects = keys(&mut app, "Enter");
        let [Effect::CreateOrder { spec, confirm }] = effects.as_slice() else {
            panic!("{effects:?}");
        };
        assert!(*confirm);
        assert_eq!(spec.customer, "+15125550101");
        assert_eq!(spec.claimed, Some(usd(7000)));
        assert_eq!(spec.lines[0].qty, 2);
        let effects = answer(
            &mut app,
            Answer::OrderCreated {
                number: 1005,
                confirmed: true,
                total: usd(7000),
            },
        );
        assert!(app.overlays.is_empty(), "the review closed");
        assert_eq!(app.pane, PaneId::Orders);
        assert_eq!(app.orders.want, Some(1005), "the new order gets selected");
        assert!(!effects.is_empty());
        assert!(status(&app).starts_with("order #1005 created and confirmed ($70.00)"));
    }

    #[test]
    fn a_refused_write_keeps_the_review_open() {
        let mut app = reviewing();
        let effect = keys(&mut app, "Enter").remove(0);
        answer(
            &mut app,
            Answer::Refused {
                effect: Box::new(effect),
                refusal: Refusal::new(
                    RefusalKind::Invalid,
                    Message::plain("not enough stock of SCF-WOL-RED"),
                ),
            },
        );
        assert!(matches!(app.overlays.last(), Some(Overlay::Review(_))));
        assert_eq!(
            status(&app),
            "could not create and confirm the order: not enough stock of SCF-WOL-RED"
        );
    }

    #[test]
    fn esc_leaves_without_writing() {
        let mut app = reviewing();
        assert!(keys(&mut app, "Esc").is_empty());
        assert!(app.overlays.is_empty());
        assert!(status(&app).contains("nothing was written"));
    }
}

mod deadlines {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};
    use orderdesk::core::deadline::Deadline;

    #[test]
    fn w_asks_when_and_sends_a_typed_deadline() {
        let mut app = desk();
        with_queue(&mut app);
        keys(&mut app, "j w");
        // Words the desk cannot read are said where they are typed; nothing goes out.
        type_text(&mut app, "someday");
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(
            status(&app).contains("cannot read 'someday'"),
            "{}",
            status(&app)
        );
        keys(&mut app, "Ctrl-u");
        // 2 March 2024 is a Saturday: "tomorrow 18h" is Sunday 3 March at 18:00.
        type_text(&mut app, "tomorrow 18h");
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::SetDeadline {
                order: OrderRef {
                    number: 1002,
                    version: 3
                },
                deadline: Some(Deadline::new(
                    NaiveDate::from_ymd_opt(2024, 3, 3).unwrap(),
                    NaiveTime::from_hms_opt(18, 0, 0),
                )),
            }]
        );
        let effects = answer(
            &mut app,
            Answer::DeadlineSet {
                number: 1002,
                deadline: None,
            },
        );
        assert!(
            status(&app).contains("#1002 has no deadline now"),
            "{}",
            status(&app)
        );
        assert!(
            effects.iter().any(|e| matches!(e, Effect::LoadQueue(_))),
            "{effects:?}"
        );
    }

    #[test]
    fn the_queue_is_ranked_for_the_desks_own_now() {
        let mut app = desk();
        let effects = app.update(Action::Clock(
            at().fixed_offset() + chrono::Duration::minutes(1),
        ));
        let Some(Effect::LoadQueue(q)) = effects.first() else {
            panic!("a new minute reads the queue again: {effects:?}");
        };
        assert_eq!(q.now, (at() + chrono::Duration::minutes(1)).naive_utc());
        assert!(
            app.update(Action::Clock(
                at().fixed_offset() + chrono::Duration::seconds(70)
            ))
            .is_empty(),
            "the same minute reads nothing"
        );
    }
}

mod today {
    use super::*;
    use chrono::NaiveDate;
    use orderdesk::core::day::{DaySummary, Figure, Period, Span, Tally};

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, d).unwrap()
    }

    fn load_of(effects: &[Effect]) -> Period {
        match effects {
            [Effect::LoadDay { period, now }] => {
                assert_eq!(*now, at().naive_utc());
                *period
            }
            other => panic!("expected one LoadDay: {other:?}"),
        }
    }

    fn summary(period: Period) -> Box<DaySummary> {
        let none = Tally::default();
        Box::new(DaySummary {
            period,
            currency: Currency::USD,
            taken: Tally {
                count: 2,
                amount: 14000,
                orders: vec![1001, 1002],
            },
            confirmed: none.clone(),
            delivered: none.clone(),
            cancelled: none.clone(),
            received: none.clone(),
            by_method: Vec::new(),
            refunds: none.clone(),
            verified: Vec::new(),
            paid_time: Default::default(),
            buckets: Vec::new(),
            claims: none.clone(),
            unpaid: none.clone(),
            oldest_unpaid: None,
            overdue: Tally {
                count: 1,
                amount: 0,
                orders: vec![1002],
            },
            due_next: none,
            low: Vec::new(),
            sold_out: Vec::new(),
        })
    }

    #[test]
    fn days_weeks_and_months_are_asked_for() {
        let mut app = desk();
        assert_eq!(load_of(&keys(&mut app, "5")), Period::day(date(2)));
        assert!(
            app.update(Action::Answer(Answer::DayLoaded(summary(Period::day(
                date(2)
            )))))
            .is_empty()
        );
        assert_eq!(load_of(&keys(&mut app, "[")), Period::day(date(1)));
        assert_eq!(
            load_of(&keys(&mut app, "Shift-Right")),
            Period::day(date(2))
        );
        assert_eq!(load_of(&keys(&mut app, "]")), Period::day(date(3)));
        assert_eq!(load_of(&keys(&mut app, "T")), Period::day(date(2)));
        assert_eq!(
            load_of(&keys(&mut app, "v")),
            Period::of(Span::Week, date(2))
        );
        assert_eq!(
            load_of(&keys(&mut app, "v")),
            Period::of(Span::Month, date(2))
        );
        let february = Period::of(Span::Month, date(1) - chrono::Days::new(1));
        assert_eq!(load_of(&keys(&mut app, "[")), february);
        answer(&mut app, Answer::DayLoaded(summary(february)));
        // A day that arrives after the desk moved on is not shown.
        answer(&mut app, Answer::DayLoaded(summary(Period::day(date(2)))));
        assert_eq!(app.today.summary.as_ref().map(|s| s.period), Some(february));
        // Reading the day runs in the background.
        assert!(
            app.working_on()
                .is_some_and(|w| w.contains("reading the day")),
            "{:?}",
            app.working_on()
        );
    }

    #[test]
    fn enter_lists_the_orders_behind_a_figure_and_e_exports_the_day_shown() {
        let mut app = desk();
        keys(&mut app, "5");
        answer(&mut app, Answer::DayLoaded(summary(Period::day(date(2)))));
        // The rows start with what is still open: claims (none behind it), then on.
        assert_eq!(app.today.selected_row().unwrap().figure, Figure::Claims);
        assert!(keys(&mut app, "Enter").is_empty());
        assert!(
            status(&app).contains("no orders behind"),
            "{}",
            status(&app)
        );
        keys(&mut app, "j j");
        assert_eq!(app.today.selected_row().unwrap().figure, Figure::Overdue);
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::LoadOrders {
                title: "Overdue".into(),
                numbers: vec![1002],
                total: 1,
            }]
        );
        answer(
            &mut app,
            Answer::OrdersListed {
                title: "Overdue".into(),
                rows: vec![row(
                    1002,
                    QueueClass::AwaitingPayment,
                    Lifecycle::Confirmed,
                    7000,
                )],
                total: 1,
            },
        );
        assert_eq!(
            keys(&mut app, "Enter"),
            [Effect::LoadOrder {
                number: 1002,
                then: None
            }]
        );
        keys(&mut app, "Esc [");
        assert_eq!(keys(&mut app, "E"), [Effect::Export(Period::day(date(1)))]);
        keys(&mut app, "1");
        assert_eq!(keys(&mut app, "E"), [Effect::Export(Period::day(date(2)))]);
    }

    #[test]
    fn past_midnight_the_pane_follows_the_new_day() {
        let mut app = desk();
        keys(&mut app, "5 v");
        let tomorrow = at().fixed_offset() + chrono::Duration::days(1);
        let effects = app.update(Action::Clock(tomorrow));
        assert!(
            effects.contains(&Effect::LoadDay {
                period: Period::of(Span::Week, date(3)),
                now: tomorrow.naive_local(),
            }),
            "{effects:?}"
        );
    }
}
