//! SQL for entrepreneurs, their history and check-ins. Callers hold the transaction;
//! nothing here commits.

use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::fields::EntrepreneurField;
use super::model::{
    CheckIn, ConsentRecord, Entrepreneur, EntrepreneurSummary, HistoryAction, HistoryEntry,
    Profile, Stage,
};
use super::validate::key;
use crate::catalog::eligibility::{Caste, Gender};
use crate::error::{Error, Result};

/// A value this build does not know in a column it wrote: a damaged or newer file.
fn unknown(column: usize, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        Type::Text,
        format!("unknown value {value:?}").into(),
    )
}

pub(crate) fn gender_str(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::Transgender => "transgender",
    }
}

fn gender(column: usize, text: &str) -> rusqlite::Result<Gender> {
    match text {
        "female" => Ok(Gender::Female),
        "male" => Ok(Gender::Male),
        "transgender" => Ok(Gender::Transgender),
        other => Err(unknown(column, other)),
    }
}

pub(crate) fn caste_str(caste: Caste) -> &'static str {
    match caste {
        Caste::General => "general",
        Caste::Obc => "obc",
        Caste::Sc => "sc",
        Caste::St => "st",
        Caste::Ews => "ews",
        Caste::Pvtg => "pvtg",
    }
}

fn caste(column: usize, text: &str) -> rusqlite::Result<Caste> {
    match text {
        "general" => Ok(Caste::General),
        "obc" => Ok(Caste::Obc),
        "sc" => Ok(Caste::Sc),
        "st" => Ok(Caste::St),
        "ews" => Ok(Caste::Ews),
        "pvtg" => Ok(Caste::Pvtg),
        other => Err(unknown(column, other)),
    }
}

pub(crate) fn stage(column: usize, text: &str) -> rusqlite::Result<Stage> {
    Stage::from_id(text).ok_or_else(|| unknown(column, text))
}

const COLUMNS: &str = "id, version, full_name, gender, birth_date, age_at_registration, mobile,
    village, state, district, caste, education, shg_member, sector, idea, stage, bank_account,
    aadhaar_last4, photo, consent_version, consent_at, consent_by, registered_at,
    registered_by, updated_at, erased_at, erased_by";

