//! How the app sits on the kiosk PC: kiosk mode (full screen, no window frame, closed
//! only after an operator's PIN) and starting by itself when the PC's user logs in (an
//! XDG autostart entry). The choice lives in the store; the window is the shell's job.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::people::{operators, Operator, Role};
use crate::{settings, Store};

/// The admin's choice for this kiosk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KioskMode {
    /// Open full screen, without a frame; leaving takes an operator's PIN.
    pub enabled: bool,
    /// Start the app when the PC's user logs in.
    pub start_on_login: bool,
}

/// The kiosk's choice; both off until an admin chooses.
pub fn kiosk_mode(store: &Store) -> Result<KioskMode> {
    store.read(settings::kiosk_mode)
}

/// An admin's new choice, with the autostart entry made or removed to match, in one
/// step: when the entry cannot be written, the choice is not saved either.
pub fn set_kiosk_mode(
    store: &Store,
    by: &Operator,
    mode: KioskMode,
    autostart: &Autostart,
) -> Result<()> {
    if by.role != Role::Admin {
        return Err(Error::NotAdmin);
    }
    store.write(|tx| {
        settings::set_kiosk_mode(tx, &mode)?;
        autostart.set(mode.start_on_login)
    })
}

/// Whether `pin` is the signed-in operator's, to leave kiosk mode; a wrong PIN counts
/// towards the lock as at sign-in.
pub fn check_pin(store: &Store, operator: &Operator, pin: &str, now: i64) -> Result<()> {
    operators::sign_in(store, &operator.name, pin, now).map(|_| ())
}

/// The XDG autostart entry that starts `exec` when the user logs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Autostart {
    file: PathBuf,
    exec: PathBuf,
}

impl Autostart {
    /// The entry in `config_dir/autostart/` (`config_dir` is `$XDG_CONFIG_HOME`,
    /// usually `~/.config`).
    pub fn new(config_dir: &Path, exec: &Path) -> Autostart {
        Autostart {
            file: config_dir.join("autostart").join("gram-kiosk.desktop"),
            exec: exec.to_path_buf(),
        }
    }

    /// The entry for this user, starting this very program.
    pub fn for_this_user() -> Result<Autostart> {
        let config = directories::BaseDirs::new()
            .map(|dirs| dirs.config_dir().to_path_buf())
            .ok_or(Error::NoDataDir)?;
        let exec = std::env::current_exe().map_err(|source| Error::FileWrite {
            path: PathBuf::from("gram-kiosk"),
            source,
        })?;
        Ok(Autostart::new(&config, &exec))
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    pub fn is_on(&self) -> bool {
        self.file.is_file()
    }

    /// Writes the entry (whole, through a temporary file) or removes it.
    fn set(&self, on: bool) -> Result<()> {
        let failed = |source| Error::FileWrite {
            path: self.file.clone(),
            source,
        };
        if !on {
            return match fs::remove_file(&self.file) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(failed(e)),
                _ => Ok(()),
            };
        }
        let dir = self.file.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(failed)?;
        let partial = self.file.with_extension("desktop.partial");
        let mut file = fs::File::create(&partial).map_err(failed)?;
        file.write_all(self.entry().as_bytes()).map_err(failed)?;
        file.sync_all().map_err(failed)?;
        fs::rename(&partial, &self.file).map_err(failed)
    }

    fn entry(&self) -> String {
        format!(
            "[Desktop Entry]\nType=Application\nName=Gram Kiosk\nName[hi]=ग्राम कियोस्क\n\
             Comment=Village information kiosk\nComment[hi]=गाँव का सूचना कियोस्क\n\
             Exec={}\nIcon=gram-kiosk\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
            exec_argument(&self.exec)
        )
    }
}

/// A path as one argument of a desktop entry's `Exec` key: quoted when it has to be,
/// with `"`, `` ` ``, `$` and `\` escaped inside the quotes (the Desktop Entry spec).
fn exec_argument(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = text
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+".contains(c));
    if plain {
        return text;
    }
    let mut quoted = String::from("\"");
    for c in text.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    // In a desktop file a backslash is itself escaped once more.
    quoted.replace('\\', "\\\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk_with_admin(dir: &Path) -> (Store, Operator) {
        crate::fixtures::bagli_kiosk(dir).expect("set up")
    }

    #[test]
    fn the_choice_is_kept_and_the_entry_follows_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, admin) = kiosk_with_admin(&dir.path().join("data"));
        let autostart =
            Autostart::new(&dir.path().join("config"), Path::new("/usr/bin/gram-kiosk"));
        assert_eq!(kiosk_mode(&store).expect("reads"), KioskMode::default());
        assert!(!autostart.is_on());

        let on = KioskMode {
            enabled: true,
            start_on_login: true,
        };
        set_kiosk_mode(&store, &admin, on, &autostart).expect("saved");
        assert_eq!(kiosk_mode(&store).expect("reads"), on);
        let entry = fs::read_to_string(autostart.file()).expect("entry");
        assert!(entry.starts_with("[Desktop Entry]\n"), "{entry}");
        assert!(entry.contains("\nExec=/usr/bin/gram-kiosk\n"), "{entry}");
        assert!(entry.contains("Name[hi]=ग्राम कियोस्क"), "{entry}");

        let kiosk_only = KioskMode {
            enabled: true,
            start_on_login: false,
        };
        set_kiosk_mode(&store, &admin, kiosk_only, &autostart).expect("saved");
        assert!(!autostart.is_on(), "the entry is removed");
        assert_eq!(kiosk_mode(&store).expect("reads"), kiosk_only);
    }

    #[test]
    fn only_an_admin_chooses_and_a_failed_entry_saves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, admin) = kiosk_with_admin(&dir.path().join("data"));
        let operator = Operator {
            role: Role::Operator,
            ..admin.clone()
        };
        let autostart =
            Autostart::new(&dir.path().join("config"), Path::new("/usr/bin/gram-kiosk"));
        let on = KioskMode {
            enabled: true,
            start_on_login: true,
        };
        let refused = set_kiosk_mode(&store, &operator, on, &autostart).expect_err("refused");
        assert!(matches!(refused, Error::NotAdmin));

        // A file where the autostart folder should be: the entry cannot be written.
        let blocked = dir.path().join("blocked");
        fs::write(&blocked, "not a folder").expect("file");
        let unwritable = Autostart::new(&blocked, Path::new("/usr/bin/gram-kiosk"));
        let failed = set_kiosk_mode(&store, &admin, on, &unwritable).expect_err("fails");
        assert_eq!(failed.code(), "file.write_failed");
        assert_eq!(kiosk_mode(&store).expect("reads"), KioskMode::default());
    }

    #[test]
    fn leaving_takes_the_signed_in_operators_pin() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (store, admin) = kiosk_with_admin(dir.path());
        check_pin(&store, &admin, crate::fixtures::BAGLI_ADMIN_PIN, 0).expect("right PIN");
        let wrong = check_pin(&store, &admin, "111111", 0).expect_err("wrong PIN");
        assert_eq!(wrong.code(), "people.sign_in_failed");
    }

    #[test]
    fn exec_paths_are_quoted_only_when_they_must_be() {
        for (path, exec) in [
            ("/usr/bin/gram-kiosk", "/usr/bin/gram-kiosk"),
            (
                "/home/asha/Gram Kiosk/gram-kiosk",
                "\"/home/asha/Gram Kiosk/gram-kiosk\"",
            ),
            ("/opt/a$b/app", "\"/opt/a\\\\$b/app\""),
        ] {
            assert_eq!(exec_argument(Path::new(path)), exec, "{path}");
        }
    }
}
