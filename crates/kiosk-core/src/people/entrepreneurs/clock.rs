//! The moment a change is made, read from SQLite inside the change's own transaction,
//! so a record's timestamps, its checks ("not in the future", "not before
//! registration") and the dashboard's months all agree. Times are UTC; "today" is the
//! kiosk's local date. Tests (feature `fixtures`) can pin today on their own thread.

use rusqlite::Connection;

use crate::error::Result;

/// The time of a change (UTC, ISO 8601 with milliseconds) and the local date then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Now {
    pub at: String,
    pub today: String,
}

pub(crate) fn now(conn: &Connection) -> Result<Now> {
    let (at, today): (String, String) = conn.query_row(
        "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), date('now', 'localtime')",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    Ok(pinned(&at).unwrap_or(Now { at, today }))
}

#[cfg(any(test, feature = "fixtures"))]
thread_local! {
    static PINNED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Makes "today" `date` (YYYY-MM-DD) for entrepreneur records written or read on this
/// thread, until called with `None`. Times keep the real time of day, so records made
/// one after the other stay in order. For tests only.
#[cfg(any(test, feature = "fixtures"))]
pub fn pin_today(date: Option<&str>) {
    PINNED.with(|pinned| *pinned.borrow_mut() = date.map(str::to_string));
}

#[cfg(any(test, feature = "fixtures"))]
fn pinned(real_at: &str) -> Option<Now> {
    let today = PINNED.with(|pinned| pinned.borrow().clone())?;
    let time_of_day = real_at.get(10..).unwrap_or("T12:00:00.000Z");
    Some(Now {
        at: format!("{today}{time_of_day}"),
        today,
    })
}

#[cfg(not(any(test, feature = "fixtures")))]
fn pinned(_real_at: &str) -> Option<Now> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinned_day_keeps_the_time_of_day() {
        let conn = Connection::open_in_memory().expect("opens");
        let real = now(&conn).expect("now");
        assert_eq!(real.at.len(), 24, "{}", real.at);
        pin_today(Some("2026-03-15"));
        let pinned = now(&conn).expect("now");
        pin_today(None);
        assert_eq!(pinned.today, "2026-03-15");
        assert!(pinned.at.starts_with("2026-03-15T"), "{}", pinned.at);
        assert_eq!(now(&conn).expect("now").today.len(), 10);
    }
}
