//! What the sync tests share: a kiosk store with an admin, made-up people and photos,
//! and the real head office serving on a loopback port.
#![allow(dead_code)] // each test file uses its own part

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;
use std::net::SocketAddr;

use headoffice::test_support::TestDatabase;
use headoffice::HeadOffice;
use kiosk_core::catalog::eligibility::Gender;
use kiosk_core::kiosk::{self, KioskProfile};
use kiosk_core::outbox;
use kiosk_core::people::entrepreneurs::{self, Registration, Stage};
use kiosk_core::people::Operator;
use kiosk_core::settings::{self, Enrolment};
use kiosk_core::{photos, Store};
use tokio::net::TcpListener;

pub struct Kiosk {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub admin: Operator,
}

pub fn kiosk() -> Kiosk {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    let profile = KioskProfile {
        name: "बड़ोदिया ग्राम कियोस्क".into(),
        village: "बड़ोदिया".into(),
        block: "सोनकच्छ".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    let admin = kiosk::set_up(&store, &profile, "Admin Name", "482913").expect("set up");
    Kiosk {
        _dir: dir,
        store,
        admin,
    }
}

pub const FIRST: [&str; 40] = [
    "Sunita", "Mohan", "Rekha", "Suresh", "Kamla", "Ramesh", "Geeta", "Mahesh", "Savitri",
    "Dinesh", "Lakshmi", "Rajesh", "Pushpa", "Mukesh", "Sarita", "Naresh", "Meena", "Umesh",
    "Anita", "Ganesh", "Radha", "Prakash", "Usha", "Santosh", "Kiran", "Vijay", "Shanti", "Ashok",
    "Manju", "Anil", "Seema", "Sunil", "Poonam", "Raju", "Asha", "Gopal", "Nirmala", "Kailash",
    "Sushila", "Hari",
];
pub const LAST: [&str; 25] = [
    "Devi", "Lal", "Bai", "Patel", "Yadav", "Verma", "Sharma", "Meena", "Jat", "Gurjar", "Malviya",
    "Chouhan", "Rathore", "Solanki", "Parmar", "Kushwaha", "Ahirwar", "Bhil", "Mandloi", "Tomar",
    "Dangi", "Panwar", "Sisodiya", "Thakur", "Joshi",
];

/// The `n`th of up to 1000 different people, with `photo` if given.
pub fn person(n: usize, photo: Option<String>) -> Registration {
    Registration {
        full_name: format!(
            "{} {}",
            FIRST[n % FIRST.len()],
            LAST[n / FIRST.len() % LAST.len()]
        ),
        gender: if n % 2 == 0 {
            Gender::Female
        } else {
            Gender::Male
        },
        birth_date: None,
        age: Some(18 + (n % 40) as u8),
        mobile: format!("9{:09}", 100_000_000 + n),
        village: format!("Ward {}", n % 12 + 1),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: None,
        education: "class_10".into(),
        shg_member: n % 3 == 0,
        sector: "dairy".into(),
        idea: "दो भैंस लेकर दूध बेचना".into(),
        stage: Stage::Idea,
        bank_account: true,
        aadhaar: None,
        photo,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

/// A small PNG of one colour per `seed`, or a large noisy one (many 64 KiB parts).
pub fn picture(seed: u32, large: bool) -> Vec<u8> {
    let (width, height) = if large { (1000, 800) } else { (40, 30) };
    let mut rng = fastrand::Rng::with_seed(u64::from(seed));
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        if large {
            image::Rgb([rng.u8(..), rng.u8(..), rng.u8(..)])
        } else {
            image::Rgb([(seed * 37 % 256) as u8, (x * 6) as u8, (y * 8 + seed) as u8])
        }
    });
    let mut bytes = Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode test picture");
    bytes.into_inner()
}

/// Registers `count` people in one transaction; every `photo_every`th has a photo,
/// chosen from `distinct` pictures, the first of them large.
pub fn register(k: &Kiosk, from: usize, count: usize, distinct: u32) -> BTreeSet<String> {
    let hashes: Vec<String> = (0..distinct)
        .map(|seed| photos::store(&k.store, &picture(seed, seed == 0)).expect("photo stored"))
        .collect();
    let forms: Vec<Registration> = (from..from + count)
        .map(|n| {
            let photo = (!hashes.is_empty()).then(|| hashes[n % hashes.len()].clone());
            person(n, photo)
        })
        .collect();
    entrepreneurs::register_all(&k.store, &k.admin, &forms).expect("registered");
    hashes.into_iter().collect()
}

/// A head office in its own folder (on PostgreSQL when `GRAM_TEST_POSTGRES_URL` is
/// set), serving on a free loopback port.
pub struct Office {
    pub _dir: tempfile::TempDir,
    pub office: HeadOffice,
    pub addr: SocketAddr,
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Drop for Office {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Office {
    pub async fn start() -> Office {
        let dir = tempfile::tempdir().expect("tempdir");
        let office = TestDatabase::new().await.open(dir.path()).await;
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let addr = listener.local_addr().expect("address");
        let task = tokio::spawn(headoffice::serve(listener, office.clone()));
        Office {
            _dir: dir,
            office,
            addr,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Enrols `k` with a fresh token.
    pub async fn enrol(&self, k: &Kiosk) -> String {
        let token = self
            .office
            .enrol("Bagli kiosk", None, 72)
            .await
            .expect("token");
        kiosk_sync::enrol(&k.store, &self.url(), &token)
            .await
            .expect("enrolled");
        enrolment(k).kiosk_id
    }

    /// (id, version) -> body of every record of `kind` the head office holds.
    pub async fn records(&self, kind: &str) -> BTreeMap<(String, i64), Option<serde_json::Value>> {
        let mut held = BTreeMap::new();
        for record in self.office.records(kind).await.expect("records") {
            let key = (record.id.clone(), record.version);
            assert!(
                held.insert(key, record.body).is_none(),
                "{} twice",
                record.id
            );
        }
        held
    }
}

pub fn enrolment(k: &Kiosk) -> Enrolment {
    k.store
        .read(settings::enrolment)
        .expect("reads")
        .expect("enrolled")
}

/// (id, version) -> body of every outbox row of `kind`.
pub fn outbox_rows(
    store: &Store,
    kind: &str,
) -> BTreeMap<(String, i64), Option<serde_json::Value>> {
    store
        .read(|c| {
            let mut stmt = c.prepare(
                "SELECT record_id, version, body FROM outbox WHERE kind = ?1 ORDER BY seq",
            )?;
            let rows = stmt.query_map([kind], |r| {
                let body: String = r.get(2)?;
                Ok(((r.get(0)?, r.get(1)?), serde_json::from_str(&body).ok()))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .expect("outbox")
}

pub fn pending(store: &Store) -> i64 {
    store
        .read(outbox::pending)
        .expect("pending")
        .iter()
        .map(|(_, n)| n)
        .sum()
}
