//! Entrepreneurs as a spreadsheet. An admin's export writes every record as a row, in
//! UTF-8 with a BOM and CRLF line ends so spreadsheet programs show the Hindi; an import
//! reads a sheet of new registrations (a camp registered on paper, with paper consent
//! forms) and saves all of its rows or none. [`write`] and [`read`] are the pure
//! mapping between rows and records; [`export_file`] and [`import`] add the admin check
//! and the store.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use ::csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::fields::{EntrepreneurField, InputReason};
use super::lists::lists;
use super::model::{Duplicate, DuplicateReason, Entrepreneur, Registration};
use super::store::{caste_str, gender_str};
use super::{clock, notice, possible_duplicates, register_all, store, validate};
use crate::catalog::eligibility::{Caste, Gender};
use crate::error::{Error, Result};
use crate::people::{checks, Operator, Role};
use crate::{kiosk, Language, Localizer, Store};

/// The export's columns, in order. Lists are written as their ids and yes/no answers as
/// `yes` or `no`; an erased record keeps only its id, version, registered_at and
/// erased_at. The full Aadhaar number is never stored, so never exported.
pub const COLUMNS: [&str; 23] = [
    "id",
    "version",
    "registered_at",
    "full_name",
    "gender",
    "birth_date",
    "age_at_registration",
    "mobile",
    "village",
    "state",
    "district",
    "caste",
    "education",
    "shg_member",
    "sector",
    "idea",
    "stage",
    "bank_account",
    "aadhaar_last4",
    "photo",
    "consent_version",
    "consent_at",
    "erased_at",
];

/// The columns an import needs. `birth_date` or `age` (an export's
/// `age_at_registration` counts as the age), `caste` and `aadhaar` (all 12 digits) may
/// be added; any other column, such as an export's id or photo, is not read.
pub const REQUIRED: [&str; 13] = [
    "full_name",
    "gender",
    "mobile",
    "village",
    "state",
    "district",
    "education",
    "shg_member",
    "sector",
    "idea",
    "stage",
    "bank_account",
    "consent",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes `records` as a sheet: a BOM, the header row, then one row per record.
pub fn write(mut out: impl Write, records: &[Entrepreneur]) -> io::Result<()> {
    out.write_all(BOM)?;
    let mut sheet = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .from_writer(out);
    sheet.write_record(COLUMNS)?;
    for record in records {
        sheet.write_record(COLUMNS.map(|column| cell(record, column)))?;
    }
    sheet.flush()
}

fn cell(record: &Entrepreneur, column: &str) -> String {
    let yes_no = |answer: bool| if answer { "yes" } else { "no" }.to_string();
    let text = match (column, &record.profile) {
        ("id", _) => record.id.clone(),
        ("version", _) => record.version.to_string(),
        ("registered_at", _) => record.registered_at.clone(),
        ("erased_at", _) => record.erased_at.clone().unwrap_or_default(),
        // A tombstone: nothing personal, and no consent still in force.
        (_, None) => String::new(),
        (column, Some(p)) => match column {
            "full_name" => p.full_name.clone(),
            "gender" => gender_str(p.gender).to_string(),
            "birth_date" => p.birth_date.clone().unwrap_or_default(),
            "age_at_registration" => p.age_at_registration.to_string(),
            "mobile" => p.mobile.clone(),
            "village" => p.village.clone(),
            "state" => p.state.clone(),
            "district" => p.district.clone(),
            "caste" => p.caste.map(caste_str).unwrap_or_default().to_string(),
            "education" => p.education.clone(),
            "shg_member" => yes_no(p.shg_member),
            "sector" => p.sector.clone(),
            "idea" => p.idea.clone(),
            "stage" => p.stage.as_str().to_string(),
            "bank_account" => yes_no(p.bank_account),
            "aadhaar_last4" => p.aadhaar_last4.clone().unwrap_or_default(),
            "photo" => p.photo.clone().unwrap_or_default(),
            "consent_version" => record.consent.version.to_string(),
            "consent_at" => record.consent.at.clone(),
            _ => String::new(),
        },
    };
    not_a_formula(text)
}

/// Characters that make a spreadsheet program read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// An idea typed as "=HYPERLINK(...)" must open as text, not run: such cells get a
/// leading apostrophe, which spreadsheet programs hide and [`read`] removes.
fn not_a_formula(text: String) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text
    }
}

