//! A cursor over a long list of which only a window is loaded: the selection moves over the
//! whole list, and the pane asks for another window when it leaves the loaded one.

/// How many rows one load brings; a few screens' worth.
pub const WINDOW: usize = 120;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paged {
    /// Position of the first loaded row.
    pub offset: usize,
    /// Rows loaded.
    pub loaded: usize,
    /// Rows in the whole list.
    pub total: usize,
    /// Selected position in the whole list.
    pub selected: usize,
}

impl Paged {
    /// Moves the selection by `delta` (clamped); returns the offset of the window to load
    /// when the selection left the loaded rows.
    pub fn move_by(&mut self, delta: isize) -> Option<usize> {
        if self.total == 0 {
            self.selected = 0;
            return None;
        }
        let last = self.total - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.window_for_selection()
    }

    pub fn go_to(&mut self, position: usize) -> Option<usize> {
        self.selected = position.min(self.total.saturating_sub(1));
        self.window_for_selection()
    }

    fn window_for_selection(&mut self) -> Option<usize> {
        let inside = self.selected >= self.offset && self.selected < self.offset + self.loaded;
        (!inside).then(|| self.selected.saturating_sub(WINDOW / 2))
    }

    /// A window arrived.
    pub fn loaded(&mut self, offset: usize, rows: usize, total: usize) {
        self.offset = offset;
        self.loaded = rows;
        self.total = total;
        if self.selected >= total {
            self.selected = total.saturating_sub(1);
        }
    }

    /// Index of the selected row inside the loaded window, if it is loaded.
    pub fn local(&self) -> Option<usize> {
        self.selected
            .checked_sub(self.offset)
            .filter(|i| *i < self.loaded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_past_the_window_asks_for_a_new_one() {
        let mut p = Paged::default();
        p.loaded(0, WINDOW, 1_000_000);
        assert_eq!(p.move_by(1), None);
        assert_eq!(p.local(), Some(1));
        let wanted = p.move_by(WINDOW as isize).unwrap();
        assert_eq!(wanted, WINDOW + 1 - WINDOW / 2);
        p.loaded(wanted, WINDOW, 1_000_000);
        assert_eq!(p.local(), Some(WINDOW / 2));
        assert!(p.go_to(usize::MAX).is_some());
        assert_eq!(p.selected, 999_999);
        assert_eq!(p.move_by(5), Some(999_999 - WINDOW / 2));
    }

    #[test]
    fn an_empty_list_stays_put() {
        let mut p = Paged::default();
        assert_eq!(p.move_by(3), None);
        assert_eq!(p.local(), None);
    }
}
