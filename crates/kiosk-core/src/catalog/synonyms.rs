//! The curated synonym table (`assets/catalog/synonyms.txt`): groups of words villagers
//! use for one thing, in Hindi, romanised Hindi and English.

use std::collections::{BTreeMap, BTreeSet};

use super::normalize::{normalize, phonetic_key, stem, tokens};

const SHIPPED: &str = include_str!("../../../../assets/catalog/synonyms.txt");

#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// Stem or sound key of a one-word member -> indexes of its groups.
    lookup: BTreeMap<String, BTreeSet<usize>>,
    /// Every word of every member of each group.
    groups: Vec<BTreeSet<String>>,
}

impl Synonyms {
    /// The table shipped with the app.
    pub fn shipped() -> Synonyms {
        Synonyms::parse(SHIPPED)
    }

    /// One group per line, comma-separated; `#` starts a comment line.
    pub fn parse(text: &str) -> Synonyms {
        let mut table = Synonyms::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let index = table.groups.len();
            let mut words = BTreeSet::new();
            for member in line.split(',') {
                let normalized = normalize(member);
                let member_words = tokens(&normalized);
                if let [single] = member_words.as_slice() {
                    for key in keys(single) {
                        table.lookup.entry(key).or_default().insert(index);
                    }
                }
                words.extend(member_words.into_iter().map(str::to_string));
            }
            table.groups.push(words);
        }
        table
    }

    /// The other words of every group that `word` belongs to.
    pub fn expand(&self, word: &str) -> BTreeSet<String> {
        let normalized = normalize(word);
        keys(&normalized)
            .into_iter()
            .filter_map(|key| self.lookup.get(&key))
            .flatten()
            .flat_map(|&index| self.groups[index].iter().cloned())
            .collect()
    }
}

fn keys(word: &str) -> [String; 2] {
    [stem(word).to_string(), phonetic_key(word)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_spelling_of_a_member_brings_the_whole_group() {
        let table = Synonyms::shipped();
        for query in ["karz", "कर्ज़", "udhaar", "loan", "ऋण", "rin"] {
            let words = table.expand(query);
            assert!(words.contains("लोन"), "{query}: {words:?}");
            assert!(words.contains("loan"), "{query}: {words:?}");
        }
        let widow = table.expand("vidhwa");
        assert!(
            widow.contains("विधवा") && widow.contains("widow"),
            "{widow:?}"
        );
    }

    #[test]
    fn unrelated_words_expand_to_nothing() {
        assert!(Synonyms::shipped().expand("xylophone").is_empty());
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let table = Synonyms::parse("# a, b\n\nx, y\n");
        assert_eq!(table.groups.len(), 1);
        assert!(table.expand("x").contains("y"));
    }
}
