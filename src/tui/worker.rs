//! The desk's background thread: slow effects (a payment provider over the network, a long
//! paste, reports, the expiry sweep) run here on a desk of its own (its own connection to
//! the same book), so the screen keeps drawing and answering keys meanwhile. Answers come
//! back in order over a channel; the loop feeds them to the desk.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::dispatch::perform;
use crate::app::answer::Answer;
use crate::app::effect::Effect;
use crate::ops::{Clock, Desk};

struct Job {
    effect: Effect,
    /// The screen's desk's clock at the time of asking (tests move it).
    clock: Clock,
}

pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<(Effect, Answer)>,
    pending: usize,
}

impl Worker {
    /// Starts the thread with `desk`. Dropping the worker lets the thread end after the job
    /// it is on, without waiting for it: quitting never waits for a slow provider.
    pub fn start(mut desk: Desk, reports: PathBuf) -> std::io::Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (outbox, done) = mpsc::channel();
        std::thread::Builder::new()
            .name("orderdesk-worker".into())
            .spawn(move || {
                yield_to_the_screen();
                for job in inbox {
                    desk.clock = job.clock;
                    let answer = match perform(&mut desk, &job.effect, &reports) {
                        Ok(answer) => answer,
                        Err(refusal) => super::runner::refused(job.effect.clone(), refusal),
                    };
                    if outbox.send((job.effect, answer)).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Worker {
            jobs,
            done,
            pending: 0,
        })
    }

    /// Queues `effect`; gives it back when the thread is gone (the caller runs it itself).
    pub fn send(&mut self, effect: Effect, clock: Clock) -> Option<Effect> {
        match self.jobs.send(Job { effect, clock }) {
            Ok(()) => {
                self.pending += 1;
                None
            }
            Err(mpsc::SendError(job)) => Some(job.effect),
        }
    }

    pub fn busy(&self) -> bool {
        self.pending > 0
    }

    /// A finished effect and its answer, waiting at most `wait` for one.
    pub fn next_done(&mut self, wait: Duration) -> Option<(Effect, Answer)> {
        if self.pending == 0 {
            return None;
        }
        let got = if wait.is_zero() {
            self.done.try_recv().ok()
        } else {
            match self.done.recv_timeout(wait) {
                Ok(done) => Some(done),
                Err(RecvTimeoutError::Timeout) => None,
                // The thread died (a bug): nothing more will come.
                Err(RecvTimeoutError::Disconnected) => {
                    self.pending = 0;
                    None
                }
            }
        };
        if got.is_some() {
            self.pending -= 1;
        }
        got
    }
}

/// Marks the calling thread as background work for the scheduler (Linux's SCHED_BATCH): it
/// keeps its share of the machine but is never woken ahead of the screen's thread, so a
/// key that starts a count or a report does not wait behind it on a busy machine. Elsewhere
/// (and if refused) the thread runs as any other.
fn yield_to_the_screen() {
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: `param` is a valid sched_param for the call, and pid 0 names the calling
        // thread; a refusal only leaves the policy as it was.
        let _ = unsafe { libc::sched_setscheduler(0, libc::SCHED_BATCH, &param) };
    }
}
