//! One customer's order as the conversation builds it, clause by clause: what they ordered,
//! asked about, changed, replaced, removed; what the shop offered, restated or said it does
//! not have. Applied in the order things were written.

use std::collections::{HashMap, HashSet};

use super::acts::Acts;
use super::catalog::CatalogIndex;
use super::cues::{self, Cue};
use super::mentions::{Attrs, Mention, Quantity};
use super::message::Clause;
use super::phrases::Words;
use super::resolve::{
    Context, Resolved, candidates, families_of, line_qty, resolve, whole_multiple,
};
use super::words::Kind;

/// A mention and what it was resolved to.
type Item = (Mention, Resolved);

/// A line of the order being built.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub id: usize,
    pub family: usize,
    pub product: usize,
    pub qty: i64,
    pub qty_said: bool,
    /// What was said about the variant, so a later "in blue" or "mejor el 25" can change it.
    pub attrs: Attrs,
    /// Only asked about; not ordered.
    pub asked: bool,
    pub source: usize,
    pub changed_by: Vec<usize>,
    /// What was last said about it, as written.
    pub said: String,
    pub shop_confirmed: bool,
    pub confidence: u8,
    pub alternatives: Vec<usize>,
    /// Other families the words fit about as well ("so eine Wurst"): a product the shop then
    /// names from one of them is what was meant.
    pub others: Vec<usize>,
}

/// Products the shop just put forward ("we have it in 3 ft ($11.99) or…").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Offer {
    pub lines: Vec<(usize, i64)>,
    pub source: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Focus {
    Line(usize),
    Offer(Offer),
}

/// What is true across the whole chat.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shared {
    /// Products the shop said it does not have.
    pub sold_out: HashSet<usize>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Tracker {
    pub lines: Vec<Line>,
    next_id: usize,
    focus: Vec<Focus>,
    /// The order of an earlier episode of the same chat ("the same as last time").
    pub history: Vec<Line>,
    /// Words that looked like an order but named nothing in the catalog.
    pub unmatched: Vec<(String, usize)>,
    /// Messages whose removal matched nothing in the order.
    pub removes_nothing: Vec<usize>,
    /// The message of the last restatement the shop wrote that added up.
    pub restated_at: Option<usize>,
    /// The message where the customer gave up the order, while it stands.
    pub cancelled_at: Option<usize>,
    /// The customer's last words asked something and the shop has not answered yet.
    pub asking: bool,
}

impl Tracker {
    pub fn context(&self, shared: &Shared) -> Context {
        let mut focus = Vec::new();
        let mut offered = Vec::new();
        let mut lately = Vec::new();
        for (k, f) in self.focus.iter().rev().enumerate() {
            match f {
                Focus::Line(id) => {
                    if let Some(line) = self.line(*id)
                        && !focus.contains(&line.family)
                    {
                        focus.push(line.family);
                        lately.push(line.product);
                    }
                }
                // Only the shop's latest offer, while it is still what is being discussed.
                Focus::Offer(o) if k < 2 && offered.is_empty() => {
                    for &(p, _) in &o.lines {
                        offered.push(p);
                    }
                }
                Focus::Offer(_) => {}
            }
        }
        Context {
            focus,
            offered,
            sold_out: shared.sold_out.clone(),
            lately,
            priced_line: false,
        }
    }

    /// Families in focus, given the index (offers bring their families).
    pub fn focus_families(&self, index: &CatalogIndex<'_>) -> Vec<usize> {
        let mut out = Vec::new();
        for f in self.focus.iter().rev() {
            let families: Vec<usize> = match f {
                Focus::Line(id) => self.line(*id).map(|l| vec![l.family]).unwrap_or_default(),
                Focus::Offer(o) => o.lines.iter().map(|&(p, _)| index.family_of(p)).collect(),
            };
            for family in families {
                if !out.contains(&family) {
                    out.push(family);
                }
            }
        }
        out
    }

    fn line(&self, id: usize) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    fn line_index(&self, id: usize) -> Option<usize> {
        self.lines.iter().position(|l| l.id == id)
    }

    fn push_focus(&mut self, f: Focus) {
        self.focus.retain(|x| *x != f);
        self.focus.push(f);
        if self.focus.len() > 8 {
            self.focus.remove(0);
        }
    }

