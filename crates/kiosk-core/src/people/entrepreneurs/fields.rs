//! Names of the form's fields and of what can be wrong with one. They travel in errors
//! (the UI marks the field; `locales/*/errors.ftl` has a sentence for each field and
//! reason) and in the edit history, so they are stable, like error codes.

use serde::Serialize;
use ts_rs::TS;

/// A field of the registration form (and of the stored record).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EntrepreneurField {
    FullName,
    Gender,
    BirthDate,
    Age,
    Mobile,
    Village,
    State,
    District,
    Caste,
    Education,
    ShgMember,
    Sector,
    Idea,
    Stage,
    BankAccount,
    Aadhaar,
    Photo,
    Consent,
}

impl EntrepreneurField {
    pub fn as_str(self) -> &'static str {
        match self {
            EntrepreneurField::FullName => "full_name",
            EntrepreneurField::Gender => "gender",
            EntrepreneurField::BirthDate => "birth_date",
            EntrepreneurField::Age => "age",
            EntrepreneurField::Mobile => "mobile",
            EntrepreneurField::Village => "village",
            EntrepreneurField::State => "state",
            EntrepreneurField::District => "district",
            EntrepreneurField::Caste => "caste",
            EntrepreneurField::Education => "education",
            EntrepreneurField::ShgMember => "shg_member",
            EntrepreneurField::Sector => "sector",
            EntrepreneurField::Idea => "idea",
            EntrepreneurField::Stage => "stage",
            EntrepreneurField::BankAccount => "bank_account",
            EntrepreneurField::Aadhaar => "aadhaar",
            EntrepreneurField::Photo => "photo",
            EntrepreneurField::Consent => "consent",
        }
    }
}

/// A field of the check-in form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CheckInField {
    Date,
    Stage,
    Note,
    TrainingDone,
    LoanAppliedAmount,
    LoanSanctionedAmount,
    LoanSource,
    MonthlyRevenue,
    PeopleEmployed,
}

impl CheckInField {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckInField::Date => "date",
            CheckInField::Stage => "stage",
            CheckInField::Note => "note",
            CheckInField::TrainingDone => "training_done",
            CheckInField::LoanAppliedAmount => "loan_applied_amount",
            CheckInField::LoanSanctionedAmount => "loan_sanctioned_amount",
            CheckInField::LoanSource => "loan_source",
            CheckInField::MonthlyRevenue => "monthly_revenue",
            CheckInField::PeopleEmployed => "people_employed",
        }
    }
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum InputReason {
    /// Left empty (or both of two alternatives left empty: date of birth and age).
    Missing,
    TooLong,
    /// A name with digits, signs, emoji, letters of other scripts or invisible marks.
    Letters,
    /// Free text holding invisible or direction-changing characters.
    Invisible,
    /// Not in the expected shape (mobile, date, Aadhaar length, photo id).
    Format,
    /// An Aadhaar number whose digits do not check out.
    Checksum,
    Future,
    TooYoung,
    TooOld,
    /// Date of birth and age both given.
    Both,
    /// Not one of the list's choices (or a district of another state).
    Unknown,
    /// The photo file is not on the kiosk.
    NotFound,
    /// A check-in dated before the person was registered.
    BeforeRegistration,
    /// A number below zero or beyond what is believable.
    OutOfRange,
}

impl InputReason {
    pub fn as_str(self) -> &'static str {
        match self {
            InputReason::Missing => "missing",
            InputReason::TooLong => "too_long",
            InputReason::Letters => "letters",
            InputReason::Invisible => "invisible",
            InputReason::Format => "format",
            InputReason::Checksum => "checksum",
            InputReason::Future => "future",
            InputReason::TooYoung => "too_young",
            InputReason::TooOld => "too_old",
            InputReason::Both => "both",
            InputReason::Unknown => "unknown",
            InputReason::NotFound => "not_found",
            InputReason::BeforeRegistration => "before_registration",
            InputReason::OutOfRange => "out_of_range",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    #[test]
    fn names_on_the_wire_are_the_names_in_messages_and_history() {
        use EntrepreneurField as F;
        let fields = [
            F::FullName,
            F::Gender,
            F::BirthDate,
            F::Age,
            F::Mobile,
            F::Village,
            F::State,
            F::District,
            F::Caste,
            F::Education,
            F::ShgMember,
            F::Sector,
            F::Idea,
            F::Stage,
            F::BankAccount,
            F::Aadhaar,
            F::Photo,
            F::Consent,
        ];
        for field in fields {
            assert_eq!(json(field), field.as_str());
        }
        use CheckInField as C;
        for field in [
            C::Date,
            C::Stage,
            C::Note,
            C::TrainingDone,
            C::LoanAppliedAmount,
            C::LoanSanctionedAmount,
            C::LoanSource,
            C::MonthlyRevenue,
            C::PeopleEmployed,
        ] {
            assert_eq!(json(field), field.as_str());
        }
        use InputReason as R;
        for reason in [
            R::Missing,
            R::TooLong,
            R::Letters,
            R::Invisible,
            R::Format,
            R::Checksum,
            R::Future,
            R::TooYoung,
            R::TooOld,
            R::Both,
            R::Unknown,
            R::NotFound,
            R::BeforeRegistration,
            R::OutOfRange,
        ] {
            assert_eq!(json(reason), reason.as_str());
        }
    }
}
