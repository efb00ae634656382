//! The order summary pasted back into the chat: the agreement in writing.

use super::i18n::{Arg, Locale};
use super::money::MoneyError;
use super::order::{Lifecycle, Order};
use super::payment::Totals;
use super::template::{Template, TemplateError};
use crate::t;

/// Placeholders a summary template may use.
pub const SUMMARY_FIELDS: &[&str] = &[
    "order_no", "revision", "quote", "customer", "items", "subtotal", "delivery", "discount",
    "total", "paid", "refunded", "claimed", "balance", "link", "expires", "shop", "address",
    "notes", "deadline",
];

/// The built-in summary in the shop's language, as a {placeholder} template: the catalog's
/// `summary-template` with each Fluent variable standing for the placeholder of its name.
pub fn default_summary_template(locale: Locale) -> String {
    locale.message("summary-template", &placeholders(SUMMARY_FIELDS))
}

/// Each field as the argument "{field}", so a catalog message becomes a template.
pub fn placeholders(fields: &[&'static str]) -> Vec<(&'static str, Arg)> {
    fields
        .iter()
        .map(|f| (*f, Arg::Text(format!("{{{f}}}"))))
        .collect()
}

pub fn parse_summary_template(text: &str) -> Result<Template, TemplateError> {
    Template::parse(text, SUMMARY_FIELDS)
}

/// Everything a summary shows; times arrive already formatted in local time by the caller.
pub struct SummaryInput<'a> {
    pub order: &'a Order,
    pub customer: &'a str,
    pub totals: Totals,
    pub shop: &'a str,
    /// The shop's language: money in its form, the quote line, the revision and the
    /// deadline ("Sat 5 Dec, by 18:00") in its words.
    pub locale: Locale,
    pub link: Option<&'a str>,
    pub expires: Option<&'a str>,
}

