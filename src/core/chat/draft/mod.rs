//! Messages + catalog → draft orders: the reader.
//!
//! Each message is read once (`message`: its words, with money, times, dates and the address
//! kept apart; its clauses, with product `mentions` and `cues`). Then the conversation is
//! replayed in order, one `tracker` per customer: the customer's clauses order, ask, change,
//! replace and remove (`acts`); the shop's messages offer, say what is sold out, and restate
//! the order with prices (`restate`), which settles what the words left open. Names
//! (`people`), the address (`address`), pickup (`fulfilment`), payment claims (`claims`) and
//! the deadline (`deadline`) are read beside it. An earlier order that the export shows
//! delivered is history: "the same as last time" and "same address" point at it.
//!
//! The vocabulary is data: `lexicon.txt` (shop nouns, colours, sizes, counts, units) and
//! `cues.txt` (what ordering, asking, paying… sound like in each language).

mod acts;
mod address;
mod amounts;
mod catalog;
mod claims;
mod cues;
mod deadline;
mod fulfilment;
mod lexicon;
mod mentions;
mod message;
mod model;
mod people;
mod phrases;
mod resolve;
mod restate;
mod tracker;
mod words;

/// How sure a line is once the shop has written it back: above the desk's "check it" mark.
const SHOP_CONFIRMED_CONFIDENCE: u8 = 85;
use std::collections::HashMap;

use chrono::NaiveDate;

pub use catalog::{CatalogIndex, LearnedAlias};
pub use model::{
    ClaimedPayment, DeliveryAddress, Draft, DraftCustomer, DraftDeadline, DraftItem, DraftOptions,
    DraftWarning, KnownCustomer, Unmatched,
};

use claims::Claim;
use cues::Cue;
use fulfilment::Said;
use message::Read;
use people::People;
use tracker::{Shared, Tracker};

use super::media::MediaKind;
use super::messages::Message;
use crate::core::customer::{legacy_keys, looks_like_phone, normalize_phone};
use crate::core::money::Money;

/// Builds one draft per customer. Indexes the catalog once; to reuse an index across
/// pastes, use [`build_drafts_with_index`].
pub fn build_drafts(
    messages: &[Message],
    catalog: &[crate::core::catalog::Product],
    opts: &DraftOptions,
) -> Vec<Draft> {
    let index = CatalogIndex::new(catalog);
    build_drafts_with_index(messages, &index, opts)
}

/// What is known of one customer while the chat is replayed.
#[derive(Debug, Default)]
struct Customer {
    tracker: Tracker,
    messages: Vec<usize>,
    address: Option<DeliveryAddress>,
    /// The address of an earlier, delivered order in the same chat.
    earlier_address: Option<String>,
    address_for_all: bool,
    said: Vec<(usize, Said)>,
    claims: Vec<(usize, Option<Money>)>,
    /// The reference the customer gave for a payment ("Ref: GO-5541").
    payment_reference: Option<String>,
    /// The way of paying the customer's claims name ("pix feito").
    payment_method: Option<crate::core::payment::Method>,
    /// What the shop last asked this customer to pay (a deposit or the total).
    asked: Option<Money>,
    stated_total: Option<Money>,
    /// The message that stated it: lines changed after it are not what it totalled.
    stated_total_at: usize,
    fees: Vec<Money>,
    deadline: Option<DraftDeadline>,
    /// Names the customer gave: by introducing themselves, answering "your name?", or on the
    /// first line of an address.
    intro_name: Option<String>,
    answered_name: Option<String>,
    address_name: Option<String>,
    awaiting_name: bool,
    /// The shop just asked whether it goes to the same address as before.
    same_address_asked: bool,
    /// The shop just asked whether the customer collects ("Levanta dia 24?").
    pickup_asked: bool,
    /// The shop said it keeps the order for the customer to collect.
    shop_said_pickup: bool,
    phone_in_text: Option<(String, usize)>,
    /// The customer's last promise to pay ("Te hago bizum ahora").
    promised_at: Option<usize>,
    /// Said they collect for the whole group ("recojo lo de las tres").
    picks_up_for_all: bool,
}

impl Customer {
    fn begin_episode(&mut self) {
        self.tracker.begin_episode();
        if let Some(a) = self.address.take() {
            self.earlier_address = Some(a.text);
        }
        self.said.clear();
        self.claims.clear();
        self.payment_method = None;
        self.asked = None;
        self.stated_total = None;
        self.fees.clear();
        self.deadline = None;
        self.messages.clear();
    }

    fn given_name(&self) -> Option<String> {
        self.address_name
            .clone()
            .filter(|n| n.split_whitespace().count() >= 2)
            .or_else(|| self.intro_name.clone())
            .or_else(|| self.answered_name.clone())
            .or_else(|| self.address_name.clone())
    }
}

