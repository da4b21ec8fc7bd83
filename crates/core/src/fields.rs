//! Collecting what is wrong with a form or body, field by field, so that every invalid field
//! is reported at once rather than the first one only.

use std::collections::BTreeMap;

use crate::account::Invalid;

/// An optional value: empty (or blank) input means none, anything else must parse.
pub fn optional<T>(
    input: &str,
    parse: impl FnOnce(&str) -> Result<T, Invalid>,
) -> Result<Option<T>, Invalid> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse(input).map(Some)
    }
}

/// Per-field problems, at most one message per field (the first one found).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    /// Keeps `result`'s value, or records its message under `field`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Invalid(message)) => {
                self.0.entry(field.to_owned()).or_insert(message);
                None
            }
        }
    }

    /// Records a problem with `field` unless it has one already.
    pub fn add(&mut self, field: &str, message: &str) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.to_owned());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when nothing was wrong, else every problem found.
    pub fn finish(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }

    /// Field name → message.
    pub fn into_map(self) -> BTreeMap<String, String> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_reported_with_its_first_message() {
        let mut fields = FieldErrors::default();
        assert_eq!(fields.check("name", Ok::<_, Invalid>(1)), Some(1));
        assert!(fields.is_empty());
        assert_eq!(
            fields.check::<i32>("email", Err(Invalid("Enter a valid email address.".into()))),
            None
        );
        fields.add("email", "a second message is ignored");
        fields.add("password", "Too short.");
        let problems = fields.finish().unwrap_err().into_map();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems["email"], "Enter a valid email address.");
        assert_eq!(problems["password"], "Too short.");
    }
}
