//! The two languages: the same keys, no empty string, the same placeholders in each template.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::i18n::{EN, ZH, fill, placeholders};

#[test]
fn both_tables_have_every_key_filled() {
    let (zh, en) = (ZH.entries(), EN.entries());
    assert_eq!(zh.iter().map(|e| e.0).collect::<Vec<_>>(), en.iter().map(|e| e.0).collect::<Vec<_>>());
    assert!(zh.len() > 150);
    for ((key, zh), (_, en)) in zh.iter().zip(&en) {
        // A gloss is an English rendering shown beside the Chinese: empty in Chinese.
        if key.ends_with("_gloss") {
            assert!(zh.is_empty() && !en.is_empty(), "{key}");
            continue;
        }
        assert!(!zh.trim().is_empty(), "{key} is empty in Chinese");
        assert!(!en.trim().is_empty(), "{key} is empty in English");
    }
}

#[test]
fn templates_take_the_same_arguments_in_both_languages() {
    for ((key, zh), (_, en)) in ZH.entries().iter().zip(&EN.entries()) {
        assert_eq!(placeholders(zh), placeholders(en), "{key}: {zh:?} / {en:?}");
        // Plural selectors are English only, and each follows a number.
        assert!(!zh.contains('|') || *key == "text_suggestions", "{key}");
    }
}

#[test]
fn chinese_is_chinese_and_english_is_not() {
    let han = |s: &str| s.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    for ((key, zh), (_, en)) in ZH.entries().iter().zip(&EN.entries()) {
        if ["other_language", "other_language_label", "doc_title_gloss", "text_suggestions", "dep_download_json"].contains(key) {
            continue;
        }
        if !zh.replace("{}", "").chars().any(char::is_alphanumeric) {
            continue; // a bare template such as `{}—{}`
        }
        assert!(han(zh) > 0, "{key} has no Chinese: {zh}");
        // English may quote Chinese (a search hint, the source's name), but is mostly Latin.
        assert!(han(en) * 3 < en.chars().count(), "{key} is not English: {en}");
    }
}

#[test]
fn fill_replaces_in_order_and_picks_plurals() {
    assert_eq!(fill("{} of {}", &[&1, &"x"]), "1 of x");
    assert_eq!(fill("{} {item|items}", &[&1]), "1 item");
    assert_eq!(fill("{} {item|items}", &[&0]), "0 items");
    assert_eq!(fill("{} {item|items}, {} {time|times}", &[&1, &3]), "1 item, 3 times");
    assert_eq!(fill("no args {}", &[]), "no args ");
    assert_eq!(fill("brace { alone", &[]), "brace { alone");
}