fn from_formula_guard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

/// Writes every entrepreneur, newest first, to the sheet at `path` (admins only) and
/// returns the number of rows. The sheet is written under a temporary name beside
/// `path` and renamed at the end, so a failed export leaves no half-written file.
pub fn export_file(store: &Store, by_admin: &Operator, path: &Path) -> Result<usize> {
    if by_admin.role != Role::Admin {
        return Err(Error::NotAdmin);
    }
    let records = store.read(store::all)?;
    let failed = |source| Error::FileWrite {
        path: path.to_path_buf(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| failed(io::ErrorKind::InvalidInput.into()))?;
    let temp = path.with_file_name(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = write_new(&temp, &records).and_then(|()| fs::rename(&temp, path));
    if let Err(source) = written {
        // Best effort: a leftover temp file holds personal data, so try to remove it.
        let _ = fs::remove_file(&temp);
        return Err(failed(source));
    }
    Ok(records.len())
}

/// Writes the sheet to a new file, readable only by its owner where the system has
/// owners (the sheet holds personal data), and syncs it.
fn write_new(path: &Path, records: &[Entrepreneur]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = io::BufWriter::new(options.open(path)?);
    write(&mut out, records)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()
}

/// What is wrong with a sheet, one row and column at a time.
#[derive(Debug)]
pub enum Problem {
    /// The registration form's own check refused the value: the form's message.
    Refused(Error),
    /// A required column is not in the header row.
    MissingColumn,
    /// A required choice or yes/no answer was left empty.
    Blank,
    /// None of the list's ids or labels.
    NotAChoice {
        value: String,
    },
    NotYesNo {
        value: String,
    },
    /// The consent column does not say yes.
    NoConsent,
    /// The file is in a Windows code page, as a spreadsheet's plain "CSV" is.
    NotUtf8,
    Unreadable {
        detail: String,
    },
    /// No row below the header has anything in it.
    NoRows,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Refused(error) => error.code(),
            Problem::MissingColumn => "people_csv.missing_column",
            Problem::Blank => "people_csv.blank",
            Problem::NotAChoice { .. } => "people_csv.not_a_choice",
            Problem::NotYesNo { .. } => "people_csv.not_yes_no",
            Problem::NoConsent => "people_csv.no_consent",
            Problem::NotUtf8 => "people_csv.not_utf8",
            Problem::Unreadable { .. } => "people_csv.unreadable",
            Problem::NoRows => "people_csv.no_rows",
        }
    }
}

/// A problem in a sheet and where it is.
#[derive(Debug)]
pub struct RowProblem {
    /// As the spreadsheet program numbers rows: the header is row 1, the first person
    /// row 2.
    pub row: usize,
    /// The column as the header names it; empty for the whole row or sheet.
    pub column: String,
    pub problem: Problem,
}

/// A problem or a warning as `kioskctl --json` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowNote {
    pub row: usize,
    pub field: String,
    pub code: String,
    pub message: String,
}

impl RowProblem {
    fn new(row: usize, column: &str, problem: Problem) -> RowProblem {
        RowProblem {
            row,
            column: column.to_string(),
            problem,
        }
    }

    /// What is wrong, translated (without the row and column).
    pub fn message(&self, localizer: &Localizer, lang: Language) -> String {
        let mut args = FluentArgs::new();
        args.set("column", self.column.clone());
        let id = match &self.problem {
            Problem::Refused(error) => return error.message(localizer, lang),
            Problem::NotAChoice { value } | Problem::NotYesNo { value } => {
                args.set("value", value.clone());
                self.problem.code()
            }
            Problem::Unreadable { detail } => {
                args.set("detail", detail.clone());
                self.problem.code()
            }
            other => other.code(),
        };
        localizer.format(lang, &message_id(id), Some(&args))
    }

    /// "Row 3, mobile: Check the mobile number…", translated.
    pub fn line(&self, localizer: &Localizer, lang: Language) -> String {
        located(
            localizer,
            lang,
            self.row,
            &self.column,
            &self.message(localizer, lang),
        )
    }

