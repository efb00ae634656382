//! The order queue, most urgent first, a window at a time.

use super::effect::{Effect, QueueQuery};
use super::list::Paged;
use super::rows::{QueuePage, QueueRow};
use crate::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS};

#[derive(Debug, Clone)]
pub struct OrdersPane {
    pub rows: Vec<QueueRow>,
    pub cursor: Paged,
    pub counts: [i64; QUEUE_RANKS],
    /// The counts may be out of date (something changed): the next load counts again.
    /// Counting a million orders costs a hundred times more than reading a window.
    pub counts_stale: bool,
    pub filter: String,
    /// Delivered and cancelled orders are shown too.
    pub show_done: bool,
    /// Select this order when it shows up in a load.
    pub want: Option<i64>,
    /// Rows marked with Space, as they were seen: one key then acts on all of them.
    pub marked: Vec<super::effect::OrderRef>,
}

impl Default for OrdersPane {
    fn default() -> Self {
        OrdersPane {
            rows: Vec::new(),
            cursor: Paged::default(),
            counts: [0; QUEUE_RANKS],
            counts_stale: true,
            filter: String::new(),
            show_done: false,
            want: None,
            marked: Vec::new(),
        }
    }
}

impl OrdersPane {
    pub fn load(&self, offset: usize) -> Effect {
        Effect::LoadQueue(QueueQuery {
            filter: self.filter.clone(),
            show_done: self.show_done,
            offset,
            count: self.counts_stale,
            total: self.shown().max(0) as usize,
            around: None,
        })
    }

    /// The window around order `number`, which is then selected.
    pub fn load_around(&mut self, number: i64) -> Effect {
        self.want = Some(number);
        match self.load(self.cursor.offset) {
            Effect::LoadQueue(mut q) => {
                q.around = Some(number);
                // Counted again: the window's place depends on the counts.
                q.count = true;
                Effect::LoadQueue(q)
            }
            other => other,
        }
    }

    pub fn reload(&self) -> Effect {
        self.load(self.cursor.offset)
    }

    pub fn loaded(&mut self, page: QueuePage) {
        if let Some(counts) = page.counts {
            self.counts = counts;
            self.counts_stale = false;
        }
        let shown = self.shown();
        self.cursor
            .loaded(page.offset, page.rows.len(), shown.max(0) as usize);
        self.rows = page.rows;
        if let Some(want) = self.want
            && let Some(i) = self.rows.iter().position(|r| r.number == want)
        {
            self.cursor.selected = self.cursor.offset + i;
            self.want = None;
        }
    }

    pub fn visible_ranks(&self) -> impl Iterator<Item = usize> {
        let last = if self.show_done {
            QUEUE_RANKS - 1
        } else {
            LAST_OPEN_RANK as usize
        };
        0..=last
    }

    /// Space: marks the selected row (or unmarks it) and moves down.
    pub fn toggle_mark(&mut self) -> Option<Effect> {
        let row = self.selected()?;
        let seen = super::effect::OrderRef {
            number: row.number,
            version: row.version,
        };
        match self.marked.iter().position(|m| m.number == seen.number) {
            Some(i) => {
                self.marked.remove(i);
            }
            None => self.marked.push(seen),
        }
        self.move_by(1)
    }

    pub fn is_marked(&self, number: i64) -> bool {
        self.marked.iter().any(|m| m.number == number)
    }

    pub fn selected(&self) -> Option<&QueueRow> {
        self.cursor.local().and_then(|i| self.rows.get(i))
    }

    pub fn move_by(&mut self, delta: isize) -> Option<Effect> {
        self.cursor.move_by(delta).map(|offset| self.load(offset))
    }

    pub fn go_to(&mut self, position: usize) -> Option<Effect> {
        self.cursor.go_to(position).map(|offset| self.load(offset))
    }

    /// How many orders the queue shows now.
    pub fn shown(&self) -> i64 {
        self.visible_ranks().map(|r| self.counts[r]).sum()
    }
}
