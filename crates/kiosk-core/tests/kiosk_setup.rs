//! First run: the kiosk's name and place and its first admin, both or neither.

use kiosk_core::kiosk::{self, KioskProfile, ProfileField};
use kiosk_core::people::operators::{self, Role};
use kiosk_core::{settings, Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    (dir, store)
}

fn dewas() -> KioskProfile {
    KioskProfile {
        name: "बड़ोदिया ग्राम कियोस्क".into(),
        village: "बड़ोदिया".into(),
        block: "सोनकच्छ".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    }
}

#[test]
fn the_programme_states_and_districts_are_listed_in_both_languages() {
    let places = kiosk::places();
    let state = |id: &str| places.iter().find(|s| s.id == id).expect(id);
    let mp = state("madhya-pradesh");
    let up = state("uttar-pradesh");
    assert!(
        mp.districts.len() >= 55,
        "{} MP districts",
        mp.districts.len()
    );
    assert_eq!(up.districts.len(), 75);
    for (state, wanted) in [
        (mp, &["dewas", "dhar"][..]),
        (
            up,
            &[
                "jhansi",
                "lalitpur",
                "jalaun",
                "hamirpur",
                "mahoba",
                "banda",
                "chitrakoot",
                "azamgarh",
                "gorakhpur",
            ][..],
        ),
    ] {
        for id in wanted {
            assert!(
                state.districts.iter().any(|d| d.id == *id),
                "{id} missing in {}",
                state.id
            );
        }
        let mut ids: Vec<&str> = state.districts.iter().map(|d| d.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            state.districts.len(),
            "duplicate ids in {}",
            state.id
        );
        for district in &state.districts {
            assert!(
                district
                    .hi
                    .chars()
                    .any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
                "{}",
                district.id
            );
        }
    }
}

#[test]
fn set_up_names_the_kiosk_and_makes_its_first_admin_once() {
    let (_dir, store) = store();
    let admin = kiosk::set_up(&store, &dewas(), "रमेश यादव", "482913").expect("set up");
    assert_eq!(admin.role, Role::Admin);
    assert_eq!(kiosk::profile(&store).expect("reads"), Some(dewas()));
    assert_eq!(
        store.read(settings::kiosk_name).expect("reads").as_deref(),
        Some("बड़ोदिया ग्राम कियोस्क")
    );
    let mut other = dewas();
    other.name = "Another".into();
    let again = kiosk::set_up(&store, &other, "Suresh", "740261").expect_err("refused");
    assert_eq!(again.code(), "people.already_set_up");
    assert_eq!(
        kiosk::profile(&store).expect("reads"),
        Some(dewas()),
        "profile changed"
    );
}

#[test]
fn bad_answers_are_refused_and_nothing_is_written() {
    let (_dir, store) = store();
    type Change = fn(&mut KioskProfile);
    let cases: &[(Change, ProfileField)] = &[
        (|p| p.name = "   ".into(), ProfileField::Name),
        (|p| p.village = "\u{202E}गाँव".into(), ProfileField::Village),
        (|p| p.block = "12".into(), ProfileField::Block),
        (|p| p.state = "bihar".into(), ProfileField::State),
        (|p| p.district = "jhansi".into(), ProfileField::District),
        (|p| p.district = "".into(), ProfileField::District),
    ];
    for (change, field) in cases {
        let mut profile = dewas();
        change(&mut profile);
        match kiosk::set_up(&store, &profile, "Ramesh", "482913") {
            Err(Error::KioskProfileInvalid { field: found }) => assert_eq!(found, *field),
            other => panic!("{field:?}: {other:?}"),
        }
    }
    let weak = kiosk::set_up(&store, &dewas(), "Ramesh", "111111").expect_err("weak PIN");
    assert_eq!(weak.code(), "people.pin_weak");
    assert!(!operators::is_set_up(&store).expect("reads"));
    assert_eq!(kiosk::profile(&store).expect("reads"), None);
}
