//! Content lines: sanitising, escaping, folding.

use std::{borrow::Cow, fmt::Write as _};

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Timelike, Utc};

/// The longest a content line may be, in octets, before it is folded (RFC 5545 §3.1).
const FOLD_AT: usize = 75;

/// Text as a calendar may carry it: CRLF and bare CR become LF, and every other control
/// character (NUL, ESC, DEL, C1 controls…) is dropped; TAB and LF survive. What a parser reads
/// back from a TEXT property is exactly this.
pub fn clean_text(text: &str) -> String {
    clean(text).into_owned()
}

/// [`clean_text`] without a copy when there is nothing to clean (the usual case).
fn clean(text: &str) -> Cow<'_, str> {
    // Controls are C0 (< 0x20), DEL, and C1 (U+0080–U+009F, UTF-8 0xC2 0x80–0x9F).
    let bytes = text.as_bytes();
    let dirty = bytes.iter().enumerate().any(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..0xa0).contains(n)))
    });
    if !dirty {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A URI, UID, TZID or address, if it is safe to write verbatim: no control characters, no
/// white space, not empty. Anything else is left out of the calendar rather than written.
pub fn token(value: &str) -> Option<&str> {
    (!value.is_empty() && !value.chars().any(|c| c.is_control() || c.is_whitespace()))
        .then_some(value)
}

/// `20261102T180000Z`.
pub fn utc(at: DateTime<Utc>) -> String {
    let mut out = local_time(&at.naive_utc());
    out.push('Z');
    out
}

/// `20261102T180000` (written by hand: chrono's `format` parses its pattern on every call).
pub fn local_time(at: &NaiveDateTime) -> String {
    let mut out = String::with_capacity(16);
    let _ = write!(
        out,
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    );
    out
}

/// An RFC 5545 duration: `PT1H`, `P1D`, `PT90M`…
pub fn duration(duration: Duration) -> String {
    let seconds = duration.num_seconds().max(60);
    if seconds % 86_400 == 0 {
        format!("P{}D", seconds / 86_400)
    } else if seconds % 3_600 == 0 {
        format!("PT{}H", seconds / 3_600)
    } else if seconds % 60 == 0 {
        format!("PT{}M", seconds / 60)
    } else {
        format!("PT{seconds}S")
    }
}

/// One content line being built: `NAME;PARAM=value:value`.
pub struct Line {
    text: String,
}

impl Line {
    pub fn new(name: &str) -> Line {
        let mut text = String::with_capacity(80);
        text.push_str(name);
        Line { text }
    }

    /// A parameter. Quotes and control characters cannot be written in a parameter value, so
    /// they are dropped, and `^` is written `^^` (RFC 6868, whose readers take `^n` for a
    /// newline); the value is quoted when it holds `:`, `;` or `,`.
    pub fn param(mut self, name: &str, value: &str) -> Line {
        let value: String = value
            .chars()
            .filter(|c| !c.is_control() && *c != '"')
            .collect::<String>()
            .replace('^', "^^");
        self.text.push(';');
        self.text.push_str(name);
        self.text.push('=');
        if value.contains([':', ';', ',']) {
            let _ = write!(self.text, "\"{value}\"");
        } else {
            self.text.push_str(&value);
        }
        self
    }

    /// A value written as is: only for values this crate made or checked with [`token`].
    pub fn raw(mut self, value: &str) -> Line {
        self.text.push(':');
        self.text.push_str(value);
        self
    }

    /// A TEXT value: cleaned, then escaped (RFC 5545 §3.3.11).
    pub fn text(mut self, value: &str) -> Line {
        self.text.push(':');
        let value = clean(value);
        // Every character to escape is ASCII, so the runs between them are whole characters.
        let mut run = 0;
        for (i, b) in value.bytes().enumerate() {
            let escaped = match b {
                b'\\' => "\\\\",
                b';' => "\\;",
                b',' => "\\,",
                b'\n' => "\\n",
                _ => continue,
            };
            self.text.push_str(&value[run..i]);
            self.text.push_str(escaped);
            run = i + 1;
        }
        self.text.push_str(&value[run..]);
        self
    }
}

/// The calendar text, folded as it is written.
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Writer {
        Writer {
            out: String::with_capacity(capacity),
        }
    }

    /// Appends `line` folded at 75 octets (a continuation line starts with one space, which
    /// counts), never inside a UTF-8 character, and ends it with CRLF.
    pub fn line(&mut self, line: Line) {
        let text = line.text;
        let mut rest = text.as_str();
        let mut room = FOLD_AT;
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&rest[..cut]);
            self.out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with the space, which counts.
            room = FOLD_AT - 1;
        }
        self.out.push_str(rest);
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}
