//! Text normalisation for scheme search, applied the same way to the catalog and to what
//! a villager types: Hindi normalisation and light stemming (after Lucene's
//! HindiNormalizer and HindiStemmer), and a phonetic key that lets romanised Hindi
//! ("vidhwa", "karz", "yojna") meet Devanagari (विधवा, कर्ज़, योजना).

use unicode_normalization::UnicodeNormalization;

const VIRAMA: char = '\u{094D}';
const NUKTA: char = '\u{093C}';
const ANUSVARA: char = '\u{0902}';

/// NFC, lower case, no zero-width joiners, and Hindi spelling variants folded to one
/// form (nukta dropped, chandrabindu and dead "n" as anusvara, long vowels as short).
pub fn normalize(text: &str) -> String {
    let nfc: String = text.nfc().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(nfc.len());
    let mut chars = nfc.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{200C}' | '\u{200D}' | '\u{FEFF}' | NUKTA => {}
            // Precomposed nukta letters: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ -> base letter.
            '\u{0958}' => out.push('क'),
            '\u{0959}' => out.push('ख'),
            '\u{095A}' => out.push('ग'),
            '\u{095B}' => out.push('ज'),
            '\u{095C}' => out.push('ड'),
            '\u{095D}' => out.push('ढ'),
            '\u{095E}' => out.push('फ'),
            '\u{095F}' => out.push('य'),
            '\u{0929}' => out.push('न'),
            '\u{0931}' => out.push('र'),
            '\u{0934}' => out.push('ळ'),
            '\u{0901}' => out.push(ANUSVARA),
            // Dead "n" before a consonant is written either way: पन्त / पंत.
            'न' if chars.peek() == Some(&VIRAMA) => {
                chars.next();
                out.push(ANUSVARA);
            }
            'ई' => out.push('इ'),
            'ऊ' => out.push('उ'),
            'ऐ' => out.push('ए'),
            'औ' | 'ऑ' => out.push('ओ'),
            'ी' => out.push('ि'),
            'ू' => out.push('ु'),
            'ै' => out.push('े'),
            'ौ' | 'ॉ' => out.push('ो'),
            c => out.push(c),
        }
    }
    out
}

/// Words of normalised text: runs of letters, combining marks and digits.
pub fn tokens(normalized: &str) -> Vec<&str> {
    normalized
        .split(|c: char| !(c.is_alphanumeric() || is_devanagari_mark(c)))
        .filter(|t| !t.is_empty())
        .collect()
}

fn is_devanagari_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}')
}

/// Hindi inflection suffixes, longest first, with the shortest stem each may leave
/// (Ramanathan and Rao's light stemmer, on normalised text where long vowels are short).
const SUFFIXES: &[(&str, usize)] = &[
    ("ाएंगि", 2),
    ("ाएंगे", 2),
    ("ाउंगि", 2),
    ("ाउंगा", 2),
    ("ाइयां", 2),
    ("ाइयों", 2),
    ("ाएगि", 2),
    ("ाएगा", 2),
    ("ाओगि", 2),
    ("ाओगे", 2),
    ("एंगि", 2),
    ("ेंगि", 2),
    ("एंगे", 2),
    ("ेंगे", 2),
    ("ुंगि", 2),
    ("ुंगा", 2),
    ("ातिं", 2),
    ("नाओं", 2),
    ("नाएं", 2),
    ("ताओं", 2),
    ("ताएं", 2),
    ("ियां", 2),
    ("ियों", 2),
    ("ाकर", 2),
    ("ाइए", 2),
    ("ाइं", 2),
    ("ाया", 2),
    ("ेगि", 2),
    ("ेगा", 2),
    ("ोगि", 2),
    ("ोगे", 2),
    ("ाने", 2),
    ("ाना", 2),
    ("ाते", 2),
    ("ाति", 2),
    ("ाता", 2),
    ("तिं", 2),
    ("ाओं", 2),
    ("ाएं", 2),
    ("ुओं", 2),
    ("ुएं", 2),
    ("ुआं", 2),
    ("कर", 2),
    ("ाओ", 2),
    ("िए", 2),
    ("ाइ", 2),
    ("ाए", 2),
    ("ने", 2),
    ("नि", 2),
    ("ना", 2),
    ("ते", 2),
    ("िं", 2),
    ("ति", 2),
    ("ता", 2),
    ("ां", 2),
    ("ों", 2),
    ("ें", 2),
    ("ो", 2),
    ("े", 2),
    ("ु", 2),
    ("ि", 2),
    ("ा", 2),
];

