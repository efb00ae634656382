//! The order summary and the payment link, as they are pasted into the chat.

use chrono::{Duration, Local};

use super::orders::OrderView;
use super::{Desk, OpError, Result};
use crate::core::money::decimal_string;
use crate::core::summary::{SummaryInput, render_summary};

impl Desk {
    /// The summary of order `number`, rendered from the configured template.
    pub fn order_summary(&self, number: i64) -> Result<String> {
        let view = self.order_view(number)?;
        self.render_summary(&view)
    }

    pub fn render_summary(&self, view: &OrderView) -> Result<String> {
        let template = self
            .config
            .summary_template()
            .map_err(|e| OpError::Invalid(format!("templates.summary in the config: {e}")))?;
        let link = self.payment_link(view)?;
        let expires = link.as_ref().map(|_| {
            self.link_expiry(view)
                .with_timezone(&Local)
                .format("%b %-d, %H:%M")
                .to_string()
        });
        Ok(render_summary(
            &template,
            &SummaryInput {
                order: &view.order,
                customer: &view.customer.name,
                totals: view.totals,
                shop: &self.config.shop.name,
                link: link.as_deref(),
                expires: expires.as_deref(),
            },
        )?)
    }

    /// The payment link from `payment_link.url_template`, for the balance due; None when no
    /// template is configured or nothing is due.
    pub fn payment_link(&self, view: &OrderView) -> Result<Option<String>> {
        let Some(template) = self
            .config
            .link_template()
            .map_err(|e| OpError::Invalid(format!("payment_link.url_template in the config: {e}")))?
        else {
            return Ok(None);
        };
        let due = view.totals.balance(view.total());
        if due <= 0 {
            return Ok(None);
        }
        let order = &view.order;
        let expires = self.link_expiry(view).timestamp();
        Ok(Some(template.render(|field| {
            Some(match field {
                "order_no" => order.number.to_string(),
                "amount" => decimal_string(due, order.currency),
                "amount_minor" => due.to_string(),
                "currency" => order.currency.code().to_string(),
                "phone" => view.customer.phone.clone().unwrap_or_default().replace('+', ""),
                "reference" => format!("{}-{}", order.number, order.revision),
                "expires_unix" => expires.to_string(),
                _ => return None,
            })
        })))
    }

    /// A template link is valid for `expiry_hours` from the order's last change.
    fn link_expiry(&self, view: &OrderView) -> chrono::DateTime<chrono::Utc> {
        view.order.updated_at + Duration::hours(self.config.payment_link.expiry_hours)
    }
}
