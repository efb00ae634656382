//! Connecting to a PostgreSQL book: the URL, completed by the standard `PG*` environment
//! variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`,
//! `PGSSLROOTCERT`) for what it leaves out; TLS when `sslmode` asks for it (`tls.rs`); then
//! the book's migrations. The password never leaves this file: errors
//! name the book by its URL without it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::str::FromStr;
use std::time::Duration;

use postgres::config::SslMode;
use postgres::{Client, Config, NoTls};

use super::migrate::migrate;
use super::tls;
use super::{Conn, PgUrl, Result, Store, StoreError};

/// How long connecting may take before the desk says the server is unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The channel every write notifies (see the migrations), listened to by every desk.
pub const CHANNEL: &str = "orderdesk_book";

impl Store {
    pub fn open(url: &PgUrl) -> Result<Store> {
        let (client, backend_pid) = connect(url)?;
        Ok(Store {
            conn: Conn {
                client: RefCell::new(client),
                statements: RefCell::new(HashMap::new()),
                failed: Cell::new(false),
                lost: Cell::new(false),
                backend_pid: Cell::new(backend_pid),
                changes_seen: Cell::new(0),
            },
            kept: Box::default(),
            url: url.clone(),
            shown: url.to_string(),
        })
    }

    /// A connection the server or the network closed (a restart, a long sleep) is made
    /// again, so a desk left open carries on once the server is back. Its prepared
    /// statements go with the old connection; what other desks wrote meanwhile counts as
    /// a change.
    pub(super) fn reconnect_if_lost(&self) -> Result<()> {
        if !self.conn.lost.get() && !self.conn.client.borrow().is_closed() {
            return Ok(());
        }
        let (client, backend_pid) = connect(&self.url)?;
        *self.conn.client.borrow_mut() = client;
        self.conn.statements.borrow_mut().clear();
        self.conn.backend_pid.set(backend_pid);
        self.conn.lost.set(false);
        self.conn.changes_seen.set(self.conn.changes_seen.get() + 1);
        Ok(())
    }
}

/// A connection to the book, its schema brought up to date and LISTENing for other desks'
/// writes, with its server process's id.
fn connect(url: &PgUrl) -> Result<(Client, i32)> {
    let shown = url.to_string();
    let refused = |reason: String| StoreError::Connect {
        target: shown.clone(),
        reason,
    };
    let var = |name: &str| std::env::var(name).ok();
    // tokio-postgres reads neither verify mode nor `sslrootcert`: they are ours.
    let (rest, url_mode, url_root) = tls::take_params(url.secret_text());
    let mut config =
        Config::from_str(&rest).map_err(|e| refused(format!("the URL is not valid ({e})")))?;
    complete_from_env(&mut config, var).map_err(&refused)?;
    let ask = tls::ask(url_mode, url_root, var).map_err(&refused)?;
    config.connect_timeout(CONNECT_TIMEOUT);
    config.application_name("orderdesk");
    // As libpq does, a local socket needs no TLS (nothing crosses a network).
    let local = config
        .get_hosts()
        .iter()
        .all(|h| matches!(h, postgres::config::Host::Unix(_)));
    let host = shown_host(&config);
    let mut client = if ask.mode == tls::Mode::Off || local {
        // Without a TLS mode the connection is in clear, as libpq's `prefer` would be
        // with a server that offers no TLS; ask for TLS to have it.
        config.ssl_mode(SslMode::Disable);
        config.connect(NoTls)
    } else {
        config.ssl_mode(SslMode::Require);
        config.connect(tls::connector(&ask).map_err(&refused)?)
    }
    .map_err(|e| refused(tls::refusal(&e, &ask, &host).unwrap_or_else(|| connect_reason(&e))))?;
    migrate(&mut client).map_err(|e| match e {
        StoreError::Foreign { .. } => StoreError::Foreign {
            path: shown.clone(),
        },
        other => other,
    })?;
    client
        .batch_execute(&format!("LISTEN {CHANNEL}"))
        .map_err(StoreError::from)?;
    let backend_pid: i32 = client
        .query_one("SELECT pg_backend_pid()", &[])
        .map_err(StoreError::from)?
        .get(0);
    Ok((client, backend_pid))
}

/// Fills what the URL leaves out from the `PG*` variables, as libpq does.
pub(super) fn complete_from_env(
    config: &mut Config,
    var: impl Fn(&str) -> Option<String>,
) -> std::result::Result<(), String> {
    if config.get_hosts().is_empty() {
        match var("PGHOST") {
            Some(host) if host.starts_with('/') => {
                config.host_path(host);
            }
            Some(host) => {
                config.host(&host);
            }
            None => {
                config.host_path("/var/run/postgresql");
            }
        }
    }
    if config.get_ports().is_empty()
        && let Some(port) = var("PGPORT")
    {
        let port = port
            .parse()
            .map_err(|_| format!("PGPORT is not a port number: {port}"))?;
        config.port(port);
    }
    if config.get_user().is_none() {
        let user = var("PGUSER")
            .or_else(|| var("USER"))
            .ok_or("no user: put one in the URL (postgres://USER@host/book) or set PGUSER")?;
        config.user(&user);
    }
    if config.get_password().is_none()
        && let Some(password) = var("PGPASSWORD")
    {
        config.password(password);
    }
    if config.get_dbname().is_none()
        && let Some(db) = var("PGDATABASE")
    {
        config.dbname(&db);
    }
    Ok(())
}

/// The host as errors may name it: its name or address (a socket's folder).
fn shown_host(config: &Config) -> String {
    match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(name)) => name.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => String::new(),
    }
}

/// Why connecting failed, in the server's or the network's words (never the password,
/// which neither repeats).
fn connect_reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let text = e.to_string();
            let source = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            if source.is_empty() || text.contains(&source) {
                text
            } else {
                format!("{text}: {source}")
            }
        }
    }
}

/// An environment of these variables only, for the tests of what is read from it.
#[cfg(test)]
pub(super) fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_url_leaves_out_comes_from_the_pg_variables() {
        let mut config = Config::from_str("postgres:///book").unwrap();
        complete_from_env(
            &mut config,
            env(&[
                ("PGHOST", "db.shop.lan"),
                ("PGPORT", "5433"),
                ("PGUSER", "counter"),
                ("PGPASSWORD", "s3cret"),
            ]),
        )
        .unwrap();
        assert_eq!(config.get_user(), Some("counter"));
        assert_eq!(config.get_password(), Some(&b"s3cret"[..]));
        assert_eq!(config.get_ports(), [5433]);
        assert_eq!(config.get_dbname(), Some("book"));
        assert!(matches!(
            &config.get_hosts()[0],
            postgres::config::Host::Tcp(h) if h == "db.shop.lan"
        ));
    }

    #[test]
    fn the_url_wins_over_the_variables_and_bad_ones_are_named() {
        let mut config = Config::from_str("postgres://ana:pw@10.0.0.5:5432/book").unwrap();
        complete_from_env(
            &mut config,
            env(&[("PGUSER", "counter"), ("PGPASSWORD", "other")]),
        )
        .unwrap();
        assert_eq!(config.get_user(), Some("ana"));
        assert_eq!(config.get_password(), Some(&b"pw"[..]));
        let mut config = Config::from_str("postgres:///book").unwrap();
        let err = complete_from_env(&mut config, env(&[("PGPORT", "fifty")])).unwrap_err();
        assert!(err.contains("PGPORT"), "{err}");
    }
}
