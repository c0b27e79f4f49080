//! Turns what a form sends into what the kiosk stores, or says which field is wrong
//! and why. Pure: the day of registration and the stored Aadhaar digits are passed in;
//! whether a photo file exists is asked by the caller.

use unicode_normalization::UnicodeNormalization;

use super::fields::{CheckInField, EntrepreneurField as Field, InputReason as Reason};
use super::lists::{has, lists};
use super::model::{CheckInInput, Profile, Registration};
use crate::catalog::normalize::normalize;
use crate::error::{Error, Result};
use crate::people::checks::{self, AadhaarProblem, BirthProblem, CalendarDate};
use crate::{kiosk, names};

/// The longest enterprise idea, in characters.
pub const MAX_IDEA_CHARS: usize = 500;
/// The longest check-in note, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;
/// The most rupees believable for one loan or one month's sales of a village enterprise
/// (PMEGP loans go up to 50 lakh); more is a typing mistake.
pub const MAX_RUPEES: i64 = 10_000_000; // 1 crore
/// The most people believable in one village enterprise.
pub const MAX_PEOPLE: i64 = 1000;

fn invalid(field: Field, reason: Reason) -> Error {
    Error::EntrepreneurInvalid { field, reason }
}

/// Checks the form. `registered_on` (YYYY-MM-DD) is the day the age is taken on;
/// `stored_aadhaar` is what an edit keeps when no Aadhaar number is typed.
pub(crate) fn registration(
    form: &Registration,
    registered_on: &str,
    stored_aadhaar: Option<&str>,
) -> Result<Profile> {
    let full_name = person_name(&form.full_name, Field::FullName)?;
    let (birth_date, age_at_registration) = birth(form, registered_on)?;
    let mobile = mobile(&form.mobile)?;
    let village = place_name(&form.village, Field::Village)?;
    let (state, district) = place(&form.state, &form.district)?;
    let lists = lists();
    if !has(&lists.education, &form.education) {
        return Err(invalid(Field::Education, Reason::Unknown));
    }
    if !has(&lists.sector, &form.sector) {
        return Err(invalid(Field::Sector, Reason::Unknown));
    }
    let idea = free_text(&form.idea, MAX_IDEA_CHARS)
        .map_err(|reason| invalid(Field::Idea, reason))?
        .ok_or(invalid(Field::Idea, Reason::Missing))?;
    let aadhaar_last4 = match &form.aadhaar {
        None => stored_aadhaar.map(str::to_string),
        Some(typed) => aadhaar(typed)?,
    };
    let photo = match &form.photo {
        Some(hash) if !is_hash(hash) => return Err(invalid(Field::Photo, Reason::Format)),
        photo => photo.clone(),
    };
    Ok(Profile {
        full_name,
        gender: form.gender,
        birth_date,
        age_at_registration,
        mobile,
        village,
        state,
        district,
        caste: form.caste,
        education: form.education.clone(),
        shg_member: form.shg_member,
        sector: form.sector.clone(),
        idea,
        stage: form.stage,
        bank_account: form.bank_account,
        aadhaar_last4,
        photo,
    })
}

/// A person's name: [`names::person_name`]'s tidying, and only Devanagari or Latin
/// letters (with spaces, dots, apostrophes and hyphens): no digits, signs, emoji or
/// letters of scripts the kiosk cannot show or search.
fn person_name(raw: &str, field: Field) -> Result<String> {
    name_like(raw, field, |_| false)
}

/// A village's name: like a person's, and digits allowed ("Ward 5").
fn place_name(raw: &str, field: Field) -> Result<String> {
    name_like(raw, field, |c| c.is_ascii_digit())
}

fn name_like(raw: &str, field: Field, also: impl Fn(char) -> bool) -> Result<String> {
    let tidy: String = raw.nfc().collect();
    let tidy = tidy.split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.is_empty() {
        return Err(invalid(field, Reason::Missing));
    }
    if tidy.chars().count() > names::MAX_NAME_CHARS {
        return Err(invalid(field, Reason::TooLong));
    }
    let name = names::person_name(&tidy).ok_or(invalid(field, Reason::Letters))?;
    if !name.chars().all(|c| name_char(c) || also(c)) {
        return Err(invalid(field, Reason::Letters));
    }
    Ok(name)
}

fn name_char(c: char) -> bool {
    let latin =
        c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c));
    // Devanagari letters, vowel signs, virama, nukta, anusvara; not its digits or dandas.
    let devanagari =
        ('\u{0900}'..='\u{097F}').contains(&c) && !('\u{0964}'..='\u{0970}').contains(&c);
    latin || devanagari || matches!(c, ' ' | '.' | '\'' | '-')
}

