//! The demo shop of each language: a small clothing store as it would be in the US, Brazil,
//! Mexico or Germany — its name, currency, country, products, customers and streets — so a
//! newcomer sees a shop of their own kind. These are a shop's data, not the desk's words.

use crate::config::Config;
use crate::core::i18n::{Language, Locale};
use crate::core::money::Currency;

/// (SKU stem, product, price in whole units, colours, sizes, aliases people type in chats)
pub type DemoProduct = (
    &'static str,
    &'static str,
    i64,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

pub struct DemoShop {
    pub language: Language,
    pub name: &'static str,
    pub currency: Currency,
    pub country: &'static str,
    /// The phone prefix; seven digits follow it, so it holds the rest of a whole national
    /// number as the country writes its mobiles ("+55 11 98" in Brazil, "+52 55 1" in Mexico,
    /// "+49 171" in Germany, whose 0151 numbers have eight digits after it).
    pub phone_prefix: &'static str,
    pub delivery_fee: &'static str,
    pub products: &'static [DemoProduct],
    pub first_names: &'static [&'static str],
    pub last_names: &'static [&'static str],
    pub streets: &'static [&'static str],
    /// What the staff note when a customer sends a screenshot of a payment.
    pub proof: &'static str,
}

impl DemoShop {
    /// The demo shop of a language.
    pub fn of(language: Language) -> &'static DemoShop {
        SHOPS
            .iter()
            .find(|s| s.language == language)
            .unwrap_or(&SHOPS[0])
    }

    /// The demo shop that sells in `currency`: how a demo book says which shop it is.
    pub fn selling_in(currency: Currency) -> Option<&'static DemoShop> {
        SHOPS.iter().find(|s| s.currency == currency)
    }

    /// The shop's settings over `config`: currency, country and language always (the book's
    /// prices are in its currency), the name when the config keeps the default one.
    pub fn apply(&self, config: &mut Config) {
        config.shop.currency = self.currency;
        config.shop.country = self.country.to_string();
        config.shop.language = Some(Locale::new(self.language).in_country(self.country));
        if config.shop.name == crate::config::DEFAULT_SHOP_NAME {
            config.shop.name = self.name.to_string();
            // Its messages in a pasted chat are the shop's, not a second customer's.
            if config.shop.names.is_empty() {
                let short = self.name.split(" (").next().unwrap_or(self.name);
                config.shop.names = vec![short.to_string()];
            }
        }
    }
}

