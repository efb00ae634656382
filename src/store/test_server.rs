//! A throwaway PostgreSQL for the tests (built only for them and the benchmarks).
//!
//! `ORDERDESK_TEST_PG` names a server the tests may create databases on, as a URL without a
//! database (`postgresql://USER@127.0.0.1:5432`, `postgresql://USER@?host=/run/pg`):
//! `.ci/run` starts one and sets it. Without it, the first test that asks starts a cluster
//! of its own in a temporary folder, on a unix socket only (PostgreSQL's server binaries
//! from the distribution's package), and a watchdog stops and removes it when the test
//! process ends. Each test gets a fresh database. Where no server can be had, a test says
//! why and skips, except under `CI=true`, where it fails. `tls_server` starts a cluster of
//! its own that speaks TLS on 127.0.0.1, with a certificate the test made.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where tests create their databases: a URL prefix without the database.
struct Server {
    /// `postgresql://USER@HOST` (the database is appended).
    prefix: String,
    /// `?host=…&port=…` or empty.
    query: String,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The URL of a new, empty database for one test; None (after saying why) where no
/// PostgreSQL can be had outside CI. Under `CI=true` a missing server fails the test.
pub fn fresh_book() -> Option<String> {
    match SERVER.get_or_init(start) {
        Ok(server) => Some(server.create_database()),
        Err(reason) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("PostgreSQL is needed in CI: {reason}");
            }
            eprintln!("skipped on PostgreSQL: {reason}");
            None
        }
    }
}

impl Server {
    fn url(&self, db: &str) -> String {
        format!("{}/{db}{}", self.prefix, self.query)
    }

    fn create_database(&self) -> String {
        let name = format!(
            "orderdesk_test_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .unwrap_or_else(|e| panic!("the test server stopped answering: {e}"));
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));
        self.url(&name)
    }
}

fn start() -> Result<Server, String> {
    if let Ok(url) = std::env::var("ORDERDESK_TEST_PG") {
        let (prefix, query) = match url.split_once('?') {
            Some((p, q)) => (p.trim_end_matches('/').to_string(), format!("?{q}")),
            None => (url.trim_end_matches('/').to_string(), String::new()),
        };
        return Ok(Server { prefix, query });
    }
    let dir = std::env::temp_dir().join(format!("orderdesk-pg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    start_cluster(
        &dir,
        &format!(
            "-k {} -c listen_addresses='' -p 5432 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=200",
            dir.display()
        ),
    )?;
    Ok(Server {
        prefix: "postgresql://orderdesk@".into(),
        query: format!("?host={}&port=5432", dir.display()),
    })
}

/// A cluster of its own speaking TLS on 127.0.0.1, for the tests of `sslmode`.
pub struct TlsServer {
    /// Its TCP port on 127.0.0.1 (and `localhost`).
    pub port: u16,
    /// A database on it for a book, by name.
    pub database: String,
}

/// Starts a cluster with `ssl=on`, the certificate `cert_pem` (its chain, PEM) and its key
/// `key_pem`, listening on 127.0.0.1 only at `port` (a free one the test found), with a
/// database `book`; stopped and removed when
/// the test process ends. None (after saying why) where no server binaries can be had
/// outside CI; under `CI=true` that fails.
pub fn tls_server(cert_pem: &str, key_pem: &str, port: u16) -> Option<TlsServer> {
    match start_tls(cert_pem, key_pem, port) {
        Ok(server) => Some(server),
        Err(reason) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("a PostgreSQL cluster with TLS is needed in CI: {reason}");
            }
            eprintln!("skipped on PostgreSQL with TLS: {reason}");
            None
        }
    }
}

fn start_tls(cert_pem: &str, key_pem: &str, port: u16) -> Result<TlsServer, String> {
    let dir = std::env::temp_dir().join(format!(
        "orderdesk-pg-tls-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    let (cert, key) = (dir.join("server.crt"), dir.join("server.key"));
    std::fs::write(&cert, cert_pem).map_err(|e| format!("cannot write the certificate: {e}"))?;
    std::fs::write(&key, key_pem).map_err(|e| format!("cannot write the key: {e}"))?;
    // The server refuses a key others may read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("cannot protect the key: {e}"))?;
    }
    start_cluster(
        &dir,
        &format!(
            "-k {dir} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off \
             -c synchronous_commit=off -c ssl=on -c ssl_cert_file={cert} \
             -c ssl_key_file={key}",
            dir = dir.display(),
            cert = cert.display(),
            key = key.display()
        ),
    )?;
    let server = Server {
        prefix: "postgresql://orderdesk@".into(),
        query: format!("?host={}&port={port}", dir.display()),
    };
    let mut admin = postgres::Client::connect(&server.url("postgres"), postgres::NoTls)
        .map_err(|e| format!("the TLS cluster does not answer: {e}"))?;
    admin
        .batch_execute("CREATE DATABASE book")
        .map_err(|e| format!("cannot create a database: {e}"))?;
    Ok(TlsServer {
        port,
        database: "book".into(),
    })
}

/// Makes a cluster in `dir/data` from the distribution's binaries and starts it with the
/// server `options`; a watchdog stops it and removes `dir` when this process ends.
fn start_cluster(dir: &Path, options: &str) -> Result<(), String> {
    let bin = server_binaries().ok_or(
        "no PostgreSQL server binaries (install the distribution's `postgresql` package, \
         or set ORDERDESK_TEST_PG to a server's URL)",
    )?;
    let data = dir.join("data");
    // initdb refuses to run as root: the cluster then belongs to the `postgres` account.
    let owner = if is_root() { Some("postgres") } else { None };
    if let Some(user) = owner {
        run(Command::new("chown").arg("-R").arg(user).arg(dir))?;
    }
    let as_owner = |program: &Path| -> Command {
        match owner {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(program);
                c
            }
            None => Command::new(program),
        }
    };
    run(as_owner(&bin.join("initdb")).arg("-D").arg(&data).args([
        "-U",
        "orderdesk",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    ]))?;
    run(as_owner(&bin.join("pg_ctl"))
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(dir.join("log"))
        .args(["-w", "-o", options, "start"]))?;
    // The watchdog: when this test process is gone, stop the cluster and remove it.
    let stop = match owner {
        Some(user) => format!(
            "runuser -u {user} -- '{}' -D '{}' stop -m immediate",
            bin.join("pg_ctl").display(),
            data.display()
        ),
        None => format!(
            "'{}' -D '{}' stop -m immediate",
            bin.join("pg_ctl").display(),
            data.display()
        ),
    };
    let watchdog = format!(
        "while [ -d /proc/{pid} ]; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        dir = dir.display()
    );
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the cluster's watchdog: {e}"))?;
    Ok(())
}

fn run(command: &mut Command) -> Result<(), String> {
    let out = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// The newest PostgreSQL's server binaries: Debian keeps them out of PATH.
fn server_binaries() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        unsafe { libc::geteuid() == 0 }
    }
    #[cfg(not(unix))]
    {
        false
    }
}
