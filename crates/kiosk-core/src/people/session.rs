//! Who is signed in at the kiosk right now. One operator at a time; the session locks by
//! itself after idle minutes, so a PC left on in the village hall shows no one's records.
//! Everything with personal data asks [`Session::operator`] (or [`Session::admin`]) first.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::operators::{Operator, Role};
use crate::error::{Error, Result};

/// How long a session stays open without use.
pub const IDLE_LOCK: Duration = Duration::from_secs(10 * 60);

#[derive(Debug)]
pub struct Session {
    idle_lock: Duration,
    active: Mutex<Option<Active>>,
}

#[derive(Debug)]
struct Active {
    operator: Operator,
    last_used: Instant,
}

impl Default for Session {
    fn default() -> Self {
        Session::new(IDLE_LOCK)
    }
}

impl Session {
    pub fn new(idle_lock: Duration) -> Session {
        Session {
            idle_lock,
            active: Mutex::new(None),
        }
    }

    pub fn idle_lock(&self) -> Duration {
        self.idle_lock
    }

    /// `operator` signed in at `now`; whoever was signed in before is signed out.
    pub fn begin(&self, operator: Operator, now: Instant) {
        *self.lock() = Some(Active {
            operator,
            last_used: now,
        });
    }

    pub fn end(&self) {
        *self.lock() = None;
    }

    /// The signed-in operator, counting this as use. After the idle time the session
    /// is over and sign-in is needed again.
    pub fn operator(&self, now: Instant) -> Result<Operator> {
        let mut active = self.lock();
        let open = active
            .as_ref()
            .is_some_and(|a| now.saturating_duration_since(a.last_used) < self.idle_lock);
        if !open {
            *active = None;
            return Err(Error::SignInNeeded);
        }
        let session = active.as_mut().ok_or(Error::SignInNeeded)?;
        session.last_used = session.last_used.max(now);
        Ok(session.operator.clone())
    }

    /// The signed-in operator if an admin; [`Error::NotAdmin`] for an operator.
    pub fn admin(&self, now: Instant) -> Result<Operator> {
        let operator = self.operator(now)?;
        if operator.role != Role::Admin {
            return Err(Error::NotAdmin);
        }
        Ok(operator)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Active>> {
        // A panic elsewhere while holding this lock cannot leave it half-changed.
        self.active.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(role: Role) -> Operator {
        Operator {
            id: "op-1".into(),
            name: "सुनीता".into(),
            role,
        }
    }

    #[test]
    fn no_one_is_signed_in_until_someone_signs_in() {
        let session = Session::default();
        assert!(matches!(
            session.operator(Instant::now()),
            Err(Error::SignInNeeded)
        ));
        session.begin(person(Role::Operator), Instant::now());
        assert_eq!(session.operator(Instant::now()).expect("in").name, "सुनीता");
        session.end();
        assert!(matches!(
            session.operator(Instant::now()),
            Err(Error::SignInNeeded)
        ));
    }

    #[test]
    fn the_session_locks_after_idle_minutes_and_use_keeps_it_open() {
        let start = Instant::now();
        let minute = Duration::from_secs(60);
        let session = Session::default();
        session.begin(person(Role::Operator), start);
        // Used every 9 minutes: stays open well past the first 10.
        for step in 1..=3 {
            assert!(
                session.operator(start + minute * 9 * step).is_ok(),
                "{step}"
            );
        }
        let last_use = start + minute * 27;
        assert!(matches!(
            session.operator(last_use + minute * 10),
            Err(Error::SignInNeeded)
        ));
        // Once locked it stays locked, even if asked again "earlier".
        assert!(session.operator(last_use).is_err());
    }

    #[test]
    fn only_an_admin_passes_the_admin_check() {
        let now = Instant::now();
        let session = Session::default();
        session.begin(person(Role::Operator), now);
        assert!(matches!(session.admin(now), Err(Error::NotAdmin)));
        session.begin(person(Role::Admin), now);
        assert_eq!(session.admin(now).expect("admin").role, Role::Admin);
    }
}