const SHOPS: &[DemoShop] = &[
    DemoShop {
        language: Language::En,
        name: "Lumen Apparel (demo)",
        currency: Currency::USD,
        country: "US",
        phone_prefix: "+1 512",
        delivery_fee: "10",
        products: &[
            (
                "LEAJAC",
                "Leather Jacket",
                180,
                &["Black", "Brown"],
                &["S", "M", "L"],
                "jacket|jaqueta|chaqueta|Jacke",
            ),
            (
                "DENJAC",
                "Denim Jacket",
                95,
                &["Blue"],
                &["S", "M", "L"],
                "jean jacket|jaqueta jeans|chaqueta vaquera",
            ),
            (
                "BASTEE",
                "Basic Tee",
                25,
                &["White", "Black", "Blue"],
                &["S", "M", "L"],
                "tee|t-shirt|camiseta|playera",
            ),
            (
                "LINSHI",
                "Linen Shirt",
                55,
                &["White", "Beige"],
                &["M", "L"],
                "shirt|camisa|Hemd",
            ),
            (
                "WOOSCA",
                "Wool Scarf",
                35,
                &["Red", "Grey", "Blue"],
                &[],
                "scarf|cachecol|bufanda|Schal",
            ),
            (
                "CANTOT",
                "Canvas Tote",
                20,
                &["Natural", "Black"],
                &[],
                "tote|bag|bolsa|bolso|Tasche",
            ),
            (
                "SNE",
                "Sneakers",
                120,
                &["White"],
                &["40", "41", "42"],
                "sneaker|tênis|zapatillas|Turnschuhe",
            ),
        ],
        // A shop in a city where many languages meet (and the names the tests know).
        first_names: &[
            "Mei",
            "Lucas",
            "Ana",
            "Sofia",
            "Mateo",
            "Priya",
            "João",
            "Valentina",
            "Noah",
            "Camila",
            "Arjun",
            "Lena",
            "Diego",
            "Fatima",
            "Tomás",
            "Yuki",
            "Isabela",
            "Omar",
            "Chloe",
            "Rafael",
        ],
        last_names: &[
            "Chen",
            "Silva",
            "Souza",
            "García",
            "Rossi",
            "Patel",
            "Santos",
            "López",
            "Müller",
            "Costa",
            "Sharma",
            "Weber",
            "Fernández",
            "Haddad",
            "Oliveira",
            "Tanaka",
            "Pereira",
            "Nasser",
            "Martin",
            "Almeida",
        ],
        streets: &[
            "Rua Augusta",
            "Av. Paulista",
            "Calle Mayor",
            "Main St",
            "Rua das Flores",
            "Calle 45",
            "Elm Ave",
        ],
        proof: "screenshot in chat",
    },
    DemoShop {
        language: Language::Pt,
        name: "Loja Lumen (demonstração)",
        currency: Currency::BRL,
        country: "BR",
        phone_prefix: "+55 11 98",
        delivery_fee: "15",
        products: &[
            (
                "JAQCOU",
                "Jaqueta de Couro",
                390,
                &["Preto", "Marrom"],
                &["P", "M", "G"],
                "jaqueta|jaqueta de couro",
            ),
            (
                "JAQJEA",
                "Jaqueta Jeans",
                199,
                &["Azul"],
                &["P", "M", "G"],
                "jaqueta jeans|jeans",
            ),
            (
                "CAMBAS",
                "Camiseta Básica",
                59,
                &["Branco", "Preto", "Azul"],
                &["P", "M", "G"],
                "camiseta|blusinha|camisa basica",
            ),
            (
                "CAMLIN",
                "Camisa de Linho",
                149,
                &["Branco", "Bege"],
                &["M", "G"],
                "camisa|camisa de linho|linho",
            ),
            (
                "CACLA",
                "Cachecol de Lã",
                89,
                &["Vermelho", "Cinza", "Azul"],
                &[],
                "cachecol",
            ),
            (
                "ECOBAG",
                "Ecobag de Lona",
                45,
                &["Natural", "Preto"],
                &[],
                "ecobag|bolsa|sacola",
            ),
            (
                "TEN",
                "Tênis",
                299,
                &["Branco"],
                &["38", "39", "40"],
                "tenis|tênis",
            ),
        ],
        first_names: &[
            "Ana", "João", "Maria", "Pedro", "Juliana", "Lucas", "Fernanda", "Rafael", "Camila",
            "Gabriel", "Beatriz", "Thiago", "Larissa", "Bruno", "Letícia", "Felipe", "Mariana",
            "Gustavo", "Aline", "Rodrigo",
        ],
        last_names: &[
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Lima",
            "Araújo",
            "Fernandes",
            "Carvalho",
            "Gomes",
            "Ribeiro",
            "Rocha",
            "Barbosa",
        ],
        streets: &[
            "Rua Augusta",
            "Av. Paulista",
            "Rua das Flores",
            "Rua Oscar Freire",
            "Rua Harmonia",
            "Av. Brigadeiro Faria Lima",
        ],
        proof: "comprovante no chat",
    },
    DemoShop {
        language: Language::Es,
        name: "Tienda Lumen (demo)",
        currency: Currency::MXN,
        country: "MX",
        phone_prefix: "+52 55 1",
        delivery_fee: "99",
        products: &[
            (
                "CHACUE",
                "Chaqueta de Cuero",
                2890,
                &["Negro", "Café"],
                &["CH", "M", "G"],
                "chaqueta|chamarra|chaqueta de cuero",
            ),
            (
                "CHAMEZ",
                "Chamarra de Mezclilla",
                1290,
                &["Azul"],
                &["CH", "M", "G"],
                "chamarra de mezclilla|mezclilla",
            ),
            (
                "PLABAS",
                "Playera Básica",
                299,
                &["Blanco", "Negro", "Azul"],
                &["CH", "M", "G"],
                "playera|camiseta",
            ),
            (
                "CAMLIN",
                "Camisa de Lino",
                749,
                &["Blanco", "Beige"],
                &["M", "G"],
                "camisa|camisa de lino|lino",
            ),
            (
                "BUFLAN",
                "Bufanda de Lana",
                459,
                &["Rojo", "Gris", "Azul"],
                &[],
                "bufanda",
            ),
            (
                "BOLLON",
                "Bolsa de Lona",
                249,
                &["Natural", "Negro"],
                &[],
                "bolsa|tote",
            ),
            (
                "TEN",
                "Tenis",
                1590,
                &["Blanco"],
                &["25", "26", "27"],
                "tenis|zapatillas",
            ),
        ],
        first_names: &[
            "Sofía",
            "Mateo",
            "Valentina",
            "Santiago",
            "Camila",
            "Diego",
            "Regina",
            "Emiliano",
            "Ximena",
            "Leonardo",
            "Fernanda",
            "Sebastián",
            "Daniela",
            "Andrés",
            "Lucía",
            "Alejandro",
            "Renata",
            "Tomás",
            "Mariana",
            "Javier",
        ],
        last_names: &[
            "García",
            "Hernández",
            "López",
            "Martínez",
            "González",
            "Pérez",
            "Rodríguez",
            "Sánchez",
            "Ramírez",
            "Flores",
            "Torres",
            "Rivera",
            "Gómez",
            "Díaz",
            "Cruz",
            "Morales",
            "Reyes",
        ],
        streets: &[
            "Av. Reforma",
            "Calle Durango",
            "Av. Insurgentes Sur",
            "Calle Colima",
            "Av. Álvaro Obregón",
            "Calle Madero",
        ],
        proof: "captura en el chat",
    },
    DemoShop {
        language: Language::De,
        name: "Lumen Mode (Demo)",
        currency: Currency::EUR,
        country: "DE",
        phone_prefix: "+49 171",
        delivery_fee: "5",
        products: &[
            (
                "LEDJAC",
                "Lederjacke",
                189,
                &["Schwarz", "Braun"],
                &["S", "M", "L"],
                "jacke|lederjacke",
            ),
            (
                "JEAJAC",
                "Jeansjacke",
                89,
                &["Blau"],
                &["S", "M", "L"],
                "jeansjacke",
            ),
            (
                "BASSHI",
                "Basic-Shirt",
                19,
                &["Weiß", "Schwarz", "Blau"],
                &["S", "M", "L"],
                "shirt|t-shirt",
            ),
            (
                "LEIHEM",
                "Leinenhemd",
                49,
                &["Weiß", "Beige"],
                &["M", "L"],
                "hemd|leinenhemd",
            ),
            (
                "WOLSCH",
                "Wollschal",
                29,
                &["Rot", "Grau", "Blau"],
                &[],
                "schal",
            ),
            (
                "STOTAS",
                "Stofftasche",
                15,
                &["Natur", "Schwarz"],
                &[],
                "tasche|beutel",
            ),
            (
                "SNE",
                "Sneaker",
                99,
                &["Weiß"],
                &["40", "41", "42"],
                "sneaker|turnschuhe|schuhe",
            ),
        ],
        first_names: &[
            "Lena", "Lukas", "Anna", "Leon", "Marie", "Finn", "Sophie", "Jonas", "Emma", "Paul",
            "Mia", "Felix", "Hannah", "Ben", "Lea", "Elias", "Laura", "Noah", "Julia", "Tim",
        ],
        last_names: &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Neumann",
            "Schwarz",
            "Zimmermann",
        ],
        streets: &[
            "Hauptstraße",
            "Bahnhofstraße",
            "Gartenstraße",
            "Schillerstraße",
            "Lindenstraße",
            "Goethestraße",
        ],
        proof: "Screenshot im Chat",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_shop_that_its_currency_finds_again() {
        for language in Language::ALL {
            let shop = DemoShop::of(language);
            assert_eq!(shop.language, language);
            assert_eq!(
                DemoShop::selling_in(shop.currency).unwrap().language,
                language
            );
            assert!(shop.first_names.len() >= 20 && shop.last_names.len() >= 17);
        }
    }

    /// A demo customer's number is a whole one of its country, so the desk shows it grouped
    /// as that country does (the metadata has no groups for a number of the wrong length).
    #[test]
    fn demo_numbers_are_whole_numbers_of_their_country() {
        use crate::core::customer::{display_phone, normalize_phone};
        for language in Language::ALL {
            let shop = DemoShop::of(language);
            let written = format!("{} 200 0009", shop.phone_prefix);
            let kept = normalize_phone(&written, shop.country).unwrap();
            let shown = display_phone(&kept);
            assert!(
                shown.split([' ', '-']).count() >= 3,
                "{written} is shown as {shown}"
            );
        }
    }
}
