//! One error type for the whole core. Every variant has a stable machine code and a
//! translated message in `locales/*/errors.ftl`; logs get the `Display` detail.

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use crate::i18n::{Language, Localizer};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no data folder could be determined for this user")]
    NoDataDir,

    #[error("data folder {} cannot be written: {source}", path.display())]
    DataDirUnwritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("database {} is not a readable SQLite database: {detail}", path.display())]
    DatabaseCorrupt { path: PathBuf, detail: String },

    #[error("database {} has schema version {found}, newer than the {supported} this app knows", path.display())]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("cannot write {}: {source}", path.display())]
    FileWrite {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("scheme catalog line {line}: {detail}")]
    CatalogInvalid { line: usize, detail: String },

    #[error("unknown language code {0:?}")]
    UnknownLanguage(String),

    #[error("a learner's name must have 1 to 60 letters, with nothing invisible")]
    LearnerNameInvalid,

    #[error("unknown learner picture")]
    AvatarUnknown,

    #[error("no such learner")]
    LearnerNotFound,

    #[error("no such lesson in the installed courses")]
    LessonNotFound,

    #[error("quiz answers do not match the quiz's questions and options")]
    QuizAnswersInvalid,

    #[error("an operator's name must have 1 to 60 letters, with nothing invisible")]
    OperatorNameInvalid,

    #[error("an operator with this name exists")]
    OperatorNameTaken,

    #[error("the PIN is too short, not all digits, or too easy to guess")]
    PinWeak,

    #[error("wrong name or PIN ({attempts_left:?} tries left)")]
    SignInFailed { attempts_left: Option<u32> },

    #[error("too many wrong PINs: locked for {seconds} s")]
    PinLocked { seconds: i64 },

    #[error("the kiosk is already set up")]
    AlreadySetUp,

    #[error("only an admin may do this")]
    NotAdmin,

    #[error("no operator is signed in, or the session locked after idle minutes")]
    SignInNeeded,

    #[error("kiosk set-up: the {} is not usable", field.as_str())]
    KioskProfileInvalid { field: crate::kiosk::ProfileField },

    #[error("hashing failed: {0}")]
    Crypto(String),

    #[error("photo is {bytes} bytes, over the limit")]
    PhotoTooBig { bytes: u64 },

    #[error("photo is not a whole PNG, JPEG or WebP image: {0}")]
    PhotoNotImage(String),

    #[error("photo is larger than 4096 x 4096 pixels or needs too much memory")]
    PhotoTooManyPixels,

    #[error("entrepreneur: the {} is not usable ({})", field.as_str(), reason.as_str())]
    EntrepreneurInvalid {
        field: crate::people::entrepreneurs::EntrepreneurField,
        reason: crate::people::entrepreneurs::InputReason,
    },

    #[error("no consent recorded against the current consent notice")]
    ConsentMissing,

    #[error("no such entrepreneur")]
    EntrepreneurNotFound,

    #[error("this entrepreneur's record was erased")]
    EntrepreneurErased,

    #[error("the record was saved by someone else since it was opened")]
    StaleEdit,

    #[error("check-in: the {} is not usable ({})", field.as_str(), reason.as_str())]
    CheckInInvalid {
        field: crate::people::entrepreneurs::CheckInField,
        reason: crate::people::entrepreneurs::InputReason,
    },

    #[error("course pack refused: {}", problems.iter().map(|p| format!("{}:{} {}", p.file, p.line.unwrap_or(0), p.problem.code())).collect::<Vec<_>>().join("; "))]
    CoursePackInvalid {
        problems: Vec<crate::courses::PackProblem>,
    },

    // Sync with the head office. The strings are details for the log; none ever holds
    // the kiosk's secret.
    #[error("this kiosk is not enrolled with the head office, or its enrolment was withdrawn")]
    SyncNotEnrolled,

    #[error("could not reach the head office: {0}")]
    SyncOffline(String),

    #[error("the head office answered with an error: {0}")]
    SyncServerError(String),

    #[error("the answer did not come from the head office: {0}")]
    SyncNotHeadOffice(String),

    #[error("the head office refused the enrolment token (unknown, used, expired or revoked)")]
    SyncTokenInvalid,

    #[error("not a usable head office address: {0:?}")]
    SyncBadUrl(String),
}

