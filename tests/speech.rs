//! Read aloud goes sentence by sentence: how a text is cut.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::browser::sentences;

fn cut(text: &str) -> Vec<&str> {
    sentences(text).into_iter().map(|(a, b)| &text[a..b]).collect()
}

#[test]
fn chinese_sentences_end_at_their_stops_with_the_closing_quote() {
    assert_eq!(
        cut("推进平遥—沁源—安泽高速公路建设。新建沁源太岳通用机场；支持“红色旅游”。"),
        vec!["推进平遥—沁源—安泽高速公路建设。", "新建沁源太岳通用机场；", "支持“红色旅游”。"]
    );
    assert_eq!(cut("他说：“到2025年，基本建成。”然后"), vec!["他说：“到2025年，基本建成。”", "然后"]);
}

#[test]
fn english_sentences_end_at_a_full_stop_before_a_space_not_inside_a_number() {
    assert_eq!(
        cut("Build 5G networks. Income grows by 6.5 percent! Done"),
        vec!["Build 5G networks.", " Income grows by 6.5 percent!", " Done"]
    );
    assert!(cut("   ").is_empty());
    assert_eq!(cut("no stop at all"), vec!["no stop at all"]);
}