    pub fn note(&self, localizer: &Localizer, lang: Language) -> RowNote {
        RowNote {
            row: self.row,
            field: self.column.clone(),
            code: self.problem.code().to_string(),
            message: self.message(localizer, lang),
        }
    }
}

/// `people_csv.no_rows` -> `people-csv-no-rows`.
fn message_id(code: &str) -> String {
    code.replace(['.', '_'], "-")
}

fn located(localizer: &Localizer, lang: Language, row: usize, column: &str, what: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("row", row);
    args.set("problem", what.to_string());
    if column.is_empty() {
        return localizer.format(lang, "people-csv-row-only", Some(&args));
    }
    args.set("column", column.to_string());
    localizer.format(lang, "people-csv-row", Some(&args))
}

/// Something in a good sheet worth a look; it does not stop the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The same mobile number as an earlier row of the sheet.
    SameMobileAs { row: usize },
    /// Someone already on the kiosk may be this person.
    MayBeRegistered(Duplicate),
    /// An erased record (an export read back): skipped.
    Erased,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowWarning {
    pub row: usize,
    pub warning: Warning,
}

impl RowWarning {
    pub fn code(&self) -> &'static str {
        match self.warning {
            Warning::SameMobileAs { .. } => "people_csv.same_mobile_in_sheet",
            Warning::MayBeRegistered(_) => "people_csv.possible_duplicate",
            Warning::Erased => "people_csv.erased_row",
        }
    }

    pub fn column(&self) -> &'static str {
        match &self.warning {
            Warning::SameMobileAs { .. } => "mobile",
            Warning::MayBeRegistered(d) if d.why == DuplicateReason::SameMobile => "mobile",
            Warning::MayBeRegistered(_) => "full_name",
            Warning::Erased => "erased_at",
        }
    }

    pub fn message(&self, localizer: &Localizer, lang: Language) -> String {
        let mut args = FluentArgs::new();
        match &self.warning {
            Warning::SameMobileAs { row } => args.set("first", *row),
            Warning::MayBeRegistered(d) => {
                let mut why = FluentArgs::new();
                let reason = match d.why {
                    DuplicateReason::SameMobile => "same_mobile",
                    DuplicateReason::SimilarName => "similar_name",
                };
                why.set("why", reason);
                why.set("last4", d.mobile_last4.clone());
                args.set("why", localizer.format(lang, "duplicate-why", Some(&why)));
                args.set("name", d.full_name.clone());
                args.set("village", d.village.clone());
            }
            Warning::Erased => {}
        }
        localizer.format(lang, &message_id(self.code()), Some(&args))
    }

    pub fn line(&self, localizer: &Localizer, lang: Language) -> String {
        let what = self.message(localizer, lang);
        located(localizer, lang, self.row, self.column(), &what)
    }

    pub fn note(&self, localizer: &Localizer, lang: Language) -> RowNote {
        RowNote {
            row: self.row,
            field: self.column().to_string(),
            code: self.code().to_string(),
            message: self.message(localizer, lang),
        }
    }
}

/// A sheet read and checked.
#[derive(Debug, Default)]
pub struct Sheet {
    /// The forms of the good rows, with their row numbers, in sheet order.
    pub forms: Vec<(usize, Registration)>,
    /// Rows of erased records, which are not registered again.
    pub erased: Vec<usize>,
    /// Everything wrong, in row order. A sheet is imported only when this is empty.
    pub problems: Vec<RowProblem>,
}

