//! Courses: packs of bilingual lessons and quizzes (docs/course-pack.md). A pack is read
//! with safe paths and bounded sizes, checked as a whole, and stored in one transaction:
//! an invalid pack changes nothing. The kiosk's own packs (`assets/courses/`) are built
//! into the binary and installed on first start and whenever a newer one ships.

pub mod found;
pub mod learning;
pub mod model;
pub mod problem;
mod render;
mod source;
mod store;
mod validate;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

pub use model::{
    Bilingual, CoursePack, CourseSummary, LessonEntry, LessonView, Manifest, Question,
    QuestionKind, QuestionView, Quiz,
};
pub use problem::{PackProblem, PackProblemView, Problem};
pub use source::{MAX_FILES, MAX_FILE_BYTES, MAX_PACK_BYTES};

use crate::error::{Error, Result};
use crate::{catalog, Store};

static SHIPPED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../assets/courses");

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    Installed {
        id: String,
        version: u32,
    },
    Upgraded {
        id: String,
        from: u32,
        to: u32,
    },
    /// The kiosk already has this version; nothing was written.
    AlreadyCurrent {
        id: String,
        version: u32,
    },
}

/// Reads and checks the pack at `path` (a folder or a zip) without storing anything.
pub fn check_path(store: &Store, path: &Path) -> Result<CoursePack> {
    let files = source::read(path).map_err(invalid)?;
    check_files(store, &files)
}

/// Installs the pack at `path` only if it is one of those found under `roots` (the app's
/// window may name only what [`found::find`] showed it).
pub fn import_found(store: &Store, roots: &[PathBuf], path: &Path) -> Result<Imported> {
    if !found::is_found(roots, path) {
        let problem = Problem::Unreadable {
            detail: "not among the course packs found on the USB stick".into(),
        };
        return Err(invalid(vec![validate::whole_pack(problem)]));
    }
    import_path(store, path)
}

/// Reads, checks and installs the pack at `path`. All or nothing.
pub fn import_path(store: &Store, path: &Path) -> Result<Imported> {
    let pack = check_path(store, path)?;
    import(store, &pack)
}

/// Installs a checked pack unless the kiosk has this version or a newer one.
pub fn import(store: &Store, pack: &CoursePack) -> Result<Imported> {
    let id = pack.manifest.id.clone();
    let offered = pack.manifest.version;
    store.write(|tx| {
        let installed = store::installed_version(tx, &id)?;
        match installed {
            Some(version) if version == offered => {
                return Ok(Imported::AlreadyCurrent { id, version });
            }
            Some(installed) if installed > offered => {
                let problem = Problem::OlderVersion { installed, offered };
                return Err(invalid(vec![validate::whole_pack(problem)]));
            }
            _ => {}
        }
        store::replace(tx, pack)?;
        Ok(match installed {
            Some(from) => Imported::Upgraded {
                id,
                from,
                to: offered,
            },
            None => Imported::Installed {
                id,
                version: offered,
            },
        })
    })
}

/// Installs every pack built into this binary that the kiosk lacks or has older.
/// Runs at every start: a pack whose version (or a newer one) the kiosk already has is
/// only looked at for its id and version, so an ordinary morning start reads no lessons.
pub fn ensure_shipped(store: &Store) -> Result<Vec<Imported>> {
    let mut done = Vec::new();
    let mut schemes: Option<BTreeSet<String>> = None;
    for dir in SHIPPED.dirs() {
        if let Some((id, version)) = shipped_version(dir) {
            // The same version, or a newer one the operator imported, stays.
            let installed = store.read(|conn| store::installed_version(conn, &id))?;
            if let Some(installed) = installed.filter(|v| *v >= version) {
                done.push(Imported::AlreadyCurrent {
                    id,
                    version: installed,
                });
                continue;
            }
        }
        let schemes = match &mut schemes {
            Some(ids) => ids,
            empty => empty.insert(catalog::ids(store)?),
        };
        let pack =
            validate::check(&pack_files(dir), &|id| schemes.contains(id)).map_err(invalid)?;
        done.push(import(store, &pack)?);
    }
    Ok(done)
}

/// The id and version a shipped pack's `course.toml` declares, if it can be read; a pack
/// that cannot is checked in full, which reports why.
fn shipped_version(dir: &Dir<'static>) -> Option<(String, u32)> {
    #[derive(serde::Deserialize)]
    struct Head {
        id: String,
        version: u32,
    }
    let text = dir
        .get_file(dir.path().join("course.toml"))?
        .contents_utf8()?;
    let head: Head = toml::from_str(text).ok()?;
    Some((head.id, head.version))
}

/// Every installed course.
pub fn list(store: &Store) -> Result<Vec<CourseSummary>> {
    store.read(store::summaries)
}

/// The manifest of installed course `id` (its lessons in order), if it is installed.
pub fn course(store: &Store, id: &str) -> Result<Option<Manifest>> {
    store.read(|conn| store::manifest(conn, id))
}

/// One lesson ready to show: safe HTML in both languages and its quiz without answers.
pub fn lesson(store: &Store, course: &str, lesson: &str) -> Result<LessonView> {
    store.read(|conn| {
        let manifest = store::manifest(conn, course)?.ok_or(Error::LessonNotFound)?;
        let position = manifest
            .lessons
            .iter()
            .position(|l| l.id == lesson)
            .ok_or(Error::LessonNotFound)?;
        let (hi, en, quiz) = store::lesson(conn, course, lesson)?.ok_or(Error::LessonNotFound)?;
        let picture = |path: &str| store::picture(conn, course, path).ok().flatten();
        let entry = manifest.lessons[position].clone();
        Ok(LessonView {
            course_id: course.to_string(),
            position: position as u32,
            count: manifest.lessons.len() as u32,
            html_hi: render::lesson_html(render::without_title(&hi, &entry.title.hi), &picture),
            html_en: render::lesson_html(render::without_title(&en, &entry.title.en), &picture),
            entry,
            questions: quiz
                .questions
                .into_iter()
                .map(|q| QuestionView {
                    id: q.id,
                    kind: q.kind,
                    prompt: q.prompt,
                    options: q.options,
                })
                .collect(),
        })
    })
}

/// A lesson's quiz with its right answers (for the operator's tools and tests; the
/// webview gets [`lesson`], which leaves them out).
pub fn quiz(store: &Store, course: &str, lesson: &str) -> Result<Quiz> {
    store.read(|conn| store::quiz(conn, course, lesson)?.ok_or(Error::LessonNotFound))
}

/// The files of one pack in `assets/courses/`, named as inside the pack.
fn pack_files(dir: &Dir<'static>) -> source::PackFiles {
    let mut files = source::PackFiles::new();
    collect(dir, dir.path(), &mut files);
    files
}

fn collect(dir: &Dir<'static>, root: &Path, files: &mut source::PackFiles) {
    for file in dir.files() {
        if let Ok(inside) = file.path().strip_prefix(root) {
            let name = inside.to_string_lossy().replace('\\', "/");
            files.insert(name, file.contents().to_vec());
        }
    }
    for sub in dir.dirs() {
        collect(sub, root, files);
    }
}

fn check_files(store: &Store, files: &source::PackFiles) -> Result<CoursePack> {
    let schemes: BTreeSet<String> = catalog::ids(store)?;
    validate::check(files, &|id| schemes.contains(id)).map_err(invalid)
}

fn invalid(problems: Vec<PackProblem>) -> Error {
    Error::CoursePackInvalid { problems }
}
