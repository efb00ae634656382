//! The shop restating an order in its own words, usually with prices and a total:
//! "Anotado! 2 centos de salgados sortidos + 1 cento de coxinha = R$ 340,00",
//! "Gouda alt 500 g 12,90 €\nEmmentaler 250 g 4,90 €\n…\nSumme 37,30 €".
//!
//! The shop writes in the catalog's words, so this is the best evidence a chat has; and its
//! arithmetic settles what the words leave open. Each item of the restatement gets a few
//! candidate readings; the reading whose prices add up to the total the shop wrote wins. A
//! restatement whose numbers add up replaces what the customer's own words built.

use super::amounts::Amount;
use super::catalog::CatalogIndex;
use super::cues::{self, Cue};
use super::mentions::{Mention, read_mentions};
use super::message::Read;
use super::resolve::{Context, candidates};
use super::words::Kind;
use crate::core::money::Money;

/// What a restatement says.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Restated {
    /// (product, qty) in the order the shop wrote them.
    pub lines: Vec<(usize, i64)>,
    /// The lines' prices add up to the total the shop wrote (or fit every price it wrote).
    pub validated: bool,
    /// Pieces of the message that named products.
    pub items: usize,
    /// Totals the shop wrote (after "=", "Total", "Summe"…), in order.
    pub totals: Vec<Money>,
    /// Delivery fees the shop wrote; zero for "free shipping".
    pub fees: Vec<Money>,
    /// What the shop asks for now short of the total: a deposit ("sinal de 50% (R$ 189,50)")
    /// or the balance left after one ("balance is €45.40").
    pub deposit: Option<Money>,
    /// What the lines' prices and fees come to, when the shop priced every line it wrote
    /// and they add up, but wrote no total ("Notiert: … Ole: 4 Rumpsteaks 46,00 €"). Asked
    /// for only when the shop confirms: a priced offer ("1st is $24.99, 2nd $19.99") is not.
    pub priced_sum: Option<Money>,
    /// Amounts that stand for a line without naming it ("$899.00 + envío $80 = $979.00").
    pub unnamed: Vec<Money>,
    /// Offers choices ("Regular 15 or 15 Pro?"), so it is not a restatement.
    pub choices: bool,
    /// Products of `lines` that the words fit no better than others at the same price
    /// ("the denim jacket M" of blue and black): product → the others.
    pub alternatives: Vec<(usize, Vec<usize>)>,
}

impl Restated {
    /// What the shop last asked to be paid: the deposit if it asked for one, else the last
    /// total.
    pub fn asked(&self) -> Option<Money> {
        self.deposit.or_else(|| self.totals.last().copied())
    }
}

#[derive(Debug, Clone)]
enum Segment {
    Items {
        mentions: Vec<Mention>,
        price: Option<Money>,
    },
    Total(Money),
    Fee(Money),
    Deposit(Money),
    Unnamed(Money),
    Nothing,
}

/// One way to read one item piece: its lines, how well the words fit, what it costs.
#[derive(Debug, Clone)]
struct Option_ {
    lines: Vec<(usize, i64)>,
    score: f32,
    cost: i64,
}

