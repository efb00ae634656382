//! `:` — the desk's command line: an order number, a pane, a customer, or any action by its
//! name, narrowed fuzzily as you type, Tab completing the chosen one.

use super::effect::Effect;
use super::keymap::{BINDINGS, Command, Context};
use super::overlay::Overlay;
use super::panes::PaneId;
use super::picker::{Pick, PickItem, PickValue, Picker};
use super::rows::CustomerHit;
use super::{App, Tone};
use crate::core::i18n::{Locale, id};
use crate::t;

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
        let loc = self.locale;
        let picker = Picker::new(
            t!(loc, "palette-title"),
            palette_items("", &[], loc),
            Pick::Palette,
        );
        self.overlays.push(Overlay::Picker(picker));
        Vec::new()
    }

    /// The typed text changed: the order it names, and the customers it names (asked of
    /// the book).
    pub(super) fn palette_typed(&mut self) -> Vec<Effect> {
        let loc = self.locale;
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        let typed = p.typed().trim().to_string();
        let hits = customers_of(&p.items, loc);
        p.set_items(palette_items(&typed, &hits, loc));
        let letters = typed.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 {
            vec![Effect::FindCustomers(typed)]
        } else {
            Vec::new()
        }
    }

    /// Customers found for the typed text join the choices.
    pub(super) fn palette_customers(&mut self, hits: Vec<CustomerHit>) {
        let loc = self.locale;
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
        p.set_items(palette_items(&typed, &hits, loc));
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
                    self.say(Tone::Info, t!(self.locale, "palette-not-here"));
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
fn customers_of(items: &[PickItem], loc: Locale) -> Vec<(uuid::Uuid, String, String)> {
    let prefix = t!(loc, "palette-customer", name = "");
    items
        .iter()
        .filter_map(|i| match i.value {
            PickValue::History(id) => Some((
                id,
                i.label.trim_start_matches(prefix.as_str()).to_string(),
                i.detail.clone(),
            )),
            _ => None,
        })
        .collect()
}

/// Every choice: the order the text names, the panes, the customers found, every action.
fn palette_items(
    typed: &str,
    customers: &[(uuid::Uuid, String, String)],
    loc: Locale,
) -> Vec<PickItem> {
    let mut items = Vec::new();
    if let Ok(n) = typed.trim_start_matches('#').parse::<i64>()
        && n > 0
    {
        items.push(PickItem {
            label: t!(loc, "palette-order", number = id(n)),
            detail: t!(loc, "palette-order-detail"),
            value: PickValue::Order(n),
        });
    }
    for pane in PaneId::ALL {
        items.push(PickItem {
            label: t!(loc, "palette-pane", pane = loc.text(pane.title())),
            detail: t!(loc, "palette-key", key = (pane.index() + 1).to_string()),
            value: PickValue::Pane(pane),
        });
    }
    for (id, name, phone) in customers {
        items.push(PickItem {
            label: t!(loc, "palette-customer", name = name.as_str()),
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
                matches!(i.value, PickValue::Action(_, c) if c == b.command)
                    && i.label == loc.text(b.help)
            });
            if already {
                continue;
            }
            items.push(PickItem {
                label: loc.text(b.help),
                detail: format!(
                    "{} · {}",
                    super::keymap::key_name(b.shown, loc),
                    loc.text(context.title())
                ),
                value: PickValue::Action(context, b.command),
            });
        }
    }
    items
}