    /// Starts a line of `qty` of `product`.
    fn new_line(
        &mut self,
        r: &Resolved,
        (product, qty): (usize, i64),
        m: &Mention,
        asked: bool,
        source: usize,
        said: &str,
    ) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        self.lines.push(Line {
            id,
            family: r.family,
            product,
            qty,
            qty_said: m.qty.is_some_and(|q| !q.weak),
            attrs: m.attrs.clone(),
            asked,
            source,
            changed_by: Vec::new(),
            said: said.to_string(),
            shop_confirmed: false,
            confidence: r.confidence,
            alternatives: r.alternatives.clone(),
            others: Vec::new(),
        });
        self.push_focus(Focus::Line(id));
        id
    }

    /// Notes the other families a line's words could mean.
    fn set_others(&mut self, id: usize, others: Vec<usize>) {
        if let Some(i) = self.line_index(id) {
            self.lines[i].others = others;
        }
    }

    /// Applies one clause of the customer's.
    #[allow(clippy::too_many_arguments)]
    pub fn customer(
        &mut self,
        clause: &Clause,
        acts: &Acts,
        words: &Words,
        source: usize,
        said: &str,
        index: &CatalogIndex<'_>,
        shared: &Shared,
    ) {
        // "The bouquet you delivered yesterday is already drooping": what the customer got
        // before is no order, unless this clause also orders or changes something.
        if clause.has(Cue::Past, words)
            && !(acts.order || acts.add || acts.same_before || acts.change || acts.remove)
        {
            return;
        }
        let ctx = self.context(shared);
        let mut mentions = distribute(index, &clause.reading.mentions, &ctx, words);
        // "regular 15", "ok va el 25": a number that is a variant of what is being discussed
        // names it; it does not count it.
        // An article alone ("a", "la") counts only with an order ("quero um").
        // The clause's count: the last written one, else an article with an order.
        let strong = clause
            .reading
            .bare
            .iter()
            .rev()
            .find(|(_, q)| !q.weak)
            .map(|(_, q)| *q);
        let mut bare = strong.or_else(|| {
            clause
                .reading
                .bare
                .last()
                // "einen davon bitte", "one of those": "one" pointing at something counts.
                .filter(|(at, _)| acts.order || acts.accept || of_those(words, at + 1))
                .map(|(_, q)| *q)
        });
        // "Para mi marido un 42 y para mí un 38", "regular 15": numbers that are sizes of what
        // is being discussed name those sizes; they do not count.
        if mentions.is_empty() {
            let families = self.focus_families(index);
            let is_variant = |n: i64| {
                families.iter().take(2).any(|&f| {
                    index.families[f]
                        .skus
                        .iter()
                        .any(|&p| index.variants[p].numbers.contains(&n))
                })
            };
            let sizes: Vec<(usize, Quantity)> = clause
                .reading
                .bare
                .iter()
                .copied()
                .filter(|(at, q)| {
                    q.unit.is_none()
                        && !q.weak
                        && words.tokens[*at].is_number()
                        && is_variant(q.n)
                        && (q.n >= 6
                            || matches!(
                                words.text(at.wrapping_sub(1)),
                                "un" | "una"
                                    | "um"
                                    | "uma"
                                    | "a"
                                    | "el"
                                    | "o"
                                    | "the"
                                    | "del"
                                    | "do"
                            ))
                })
                .collect();
            for (at, q) in &sizes {
                let article = matches!(
                    words.text(at.wrapping_sub(1)),
                    "un" | "una" | "um" | "uma" | "a" | "an"
                );
                mentions.push(Mention {
                    start: *at,
                    end: at + 1,
                    name_keys: Vec::new(),
                    aliases: Vec::new(),
                    code: None,
                    attrs: Attrs {
                        numbers: vec![q.n],
                        ..Attrs::default()
                    },
                    qty: article.then_some(Quantity {
                        n: 1,
                        weak: true,
                        unit: None,
                    }),
                    price: None,
                });
            }
            if !sizes.is_empty() {
                bare = None;
            }
        }
        let mut items: Vec<(Mention, Resolved)> = Vec::new();
        for m in &mentions {
            match resolve(index, m, &ctx) {
                Some(r) => items.push((m.clone(), r)),
                None if (m.names_product()
                    && !m.name_keys.iter().all(|(k, _)| index.keys[*k].weak))
                    || (!m.attrs.is_empty() && m.names_product()) =>
                {
                    let text = said_of_mention(words, said, m);
                    if !text.is_empty() {
                        self.unmatched.push((text, source));
                    }
                }
                None => {}
            }
        }
        share_variant_words(index, &ctx, &mut items);
        // "otra tanda igual que la otra vez, pero esta vez 15 suculentas": the whole earlier
        // order, then what changes; "otra blusa igual a la que te compré": a product named
        // before the words is that earlier line only.
        let same_at = super::cues::find(
            super::cues::Cue::SameAsBefore,
            words,
            clause.start,
            clause.end,
        )
        .first()
        .map(|(a, _)| *a);
        // "o mesmo conjunto de moletom": a product right after the words is that one line.
        let item_level = same_at.is_some_and(|at| {
            let cue_end = super::cues::find(
                super::cues::Cue::SameAsBefore,
                words,
                clause.start,
                clause.end,
            )
            .first()
            .map_or(at, |(_, e)| *e);
            items
                .iter()
                .any(|(m, _)| m.end <= at || (m.start >= cue_end && m.start <= cue_end + 1))
        });
        // "a la misma dirección", "same address": the same place, not the same order; "same
        // as last time, same address" asks for both.
        let place = |i: usize| super::is_place_word(words.text(i));
        let about_address = super::cues::find(
            super::cues::Cue::SameAsBefore,
            words,
            clause.start,
            clause.end,
        )
        .iter()
        .all(|&(a, e)| (a..(e + 3).min(clause.end)).any(place));
        if acts.same_before && !self.history.is_empty() && !about_address {
            let copied: Vec<Line> = if !item_level {
                if self.ordered().next().is_some() {
                    Vec::new()
                } else {
                    self.history.clone()
                }
            } else {
                self.history
                    .iter()
                    .filter(|h| items.iter().any(|(_, r)| r.family == h.family))
                    .cloned()
                    .collect()
            };
            for mut line in copied {
                line.id = self.next_id;
                self.next_id += 1;
                line.source = source;
                line.changed_by.clear();
                line.shop_confirmed = false;
                let id = line.id;
                self.lines.push(line);
                self.push_focus(Focus::Line(id));
            }
        }
        // "lieber nicht" said of a product removes it; said alone it gives up, and so it does
        // when it stands alone before the products, which are none of the order's ("esquece,
        // o síndico proibiu planta no corredor": the reason, not a line).
        let mut acts = *acts;
        if acts.cancel && !items.is_empty() && !acts.condition {
            let names_a_line = items
                .iter()
                .any(|(m, r)| self.find(index, m, r, true, &HashSet::new()).is_some());
            let alone_before = cues::find(Cue::Cancel, words, clause.start, clause.end)
                .first()
                .is_some_and(|&(_, end)| {
                    let set_off = end == clause.end
                        || words.tokens.get(end).is_some_and(|t| {
                            matches!(t.kind, Kind::Punct(',' | '.' | '!' | ';' | ':'))
                        });
                    set_off && items.iter().all(|(m, _)| m.start >= end)
                });
            if names_a_line || self.lines.is_empty() || !alone_before {
                acts.remove = true;
                acts.cancel = false;
            } else {
                items.clear();
            }
        }
        self.apply(clause, &acts, words, source, said, index, &ctx, items, bare);
    }

    /// Applies a clause whose mentions are read.
    #[allow(clippy::too_many_arguments)]
    fn apply(
        &mut self,
        clause: &Clause,
        acts: &Acts,
        words: &Words,
        source: usize,
        said: &str,
        index: &CatalogIndex<'_>,
        ctx: &Context,
        mut items: Vec<(Mention, Resolved)>,
        mut bare: Option<Quantity>,
    ) {
        let shared_sold_out = Shared {
            sold_out: ctx.sold_out.clone(),
        };
        let shared = &shared_sold_out;
        if acts.cancel && items.is_empty() && !acts.condition {
            if acts.pronoun && !self.lines.is_empty() && !acts.negation {
                self.remove_focus();
            } else if !acts.pronoun || acts.negation {
                self.lines.clear();
                self.cancelled_at = Some(source);
            } else {
                self.remove_focus();
            }
            return;
        }
        // "let me measure him again and I'll get back to you": what the shop has not
        // confirmed is still only being asked about.
        if acts.defer && items.is_empty() {
            for line in self.lines.iter_mut().filter(|l| !l.shop_confirmed) {
                line.asked = true;
            }
            return;
        }
        if (acts.condition && !acts.change) || acts.defer {
            // "si llegan antes del 15 me apartas uno": a wish, not an order; "I'll think about
            // the blue one", "el finde te escribo para el asado": not yet one.
            for (m, r) in &items {
                if self.find(index, m, r, false, &HashSet::new()).is_none() {
                    let said_text = said_of_mention(words, said, m);
                    for &(p, q) in &r.lines {
                        self.new_line(r, (p, q), m, true, source, &said_text);
                    }
                }
            }
            return;
        }
        if acts.replace && !items.is_empty() {
            self.replace(index, clause, words, &items, source, said);
            return;
        }
        let mut acts = *acts;
        // "el fertilizante no, que…", "a torta não": a product and then "no".
        let refused: Vec<usize> = items
            .iter()
            .filter(|(m, _)| {
                matches!(words.text(m.end), "no" | "nao" | "nicht" | "not" | "nope")
                    && !matches!(
                        words.text(m.end + 1),
                        "tenes" | "tienen" | "tem" | "hay" | "have"
                    )
            })
            .map(|(m, _)| m.start)
            .collect();
        if !refused.is_empty() && !acts.question && !acts.order {
            for (m, r) in items.iter().filter(|(m, _)| refused.contains(&m.start)) {
                self.remove_matching(index, m, r, source, words.text(m.start.wrapping_sub(1)));
            }
            items.retain(|(m, _)| !refused.contains(&m.start));
            if items.is_empty() {
                return;
            }
        }
        // "yes correct, but remove the calculator": a yes to the list the shop read back takes
        // it as the order before the change is applied.
        if acts.accept
            && !acts.question
            && (acts.remove || acts.change || acts.add)
            && !self.lines.is_empty()
            && self.lines.iter().all(|l| l.asked)
        {
            for line in &mut self.lines {
                line.asked = false;
            }
        }
        // "deixa só o vestido": keep only; "deixa os dois M": make them M.
        let leave = super::cues::find(super::cues::Cue::Remove, words, clause.start, clause.end)
            .iter()
            .any(|(a, _)| {
                matches!(
                    words.text(*a),
                    "deixa" | "deja" | "dejame" | "lass" | "leave"
                )
            });
        if acts.remove
            && leave
            && (acts.only
                || items
                    .iter()
                    .any(|(m, _)| !m.names_product() && m.qty.is_some_and(|q| !q.weak)))
        {
            acts.remove = false;
            acts.change = !acts.only;
        }
        if acts.remove && !acts.keep && !acts.question {
            if items.is_empty() {
                // "esquece", "cancel it", "scratch that": the thing in focus; a long
                // sentence that merely says "não precisa" removes nothing.
                let short = (clause.start..clause.end)
                    .filter(|&i| words.tokens[i].is_word())
                    .count()
                    <= 3;
                if acts.pronoun || short {
                    self.remove_focus();
                }
                return;
            }
            // What the removal words reach: the products after them up to a comma, or the
            // ones just before them ("Oliven doch nicht"); the rest of the clause goes on
            // ("Speck lieber nicht, aber noch ein Brot dazu").
            let scope = removal_scope(words, clause, &items);
            for (m, r) in items.iter().filter(|(m, _)| scope.contains(&m.start)) {
                self.remove_matching(index, m, r, source, words.text(m.start.wrapping_sub(1)));
            }
            items.retain(|(m, _)| !scope.contains(&m.start));
            if items.is_empty() {
                return;
            }
            acts.remove = false;
        }
        // "separa uma pra mim e um pudim tb": a count before the products, with an order,
        // is about what was being discussed.
        let first_mention = items.iter().map(|(m, _)| m.start).min();
        if let Some(first) = first_mention
            && (acts.order || acts.accept)
            && !acts.question
            && let Some(&(_, q)) = clause.reading.bare.iter().find(|(at, _)| *at < first)
            && self.focus_is_open()
        {
            let clause_text = said_of(words, said, clause.start, clause.end);
            self.onto_focus(index, Some(q), &acts, source, &clause_text, shared);
            bare = None;
        }
        // "Semmeln bitte nur 4": one product and one count in a clause belong together; the
        // count nearest after the product ("nur 8, zwei Kollegen sind im Urlaub").
        if let [(m, _)] = items.as_mut_slice()
            && m.qty.is_none()
            && let Some(&(_, q)) = clause
                .reading
                .bare
                .iter()
                .filter(|(at, q)| !q.weak && *at >= m.end)
                .min_by_key(|(at, _)| *at)
                .or_else(|| clause.reading.bare.iter().rev().find(|(_, q)| !q.weak))
        {
            m.qty = Some(q);
            bare = None;
        }
        let acts = &acts;
        if items.is_empty() {
            if acts.question && !acts.order {
                return;
            }
            // A count alone is about what is in focus only when the clause is short or says
            // what it does ("2 please", "make it 3", "só 1 então"); a file name or a phone
            // number counts nothing.
            let short = (clause.start..clause.end)
                .filter(|&i| words.tokens[i].is_word())
                .count()
                <= 3;
            // "Sim, a mesma": an article alone counts nothing.
            let article_only = !clause.reading.bare.is_empty()
                && clause.reading.bare.iter().all(|(at, q)| {
                    q.weak
                        && matches!(
                            words.text(*at),
                            "a" | "an" | "the" | "o" | "os" | "as" | "el" | "la" | "los" | "las"
                        )
                });
            // "lovely, 2 of those please": a count that points at what was shown counts it.
            let pointing = clause
                .reading
                .bare
                .iter()
                .any(|(at, q)| !q.weak && of_those(words, at + 1));
            let counting = bare.is_some()
                && !article_only
                && (short
                    || pointing
                    || acts.order
                    || acts.change
                    || acts.only
                    || acts.add
                    || acts.accept);
            if counting
                || acts.order
                || acts.both
                || acts.ordinal.is_some()
                || (acts.accept && acts.pronoun)
            {
                let clause_text = said_of(words, said, clause.start, clause.end);
                self.onto_focus(
                    index,
                    bare.filter(|_| counting),
                    acts,
                    source,
                    &clause_text,
                    shared,
                );
            }
            return;
        }
        // "unas plantillas de esas de gel": the same product named twice in one breath.
        let mut k = 1;
        while k < items.len() {
            let same = items[k].1.family == items[k - 1].1.family
                && items[k].0.qty.is_none()
                && !another_between(words, items[k - 1].0.end, items[k].0.start)
                && !(items[k - 1].0.end..items[k].0.start).any(|i| words.tokens[i].is_punct(','));
            if same {
                let (m, _) = items.remove(k);
                let prev = &mut items[k - 1].0;
                prev.attrs.override_with(&m.attrs);
                prev.end = m.end;
            } else {
                k += 1;
            }
        }
        let asking = acts.question;
        // Lines this clause touched, and the new ones by product: a product said twice in one
        // clause ("2 TEE-BLK-M, 1 TEE-BLK-M") adds to its line, so a long list keeps as many
        // lines as products and reading it stays linear.
        let mut touched: HashSet<usize> = HashSet::new();
        let mut fresh: HashMap<(usize, bool), usize> = HashMap::new();
        let clause_acts = *acts;
        let spans: Vec<(usize, usize)> = items.iter().map(|(m, _)| (m.start, m.end)).collect();
        for (k, (m, r)) in items.iter().enumerate() {
            // With several products in a clause, "only", "add" and "change" belong to the
            // product they stand before ("aber nur 2 Schnitzel und dazu 200 g Leberwurst").
            let local = local_acts(words, clause, &spans, k, &clause_acts);
            let acts = &local;
            let said_text = said_of_mention(words, said, m);
            let loose = acts.change || acts.only;
            // "2 bodies RN\n3 bodies P": in one message, a counted mention of another variant
            // of a line just counted is the list's next item, not a change of it.
            let found = self.find(index, m, r, loose, &touched).filter(|&i| {
                let line = &self.lines[i];
                let next_item = line.source == source
                    && line.qty_said
                    && !line.asked
                    && m.qty.is_some_and(|q| !q.weak)
                    && !m.attrs.is_empty()
                    && r.lines.first().is_some_and(|&(p, _)| p != line.product)
                    && !acts.change
                    && !acts.replace
                    && !acts.only;
                !next_item
            });
            match found {
                Some(i) => {
                    touched.insert(self.lines[i].id);
                    let line = &mut self.lines[i];
                    if asking {
                        if line.asked {
                            line.attrs.override_with(&m.attrs);
                            reresolve(index, line, ctx);
                        }
                        continue;
                    }
                    let conflicts = conflict(&line.attrs, &m.attrs);
                    // "coloca mais 1 naked" adds; "ninho c morango, mais ou menos…" only says
                    // which one.
                    let adds = acts.add && (m.names_product() || m.qty.is_some_and(|q| !q.weak));
                    if adds && !line.asked && !conflicts && !acts.change {
                        let more = m.qty.map_or(1, |q| q.n.max(1));
                        line.qty = line.qty.saturating_add(more);
                        line.qty_said = true;
                    } else {
                        // "the silicone ones" says nothing new about the variant: the line
                        // keeps its product; a colour or size said picks it again.
                        if says_variant(index, line.family, &m.attrs) {
                            let before = line.product;
                            line.attrs.override_with(&m.attrs);
                            reresolve(index, line, ctx);
                            // "3 litros" of the lila that comes only in litre tins: three tins
                            // of it, not another colour that comes in that size.
                            let colour_kept = index.variants[line.product].colours
                                == index.variants[before].colours;
                            if m.qty.is_none()
                                && (line.product == before || !colour_kept)
                                && let Some(n) = multiple_of(index, before, &m.attrs)
                            {
                                line.product = before;
                                line.qty = n;
                                line.qty_said = true;
                            }
                            // "Hack doch 2,5 kg" of 1 kg and 500 g packs: the pieces that make it.
                            if r.family == line.family && r.lines.len() > 1 {
                                let template = line.clone();
                                self.lines.remove(i);
                                for &(p, q) in &r.lines {
                                    let id = self.next_id;
                                    self.next_id += 1;
                                    let mut l = template.clone();
                                    l.id = id;
                                    l.product = p;
                                    l.qty = q;
                                    l.changed_by.push(source);
                                    self.lines.push(l);
                                    touched.insert(id);
                                }
                                continue;
                            }
                        }
                        if let Some(q) = m.qty.filter(|q| !q.weak || !line.qty_said || line.asked) {
                            line.qty = line_qty(index, line.product, Some(&q), &line.attrs);
                            line.qty_said = !q.weak;
                        }
                        line.asked = false;
                    }
                    if source != line.source && !line.changed_by.contains(&source) {
                        line.changed_by.push(source);
                    }
                    // "I'll take it in L" names no product: what pointed, and at what.
                    line.said = if m.names_product() {
                        said_text
                    } else {
                        let referent = line.said.rsplit(" → ").next().unwrap_or_default();
                        let clause_text = said_of(words, said, clause.start, clause.end);
                        // Pointed at, not named: less sure than a named line.
                        line.confidence = line.confidence.min(70);
                        format!("{clause_text} → {referent}")
                    };
                    let id = line.id;
                    self.push_focus(Focus::Line(id));
                }
                None => {
                    // "depois é o almoço" after the shop wrote the order back: a product word
                    // said with no count and nothing that orders or adds is talk, not more.
                    let asking = asking
                        || (self.restated_at.is_some()
                            && m.qty.is_none()
                            && !(acts.order
                                || acts.add
                                || acts.change
                                || acts.replace
                                || acts.accept
                                || acts.only));
                    // "y también la rosa en la misma talla": a variant said alone is the
                    // product in focus with what changed.
                    let inherited = (!m.names_product())
                        .then(|| self.focus_line_of(r.family))
                        .flatten()
                        .map(|line| {
                            let mut attrs = line.attrs.clone();
                            attrs.keys.clear();
                            attrs.override_with(&m.attrs);
                            let referent = line.said.rsplit(" → ").next().unwrap_or_default();
                            let clause_text = said_of(words, said, clause.start, clause.end);
                            (attrs, format!("{clause_text} → {referent}"))
                        });
                    match inherited {
                        Some((attrs, said_text)) if r.lines.len() == 1 => {
                            let mut m2 = m.clone();
                            m2.attrs = attrs;
                            m2.name_keys = index.families[r.family]
                                .keys
                                .iter()
                                .map(|&k| (k, 1.0))
                                .collect();
                            let mut local = ctx.clone();
                            local.focus.insert(0, r.family);
                            let r2 = resolve(index, &m2, &local)
                                .filter(|x| x.family == r.family)
                                .unwrap_or_else(|| r.clone());
                            for &(p, q) in &r2.lines {
                                let id =
                                    self.new_line(&r2, (p, q), &m2, asking, source, &said_text);
                                touched.insert(id);
                            }
                        }
                        _ => {
                            let others = close_families(index, m, r.family);
                            for &(p, q) in &r.lines {
                                let again =
                                    fresh.get(&(p, asking)).and_then(|&id| self.line_index(id));
                                if let Some(i) = again {
                                    let line = &mut self.lines[i];
                                    line.qty = line
                                        .qty
                                        .saturating_add(q)
                                        .min(crate::core::order::MAX_LINE_QTY);
                                    continue;
                                }
                                let id = self.new_line(r, (p, q), m, asking, source, &said_text);
                                self.set_others(id, others.clone());
                                touched.insert(id);
                                fresh.insert((p, asking), id);
                            }
                        }
                    }
                }
            }
        }
        if acts.only && items.iter().all(|(m, _)| m.qty.is_none()) && !asking && bare.is_none() {
            // "just the case then": everything else goes.
            self.lines.retain(|l| touched.contains(&l.id) || l.asked);
        }
    }

    /// The thing in focus is an open question or an offer: something a count can order.
    fn focus_is_open(&self) -> bool {
        match self.focus.last() {
            Some(Focus::Offer(_)) => true,
            Some(Focus::Line(id)) => self.line(*id).is_some_and(|l| l.asked),
            None => false,
        }
    }

    /// The most recent line of a family that is in focus.
    fn focus_line_of(&self, family: usize) -> Option<&Line> {
        self.focus.iter().rev().find_map(|f| match f {
            Focus::Line(id) => self.line(*id).filter(|l| l.family == family),
            Focus::Offer(_) => None,
        })
    }

    /// Lines that are ordered (not only asked about).
    pub fn ordered(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| !l.asked)
    }

    /// The line a mention is about: the same family and no contradicting colour, size,
    /// model or weight (with `loose`, the latest of the family). Lines in `skip` were already
    /// taken by another mention of the same clause.
    fn find(
        &self,
        index: &CatalogIndex<'_>,
        m: &Mention,
        r: &Resolved,
        loose: bool,
        skip: &HashSet<usize>,
    ) -> Option<usize> {
        // "2 pão de mel avulso" is not more of the box of 6: a loose piece and a pack are
        // different lines of one family.
        let sold_as = |p: usize| index.variants[p].count.unwrap_or(1) > 1;
        let unit_differs = |line: &Line| match m.qty.and_then(|q| q.unit) {
            Some(super::lexicon::Unit::Piece) => sold_as(line.product),
            Some(super::lexicon::Unit::Pack) => {
                !sold_as(line.product) && r.lines.iter().any(|&(p, _)| sold_as(p))
            }
            _ => false,
        };
        let families: Vec<usize> = if m.names_product() {
            let mut f = vec![r.family];
            for x in families_of(index, m) {
                if !f.contains(&x) {
                    f.push(x);
                }
            }
            f
        } else {
            vec![r.family]
        };
        let candidates: Vec<usize> = (0..self.lines.len())
            .rev()
            .filter(|&i| {
                families.contains(&self.lines[i].family) && !skip.contains(&self.lines[i].id)
            })
            .filter(|&i| !unit_differs(&self.lines[i]))
            .collect();
        if let Some(&i) = candidates.iter().find(|&&i| {
            self.lines[i].family == r.family && !conflict(&self.lines[i].attrs, &m.attrs)
        }) {
            return Some(i);
        }
        if loose {
            // The line sharing most of what was said ("blanco 23" for the white 24); on a tie
            // the latest ("un 42 y un 38" — "mejor un 40"). `max_by_key` keeps the last of
            // equals, and `candidates` runs newest first, hence the `rev`.
            return candidates
                .iter()
                .rev()
                .filter(|&&i| self.lines[i].family == r.family)
                .max_by_key(|&&i| agreement(&self.lines[i].attrs, &m.attrs))
                .copied();
        }
        None
    }

    /// "troca a coxinha por bolinha de queijo", "statt der Weißwürste nehm ich 4 Thüringer",
    /// "no lugar do prestígio manda de brigadeiro".
    fn replace(
        &mut self,
        index: &CatalogIndex<'_>,
        clause: &Clause,
        words: &Words,
        items: &[(Mention, Resolved)],
        source: usize,
        said: &str,
    ) {
        let cue_at = super::cues::find(super::cues::Cue::Replace, words, clause.start, clause.end);
        let joint = super::cues::find(
            super::cues::Cue::Replacement,
            words,
            clause.start,
            clause.end,
        );
        // With "X por Y", X stands before the joining word; with "statt X … Y", X follows
        // the cue.
        let split = match (
            cue_at.first(),
            joint
                .iter()
                .find(|(a, _)| cue_at.first().is_none_or(|(_, e)| *a >= *e)),
        ) {
            (_, Some((a, _))) => *a,
            (Some((_, end)), None) => {
                // "statt der Weißwürste nehm ich 4 Thüringer": the first mention after the cue
                // is replaced.
                items
                    .iter()
                    .find(|(m, _)| m.start >= *end)
                    .map_or(clause.end, |(m, _)| m.end)
            }
            (None, None) => clause.end,
        };
        let (olds, news): (Vec<&Item>, Vec<&Item>) =
            items.iter().partition(|(m, _)| m.end <= split);
        let mut targets: Vec<usize> = Vec::new();
        for (m, r) in &olds {
            // "troca o P pelo G": a variant said alone is the line that has it.
            let found = if m.names_product() {
                self.find(index, m, r, true, &HashSet::new())
            } else {
                // "troca os 2 RN": of the lines with that variant, the one with that count.
                // A line whose product also comes in what replaces it ("… por mais 2 P": the
                // bodies come in P, the caps do not).
                let comes_in = |i: usize| {
                    let line = &self.lines[i];
                    news.iter().all(|(n, _)| {
                        n.names_product()
                            || index.families[line.family].skus.iter().any(|&p| {
                                p != line.product
                                    && super::resolve::variant_score(index, p, &n.attrs, None) > 0.5
                            })
                    })
                };
                let fitting: Vec<usize> = (0..self.lines.len())
                    .rev()
                    .filter(|&i| {
                        super::resolve::variant_score(index, self.lines[i].product, &m.attrs, None)
                            > 0.5
                            && comes_in(i)
                    })
                    .collect();
                let counted = m
                    .qty
                    .filter(|q| !q.weak)
                    .and_then(|q| fitting.iter().copied().find(|&i| self.lines[i].qty == q.n));
                counted
                    .or(fitting.first().copied())
                    .or_else(|| self.find(index, m, r, true, &HashSet::new()))
            };
            if let Some(i) = found {
                targets.push(self.lines[i].id);
            }
        }
        // "troca para preta": only the new colour or size is said; it replaces that of the
        // latest product in focus that comes in it.
        // "change the tees to white": one mention spans the joining word; the product named
        // is the line, what follows the joint is what changes.
        if olds.is_empty()
            && news
                .iter()
                .any(|(m, _)| m.names_product() && m.start < split)
        {
            for (m, r) in &news {
                if let Some(i) = self.find(index, m, r, true, &HashSet::new()) {
                    targets.push(self.lines[i].id);
                }
            }
        } else if olds.is_empty() && news.iter().all(|(m, _)| !m.names_product()) {
            for (m, _) in &news {
                let found = self.focus.iter().rev().find_map(|f| match f {
                    Focus::Line(id) => self.line(*id).filter(|l| {
                        index.families[l.family].skus.iter().any(|&p| {
                            p != l.product
                                && super::resolve::variant_score(index, p, &m.attrs, None) > 0.5
                        })
                    }),
                    Focus::Offer(_) => None,
                });
                if let Some(line) = found {
                    targets.push(line.id);
                }
            }
        }
        if news.is_empty() {
            // "pode trocar o kibe?": nothing to put in its place yet.
            return;
        }
        for (k, (m, r)) in news.iter().enumerate() {
            let said_text = said_of_mention(words, said, m);
            let target = targets.get(k).and_then(|&id| self.line_index(id));
            match target {
                Some(i) => {
                    // "… pelo G", "change the tees to white": a variant of the same product
                    // replaces only what it says; the rest of the line's variant stays.
                    let same_family = !m.names_product() || r.family == self.lines[i].family;
                    let mut attrs = m.attrs.clone();
                    let r = if !same_family {
                        (*r).clone()
                    } else {
                        let family = self.lines[i].family;
                        let mut within = m.clone();
                        attrs = self.lines[i].attrs.clone();
                        attrs.keys.clear();
                        attrs.override_with(&m.attrs);
                        within.attrs = attrs.clone();
                        within.name_keys = index.families[family]
                            .keys
                            .iter()
                            .map(|&k| (k, 1.0))
                            .collect();
                        let mut local = Context::default();
                        local.focus.push(family);
                        resolve(index, &within, &local)
                            .filter(|x| x.family == family)
                            .unwrap_or_else(|| (*r).clone())
                    };
                    // "troca os 2 RN por mais 2 P" with 3 P already ordered: 5 P, no RN.
                    let new_product = r.lines[0].0;
                    if let Some(j) = (0..self.lines.len()).find(|&j| {
                        j != i && self.lines[j].product == new_product && !self.lines[j].asked
                    }) {
                        let moved = match m.qty {
                            Some(q) if !q.weak => r.lines[0].1,
                            _ => self.lines[i].qty,
                        };
                        let into = &mut self.lines[j];
                        into.qty = into
                            .qty
                            .saturating_add(moved)
                            .min(crate::core::order::MAX_LINE_QTY);
                        if !into.changed_by.contains(&source) {
                            into.changed_by.push(source);
                        }
                        let id = into.id;
                        self.lines.remove(i);
                        self.push_focus(Focus::Line(id));
                        continue;
                    }
                    let line = &mut self.lines[i];
                    let old_qty = line.qty;
                    line.family = r.family;
                    line.product = r.lines[0].0;
                    line.attrs = attrs;
                    line.alternatives = r.alternatives.clone();
                    line.confidence = r.confidence;
                    line.qty = match m.qty {
                        Some(q) if !q.weak => r.lines[0].1,
                        _ => old_qty,
                    };
                    line.asked = false;
                    // "troca para preta → jaqueta jeans azul M": what changed, and on what.
                    line.said = if m.names_product() {
                        said_text
                    } else {
                        let referent = line.said.rsplit(" → ").next().unwrap_or_default();
                        let clause_text = said_of(words, said, clause.start, clause.end);
                        format!("{clause_text} → {referent}")
                    };
                    if !line.changed_by.contains(&source) {
                        line.changed_by.push(source);
                    }
                    let id = line.id;
                    self.push_focus(Focus::Line(id));
                }
                None => {
                    for &(p, q) in &r.lines {
                        self.new_line(r, (p, q), m, false, source, &said_text);
                    }
                }
            }
        }
    }

    fn remove_matching(
        &mut self,
        index: &CatalogIndex<'_>,
        m: &Mention,
        r: &Resolved,
        source: usize,
        article: &str,
    ) {
        let families: Vec<usize> = if m.names_product() {
            let mut f = families_of(index, m);
            if !f.contains(&r.family) {
                f.push(r.family);
            }
            f
        } else {
            vec![r.family]
        };
        // "tira uma touca" of two takes one away; "tira a touca" takes it.
        let indefinite = matches!(
            article,
            "um" | "uma" | "un" | "una" | "uno" | "an" | "one" | "ein" | "eine" | "einen"
        );
        let qty = m.qty.filter(|q| !q.weak || indefinite);
        let mut removed = false;
        for i in (0..self.lines.len()).rev() {
            let line = &self.lines[i];
            if !families.contains(&line.family) || conflict(&line.attrs, &m.attrs) {
                continue;
            }
            // "tirar 1 cento de brigadeiro" of 2: one less.
            if let Some(q) = qty
                && line.qty > q.n
            {
                let line = &mut self.lines[i];
                line.qty -= q.n;
                line.changed_by.push(source);
            } else {
                self.lines.remove(i);
            }
            removed = true;
            if !m.names_product() {
                break;
            }
        }
        if !removed {
            self.removes_nothing.push(source);
        }
    }

    fn remove_focus(&mut self) {
        let Some(Focus::Line(id)) = self
            .focus
            .iter()
            .rev()
            .find(|f| matches!(f, Focus::Line(_)))
            .cloned()
        else {
            return;
        };
        if let Some(i) = self.line_index(id) {
            self.lines.remove(i);
        }
        self.focus.retain(|f| *f != Focus::Line(id));
    }

    /// A count or "I'll take it" with no product named: about what is in focus.
    fn onto_focus(
        &mut self,
        index: &CatalogIndex<'_>,
        qty: Option<Quantity>,
        acts: &Acts,
        source: usize,
        said: &str,
        shared: &Shared,
    ) {
        let Some(focus) = self.focus.last().cloned() else {
            if qty.is_some() {
                // A count with nothing before it: kept as written for a person to place.
                self.unmatched.push((said.to_string(), source));
            }
            return;
        };
        match focus {
            Focus::Offer(offer) => {
                let single = offer.lines.len() == 1;
                // "Me llevo los dos pares" after asking about one product and then another
                // the shop offered: one of each, the earlier one too.
                let earlier = offer.lines.first().and_then(|&(p, _)| {
                    self.lines
                        .iter()
                        .rposition(|l| l.family != index.family_of(p))
                });
                if acts.both
                    && single
                    && let Some(k) = earlier
                {
                    let line = &mut self.lines[k];
                    line.asked = false;
                    line.changed_by.push(source);
                }
                let single = single && !(acts.both && earlier.is_some());
                // "Dann beide" of one product is two of it; of two products, one of each.
                let qty = match (acts.both, single) {
                    (true, true) => Some(Quantity {
                        n: 2,
                        weak: false,
                        unit: None,
                    }),
                    (true, false) => None,
                    _ => qty,
                };
                let chosen: Vec<(usize, i64)> = if acts.both && !single {
                    offer.lines.iter().map(|&(p, _)| (p, 1)).collect()
                } else if let Some(k) = acts.ordinal {
                    let k = if k == usize::MAX {
                        offer.lines.len().saturating_sub(1)
                    } else {
                        k
                    };
                    offer.lines.get(k).copied().into_iter().collect()
                } else {
                    offer.lines.first().copied().into_iter().collect()
                };
                for (p, offered_qty) in chosen {
                    if shared.sold_out.contains(&p) {
                        continue;
                    }
                    let family = index.family_of(p);
                    let q = match qty {
                        Some(q) => line_qty(index, p, Some(&q), &Attrs::default()),
                        None => offered_qty.max(1),
                    };
                    // Already in the order: the customer is agreeing, or saying how many.
                    if let Some(i) = self.lines.iter().rposition(|l| l.product == p) {
                        let line = &mut self.lines[i];
                        if let Some(q) = qty.filter(|q| !q.weak) {
                            line.qty = line_qty(index, p, Some(&q), &Attrs::default());
                            line.qty_said = true;
                        }
                        if line.asked || qty.is_some() {
                            line.asked = false;
                            line.changed_by.push(source);
                        }
                        continue;
                    }
                    // An asked line of the same family, or a vague one that could mean this
                    // family ("so eine Wurst wie auf dem Foto"), becomes this product.
                    if let Some(i) = self.lines.iter().rposition(|l| {
                        (l.family == family && l.asked) || l.others.contains(&family)
                    }) {
                        let line = &mut self.lines[i];
                        line.family = family;
                        line.others.clear();
                        let line = &mut self.lines[i];
                        line.product = p;
                        line.qty = q;
                        line.asked = false;
                        line.changed_by.push(source);
                        line.said = format!(
                            "{said} → {}",
                            index.product(p).map_or("", |x| x.name.as_str())
                        );
                        continue;
                    }
                    let r = Resolved {
                        family,
                        lines: vec![(p, q)],
                        alternatives: Vec::new(),
                        confidence: 70,
                    };
                    let m = Mention {
                        start: 0,
                        end: 0,
                        name_keys: Vec::new(),
                        aliases: Vec::new(),
                        code: None,
                        attrs: Attrs::default(),
                        qty,
                        price: None,
                    };
                    self.new_line(&r, (p, q), &m, false, source, said);
                }
            }
            Focus::Line(id) => {
                let Some(i) = self.line_index(id) else {
                    return;
                };
                // "Me llevo los dos pares", "I'll take both" after asking about two products:
                // one of each, not two of the last.
                let family = self.lines[i].family;
                let other = self.lines.iter().rposition(|l| l.family != family);
                if acts.both
                    && self.lines[i].asked
                    && let Some(k) = other
                {
                    for k in [k, i] {
                        let line = &mut self.lines[k];
                        if line.asked {
                            line.asked = false;
                            line.changed_by.push(source);
                        }
                    }
                    return;
                }
                // "e mais 3 avulsas" after a box: loose pieces of the same product.
                if let Some(q) = qty.filter(|q| q.unit == Some(super::lexicon::Unit::Piece))
                    && index.variants[self.lines[i].product].count.unwrap_or(1) > 1
                    && let Some(&single) =
                        index.families[self.lines[i].family]
                            .skus
                            .iter()
                            .find(|&&p| {
                                index.variants[p].count.unwrap_or(1) <= 1
                                    && !shared.sold_out.contains(&p)
                            })
                {
                    let r = Resolved {
                        family: self.lines[i].family,
                        lines: vec![(single, q.n)],
                        alternatives: Vec::new(),
                        confidence: 75,
                    };
                    let mut m = empty_mention();
                    m.qty = Some(q);
                    self.new_line(&r, (single, q.n), &m, false, source, said);
                    return;
                }
                let line = &mut self.lines[i];
                match qty {
                    Some(q) => {
                        let n = line_qty(index, line.product, Some(&q), &line.attrs);
                        line.qty = if acts.add && !line.asked {
                            line.qty.saturating_add(n)
                        } else {
                            n
                        };
                        line.qty_said = !q.weak;
                    }
                    None if line.asked => {}
                    None => return,
                }
                line.asked = false;
                if source != line.source && !line.changed_by.contains(&source) {
                    line.changed_by.push(source);
                    // "Me manda 2 dessas → jaqueta jeans preta": what pointed, and at what.
                    let referent = line.said.rsplit(" → ").next().unwrap_or_default();
                    line.said = format!("{said} → {referent}");
                }
            }
        }
    }

    /// The shop put products forward.
    pub fn offer(&mut self, lines: Vec<(usize, i64)>, source: usize) {
        if !lines.is_empty() {
            self.push_focus(Focus::Offer(Offer { lines, source }));
        }
    }

    /// A restatement from the shop whose numbers add up: it becomes the order. `settles`: it
    /// has a total or a word of confirmation; `answering`: it answers the customer's question.
    pub fn restated(
        &mut self,
        index: &CatalogIndex<'_>,
        lines: &[(usize, i64)],
        alternatives: &[(usize, Vec<usize>)],
        source: usize,
        settles: bool,
        answering: bool,
    ) {
        let old = std::mem::take(&mut self.lines);
        let only_asking =
            (!old.is_empty() && old.iter().all(|l| l.asked)) || (old.is_empty() && answering);
        let mut merged: Vec<(usize, i64)> = Vec::new();
        for &(p, q) in lines {
            match merged.iter_mut().find(|(x, _)| *x == p) {
                Some((_, n)) => *n += q,
                None => merged.push((p, q)),
            }
        }
        for (p, q) in merged {
            let family = index.family_of(p);
            let before = old
                .iter()
                .find(|l| l.product == p)
                .or_else(|| old.iter().find(|l| l.family == family));
            let id = self.next_id;
            self.next_id += 1;
            let mut attrs = before.map(|l| l.attrs.clone()).unwrap_or_default();
            if before.is_some_and(|l| l.product != p) {
                attrs = Attrs::default();
            }
            // The shop's words fit others as well: still open, unless the customer had
            // already said which.
            let open: Vec<usize> = alternatives
                .iter()
                .find(|(x, _)| *x == p)
                .map(|(_, others)| others.clone())
                .filter(|_| !before.is_some_and(|l| l.product == p && l.alternatives.is_empty()))
                .unwrap_or_default();
            // "Pañales etapa 3 x 30 $42.900 y Repelente $23.900" answering "¿cuánto
            // están…?" prices what was asked; without a total or a word of confirmation
            // (`settles`) it orders nothing.
            // What the shop brings up itself in such a list, while the customer was only
            // asking, is an offer.
            let asked = !settles && before.map_or(only_asking, |l| l.asked);
            self.lines.push(Line {
                id,
                family,
                product: p,
                qty: q,
                qty_said: true,
                attrs,
                asked,
                source: before.map_or(source, |l| l.source),
                changed_by: {
                    let mut c = before.map(|l| l.changed_by.clone()).unwrap_or_default();
                    c.push(source);
                    c
                },
                said: before.map_or_else(String::new, |l| l.said.clone()),
                shop_confirmed: open.is_empty() && !asked,
                confidence: if open.is_empty() { 90 } else { 50 },
                alternatives: open,
                others: Vec::new(),
            });
            self.focus.push(Focus::Line(id));
        }
        self.focus.retain(|f| match f {
            Focus::Line(id) => self.lines.iter().any(|l| l.id == *id),
            Focus::Offer(_) => true,
        });
        self.restated_at = Some(source);
        self.cancelled_at = None;
    }

    /// The shop wrote a total without listing the order: the lines that add up to it are
    /// confirmed; when they do not, another reading of an uncertain line that does wins.
    pub fn check_total(
        &mut self,
        index: &CatalogIndex<'_>,
        targets: &[i64],
        extra: &[(usize, i64)],
        source: usize,
    ) -> bool {
        let price = |p: usize| index.product(p).map_or(0, |x| x.price);
        let sum: i64 = self.ordered().map(|l| price(l.product) * l.qty).sum();
        let extra_sum: i64 = extra.iter().map(|&(p, q)| price(p) * q).sum();
        if targets.contains(&sum) {
            self.confirm_all(source);
            return true;
        }
        if !extra.is_empty() && targets.contains(&(sum + extra_sum)) {
            // "Listo, con aretes: $1,247.00": the named product joins the order.
            for &(p, q) in extra {
                if self.ordered().any(|l| l.product == p) {
                    continue;
                }
                let r = Resolved {
                    family: index.family_of(p),
                    lines: vec![(p, q)],
                    alternatives: Vec::new(),
                    confidence: 75,
                };
                let m = empty_mention();
                self.new_line(&r, (p, q), &m, false, source, "");
            }
            self.confirm_all(source);
            return true;
        }
        // One uncertain line read another way.
        for i in 0..self.lines.len() {
            if self.lines[i].asked {
                continue;
            }
            let line = self.lines[i].clone();
            for &alt in &line.alternatives {
                let changed = sum - price(line.product) * line.qty + price(alt) * line.qty;
                if targets.contains(&changed) {
                    self.lines[i].product = alt;
                    self.lines[i].alternatives.clear();
                    self.confirm_all(source);
                    return true;
                }
            }
        }
        false
    }

    /// The shop repeated these lines, product and count: they are confirmed.
    pub fn confirm_matching(&mut self, lines: &[(usize, i64)], source: usize) {
        for line in self.lines.iter_mut().filter(|l| !l.asked) {
            if lines
                .iter()
                .any(|&(p, q)| p == line.product && q == line.qty)
            {
                line.shop_confirmed = true;
                if !line.changed_by.contains(&source) && line.source != source {
                    line.changed_by.push(source);
                }
            }
        }
    }

    /// The shop accepted the order as it stands, except the products it does not have.
    pub fn confirm_available(&mut self, source: usize, sold_out: &HashSet<usize>) {
        for line in self.lines.iter_mut().filter(|l| !l.asked) {
            if !sold_out.contains(&line.product) {
                line.shop_confirmed = true;
                if !line.changed_by.contains(&source) && line.source != source {
                    line.changed_by.push(source);
                }
            }
        }
    }

    fn confirm_all(&mut self, source: usize) {
        for line in self.lines.iter_mut().filter(|l| !l.asked) {
            line.shop_confirmed = true;
            if !line.changed_by.contains(&source) && line.source != source {
                line.changed_by.push(source);
            }
        }
    }

    /// The shop said it does not have these: questions about them are answered, and
    /// ordered lines of them wait to be replaced (they are left out of the draft).
    /// The shop called the order off ("Kein Problem, ist storniert").
    pub fn shop_cancelled(&mut self, source: usize) {
        if !self.lines.is_empty() {
            self.lines.clear();
            self.cancelled_at = Some(source);
        }
    }

    pub fn sold_out(&mut self, products: &[usize]) {
        self.lines
            .retain(|l| !(l.asked && products.contains(&l.product)));
    }

    /// The customer's last order from the book, for "the same as last time".
    pub fn recall(&mut self, index: &CatalogIndex<'_>, lines: &[(usize, i64)]) {
        for &(p, q) in lines {
            let id = self.next_id;
            self.next_id += 1;
            self.history.push(Line {
                id,
                family: index.family_of(p),
                product: p,
                qty: q,
                qty_said: true,
                attrs: Attrs::default(),
                asked: false,
                source: 0,
                changed_by: Vec::new(),
                said: String::new(),
                shop_confirmed: false,
                confidence: 80,
                alternatives: Vec::new(),
                others: Vec::new(),
            });
        }
    }

    /// Starts a new episode: the order so far is history ("the same as last time").
    pub fn begin_episode(&mut self) {
        let ordered: Vec<Line> = self.lines.iter().filter(|l| !l.asked).cloned().collect();
        if !ordered.is_empty() {
            self.history = ordered;
        }
        self.lines.clear();
        self.focus.clear();
        self.unmatched.clear();
        self.removes_nothing.clear();
        self.restated_at = None;
        self.cancelled_at = None;
    }
}

