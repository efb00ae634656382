//! The order summary and its payment link, as they are pasted into the chat.
//!
//! The summary's `{link}` and `{expires}` come from the order's live payment link. Making the
//! summary (`order summary`) makes that link first when the provider is a fixed URL or a URL
//! template: free, deterministic, and the link then exists for reminders and verification.
//! A Stripe session is never made as a side effect of a summary (it is an API call that
//! creates something at Stripe): use `order link` or the desk's link key, and the summary
//! shows it from then on.

use crate::msg;
use chrono::Local;

use super::orders::OrderView;
use super::{Desk, OpError, Result};
use crate::core::order::Lifecycle;
use crate::core::summary::{SummaryInput, render_summary};

impl Desk {
    /// The summary of order `number`, rendered from the configured template; a free link
    /// (fixed or template) for the balance is made first if the order has none live.
    pub fn order_summary(&mut self, number: i64) -> Result<String> {
        let view = self.order_view(number)?;
        let due = view.totals.balance(view.total());
        let open = matches!(
            view.order.lifecycle,
            Lifecycle::Draft | Lifecycle::Confirmed
        );
        if open && due > 0 && self.live_link(&view)?.is_none() {
            let free =
                matches!(self.link_source(&view.order, None), Ok(Some((p, _))) if p.is_free());
            if free {
                self.order_link(number, None)?;
            }
        }
        let view = self.order_view(number)?;
        self.render_summary(&view)
    }

    /// Renders the summary with the order's live link, if it has one; makes nothing.
    pub fn render_summary(&self, view: &OrderView) -> Result<String> {
        let template = self
            .config
            .summary_template()
            .map_err(|e| OpError::Invalid(msg!("error-summary-template", why = e.message())))?;
        let link = self.live_link(view)?;
        let locale = self.config.shop_locale();
        let expires = link
            .as_ref()
            .map(|l| locale.date_time(l.expires_at.with_timezone(&Local).naive_local()));
        Ok(render_summary(
            &template,
            &SummaryInput {
                locale,
                order: &view.order,
                customer: &view.customer.name,
                totals: view.totals,
                shop: &self.config.shop.name,
                link: link.as_ref().map(|l| l.url.as_str()),
                expires: expires.as_deref(),
            },
        )?)
    }
}
