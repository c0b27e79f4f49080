//! Course packs from real folders and zip files: a good pack installs, upgrades and
//! re-imports cleanly; each bad pack is refused with its problem, file and line, and
//! leaves the kiosk's courses exactly as they were.

use std::io::Write;
use std::path::{Path, PathBuf};

#[path = "common/packs.rs"]
mod packs;

use kiosk_core::courses::{self, Imported, PackProblem};
use kiosk_core::{catalog, Error, Language, Localizer, Store};
use packs::{edit, good_pack};

fn zip_of(entries: &[(&str, &[u8])], out: &Path) -> PathBuf {
    let file = std::fs::File::create(out).expect("zip file");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("bytes");
    }
    zip.finish().expect("zip written");
    out.to_path_buf()
}

/// Every file of a pack folder as zip entries, under `prefix`.
fn entries_of(root: &Path, prefix: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let inside = path.strip_prefix(root).expect("inside").to_string_lossy();
                out.push((
                    format!("{prefix}{inside}"),
                    std::fs::read(&path).expect("read"),
                ));
            }
        }
    }
    out
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("data")).expect("opens");
    catalog::ensure_current(&store).expect("catalog");
    (dir, store)
}

fn problems(error: Error) -> Vec<PackProblem> {
    match error {
        Error::CoursePackInvalid { problems } => problems,
        other => panic!("expected a refused pack, got {other}"),
    }
}

/// What the kiosk holds, to compare before and after a refused import.
fn snapshot(store: &Store) -> String {
    format!("{:?}", courses::list(store).expect("lists"))
}

#[test]
fn a_good_pack_installs_from_a_folder_and_from_a_zip() {
    let (dir, store) = store();
    let root = good_pack(dir.path());
    let installed = courses::import_path(&store, &root).expect("imports");
    assert_eq!(
        installed,
        Imported::Installed {
            id: "test-course".into(),
            version: 1
        }
    );
    let listed = courses::list(&store).expect("lists");
    let course = listed
        .iter()
        .find(|c| c.id == "test-course")
        .expect("listed");
    assert_eq!(course.lessons, 2);
    assert_eq!(course.title.hi, "परीक्षा कोर्स");
    assert_eq!(
        courses::import_path(&store, &root).expect("again"),
        Imported::AlreadyCurrent {
            id: "test-course".into(),
            version: 1
        }
    );

    // The same pack zipped with its folder, as a USB stick would carry it.
    edit(&root, "course.toml", |t| {
        t.replace("version = 1", "version = 2")
    });
    let entries = entries_of(&root, "test-course/");
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zip = zip_of(&borrowed, &dir.path().join("course.zip"));
    assert_eq!(
        courses::import_path(&store, &zip).expect("zip imports"),
        Imported::Upgraded {
            id: "test-course".into(),
            from: 1,
            to: 2
        }
    );
}

/// One broken pack: how to break the good one, and what must be reported.
struct Case {
    name: &'static str,
    code: &'static str,
    file: &'static str,
    line: Option<usize>,
    breaks: fn(&Path, &Path) -> PathBuf,
}

fn folder(root: &Path, _scratch: &Path) -> PathBuf {
    root.to_path_buf()
}

