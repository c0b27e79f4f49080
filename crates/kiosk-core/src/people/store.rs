//! SQL for operators. Callers hold the transaction; nothing here commits.

use rusqlite::{params, Connection, OptionalExtension};

use super::operators::{Operator, Role};
use crate::error::Result;

/// An operator with what sign-in needs.
pub struct Account {
    pub operator: Operator,
    pub pin_hash: String,
    pub failed_attempts: u32,
    pub locked_until: Option<i64>,
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM operators", [], |r| r.get(0))?)
}

pub fn insert(conn: &Connection, operator: &Operator, pin_hash: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO operators(id, name, role, pin_hash) VALUES (?1, ?2, ?3, ?4)",
        params![operator.id, operator.name, operator.role.as_str(), pin_hash],
    )?;
    Ok(())
}

pub fn name_taken(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM operators WHERE name = ?1")?
        .exists([name])?)
}

fn role(text: &str) -> Role {
    if text == "admin" {
        Role::Admin
    } else {
        Role::Operator
    }
}

pub fn account(conn: &Connection, name: &str) -> Result<Option<Account>> {
    Ok(conn
        .query_row(
            "SELECT id, name, role, pin_hash, failed_attempts, locked_until
             FROM operators WHERE name = ?1",
            [name],
            |row| {
                Ok(Account {
                    operator: Operator {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        role: role(&row.get::<_, String>(2)?),
                    },
                    pin_hash: row.get(3)?,
                    failed_attempts: row.get(4)?,
                    locked_until: row.get(5)?,
                })
            },
        )
        .optional()?)
}

pub fn record_failure(
    conn: &Connection,
    id: &str,
    failed: u32,
    locked_until: Option<i64>,
) -> Result<()> {
    conn.execute(
        "UPDATE operators SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
        params![id, failed, locked_until],
    )?;
    Ok(())
}

pub fn clear_failures(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

pub fn all(conn: &Connection) -> Result<Vec<Operator>> {
    let mut stmt = conn.prepare_cached("SELECT id, name, role FROM operators ORDER BY name")?;
    let rows = stmt
        .query_map([], |row| {
            Ok(Operator {
                id: row.get(0)?,
                name: row.get(1)?,
                role: role(&row.get::<_, String>(2)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
