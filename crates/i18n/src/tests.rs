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

/// The ICU4X data compiled in is cut down to the shipped languages (`scripts/icu-data`): each
/// has its own, not the root's, which names zones only by their offset from GMT.
#[test]
fn every_shipped_language_has_its_date_data_compiled_in() {
    let paris: chrono_tz::Tz = "Europe/Paris".parse().unwrap();
    let december = Utc.with_ymd_and_hms(2026, 12, 17, 11, 0, 0).unwrap();
    let english = dates::zone_name(Locale::En, paris, december);
    for l in Locale::SHIPPED {
        if l == Locale::En {
            continue;
        }
        let zone = dates::zone_name(l, paris, december);
        assert!(
            !zone.contains("GMT") && zone != english,
            "{l} names the zone {zone:?}: is its ICU data missing? Run scripts/icu-data"
        );
    }
}

#[test]
fn numbers_and_lists_follow_the_language() {
    assert_eq!(format_number(Locale::De, 1234), "1.234");
    assert_eq!(format_number(Locale::En, 1234), "1,234");
    assert_eq!(format_tenths(Locale::En, 263), "26.3");
    assert_eq!(format_tenths(Locale::De, 263), "26,3");
    assert_eq!(format_tenths(Locale::Fr, 12_340), "1\u{202f}234,0");
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

#[test]
fn english_messages_with_values_are_found_again_in_other_languages() {
    // Values come back out in their places, numbers as numbers.
    let de = translate_english(Locale::De, "Names can be at most 80 characters.");
    assert!(de.contains("80") && !de.contains("can be"), "{de}");
    // A field name the code put in English is selected by its key, not shown in English.
    let de = translate_english(
        Locale::De,
        "The venue's name can be at most 120 characters.",
    );
    assert!(de.contains("120") && !de.contains("venue"), "{de}");
    let ja = translate_english(
        Locale::Ja,
        "The first date must be a third Wednesday of its month.",
    );
    assert!(ja.contains("水曜") && !ja.contains("Wednesday"), "{ja}");
    let fr = translate_english(Locale::Fr, "The first date must be on the 31st of a month.");
    assert!(fr.contains("31") && !fr.contains("31st"), "{fr}");
    // A value that is itself a message is translated too.
    let es = translate_english(
        Locale::Es,
        "This link has expired. You can ask for a new link on the password reset page.",
    );
    assert_eq!(
        es,
        tr_args(
            Locale::Es,
            "error-this-link-has-expired",
            &[(
                "again",
                &tr(Locale::Es, "error-ask-for-a-new-link-on-reset")
            )]
        )
    );
    assert!(!es.contains("password"), "{es}");
    // Plural forms follow the number found.
    let one = translate_english(
        Locale::PtBr,
        "Only 1 seat is left: bring fewer guests, or answer again without guests.",
    );
    let two = translate_english(
        Locale::PtBr,
        "Only 2 seats are left: bring fewer guests, or answer again without guests.",
    );
    assert!(
        one.contains('1') && two.contains('2') && one != two,
        "{one} / {two}"
    );
    // The more specific message wins over a general one it also fits.
    let zh = translate_english(Locale::ZhTw, "Names can be at most 80 characters.");
    assert_eq!(
        zh,
        tr_args(Locale::ZhTw, "error-names-can-be-at-most", &[("max", &80)])
    );
    // Text that is no message stays as it is; English stays English.
    assert_eq!(
        translate_english(Locale::De, "Something new."),
        "Something new."
    );
    assert_eq!(
        translate_english(Locale::En, "Names can be at most 80 characters."),
        "Names can be at most 80 characters."
    );
    // The pseudo-locale transforms these too, so the page sweep finds them.
    let pseudo = translate_english(Locale::Pseudo, "Names can be at most 80 characters.");
    assert!(pseudo.starts_with('[') && pseudo.contains("80"), "{pseudo}");
}

#[test]
fn identifiers_for_selectors() {
    assert_eq!(identifier("The venue's name"), "the-venue-s-name");
    assert_eq!(identifier("Wednesday"), "wednesday");
    assert_eq!(identifier("15th"), "x-15th");
    assert_eq!(identifier("¿?"), "x-");
}

#[test]
fn the_message_that_leaves_the_least_english_wins() {
    let de = translate_english(
        Locale::De,
        "The meetup on Thu 17 Dec: The title can be at most 120 characters.",
    );
    let inner = translate_english(Locale::De, "The title can be at most 120 characters.");
    assert_eq!(
        de,
        tr_args(
            Locale::De,
            "error-the-meetup-on",
            &[("day", &"Thu 17 Dec"), ("message", &inner)]
        )
    );
}

#[test]
fn long_texts_are_not_searched_for_messages() {
    // A parser's complaint quoting a large body fits "The body is not valid JSON: { $reason }"
    // but is passed through as it is rather than searched.
    let long = format!(
        "The body is not valid JSON: {}.",
        " needs at least ".repeat(500)
    );
    assert_eq!(translate_english(Locale::De, &long), long);
    let short = "The body is not valid JSON: expected value at line 1 column 1.";
    assert_ne!(translate_english(Locale::De, short), short);
}
