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

/// Groups a person may create per day.
pub const GROUPS_PER_DAY: Limit = Limit {
    max: 3,
    window: Duration::days(1),
};

/// Invitations a person may send per day.
pub const INVITATIONS_PER_DAY: Limit = Limit {
    max: 100,
    window: Duration::days(1),
};

/// Events (or series) a person may create per day.
pub const EVENTS_PER_DAY: Limit = Limit {
    max: 30,
    window: Duration::days(1),
};

/// Discussion threads and replies a person may post per day.
pub const POSTS_PER_DAY: Limit = Limit {
    max: 100,
    window: Duration::days(1),
};

/// Comments a person may write per day.
pub const COMMENTS_PER_DAY: Limit = Limit {
    max: 100,
    window: Duration::days(1),
};

/// Logo uploads a person may make per day (each is decoded and re-encoded: real CPU).
pub const IMAGE_UPLOADS_PER_DAY: Limit = Limit {
    max: 30,
    window: Duration::days(1),
};

/// Photos a person may add per day (a whole evening's pictures, not a flood).
pub const PHOTOS_PER_DAY: Limit = Limit {
    max: 200,
    window: Duration::days(1),
};

/// Conduct reports (and photo reports) a person may send per day.
pub const REPORTS_PER_DAY: Limit = Limit {
    max: 10,
    window: Duration::days(1),
};

pub fn account_bucket(email: &str) -> String {
    format!("auth:account:{email}")
}

pub fn client_bucket(ip: &str) -> String {
    format!("auth:client:{}", network_of(ip))
}

pub fn recipient_bucket(email: &str) -> String {
    format!("mail:to:{email}")
}

pub fn requester_bucket(who: &str) -> String {
    format!("mail:from:{}", network_of(who))
}

/// Who a limit counts: an IPv4 address, or an IPv6 /64 (one subscriber's whole network, which
/// one attacker controls); anything else (a user id) as it is.
pub fn network_of(client: &str) -> String {
    match client.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(std::net::IpAddr::V6(v6)) => v6
            .to_ipv4_mapped()
            .map_or_else(|| client.to_owned(), |v4| v4.to_string()),
        _ => client.to_owned(),
    }
}

/// Requests to adopt a group a person may make per day (each emails the group's organizers).
pub const ADOPTIONS_PER_DAY: Limit = Limit {
    max: 5,
    window: Duration::days(1),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_window_outlives_the_counters_retention() {
        for limit in [
            CREDENTIAL_FAILURES_PER_ACCOUNT,
            CREDENTIAL_FAILURES_PER_CLIENT,
            EMAILS_PER_RECIPIENT,
            EMAILS_PER_REQUESTER,
            TOKENS_PER_DAY,
            GROUPS_PER_DAY,
            INVITATIONS_PER_DAY,
            EVENTS_PER_DAY,
            COMMENTS_PER_DAY,
            POSTS_PER_DAY,
            IMAGE_UPLOADS_PER_DAY,
            PHOTOS_PER_DAY,
            REPORTS_PER_DAY,
        ] {
            assert!(
                limit.window <= muster_db::rate_limits::RETENTION,
                "{limit:?}"
            );
        }
    }

    #[test]
    fn ipv6_clients_are_counted_per_64_network() {
        assert_eq!(network_of("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(network_of("2001:db8:1:2:ffff::9"), "2001:db8:1:2::/64");
        assert_eq!(network_of("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(network_of("192.0.2.7"), "192.0.2.7");
        assert_eq!(network_of("user:0193"), "user:0193");
    }
}
