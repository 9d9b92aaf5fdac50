//! A member's claim on their device: a cookie naming the person and the number of their claim
//! (the meeting counts each claim of a name), signed with the page's key so a device cannot
//! make one up or change the name in it. HttpOnly (the page's script never sees it) and
//! SameSite=Strict (no other site's page can post with it).

use hmac::{KeyInit, Mac};

use super::secrets::{hex, unhex};

type Signer = hmac::Hmac<sha2::Sha256>;

/// The cookie's name.
pub const COOKIE: &str = "cochair_member";

/// How long a phone keeps its claim: a meeting's day and the next, for a meeting resumed then.
const MAX_AGE_SECONDS: u32 = 2 * 24 * 3600;

/// A claim as the cookie carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub person: String,
    /// Which claim of the name (from 1): a released name claimed again gets the next number.
    pub number: u32,
}

/// Signs and checks claims with the page's key.
#[derive(Clone)]
pub struct Claims {
    key: Vec<u8>,
}

impl Claims {
    pub fn new(key: Vec<u8>) -> Claims {
        Claims { key }
    }

    fn signature(&self, person_hex: &str, number: u32) -> Vec<u8> {
        // HMAC takes a key of any length; this cannot fail.
        let Ok(mut mac) = Signer::new_from_slice(&self.key) else {
            return Vec::new();
        };
        mac.update(b"cochair claim\0");
        mac.update(person_hex.as_bytes());
        mac.update(b"\0");
        mac.update(number.to_string().as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// The cookie's value: the name in hex, the number, the signature in hex.
    pub fn value(&self, claim: &Claim) -> String {
        let person = hex(claim.person.as_bytes());
        let signature = hex(&self.signature(&person, claim.number));
        format!("{person}.{}.{signature}", claim.number)
    }

    /// The claim in a cookie's value, if its signature is this page's.
    pub fn read(&self, value: &str) -> Option<Claim> {
        let mut parts = value.split('.');
        let (person_hex, number, signature) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let number: u32 = number.parse().ok()?;
        let given = unhex(signature)?;
        let Ok(mut mac) = Signer::new_from_slice(&self.key) else {
            return None;
        };
        mac.update(b"cochair claim\0");
        mac.update(person_hex.as_bytes());
        mac.update(b"\0");
        mac.update(number.to_string().as_bytes());
        // Compared in constant time.
        mac.verify_slice(&given).ok()?;
        let person = String::from_utf8(unhex(person_hex)?).ok()?;
        Some(Claim { person, number })
    }

    /// The `Set-Cookie` header's value for a claim, limited to the page's own path.
    pub fn set_cookie(&self, claim: &Claim, path: &str) -> String {
        format!(
            "{COOKIE}={}; Path={path}; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict",
            self.value(claim)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_reads_back_only_with_the_same_key_and_unchanged() {
        let claims = Claims::new(vec![7; 32]);
        let claim = Claim {
            person: "Ana \"<María>\"".into(),
            number: 2,
        };
        let value = claims.value(&claim);
        assert!(
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.'),
            "{value}"
        );
        assert_eq!(claims.read(&value), Some(claim.clone()));
        assert_eq!(Claims::new(vec![8; 32]).read(&value), None);
        // Another name, or another claim number, with the same signature: refused.
        let sig = value.rsplit('.').next().unwrap();
        let other = format!("{}.2.{sig}", hex(b"Ben"));
        assert_eq!(claims.read(&other), None);
        let renumbered = value.replacen(".2.", ".3.", 1);
        assert_eq!(claims.read(&renumbered), None);
        for junk in ["", "a.b", "41.1.zz", "41.x.00", "41.1.00.00"] {
            assert_eq!(claims.read(junk), None, "{junk}");
        }
    }

    #[test]
    fn the_cookie_is_http_only_strict_and_for_the_page_only() {
        let claims = Claims::new(vec![1; 32]);
        let header = claims.set_cookie(
            &Claim {
                person: "Ana".into(),
                number: 1,
            },
            "/m/tok",
        );
        assert!(header.starts_with("cochair_member="));
        for part in ["Path=/m/tok", "HttpOnly", "SameSite=Strict", "Max-Age="] {
            assert!(header.contains(part), "{part} in {header}");
        }
    }
}
