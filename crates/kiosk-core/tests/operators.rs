//! Operators over a real SQLite file: set-up, adding operators, PIN rules, sign-in with
//! lockout and growing delays, PINs stored only as argon2id hashes.

use kiosk_core::people::operators::{self, Role};
use kiosk_core::{Error, Language, Localizer, Store};

const PIN: &str = "482913";
const NOW: i64 = 1_795_000_000;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    (dir, store)
}

fn code<T: std::fmt::Debug>(result: kiosk_core::Result<T>) -> &'static str {
    result.expect_err("refused").code()
}

#[test]
fn the_first_admin_is_made_once_and_adds_operators() {
    let (_dir, store) = store();
    assert!(!operators::is_set_up(&store).expect("reads"));
    let admin = operators::set_up_first_admin(&store, "  रमेश   यादव ", PIN).expect("set up");
    assert_eq!((admin.name.as_str(), admin.role), ("रमेश यादव", Role::Admin));
    assert!(operators::is_set_up(&store).expect("reads"));
    assert_eq!(
        code(operators::set_up_first_admin(&store, "Someone", "740261")),
        "people.already_set_up"
    );

    let priya = operators::add(&store, &admin, "Priya", "740261", Role::Operator).expect("added");
    assert_eq!(
        code(operators::add(
            &store,
            &priya,
            "Third",
            "740262",
            Role::Operator
        )),
        "people.not_admin"
    );
    assert_eq!(
        code(operators::add(
            &store,
            &admin,
            "Priya",
            "740263",
            Role::Operator
        )),
        "people.name_taken"
    );
    assert_eq!(
        code(operators::add(
            &store,
            &admin,
            "Third",
            "123456",
            Role::Operator
        )),
        "people.pin_weak"
    );
    assert_eq!(
        code(operators::add(
            &store,
            &admin,
            "Third",
            "12345",
            Role::Operator
        )),
        "people.pin_weak"
    );
    assert_eq!(
        code(operators::add(
            &store,
            &admin,
            "  ",
            "740264",
            Role::Operator
        )),
        "people.name_invalid"
    );
    let names: Vec<String> = operators::list(&store)
        .expect("list")
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, vec!["Priya".to_string(), "रमेश यादव".to_string()]);
}

#[test]
fn pins_are_stored_only_as_argon2id_hashes() {
    let (_dir, store) = store();
    operators::set_up_first_admin(&store, "Ramesh", PIN).expect("set up");
    let stored: String = store
        .read(|c| Ok(c.query_row("SELECT pin_hash FROM operators", [], |r| r.get(0))?))
        .expect("hash");
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains(PIN));
}

#[test]
fn five_wrong_pins_lock_the_account_and_the_wait_grows() {
    let (_dir, store) = store();
    operators::set_up_first_admin(&store, "Ramesh", PIN).expect("set up");
    for left in [4, 3, 2, 1] {
        match operators::sign_in(&store, "Ramesh", "000001", NOW) {
            Err(Error::SignInFailed { attempts_left }) => assert_eq!(attempts_left, Some(left)),
            other => panic!("expected a wrong PIN, got {other:?}"),
        }
    }
    assert!(matches!(
        operators::sign_in(&store, "Ramesh", "000001", NOW),
        Err(Error::PinLocked { seconds: 60 })
    ));
    // Locked: even the right PIN waits.
    assert!(matches!(
        operators::sign_in(&store, "Ramesh", PIN, NOW + 30),
        Err(Error::PinLocked { seconds: 30 })
    ));
    // Each further wrong PIN after the lock doubles the wait.
    let mut now = NOW + 61;
    for wait in [120, 240, 480] {
        assert!(matches!(
            operators::sign_in(&store, "Ramesh", "000001", now),
            Err(Error::PinLocked { seconds }) if seconds == wait
        ));
        now += wait + 1;
    }
    let ramesh =
        operators::sign_in(&store, "Ramesh", PIN, now).expect("the right PIN after the wait");
    assert_eq!(ramesh.role, Role::Admin);
    // A right PIN clears the count.
    assert!(matches!(
        operators::sign_in(&store, "Ramesh", "000001", now),
        Err(Error::SignInFailed {
            attempts_left: Some(4)
        })
    ));
}

#[test]
fn an_unknown_name_says_nothing_about_which_part_was_wrong() {
    let (_dir, store) = store();
    operators::set_up_first_admin(&store, "Ramesh", PIN).expect("set up");
    let error = operators::sign_in(&store, "Suresh", PIN, NOW).expect_err("unknown");
    assert!(matches!(
        error,
        Error::SignInFailed {
            attempts_left: None
        }
    ));
    let localizer = Localizer::embedded();
    assert_eq!(
        error.message(&localizer, Language::En),
        "The name or the PIN is wrong."
    );
    let locked = Error::PinLocked { seconds: 90 };
    assert!(locked.message(&localizer, Language::Hi).contains("2 मिनट"));
    let wrong = Error::SignInFailed {
        attempts_left: Some(3),
    };
    assert!(wrong.message(&localizer, Language::Hi).contains("3 कोशिशें"));
}
