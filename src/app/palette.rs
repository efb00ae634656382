//! `:` — the desk's command line: an order number, a pane, a customer, or any action by its
//! name, narrowed fuzzily as you type, Tab completing the chosen one.

use super::effect::Effect;
use super::keymap::{BINDINGS, Command, Context};
use super::overlay::Overlay;
use super::panes::PaneId;
use super::picker::{Pick, PickItem, PickValue, Picker};
use super::rows::CustomerHit;
use super::{App, Tone};

/// Commands that move around rather than do something: not offered by name.
fn offered(command: Command) -> bool {
    !matches!(
        command,
        Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::HalfUp
            | Command::HalfDown
            | Command::Top
            | Command::Bottom
            | Command::Jump
            | Command::Back
            | Command::Pane(_)
            | Command::NextPane
            | Command::PrevPane
    )
}

impl App {
    pub(super) fn open_palette(&mut self) -> Vec<Effect> {
        let picker = Picker::new(
            "Go to or do: an order number, a pane, a customer or an action (Tab completes)",
            palette_items("", &[]),
            Pick::Palette,
        );
        self.overlays.push(Overlay::Picker(picker));
        Vec::new()
    }

    /// The typed text changed: the order it names, and the customers it names (asked of
    /// the book).
    pub(super) fn palette_typed(&mut self) -> Vec<Effect> {
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        let typed = p.typed().trim().to_string();
        let hits = customers_of(&p.items);
        p.set_items(palette_items(&typed, &hits));
        let letters = typed.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 {
            vec![Effect::FindCustomers(typed)]
        } else {
            Vec::new()
        }
    }

    /// Customers found for the typed text join the choices.
    pub(super) fn palette_customers(&mut self, hits: Vec<CustomerHit>) {
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return;
        };
        let typed = p.typed().trim().to_string();
        let hits: Vec<(uuid::Uuid, String, String)> = hits
            .into_iter()
            .take(8)
            .map(|h| {
                let phone = h
                    .phone
                    .as_deref()
                    .map(crate::core::customer::display_phone)
                    .unwrap_or_default();
                (h.id, h.name, phone)
            })
            .collect();
        p.set_items(palette_items(&typed, &hits));
    }

    pub(super) fn palette_chosen(&mut self, value: PickValue) -> Vec<Effect> {
        match value {
            PickValue::Order(number) => vec![Effect::LoadOrder {
                number,
                then: Some(Command::Jump),
            }],
            PickValue::Pane(pane) => {
                self.overlays.clear();
                self.pane = pane;
                self.reload_visible()
            }
            PickValue::History(id) => vec![Effect::LoadHistory(id)],
            PickValue::Action(context, command) => {
                // An action of another pane runs there, on its selected row.
                let pane = match context {
                    Context::Orders | Context::Order => Some(PaneId::Orders),
                    Context::Inventory => Some(PaneId::Inventory),
                    Context::Customers => Some(PaneId::Customers),
                    Context::Payments => Some(PaneId::Payments),
                    Context::Today => Some(PaneId::Today),
                    _ => None,
                };
                let in_detail = matches!(self.overlays.last(), Some(Overlay::Detail(_)));
                let mut effects = Vec::new();
                if let Some(pane) = pane
                    && !(context == Context::Order && in_detail)
                    && (self.pane != pane || !self.overlays.is_empty())
                {
                    self.overlays.clear();
                    self.pane = pane;
                    effects.extend(self.reload_visible());
                }
                let here = self.context();
                if !matches!(
                    here,
                    Context::Orders
                        | Context::Detail
                        | Context::Inventory
                        | Context::Customers
                        | Context::Payments
                        | Context::Today
                        | Context::History
                ) {
                    self.say(Tone::Info, "that action is not for this screen");
                    return effects;
                }
                effects.extend(self.pane_command(here, command));
                effects
            }
            _ => Vec::new(),
        }
    }
}

/// The customers among a palette's current choices (kept while the text changes).
fn customers_of(items: &[PickItem]) -> Vec<(uuid::Uuid, String, String)> {
    items
        .iter()
        .filter_map(|i| match i.value {
            PickValue::History(id) => Some((
                id,
                i.label.trim_start_matches("customer ").to_string(),
                i.detail.clone(),
            )),
            _ => None,
        })
        .collect()
}

/// Every choice: the order the text names, the panes, the customers found, every action.
fn palette_items(typed: &str, customers: &[(uuid::Uuid, String, String)]) -> Vec<PickItem> {
    let mut items = Vec::new();
    if let Ok(n) = typed.trim_start_matches('#').parse::<i64>()
        && n > 0
    {
        items.push(PickItem {
            label: format!("order #{n}"),
            detail: "open it (and select it in the queue)".into(),
            value: PickValue::Order(n),
        });
    }
    for pane in PaneId::ALL {
        items.push(PickItem {
            label: format!("{} pane", pane.title().to_lowercase()),
            detail: format!("key {}", pane.index() + 1),
            value: PickValue::Pane(pane),
        });
    }
    for (id, name, phone) in customers {
        items.push(PickItem {
            label: format!("customer {name}"),
            detail: phone.clone(),
            value: PickValue::History(*id),
        });
    }
    let contexts = [
        Context::Order,
        Context::Orders,
        Context::Inventory,
        Context::Customers,
        Context::Payments,
        Context::Today,
        Context::Global,
    ];
    for context in contexts {
        for b in BINDINGS
            .iter()
            .filter(|b| b.context == context && offered(b.command))
        {
            let already = items.iter().any(|i| {
                matches!(i.value, PickValue::Action(_, c) if c == b.command) && i.label == b.help
            });
            if already {
                continue;
            }
            items.push(PickItem {
                label: b.help.to_string(),
                detail: format!("{} · {}", b.shown, context.title()),
                value: PickValue::Action(context, b.command),
            });
        }
    }
    items
}
