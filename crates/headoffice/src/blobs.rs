//! Photos and other files kiosks upload, named by their SHA-256 in `<data_dir>/blobs/`.
//! An upload grows `<sha256>.partial` part by part (so a dropped connection loses only
//! the part in flight); once whole and matching its name, it is fsynced and renamed.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::credentials::hex;

/// The largest blob the head office keeps.
pub const MAX_BLOB_BYTES: u64 = 10 * 1024 * 1024;

/// What the server holds of a blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    Complete,
    /// The first N bytes of an unfinished upload.
    Partial(u64),
    Nothing,
}

/// The answer to one part of an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    Complete,
    Partial(u64),
    /// `Upload-Offset` was not what the server holds (or another part is being written).
    WrongOffset(u64),
    /// The whole file does not hash to its name; the partial upload is gone.
    HashMismatch,
    TooLarge,
    /// More bytes than `Upload-Length` leaves room for, or the body broke off.
    BadBody,
}

#[derive(Debug)]
pub(crate) struct BlobStore {
    dir: PathBuf,
    /// Blobs with a part being written: a second writer waits its turn (409).
    busy: Arc<Mutex<HashSet<String>>>,
}

/// A blob's name is 64 lowercase hex digits.
pub fn is_sha256(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl BlobStore {
    pub fn open(dir: PathBuf) -> io::Result<BlobStore> {
        fs::create_dir_all(&dir)?;
        Ok(BlobStore {
            dir,
            busy: Arc::default(),
        })
    }

    fn complete_path(&self, sha: &str) -> PathBuf {
        self.dir.join(sha)
    }

    fn partial_path(&self, sha: &str) -> PathBuf {
        self.dir.join(format!("{sha}.partial"))
    }

    pub async fn held(&self, sha: &str) -> io::Result<Held> {
        if exists(&self.complete_path(sha)).await? {
            return Ok(Held::Complete);
        }
        match tokio::fs::metadata(self.partial_path(sha)).await {
            Ok(meta) => Ok(Held::Partial(meta.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Held::Nothing),
            Err(e) => Err(e),
        }
    }

    /// The whole blob, if the server has it.
    pub fn read(&self, sha: &str) -> io::Result<Option<Vec<u8>>> {
        if !is_sha256(sha) {
            return Ok(None);
        }
        match fs::read(self.complete_path(sha)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Appends `body` at `offset` of an upload of `total` bytes, and finishes the blob
    /// when it is whole. `sha` must be checked with [`is_sha256`] first.
    pub async fn put(
        &self,
        sha: &str,
        offset: u64,
        total: u64,
        body: Body,
    ) -> io::Result<PutOutcome> {
        if total > MAX_BLOB_BYTES {
            return Ok(PutOutcome::TooLarge);
        }
        let Some(_turn) = Turn::take(&self.busy, sha) else {
            let held = match self.held(sha).await? {
                Held::Partial(n) => n,
                _ => 0,
            };
            return Ok(PutOutcome::WrongOffset(held));
        };
        let held = match self.held(sha).await? {
            Held::Complete => return Ok(PutOutcome::Complete),
            Held::Partial(n) => n,
            Held::Nothing => 0,
        };
        let partial = self.partial_path(sha);
        if held > total {
            // Cannot be the start of this blob: start again rather than stay stuck.
            tokio::fs::remove_file(&partial).await?;
            return Ok(PutOutcome::WrongOffset(0));
        }
        if offset != held {
            return Ok(PutOutcome::WrongOffset(held));
        }
        let size = match append(&partial, offset, total, body).await? {
            Some(size) => size,
            None => return Ok(PutOutcome::BadBody),
        };
        if size < total {
            return Ok(PutOutcome::Partial(size));
        }
        let (partial_for_hash, complete) = (partial.clone(), self.complete_path(sha));
        let expected = sha.to_string();
        let dir = self.dir.clone();
        let finished = tokio::task::spawn_blocking(move || {
            finish(&partial_for_hash, &complete, &dir, &expected)
        })
        .await
        .map_err(io::Error::other)??;
        Ok(if finished {
            PutOutcome::Complete
        } else {
            PutOutcome::HashMismatch
        })
    }
}

/// Writes the body after the `offset` bytes already in `partial`. Returns the new size,
/// or `None` when the body is longer than `total` allows (the part is dropped) or
/// breaks off (what arrived is kept, so the kiosk can resume from it).
async fn append(partial: &Path, offset: u64, total: u64, body: Body) -> io::Result<Option<u64>> {
    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(partial)
        .await?;
    let room = total - offset;
    let mut written = 0u64;
    let mut body = body;
    let mut whole = true;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            whole = false;
            break;
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        if written + data.len() as u64 > room {
            file.set_len(offset).await?;
            file.sync_all().await?;
            return Ok(None);
        }
        file.write_all(&data).await?;
        written += data.len() as u64;
    }
    file.flush().await?;
    file.sync_all().await?;
    Ok(whole.then_some(offset + written))
}

/// Checks the whole upload against its name: a match is renamed into place (and the
/// folder fsynced, so the name survives a power cut); a mismatch is deleted.
fn finish(partial: &Path, complete: &Path, dir: &Path, expected: &str) -> io::Result<bool> {
    let mut file = fs::File::open(partial)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    if hex(&hasher.finalize()) != expected {
        fs::remove_file(partial)?;
        return Ok(false);
    }
    fs::rename(partial, complete)?;
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(true)
}

async fn exists(path: &Path) -> io::Result<bool> {
    tokio::fs::try_exists(path).await
}

/// The right to write one blob; given back on drop, whatever happened.
struct Turn {
    busy: Arc<Mutex<HashSet<String>>>,
    sha: String,
}

impl Turn {
    fn take(busy: &Arc<Mutex<HashSet<String>>>, sha: &str) -> Option<Turn> {
        let mut set = busy.lock().unwrap_or_else(|p| p.into_inner());
        set.insert(sha.to_string()).then(|| Turn {
            busy: Arc::clone(busy),
            sha: sha.to_string(),
        })
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let mut set = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        set.remove(&self.sha);
    }
}
