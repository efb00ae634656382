//! Keys in the paste review / new-order form.

use super::effect::Effect;
use super::keymap::Command;
use super::order_flow::{deadline_prompt, line_specs};
use super::overlay::{Confirm, Overlay};
use super::prompt::{Ask, DeadlineOf, Prompt};
use super::review::{Review, ReviewMode};
use super::{App, Tone};
use crate::core::i18n::{Locale, id};
use crate::t;

impl App {
    pub(super) fn review_command(&mut self, command: Command) -> Vec<Effect> {
        let Some(Overlay::Review(review)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        match command {
            Command::Back => {
                let said = left_review(review, self.locale);
                if review.edited {
                    // Changes made by hand are not thrown away on one key.
                    let edit = if matches!(review.mode, ReviewMode::Edit(_)) {
                        "edit"
                    } else {
                        "review"
                    };
                    self.overlays.push(Overlay::Confirm(Confirm {
                        question: t!(self.locale, "confirm-leave-review", what = edit),
                        close_below: true,
                        said_on_yes: Some(said),
                        ..Confirm::default()
                    }));
                    return Vec::new();
                }
                self.overlays.pop();
                self.say(Tone::Info, said);
                Vec::new()
            }
            Command::Down => {
                review.move_line(1);
                Vec::new()
            }
            Command::Up => {
                review.move_line(-1);
                Vec::new()
            }
            Command::QtyUp => {
                review.change_qty(1);
                Vec::new()
            }
            Command::QtyDown => {
                review.change_qty(-1);
                Vec::new()
            }
            Command::RemoveLine => {
                review.remove_line();
                Vec::new()
            }
            Command::NextDraft => {
                review.next_draft();
                Vec::new()
            }
            Command::AddLine => self.open_product_picker(None, String::new()),
            Command::ChangeProduct => {
                let line = review.line;
                let said = review
                    .draft()
                    .and_then(|d| d.lines.get(line))
                    .map(|l| l.said.clone());
                match said {
                    Some(said) => self.open_product_picker(Some(line), said),
                    None => self.open_product_picker(None, String::new()),
                }
            }
            Command::PickCustomer => self.open_customer_picker(),
            Command::EditAddress => {
                let current = review
                    .draft()
                    .and_then(|d| {
                        d.address
                            .clone()
                            .or_else(|| d.customer.as_ref()?.known.as_ref()?.last_address.clone())
                    })
                    .unwrap_or_default();
                let loc = self.locale;
                self.overlays.push(Overlay::Prompt(Prompt::new(
                    t!(loc, "prompt-address"),
                    t!(loc, "prompt-address-hint"),
                    current,
                    Ask::Address,
                )));
                Vec::new()
            }
            Command::Deadline => {
                let current = review.draft().and_then(|d| d.deadline);
                self.overlays.push(Overlay::Prompt(deadline_prompt(
                    t!(self.locale, "prompt-deadline"),
                    current,
                    DeadlineOf::Review,
                    self.locale,
                    self.date_order,
                )));
                Vec::new()
            }
            Command::LastAddress => {
                let last = review
                    .draft()
                    .and_then(|d| d.customer.as_ref()?.known.as_ref()?.last_address.clone());
                match last {
                    Some(address) => {
                        review.edited = true;
                        if let Some(d) = review.draft_mut() {
                            d.address = Some(address.clone());
                            d.pickup = false;
                        }
                        let text = t!(self.locale, "review-last-address-used", address = address);
                        self.say(Tone::Info, text);
                    }
                    None => {
                        let text = t!(self.locale, "review-no-last-address");
                        self.say(Tone::Info, text);
                    }
                }
                Vec::new()
            }
            Command::NewInstead => {
                if let Some(d) = review.draft_mut()
                    && let Some(c) = d.continues
                {
                    d.new_instead = !d.new_instead;
                    let number = id(c.order.number);
                    let said = if d.new_instead {
                        t!(self.locale, "review-new-instead", number = number)
                    } else {
                        t!(self.locale, "review-updates-instead", number = number)
                    };
                    self.say(Tone::Info, said);
                }
                Vec::new()
            }
            Command::DeliveryFee | Command::Discount => {
                let discount = command == Command::Discount;
                let current = review
                    .draft()
                    .and_then(|d| if discount { d.discount } else { d.delivery });
                let currency = review
                    .draft()
                    .and_then(|d| d.lines.first().map(|l| l.unit_price.currency))
                    .unwrap_or(self.currency);
                let loc = self.locale;
                let (title, hint) = if discount {
                    (t!(loc, "prompt-discount"), t!(loc, "prompt-discount-hint"))
                } else {
                    (
                        t!(loc, "prompt-delivery-fee"),
                        t!(loc, "prompt-delivery-fee-hint"),
                    )
                };
                self.overlays.push(Overlay::Prompt(Prompt::new(
                    title,
                    hint,
                    current.map(|m| loc.typed_amount(m)).unwrap_or_default(),
                    Ask::Charge { discount, currency },
                )));
                Vec::new()
            }
            Command::CreateOrder => self.write_review(true),
            Command::SaveDraft => self.write_review(false),
            _ => Vec::new(),
        }
    }

    /// Enter (create and confirm) or `s` (keep as a draft).
    fn write_review(&mut self, confirm: bool) -> Vec<Effect> {
        let Some(Overlay::Review(review)) = self.overlays.last() else {
            return Vec::new();
        };
        let Some(draft) = review.draft() else {
            return Vec::new();
        };
        // An edit, or a paste that continues an order an earlier paste made: that order
        // is updated (a new version once confirmed) instead of a second one created.
        let updates = match review.mode {
            ReviewMode::Edit(order) => Some(order),
            _ => draft.updates(),
        };
        if let Some(order) = updates {
            if draft.lines.is_empty() {
                self.say(Tone::Bad, t!(self.locale, "review-edit-needs-lines"));
                return Vec::new();
            }
            let address = if draft.pickup {
                None
            } else {
                draft.address.clone()
            };
            return vec![Effect::EditLines {
                order,
                lines: line_specs(review),
                address,
                deadline: draft.deadline,
                delivery: draft.delivery,
                discount: draft.discount,
            }];
        }
        let loc = self.locale;
        let blocker = if confirm {
            draft.blocker(loc)
        } else if draft.customer.is_none() {
            Some(t!(loc, "review-needs-customer"))
        } else if draft.lines.is_empty() {
            Some(t!(loc, "review-needs-lines"))
        } else {
            None
        };
        if let Some(why) = blocker {
            self.say(Tone::Bad, why);
            return Vec::new();
        }
        let Some(spec) = draft.spec(loc) else {
            return Vec::new();
        };
        vec![Effect::CreateOrder { spec, confirm }]
    }
}

/// What leaving the review says: what it wrote, and what it did not.
fn left_review(review: &Review, loc: Locale) -> String {
    let what = if matches!(review.mode, ReviewMode::Edit(_)) {
        "edit"
    } else {
        "review"
    };
    let numbers = review
        .written
        .iter()
        .map(|n| format!("#{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    match review.written.len() {
        0 => t!(loc, "review-left", what = what),
        written => t!(
            loc,
            "review-left-some",
            what = what,
            numbers = numbers,
            written = written,
            left = review.drafts.len()
        ),
    }
}
