//! The `Stripe-Signature` header: `t=<unix time>,v1=<hex HMAC-SHA256>[,v1=…]`.
//!
//! The MAC is over `"<t>.<raw body>"`, keyed with the whole endpoint secret (`whsec_…`, as
//! text). Stripe may send several `v1` (while a secret is being rolled) and other schemes
//! (`v0`) that are ignored. The comparison is constant-time (`Mac::verify_slice`), and a
//! timestamp outside the tolerance is refused so a captured request cannot be replayed later.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use thiserror::Error;

type HmacSha256 = Hmac<Sha256>;

/// Stripe's default: five minutes either way.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SignatureError {
    #[error("no Stripe-Signature header")]
    Missing,
    #[error("the Stripe-Signature header has no valid timestamp (t=)")]
    NoTimestamp,
    #[error("the Stripe-Signature header has no v1 signature")]
    NoSignature,
    #[error("the signature is {age} s away from now; the tolerance is {tolerance} s")]
    Stale { age: i64, tolerance: i64 },
    #[error("no v1 signature matches the body and the secret")]
    Mismatch,
    #[error("the webhook secret is empty")]
    NoSecret,
}

impl SignatureError {
    /// In the reader's words.
    pub fn message(&self) -> crate::core::i18n::Message {
        use crate::msg;
        match self {
            SignatureError::Missing => msg!("signature-missing"),
            SignatureError::NoTimestamp => msg!("signature-no-timestamp"),
            SignatureError::NoSignature => msg!("signature-no-v1"),
            SignatureError::Stale { age, tolerance } => {
                msg!("signature-stale", age = *age, tolerance = *tolerance)
            }
            SignatureError::Mismatch => msg!("signature-mismatch"),
            SignatureError::NoSecret => msg!("signature-no-secret"),
        }
    }
}

/// The parts of a header that matter: the timestamp and every v1 signature, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub timestamp: i64,
    pub v1: Vec<Vec<u8>>,
}

