//! HTTP Signatures as Mastodon sends and checks them (draft-cavage-http-signatures-12,
//! `rsa-sha256`, signing `(request-target) host date digest`), on RustCrypto's RSA.

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use rsa::{
    PrivateKey, PublicKey,
    pkcs1::DecodeRsaPublicKey,
    pkcs1v15::{Signature, SigningKey, VerifyingKey},
    pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, LineEnding},
    signature::{SignatureEncoding, Signer, Verifier},
};
use sha2::{Digest, Sha256};

/// A group's key pair, as PEM (PKCS#8 private, SPKI public: what Mastodon publishes).
#[derive(Debug, Clone)]
pub struct KeyPair {
    pub public_pem: String,
    pub private_pem: String,
}

/// Makes a 2048-bit RSA key pair (Mastodon's size).
pub fn generate() -> Result<KeyPair, String> {
    let private = PrivateKey::new(&mut getrandom::SysRng, 2048).map_err(|e| e.to_string())?;
    let public_pem = private
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|e| e.to_string())?;
    let private_pem = private
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| e.to_string())?
        .to_string();
    Ok(KeyPair {
        public_pem,
        private_pem,
    })
}

/// `SHA-256=…` of a body, for the `Digest` header.
pub fn digest(body: &[u8]) -> String {
    format!("SHA-256={}", STANDARD.encode(Sha256::digest(body)))
}

