//! Course packs the operator can install without typing a path: zip files and pack
//! folders on a USB stick (or in the Downloads folder). The app only imports a path this
//! search found, so the window cannot ask the core to read an arbitrary file.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

/// Lists roots from this variable (separated by `:`) instead of the usual places; tests
/// and unusual set-ups use it.
pub const MEDIA_DIRS_ENV: &str = "GRAM_KIOSK_MEDIA_DIRS";

/// How deep below a root a pack may sit: `/media/user/STICK/courses/pack.zip` is 2.
const MAX_DEPTH: usize = 3;
/// Stops a search of a big disk early; a USB stick of courses is far smaller.
const MAX_ENTRIES: usize = 5_000;
const MAX_FOUND: usize = 50;

/// A pack that looks installable: a `.zip` file, or a folder with a `course.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FoundPack {
    pub path: String,
    /// The file or folder name, as the operator sees it on the stick.
    pub name: String,
    pub zip: bool,
}

/// Where USB sticks appear on Debian desktops, and the user's Downloads folder.
pub fn media_roots() -> Vec<PathBuf> {
    if let Some(list) = std::env::var_os(MEDIA_DIRS_ENV) {
        return std::env::split_paths(&list).collect();
    }
    let mut roots = vec![PathBuf::from("/media"), PathBuf::from("/run/media")];
    if let Some(dirs) = directories::UserDirs::new() {
        roots.extend(dirs.download_dir().map(Path::to_path_buf));
    }
    roots
}

/// Packs under `roots`, by name. Hidden entries and symbolic links are skipped;
/// unreadable folders are passed over quietly (a stick may be half-mounted).
pub fn find(roots: &[PathBuf]) -> Vec<FoundPack> {
    let mut search = Search::default();
    for root in roots {
        search.walk(root, 0);
    }
    search
        .found
        .sort_by(|a, b| a.name.cmp(&b.name).then(a.path.cmp(&b.path)));
    search.found.dedup_by(|a, b| a.path == b.path);
    search.found
}

/// Whether `path` is one of the packs [`find`] lists under `roots`.
pub fn is_found(roots: &[PathBuf], path: &Path) -> bool {
    find(roots).iter().any(|p| Path::new(&p.path) == path)
}

#[derive(Default)]
struct Search {
    found: Vec<FoundPack>,
    entries: usize,
}

impl Search {
    fn walk(&mut self, dir: &Path, depth: usize) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            self.entries += 1;
            if self.entries > MAX_ENTRIES || self.found.len() >= MAX_FOUND {
                return;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            // `file_type` does not follow links: a link is neither file nor folder here.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            if kind.is_file() && name.to_lowercase().ends_with(".zip") {
                self.add(path, name, true);
            } else if kind.is_dir() && path.join("course.toml").is_file() {
                self.add(path, name, false);
            } else if kind.is_dir() && depth < MAX_DEPTH {
                self.walk(&path, depth + 1);
            }
        }
    }

    fn add(&mut self, path: PathBuf, name: String, zip: bool) {
        self.found.push(FoundPack {
            path: path.display().to_string(),
            name,
            zip,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_zips_and_pack_folders_but_not_hidden_deep_or_linked_ones() {
        let root = tempfile::tempdir().expect("tempdir");
        let stick = root.path().join("user").join("PENDRIVE");
        let write = |rel: &str| {
            let path = stick.join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
            std::fs::write(path, b"x").expect("written");
        };
        write("dairy-course.ZIP");
        write("courses/tailoring/course.toml");
        write("courses/tailoring/lessons/one.hi.md");
        write(".Trash/old.zip");
        write("photos/notes.txt");
        write("a/b/c/too-deep.zip");
        std::os::unix::fs::symlink(stick.join("dairy-course.ZIP"), stick.join("link.zip"))
            .expect("symlink");

        let found = find(&[root.path().to_path_buf()]);
        let names: Vec<(&str, bool)> = found.iter().map(|p| (p.name.as_str(), p.zip)).collect();
        assert_eq!(names, [("dairy-course.ZIP", true), ("tailoring", false)]);
        assert!(is_found(
            &[root.path().to_path_buf()],
            &stick.join("courses/tailoring")
        ));
        assert!(!is_found(
            &[root.path().to_path_buf()],
            &stick.join("a/b/c/too-deep.zip")
        ));
        assert!(!is_found(
            &[root.path().to_path_buf()],
            Path::new("/etc/passwd")
        ));
    }

    #[test]
    fn a_missing_root_finds_nothing() {
        assert!(find(&[PathBuf::from("/no/such/stick")]).is_empty());
    }
}
