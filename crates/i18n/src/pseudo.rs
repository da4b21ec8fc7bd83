//! The pseudo-locale `en-XA`: English with every letter of every message accented (and each
//! message bracketed by [`crate::tr_args`]). A page rendered in it shows at a glance, and to a
//! test, any text that did not come from a catalogue: that text is still plain ASCII.

use std::borrow::Cow;

/// Accents the ASCII letters of a message's text (placeables, such as names, are not passed
/// here and stay as they are).
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(accent).collect())
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçđéƒĝĥíĵķĺɱñöƥǫŕşţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖƤǪŔŞŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_letter_is_accented_and_nothing_else_changes() {
        let out = transform("Log in, 3 times!");
        assert_eq!(out, "Ĺöĝ íñ, 3 ţíɱéş!");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
    }
}
