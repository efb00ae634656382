//! Chat parsing and draft building throughput.
//!
//! Run with `cargo bench --bench chat`. Needs in Cargo.toml:
//! `[[bench]] name = "chat" harness = false`.

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use orderdesk::core::catalog::Product;
use orderdesk::core::chat::{
    CatalogIndex, DraftOptions, ParseOptions, build_drafts, build_drafts_with_index, parse_chat,
    read_chat,
};
use orderdesk::core::customer::normalize_phone;
use orderdesk::core::money::Currency;

fn main() {
    divan::main();
}

/// Messages in the synthetic export: enough that per-call overhead disappears.
const EXPORT_MESSAGES: usize = 120_000;

/// An Android export with the usual mix: one-line messages, multi-line ones with lines that
/// look like headers (`Total: $80`), media placeholders and a system message now and then.
fn synthetic_export(count: usize) -> String {
    let mut text = String::with_capacity(count * 80);
    for i in 0..count {
        let day = i % 28 + 1;
        let month = i / 28 % 12 + 1;
        let (hour, minute) = (i / 60 % 24, i % 60);
        let header = format!("{day:02}/{month:02}/2024, {hour:02}:{minute:02} - ");
        text.push_str(&header);
        match i % 10 {
            0 => text.push_str("Mei Chen: 2 black tees size M and the blue denim jacket\n"),
            1 => text.push_str("Northside Threads: ok! Total: $80\nName: Mei\n\nPix: shop@x.com\n"),
            2 => text.push_str("+55 11 98765-4321: <Media omitted>\n"),
            3 => text.push_str("Ana joined using this group's invite link\n"),
            4 => text.push_str("Mei Chen: actually make it 3 <This message was edited>\n"),
            _ => text.push_str("Mei Chen: can you deliver to 221 Baker St tomorrow?\n"),
        }
    }
    text
}

#[divan::bench(sample_count = 20)]
fn parse_export(bencher: Bencher) {
    let text = synthetic_export(EXPORT_MESSAGES);
    let opts = ParseOptions::default();
    let messages = parse_chat(&text, &opts).messages.len();
    assert_eq!(messages, EXPORT_MESSAGES);
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(ItemsCount::new(messages))
        .bench(|| parse_chat(black_box(&text), &opts));
}

/// Messages in the realistic export: about 10 MB, like a busy shop's year.
const REALISTIC_MESSAGES: usize = 100_000;

/// A US Android export as phones write it today (`3/14/21, 8:05\u{202f}AM - `), with names and
/// words in English, Portuguese and Spanish (about four messages in ten hold a non-ASCII
/// character), emoji, multi-line messages, media placeholders, deleted and edited messages and
/// a few group events. Deterministic.
fn realistic_export(count: usize) -> String {
    const AUTHORS: &[&str] = &[
        "Maya Johnson",
        "Lucas Silva",
        "Sofía García",
        "+1 512-555-0123",
        "Carlos Méndez",
        "+55 11 98765-4321",
        "Ana Beatriz 🌸",
        "João Pereira",
    ];
    const WORDS: &[&str] = &[
        "Can I order 2 t-shirts?",
        "Hi! Do you still have sneakers in size 42?",
        "That's $19 each, 3 for $57.",
        "Order #4821 is confirmed.",
        "Can you deliver to 1600 Congress Ave?",
        "Payment sent via Zelle.",
        "Oi! Vocês ainda têm camisetas no tamanho M?",
        "Fica R$ 49 cada, 2 por R$ 98.",
        "Pix enviado, segue o comprovante.",
        "Chegaram as canecas, tudo certinho.",
        "¡Hola! ¿Todavía tienen fundas de móvil en talla L?",
        "Son 15 € cada una, 4 por 60 €.",
        "Transferencia hecha, te mando el comprobante.",
        "Paso a recogerlo a las 18:30.",
        "Great, thanks!",
        "Ok",
        "Obrigada!",
        "Vale 👍",
    ];
    let mut rng = fastrand::Rng::with_seed(14);
    let mut text = String::with_capacity(count * 100);
    let mut minutes = 8 * 60;
    for i in 0..count {
        minutes += rng.usize(1..40);
        let day = 1 + minutes / (24 * 60);
        let (month, day) = (1 + (day / 28) % 12, 1 + day % 28);
        let (hour, minute) = (minutes / 60 % 24, minutes % 60);
        let (h12, meridiem) = match hour {
            0 => (12, "AM"),
            1..=11 => (hour, "AM"),
            12 => (12, "PM"),
            _ => (hour - 12, "PM"),
        };
        text.push_str(&format!(
            "{month}/{day}/24, {h12}:{minute:02}\u{202f}{meridiem} - "
        ));
        let author = AUTHORS[rng.usize(..AUTHORS.len())];
        match rng.usize(..1000) {
            0..4 => text.push_str(&format!("{author} added {}\n", AUTHORS[i % AUTHORS.len()])),
            4..39 => text.push_str(&format!("{author}: <Media omitted>\n")),
            39..44 => text.push_str(&format!("{author}: This message was deleted\n")),
            44..54 => {
                let words = WORDS[rng.usize(..WORDS.len())];
                text.push_str(&format!("{author}: {words} <This message was edited>\n"));
            }
            54..154 => {
                text.push_str(&format!("{author}: {}\n", WORDS[rng.usize(..WORDS.len())]));
                for _ in 0..rng.usize(1..4) {
                    text.push_str(&format!(
                        "- {}x {}\n",
                        rng.usize(1..6),
                        WORDS[rng.usize(..6)]
                    ));
                }
            }
            _ => {
                let first = WORDS[rng.usize(..WORDS.len())];
                let second = if rng.bool() {
                    WORDS[rng.usize(..WORDS.len())]
                } else {
                    ""
                };
                text.push_str(&format!("{author}: {first} {second}\n"));
            }
        }
    }
    text
}