fn empty_mention() -> Mention {
    Mention {
        start: 0,
        end: 0,
        name_keys: Vec::new(),
        aliases: Vec::new(),
        code: None,
        attrs: Attrs::default(),
        qty: None,
        price: None,
    }
}

/// Picks the product again after what was said about the variant changed.
fn reresolve(index: &CatalogIndex<'_>, line: &mut Line, ctx: &Context) {
    let mut local = ctx.clone();
    local.focus.insert(0, line.family);
    // What is said now picks the variant; the one the line had is no hint ("regular 15"
    // after the shop wrote the 15 Pro).
    local.lately.clear();
    // What was already certain stays: "preta" after the shop wrote "Camiseta básica M" is
    // the black M. A size or colour every candidate of the line shares is kept unless said.
    let mut attrs = line.attrs.clone();
    let candidates_now: Vec<&super::catalog::Variant> = std::iter::once(line.product)
        .chain(line.alternatives.iter().copied())
        .map(|p| &index.variants[p])
        .collect();
    let first = candidates_now[0];
    if attrs.size.is_none()
        && first.size.is_some()
        && candidates_now.iter().all(|v| v.size == first.size)
    {
        attrs.size = first.size;
    }
    if attrs.colours.is_empty()
        && !first.colours.is_empty()
        && candidates_now.iter().all(|v| v.colours == first.colours)
    {
        attrs.colours.clone_from(&first.colours);
    }
    let m = Mention {
        start: 0,
        end: 0,
        name_keys: index.families[line.family]
            .keys
            .iter()
            .map(|&k| (k, 1.0))
            .collect(),
        aliases: Vec::new(),
        code: None,
        attrs,
        qty: None,
        price: None,
    };
    if let Some(r) = candidates(index, &m, &local, 3)
        .into_iter()
        .find(|r| r.family == line.family)
    {
        line.product = r.lines[0].0;
        line.alternatives = r.alternatives;
        line.confidence = r.confidence;
    }
}

