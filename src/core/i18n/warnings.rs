//! The chat reader's warnings about a draft, as messages: the reader types what it noticed
//! (`DraftWarning`), and the desk and the command line say it in the reader's language.
//! (The warning's `Display` stays English: JSON and the reader's own tests read it.)

use super::message::Message;
use crate::core::chat::DraftWarning;
use crate::msg;

impl DraftWarning {
    pub fn message(&self) -> Message {
        match self {
            DraftWarning::NoCustomer => msg!("draft-no-customer"),
            DraftWarning::NoProducts => msg!("draft-no-products"),
            DraftWarning::EmptyCatalog => msg!("draft-empty-catalog"),
            DraftWarning::GaveUp { source } => msg!("draft-gave-up", source = *source),
            DraftWarning::TotalDiffers { chat, lines } => {
                msg!("draft-total-differs", chat = *chat, lines = *lines)
            }
            DraftWarning::ForeignClaim {
                source,
                claimed,
                shop,
            } => msg!(
                "draft-foreign-claim",
                source = *source,
                claimed = claimed.code(),
                shop = shop.code()
            ),
            DraftWarning::RemovesNothing { source } => {
                msg!("draft-removes-nothing", source = *source)
            }
            DraftWarning::ClaimAboveOrder {
                source,
                claimed,
                order,
            } => msg!(
                "draft-claim-above-order",
                source = *source,
                claimed = *claimed,
                order = *order
            ),
            DraftWarning::Ambiguous {
                product,
                said,
                fits,
            } => msg!(
                "draft-ambiguous",
                product = product.as_str(),
                said = said.as_str(),
                fits = fits.join(", ")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::chat::DraftWarning;
    use crate::core::i18n::Locale;
    use crate::core::money::{Currency, Money};

    #[test]
    fn every_warning_reads_as_english_says_it_and_in_the_staffs_words() {
        let brl = |minor| Money::new(minor, Currency::BRL);
        let all = [
            DraftWarning::NoCustomer,
            DraftWarning::NoProducts,
            DraftWarning::GaveUp { source: 5 },
            DraftWarning::EmptyCatalog,
            DraftWarning::TotalDiffers {
                chat: brl(25000),
                lines: brl(24000),
            },
            DraftWarning::ForeignClaim {
                source: 3,
                claimed: Currency::USD,
                shop: Currency::BRL,
            },
            DraftWarning::RemovesNothing { source: 4 },
            DraftWarning::ClaimAboveOrder {
                source: 6,
                claimed: brl(7000),
                order: brl(5000),
            },
            DraftWarning::Ambiguous {
                product: "Camiseta".into(),
                said: "a azul".into(),
                fits: vec!["Azul / M".into(), "Azul / G".into()],
            },
        ];
        for w in &all {
            // English words the same as the reader's own sentence (money in English's form).
            assert_eq!(w.message().in_locale(Locale::EN), w.to_string());
            for loc in [Locale::PT_BR, Locale::ES, Locale::DE] {
                assert_ne!(
                    w.message().in_locale(loc),
                    w.to_string(),
                    "{w:?} in {loc:?}"
                );
            }
        }
        assert_eq!(
            all.iter()
                .find(|w| matches!(w, DraftWarning::TotalDiffers { .. }))
                .map(|w| w.message().in_locale(Locale::PT_BR))
                .unwrap_or_default(),
            "a conversa diz R$ 250,00; estas linhas somam R$ 240,00"
        );
    }
}
