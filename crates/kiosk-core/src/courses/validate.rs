//! Checks a pack's files against docs/course-pack.md and builds the [`CoursePack`]. Every
//! problem is collected, with its file and line, so an author fixes them in one go.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::model::{
    Bilingual, CoursePack, Lesson, LessonEntry, Level, Manifest, Question, QuestionKind, Quiz,
};
use super::problem::{Field, PackProblem, Problem};
use super::source::{PackFiles, PACK};
use crate::i18n::Language;

const MANIFEST: &str = "course.toml";
const MIN_QUESTIONS: usize = 3;
const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    hi: Option<String>,
    en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    id: Spanned<String>,
    version: u32,
    level: Level,
    minutes: u32,
    title: Spanned<RawText>,
    description: Spanned<RawText>,
    #[serde(default)]
    lessons: Vec<RawLesson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: Spanned<String>,
    minutes: u32,
    title: Spanned<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    #[serde(default)]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: QuestionKind,
    prompt: Spanned<RawText>,
    options: Spanned<Vec<Spanned<RawText>>>,
    correct: Spanned<Vec<u32>>,
    explanation: Spanned<RawText>,
}

/// Problems found so far, and the file being read.
struct Checker<'a> {
    file: String,
    text: &'a str,
    problems: &'a mut Vec<PackProblem>,
}

impl Checker<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .bytes()
            .filter(|b| *b == b'\n')
            .count()
            + 1
    }

    fn at(&mut self, offset: Option<usize>, problem: Problem) {
        let line = offset.map(|o| self.line_of(o));
        self.problems
            .push(PackProblem::new(self.file.clone(), line, problem));
    }

    /// Both languages of a text, or a problem for each one missing.
    fn bilingual(&mut self, text: &Spanned<RawText>, field: Field) -> Bilingual {
        let offset = Some(text.span().start);
        let mut take = |value: &Option<String>, lang: Language| {
            let value = value.as_deref().map(str::trim).unwrap_or_default();
            if value.is_empty() {
                self.at(offset, Problem::MissingLanguage { lang, field });
            }
            value.to_string()
        };
        Bilingual {
            hi: take(&text.get_ref().hi, Language::Hi),
            en: take(&text.get_ref().en, Language::En),
        }
    }

    fn id(&mut self, id: &Spanned<String>, seen: &mut BTreeSet<String>) -> String {
        let value = id.get_ref().clone();
        let offset = Some(id.span().start);
        let well_formed = !value.is_empty()
            && value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.at(offset, Problem::BadId { id: value.clone() });
        } else if !seen.insert(value.clone()) {
            self.at(offset, Problem::DuplicateId { id: value.clone() });
        }
        value
    }
}

/// A TOML file of the pack as `T`, or its syntax problem with the line.
fn parse<'a, T: for<'de> Deserialize<'de>>(
    files: &'a PackFiles,
    name: &str,
    problems: &mut Vec<PackProblem>,
) -> Option<(T, &'a str)> {
    let Some(bytes) = files.get(name) else {
        problems.push(PackProblem::new(name, None, Problem::MissingFile));
        return None;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        let detail = "not UTF-8 text".to_string();
        problems.push(PackProblem::new(name, None, Problem::Syntax { detail }));
        return None;
    };
    match toml::from_str::<T>(text) {
        Ok(value) => Some((value, text)),
        Err(error) => {
            let line = error
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            let detail = error.message().to_string();
            problems.push(PackProblem::new(name, line, Problem::Syntax { detail }));
            None
        }
    }
}

