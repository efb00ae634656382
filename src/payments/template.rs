//! A template link: a URL built from the order, for regional gateways and Pix pages.

use super::provider::{CreatedLink, LinkProvider, LinkRequest, ProviderError};
use crate::core::money::decimal_string;
use crate::core::template::Template;

/// Placeholders a link template may use (the config checks them on load).
pub const LINK_FIELDS: &[&str] = &[
    "order_no",
    "amount",
    "amount_minor",
    "currency",
    "phone",
    "reference",
    "expires_unix",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateLink {
    template: Template,
}

impl TemplateLink {
    pub fn new(template: Template) -> TemplateLink {
        TemplateLink { template }
    }

    pub fn parse(text: &str) -> Result<TemplateLink, ProviderError> {
        Template::parse(text.trim(), LINK_FIELDS)
            .map(TemplateLink::new)
            .map_err(|e| ProviderError::Config(format!("the link template: {e}")))
    }

    /// The URL for a request; pure, so a summary can show it without making anything.
    pub fn render(&self, r: &LinkRequest) -> String {
        let currency = r.due.currency;
        self.template.render(|field| {
            Some(match field {
                "order_no" => r.order_no.to_string(),
                "amount" => decimal_string(r.due.minor, currency),
                "amount_minor" => r.due.minor.to_string(),
                "currency" => currency.code().to_string(),
                // Gateways want digits: "+55 11…" becomes "5511…".
                "phone" => r.phone.unwrap_or_default().replace('+', ""),
                "reference" => format!("{}-{}", r.order_no, r.revision),
                "expires_unix" => r.expires_at.timestamp().to_string(),
                _ => return None,
            })
        })
    }
}

impl LinkProvider for TemplateLink {
    fn create(&self, request: &LinkRequest) -> Result<CreatedLink, ProviderError> {
        let url = self.render(request);
        super::fixed::check_url(&url)
            .map_err(|e| ProviderError::Config(format!("the link template made a bad URL: {e}")))?;
        Ok(CreatedLink {
            url,
            external_id: None,
            expires_at: request.expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::{Currency, Money};
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    #[test]
    fn every_placeholder_is_filled_from_the_order() {
        let link = TemplateLink::parse(
            "https://pix.example/pay?o={order_no}&v={amount}&c={amount_minor}{currency}&t={phone}&r={reference}&e={expires_unix}",
        )
        .unwrap();
        let request = LinkRequest {
            order_no: 1042,
            order_id: Uuid::nil(),
            revision: 2,
            due: Money::new(21550, Currency::BRL),
            phone: Some("+5511987654321"),
            description: "Order #1042",
            expires_at: Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap(),
            idempotency_key: "k",
        };
        let made = link.create(&request).unwrap();
        assert_eq!(
            made.url,
            "https://pix.example/pay?o=1042&v=215.50&c=21550BRL&t=5511987654321&r=1042-2&e=1772532000"
        );
        assert_eq!(made.external_id, None);
        assert!(TemplateLink::parse("https://x/{totl}").is_err());
        let bad = TemplateLink::parse("{phone}").unwrap();
        assert!(
            bad.create(&request).is_err(),
            "a template that makes no URL is refused"
        );
    }
}