impl Error {
    /// Stable code shown to operators and used by the UI; never changes once shipped.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoDataDir => "store.no_data_dir",
            Error::DataDirUnwritable { .. } => "store.dir_unwritable",
            Error::DatabaseCorrupt { .. } => "store.corrupt",
            Error::DatabaseTooNew { .. } => "store.too_new",
            Error::Sqlite(_) => "store.sqlite",
            Error::CatalogInvalid { .. } => "catalog.invalid",
            Error::FileWrite { .. } => "file.write_failed",
            Error::UnknownLanguage(_) => "i18n.unknown_language",
            Error::CoursePackInvalid { .. } => "courses.pack_invalid",
            Error::LearnerNameInvalid => "learners.name_invalid",
            Error::OperatorNameInvalid => "people.name_invalid",
            Error::OperatorNameTaken => "people.name_taken",
            Error::PinWeak => "people.pin_weak",
            Error::SignInFailed { .. } => "people.sign_in_failed",
            Error::PinLocked { .. } => "people.pin_locked",
            Error::AlreadySetUp => "people.already_set_up",
            Error::NotAdmin => "people.not_admin",
            Error::SignInNeeded => "people.sign_in_needed",
            Error::Crypto(_) => "app.crypto",
            Error::KioskProfileInvalid { .. } => "kiosk.profile_invalid",
            Error::AvatarUnknown => "learners.avatar_unknown",
            Error::LearnerNotFound => "learners.not_found",
            Error::LessonNotFound => "courses.lesson_not_found",
            Error::QuizAnswersInvalid => "courses.answers_invalid",
            Error::PhotoTooBig { .. } => "photos.too_big",
            Error::PhotoNotImage(_) => "photos.not_an_image",
            Error::PhotoTooManyPixels => "photos.too_many_pixels",
            Error::EntrepreneurInvalid { .. } => "entrepreneurs.invalid",
            Error::ConsentMissing => "entrepreneurs.consent_missing",
            Error::EntrepreneurNotFound => "entrepreneurs.not_found",
            Error::EntrepreneurErased => "entrepreneurs.erased",
            Error::StaleEdit => "entrepreneurs.stale_edit",
            Error::CheckInInvalid { .. } => "entrepreneurs.check_in_invalid",
            Error::SyncNotEnrolled => "sync.not_enrolled",
            Error::SyncOffline(_) => "sync.offline",
            Error::SyncServerError(_) => "sync.server_error",
            Error::SyncNotHeadOffice(_) => "sync.not_head_office",
            Error::SyncTokenInvalid => "sync.token_invalid",
            Error::SyncBadUrl(_) => "sync.bad_url",
        }
    }

    /// The file or folder the error is about, when there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::DataDirUnwritable { path, .. }
            | Error::FileWrite { path, .. }
            | Error::DatabaseCorrupt { path, .. }
            | Error::DatabaseTooNew { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Fluent message id for this error: `store.too_new` -> `error-store-too-new`.
    pub fn message_id(&self) -> String {
        message_id_for(self.code())
    }

    /// The sentence a villager or operator reads, in `lang`.
    pub fn message(&self, localizer: &Localizer, lang: Language) -> String {
        localizer.format(lang, &self.message_id(), Some(&self.args()))
    }

    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        if let Some(path) = self.path() {
            args.set("path", path.display().to_string());
        }
        match self {
            Error::DatabaseTooNew {
                found, supported, ..
            } => {
                args.set("found", *found);
                args.set("supported", *supported);
            }
            Error::UnknownLanguage(code) => args.set("code", code.clone()),
            Error::CoursePackInvalid { problems } => args.set("count", problems.len()),
            Error::SignInFailed { attempts_left } => {
                args.set("left", attempts_left.map_or(-1, i64::from));
            }
            Error::PinLocked { seconds } => args.set("minutes", (seconds + 59) / 60),
            Error::KioskProfileInvalid { field } => args.set("field", field.as_str()),
            Error::PhotoTooBig { bytes } => args.set("megabytes", bytes.div_ceil(1_000_000)),
            Error::EntrepreneurInvalid { field, reason } => {
                args.set("field", field.as_str());
                args.set("reason", reason.as_str());
            }
            Error::CheckInInvalid { field, reason } => {
                args.set("field", field.as_str());
                args.set("reason", reason.as_str());
            }
            _ => {}
        }
        args
    }
}

