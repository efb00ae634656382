//! The terminal session: the only module that touches the terminal. It sets up raw mode,
//! the alternate screen and bracketed paste (a pasted chat is data, not keystrokes), runs
//! the loop, and restores the terminal on every way out: normal exit, error and panic.

pub mod convert;
mod events;
pub mod harness;
pub mod runner;

use std::collections::VecDeque;
use std::io::stdout;
use std::time::{Duration, Instant};

use chrono::Local;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;

use crate::app::App;
use crate::app::action::Action;
use runner::Runner;

/// One turn: the action, then every effect it asks for and every action those answer with,
/// until the desk is settled. The loop and the tests run exactly this.
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

/// Runs the desk until `q`. The terminal is restored however this ends.
pub fn run(mut runner: Runner) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    install_paste_restore();
    execute!(stdout(), EnableBracketedPaste)?;
    let result = event_loop(&mut terminal, &mut runner);
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// ratatui's panic hook restores the screen; this also turns bracketed paste off first, so
/// a crash never leaves the shell wrapping pastes in escape codes.
fn install_paste_restore() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste);
        previous(info);
    }));
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, runner: &mut Runner) -> std::io::Result<()> {
    let size = terminal.size()?;
    let shop = runner.desk.config.shop.name.clone();
    let (mut app, effects) = App::new(
        shop,
        runner.desk.config.shop.currency,
        (size.width, size.height),
    );
    // https://no-color.org: present and not empty turns colours off.
    app.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    for effect in effects {
        for action in runner.run(effect) {
            step(&mut app, runner, action);
        }
    }
    runner.book_changed();
    let mut last_poll = Instant::now();
    while !app.quit {
        terminal.draw(|frame| crate::ui::draw(frame, &app, Local::now().fixed_offset()))?;
        let wait = BOOK_POLL.saturating_sub(last_poll.elapsed());
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
        if last_poll.elapsed() >= BOOK_POLL {
            last_poll = Instant::now();
            if runner.book_changed() {
                step(&mut app, runner, Action::BookChanged);
            }
        }
    }
    Ok(())
}
