//! The words of the core's errors, as messages: each variant is a catalog key with its
//! typed values, so the command line and the desk say it in the reader's language. (The
//! errors' `Display` stays English: it is what logs and tests of the core read.)

use super::catalog::{Arg, id};
use super::message::Message;
use crate::core::customer::PhoneError;
use crate::core::deadline::DeadlineError;
use crate::core::link::LinkError;
use crate::core::money::{Money, MoneyError};
use crate::core::names::UnknownName;
use crate::core::order::{OrderError, state_key};
use crate::core::paste::PasteTooLarge;
use crate::core::payment::PaymentError;
use crate::core::template::TemplateError;
use crate::msg;

/// Megabytes with one decimal, from a byte count (tenths, so no floating point).
fn megabytes_tenths(bytes: usize) -> i64 {
    (bytes as i64 * 10 + 512 * 1024) / (1024 * 1024)
}

impl MoneyError {
    pub fn message(&self) -> Message {
        match self {
            MoneyError::UnknownCurrency(code) => msg!(
                "error-unknown-currency",
                code = code,
                known = crate::core::money::Currency::example_codes(", ")
            ),
            MoneyError::NotAnAmount(text) => msg!("error-not-an-amount", text = text),
            MoneyError::TooManyDecimals {
                text,
                currency,
                exponent,
            } => msg!(
                "error-too-many-decimals",
                text = text,
                currency = currency.code(),
                exponent = *exponent
            ),
            MoneyError::CurrencyMismatch {
                text,
                found,
                expected,
            } => msg!(
                "error-currency-mismatch",
                text = text,
                found = found.code(),
                expected = expected.code()
            ),
            MoneyError::Ambiguous {
                text,
                grouped,
                decimal,
                exponent,
            } => msg!(
                "error-ambiguous-amount",
                text = text,
                grouped = grouped,
                decimal = decimal,
                exponent = *exponent
            ),
            MoneyError::Overflow(text) => msg!("error-amount-overflow", text = text),
            MoneyError::TooLarge { text, ceiling } => msg!(
                "error-amount-too-large",
                text = text,
                currency = ceiling.currency.code(),
                ceiling = *ceiling
            ),
            MoneyError::Mixed(a, b) => msg!("error-mixed-currencies", a = a.code(), b = b.code()),
        }
    }
}

impl OrderError {
    pub fn message(&self) -> Message {
        match self {
            OrderError::NotAllowed {
                number,
                lifecycle,
                fulfilment,
                why,
            } => msg!(
                "error-order-not-allowed",
                number = id(*number),
                state = Message::new(state_key(*lifecycle, *fulfilment)),
                why = Message::new(why)
            ),
            OrderError::Empty(number) => msg!("error-order-empty", number = id(*number)),
            OrderError::BadQuantity { sku, qty } => msg!(
                "error-bad-quantity",
                sku = sku,
                qty = *qty,
                max = crate::core::order::MAX_LINE_QTY
            ),
            OrderError::Negative(what) => msg!(
                "error-negative",
                what = if *what == "discount" {
                    "discount"
                } else {
                    "delivery"
                }
            ),
            OrderError::DiscountTooLarge { discount, before } => msg!(
                "error-discount-too-large",
                discount = *discount,
                before = *before
            ),
            OrderError::Money(e) => e.message(),
        }
    }
}

impl PaymentError {
    pub fn message(&self) -> Message {
        match self {
            PaymentError::NotPositive(m) => msg!("error-not-positive", amount = *m),
            PaymentError::WrongCurrency { found, expected } => msg!(
                "error-payment-currency",
                found = found.code(),
                expected = expected.code()
            ),
            PaymentError::NotClaimed { id, state } => msg!(
                "error-not-claimed",
                id = id,
                state = Message::new(state.key())
            ),
            PaymentError::RefundTooLarge { asked, refundable } => msg!(
                "error-refund-too-large",
                asked = *asked,
                refundable = *refundable
            ),
            PaymentError::ClaimedRefund => msg!("error-claimed-refund"),
        }
    }
}

impl PhoneError {
    pub fn message(&self) -> Message {
        match self {
            PhoneError::NotANumber(text) => msg!("error-not-a-phone", text = text),
            PhoneError::BadLength(text) => msg!("error-phone-length", text = text),
            PhoneError::UnknownCountry(code) => msg!("error-unknown-country", code = code),
            PhoneError::UnknownCallingCode(text) => msg!("error-phone-calling-code", text = text),
        }
    }
}

impl UnknownName {
    pub fn message(&self) -> Message {
        msg!(
            "error-unknown-name",
            given = self.given.as_str(),
            expected = self.expected.as_str()
        )
    }
}