/// Reads tokens `from..to` of a shop message as a restatement for one customer.
pub(crate) fn read(
    read: &Read,
    from: usize,
    to: usize,
    index: &CatalogIndex<'_>,
    ctx: &Context,
) -> Restated {
    let words = &read.words;
    let tokens = &words.tokens;
    let mut out = Restated::default();
    let segments = segments(read, from, to);
    let mut parsed: Vec<(usize, Segment)> = Vec::new();
    // "Total: R$ 379,00": a label alone makes the next amount a total.
    let mut labelled_total = false;
    // "Entrega na cidade: 150,00 MT": the same for a fee.
    let mut labelled_fee = false;
    // "te pido seña del 50%: $30.250": and for the amount asked up front.
    let mut labelled_deposit = false;
    for &(a, b, after_equals) in &segments {
        let after_equals = after_equals || std::mem::take(&mut labelled_total);
        let after_fee_label = std::mem::take(&mut labelled_fee);
        let after_deposit_label = std::mem::take(&mut labelled_deposit);
        let amounts: Vec<&Amount> = read
            .amounts
            .iter()
            .filter(|x| x.start >= a && x.end <= b)
            .collect();
        let reading = read_mentions(words, a, b, index, &read.blocked);
        let last_amount = amounts.last().map(|x| x.money);
        // "Entrega na cidade: 150,00 MT": a line that starts by naming a fee is the fee, whatever
        // its other words may resemble.
        let starts_with_fee = cues::find(Cue::Fee, words, a, b)
            .first()
            .is_some_and(|&(start, _)| (a..start).all(|k| !tokens[k].is_word()));
        let fee_first = starts_with_fee && amounts.len() == 1;
        labelled_fee = starts_with_fee && amounts.is_empty();
        let segment = if (fee_first || (after_fee_label && reading.mentions.is_empty()))
            && let Some(money) = last_amount
        {
            Segment::Fee(money)
        } else if !reading.mentions.is_empty() {
            // "6 x Merino petrol à 8.90", "2 bolos a R$ 45 cada": the price of one, so the
            // piece costs its count times it.
            let count = match reading.mentions.as_slice() {
                [one] => one.qty.as_ref().map_or(1, |q| q.n),
                _ => 1,
            };
            let price = match amounts.last() {
                Some(x) if count > 1 && unit_priced(read, x) => x.money.checked_mul(count).ok(),
                _ => last_amount,
            };
            Segment::Items {
                mentions: reading.mentions,
                price,
            }
        } else if let Some(money) = last_amount {
            if after_deposit_label
                || cues::has(Cue::Deposit, words, a, b)
                || cues::has(Cue::BalanceDue, words, a, b)
            {
                Segment::Deposit(money)
            } else if cues::has(Cue::Fee, words, a, b) {
                Segment::Fee(money)
            } else if after_equals || cues::has(Cue::Total, words, a, b) {
                Segment::Total(money)
            } else {
                Segment::Unnamed(money)
            }
        } else if cues::has(Cue::Fee, words, a, b) && is_free(read, a, b) {
            Segment::Fee(Money::zero(ctx_currency(index)))
        } else {
            labelled_total = cues::has(Cue::Total, words, a, b);
            labelled_deposit = cues::has(Cue::Deposit, words, a, b);
            Segment::Nothing
        };
        parsed.push((line_of(tokens, a), segment));
    }
    out.choices = (from..to).any(|i| matches!(tokens[i].text.as_str(), "or" | "ou" | "oder" | "o"))
        && (from..to).any(|i| tokens[i].kind == Kind::Punct('?'));
    for (_, s) in &parsed {
        match s {
            Segment::Total(m) => out.totals.push(*m),
            Segment::Fee(m) => out.fees.push(*m),
            Segment::Deposit(m) => out.deposit = Some(*m),
            Segment::Unnamed(m) => out.unnamed.push(*m),
            _ => {}
        }
    }
    // "Listo, con aretes: $1,247.00": one amount beside a confirmation is what it all comes to.
    if out.totals.is_empty() && out.unnamed.len() == 1 && cues::has(Cue::Confirm, words, from, to) {
        out.totals.push(out.unnamed.remove(0));
    }
    drop_chatter(&mut parsed);
    // "42,60 € mit den Brezeln": one price that no reading of its piece can cost is the
    // order's total.
    if out.totals.is_empty() {
        let priced: Vec<usize> = parsed
            .iter()
            .enumerate()
            .filter(|(_, (_, s))| matches!(s, Segment::Items { price: Some(_), .. }))
            .map(|(k, _)| k)
            .collect();
        if let [k] = priced.as_slice()
            && let (
                _,
                Segment::Items {
                    mentions,
                    price: Some(p),
                },
            ) = &parsed[*k]
        {
            let fits = mentions.iter().any(|m| {
                candidates(index, m, ctx, 4).iter().any(|r| {
                    let c = cost(index, &r.lines);
                    let unit = r
                        .lines
                        .first()
                        .and_then(|(x, _)| index.product(*x))
                        .map_or(0, |x| x.price);
                    c == p.minor || (unit > 0 && p.minor % unit == 0)
                })
            });
            if !fits {
                let total = *p;
                out.totals.push(total);
                if let (_, Segment::Items { price, .. }) = &mut parsed[*k] {
                    *price = None;
                }
            }
        }
    }
    // Options per item piece; a piece that names only a variant takes the family (and the
    // colour) of the piece before it: "Emmentaler 500 g + 250 g", "rosa palo CH y M".
    let mut pieces: Vec<Vec<Option_>> = Vec::new();
    let mut previous: Option<(usize, Mention)> = None;
    // After the total the restatement is over: "= 76,30 €. Bei Platten nehmen wir 50 %
    // Anzahlung" names a product without ordering it.
    let priced = parsed
        .iter()
        .any(|(_, s)| matches!(s, Segment::Items { price: Some(_), .. }));
    let mut total_seen = false;
    // A stated total checks every reading, as a line's price does.
    let has_total = parsed.iter().any(|(_, s)| matches!(s, Segment::Total(_)));
    for (_, s) in &parsed {
        if matches!(s, Segment::Total(_)) {
            total_seen = true;
        }
        let Segment::Items { mentions, price } = s else {
            continue;
        };
        if total_seen && priced && price.is_none() {
            continue;
        }
        let mut options = options_for(index, ctx, mentions, *price, has_total, &mut previous);
        // A piece without a price may be talk ("Quedan 2 en CH"): leaving it out is a reading
        // too, taken when only that makes the total add up.
        if price.is_none() && !options.is_empty() {
            options.push(Option_ {
                lines: Vec::new(),
                score: -0.8,
                cost: 0,
            });
        }
        if !options.is_empty() {
            pieces.push(options);
        }
    }
    out.items = pieces
        .iter()
        .filter(|p| p.iter().any(|o| !o.lines.is_empty()))
        .count();
    if pieces.is_empty() {
        return out;
    }
    let targets = targets(&out);
    let (lines, matched, alternatives) = solve(&pieces, &targets);
    out.alternatives = alternatives;
    let priced = parsed.iter().all(|(_, s)| match s {
        Segment::Items { price, .. } => price.is_some(),
        _ => true,
    });
    out.validated = matched || (targets.is_empty() && priced && prices_fit(index, &lines, &parsed));
    if out.validated && priced && out.totals.is_empty() && !lines.is_empty() {
        out.priced_sum = priced_sum(&parsed, &out.fees);
    }
    out.lines = lines;
    out
}

