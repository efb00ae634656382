//! Runs the desk's effects and answers with actions. Quick effects run here, on the
//! screen's thread (`dispatch::perform` on this desk); slow ones go to the worker and
//! answer later through [`Runner::finished`]; the clipboard is this thread's.

use super::convert;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::dispatch::perform;
use super::worker::Worker;
use crate::app::action::Action;
use crate::app::answer::{Answer, CopiedTo};
use crate::app::effect::{Copyable, Effect};
use crate::clipboard::{Clipboard, Copied};
use crate::core::refusal::{Refusal, RefusalKind};
use crate::ops::{Clock, Desk};

pub struct Runner {
    pub desk: Desk,
    clipboard: Box<dyn Clipboard>,
    /// Where `E` writes today's reports.
    reports_dir: PathBuf,
    data_version: Option<i64>,
    /// Started with the first slow effect; None until then, or when the book is in memory
    /// (a second connection could not see it: slow effects then run here).
    worker: Option<Worker>,
    worker_tried: bool,
    /// Slow effects asked for since the screen was last drawn, each with the clock it was
    /// asked at: they go to the worker once the frame that answers the key is on screen
    /// (`start_held`), so the worker's thread never takes the core the frame is drawn on.
    held: Vec<(Effect, Clock)>,
}

impl Runner {
    pub fn new(desk: Desk, clipboard: Box<dyn Clipboard>, reports_dir: PathBuf) -> Runner {
        Runner {
            desk,
            clipboard,
            reports_dir,
            data_version: None,
            worker: None,
            worker_tried: false,
            held: Vec::new(),
        }
    }

    /// True when another connection committed since the last look (about once a second).
    pub fn book_changed(&mut self) -> bool {
        let Ok(now) = self.desk.store.data_version() else {
            return false;
        };
        let changed = self.data_version.is_some_and(|seen| seen != now);
        self.data_version = Some(now);
        changed
    }

    /// Runs `effect`: its answers now, or nothing now and its answers later through
    /// [`Runner::finished`] when it is slow.
    pub fn run(&mut self, effect: Effect) -> Vec<Action> {
        match effect {
            Effect::Copy { what, text } => vec![Action::Answer(self.copy(what, text))],
            Effect::ReadClipboard => match self.clipboard.read() {
                Ok(text) => vec![Action::Paste(text)],
                Err(why) => vec![Action::Answer(refused(
                    Effect::ReadClipboard,
                    Refusal::new(RefusalKind::Unavailable, convert::clipboard_trouble(&why)),
                ))],
            },
            effect if effect.is_slow() => match self.worker() {
                Some(_) => {
                    self.held.push((effect, self.desk.clock));
                    Vec::new()
                }
                None => self.run_here(effect, true),
            },
            effect => self.run_here(effect, false),
        }
    }

    fn run_here(&mut self, effect: Effect, slow: bool) -> Vec<Action> {
        let answer = match perform(&mut self.desk, &effect, &self.reports_dir) {
            Ok(answer) => answer,
            Err(refusal) => refused(effect.clone(), refusal),
        };
        let mut actions = vec![Action::Answer(answer)];
        if slow {
            actions.push(Action::Finished(effect));
        }
        actions
    }

    fn worker(&mut self) -> Option<&mut Worker> {
        if !self.worker_tried {
            self.worker_tried = true;
            self.worker = match self.desk.reopen() {
                Ok(Some(desk)) => Worker::start(desk, self.reports_dir.clone()).ok(),
                Ok(None) | Err(_) => None,
            };
        }
        self.worker.as_mut()
    }

    /// Slow effects still running, or waiting for the frame to start.
    pub fn busy(&self) -> bool {
        !self.held.is_empty() || self.worker.as_ref().is_some_and(Worker::busy)
    }

    /// Slow effects asked for and not started yet: they wait for the frame to be drawn.
    pub fn waiting_for_frame(&self) -> usize {
        self.held.len()
    }

    /// Starts the slow effects held until the frame was drawn (call it after drawing): a
    /// key's frame is drawn before the background work it asked for competes with it for
    /// the machine (on two busy cores, the worker woken by a key took the screen's core
    /// for several milliseconds). Answers only when the worker is gone and they ran here.
    pub fn start_held(&mut self) -> Vec<Action> {
        let mut actions = Vec::new();
        for (effect, clock) in std::mem::take(&mut self.held) {
            let refused = match self.worker.as_mut() {
                Some(worker) => worker.send(effect, clock),
                None => Some(effect),
            };
            if let Some(effect) = refused {
                actions.extend(self.run_here(effect, true));
            }
        }
        actions
    }

    /// Answers of slow effects that finished, without waiting: each answer, then
    /// `Action::Finished` for its effect.
    pub fn finished(&mut self) -> Vec<Action> {
        self.collect(Duration::ZERO)
    }

    /// Like [`Runner::finished`], waiting up to `timeout` for everything running to finish.
    pub fn wait(&mut self, timeout: Duration) -> Vec<Action> {
        self.collect(timeout)
    }

    fn collect(&mut self, timeout: Duration) -> Vec<Action> {
        let mut actions = self.start_held();
        let Some(worker) = self.worker.as_mut() else {
            return actions;
        };
        let until = Instant::now() + timeout;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match worker.next_done(left) {
                Some((effect, answer)) => {
                    actions.push(Action::Answer(answer));
                    actions.push(Action::Finished(effect));
                }
                None => break,
            }
            if !worker.busy() {
                break;
            }
        }
        actions
    }

    fn copy(&mut self, what: Copyable, text: String) -> Answer {
        match self.clipboard.copy(&text) {
            Copied::System => Answer::Copied {
                what,
                to: CopiedTo::System {
                    chars: text.chars().count(),
                },
            },
            Copied::Terminal => Answer::Copied {
                what,
                to: CopiedTo::Terminal,
            },
            Copied::Failed(why) => Answer::CopyFailed {
                what,
                text,
                why: convert::clipboard_trouble(&why),
            },
        }
    }
}

/// The answer to a refused effect, and its log line.
pub(super) fn refused(effect: Effect, refusal: Refusal) -> Answer {
    // The log is for whoever looks after the machine: in English.
    let doing = crate::app::answer::doing(&effect, crate::core::i18n::Locale::EN);
    match refusal.kind {
        RefusalKind::Internal => {
            tracing::error!(doing, reason = %refusal.reason, "desk: error")
        }
        kind => tracing::warn!(doing, ?kind, reason = %refusal.reason, "desk: refused"),
    }
    Answer::Refused {
        effect: Box::new(effect),
        refusal,
    }
}
