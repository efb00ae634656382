//! One customer's order as the conversation builds it: clauses are applied in the order they
//! were written, so "2 tees", then "change to blue", then "actually 3" ends as 3 blue tees.

use super::back_ref::BackRef;
use super::catalog_index::{CatalogIndex, Features};
use super::clause::Reading;
use super::fold::fold;
use super::mentions::Mention;
use super::roles::Qty;
use super::vocab;
use crate::core::money::Money;

/// An item being assembled from mentions and changes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ItemState {
    pub family: usize,
    pub tied: Vec<usize>,
    pub sku: Option<usize>,
    pub wanted: Features,
    pub price: Option<Money>,
    pub qty: i64,
    pub qty_said: bool,
    /// Only asked about ("do you have the black jacket?"), never ordered.
    pub asked_only: bool,
    /// How well the words named the product, 0–100.
    pub name_confidence: u8,
    pub source: usize,
    pub changed_by: Vec<usize>,
    pub said: String,
    pub shop_confirmed: bool,
    /// The words that last named the product ("black leather jacket in M").
    pub named: String,
    /// Set when this line was ordered by pointing, never by naming ("I'll take 2" after "do
    /// you have the black jacket?"): the words that named what it points at. Cleared when a
    /// later message names the product.
    pub referent: Option<String>,
}

/// A piece of the chat that looked like an order but matched nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Loose {
    pub text: String,
    pub source: usize,
}

#[derive(Debug, Default)]
pub(crate) struct OrderState {
    pub items: Vec<ItemState>,
    pub unmatched: Vec<Loose>,
    pub notes: Vec<String>,
    /// The item a bare "make it 3", "in blue" or "I'll take 2" refers to: the last one the
    /// customer spoke of (or the shop brought up itself).
    last: Option<usize>,
}

impl OrderState {
    /// Applies a customer's clause.
    pub fn apply_customer(&mut self, reading: &Reading, source: usize, index: &CatalogIndex<'_>) {
        let cues = reading.cues;
        if cues.remove || (cues.without && !reading.mentions.is_empty()) {
            self.remove(reading, source, index);
            return;
        }
        if reading.mentions.is_empty() {
            self.apply_unnamed(reading, source);
            return;
        }
        // "I want 2 of them and one red scarf": the count is about the item before this
        // clause, so it goes first, before the scarf becomes the last item.
        if let Some(back) = &reading.back {
            self.refer_back(back, reading, source);
        }
        for mention in &reading.mentions {
            self.mention(mention, reading, source);
        }
        // "2 jackets, 3 hats and a scarf": the hats are still worth a look.
        self.keep_unmatched(reading, source);
    }

    /// A clause that names no product: a count, a colour or size, or "the same in L" about
    /// the last item.
    fn apply_unnamed(&mut self, reading: &Reading, source: usize) {
        let cues = reading.cues;
        let has_bare_features = reading.bare.colour.is_some() || reading.bare.size.is_some();
        if has_bare_features && reading.unmatched.is_empty() && self.repeat_last(reading, source) {
            return;
        }
        let mut used = false;
        if let Some(back) = &reading.back {
            used = true;
            self.refer_back(back, reading, source);
        }
        // "in blue", "size M please", "change to blue": but not "I want the green beanie",
        // whose colour belongs to a product the catalog lacks.
        let about_last_item = cues.change || reading.simple || cues.question;
        if has_bare_features && about_last_item && reading.unmatched.is_empty() {
            used = true;
            match self.target() {
                Some(item) => {
                    replace_features(&mut item.wanted, &reading.bare);
                    item.sku = None;
                    touch(item, source, &reading.text);
                }
                None if reading.back.is_none() => self.unmatched.push(Loose {
                    text: reading.text.clone(),
                    source,
                }),
                None => {}
            }
        }
        if !used {
            self.keep_unmatched(reading, source);
        }
    }

