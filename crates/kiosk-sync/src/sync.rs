//! Enrolment and one sync: drain the outbox batch by batch, each batch's photos first,
//! and mark only what a checked receipt confirms, in one transaction per batch. A
//! failure leaves the batch pending, to be sent again whole.

use std::collections::{HashMap, HashSet};

use kiosk_core::outbox::{self, OutboxRow};
use kiosk_core::settings::{self, Enrolment};
use kiosk_core::{photos, Error, Result, Store};
use serde::Serialize;
use ts_rs::TS;

use crate::batch::{self, MAX_BATCH_BYTES, MAX_RECORDS};
use crate::http::{BlobState, Client, PostOutcome, PutOutcome};
use crate::receipt;
use crate::wire::EnrolRequest;

/// Bytes of a photo per PUT: a part gets through in well under the 60 s request
/// timeout even on a poor 2G link, and a cut connection loses at most this much.
pub const PHOTO_PART_BYTES: usize = 64 * 1024;
/// Quarantine reason for a record too large to send even alone.
pub const TOO_LARGE: &str = "record.too_large";
/// Quarantine reason for an outbox body that is not JSON (a damaged row).
pub const NOT_JSON: &str = "record.not_json";
/// How often in a row the head office may say it holds a different part of a photo
/// before the upload is given up until the next sync.
const MAX_OFFSET_MISMATCHES: u32 = 3;

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncReport {
    /// Records the head office stored for the first time.
    pub sent: u32,
    /// Records it had already (sent before, the receipt lost): marked sent too.
    pub duplicates: u32,
    /// Records set aside: refused by the head office, or unsendable.
    pub quarantined: u32,
    /// Batches the head office confirmed.
    pub batches: u32,
    /// Photos uploaded (wholly or the rest of an earlier part).
    pub blobs_uploaded: u32,
}

/// Exchanges the head office's one-time `token` for this kiosk's id and secret and
/// keeps them with `url`. The earlier enrolment, if any, is replaced only on success.
pub async fn enrol(store: &Store, url: &str, token: &str) -> Result<()> {
    let server = normalise_url(url)?;
    let token = normalise_token(token);
    if token.is_empty() {
        return Err(Error::SyncTokenInvalid);
    }
    let (local_id, name) = store.read(|conn| {
        Ok((
            settings::kiosk_id(conn)?.unwrap_or_default(),
            settings::kiosk_name(conn)?.unwrap_or_default(),
        ))
    })?;
    let request = EnrolRequest {
        token: &token,
        kiosk_name: &name,
        local_id: &local_id,
    };
    let enrolled = Client::new()?.enrol(&server, &request).await?;
    let enrolment = Enrolment {
        server_url: server,
        kiosk_id: enrolled.kiosk_id,
        secret: enrolled.secret,
    };
    store.write(|tx| settings::set_enrolment(tx, &enrolment))?;
    tracing::info!(server = %enrolment.server_url, kiosk = %enrolment.kiosk_id, "enrolled");
    Ok(())
}

