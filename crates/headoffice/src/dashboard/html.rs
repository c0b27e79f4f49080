//! Server-rendered pages: plain HTML with a little CSS and no script, every value
//! escaped. Text comes from the locales; numbers use Latin digits in both languages.

use std::fmt::Write;

use super::i18n::{text, Lang};
use super::{months_up_to, Dashboard, Figures, STAGES};
use crate::ingest::KINDS;

const STYLE: &str = "@font-face{font-family:'Noto Sans Devanagari';font-weight:400;\
src:url(/fonts/NotoSansDevanagari-Regular.ttf) format('truetype')}\
@font-face{font-family:'Noto Sans Devanagari';font-weight:700;\
src:url(/fonts/NotoSansDevanagari-Bold.ttf) format('truetype')}\
body{font-family:'Noto Sans Devanagari','Noto Sans',sans-serif;\
margin:1.5rem;color:#222}button,input{font:inherit}table{border-collapse:collapse;margin:.5rem 0 1.5rem}\
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}td.n{text-align:right}\
.figures{display:flex;flex-wrap:wrap;gap:.8rem}.figure{border:1px solid #ccc;\
padding:.6rem 1rem;min-width:9rem}.figure b{display:block;font-size:1.6rem}\
header{display:flex;gap:1rem;align-items:center;justify-content:space-between}\
.error{color:#a00}.bars{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .8rem;\
max-width:40rem;margin:.5rem 0 1.5rem;align-items:center}.bar{background:#2e7d32;\
color:#fff;padding:.1rem .4rem;min-width:1.5rem;box-sizing:border-box;text-align:right}\
.columns{display:flex;align-items:flex-end;gap:.4rem;height:10rem;max-width:48rem;\
margin:.5rem 0 1.5rem;border-bottom:1px solid #999}.column{flex:1;display:flex;\
flex-direction:column;justify-content:flex-end;align-items:center;height:100%;\
font-size:.8rem}.column i{display:block;width:100%;background:#1565c0;min-height:1px}\
.months{display:flex;gap:.4rem;max-width:48rem;font-size:.75rem;margin-top:-1.3rem}\
.months span{flex:1;text-align:center}";

/// Months the registrations trend shows.
const TREND_MONTHS: usize = 12;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
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

fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body>{body}</body></html>\n",
        code = lang.code(),
        title = escape(title),
    )
}

fn t(lang: Lang, id: &str) -> String {
    escape(&text(lang, id))
}

/// The sign-in form; `problem` is a message id shown above it.
pub fn sign_in(lang: Lang, problem: Option<&str>) -> String {
    let mut body = format!(
        "<header><h1>{title}</h1><a href=\"/signin?lang={other}\">{other_name}</a></header>",
        title = t(lang, "dashboard-title"),
        other = lang.other().code(),
        other_name = lang.other().own_name(),
    );
    if let Some(problem) = problem {
        let _ = write!(
            body,
            "<p class=\"error\" role=\"alert\">{}</p>",
            t(lang, problem)
        );
    }
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/signin\"><input type=\"hidden\" name=\"lang\" \
         value=\"{code}\"><label>{label} <input type=\"password\" name=\"password\" \
         autocomplete=\"current-password\" required autofocus></label> \
         <button type=\"submit\">{button}</button></form>",
        code = lang.code(),
        label = t(lang, "signin-password"),
        button = t(lang, "signin-button"),
    );
    page(lang, &text(lang, "signin-title"), &body)
}

pub fn dashboard(lang: Lang, data: &Dashboard) -> String {
    let mut body = String::new();
    let _ = write!(
        body,
        "<header><h1>{title}</h1><nav><a href=\"/dashboard?lang={other}\">{other_name}</a> \
         <form method=\"post\" action=\"/signout\" style=\"display:inline\">\
         <button type=\"submit\">{signout}</button></form></nav></header>",
        title = t(lang, "dashboard-title"),
        other = lang.other().code(),
        other_name = lang.other().own_name(),
        signout = t(lang, "signout-button"),
    );
    figures(lang, data, &mut body);
    kiosks(lang, data, &mut body);
    quarantine(lang, data, &mut body);
    let _ = write!(body, "<h2>{}</h2><ul>", t(lang, "export-heading"));
    for kind in KINDS {
        let _ = write!(
            body,
            "<li><a href=\"/export/{kind}\">{}</a></li>",
            kind_name(lang, kind)
        );
    }
    body.push_str("</ul>");
    page(lang, &text(lang, "dashboard-title"), &body)
}