/// "Und Gouda in Scheiben für die Burger, so 400 g": a weight or count said alone in a clause
/// that names one product is that product's. Said as more of a weighed product ("2 kg de
/// vacío y 1/2 kg", "3 lb and another half pound") it adds to its weight.
fn weights_join(mentions: Vec<Mention>, words: &Words) -> Vec<Mention> {
    let named: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].names_product())
        .collect();
    let [one] = named.as_slice() else {
        return mentions;
    };
    let measure_only = |m: &Mention| {
        !m.names_product()
            && (m.attrs.measure.is_some() || m.attrs.count.is_some())
            && m.attrs.keys.is_empty()
            && m.attrs.colours.is_empty()
            && m.attrs.size.is_none()
    };
    if mentions.len() < 2
        || !mentions
            .iter()
            .enumerate()
            .all(|(i, m)| i == *one || measure_only(m))
    {
        return mentions;
    }
    let mut head = mentions[*one].clone();
    for (i, m) in mentions.iter().enumerate() {
        if i != *one {
            if let (Some((dim, had)), Some((more_dim, more))) =
                (head.attrs.measure, m.attrs.measure)
                && dim == more_dim
                && i > *one
                && m.qty.is_none_or(|q| q.weak)
                && adds_more(words, head.end, m.start)
            {
                head.attrs.measure = Some((dim, had + more));
                head.end = m.end;
                continue;
            }
            head.attrs.override_with(&m.attrs);
            if head.qty.is_none() {
                head.qty = m.qty;
            }
        }
    }
    vec![head]
}