/// The head office's address as typed: `https://` is assumed when no scheme is given,
/// and a trailing slash is dropped. Only http(s) with a host, and no user, query or
/// fragment.
pub fn normalise_url(typed: &str) -> Result<String> {
    let typed = typed.trim();
    let bad = || Error::SyncBadUrl(typed.to_string());
    let with_scheme = if typed.contains("://") {
        typed.to_string()
    } else {
        format!("https://{typed}")
    };
    let url = reqwest::Url::parse(&with_scheme).map_err(|_| bad())?;
    let usable = matches!(url.scheme(), "http" | "https")
        && url.host_str().is_some_and(|h| !h.is_empty())
        && url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none();
    if !usable {
        return Err(bad());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// The token as the head office issued it: the spaces and dashes that group it for
/// typing removed, in capitals (base32).
pub fn normalise_token(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Sends everything pending, batch by batch, until the outbox is drained or a batch
/// fails. The outcome (success time, or error code and time) is kept in the store for
/// the Sync screen.
pub async fn sync_once(store: &Store, client: &Client) -> Result<SyncReport> {
    let enrolment = store
        .read(settings::enrolment)?
        .ok_or(Error::SyncNotEnrolled)?;
    let mut report = SyncReport::default();
    let drained = drain(store, client, &enrolment, &mut report).await;
    if let Err(error) = &drained {
        tracing::warn!(code = error.code(), %error, "sync failed");
        let noted = store.write(|tx| {
            let at = outbox::now(tx)?;
            settings::record_sync_error(tx, error.code(), &at)
        });
        if let Err(e) = noted {
            tracing::warn!(%e, "could not note the sync error");
        }
    }
    drained.map(|()| report)
}

async fn drain(
    store: &Store,
    client: &Client,
    enrolment: &Enrolment,
    report: &mut SyncReport,
) -> Result<()> {
    let mut limit = MAX_RECORDS;
    // Rows up to here were answered in this sync; a safety net against sending a row
    // twice in one run should a receipt's marks not stick.
    let mut after = 0;
    let mut photos = Photos::default();
    loop {
        let rows = store.read(|conn| outbox::next_batch(conn, limit, after))?;
        if rows.is_empty() {
            return Ok(());
        }
        if let Some(bad) = rows.iter().find(|row| batch::body(row).is_none()) {
            set_aside(store, report, &[(bad, NOT_JSON)])?;
            continue;
        }
        let batch_id = uuid::Uuid::now_v7().to_string();
        let encoded = batch::encode(&enrolment.kiosk_id, &batch_id, &rows, MAX_BATCH_BYTES)
            .map_err(|e| Error::SyncServerError(format!("encoding a batch: {e}")))?;
        let Some(encoded) = encoded else {
            set_aside(store, report, &[(&rows[0], TOO_LARGE)])?;
            continue;
        };
        let rows = &rows[..encoded.taken];
        let refused = photos
            .upload(store, client, enrolment, rows, report)
            .await?;
        if !refused.is_empty() {
            set_aside(store, report, &refused)?;
            continue;
        }
        match client.post_batch(enrolment, encoded.gzip).await? {
            PostOutcome::TooLarge if rows.len() > 1 => limit = rows.len() / 2,
            PostOutcome::TooLarge => set_aside(store, report, &[(&rows[0], TOO_LARGE)])?,
            PostOutcome::Receipt(answer) => {
                let sent: Vec<(&str, i64)> = rows
                    .iter()
                    .map(|row| (row.record_id.as_str(), row.version))
                    .collect();
                let verdicts = receipt::check(&answer, &batch_id, &sent)?;
                store.write(|tx| {
                    let at = outbox::now(tx)?;
                    let confirmed: Vec<(&str, i64)> = verdicts
                        .applied
                        .iter()
                        .chain(&verdicts.duplicates)
                        .map(|(id, version)| (id.as_str(), *version))
                        .collect();
                    outbox::mark_sent(tx, &confirmed, &at)?;
                    for (id, version, reason) in &verdicts.refused {
                        outbox::quarantine(tx, id, *version, reason)?;
                    }
                    settings::record_sync_success(tx, &at)
                })?;
                for (id, version, reason) in &verdicts.refused {
                    tracing::warn!(%id, version, %reason, "head office refused a record");
                }
                report.sent += count(&verdicts.applied);
                report.duplicates += count(&verdicts.duplicates);
                report.quarantined += count(&verdicts.refused);
                report.batches += 1;
                after = rows.last().map_or(after, |row| row.seq);
            }
        }
    }
}

fn count<T>(items: &[T]) -> u32 {
    u32::try_from(items.len()).unwrap_or(u32::MAX)
}

/// Quarantines rows the kiosk itself cannot send, with the reason, in one transaction.
fn set_aside(store: &Store, report: &mut SyncReport, rows: &[(&OutboxRow, &str)]) -> Result<()> {
    store.write(|tx| {
        for (row, reason) in rows {
            outbox::quarantine(tx, &row.record_id, row.version, reason)?;
        }
        Ok(())
    })?;
    for (row, reason) in rows {
        tracing::warn!(id = %row.record_id, version = row.version, %reason, "record set aside");
    }
    report.quarantined += count(rows);
    Ok(())
}

/// The photos this sync has seen through: uploaded, or found at the head office.
#[derive(Debug, Default)]
struct Photos {
    done: HashSet<String>,
}

impl Photos {
    /// Makes sure the head office has the photo of every row before the batch goes.
    /// Returns the rows whose photo it refuses for good, with the reason.
    async fn upload<'r>(
        &mut self,
        store: &Store,
        client: &Client,
        enrolment: &Enrolment,
        rows: &'r [OutboxRow],
        report: &mut SyncReport,
    ) -> Result<Vec<(&'r OutboxRow, &'static str)>> {
        let mut refused: HashMap<String, &'static str> = HashMap::new();
        let mut set_aside = Vec::new();
        for row in rows {
            let Some(hash) = batch::photo_of(row) else {
                continue;
            };
            if let Some(reason) = refused.get(&hash) {
                set_aside.push((row, *reason));
                continue;
            }
            let url = enrolment.server_url.as_str();
            if self.done.contains(&hash) || store.read(|c| outbox::blob_sent(c, url, &hash))? {
                continue;
            }
            match photos::read(store, &hash)? {
                // Replaced or erased since this version was written: the head office
                // gets the record without it.
                None => {
                    tracing::warn!(%hash, id = %row.record_id, "photo no longer on the kiosk");
                    self.done.insert(hash);
                    continue;
                }
                Some(bytes) => match upload_one(client, enrolment, &hash, &bytes).await? {
                    Uploaded::Already => {}
                    Uploaded::Now => report.blobs_uploaded += 1,
                    Uploaded::Refused(reason) => {
                        refused.insert(hash, reason);
                        set_aside.push((row, reason));
                        continue;
                    }
                },
            }
            store.write(|tx| outbox::note_blob_sent(tx, url, &hash))?;
            self.done.insert(hash);
        }
        Ok(set_aside)
    }
}

enum Uploaded {
    Already,
    Now,
    Refused(&'static str),
}

/// HEAD, then PUT from the head office's offset in parts until it has the whole photo.
async fn upload_one(
    client: &Client,
    enrolment: &Enrolment,
    hash: &str,
    bytes: &[u8],
) -> Result<Uploaded> {
    let total = bytes.len() as u64;
    let mut offset = match client.blob_state(enrolment, hash).await? {
        BlobState::Complete => return Ok(Uploaded::Already),
        BlobState::Partial(n) => n,
        BlobState::Missing => 0,
    };
    let mut mismatches = 0;
    loop {
        let start = usize::try_from(offset)
            .ok()
            .filter(|&start| start <= bytes.len())
            .ok_or_else(|| {
                Error::SyncServerError(format!(
                    "photo {hash}: head office holds {offset} of {total} bytes"
                ))
            })?;
        let end = bytes.len().min(start + PHOTO_PART_BYTES);
        let part = bytes[start..end].to_vec();
        match client
            .put_blob(enrolment, hash, offset, total, part)
            .await?
        {
            PutOutcome::Complete => return Ok(Uploaded::Now),
            PutOutcome::Refused(reason) => return Ok(Uploaded::Refused(reason)),
            PutOutcome::Partial(held) if held > offset => offset = held,
            PutOutcome::Partial(held) => {
                return Err(Error::SyncNotHeadOffice(format!(
                    "photo {hash}: upload stuck at {held} of {total} bytes"
                )))
            }
            PutOutcome::OffsetMismatch(held) => {
                mismatches += 1;
                if mismatches > MAX_OFFSET_MISMATCHES {
                    return Err(Error::SyncServerError(format!(
                        "photo {hash}: the head office's offset keeps changing"
                    )));
                }
                offset = held;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_cleaned_or_refused() {
        for (typed, clean) in [
            ("https://ho.example.org", "https://ho.example.org"),
            ("  https://ho.example.org/  ", "https://ho.example.org"),
            ("ho.example.org", "https://ho.example.org"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
            ("https://example.org/gram/", "https://example.org/gram"),
        ] {
            assert_eq!(normalise_url(typed).expect(typed), clean);
        }
        for typed in [
            "",
            "ftp://ho.example.org",
            "https://",
            "https://user:pw@ho.example.org",
            "https://ho.example.org/?a=1",
            "https://ho.example.org/#x",
            "http://exa mple.org",
            "file:///etc/passwd",
        ] {
            match normalise_url(typed) {
                Err(Error::SyncBadUrl(shown)) => assert_eq!(shown, typed.trim()),
                other => panic!("{typed:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn tokens_lose_their_grouping_and_become_capitals() {
        assert_eq!(
            normalise_token(" abcd efgh-2345\tQRST "),
            "ABCDEFGH2345QRST"
        );
        assert_eq!(normalise_token(" - "), "");
    }
}
