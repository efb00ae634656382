//! Backups the owner controls: `orderdesk backup`, the automatic daily backup with
//! `backup.keep`, and `orderdesk restore`, against real files and real processes.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::Desk;
use orderdesk::store::Store;

fn backups_of(desk: &Desk) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(desk.path("backups"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

/// A SQLite value read straight from a file, without opening it as a book (which would
/// bring its schema up to date).
fn query(file: &Path, sql: &str) -> i64 {
    let conn =
        rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn backup_makes_a_checked_private_dated_copy() {
    let desk = Desk::with_catalog();
    desk.confirmed_order("+1 512 555 0123", &["SCF-RED:1"]);
    let out = desk.output(&["backup"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    let today = chrono::Local::now().format("book-%Y-%m-%d-").to_string();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&today) && name.ends_with(".sqlite"),
        "{name}"
    );
    assert_eq!(path.parent().unwrap(), desk.path("backups"));
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("1 orders") && said.contains("integrity"),
        "{said}"
    );
    assert_eq!(query(&path, "SELECT count(*) FROM orders"), 1);
    let ok: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");

    // --to a folder puts the dated name inside; --to a file names it; never over a file.
    let elsewhere = desk.path("usb");
    fs::create_dir(&elsewhere).unwrap();
    let to_dir = desk.ok(&["backup", "--to", elsewhere.to_str().unwrap()]);
    assert!(
        to_dir.trim().starts_with(elsewhere.to_str().unwrap()),
        "{to_dir}"
    );
    let file = desk.path("copy.sqlite");
    desk.ok(&["backup", "--to", file.to_str().unwrap()]);
    assert_eq!(query(&file, "SELECT count(*) FROM orders"), 1);
    desk.refused(
        &["backup", "--to", file.to_str().unwrap()],
        &["already exists"],
    );
}

#[test]
fn the_first_use_of_a_day_makes_one_backup_and_keeps_the_newest() {
    let desk = Desk::with_catalog();
    let first = backups_of(&desk);
    assert_eq!(
        first.len(),
        1,
        "the first command of the day made a backup: {first:?}"
    );
    desk.ok(&["catalog", "list"]);
    desk.new_order("+1 512 555 0123", &["SCF-RED:1"]);
    assert_eq!(backups_of(&desk), first, "one a day");

    // Older backups: five earlier days. A new day's first use keeps the newest `keep`.
    fs::remove_file(&first[0]).unwrap();
    for day in 1..=5 {
        let name = format!("book-2020-01-0{day}-120000.sqlite");
        fs::copy(desk.path("book.sqlite"), desk.path("backups").join(name)).unwrap();
    }
    desk.write_config("[backup]\nkeep = 3\n");
    desk.ok(&["catalog", "list"]);
    let kept: Vec<String> = backups_of(&desk)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert!(kept[0].starts_with("book-2020-01-04") && kept[1].starts_with("book-2020-01-05"));
    assert!(kept[2].starts_with(&chrono::Local::now().format("book-%Y-%m-%d").to_string()));

    // keep = 0 turns it off.
    let off = Desk::new();
    off.write_config("[backup]\nkeep = 0\n");
    off.ok(&["catalog", "list"]);
    assert!(backups_of(&off).is_empty());
}

#[test]
fn paths_shows_the_backups_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::bare(dir.path())
        .args(["paths", "--json"])
        .output()
        .unwrap();
    let paths: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let db = PathBuf::from(paths["db"].as_str().unwrap());
    assert_eq!(
        PathBuf::from(paths["backups"].as_str().unwrap()),
        db.parent().unwrap().join("backups")
    );
    let text = common::bare(dir.path()).arg("paths").output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("backups"));
}