fn figures(lang: Lang, data: &Dashboard, body: &mut String) {
    let f = &data.figures;
    let _ = write!(
        body,
        "<h2>{}</h2><div class=\"figures\">",
        t(lang, "figures-heading")
    );
    for (id, value) in [
        ("figure-entrepreneurs", f.entrepreneurs as i64),
        ("figure-women", f.women as i64),
        ("figure-youth", f.youth as i64),
        ("figure-launched", f.launched as i64),
        ("figure-jobs", f.jobs),
        ("figure-loans", f.loans_sanctioned),
        ("figure-learners", f.learners as i64),
        ("figure-completions", f.completions as i64),
    ] {
        let _ = write!(
            body,
            "<div class=\"figure\" data-testid=\"{id}\"><b>{value}</b>{}</div>",
            t(lang, id)
        );
    }
    body.push_str("</div>");
    stage_bars(lang, f, body);
    registrations_trend(lang, f, body);
}

/// Entrepreneurs per current stage as horizontal bars, the count on each.
fn stage_bars(lang: Lang, f: &Figures, body: &mut String) {
    let _ = write!(
        body,
        "<h3>{}</h3><div class=\"bars\">",
        t(lang, "stages-heading")
    );
    let most = f.by_stage.iter().copied().max().unwrap_or(0).max(1);
    for (stage, count) in STAGES.iter().zip(f.by_stage) {
        let _ = write!(
            body,
            "<span>{label}</span><div><div class=\"bar\" data-testid=\"stage-bar-{stage}\" \
             style=\"width:{width}%\">{count}</div></div>",
            label = t(lang, &format!("stage-{stage}")),
            width = percent(count, most),
        );
    }
    body.push_str("</div>");
}

/// New registrations per month over the last year of data, as columns.
fn registrations_trend(lang: Lang, f: &Figures, body: &mut String) {
    let _ = write!(body, "<h3>{}</h3>", t(lang, "trend-heading"));
    let Some(last) = f.registered_by_month.keys().next_back() else {
        let _ = write!(body, "<p>{}</p>", t(lang, "trend-none"));
        return;
    };
    let months = months_up_to(last, TREND_MONTHS);
    let count = |month: &String| f.registered_by_month.get(month).copied().unwrap_or(0);
    let most = months.iter().map(count).max().unwrap_or(0).max(1);
    body.push_str("<div class=\"columns\" role=\"img\">");
    for month in &months {
        let n = count(month);
        let _ = write!(
            body,
            "<div class=\"column\" data-testid=\"month-{month}\" title=\"{month}: {n}\">\
             {n}<i style=\"height:{height}%\"></i></div>",
            height = percent(n, most),
        );
    }
    body.push_str("</div><div class=\"months\">");
    for month in &months {
        let name = t(lang, &format!("month-{}", &month[5..7]));
        let _ = write!(body, "<span>{name} {}</span>", &month[2..4]);
    }
    body.push_str("</div>");
}

/// A record kind in the page's language; one the head office does not know, as sent.
fn kind_name(lang: Lang, kind: &str) -> String {
    if KINDS.contains(&kind) {
        t(lang, &format!("kind-{kind}"))
    } else {
        escape(kind)
    }
}

fn percent(part: u64, whole: u64) -> u64 {
    part * 100 / whole.max(1)
}

fn kiosks(lang: Lang, data: &Dashboard, body: &mut String) {
    let _ = write!(body, "<h2>{}</h2>", t(lang, "kiosks-heading"));
    if data.kiosks.is_empty() {
        let _ = write!(body, "<p>{}</p>", t(lang, "kiosks-none"));
        return;
    }
    body.push_str("<table><tr>");
    for column in [
        "col-name",
        "col-id",
        "col-state",
        "col-last-sync",
        "col-records",
        "col-entrepreneurs",
        "col-launched",
    ] {
        let _ = write!(body, "<th>{}</th>", t(lang, column));
    }
    body.push_str("</tr>");
    for kiosk in &data.kiosks {
        let (people, launched) = data
            .figures
            .per_kiosk
            .get(&kiosk.id)
            .copied()
            .unwrap_or_default();
        let state = if kiosk.revoked {
            "state-revoked"
        } else {
            "state-active"
        };
        let last_sync = kiosk
            .last_sync_at
            .as_deref()
            .map(escape)
            .unwrap_or_else(|| t(lang, "never"));
        let _ = write!(
            body,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{last_sync}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{people}</td><td class=\"n\">{launched}</td></tr>",
            escape(&kiosk.name),
            escape(&kiosk.id),
            t(lang, state),
            kiosk.records,
        );
    }
    body.push_str("</table>");
}