    /// Gives a quantity with no product of its own to the item said before: an item only
    /// asked about becomes ordered ("do you have the jacket?", "I'll take 2"), an ordered one
    /// takes the new quantity ("make it 3") or adds to it ("2 more"). With nothing said
    /// before, the words are kept as unmatched, never turned into a line.
    fn refer_back(&mut self, back: &BackRef, reading: &Reading, source: usize) {
        let cues = reading.cues;
        let Some(target) = self.last.filter(|&i| i < self.items.len()) else {
            if back.qty.is_some() {
                self.unmatched.push(Loose {
                    text: back.text.clone(),
                    source,
                });
            }
            return;
        };
        let asked_together = self.asked_with(target);
        let item = &mut self.items[target];
        match back.qty {
            Some(qty) => {
                let adds = (back.more || (cues.add && !cues.change)) && !item.asked_only;
                item.qty = if adds {
                    item.qty.saturating_add(qty.n)
                } else {
                    qty.n
                };
                item.qty_said = true;
            }
            // "I'll take it" orders what was asked about; said of an ordered item it is
            // only agreement.
            None if !item.asked_only => return,
            None => {}
        }
        let was_asked = item.asked_only;
        if was_asked {
            // The product was asked about, never ordered by name: this line rests on the
            // pointing, and says so.
            item.referent = Some(without_count(&item.named).to_string());
        }
        item.asked_only = false;
        touch(item, source, &back.text);
        if was_asked && !asked_together.is_empty() {
            // "do you have the scarf and the tee?", "I'll take 2": of which, or of both?
            let chosen = item.named.clone();
            self.notes.push(format!(
                "'{}' (message {source}) was read as '{chosen}'; the same question also asked \
                 about '{}'",
                back.text,
                asked_together.join("', '")
            ));
        }
    }

    /// What else was only asked about in the message that asked about item `i`. Items are
    /// pushed in message order, so those of one message sit next to each other: only that
    /// run is looked at, never the whole order.
    fn asked_with(&self, i: usize) -> Vec<String> {
        let Some(item) = self.items.get(i).filter(|item| item.asked_only) else {
            return Vec::new();
        };
        let same_message = |k: &usize| self.items[*k].source == item.source;
        let first = (0..i).rev().take_while(same_message).last().unwrap_or(i);
        let end = (i + 1..self.items.len())
            .take_while(same_message)
            .last()
            .map_or(i + 1, |k| k + 1);
        (first..end)
            .filter(|&k| k != i && self.items[k].asked_only)
            .map(|k| self.items[k].named.clone())
            .collect()
    }

    /// "the same in L too", "also in blue", "o mesmo em azul": another item like the last
    /// one, in the colour or size said. Returns false when the clause is not that.
    fn repeat_last(&mut self, reading: &Reading, source: usize) -> bool {
        let cues = reading.cues;
        let Some(last) = self.last.and_then(|i| self.items.get(i)) else {
            return false;
        };
        let differs = |mine: Option<&str>, said: Option<&str>| said.is_some() && mine != said;
        let other_variant = differs(last.wanted.colour, reading.bare.colour)
            || differs(last.wanted.size.as_deref(), reading.bare.size.as_deref());
        let another = cues.same || (cues.add && !cues.change && !last.asked_only);
        if !other_variant || !another || cues.remove {
            return false;
        }
        let mut item = last.clone();
        replace_features(&mut item.wanted, &reading.bare);
        item.sku = None;
        let said_qty = reading.back.as_ref().and_then(|b| b.qty);
        // "the same" repeats the quantity too; "also in blue" is one more unless counted.
        item.qty = match said_qty {
            Some(q) => q.n,
            None if cues.same => last.qty,
            None => 1,
        };
        item.qty_said = said_qty.is_some() || (cues.same && last.qty_said);
        item.asked_only = cues.question && !cues.order;
        item.source = source;
        item.changed_by = Vec::new();
        item.shop_confirmed = false;
        item.referent = Some(without_count(&last.named).to_string());
        item.said = String::new();
        touch(&mut item, source, &reading.text);
        self.items.push(item);
        self.last = Some(self.items.len() - 1);
        true
    }