/// An amount written as the price of one: "à 8.90", "a R$ 45", "je 3,90", "$5 each".
fn unit_priced(read: &Read, x: &Amount) -> bool {
    let words = &read.words;
    let before = x.start.checked_sub(1).map(|k| words.text(k));
    matches!(before, Some("a" | "je" | "per" | "ea"))
        || cues::find(Cue::UnitPrice, words, x.end, (x.end + 3).min(words.len()))
            .first()
            .is_some_and(|&(start, _)| start == x.end)
}

/// The prices the shop wrote beside its lines, and its fees, added up (in one currency).
fn priced_sum(parsed: &[(usize, Segment)], fees: &[Money]) -> Option<Money> {
    let prices = parsed.iter().filter_map(|(_, s)| match s {
        Segment::Items { price, .. } => *price,
        _ => None,
    });
    let mut all = prices.chain(fees.iter().copied());
    let first = all.next()?;
    all.try_fold(first, |sum, m| sum.checked_add(m).ok())
}

/// "Die Thüringer gibt's im 4er-Pack, passt genau:" above a priced list names a product
/// without listing it: where the shop wrote prices, a piece without one on a line with no
/// price and no total is talk.
fn drop_chatter(parsed: &mut Vec<(usize, Segment)>) {
    let priced_lines: Vec<usize> = parsed
        .iter()
        .filter(|(_, s)| matches!(s, Segment::Items { price: Some(_), .. } | Segment::Total(_)))
        .map(|(line, _)| *line)
        .collect();
    let priced_items = parsed
        .iter()
        .filter(|(_, s)| matches!(s, Segment::Items { price: Some(_), .. }))
        .count();
    if priced_items < 2 {
        return;
    }
    parsed.retain(|(line, s)| {
        !matches!(s, Segment::Items { price: None, .. }) || priced_lines.contains(line)
    });
}