const CASES: &[Case] = &[
    Case {
        name: "no Hindi title",
        code: "courses.pack.missing_language",
        file: "course.toml",
        line: Some(6),
        breaks: |root, s| {
            edit(root, "course.toml", |t| {
                t.replace("hi = \"परीक्षा कोर्स\"\n", "")
            });
            folder(root, s)
        },
    },
    Case {
        name: "no English explanation",
        code: "courses.pack.missing_language",
        file: "quizzes/02-second.toml",
        line: Some(7),
        breaks: |root, s| {
            edit(root, "quizzes/02-second.toml", |t| {
                t.replacen(", en = \"Two and two make four.\"", "", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "a lesson file missing",
        code: "courses.pack.missing_file",
        file: "lessons/02-second.en.md",
        line: None,
        breaks: |root, s| {
            std::fs::remove_file(root.join("lessons/02-second.en.md")).expect("removed");
            folder(root, s)
        },
    },
    Case {
        name: "an empty Hindi lesson",
        code: "courses.pack.missing_language",
        file: "lessons/02-second.hi.md",
        line: None,
        breaks: |root, s| {
            std::fs::write(root.join("lessons/02-second.hi.md"), "  \n").expect("written");
            folder(root, s)
        },
    },
    Case {
        name: "a quiz missing",
        code: "courses.pack.missing_file",
        file: "quizzes/01-first.toml",
        line: None,
        breaks: |root, s| {
            std::fs::remove_file(root.join("quizzes/01-first.toml")).expect("removed");
            folder(root, s)
        },
    },
    Case {
        name: "a broken image reference",
        code: "courses.pack.broken_image",
        file: "lessons/01-first.en.md",
        line: Some(3),
        breaks: |root, s| {
            edit(root, "lessons/01-first.en.md", |t| {
                t.replace("shop.svg", "shop.png")
            });
            folder(root, s)
        },
    },
    Case {
        name: "a right answer out of range",
        code: "courses.pack.answer_out_of_range",
        file: "quizzes/01-first.toml",
        line: Some(6),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen("correct = [2]", "correct = [5]", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "a right answer counted from 0",
        code: "courses.pack.answer_out_of_range",
        file: "quizzes/01-first.toml",
        line: Some(6),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen("correct = [2]", "correct = [0]", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "two right answers to a single-choice question",
        code: "courses.pack.right_answers",
        file: "quizzes/01-first.toml",
        line: Some(6),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen("correct = [2]", "correct = [1, 2]", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "one option only",
        code: "courses.pack.option_count",
        file: "quizzes/01-first.toml",
        line: Some(5),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen(
                    "options = [{ hi = \"तीन\", en = \"Three\" }, ",
                    "options = [",
                    1,
                )
                .replacen("correct = [2]", "correct = [1]", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "two questions only",
        code: "courses.pack.few_questions",
        file: "quizzes/02-second.toml",
        line: None,
        breaks: |root, s| {
            edit(root, "quizzes/02-second.toml", |t| {
                let cut = t.rfind("[[questions]]").expect("a question");
                t[..cut].to_string()
            });
            folder(root, s)
        },
    },
    Case {
        name: "a lesson id twice",
        code: "courses.pack.duplicate_id",
        file: "course.toml",
        line: Some(20),
        breaks: |root, s| {
            edit(root, "course.toml", |t| {
                t.replace("id = \"02-second\"", "id = \"01-first\"")
            });
            folder(root, s)
        },
    },
    Case {
        name: "a question id twice",
        code: "courses.pack.duplicate_id",
        file: "quizzes/01-first.toml",
        line: Some(10),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen("id = \"q2\"", "id = \"q1\"", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "a course id with spaces",
        code: "courses.pack.bad_id",
        file: "course.toml",
        line: Some(1),
        breaks: |root, s| {
            edit(root, "course.toml", |t| {
                t.replace("\"test-course\"", "\"Test Course\"")
            });
            folder(root, s)
        },
    },
    Case {
        name: "no lessons",
        code: "courses.pack.no_lessons",
        file: "course.toml",
        line: None,
        breaks: |root, s| {
            edit(root, "course.toml", |t| {
                let cut = t.find("[[lessons]]").expect("lessons");
                t[..cut].to_string()
            });
            folder(root, s)
        },
    },
    Case {
        name: "a TOML syntax error",
        code: "courses.pack.syntax",
        file: "course.toml",
        line: Some(4),
        breaks: |root, s| {
            edit(root, "course.toml", |t| {
                t.replace("minutes = 20", "minutes = = 20")
            });
            folder(root, s)
        },
    },
    Case {
        name: "an unknown key",
        code: "courses.pack.syntax",
        file: "quizzes/01-first.toml",
        line: Some(3),
        breaks: |root, s| {
            edit(root, "quizzes/01-first.toml", |t| {
                t.replacen("kind = \"single\"", "kind = \"essay\"", 1)
            });
            folder(root, s)
        },
    },
    Case {
        name: "HTML in a lesson",
        code: "courses.pack.html_in_lesson",
        file: "lessons/02-second.en.md",
        line: Some(3),
        breaks: |root, s| {
            edit(root, "lessons/02-second.en.md", |t| {
                t.replace("Profit", "<script>x()</script>Profit")
            });
            folder(root, s)
        },
    },
    Case {
        name: "a link to the internet",
        code: "courses.pack.bad_link",
        file: "lessons/01-first.hi.md",
        line: Some(5),
        breaks: |root, s| {
            edit(root, "lessons/01-first.hi.md", |t| {
                t.replace("scheme:pmmy", "https://example.org")
            });
            folder(root, s)
        },
    },
    Case {
        name: "a scheme the catalog does not have",
        code: "courses.pack.unknown_scheme",
        file: "lessons/01-first.en.md",
        line: Some(5),
        breaks: |root, s| {
            edit(root, "lessons/01-first.en.md", |t| {
                t.replace("scheme:pmmy", "scheme:no-such")
            });
            folder(root, s)
        },
    },
    Case {
        name: "a text file named .png",
        code: "courses.pack.not_an_image",
        file: "images/notes.png",
        line: None,
        breaks: |root, s| {
            std::fs::write(root.join("images/notes.png"), "hello").expect("written");
            folder(root, s)
        },
    },
    Case {
        name: "an SVG with a script",
        code: "courses.pack.svg_script",
        file: "images/shop.svg",
        line: None,
        breaks: |root, s| {
            std::fs::write(
                root.join("images/shop.svg"),
                "<svg onload=\"steal()\"></svg>",
            )
            .expect("written");
            folder(root, s)
        },
    },
    Case {
        name: "a file over 2 MB",
        code: "courses.pack.file_too_large",
        file: "images/big.png",
        line: None,
        breaks: |root, s| {
            let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
            png.resize(2 * 1024 * 1024 + 1, 0);
            std::fs::write(root.join("images/big.png"), png).expect("written");
            folder(root, s)
        },
    },
    Case {
        name: "more than 500 files",
        code: "courses.pack.too_many_files",
        file: "(pack)",
        line: None,
        breaks: |root, s| {
            std::fs::create_dir_all(root.join("extra")).expect("folder");
            for n in 0..500 {
                std::fs::write(root.join(format!("extra/{n}.txt")), "x").expect("written");
            }
            folder(root, s)
        },
    },
    Case {
        name: "a symbolic link",
        code: "courses.pack.symlink",
        file: "images/passwd.svg",
        line: None,
        breaks: |root, s| {
            std::os::unix::fs::symlink("/etc/passwd", root.join("images/passwd.svg"))
                .expect("linked");
            folder(root, s)
        },
    },
    Case {
        name: "a zip entry climbing out with ..",
        code: "courses.pack.unsafe_path",
        file: "../evil.txt",
        line: None,
        breaks: |root, scratch| {
            let mut entries = entries_of(root, "");
            entries.push(("../evil.txt".into(), b"x".to_vec()));
            zip_entries(&entries, scratch)
        },
    },
    Case {
        name: "a zip entry with an absolute path",
        code: "courses.pack.unsafe_path",
        file: "/etc/cron.d/evil",
        line: None,
        breaks: |root, scratch| {
            let mut entries = entries_of(root, "");
            entries.push(("/etc/cron.d/evil".into(), b"x".to_vec()));
            zip_entries(&entries, scratch)
        },
    },
    Case {
        name: "a zip bomb: one entry of 50 MB of zeros",
        code: "courses.pack.file_too_large",
        file: "images/bomb.png",
        line: None,
        breaks: |root, scratch| {
            let mut entries = entries_of(root, "");
            entries.push(("images/bomb.png".into(), vec![0u8; 50 * 1024 * 1024]));
            zip_entries(&entries, scratch)
        },
    },
    Case {
        name: "a zip that unpacks to more than 20 MB",
        code: "courses.pack.too_large",
        file: "(pack)",
        line: None,
        breaks: |root, scratch| {
            let mut entries = entries_of(root, "");
            for n in 0..12 {
                entries.push((format!("images/fill{n}.png"), vec![0u8; 2 * 1024 * 1024]));
            }
            zip_entries(&entries, scratch)
        },
    },
    Case {
        name: "a file that is not a zip",
        code: "courses.pack.unreadable",
        file: "(pack)",
        line: None,
        breaks: |_root, scratch| {
            let path = scratch.join("not-a.zip");
            std::fs::write(&path, "just text").expect("written");
            path
        },
    },
];

fn zip_entries(entries: &[(String, Vec<u8>)], scratch: &Path) -> PathBuf {
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    zip_of(&borrowed, &scratch.join("pack.zip"))
}

#[test]
fn every_bad_pack_is_refused_with_its_problem_and_changes_nothing() {
    let (dir, store) = store();
    // A course already on the kiosk, which no refused import may touch.
    let installed = good_pack(&dir.path().join("installed"));
    courses::import_path(&store, &installed).expect("the good pack installs");
    edit(&installed, "course.toml", |t| {
        t.replace("version = 1", "version = 2")
    });
    let before = snapshot(&store);
    let localizer = Localizer::embedded();
    let mut failures = Vec::new();
    for (n, case) in CASES.iter().enumerate() {
        let scratch = dir.path().join(format!("case-{n}"));
        let root = good_pack(&scratch);
        // Bump the version so that a pack that wrongly passed would change the kiosk.
        edit(&root, "course.toml", |t| {
            t.replace("version = 1", "version = 2")
        });
        let path = (case.breaks)(&root, &scratch);
        let found = match courses::import_path(&store, &path) {
            Ok(done) => {
                failures.push(format!("{}: accepted ({done:?})", case.name));
                continue;
            }
            Err(error) => problems(error),
        };
        let hit = found
            .iter()
            .find(|p| p.code() == case.code && p.file == case.file && p.line == case.line);
        match hit {
            Some(problem) => {
                for lang in [Language::Hi, Language::En] {
                    let text = problem.message(&localizer, lang);
                    assert!(
                        text.contains(case.file) && !text.contains("pack-"),
                        "{}: {text}",
                        case.name
                    );
                }
            }
            None => failures.push(format!(
                "{}: wanted {} at {}:{:?}, got {:?}",
                case.name, case.code, case.file, case.line, found
            )),
        }
        assert_eq!(snapshot(&store), before, "{} changed the kiosk", case.name);
    }
    assert!(CASES.len() >= 25);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_older_version_is_refused_and_the_newer_one_kept() {
    let (dir, store) = store();
    let root = good_pack(dir.path());
    edit(&root, "course.toml", |t| {
        t.replace("version = 1", "version = 3")
    });
    courses::import_path(&store, &root).expect("v3 installs");
    edit(&root, "course.toml", |t| {
        t.replace("version = 3", "version = 2")
    });
    let found = problems(courses::import_path(&store, &root).expect_err("v2 refused"));
    assert_eq!(found[0].code(), "courses.pack.older_version");
    let text = found[0].message(&Localizer::embedded(), Language::Hi);
    assert!(text.contains('3') && text.contains('2'), "{text}");
    let listed = courses::list(&store).expect("lists");
    assert_eq!(
        listed
            .iter()
            .find(|c| c.id == "test-course")
            .map(|c| c.version),
        Some(3)
    );
}

#[test]
fn the_shipped_courses_are_valid_and_install_once() {
    let (_dir, store) = store();
    let first = courses::ensure_shipped(&store).expect("shipped packs are valid");
    assert!(first.len() >= 4, "only {} courses shipped", first.len());
    assert!(first
        .iter()
        .all(|d| matches!(d, Imported::Installed { .. })));
    let again = courses::ensure_shipped(&store).expect("again");
    assert!(again
        .iter()
        .all(|d| matches!(d, Imported::AlreadyCurrent { .. })));
    for course in courses::list(&store).expect("lists") {
        assert!(
            course.lessons >= 5,
            "{} has {} lessons",
            course.id,
            course.lessons
        );
    }
}

#[test]
fn an_installed_lesson_shows_as_html_with_its_pictures_and_a_quiz_without_answers() {
    let (dir, store) = store();
    courses::import_path(&store, &good_pack(dir.path())).expect("installs");
    let view = courses::lesson(&store, "test-course", "01-first").expect("lesson");
    assert_eq!((view.position, view.count), (0, 2));
    assert_eq!(view.entry.title.hi, "पहला पाठ");
    assert!(view.html_hi.contains("<h2>दुकान</h2>"), "{}", view.html_hi);
    assert!(
        view.html_en.contains("src=\"data:image/svg+xml;base64,"),
        "{}",
        view.html_en
    );
    assert!(
        view.html_en.contains("data-scheme=\"pmmy\""),
        "{}",
        view.html_en
    );
    assert_eq!(view.questions.len(), 3);
    let shown = serde_json::to_string(&view.questions).expect("json");
    assert!(
        !shown.contains("correct") && !shown.contains("explanation"),
        "{shown}"
    );
    let second = courses::lesson(&store, "test-course", "02-second").expect("lesson");
    assert!(
        second.html_en.contains("Profit &lt; cost"),
        "{}",
        second.html_en
    );
    for (course, lesson) in [("test-course", "09-none"), ("no-course", "01-first")] {
        let error = courses::lesson(&store, course, lesson).expect_err("no such lesson");
        assert_eq!(error.code(), "courses.lesson_not_found");
    }
}

#[test]
fn a_newer_version_imported_by_the_operator_survives_the_next_start() {
    let (dir, store) = store();
    courses::ensure_shipped(&store).expect("first start");
    // The operator imports version 99 of a shipped course from a USB stick.
    let shipped =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/courses/money-bookkeeping");
    let copy = dir.path().join("usb/money-bookkeeping");
    for entry in entries_of(&shipped, "") {
        let path = copy.join(&entry.0);
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        std::fs::write(path, &entry.1).expect("copied");
    }
    edit(&copy, "course.toml", |t| {
        t.replacen("version = 1", "version = 99", 1)
    });
    courses::import_path(&store, &copy).expect("v99 installs");
    let next_start = courses::ensure_shipped(&store).expect("the next start still works");
    assert!(next_start
        .iter()
        .all(|d| matches!(d, Imported::AlreadyCurrent { .. })));
    let listed = courses::list(&store).expect("lists");
    let money = listed
        .iter()
        .find(|c| c.id == "money-bookkeeping")
        .expect("listed");
    assert_eq!(
        money.version, 99,
        "the shipped version replaced the newer one"
    );
    assert!(listed.len() >= 4);
}

#[test]
fn the_app_installs_only_a_pack_found_on_the_usb_stick() {
    let (dir, store) = store();
    let stick = dir.path().join("media").join("kiosk").join("PENDRIVE");
    std::fs::create_dir_all(&stick).expect("stick");
    let pack = good_pack(&stick);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("elsewhere");

    let before = snapshot(&store);
    let error = courses::import_found(&store, &[elsewhere], &pack).expect_err("not found there");
    assert_eq!(problems(error)[0].code(), "courses.pack.unreadable");
    assert_eq!(snapshot(&store), before, "a refused path changed the kiosk");

    let found = courses::found::find(&[dir.path().join("media")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(Path::new(&found[0].path), pack);
    let done = courses::import_found(&store, &[dir.path().join("media")], &pack).expect("imports");
    assert!(matches!(done, Imported::Installed { .. }), "{done:?}");
}
