//! The kiosk's own identity: its name and where it stands (village, block, district,
//! state from the programme's list), set once at first run together with the first
//! admin, and printed on slips and certificates.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::people::operators::{FirstAdmin, Operator};
use crate::{names, settings, Store};

const DISTRICTS: &str = include_str!("../../../assets/places/districts.toml");

/// A place with its names in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Place {
    pub id: String,
    pub en: String,
    pub hi: String,
}

/// A state the programme works in, with its districts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StatePlaces {
    pub id: String,
    pub en: String,
    pub hi: String,
    pub districts: Vec<Place>,
}

#[derive(Deserialize)]
struct PlacesFile {
    state: Vec<StatePlaces>,
}

/// The states and districts a kiosk can be set up in (built into the app).
pub fn places() -> &'static [StatePlaces] {
    static PLACES: std::sync::OnceLock<Vec<StatePlaces>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| {
        // The file is ours and checked by a test; a broken one leaves the list empty
        // and set-up then refuses every state, rather than the app failing to start.
        toml::from_str::<PlacesFile>(DISTRICTS)
            .map(|f| f.state)
            .unwrap_or_default()
    })
}

/// What the set-up form asks about the kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KioskProfile {
    pub name: String,
    pub village: String,
    pub block: String,
    /// Ids from [`places`].
    pub state: String,
    pub district: String,
}

/// Which answer of the set-up form is not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ProfileField {
    Name,
    Village,
    Block,
    State,
    District,
}

impl ProfileField {
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileField::Name => "name",
            ProfileField::Village => "village",
            ProfileField::Block => "block",
            ProfileField::State => "state",
            ProfileField::District => "district",
        }
    }
}

fn checked(profile: &KioskProfile) -> Result<KioskProfile> {
    let text =
        |value: &str, field| names::person_name(value).ok_or(Error::KioskProfileInvalid { field });
    let state =
        places()
            .iter()
            .find(|s| s.id == profile.state)
            .ok_or(Error::KioskProfileInvalid {
                field: ProfileField::State,
            })?;
    if !state.districts.iter().any(|d| d.id == profile.district) {
        return Err(Error::KioskProfileInvalid {
            field: ProfileField::District,
        });
    }
    Ok(KioskProfile {
        name: text(&profile.name, ProfileField::Name)?,
        village: text(&profile.village, ProfileField::Village)?,
        block: text(&profile.block, ProfileField::Block)?,
        state: profile.state.clone(),
        district: profile.district.clone(),
    })
}

/// First run: names the kiosk and makes its first admin, both or neither.
pub fn set_up(store: &Store, profile: &KioskProfile, admin: &str, pin: &str) -> Result<Operator> {
    let profile = checked(profile)?;
    let admin = FirstAdmin::checked(admin, pin)?;
    store.write(|tx| {
        let operator = admin.create(tx)?;
        settings::set_kiosk_profile(tx, &profile)?;
        Ok(operator)
    })
}

/// The kiosk's profile, once it is set up.
pub fn profile(store: &Store) -> Result<Option<KioskProfile>> {
    store.read(settings::kiosk_profile)
}
