//! Secrets: random tokens (sessions, API tokens, email links, feeds, unsubscribe links), their
//! stored SHA-256 digests, and argon2id password hashing.
//!
//! Tokens are 256 bits from the OS CSPRNG, shown once, and only their SHA-256 is stored, so a
//! database leak reveals no usable credential.

use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHasher as _, PasswordVerifier as _, phc::PasswordHash},
};
use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A freshly generated secret, in its only plaintext form.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl std::fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretToken(***)")
    }
}

/// The OS random source failed (practically never on supported systems).
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random source failed")]
pub struct RandomUnavailable;

/// Fills `bytes` from the OS CSPRNG.
pub fn random_bytes(bytes: &mut [u8]) -> Result<(), RandomUnavailable> {
    getrandom::fill(bytes).map_err(|_| RandomUnavailable)
}

impl SecretToken {
    /// 32 random bytes, URL-safe base64 (43 characters), optionally with a readable prefix
    /// (`mst_` for API tokens) so leaked tokens are recognisable by secret scanners.
    pub fn generate(prefix: &str) -> Result<SecretToken, RandomUnavailable> {
        let mut bytes = [0u8; 32];
        random_bytes(&mut bytes)?;
        Ok(SecretToken(format!(
            "{prefix}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
        )))
    }

    /// Wraps a token a user presented (cookie, header, URL).
    pub fn from_presented(token: &str) -> SecretToken {
        SecretToken(token.to_owned())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database stores: SHA-256, lower-case hex.
    pub fn digest(&self) -> String {
        digest_hex(self.0.as_bytes())
    }

    /// A value derived from this token for another purpose (the CSRF token of a session), so
    /// knowing the derived value reveals nothing about the token.
    pub fn derive(&self, purpose: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(purpose.as_bytes());
        hasher.update([0u8]);
        hasher.update(self.0.as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(hasher.finalize())
    }
}

/// SHA-256 as lower-case hex.
pub fn digest_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(byte & 0xf)]));
    }
    out
}

/// Compares two secrets without leaking where they differ through timing.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashCost {
    /// Memory in KiB.
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl HashCost {
    /// OWASP's recommended argon2id minimum: m = 19 MiB, t = 2, p = 1.
    pub const OWASP: HashCost = HashCost {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// Cheap parameters for test suites only: hashing in well under a millisecond.
    pub const TESTS_ONLY: HashCost = HashCost {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };
}

/// Hashes and verifies passwords with argon2id at a configured cost, and tells when a stored
/// hash is weaker than that cost (so it is upgraded at the next successful login).
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    cost: HashCost,
    /// A hash of a random password at the configured cost: verifying against it costs the same
    /// as a real verification, keeping "no such account" as slow as "wrong password".
    dummy: String,
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("invalid argon2 parameters: {0}")]
    Params(String),
    #[error("hashing failed: {0}")]
    Hash(String),
    #[error(transparent)]
    Random(#[from] RandomUnavailable),
}

impl PasswordHasher {
    pub fn new(cost: HashCost) -> Result<PasswordHasher, HashError> {
        let mut hasher = PasswordHasher {
            cost,
            dummy: String::new(),
        };
        let random = SecretToken::generate("")?;
        hasher.dummy = hasher.hash(random.expose())?;
        Ok(hasher)
    }

    pub fn cost(&self) -> HashCost {
        self.cost
    }

    fn argon2(&self) -> Result<Argon2<'static>, HashError> {
        let params = Params::new(
            self.cost.memory_kib,
            self.cost.iterations,
            self.cost.parallelism,
            None,
        )
        .map_err(|e| HashError::Params(e.to_string()))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) with a random 16-byte salt.
    /// Blocking and CPU-heavy: call from a blocking thread.
    pub fn hash(&self, password: &str) -> Result<String, HashError> {
        let mut salt = [0u8; 16];
        random_bytes(&mut salt)?;
        self.argon2()?
            .hash_password_with_salt(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HashError::Hash(e.to_string()))
    }

    /// True if `password` matches `stored`. An unparseable or empty `stored` (a deleted
    /// account) never matches. Inputs over [`crate::account::NewPassword::MAX_BYTES`] are
    /// refused without hashing.
    pub fn verify(&self, password: &str, stored: &str) -> bool {
        if password.len() > crate::account::NewPassword::MAX_BYTES {
            return false;
        }
        let Ok(parsed) = PasswordHash::new(stored) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    }

    /// Spends the time of a real verification, for accounts that do not exist.
    pub fn verify_dummy(&self, password: &str) {
        let _ = self.verify(password, &self.dummy);
    }

    /// True if `stored` was made with weaker parameters (or another algorithm) than the
    /// configured cost.
    pub fn needs_rehash(&self, stored: &str) -> bool {
        let Ok(parsed) = PasswordHash::new(stored) else {
            return true;
        };
        if parsed.algorithm.as_str() != "argon2id" {
            return true;
        }
        match Params::try_from(&parsed) {
            Ok(params) => {
                params.m_cost() < self.cost.memory_kib
                    || params.t_cost() < self.cost.iterations
                    || params.p_cost() < self.cost.parallelism
            }
            Err(_) => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bit_url_safe_and_stored_only_as_digests() {
        let a = SecretToken::generate("mst_").unwrap();
        let b = SecretToken::generate("mst_").unwrap();
        assert_ne!(a, b);
        assert!(a.expose().starts_with("mst_"));
        assert_eq!(a.expose().len(), 4 + 43);
        assert!(
            a.expose()[4..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        let digest = a.digest();
        assert_eq!(digest.len(), 64);
        assert!(!digest.contains(&a.expose()[4..]));
        assert_eq!(SecretToken::from_presented(a.expose()).digest(), digest);
        assert_ne!(a.derive("csrf"), a.derive("other"));
        assert!(!format!("{a:?}").contains(&a.expose()[4..]));
    }

    #[test]
    fn digest_is_sha256_hex() {
        assert_eq!(
            digest_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(constant_time_eq("same", "same"));
        assert!(!constant_time_eq("same", "sane"));
        assert!(!constant_time_eq("same", "same!"));
    }

    #[test]
    fn owasp_hashes_are_argon2id_with_the_required_cost() {
        let hasher = PasswordHasher::new(HashCost::OWASP).unwrap();
        let hash = hasher.hash("correct horse battery staple").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(hasher.verify("correct horse battery staple", &hash));
        assert!(!hasher.verify("Correct horse battery staple", &hash));
        assert!(!hasher.needs_rehash(&hash));
    }

    #[test]
    fn weaker_hashes_are_flagged_for_upgrade_and_garbage_never_verifies() {
        let weak = PasswordHasher::new(HashCost::TESTS_ONLY).unwrap();
        let strong = PasswordHasher::new(HashCost::OWASP).unwrap();
        let weak_hash = weak.hash("hunter2 hunter2").unwrap();
        assert!(strong.needs_rehash(&weak_hash));
        assert!(
            strong.verify("hunter2 hunter2", &weak_hash),
            "old hashes still verify"
        );
        assert!(!strong.verify("anything", ""));
        assert!(!strong.verify("anything", "!deleted"));
        assert!(strong.needs_rehash("$2b$12$abcdefghijklmnopqrstuu"));
        assert!(
            !strong.verify(&"x".repeat(2000), &weak_hash),
            "oversized input refused"
        );
    }
}
