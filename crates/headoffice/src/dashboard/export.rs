//! One CSV file per record kind: the latest version of each id, its body's fields
//! flattened into columns (`profile.full_name`). UTF-8 with a BOM and CRLF, so
//! spreadsheet programs show the Hindi; cells that would run as formulas are quoted.

use std::collections::BTreeSet;

use csv::{Terminator, WriterBuilder};
use serde_json::{Map, Value};

use crate::storage::LatestRecord;

const BOM: &[u8] = b"\xEF\xBB\xBF";
const FIXED: [&str; 5] = ["kiosk_id", "id", "version", "received_at", "erased"];
/// Characters that make a spreadsheet program read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

pub fn csv(records: &[LatestRecord]) -> Result<Vec<u8>, csv::Error> {
    let rows: Vec<Vec<(String, String)>> = records
        .iter()
        .map(|record| {
            let mut cells = Vec::new();
            if let Some(Value::Object(body)) = &record.body {
                flatten("", body, &mut cells);
            }
            cells
        })
        .collect();
    let columns: BTreeSet<&str> = rows.iter().flatten().map(|(k, _)| k.as_str()).collect();
    let mut out = BOM.to_vec();
    {
        let mut sheet = WriterBuilder::new()
            .terminator(Terminator::CRLF)
            .from_writer(&mut out);
        let header: Vec<&str> = FIXED
            .iter()
            .copied()
            .chain(columns.iter().copied())
            .collect();
        sheet.write_record(&header)?;
        for (record, cells) in records.iter().zip(&rows) {
            let mut line = vec![
                record.kiosk_id.clone(),
                record.id.clone(),
                record.version.to_string(),
                record.received_at.clone(),
                if record.erased { "yes" } else { "no" }.to_string(),
            ];
            line.extend(columns.iter().map(|column| {
                cells
                    .iter()
                    .find(|(k, _)| k == column)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            }));
            sheet.write_record(&line)?;
        }
        sheet.flush()?;
    }
    Ok(out)
}

fn flatten(prefix: &str, object: &Map<String, Value>, cells: &mut Vec<(String, String)>) {
    for (key, value) in object {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            Value::Object(inner) => flatten(&name, inner, cells),
            Value::Null => cells.push((name, String::new())),
            Value::String(text) => cells.push((name, not_a_formula(text))),
            Value::Array(_) => cells.push((name, not_a_formula(&value.to_string()))),
            other => cells.push((name, other.to_string())),
        }
    }
}

/// Text typed as "=HYPERLINK(...)" must open as text: a leading apostrophe, which
/// spreadsheet programs hide.
fn not_a_formula(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn rows_flatten_bodies_and_keep_erased_ids() {
        let records = [
            LatestRecord {
                kiosk_id: "k".into(),
                id: "a".into(),
                version: 2,
                body: Some(json!({ "profile": { "full_name": "सुनीता", "idea": "=1+1" },
                                   "registered_at": "t", "n": 5, "none": null })),
                erased: false,
                received_at: "r".into(),
            },
            LatestRecord {
                kiosk_id: "k".into(),
                id: "b".into(),
                version: 3,
                body: None,
                erased: true,
                received_at: "r".into(),
            },
        ];
        let bytes = csv(&records).expect("writes");
        let text = String::from_utf8(bytes).expect("utf-8");
        let text = text.strip_prefix('\u{feff}').expect("a BOM");
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "kiosk_id,id,version,received_at,erased,n,none,profile.full_name,profile.idea,registered_at"
        );
        assert_eq!(lines[1], "k,a,2,r,no,5,,सुनीता,'=1+1,t");
        assert_eq!(lines[2], "k,b,3,r,yes,,,,,");
    }
}