    fn keep_unmatched(&mut self, reading: &Reading, source: usize) {
        for piece in &reading.unmatched {
            self.unmatched.push(Loose {
                text: piece.clone(),
                source,
            });
        }
    }

    /// Applies a clause of the shop's, when the shop's message confirms something. Mentions
    /// confirm (and may correct) the customer's items; a confirmation without products
    /// confirms everything ordered so far, and a bare count in it ("ok, 3 reserved") is the
    /// shop's quantity for the last item.
    pub fn apply_shop(&mut self, reading: &Reading, source: usize) {
        if reading.mentions.is_empty() {
            if reading.cues.confirm {
                // "ok, 2 reserved", "fechado, 2 dessas": the shop's count for the last item.
                if let Some(back) = reading.back.as_ref().filter(|b| b.qty.is_some()) {
                    self.refer_back(back, reading, source);
                }
                // What was ordered so far; a question the shop has not answered stays open.
                for item in self.items.iter_mut().filter(|item| !item.asked_only) {
                    item.shop_confirmed = true;
                }
            }
            return;
        }
        for mention in &reading.mentions {
            let found = self.items.iter().rposition(|item| {
                same_product(item, mention) && compatible(&item.wanted, &mention.features)
            });
            match found {
                // "ok, 2 jackets. The white tee too, in M and L": the "ok" is the first
                // sentence's; naming what the customer only asked about answers the question,
                // it does not order it. A count or a "reserved" beside it does.
                Some(i) if self.items[i].asked_only && !shop_orders(mention, reading) => {}
                Some(i) => {
                    let item = &mut self.items[i];
                    narrow(item, mention);
                    merge_mention(item, mention);
                    if let Some(qty) = mention.qty.filter(|q| !q.weak) {
                        item.qty = qty.n;
                        item.qty_said = true;
                    }
                    item.asked_only = false;
                    item.shop_confirmed = true;
                    named_by(item, mention);
                    touch(item, source, &mention.text);
                    // Confirming is not bringing up: the customer's next "I'll take it" is
                    // still about what the customer last spoke of, so `last` stays.
                }
                None => {
                    let mut item = new_item(mention, reading, source);
                    item.shop_confirmed = true;
                    item.asked_only = false;
                    item.name_confidence = item.name_confidence.saturating_sub(15);
                    self.notes.push(format!(
                        "'{}' comes from the shop's confirmation only (message {source})",
                        mention.text
                    ));
                    self.items.push(item);
                    self.last = Some(self.items.len() - 1);
                }
            }
        }
    }

    /// Drops unmatched pieces of a message that turned out to be part of its address.
    pub fn forget_unmatched_within(&mut self, source: usize, address: &str) {
        self.unmatched
            .retain(|u| u.source != source || !address.contains(u.text.as_str()));
    }

    fn target(&mut self) -> Option<&mut ItemState> {
        let i = self.last?;
        self.items.get_mut(i)
    }