/// [`build_drafts`] against a catalog indexed beforehand.
pub fn build_drafts_with_index(
    messages: &[Message],
    index: &CatalogIndex<'_>,
    opts: &DraftOptions,
) -> Vec<Draft> {
    let people = people::sort(messages, &opts.shop_names);
    let texts: Vec<Option<String>> = messages.iter().map(usable_text).collect();
    let shop_words: Vec<Vec<String>> = opts
        .shop_names
        .iter()
        .map(|n| {
            words::tokenize(n)
                .into_iter()
                .filter(|t| t.is_word())
                .map(|t| t.text)
                .collect()
        })
        .collect();
    // Whether the shop's latest message spoke of delivering or asked where to, and which
    // customers have written since (their next message may be the address alone).
    let mut delivery_talk = false;
    let mut written_since: Vec<usize> = Vec::new();
    // Customers whose last message asked for delivery without saying where ("Delivery
    // porfa", "entrega, por favor"): the next may be the address alone.
    let mut said_delivery: Vec<usize> = Vec::new();
    let mut reads: Vec<Option<Read>> = Vec::with_capacity(messages.len());
    for (i, (m, text)) in messages.iter().zip(&texts).enumerate() {
        let Some(text) = text.as_deref().filter(|_| !m.system) else {
            reads.push(None);
            continue;
        };
        let author = people.author_of[i];
        let asked = author.is_some_and(|c| {
            (delivery_talk && !written_since.contains(&c)) || said_delivery.contains(&c)
        });
        let read = message::read_with_names(
            text,
            index,
            opts.currency,
            author.is_some(),
            &shop_words,
            asked,
        );
        if let Some(c) = author {
            written_since.push(c);
            said_delivery.retain(|&d| d != c);
            if read.has(Cue::Delivery) && read.address.is_none() {
                said_delivery.push(c);
            }
        } else if people.shop[i] {
            delivery_talk = read.has(Cue::Delivery) || read.has(Cue::AddressLead);
            written_since.clear();
        }
        reads.push(Some(read));
    }
    let open_from = open_episode(messages, &reads, &people);
    let mut customers: Vec<Customer> = people
        .customers
        .iter()
        .map(|_| Customer::default())
        .collect();
    recall_known(&people, &mut customers, opts, index);
    let mut shared = Shared::default();
    let mut last_customer: Option<usize> = None;
    for (i, m) in messages.iter().enumerate() {
        if i == open_from && i > 0 {
            customers.iter_mut().for_each(Customer::begin_episode);
        }
        if m.system {
            continue;
        }
        if let Some(c) = people.author_of[i] {
            customers[c].messages.push(i);
            last_customer = Some(c);
        }
        let (Some(read), Some(text)) = (&reads[i], texts[i].as_deref()) else {
            continue;
        };
        let day = NaiveDate::parse_from_str(&m.date, "%Y-%m-%d").ok();
        if people.shop[i] {
            shop_message(
                i,
                read,
                text,
                day,
                index,
                &people,
                &mut customers,
                &mut shared,
                last_customer,
            );
        } else if let Some(c) = people.author_of[i] {
            let next_is_media = messages
                .get(i + 1)
                .is_some_and(|n| n.author == m.author && n.media.is_some());
            customer_message(
                i,
                read,
                text,
                day,
                next_is_media,
                index,
                opts,
                &mut customers[c],
                &shared,
            );
        }
    }
    share_group_address(&people, &mut customers);
    let author_phones: Vec<(String, String)> = people
        .customers
        .iter()
        .filter(|p| p.is_phone)
        .filter_map(|p| {
            let phone = normalize_phone(&p.author, &opts.default_country).ok()?;
            Some((p.author.clone(), phone))
        })
        .collect();
    people
        .customers
        .iter()
        .zip(customers)
        .map(|(person, mut customer)| {
            // "added Tom B and +44 7700 900123": a number that is someone else in the chat
            // is theirs.
            if let Some((p, _)) = &customer.phone_in_text
                && author_phones
                    .iter()
                    .any(|(author, phone)| author != &person.author && phone == p)
            {
                customer.phone_in_text = None;
            }
            finish(person, customer, index, opts, &shared)
        })
        .collect()
}

/// Where the open order starts: after the last "delivered" (the shop's, or the customer's
/// "chegou tudo") that a new request follows days later ("Entregue na recepção ✅" … a month later "vamos repetir").
fn open_episode(messages: &[Message], reads: &[Option<Read>], people: &People) -> usize {
    for i in (0..messages.len()).rev() {
        // The shop's "delivered" or "shipped", or the customer's "it all arrived".
        let Some(read) = reads[i].as_ref() else {
            continue;
        };
        if read.clauses.iter().all(|c| c.question_mark) {
            continue;
        }
        // A payment the shop says came in closes an order only when the next request comes
        // a week or more later ("Received madam" … three months on, "same as last time").
        let delivered = read.has(Cue::Delivered);
        if !(delivered || people.shop[i] && read.has(Cue::PaymentReceived)) {
            continue;
        }
        let min_days = if delivered { 1 } else { 7 };
        let day = |k: usize| NaiveDate::parse_from_str(&messages[k].date, "%Y-%m-%d").ok();
        let later_request = (i + 1..messages.len()).any(|k| {
            people.author_of[k].is_some()
                && reads[k].as_ref().is_some_and(|r| {
                    r.clauses.iter().any(|c| !c.reading.mentions.is_empty())
                        || r.has(Cue::SameAsBefore)
                })
                && match (day(i), day(k)) {
                    (Some(a), Some(b)) => (b - a).num_days() >= min_days,
                    _ => delivered,
                }
        });
        if later_request {
            return i + 1;
        }
    }
    0
}

/// Customers the book knows: their last order and address, for "the same as last time".
fn recall_known(
    people: &People,
    customers: &mut [Customer],
    opts: &DraftOptions,
    index: &CatalogIndex<'_>,
) {
    if opts.known.is_empty() {
        return;
    }
    let by_sku: HashMap<String, usize> = index
        .catalog
        .iter()
        .enumerate()
        .map(|(i, p)| (p.sku.to_uppercase(), i))
        .collect();
    for (person, customer) in people.customers.iter().zip(customers.iter_mut()) {
        let phone = person
            .is_phone
            .then(|| normalize_phone(&person.author, &opts.default_country).ok())
            .flatten();
        // The book may hold the number under a key an earlier desk made for it.
        let keys: Vec<String> = phone
            .iter()
            .flat_map(|p| std::iter::once(p.clone()).chain(legacy_keys(p)))
            .collect();
        let known = opts.known.iter().find(|k| {
            k.phone.as_ref().is_some_and(|p| keys.contains(p))
                || (!person.is_phone
                    && people::name_key(&k.name) == people::name_key(&person.author))
        });
        let Some(known) = known else { continue };
        customer.earlier_address.clone_from(&known.last_address);
        let lines: Vec<(usize, i64)> = known
            .last_order
            .iter()
            .filter_map(|(sku, q)| by_sku.get(&sku.to_uppercase()).map(|&p| (p, *q)))
            .collect();
        customer.tracker.recall(index, &lines);
    }
}