fn ctx_currency(index: &CatalogIndex<'_>) -> crate::core::money::Currency {
    index
        .catalog
        .first()
        .map_or(crate::core::money::Currency::USD, |p| p.currency)
}

/// "Lieferung frei", "free shipping", "envío gratis", "frete grátis".
fn is_free(read: &Read, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        matches!(
            read.words.tokens[i].text.as_str(),
            "free" | "frei" | "kostenlos" | "gratis" | "gratuito" | "gratuita" | "sin"
        )
    })
}

/// Sums the lines must make: each total, and each total less each fee.
fn targets(r: &Restated) -> Vec<i64> {
    let mut out = Vec::new();
    for t in &r.totals {
        out.push(t.minor);
        for f in &r.fees {
            out.push(t.minor - f.minor);
        }
        for u in &r.unnamed {
            out.push(t.minor - u.minor);
        }
    }
    out.retain(|t| *t > 0);
    out.sort_unstable();
    out.dedup();
    out
}

/// Every line's price matches what the shop wrote beside it.
fn prices_fit(
    index: &CatalogIndex<'_>,
    lines: &[(usize, i64)],
    parsed: &[(usize, Segment)],
) -> bool {
    let written: i64 = parsed
        .iter()
        .filter_map(|(_, s)| match s {
            Segment::Items { price: Some(p), .. } => Some(p.minor),
            _ => None,
        })
        .sum();
    let computed: i64 = lines
        .iter()
        .map(|&(p, q)| index.product(p).map_or(0, |x| x.price) * q)
        .sum();
    written > 0 && written == computed
}

/// The sentence (or line) a token is in.
fn line_of(tokens: &[super::words::Token], i: usize) -> usize {
    tokens[..i]
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            matches!(t.kind, Kind::Newline | Kind::Punct('!' | '?'))
                || (t.kind == Kind::Punct('.')
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.start > t.end && n.capital))
        })
        .count()
}

/// Cuts the message into pieces at "+", "=", ",", ";", ":", sentence ends, line breaks and
/// "and/e/y/und" outside parentheses. Returns (from, to, follows an "=").
fn segments(read: &Read, from: usize, to: usize) -> Vec<(usize, usize, bool)> {
    let tokens = &read.words.tokens;
    let mut out = Vec::new();
    let mut depth = 0_i32;
    let mut start = from;
    let mut after_equals = false;
    for i in from..to {
        let t = &tokens[i];
        let separator = match t.kind {
            Kind::Punct('(') => {
                depth += 1;
                false
            }
            Kind::Punct(')') => {
                depth = (depth - 1).max(0);
                false
            }
            Kind::Newline => {
                depth = 0;
                true
            }
            Kind::Punct('+' | '=' | ',' | ';' | ':' | '!' | '?') => depth == 0,
            Kind::Punct('.') => {
                depth == 0
                    && tokens
                        .get(i + 1)
                        .is_none_or(|n| n.start > t.end && n.capital)
            }
            Kind::Word => {
                depth == 0 && matches!(t.text.as_str(), "e" | "y" | "and" | "und" | "plus")
            }
            _ => false,
        };
        if separator {
            if i > start {
                out.push((start, i, after_equals));
            }
            after_equals = t.kind == Kind::Punct('=');
            if t.kind == Kind::Newline {
                after_equals = false;
            }
            start = i + 1;
        }
    }
    if start < to {
        out.push((start, to, after_equals));
    }
    out
}

