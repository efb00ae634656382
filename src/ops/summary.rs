//! The order summary and its payment link, as they are pasted into the chat.
//!
//! The summary's `{link}` and `{expires}` come from the order's live payment link. Making the
//! summary (`order summary`) makes that link first when the provider is a fixed URL or a URL
//! template: free, deterministic, and the link then exists for reminders and verification.
//! A Stripe session is never made as a side effect of a summary (it is an API call that
//! creates something at Stripe): use `order link` or the desk's link key, and the summary
//! shows it from then on.

use chrono::{DateTime, Local, Utc};

use crate::msg;

use super::orders::OrderView;
use super::{Desk, OpError, Result};
use crate::core::order::Lifecycle;
use crate::core::summary::{SummaryInput, render_summary};

impl Desk {
    /// The summary of order `number`, rendered from the configured template; a free link
    /// (fixed or template) for the balance is made first when the summary should carry one
    /// (see [`Desk::wants_link`]) and none is live.
    pub fn order_summary(&mut self, number: i64) -> Result<String> {
        let view = self.order_view(number)?;
        if self.wants_link(&view) && self.live_link(&view)?.is_none() {
            let free =
                matches!(self.link_source(&view.order, None), Ok(Some((p, _))) if p.is_free());
            if free {
                self.order_link(number, None)?;
            }
        }
        let view = self.order_view(number)?;
        self.render_summary(&view)
    }

    /// Whether the summary asks to be paid by link: a confirmed order (a draft is a quote:
    /// nothing is reserved yet) with a balance that the customer's claims do not already
    /// cover (a "sent!" is being checked, not asked for again).
    pub fn wants_link(&self, view: &OrderView) -> bool {
        let due = view.balance();
        view.order.lifecycle == Lifecycle::Confirmed && due > 0 && view.totals.claimed < due
    }

    /// Renders the summary with the order's live link, if it has one; makes nothing.
    pub fn render_summary(&self, view: &OrderView) -> Result<String> {
        let link = self.live_link(view)?;
        let expires = link.as_ref().map(|l| l.expires_at);
        self.render_with(view, link.as_ref().map(|l| l.url.as_str()), expires)
    }

    /// The summary exactly as `order_summary` (the desk's `y`) would give it now, without
    /// writing anything: with the free link it would make, when it would make one.
    pub fn summary_as_copied(&self, view: &OrderView) -> Result<String> {
        if let Some(link) = self.live_link(view)? {
            return self.render_with(view, Some(&link.url), Some(link.expires_at));
        }
        let preview = if self.wants_link(view) {
            self.free_link_preview(view)?
        } else {
            None
        };
        match preview {
            Some((url, expires)) => self.render_with(view, Some(&url), Some(expires)),
            None => self.render_with(view, None, None),
        }
    }

    fn render_with(
        &self,
        view: &OrderView,
        link: Option<&str>,
        expires: Option<DateTime<Utc>>,
    ) -> Result<String> {
        let template = self
            .config
            .summary_template()
            .map_err(|e| OpError::Invalid(msg!("error-summary-template", why = e.message())))?;
        let locale = self.config.shop_locale();
        let expires = expires.map(|at| locale.date_time(at.with_timezone(&Local).naive_local()));
        Ok(render_summary(
            &template,
            &SummaryInput {
                locale,
                order: &view.order,
                customer: &view.customer.name,
                totals: view.totals,
                shop: &self.config.shop_name(locale),
                link,
                expires: expires.as_deref(),
            },
        )?)
    }
}