/// An HTTP date (`Sun, 06 Dec 2026 18:30:00 GMT`).
pub fn http_date(at: DateTime<Utc>) -> String {
    at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// Reads an HTTP date.
pub fn parse_http_date(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc2822(text.trim())
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// The headers that sign a request: `Date`, `Digest` (with a body) and `Signature`.
pub fn sign(
    private_pem: &str,
    key_id: &str,
    method: &str,
    path_and_query: &str,
    host: &str,
    body: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<Vec<(String, String)>, String> {
    let key = PrivateKey::from_pkcs8_pem(private_pem).map_err(|e| e.to_string())?;
    let date = http_date(now);
    let mut headers = vec![("date".to_owned(), date.clone())];
    let mut lines = vec![
        format!(
            "(request-target): {} {path_and_query}",
            method.to_ascii_lowercase()
        ),
        format!("host: {host}"),
        format!("date: {date}"),
    ];
    let mut names = "(request-target) host date".to_owned();
    if let Some(body) = body {
        let digest = digest(body);
        lines.push(format!("digest: {digest}"));
        names.push_str(" digest");
        headers.push(("digest".to_owned(), digest));
    }
    let signer = SigningKey::<Sha256>::new(key);
    let signature: Signature = signer.sign(lines.join("\n").as_bytes());
    headers.push((
        "signature".to_owned(),
        format!(
            "keyId=\"{key_id}\",algorithm=\"rsa-sha256\",headers=\"{names}\",signature=\"{}\"",
            STANDARD.encode(signature.to_bytes())
        ),
    ));
    Ok(headers)
}

/// A `Signature` header, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeader {
    pub key_id: String,
    pub algorithm: String,
    /// Lower case, in the order signed; `date` alone when the header names none.
    pub headers: Vec<String>,
    pub signature: Vec<u8>,
}

/// Reads a `Signature` header (`keyId="…",algorithm="…",headers="…",signature="…"`).
pub fn parse_signature(header: &str) -> Result<SignatureHeader, String> {
    let (mut key_id, mut algorithm, mut headers, mut signature) = (None, None, None, None);
    let mut rest = header.trim();
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once('=')
            .ok_or("the Signature header is not name=\"value\" pairs")?;
        let after = after
            .strip_prefix('"')
            .ok_or("the Signature header's values must be quoted")?;
        let end = after
            .find('"')
            .ok_or("the Signature header has an unclosed quote")?;
        let value = after[..end].to_owned();
        match name.trim() {
            "keyId" => key_id = Some(value),
            "algorithm" => algorithm = Some(value),
            "headers" => headers = Some(value),
            "signature" => signature = Some(value),
            _ => {}
        }
        rest = after[end + 1..].trim_start_matches([',', ' ']);
    }
    let signature = STANDARD
        .decode(signature.ok_or("the Signature header has no signature")?)
        .map_err(|_| "the signature is not base64")?;
    Ok(SignatureHeader {
        key_id: key_id.ok_or("the Signature header has no keyId")?,
        algorithm: algorithm.unwrap_or_else(|| "hs2019".to_owned()),
        headers: headers
            .unwrap_or_else(|| "date".to_owned())
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect(),
        signature,
    })
}

/// The string a request's signature covers, from the request's method, path and headers.
pub fn signing_string(
    signed: &SignatureHeader,
    method: &str,
    path_and_query: &str,
    header: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let mut lines = Vec::with_capacity(signed.headers.len());
    for name in &signed.headers {
        if name == "(request-target)" {
            lines.push(format!(
                "(request-target): {} {path_and_query}",
                method.to_ascii_lowercase()
            ));
        } else {
            let value =
                header(name).ok_or_else(|| format!("the signed header {name} is missing"))?;
            lines.push(format!("{name}: {value}"));
        }
    }
    Ok(lines.join("\n"))
}

/// Whether `signature` over `text` verifies with the public key `pem` (SPKI or PKCS#1 PEM).
pub fn verify(pem: &str, text: &str, signature: &[u8]) -> bool {
    let key = match PublicKey::from_public_key_pem(pem.trim()) {
        Ok(key) => key,
        Err(_) => match PublicKey::from_pkcs1_pem(pem.trim()) {
            Ok(key) => key,
            Err(_) => return false,
        },
    };
    let Ok(signature) = Signature::try_from(signature) else {
        return false;
    };
    VerifyingKey::<Sha256>::new(key)
        .verify(text.as_bytes(), &signature)
        .is_ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_signed_request_verifies_and_a_changed_one_does_not() {
        let keys = generate().unwrap();
        let now = Utc::now();
        let body = br#"{"type":"Follow"}"#;
        let headers = sign(
            &keys.private_pem,
            "https://a.example/g/x#main-key",
            "POST",
            "/inbox",
            "b.example",
            Some(body),
            now,
        )
        .unwrap();
        let get = |name: &str| {
            let name = if name == "host" { "host" } else { name };
            if name == "host" {
                return Some("b.example".to_owned());
            }
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let signature = parse_signature(&get("signature").unwrap()).unwrap();
        assert_eq!(signature.key_id, "https://a.example/g/x#main-key");
        assert_eq!(
            signature.headers,
            ["(request-target)", "host", "date", "digest"]
        );
        let text = signing_string(&signature, "POST", "/inbox", get).unwrap();
        assert!(verify(&keys.public_pem, &text, &signature.signature));
        let other = signing_string(&signature, "POST", "/other-inbox", get).unwrap();
        assert!(!verify(&keys.public_pem, &other, &signature.signature));
        let stranger = generate().unwrap();
        assert!(!verify(&stranger.public_pem, &text, &signature.signature));
        assert_eq!(get("digest").unwrap(), digest(body));
        assert_ne!(digest(b"{}"), digest(body));
    }

    #[test]
    fn signature_headers_are_read_and_bad_ones_refused() {
        let read = parse_signature(
            r#"keyId="https://m.example/users/a#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="AAEC""#,
        )
        .unwrap();
        assert_eq!(read.signature, vec![0, 1, 2]);
        assert_eq!(read.algorithm, "rsa-sha256");
        assert!(parse_signature("keyId=x").is_err());
        assert!(parse_signature(r#"keyId="x",signature="%%%""#).is_err());
        assert!(parse_signature(r#"algorithm="rsa-sha256",signature="AAEC""#).is_err());
        assert_eq!(
            parse_http_date("Mon, 07 Dec 2026 14:00:00 GMT").unwrap(),
            "2026-12-07T14:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }
}