#[allow(clippy::too_many_arguments)]
fn shop_message(
    i: usize,
    read: &Read,
    text: &str,
    day: Option<NaiveDate>,
    index: &CatalogIndex<'_>,
    people: &People,
    customers: &mut [Customer],
    shared: &mut Shared,
    last_customer: Option<usize>,
) {
    let given: Vec<Option<String>> = customers.iter().map(Customer::given_name).collect();
    let mut parts = people::addressed(read, people, &given);
    if parts.is_empty() {
        match last_customer {
            Some(c) => parts.push((c, 0, read.words.len())),
            None if customers.len() == 1 => parts.push((0, 0, read.words.len())),
            None => return,
        }
    }
    for &(c, from, to) in &parts {
        let customer = &mut customers[c];
        customer.messages.push(i);
        // The shop is answering a question ("Tenemos acetaminofén … e ibuprofeno …"): what
        // it lists is an offer, not the order.
        let answering = std::mem::take(&mut customer.tracker.asking);
        if cues::has(Cue::NameQuestion, &read.words, from, to) {
            customer.awaiting_name = true;
        }
        // "Same address on Harrison?", "¿Misma dirección?": a yes takes the earlier one.
        customer.same_address_asked =
            mentions_same_address(read) && read.clauses.iter().any(|c| c.question_mark);
        // "Levanta dia 24?" asks; "te lo guardamos", "Ready for you next Saturday" tells:
        // either way the shop speaks of the customer collecting.
        if fulfilment::read(read) == Some(Said::Pickup) {
            if read.clauses.iter().any(|c| c.question_mark) {
                customer.pickup_asked = true;
            } else {
                customer.shop_said_pickup = true;
            }
        }
        let ctx = customer.tracker.context(shared);
        let mut ctx = ctx;
        for f in customer.tracker.focus_families(index) {
            if !ctx.focus.contains(&f) {
                ctx.focus.push(f);
            }
        }
        let sold = sold_out(read, from, to, index, &ctx);
        if !sold.is_empty() {
            shared.sold_out.extend(sold.iter().copied());
            customer.tracker.sold_out(&sold);
        }
        ctx.sold_out = shared.sold_out.clone();
        let mut restated = restate::read(read, from, to, index, &ctx);
        // "Dani R$ 129,80 / Tia Rô R$ 139,80": in a group, one amount on a person's line is
        // what that person owes.
        // "44,70 €" as the answer to "Was macht das?": an amount alone is what it comes to,
        // once something was ordered; before that ("Temos sim, R$ 35") it is a price.
        let ordered = customer.tracker.lines.iter().any(|l| !l.asked);
        if ordered
            && restated.totals.is_empty()
            && restated.unnamed.len() == 1
            && restated.items == 0
            && !cues::has(Cue::UnitPrice, &read.words, from, to)
            // "te pido seña del 50%: $30.250": the amount asked up front, not the total.
            && !cues::has(Cue::Deposit, &read.words, from, to)
        {
            restated.totals.push(restated.unnamed.remove(0));
        }
        if cues::has(Cue::Cancelled, &read.words, from, to)
            && restated.items == 0
            && !read.clauses.iter().any(|c| c.question_mark)
        {
            customer.tracker.shop_cancelled(i);
            continue;
        }
        // In a group the confirmation heads the message, above each customer's part.
        let message_confirms = || cues::has(Cue::Confirm, &read.words, 0, read.words.len());
        if let Some(asked) = restated
            .asked()
            .or_else(|| restated.priced_sum.filter(|_| message_confirms()))
        {
            customer.asked = Some(asked);
        }
        if let Some(t) = restated.totals.last() {
            customer.stated_total = Some(*t);
            customer.stated_total_at = i;
        }
        customer.fees.extend(restated.fees.iter().copied());
        let confirms = cues::has(Cue::Confirm, &read.words, from, to);
        if restated.validated && restated.items > 0 && !restated.choices {
            customer.tracker.restated(
                index,
                &restated.lines,
                &restated.alternatives,
                i,
                // A total settles it, but not when it only prices the answer to a question
                // ("…und was habt ihr zum Grillen?" — "Käsekrainer, das Paar € 4,50").
                confirms || (!restated.totals.is_empty() && !answering),
                answering,
            );
        } else if !restated.totals.is_empty() {
            let mut targets: Vec<i64> = Vec::new();
            for t in &restated.totals {
                targets.push(t.minor);
                for f in customer.fees.iter().chain(&restated.unnamed) {
                    targets.push(t.minor - f.minor);
                }
            }
            let matched = customer
                .tracker
                .check_total(index, &targets, &restated.lines, i);
            if !matched && confirms && restated.items >= 2 {
                customer.tracker.restated(
                    index,
                    &restated.lines,
                    &restated.alternatives,
                    i,
                    true,
                    answering,
                );
            }
        } else if confirms
            && restated.items == 0
            && restated.totals.is_empty()
            && restated.unnamed.is_empty()
        {
            // "Alles klar, notiert!": the shop takes the order as it stands, but for what it
            // said it does not have.
            customer.tracker.confirm_available(i, &shared.sold_out);
        } else {
            // "Fechado! 3 camisetas brancas G + jaqueta preta M" without a total: what it
            // repeats exactly is confirmed; it is too loose to change anything.
            if confirms && !restated.choices {
                customer.tracker.confirm_matching(&restated.lines, i);
            }
            let offered: Vec<(usize, i64)> = restated
                .lines
                .iter()
                .copied()
                .filter(|(p, _)| !shared.sold_out.contains(p))
                .collect();
            customer.tracker.offer(offered, i);
        }
        // The shop's own words about when and how, if the customer said nothing.
        if let Some(today) = day
            && let Some(w) = deadline::read(read, today)
            && (confirms || restated.validated)
        {
            customer.deadline = Some(DraftDeadline {
                date: w.date,
                time: w.time,
                source: i,
            });
        }
        let _ = text;
    }
}