/// Whether the words between two mentions only join more to what came before ("y", "e mais",
/// "and another", "und noch"): no correction, no other product.
fn adds_more(words: &Words, from: usize, to: usize) -> bool {
    to > from
        && (from..to).all(|i| {
            matches!(
                words.text(i),
                "y" | "e"
                    | "and"
                    | "und"
                    | "+"
                    | ","
                    | "mais"
                    | "mas"
                    | "more"
                    | "plus"
                    | "another"
                    | "otro"
                    | "otra"
                    | "outro"
                    | "outra"
                    | "noch"
                    | "extra"
            )
        })
}

/// Families other than `chosen` that a mention's name words fit nearly as well.
fn close_families(index: &CatalogIndex<'_>, m: &Mention, chosen: usize) -> Vec<usize> {
    if !m.names_product() || !m.aliases.is_empty() || m.code.is_some() {
        return Vec::new();
    }
    let scores = super::resolve::family_scores(index, m);
    let best = scores.first().map_or(0.0, |(_, s)| *s);
    scores
        .into_iter()
        .filter(|(f, s)| *f != chosen && *s >= best * 0.85)
        .map(|(f, _)| f)
        .collect()
}

/// "y otras iguales del 38", "and another in blue": words that make what follows a new line.
fn another_between(words: &Words, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(
            words.text(i),
            "y" | "e"
                | "and"
                | "und"
                | "or"
                | "ou"
                | "o"
                | "oder"
                | "otro"
                | "otra"
                | "otros"
                | "otras"
                | "outro"
                | "outra"
                | "another"
                | "other"
                | "noch"
                | "plus"
                | "+"
        )
    })
}

