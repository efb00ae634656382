//! Files the owner reads (reports, backups) written whole or not at all, readable by the
//! owner only: they hold the same names, phones and references as the book.
//!
//! Each file is written under a temporary name beside its final one, flushed to the disk,
//! and only then renamed into place, so a full disk or a crash leaves the old file (or
//! none), never a truncated one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Creates `path` (which must not exist) readable and writable by its owner only.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// A temporary name beside `path`: hidden, and unique to this process and moment.
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let unique = format!(".{name}.{}-{}.part", std::process::id(), fastrand::u64(..));
    path.with_file_name(unique)
}

/// A file written under a temporary name; [`Staged::commit`] renames it into place, and
/// dropping it uncommitted removes it.
pub struct Staged {
    temp: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Staged {
    /// Writes the whole file with `fill` under a temporary name and flushes it to the disk.
    pub fn write(
        path: &Path,
        fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<Staged> {
        let staged = Staged {
            temp: temp_beside(path),
            path: path.to_path_buf(),
            committed: false,
        };
        let file = create_private(&staged.temp)?;
        let mut out = BufWriter::new(file);
        fill(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(staged)
    }

    /// A file some other writer (SQLite's backup) filled at [`Staged::temp`].
    pub fn adopt(temp: PathBuf, path: &Path) -> Staged {
        Staged {
            temp,
            path: path.to_path_buf(),
            committed: false,
        }
    }

    pub fn temp(&self) -> &Path {
        &self.temp
    }

    /// Where the file goes.
    pub fn target(&self) -> &Path {
        &self.path
    }

    /// Renames the file into place (replacing an older one of that name).
    pub fn commit(mut self) -> io::Result<PathBuf> {
        fs::rename(&self.temp, &self.path)?;
        self.committed = true;
        Ok(self.path.clone())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Writes one private file whole or not at all.
pub fn write_private(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    Staged::write(path, fill)?.commit()
}

/// True when the error means the disk (or the owner's quota) is full.
pub fn is_disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// Bytes free for the owner on the disk holding `path` (a file or folder), where the
/// platform says.
pub fn free_bytes(path: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let dir = if path.is_dir() {
            path
        } else {
            path.parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
        };
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        let mut stat = std::mem::MaybeUninit::<libc::statvfs>::uninit();
        // SAFETY: `c` is a NUL-terminated path and `stat` is written by statvfs on success.
        let ok = unsafe { libc::statvfs(c.as_ptr(), stat.as_mut_ptr()) } == 0;
        if !ok {
            return None;
        }
        // SAFETY: statvfs returned 0, so it filled `stat`.
        let stat = unsafe { stat.assume_init() };
        // The fields are u32 on some platforms and u64 on others.
        #[allow(clippy::unnecessary_cast)]
        Some(stat.f_bavail as u64 * stat.f_frsize as u64)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// True when the disk holding `path` has (next to) nothing left.
pub fn disk_is_full(path: &Path) -> bool {
    free_bytes(path).is_some_and(|free| free < 64 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_written_whole_and_private_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        write_private(&path, |w: &mut dyn Write| w.write_all(b"a,b\n")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a,b\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let failed = write_private(&path, |w: &mut dyn Write| {
            w.write_all(b"half")?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "full"))
        });
        assert!(failed.is_err_and(|e| is_disk_full(&e)));
        assert_eq!(fs::read(&path).unwrap(), b"a,b\n", "the old file stays");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }
}