/// Strips one Hindi inflection suffix from a normalised Devanagari word (महिलाओं ->
/// महिल, योजनाएं -> योज), or a plural "s" from a longer English word (loans -> loan).
pub fn stem(word: &str) -> &str {
    if !word.chars().any(is_devanagari) {
        return stem_english(word);
    }
    for (suffix, min_stem) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() >= *min_stem {
                return stem;
            }
        }
    }
    word
}

/// English plurals: one final "s" off words of five letters or more, except "ss".
fn stem_english(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if word.len() >= 5 && word.is_ascii() && !stem.ends_with('s') => stem,
        _ => word,
    }
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// A rough sound key shared by a romanised and a Devanagari spelling of one Hindi word:
/// consonants kept (aspiration dropped, w=v, z=j, ph=f, q=k, sh=s), doubled letters
/// collapsed, and every "a" after the first letter dropped, since Hindi spelt in Latin
/// letters writes the short a (schwa) or leaves it out at will (yojana / yojna).
pub fn phonetic_key(word: &str) -> String {
    let latin = if word.chars().any(is_devanagari) {
        transliterate(word)
    } else {
        word.to_ascii_lowercase()
    };
    fold_latin(&latin)
}

/// Devanagari to plain Latin letters, consonants without their inherent vowel.
fn transliterate(word: &str) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    for c in word.chars() {
        let latin = match c {
            'अ' | 'ा' => "a",
            'आ' => "a",
            'इ' | 'ई' | 'ि' | 'ी' => "i",
            'उ' | 'ऊ' | 'ु' | 'ू' => "u",
            'ऋ' | 'ृ' => "ri",
            'ए' | 'ऐ' | 'े' | 'ै' => "e",
            'ओ' | 'औ' | 'ो' | 'ौ' | 'ऑ' | 'ॉ' => "o",
            'ं' | 'ँ' => "n",
            'क' | '\u{0958}' => "k",
            'ख' | '\u{0959}' => "kh",
            'ग' | '\u{095A}' => "g",
            'घ' => "gh",
            'ङ' | 'ञ' | 'ण' | 'न' => "n",
            'च' => "ch",
            'छ' => "chh",
            'ज' | '\u{095B}' => "j",
            'झ' => "jh",
            'ट' | 'त' => "t",
            'ठ' | 'थ' => "th",
            'ड' | '\u{095C}' | 'द' => "d",
            'ढ' | '\u{095D}' | 'ध' => "dh",
            'प' => "p",
            'फ' | '\u{095E}' => "ph",
            'ब' => "b",
            'भ' => "bh",
            'म' => "m",
            'य' | '\u{095F}' => "y",
            'र' => "r",
            'ल' | 'ळ' => "l",
            'व' => "v",
            'श' | 'ष' | 'स' => "s",
            'ह' => "h",
            c if c.is_ascii_alphanumeric() => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            _ => "",
        };
        out.push_str(latin);
    }
    out
}

