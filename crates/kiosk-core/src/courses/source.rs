//! The files of a course pack, read from a folder or a zip file with every path checked
//! and every size bounded before anything is parsed. A zip's declared sizes are not
//! trusted: each entry is read through a limit, so a decompression bomb stops early.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path};

use super::problem::{PackProblem, Problem};

/// The most one file of a pack may hold.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// The most files a pack may hold.
pub const MAX_FILES: usize = 500;
/// The most a whole pack may unpack to.
pub const MAX_PACK_BYTES: u64 = 20 * 1024 * 1024;

/// Path inside the pack (always `/`-separated, e.g. `lessons/01-idea.hi.md`) to bytes.
pub type PackFiles = BTreeMap<String, Vec<u8>>;

/// What the pack is called in problems about the pack as a whole.
pub const PACK: &str = "(pack)";

/// Reads a pack from a folder, or from a `.zip` file of it.
pub fn read(path: &Path) -> Result<PackFiles, Vec<PackProblem>> {
    let metadata = std::fs::symlink_metadata(path).map_err(|e| unreadable(e.to_string()))?;
    if metadata.is_dir() {
        read_folder(path)
    } else if metadata.is_file() {
        read_zip(path)
    } else {
        Err(vec![PackProblem::new(PACK, None, Problem::Symlink)])
    }
}

fn unreadable(detail: String) -> Vec<PackProblem> {
    vec![PackProblem::new(PACK, None, Problem::Unreadable { detail })]
}

/// Collects files while keeping count of the pack's limits.
#[derive(Default)]
struct Collector {
    files: PackFiles,
    total: u64,
    problems: Vec<PackProblem>,
}

impl Collector {
    /// False once the pack is too big to go on reading.
    fn room_for_more(&mut self) -> bool {
        if self.files.len() >= MAX_FILES {
            let count = self.files.len() + 1;
            self.problem(PACK, Problem::TooManyFiles { count });
            return false;
        }
        true
    }

    fn add(&mut self, name: String, reader: impl Read) -> std::io::Result<bool> {
        let mut bytes = Vec::new();
        reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        let size = bytes.len() as u64;
        if size > MAX_FILE_BYTES {
            self.problem(&name, Problem::FileTooLarge { bytes: size });
            return Ok(true);
        }
        self.total += size;
        if self.total > MAX_PACK_BYTES {
            self.problem(PACK, Problem::TooLarge);
            return Ok(false);
        }
        self.files.insert(name, bytes);
        Ok(true)
    }

    fn problem(&mut self, file: &str, problem: Problem) {
        self.problems.push(PackProblem::new(file, None, problem));
    }

    fn finish(self) -> Result<PackFiles, Vec<PackProblem>> {
        if self.problems.is_empty() {
            Ok(self.files)
        } else {
            Err(self.problems)
        }
    }
}

/// Files the authors' computers leave behind: skipped, never an error.
fn is_clutter(name: &str) -> bool {
    name.split('/')
        .any(|part| part.starts_with('.') && part != "." && part != "..")
        || name.starts_with("__MACOSX/")
}

fn read_folder(root: &Path) -> Result<PackFiles, Vec<PackProblem>> {
    let mut collector = Collector::default();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| unreadable(e.to_string()))?;
        let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let Some(name) = inside_name(root, &path) else {
                collector.problem(&path.display().to_string(), Problem::UnsafePath);
                continue;
            };
            if is_clutter(&name) {
                continue;
            }
            let kind = entry.file_type().map_err(|e| unreadable(e.to_string()))?;
            if kind.is_symlink() {
                collector.problem(&name, Problem::Symlink);
            } else if kind.is_dir() {
                pending.push(path);
            } else if !collector.room_for_more() {
                return collector.finish();
            } else {
                let file = std::fs::File::open(&path).map_err(|e| unreadable(e.to_string()))?;
                let more = collector
                    .add(name, file)
                    .map_err(|e| unreadable(e.to_string()))?;
                if !more {
                    return collector.finish();
                }
            }
        }
    }
    collector.finish()
}

/// `root/lessons/a.md` -> `lessons/a.md`; `None` for anything not plainly inside.
fn inside_name(root: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root).ok()?;
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| match c {
            Component::Normal(part) => part.to_str(),
            _ => None,
        })
        .collect();
    let parts = parts?;
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// A zip entry's name if it is a plain relative path: no `..`, no root, no drive, no
/// backslashes (which some zip tools write for folders).
fn safe_zip_name(name: &str) -> Option<&str> {
    let plain = !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && !name.contains('\0')
        && name
            .trim_end_matches('/')
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    plain.then_some(name)
}

fn read_zip(path: &Path) -> Result<PackFiles, Vec<PackProblem>> {
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| unreadable(e.to_string()))?;
    let mut collector = Collector::default();
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|e| unreadable(e.to_string()))?;
        let raw = entry.name().to_string();
        let Some(name) = safe_zip_name(&raw) else {
            collector.problem(&raw, Problem::UnsafePath);
            continue;
        };
        let name = name.to_string();
        if entry.is_dir() || is_clutter(&name) {
            continue;
        }
        if entry.is_symlink() {
            collector.problem(&name, Problem::Symlink);
            continue;
        }
        if !collector.room_for_more() {
            return collector.finish();
        }
        let more = collector
            .add(name, entry)
            .map_err(|e| unreadable(e.to_string()))?;
        if !more {
            return collector.finish();
        }
    }
    collector.finish().map(strip_top_folder)
}

/// A zip made of the pack's folder holds `enterprise-basics/course.toml`; the pack
/// starts inside that folder.
fn strip_top_folder(files: PackFiles) -> PackFiles {
    if files.contains_key("course.toml") {
        return files;
    }
    let tops: std::collections::BTreeSet<&str> = files
        .keys()
        .map(|name| name.split('/').next().unwrap_or_default())
        .collect();
    let top = match tops.into_iter().collect::<Vec<_>>().as_slice() {
        [only] if files.contains_key(&format!("{only}/course.toml")) => format!("{only}/"),
        _ => return files,
    };
    files
        .into_iter()
        .map(|(name, bytes)| match name.strip_prefix(top.as_str()) {
            Some(inside) => (inside.to_string(), bytes),
            None => (name, bytes),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_zip_names_are_safe() {
        for good in [
            "course.toml",
            "lessons/01.hi.md",
            "pack/images/a.svg",
            "lessons/",
        ] {
            assert!(safe_zip_name(good).is_some(), "{good}");
        }
        for bad in [
            "../evil",
            "lessons/../../etc/passwd",
            "/etc/passwd",
            "C:/x",
            "a\\b",
            "",
            "a//b",
            "./course.toml",
        ] {
            assert!(safe_zip_name(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn hidden_files_and_mac_folders_are_clutter() {
        assert!(is_clutter(".DS_Store"));
        assert!(is_clutter("images/._market.svg"));
        assert!(is_clutter("__MACOSX/course.toml"));
        assert!(!is_clutter("images/market.svg"));
    }
}
