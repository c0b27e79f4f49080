//! Kiosk operators: the first admin made at set-up, more added by an admin, sign-in
//! with a PIN. Five wrong PINs in a row lock the account for a minute, and every wrong
//! PIN after that doubles the wait (up to an hour); a right PIN clears the count.
//! Locking a session after idle minutes is the app's job: it holds the session.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{pin, store};
use crate::error::{Error, Result};
use crate::{names, Store};

/// Wrong PINs in a row before the account locks.
pub const ATTEMPTS_BEFORE_LOCK: u32 = 5;
const FIRST_LOCK_SECONDS: i64 = 60;
const LONGEST_LOCK_SECONDS: i64 = 60 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "OperatorRole")]
pub enum Role {
    /// Manages operators, exports and erases records.
    Admin,
    Operator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Operator => "operator",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Operator {
    pub id: String,
    pub name: String,
    pub role: Role,
}

/// Whether the kiosk has been set up with its first admin.
pub fn is_set_up(store: &Store) -> Result<bool> {
    Ok(store.read(store::count)? > 0)
}

/// Makes the first admin of a new kiosk; refused once any operator exists.
pub fn set_up_first_admin(store: &Store, name: &str, pin: &str) -> Result<Operator> {
    let admin = FirstAdmin::checked(name, pin)?;
    store.write(|tx| admin.create(tx))
}

/// The first admin's name and hashed PIN, checked before the set-up transaction opens
/// (hashing takes a while and must not hold the writer).
#[derive(Debug)]
pub struct FirstAdmin {
    name: String,
    hash: String,
}

impl FirstAdmin {
    pub fn checked(name: &str, pin: &str) -> Result<FirstAdmin> {
        let (name, hash) = checked(name, pin)?;
        Ok(FirstAdmin { name, hash })
    }

    /// Creates the admin inside the caller's transaction; refused once any operator exists.
    pub fn create(self, tx: &rusqlite::Connection) -> Result<Operator> {
        if store::count(tx)? > 0 {
            return Err(Error::AlreadySetUp);
        }
        create(tx, self.name, Role::Admin, &self.hash)
    }
}

/// An admin adds an operator (or another admin).
pub fn add(store: &Store, by: &Operator, name: &str, pin: &str, role: Role) -> Result<Operator> {
    if by.role != Role::Admin {
        return Err(Error::NotAdmin);
    }
    let (name, hash) = checked(name, pin)?;
    store.write(|tx| create(tx, name, role, &hash))
}

fn checked(name: &str, pin: &str) -> Result<(String, String)> {
    let name = names::person_name(name).ok_or(Error::OperatorNameInvalid)?;
    pin::check(pin)?;
    Ok((name, pin::hash(pin)?))
}

fn create(tx: &rusqlite::Connection, name: String, role: Role, hash: &str) -> Result<Operator> {
    if store::name_taken(tx, &name)? {
        return Err(Error::OperatorNameTaken);
    }
    let operator = Operator {
        id: uuid::Uuid::now_v7().to_string(),
        name,
        role,
    };
    store::insert(tx, &operator, hash)?;
    Ok(operator)
}

/// Every operator, by name (the sign-in screen lists them).
pub fn list(store: &Store) -> Result<Vec<Operator>> {
    store.read(store::all)
}

/// Signs in `name` with `pin` at `now` (unix seconds). A locked account is refused
/// without looking at the PIN; a wrong PIN says how many tries are left.
pub fn sign_in(store: &Store, name: &str, pin: &str, now: i64) -> Result<Operator> {
    let name = names::person_name(name).unwrap_or_default();
    store.write(|tx| {
        let Some(account) = store::account(tx, &name)? else {
            return Err(Error::SignInFailed {
                attempts_left: None,
            });
        };
        if let Some(until) = account.locked_until.filter(|until| *until > now) {
            return Err(Error::PinLocked {
                seconds: until - now,
            });
        }
        if pin::matches(pin, &account.pin_hash) {
            store::clear_failures(tx, &account.operator.id)?;
            return Ok(Ok(account.operator));
        }
        let failed = account.failed_attempts + 1;
        let lock = lock_seconds(failed);
        store::record_failure(tx, &account.operator.id, failed, lock.map(|s| now + s))?;
        // The failure is committed; the caller still gets an error.
        Ok(Err(match lock {
            Some(seconds) => Error::PinLocked { seconds },
            None => Error::SignInFailed {
                attempts_left: Some(ATTEMPTS_BEFORE_LOCK - failed),
            },
        }))
    })?
}

/// How long the account locks after `failed` wrong PINs in a row, if at all.
fn lock_seconds(failed: u32) -> Option<i64> {
    let beyond = failed.checked_sub(ATTEMPTS_BEFORE_LOCK)?;
    let doubled = FIRST_LOCK_SECONDS.saturating_mul(1_i64 << beyond.min(16));
    Some(doubled.min(LONGEST_LOCK_SECONDS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_start_at_five_wrong_pins_and_double_up_to_an_hour() {
        let locks: Vec<Option<i64>> = (1..=13).map(lock_seconds).collect();
        assert_eq!(&locks[..4], &[None, None, None, None]);
        assert_eq!(
            &locks[4..],
            &[
                Some(60),
                Some(120),
                Some(240),
                Some(480),
                Some(960),
                Some(1920),
                Some(3600),
                Some(3600),
                Some(3600)
            ]
        );
        assert_eq!(lock_seconds(u32::MAX), Some(3600));
    }
}