impl Error {
    /// JSON the app writes into its own rows (or reads back) failed to convert: a bug
    /// or a damaged file, reported like any other database failure.
    pub(crate) fn stored_json(error: serde_json::Error) -> Error {
        Error::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(error)))
    }
}

/// Fluent message id for an error code (also used by the shell for its own codes).
pub fn message_id_for(code: &str) -> String {
    format!("error-{}", code.replace(['.', '_'], "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_of_each() -> Vec<Error> {
        let path = PathBuf::from("/data/kiosk.sqlite3");
        vec![
            Error::NoDataDir,
            Error::DataDirUnwritable {
                path: path.clone(),
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            },
            Error::DatabaseCorrupt {
                path: path.clone(),
                detail: "file is not a database".into(),
            },
            Error::DatabaseTooNew {
                path,
                found: 9,
                supported: 1,
            },
            Error::Sqlite(rusqlite::Error::InvalidQuery),
            Error::CatalogInvalid {
                line: 3,
                detail: "missing field".into(),
            },
            Error::FileWrite {
                path: "/media/usb/checklist.html".into(),
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            },
            Error::UnknownLanguage("fr".into()),
            Error::LearnerNameInvalid,
            Error::OperatorNameInvalid,
            Error::OperatorNameTaken,
            Error::PinWeak,
            Error::SignInFailed {
                attempts_left: Some(2),
            },
            Error::PinLocked { seconds: 90 },
            Error::AlreadySetUp,
            Error::NotAdmin,
            Error::SignInNeeded,
            Error::Crypto("x".into()),
            Error::KioskProfileInvalid {
                field: crate::kiosk::ProfileField::District,
            },
            Error::AvatarUnknown,
            Error::LearnerNotFound,
            Error::LessonNotFound,
            Error::QuizAnswersInvalid,
            Error::PhotoTooBig { bytes: 20_000_000 },
            Error::PhotoNotImage("truncated".into()),
            Error::PhotoTooManyPixels,
            Error::EntrepreneurInvalid {
                field: crate::people::entrepreneurs::EntrepreneurField::Mobile,
                reason: crate::people::entrepreneurs::InputReason::Format,
            },
            Error::ConsentMissing,
            Error::EntrepreneurNotFound,
            Error::EntrepreneurErased,
            Error::StaleEdit,
            Error::CheckInInvalid {
                field: crate::people::entrepreneurs::CheckInField::PeopleEmployed,
                reason: crate::people::entrepreneurs::InputReason::OutOfRange,
            },
            Error::CoursePackInvalid {
                problems: vec![crate::courses::PackProblem::new(
                    "course.toml",
                    Some(3),
                    crate::courses::Problem::NoLessons,
                )],
            },
            Error::SyncNotEnrolled,
            Error::SyncOffline("connection refused".into()),
            Error::SyncServerError("503".into()),
            Error::SyncNotHeadOffice("text/html".into()),
            Error::SyncTokenInvalid,
            Error::SyncBadUrl("ftp://x".into()),
        ]
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let localizer = Localizer::embedded();
        for error in one_of_each() {
            for lang in Language::ALL {
                assert!(
                    localizer.has_message(lang, &error.message_id()),
                    "{} has no {lang:?} message ({})",
                    error.code(),
                    error.message_id()
                );
                let text = error.message(&localizer, lang);
                assert!(!text.contains('{'), "unfilled variable in {text}");
                if let Some(path) = error.path() {
                    assert!(text.contains(&path.display().to_string()), "{text}");
                }
            }
        }
    }

    #[test]
    fn codes_are_unique_and_dotted() {
        let codes: Vec<_> = one_of_each().iter().map(Error::code).collect();
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(codes.len(), unique.len());
        assert!(codes.iter().all(|c| c.contains('.')));
    }

    #[test]
    fn too_new_message_names_both_versions() {
        let error = Error::DatabaseTooNew {
            path: "/x/kiosk.sqlite3".into(),
            found: 7,
            supported: 2,
        };
        let text = error.message(&Localizer::embedded(), Language::En);
        assert!(text.contains('7') && text.contains('2'), "{text}");
    }
}
