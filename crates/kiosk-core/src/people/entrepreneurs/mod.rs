//! Entrepreneurs the operators register, with consent, and follow over the months:
//! profiles, an edit history of field names, possible duplicates, erasure to a
//! tombstone, check-ins and the programme dashboard. Every change is written with its
//! outbox row in one transaction; the photo file of an erased record goes after commit.

mod changes;
mod clock;
pub mod csv;
mod dashboard;
pub mod fields;
pub mod lists;
pub mod model;
pub mod notice;
mod similar;
mod store;
mod validate;

use rusqlite::Connection;
use serde::Serialize;

#[cfg(any(test, feature = "fixtures"))]
pub use clock::pin_today;
pub use dashboard::{MONTHS, YOUTH_AGES};
pub use fields::{CheckInField, EntrepreneurField, InputReason};
pub use lists::{lists, Choice, Lists, StageChoice};
pub use model::{
    CheckIn, CheckInInput, ConsentRecord, Dashboard, Duplicate, DuplicateReason, Entrepreneur,
    EntrepreneurSummary, HistoryAction, HistoryEntry, MonthFigures, Profile, Registration, Stage,
};
pub use notice::{notice, ConsentNotice, ConsentNoticeSection, ConsentNoticeText};
pub use similar::MAX_EDITS;
pub use validate::{MAX_IDEA_CHARS, MAX_NOTE_CHARS, MAX_PEOPLE, MAX_RUPEES};

use crate::error::{Error, Result};
use crate::people::{Operator, Role};
use crate::{outbox, photos, Store};

/// Outbox kind of entrepreneur records.
pub const KIND: &str = "entrepreneur";
/// Outbox kind of check-ins.
pub const CHECK_IN_KIND: &str = "check_in";

/// What the outbox carries once a record is erased: the id and nothing personal.
#[derive(Debug, Serialize)]
struct Tombstone<'a> {
    id: &'a str,
    version: i64,
    erased: bool,
    erased_at: &'a str,
}

/// Registers a person after checking every field and their consent to the current
/// notice. The record, its history line and its outbox row are committed together;
/// when this returns `Ok`, the record is on disk.
pub fn register(store: &Store, by: &Operator, form: &Registration) -> Result<Entrepreneur> {
    store.write(|tx| register_in(store, tx, by, form))
}

/// Registers everyone on `forms`, in their order, in one transaction: all of them, or
/// none if any form is refused (with that form's error). Each record gets its history
/// line and outbox row, as with [`register`].
pub fn register_all(
    store: &Store,
    by: &Operator,
    forms: &[Registration],
) -> Result<Vec<Entrepreneur>> {
    store.write(|tx| {
        forms
            .iter()
            .map(|form| register_in(store, tx, by, form))
            .collect()
    })
}

/// One registration inside the caller's transaction.
fn register_in(
    store: &Store,
    tx: &Connection,
    by: &Operator,
    form: &Registration,
) -> Result<Entrepreneur> {
    let now = clock::now(tx)?;
    let profile = validate::registration(form, &now.today, None)?;
    let consent = notice::check(form.consent_version)?;
    check_photo(store, profile.photo.as_deref(), None)?;
    let filled = changes::filled(&profile);
    let record = Entrepreneur {
        id: uuid::Uuid::now_v7().to_string(),
        version: 1,
        consent: ConsentRecord {
            version: consent,
            at: now.at.clone(),
            by: by.id.clone(),
        },
        registered_at: now.at.clone(),
        registered_by: by.id.clone(),
        updated_at: now.at.clone(),
        erased_at: None,
        erased_by: None,
        profile: Some(profile),
    };
    save(tx, &record, by, HistoryAction::Registered, &filled)?;
    Ok(record)
}

/// Writes a version of the record with its history line and its outbox row, which
/// always go together.
fn save(
    tx: &Connection,
    record: &Entrepreneur,
    by: &Operator,
    action: HistoryAction,
    fields: &[EntrepreneurField],
) -> Result<()> {
    let (id, version, at) = (&record.id, record.version, &record.updated_at);
    store::save(tx, record)?;
    store::add_history(tx, id, version, at, &by.id, action, fields)?;
    outbox::record(tx, KIND, id, version, record)
}

/// Saves an edit made on `expected_version` of the record; refused with
/// [`Error::StaleEdit`] if someone saved a newer version meanwhile. The history names
/// the changed fields; a save that changes nothing writes nothing. A replaced photo's
/// file is removed after commit.
pub fn update(
    store: &Store,
    by: &Operator,
    id: &str,
    expected_version: i64,
    form: &Registration,
) -> Result<Entrepreneur> {
    let (record, replaced_photo) =
        store.write(|tx| update_in(store, tx, by, id, expected_version, form))?;
    if let Some(hash) = replaced_photo {
        remove_photo_if_unused(store, &hash, id)?;
    }
    Ok(record)
}