/// Free text (an idea, a note): NFC, trimmed, Windows line ends as plain ones, at most
/// `max` characters, and nothing invisible or direction-changing that could make the
/// text read differently from what is stored. `None` when empty.
pub(crate) fn free_text(raw: &str, max: usize) -> Result<Option<String>, Reason> {
    let text: String = raw.replace("\r\n", "\n").nfc().collect();
    let text = text.trim();
    if text.chars().count() > max {
        return Err(Reason::TooLong);
    }
    let hidden = text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
    });
    if hidden {
        return Err(Reason::Invisible);
    }
    Ok((!text.is_empty()).then(|| text.to_string()))
}

/// The date of birth (kept) or the age, exactly one of them, and the age on the day
/// of registration.
fn birth(form: &Registration, registered_on: &str) -> Result<(Option<String>, u8)> {
    let birth_date = form
        .birth_date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    match (birth_date, form.age) {
        (Some(_), Some(_)) => Err(invalid(Field::BirthDate, Reason::Both)),
        (None, None) => Err(invalid(Field::BirthDate, Reason::Missing)),
        (Some(date), None) => checks::birth_date(date, registered_on)
            .map(|age| (Some(date.to_string()), age))
            .map_err(|p| invalid(Field::BirthDate, birth_reason(p))),
        (None, Some(age)) => checks::age(age)
            .map(|age| (None, age))
            .map_err(|p| invalid(Field::Age, birth_reason(p))),
    }
}

fn birth_reason(problem: BirthProblem) -> Reason {
    match problem {
        BirthProblem::Format => Reason::Format,
        BirthProblem::Future => Reason::Future,
        BirthProblem::TooYoung => Reason::TooYoung,
        BirthProblem::TooOld => Reason::TooOld,
    }
}

fn mobile(raw: &str) -> Result<String> {
    if raw.trim().is_empty() {
        return Err(invalid(Field::Mobile, Reason::Missing));
    }
    checks::mobile(raw).ok_or(invalid(Field::Mobile, Reason::Format))
}

/// State and district ids from the kiosk's list; the district must be in the state.
fn place(state: &str, district: &str) -> Result<(String, String)> {
    let state = kiosk::places()
        .iter()
        .find(|s| s.id == state)
        .ok_or(invalid(Field::State, Reason::Unknown))?;
    if !state.districts.iter().any(|d| d.id == district) {
        return Err(invalid(Field::District, Reason::Unknown));
    }
    Ok((state.id.clone(), district.to_string()))
}

/// The last 4 digits of a typed Aadhaar number; `None` when left blank (which, on an
/// edit, removes the stored digits).
fn aadhaar(typed: &str) -> Result<Option<String>> {
    if typed.chars().all(|c| c == ' ' || c == '-') {
        return Ok(None);
    }
    checks::aadhaar_last4(typed)
        .map(Some)
        .map_err(|problem| match problem {
            AadhaarProblem::Length => invalid(Field::Aadhaar, Reason::Format),
            AadhaarProblem::Checksum => invalid(Field::Aadhaar, Reason::Checksum),
        })
}

/// A sha256 as [`crate::photos`] names files: 64 lowercase hex characters.
pub(crate) fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The key duplicate checks and searches compare: [`normalize`]d (lower case, NFC, no
/// nukta or joiners, Hindi spelling variants folded) with spaces and signs dropped.
pub(crate) fn key(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || ('\u{0900}'..='\u{097F}').contains(c))
        .filter(|c| !('\u{0964}'..='\u{0965}').contains(c))
        .collect()
}

fn check_in_invalid(field: CheckInField, reason: Reason) -> Error {
    Error::CheckInInvalid { field, reason }
}

