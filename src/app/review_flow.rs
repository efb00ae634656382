//! Keys in the paste review / new-order form.

use super::effect::Effect;
use super::keymap::Command;
use super::order_flow::line_specs;
use super::overlay::Overlay;
use super::prompt::{Ask, Prompt};
use super::review::ReviewMode;
use super::{App, Tone};
use crate::t;

impl App {
    pub(super) fn review_command(&mut self, command: Command) -> Vec<Effect> {
        let Some(Overlay::Review(review)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        match command {
            Command::Back => {
                let what = if matches!(review.mode, ReviewMode::Edit(_)) {
                    "edit"
                } else {
                    "review"
                };
                self.overlays.pop();
                self.say(Tone::Info, t!(self.locale, "review-left", what = what));
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
        if let ReviewMode::Edit(order) = review.mode {
            if draft.lines.is_empty() {
                self.say(Tone::Bad, t!(self.locale, "review-edit-needs-lines"));
                return Vec::new();
            }
            let (lines, address) = (line_specs(review), draft.address.clone());
            return vec![Effect::EditLines {
                order,
                lines,
                address,
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