/// Readings of one item piece.
fn options_for(
    index: &CatalogIndex<'_>,
    ctx: &Context,
    mentions: &[Mention],
    price: Option<Money>,
    has_total: bool,
    previous: &mut Option<(usize, Mention)>,
) -> Vec<Option_> {
    let mut local = ctx.clone();
    local.priced_line = price.is_some() || has_total;
    if let Some((family, _)) = previous.as_ref() {
        local.focus.insert(0, *family);
    }
    let first = &mentions[0];
    // "2x Silicone Case iPhone 15 (Black + Pink)", "2 blusas de lino (negra G y blanca M)":
    // a counted product spelled out as its variants.
    let variants: Vec<&Mention> = mentions
        .iter()
        .skip(1)
        .filter(|m| !m.names_product())
        .collect();
    if first.names_product() && variants.len() >= 2 && variants.len() == mentions.len() - 1 {
        let Some(head) = candidates(index, first, &local, 1).into_iter().next() else {
            return Vec::new();
        };
        let mut with_family = local.clone();
        with_family.focus.insert(0, head.family);
        let mut lines = Vec::new();
        let mut score = 0.0;
        for v in variants {
            let mut m = v.clone();
            let mut attrs = first.attrs.clone();
            attrs.override_with(&v.attrs);
            m.attrs = attrs;
            m.name_keys = first.name_keys.clone();
            if let Some(r) = candidates(index, &m, &with_family, 1).into_iter().next() {
                lines.extend(r.lines);
                score += f32::from(r.confidence) / 100.0;
            }
        }
        *previous = Some((head.family, first.clone()));
        let cost = cost(index, &lines);
        return vec![Option_ {
            score: score + price_fit(price, cost),
            cost,
            lines,
        }];
    }
    // "1 caixa pão de mel (6 un)", "Clear MagSafe Case (iPhone 15)": variant words after a
    // product say which one it is.
    let merged: Mention;
    let mentions: &[Mention] = if first.names_product()
        && mentions.len() > 1
        && !variants.is_empty()
        && variants.len() == mentions.len() - 1
    {
        let mut m = first.clone();
        for v in &variants {
            m.attrs.override_with(&v.attrs);
        }
        m.end = variants.last().map_or(m.end, |v| v.end);
        merged = m;
        std::slice::from_ref(&merged)
    } else {
        mentions
    };
    let first = &mentions[0];
    // One piece, one product (a piece naming several is read as several lines, each its own
    // best reading, with the piece's price for all of them).
    let mut options = Vec::new();
    if mentions.len() == 1 {
        let mut m = first.clone();
        if !m.names_product()
            && let Some((_, prev)) = previous.as_ref()
        {
            let mut attrs = prev.attrs.clone();
            // Inherit only what this piece does not say itself.
            if !m.attrs.colours.is_empty() {
                attrs.colours.clear();
            }
            if m.attrs.measure.is_some() || m.attrs.size.is_some() || !m.attrs.numbers.is_empty() {
                attrs.measure = None;
                attrs.size = None;
                attrs.numbers.clear();
            }
            attrs.keys.clear();
            attrs.override_with(&m.attrs);
            m.attrs = attrs;
        }
        for r in candidates(index, &m, &local, 4) {
            let c = cost(index, &r.lines);
            let mut fit = price_fit(price, c);
            let mut lines = r.lines.clone();
            // "25 coxinhas grandes R$ 200,00": a price that is a multiple of the unit price
            // says how many.
            if fit < 0.0
                && let (Some(p), [(product, _)]) = (price, lines.as_slice())
                && let Some(unit) = index.product(*product).map(|x| x.price).filter(|u| *u > 0)
                && p.minor % unit == 0
                && p.minor / unit <= 10_000
            {
                lines = vec![(*product, p.minor / unit)];
                fit = 0.8;
            }
            let score = f32::from(r.confidence) / 100.0 + fit;
            options.push(Option_ {
                cost: cost(index, &lines),
                lines,
                score,
            });
            if options.len() == 1 {
                *previous = Some((r.family, m.clone()));
            }
        }
    } else {
        let mut lines = Vec::new();
        let mut score = 0.0;
        let mut singles: Vec<Option_> = Vec::new();
        for m in mentions {
            if let Some(r) = candidates(index, m, &local, 1).into_iter().next() {
                *previous = Some((r.family, m.clone()));
                let c = cost(index, &r.lines);
                let s = f32::from(r.confidence) / 100.0;
                // "one pack covers both phones Tempered Glass 2-pack ($12.99)": one of the
                // products named may be the piece, the others talk around it.
                singles.push(Option_ {
                    lines: r.lines.clone(),
                    score: s + price_fit(price, c) - 0.3,
                    cost: c,
                });
                lines.extend(r.lines);
                score += s;
            }
        }
        if !lines.is_empty() {
            let c = cost(index, &lines);
            options.push(Option_ {
                score: score + price_fit(price, c),
                cost: c,
                lines,
            });
        }
        if price.is_some() {
            options.extend(singles);
        }
    }
    options
}

