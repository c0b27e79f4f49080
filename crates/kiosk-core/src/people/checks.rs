//! Checks on what an operator types about a person: Aadhaar (12 digits with a Verhoeff
//! check digit, of which only the last 4 are ever kept), Indian mobile numbers, dates
//! of birth and ages. Pure functions: "today" is always passed in, so the same checks
//! run with the kiosk's clock in the app and with a fixed date in tests.

/// Youngest age the programme registers (the rule: under 14 is refused).
pub const MIN_AGE: u8 = 14;
/// Oldest believable age; anything above is a typing mistake.
pub const MAX_AGE: u8 = 100;

/// Why a typed Aadhaar number is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AadhaarProblem {
    /// Not 12 digits (after dropping the spaces and hyphens people type).
    Length,
    /// 12 digits, but not a number UIDAI issues: it starts with 0 or 1, or its last
    /// digit does not match the Verhoeff checksum (a digit mistyped or two swapped).
    Checksum,
}

/// Checks a typed Aadhaar number ("2345 6789 0124", "2345-6789-0124") and returns only
/// its last 4 digits: the full number is never returned, so it cannot be stored.
pub fn aadhaar_last4(typed: &str) -> Result<String, AadhaarProblem> {
    let digits = digits_of(typed).ok_or(AadhaarProblem::Length)?;
    if digits.len() != 12 {
        return Err(AadhaarProblem::Length);
    }
    if digits.starts_with(['0', '1']) || !verhoeff_valid(&digits) {
        return Err(AadhaarProblem::Checksum);
    }
    Ok(digits[8..].to_string())
}

/// The ASCII digits of `typed` with spaces and hyphens dropped; `None` if anything else
/// is in it (letters, Devanagari digits, signs).
fn digits_of(typed: &str) -> Option<String> {
    let mut digits = String::with_capacity(typed.len());
    for c in typed.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' => {}
            _ => return None,
        }
    }
    Some(digits)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// Runs Verhoeff's dihedral checksum over `digits` (read from the right), starting at
/// position `offset`. `None` if a character is not an ASCII digit.
fn verhoeff(digits: &str, offset: usize) -> Option<u8> {
    let mut check = 0u8;
    for (position, c) in digits.chars().rev().enumerate() {
        let digit = c.to_digit(10)? as usize;
        let permuted = VERHOEFF_P[(position + offset) % 8][digit] as usize;
        check = VERHOEFF_D[check as usize][permuted];
    }
    Some(check)
}

/// Whether `digits` (ASCII digits only) ends in its right Verhoeff check digit.
pub fn verhoeff_valid(digits: &str) -> bool {
    !digits.is_empty() && verhoeff(digits, 0) == Some(0)
}

/// The Verhoeff check digit to append to `digits`; `None` if they are not all digits.
pub fn verhoeff_check_digit(digits: &str) -> Option<char> {
    let check = verhoeff(digits, 1)?;
    char::from_digit(u32::from(VERHOEFF_INV[check as usize]), 10)
}

