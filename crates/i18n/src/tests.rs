use chrono::{TimeZone, Utc};

use super::*;

#[test]
fn the_shipped_catalogues_are_complete_and_well_formed() {
    let problems = check();
    assert!(
        problems.is_empty(),
        "catalogue problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn languages_are_chosen_from_accept_language_by_weight() {
    assert_eq!(Locale::negotiate("ja,en;q=0.8"), Some(Locale::Ja));
    assert_eq!(
        Locale::negotiate("nl-NL, de;q=0.7, en;q=0.9"),
        Some(Locale::En)
    );
    assert_eq!(Locale::negotiate("zh-Hant-TW"), Some(Locale::ZhTw));
    assert_eq!(Locale::negotiate("zh"), Some(Locale::ZhCn));
    assert_eq!(Locale::negotiate("pt-PT;q=0.5, fr;q=0"), Some(Locale::PtBr));
    assert_eq!(Locale::negotiate("nl, sv"), None);
    assert_eq!(Locale::negotiate(""), None);
    for l in Locale::SHIPPED {
        assert_eq!(Locale::parse(l.tag()), Some(l));
    }
}

#[test]
fn an_event_time_reads_naturally_in_each_language() {
    let start = Utc.with_ymd_and_hms(2026, 12, 17, 11, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2026, 12, 17, 13, 0, 0).unwrap();
    let taipei: chrono_tz::Tz = "Asia/Taipei".parse().unwrap();
    let paris: chrono_tz::Tz = "Europe/Paris".parse().unwrap();
    let zh = dates::when_text(Locale::ZhTw, start, end, taipei);
    assert!(zh.starts_with("2026年12月17日"), "{zh}");
    assert!(zh.contains("星期四") && zh.contains("台北"), "{zh}");
    let fr = dates::when_text(
        Locale::Fr,
        start + chrono::Duration::hours(7),
        end + chrono::Duration::hours(7),
        paris,
    );
    assert!(fr.starts_with("jeudi 17 décembre 2026"), "{fr}");
    assert!(fr.contains("19:00") && fr.contains("heure"), "{fr}");
    let en = dates::when_text(Locale::En, start, end, paris);
    assert_eq!(en, "Thu 17 Dec 2026, 12:00–14:00 CET");
    for l in Locale::SHIPPED {
        println!("{l}: {}", dates::when_text(l, start, end, paris));
    }
}

#[test]
fn numbers_and_lists_follow_the_language() {
    assert_eq!(format_number(Locale::De, 1234), "1.234");
    assert_eq!(format_number(Locale::En, 1234), "1,234");
    let names = ["Ada".to_owned(), "Grace".to_owned(), "Linus".to_owned()];
    assert_eq!(format_list(Locale::De, &names), "Ada, Grace und Linus");
}

#[test]
fn the_pseudo_locale_transforms_text_but_not_values() {
    let out = tr_args(
        Locale::Pseudo,
        "when-moment",
        &[("date", &"DATE"), ("time", &"T"), ("zone", &"Z")],
    );
    assert_eq!(out, "[DATE, T Z]");
}