/// Renders the summary. Zero amounts (no delivery fee, nothing paid yet) leave their lines out.
pub fn render_summary(template: &Template, input: &SummaryInput) -> Result<String, MoneyError> {
    let order = input.order;
    let money = |minor: i64| input.locale.money(order.money(minor));
    let nonzero = |minor: i64| (minor != 0).then(|| money(minor));
    let total = order.total()?.minor;
    let subtotal = order.subtotal()?.minor;
    // Money in and money back are stated apart; the balance is THE balance
    // (`Totals::balance`), the same the order view, the link and the command line show.
    let received = input.totals.received;
    let balance = order.balance(input.totals);
    let items = order
        .lines
        .iter()
        .map(|l| {
            let amount = order.money(l.unit_price).checked_mul(l.qty)?;
            Ok(format!(
                "• {}× {} — {}",
                l.qty,
                l.display_name(),
                input.locale.money(amount)
            ))
        })
        .collect::<Result<Vec<_>, MoneyError>>()?
        .join("\n");
    Ok(template.render(|field| match field {
        "order_no" => Some(order.number.to_string()),
        "revision" => (order.revision > 1)
            .then(|| t!(input.locale, "summary-revision", revision = order.revision)),
        // A draft is a quote: nothing is reserved until the customer says yes.
        "quote" => (order.lifecycle == Lifecycle::Draft).then(|| t!(input.locale, "summary-quote")),
        "claimed" => nonzero(input.totals.claimed),
        "customer" => Some(input.customer.to_string()),
        "items" => Some(items.clone()),
        "subtotal" => Some(money(subtotal)),
        "delivery" => nonzero(order.delivery_fee),
        "discount" => nonzero(order.discount),
        "total" => Some(money(total)),
        "paid" => nonzero(received),
        "refunded" => nonzero(input.totals.refunded),
        // Only a part payment leaves a balance worth stating; never a negative "due".
        "balance" => (received != 0 && balance > 0).then(|| money(balance)),
        "link" => input.link.map(str::to_string),
        "expires" => input.expires.map(str::to_string),
        "shop" => Some(input.shop.to_string()),
        "address" => order.address.clone(),
        "notes" => Some(order.notes.clone()),
        "deadline" => order.deadline.map(|d| d.words(input.locale)),
        _ => None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;
    use crate::core::order::{Fulfilment, Lifecycle, OrderLine};
    use chrono::{DateTime, Utc};
    use uuid::Uuid;

    fn order() -> Order {
        Order {
            id: Uuid::nil(),
            number: 1042,
            customer_id: Uuid::nil(),
            currency: Currency::BRL,
            lines: vec![
                OrderLine {
                    sku: "JKT-BLU-M".into(),
                    name: "Leather Jacket".into(),
                    variant: "Blue / M".into(),
                    qty: 2,
                    unit_price: 18000,
                },
                OrderLine {
                    sku: "SCF".into(),
                    name: "Wool Scarf".into(),
                    variant: String::new(),
                    qty: 1,
                    unit_price: 4990,
                },
            ],
            delivery_fee: 1500,
            discount: 0,
            notes: String::new(),
            deadline: None,
            staff_notes: String::new(),
            address: Some("Rua Augusta 500, São Paulo".into()),
            lifecycle: Lifecycle::Confirmed,
            fulfilment: Fulfilment::Unfulfilled,
            revision: 2,
            version: 3,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        }
    }

    #[test]
    fn default_templates_parse() {
        for (name, _) in crate::core::i18n::CATALOG_FILES {
            let locale: Locale = name.parse().unwrap();
            let text = default_summary_template(locale);
            assert!(parse_summary_template(&text).is_ok(), "{name}: {text}");
            for field in SUMMARY_FIELDS {
                if *field != "revision" {
                    assert!(
                        text.contains(&format!("{{{field}}}")),
                        "{name} lacks {field}"
                    );
                }
            }
        }
    }

    #[test]
    fn summary_reads_like_an_agreement() {
        let t = parse_summary_template(&default_summary_template(Locale::EN)).unwrap();
        let mut order = order();
        order.deadline = Some(crate::core::deadline::Deadline::new(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            chrono::NaiveTime::from_hms_opt(18, 0, 0),
        ));
        let totals = Totals {
            received: 10000,
            refunded: 0,
            claimed: 0,
        };
        let input = SummaryInput {
            order: &order,
            customer: "Mei Chen",
            totals,
            shop: "Loja Azul",
            locale: Locale::EN,
            link: Some("https://pay.example/1042"),
            expires: Some("Mar 3, 18:00"),
        };
        let text = render_summary(&t, &input).unwrap();
        assert_eq!(
            text,
            "*Loja Azul* · Order #1042 (v2)\n\
             Mei Chen\n\
             • 2× Leather Jacket Blue / M — R$ 360,00\n\
             • 1× Wool Scarf — R$ 49,90\n\
             Subtotal: R$ 409,90\n\
             Delivery fee: R$ 15,00\n\
             *Total: R$ 424,90*\n\
             Paid: R$ 100,00\n\
             Balance due: R$ 324,90\n\
             Delivery: Sat 5 Dec, by 18:00\n\
             Deliver to: Rua Augusta 500, São Paulo\n\
             Pay here: https://pay.example/1042\n\
             Link valid until Mar 3, 18:00"
        );
    }

    #[test]
    fn a_refund_leaves_the_one_balance() {
        // $70 order, $50 paid, $20 refunded: $20 is due, as everywhere else (not $40).
        let t = parse_summary_template(&default_summary_template(Locale::EN)).unwrap();
        let mut o = order();
        o.currency = Currency::USD;
        o.lines.truncate(1);
        o.lines[0].qty = 1;
        o.lines[0].unit_price = 6000;
        o.delivery_fee = 1000;
        let input = SummaryInput {
            order: &o,
            customer: "Mei",
            totals: Totals {
                received: 5000,
                refunded: 2000,
                claimed: 0,
            },
            shop: "Shop",
            locale: Locale::EN,
            link: None,
            expires: None,
        };
        let text = render_summary(&t, &input).unwrap();
        assert!(text.contains("*Total: $70.00*"), "{text}");
        assert!(text.contains("Paid: $50.00\nRefunded: $20.00\n"), "{text}");
        assert!(text.contains("Balance due: $20.00"), "{text}");
    }

    #[test]
    fn each_language_reads_its_own_way() {
        let cases = [
            (
                Locale::PT_PT,
                "Encomenda #1042 (v2)",
                "Morada de entrega: Rua Augusta",
            ),
            (Locale::ES, "Pedido #1042 (v2)", "Costo de envío: $ 15,00"),
            (
                Locale::DE,
                "Bestellung #1042 (v2)",
                "Versandkosten: 15,00 R$",
            ),
        ];
        for (locale, head, line) in cases {
            let t = parse_summary_template(&default_summary_template(locale)).unwrap();
            let mut o = order();
            if locale == Locale::ES {
                o.currency = Currency::COP;
            }
            let input = SummaryInput {
                locale,
                order: &o,
                customer: "Mei",
                totals: Totals::default(),
                shop: "Loja",
                link: None,
                expires: None,
            };
            let text = render_summary(&t, &input).unwrap();
            assert!(
                text.contains(head) && text.contains(line),
                "{locale}: {text}"
            );
        }
    }

    #[test]
    fn unpaid_order_without_link_stays_short() {
        let t = parse_summary_template(&default_summary_template(Locale::PT_BR)).unwrap();
        let mut o = order();
        o.revision = 1;
        o.delivery_fee = 0;
        o.address = None;
        let input = SummaryInput {
            order: &o,
            customer: "Mei",
            totals: Totals::default(),
            shop: "Loja",
            locale: Locale::PT_BR,
            link: None,
            expires: None,
        };
        let text = render_summary(&t, &input).unwrap();
        assert!(text.starts_with("*Loja* · Pedido #1042\n"), "{text}");
        assert!(!text.contains("Entrega") && !text.contains("Pague") && !text.contains("Pago:"));
        assert!(text.contains("*Total: R$ 409,90*"));
    }
}