#[divan::bench(sample_count = 20)]
fn parse_realistic_export(bencher: Bencher) {
    let text = realistic_export(REALISTIC_MESSAGES);
    let opts = ParseOptions::default();
    let messages = parse_chat(&text, &opts).messages.len();
    assert_eq!(messages, REALISTIC_MESSAGES);
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(ItemsCount::new(messages))
        .bench(|| parse_chat(black_box(&text), &opts));
}

/// The same export read without copying the messages out (what `chat parse` streams from).
#[divan::bench(sample_count = 20)]
fn read_realistic_export(bencher: Bencher) {
    let text = realistic_export(REALISTIC_MESSAGES);
    let opts = ParseOptions::default();
    let messages = read_chat(&text, &opts).len();
    assert_eq!(messages, REALISTIC_MESSAGES);
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(ItemsCount::new(messages))
        .bench(|| read_chat(black_box(&text), &opts));
}

/// A 5,000-SKU catalog: 1,000 products in 5 variants each, named from small word lists so
/// names share words the way a real catalog's do ("Slim Cotton Tee", "Slim Linen Tee").
fn synthetic_catalog() -> Vec<Product> {
    const STYLES: &[&str] = &[
        "Slim",
        "Classic",
        "Oversized",
        "Cropped",
        "Relaxed",
        "Vintage",
        "Sport",
        "Basic",
        "Premium",
        "Urban",
    ];
    const MATERIALS: &[&str] = &[
        "Cotton", "Linen", "Wool", "Denim", "Leather", "Silk", "Fleece", "Corduroy", "Cashmere",
        "Canvas",
    ];
    const THINGS: &[&str] = &[
        "Tee", "Jacket", "Scarf", "Hoodie", "Shirt", "Skirt", "Dress", "Beanie", "Coat", "Shorts",
    ];
    const VARIANTS: &[&str] = &[
        "Black / S",
        "Black / M",
        "Blue / M",
        "White / L",
        "Red / XL",
    ];
    let mut products = Vec::with_capacity(5_000);
    for (n, ((style, material), thing)) in STYLES
        .iter()
        .flat_map(|s| MATERIALS.iter().map(move |m| (s, m)))
        .flat_map(|sm| THINGS.iter().map(move |t| (sm, t)))
        .enumerate()
    {
        for (v, variant) in VARIANTS.iter().enumerate() {
            products.push(Product {
                sku: format!("P{n:04}-{v}"),
                name: format!("{style} {material} {thing}"),
                variant: (*variant).to_string(),
                price: 1_000 + (n as i64 % 90) * 100,
                currency: Currency::USD,
                aliases: vec![format!("{material} {thing}").to_lowercase()],
                on_hand: (n % 7) as i64,
                reserved: 0,
                low_stock: None,
            });
        }
    }
    products
}

/// A 50-message conversation between two customers and the shop, with changes, typos,
/// an address and a payment claim.
fn synthetic_order_chat() -> String {
    let lines = [
        "Mei: Hi! do you have the slim cotton tee in black?",
        "Shop: Hi Mei! Yes, S and M",
        "Mei: I'd like 2 black slim cotton tees size M and the vintage denim jacket, size M please",
        "Ana: Oi! Quero 1 cachecol de lã vermelho e 2 camisetas",
        "Mei: actually change the tees to white",
        "Mei: make it 3",
        "Ana: na verdade 3 classic wool scarfs",
        "Mei: also add a red oversized fleece hoodie XL",
        "Shop: ok Mei, 3 white slim cotton tees and the vintage denim jacket M",
        "Mei: hmm remove the hoodie",
        "Ana: e também um urban canvas coat azul M",
        "Mei: Deliver to 221 Baker St, Springfield",
        "Ana: troca para preto",
        "Mei: sent $195 on venmo",
        "Ana: Endereço: Rua Augusta, 1500 - apto 32",
        "Ana: 3 hats too",
        "Shop: Fechado Ana!",
        "Ana: pix feito",
        "Mei: thanks!",
        "Ana: obrigada 😊",
    ];
    let mut text = String::new();
    for i in 0..50 {
        let line = lines[i % lines.len()];
        text.push_str(&format!("13/01/2024, 10:{:02} - {line}\n", i % 60));
    }
    text
}