/// A check-in's own fields, tidied. The date must be a real day from `registered_on`
/// to `today` (both YYYY-MM-DD).
pub(crate) fn check_in(
    input: &CheckInInput,
    registered_on: &str,
    today: &str,
) -> Result<CheckInInput> {
    let date = input.date.trim();
    let day =
        CalendarDate::parse(date).ok_or(check_in_invalid(CheckInField::Date, Reason::Format))?;
    if CalendarDate::parse(today).is_some_and(|today| day > today) {
        return Err(check_in_invalid(CheckInField::Date, Reason::Future));
    }
    if CalendarDate::parse(registered_on).is_some_and(|registered| day < registered) {
        return Err(check_in_invalid(
            CheckInField::Date,
            Reason::BeforeRegistration,
        ));
    }
    let note = free_text(&input.note, MAX_NOTE_CHARS)
        .map_err(|reason| check_in_invalid(CheckInField::Note, reason))?
        .unwrap_or_default();
    for (field, amount) in [
        (CheckInField::LoanAppliedAmount, input.loan_applied_amount),
        (
            CheckInField::LoanSanctionedAmount,
            input.loan_sanctioned_amount,
        ),
        (CheckInField::MonthlyRevenue, input.monthly_revenue),
    ] {
        if amount.is_some_and(|rupees| !(0..=MAX_RUPEES).contains(&rupees)) {
            return Err(check_in_invalid(field, Reason::OutOfRange));
        }
    }
    if !(0..=MAX_PEOPLE).contains(&input.people_employed) {
        return Err(check_in_invalid(
            CheckInField::PeopleEmployed,
            Reason::OutOfRange,
        ));
    }
    let loan_source = input
        .loan_source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(source) = loan_source {
        if !has(&lists().loan_source, source) {
            return Err(check_in_invalid(CheckInField::LoanSource, Reason::Unknown));
        }
    }
    let a_loan = [input.loan_applied_amount, input.loan_sanctioned_amount]
        .iter()
        .any(|amount| amount.is_some_and(|rupees| rupees > 0));
    if a_loan && loan_source.is_none() {
        return Err(check_in_invalid(CheckInField::LoanSource, Reason::Missing));
    }
    Ok(CheckInInput {
        date: date.to_string(),
        note,
        loan_source: loan_source.map(str::to_string),
        ..input.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_reason(result: Result<String>) -> Option<(Field, Reason)> {
        match result {
            Err(Error::EntrepreneurInvalid { field, reason }) => Some((field, reason)),
            _ => None,
        }
    }

    #[test]
    fn names_in_devanagari_and_latin_are_tidied() {
        for (raw, stored) in [
            ("  सुनीता   देवी ", "सुनीता देवी"),
            ("Sunita Devi", "Sunita Devi"),
            ("D'Souza-Kumar Jr.", "D'Souza-Kumar Jr."),
            ("मोहम्मद क़ासिम", "मोहम्मद क़ासिम"),
            ("René", "René"),
        ] {
            assert_eq!(
                person_name(raw, Field::FullName).ok().as_deref(),
                Some(stored)
            );
        }
    }

    #[test]
    fn odd_names_say_why() {
        let long = "क".repeat(61);
        for (raw, reason) in [
            ("", Reason::Missing),
            (" \t ", Reason::Missing),
            (long.as_str(), Reason::TooLong),
            ("12345", Reason::Letters),
            ("Sunita 2", Reason::Letters),
            ("😀😀", Reason::Letters),
            ("Sunita 😀", Reason::Letters),
            ("سنیتا", Reason::Letters),
            ("Su\u{200D}nita", Reason::Letters),
            ("\u{202E}atinuS", Reason::Letters),
            ("Robert'); DROP TABLE x;--", Reason::Letters),
            ("सुनीता।", Reason::Letters),
        ] {
            assert_eq!(
                field_reason(person_name(raw, Field::FullName)),
                Some((Field::FullName, reason)),
                "{raw:?}"
            );
        }
        assert!(place_name("Ward 5", Field::Village).is_ok());
    }

    #[test]
    fn free_text_keeps_lines_and_refuses_hidden_marks() {
        assert_eq!(free_text(" a\r\nb ", 10), Ok(Some("a\nb".to_string())));
        assert_eq!(free_text("   ", 10), Ok(None));
        assert_eq!(free_text("abcdef", 5), Err(Reason::TooLong));
        assert_eq!(free_text("a\u{202E}b", 10), Err(Reason::Invisible));
        assert_eq!(free_text("a\u{0000}b", 10), Err(Reason::Invisible));
        assert_eq!(
            free_text("Robert'); DROP TABLE entrepreneurs;--", 100),
            Ok(Some("Robert'); DROP TABLE entrepreneurs;--".to_string()))
        );
    }

    #[test]
    fn keys_fold_case_spaces_and_spelling_variants() {
        assert_eq!(key("Sunita  Devi"), key("sunita devi"));
        assert_eq!(key("SUNITA-DEVI"), "sunitadevi");
        assert_eq!(key("सुनीता देवी"), key("सुनिता देवि"));
        assert_eq!(key("क़ासिम"), key("कासिम"));
        assert_eq!(key("बड़ोदिया"), key("बडोदिया"));
    }

    #[test]
    fn hashes_are_64_lowercase_hex() {
        assert!(is_hash(&"a".repeat(64)));
        assert!(!is_hash(&"A".repeat(64)));
        assert!(!is_hash(&"a".repeat(63)));
        assert!(!is_hash(&format!("../{}", "a".repeat(61))));
    }
}
