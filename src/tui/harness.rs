//! The desk without a terminal: the real `step()`, a real book, an in-memory clipboard and
//! ratatui's test backend. Tests and benchmarks drive it with key names and pastes and read
//! the screen as text. Built only with the `harness` feature (the tests turn it on), so it
//! is no part of the shipped library.
//!
//! Like a person who waits for the screen, `keys` and `paste` let background work finish
//! before going on; `press` does not wait, to show what the screen does meanwhile.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::runner::Runner;
use super::step;
use crate::app::App;
use crate::app::action::Action;
use crate::app::key::KeyPress;
use crate::clipboard::MemoryClipboard;
use crate::ops::Desk;

pub struct Harness {
    pub app: App,
    pub runner: Runner,
    pub clipboard: Rc<RefCell<MemoryClipboard>>,
    terminal: Terminal<TestBackend>,
    now: DateTime<FixedOffset>,
}

impl Harness {
    /// A desk of `width` × `height` on `desk`, its first screen loaded; `now` is the local
    /// time the screen shows (ages, clock times).
    pub fn new(desk: Desk, width: u16, height: u16, now: DateTime<FixedOffset>) -> Harness {
        let clipboard = Rc::new(RefCell::new(MemoryClipboard::default()));
        let reports = std::env::temp_dir().join("orderdesk-harness-reports");
        let mut desk = desk;
        desk.zone = Some(*now.offset());
        let mut runner = Runner::new(desk, Box::new(clipboard.clone()), reports);
        let shop = runner
            .desk
            .config
            .shop_name(runner.desk.config.staff_locale(None));
        let (mut app, effects) =
            App::new(shop, runner.desk.config.shop.currency, (width, height), now);
        app.color = false;
        // The config's language only: a test never depends on the developer's LANG.
        app.locale = runner.desk.config.staff_locale(None);
        app.date_order = runner.desk.config.shop.date_order;
        for effect in effects {
            for action in runner.run(effect) {
                step(&mut app, &mut runner, action);
            }
        }
        runner.book_changed();
        let terminal =
            Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| match e {});
        let mut h = Harness {
            app,
            runner,
            clipboard,
            terminal,
            now,
        };
        h.settle();
        h
    }

    /// One key by name, without waiting for background work.
    pub fn press(&mut self, name: &str) {
        let press = KeyPress::parse(name).unwrap_or_else(|| panic!("not a key name: {name}"));
        step(&mut self.app, &mut self.runner, Action::Key(press));
    }

    /// Feeds the answers of background work that finished, waiting up to `timeout` for all
    /// of it; true when nothing is left running.
    pub fn wait_for_background(&mut self, timeout: Duration) -> bool {
        for action in self.runner.wait(timeout) {
            step(&mut self.app, &mut self.runner, action);
        }
        !self.runner.busy()
    }

    /// Lets background work finish (a minute at most: a test's provider answers sooner).
    fn settle(&mut self) {
        while self.runner.busy() {
            if !self.wait_for_background(Duration::from_secs(60)) {
                panic!("background work did not finish within a minute");
            }
        }
    }

    /// Presses keys given by name, separated by spaces: "j j Enter y", "Ctrl-v", "Esc".
    /// A name that is not a key panics: a test typo must not pass silently.
    pub fn keys(&mut self, names: &str) {
        for name in names.split_whitespace() {
            self.press(name);
            self.settle();
        }
    }

    /// Types text character by character (into a prompt or picker).
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            step(
                &mut self.app,
                &mut self.runner,
                Action::Key(KeyPress::plain(crate::app::key::Key::Char(c))),
            );
            self.settle();
        }
    }

    /// A bracketed paste, as a terminal delivers it.
    pub fn paste(&mut self, text: &str) {
        step(
            &mut self.app,
            &mut self.runner,
            Action::Paste(text.to_string()),
        );
        self.settle();
    }

    /// Time passes: the book's clock and the screen's move to `now`, and the desk is told
    /// (as the loop tells it every second).
    pub fn set_now(&mut self, now: DateTime<FixedOffset>) {
        self.now = now;
        self.runner.desk.clock = crate::ops::Clock::Fixed(now.to_utc());
        step(&mut self.app, &mut self.runner, Action::Clock(now));
        self.settle();
    }

    /// The desk's slow clock ticks (the expiry sweep), and the answer is awaited.
    pub fn tick(&mut self) {
        step(&mut self.app, &mut self.runner, Action::Tick);
        self.settle();
    }

    /// Another desk changed the book: what the loop does when `data_version` moves.
    pub fn poll_book(&mut self) -> bool {
        let changed = self.runner.book_changed();
        if changed {
            step(&mut self.app, &mut self.runner, Action::BookChanged);
            self.settle();
        }
        changed
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().resize(width, height);
        let _ = self
            .terminal
            .resize(ratatui::layout::Rect::new(0, 0, width, height));
        step(
            &mut self.app,
            &mut self.runner,
            Action::Resize(width, height),
        );
    }

    /// Draws and returns the screen, one line per row, trailing spaces trimmed. As in the
    /// desk's loop, background work asked for since the last frame starts once it is drawn.
    pub fn screen(&mut self) -> String {
        let (app, now) = (&self.app, self.now);
        let _ = self.terminal.draw(|frame| crate::ui::draw(frame, app, now));
        for action in self.runner.start_held() {
            step(&mut self.app, &mut self.runner, action);
        }
        let buffer = self.terminal.backend().buffer();
        let area = buffer.area;
        let mut out = String::new();
        for y in area.top()..area.bottom() {
            let mut row = String::new();
            for x in area.left()..area.right() {
                row.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(row.trim_end());
            out.push('\n');
        }
        out
    }

    /// What the status line says now.
    pub fn status(&self) -> String {
        self.app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }
}