#[divan::bench(sample_count = 30)]
fn drafts_5000_product_catalog(bencher: Bencher) {
    let catalog = synthetic_catalog();
    let chat = parse_chat(&synthetic_order_chat(), &ParseOptions::default());
    let opts = DraftOptions::new(vec!["Shop".into()], "US", Currency::USD);
    assert_eq!(chat.messages.len(), 50);
    assert_eq!(build_drafts(&chat.messages, &catalog, &opts).len(), 2);
    // One paste per iteration, catalog indexed inside: what the desk does per paste.
    bencher
        .counter(ItemsCount::new(1usize))
        .bench(|| build_drafts(black_box(&chat.messages), &catalog, &opts));
}

#[divan::bench(sample_count = 30)]
fn drafts_with_prebuilt_index(bencher: Bencher) {
    let catalog = synthetic_catalog();
    let index = CatalogIndex::new(&catalog);
    let chat = parse_chat(&synthetic_order_chat(), &ParseOptions::default());
    let opts = DraftOptions::new(vec!["Shop".into()], "US", Currency::USD);
    bencher
        .counter(ItemsCount::new(1usize))
        .bench(|| build_drafts_with_index(black_box(&chat.messages), &index, &opts));
}

#[divan::bench(sample_count = 30)]
fn index_5000_product_catalog(bencher: Bencher) {
    let catalog = synthetic_catalog();
    bencher
        .counter(ItemsCount::new(catalog.len()))
        .bench(|| CatalogIndex::new(black_box(&catalog)));
}

/// Numbers as chats and staff write them, each with its shop's country: one normalisation
/// per number (what each author, typed customer and number in a message costs).
const PHONES: &[(&str, &str)] = &[
    ("US", "+1 512-555-0123"),
    ("US", "(512) 555 0123"),
    ("US", "\u{202a}+1 (512) 555\u{2011}0123\u{202c}"),
    ("BR", "+55 11 98765-4321"),
    ("BR", "(11) 98765-4321"),
    ("BR", "0055 11 98765-4321"),
    ("MX", "+52 55 5555 0101"),
    ("DE", "0151 23456789"),
    ("AT", "0664 1234567"),
    ("GB", "07700 900123"),
    ("IN", "98765 43210"),
    ("ES", "612 34 56 78"),
];

#[divan::bench(sample_count = 30)]
fn normalize_phones(bencher: Bencher) {
    for (country, text) in PHONES {
        assert!(normalize_phone(text, country).is_ok(), "{text}");
    }
    bencher.counter(ItemsCount::new(PHONES.len())).bench(|| {
        for (country, text) in PHONES {
            let _ = black_box(normalize_phone(black_box(text), country));
        }
    });
}

/// A 48-message group chat of twelve customers WhatsApp shows by number (not in the shop's
/// contacts), each ordering, giving an address and paying: drafting reads every author's
/// number. Compare with `drafts_with_prebuilt_index` (customers by name) in the same run.
fn phone_authors_chat() -> String {
    const AUTHORS: &[&str] = &[
        "+55 11 98765-4321",
        "+55 21 99876-5432",
        "+55 31 98123-4567",
        "+1 512-555-0123",
        "+1 512-555-0187",
        "+52 55 5555 0101",
        "+49 151 23456789",
        "+43 664 1234567",
        "+44 7700 900123",
        "+91 98765 43210",
        "+34 612 34 56 78",
        "+351 912 345 678",
    ];
    const LINES: &[&str] = &[
        "I'd like 2 black slim cotton tees size M",
        "and the vintage denim jacket, size M please",
        "Deliver to 221 Baker St, Springfield",
        "sent $45 on venmo",
    ];
    let mut text = String::new();
    for (i, line) in LINES.iter().enumerate() {
        for (j, author) in AUTHORS.iter().enumerate() {
            text.push_str(&format!("13/01/2024, 1{i}:{j:02} - {author}: {line}\n"));
        }
    }
    text
}

#[divan::bench(sample_count = 30)]
fn drafts_for_phone_authors(bencher: Bencher) {
    let catalog = synthetic_catalog();
    let index = CatalogIndex::new(&catalog);
    let chat = parse_chat(&phone_authors_chat(), &ParseOptions::default());
    let opts = DraftOptions::new(vec!["Shop".into()], "US", Currency::USD);
    assert_eq!(chat.messages.len(), 48);
    let drafts = build_drafts_with_index(&chat.messages, &index, &opts);
    assert_eq!(drafts.len(), 12);
    assert!(drafts.iter().all(|d| d.customer.phone.is_some()));
    bencher
        .counter(ItemsCount::new(1usize))
        .bench(|| build_drafts_with_index(black_box(&chat.messages), &index, &opts));
}
