//! Entrepreneurs as the registration form sends them, as the kiosk stores them, and as
//! the lists, timelines and the programme dashboard show them.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::eligibility::{Caste, Gender};

/// Where an enterprise is on the programme's path, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "EnterpriseStage")]
pub enum Stage {
    Idea,
    Training,
    Finance,
    Launch,
    Growth,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Idea,
        Stage::Training,
        Stage::Finance,
        Stage::Launch,
        Stage::Growth,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Idea => "idea",
            Stage::Training => "training",
            Stage::Finance => "finance",
            Stage::Launch => "launch",
            Stage::Growth => "growth",
        }
    }

    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.as_str() == id)
    }

    /// The enterprise is running: it counts as launched on the dashboard.
    pub fn is_launched(self) -> bool {
        self >= Stage::Launch
    }
}

/// What the registration (or edit) form sends.
///
/// `aadhaar` is the full number as typed: it is checked, its last 4 digits kept, and
/// the rest dropped. On an edit, `None` keeps the stored last 4 digits and a blank
/// value removes them. `photo` is the photo the record should have (`None`: none).
/// Not `Serialize` and its `Debug` hides the Aadhaar number, so it cannot reach a log,
/// a file or the outbox by mistake.
#[derive(Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export, rename = "EntrepreneurRegistration")]
pub struct Registration {
    pub full_name: String,
    pub gender: Gender,
    /// YYYY-MM-DD; give this or `age`, not both.
    pub birth_date: Option<String>,
    /// Age in years at registration, for people who do not know their date of birth.
    pub age: Option<u8>,
    pub mobile: String,
    pub village: String,
    /// Ids from [`crate::kiosk::places`].
    pub state: String,
    pub district: String,
    pub caste: Option<Caste>,
    /// Id from the `education` list.
    pub education: String,
    pub shg_member: bool,
    /// Id from the `sector` list.
    pub sector: String,
    /// The enterprise idea in the person's words: 1 to 500 characters.
    pub idea: String,
    /// The stage the enterprise is at when registered (or as corrected).
    pub stage: Stage,
    pub bank_account: bool,
    pub aadhaar: Option<String>,
    /// sha256 (64 lowercase hex) of a photo stored with [`crate::photos`].
    pub photo: Option<String>,
    /// The version of the consent notice the person heard and agreed to.
    pub consent_version: Option<u32>,
}

impl fmt::Debug for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registration")
            .field("full_name", &self.full_name)
            .field("gender", &self.gender)
            .field("birth_date", &self.birth_date)
            .field("age", &self.age)
            .field("mobile", &self.mobile)
            .field("village", &self.village)
            .field("state", &self.state)
            .field("district", &self.district)
            .field("caste", &self.caste)
            .field("education", &self.education)
            .field("shg_member", &self.shg_member)
            .field("sector", &self.sector)
            .field("idea", &self.idea)
            .field("stage", &self.stage)
            .field("bank_account", &self.bank_account)
            .field("aadhaar", &self.aadhaar.as_ref().map(|_| "(hidden)"))
            .field("photo", &self.photo)
            .field("consent_version", &self.consent_version)
            .finish()
    }
}

/// The personal part of a record: everything erasure removes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EntrepreneurProfile")]
pub struct Profile {
    pub full_name: String,
    pub gender: Gender,
    pub birth_date: Option<String>,
    /// From the date of birth on the day of registration, or as given.
    pub age_at_registration: u8,
    /// 10 digits.
    pub mobile: String,
    pub village: String,
    pub state: String,
    pub district: String,
    pub caste: Option<Caste>,
    pub education: String,
    pub shg_member: bool,
    pub sector: String,
    pub idea: String,
    pub stage: Stage,
    pub bank_account: bool,
    pub aadhaar_last4: Option<String>,
    pub photo: Option<String>,
}

/// Who recorded the person's consent, when, against which notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentRecord {
    pub version: u32,
    pub at: String,
    /// Operator id.
    pub by: String,
}

/// An entrepreneur as stored (and as sent to the head office).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Entrepreneur {
    /// UUIDv7.
    pub id: String,
    /// Raised by one on every change; the outbox sends each version once.
    #[ts(type = "number")]
    pub version: i64,
    /// `None` once erased: only the id and the trail of who did what remain.
    pub profile: Option<Profile>,
    pub consent: ConsentRecord,
    pub registered_at: String,
    /// Operator id.
    pub registered_by: String,
    pub updated_at: String,
    pub erased_at: Option<String>,
    pub erased_by: Option<String>,
}