fn entrepreneur(row: &Row) -> rusqlite::Result<Entrepreneur> {
    let erased_at: Option<String> = row.get(25)?;
    let profile = match erased_at {
        Some(_) => None,
        None => Some(Profile {
            full_name: row.get(2)?,
            gender: gender(3, &row.get::<_, String>(3)?)?,
            birth_date: row.get(4)?,
            age_at_registration: row.get(5)?,
            mobile: row.get(6)?,
            village: row.get(7)?,
            state: row.get(8)?,
            district: row.get(9)?,
            caste: row
                .get::<_, Option<String>>(10)?
                .map(|c| caste(10, &c))
                .transpose()?,
            education: row.get(11)?,
            shg_member: row.get(12)?,
            sector: row.get(13)?,
            idea: row.get(14)?,
            stage: stage(15, &row.get::<_, String>(15)?)?,
            bank_account: row.get(16)?,
            aadhaar_last4: row.get(17)?,
            photo: row.get(18)?,
        }),
    };
    Ok(Entrepreneur {
        id: row.get(0)?,
        version: row.get(1)?,
        profile,
        consent: ConsentRecord {
            version: row.get(19)?,
            at: row.get(20)?,
            by: row.get(21)?,
        },
        registered_at: row.get(22)?,
        registered_by: row.get(23)?,
        updated_at: row.get(24)?,
        erased_at,
        erased_by: row.get(26)?,
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<Entrepreneur>> {
    let sql = format!("SELECT {COLUMNS} FROM entrepreneurs WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], entrepreneur)
        .optional()?)
}

/// Every record, tombstones included, newest first.
pub fn all(conn: &Connection) -> Result<Vec<Entrepreneur>> {
    let sql = format!("SELECT {COLUMNS} FROM entrepreneurs ORDER BY registered_at DESC, id DESC");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], entrepreneur)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts a live record, or replaces one with the same id (an edit).
pub fn save(conn: &Connection, e: &Entrepreneur) -> Result<()> {
    let Some(p) = &e.profile else {
        return Err(Error::EntrepreneurErased);
    };
    conn.prepare_cached(&format!(
        "INSERT INTO entrepreneurs({COLUMNS}, name_key, village_key) VALUES
         (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
          ?19, ?20, ?21, ?22, ?23, ?24, ?25, NULL, NULL, ?26, ?27)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version,
             full_name = excluded.full_name, gender = excluded.gender,
             birth_date = excluded.birth_date,
             age_at_registration = excluded.age_at_registration, mobile = excluded.mobile,
             village = excluded.village, state = excluded.state,
             district = excluded.district, caste = excluded.caste,
             education = excluded.education, shg_member = excluded.shg_member,
             sector = excluded.sector, idea = excluded.idea, stage = excluded.stage,
             bank_account = excluded.bank_account, aadhaar_last4 = excluded.aadhaar_last4,
             photo = excluded.photo, consent_version = excluded.consent_version,
             consent_at = excluded.consent_at, consent_by = excluded.consent_by,
             updated_at = excluded.updated_at, name_key = excluded.name_key,
             village_key = excluded.village_key"
    ))?
    .execute(params![
        e.id,
        e.version,
        p.full_name,
        gender_str(p.gender),
        p.birth_date,
        p.age_at_registration,
        p.mobile,
        p.village,
        p.state,
        p.district,
        p.caste.map(caste_str),
        p.education,
        p.shg_member,
        p.sector,
        p.idea,
        p.stage.as_str(),
        p.bank_account,
        p.aadhaar_last4,
        p.photo,
        e.consent.version,
        e.consent.at,
        e.consent.by,
        e.registered_at,
        e.registered_by,
        e.updated_at,
        key(&p.full_name),
        key(&p.village),
    ])?;
    Ok(())
}

/// Clears every personal column: the row stays as a tombstone with its id and trail.
pub fn erase(conn: &Connection, id: &str, version: i64, at: &str, by: &str) -> Result<()> {
    conn.execute(
        "UPDATE entrepreneurs SET version = ?2, full_name = '', name_key = '', gender = NULL,
             birth_date = NULL, age_at_registration = NULL, mobile = '', village = '',
             village_key = '', state = NULL, district = NULL, caste = NULL,
             education = NULL, shg_member = NULL, sector = NULL, idea = '', stage = NULL,
             bank_account = NULL, aadhaar_last4 = NULL, photo = NULL,
             updated_at = ?3, erased_at = ?3, erased_by = ?4
         WHERE id = ?1",
        params![id, version, at, by],
    )?;
    Ok(())
}

pub fn add_history(
    conn: &Connection,
    id: &str,
    version: i64,
    at: &str,
    operator_id: &str,
    action: HistoryAction,
    fields: &[EntrepreneurField],
) -> Result<()> {
    let names: Vec<&str> = fields.iter().map(|f| f.as_str()).collect();
    let names = serde_json::to_string(&names).map_err(Error::stored_json)?;
    conn.execute(
        "INSERT INTO entrepreneur_history(entrepreneur_id, version, at, operator_id, action, fields)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, version, at, operator_id, action.as_str(), names],
    )?;
    Ok(())
}

pub fn history(conn: &Connection, id: &str) -> Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.version, h.at, h.operator_id, o.name, h.action, h.fields
         FROM entrepreneur_history h LEFT JOIN operators o ON o.id = h.operator_id
         WHERE h.entrepreneur_id = ?1 ORDER BY h.version",
    )?;
    let rows = stmt.query_map([id], |row| {
        let action = match row.get::<_, String>(4)?.as_str() {
            "registered" => HistoryAction::Registered,
            "edited" => HistoryAction::Edited,
            "erased" => HistoryAction::Erased,
            other => return Err(unknown(4, other)),
        };
        let fields: String = row.get(5)?;
        let fields = serde_json::from_str(&fields)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(5, Type::Text, e.into()))?;
        Ok(HistoryEntry {
            version: row.get(0)?,
            at: row.get(1)?,
            operator_id: row.get(2)?,
            operator_name: row.get(3)?,
            action,
            fields,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What the list searches for: nothing (everyone, erased included), or a name/village
/// key and, for a query of digits only, a part of a mobile number.
#[derive(Debug)]
pub struct Search<'a> {
    pub key: &'a str,
    pub mobile_digits: &'a str,
}

pub fn summaries(conn: &Connection, search: &Search) -> Result<Vec<EntrepreneurSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.full_name, e.village, e.mobile, e.sector, e.stage, e.photo,
                e.registered_at, e.erased_at,
                (SELECT c.stage FROM check_ins c WHERE c.entrepreneur_id = e.id
                 ORDER BY c.date DESC, c.created_at DESC, c.id DESC LIMIT 1)
         FROM entrepreneurs e
         WHERE (?1 = '' AND ?2 = '')
            OR (e.erased_at IS NULL AND (
                   (?1 <> '' AND (instr(e.name_key, ?1) > 0 OR instr(e.village_key, ?1) > 0))
                OR (?2 <> '' AND instr(e.mobile, ?2) > 0)))
         ORDER BY e.registered_at DESC, e.id DESC",
    )?;
    let rows = stmt.query_map(params![search.key, search.mobile_digits], |row| {
        let erased_at: Option<String> = row.get(8)?;
        let live = erased_at.is_none();
        let text = |i: usize| -> rusqlite::Result<Option<String>> {
            Ok(if live { row.get(i)? } else { None })
        };
        let latest = row
            .get::<_, Option<String>>(9)?
            .or(row.get::<_, Option<String>>(5)?);
        Ok(EntrepreneurSummary {
            id: row.get(0)?,
            full_name: text(1)?,
            village: text(2)?,
            mobile: text(3)?,
            sector: text(4)?,
            stage: latest.map(|s| stage(5, &s)).transpose()?,
            photo: text(6)?,
            registered_at: row.get(7)?,
            erased_at,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A live record that may be the person being typed.
#[derive(Debug)]
pub struct Candidate {
    pub id: String,
    pub full_name: String,
    pub name_key: String,
    pub village: String,
    pub village_key: String,
    pub mobile: String,
}

/// Live records with this mobile number or in this village, newest first.
pub fn candidates(
    conn: &Connection,
    mobile: Option<&str>,
    village_key: &str,
    except: Option<&str>,
) -> Result<Vec<Candidate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, full_name, name_key, village, village_key, mobile FROM entrepreneurs
         WHERE erased_at IS NULL AND (mobile = ?1 OR (?2 <> '' AND village_key = ?2))
           AND id IS NOT ?3
         ORDER BY registered_at DESC, id DESC",
    )?;
    let rows = stmt.query_map(params![mobile, village_key, except], |row| {
        Ok(Candidate {
            id: row.get(0)?,
            full_name: row.get(1)?,
            name_key: row.get(2)?,
            village: row.get(3)?,
            village_key: row.get(4)?,
            mobile: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether any live record other than `except` shows this photo.
/// Whether another record shows this photo, or a version still waiting in the outbox
/// does (the head office must get the photo the record had when that version was
/// written; the file stays until then).
pub fn photo_in_use(conn: &Connection, hash: &str, except: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM entrepreneurs WHERE photo = ?1 AND id <> ?2
             UNION ALL
             SELECT 1 FROM outbox WHERE sent_at IS NULL AND kind = 'entrepreneur'
                AND json_extract(body, '$.profile.photo') = ?1",
        )?
        .exists([hash, except])?)
}

pub fn insert_check_in(conn: &Connection, c: &CheckIn) -> Result<()> {
    conn.execute(
        "INSERT INTO check_ins(id, entrepreneur_id, version, date, stage, note, training_done,
             loan_applied_amount, loan_sanctioned_amount, loan_source, monthly_revenue,
             people_employed, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            c.id,
            c.entrepreneur_id,
            c.version,
            c.date,
            c.stage.as_str(),
            c.note,
            c.training_done,
            c.loan_applied_amount,
            c.loan_sanctioned_amount,
            c.loan_source,
            c.monthly_revenue,
            c.people_employed,
            c.created_at,
            c.created_by,
        ],
    )?;
    Ok(())
}

/// The entrepreneur's check-ins by date (same day: in the order they were made).
pub fn check_ins(conn: &Connection, entrepreneur_id: &str) -> Result<Vec<CheckIn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, entrepreneur_id, version, date, stage, note, training_done,
                loan_applied_amount, loan_sanctioned_amount, loan_source, monthly_revenue,
                people_employed, created_at, created_by
         FROM check_ins WHERE entrepreneur_id = ?1 ORDER BY date, created_at, id",
    )?;
    let rows = stmt.query_map([entrepreneur_id], |row| {
        Ok(CheckIn {
            id: row.get(0)?,
            entrepreneur_id: row.get(1)?,
            version: row.get(2)?,
            date: row.get(3)?,
            stage: stage(4, &row.get::<_, String>(4)?)?,
            note: row.get(5)?,
            training_done: row.get(6)?,
            loan_applied_amount: row.get(7)?,
            loan_sanctioned_amount: row.get(8)?,
            loan_source: row.get(9)?,
            monthly_revenue: row.get(10)?,
            people_employed: row.get(11)?,
            created_at: row.get(12)?,
            created_by: row.get(13)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn delete_check_ins(conn: &Connection, entrepreneur_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM check_ins WHERE entrepreneur_id = ?1",
        [entrepreneur_id],
    )?;
    Ok(())
}

/// A live entrepreneur as the dashboard counts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub id: String,
    pub gender: Gender,
    pub age_at_registration: u8,
    pub stage: Stage,
    /// YYYY-MM-DD.
    pub registered_on: String,
}

/// A check-in as the dashboard counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedCheckIn {
    pub entrepreneur_id: String,
    pub date: String,
    pub stage: Stage,
    pub loan_sanctioned_amount: Option<i64>,
    pub people_employed: i64,
}

pub fn counted(conn: &Connection) -> Result<Vec<Counted>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, gender, age_at_registration, stage, substr(registered_at, 1, 10)
         FROM entrepreneurs WHERE erased_at IS NULL ORDER BY registered_at, id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Counted {
            id: row.get(0)?,
            gender: gender(1, &row.get::<_, String>(1)?)?,
            age_at_registration: row.get(2)?,
            stage: stage(3, &row.get::<_, String>(3)?)?,
            registered_on: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Check-ins of live entrepreneurs, each entrepreneur's in date order.
pub fn counted_check_ins(conn: &Connection) -> Result<Vec<CountedCheckIn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.entrepreneur_id, c.date, c.stage, c.loan_sanctioned_amount, c.people_employed
         FROM check_ins c JOIN entrepreneurs e ON e.id = c.entrepreneur_id
         WHERE e.erased_at IS NULL
         ORDER BY c.entrepreneur_id, c.date, c.created_at, c.id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(CountedCheckIn {
            entrepreneur_id: row.get(0)?,
            date: row.get(1)?,
            stage: stage(2, &row.get::<_, String>(2)?)?,
            loan_sanctioned_amount: row.get(3)?,
            people_employed: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
