//! The kiosk's two languages and the Fluent bundles built from `locales/{en,hi}/*.ftl`.
//! Those files are the only source of user-visible text; the UI imports the same files.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{include_dir, Dir};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Error;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// A language the kiosk speaks. Hindi is the default: the kiosks serve Hindi-speaking villages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Language {
    #[default]
    Hi,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Hi, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Hi => "hi",
            Language::En => "en",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "hi" => Ok(Language::Hi),
            "en" => Ok(Language::En),
            other => Err(Error::UnknownLanguage(other.to_string())),
        }
    }
}

/// Formats messages in either language. Cheap to clone; build once with [`Localizer::embedded`].
#[derive(Clone)]
pub struct Localizer {
    bundles: Arc<HashMap<Language, FluentBundle<FluentResource>>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Localizer {
    /// The bundles built into the binary from `locales/`. Parsed once per process.
    pub fn embedded() -> Localizer {
        static EMBEDDED: OnceLock<Localizer> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let bundles = Language::ALL
                    .into_iter()
                    .map(|lang| (lang, build_bundle(lang)))
                    .collect();
                Localizer {
                    bundles: Arc::new(bundles),
                }
            })
            .clone()
    }

    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        self.bundles[&lang].has_message(id)
    }

    /// The message `id` in `lang`. A missing id falls back to English, then to the id
    /// itself, so a gap shows up as a visible key rather than a crash.
    pub fn format(&self, lang: Language, id: &str, args: Option<&FluentArgs>) -> String {
        [lang, Language::En]
            .into_iter()
            .find_map(|lang| {
                let bundle = &self.bundles[&lang];
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = vec![];
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// The `.ftl` files of one language, by file name, as shipped.
pub fn sources(lang: Language) -> Vec<(&'static str, &'static str)> {
    let Some(dir) = LOCALES.get_dir(lang.code()) else {
        return vec![];
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?;
            Some((name, f.contents_utf8()?))
        })
        .collect();
    files.sort();
    files
}

fn build_bundle(lang: Language) -> FluentBundle<FluentResource> {
    let langid = match lang {
        Language::Hi => unic_langid::langid!("hi-IN"),
        Language::En => unic_langid::langid!("en-IN"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain text for terminals, printouts and logs: no Unicode isolation marks.
    bundle.set_use_isolating(false);
    for (_, source) in sources(lang) {
        // A file with syntax errors still yields its good messages; the parity test
        // in this module fails on any syntax error, so none ships.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        // Duplicate ids are likewise rejected by the tests; first definition wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Message id -> the variables it uses, for every message of one language.
    fn messages(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
        let mut all = BTreeMap::new();
        for (file, source) in sources(lang) {
            let resource = fluent_syntax::parser::parse(source)
                .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}: syntax errors {errors:?}"));
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &message.value {
                        collect_variables(value, &mut vars);
                    }
                    for attribute in &message.attributes {
                        collect_variables(&attribute.value, &mut vars);
                    }
                    let id = message.id.name.to_string();
                    assert!(
                        all.insert(id.clone(), vars).is_none(),
                        "{lang}/{file}: duplicate message id {id}"
                    );
                }
            }
        }
        all
    }

    fn collect_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_from_expression(expression, vars);
            }
        }
    }

    fn collect_from_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                collect_from_inline(selector, vars);
                for variant in variants {
                    collect_variables(&variant.value, vars);
                }
            }
            ast::Expression::Inline(inline) => collect_from_inline(inline, vars),
        }
    }

    fn collect_from_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for arg in &arguments.positional {
                    collect_from_inline(arg, vars);
                }
                for arg in &arguments.named {
                    collect_from_inline(&arg.value, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                collect_from_expression(expression, vars)
            }
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_the_same_files() {
        let names = |lang| {
            sources(lang)
                .into_iter()
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        };
        assert!(!names(Language::En).is_empty(), "no locales embedded");
        assert_eq!(names(Language::En), names(Language::Hi));
    }

    #[test]
    fn both_languages_have_the_same_messages_and_variables() {
        let en = messages(Language::En);
        let hi = messages(Language::Hi);
        let only_en: Vec<_> = en.keys().filter(|k| !hi.contains_key(*k)).collect();
        let only_hi: Vec<_> = hi.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "messages missing in Hindi: {only_en:?}");
        assert!(
            only_hi.is_empty(),
            "messages missing in English: {only_hi:?}"
        );
        for (id, vars) in &en {
            assert_eq!(vars, &hi[id], "message {id} uses different variables in hi");
        }
    }

    /// Messages whose Hindi is not Devanagari on purpose: a language's own name, and the
    /// link that offers the other language in that language.
    const NOT_DEVANAGARI_ON_PURPOSE: &[&str] =
        &["lang-hi", "lang-en", "scheme-show-other-language"];

    #[test]
    fn hindi_messages_are_written_in_devanagari() {
        let is_devanagari = |c: char| ('\u{0900}'..='\u{097F}').contains(&c);
        let localizer = Localizer::embedded();
        for id in messages(Language::Hi).keys() {
            if NOT_DEVANAGARI_ON_PURPOSE.contains(&id.as_str()) {
                continue;
            }
            let text = localizer.format(Language::Hi, id, None);
            assert!(
                text.chars().any(is_devanagari),
                "hi message {id} has no Devanagari: {text:?}"
            );
            let english = localizer.format(Language::En, id, None);
            assert_ne!(text, english, "hi message {id} is a copy of the English");
        }
    }

    #[test]
    fn formats_each_language() {
        let localizer = Localizer::embedded();
        assert_eq!(
            localizer.format(Language::En, "tile-schemes", None),
            "Schemes"
        );
        assert_eq!(
            localizer.format(Language::Hi, "tile-schemes", None),
            "सरकारी योजनाएँ"
        );
    }

    #[test]
    fn missing_message_shows_its_id() {
        let localizer = Localizer::embedded();
        assert_eq!(
            localizer.format(Language::Hi, "no-such-id", None),
            "no-such-id"
        );
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>().ok(), Some(lang));
        }
        assert!(matches!(
            "fr".parse::<Language>(),
            Err(Error::UnknownLanguage(code)) if code == "fr"
        ));
    }
}
