//! Numbers and lists the way each language writes them (ICU4X, CLDR data).

use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_list::{ListFormatter, options::ListFormatterOptions};

use crate::{Locale, dates::icu_locale};

/// `1234` → "1,234" (en), "1.234" (de), "1 234" (fr).
pub fn format_number(locale: Locale, n: i64) -> String {
    match DecimalFormatter::try_new(icu_locale(locale).into(), Default::default()) {
        Ok(f) => f.format(&Decimal::from(n)).to_string(),
        Err(_) => n.to_string(),
    }
}

/// `123` tenths → "12.3" (en), "12,3" (de): distances to one decimal.
pub fn format_tenths(locale: Locale, tenths: i64) -> String {
    let mut d = Decimal::from(tenths);
    d.multiply_pow10(-1);
    d.pad_end(-1);
    match DecimalFormatter::try_new(icu_locale(locale).into(), Default::default()) {
        Ok(f) => f.format(&d).to_string(),
        Err(_) => d.to_string(),
    }
}

/// `["Ada", "Grace", "Linus"]` → "Ada, Grace, and Linus" (en), "Ada, Grace und Linus" (de),
/// "Ada、Grace和Linus" (zh-CN).
pub fn format_list(locale: Locale, items: &[String]) -> String {
    match ListFormatter::try_new_and(icu_locale(locale).into(), ListFormatterOptions::default()) {
        Ok(f) => f.format(items.iter()).to_string(),
        Err(_) => items.join(", "),
    }
}