    fn mention(&mut self, mention: &Mention, reading: &Reading, source: usize) {
        let cues = reading.cues;
        let same_family = |item: &ItemState| same_product(item, mention);
        let existing = if cues.change {
            // "change the jacket to blue": the latest item of that product, whatever it holds.
            self.items.iter().rposition(same_family)
        } else {
            self.items
                .iter()
                .rposition(|item| same_family(item) && compatible(&item.wanted, &mention.features))
        };
        let additive = cues.add && !cues.change;
        match existing {
            Some(i) if additive && !self.items[i].asked_only => {
                // "another tee": more of the same item.
                let item = &mut self.items[i];
                narrow(item, mention);
                let more = mention.qty.map_or(1, |q| q.n);
                item.qty = item.qty.saturating_add(more);
                item.qty_said = true;
                merge_mention(item, mention);
                named_by(item, mention);
                touch(item, source, &mention.text);
                self.last = Some(i);
            }
            Some(i) => {
                // A restatement or a correction of an item already in the order.
                let item = &mut self.items[i];
                narrow(item, mention);
                if cues.change {
                    replace_features(&mut item.wanted, &mention.features);
                    item.sku = mention.sku;
                } else {
                    merge_mention(item, mention);
                }
                if let Some(qty) = mention.qty.filter(|q| !q.weak || !item.qty_said) {
                    item.qty = qty.n;
                    item.qty_said = item.qty_said || !qty.weak;
                }
                if !cues.question || cues.order || mention.qty.is_some_and(|q| !q.weak) {
                    item.asked_only = false;
                }
                item.name_confidence = item.name_confidence.max(mention.confidence);
                named_by(item, mention);
                touch(item, source, &mention.text);
                self.last = Some(i);
            }
            None => {
                self.items.push(new_item(mention, reading, source));
                self.last = Some(self.items.len() - 1);
            }
        }
    }

    fn remove(&mut self, reading: &Reading, source: usize, index: &CatalogIndex<'_>) {
        if reading.mentions.is_empty() {
            // "cancel it", "remove that": the last item, but only in a short clause.
            let short = reading.text.split_whitespace().count() <= 4;
            if short && let Some(i) = self.last.filter(|&i| i < self.items.len()) {
                let item = self.items.remove(i);
                self.note_removed(&item, source, index);
                self.last = self.items.len().checked_sub(1);
            }
            return;
        }
        for mention in &reading.mentions {
            let before = self.items.len();
            let mut kept = Vec::with_capacity(before);
            let mut removed = Vec::new();
            for item in self.items.drain(..) {
                if same_product(&item, mention) && compatible(&item.wanted, &mention.features) {
                    removed.push(item);
                } else {
                    kept.push(item);
                }
            }
            self.items = kept;
            for item in &removed {
                self.note_removed(item, source, index);
            }
            if removed.is_empty() {
                self.notes.push(format!(
                    "message {source} asks to remove '{}', which was not in the order",
                    mention.text
                ));
            }
        }
        self.last = self.items.len().checked_sub(1);
    }

    fn note_removed(&mut self, item: &ItemState, source: usize, index: &CatalogIndex<'_>) {
        let name = index
            .families
            .get(item.family)
            .map_or_else(|| item.said.clone(), |f| f.name.clone());
        self.notes
            .push(format!("removed {name} (message {source})"));
    }
}

/// The shop's clause itself orders the product it names: a count ("2 jackets") or a
/// confirming word in the same clause ("1 black leather jacket M reserved for you").
fn shop_orders(mention: &Mention, reading: &Reading) -> bool {
    mention.qty.is_some_and(|q| !q.weak) || reading.cues.confirm
}

/// The mention names the item's product, or one of the products its words also fitted
/// ("the $120 jacket", later called "the denim jacket").
fn same_product(item: &ItemState, mention: &Mention) -> bool {
    let ours = |family: usize| family == item.family || item.tied.contains(&family);
    ours(mention.family) || (mention.tied.contains(&item.family) && mention.sku.is_none())
}

/// A more precise mention settles which of the fitting products the item is.
fn narrow(item: &mut ItemState, mention: &Mention) {
    if mention.tied.is_empty() && (mention.family != item.family || !item.tied.is_empty()) {
        item.family = mention.family;
        item.tied.clear();
    }
}