impl LinkError {
    pub fn message(&self) -> Message {
        msg!(
            "error-link-not-allowed",
            state = Message::new(self.state.key()),
            why = Message::new(self.what)
        )
    }
}

impl TemplateError {
    pub fn message(&self) -> Message {
        match self {
            TemplateError::Unknown { name, known } => msg!(
                "error-template-unknown",
                name = name.as_str(),
                known = known.as_str()
            ),
            TemplateError::Unclosed(at) => msg!("error-template-unclosed", at = *at),
            TemplateError::Stray(at) => msg!("error-template-stray", at = *at),
        }
    }
}

impl PasteTooLarge {
    pub fn message(&self) -> Message {
        msg!(
            "error-paste-too-large",
            size = Arg::Decimal(megabytes_tenths(self.bytes), 1),
            most = Arg::Decimal(megabytes_tenths(self.limit.bytes()), 1),
            messages = Arg::Decimal(self.limit.messages() as i64, 0),
            split = self.limit.mebibytes()
        )
    }
}

impl DeadlineError {
    pub fn message(&self) -> Message {
        match self {
            DeadlineError::Unreadable(text) => msg!("error-deadline-unreadable", text = text),
            DeadlineError::Twice { text, what } => {
                msg!("error-deadline-twice", text = text, what = *what)
            }
            DeadlineError::NoSuchDate(text) => msg!("error-deadline-no-such-date", text = text),
            DeadlineError::NoSuchTime(text) => msg!("error-deadline-no-such-time", text = text),
            DeadlineError::Past(text) => msg!("error-deadline-past", deadline = text),
            DeadlineError::TooFar(text) => msg!("error-deadline-too-far", deadline = text),
        }
    }
}

/// An amount as its catalog argument (kept here so callers need not know `Arg`).
pub fn money_arg(m: Money) -> super::catalog::Arg {
    m.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;
    use crate::core::money::Currency;
    use crate::core::order::{Fulfilment, Lifecycle, OrderCommand, transition};

    /// The English words of a message are what the error always said.
    #[test]
    fn english_messages_read_as_the_errors_did() {
        let errors: Vec<(String, Message)> = vec![
            {
                let e = Money::parse("abc", Currency::BRL).unwrap_err();
                (e.to_string(), e.message())
            },
            {
                let e = transition(
                    1042,
                    Lifecycle::Draft,
                    Fulfilment::Unfulfilled,
                    OrderCommand::Advance(Fulfilment::Packing),
                )
                .unwrap_err();
                (e.to_string(), e.message())
            },
            {
                let e = PaymentError::NotPositive(Money::new(0, Currency::USD));
                (e.to_string(), e.message())
            },
            {
                let e = "shipped".parse::<Fulfilment>().unwrap_err();
                (e.to_string(), e.message())
            },
        ];
        for (display, message) in errors {
            let english = message.to_string();
            assert!(
                display.ends_with(english.split(": ").last().unwrap()) || display == english,
                "{display:?} vs {english:?}"
            );
        }
    }

    #[test]
    fn errors_in_portuguese() {
        let e = transition(
            7,
            Lifecycle::Cancelled,
            Fulfilment::Unfulfilled,
            OrderCommand::Confirm,
        )
        .unwrap_err();
        let pt = e.message().in_locale(Locale::PT_BR);
        assert!(pt.starts_with("o pedido #7 está cancelado"), "{pt}");
        let e = Money::parse("12,345", Currency::BRL).unwrap_err();
        let pt = e.message().in_locale(Locale::PT_BR);
        assert!(pt.contains("12,345") && !pt.contains("ambiguous"), "{pt}");
    }

    /// Each limit is said with its own size, message count and `split` size, in the
    /// reader's words and numbers, and in English as the error's own text.
    #[test]
    fn paste_limits_are_said_with_their_own_figures() {
        use crate::core::paste::PasteLimit;
        for (limit, bytes) in [
            (PasteLimit::Draft, 50 * 1024 * 1024),
            (PasteLimit::Parse, 200 * 1024 * 1024),
        ] {
            let e = limit.check(bytes).unwrap_err();
            assert_eq!(e.message().to_string(), e.to_string());
        }
        let e = PasteLimit::Parse.check(200 * 1024 * 1024).unwrap_err();
        let de = e.message().in_locale(Locale::DE);
        assert!(de.contains("200,0 MB") && de.contains("128,0 MB"), "{de}");
        assert!(
            de.contains("1.500.000 Nachrichten") && de.contains("split -C 128M"),
            "{de}"
        );
        let e = PasteLimit::Draft.check(9 * 1024 * 1024).unwrap_err();
        let pt = e.message().in_locale(Locale::PT_BR);
        assert!(
            pt.contains("100.000 mensagens") && pt.contains("split -C 8M"),
            "{pt}"
        );
    }
}