/// "tem capinha e película pro iphone 15?": variant words said once for a list belong to
/// every product of it that they pick a variant of. A product whose own words leave its
/// variant open takes the nearest other mention's variant words (the next one first, since
/// a shared model usually closes the list) when they narrow it within its family.
fn share_variant_words(index: &CatalogIndex<'_>, ctx: &Context, items: &mut [(Mention, Resolved)]) {
    for i in 0..items.len() {
        let (m, r) = &items[i];
        let own_variant_words = m
            .attrs
            .keys
            .iter()
            .any(|(k, _)| index.keys[*k].families.is_empty());
        if r.alternatives.is_empty()
            || own_variant_words
            || m.attrs.size.is_some()
            || r.lines.len() != 1
        {
            continue;
        }
        let Some(words) = items[i + 1..]
            .iter()
            .chain(items[..i].iter().rev())
            .map(|(o, _)| &o.attrs)
            .find(|a| !a.keys.is_empty() || a.size.is_some())
        else {
            continue;
        };
        // A model ("iphone 15") or a size ("no tamanho M"); a colour agrees with its own noun.
        let mut shared = m.clone();
        shared.attrs.keys.extend(words.keys.iter().copied());
        shared.attrs.size = words.size;
        if shared.attrs.numbers.is_empty() {
            shared.attrs.numbers.clone_from(&words.numbers);
        }
        // Taken when they narrow what the product could be ("M" leaves the M of each colour).
        if let Some(r2) = resolve(index, &shared, ctx)
            .filter(|x| x.family == r.family && x.alternatives.len() < r.alternatives.len())
        {
            items[i] = (shared, r2);
        }
    }
}

