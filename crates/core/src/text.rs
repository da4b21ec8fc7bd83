//! Text hygiene shared by every parser: what counts as a control character, and how values are
//! cleaned before they reach places that must never see one (email headers, iCal, logs).

/// C0 controls, DEL and C1 controls — everything `char::is_control` reports.
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// True if `text` contains any control character other than the allowed ones.
pub fn has_control_chars(text: &str, allowed: &[char]) -> bool {
    text.chars().any(|c| is_control(c) && !allowed.contains(&c))
}

/// Removes every control character (CR, LF, NUL, tabs…), for single-line contexts such as
/// email display names and subjects.
pub fn single_line(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if is_control(c) { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_removes_every_control_character() {
        assert_eq!(single_line("Ada\r\nBcc: x@evil\0"), "Ada Bcc: x@evil");
        assert_eq!(single_line("\u{85}Grace\u{7f}Hopper\t"), "Grace Hopper");
        assert!(has_control_chars("a\u{1b}b", &[]));
        assert!(!has_control_chars("line\nbreak", &['\n']));
    }
}
