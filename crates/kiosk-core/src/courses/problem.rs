//! What can be wrong with a course pack, each with the file and line it is in, a stable
//! code and a translated sentence (`locales/*/courses.ftl`, ids `pack-<code>`).

use fluent_bundle::FluentArgs;
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Language, Localizer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a folder or a readable zip file.
    Unreadable {
        detail: String,
    },
    /// `..`, an absolute path, or a name a kiosk cannot store.
    UnsafePath,
    Symlink,
    FileTooLarge {
        bytes: u64,
    },
    TooManyFiles {
        count: usize,
    },
    /// Unpacks to more than the pack limit (a zip bomb, or simply too much).
    TooLarge,
    MissingFile,
    /// The TOML does not parse or has the wrong shape.
    Syntax {
        detail: String,
    },
    /// A text is missing or empty in one language.
    MissingLanguage {
        lang: Language,
        field: Field,
    },
    /// An id that must be unique is given twice.
    DuplicateId {
        id: String,
    },
    /// An id with characters other than a-z, 0-9 and `-`.
    BadId {
        id: String,
    },
    NoLessons,
    FewQuestions {
        count: usize,
    },
    OptionCount {
        count: usize,
    },
    /// A right answer that is not one of the options.
    AnswerOutOfRange {
        answer: u32,
        options: usize,
    },
    /// A single-choice question must have exactly one right answer, a multiple one at least one.
    RightAnswers {
        count: usize,
    },
    BrokenImage {
        target: String,
    },
    /// A link to the internet, or anything but `images/...` and `scheme:ID`.
    BadLink {
        target: String,
    },
    UnknownScheme {
        id: String,
    },
    HtmlInLesson,
    NotAnImage,
    SvgScript,
    /// The kiosk has a newer version of this course.
    OlderVersion {
        installed: u32,
        offered: u32,
    },
}

impl Problem {
    /// Stable code: what scripts and tests match on.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unreadable { .. } => "unreadable",
            Problem::UnsafePath => "unsafe_path",
            Problem::Symlink => "symlink",
            Problem::FileTooLarge { .. } => "file_too_large",
            Problem::TooManyFiles { .. } => "too_many_files",
            Problem::TooLarge => "too_large",
            Problem::MissingFile => "missing_file",
            Problem::Syntax { .. } => "syntax",
            Problem::MissingLanguage { .. } => "missing_language",
            Problem::DuplicateId { .. } => "duplicate_id",
            Problem::BadId { .. } => "bad_id",
            Problem::NoLessons => "no_lessons",
            Problem::FewQuestions { .. } => "few_questions",
            Problem::OptionCount { .. } => "option_count",
            Problem::AnswerOutOfRange { .. } => "answer_out_of_range",
            Problem::RightAnswers { .. } => "right_answers",
            Problem::BrokenImage { .. } => "broken_image",
            Problem::BadLink { .. } => "bad_link",
            Problem::UnknownScheme { .. } => "unknown_scheme",
            Problem::HtmlInLesson => "html_in_lesson",
            Problem::NotAnImage => "not_an_image",
            Problem::SvgScript => "svg_script",
            Problem::OlderVersion { .. } => "older_version",
        }
    }

    fn args(&self, args: &mut FluentArgs<'static>, localizer: &Localizer, lang: Language) {
        match self {
            Problem::Unreadable { detail } | Problem::Syntax { detail } => {
                args.set("detail", detail.clone())
            }
            Problem::FileTooLarge { bytes } => args.set("megabytes", megabytes(*bytes)),
            Problem::TooManyFiles { count }
            | Problem::FewQuestions { count }
            | Problem::OptionCount { count }
            | Problem::RightAnswers { count } => args.set("count", *count),
            Problem::MissingLanguage {
                lang: missing,
                field,
            } => {
                let language =
                    localizer.format(lang, &format!("pack-lang-{}", missing.code()), None);
                args.set("lang", language);
                args.set("field", localizer.format(lang, field.message_id(), None));
            }
            Problem::DuplicateId { id } | Problem::BadId { id } | Problem::UnknownScheme { id } => {
                args.set("id", id.clone())
            }
            Problem::AnswerOutOfRange { answer, options } => {
                args.set("answer", *answer);
                args.set("options", *options);
            }
            Problem::BrokenImage { target } | Problem::BadLink { target } => {
                args.set("target", target.clone())
            }
            Problem::OlderVersion { installed, offered } => {
                args.set("installed", *installed);
                args.set("offered", *offered);
            }
            Problem::UnsafePath
            | Problem::Symlink
            | Problem::TooLarge
            | Problem::MissingFile
            | Problem::NoLessons
            | Problem::HtmlInLesson
            | Problem::NotAnImage
            | Problem::SvgScript => {}
        }
    }
}

/// Which text of a pack lacks a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Description,
    Lesson,
    Prompt,
    Option,
    Explanation,
}

impl Field {
    fn message_id(self) -> &'static str {
        match self {
            Field::Title => "pack-field-title",
            Field::Description => "pack-field-description",
            Field::Lesson => "pack-field-lesson",
            Field::Prompt => "pack-field-prompt",
            Field::Option => "pack-field-option",
            Field::Explanation => "pack-field-explanation",
        }
    }
}

/// 2_500_000 bytes -> "2.4" (MB as people read it).
fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// One problem found in a pack: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// Path inside the pack (`quizzes/01-idea.toml`), or the pack itself.
    pub file: String,
    /// 1-based line, where the problem is on one line.
    pub line: Option<usize>,
    pub problem: Problem,
}

/// A problem as the UI and `kioskctl --json` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PackProblemView {
    pub code: String,
    pub file: String,
    pub line: Option<u32>,
    pub message: String,
}

impl PackProblem {
    pub fn new(file: impl Into<String>, line: Option<usize>, problem: Problem) -> Self {
        PackProblem {
            file: file.into(),
            line,
            problem,
        }
    }

    /// `courses.pack.answer_out_of_range`-style code.
    pub fn code(&self) -> String {
        format!("courses.pack.{}", self.problem.code())
    }

    /// "quizzes/01-idea.toml, line 12: answer 5 is not one of the 3 options", translated.
    pub fn message(&self, localizer: &Localizer, lang: Language) -> String {
        let mut args = FluentArgs::new();
        self.problem.args(&mut args, localizer, lang);
        let what = localizer.format(
            lang,
            &format!("pack-{}", self.problem.code().replace('_', "-")),
            Some(&args),
        );
        let mut place = FluentArgs::new();
        place.set("file", self.file.clone());
        let place = match self.line {
            Some(line) => {
                place.set("line", line);
                localizer.format(lang, "pack-at-line", Some(&place))
            }
            None => localizer.format(lang, "pack-at-file", Some(&place)),
        };
        format!("{place}: {what}")
    }

    pub fn view(&self, localizer: &Localizer, lang: Language) -> PackProblemView {
        PackProblemView {
            code: self.code(),
            file: self.file.clone(),
            line: self.line.and_then(|l| u32::try_from(l).ok()),
            message: self.message(localizer, lang),
        }
    }
}
