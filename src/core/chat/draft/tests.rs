//! Conversations through the whole reader: a small catalog of each trade, a chat written as
//! (author, text) pairs, and the draft it must make.

use super::*;
use crate::core::catalog::Product;
use crate::core::money::{Currency, Money};

fn product(
    sku: &str,
    name: &str,
    variant: &str,
    price: i64,
    stock: i64,
    aliases: &[&str],
    currency: Currency,
) -> Product {
    Product {
        sku: sku.to_string(),
        name: name.to_string(),
        variant: variant.to_string(),
        price,
        currency,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        on_hand: stock,
        reserved: 0,
        low_stock: None,
    }
}

/// A confeitaria in Brazil.
fn bakery() -> Vec<Product> {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::BRL)
    };
    vec![
        p("TORTA-MOR-G", "Torta de morango", "grande (26 cm)", 9500, 3),
        p(
            "TORTA-MOR-P",
            "Torta de morango",
            "pequena (18 cm)",
            6000,
            4,
        ),
        p("BOLO-NOZ-2", "Bolo de nozes", "2 kg", 14000, 2),
        p("BOLO-NOZ-1", "Bolo de nozes", "1 kg", 7500, 5),
        p("DOCE-OVOS-100", "Doce de ovos", "cento", 16000, 5),
        p(
            "DOCE-OVOS-50",
            "Doce de ovos",
            "meio cento (50 un)",
            8500,
            5,
        ),
        p("EMPADA-UN", "Empada de frango", "unidade", 650, 40),
        p("EMPADA-CX12", "Empada de frango", "caixa com 12", 7200, 6),
        p("COOKIE-UN", "Cookie de aveia", "unidade", 500, 0),
        p("CHA-MATE", "Chá mate gelado", "garrafa 1 l", 1200, 10),
    ]
}

/// A clothing shop in Argentina.
fn clothing() -> Vec<Product> {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::ARS)
    };
    vec![
        p("CAM-OX-AZU-S", "Camisa oxford", "azul / S", 3500000, 3),
        p("CAM-OX-AZU-M", "Camisa oxford", "azul / M", 3500000, 2),
        p("CAM-OX-BLA-M", "Camisa oxford", "blanco / M", 3500000, 4),
        p("CAM-OX-BLA-L", "Camisa oxford", "blanco / L", 3500000, 0),
        p(
            "ZAP-CUE-NEG-38",
            "Zapatos de cuero",
            "negro / 38",
            9000000,
            2,
        ),
        p(
            "ZAP-CUE-NEG-39",
            "Zapatos de cuero",
            "negro / 39",
            9000000,
            1,
        ),
        p(
            "ZAP-CUE-MAR-39",
            "Zapatos de cuero",
            "marrón / 39",
            9000000,
            2,
        ),
        p("GOR-LANA", "Gorro de lana", "gris", 1200000, 8),
    ]
}

/// Phone accessories in the US.
fn phones() -> Vec<Product> {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::USD)
    };
    vec![
        p("CASE-P9-CLR", "Clear Case", "Pixel 9", 1999, 5),
        p("CASE-P9P-CLR", "Clear Case", "Pixel 9 Pro", 1999, 5),
        p("CASE-P9-LTH", "Leather Case", "Pixel 9 / Tan", 3999, 2),
        p("CABLE-CC-1M", "USB-C Cable", "1 m", 899, 20),
        p("CABLE-CC-2M", "USB-C Cable", "2 m", 1199, 20),
        p("CHG-30W", "30W Wall Charger", "", 2499, 6),
        p("STAND-DESK", "Desk Stand", "Aluminium", 2999, 3),
    ]
}

/// A cheese and deli counter in Austria.
fn deli() -> Vec<Product> {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::EUR)
    };
    vec![
        p("KAS-TIL-200", "Tilsiter", "200 g", 390, 10),
        p("KAS-TIL-400", "Tilsiter", "400 g", 740, 5),
        p("SPECK-200", "Tiroler Speck", "200 g", 620, 8),
        p("WURST-KAESE", "Käsekrainer", "Paar", 450, 12),
        p("BROT-VOLL", "Vollkornbrot", "750 g", 480, 6),
        p("SEMMEL", "Kaisersemmel", "Stück", 60, 50),
    ]
}

struct Chat<'a> {
    shop: &'a str,
    lines: &'a [(&'a str, &'a str)],
}

fn messages(chat: &Chat<'_>) -> Vec<Message> {
    chat.lines
        .iter()
        .enumerate()
        // An empty author writes the chat's own notices ("Bea added Rui").
        .map(|(i, (author, text))| Message {
            date: "2024-06-07".to_string(),
            time: format!("10:{:02}", i),
            author: (!author.is_empty()).then(|| author.to_string()),
            text: text.to_string(),
            system: author.is_empty(),
            media: None,
            line: i + 1,
        })
        .collect()
}

/// Messages on the dates given, each (date, author, text), ten o'clock plus a minute each.
fn dated_messages(lines: &[(&str, &str, &str)]) -> Vec<Message> {
    lines
        .iter()
        .enumerate()
        .map(|(i, (date, author, text))| Message {
            date: date.to_string(),
            time: format!("10:{i:02}"),
            author: Some(author.to_string()),
            text: text.to_string(),
            system: false,
            media: None,
            line: i + 1,
        })
        .collect()
}

/// A catalog row of a shop in `currency` with `stock` of it and no aliases.
fn stocked(currency: Currency, stock: i64) -> impl Fn(&str, &str, &str, i64) -> Product {
    move |sku, name, variant, price| product(sku, name, variant, price, stock, &[], currency)
}

fn draft(catalog: &[Product], chat: Chat<'_>, currency: Currency, country: &str) -> Vec<Draft> {
    let opts = DraftOptions::new(vec![chat.shop.to_string()], country, currency);
    build_drafts(&messages(&chat), catalog, &opts)
}

/// (sku, qty) of the ordered lines of the first draft.
fn items(drafts: &[Draft]) -> Vec<(String, i64)> {
    drafts
        .first()
        .map(|d| {
            d.items
                .iter()
                .filter(|i| !i.asked_only)
                .map(|i| (i.sku.clone(), i.qty))
                .collect()
        })
        .unwrap_or_default()
}

fn owned(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
    pairs.iter().map(|(s, q)| (s.to_string(), *q)).collect()
}