/// The edit inside its transaction; returns the record and the photo it no longer shows.
fn update_in(
    store: &Store,
    tx: &Connection,
    by: &Operator,
    id: &str,
    expected_version: i64,
    form: &Registration,
) -> Result<(Entrepreneur, Option<String>)> {
    let now = clock::now(tx)?;
    let current = stored(tx, id)?;
    let Some(old) = current.profile.as_ref() else {
        return Err(Error::EntrepreneurErased);
    };
    if current.version != expected_version {
        return Err(Error::StaleEdit);
    }
    let registered_on = current.registered_at.get(..10).unwrap_or(&now.today);
    let profile = validate::registration(form, registered_on, old.aadhaar_last4.as_deref())?;
    let consent = notice::check(form.consent_version)?;
    check_photo(store, profile.photo.as_deref(), old.photo.as_deref())?;
    let mut changed = changes::changed(old, &profile);
    let consent = if consent == current.consent.version {
        current.consent.clone()
    } else {
        changed.push(EntrepreneurField::Consent);
        ConsentRecord {
            version: consent,
            at: now.at.clone(),
            by: by.id.clone(),
        }
    };
    if changed.is_empty() {
        return Ok((current, None));
    }
    let replaced = old
        .photo
        .clone()
        .filter(|p| profile.photo.as_ref() != Some(p));
    let record = Entrepreneur {
        version: current.version + 1,
        profile: Some(profile),
        consent,
        updated_at: now.at,
        ..current
    };
    save(tx, &record, by, HistoryAction::Edited, &changed)?;
    Ok((record, replaced))
}

/// The record, or its tombstone once erased.
pub fn get(store: &Store, id: &str) -> Result<Entrepreneur> {
    store.read(|conn| stored(conn, id))
}

/// Everyone registered, newest first, erased records as tombstones. A query finds
/// live records by part of the name or village (any case, spacing or Hindi spelling
/// variant) or, when it is digits only, by part of the mobile number.
pub fn list(store: &Store, query: &str) -> Result<Vec<EntrepreneurSummary>> {
    let query = query.trim();
    let key = validate::key(query);
    let digits_only = query
        .chars()
        .all(|c| c.is_ascii_digit() || " -+".contains(c));
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    let mobile_digits = if digits_only && digits.len() >= 3 {
        digits.as_str()
    } else {
        ""
    };
    let search = store::Search {
        key: if digits_only { "" } else { &key },
        mobile_digits,
    };
    // A query with nothing to search by finds nobody, not everybody.
    if !query.is_empty() && search.key.is_empty() && search.mobile_digits.is_empty() {
        return Ok(vec![]);
    }
    store.read(|conn| store::summaries(conn, &search))
}

/// Live records that may be the person on the form: the same mobile number, or the
/// same village and a name at most [`MAX_EDITS`] slips away (or the same name in the
/// other script). Same mobile first. `except`: the record being edited.
pub fn possible_duplicates(
    store: &Store,
    form: &Registration,
    except: Option<&str>,
) -> Result<Vec<Duplicate>> {
    let mobile = crate::people::checks::mobile(&form.mobile);
    let name_key = validate::key(&form.full_name);
    let village_key = validate::key(&form.village);
    let candidates =
        store.read(|conn| store::candidates(conn, mobile.as_deref(), &village_key, except))?;
    let mut found: Vec<Duplicate> = candidates
        .into_iter()
        .filter_map(|c| {
            let why = if mobile.as_deref() == Some(c.mobile.as_str()) {
                DuplicateReason::SameMobile
            } else if c.village_key == village_key
                && similar::similar_names(&c.name_key, &c.full_name, &name_key, &form.full_name)
            {
                DuplicateReason::SimilarName
            } else {
                return None;
            };
            let mobile_last4 = c.mobile.get(c.mobile.len().saturating_sub(4)..);
            Some(Duplicate {
                mobile_last4: mobile_last4.unwrap_or_default().to_string(),
                id: c.id,
                full_name: c.full_name,
                village: c.village,
                why,
            })
        })
        .collect();
    found.sort_by_key(|d| d.why);
    Ok(found)
}

/// Every change to the record, oldest first.
pub fn history(store: &Store, id: &str) -> Result<Vec<HistoryEntry>> {
    store.read(|conn| {
        stored(conn, id)?;
        store::history(conn, id)
    })
}

/// Erases a record when consent is withdrawn (admins only): every personal field is
/// cleared, check-ins are deleted, earlier outbox bodies become tombstones, and a
/// tombstone version is queued for the head office. The photo file is deleted after
/// commit. Returns the tombstone.
pub fn erase(store: &Store, by_admin: &Operator, id: &str) -> Result<Entrepreneur> {
    if by_admin.role != Role::Admin {
        return Err(Error::NotAdmin);
    }
    let (record, photo) = store.write(|tx| {
        // Freed space is zeroed, so the erased values do not linger in the file.
        let was: i64 = tx.query_row("PRAGMA secure_delete", [], |row| row.get(0))?;
        tx.pragma_update(None, "secure_delete", true)?;
        let erased = erase_in(tx, by_admin, id);
        tx.pragma_update(None, "secure_delete", was)?;
        erased
    })?;
    store.checkpoint();
    if let Some(hash) = photo {
        remove_photo_if_unused(store, &hash, id)?;
    }
    Ok(record)
}