/// Checks every file of `files` and returns the pack, or every problem found.
/// `is_scheme` says whether a `scheme:ID` link names a scheme of the catalog.
pub fn check(
    files: &PackFiles,
    is_scheme: &dyn Fn(&str) -> bool,
) -> Result<CoursePack, Vec<PackProblem>> {
    let mut problems = Vec::new();
    let images = check_images(files, &mut problems);
    let Some((raw, text)) = parse::<RawManifest>(files, MANIFEST, &mut problems) else {
        return Err(problems);
    };
    let mut checker = Checker {
        file: MANIFEST.into(),
        text,
        problems: &mut problems,
    };
    let id = checker.id(&raw.id, &mut BTreeSet::new());
    let title = checker.bilingual(&raw.title, Field::Title);
    let description = checker.bilingual(&raw.description, Field::Description);
    if raw.lessons.is_empty() {
        checker.at(None, Problem::NoLessons);
    }
    let mut seen = BTreeSet::new();
    let entries: Vec<LessonEntry> = raw
        .lessons
        .iter()
        .map(|lesson| LessonEntry {
            id: checker.id(&lesson.id, &mut seen),
            minutes: lesson.minutes,
            title: checker.bilingual(&lesson.title, Field::Title),
        })
        .collect();
    let mut lessons = Vec::new();
    for entry in entries.iter().filter(|e| seen.contains(&e.id)) {
        let body_hi = check_lesson(
            files,
            &entry.id,
            Language::Hi,
            &images,
            is_scheme,
            &mut problems,
        );
        let body_en = check_lesson(
            files,
            &entry.id,
            Language::En,
            &images,
            is_scheme,
            &mut problems,
        );
        let quiz = check_quiz(files, &entry.id, &mut problems);
        if let (Some(body_hi), Some(body_en), Some(quiz)) = (body_hi, body_en, quiz) {
            lessons.push(Lesson {
                entry: entry.clone(),
                body_hi,
                body_en,
                quiz,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let manifest = Manifest {
        id,
        version: raw.version,
        level: raw.level,
        minutes: raw.minutes,
        title,
        description,
        lessons: entries,
    };
    let images = images
        .into_iter()
        .filter_map(|name| files.get(&name).map(|bytes| (name, bytes.clone())))
        .collect::<BTreeMap<_, _>>();
    Ok(CoursePack {
        manifest,
        lessons,
        images,
    })
}

fn lesson_file(id: &str, lang: Language) -> String {
    format!("lessons/{id}.{}.md", lang.code())
}

/// One lesson's Markdown: present, text, with links only to its images and to schemes.
fn check_lesson(
    files: &PackFiles,
    id: &str,
    lang: Language,
    images: &BTreeSet<String>,
    is_scheme: &dyn Fn(&str) -> bool,
    problems: &mut Vec<PackProblem>,
) -> Option<String> {
    let name = lesson_file(id, lang);
    let Some(bytes) = files.get(&name) else {
        problems.push(PackProblem::new(&name, None, Problem::MissingFile));
        return None;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        let detail = "not UTF-8 text".to_string();
        problems.push(PackProblem::new(&name, None, Problem::Syntax { detail }));
        return None;
    };
    if text.trim().is_empty() {
        let missing = Problem::MissingLanguage {
            lang,
            field: Field::Lesson,
        };
        problems.push(PackProblem::new(&name, None, missing));
    }
    let before = problems.len();
    for (number, line) in text.lines().enumerate() {
        let at = Some(number + 1);
        if has_html(line) {
            problems.push(PackProblem::new(&name, at, Problem::HtmlInLesson));
        }
        for (is_image, target) in link_targets(line) {
            let problem = if is_image {
                (!images.contains(target)).then(|| Problem::BrokenImage {
                    target: target.to_string(),
                })
            } else if let Some(scheme) = target.strip_prefix("scheme:") {
                (!is_scheme(scheme)).then(|| Problem::UnknownScheme {
                    id: scheme.to_string(),
                })
            } else {
                Some(Problem::BadLink {
                    target: target.to_string(),
                })
            };
            if let Some(problem) = problem {
                problems.push(PackProblem::new(&name, at, problem));
            }
        }
    }
    (problems.len() == before).then(|| text.to_string())
}

/// A tag-like `<` in a line: `<b>`, `</p>`, `<!--`, `<img`; "a < b" is fine.
fn has_html(line: &str) -> bool {
    line.match_indices('<').any(|(i, _)| {
        line[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?')
    })
}

/// Every `[text](target)` and `![alt](target)` of a line: (is it an image, target).
fn link_targets(line: &str) -> Vec<(bool, &str)> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("](") {
        let opening = rest[..start].rfind('[');
        let after = &rest[start + 2..];
        let Some(end) = after.find(')') else { break };
        if let Some(open) = opening {
            let is_image = open > 0 && rest.as_bytes()[open - 1] == b'!';
            let target = after[..end].split_whitespace().next().unwrap_or_default();
            found.push((is_image, target));
        }
        rest = &after[end + 1..];
    }
    found
}

fn check_quiz(files: &PackFiles, id: &str, problems: &mut Vec<PackProblem>) -> Option<Quiz> {
    let name = format!("quizzes/{id}.toml");
    let (raw, text) = parse::<RawQuiz>(files, &name, problems)?;
    let before = problems.len();
    let mut checker = Checker {
        file: name,
        text,
        problems,
    };
    if raw.questions.len() < MIN_QUESTIONS {
        let count = raw.questions.len();
        checker.at(None, Problem::FewQuestions { count });
    }
    let mut seen = BTreeSet::new();
    let questions: Vec<Question> = raw
        .questions
        .iter()
        .map(|q| check_question(&mut checker, q, &mut seen))
        .collect();
    (checker.problems.len() == before).then_some(Quiz { questions })
}

fn check_question(
    checker: &mut Checker,
    raw: &RawQuestion,
    seen: &mut BTreeSet<String>,
) -> Question {
    let id = checker.id(&raw.id, seen);
    let prompt = checker.bilingual(&raw.prompt, Field::Prompt);
    let options: Vec<Bilingual> = raw
        .options
        .get_ref()
        .iter()
        .map(|option| checker.bilingual(option, Field::Option))
        .collect();
    if !OPTIONS.contains(&options.len()) {
        let count = options.len();
        checker.at(
            Some(raw.options.span().start),
            Problem::OptionCount { count },
        );
    }
    let correct = raw.correct.get_ref().clone();
    let at = Some(raw.correct.span().start);
    for answer in &correct {
        if *answer == 0 || *answer as usize > options.len() {
            let options = options.len();
            checker.at(
                at,
                Problem::AnswerOutOfRange {
                    answer: *answer,
                    options,
                },
            );
        }
    }
    let distinct: BTreeSet<u32> = correct.iter().copied().collect();
    let right = distinct.len();
    let fits_kind = match raw.kind {
        QuestionKind::Single => right == 1,
        QuestionKind::Multiple => right >= 1,
    };
    if !fits_kind || right != correct.len() {
        checker.at(at, Problem::RightAnswers { count: right });
    }
    Question {
        id,
        kind: raw.kind,
        prompt,
        options,
        correct,
        explanation: checker.bilingual(&raw.explanation, Field::Explanation),
    }
}

/// Every file under `images/` must be a PNG, a JPEG, or an SVG without scripts.
fn check_images(files: &PackFiles, problems: &mut Vec<PackProblem>) -> BTreeSet<String> {
    let mut good = BTreeSet::new();
    for (name, bytes) in files.range("images/".to_string()..) {
        if !name.starts_with("images/") {
            break;
        }
        match image_kind(name, bytes) {
            Some(ImageKind::Svg) if svg_has_script(bytes) => {
                problems.push(PackProblem::new(name, None, Problem::SvgScript))
            }
            Some(_) => {
                good.insert(name.clone());
            }
            None => problems.push(PackProblem::new(name, None, Problem::NotAnImage)),
        }
    }
    good
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
    Svg,
}

impl ImageKind {
    pub fn mime(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Svg => "image/svg+xml",
        }
    }
}

/// What an image file really is, by its bytes (and, for SVG, its name and start).
pub fn image_kind(name: &str, bytes: &[u8]) -> Option<ImageKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(ImageKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(ImageKind::Jpeg);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let looks_svg =
        start.starts_with("<svg") || (start.starts_with("<?xml") && text.contains("<svg"));
    (name.ends_with(".svg") && looks_svg).then_some(ImageKind::Svg)
}

/// Scripts, event handlers, `javascript:` links or embedded HTML in an SVG.
fn svg_has_script(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase();
    let handler = text.match_indices(" on").any(|(i, _)| {
        let rest = &text[i + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].trim_start().starts_with('=')
    });
    handler
        || [
            "<script",
            "javascript:",
            "<foreignobject",
            "<iframe",
            "<!entity",
        ]
        .iter()
        .any(|bad| text.contains(bad))
}

/// Where a problem in the pack as a whole is reported.
pub fn whole_pack(problem: Problem) -> PackProblem {
    PackProblem::new(PACK, None, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_targets_finds_images_and_links() {
        assert_eq!(
            link_targets("See ![a shop](images/shop.svg) and [Mudra](scheme:pmmy)."),
            vec![(true, "images/shop.svg"), (false, "scheme:pmmy")]
        );
        assert!(link_targets("no links [here] (or here)").is_empty());
    }

    #[test]
    fn tags_are_html_but_comparisons_are_not() {
        assert!(has_html("<b>bold</b>"));
        assert!(has_html("text <!-- note -->"));
        assert!(!has_html("profit < cost means a loss"));
        assert!(!has_html("₹500 <= ₹600"));
    }

    #[test]
    fn svg_scripts_are_found_in_any_case() {
        assert!(svg_has_script(b"<svg><SCRIPT>alert(1)</SCRIPT></svg>"));
        assert!(svg_has_script(b"<svg onload=\"x()\"></svg>"));
        assert!(svg_has_script(b"<svg><a href=\"javascript:x()\"/></svg>"));
        assert!(!svg_has_script(b"<svg><text>money</text></svg>"));
        assert!(!svg_has_script(b"<svg><g id=\"online\"/></svg>"));
    }

    #[test]
    fn images_are_known_by_their_bytes() {
        assert_eq!(
            image_kind("a.png", b"\x89PNG\r\n\x1a\nrest"),
            Some(ImageKind::Png)
        );
        assert_eq!(
            image_kind("a.jpg", &[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(ImageKind::Jpeg)
        );
        assert_eq!(
            image_kind("a.svg", b"<svg xmlns=\"x\"/>"),
            Some(ImageKind::Svg)
        );
        assert_eq!(image_kind("a.png", b"just text"), None);
        assert_eq!(image_kind("a.txt", b"<svg/>"), None);
    }
}