/// Reads a sheet of new registrations and checks each row as the registration form
/// would on `today` (YYYY-MM-DD), with consent to the current notice where the consent
/// column says yes. Every row's problems are collected; within a row, the form's checks
/// stop at the first wrong field, as on screen. Rows left wholly empty are skipped.
pub fn read(input: impl Read, today: &str) -> Sheet {
    let mut sheet = Sheet::default();
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut records = reader.records();
    let columns = match records.next() {
        Some(Ok(header)) => Columns::new(&header),
        Some(Err(error)) => Err(vec![unreadable(1, &error)]),
        None => Err(vec![RowProblem::new(1, "", Problem::NoRows)]),
    };
    let columns = match columns {
        Ok(columns) => columns,
        Err(problems) => {
            sheet.problems = problems;
            return sheet;
        }
    };
    for (index, record) in records.enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                // A broken file: the rows after this one cannot be trusted either.
                sheet.problems.push(unreadable(row, &error));
                break;
            }
        };
        let cells = Cells {
            columns: &columns,
            record: &record,
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if !cells.text("erased_at").is_empty() {
            sheet.erased.push(row);
            continue;
        }
        match form(&cells, row, today) {
            Ok(form) => sheet.forms.push((row, form)),
            Err(problems) => sheet.problems.extend(problems),
        }
    }
    if sheet.forms.is_empty() && sheet.erased.is_empty() && sheet.problems.is_empty() {
        sheet.problems.push(RowProblem::new(1, "", Problem::NoRows));
    }
    sheet
}

fn unreadable(row: usize, error: &::csv::Error) -> RowProblem {
    let problem = match error.kind() {
        ::csv::ErrorKind::Utf8 { .. } => Problem::NotUtf8,
        _ => Problem::Unreadable {
            detail: error.to_string(),
        },
    };
    RowProblem::new(row, "", problem)
}

/// Where each column is, by its name in the header row (any case; a BOM is skipped).
#[derive(Debug)]
struct Columns(HashMap<String, usize>);

impl Columns {
    fn new(header: &StringRecord) -> std::result::Result<Columns, Vec<RowProblem>> {
        let mut at = HashMap::new();
        for (index, name) in header.iter().enumerate() {
            let name = name.trim_start_matches('\u{FEFF}').trim().to_lowercase();
            at.entry(name).or_insert(index);
        }
        let missing: Vec<RowProblem> = REQUIRED
            .iter()
            .filter(|column| !at.contains_key(**column))
            .map(|column| RowProblem::new(1, column, Problem::MissingColumn))
            .collect();
        if missing.is_empty() {
            Ok(Columns(at))
        } else {
            Err(missing)
        }
    }
}

/// One row's cells by column name; a column the sheet lacks reads as empty.
struct Cells<'a> {
    columns: &'a Columns,
    record: &'a StringRecord,
}

impl Cells<'_> {
    fn text(&self, column: &str) -> &str {
        let cell = self.columns.0.get(column).and_then(|&i| self.record.get(i));
        from_formula_guard(cell.unwrap_or_default().trim())
    }
}

/// Collects one row's problems while its cells are turned into a form.
struct RowCheck {
    row: usize,
    problems: Vec<RowProblem>,
}

impl RowCheck {
    fn check<T>(&mut self, column: &str, value: std::result::Result<T, Problem>) -> Option<T> {
        value
            .map_err(|problem| {
                self.problems
                    .push(RowProblem::new(self.row, column, problem))
            })
            .ok()
    }
}

fn form(
    cells: &Cells,
    row: usize,
    today: &str,
) -> std::result::Result<Registration, Vec<RowProblem>> {
    let mut check = RowCheck {
        row,
        problems: Vec::new(),
    };
    let gender = check.check("gender", pick(cells.text("gender"), genders()));
    let caste = check.check("caste", optional(cells.text("caste"), castes()));
    let (age_column, age) = age(cells);
    let age = check.check(age_column, age);
    let state = check.check("state", state(cells.text("state")));
    let district = check.check(
        "district",
        district(cells.text("district"), state.as_deref()),
    );
    let education = check.check("education", list(cells.text("education"), "education"));
    let sector = check.check("sector", list(cells.text("sector"), "sector"));
    let stage = check.check("stage", pick(cells.text("stage"), stages()));
    let shg_member = check.check("shg_member", yes_no(cells.text("shg_member")));
    let bank_account = check.check("bank_account", yes_no(cells.text("bank_account")));
    let consent = check.check("consent", consent(cells.text("consent")));
    let blank_is_none = |text: &str| (!text.is_empty()).then(|| text.to_string());
    // Every cell that did not parse has left its problem in `check`.
    let parsed = || {
        Some(Registration {
            full_name: cells.text("full_name").to_string(),
            gender: gender?,
            birth_date: blank_is_none(cells.text("birth_date")),
            age: age?,
            mobile: cells.text("mobile").to_string(),
            village: cells.text("village").to_string(),
            state: state?,
            district: district?,
            caste: caste?,
            education: education?,
            shg_member: shg_member?,
            sector: sector?,
            idea: cells.text("idea").to_string(),
            stage: stage?,
            bank_account: bank_account?,
            aadhaar: blank_is_none(cells.text("aadhaar")),
            photo: None,
            consent_version: Some(consent?),
        })
    };
    let Some(form) = parsed() else {
        return Err(check.problems);
    };
    let checked = validate::registration(&form, today, None)
        .and_then(|_| notice::check(form.consent_version));
    match checked {
        Ok(_) => Ok(form),
        Err(error) => {
            let column = match &error {
                Error::EntrepreneurInvalid {
                    field: EntrepreneurField::Age,
                    ..
                } => age_column,
                Error::EntrepreneurInvalid { field, .. } => field.as_str(),
                _ => "consent",
            };
            Err(vec![RowProblem::new(row, column, Problem::Refused(error))])
        }
    }
}

