//! `kioskctl schemes ...`: the scheme catalog from the command line.

use std::process::ExitCode;

use std::path::Path;

use kiosk_core::catalog::checklist;
use kiosk_core::catalog::eligibility::Profile;
use kiosk_core::catalog::{self, Filters, Level, SchemeDetail};
use kiosk_core::{settings, Error, Language, Localizer};

use crate::kiosk::{chosen, open};
use crate::report;
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
        let lang = chosen(&store, lang)?;
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
                    let name = display_name(&hit.name_en, hit.name_hi.as_deref(), lang);
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

/// `schemes show`: one scheme, as JSON (the catalog record) or as readable lines.
pub fn show(id: &str, lang: Option<Language>, json: bool) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = chosen(&store, lang)?;
        Ok((lang, catalog::get(&store, id)?))
    });
    match result {
        Ok((_, None)) => {
            eprintln!("kioskctl: no scheme with id {id:?}");
            ExitCode::from(1)
        }
        Ok((_, Some(scheme))) if json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&scheme).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Ok((lang, Some(scheme))) => {
            let (name, brief) = match lang {
                Language::Hi => (
                    scheme.name_hi.as_deref().unwrap_or(&scheme.name_en),
                    scheme.brief_hi.as_deref().or(scheme.brief_en.as_deref()),
                ),
                Language::En => (scheme.name_en.as_str(), scheme.brief_en.as_deref()),
            };
            println!("{name} ({})", scheme.id);
            println!("{}", brief.unwrap_or("-"));
            let detail = match lang {
                Language::Hi => scheme.detail_hi.as_ref().or(scheme.detail_en.as_ref()),
                Language::En => scheme.detail_en.as_ref(),
            };
            if let Some(detail) = detail {
                print_detail(detail, lang);
            }
            println!(
                "{} | {}",
                scheme.states.join(", "),
                scheme.ministry.as_deref().unwrap_or("-")
            );
            println!("{} ({})", scheme.source.url, scheme.last_verified);
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error, lang),
    }
}

/// The scheme's full text as titled sections, for reading on a terminal.
fn print_detail(detail: &SchemeDetail, lang: Language) {
    let localizer = Localizer::embedded();
    let title = |id: &str| localizer.format(lang, id, None);
    let sections = [
        ("scheme-benefits", &detail.benefits),
        ("scheme-eligibility", &detail.eligibility),
        ("scheme-how-to-apply", &detail.how_to_apply),
        ("scheme-where-to-apply", &detail.where_to_apply),
        ("scheme-helpline", &detail.helpline),
    ];
    for (id, text) in sections {
        if let Some(text) = text {
            println!("\n{}\n{text}", title(id));
        }
    }
    if detail.papers().next().is_some() {
        println!("\n{}", title("scheme-documents"));
        for group in &detail.documents {
            if let Some(heading) = &group.heading {
                println!("{heading}");
            }
            group
                .items
                .iter()
                .for_each(|paper| println!("  [ ] {paper}"));
        }
    }
}

/// `schemes checklist`: the papers slip as an HTML page with the font inside.
pub fn checklist(id: &str, lang: Option<Language>, out: &Path) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = chosen(&store, lang)?;
        let Some(scheme) = catalog::get(&store, id)? else {
            return Ok(None);
        };
        let localizer = Localizer::embedded();
        // The kiosk's own name once it is set up; until then, the app's name.
        let kiosk = match store.read(settings::kiosk_name)? {
            Some(name) => name,
            None => localizer.format(lang, "app-title", None),
        };
        let html = checklist::render_html(&scheme, lang, &localizer, &kiosk, &today());
        std::fs::write(out, html).map_err(|source| Error::FileWrite {
            path: out.to_path_buf(),
            source,
        })?;
        Ok(Some(()))
    });
    match result {
        Ok(Some(())) => {
            println!("{}", out.display());
            ExitCode::SUCCESS
        }
        Ok(None) => {
            eprintln!("kioskctl: no scheme with id {id:?}");
            ExitCode::from(1)
        }
        Err(error) => fail(&error, lang),
    }
}

/// Today's date (UTC) as YYYY-MM-DD, from the days since 1970 (Howard Hinnant's
/// civil-from-days), so the CLI needs no date library.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `schemes eligible`: schemes that fit the answers, with why and what is missing.
pub fn eligible(profile: &Profile, lang: Option<Language>, limit: usize, json: bool) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = chosen(&store, lang)?;
        let found = catalog::eligible(&store, profile, &Localizer::embedded(), lang)?;
        Ok((lang, found))
    });
    match result {
        Ok((lang, found)) => {
            let found = found.into_iter().take(limit);
            if json {
                let rows: Vec<_> = found
                    .map(|(scheme, verdict)| {
                        json!({
                            "id": scheme.id,
                            "name": display_name(&scheme.name_en, scheme.name_hi.as_deref(), lang),
                            "fit": verdict.fit,
                            "why": verdict.why,
                            "missing": verdict.missing,
                        })
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(rows));
            } else {
                for (scheme, verdict) in found {
                    let name = display_name(&scheme.name_en, scheme.name_hi.as_deref(), lang);
                    println!("{name} ({}) {:?}", scheme.id, verdict.fit);
                    verdict.why.iter().for_each(|w| println!("  + {w}"));
                    verdict.missing.iter().for_each(|m| println!("  ? {m}"));
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error, lang),
    }
}

fn display_name<'a>(name_en: &'a str, name_hi: Option<&'a str>, lang: Language) -> &'a str {
    match lang {
        Language::Hi => name_hi.unwrap_or(name_en),
        Language::En => name_en,
    }
}

fn fail(error: &Error, lang: Option<Language>) -> ExitCode {
    report::fail("schemes", error, lang)
}
