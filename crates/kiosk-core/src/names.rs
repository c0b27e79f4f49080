//! People's names as the kiosk stores them: typed in Devanagari or Latin on a shared PC,
//! tidied the same way everywhere (learners, operators, entrepreneurs).

use unicode_normalization::UnicodeNormalization;

/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// A name as stored: NFC, single spaces, 1 to 60 characters, at least one letter of any
/// script, nothing invisible (control characters, zero-width or direction marks that
/// could make one name look like another). `None` when it is not a usable name.
pub fn person_name(name: &str) -> Option<String> {
    let name: String = name.nfc().collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let letters = name.chars().any(char::is_alphabetic);
    let invisible = name.chars().any(|c| {
        c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    let length = name.chars().count();
    (letters && !invisible && (1..=MAX_NAME_CHARS).contains(&length)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_tidied_and_odd_ones_refused() {
        assert_eq!(person_name("  सुनीता   देवी ").as_deref(), Some("सुनीता देवी"));
        assert_eq!(person_name("Ravi Kumar").as_deref(), Some("Ravi Kumar"));
        for bad in [
            "",
            "   ",
            "123",
            "\u{202E}evil",
            "a\u{0007}b",
            &"क".repeat(61),
        ] {
            assert_eq!(person_name(bad), None, "{bad:?}");
        }
    }
}
