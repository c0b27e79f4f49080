//! A small good course pack written to a folder, for tests to install or break.

#![allow(dead_code)] // each test file uses part of it

use std::path::{Path, PathBuf};

pub const MANIFEST: &str = r#"id = "test-course"
version = 1
level = "beginner"
minutes = 20

[title]
hi = "परीक्षा कोर्स"
en = "Test course"

[description]
hi = "जाँच के लिए छोटा कोर्स।"
en = "A small course for tests."

[[lessons]]
id = "01-first"
minutes = 10
title = { hi = "पहला पाठ", en = "First lesson" }

[[lessons]]
id = "02-second"
minutes = 10
title = { hi = "दूसरा पाठ", en = "Second lesson" }
"#;

pub const QUIZ: &str = r#"[[questions]]
id = "q1"
kind = "single"
prompt = { hi = "दो और दो?", en = "Two and two?" }
options = [{ hi = "तीन", en = "Three" }, { hi = "चार", en = "Four" }]
correct = [2]
explanation = { hi = "दो और दो चार होते हैं।", en = "Two and two make four." }

[[questions]]
id = "q2"
kind = "multiple"
prompt = { hi = "कौन से फल हैं?", en = "Which are fruits?" }
options = [{ hi = "आम", en = "Mango" }, { hi = "ईंट", en = "Brick" }, { hi = "केला", en = "Banana" }]
correct = [1, 3]
explanation = { hi = "आम और केला फल हैं।", en = "Mango and banana are fruits." }

[[questions]]
id = "q3"
kind = "single"
prompt = { hi = "लोन किससे लें?", en = "Whom to borrow from?" }
options = [{ hi = "बैंक", en = "A bank" }, { hi = "साहूकार", en = "A moneylender" }]
correct = [1]
explanation = { hi = "बैंक का ब्याज कम होता है।", en = "A bank charges less interest." }
"#;

pub const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;

/// Writes the good pack into `dir` and returns its folder.
pub fn good_pack(dir: &Path) -> PathBuf {
    let root = dir.join("test-course");
    let files: &[(&str, &str)] = &[
        ("course.toml", MANIFEST),
        ("quizzes/01-first.toml", QUIZ),
        ("quizzes/02-second.toml", QUIZ),
        ("images/shop.svg", SVG),
        (
            "lessons/01-first.hi.md",
            "## दुकान\n\n![एक दुकान](images/shop.svg)\n\n[मुद्रा लोन](scheme:pmmy) के बारे में पढ़ें।\n",
        ),
        (
            "lessons/01-first.en.md",
            "## A shop\n\n![A shop](images/shop.svg)\n\nRead about [Mudra loans](scheme:pmmy).\n",
        ),
        (
            "lessons/02-second.hi.md",
            "## हिसाब\n\nमुनाफ़ा < लागत हो तो घाटा है।\n",
        ),
        (
            "lessons/02-second.en.md",
            "## Accounts\n\nProfit < cost means a loss.\n",
        ),
    ];
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("has a folder")).expect("folder");
        std::fs::write(path, text).expect("written");
    }
    root
}

pub fn edit(root: &Path, name: &str, change: impl FnOnce(String) -> String) {
    let path = root.join(name);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(path, change(text)).expect("written");
}