fn fold_latin(latin: &str) -> String {
    let replaced = latin
        .replace("sh", "s")
        .replace("ph", "f")
        .replace("ee", "i")
        .replace("oo", "u")
        .replace('w', "v")
        .replace('z', "j")
        .replace('q', "k")
        .replace('x', "ks")
        .replace('f', "p");
    // The short a is written or left out at will: yojana / yojna, mahila / mhila.
    let mut chars = replaced.chars();
    let first = chars.next();
    let without_a: Vec<char> = first
        .into_iter()
        .chain(chars.filter(|&c| c != 'a'))
        .collect();
    let is_consonant = |c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c);
    let mut out = String::with_capacity(without_a.len());
    let mut previous: Option<char> = None;
    for c in without_a {
        // Aspiration is written or not (vidhwa / vidwa), and doubled letters are single.
        let skip = (c == 'h' && previous.is_some_and(is_consonant)) || previous == Some(c);
        if !skip {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn folds_hindi_spelling_variants() {
        for (a, b) in [
            ("कर्ज़", "कर्ज"),
            ("पंत", "पन्त"),
            ("गाँव", "गांव"),
            ("दीदी", "दिदि"),
            ("पूजा", "पुजा"),
            ("ज़\u{200D}मीन", "जमीन"),
        ] {
            assert_eq!(normalize(a), normalize(b), "{a} / {b}");
        }
    }

    #[test]
    fn lower_cases_latin_text() {
        assert_eq!(normalize("PM Mudra Yojana"), "pm mudra yojana");
    }

    #[test]
    fn splits_words_and_keeps_matras_inside_them() {
        let text = normalize("प्रधानमंत्री मुद्रा-योजना, ₹10,000 (PMMY)!");
        assert_eq!(
            tokens(&text),
            vec!["प्रधानमंत्रि", "मुद्रा", "योजना", "10", "000", "pmmy"]
        );
    }

    #[test]
    fn stems_hindi_inflections_only() {
        for (word, expected) in [
            ("महिलाओं", "महिल"),
            ("योजनाएं", "योज"),
            ("योजना", "योज"),
            ("किसानों", "किसान"),
            ("लड़कियां", "लड़क"),
            ("loans", "loan"),
            ("enterprises", "enterprise"),
            ("business", "business"),
            ("bus", "bus"),
            ("का", "का"),
        ] {
            assert_eq!(stem(&normalize(word)), normalize(expected), "{word}");
        }
    }

    #[test]
    fn romanised_and_devanagari_spellings_share_a_key() {
        for (roman, hindi) in [
            ("vidhwa", "विधवा"),
            ("vidhava", "विधवा"),
            ("karz", "कर्ज़"),
            ("karj", "कर्ज"),
            ("silai", "सिलाई"),
            ("yojna", "योजना"),
            ("yojana", "योजना"),
            ("mudra", "मुद्रा"),
            ("kisan", "किसान"),
            ("kisaan", "किसान"),
            ("loan", "लोन"),
            ("pashu", "पशु"),
            ("bakri", "बकरी"),
            ("mahila", "महिला"),
            ("shiksha", "शिक्षा"),
        ] {
            assert_eq!(
                phonetic_key(roman),
                phonetic_key(&normalize(hindi)),
                "{roman} / {hindi}"
            );
        }
    }

    #[test]
    fn different_words_keep_different_keys() {
        for (a, b) in [("loan", "pension"), ("bakri", "kisan"), ("mudra", "madad")] {
            assert_ne!(phonetic_key(a), phonetic_key(b), "{a} / {b}");
        }
    }

    proptest! {
        #[test]
        fn normalising_twice_equals_normalising_once(text in "\\PC{0,64}") {
            let once = normalize(&text);
            prop_assert_eq!(normalize(&once), once);
        }

        #[test]
        fn devanagari_text_never_panics_and_stays_stable(text in "[\\u{0900}-\\u{097F} a-z]{0,40}") {
            let normalized = normalize(&text);
            for token in tokens(&normalized) {
                let stemmed = stem(token);
                prop_assert!(token.starts_with(stemmed));
                let _ = phonetic_key(stemmed);
            }
        }
    }
}
