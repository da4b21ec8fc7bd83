//! Secrets: random tokens (sessions, API tokens, email links, feeds, unsubscribe links), their
//! stored SHA-256 digests, and argon2id password hashing.
//!
//! Tokens are 256 bits from the OS CSPRNG, shown once, and only their SHA-256 is stored, so a
//! database leak reveals no usable credential.

use std::sync::{Arc, Condvar, Mutex};

use argon2::{
    Algorithm, Argon2, Block, Params, Version,
    password_hash::phc::{Output, ParamsString, PasswordHash, Salt},
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
///
/// Argon2's working memory (19 MiB at the OWASP cost) comes from a small pool that is reused:
/// at most one buffer per core exists, and hashes beyond that wait for one, so a burst of logins
/// costs a fixed amount of memory instead of one fresh allocation each that the C allocator then
/// keeps (800 logins used to leave about 1.1 GB behind). When the last hash in flight ends the
/// buffers are freed, so an idle server holds none.
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    cost: HashCost,
    /// A hash of a random password at the configured cost: verifying against it costs the same
    /// as a real verification, keeping "no such account" as slow as "wrong password".
    dummy: String,
    memory: Arc<MemoryPool>,
}

/// Argon2 working memory, reused. Holds at most `limit` buffers; a caller who finds none free
/// while `limit` exist waits for one to come back.
#[derive(Debug)]
struct MemoryPool {
    state: Mutex<PoolState>,
    returned: Condvar,
    limit: usize,
}

#[derive(Debug, Default)]
struct PoolState {
    free: Vec<Vec<Block>>,
    made: usize,
    /// Callers waiting for a buffer.
    waiting: usize,
    /// The most buffers that existed at once (for tests).
    peak: usize,
}

impl MemoryPool {
    fn new(limit: usize) -> MemoryPool {
        MemoryPool {
            state: Mutex::new(PoolState::default()),
            returned: Condvar::new(),
            limit: limit.max(1),
        }
    }

    /// Runs `work` with a buffer of at least `blocks` blocks.
    fn with<T>(&self, blocks: usize, work: impl FnOnce(&mut [Block]) -> T) -> T {
        let mut buffer = self.take();
        if buffer.len() < blocks {
            // A stored hash stronger than the configured cost: grown once, then kept.
            buffer.resize(blocks, Block::default());
        }
        let result = work(&mut buffer);
        self.give(buffer);
        result
    }

    fn take(&self) -> Vec<Block> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(buffer) = state.free.pop() {
                return buffer;
            }
            if state.made < self.limit {
                state.made += 1;
                state.peak = state.peak.max(state.made);
                return Vec::new();
            }
            state.waiting += 1;
            state = self.returned.wait(state).unwrap_or_else(|e| e.into_inner());
            state.waiting -= 1;
        }
    }

    /// Returns `buffer`; when that was the last hash in flight, every buffer is freed, so
    /// memory goes back to what it was before the burst of logins (allocations this large are
    /// mapped afresh and unmapped on free, not kept by the C allocator).
    fn give(&self, buffer: Vec<Block>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.free.push(buffer);
        if state.free.len() == state.made && state.waiting == 0 {
            let idle = std::mem::take(&mut state.free);
            state.made = 0;
            drop(state);
            drop(idle);
        } else {
            self.returned.notify_one();
        }
    }

    /// Buffers in existence (for tests).
    #[cfg(test)]
    fn made(&self) -> usize {
        self.state.lock().map(|s| s.made).unwrap_or(0)
    }

    /// The most buffers that existed at once (for tests).
    #[cfg(test)]
    fn peak(&self) -> usize {
        self.state.lock().map(|s| s.peak).unwrap_or(0)
    }
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