/// The age and the column it came from: `age`, or an export's `age_at_registration`
/// when no date of birth is given (an export fills it in for everyone).
fn age(cells: &Cells) -> (&'static str, std::result::Result<Option<u8>, Problem>) {
    let (column, text) = match cells.text("age") {
        "" if cells.text("birth_date").is_empty() => {
            ("age_at_registration", cells.text("age_at_registration"))
        }
        text => ("age", text),
    };
    if text.is_empty() {
        return (column, Ok(None));
    }
    let age = text.parse::<u8>().map(Some).map_err(|_| {
        Problem::Refused(Error::EntrepreneurInvalid {
            field: EntrepreneurField::Age,
            reason: InputReason::Format,
        })
    });
    (column, age)
}

/// A choice as a sheet may name it: its id or its label in English or Hindi, in any
/// case, spacing or Hindi spelling variant ("Goat rearing", "बकरी पालन", "goat_rearing").
fn pick<T, S: AsRef<str>>(
    text: &str,
    choices: impl IntoIterator<Item = (T, [S; 3])>,
) -> std::result::Result<T, Problem> {
    if text.is_empty() {
        return Err(Problem::Blank);
    }
    let wanted = validate::key(text);
    choices
        .into_iter()
        .find(|(_, names)| {
            !wanted.is_empty() && names.iter().any(|n| validate::key(n.as_ref()) == wanted)
        })
        .map(|(value, _)| value)
        .ok_or_else(|| Problem::NotAChoice {
            value: text.to_string(),
        })
}

fn optional<T, S: AsRef<str>>(
    text: &str,
    choices: impl IntoIterator<Item = (T, [S; 3])>,
) -> std::result::Result<Option<T>, Problem> {
    if text.is_empty() {
        return Ok(None);
    }
    pick(text, choices).map(Some)
}

/// Labels as the registration form shows them (the eligibility answers' words).
fn labelled<T>(value: T, id: &str) -> (T, [String; 3]) {
    let localizer = Localizer::embedded();
    let label = |lang| localizer.format(lang, &format!("elig-a-{id}"), None);
    (
        value,
        [id.to_string(), label(Language::En), label(Language::Hi)],
    )
}

fn genders() -> Vec<(Gender, [String; 3])> {
    [Gender::Female, Gender::Male, Gender::Transgender]
        .into_iter()
        .map(|g| labelled(g, gender_str(g)))
        .collect()
}

fn castes() -> Vec<(Caste, [String; 3])> {
    [
        Caste::General,
        Caste::Obc,
        Caste::Sc,
        Caste::St,
        Caste::Ews,
        Caste::Pvtg,
    ]
    .into_iter()
    .map(|c| labelled(c, caste_str(c)))
    .collect()
}

