//! Closed sets of values kept in text columns (an event's status, a member's role, an audit
//! entry's action…): the text each value is stored as, and the way back. Reading back a text
//! that names no value is an error — never a default that would quietly turn an unknown status
//! into "not going" or "banned".

/// A value stored as one of a fixed set of texts.
pub trait StoredText: Sized + Copy + 'static {
    /// What the column holds, for error messages ("an RSVP status").
    const WHAT: &'static str;

    /// The text this value is stored as.
    fn to_stored(self) -> &'static str;

    /// The value a stored text names, if any.
    fn from_stored(text: &str) -> Option<Self>;
}

/// Reading back a text column found a value outside its set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the database holds {value:?}, which is not {what}")]
pub struct UnknownStoredValue {
    pub what: &'static str,
    pub value: String,
}

/// Parses a stored text, or says what it is not.
pub fn from_stored<T: StoredText>(text: &str) -> Result<T, UnknownStoredValue> {
    T::from_stored(text).ok_or_else(|| UnknownStoredValue {
        what: T::WHAT,
        value: text.to_owned(),
    })
}

/// Implements [`StoredText`] for `$ty` from its `as_str` and a parser returning an `Option`
/// (`$parse`), and — with the `diesel` feature — binds it to SQL `TEXT` (see
/// [`crate::stored_text_sql`]).
macro_rules! stored_text {
    ($ty:ty, $what:literal, $parse:expr) => {
        impl $crate::stored::StoredText for $ty {
            const WHAT: &'static str = $what;

            fn to_stored(self) -> &'static str {
                self.as_str()
            }

            fn from_stored(text: &str) -> Option<Self> {
                #[allow(clippy::redundant_closure_call)]
                ($parse)(text)
            }
        }

        #[cfg(feature = "diesel")]
        $crate::stored_text_sql!($ty);
    };
}

/// Binds a [`StoredText`] type to SQL `TEXT` on SQLite and PostgreSQL (the type derives
/// diesel's `AsExpression` and `FromSqlRow` with that SQL type). Reading back a text that
/// names no value fails with [`UnknownStoredValue`]. Used by this crate's types (with its
/// `diesel` feature) and by `muster-db`'s own.
#[macro_export]
macro_rules! stored_text_sql {
    ($ty:ty) => {
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::sqlite::Sqlite> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::sqlite::Sqlite>,
            ) -> diesel::serialize::Result {
                out.set_value($crate::stored::StoredText::to_stored(*self));
                Ok(diesel::serialize::IsNull::No)
            }
        }

        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::pg::Pg>,
            ) -> diesel::serialize::Result {
                use std::io::Write;
                out.write_all($crate::stored::StoredText::to_stored(*self).as_bytes())?;
                Ok(diesel::serialize::IsNull::No)
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let text = String::from_sql(bytes)?;
                Ok($crate::stored::from_stored::<$ty>(&text)?)
            }
        }
    };
}

pub(crate) use stored_text;

/// Defines an enum of values stored as text: `as_str`, `parse` (refusing anything else with
/// `$error`), `ALL`, `Display`, serde as its text, and the [`StoredText`] SQL mapping.
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }, $error:literal, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(
            feature = "diesel",
            derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
            diesel(sql_type = diesel::sql_types::Text)
        )]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Result<$name, $crate::account::Invalid> {
                let text = text.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == text)
                    .ok_or_else(|| $crate::account::Invalid($error.into()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        $crate::stored::stored_text!($name, $what, |t: &str| $name::parse(t).ok());
    };
}

pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::RsvpStatus;

    #[test]
    fn every_value_round_trips_and_strangers_are_refused() {
        for status in RsvpStatus::ALL {
            assert_eq!(from_stored::<RsvpStatus>(status.to_stored()), Ok(*status));
        }
        let error = from_stored::<RsvpStatus>("maybe").unwrap_err();
        assert_eq!(
            error.to_string(),
            "the database holds \"maybe\", which is not an RSVP status"
        );
    }
}
