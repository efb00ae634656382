//! The order queue, most urgent first, a window at a time.

use chrono::NaiveDateTime;

use super::effect::{Effect, QueueCount, QueueQuery, Select};
use super::list::WINDOW;
use super::rows::{QueueCounts, QueuePage, QueueRow};
use crate::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS, QueueFrom, QueueKey};

/// The queue as the Orders pane holds it: a window of rows (with the key of each) around
/// the selection, and whether the window reaches the queue's ends. Moving past the window
/// asks for the rows after or before a row it holds (keyset paging), so a key costs the
/// same a million rows deep as at the top; the pane never needs to know how deep it is.
#[derive(Debug, Clone)]
pub struct OrdersPane {
    pub rows: Vec<QueueRow>,
    /// `keys[i]` is where `rows[i]` stands in the queue.
    pub keys: Vec<QueueKey>,
    /// The selected row of the window.
    pub selected: usize,
    /// No order comes before the window's first row, or after its last.
    pub at_start: bool,
    pub at_end: bool,
    pub counts: [i64; QUEUE_RANKS],
    /// The counts may be out of date (something changed): the next load counts again.
    /// Counting a filtered queue of a million orders costs far more than reading a window.
    pub counts_stale: bool,
    pub filter: String,
    /// Delivered and cancelled orders are shown too.
    pub show_done: bool,
    /// The local now the queue is ranked for (overdue and due-today orders first).
    pub now: NaiveDateTime,
    /// Orders still to deliver that are overdue, and due later today (as last loaded).
    pub overdue: i64,
    pub due_today: i64,
    /// Rows marked with Space, as they were seen: one key then acts on all of them.
    pub marked: Vec<super::effect::OrderRef>,
    /// Select this order when the next window shows it (one just made or changed).
    pub want: Option<i64>,
    /// A filtered queue's count is running in the background (one at a time).
    pub counting: bool,
    /// The window shown was cut short by the screen's time box (a filter few open orders
    /// match): this query reads it whole in the background ("still searching…").
    pub searching: Option<QueueQuery>,
    /// A window is being read whole in the background (one at a time: the latest next).
    pub search_running: bool,
}

impl Default for OrdersPane {
    fn default() -> Self {
        OrdersPane {
            rows: Vec::new(),
            keys: Vec::new(),
            selected: 0,
            at_start: true,
            at_end: true,
            counts: [0; QUEUE_RANKS],
            counts_stale: true,
            filter: String::new(),
            show_done: false,
            now: NaiveDateTime::default(),
            overdue: 0,
            due_today: 0,
            marked: Vec::new(),
            want: None,
            counting: false,
            searching: None,
            search_running: false,
        }
    }
}

impl OrdersPane {
    fn query(&self, from: QueueFrom, skip: usize, select: Select) -> Effect {
        Effect::LoadQueue(QueueQuery {
            filter: self.filter.clone(),
            show_done: self.show_done,
            from,
            skip,
            // The unfiltered counts are kept by the book: read with the window. A filter's
            // are a scan of every order: counted apart, in the background.
            count: self.counts_stale && self.filter.trim().is_empty(),
            now: self.now,
            select,
            patient: false,
        })
    }

    /// The top of the queue, its first row selected (a new filter, `t`).
    pub fn start(&mut self) -> Effect {
        self.selected = 0;
        self.query(QueueFrom::Start, 0, Select::Index(0))
    }

    /// The window around order `number`, which is then selected.
    pub fn load_around(&mut self, number: i64) -> Effect {
        self.query(
            QueueFrom::Around(number),
            0,
            Select::Order {
                number,
                or_index: 0,
            },
        )
    }

    /// The same window read again (something changed, the minute turned): from its first
    /// row on, the same row selected; from the top when it began there, so what came in
    /// first shows.
    pub fn reload(&self) -> Effect {
        let select = match self.want {
            Some(number) => Select::Order {
                number,
                or_index: self.selected,
            },
            None => Select::Index(self.selected),
        };
        match self.keys.first() {
            Some(key) if !self.at_start => self.query(
                QueueFrom::After {
                    key: key.clone(),
                    inclusive: true,
                },
                0,
                select,
            ),
            _ => self.query(QueueFrom::Start, 0, select),
        }
    }

    pub fn loaded(&mut self, page: QueuePage) {
        // A window read for the screen replaces the one still being searched for.
        self.searching = None;
        if let Some(counts) = page.counts {
            self.counts = counts;
            self.counts_stale = false;
        }
        if let Some(due) = page.due {
            (self.overdue, self.due_today) = (due.overdue, due.today);
        }
        if page.missing.is_some() {
            return;
        }
        let last = page.rows.len().saturating_sub(1);
        self.selected = match page.select {
            Select::Index(i) => i.min(last),
            Select::FromEnd(k) => page.rows.len().saturating_sub(k.max(1)),
            Select::Order { number, or_index } => {
                if page.rows.iter().any(|r| r.number == number) {
                    self.want = None;
                }
                page.rows
                    .iter()
                    .position(|r| r.number == number)
                    .unwrap_or(or_index.min(last))
            }
        };
        self.rows = page.rows;
        self.keys = page.keys;
        self.at_start = page.at_start;
        self.at_end = page.at_end;
    }