/// How many of `product` make the measure said with no colour of its own ("3 litros" of a
/// 1-litre tin), as [`whole_multiple`] counts them.
fn multiple_of(index: &CatalogIndex<'_>, product: usize, attrs: &Attrs) -> Option<i64> {
    whole_multiple(index, product, attrs.measure).filter(|_| attrs.colours.is_empty())
}

/// "dos cases para iphone 15, una negra y una rosa": a counted product followed by its
/// variants, each with its own count, is those variants.
fn distribute(
    index: &CatalogIndex<'_>,
    mentions: &[Mention],
    ctx: &Context,
    words: &Words,
) -> Vec<Mention> {
    let joined = weights_join(mentions.to_vec(), words);
    let mentions = joined.as_slice();
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        let head = &mentions[i];
        let followers: Vec<&Mention> = mentions[i + 1..]
            .iter()
            .take_while(|m| !m.names_product() && !m.attrs.is_empty())
            .collect();
        // "a usb c cable, the long one": a variant said right after a product, with no count
        // of its own, says which one it is.
        if head.names_product()
            && let Some(next) = mentions
                .get(i + 1)
                .filter(|m| !m.names_product() && m.qty.is_none_or(|q| q.weak))
            && mentions.get(i + 2).is_none_or(|m| m.names_product())
            && !another_between(words, head.end, next.start)
        {
            let mut m = head.clone();
            m.attrs.override_with(&next.attrs);
            m.end = next.end;
            out.push(m);
            i += 2;
            continue;
        }
        if head.names_product() && followers.len() >= 2 {
            let total: i64 = followers.iter().map(|m| m.qty.map_or(1, |q| q.n)).sum();
            let head_qty = head.qty.map_or(total, |q| q.n);
            if head_qty == total || head.qty.is_none() {
                let family = resolve(index, head, ctx).map(|r| r.family);
                for f in &followers {
                    let mut m = (*f).clone();
                    m.name_keys = head.name_keys.clone();
                    m.aliases = head.aliases.clone();
                    let mut attrs = head.attrs.clone();
                    attrs.override_with(&f.attrs);
                    m.attrs = attrs;
                    let _ = family;
                    out.push(m);
                }
                i += 1 + followers.len();
                continue;
            }
        }
        out.push(head.clone());
        i += 1;
    }
    out
}

