//! When two names may be the same person: the same name typed with a slip or two
//! ("Sunita Devi" / "Sunita Devii"), or the same sounds written in the other script
//! ("Sunita Devi" / "सुनीता देवी"). Shown to the operator as possible duplicates; the
//! operator decides.

use crate::catalog::normalize::{normalize, phonetic_key, tokens};

/// Most single-letter slips (added, dropped or changed letters) between two name keys.
pub const MAX_EDITS: usize = 2;

/// Whether two names may be one person's. `key_a`/`key_b` are the stored keys
/// ([`super::validate::key`]); `name_a`/`name_b` the names as written.
pub(crate) fn similar_names(key_a: &str, name_a: &str, key_b: &str, name_b: &str) -> bool {
    if key_a.is_empty() || key_b.is_empty() {
        return false;
    }
    within_edits(key_a, key_b, MAX_EDITS) || {
        let (a, b) = (sound_key(name_a), sound_key(name_b));
        !a.is_empty() && a == b
    }
}

/// The name's words as sound keys, joined: equal for "Sunita Devi" and "सुनीता देवी".
fn sound_key(name: &str) -> String {
    let normalized = normalize(name);
    tokens(&normalized)
        .into_iter()
        .map(phonetic_key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `a` becomes `b` with at most `max` letters inserted, deleted or changed
/// (Levenshtein distance on characters, giving up once a row exceeds `max`).
pub(crate) fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|&m| m > max) {
            return false;
        }
        previous = current;
    }
    previous[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::entrepreneurs::validate::key;

    fn similar(a: &str, b: &str) -> bool {
        similar_names(&key(a), a, &key(b), b)
    }

    #[test]
    fn distances_count_inserts_deletes_and_changes() {
        assert!(within_edits("sunitadevi", "sunitadevi", 0));
        assert!(within_edits("sunitadevi", "sunitadevii", 1));
        assert!(!within_edits("sunitadevi", "sunitadevii", 0));
        assert!(within_edits("kamla", "kamala", 1));
        assert!(within_edits("ramesh", "rakesh", 1));
        assert!(within_edits("abc", "", 3));
        assert!(!within_edits("abcd", "", 3));
        assert!(!within_edits("sunita", "geeta", 2));
    }

    #[test]
    fn the_same_name_typed_differently_is_similar() {
        assert!(similar("Sunita Devi", "Sunita Devii"));
        assert!(similar("Sunita Devi", "sunita  devi"));
        assert!(similar("Sunita Devi", "SunitaDevi"));
        assert!(similar("सुनीता देवी", "सुनिता देवी"));
        assert!(similar("Sunita Devi", "सुनीता देवी"));
    }

    #[test]
    fn different_people_are_not() {
        assert!(!similar("Sunita Devi", "Geeta Bai"));
        assert!(!similar("Ramesh Yadav", "Suresh Patel"));
        assert!(!similar("", "Sunita"));
    }
}
