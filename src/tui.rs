//! The terminal session: the only module that touches the terminal. It sets up raw mode,
//! the alternate screen and bracketed paste (a pasted chat is data, not keystrokes), runs
//! the loop, and restores the terminal on every way out: normal exit, error and panic.

pub mod convert;
mod dispatch;
mod events;
#[cfg(feature = "harness")]
pub mod harness;
pub mod runner;
mod worker;

use std::collections::VecDeque;
use std::io::stdout;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, Utc};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::style::Print;

use crate::app::action::Action;
use crate::app::{App, Tone};
use crate::core::backup_age::backup_warning;
use crate::core::i18n::Locale;
use crate::webhook::{self, WebhookHandle, WebhookNotice};
use runner::Runner;

/// One turn: the action, then every effect it asks for and every action those answer with,
/// until the desk is settled. Slow effects answer later (see [`Runner::finished`]); the
/// screen is drawn meanwhile. The loop and the tests run exactly this.
pub fn step(app: &mut App, runner: &mut Runner, action: Action) {
    let mut queue = VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        for effect in app.update(action) {
            queue.extend(runner.run(effect));
        }
    }
}

/// How often the desk looks for other desks' changes.
const BOOK_POLL: Duration = Duration::from_secs(1);
/// How often the desk looks for background answers while something runs: about a frame.
const WORK_POLL: Duration = Duration::from_millis(30);
/// How often unpaid links are checked for expiry (and their stock released when set so).
const SWEEP_EVERY: Duration = Duration::from_secs(30);

/// Starts the webhook endpoint inside the desk when `webhook.listen` is set. A missing secret
/// or a busy port is said on the status line; the desk runs on without it.
fn start_webhook(
    runner: &Runner,
    app: &mut App,
) -> (Option<WebhookHandle>, Receiver<WebhookNotice>) {
    let (sender, notices) = mpsc::channel();
    let config = runner.desk.config.clone();
    if config.webhook.listen.trim().is_empty() {
        return (None, notices);
    }
    let started = webhook::secret_from_env().and_then(|secret| {
        let store = runner
            .desk
            .store
            .reopen()
            .map_err(|e| webhook::WebhookError::Store(e.to_string()))?
            .ok_or_else(|| webhook::WebhookError::Store("the book is in memory only".into()))?;
        webhook::spawn(store, config, secret, sender)
    });
    match started {
        Ok(handle) => {
            tracing::info!(addr = %handle.addr(), "desk: taking webhooks");
            let text = crate::t!(
                app.locale,
                "desk-webhook-listening",
                address = handle.addr().to_string()
            );
            app.say(Tone::Info, text);
            (Some(handle), notices)
        }
        Err(e) => {
            tracing::warn!(error = %e, "desk: webhook not started");
            let text = crate::t!(app.locale, "desk-webhook-not-started", why = e.message());
            app.say(Tone::Bad, text);
            (None, notices)
        }
    }
}

/// A verified payment rings the bell and shows on the status line at once.
fn heard(app: &mut App, runner: &mut Runner, notice: WebhookNotice) -> std::io::Result<()> {
    if matches!(notice, WebhookNotice::Paid(_)) {
        execute!(stdout(), Print('\u{7}'))?;
    }
    step(app, runner, Action::Heard(convert::notice(notice)));
    Ok(())
}

/// Runs the desk until `q`. The terminal is restored however this ends.
/// `last_backup`: when the book's newest backup was made (the help shows it; a week
/// without one is warned about on opening).
/// The desk in the terminal, in the staff's language `locale`.
pub fn run(
    mut runner: Runner,
    last_backup: Option<DateTime<Utc>>,
    locale: Locale,
) -> std::io::Result<()> {
    tracing::info!(db = runner.desk.store.path(), "desk opened");
    let mut terminal = ratatui::init();
    install_paste_restore();
    execute!(stdout(), EnableBracketedPaste)?;
    let result = event_loop(&mut terminal, &mut runner, last_backup, locale);
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
    match &result {
        Ok(()) => tracing::info!("desk closed"),
        Err(e) => tracing::error!(error = %e, "desk: the terminal failed"),
    }
    result
}

/// ratatui's panic hook restores the screen; this also turns bracketed paste off first, so
/// a crash never leaves the shell wrapping pastes in escape codes.
fn install_paste_restore() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(panic = %info, "desk: a bug stopped the desk");
        let _ = execute!(stdout(), DisableBracketedPaste);
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    runner: &mut Runner,
    last_backup: Option<DateTime<Utc>>,
    locale: Locale,
) -> std::io::Result<()> {
    let size = terminal.size()?;
    let shop = runner.desk.config.shop_name(locale);
    let (mut app, effects) = App::new(
        shop,
        runner.desk.config.shop.currency,
        (size.width, size.height),
        Local::now().fixed_offset(),
    );
    // https://no-color.org: present and not empty turns colours off.
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    app.locale = locale;
    app.date_order = runner.desk.config.shop.date_order;
    for effect in effects {
        for action in runner.run(effect) {
            step(&mut app, runner, action);
        }
    }
    runner.book_changed();
    app.last_backup = last_backup;
    if let Some(warning) = backup_warning(last_backup, Utc::now(), locale) {
        app.say(Tone::Bad, warning);
    }
    let (webhook, notices) = start_webhook(runner, &mut app);
    let mut last_poll = Instant::now();
    let mut last_sweep = Instant::now();
    while !app.quit {
        terminal.draw(|frame| crate::ui::draw(frame, &app, Local::now().fixed_offset()))?;
        // The background work the last keys asked for starts now that their frame is on
        // screen; answers here mean the worker was gone and it ran here: draw them.
        let ran_here = runner.start_held();
        if !ran_here.is_empty() {
            for action in ran_here {
                step(&mut app, runner, action);
            }
            continue;
        }
        let mut wait = BOOK_POLL.saturating_sub(last_poll.elapsed());
        if runner.busy() {
            wait = wait.min(WORK_POLL);
        }
        if event::poll(wait)? {
            // Take everything already waiting before drawing again: a fast typist or a long
            // paste never makes the screen lag behind.
            loop {
                if let Some(action) = events::action(event::read()?) {
                    step(&mut app, runner, action);
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        for action in runner.finished() {
            step(&mut app, runner, action);
        }
        if last_poll.elapsed() >= BOOK_POLL {
            last_poll = Instant::now();
            step(&mut app, runner, Action::Clock(Local::now().fixed_offset()));
            for notice in notices.try_iter() {
                heard(&mut app, runner, notice)?;
            }
            if runner.book_changed() {
                step(&mut app, runner, Action::BookChanged);
            }
        }
        if last_sweep.elapsed() >= SWEEP_EVERY {
            last_sweep = Instant::now();
            step(&mut app, runner, Action::Tick);
        }
    }
    // Quitting never waits for a slow effect: the worker thread is left to end with the
    // process (the book is transactional; a provider call made twice returns the same link).
    drop(webhook);
    Ok(())
}