/// An Indian mobile number as typed ("+91 98765 43210", "09876543210", "98765-43210")
/// as its 10 digits, which start with 6, 7, 8 or 9. `None` for anything else, and for
/// one digit repeated (9999999999), which people type when they have no number.
pub fn mobile(typed: &str) -> Option<String> {
    let trimmed = typed.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let digits = digits_of(rest)?;
    let national = match (plus, digits.len()) {
        (true, 12) => digits.strip_prefix("91")?,
        (true, _) => return None,
        (false, 12) => digits.strip_prefix("91")?,
        (false, 11) => digits.strip_prefix('0')?,
        (false, _) => digits.as_str(),
    };
    let first = national.chars().next()?;
    let one_digit_repeated = national.chars().all(|c| c == first);
    (national.len() == 10 && ('6'..='9').contains(&first) && !one_digit_repeated)
        .then(|| national.to_string())
}

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// Reads "YYYY-MM-DD" (exactly that: ASCII digits, hyphens), a day that exists.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let date = CalendarDate {
            year: text[0..4].parse().ok()?,
            month: text[5..7].parse().ok()?,
            day: text[8..10].parse().ok()?,
        };
        let real = date.year >= 1000
            && (1..=12).contains(&date.month)
            && (1..=days_in_month(date.year, date.month)).contains(&date.day);
        real.then_some(date)
    }

    /// Whole years from `self` to `on` (a birthday on 29 February counts on 1 March
    /// in other years). Negative if `on` comes first.
    pub fn years_until(self, on: CalendarDate) -> i32 {
        let years = i32::from(on.year) - i32::from(self.year);
        let had_birthday = (on.month, on.day) >= (self.month, self.day);
        if had_birthday {
            years
        } else {
            years - 1
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why a date of birth or an age is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BirthProblem {
    /// Not "YYYY-MM-DD", or a day that does not exist (2023-02-30).
    Format,
    /// After `on`.
    Future,
    TooYoung,
    TooOld,
}

/// Checks a date of birth ("YYYY-MM-DD") against `on` (YYYY-MM-DD: the day of
/// registration) and returns the age on that day, which must be 14 to 100.
pub fn birth_date(text: &str, on: &str) -> Result<u8, BirthProblem> {
    let birth = CalendarDate::parse(text).ok_or(BirthProblem::Format)?;
    let on = CalendarDate::parse(on).ok_or(BirthProblem::Format)?;
    if birth > on {
        return Err(BirthProblem::Future);
    }
    let years = birth.years_until(on);
    age(u8::try_from(years).unwrap_or(u8::MAX))
}

/// Checks an age given instead of a date of birth: 14 to 100.
pub fn age(years: u8) -> Result<u8, BirthProblem> {
    match years {
        y if y < MIN_AGE => Err(BirthProblem::TooYoung),
        y if y > MAX_AGE => Err(BirthProblem::TooOld),
        y => Ok(y),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// 11 digits and their check digit.
    fn valid(first11: &str) -> String {
        let check = verhoeff_check_digit(first11).expect("digits");
        format!("{first11}{check}")
    }

    #[test]
    fn verhoeff_matches_the_published_example() {
        // Verhoeff's worked example: 236 gets the check digit 3.
        assert_eq!(verhoeff_check_digit("236"), Some('3'));
        assert!(verhoeff_valid("2363"));
        assert!(!verhoeff_valid("2364"));
        assert!(!verhoeff_valid(""));
        assert!(!verhoeff_valid("23a3"));
    }

    #[test]
    fn aadhaar_keeps_only_the_last_four_digits() {
        let number = valid("23456789012");
        let spaced = format!("{} {} {}", &number[..4], &number[4..8], &number[8..]);
        let hyphened = spaced.replace(' ', "-");
        for typed in [&number, &spaced, &hyphened] {
            assert_eq!(aadhaar_last4(typed).as_deref(), Ok(&number[8..]), "{typed}");
        }
    }

    #[test]
    fn aadhaar_refuses_wrong_lengths_and_bad_numbers() {
        let number = valid("23456789012");
        let mut wrong_last = number.clone();
        let last = wrong_last
            .pop()
            .and_then(|c| c.to_digit(10))
            .expect("digit");
        wrong_last.push(char::from_digit((last + 1) % 10, 10).expect("digit"));
        let cases = [
            ("", AadhaarProblem::Length),
            (&number[..11], AadhaarProblem::Length),
            (&format!("{number}5"), AadhaarProblem::Length),
            (&format!("{}O", &number[..11]), AadhaarProblem::Length),
            ("२३४५६७८९०१२३", AadhaarProblem::Length),
            (&wrong_last, AadhaarProblem::Checksum),
            (&valid("13456789012"), AadhaarProblem::Checksum),
            (&valid("03456789012"), AadhaarProblem::Checksum),
        ];
        for (typed, problem) in cases {
            assert_eq!(aadhaar_last4(typed), Err(problem), "{typed:?}");
        }
    }

    #[test]
    fn mobiles_are_normalised_to_ten_digits() {
        for typed in [
            "+91 98765 43210",
            "+919876543210",
            "+91-98765-43210",
            "09876543210",
            "98765-43210",
            " 9876543210 ",
            "919876543210",
        ] {
            assert_eq!(mobile(typed).as_deref(), Some("9876543210"), "{typed}");
        }
        assert_eq!(mobile("6000012345").as_deref(), Some("6000012345"));
    }

    #[test]
    fn odd_mobiles_are_refused() {
        for typed in [
            "",
            "98765",
            "5876543210",
            "0876543210",
            "98765432101",
            "+1 9876543210",
            "+91 98765 4321",
            "9876S43210",
            "9999999999",
            "+91 66666 66666",
            "98765.43210",
            "९८७६५४३२१०",
            "+9876543210",
            "00919876543210",
        ] {
            assert_eq!(mobile(typed), None, "{typed}");
        }
    }

    #[test]
    fn dates_must_exist() {
        assert!(CalendarDate::parse("2024-02-29").is_some());
        assert!(CalendarDate::parse("2000-02-29").is_some());
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2023-02-30",
            "2023-04-31",
            "2023-13-01",
            "2023-00-10",
            "2023-01-00",
            "12/05/1990",
            "1990-5-12",
            "1990-05-12T00:00",
            "0999-01-01",
            "+990-01-01",
            "",
        ] {
            assert_eq!(CalendarDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn birth_dates_give_the_age_on_the_day() {
        let on = "2026-03-15";
        assert_eq!(birth_date("2012-03-15", on), Ok(14));
        assert_eq!(birth_date("2012-03-16", on), Err(BirthProblem::TooYoung));
        assert_eq!(birth_date("1990-05-12", on), Ok(35));
        assert_eq!(birth_date("1925-03-16", on), Ok(100));
        assert_eq!(birth_date("1925-03-15", on), Err(BirthProblem::TooOld));
        assert_eq!(birth_date("1800-01-01", on), Err(BirthProblem::TooOld));
        assert_eq!(birth_date("2026-03-16", on), Err(BirthProblem::Future));
        assert_eq!(birth_date("2099-01-01", on), Err(BirthProblem::Future));
        assert_eq!(birth_date("2026-03-15", on), Err(BirthProblem::TooYoung));
        assert_eq!(birth_date("2023-02-30", on), Err(BirthProblem::Format));
        // Born on 29 February: a year older on 1 March of a common year.
        assert_eq!(
            birth_date("2008-02-29", "2022-02-28"),
            Err(BirthProblem::TooYoung)
        );
        assert_eq!(birth_date("2008-02-29", "2022-03-01"), Ok(14));
    }

    #[test]
    fn ages_are_fourteen_to_a_hundred() {
        assert_eq!(age(13), Err(BirthProblem::TooYoung));
        assert_eq!(age(0), Err(BirthProblem::TooYoung));
        assert_eq!(age(14), Ok(14));
        assert_eq!(age(100), Ok(100));
        assert_eq!(age(101), Err(BirthProblem::TooOld));
    }

    proptest! {
        #[test]
        fn verhoeff_catches_every_single_digit_change(first in "[2-9][0-9]{10}", position in 0usize..12, delta in 1u32..10) {
            let number = valid(&first);
            prop_assert!(verhoeff_valid(&number));
            let mut digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
            digits[position] = (digits[position] + delta) % 10;
            let changed: String = digits.iter().filter_map(|d| char::from_digit(*d, 10)).collect();
            prop_assert!(!verhoeff_valid(&changed), "{} -> {}", number, changed);
        }

        #[test]
        fn verhoeff_catches_every_adjacent_transposition(first in "[2-9][0-9]{10}") {
            let number = valid(&first);
            let digits: Vec<char> = number.chars().collect();
            for i in 0..digits.len() - 1 {
                if digits[i] == digits[i + 1] {
                    continue;
                }
                let mut swapped = digits.clone();
                swapped.swap(i, i + 1);
                let swapped: String = swapped.into_iter().collect();
                prop_assert!(!verhoeff_valid(&swapped), "{} -> {}", number, swapped);
            }
        }

        #[test]
        fn mobile_never_panics_and_is_idempotent(typed in "\\PC{0,20}") {
            if let Some(ten) = mobile(&typed) {
                prop_assert_eq!(mobile(&ten), Some(ten.clone()));
                prop_assert_eq!(ten.len(), 10);
            }
        }

        #[test]
        fn aadhaar_never_panics(typed in "\\PC{0,20}") {
            if let Ok(last4) = aadhaar_last4(&typed) {
                prop_assert_eq!(last4.len(), 4);
            }
        }
    }
}