#[test]
fn restore_puts_a_backup_back_and_keeps_a_safety_copy() {
    let desk = Desk::with_catalog();
    let n = desk.confirmed_order("+1 512 555 0123", &["SCF-RED:1"]);
    let backup = desk.path("before.sqlite");
    desk.ok(&["backup", "--to", backup.to_str().unwrap()]);
    // Afterwards: more orders, which the restore takes away.
    desk.new_order("+1 512 555 0124", &["SCF-RED:1"]);
    desk.new_order("+1 512 555 0125", &["SCF-RED:1"]);
    assert_eq!(desk.numbers(None).len(), 3);

    let out = desk.output(&["restore", backup.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("restored") && said.contains("1 orders"),
        "{said}"
    );
    assert!(said.contains("before-restore"), "{said}");
    assert_eq!(desk.numbers(None), vec![n]);
    assert_eq!(desk.order(n)["status"], "confirmed");
    desk.ok(&["stock", "check"]);
    // The safety copy holds the three orders the restore replaced.
    let safety = backups_of(&desk)
        .into_iter()
        .find(|p| p.to_string_lossy().contains("before-restore"))
        .expect("a safety copy");
    assert_eq!(query(&safety, "SELECT count(*) FROM orders"), 3);
    #[cfg(unix)]
    assert_eq!(mode(&safety), 0o600);
}

#[test]
fn restore_refuses_what_is_not_a_readable_book_and_changes_nothing() {
    let desk = Desk::with_catalog();
    desk.new_order("+1 512 555 0123", &["SCF-RED:1"]);
    let text = desk.path("notes.txt");
    fs::write(&text, "not a database at all, just some words ".repeat(200)).unwrap();
    desk.refused(
        &["restore", text.to_str().unwrap()],
        &["not an orderdesk database"],
    );

    let foreign = desk.path("other.sqlite");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE songs (title TEXT);")
        .unwrap();
    desk.refused(
        &["restore", foreign.to_str().unwrap()],
        &["another program"],
    );

    let newer = desk.path("newer.sqlite");
    desk.ok(&["backup", "--to", newer.to_str().unwrap()]);
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    desk.refused(&["restore", newer.to_str().unwrap()], &["newer orderdesk"]);

    let damaged = desk.path("damaged.sqlite");
    desk.ok(&["backup", "--to", damaged.to_str().unwrap()]);
    let mut bytes = fs::read(&damaged).unwrap();
    let page = 4096;
    for b in &mut bytes[3 * page + 100..4 * page] {
        *b = 0x5a;
    }
    fs::write(&damaged, bytes).unwrap();
    desk.refused(&["restore", damaged.to_str().unwrap()], &["damaged"]);

    desk.refused(
        &["restore", desk.db.to_str().unwrap()],
        &["the book itself"],
    );
    desk.refused(
        &["restore", desk.path("missing.sqlite").to_str().unwrap()],
        &["missing.sqlite"],
    );
}

#[test]
fn restore_refuses_while_another_desk_has_the_book_open() {
    let desk = Desk::with_catalog();
    let backup = desk.path("b.sqlite");
    desk.ok(&["backup", "--to", backup.to_str().unwrap()]);
    let open_elsewhere = Store::open(&desk.db).unwrap();
    desk.refused(
        &["restore", backup.to_str().unwrap()],
        &["is open in a desk"],
    );
    drop(open_elsewhere);
    desk.ok(&["restore", backup.to_str().unwrap()]);
}

#[test]
fn backup_and_restore_round_trip_while_another_process_writes() {
    let desk = Desk::with_catalog();
    let bin = assert_cmd::cargo::cargo_bin("orderdesk");
    let (db, config) = (desk.db.clone(), desk.config.clone());
    // Another process after another receives stock, one unit each, 40 times.
    let writer = std::thread::spawn(move || {
        for _ in 0..40 {
            let mut cmd = std::process::Command::new(&bin);
            cmd.arg("--db").arg(&db).arg("--config").arg(&config);
            cmd.args(["stock", "receive", "TEE-WHT-S", "1"]);
            let ok = cmd.output().unwrap().status.success();
            assert!(ok, "a write failed while backing up");
        }
    });
    let mut copies = Vec::new();
    for i in 0..5 {
        let to = desk.path(&format!("during-{i}.sqlite"));
        desk.ok(&["backup", "--to", to.to_str().unwrap()]);
        copies.push(to);
    }
    writer.join().unwrap();
    let mut last_on_hand = 0;
    for copy in &copies {
        let on_hand = query(copy, "SELECT on_hand FROM products WHERE sku = 'TEE-WHT-S'");
        let moves = query(
            copy,
            "SELECT COALESCE(SUM(qty), 0) FROM stock_moves WHERE sku = 'TEE-WHT-S'",
        );
        assert_eq!(
            on_hand,
            moves,
            "{}: counters and ledger agree",
            copy.display()
        );
        assert!((10..=50).contains(&on_hand) && on_hand >= last_on_hand);
        last_on_hand = on_hand;
    }
    let last = copies.last().unwrap();
    desk.ok(&["restore", last.to_str().unwrap()]);
    assert_eq!(desk.stock("TEE-WHT-S").0, last_on_hand);
    desk.ok(&["stock", "check"]);
}

#[test]
fn the_desk_help_says_when_the_last_backup_was_made() {
    use orderdesk::ops::Desk as Book;
    use orderdesk::tui::harness::Harness;
    let dir = tempfile::tempdir().unwrap();
    let book = Book::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        orderdesk::config::Config::default(),
    );
    let now = chrono::Utc::now();
    let mut h = Harness::new(book, 120, 40, now.fixed_offset());
    h.keys("?");
    assert!(
        h.screen().contains("No backup of this book yet"),
        "{}",
        h.screen()
    );
    h.keys("Esc");
    h.app.last_backup = Some(now - chrono::Duration::days(3));
    h.keys("?");
    assert!(
        h.screen().contains("Last backup 3 days ago"),
        "{}",
        h.screen()
    );
}