/// One line of the entrepreneurs list. Erased records appear with no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct EntrepreneurSummary {
    pub id: String,
    pub full_name: Option<String>,
    pub village: Option<String>,
    pub mobile: Option<String>,
    pub sector: Option<String>,
    /// The latest check-in's stage, else the stage at registration.
    pub stage: Option<Stage>,
    pub photo: Option<String>,
    pub registered_at: String,
    pub erased_at: Option<String>,
}

/// Why a stored record may be the same person as the one being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "DuplicateReason")]
pub enum DuplicateReason {
    SameMobile,
    SimilarName,
}

/// A record the operator should look at before saving a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "PossibleDuplicate")]
pub struct Duplicate {
    pub id: String,
    pub full_name: String,
    pub village: String,
    pub mobile_last4: String,
    pub why: DuplicateReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "HistoryAction")]
pub enum HistoryAction {
    Registered,
    Edited,
    Erased,
}

impl HistoryAction {
    pub fn as_str(self) -> &'static str {
        match self {
            HistoryAction::Registered => "registered",
            HistoryAction::Edited => "edited",
            HistoryAction::Erased => "erased",
        }
    }
}

/// One change to a record: who, when, which fields (names only, never values, so the
/// history keeps nothing that erasure removes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "EntrepreneurHistoryEntry")]
pub struct HistoryEntry {
    #[ts(type = "number")]
    pub version: i64,
    pub at: String,
    pub operator_id: String,
    /// `None` if the operator is no longer on the kiosk.
    pub operator_name: Option<String>,
    pub action: HistoryAction,
    /// [`super::EntrepreneurField`] names.
    pub fields: Vec<String>,
}

/// What the check-in form sends. Money is in whole rupees. Loan amounts record loans
/// applied for or sanctioned since the previous check-in (events, not balances).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CheckInInput {
    /// YYYY-MM-DD: the day of the visit or call.
    pub date: String,
    pub stage: Stage,
    pub note: String,
    pub training_done: bool,
    #[ts(type = "number | null")]
    pub loan_applied_amount: Option<i64>,
    #[ts(type = "number | null")]
    pub loan_sanctioned_amount: Option<i64>,
    /// Id from the `loan_source` list; needed when a loan was applied for or sanctioned.
    pub loan_source: Option<String>,
    #[ts(type = "number | null")]
    pub monthly_revenue: Option<i64>,
    /// Everyone working in the enterprise, the entrepreneur included.
    #[ts(type = "number")]
    pub people_employed: i64,
}

/// A check-in as stored (and sent to the head office).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CheckIn {
    /// UUIDv7.
    pub id: String,
    pub entrepreneur_id: String,
    #[ts(type = "number")]
    pub version: i64,
    pub date: String,
    pub stage: Stage,
    pub note: String,
    pub training_done: bool,
    #[ts(type = "number | null")]
    pub loan_applied_amount: Option<i64>,
    #[ts(type = "number | null")]
    pub loan_sanctioned_amount: Option<i64>,
    pub loan_source: Option<String>,
    #[ts(type = "number | null")]
    pub monthly_revenue: Option<i64>,
    #[ts(type = "number")]
    pub people_employed: i64,
    pub created_at: String,
    /// Operator id.
    pub created_by: String,
}

/// One month of the dashboard's chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonthFigures {
    /// YYYY-MM.
    pub month: String,
    /// Entrepreneurs registered in the month (not erased).
    pub registered: u32,
    /// Enterprises that reached the launch or growth stage in the month.
    pub launched: u32,
    /// Check-ins in the month that record a sanctioned loan, and their rupees.
    pub loans_sanctioned: u32,
    #[ts(type = "number")]
    pub loans_sanctioned_rupees: i64,
    /// People employed at the month's end (each enterprise's latest check-in by then).
    #[ts(type = "number")]
    pub jobs: i64,
}

/// The programme's figures for this kiosk. Erased records are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "ProgrammeDashboard")]
pub struct Dashboard {
    pub registered: u32,
    pub women: u32,
    /// Whole percent of `registered`, rounded; 0 when none are registered.
    pub women_percent: u32,
    /// Aged 18 to 35 at registration.
    pub youth: u32,
    pub youth_percent: u32,
    /// Enterprises whose latest stage is launch or growth.
    pub launched: u32,
    /// Sum of each enterprise's people employed at its latest check-in.
    #[ts(type = "number")]
    pub jobs: i64,
    pub loans_sanctioned: u32,
    #[ts(type = "number")]
    pub loans_sanctioned_rupees: i64,
    /// The last 12 months, oldest first, months with nothing included.
    pub months: Vec<MonthFigures>,
}