fn erase_in(tx: &Connection, by: &Operator, id: &str) -> Result<(Entrepreneur, Option<String>)> {
    let now = clock::now(tx)?;
    let current = stored(tx, id)?;
    let Some(profile) = current.profile.as_ref() else {
        return Err(Error::EntrepreneurErased);
    };
    let version = current.version + 1;
    store::erase(tx, id, version, &now.at, &by.id)?;
    let cleared = changes::filled(profile);
    store::add_history(
        tx,
        id,
        version,
        &now.at,
        &by.id,
        HistoryAction::Erased,
        &cleared,
    )?;
    for check_in in store::check_ins(tx, id)? {
        outbox::scrub(tx, CHECK_IN_KIND, &check_in.id, &now.at)?;
        send_tombstone(
            tx,
            CHECK_IN_KIND,
            &check_in.id,
            check_in.version + 1,
            &now.at,
        )?;
    }
    store::delete_check_ins(tx, id)?;
    outbox::scrub(tx, KIND, id, &now.at)?;
    send_tombstone(tx, KIND, id, version, &now.at)?;
    let photo = profile.photo.clone();
    let record = store::get(tx, id)?.ok_or(Error::EntrepreneurNotFound)?;
    Ok((record, photo))
}

fn send_tombstone(tx: &Connection, kind: &str, id: &str, version: i64, at: &str) -> Result<()> {
    let body = Tombstone {
        id,
        version,
        erased: true,
        erased_at: at,
    };
    outbox::record(tx, kind, id, version, &body)
}

/// Records a check-in for a live entrepreneur, dated from registration to today.
pub fn add_check_in(
    store: &Store,
    by: &Operator,
    entrepreneur_id: &str,
    input: &CheckInInput,
) -> Result<CheckIn> {
    store.write(|tx| {
        let now = clock::now(tx)?;
        let record = stored(tx, entrepreneur_id)?;
        if record.profile.is_none() {
            return Err(Error::EntrepreneurErased);
        }
        let registered_on = record.registered_at.get(..10).unwrap_or(&now.today);
        let input = validate::check_in(input, registered_on, &now.today)?;
        let check_in = CheckIn {
            id: uuid::Uuid::now_v7().to_string(),
            entrepreneur_id: entrepreneur_id.to_string(),
            version: 1,
            date: input.date,
            stage: input.stage,
            note: input.note,
            training_done: input.training_done,
            loan_applied_amount: input.loan_applied_amount,
            loan_sanctioned_amount: input.loan_sanctioned_amount,
            loan_source: input.loan_source,
            monthly_revenue: input.monthly_revenue,
            people_employed: input.people_employed,
            created_at: now.at,
            created_by: by.id.clone(),
        };
        store::insert_check_in(tx, &check_in)?;
        outbox::record(tx, CHECK_IN_KIND, &check_in.id, check_in.version, &check_in)?;
        Ok(check_in)
    })
}

/// The entrepreneur's check-ins in date order (the timeline and its chart).
pub fn check_ins(store: &Store, entrepreneur_id: &str) -> Result<Vec<CheckIn>> {
    store.read(|conn| {
        stored(conn, entrepreneur_id)?;
        store::check_ins(conn, entrepreneur_id)
    })
}

/// The programme's figures for this kiosk, with the last [`MONTHS`] months.
pub fn dashboard(store: &Store) -> Result<Dashboard> {
    store.read(|conn| {
        let now = clock::now(conn)?;
        let people = store::counted(conn)?;
        let check_ins = store::counted_check_ins(conn)?;
        Ok(dashboard::figures(&people, &check_ins, &now.today))
    })
}

/// The stored record (live or tombstone), or [`Error::EntrepreneurNotFound`].
fn stored(conn: &Connection, id: &str) -> Result<Entrepreneur> {
    store::get(conn, id)?.ok_or(Error::EntrepreneurNotFound)
}

/// A photo named on the form must be stored on this kiosk (`kept` is the one the
/// record already has, which needs no check).
fn check_photo(store: &Store, photo: Option<&str>, kept: Option<&str>) -> Result<()> {
    let Some(hash) = photo.filter(|p| Some(*p) != kept) else {
        return Ok(());
    };
    if photos::read(store, hash)?.is_none() {
        return Err(Error::EntrepreneurInvalid {
            field: EntrepreneurField::Photo,
            reason: InputReason::NotFound,
        });
    }
    Ok(())
}

/// Deletes a photo no other record shows (photos are stored by content, so two
/// records could share one file).
fn remove_photo_if_unused(store: &Store, hash: &str, id: &str) -> Result<()> {
    if store.read(|conn| store::photo_in_use(conn, hash, id))? {
        return Ok(());
    }
    photos::remove(store, hash)
}