fn new_item(mention: &Mention, reading: &Reading, source: usize) -> ItemState {
    // "do you have a red scarf?" asks; the article is no count. "do you have 2 red scarves?"
    // already counts, and "can I get a scarf?" orders.
    let counted = mention.qty.is_some_and(|q| !q.weak);
    let asked_only = reading.cues.question && !counted && !reading.cues.order;
    ItemState {
        family: mention.family,
        tied: mention.tied.clone(),
        sku: mention.sku,
        wanted: mention.features.clone(),
        price: mention.price,
        qty: mention.qty.map_or(1, |q: Qty| q.n),
        qty_said: mention.qty.is_some_and(|q| !q.weak),
        asked_only,
        name_confidence: mention.confidence,
        source,
        changed_by: Vec::new(),
        said: mention.text.clone(),
        shop_confirmed: false,
        named: mention.text.clone(),
        referent: None,
    }
}

/// The words that named a product, less the count and articles in front: "2 of the black
/// tees M" → "black tees M", so a referent describes the product, not an old quantity.
fn without_count(named: &str) -> &str {
    let mut rest = named.trim_start();
    while let Some((word, after)) = rest.split_once(char::is_whitespace) {
        let w = fold(word);
        let count = w.chars().all(|c| c.is_ascii_digit() || c == 'x')
            || vocab::number_word(&w).is_some()
            || vocab::is_stopword(&w)
            || vocab::is_unit(&w);
        if !count {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// The product is named again: the line no longer rests on pointing.
fn named_by(item: &mut ItemState, mention: &Mention) {
    mention.text.clone_into(&mut item.named);
    item.referent = None;
}

/// Adds what a new mention says without undoing what was said before.
fn merge_mention(item: &mut ItemState, mention: &Mention) {
    if mention.features.colour.is_some() {
        item.wanted.colour = mention.features.colour;
    }
    if mention.features.size.is_some() {
        item.wanted.size.clone_from(&mention.features.size);
    }
    for word in &mention.features.words {
        if !item.wanted.words.contains(word) {
            item.wanted.words.push(word.clone());
        }
    }
    if mention.price.is_some() {
        item.price = mention.price;
    }
    if mention.sku.is_some() {
        item.sku = mention.sku;
    }
}

/// "change to blue" replaces the colour and keeps the size; "size L" keeps the colour.
fn replace_features(wanted: &mut Features, new: &Features) {
    if new.colour.is_some() {
        wanted.colour = new.colour;
    }
    if new.size.is_some() {
        wanted.size.clone_from(&new.size);
    }
}

/// Two descriptions can be the same item: no colour or size that disagrees.
fn compatible(a: &Features, b: &Features) -> bool {
    let agree = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    agree(a.colour, b.colour) && agree(a.size.as_deref(), b.size.as_deref())
}

/// Records that a message changed the item and what it said. A line that rests on pointing
/// keeps showing what it points at: "I want 2 of them → black leather jacket in M".
fn touch(item: &mut ItemState, source: usize, said: &str) {
    if source != item.source && !item.changed_by.contains(&source) {
        item.changed_by.push(source);
    }
    item.said = match &item.referent {
        Some(referent) => format!("{said} → {referent}"),
        None => said.to_string(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Product;
    use crate::core::chat::clause::read_message;
    use crate::core::money::Currency;

    fn catalog() -> Vec<Product> {
        let product = |sku: &str, name: &str, variant: &str, aliases: &[&str]| Product {
            sku: sku.to_string(),
            name: name.to_string(),
            variant: variant.to_string(),
            price: 1000,
            currency: Currency::Usd,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        };
        vec![
            product(
                "TEE-BLK",
                "Basic Tee",
                "Black / M",
                &["tee", "camiseta", "playera"],
            ),
            product(
                "TEE-BLU",
                "Basic Tee",
                "Blue / M",
                &["tee", "camiseta", "playera"],
            ),
            product(
                "SCF-RED",
                "Wool Scarf",
                "Red",
                &["scarf", "cachecol", "bufanda"],
            ),
        ]
    }

    /// Feeds customer messages in order; returns (family, qty, colour) per item.
    fn order(messages: &[&str]) -> Vec<(String, i64, Option<&'static str>)> {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let mut state = OrderState::default();
        for (source, text) in messages.iter().enumerate() {
            for reading in read_message(text, &index, Currency::Usd) {
                state.apply_customer(&reading, source, &index);
            }
        }
        state
            .items
            .iter()
            .map(|i| {
                (
                    index.families[i.family].name.clone(),
                    i.qty,
                    i.wanted.colour,
                )
            })
            .collect()
    }

    fn tee(qty: i64, colour: &'static str) -> (String, i64, Option<&'static str>) {
        ("Basic Tee".to_string(), qty, Some(colour))
    }

    #[test]
    fn english_changes_in_order() {
        assert_eq!(order(&["2 black tees", "change to blue"]), [tee(2, "blue")]);
        assert_eq!(order(&["2 black tees", "make it 3"]), [tee(3, "black")]);
        assert_eq!(order(&["2 black tees", "actually 1"]), [tee(1, "black")]);
        assert_eq!(
            order(&["2 black tees and a scarf", "remove the scarf"]),
            [tee(2, "black")]
        );
        assert_eq!(
            order(&["a black tee", "also add another black tee"]),
            [tee(2, "black")]
        );
        assert_eq!(
            order(&["2 black tees", "and 1 blue tee"]),
            [tee(2, "black"), tee(1, "blue")]
        );
        assert_eq!(order(&["2 black tees", "cancel it"]), []);
    }

    #[test]
    fn portuguese_and_spanish_changes() {
        assert_eq!(
            order(&["2 camisetas pretas", "troca para azul"]),
            [tee(2, "blue")]
        );
        assert_eq!(
            order(&["2 camisetas pretas", "na verdade 3"]),
            [tee(3, "black")]
        );
        assert_eq!(
            order(&["2 camisetas pretas e um cachecol", "tira o cachecol"]),
            [tee(2, "black")]
        );
        assert_eq!(
            order(&["dos playeras negras", "mejor 3"]),
            [tee(3, "black")]
        );
        assert_eq!(
            order(&["dos playeras negras y una bufanda", "quita la bufanda"]),
            [tee(2, "black")]
        );
        assert_eq!(
            order(&["2 camisetas pretas", "sem problema"]),
            [tee(2, "black")]
        );
    }

    #[test]
    fn asking_then_ordering_is_one_item() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let mut state = OrderState::default();
        for (source, text) in ["do you have the tee in black?", "I'll take 2"]
            .iter()
            .enumerate()
        {
            for reading in read_message(text, &index, Currency::Usd) {
                state.apply_customer(&reading, source, &index);
            }
            if source == 0 {
                assert!(state.items[0].asked_only);
            }
        }
        assert_eq!(state.items.len(), 1);
        assert_eq!(state.items[0].qty, 2);
        assert!(!state.items[0].asked_only);
        assert_eq!(state.items[0].changed_by, [1]);
    }

    #[test]
    fn a_bare_quantity_with_nothing_before_it_is_unmatched() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let mut state = OrderState::default();
        for reading in read_message("me too, 2 of them", &index, Currency::Usd) {
            state.apply_customer(&reading, 4, &index);
        }
        assert!(state.items.is_empty());
        assert_eq!(
            state.unmatched,
            [Loose {
                text: "2 of them".into(),
                source: 4
            }]
        );
    }

    /// A conversation as (is the shop, text); returns the state after it.
    fn converse(lines: &[(bool, &str)]) -> (OrderState, Vec<String>) {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let mut state = OrderState::default();
        for (source, &(shop, text)) in lines.iter().enumerate() {
            let readings = read_message(text, &index, Currency::Usd);
            if shop {
                if readings.iter().any(|r| r.cues.confirm) {
                    for reading in &readings {
                        state.apply_shop(reading, source);
                    }
                }
                continue;
            }
            for reading in &readings {
                state.apply_customer(reading, source, &index);
            }
        }
        let families = state
            .items
            .iter()
            .map(|i| index.families[i.family].name.clone())
            .collect();
        (state, families)
    }

    /// (family, qty, asked only, pointed at) per item.
    fn lines(lines: &[(bool, &str)]) -> Vec<(String, i64, bool, bool)> {
        let (state, families) = converse(lines);
        state
            .items
            .iter()
            .zip(families)
            .map(|(i, f)| (f, i.qty, i.asked_only, i.referent.is_some()))
            .collect()
    }

    const CUSTOMER: bool = false;
    const SHOP: bool = true;

    fn scarf(qty: i64, asked: bool, pointed: bool) -> (String, i64, bool, bool) {
        ("Wool Scarf".to_string(), qty, asked, pointed)
    }

    fn tee_line(qty: i64, asked: bool, pointed: bool) -> (String, i64, bool, bool) {
        ("Basic Tee".to_string(), qty, asked, pointed)
    }

    #[test]
    fn a_count_after_a_question_orders_what_was_asked() {
        let asked = (CUSTOMER, "do you have the red scarf?");
        for reply in [
            "I want 2 of them",
            "I'll take 2",
            "give me two",
            "2 of those",
            "quero 2",
            "me manda 2 dessas",
            "quiero dos de esas",
            "ich nehme 2",
        ] {
            assert_eq!(
                lines(&[asked, (CUSTOMER, reply)]),
                [scarf(2, false, true)],
                "{reply}"
            );
        }
        assert_eq!(
            lines(&[asked, (CUSTOMER, "ok I'll take it")]),
            [scarf(1, false, true)]
        );
    }

    #[test]
    fn a_count_with_its_own_product_stays_with_it() {
        assert_eq!(
            lines(&[
                (CUSTOMER, "do you have the red scarf?"),
                (CUSTOMER, "I want 2 of them and one black tee")
            ]),
            [scarf(2, false, true), tee_line(1, false, false)]
        );
        // Nothing asked before: the scarf is ordered by name, the "2" points at nothing.
        let (state, _) = converse(&[(CUSTOMER, "I want 2 and the red scarf")]);
        assert_eq!(state.items.len(), 1);
        assert_eq!(state.items[0].qty, 1);
        assert_eq!(state.unmatched[0].text, "I want 2");
    }

    #[test]
    fn nothing_asked_before_makes_no_line() {
        for text in [
            "I want 2",
            "I'll take 2 of them",
            "give me two",
            "I'll take it",
        ] {
            let (state, _) = converse(&[(CUSTOMER, text)]);
            assert!(state.items.is_empty(), "{text}");
        }
    }

    #[test]
    fn numbers_that_count_nothing_leave_the_question_open() {
        for reply in [
            "ok 180",
            "I can pay 35",
            "can you deliver at 5",
            "I'll come on the 24",
            "my number is 512 555 0107",
            "size 40",
            "in M please",
            "do you have 2?",
            "tem 2 dessas?",
            "I'm 2 blocks away",
        ] {
            let state = lines(&[(CUSTOMER, "do you have the red scarf?"), (CUSTOMER, reply)]);
            assert_eq!(state.len(), 1, "{reply}");
            assert_eq!((state[0].1, state[0].2), (1, true), "{reply}");
        }
    }

    #[test]
    fn a_count_changes_or_adds_to_an_ordered_item() {
        assert_eq!(
            lines(&[(CUSTOMER, "2 black tees"), (CUSTOMER, "make it 3")]),
            [tee_line(3, false, false)]
        );
        assert_eq!(
            lines(&[(CUSTOMER, "2 black tees"), (CUSTOMER, "2 more please")]),
            [tee_line(4, false, false)]
        );
        // "I'll take it" about what is already ordered is agreement, not another tee.
        assert_eq!(
            lines(&[(CUSTOMER, "2 black tees"), (CUSTOMER, "I'll take it")]),
            [tee_line(2, false, false)]
        );
    }

    #[test]
    fn the_same_in_another_variant_is_another_line() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let (state, _) = converse(&[(CUSTOMER, "2 black tees"), (CUSTOMER, "the same in blue")]);
        assert_eq!(state.items.len(), 2);
        assert_eq!(state.items[1].qty, 2);
        assert_eq!(state.items[1].wanted.colour, Some("blue"));
        assert_eq!(state.items[0].wanted.colour, Some("black"));
        assert_eq!(state.items[1].said, "the same in blue → black tees");
        assert_eq!(index.families[state.items[1].family].name, "Basic Tee");
        // Without "the same" or "also", a colour still changes the item.
        let (state, _) = converse(&[(CUSTOMER, "2 black tees"), (CUSTOMER, "in blue please")]);
        assert_eq!(state.items.len(), 1);
        assert_eq!(state.items[0].wanted.colour, Some("blue"));
    }

    #[test]
    fn the_pointed_line_says_what_it_points_at() {
        let (state, _) = converse(&[
            (CUSTOMER, "do you have the red scarf?"),
            (CUSTOMER, "I'll take 2"),
        ]);
        assert_eq!(state.items[0].said, "I'll take 2 → red scarf");
        assert_eq!(state.items[0].changed_by, [1]);
        // Naming it again settles it.
        let (state, _) = converse(&[
            (CUSTOMER, "do you have the red scarf?"),
            (CUSTOMER, "I'll take 2"),
            (CUSTOMER, "so 2 red scarves"),
        ]);
        assert_eq!(state.items[0].referent, None);
        assert_eq!(state.items[0].qty, 2);
    }

    #[test]
    fn two_things_asked_at_once_leave_a_note() {
        let (state, _) = converse(&[
            (CUSTOMER, "do you have the red scarf and the black tee?"),
            (CUSTOMER, "I'll take 2"),
        ]);
        assert!(
            state.items[0].asked_only,
            "the scarf is still only asked about"
        );
        assert_eq!((state.items[1].qty, state.items[1].asked_only), (2, false));
        assert_eq!(state.notes.len(), 1, "{:?}", state.notes);
        assert!(state.notes[0].contains("red scarf"), "{:?}", state.notes);
    }

    #[test]
    fn the_shop_confirms_with_a_count_but_does_not_order_by_answering() {
        assert_eq!(
            lines(&[
                (CUSTOMER, "do you have the red scarf?"),
                (CUSTOMER, "2 please"),
                (SHOP, "ok, 3 reserved"),
            ]),
            [scarf(3, false, true)]
        );
        // "ok" for the tees; the scarf is only answered about.
        let (state, _) = converse(&[
            (CUSTOMER, "2 black tees"),
            (CUSTOMER, "is the red scarf available?"),
            (SHOP, "ok, 2 black tees. The red scarf too"),
        ]);
        assert!(state.items[0].shop_confirmed);
        assert!(state.items[1].asked_only && !state.items[1].shop_confirmed);
        // The shop echoing the tees does not make them what "I'll take it" points at.
        let (state, _) = converse(&[
            (CUSTOMER, "2 black tees"),
            (CUSTOMER, "is the red scarf available?"),
            (SHOP, "ok, 2 black tees. The red scarf too"),
            (CUSTOMER, "great, I'll take it"),
        ]);
        assert_eq!((state.items[1].qty, state.items[1].asked_only), (1, false));
        assert_eq!(state.items[0].qty, 2);
    }

    #[test]
    fn a_question_split_by_commas_asks_in_every_piece() {
        assert_eq!(
            lines(&[(CUSTOMER, "do you have the red scarf, in wool?")]),
            [scarf(1, true, false)]
        );
        assert_eq!(
            lines(&[(CUSTOMER, "do you have a red scarf?")]),
            [scarf(1, true, false)]
        );
        assert_eq!(
            lines(&[(CUSTOMER, "can I get a red scarf?")]),
            [scarf(1, false, false)]
        );
    }
}