/// Products the shop says it does not have, in tokens `from..to`: those named before the
/// "sold out" words of a clause, else right after them.
fn sold_out(
    read: &Read,
    from: usize,
    to: usize,
    index: &CatalogIndex<'_>,
    ctx: &resolve::Context,
) -> Vec<usize> {
    let mut out = Vec::new();
    for clause in read
        .clauses
        .iter()
        .filter(|c| c.start >= from && c.end <= to)
    {
        let found = cues::find(Cue::SoldOut, &read.words, clause.start, clause.end);
        let Some(&(cue_start, cue_end)) = found.first() else {
            continue;
        };
        // The product named nearest before the words, else the first after them.
        let before: Vec<&mentions::Mention> = clause
            .reading
            .mentions
            .iter()
            .filter(|m| m.end <= cue_start)
            .collect();
        let chosen: Vec<&mentions::Mention> = if before.is_empty() {
            clause
                .reading
                .mentions
                .iter()
                .filter(|m| m.start >= cue_end)
                .take(1)
                .collect()
        } else {
            before.into_iter().rev().take(1).collect()
        };
        for m in chosen {
            if let Some(r) = resolve::resolve(index, m, ctx) {
                out.extend(r.lines.iter().map(|(p, _)| *p));
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn customer_message(
    i: usize,
    read: &Read,
    text: &str,
    day: Option<NaiveDate>,
    next_is_media: bool,
    index: &CatalogIndex<'_>,
    opts: &DraftOptions,
    customer: &mut Customer,
    shared: &Shared,
) {
    if std::mem::take(&mut customer.awaiting_name)
        && let Some(name) = people::bare_name(read, text)
    {
        customer.answered_name = Some(name);
        return;
    }
    if customer.intro_name.is_none() {
        customer.intro_name = people::self_introduction(read, text);
    }
    let mut continues_address = false;
    let yes_to_same_address = std::mem::take(&mut customer.same_address_asked)
        && (read.has(Cue::Accept) || read.has(Cue::SameAsBefore))
        && !read.has(Cue::Negation);
    if let Some(found) = &read.address {
        customer.address = Some(DeliveryAddress {
            text: found.text.clone(),
            confidence: found.confidence,
            source: i,
        });
        if found.name.is_some() {
            customer.address_name.clone_from(&found.name);
        }
        let words = &read.words;
        customer.address_for_all |= (0..words.len()).any(|k| {
            matches!(
                words.text(k),
                "everyone"
                    | "everybody"
                    | "all"
                    | "todos"
                    | "todas"
                    | "gente"
                    | "pessoal"
                    | "alle"
                    | "tudo"
                    | "allen"
                    | "ustedes"
            )
        });
    } else if let Some(address) = customer.address.as_mut()
        && address.source + 1 == i
        && address.confidence < address::WITH_POSTCODE
        && read.clauses.iter().all(|c| c.reading.mentions.is_empty())
        && let Some((more, postcode)) = address::continuation(text)
    {
        // "7 Linden Close" — "Didsbury, Manchester M20 6TY": the same address, sent on.
        continues_address = true;
        address.text = format!("{}, {more}", address.text);
        address.source = i;
        if postcode {
            address.confidence = address::WITH_POSTCODE;
        }
    } else if (mentions_same_address(read) || yes_to_same_address)
        && let Some(earlier) = customer.earlier_address.clone()
    {
        customer.address = Some(DeliveryAddress {
            text: earlier,
            confidence: 70,
            source: i,
        });
    }
    if std::mem::take(&mut customer.pickup_asked)
        && read.has(Cue::Accept)
        && !read.has(Cue::Negation)
        && read.address.is_none()
    {
        customer.said.push((i, Said::Pickup));
    }
    if let Some(said) = fulfilment::read(read) {
        customer.said.push((i, said));
        let words = &read.words;
        if said == Said::Pickup
            && (0..words.len()).any(|k| {
                matches!(
                    words.text(k),
                    "todos"
                        | "todas"
                        | "tres"
                        | "everyone"
                        | "everybody"
                        | "all"
                        | "alle"
                        | "tudo"
                        | "todo"
                        | "pessoal"
                        | "tutti"
                )
            })
        {
            customer.picks_up_for_all = true;
        }
    }
    if let Some(reference) = claims::reference(read, text) {
        customer.payment_reference = Some(reference);
    }
    let claim = claims::read(read, opts.currency)
        .or_else(|| implicit_claim(read, customer, next_is_media))
        .or_else(|| done_after_promise(read, customer, i));
    if read.has(Cue::Promise) {
        customer.promised_at = Some(i);
    }
    match claim {
        Some(Claim::Paid(m)) => customer.claims.push((i, Some(m))),
        Some(Claim::Unstated) => customer.claims.push((i, customer.asked)),
        None => {}
    }
    if claim.is_some() {
        customer.payment_method = claims::method_named(read).or(customer.payment_method);
    }
    if customer.phone_in_text.is_none() {
        customer.phone_in_text = phone_in(text, &opts.default_country).map(|p| (p, i));
    }
    if let Some(today) = day
        && let Some(w) = deadline::read(read, today)
    {
        customer.deadline = Some(DraftDeadline {
            date: w.date,
            time: w.time,
            source: i,
        });
    }
    // "apto 32 - Vila Mariana" is the address going on: its numbers count nothing.
    if continues_address {
        return;
    }
    // "cuanto estan los pañales etapa 3" — "y el repelente": a question goes on into the
    // next message until the shop answers.
    let mut asked_before = customer.tracker.asking;
    // "Queria encomendar … é possível enviar por CTT?" orders and asks at once: the shop's
    // answer then settles an order, not a question.
    let mut orders_here = false;
    for clause in &read.clauses {
        let mut acts = acts::read(clause, &read.words);
        orders_here |= acts.order || acts.add;
        // "tienes esta blusa en negro? y en blanco G tmb": "and …" after a question asks too.
        let continues = matches!(
            read.words.text(clause.start),
            "y" | "e" | "and" | "und" | "o" | "or" | "ou"
        );
        if asked_before && continues && !acts.order && !acts.change && !acts.remove {
            acts.question = true;
        }
        asked_before = acts.question;
        // "Schick dir 30 jetzt per PayPal": a way of paying named beside a number makes it
        // money too.
        let paying = clause.has(Cue::Claim, &read.words)
            || clause.has(Cue::Promise, &read.words)
            || (clause.start..clause.end).any(|k| claims::is_method(read.words.text(k)));
        if paying && clause.reading.mentions.is_empty() {
            continue;
        }
        // "mandei 140 no pix, pode ficar com o troco": a number beside a payment is money.
        let mut clause = clause.clone();
        if paying {
            clause.reading.bare.clear();
        }
        if !acts.question {
            // A clause that opens with a count is a list line ("2 muffleys in red please").
            let listing = read
                .words
                .tokens
                .get(clause.start)
                .is_some_and(|t| t.is_number());
            let ordering = acts.order || acts.add || listing;
            for (from, to) in
                mentions::take_foreign(&mut clause.reading, &read.words, index, ordering)
            {
                let said = read.text(text, from, to);
                customer.tracker.unmatched.push((said, i));
            }
        }
        // "ok 120 is fine" after "$120": the price said back is no count.
        clause
            .reading
            .bare
            .retain(|(_, q)| !echoes_a_price(q.n, customer, index));
        // "the jacket for 120": a number that is the named product's price counts nothing.
        for m in &mut clause.reading.mentions {
            if let Some(q) = m.qty.filter(|q| q.n >= 10 && q.unit.is_none())
                && resolve::families_of(index, m).iter().any(|&f| {
                    index.families[f].skus.iter().any(|&p| {
                        index.product(p).is_some_and(|x| {
                            x.price == q.n.saturating_mul(100) || x.price / 100 == q.n
                        })
                    })
                })
            {
                m.qty = None;
                if m.price.is_none() {
                    m.price = Some(Money::new(q.n.saturating_mul(100), opts.currency));
                }
            }
        }
        let clause = &clause;
        customer
            .tracker
            .customer(clause, &acts, &read.words, i, text, index, shared);
    }
    customer.tracker.asking = asked_before && !orders_here;
}

/// Whether a bare number is an amount already on the table: the shop's total or what it
/// asked for, or the unit price of a product this customer is talking about. Small numbers
/// stay counts: "2" of a $2 item is two.
fn echoes_a_price(n: i64, customer: &Customer, index: &CatalogIndex<'_>) -> bool {
    if n < 10 {
        return false;
    }
    let minor = n.saturating_mul(100);
    let stated = [customer.stated_total, customer.asked]
        .into_iter()
        .flatten()
        .any(|m| m.minor == minor || m.minor / 100 == n);
    stated
        || customer
            .tracker
            .lines
            .iter()
            .filter_map(|l| index.product(l.product))
            // "29 for the stand" of $29.99: the price without its cents.
            .any(|p| p.price == minor || p.price / 100 == n)
}

/// "mesmo endereço", "same address", "gleiche Adresse", "a la misma dirección", "same place".
fn mentions_same_address(read: &Read) -> bool {
    let words = &read.words;
    (0..words.len()).any(|k| {
        let w = words.text(k);
        let next = words.text(k + 1);
        let after = words.text(k + 2);
        (matches!(
            w,
            "mesmo" | "mesma" | "same" | "gleiche" | "gleichen" | "misma" | "mismo" | "selbe"
        ) && is_place_word(next))
            || (matches!(w, "misma" | "mesma") && is_place_word(after))
            || (w == "wie"
                && next == "immer"
                && (0..words.len()).any(|j| words.text(j) == "adresse"))
    })
}

/// A word for where an order goes: "endereço", "morada", "dirección", "Adresse", "place".
pub(crate) fn is_place_word(word: &str) -> bool {
    matches!(
        word,
        "endereco"
            | "morada"
            | "address"
            | "adresse"
            | "anschrift"
            | "direccion"
            | "domicilio"
            | "place"
            | "lugar"
            | "sitio"
    )
}

/// "listo! $1,247.00 MXN" after a promise, or a bare amount with a receipt photo: money
/// equal to what the shop asked for, said without a question, reads as a claim.
fn implicit_claim(read: &Read, customer: &Customer, next_is_media: bool) -> Option<Claim> {
    let asked = customer.asked?;
    if read.clauses.iter().any(|c| c.question_mark) || read.has(Cue::Promise) {
        return None;
    }
    let amount = read.amounts.iter().find(|a| a.marked && a.money == asked)?;
    let words = read.words.tokens.iter().filter(|t| t.is_word()).count();
    (words <= 4 || next_is_media).then_some(Claim::Paid(amount.money))
}

/// "Te hago bizum ahora" … "hecho!": a bare "done" soon after a promise to pay claims what
/// the shop asked for.
fn done_after_promise(read: &Read, customer: &Customer, i: usize) -> Option<Claim> {
    let promised = customer.promised_at?;
    if i > promised + 4 || read.has(Cue::Promise) {
        return None;
    }
    let tokens = &read.words.tokens;
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text.as_str())
        .collect();
    let done = |w: &str| {
        matches!(
            w,
            "hecho"
                | "feito"
                | "done"
                | "listo"
                | "pronto"
                | "erledigt"
                | "fertig"
                | "sent"
                | "enviado"
                | "ready"
        )
    };
    (words.len() <= 3 && words.iter().any(|w| done(w))).then_some(Claim::Unstated)
}

fn phone_in(text: &str, country: &str) -> Option<String> {
    let mut digits_run = String::new();
    // The newline after the text ends a number written last (a space would join it).
    for c in text.chars().chain(std::iter::once('\n')) {
        if c.is_ascii_digit()
            || matches!(c, '+' | '(' | ')' | '-' | ' ' | '.') && !digits_run.is_empty()
            || c == '+'
        {
            digits_run.push(c);
            continue;
        }
        let candidate = digits_run.trim().to_string();
        digits_run.clear();
        let digits = candidate.chars().filter(char::is_ascii_digit).count();
        if (9..=15).contains(&digits)
            && looks_like_phone(&candidate)
            && let Ok(p) = normalize_phone(&candidate, country)
        {
            return Some(p);
        }
    }
    None
}

/// In a group, an address the organiser gives, or one given "for everyone", is where every
/// delivered order goes; "recojo lo de las tres" collects everyone's.
fn share_group_address(people: &People, customers: &mut [Customer]) {
    if !people.group() {
        return;
    }
    if let Some(at) = customers
        .iter()
        .filter(|c| c.picks_up_for_all)
        .filter_map(|c| c.said.last().map(|(s, _)| *s))
        .next()
    {
        for customer in customers.iter_mut() {
            if customer.said.is_empty() && customer.tracker.ordered().next().is_some() {
                customer.said.push((at, Said::Pickup));
            }
        }
    }
    let shared = customers
        .iter()
        .enumerate()
        .find_map(|(c, x)| {
            let by_organiser = people.organiser == Some(c);
            x.address
                .clone()
                .filter(|_| x.address_for_all || by_organiser)
        })
        .or_else(|| {
            // "Mum's address is 7 Linden Close": in a group customers made to order together,
            // the only address anyone gives is where it all goes, unless someone says
            // otherwise. A shop's own group of buyers has no such organiser.
            people.organiser?;
            let mut given = customers.iter().filter_map(|x| x.address.as_ref());
            let first = given.next()?;
            given.all(|a| a.text == first.text).then(|| first.clone())
        });
    let Some(address) = shared else { return };
    for customer in customers.iter_mut() {
        let picks_up = customer
            .said
            .last()
            .is_some_and(|(_, s)| *s == Said::Pickup);
        if customer.address.is_none() && !picks_up && customer.tracker.ordered().next().is_some() {
            customer.address = Some(DeliveryAddress {
                confidence: 60,
                ..address.clone()
            });
        }
    }
}

fn finish(
    person: &people::Person,
    customer: Customer,
    index: &CatalogIndex<'_>,
    opts: &DraftOptions,
    shared: &Shared,
) -> Draft {
    let mut warnings = Vec::new();
    let author_phone = person
        .is_phone
        .then(|| normalize_phone(&person.author, &opts.default_country).ok())
        .flatten();
    let (phone, phone_source) = match (author_phone, customer.phone_in_text.clone()) {
        (Some(p), _) => (Some(p), None),
        (None, Some((p, s))) => (Some(p), Some(s)),
        (None, None) => (None, None),
    };
    let name = match (person.is_phone, customer.given_name()) {
        (true, Some(given)) => given,
        _ => person.author.clone(),
    };
    if name.trim().is_empty() {
        warnings.push(DraftWarning::NoCustomer);
    }
    let tracker = &customer.tracker;
    let mut items: Vec<DraftItem> = Vec::new();
    for line in &tracker.lines {
        // What the shop itself restated stands, whatever it said of stock before.
        if shared.sold_out.contains(&line.product) && !line.shop_confirmed {
            continue;
        }
        let Some(product) = index.product(line.product) else {
            continue;
        };
        let available = product.on_hand - product.reserved;
        let name = if product.variant.trim().is_empty() {
            product.name.clone()
        } else {
            format!("{} {}", product.name, product.variant)
        };
        let alternatives: Vec<String> = line
            .alternatives
            .iter()
            .filter_map(|&p| index.product(p).map(|x| x.sku.clone()))
            .collect();
        if !alternatives.is_empty() && !line.asked && !line.shop_confirmed {
            let fits = std::iter::once(line.product)
                .chain(line.alternatives.iter().copied())
                .filter_map(|p| index.product(p).map(|x| x.variant.clone()))
                .collect();
            warnings.push(DraftWarning::Ambiguous {
                product: product.name.clone(),
                said: line.said.clone(),
                fits,
            });
        }
        if let Some(existing) = items
            .iter_mut()
            .find(|x| x.sku == product.sku && x.asked_only == line.asked)
        {
            existing.qty += line.qty;
            continue;
        }
        items.push(DraftItem {
            sku: product.sku.clone(),
            name,
            qty: line.qty,
            unit_price: Money::new(product.price, product.currency),
            // The shop wrote this line back in its own words (with a total that adds up, or
            // line by line): the reading is as sure as the shop's word, not the customer's.
            confidence: if line.shop_confirmed {
                line.confidence.max(SHOP_CONFIRMED_CONFIDENCE)
            } else {
                line.confidence
            },
            source: line.source,
            changed_by: line.changed_by.clone(),
            said: line.said.clone(),
            words: product_words(&line.said),
            out_of_stock: available < line.qty,
            available,
            alternatives,
            asked_only: line.asked,
            shop_confirmed: line.shop_confirmed,
        });
    }
    // Asked-only lines of products that were then ordered are noise.
    let ordered: Vec<String> = items
        .iter()
        .filter(|i| !i.asked_only)
        .map(|i| i.sku.clone())
        .collect();
    items.retain(|i| !i.asked_only || !ordered.contains(&i.sku));
    if let Some(total) = customer.stated_total {
        let lines: i64 = items
            .iter()
            .filter(|i| !i.asked_only)
            .map(|i| i.unit_price.minor.saturating_mul(i.qty))
            .sum();
        let with_fee = customer.fees.iter().any(|f| lines + f.minor == total.minor);
        // "Son $120" for the sneakers, then "y sumame dos playeras": the total was right for
        // what had been ordered when it was said.
        let at = customer.stated_total_at;
        let changed_since = items
            .iter()
            .any(|i| i.source > at || i.changed_by.iter().any(|&c| c > at));
        if lines != total.minor && !with_fee && lines > 0 && !changed_since {
            warnings.push(DraftWarning::TotalDiffers {
                chat: total,
                lines: Money::new(lines, total.currency),
            });
        }
    }
    warnings.extend(
        tracker
            .removes_nothing
            .iter()
            .map(|&source| DraftWarning::RemovesNothing { source }),
    );
    let unmatched: Vec<Unmatched> = tracker
        .unmatched
        .iter()
        .map(|(text, source)| Unmatched {
            words: product_words(text),
            text: text.clone(),
            source: *source,
        })
        .collect();
    // Products only asked about are listed as such; the warning is for a customer whose
    // words named nothing at all.
    if items.is_empty() && unmatched.is_empty() {
        warnings.push(match customer.tracker.cancelled_at {
            Some(source) => DraftWarning::GaveUp { source },
            None if index.catalog.is_empty() => DraftWarning::EmptyCatalog,
            None => DraftWarning::NoProducts,
        });
    }
    let said_pickup = customer.said.last().copied();
    let pickup = matches!(said_pickup, Some((_, Said::Pickup)))
        || (said_pickup.is_none() && customer.shop_said_pickup && customer.address.is_none());
    let delivery_address = if pickup {
        None
    } else {
        customer.address.clone()
    };
    let mut paid_claimed = claimed(&customer.claims, opts, &mut warnings);
    // "sent $70" for a $50 order: the person at the counter should look before confirming.
    if let Some(claim) = paid_claimed.as_ref()
        && let Some(amount) = claim.amount.filter(|a| a.currency == opts.currency)
    {
        let lines: i64 = items
            .iter()
            .filter(|i| !i.asked_only && i.unit_price.currency == amount.currency)
            .map(|i| i.unit_price.minor.saturating_mul(i.qty))
            .sum();
        let fee = customer.fees.iter().map(|f| f.minor).max().unwrap_or(0);
        if lines > 0 && amount.minor > lines.saturating_add(fee) {
            warnings.push(DraftWarning::ClaimAboveOrder {
                source: claim.sources.last().copied().unwrap_or(claim.source),
                claimed: amount,
                order: Money::new(lines.saturating_add(fee), amount.currency),
            });
        }
    }
    if let Some(claim) = paid_claimed.as_mut() {
        claim.reference.clone_from(&customer.payment_reference);
        claim.method = customer.payment_method;
    }
    Draft {
        customer: DraftCustomer {
            name,
            phone,
            phone_source,
        },
        items,
        delivery_address,
        pickup,
        pickup_source: said_pickup.filter(|_| pickup).map(|(s, _)| s),
        paid_claimed,
        deadline: customer.deadline,
        stated_total: customer.stated_total,
        unmatched,
        warnings,
        messages: customer.messages,
    }
}

fn claimed(
    claims: &[(usize, Option<Money>)],
    opts: &DraftOptions,
    warnings: &mut Vec<DraftWarning>,
) -> Option<ClaimedPayment> {
    let &(first, _) = claims.first()?;
    let mut amount: Option<Money> = None;
    for &(source, money) in claims {
        let Some(money) = money else { continue };
        if money.currency != opts.currency {
            // Kept as said, in its currency: the desk will not record it as the shop's.
            warnings.push(DraftWarning::ForeignClaim {
                source,
                claimed: money.currency,
                shop: opts.currency,
            });
        }
        amount = match amount {
            None => Some(money),
            Some(total) => total.checked_add(money).ok().or(Some(total)),
        };
    }
    Some(ClaimedPayment {
        amount,
        confidence: if amount.is_some() { 85 } else { 60 },
        source: first,
        sources: claims.iter().map(|&(s, _)| s).collect(),
        reference: None,
        method: None,
    })
}

/// The words that name a product in what was said: after the pointing arrow, without the
/// counts and articles before them ("2 dessas → a jaqueta jeans preta" → "jaqueta jeans
/// preta").
pub fn product_words(said: &str) -> String {
    let said = said.rsplit(" → ").next().unwrap_or_default();
    let words = phrases::Words::of(said);
    let lex = lexicon::lexicon();
    let first = (0..words.len()).find(|&i| {
        let t = &words.tokens[i];
        t.is_alpha()
            && lex.numbers.longest_at(&words, i).is_none()
            && !matches!(
                t.text.as_str(),
                "x" | "the"
                    | "a"
                    | "an"
                    | "o"
                    | "os"
                    | "as"
                    | "um"
                    | "uma"
                    | "el"
                    | "la"
                    | "los"
                    | "las"
                    | "un"
                    | "una"
                    | "der"
                    | "die"
                    | "das"
                    | "den"
                    | "ein"
                    | "eine"
                    | "einen"
                    | "of"
                    | "de"
                    | "do"
                    | "da"
                    | "del"
                    | "more"
                    | "mais"
                    | "mas"
                    | "noch"
            )
    });
    match first {
        Some(i) => said
            .get(words.tokens[i].start..)
            .unwrap_or_default()
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
            .to_string(),
        None => String::new(),
    }
}

/// The words staff teach the reader when they pick the product a customer meant: the kind
/// of product without the colour, size or measure of this one order ("2 muffleys in red" →
/// "muffleys"), so the next "3 muffleys in grey" finds the grey one. Empty when nothing but
/// variant words was said.
pub fn alias_words(said: &str, variant: &str) -> String {
    let lex = lexicon::lexicon();
    let words = product_words(said);
    // "3 gloss coral" picked as the balm "Coral": the variant's own words are this order's.
    let variant_words: Vec<String> = variant
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::core::chat::phrase_key)
        .collect();
    let kept: Vec<&str> = words
        .split_whitespace()
        .filter(|word| {
            let key =
                crate::core::chat::phrase_key(word.trim_matches(|c: char| !c.is_alphanumeric()));
            if variant_words.contains(&key) {
                return false;
            }
            let one = phrases::Words::of(word);
            let variant = one.len() == 1
                && (lex.colours.longest_at(&one, 0).is_some()
                    || lex.sizes.longest_at(&one, 0).is_some()
                    || lex.size_words.longest_at(&one, 0).is_some()
                    || (lex.letter_sizes.longest_at(&one, 0).is_some()
                        && word.chars().all(|c| c.is_uppercase()))
                    || lex.measures.longest_at(&one, 0).is_some()
                    || one.tokens[0].is_number());
            !variant
        })
        .collect();
    // "camisa de" → "camisa": a word joining the kind to a dropped variant goes with it.
    let end = kept
        .iter()
        .rposition(|w| !words::is_stopword(&crate::core::chat::phrase_key(w)))
        .map_or(0, |i| i + 1);
    // "quero 2 …", "I want …": the asking before the kind is no part of its name.
    let start = kept[..end]
        .iter()
        .position(|w| {
            let key = crate::core::chat::phrase_key(w);
            !words::is_stopword(&key) && !cues::is_any_cue_word(&key)
        })
        .unwrap_or(end);
    kept[start..end]
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A colour or size word in every language the reader knows, folded: "preta" → black,
/// preto, negro, schwarz, …; "P" → s, small, p, ch, …. Empty for any other word. For the
/// desk's pickers, where staff type the word the customer used.
pub fn variant_synonyms(word: &str) -> Vec<String> {
    let lex = lexicon::lexicon();
    let words = phrases::Words::of(word);
    if words.len() != 1 {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    if let Some((1, colour)) = lex.colours.longest_at(&words, 0) {
        out.extend(
            lex.colours
                .single_words_of(colour)
                .into_iter()
                .map(str::to_string),
        );
    }
    let size = lex
        .sizes
        .longest_at(&words, 0)
        .or_else(|| lex.letter_sizes.longest_at(&words, 0));
    if let Some((1, size)) = size {
        out.extend(
            lex.sizes
                .single_words_of(size)
                .into_iter()
                .map(str::to_string),
        );
        out.extend(
            lex.letter_sizes
                .single_words_of(size)
                .into_iter()
                .map(str::to_string),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The count said at the start of a phrase ("3 gloss coral", "dos playeras"), if any.
pub fn phrase_count(said: &str) -> Option<i64> {
    let words = phrases::Words::of(said);
    let lex = lexicon::lexicon();
    (0..words.len().min(4)).find_map(|i| {
        words.tokens[i]
            .integer()
            .or_else(|| lex.numbers.longest_at(&words, i).map(|(_, &n)| n))
            .filter(|n| (1..=crate::core::order::MAX_LINE_QTY).contains(n))
    })
}

/// The text worth reading, or None for messages that carry none.
fn usable_text(message: &Message) -> Option<String> {
    // "<Anhang: 00000019-PHOTO-….jpg>": a placeholder, whatever the parser called it.
    let trimmed = message.text.trim();
    if trimmed.starts_with('<') && trimmed.ends_with('>') && !trimmed[1..].contains('<') {
        return None;
    }
    match message.media {
        None => Some(message.text.clone()),
        Some(MediaKind::Edited) => Some(strip_edited_marker(&message.text)),
        // An attachment's caption follows the file line ("IMG-….jpg (file attached)\nin green").
        Some(
            MediaKind::Image
            | MediaKind::Video
            | MediaKind::Document
            | MediaKind::File
            | MediaKind::Gif
            | MediaKind::Sticker
            | MediaKind::Audio,
        ) => {
            let caption: Vec<&str> = message.text.lines().skip(1).collect();
            (!caption.is_empty()).then(|| caption.join("\n"))
        }
        Some(
            MediaKind::Omitted
            | MediaKind::Deleted
            | MediaKind::Call
            | MediaKind::Contact
            | MediaKind::Location,
        ) => None,
    }
}

fn strip_edited_marker(text: &str) -> String {
    let trimmed = text.trim_end();
    match trimmed.rfind('<') {
        Some(i) if trimmed.ends_with('>') => trimmed[..i].trim_end().to_string(),
        _ => trimmed.to_string(),
    }
}

#[cfg(test)]
mod tests;