pub fn parse(header: &str) -> Result<Parsed, SignatureError> {
    if header.trim().is_empty() {
        return Err(SignatureError::Missing);
    }
    let mut timestamp = None;
    let mut v1 = Vec::new();
    for item in header.split(',') {
        let Some((key, value)) = item.trim().split_once('=') else {
            continue;
        };
        match key.trim() {
            // The first t counts, as in Stripe's own libraries.
            "t" if timestamp.is_none() => timestamp = value.trim().parse::<i64>().ok(),
            // A v1 that is not hex can never match: skip it instead of failing the others.
            "v1" => {
                if let Ok(bytes) = hex::decode(value.trim()) {
                    v1.push(bytes);
                }
            }
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::NoTimestamp)?;
    if v1.is_empty() {
        return Err(SignatureError::NoSignature);
    }
    Ok(Parsed { timestamp, v1 })
}

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> HmacSha256 {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header Stripe would send for `body` at `timestamp` (for test peers and tools).
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let digest = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", hex::encode(digest))
}

/// Checks `header` against the raw `body`; returns the signed timestamp.
pub fn verify(
    header: &str,
    body: &[u8],
    secret: &str,
    now_unix: i64,
    tolerance: i64,
) -> Result<i64, SignatureError> {
    if secret.is_empty() {
        return Err(SignatureError::NoSecret);
    }
    let parsed = parse(header)?;
    let age = now_unix.saturating_sub(parsed.timestamp);
    if age.unsigned_abs() > tolerance.unsigned_abs() {
        return Err(SignatureError::Stale { age, tolerance });
    }
    let base = mac(secret, parsed.timestamp, body);
    // Every candidate is checked in constant time; which one matched is not observable.
    let mut matched = false;
    for candidate in &parsed.v1 {
        matched |= base.clone().verify_slice(candidate).is_ok();
    }
    if matched {
        Ok(parsed.timestamp)
    } else {
        Err(SignatureError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;

    #[test]
    fn the_shared_vector() {
        // ECOSYSTEM.md: secret whsec_test, t 1700000000, body {} (checked there against
        // Stripe's own Python library).
        let header = sign("whsec_test", NOW, b"{}");
        let v1 = header.strip_prefix("t=1700000000,v1=").unwrap();
        assert!(v1.starts_with("35495024") && v1.ends_with("994e91"), "{v1}");
        assert_eq!(verify(&header, b"{}", "whsec_test", NOW, 300), Ok(NOW));
    }

    #[test]
    fn any_of_several_v1_may_match_and_other_schemes_are_ignored() {
        let good = sign("whsec_test", NOW, b"{}");
        let good_v1 = good.split("v1=").nth(1).unwrap();
        let other = sign("whsec_old", NOW, b"{}");
        let other_v1 = other.split("v1=").nth(1).unwrap();
        let header = format!("t={NOW},v0=abc,v1={other_v1},v1=zz-not-hex,v1={good_v1}");
        assert_eq!(verify(&header, b"{}", "whsec_test", NOW, 300), Ok(NOW));
        let header = format!("t={NOW},v1={other_v1}");
        assert_eq!(
            verify(&header, b"{}", "whsec_test", NOW, 300),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn stale_and_future_timestamps_are_refused() {
        let old = sign("whsec_test", NOW - 301, b"{}");
        assert!(matches!(
            verify(&old, b"{}", "whsec_test", NOW, 300),
            Err(SignatureError::Stale { age: 301, .. })
        ));
        let edge = sign("whsec_test", NOW - 300, b"{}");
        assert!(verify(&edge, b"{}", "whsec_test", NOW, 300).is_ok());
        let future = sign("whsec_test", NOW + 301, b"{}");
        assert!(matches!(
            verify(&future, b"{}", "whsec_test", NOW, 300),
            Err(SignatureError::Stale { .. })
        ));
    }

    #[test]
    fn a_tampered_body_or_wrong_secret_fails() {
        let header = sign("whsec_test", NOW, br#"{"amount":100}"#);
        assert_eq!(
            verify(&header, br#"{"amount":900}"#, "whsec_test", NOW, 300),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(&header, br#"{"amount":100}"#, "whsec_other", NOW, 300),
            Err(SignatureError::Mismatch)
        );
        // The timestamp is signed too: moving it breaks the signature.
        let moved = header.replace(&format!("t={NOW}"), &format!("t={}", NOW + 1));
        assert_eq!(
            verify(&moved, br#"{"amount":100}"#, "whsec_test", NOW, 300),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn malformed_headers_say_what_is_missing() {
        assert_eq!(
            verify("", b"{}", "s", NOW, 300),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify("v1=00", b"{}", "s", NOW, 300),
            Err(SignatureError::NoTimestamp)
        );
        assert_eq!(
            verify("t=abc,v1=00", b"{}", "s", NOW, 300),
            Err(SignatureError::NoTimestamp)
        );
        assert_eq!(
            verify(&format!("t={NOW}"), b"{}", "s", NOW, 300),
            Err(SignatureError::NoSignature)
        );
        assert_eq!(
            verify(&format!("t={NOW},v1=xyz"), b"{}", "s", NOW, 300),
            Err(SignatureError::NoSignature)
        );
        assert_eq!(
            verify(&sign("", NOW, b"{}"), b"{}", "", NOW, 300),
            Err(SignatureError::NoSecret)
        );
        assert_eq!(
            verify(",,,=,t", b"{}", "s", NOW, 300),
            Err(SignatureError::NoTimestamp)
        );
    }

    #[test]
    fn extreme_timestamps_do_not_overflow() {
        let header = format!("t={},v1=00", i64::MIN);
        assert!(matches!(
            verify(&header, b"{}", "s", i64::MAX, 300),
            Err(SignatureError::Stale { .. })
        ));
    }
}
