//! A lesson's Markdown as HTML the webview can show safely: headings, lists, tables and
//! emphasis as Markdown makes them; pictures inlined from the pack as data URLs (the
//! webview loads nothing from disk); `scheme:ID` links as in-app links the UI opens;
//! raw HTML and any other link shown as plain text. Packs are checked for these already;
//! this is the second line of defence.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// Renders `markdown`; `picture` turns a pack path into a data URL, if the pack has it.
pub fn lesson_html(markdown: &str, picture: &dyn Fn(&str) -> Option<String>) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // One entry per open link: whether it became an in-app scheme link.
    let mut links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        Event::Start(Tag::Link { dest_url, .. }) => match dest_url.strip_prefix("scheme:") {
            Some(id) => {
                links.push(true);
                let id = escape(id);
                Some(Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"#scheme-{id}\" data-scheme=\"{id}\">"
                ))))
            }
            None => {
                links.push(false);
                None
            }
        },
        Event::End(TagEnd::Link) => links
            .pop()
            .filter(|kept| *kept)
            .map(|_| Event::InlineHtml(CowStr::from("</a>"))),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Some(Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::from(picture(&dest_url).unwrap_or_default()),
            title,
            id,
        })),
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut out, events);
    out
}

/// The lesson without a first heading that only repeats its title (the screen shows
/// the title already).
pub fn without_title<'a>(markdown: &'a str, title: &str) -> &'a str {
    let body = markdown.trim_start();
    let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
    let heading = first.trim_start_matches('#');
    let same = first.starts_with('#') && heading.split_whitespace().eq(title.split_whitespace());
    if same {
        rest
    } else {
        markdown
    }
}

/// Text safe inside an HTML attribute.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> String {
        lesson_html(markdown, &|path| {
            (path == "images/shop.svg").then(|| "data:image/svg+xml;base64,PHN2Zy8+".to_string())
        })
    }

    #[test]
    fn markdown_becomes_plain_html() {
        let html = render("## धंधा\n\n- **लागत**\n- मुनाफ़ा\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<h2>धंधा</h2>"), "{html}");
        assert!(html.contains("<strong>लागत</strong>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
    }

    #[test]
    fn pictures_are_inlined_and_scheme_links_stay_in_the_app() {
        let html = render("![a shop](images/shop.svg) and [Mudra](scheme:pmmy)");
        assert!(
            html.contains("src=\"data:image/svg+xml;base64,PHN2Zy8+\""),
            "{html}"
        );
        assert!(html.contains("alt=\"a shop\""), "{html}");
        assert!(
            html.contains("<a href=\"#scheme-pmmy\" data-scheme=\"pmmy\">Mudra</a>"),
            "{html}"
        );
    }

    #[test]
    fn a_heading_that_repeats_the_title_is_dropped() {
        assert_eq!(
            without_title("## यूपीआई क्या है?\n\nपाठ", "यूपीआई  क्या है?"),
            "\nपाठ"
        );
        assert_eq!(
            without_title("## सबसे बड़ा नियम\nपाठ", "धोखाधड़ी"),
            "## सबसे बड़ा नियम\nपाठ"
        );
        assert_eq!(without_title("पाठ", "पाठ"), "पाठ");
    }

    #[test]
    fn raw_html_and_web_links_are_only_text() {
        let html = render("<script>alert(1)</script>\n\n[click](https://example.org) <b>x</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("href=\"https"), "{html}");
        assert!(html.contains("click"), "{html}");
        let odd = render("[x](scheme:\"><img src=x onerror=alert(1)>)");
        assert!(!odd.contains("<img"), "{odd}");
    }
}
