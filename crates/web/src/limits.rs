//! Rate limits (SECURITY §4–5), enforced with the database-backed counters in
//! `muster_db::rate_limits` so every instance shares them.

use chrono::Duration;
use muster_db::rate_limits::Limit;

/// Failed credential checks per account (login, password change, email change, account
/// deletion all count here: one shared counter, so no form is a side door).
pub const CREDENTIAL_FAILURES_PER_ACCOUNT: Limit = Limit {
    max: 5,
    window: Duration::minutes(15),
};

/// Failed credential checks per client address.
pub const CREDENTIAL_FAILURES_PER_CLIENT: Limit = Limit {
    max: 20,
    window: Duration::minutes(15),
};

/// Emails to one address caused by other people's requests (sign-up, reset, resend).
pub const EMAILS_PER_RECIPIENT: Limit = Limit {
    max: 5,
    window: Duration::hours(1),
};

/// Email-sending requests per client address or per signed-in requester.
pub const EMAILS_PER_REQUESTER: Limit = Limit {
    max: 20,
    window: Duration::hours(1),
};

/// Personal API tokens created per person per day.
pub const TOKENS_PER_DAY: Limit = Limit {
    max: 20,
    window: Duration::days(1),
};

pub fn account_bucket(email: &str) -> String {
    format!("auth:account:{email}")
}

pub fn client_bucket(ip: &str) -> String {
    format!("auth:client:{ip}")
}

pub fn recipient_bucket(email: &str) -> String {
    format!("mail:to:{email}")
}

pub fn requester_bucket(who: &str) -> String {
    format!("mail:from:{who}")
}
