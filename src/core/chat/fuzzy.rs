//! Bounded edit distance for typos ("jakcet", "scraf"), and the deletion neighbourhood that
//! lets the catalog index find near words without comparing against every word it has.

use std::collections::HashSet;

/// Edit distance with adjacent transpositions (optimal string alignment), or None when it
/// exceeds `max`. Works on chars, so "cachecól" vs "cachecol" is one edit even before folding.
pub(crate) fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    // Three rows: two back (for transpositions), one back, current.
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let d = previous[b.len()];
    (d <= max).then_some(d)
}

/// How many edits a word of this length may carry and still count as the same word. Short
/// words get none: "tee" and "tea", "cake" and "case" are different things.
pub(crate) fn allowed_edits(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The word itself and every way of deleting up to `depth` characters from it. Two words
/// within `depth` edits share at least one such key, so a hash lookup finds candidates.
pub(crate) fn deletion_keys(word: &str, depth: usize) -> Vec<String> {
    let mut keys = vec![word.to_string()];
    let mut seen: HashSet<String> = HashSet::from([word.to_string()]);
    let mut frontier = vec![word.to_string()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for w in &frontier {
            let chars: Vec<char> = w.chars().collect();
            for skip in 0..chars.len() {
                let key: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != skip)
                    .map(|(_, c)| *c)
                    .collect();
                if seen.insert(key.clone()) {
                    keys.push(key.clone());
                    next.push(key);
                }
            }
        }
        frontier = next;
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        let table: &[(&str, &str, usize, Option<usize>)] = &[
            ("jacket", "jacket", 1, Some(0)),
            ("jakcet", "jacket", 1, Some(1)),
            ("jacke", "jacket", 1, Some(1)),
            ("jackets", "jacket", 1, Some(1)),
            ("scraf", "scarf", 1, Some(1)),
            ("cachecól", "cachecol", 1, Some(1)),
            ("ruisleivan", "ruisleipa", 2, Some(2)),
            ("jacket", "pocket", 1, None),
            ("tee", "jacket", 2, None),
            ("", "ab", 2, Some(2)),
        ];
        for &(a, b, max, expected) in table {
            assert_eq!(distance_within(a, b, max), expected, "{a} {b}");
        }
    }

    #[test]
    fn short_words_are_never_fuzzy() {
        assert_eq!(allowed_edits("tee"), 0);
        assert_eq!(allowed_edits("cake"), 0);
        assert_eq!(allowed_edits("scarf"), 1);
        assert_eq!(allowed_edits("sourdough"), 2);
    }

    #[test]
    fn near_words_share_a_deletion_key() {
        for (a, b) in [
            ("jakcet", "jacket"),
            ("scraf", "scarf"),
            ("jacke", "jacket"),
        ] {
            let ka = deletion_keys(a, 1);
            let kb = deletion_keys(b, 1);
            assert!(ka.iter().any(|k| kb.contains(k)), "{a} {b}");
        }
        assert_eq!(deletion_keys("ab", 1), ["ab", "b", "a"]);
    }
}
