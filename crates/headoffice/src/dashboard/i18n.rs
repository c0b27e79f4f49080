//! The dashboard's two languages, from `crates/headoffice/locales/{en,hi}/*.ftl`
//! (Hindi first: the programme's staff read Hindi). Parsed once per process.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;

const EN: &str = include_str!("../../locales/en/dashboard.ftl");
const HI: &str = include_str!("../../locales/hi/dashboard.ftl");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Hi,
    En,
}

impl Lang {
    /// `en` is English; anything else is Hindi, the default.
    pub fn from_query(code: Option<&str>) -> Lang {
        match code {
            Some("en") => Lang::En,
            _ => Lang::Hi,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Hi => "hi",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Hi => Lang::En,
            Lang::En => Lang::Hi,
        }
    }

    /// The language's name in itself, for the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Hi => "हिन्दी",
            Lang::En => "English",
        }
    }
}

struct Bundles {
    hi: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        hi: bundle(HI, unic_langid::langid!("hi-IN")),
        en: bundle(EN, unic_langid::langid!("en-IN")),
    })
}

fn bundle(source: &str, langid: unic_langid::LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    // Syntax errors and duplicates fail this module's tests, so none ships.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `lang`, else in English, else the id itself (a visible gap).
pub fn text(lang: Lang, id: &str) -> String {
    let all = bundles();
    let order = match lang {
        Lang::Hi => [&all.hi, &all.en],
        Lang::En => [&all.en, &all.en],
    };
    order
        .into_iter()
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = vec![];
            Some(
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned(),
            )
        })
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;

    fn ids(source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source).expect("no syntax errors");
        let mut ids = BTreeSet::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                assert!(message.value.is_some(), "{} has a value", message.id.name);
                assert!(
                    ids.insert(message.id.name.to_string()),
                    "duplicate {}",
                    message.id.name
                );
            }
        }
        ids
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        assert_eq!(ids(EN), ids(HI));
    }

    #[test]
    fn messages_come_in_the_asked_language() {
        assert_eq!(text(Lang::En, "stage-idea"), "Idea");
        assert_eq!(text(Lang::Hi, "stage-idea"), "विचार");
        assert_eq!(text(Lang::Hi, "no-such-message"), "no-such-message");
        assert_eq!(Lang::from_query(Some("en")), Lang::En);
        assert_eq!(Lang::from_query(Some("fr")), Lang::Hi);
    }
}