fn cost(index: &CatalogIndex<'_>, lines: &[(usize, i64)]) -> i64 {
    lines
        .iter()
        .map(|&(p, q)| index.product(p).map_or(0, |x| x.price).saturating_mul(q))
        .sum()
}

fn price_fit(price: Option<Money>, cost: i64) -> f32 {
    match price {
        Some(p) if p.minor == cost => 1.5,
        Some(_) => -1.0,
        None => 0.0,
    }
}

/// Picks one reading per piece: the best-scoring choice whose cost adds up to a target, or
/// the best overall when none does. Returns the lines and whether a target was met.
type Alternatives = Vec<(usize, Vec<usize>)>;

fn solve(pieces: &[Vec<Option_>], targets: &[i64]) -> (Vec<(usize, i64)>, bool, Alternatives) {
    // (score, total cost, choices), kept to the best few hundred partial readings.
    let mut states: Vec<(f32, i64, Vec<usize>)> = vec![(0.0, 0, Vec::new())];
    for options in pieces {
        let mut next: Vec<(f32, i64, Vec<usize>)> = Vec::new();
        for (score, total, choices) in &states {
            for (k, option) in options.iter().enumerate() {
                let mut c = choices.clone();
                c.push(k);
                next.push((score + option.score, total.saturating_add(option.cost), c));
            }
        }
        next.sort_by(|a, b| b.0.total_cmp(&a.0));
        // Keep the best reading for each total, then the best of those.
        let mut seen = std::collections::HashSet::new();
        next.retain(|(_, total, _)| seen.insert(*total));
        next.truncate(400);
        states = next;
    }
    let chosen = states
        .iter()
        .find(|(_, total, _)| targets.contains(total))
        .map(|s| (s, true))
        .or_else(|| states.first().map(|s| (s, false)));
    let Some(((_, _, choices), matched)) = chosen else {
        return (Vec::new(), false, Vec::new());
    };
    let mut lines = Vec::new();
    let mut alternatives = Vec::new();
    for (piece, &k) in pieces.iter().zip(choices) {
        let Some(option) = piece.get(k) else {
            continue;
        };
        lines.extend(option.lines.iter().copied());
        // Another single product read as well, for the same money, is an open question.
        if let [(product, qty)] = option.lines.as_slice() {
            let others: Vec<usize> = piece
                .iter()
                .filter(|o| (o.score - option.score).abs() < 0.01 && o.cost == option.cost)
                .filter_map(|o| match o.lines.as_slice() {
                    [(p, q)] if p != product && q == qty => Some(*p),
                    _ => None,
                })
                .collect();
            if !others.is_empty() {
                alternatives.push((*product, others));
            }
        }
    }
    (lines, matched, alternatives)
}