    /// The window just shown was cut short: `rest` reads it whole in the background, unless
    /// a read of that kind runs (then it follows that one).
    pub fn search(&mut self, rest: QueueQuery) -> Option<Effect> {
        self.searching = Some(rest);
        self.next_search()
    }

    fn next_search(&mut self) -> Option<Effect> {
        if self.search_running {
            return None;
        }
        let rest = self.searching.clone()?;
        self.search_running = true;
        Some(Effect::LoadQueue(rest))
    }

    /// A window read whole in the background: shown when it is still the one searched for
    /// (the order selected meanwhile stays selected); otherwise the one searched for now is
    /// read next.
    pub fn searched(&mut self, asked: QueueQuery, page: QueuePage) -> Option<Effect> {
        self.search_running = false;
        if self.searching.as_ref() != Some(&asked) {
            return self.next_search();
        }
        let select = match self.selected() {
            Some(row) => Select::Order {
                number: row.number,
                or_index: self.selected,
            },
            None => page.select,
        };
        self.loaded(QueuePage { select, ..page });
        None
    }

    /// The background count a filtered queue with stale counts needs, unless one runs.
    pub fn count(&mut self) -> Option<Effect> {
        if !self.counts_stale || self.filter.trim().is_empty() || self.counting {
            return None;
        }
        self.counting = true;
        Some(Effect::CountQueue(QueueCount {
            filter: self.filter.clone(),
            show_done: self.show_done,
            now: self.now,
        }))
    }

    /// A filtered queue was counted: kept when it is still the queue shown; otherwise the
    /// queue shown now is counted next.
    pub fn counted(&mut self, c: QueueCounts) -> Option<Effect> {
        self.counting = false;
        if c.filter == self.filter && c.show_done == self.show_done {
            self.counts = c.counts;
            self.counts_stale = false;
            (self.overdue, self.due_today) = (c.due.overdue, c.due.today);
            return None;
        }
        self.count()
    }

    /// How many orders the queue shows, when known (a filter's count may still run).
    pub fn counted_total(&self) -> Option<i64> {
        (!self.counts_stale || self.filter.trim().is_empty()).then(|| self.shown())
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
        self.rows.get(self.selected)
    }

    /// Moves the selection by `delta` rows. Inside the window nothing is read; past it, the
    /// window that puts the selection in its middle is asked for from the key of a row
    /// the window holds, in the direction of the move.
    pub fn move_by(&mut self, delta: isize) -> Option<Effect> {
        let len = self.rows.len();
        if len == 0 {
            return None;
        }
        // The target, counted from the window's first row.
        let target = self.selected as isize + delta;
        if target >= len as isize {
            if self.at_end {
                self.selected = len - 1;
                return None;
            }
            // The new window starts half a window before the target: after the row just
            // before that start, or after the last row, stepping over the rows between.
            let start = (target - (WINDOW / 2) as isize).max(0) as usize;
            let (anchor, inclusive, skip) = match start {
                0 => (0, true, 0),
                s if s <= len => (s - 1, false, 0),
                s => (len - 1, false, s - len),
            };
            let from = QueueFrom::After {
                key: self.keys[anchor].clone(),
                inclusive,
            };
            let first = if inclusive { anchor } else { anchor + 1 } + skip;
            return Some(self.query(from, skip, Select::Index(target as usize - first)));
        }
        if target < 0 {
            if self.at_start {
                self.selected = 0;
                return None;
            }
            // The new window ends half a window after the target: before the row at that
            // end, or before the first row, stepping over the rows between.
            let end = target + (WINDOW / 2) as isize;
            let (anchor, inclusive, skip) = if end >= len as isize {
                (len - 1, true, 0)
            } else if end >= 0 {
                (end as usize, false, 0)
            } else {
                (0, false, (-end) as usize)
            };
            let from = QueueFrom::Before {
                key: self.keys[anchor].clone(),
                inclusive,
            };
            // Rows from the target to the window's end (exclusive), counted back.
            let after_anchor = if inclusive {
                anchor as isize + 1
            } else {
                anchor as isize
            };
            let from_end = after_anchor - skip as isize - target;
            return Some(self.query(from, skip, Select::FromEnd(from_end.max(1) as usize)));
        }
        self.selected = target as usize;
        None
    }

    /// `g`: the first order.
    pub fn top(&mut self) -> Option<Effect> {
        if self.at_start && !self.rows.is_empty() {
            self.selected = 0;
            return None;
        }
        Some(self.start())
    }

    /// `G`: the last order.
    pub fn bottom(&mut self) -> Option<Effect> {
        if self.at_end {
            self.selected = self.rows.len().saturating_sub(1);
            return None;
        }
        Some(self.query(QueueFrom::End, 0, Select::FromEnd(1)))
    }

    /// How many orders the queue shows now.
    pub fn shown(&self) -> i64 {
        self.visible_ranks().map(|r| self.counts[r]).sum()
    }
}