#[test]
fn portuguese_changes_without_a_restatement() {
    let catalog = bakery();
    let d = draft(
        &catalog,
        Chat {
            shop: "Doceria Lua",
            lines: &[
                ("Rafaela", "oi! queria um bolo de nozes pra sexta"),
                ("Rafaela", "o de 2 quilos, mais ou menos 20 pessoas"),
                ("Doceria Lua", "Temos sim! R$ 140,00"),
                ("Rafaela", "na verdade pode ser o de 1 kg mesmo"),
                ("Rafaela", "e um cento e meio de doce de ovos"),
                ("Rafaela", "ah, coloca mais 2 empadas avulsas"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(
        items(&d),
        owned(&[
            ("BOLO-NOZ-1", 1),
            ("DOCE-OVOS-100", 1),
            ("DOCE-OVOS-50", 1),
            ("EMPADA-UN", 2)
        ])
    );
}

#[test]
fn a_box_is_a_box_and_loose_pieces_are_loose() {
    let catalog = bakery();
    let d = draft(
        &catalog,
        Chat {
            shop: "Doceria Lua",
            lines: &[
                ("Rafaela", "quero 12 empadas"),
                ("Doceria Lua", "Na caixa com 12 sai R$ 72,00, compensa!"),
                ("Rafaela", "manda a caixa então"),
                ("Rafaela", "e mais 3 avulsas"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&d), owned(&[("EMPADA-CX12", 1), ("EMPADA-UN", 3)]));
}

#[test]
fn spanish_sizes_colours_and_a_question_that_orders_nothing() {
    let catalog = clothing();
    let d = draft(
        &catalog,
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Mica", "hola! tenés la camisa oxford blanca en L?"),
                (
                    "Tienda Sur",
                    "Hola Mica! En blanco L no nos queda, hay blanco M y azul S y M",
                ),
                ("Mica", "dale, pasame la blanca en M entonces"),
                ("Mica", "y unos zapatos de cuero negros del 38"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(
        items(&d),
        owned(&[("CAM-OX-BLA-M", 1), ("ZAP-CUE-NEG-38", 1)])
    );
}

#[test]
fn english_removals_and_model_numbers() {
    let catalog = phones();
    let d = draft(
        &catalog,
        Chat {
            shop: "Gadget Hut",
            lines: &[
                (
                    "Chris",
                    "hey can I get a clear case for the pixel 9 pro and a usb c cable, the long one",
                ),
                ("Chris", "oh and the 30w charger"),
                ("Gadget Hut", "Sure thing!"),
                ("Chris", "actually scratch the charger, I have one"),
                ("Chris", "make it 2 cables"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("CASE-P9P-CLR", 1), ("CABLE-CC-2M", 2)]));
}

#[test]
fn german_weights_pairs_and_a_change_of_mind() {
    let catalog = deli();
    let d = draft(
        &catalog,
        Chat {
            shop: "Feinkost Huber",
            lines: &[
                (
                    "Leopold",
                    "Grüß Gott! Ich hätte gern 400 g Tilsiter, zwei Paar Käsekrainer und 6 Semmeln",
                ),
                ("Feinkost Huber", "Gerne!"),
                (
                    "Leopold",
                    "Speck doch lieber nicht, aber noch ein Vollkornbrot dazu",
                ),
                ("Leopold", "Semmeln bitte nur 4"),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert_eq!(
        items(&d),
        owned(&[
            ("KAS-TIL-400", 1),
            ("WURST-KAESE", 2),
            ("SEMMEL", 4),
            ("BROT-VOLL", 1)
        ])
    );
}

#[test]
fn the_shops_restatement_settles_it_by_its_total() {
    let catalog = phones();
    let d = draft(
        &catalog,
        Chat {
            shop: "Gadget Hut",
            lines: &[
                ("Chris", "need a case for my pixel 9 and a cable"),
                (
                    "Gadget Hut",
                    "Got it: Leather Case Pixel 9 Tan $39.99 + USB-C Cable 2 m $11.99 = $51.98",
                ),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("CASE-P9-LTH", 1), ("CABLE-CC-2M", 1)]));
    assert!(d[0].items.iter().all(|i| i.shop_confirmed));
}

#[test]
fn a_customer_who_gives_up_has_no_order() {
    let catalog = clothing();
    let d = draft(
        &catalog,
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Mica", "quiero el gorro de lana"),
                ("Tienda Sur", "Dale! $12.000"),
                (
                    "Mica",
                    "uh al final no, lo compré en otro lado. gracias igual!",
                ),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn a_phone_number_written_last_or_in_groups_is_read_and_counts_nothing() {
    assert_eq!(
        phone_in("call me at 512 555 0199", "US").as_deref(),
        Some("+15125550199")
    );
    assert_eq!(
        phone_in("meu número (11) 98765-4321 ok", "BR").as_deref(),
        Some("+5511987654321")
    );
    let drafts = draft(
        &phones(),
        Chat {
            shop: "Shop",
            lines: &[
                ("Ray", "I want the clear case for the pixel 9"),
                ("Ray", "call me at 512 555 0199"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(drafts[0].customer.phone.as_deref(), Some("+15125550199"));
    assert!(
        drafts[0].items.iter().all(|i| i.qty == 1),
        "{:?}",
        items(&drafts)
    );
}

#[test]
fn a_price_said_back_and_an_hour_or_a_day_are_no_counts() {
    let drafts = draft(
        &phones(),
        Chat {
            shop: "Shop",
            lines: &[
                ("Ray", "do you have the 30w charger?"),
                ("Shop", "yes, $24.99"),
                ("Ray", "ok 24.99 is fine"),
                ("Ray", "and a desk stand"),
                ("Shop", "stand is 29.99 so 54.98"),
                ("Ray", "ok 54 then, I can come at 6 on the 24"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert!(
        drafts[0].items.iter().all(|i| i.qty == 1),
        "{:?}",
        items(&drafts)
    );
}

#[test]
fn a_payment_reference_goes_with_the_claim() {
    for (text, want) in [
        ("sent $25.99 on zelle, Ref: GO-5541", "GO-5541"),
        ("listo, transferí. Operación 88812", "88812"),
        ("pix feito! comprovante nº 4471-2", "4471-2"),
        ("Überwiesen, Verwendungszweck 2024-118", "2024-118"),
    ] {
        let drafts = draft(
            &phones(),
            Chat {
                shop: "Shop",
                lines: &[
                    ("Ray", "I want the 30w charger"),
                    ("Shop", "ok, $24.99"),
                    ("Ray", text),
                ],
            },
            Currency::USD,
            "US",
        );
        let claim = drafts[0].paid_claimed.as_ref();
        assert_eq!(
            claim.and_then(|c| c.reference.as_deref()),
            Some(want),
            "{text}"
        );
        assert_eq!(items(&drafts), owned(&[("CHG-30W", 1)]), "{text}");
    }
}

#[test]
fn the_words_for_a_product_leave_out_counts_articles_and_pointing() {
    assert_eq!(product_words("2 bálsamos rosa"), "bálsamos rosa");
    assert_eq!(
        product_words("Me manda 2 dessas → a jaqueta jeans preta no M"),
        "jaqueta jeans preta no M"
    );
    assert_eq!(product_words("the 3 green beanies!"), "green beanies");
    assert_eq!(product_words("zwei Hemden"), "Hemden");
    assert_eq!(product_words("2"), "");
}

#[test]
fn the_words_to_learn_leave_out_this_orders_colour_and_size() {
    assert_eq!(alias_words("2 muffleys in red", "Red"), "muffleys");
    assert_eq!(alias_words("2 bálsamos rosa", ""), "bálsamos");
    assert_eq!(
        alias_words("quero 3 brigadeirinhos P", ""),
        "brigadeirinhos"
    );
    assert_eq!(alias_words("I want 2 muffleys", ""), "muffleys");
    assert_eq!(alias_words("zwei blaue Hemden, Größe L", ""), "Hemden");
    assert_eq!(alias_words("um pão de queijo", ""), "pão de queijo");
    assert_eq!(alias_words("2 vermelhas P", ""), "");
    // A variant word the lexicon does not know is still the picked product's own.
    assert_eq!(alias_words("3 gloss coral", "Coral"), "gloss");
    assert_eq!(phrase_count("3 gloss coral"), Some(3));
    assert_eq!(phrase_count("dos playeras"), Some(2));
    assert_eq!(phrase_count("gloss"), None);
}

/// A clothing shop whose catalog is in English and whose aliases a German speaker would add
/// ("Jacke" on one jacket only, as shops do).
fn apparel() -> Vec<Product> {
    let p = |sku, name, variant, aliases: &[&str]| {
        product(sku, name, variant, 4000, 5, aliases, Currency::USD)
    };
    vec![
        p(
            "LJ-BLK-M",
            "Leather Jacket",
            "Black / M",
            &["jacket", "Jacke"],
        ),
        p(
            "LJ-BRN-M",
            "Leather Jacket",
            "Brown / M",
            &["jacket", "Jacke"],
        ),
        p("DJ-BLU-S", "Denim Jacket", "Blue / S", &["jean jacket"]),
        p("TEE-WHT-S", "Basic Tee", "White / S", &["tee"]),
        p("TEE-BLK-L", "Basic Tee", "Black / L", &["tee"]),
        p("SCF-BLU", "Wool Scarf", "Blue", &["scarf", "Schal"]),
    ]
}

#[test]
fn a_name_said_in_full_beats_an_alias_inside_it() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[
                ("Dana", "hi, is the denim jacket available in small?"),
                ("Lumen", "yes! $40"),
                ("Dana", "ok I'll take it"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("DJ-BLU-S", 1)]));
}

#[test]
fn a_colour_set_off_by_commas_describes_the_product_before_it() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[("Dana", "I'd like 3 tees, white, size S")],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("TEE-WHT-S", 3)]));
}

#[test]
fn a_german_compound_ending_in_an_alias_names_that_product() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[(
                "Katrin",
                "Ich hätte gern die Lederjacke in Braun, Größe M und zwei Wollschals",
            )],
        },
        Currency::USD,
        "DE",
    );
    assert_eq!(items(&d), owned(&[("LJ-BRN-M", 1), ("SCF-BLU", 2)]));
}

#[test]
fn what_an_order_is_for_is_no_swap() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[("Ana", "1 blue scarf please, it's for a party on saturday")],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("SCF-BLU", 1)]));
}

#[test]
fn a_price_before_more_was_ordered_is_no_wrong_total() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[
                ("Martín", "Hola! Quería la chaqueta de jean, talla S"),
                ("Lumen", "Hola Martín, sí. Son $40"),
                ("Martín", "Dale. Y sumame dos playeras negras L"),
            ],
        },
        Currency::USD,
        "MX",
    );
    assert_eq!(items(&d), owned(&[("DJ-BLU-S", 1), ("TEE-BLK-L", 2)]));
    assert!(
        !d[0]
            .warnings
            .iter()
            .any(|w| matches!(w, DraftWarning::TotalDiffers { .. })),
        "{:?}",
        d[0].warnings
    );
}

#[test]
fn both_after_asking_about_two_products_is_one_of_each() {
    let d = draft(
        &apparel(),
        Chat {
            shop: "Lumen",
            lines: &[
                ("Paco", "Busco una chaqueta de jean, talla S"),
                ("Lumen", "Tenemos la Denim Jacket en S, $40"),
                ("Paco", "¿Y una bufanda azul?"),
                ("Lumen", "Sí, la Wool Scarf azul, $40"),
                ("Paco", "Me llevo las dos"),
            ],
        },
        Currency::USD,
        "MX",
    );
    assert_eq!(items(&d), owned(&[("DJ-BLU-S", 1), ("SCF-BLU", 1)]));
}

#[test]
fn inches_name_a_size_not_a_count() {
    let cakes = [
        product(
            "CAKE-6",
            "Chocolate fudge cake",
            "6 inch",
            3000,
            2,
            &[],
            Currency::GBP,
        ),
        product(
            "CAKE-8",
            "Chocolate fudge cake",
            "8 inch",
            4200,
            2,
            &[],
            Currency::GBP,
        ),
    ];
    let d = draft(
        &cakes,
        Chat {
            shop: "Crumb",
            lines: &[
                ("Megan", "Hi! a chocolate fudge cake, 8 inch please"),
                (
                    "Megan",
                    "that's more than I thought, make it the 6 inch cake then",
                ),
            ],
        },
        Currency::GBP,
        "GB",
    );
    assert_eq!(items(&d), owned(&[("CAKE-6", 1)]));
}

#[test]
fn colour_and_size_words_in_every_language() {
    let black = variant_synonyms("Preta");
    for w in ["black", "preto", "negro", "schwarz"] {
        assert!(black.iter().any(|x| x == w), "{w} in {black:?}");
    }
    let small = variant_synonyms("P");
    assert!(small.iter().any(|x| x == "s"), "{small:?}");
    assert!(variant_synonyms("jacket").is_empty());
}

#[test]
fn an_order_of_nothing_gives_up() {
    for give_up in [
        "Hmm então desta vez não levo nada",
        "ok, I won't take anything this time",
        "Dann nehme ich doch nichts",
    ] {
        let d = draft(
            &apparel(),
            Chat {
                shop: "Lumen",
                lines: &[
                    ("Cláudia", "the blue scarf, is it wool?"),
                    ("Lumen", "Yes, 100% wool"),
                    ("Cláudia", give_up),
                ],
            },
            Currency::USD,
            "PT",
        );
        assert!(items(&d).is_empty(), "{give_up}: {:?}", items(&d));
    }
}

#[test]
fn a_list_keeps_each_variant_and_a_swap_adds_to_the_line_it_lands_on() {
    let kids = [
        product(
            "BODY-RN",
            "Body manga curta",
            "RN",
            3000,
            10,
            &[],
            Currency::BRL,
        ),
        product(
            "BODY-P",
            "Body manga curta",
            "P",
            3000,
            10,
            &[],
            Currency::BRL,
        ),
        product("TOUCA-RN", "Touca", "RN", 2000, 10, &[], Currency::BRL),
    ];
    let d = draft(
        &kids,
        Chat {
            shop: "Ninho",
            lines: &[
                (
                    "Aline",
                    "Segue a lista:\n2 bodies manga curta RN\n3 bodies manga curta P\n2 toucas RN",
                ),
                ("Aline", "aliás, troca os 2 RN por mais 2 P"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&d), owned(&[("BODY-P", 5), ("TOUCA-RN", 2)]));
}

#[test]
fn a_number_beside_a_way_of_paying_is_money_not_a_count() {
    let d = draft(
        &deli(),
        Chat {
            shop: "Kröger",
            lines: &[
                ("Kevin", "Und Tilsiter, so 400 g"),
                ("Kröger", "Zusammen 7,40 €"),
                ("Kevin", "Schick dir 5 jetzt per PayPal, Rest bar"),
            ],
        },
        Currency::EUR,
        "DE",
    );
    assert_eq!(items(&d), owned(&[("KAS-TIL-400", 1)]));
}

#[test]
fn a_number_after_an_article_is_a_size_of_what_the_shop_offered() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Irene", "¿Tienen los zapatos de la foto?"),
                (
                    "Tienda Sur",
                    "Sí, los zapatos de cuero negros, $90.000. ¿Qué número?",
                ),
                ("Irene", "Para mi hermana un 38 y para mí un 39"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(
        items(&d),
        owned(&[("ZAP-CUE-NEG-38", 1), ("ZAP-CUE-NEG-39", 1)])
    );
}

#[test]
fn a_change_said_alone_changes_the_latest_of_equal_lines() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                (
                    "Irene",
                    "Quiero 1 camisa oxford blanca M y 1 camisa oxford azul M",
                ),
                ("Irene", "mejor que la última sea S"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(
        items(&d),
        owned(&[("CAM-OX-BLA-M", 1), ("CAM-OX-AZU-S", 1)])
    );
}

#[test]
fn a_reason_given_orders_and_asks_nothing() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[(
                "Irene",
                "Quiero la camisa oxford azul M, porque el gorro de lana ¿me queda chico?",
            )],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-AZU-M", 1)]));
    assert!(d[0].items.iter().all(|i| i.sku != "GOR-LANA"));
}

#[test]
fn a_yes_to_same_address_takes_the_one_the_book_knows() {
    let mut opts = DraftOptions::new(vec!["Case Hub".into()], "US", Currency::USD);
    opts.known.push(KnownCustomer {
        name: "Dee".into(),
        phone: None,
        last_order: Vec::new(),
        last_address: Some("12 Elm St, Springfield".into()),
    });
    let chat = Chat {
        shop: "Case Hub",
        lines: &[
            ("Dee", "Could I get a USB-C cable, the 2 m one"),
            (
                "Case Hub",
                "Sure, $11.99. Ship to the same address as before?",
            ),
            ("Dee", "yes please"),
        ],
    };
    let d = build_drafts(&messages(&chat), &phones(), &opts);
    assert_eq!(items(&d), owned(&[("CABLE-CC-2M", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("12 Elm St, Springfield")
    );
    assert!(!d[0].pickup);
}

/// A customer the book holds under the key an earlier desk made ("+521…", the old "1" of
/// Mexican mobiles) is the author WhatsApp now shows without it.
#[test]
fn an_author_is_the_customer_the_book_holds_under_an_old_key() {
    let mut opts = DraftOptions::new(vec!["Case Hub".into()], "MX", Currency::USD);
    opts.known.push(KnownCustomer {
        name: "Lupita".into(),
        phone: Some("+5215555550101".into()),
        last_order: Vec::new(),
        last_address: Some("Calle Roble 12, Coyoacán".into()),
    });
    let chat = Chat {
        shop: "Case Hub",
        lines: &[
            ("+52 55 5555 0101", "Could I get a USB-C cable, the 2 m one"),
            (
                "Case Hub",
                "Sure, $11.99. Ship to the same address as before?",
            ),
            ("+52 55 5555 0101", "yes please"),
        ],
    };
    let d = build_drafts(&messages(&chat), &phones(), &opts);
    assert_eq!(d[0].customer.phone.as_deref(), Some("+525555550101"));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Calle Roble 12, Coyoacán")
    );
}

#[test]
fn a_customer_who_will_think_about_it_has_ordered_nothing() {
    let d = draft(
        &phones(),
        Chat {
            shop: "Case Hub",
            lines: &[
                ("Ray", "is the leather case any good for the pixel 9"),
                ("Case Hub", "It is! Leather Case for Pixel 9 in tan, $39.99"),
                (
                    "Ray",
                    "ok cool, let me think about it and I'll get back to you",
                ),
            ],
        },
        Currency::USD,
        "US",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn prices_answering_a_question_order_nothing_without_a_total() {
    let d = draft(
        &deli(),
        Chat {
            shop: "Feinkost Maier",
            lines: &[
                (
                    "Gerti",
                    "Was kostet der Tilsiter 200 g und der Tiroler Speck?",
                ),
                (
                    "Feinkost Maier",
                    "Tilsiter 200 g € 3,90 und Tiroler Speck 200 g € 6,20",
                ),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn thanks_never_names_a_product() {
    let catalog = vec![
        product(
            "KARTE-DANKE",
            "Grußkarte",
            "Danke",
            490,
            20,
            &[],
            Currency::EUR,
        ),
        product(
            "KARTE-GEB",
            "Grußkarte",
            "Geburtstag",
            490,
            20,
            &[],
            Currency::EUR,
        ),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Papier Huber",
            lines: &[
                ("Vroni", "Habt ihr Grußkarten zum Geburtstag?"),
                ("Papier Huber", "Ja, € 4,90 das Stück"),
                ("Vroni", "Gut zu wissen, danke"),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert!(
        d.iter()
            .flat_map(|x| &x.items)
            .all(|i| i.sku != "KARTE-DANKE"),
        "{d:?}"
    );
}

#[test]
fn a_yes_to_the_shops_pickup_question_is_a_pickup() {
    let d = draft(
        &bakery(),
        Chat {
            shop: "Doceria Lua",
            lines: &[
                ("Bia", "quero uma torta de morango grande"),
                (
                    "Doceria Lua",
                    "Anotado! Torta de morango grande R$ 95,00. Retira sábado?",
                ),
                ("Bia", "sim, de manhã"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&d), owned(&[("TORTA-MOR-G", 1)]));
    assert!(d[0].pickup);
}

#[test]
fn names_given_with_a_title_or_signed_off() {
    let first = |lines: &[(&str, &str)]| {
        draft(
            &bakery(),
            Chat {
                shop: "Doceria Lua",
                lines,
            },
            Currency::BRL,
            "BR",
        )[0]
        .customer
        .name
        .clone()
    };
    assert_eq!(
        first(&[(
            "+55 11 95555-0101",
            "Bom dia, fala a D. Lurdes Prado. Queria uma torta de morango pequena"
        )]),
        "D. Lurdes Prado"
    );
    assert_eq!(
        first(&[(
            "+55 11 95555-0102",
            "Eine Torta de morango grande bitte. LG Susi Berger"
        )]),
        "Susi Berger"
    );
}

#[test]
fn a_price_found_elsewhere_is_no_count_and_forget_it_gives_up() {
    let d = draft(
        &phones(),
        Chat {
            shop: "Case Hub",
            lines: &[
                ("Wes", "send me the desk stand please"),
                ("Case Hub", "Sure! Desk Stand $29.99, what's the address?"),
                ("Wes", "found the same stand for 19 on another site"),
                ("Wes", "forget it, sorry"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
    let d = draft(
        &phones(),
        Chat {
            shop: "Case Hub",
            lines: &[
                ("Wes", "send me the desk stand please"),
                ("Wes", "saw it for 19 somewhere else, will you match?"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("STAND-DESK", 1)]));
}

#[test]
fn what_the_shop_offers_while_the_customer_only_asks_is_no_order() {
    let d = draft(
        &deli(),
        Chat {
            shop: "Feinkost Maier",
            lines: &[
                ("Gerti", "Habt ihr noch den Tilsiter 400 g?"),
                (
                    "Feinkost Maier",
                    "Der ist aus, aber Tilsiter 200 g und Tiroler Speck 200 g haben wir",
                ),
                ("Gerti", "Na, dann lass ma's, danke"),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn an_article_that_folds_to_a_catalog_word_names_nothing() {
    let catalog = vec![product(
        "ESM-ROJO",
        "Esmalte de uñas",
        "rojo",
        1500000,
        5,
        &[],
        Currency::COP,
    )];
    let d = draft(
        &catalog,
        Chat {
            shop: "Farma Sol",
            lines: &[
                ("Jhon", "buenas, una pregunta"),
                ("Jhon", "tengo una muela que me duele, qué me recomienda?"),
            ],
        },
        Currency::COP,
        "CO",
    );
    assert!(d.iter().flat_map(|x| &x.items).next().is_none(), "{d:?}");
}

#[test]
fn a_question_goes_on_into_the_next_message_and_the_answer_is_an_offer() {
    let d = draft(
        &deli(),
        Chat {
            shop: "Feinkost Maier",
            lines: &[
                ("Gerti", "was kostet der Tiroler Speck"),
                ("Gerti", "und das Vollkornbrot"),
                (
                    "Feinkost Maier",
                    "Tiroler Speck 200 g € 6,20 und Vollkornbrot € 4,80",
                ),
                ("Gerti", "und was habt ihr zum Grillen?"),
                ("Feinkost Maier", "Käsekrainer, das Paar € 4,50"),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn a_customer_who_gives_up_is_said_so_not_that_nothing_was_recognised() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Pablo", "cuánto sale el gorro de lana"),
                ("Tienda Sur", "Gorro de lana gris $12.000"),
                ("Pablo", "ok gracias, lo pienso y te aviso"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
    assert_eq!(d[0].warnings, vec![DraftWarning::GaveUp { source: 2 }]);
}

#[test]
fn a_letter_after_a_word_for_one_is_a_size_not_a_metre_or_a_gram() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Lu", "¿tienen la camisa oxford blanca?"),
                (
                    "Tienda Sur",
                    "Sí, camisa oxford blanca $35.000. ¿Qué talla?",
                ),
                ("Lu", "una M y una L, paso mañana"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(
        items(&d),
        owned(&[("CAM-OX-BLA-M", 1), ("CAM-OX-BLA-L", 1)])
    );
}

#[test]
fn a_paste_before_any_catalog_says_to_import_one() {
    let d = draft(
        &[],
        Chat {
            shop: "Zapatería Luna",
            lines: &[("Renata", "hola! tienen los tenis blancos en 25?")],
        },
        Currency::MXN,
        "MX",
    );
    assert_eq!(d[0].warnings, vec![DraftWarning::EmptyCatalog]);
}

#[test]
fn a_model_said_once_for_a_list_is_each_products_model() {
    let usd = |sku, name, variant| product(sku, name, variant, 1500, 6, &[], Currency::USD);
    let catalog = vec![
        usd("CASE-S23-CLR", "Clear case", "Galaxy S23"),
        usd("CASE-S24-CLR", "Clear case", "Galaxy S24"),
        usd("GLASS-S23", "Tempered glass screen protector", "Galaxy S23"),
        usd("GLASS-S24", "Tempered glass screen protector", "Galaxy S24"),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Case Corner",
            lines: &[
                (
                    "Dee",
                    "hey do you carry a clear case and a screen protector for the galaxy s24?",
                ),
                (
                    "Case Corner",
                    "We do! Clear case Galaxy S24 $15.00, and the tempered glass protector $15.00",
                ),
                ("Dee", "perfect I'll take both, can grab them after 5"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("CASE-S24-CLR", 1), ("GLASS-S24", 1)]));
}

#[test]
fn the_words_for_a_card_order_nothing() {
    let brl = |sku, name, variant| product(sku, name, variant, 12000, 6, &[], Currency::BRL);
    let catalog = vec![
        brl("BQ-ROSA-VERM", "Buquê de rosas", "vermelhas"),
        brl("BQ-ROSA-BRAN", "Buquê de rosas", "brancas"),
        brl("CARTAO-LUXO", "Cartão de presente", "luxo"),
        brl("VASO-VIDRO", "Vaso de vidro", ""),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Flor de Lis",
            lines: &[
                (
                    "Rita",
                    "quero o buquê de rosas vermelhas pra entregar amanhã",
                ),
                ("Flor de Lis", "Claro! O que escrevemos no cartãozinho?"),
                (
                    "Rita",
                    "Cartão: Feliz aniversário irmã, um vaso de saudade e um beijo\nRua das Acácias, 120",
                ),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&d), owned(&[("BQ-ROSA-VERM", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Rua das Acácias, 120")
    );
}

#[test]
fn an_address_sent_line_by_line_is_one_address() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Vero", "hola, quiero la camisa oxford azul en S"),
                (
                    "Tienda Sur",
                    "Dale! Camisa oxford azul S $35.000. ¿A dónde te la mando?",
                ),
                ("Vero", "Calle Mayor 8"),
                ("Vero", "piso 3 - B"),
                ("Vero", "28013 Madrid"),
                ("Vero", "gracias!!"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-AZU-S", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Calle Mayor 8, piso 3 - B, 28013 Madrid")
    );
}

#[test]
fn the_only_address_in_a_group_made_to_order_together_is_everyones() {
    let d = draft(
        &bakery(),
        Chat {
            shop: "Doceria Lua",
            lines: &[
                ("", "Bea Souza added Doceria Lua and Rui Prado"),
                ("Bea Souza", "oi! quero a torta de morango grande"),
                ("Rui Prado", "e eu o bolo de nozes de 1 kg"),
                ("Rui Prado", "o endereço da vó é"),
                ("Rui Prado", "Rua das Palmeiras, 45"),
                ("Rui Prado", "04567-000 São Paulo"),
                ("Doceria Lua", "Anotado, entregamos sábado!"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    let addresses: Vec<Option<&str>> = d
        .iter()
        .map(|x| x.delivery_address.as_ref().map(|a| a.text.as_str()))
        .collect();
    assert_eq!(
        addresses,
        vec![Some("Rua das Palmeiras, 45, 04567-000 São Paulo"); 2],
        "{d:?}"
    );
}

#[test]
fn an_alias_that_is_a_little_word_names_its_product_only_in_capitals() {
    let clp = |sku, name, alias: &[&str]| product(sku, name, "", 599000, 5, alias, Currency::CLP);
    let catalog = vec![
        clp("CARTAS-UNO", "Juego de cartas UNO", &["uno"]),
        clp("PELUCHE-OSO", "Peluche oso", &[]),
    ];
    let one = |line: &str| {
        let lines = [("Pía", line)];
        draft(
            &catalog,
            Chat {
                shop: "Juguetería Sol",
                lines: &lines,
            },
            Currency::CLP,
            "CL",
        )
    };
    let lower = one("quiero el peluche oso, uno solo");
    assert_eq!(items(&lower), owned(&[("PELUCHE-OSO", 1)]));
    let upper = one("quiero el peluche oso y un UNO");
    assert_eq!(
        items(&upper),
        owned(&[("PELUCHE-OSO", 1), ("CARTAS-UNO", 1)])
    );
}

#[test]
fn what_the_shop_has_left_is_no_confirmation() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Pía", "cuánto sale la camisa oxford azul S?"),
                (
                    "Tienda Sur",
                    "La camisa oxford azul S está a $35.000, nos queda una",
                ),
                ("Pía", "uf, lo voy a pensar"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn a_complaint_about_what_came_before_orders_nothing() {
    let d = draft(
        &bakery(),
        Chat {
            shop: "Doceria Lua",
            lines: &[
                (
                    "Lia",
                    "a torta de morango que vocês entregaram chegou toda amassada 😢",
                ),
                (
                    "Doceria Lua",
                    "Poxa Lia, sinto muito! Quer que a gente troque?",
                ),
                ("Lia", "não precisa, só queria avisar mesmo"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn the_shop_calling_the_order_off_leaves_nothing() {
    let d = draft(
        &deli(),
        Chat {
            shop: "Feinkost Maier",
            lines: &[
                ("Jana", "Ich hätte gern den Tiroler Speck 200 g"),
                ("Feinkost Maier", "Gerne! Abholen oder liefern?"),
                ("Jana", "ach mist, mein Mann war schon einkaufen 🙈"),
                ("Feinkost Maier", "Kein Problem, ist storniert."),
            ],
        },
        Currency::EUR,
        "AT",
    );
    assert!(items(&d).is_empty(), "{:?}", items(&d));
}

#[test]
fn a_colour_the_shop_ran_out_of_is_sold_out_and_litres_count_litre_tins() {
    let mxn = |sku, variant, stock| {
        product(
            sku,
            "Pintura vinílica",
            variant,
            14500,
            stock,
            &[],
            Currency::MXN,
        )
    };
    let catalog = vec![
        mxn("VIN-VERDE-4L", "verde / galón 4 L", 3),
        mxn("VIN-MOST-4L", "mostaza / galón 4 L", 4),
        mxn("VIN-LILA-1L", "lila / 1 litro", 9),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Ferre Sol",
            lines: &[
                ("Lalo", "tienes galón de vinílica mostaza?"),
                (
                    "Ferre Sol",
                    "La mostaza se nos acabó. Tengo verde en galón y lila nomás en litro",
                ),
                ("Lalo", "va, dame la lila"),
                ("Lalo", "3 litros"),
            ],
        },
        Currency::MXN,
        "MX",
    );
    assert_eq!(items(&d), owned(&[("VIN-LILA-1L", 3)]));
}

#[test]
fn a_street_typed_in_lower_case_with_a_leading_zero_number_counts_nothing() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Coni", "quiero la camisa oxford azul M"),
                ("Tienda Sur", "Dale! $35.000. A qué dirección?"),
                ("Coni", "pasaje los aromos 0452"),
                ("Coni", "villa alegre, maipú"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-AZU-M", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("pasaje los aromos 0452, villa alegre, maipú")
    );
}

#[test]
fn the_customer_saying_it_all_arrived_closes_the_earlier_order() {
    let chat = Chat {
        shop: "Doceria Lua",
        lines: &[
            ("Ana", "quero a torta de morango grande"),
            ("Doceria Lua", "Anotado! R$ 95,00"),
            ("Ana", "Chegou tudo, obrigada!"),
            ("Ana", "oi! agora queria o bolo de nozes de 1 kg"),
        ],
    };
    let mut messages = messages(&chat);
    // The new request comes a month after the first order.
    messages[3].date = "2024-07-08".to_string();
    let opts = DraftOptions::new(vec![chat.shop.to_string()], "BR", Currency::BRL);
    let d = build_drafts(&messages, &bakery(), &opts);
    assert_eq!(items(&d), owned(&[("BOLO-NOZ-1", 1)]));
}

#[test]
fn each_one_is_no_count_and_names_nothing() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Caro", "Hola! cada uno pide lo suyo, todo va a mi casa"),
                ("Caro", "yo la camisa oxford azul S"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-AZU-S", 1)]));
    assert!(d[0].unmatched.is_empty(), "{:?}", d[0].unmatched);
}

#[test]
fn a_colour_said_after_the_shop_named_the_size_keeps_the_size() {
    let brl = |sku, variant| product(sku, "Camiseta básica", variant, 5900, 9, &[], Currency::BRL);
    let catalog = vec![
        brl("CB-PRE-G", "preto / G"),
        brl("CB-PRE-M", "preto / M"),
        brl("CB-AZU-M", "azul / M"),
        brl("CB-AZU-G", "azul / G"),
        product(
            "JJ-AZU-M",
            "Jaqueta jeans",
            "azul / M",
            19900,
            5,
            &[],
            Currency::BRL,
        ),
        product(
            "JJ-AZU-G",
            "Jaqueta jeans",
            "azul / G",
            19900,
            5,
            &[],
            Currency::BRL,
        ),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Loja Lumen",
            lines: &[
                (
                    "Bia",
                    "queria a camiseta básica e a jaqueta jeans no tamanho M",
                ),
                ("Loja Lumen", "Temos! Qual cor da camiseta?"),
                ("Bia", "preta"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&d), owned(&[("CB-PRE-M", 1), ("JJ-AZU-M", 1)]));
}

#[test]
fn a_claim_keeps_the_way_of_paying_it_names() {
    let claim = |line: &str| {
        let lines = [
            ("Bia", "quero a torta de morango grande"),
            ("Doceria Lua", "Anotado! R$ 95,00"),
            ("Bia", line),
        ];
        let d = draft(
            &bakery(),
            Chat {
                shop: "Doceria Lua",
                lines: &lines,
            },
            Currency::BRL,
            "BR",
        );
        d[0].paid_claimed.as_ref().map(|c| c.method)
    };
    use crate::core::payment::Method;
    assert_eq!(claim("pix feito!"), Some(Some(Method::Pix)));
    assert_eq!(
        claim("fiz a transferência agora"),
        Some(Some(Method::Transfer))
    );
    assert_eq!(claim("pronto, mandei"), Some(None));
}

#[test]
fn a_greeting_names_no_product_even_when_its_words_are_catalog_words() {
    let eur = |sku, name, variant| product(sku, name, variant, 2400, 6, &[], Currency::EUR);
    let catalog = vec![
        eur("CREMA-NOCHE", "Crema de noche", "50 ml"),
        eur("CREMA-DIA", "Crema de día", "50 ml"),
        eur("TONICO", "Tónico facial", "200 ml"),
    ];
    let asked = draft(
        &catalog,
        Chat {
            shop: "Botica Luna",
            lines: &[
                ("Inés", "Buenas noches! Hacen envíos a Valencia?"),
                ("Botica Luna", "Buenas noches Inés, sí, 48 h"),
                ("Inés", "Genial, gracias. Buenos días mañana os escribo"),
            ],
        },
        Currency::EUR,
        "ES",
    );
    assert_eq!(items(&asked), owned(&[]));
    // The product words still name it where the customer orders it.
    let ordered = draft(
        &catalog,
        Chat {
            shop: "Botica Luna",
            lines: &[(
                "Inés",
                "Buenas noches! Quiero la crema de noche y el tónico",
            )],
        },
        Currency::EUR,
        "ES",
    );
    assert_eq!(items(&ordered), owned(&[("CREMA-NOCHE", 1), ("TONICO", 1)]));
}

#[test]
fn a_german_cut_name_left_off_still_names_the_product() {
    let eur = |sku, name, variant, price| product(sku, name, variant, price, 9, &[], Currency::EUR);
    let catalog = vec![
        eur("PUTE-FILET", "Putenbrustfilet", "400 g", 890),
        eur("HACK-RIND", "Rinderhackfleisch", "500 g", 750),
        eur("SALAMI", "Pfeffersalami", "200 g", 420),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Metzgerei Brandl",
            lines: &[("Resi", "Servus! 2 Putenbrust und a Rinderhack bitte")],
        },
        Currency::EUR,
        "AT",
    );
    assert_eq!(items(&d), owned(&[("PUTE-FILET", 2), ("HACK-RIND", 1)]));
}

#[test]
fn a_claim_without_an_amount_pays_the_priced_lines_the_shop_confirmed_for_that_person() {
    let eur = |sku, name, price| product(sku, name, "", price, 20, &[], Currency::EUR);
    let catalog = vec![
        eur("QUICHE", "Quiche Lorraine", 1800),
        eur("TARTE", "Tarte au citron", 2200),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Backstube Mira",
            lines: &[
                ("", "Jana added Backstube Mira and Tom"),
                ("Jana", "Ich nehme eine Tarte au citron"),
                ("Tom", "Für mich zwei Quiche"),
                (
                    "Backstube Mira",
                    "Alles notiert, Abholung Freitag:\nJana: Tarte au citron 22,00 €\nTom: 2 Quiche 36,00 €",
                ),
                ("Tom", "hab grad per PayPal bezahlt"),
            ],
        },
        Currency::EUR,
        "DE",
    );
    let tom = d
        .iter()
        .find(|x| x.customer.name == "Tom")
        .expect("a draft for Tom");
    assert_eq!(
        tom.paid_claimed.as_ref().and_then(|c| c.amount),
        Some(Money {
            minor: 3600,
            currency: Currency::EUR
        }),
        "{d:?}"
    );
    // A priced offer is no request to pay: "sent!" after it claims no amount from it.
    let offered = draft(
        &catalog,
        Chat {
            shop: "Backstube Mira",
            lines: &[
                ("Tom", "Was habt ihr heute?"),
                (
                    "Backstube Mira",
                    "Quiche Lorraine 18,00 €, Tarte au citron 22,00 €",
                ),
                ("Tom", "hab bezahlt"),
            ],
        },
        Currency::EUR,
        "DE",
    );
    assert_eq!(
        offered
            .first()
            .and_then(|x| x.paid_claimed.as_ref())
            .and_then(|c| c.amount),
        None
    );
}

#[test]
fn a_number_in_a_product_name_tells_it_from_its_neighbours_and_is_no_count() {
    let inr = |sku, name, variant, price| product(sku, name, variant, price, 9, &[], Currency::INR);
    let catalog = vec![
        inr(
            "PAPER-70",
            "A4 copier paper 70 gsm",
            "ream (500 sheets)",
            31000,
        ),
        inr(
            "PAPER-80",
            "A4 copier paper 80 gsm",
            "ream (500 sheets)",
            39000,
        ),
        inr("TENT-3", "Dome tent 3 person", "green", 450000),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Om Stationers",
            lines: &[("Arjun", "pls send 3 reams of A4 paper 80 gsm and 2 tents")],
        },
        Currency::INR,
        "IN",
    );
    assert_eq!(items(&d), owned(&[("PAPER-80", 3), ("TENT-3", 2)]));
}

#[test]
fn half_sizes_and_a_brand_written_as_its_initials() {
    let aud = |sku, name, variant| product(sku, name, variant, 21900, 3, &[], Currency::AUD);
    let catalog = vec![
        aud("RUN-9", "Trail Runner 720", "Grey - US 9"),
        aud("RUN-95", "Trail Runner 720", "Grey - US 9.5"),
        aud("RUN-10", "Trail Runner 720", "Grey - US 10"),
        aud("CAP", "Team cap", "navy"),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Kicks Bay",
            lines: &[
                ("Sam", "got the TR 720 in a 9.5?"),
                ("Kicks Bay", "yep, one left"),
                ("Sam", "I'll grab it"),
            ],
        },
        Currency::AUD,
        "GB",
    );
    assert_eq!(items(&d), owned(&[("RUN-95", 1)]));
    // Initials in lower case are just letters; "nine and a half" is the half size too.
    let spoken = draft(
        &catalog,
        Chat {
            shop: "Kicks Bay",
            lines: &[(
                "Sam",
                "tr runner? I want the Trail Runner 720 in 9 and a half",
            )],
        },
        Currency::AUD,
        "GB",
    );
    assert_eq!(items(&spoken), owned(&[("RUN-95", 1)]));
}

#[test]
fn a_bag_that_holds_the_product_counts_it_and_a_hedge_word_names_nothing() {
    let eur = |sku, name, variant| product(sku, name, variant, 1290, 9, &[], Currency::EUR);
    let catalog = vec![
        eur("RACAO-10", "Ração cão adulto", "10 kg"),
        eur("SACOS-LIXO", "Sacos do lixo", "rolo 20"),
        eur("ESCOVA", "Escova tipo luva", "unidade"),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Patinhas",
            lines: &[
                ("Leonor", "Queria 2 sacos de ração de cão adulto"),
                ("Patinhas", "Fica separado!"),
                ("Leonor", "Passo aí amanhã, tipo 18"),
            ],
        },
        Currency::EUR,
        "PT",
    );
    assert_eq!(items(&d), owned(&[("RACAO-10", 2)]));
}

#[test]
fn giving_up_with_a_reason_that_names_a_product_or_the_price() {
    let catalog = bakery();
    let reason = draft(
        &catalog,
        Chat {
            shop: "Doceria",
            lines: &[
                ("Clara", "quero a torta de morango grande"),
                ("Doceria", "Anotado! R$ 95,00"),
                ("Clara", "esquece, minha sogra já trouxe bolo de nozes 🙄"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&reason), owned(&[]));
    let price = draft(
        &catalog,
        Chat {
            shop: "Doceria",
            lines: &[
                ("Clara", "how much is the bolo de nozes 2 kg?"),
                ("Doceria", "R$ 140,00"),
                ("Clara", "bit steep for me. cheers anyway"),
            ],
        },
        Currency::BRL,
        "BR",
    );
    assert_eq!(items(&price), owned(&[]));
}

#[test]
fn what_a_box_holds_in_brackets_orders_nothing_and_a_rail_said_done_is_a_claim() {
    let gbp = |sku, name, variant, price| product(sku, name, variant, price, 9, &[], Currency::GBP);
    let catalog = vec![
        gbp("BOX-MIX", "Macaron box of 12", "mixed", 2400),
        gbp("BOX-PIST", "Macaron box of 12", "pistachio", 2200),
        gbp("BOX-RASP", "Macaron box of 12", "raspberry", 2200),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Petit Four",
            lines: &[
                ("Anya", "do you do a mixed box?"),
                (
                    "Petit Four",
                    "Yes! The box of 12 mixed (pistachio, raspberry and salted caramel) is £24",
                ),
                ("Anya", "lovely, 2 of those please"),
                ("Petit Four", "Noted, £48"),
                ("Anya", "NEFT done"),
            ],
        },
        Currency::GBP,
        "GB",
    );
    assert_eq!(items(&d), owned(&[("BOX-MIX", 2)]));
    assert_eq!(
        d[0].paid_claimed.as_ref().and_then(|c| c.amount),
        Some(Money {
            minor: 4800,
            currency: Currency::GBP
        })
    );
}

/// Where streets have no street word, the address is the lines of places the customer sends
/// when the shop has just spoken of delivering; a first line that is a name is the recipient.
#[test]
fn lines_of_places_after_the_shop_asks_where_are_the_address() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                (
                    "+54 9 11 5555-0101",
                    "hola! quiero la camisa oxford azul en S",
                ),
                (
                    "Tienda Sur",
                    "Dale! Camisa oxford azul S $35.000, el envío es gratis. ¿A dónde va?",
                ),
                (
                    "+54 9 11 5555-0101",
                    "Florencia Acosta\nMaipú 744 dto 5\nBarrio Norte",
                ),
                ("+54 9 11 5555-0101", "gracias!!"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-AZU-S", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Maipú 744 dto 5, Barrio Norte")
    );
    assert_eq!(d[0].customer.name, "Florencia Acosta");
}

/// The same lines with nothing said of delivering are no address: an order written a line
/// per product must never become one.
#[test]
fn lines_with_counts_or_without_a_delivery_question_are_no_address() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Flor", "hola! quiero la camisa oxford azul en S"),
                ("Tienda Sur", "Dale! Camisa oxford azul S $35.000"),
                ("Flor", "Maipú 744 dto 5\nBarrio Norte"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(d[0].delivery_address, None);
}

/// "Address:" or "Deliver to" at the end of a line leads in the lines after it, even
/// without a house number on the street line; a labelled line after them ("Landmark:") is an
/// instruction.
#[test]
fn a_lead_that_ends_its_line_takes_the_place_lines_after_it() {
    let d = draft(
        &phones(),
        Chat {
            shop: "Case Hub",
            lines: &[
                ("Tomi", "I need the 30W charger please. Deliver to"),
                ("Tomi", "x"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(d[0].delivery_address, None);
    let d = draft(
        &phones(),
        Chat {
            shop: "Case Hub",
            lines: &[(
                "Tomi",
                "I need the 30W charger please. Address:\nThe Granary\nMill Lane\nLittle Shelford CB22 5EH\nLandmark: behind the church",
            )],
        },
        Currency::USD,
        "GB",
    );
    assert_eq!(items(&d), owned(&[("CHG-30W", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("The Granary, Mill Lane, Little Shelford CB22 5EH")
    );
}
/// A count with an "x" before an article counts too: "2 x das weiße in M".
#[test]
fn a_count_with_an_x_before_an_article_counts() {
    let d = draft(
        &clothing(),
        Chat {
            shop: "Tienda Sur",
            lines: &[
                ("Vero", "hola! tienen la camisa oxford en M?"),
                ("Tienda Sur", "Sí, en azul y blanco"),
                ("Vero", "dale, 2 x la blanca en M"),
            ],
        },
        Currency::ARS,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CAM-OX-BLA-M", 2)]));
}

/// "2 x the white one in M": "one" after the colour points back at the product; the size
/// said after it describes the same line and brings no count of its own (it made three).
#[test]
fn a_count_before_the_white_one_in_a_size_counts_once() {
    for text in [
        "great, 2 x the white one in M please",
        "ok 2 of the white one in M",
        "dame 2 de la blanca en M",
    ] {
        let d = draft(
            &clothing(),
            Chat {
                shop: "Tienda Sur",
                lines: &[
                    ("Vero", "hi! do you have the oxford shirt in white, size M?"),
                    ("Tienda Sur", "yes we do, $35.000"),
                    ("Vero", text),
                ],
            },
            Currency::ARS,
            "AR",
        );
        assert_eq!(items(&d), owned(&[("CAM-OX-BLA-M", 2)]), "{text}");
    }
}

/// "6 x Tilsiter à 3.90 = 23.40": the shop's count with an "x" and the price of one are its
/// reading of the line, as "6 Tilsiter … 23.40" is.
#[test]
fn a_count_with_an_x_and_a_price_of_one_restate_the_line() {
    for text in [
        "6 x Tilsiter 200 g à 3.90 = 23.40",
        "Gerne: 6 x Tilsiter 200 g je 3,90, zusammen 23,40",
        "6 Tilsiter 200 g a 3,90 cada = 23,40",
    ] {
        let d = draft(
            &deli(),
            Chat {
                shop: "Laden",
                lines: &[("Eva", "Ich hätte gern Tilsiter 200 g"), ("Laden", text)],
            },
            Currency::EUR,
            "AT",
        );
        assert_eq!(items(&d), owned(&[("KAS-TIL-200", 6)]), "{text}");
    }
}
/// Needles and cables come in half millimetres: "4 mm" is the 4,0 mm needle, never the 3,5.
#[test]
fn half_millimetres_tell_needles_apart() {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::CHF)
    };
    let needles = vec![
        p("RN80-30", "Rundstricknadel Bambus 80 cm", "3,0 mm", 1490, 4),
        p("RN80-35", "Rundstricknadel Bambus 80 cm", "3,5 mm", 1490, 4),
        p("RN80-40", "Rundstricknadel Bambus 80 cm", "4,0 mm", 1490, 4),
        p("RN80-45", "Rundstricknadel Bambus 80 cm", "4,5 mm", 1490, 4),
    ];
    for (text, sku) in [
        ("d Rundstricknadle 80cm in 4mm", "RN80-40"),
        ("Rundstricknadel 80 cm 4,0 mm", "RN80-40"),
        ("eine Rundstricknadel 4.5 mm bitte", "RN80-45"),
        ("Rundstricknadel, 3,5mm", "RN80-35"),
    ] {
        let d = draft(
            &needles,
            Chat {
                shop: "Laden",
                lines: &[("Eva", text)],
            },
            Currency::CHF,
            "CH",
        );
        assert_eq!(items(&d), owned(&[(sku, 1)]), "{text}");
    }
}

/// "Too pricey for me, just the rest then": the price was of the last thing asked about; the
/// order stands. Without "just the rest" the same words give the order up.
#[test]
fn giving_up_the_last_question_keeps_the_rest() {
    for (last, kept) in [
        ("uff, muy caro para mí, solo lo demás entonces", true),
        ("uff, muy caro para mí", false),
    ] {
        let d = draft(
            &clothing(),
            Chat {
                shop: "Tienda Sur",
                lines: &[
                    ("Vero", "hola! quiero la camisa oxford azul en S"),
                    ("Tienda Sur", "Dale! Camisa oxford azul S $35.000"),
                    ("Vero", "y los zapatos de cuero negro 38 cuánto salen?"),
                    ("Tienda Sur", "$90.000"),
                    ("Vero", last),
                ],
            },
            Currency::ARS,
            "AR",
        );
        let want: &[(&str, i64)] = if kept { &[("CAM-OX-AZU-S", 1)] } else { &[] };
        assert_eq!(items(&d), owned(want), "{last}");
    }
}

/// An accessory named without its model is for the phone being discussed: "add a tempered
/// glass" while buying an iPhone 14 is the iPhone 14's glass.
#[test]
fn an_accessory_without_its_model_fits_the_phone_being_discussed() {
    let p = |sku, name, variant, price, stock| {
        product(sku, name, variant, price, stock, &[], Currency::USD)
    };
    let shop = vec![
        p("IP14-128", "iPhone 14 (used)", "128GB midnight", 52000, 2),
        p("IP15-128", "iPhone 15 (used)", "128GB black", 61000, 2),
        p("TG-13", "Tempered glass", "iPhone 13", 900, 20),
        p("TG-14", "Tempered glass", "iPhone 14", 900, 20),
        p("TG-15", "Tempered glass", "iPhone 15", 900, 20),
    ];
    let d = draft(
        &shop,
        Chat {
            shop: "Phone Corner",
            lines: &[
                ("Kofi", "hi, is the iPhone 14 still available?"),
                ("Phone Corner", "Yes, 128GB midnight, $520"),
                ("Kofi", "great I'll take it. add a tempered glass too"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("IP14-128", 1), ("TG-14", 1)]));
}

/// "Collection at the stall?" asks about collecting; "my driver will come and carry them"
/// sends someone to collect.
#[test]
fn collection_and_someone_come_to_carry_are_pickups() {
    for (shop_says, customer_says) in [
        (
            "Noted: Desk Stand $29.99. Collection at the shop?",
            "yes I come Friday",
        ),
        (
            "Noted: Desk Stand $29.99",
            "my driver will come and carry it at 4",
        ),
    ] {
        let d = draft(
            &phones(),
            Chat {
                shop: "Case Hub",
                lines: &[
                    ("Ada", "I want the desk stand"),
                    ("Case Hub", shop_says),
                    ("Ada", customer_says),
                ],
            },
            Currency::USD,
            "US",
        );
        assert!(d[0].pickup, "{customer_says}");
    }
}

/// "Leave it at reception" says where the parcel goes; "leave it then" gives the order up.
#[test]
fn leaving_it_somewhere_is_an_instruction_not_giving_up() {
    for (last, kept) in [
        ("déjalo en recepción porfa", true),
        ("déjalo con el portero", true),
        ("mejor déjalo", false),
    ] {
        let d = draft(
            &clothing(),
            Chat {
                shop: "Tienda Sur",
                lines: &[
                    ("Vero", "hola! quiero la camisa oxford azul en S"),
                    ("Tienda Sur", "Dale! Camisa oxford azul S $35.000"),
                    ("Vero", last),
                ],
            },
            Currency::ARS,
            "AR",
        );
        let want: &[(&str, i64)] = if kept { &[("CAM-OX-AZU-S", 1)] } else { &[] };
        assert_eq!(items(&d), owned(want), "{last}");
    }
}

/// "Parcel arrived" ends the earlier order in an export: a new order weeks later pays only
/// itself.
#[test]
fn an_order_that_arrived_is_history_for_the_next_one() {
    let lines = [
        ("2024-03-01", "Ada", "Hi, I want the desk stand please"),
        ("2024-03-01", "Case Hub", "Desk Stand $29.99"),
        ("2024-03-01", "Ada", "sent $29.99"),
        ("2024-03-04", "Ada", "Parcel arrived, thanks!"),
        ("2024-04-10", "Ada", "Hi again, the 30W charger please"),
        ("2024-04-10", "Case Hub", "30W Wall Charger, total $24.99"),
        ("2024-04-10", "Ada", "sent"),
    ];
    let messages = dated_messages(&lines);
    let opts = DraftOptions::new(vec!["Case Hub".to_string()], "US", Currency::USD);
    let d = build_drafts(&messages, &phones(), &opts);
    assert_eq!(items(&d), owned(&[("CHG-30W", 1)]));
    assert_eq!(
        d[0].paid_claimed.as_ref().and_then(|c| c.amount),
        Some(Money::new(2499, Currency::USD))
    );
}

/// A product spoken about ("the oxford shirt is gorgeous", "la camisa está carísima") is not
/// ordered; one said with what it is for, or with a word that accepts, still is.
#[test]
fn a_product_talked_about_is_not_ordered() {
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, i64)]);
    let cases: &[Case] = &[
        ("uh la camisa oxford está carísima jaja", "😅", &[]),
        ("the oxford shirt is gorgeous", "hmm", &[]),
        ("das Oxford ist wunderschön", "🤔", &[]),
        (
            "la camisa oxford blanca es para mi hijo",
            "gracias!",
            &[("CAM-OX-BLA-M", 1)],
        ),
        (
            "the white oxford shirt is perfect",
            "thanks!",
            &[("CAM-OX-BLA-M", 1)],
        ),
    ];
    for &(remark, then, want) in cases {
        let d = draft(
            &clothing(),
            Chat {
                shop: "Tienda Sur",
                lines: &[
                    ("Vero", "hola! tienen la camisa oxford blanca en M?"),
                    ("Tienda Sur", "Sí! $35.000"),
                    ("Vero", remark),
                    ("Vero", then),
                ],
            },
            Currency::ARS,
            "AR",
        );
        assert_eq!(items(&d), owned(want), "{remark} / {then}");
    }
}

/// Deciding later in other words than "let me think": asking someone first, "te digo",
/// "ich frag mal"; what the shop has not confirmed stays asked about.
#[test]
fn asking_someone_first_decides_later() {
    for then in [
        "lo hablo con mi marido y te digo",
        "let me ask my husband and I'll get back to you",
        "ich frag mal meinen Mann",
        "vou falar com meu marido e depois te digo",
        "ok I will come Sunday and see",
        "gut, dann frag ich zuerst den Doktor",
    ] {
        let d = draft(
            &clothing(),
            Chat {
                shop: "Tienda Sur",
                lines: &[
                    ("Vero", "hola! la camisa oxford blanca en M"),
                    ("Tienda Sur", "Hola Vero! Sí tenemos, queda preciosa"),
                    ("Vero", then),
                ],
            },
            Currency::ARS,
            "AR",
        );
        assert_eq!(items(&d), owned(&[]), "{then}");
    }
}

/// A bakery in Chile: pesos have no cents, so the shop's "24.000" is a price and its totals
/// add up (fee included); "me pasás …?" orders; "despacho porfa" and then lines of places
/// with a corner ("esq.") are the address.
#[test]
fn prices_without_cents_a_request_as_a_question_and_an_address_after_asking_for_delivery() {
    let p = stocked(Currency::CLP, 20);
    let catalog = vec![
        p("EMP-PINO-DOC", "Empanadas de pino", "docena", 12000),
        p("EMP-QUESO-DOC", "Empanadas de queso", "docena", 11000),
        p("PAN-AMASADO", "Pan amasado", "bolsa de 6", 3500),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Horno Doña Tere",
            lines: &[
                (
                    "Maite Rojas",
                    "hola!! me pasás 2 docenas de empanadas de pino y un pan amasado?",
                ),
                (
                    "Horno Doña Tere",
                    "Hola Maite! 2 docenas de pino 24.000 y pan amasado 3.500, total 27.500. ¿Despacho o retiro?",
                ),
                ("Maite Rojas", "despacho porfa"),
                (
                    "Maite Rojas",
                    "Los Aromos 455 esq. Las Palmas\nVilla Alemana",
                ),
                ("Horno Doña Tere", "El despacho sale 2.500, quedan 30.000"),
                ("Maite Rojas", "listo te transferí"),
            ],
        },
        Currency::CLP,
        "CL",
    );
    assert_eq!(items(&d), owned(&[("EMP-PINO-DOC", 2), ("PAN-AMASADO", 1)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Los Aromos 455 esq. Las Palmas, Villa Alemana")
    );
    assert_eq!(
        d[0].paid_claimed.as_ref().and_then(|c| c.amount),
        Some(Money::new(30000, Currency::CLP))
    );
    assert!(d[0].warnings.is_empty(), "{:?}", d[0].warnings);
}

/// Fabric sold by the metre: "3 metros daquele linho cru" is three of the linen that costs
/// per metre, the shop's "Portes:" line is its fee, and a building line ("Prédio verde, 2º
/// esq") goes on with the street.
#[test]
fn fabric_by_the_metre_a_labelled_fee_and_a_building_line() {
    let p = stocked(Currency::EUR, 50);
    let catalog = vec![
        p("LIN-CRU", "Tecido de linho", "por metro, cru", 1200),
        p(
            "LIN-AZP",
            "Tecido de linho",
            "por metro, azul petróleo",
            1200,
        ),
        p("CHITA-FL", "Chita estampada", "pano de 2 m, flores", 900),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Retalhos da Sé",
            lines: &[
                ("Inês Moura", "Olá! Queria 3 metros daquele linho cru"),
                (
                    "Retalhos da Sé",
                    "Fica assim:\n3 m linho cru: 36,00 €\nPortes: 4,50 €\nTotal: 40,50 €",
                ),
                (
                    "Inês Moura",
                    "Perfeito. Morada:\nRua das Flores nº 12\nPrédio verde, 2º esq\n4050-262 Porto",
                ),
            ],
        },
        Currency::EUR,
        "PT",
    );
    assert_eq!(items(&d), owned(&[("LIN-CRU", 3)]));
    assert_eq!(
        d[0].delivery_address.as_ref().map(|a| a.text.as_str()),
        Some("Rua das Flores nº 12, Prédio verde, 2º esq, 4050-262 Porto")
    );
    assert!(d[0].warnings.is_empty(), "{:?}", d[0].warnings);
}

/// A tyre size ("80/90-17") is a variant, never a count of 17, and a brand the catalog writes
/// in capitals ("IRC", "FKR") names its product though it is short.
#[test]
fn a_tyre_size_is_no_count_and_a_short_brand_in_capitals_names_its_product() {
    let php: Currency = "PHP".parse().unwrap();
    let p = stocked(php, 10);
    let catalog = vec![
        p("FKR-70-17", "FKR Trail tire", "70/90-17 tube type", 110000),
        p("FKR-80-17", "FKR Trail tire", "80/90-17 tube type", 125000),
        p(
            "CHAIN-428",
            "Chain and sprocket set",
            "428, Honda Wave",
            145000,
        ),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Moto Parts Davao",
            lines: &[
                ("Jun Reyes", "boss pabili FKR 80/90-17 isa lang"),
                ("Jun Reyes", "pick up later"),
            ],
        },
        php,
        "PH",
    );
    assert_eq!(items(&d), owned(&[("FKR-80-17", 1)]));
}

/// An export with an earlier order the shop said it was paid for ("Recebido"), then the same
/// again weeks later: the earlier payment belongs to the earlier order, not to the new one.
#[test]
fn an_order_paid_weeks_before_is_history() {
    let lines = [
        ("2024-05-02", "Bia Lopes", "oi! quero 2 empadas de frango"),
        ("2024-05-02", "Doceria Lua", "2 empadas = R$ 13,00"),
        ("2024-05-02", "Bia Lopes", "Paguei R$ 13,00 no pix"),
        ("2024-05-02", "Doceria Lua", "Recebido, obrigada!"),
        ("2024-05-27", "Bia Lopes", "oi! quero o mesmo da outra vez"),
        ("2024-05-27", "Doceria Lua", "Claro! 2 empadas = R$ 13,00"),
        ("2024-05-27", "Bia Lopes", "Paguei R$ 13,00 no pix"),
    ];
    let msgs = dated_messages(&lines);
    let opts = DraftOptions::new(vec!["Doceria Lua".to_string()], "BR", Currency::BRL);
    let d = build_drafts(&msgs, &bakery(), &opts);
    assert_eq!(items(&d), owned(&[("EMPADA-UN", 2)]));
    assert_eq!(
        d[0].paid_claimed.as_ref().and_then(|c| c.amount),
        Some(Money::new(1300, Currency::BRL))
    );
}

/// The shop's restatement names another product of the same kind than the one being talked
/// about ("1 hand cream Rose" while the lavender one is in the order): its own name words pick
/// it; being talked about does not outweigh them.
#[test]
fn name_words_of_another_product_outweigh_the_one_in_focus() {
    let p = stocked(Currency::USD, 10);
    let catalog = vec![
        p("HC-LAV", "Hand cream Lavender Fields", "75 ml", 1200),
        p("HC-ROSE", "Hand cream Rose Garden", "75 ml", 1200),
        p("BL-ROSE", "Body lotion Rose Garden", "250 ml", 1800),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Petal & Co",
            lines: &[
                ("Dana", "hi! 2 hand cream lavender please"),
                (
                    "Dana",
                    "actually make one of them a different scent, you pick",
                ),
                (
                    "Petal & Co",
                    "Sure: 1 hand cream Lavender $12.00 + 1 hand cream Rose $12.00 = $24.00",
                ),
                ("Dana", "perfect"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(items(&d), owned(&[("HC-LAV", 1), ("HC-ROSE", 1)]));
}

/// A season's greeting names no product, though its words are a product's ("New Moon").
#[test]
fn a_seasons_greeting_names_no_product() {
    let p = stocked(Currency::USD, 10);
    let catalog = vec![
        p("NM-A5", "New Moon notebook", "A5", 450),
        p("XMAS-CARD", "Christmas card", "pack of 5", 600),
    ];
    for text in ["Happy new year!!", "Merry Christmas to you all 🎄"] {
        let d = draft(
            &catalog,
            Chat {
                shop: "Stationery Corner",
                lines: &[("Wanjiru", text)],
            },
            Currency::USD,
            "US",
        );
        assert_eq!(items(&d), owned(&[]), "{text}");
    }
}

/// A line the shop wrote back, with a total that adds up, is as sure as the shop's word: the
/// desk does not ask to check it ("medio kilo de queso" alone is a guess between two cheeses'
/// sizes).
#[test]
fn a_line_the_shop_wrote_back_is_sure() {
    let pyg: Currency = "PYG".parse().unwrap();
    let p = stocked(pyg, 20);
    let catalog = vec![
        p("MIEL-500", "Miel de abeja", "500 g", 35000),
        p("MIEL-1K", "Miel de abeja", "1 kg", 65000),
        p("QUE-1K", "Queso Paraguay", "1 kg", 45000),
        p("QUE-500", "Queso Paraguay", "medio kilo", 24000),
        p("HUE-DOC", "Huevos de campo", "docena", 18000),
        p("CHIPA-DOC", "Chipa almidón", "docena", 20000),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Granja Santa Ana",
            lines: &[
                (
                    "Rosa Vidal",
                    "Buen día! me pasás una docena de huevos, medio kilo de queso y miel de 1 kilo?",
                ),
                (
                    "Granja Santa Ana",
                    "Buen día Rosa! Docena de huevos 18.000, medio kilo de queso 24.000 y miel 1 kg 65.000, total 107.000 Gs. Delivery o retirás?",
                ),
                ("Rosa Vidal", "retiro yo, te transferí 107.000"),
            ],
        },
        pyg,
        "PY",
    );
    assert_eq!(
        items(&d),
        owned(&[("HUE-DOC", 1), ("QUE-500", 1), ("MIEL-1K", 1)])
    );
    for item in &d[0].items {
        assert!(item.shop_confirmed && item.confidence >= 85, "{item:?}");
    }
}

/// Fractions written with a slash are weights: a catalog's "1/2 lb" piece is half a pound
/// (not two), "3/4 lb" is no date, "2 x 1/2 kg" is two half-kilo pieces and a pound and a
/// half is made of the pieces the catalog sells.
#[test]
fn a_fraction_with_a_slash_is_a_weight() {
    let p = stocked(Currency::USD, 20);
    let catalog = vec![
        p("TURKEY-1LB", "Smoked turkey breast", "1 lb", 1200),
        p("TURKEY-HALF", "Smoked turkey breast", "1/2 lb", 650),
        p("SWISS-HALF", "Swiss cheese", "1/2 lb", 540),
        p("SWISS-QTR", "Swiss cheese", "1/4 lb", 290),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Corner Deli",
            lines: &[
                ("Ana Ruiz", "hi, can I get 1 1/2 lb of the smoked turkey"),
                ("Ana Ruiz", "and swiss cheese 2 x 1/4 lb, sliced thin"),
            ],
        },
        Currency::USD,
        "US",
    );
    assert_eq!(
        items(&d),
        owned(&[("TURKEY-1LB", 1), ("TURKEY-HALF", 1), ("SWISS-QTR", 2)])
    );
    let eur = stocked(Currency::EUR, 20);
    let catalog = vec![
        eur("ALC-1K", "Alcatra", "1 kg", 1890),
        eur("ALC-500", "Alcatra", "1/2 kg", 990),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Talho Central",
            lines: &[(
                "Rui",
                "bom dia, queria 3 kg de alcatra e mais 1/2 kg para a sopa",
            )],
        },
        Currency::EUR,
        "PT",
    );
    assert_eq!(items(&d), owned(&[("ALC-1K", 3), ("ALC-500", 1)]));
}

/// Deciding later with a product in the same breath ("I'll text you on Friday about the
/// brisket", "schauen wir uns an, wenn…") and weighing up ("we're looking at 50 mugs") order
/// nothing: the draft keeps them as asked about.
#[test]
fn deciding_later_or_weighing_up_orders_nothing() {
    let p = stocked(Currency::USD, 40);
    let catalog = vec![
        p("BRISKET", "Smoked brisket", "1 lb", 1800),
        p("MUG-WHITE", "Stoneware mug", "white", 1400),
    ];
    for text in [
        "great, I'll text you on Friday about the brisket for the party",
        "we're looking at 50 stoneware mugs for the office",
        "interested in 2 lb of smoked brisket, what's the wait?",
    ] {
        let d = draft(
            &catalog,
            Chat {
                shop: "Pit Stop BBQ",
                lines: &[("Dana Cole", text)],
            },
            Currency::USD,
            "US",
        );
        assert_eq!(items(&d), owned(&[]), "{text}");
    }
    let eur = stocked(Currency::EUR, 10);
    let catalog = vec![eur("SATTEL-C", "Sattel Comfort", "Damen", 4990)];
    let d = draft(
        &catalog,
        Chat {
            shop: "Radladen",
            lines: &[(
                "Petra Lang",
                "Dann komme ich Freitag vorbei und den Sattel Comfort schauen wir uns an, wenn er da ist",
            )],
        },
        Currency::EUR,
        "DE",
    );
    assert_eq!(items(&d), owned(&[]));
}

/// A colour said picks the product with that colour in its name, even out of stock in the
/// book; once the shop said the whole product is gone ("esgotou"), wanting it anyway is not
/// an order of another product that shares a word with it (the mug with roosters), nor of
/// the other colour.
#[test]
fn a_product_the_shop_said_is_gone_is_not_swapped_for_another() {
    let p = stocked(Currency::EUR, 8);
    let catalog = vec![
        p("CANECA-GALOS", "Caneca pintada, galos", "300 ml", 1400),
        p("GALO-PRETO", "Galo de barro preto", "médio", 2400),
        // Out of stock in the book: still what the words name.
        product(
            "GALO-AZUL",
            "Galo de barro azul",
            "médio",
            2600,
            0,
            &[],
            Currency::EUR,
        ),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Olaria Sol",
            lines: &[("Marta", "bom dia, ainda há galos azuis?")],
        },
        Currency::EUR,
        "PT",
    );
    let asked: Vec<&str> = d[0].items.iter().map(|i| i.sku.as_str()).collect();
    assert_eq!(asked, ["GALO-AZUL"]);
    let d = draft(
        &catalog,
        Chat {
            shop: "Olaria Sol",
            lines: &[
                ("Marta", "bom dia, ainda há galos de barro azuis?"),
                (
                    "Olaria Sol",
                    "Bom dia! O galo azul esgotou, temos o preto médio a 24 €",
                ),
                ("Marta", "que pena, eu queria mesmo o galo azul"),
            ],
        },
        Currency::EUR,
        "PT",
    );
    assert_eq!(items(&d), owned(&[]));
}

/// The shop's restatement names variants alone ("6 x 1B R390 + 2 x 27 R140"): a count, an
/// "x" and a number the catalog has as a variant count that variant, and the price of each
/// line picks the product among those talked about whose variant it is.
#[test]
fn a_restatement_of_variants_alone_is_read_by_their_prices() {
    let zar: Currency = "ZAR".parse().unwrap();
    let p = stocked(zar, 30);
    let catalog = vec![
        p(
            "YARN-1B",
            "Acrylic knitting yarn",
            "shade 1B (soft black), ball of 100 g",
            6500,
        ),
        p(
            "YARN-27",
            "Acrylic knitting yarn",
            "shade 27 (honey), ball of 100 g",
            7000,
        ),
        p(
            "YARN-44",
            "Acrylic knitting yarn",
            "shade 44 (sky), ball of 100 g",
            7000,
        ),
        p("TWIST-1B", "Cotton twist cord", "1B, per roll", 5500),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Wool Corner",
            lines: &[
                (
                    "Lindi",
                    "hi, I need cotton twist cord and acrylic knitting yarn for a blanket",
                ),
                ("Lindi", "so 6 x 1B and 2 x 27 please"),
                (
                    "Wool Corner",
                    "Sure! 6 x 1B R390 + 2 x 27 R140 = R530, collect tomorrow",
                ),
            ],
        },
        zar,
        "ZA",
    );
    assert_eq!(items(&d), owned(&[("YARN-1B", 6), ("YARN-27", 2)]));
    // Without a price per line, the total checks the reading the same way.
    let d = draft(
        &catalog,
        Chat {
            shop: "Wool Corner",
            lines: &[
                (
                    "Lindi",
                    "hi, I need cotton twist cord and acrylic knitting yarn for a blanket",
                ),
                ("Lindi", "so 6 x 1B and 2 x 27 please"),
                ("Wool Corner", "Sorted: 6 x 1B, 2 x 27 = R530"),
            ],
        },
        zar,
        "ZA",
    );
    assert_eq!(items(&d), owned(&[("YARN-1B", 6), ("YARN-27", 2)]));
}

/// A hyphenated word of a product's name is typed as one: "xpression" is the X-pression
/// braid, not the other braid in the same colour.
#[test]
fn a_hyphenated_name_word_typed_as_one() {
    let zar: Currency = "ZAR".parse().unwrap();
    let p = stocked(zar, 20);
    let catalog = vec![
        p("XP-1B", "Braiding hair X-pression", "1B", 6500),
        p("KINKY-1B", "Kinky twist braiding hair", "1B", 5500),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Hair Hub",
            lines: &[("Karabo", "morning, need 10 xpression 1B pls")],
        },
        zar,
        "ZA",
    );
    assert_eq!(items(&d), owned(&[("XP-1B", 10)]));
}

/// The shop asks for part up front on a labelled line ("te pido seña del 50%: $30.250"): that
/// amount is no total of the order, and "mandé la seña" claims it.
#[test]
fn a_deposit_asked_on_a_labelled_line_is_what_paying_the_deposit_claims() {
    let ars: Currency = "ARS".parse().unwrap();
    let p = stocked(ars, 10);
    let catalog = vec![
        p("CORDERO", "Cordero entero", "12 kg", 9000000),
        p("CHORI", "Chorizo casero", "unidad", 150000),
    ];
    let d = draft(
        &catalog,
        Chat {
            shop: "Carnes Don Luis",
            lines: &[
                (
                    "Marcos",
                    "Buenas! Para el domingo un cordero entero y 10 chorizos",
                ),
                (
                    "Carnes Don Luis",
                    "Dale Marcos: cordero $90.000 + 10 chorizos $15.000 = $105.000\nComo es encargo te pido seña:\n$50.000",
                ),
                ("Marcos", "listo, mandé la seña"),
            ],
        },
        ars,
        "AR",
    );
    assert_eq!(items(&d), owned(&[("CORDERO", 1), ("CHORI", 10)]));
    let claim = d[0].paid_claimed.as_ref().and_then(|c| c.amount);
    assert_eq!(claim, Some(Money::new(5_000_000, ars)));
    assert!(d[0].warnings.is_empty(), "{:?}", d[0].warnings);
}

/// A payment said to be more than the order and its delivery comes to is flagged for the
/// person at the counter; the order with its fee paid exactly is not.
#[test]
fn a_claim_above_the_order_is_flagged() {
    let p = stocked(Currency::USD, 10);
    let catalog = vec![p("TEE-BLK-L", "Basic Tee", "Black / L", 2500)];
    let chat = |paid: &'static str| {
        draft(
            &catalog,
            Chat {
                shop: "Tee Shop",
                lines: &[
                    ("Ana", "could I get 2 basic tees in black, size L?"),
                    ("Tee Shop", "Sure! 2 x Basic Tee Black L = $50, shipping $5"),
                    ("Ana", paid),
                ],
            },
            Currency::USD,
            "US",
        )
    };
    let d = chat("sent $70 on venmo");
    assert!(
        d[0].warnings.iter().any(|w| matches!(
            w,
            DraftWarning::ClaimAboveOrder { claimed, order, .. }
                if claimed.minor == 7000 && order.minor == 5500
        )),
        "{:?}",
        d[0].warnings
    );
    let d = chat("sent $55 on venmo");
    assert!(d[0].warnings.is_empty(), "{:?}", d[0].warnings);
}

/// An "&" or "and" inside a product's name ("Cedar & Sage") joins nothing; between two
/// products it still does, even when they share a word ("lip balm and lip gloss"). A room
/// spray is not a reed diffuser.
#[test]
fn an_and_inside_a_name_joins_nothing() {
    let p = stocked(Currency::USD, 20);
    let catalog = vec![
        p("MELT-CS", "Soy wax melts, Cedar & Sage", "6-cube pack", 750),
        p("CAND-CS", "Soy candle, Cedar & Sage", "8 oz tin", 1800),
        p("CAND-BR", "Soy candle, Bluebonnet Rain", "8 oz tin", 1800),
        p("SPRAY-CS", "Room & linen spray, Cedar & Sage", "4 oz", 1400),
        p("REED-BR", "Reed diffuser, Bluebonnet Rain", "100 ml", 2800),
        p("BALM", "Lip balm", "vanilla", 500),
        p("GLOSS", "Lip gloss", "clear", 900),
    ];
    let said = |text: &'static str| {
        items(&draft(
            &catalog,
            Chat {
                shop: "Wick Co",
                lines: &[("Kay", text)],
            },
            Currency::USD,
            "US",
        ))
    };
    assert_eq!(
        said("can I get 2 x Cedar & Sage melts and a cedar room spray"),
        owned(&[("MELT-CS", 2), ("SPRAY-CS", 1)])
    );
    assert_eq!(
        said("one lip balm and lip gloss please"),
        owned(&[("BALM", 1), ("GLOSS", 1)])
    );
}

/// Once the shop wrote the order back, a product word in passing ("bring it before lunch",
/// when the catalog sells a lunch box) adds nothing; a counted one still does.
#[test]
fn a_product_word_in_passing_after_the_order_was_written_back_adds_nothing() {
    let p = stocked(Currency::EUR, 20);
    let catalog = vec![
        p("BOWL-6", "Soup bowls", "set of 6", 3600),
        p("LUNCH", "Lunch box, tin", "1 l", 1500),
    ];
    let chat = |last: &'static str| {
        items(&draft(
            &catalog,
            Chat {
                shop: "Pottery",
                lines: &[
                    ("Zé", "I need 2 sets of the soup bowls"),
                    ("Pottery", "2 x Soup bowls set of 6 = €72.00"),
                    ("Zé", last),
                ],
            },
            Currency::EUR,
            "PT",
        ))
    };
    assert_eq!(
        chat("before 11 please, after that it is lunch and the kitchen is full"),
        owned(&[("BOWL-6", 2)])
    );
    assert_eq!(
        chat("great, and 1 lunch box too"),
        owned(&[("BOWL-6", 2), ("LUNCH", 1)])
    );
}