/// The clause's acts as they bear on mention `k`: "only" and "add" words count for it when
/// they stand between the previous mention and it; a change said at the start changes all.
fn local_acts(
    words: &Words,
    clause: &Clause,
    spans: &[(usize, usize)],
    k: usize,
    acts: &Acts,
) -> Acts {
    if spans.len() < 2 {
        return *acts;
    }
    let from = if k == 0 { clause.start } else { spans[k - 1].1 };
    let to = spans[k].0;
    let has = |cue| super::cues::has(cue, words, from, to);
    let mut local = *acts;
    local.add = has(super::cues::Cue::Add);
    local.only = has(super::cues::Cue::Only);
    local.change = acts.change;
    local
}

/// The mentions (by start token) a removal in this clause reaches.
fn removal_scope(words: &Words, clause: &Clause, items: &[(Mention, Resolved)]) -> Vec<usize> {
    let cues = super::cues::find(super::cues::Cue::Remove, words, clause.start, clause.end);
    let Some(&(cue_start, cue_end)) = cues.first() else {
        return items.iter().map(|(m, _)| m.start).collect();
    };
    let comma_after = (cue_end..clause.end)
        .find(|&i| words.tokens[i].is_punct(','))
        .unwrap_or(clause.end);
    let after: Vec<usize> = items
        .iter()
        .filter(|(m, _)| m.start >= cue_end && m.start < comma_after)
        .map(|(m, _)| m.start)
        .collect();
    if !after.is_empty() {
        return after;
    }
    let comma_before = (clause.start..cue_start)
        .rev()
        .find(|&i| words.tokens[i].is_punct(','))
        .map_or(clause.start, |i| i + 1);
    items
        .iter()
        .filter(|(m, _)| m.start >= comma_before && m.end <= cue_start)
        .map(|(m, _)| m.start)
        .collect()
}

/// Whether words say which variant of a family: a colour, size, number, weight, count, or a
/// word that some of its variants carry (its name words do not count).
fn says_variant(index: &CatalogIndex<'_>, family: usize, attrs: &Attrs) -> bool {
    !attrs.colours.is_empty()
        || attrs.size.is_some()
        || !attrs.numbers.is_empty()
        || attrs.measure.is_some()
        || attrs.count.is_some()
        || attrs.relative.is_some()
        || !attrs.not_keys.is_empty()
        || attrs.keys.iter().any(|(k, _)| {
            index.families[family]
                .skus
                .iter()
                .any(|&p| index.variants[p].keys.contains(k))
        })
}

/// Two descriptions contradict each other: a different colour, size, model or weight.
pub(crate) fn conflict(a: &Attrs, b: &Attrs) -> bool {
    let literal_overlap = a
        .keys
        .iter()
        .any(|(k, _)| b.keys.iter().any(|(x, _)| x == k));
    (!a.colours.is_empty()
        && !b.colours.is_empty()
        && !a.colours.iter().any(|c| b.colours.contains(c))
        && !literal_overlap)
        || matches!((a.size, b.size), (Some(x), Some(y)) if x != y)
        || (!a.numbers.is_empty()
            && !b.numbers.is_empty()
            && !a.numbers.iter().any(|n| b.numbers.contains(n)))
        || matches!((a.measure, b.measure), (Some(x), Some(y)) if x != y)
        || matches!((a.count, b.count), (Some(x), Some(y)) if x != y)
}

/// How much two descriptions share.
fn agreement(a: &Attrs, b: &Attrs) -> usize {
    let mut n = 0;
    n += a.colours.iter().filter(|c| b.colours.contains(c)).count();
    n += usize::from(a.size.is_some() && a.size == b.size);
    n += a.numbers.iter().filter(|x| b.numbers.contains(x)).count();
    n += usize::from(a.measure.is_some() && a.measure == b.measure);
    n
}

/// "davon", "of those", "de esos", "dessas" at token `i`: the words after a count that
/// point at something already named.
pub(crate) fn of_those(words: &Words, i: usize) -> bool {
    let pointing = |w: &str| {
        matches!(
            w,
            "those"
                | "these"
                | "them"
                | "esos"
                | "esas"
                | "estos"
                | "estas"
                | "ellos"
                | "ellas"
                | "esses"
                | "essas"
                | "estes"
                | "eles"
                | "elas"
                | "aqueles"
                | "aquelas"
        )
    };
    match words.text(i) {
        "davon" | "dessas" | "desses" | "dessa" | "desse" | "destes" | "destas" | "deles"
        | "delas" | "daqueles" | "daquelas" => true,
        "of" | "de" => pointing(words.text(i + 1)),
        _ => false,
    }
}

/// What was said of a product as written, with the count before it ("2 blaue Schals") and a
/// bracket it opened closed ("black tees (M)").
fn said_of_mention(words: &Words, text: &str, m: &Mention) -> String {
    let tokens = &words.tokens;
    let lex = super::lexicon::lexicon();
    let mut from = m.start;
    while from > 0 && from + 3 > m.start {
        let t = &tokens[from - 1];
        // "$120 jacket": a price, not a count.
        if from >= 2 && tokens[from - 2].kind == super::words::Kind::Currency {
            break;
        }
        let counts = t.kind == super::words::Kind::Number
            || lex.numbers.longest_at(words, from - 1).is_some()
            || matches!(t.text.as_str(), "x" | "×");
        if !counts {
            break;
        }
        from -= 1;
    }
    let mut to = m.end;
    let opened = (from..to)
        .filter(|&i| tokens[i].kind == super::words::Kind::Punct('('))
        .count();
    let closed = (from..to)
        .filter(|&i| tokens[i].kind == super::words::Kind::Punct(')'))
        .count();
    if opened > closed
        && tokens
            .get(to)
            .is_some_and(|t| t.kind == super::words::Kind::Punct(')'))
    {
        to += 1;
    }
    said_of(words, text, from, to)
}

fn said_of(words: &Words, text: &str, from: usize, to: usize) -> String {
    let tokens = &words.tokens;
    if from >= to || to > tokens.len() {
        return String::new();
    }
    text.get(tokens[from].start..tokens[to - 1].end)
        .unwrap_or_default()
        .to_string()
}