fn stages() -> impl Iterator<Item = (super::Stage, [&'static str; 3])> {
    lists()
        .stage
        .iter()
        .map(|s| (s.id, [s.id.as_str(), s.en.as_str(), s.hi.as_str()]))
}

/// An id of the education or sector list.
fn list(text: &str, name: &str) -> std::result::Result<String, Problem> {
    let choices = match name {
        "education" => &lists().education,
        _ => &lists().sector,
    };
    let named = choices
        .iter()
        .map(|c| (c.id.clone(), [c.id.as_str(), c.en.as_str(), c.hi.as_str()]));
    pick(text, named)
}

fn state(text: &str) -> std::result::Result<String, Problem> {
    let named = kiosk::places()
        .iter()
        .map(|s| (s.id.clone(), [s.id.as_str(), s.en.as_str(), s.hi.as_str()]));
    pick(text, named)
}

/// A district of the row's state, else of any state: the form's own check then says
/// that the district is not in the chosen state.
fn district(text: &str, state: Option<&str>) -> std::result::Result<String, Problem> {
    let places = kiosk::places();
    let in_state = places.iter().filter(|s| Some(s.id.as_str()) == state);
    let others = places.iter().filter(|s| Some(s.id.as_str()) != state);
    let named = in_state
        .chain(others)
        .flat_map(|s| &s.districts)
        .map(|d| (d.id.clone(), [d.id.as_str(), d.en.as_str(), d.hi.as_str()]));
    pick(text, named)
}

const YES: [&str; 5] = ["yes", "true", "1", "हाँ", "हां"];
const NO: [&str; 5] = ["no", "false", "0", "नहीं", "नही"];

fn yes_no(text: &str) -> std::result::Result<bool, Problem> {
    if text.is_empty() {
        return Err(Problem::Blank);
    }
    let wanted = validate::key(text);
    let said = |words: [&str; 5]| words.iter().any(|w| validate::key(w) == wanted);
    if said(YES) {
        Ok(true)
    } else if said(NO) {
        Ok(false)
    } else {
        Err(Problem::NotYesNo {
            value: text.to_string(),
        })
    }
}

/// Consent taken on paper against the current notice: the notice's version.
fn consent(text: &str) -> std::result::Result<u32, Problem> {
    match yes_no(text) {
        Ok(true) => Ok(notice().version),
        Ok(false) | Err(Problem::Blank) => Err(Problem::NoConsent),
        Err(other) => Err(other),
    }
}

/// What became of a sheet.
#[derive(Debug)]
pub enum Import {
    /// Every row was registered, in one transaction and in sheet order.
    Registered {
        entrepreneurs: Vec<Entrepreneur>,
        warnings: Vec<RowWarning>,
    },
    /// The sheet has problems, every one listed; nothing was written.
    Refused { problems: Vec<RowProblem> },
}

/// Imports a sheet of new registrations (admins only). Every row is read and checked
/// first; if any has a problem, nothing is written. Otherwise all rows are registered
/// in one transaction, each with its history line and outbox row, by `by_admin`.
/// Possible duplicates, in the sheet or on the kiosk, are warnings: the operator
/// decided when preparing the sheet.
pub fn import(store: &Store, by_admin: &Operator, input: impl Read) -> Result<Import> {
    if by_admin.role != Role::Admin {
        return Err(Error::NotAdmin);
    }
    let today = store.read(clock::now)?.today;
    let sheet = read(input, &today);
    if !sheet.problems.is_empty() {
        return Ok(Import::Refused {
            problems: sheet.problems,
        });
    }
    let warnings = warnings(store, &sheet)?;
    let forms: Vec<Registration> = sheet.forms.into_iter().map(|(_, form)| form).collect();
    let entrepreneurs = register_all(store, by_admin, &forms)?;
    Ok(Import::Registered {
        entrepreneurs,
        warnings,
    })
}

fn warnings(store: &Store, sheet: &Sheet) -> Result<Vec<RowWarning>> {
    let mut warnings: Vec<RowWarning> = sheet
        .erased
        .iter()
        .map(|&row| RowWarning {
            row,
            warning: Warning::Erased,
        })
        .collect();
    let mut first_row_of = HashMap::new();
    for (row, form) in &sheet.forms {
        let row = *row;
        if let Some(mobile) = checks::mobile(&form.mobile) {
            match first_row_of.entry(mobile) {
                Entry::Occupied(first) => warnings.push(RowWarning {
                    row,
                    warning: Warning::SameMobileAs { row: *first.get() },
                }),
                Entry::Vacant(slot) => {
                    slot.insert(row);
                }
            }
        }
        for duplicate in possible_duplicates(store, form, None)? {
            warnings.push(RowWarning {
                row,
                warning: Warning::MayBeRegistered(duplicate),
            });
        }
    }
    warnings.sort_by_key(|w| w.row);
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Two choices of one list must never read as the same words.
    fn distinct<T, S: AsRef<str>>(name: &str, choices: impl IntoIterator<Item = (T, [S; 3])>) {
        let mut seen = HashSet::new();
        for (index, (_, names)) in choices.into_iter().enumerate() {
            let keys: HashSet<String> = names.iter().map(|n| validate::key(n.as_ref())).collect();
            for key in keys {
                assert!(
                    !key.is_empty(),
                    "{name} choice {index}: a name with no letters"
                );
                assert!(
                    seen.insert(key.clone()),
                    "{name}: {key:?} names two choices"
                );
            }
        }
    }

    #[test]
    fn every_label_names_one_choice() {
        distinct("gender", genders());
        distinct("caste", castes());
        distinct("stage", stages());
        for name in ["education", "sector"] {
            let choices = if name == "sector" {
                &lists().sector
            } else {
                &lists().education
            };
            distinct(
                name,
                choices
                    .iter()
                    .map(|c| ((), [c.id.as_str(), c.en.as_str(), c.hi.as_str()])),
            );
        }
        distinct(
            "state",
            kiosk::places()
                .iter()
                .map(|s| ((), [s.id.as_str(), s.en.as_str(), s.hi.as_str()])),
        );
        for state in kiosk::places() {
            distinct(
                &state.id,
                state
                    .districts
                    .iter()
                    .map(|d| ((), [d.id.as_str(), d.en.as_str(), d.hi.as_str()])),
            );
        }
    }

    #[test]
    fn ids_and_labels_in_either_language_are_read() {
        for text in [
            "goat_rearing",
            "Goat rearing",
            "GOAT REARING",
            "बकरी पालन",
            " goat-rearing ",
        ] {
            assert_eq!(
                list(text.trim(), "sector").ok().as_deref(),
                Some("goat_rearing"),
                "{text}"
            );
        }
        assert_eq!(pick("महिला", genders()).ok(), Some(Gender::Female));
        assert_eq!(pick("Woman", genders()).ok(), Some(Gender::Female));
        assert_eq!(pick("female", genders()).ok(), Some(Gender::Female));
        assert_eq!(optional("ओबीसी", castes()).ok(), Some(Some(Caste::Obc)));
        assert_eq!(optional("", castes()).ok(), Some(None));
        assert_eq!(state("मध्य प्रदेश").ok().as_deref(), Some("madhya-pradesh"));
        assert!(matches!(
            list("Rocket science", "sector"),
            Err(Problem::NotAChoice { .. })
        ));
        assert!(matches!(list("", "sector"), Err(Problem::Blank)));
    }

    #[test]
    fn yes_and_no_in_either_language() {
        for yes in ["yes", "Yes", "TRUE", "1", "हाँ", "हां"] {
            assert_eq!(yes_no(yes).ok(), Some(true), "{yes}");
        }
        for no in ["no", "No", "false", "0", "नहीं"] {
            assert_eq!(yes_no(no).ok(), Some(false), "{no}");
        }
        assert!(matches!(yes_no("maybe"), Err(Problem::NotYesNo { .. })));
        assert!(matches!(consent("no"), Err(Problem::NoConsent)));
        assert!(matches!(consent(""), Err(Problem::NoConsent)));
        assert_eq!(consent("हाँ").ok(), Some(notice().version));
    }

    #[test]
    fn formulas_open_as_text_and_read_back_unchanged() {
        for idea in [
            "=HYPERLINK(\"x\")",
            "+91 shop",
            "-",
            "@home",
            "plain",
            "'quoted",
        ] {
            let written = not_a_formula(idea.to_string());
            assert!(!written.starts_with(FORMULA_STARTS), "{written}");
            assert_eq!(from_formula_guard(&written), idea);
        }
    }
}
