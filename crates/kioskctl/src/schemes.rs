//! `kioskctl schemes ...`: the scheme catalog from the command line.

use std::process::ExitCode;

use kiosk_core::catalog::{self, Filters, Level};
use kiosk_core::{settings, Error, Language, Localizer, Store};
use serde_json::json;

/// `schemes search`: ranked results as a JSON array of `{ id, name, score }` or lines.
pub fn search(
    query: &str,
    lang: Option<Language>,
    state: Option<String>,
    level: Option<Level>,
    limit: usize,
    json: bool,
) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = match lang {
            Some(lang) => lang,
            None => store.read(settings::language)?,
        };
        let filters = Filters {
            level,
            ..Filters::default()
        };
        let results = catalog::search(&store, query, &filters, state.as_deref(), limit)?;
        Ok((lang, results))
    });
    match result {
        Ok((lang, results)) => {
            let rows: Vec<_> = results
                .hits
                .iter()
                .map(|hit| {
                    let name = match lang {
                        Language::Hi => hit.name_hi.as_deref().unwrap_or(&hit.name_en),
                        Language::En => &hit.name_en,
                    };
                    (hit.id.as_str(), name, hit.score)
                })
                .collect();
            if json {
                let array: Vec<_> = rows
                    .iter()
                    .map(|(id, name, score)| json!({ "id": id, "name": name, "score": score }))
                    .collect();
                println!("{}", serde_json::Value::Array(array));
            } else {
                for (rank, (id, name, score)) in rows.iter().enumerate() {
                    println!("{:>2}. {name} ({id}) {score:.2}", rank + 1);
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error, lang),
    }
}

/// Opens the kiosk's store and makes sure the shipped catalog is in it.
fn open() -> kiosk_core::Result<Store> {
    let store = Store::open_default()?;
    catalog::ensure_current(&store)?;
    Ok(store)
}

fn fail(error: &Error, lang: Option<Language>) -> ExitCode {
    let localizer = Localizer::embedded();
    let langs = lang.map_or(Language::ALL.to_vec(), |l| vec![l]);
    let messages: Vec<String> = langs
        .iter()
        .map(|&l| error.message(&localizer, l))
        .collect();
    eprintln!("kioskctl: {} [{}]", messages.join("\n\n"), error.code());
    ExitCode::from(2)
}