fn quarantine(lang: Lang, data: &Dashboard, body: &mut String) {
    let _ = write!(body, "<h2>{}</h2>", t(lang, "quarantine-heading"));
    if data.quarantine.is_empty() {
        let _ = write!(body, "<p>{}</p>", t(lang, "quarantine-none"));
        return;
    }
    body.push_str("<table><tr>");
    for column in [
        "col-kiosk",
        "col-record",
        "col-version",
        "col-kind",
        "col-outcome",
        "col-reason",
        "col-last-seen",
        "col-times",
    ] {
        let _ = write!(body, "<th>{}</th>", t(lang, column));
    }
    body.push_str("</tr>");
    for row in &data.quarantine {
        let _ = write!(
            body,
            "<tr><td>{}</td><td><code>{}</code></td><td class=\"n\">{}</td><td>{}</td>\
             <td>{}</td><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td></tr>",
            escape(&row.kiosk_name),
            escape(&row.id),
            row.version,
            kind_name(lang, &row.kind),
            t(lang, &format!("outcome-{}", row.outcome)),
            escape(&row.reason),
            escape(&row.last_seen),
            row.times,
        );
    }
    body.push_str("</table>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{KioskRow, QuarantineRow};

    #[test]
    fn values_are_escaped_and_the_page_declares_utf8() {
        let data = Dashboard {
            kiosks: vec![KioskRow {
                id: "k".into(),
                name: "<script>alert(1)</script>".into(),
                revoked: false,
                last_sync_at: None,
                records: 0,
            }],
            quarantine: vec![QuarantineRow {
                kiosk_id: "k".into(),
                kiosk_name: "B".into(),
                id: "\"><img src=x>".into(),
                version: 1,
                kind: "learner".into(),
                outcome: "rejected".into(),
                reason: "record.bad_body".into(),
                last_seen: "t".into(),
                times: 1,
            }],
            ..Dashboard::default()
        };
        let html = dashboard(Lang::Hi, &data);
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<html lang=\"hi\">"));
        assert!(!html.contains("<script>") && !html.contains("<img"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("अस्वीकृत"));
        assert!(html.contains("<td>शिक्षार्थी</td>"), "the kind in Hindi");
        assert!(dashboard(Lang::En, &data).contains("Rejected"));
    }

    #[test]
    fn stages_and_months_are_drawn_to_scale() {
        let mut data = Dashboard::default();
        data.figures.by_stage = [4, 2, 0, 1, 0];
        data.figures.registered_by_month =
            [("2025-11".to_string(), 3), ("2026-02".to_string(), 6)].into();
        let html = dashboard(Lang::Hi, &data);
        assert!(html.contains("data-testid=\"stage-bar-idea\" style=\"width:100%\">4<"));
        assert!(html.contains("data-testid=\"stage-bar-training\" style=\"width:50%\">2<"));
        assert!(html.contains("data-testid=\"stage-bar-finance\" style=\"width:0%\">0<"));
        assert!(html.contains("title=\"2025-11: 3\">3<i style=\"height:50%\">"));
        assert!(html.contains("title=\"2026-01: 0\">0<i style=\"height:0%\">"));
        assert!(html.contains("title=\"2026-02: 6\">6<i style=\"height:100%\">"));
        assert_eq!(html.matches("class=\"column\"").count(), 12);
        assert!(html.contains("फ़रवरी 26"), "Hindi month names");
        assert!(dashboard(Lang::En, &data).contains("Feb 26"));
        let empty = dashboard(Lang::En, &Dashboard::default());
        assert!(empty.contains("No registrations yet."));
    }
}
