//! Which fields a save touched, by name, for the edit history. Values are never
//! compared out loud or kept: only the names of the fields that differ.

use super::fields::EntrepreneurField as Field;
use super::model::Profile;

/// The fields that hold something in `profile` (what a registration recorded, or what
/// an erasure removed).
pub(crate) fn filled(profile: &Profile) -> Vec<Field> {
    let mut fields = vec![Field::FullName, Field::Gender];
    if profile.birth_date.is_some() {
        fields.push(Field::BirthDate);
    }
    fields.extend([
        Field::Age,
        Field::Mobile,
        Field::Village,
        Field::State,
        Field::District,
    ]);
    if profile.caste.is_some() {
        fields.push(Field::Caste);
    }
    fields.extend([
        Field::Education,
        Field::ShgMember,
        Field::Sector,
        Field::Idea,
        Field::Stage,
        Field::BankAccount,
    ]);
    if profile.aadhaar_last4.is_some() {
        fields.push(Field::Aadhaar);
    }
    if profile.photo.is_some() {
        fields.push(Field::Photo);
    }
    fields
}

/// The fields whose values differ between `old` and `new`, in form order.
pub(crate) fn changed(old: &Profile, new: &Profile) -> Vec<Field> {
    let pairs = [
        (Field::FullName, old.full_name != new.full_name),
        (Field::Gender, old.gender != new.gender),
        (Field::BirthDate, old.birth_date != new.birth_date),
        (
            Field::Age,
            old.age_at_registration != new.age_at_registration,
        ),
        (Field::Mobile, old.mobile != new.mobile),
        (Field::Village, old.village != new.village),
        (Field::State, old.state != new.state),
        (Field::District, old.district != new.district),
        (Field::Caste, old.caste != new.caste),
        (Field::Education, old.education != new.education),
        (Field::ShgMember, old.shg_member != new.shg_member),
        (Field::Sector, old.sector != new.sector),
        (Field::Idea, old.idea != new.idea),
        (Field::Stage, old.stage != new.stage),
        (Field::BankAccount, old.bank_account != new.bank_account),
        (Field::Aadhaar, old.aadhaar_last4 != new.aadhaar_last4),
        (Field::Photo, old.photo != new.photo),
    ];
    pairs
        .into_iter()
        .filter_map(|(field, differs)| differs.then_some(field))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::eligibility::{Caste, Gender};
    use crate::people::entrepreneurs::model::Stage;

    fn profile() -> Profile {
        Profile {
            full_name: "Sunita Devi".into(),
            gender: Gender::Female,
            birth_date: None,
            age_at_registration: 30,
            mobile: "9876543210".into(),
            village: "Barodiya".into(),
            state: "madhya-pradesh".into(),
            district: "dewas".into(),
            caste: None,
            education: "class_10".into(),
            shg_member: true,
            sector: "dairy".into(),
            idea: "Two buffaloes".into(),
            stage: Stage::Idea,
            bank_account: true,
            aadhaar_last4: None,
            photo: None,
        }
    }

    #[test]
    fn only_differing_fields_are_named() {
        let old = profile();
        assert!(changed(&old, &old).is_empty());
        let new = Profile {
            mobile: "9876543211".into(),
            caste: Some(Caste::Obc),
            stage: Stage::Training,
            ..old.clone()
        };
        assert_eq!(
            changed(&old, &new),
            vec![Field::Mobile, Field::Caste, Field::Stage]
        );
    }

    #[test]
    fn filled_names_only_what_is_there() {
        let fields = filled(&profile());
        assert!(!fields.contains(&Field::Aadhaar));
        assert!(!fields.contains(&Field::BirthDate));
        assert!(fields.contains(&Field::Mobile));
        let full = Profile {
            aadhaar_last4: Some("0124".into()),
            photo: Some("a".repeat(64)),
            ..profile()
        };
        assert!(filled(&full).ends_with(&[Field::Aadhaar, Field::Photo]));
    }
}
