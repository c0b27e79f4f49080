//! The papers checklist as a self-contained HTML page, for `kioskctl schemes checklist`:
//! the bundled Devanagari font is embedded, so it prints the same from any browser on
//! any PC, with no network. The app renders the same slip in its own window.

use fluent_bundle::FluentArgs;

use super::model::{Scheme, SchemeDetail};
use crate::encode;
use crate::i18n::{Language, Localizer};

const FONT: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansDevanagari-Regular.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansDevanagari-Bold.ttf");

/// The slip for `scheme` in `lang`, printed at `kiosk` on `date` (already formatted).
pub fn render_html(
    scheme: &Scheme,
    lang: Language,
    localizer: &Localizer,
    kiosk: &str,
    date: &str,
) -> String {
    let say = |id: &str, args: &[(&str, &str)]| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_string());
        }
        escape(&localizer.format(lang, id, Some(&fluent)))
    };
    let name = match lang {
        Language::Hi => scheme.name_hi.as_deref().unwrap_or(&scheme.name_en),
        Language::En => &scheme.name_en,
    };
    let detail = match lang {
        Language::Hi => scheme.detail_hi.as_ref().or(scheme.detail_en.as_ref()),
        Language::En => scheme.detail_en.as_ref(),
    };
    let mut body = String::new();
    body.push_str(&format!("<h1>{}</h1>\n", say("checklist-title", &[])));
    body.push_str(&format!(
        "<p class=\"scheme\">{}</p>\n",
        say("checklist-for", &[("scheme", name)])
    ));
    match detail.filter(|d| d.papers().next().is_some()) {
        Some(detail) => {
            body.push_str(&format!("<p>{}</p>\n", say("checklist-tick", &[])));
            for group in &detail.documents {
                if let Some(heading) = &group.heading {
                    body.push_str(&format!("<h3>{}</h3>\n", escape(heading)));
                }
                body.push_str("<ul>\n");
                for paper in &group.items {
                    body.push_str(&format!(
                        "<li><span class=\"box\"></span>{}</li>\n",
                        escape(paper)
                    ));
                }
                body.push_str("</ul>\n");
            }
        }
        None => body.push_str(&format!("<p>{}</p>\n", say("checklist-no-documents", &[]))),
    }
    if let Some(detail) = detail {
        let lines = where_to_apply(detail);
        if !lines.is_empty() {
            body.push_str(&format!("<h2>{}</h2>\n", say("checklist-where", &[])));
            for line in lines {
                body.push_str(&format!("<p>{}</p>\n", escape(line)));
            }
        }
        if let Some(number) = &detail.helpline {
            body.push_str(&format!("<h2>{}</h2>\n", say("scheme-helpline", &[])));
            body.push_str(&format!("<p>{}</p>\n", escape(number)));
        }
    }
    body.push_str(&format!(
        "<p class=\"footer\">{}</p>\n",
        escape(&scheme.source.url)
    ));
    body.push_str(&format!(
        "<p class=\"footer\">{}</p>\n",
        say("checklist-printed", &[("kiosk", kiosk), ("date", date)])
    ));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n\
         @font-face {{ font-family: 'Noto Sans Devanagari'; font-weight: 400; src: url(data:font/ttf;base64,{regular}) format('truetype'); }}\n\
         @font-face {{ font-family: 'Noto Sans Devanagari'; font-weight: 700; src: url(data:font/ttf;base64,{bold}) format('truetype'); }}\n\
         @page {{ size: A5; margin: 10mm; }}\n\
         body {{ font-family: 'Noto Sans Devanagari', sans-serif; font-size: 12pt; color: #000; }}\n\
         h1 {{ font-size: 18pt; margin: 0 0 4pt; }} h2 {{ font-size: 13pt; margin: 10pt 0 2pt; }} h3 {{ font-size: 12pt; margin: 6pt 0 2pt; }}\n\
         .scheme {{ font-size: 14pt; font-weight: 700; margin: 0 0 6pt; }}\n\
         ul {{ list-style: none; padding: 0; }} li {{ display: flex; gap: 8pt; margin: 0 0 6pt; }}\n\
         .box {{ flex: none; width: 11pt; height: 11pt; border: 1.5pt solid #000; margin-top: 2pt; }}\n\
         .footer {{ font-size: 9pt; margin: 8pt 0 0; word-break: break-all; }}\n\
         </style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        title = say("checklist-for", &[("scheme", name)]),
        regular = encode::base64(FONT),
        bold = encode::base64(FONT_BOLD),
    )
}

/// What the slip says about where to go: the office itself where the catalog names it,
/// else the first steps of how to apply.
fn where_to_apply(detail: &SchemeDetail) -> Vec<&str> {
    match &detail.where_to_apply {
        Some(place) => vec![place.as_str()],
        None => detail
            .how_to_apply
            .as_deref()
            .map(|how| how.lines().take(4).collect())
            .unwrap_or_default(),
    }
}

/// Text as HTML: the five characters that could start markup are escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_catalog_text_is_inert() {
        assert_eq!(
            escape("<b>\"R&D\"</b>"),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;"
        );
    }
}
