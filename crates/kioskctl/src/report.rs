//! How kioskctl reports a failure: the translated sentence and the stable code.

use std::process::ExitCode;

use kiosk_core::{Error, Language, Localizer};

/// The error's message in `lang`, or in both languages when none was chosen: the
/// kiosk's own language cannot be read from a database that will not open.
pub fn messages(error: &Error, lang: Option<Language>) -> Vec<String> {
    let localizer = Localizer::embedded();
    let langs = lang.map_or(Language::ALL.to_vec(), |l| vec![l]);
    langs
        .iter()
        .map(|&l| {
            let mut text = error.message(&localizer, l);
            // A refused course pack lists each problem with its file and line.
            if let Error::CoursePackInvalid { problems } = error {
                for problem in problems {
                    text.push_str(&format!("\n  - {}", problem.message(&localizer, l)));
                }
            }
            text
        })
        .collect()
}

/// Prints the message and code to stderr, as `kioskctl <command>: ... [code]`.
pub fn print(command: &str, error: &Error, lang: Option<Language>) {
    eprintln!(
        "kioskctl {command}: {} [{}]",
        messages(error, lang).join("\n\n"),
        error.code()
    );
}

/// Reports a failure that is not the user's input (the store, the disk): exit code 2.
pub fn fail(command: &str, error: &Error, lang: Option<Language>) -> ExitCode {
    print(command, error, lang);
    ExitCode::from(2)
}