/// `$argon2id$v=19$m=…,t=…,p=…$salt$hash`.
fn phc_string(params: &Params, salt: &[u8], out: &[u8]) -> Result<String, HashError> {
    let failed = |e: &dyn std::fmt::Display| HashError::Hash(e.to_string());
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).map_err(|e| failed(&e))?,
        salt: Some(Salt::new(salt).map_err(|e| failed(&e))?),
        hash: Some(Output::new(out).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

impl PasswordHasher {
    pub fn new(cost: HashCost) -> Result<PasswordHasher, HashError> {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let mut hasher = PasswordHasher {
            cost,
            dummy: String::new(),
            memory: Arc::new(MemoryPool::new(cores)),
        };
        hasher.dummy = hasher.dummy_hash()?;
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

    /// A PHC string at the configured cost with a random salt and a random "hash" that no
    /// password produces: verifying against it costs exactly what a real verification costs
    /// (the work is recomputing the hash, whatever it is compared with), and making it costs
    /// nothing, so start-up neither waits for a hash nor keeps its 19 MiB.
    fn dummy_hash(&self) -> Result<String, HashError> {
        let (mut salt, mut out) = ([0u8; 16], [0u8; Params::DEFAULT_OUTPUT_LEN]);
        random_bytes(&mut salt)?;
        random_bytes(&mut out)?;
        phc_string(self.argon2()?.params(), &salt, &out)
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) with a random 16-byte salt.
    /// Blocking and CPU-heavy: call from a blocking thread.
    pub fn hash(&self, password: &str) -> Result<String, HashError> {
        let mut salt = [0u8; 16];
        random_bytes(&mut salt)?;
        let argon2 = self.argon2()?;
        let params = argon2.params().clone();
        let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
        let failed = |e: &dyn std::fmt::Display| HashError::Hash(e.to_string());
        self.memory
            .with(params.block_count(), |blocks| {
                argon2.hash_password_into_with_memory(password.as_bytes(), &salt, &mut out, blocks)
            })
            .map_err(|e| failed(&e))?;
        phc_string(&params, &salt, &out)
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
        self.verify_parsed(password.as_bytes(), &parsed)
            .unwrap_or(false)
    }

    /// Recomputes the hash with the stored algorithm, version, parameters and salt, in pooled
    /// memory, and compares in constant time. None when `parsed` is not an argon2 hash.
    fn verify_parsed(&self, password: &[u8], parsed: &PasswordHash) -> Option<bool> {
        let algorithm = Algorithm::try_from(parsed.algorithm.as_str()).ok()?;
        let version = match parsed.version {
            Some(v) => Version::try_from(v).ok()?,
            None => Version::default(),
        };
        let params = Params::try_from(parsed).ok()?;
        let (salt, expected) = (parsed.salt.as_ref()?, parsed.hash.as_ref()?);
        let mut out = vec![0u8; expected.len()];
        let blocks = params.block_count();
        let argon2 = Argon2::new(algorithm, version, params);
        self.memory
            .with(blocks, |memory| {
                argon2.hash_password_into_with_memory(password, salt.as_ref(), &mut out, memory)
            })
            .ok()?;
        Some(bool::from(out.as_slice().ct_eq(expected.as_bytes())))
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

    #[test]
    fn hashes_agree_with_the_argon2_crates_own_hasher_both_ways() {
        use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
        let ours = PasswordHasher::new(HashCost::TESTS_ONLY).unwrap();
        let theirs = ours.argon2().unwrap();
        let made_by_them = theirs
            .hash_password_with_salt(b"correct horse", b"0123456789abcdef")
            .unwrap()
            .to_string();
        assert!(ours.verify("correct horse", &made_by_them));
        assert!(!ours.verify("correct horsf", &made_by_them));
        let made_by_us = ours.hash("battery staple").unwrap();
        let parsed = PasswordHash::new(&made_by_us).unwrap();
        assert!(theirs.verify_password(b"battery staple", &parsed).is_ok());
        // A stored hash made with more memory than configured still verifies.
        let strong = PasswordHasher::new(HashCost::OWASP)
            .unwrap()
            .hash("stronger")
            .unwrap();
        assert!(ours.verify("stronger", &strong));
    }

    #[test]
    fn the_stand_in_for_missing_accounts_costs_a_real_verification_and_nothing_to_make() {
        let hasher = PasswordHasher::new(HashCost::TESTS_ONLY).unwrap();
        // Made without hashing: no working memory exists until someone logs in.
        assert_eq!(hasher.memory.made(), 0);
        let parsed = PasswordHash::new(&hasher.dummy).unwrap();
        let (stored, configured) = (
            Params::try_from(&parsed).unwrap(),
            hasher.argon2().unwrap().params().clone(),
        );
        assert_eq!(
            (stored.m_cost(), stored.t_cost(), stored.p_cost()),
            (
                configured.m_cost(),
                configured.t_cost(),
                configured.p_cost()
            )
        );
        assert!(!hasher.needs_rehash(&hasher.dummy));
        // Verifying against it runs argon2 and matches nothing; the buffer it took is freed
        // once no hash is in flight.
        assert!(!hasher.verify("", &hasher.dummy));
        assert_eq!(hasher.memory.made(), 0);
        let other = PasswordHasher::new(HashCost::TESTS_ONLY).unwrap();
        assert_ne!(hasher.dummy, other.dummy, "each is random");
    }

    #[test]
    fn concurrent_hashes_share_at_most_one_buffer_per_slot() {
        let pool = Arc::new(MemoryPool::new(2));
        let hasher = PasswordHasher {
            memory: pool.clone(),
            ..PasswordHasher::new(HashCost::TESTS_ONLY).unwrap()
        };
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let hasher = hasher.clone();
                std::thread::spawn(move || {
                    let password = format!("password number {i}");
                    let stored = hasher.hash(&password).unwrap();
                    hasher.verify(&password, &stored)
                })
            })
            .collect();
        for t in threads {
            assert!(t.join().unwrap());
        }
        assert!(pool.peak() <= 2, "{} buffers", pool.peak());
        assert!(pool.peak() >= 1);
        // All of them freed once the last hash was done.
        assert_eq!(pool.made(), 0);
    }
}
