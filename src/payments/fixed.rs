//! A fixed link: one reusable URL (a deposit link, a fixed-price product link).

use super::provider::{CreatedLink, LinkProvider, LinkRequest, ProviderError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedLink {
    url: String,
}

impl FixedLink {
    pub fn new(url: &str) -> Result<FixedLink, ProviderError> {
        let url = url.trim();
        check_url(url).map_err(ProviderError::Config)?;
        Ok(FixedLink {
            url: url.to_string(),
        })
    }
}

impl LinkProvider for FixedLink {
    fn create(&self, request: &LinkRequest) -> Result<CreatedLink, ProviderError> {
        Ok(CreatedLink {
            url: self.url.clone(),
            external_id: None,
            expires_at: request.expires_at,
        })
    }
}

/// A link goes into a chat: it must be an http(s) URL with a host and no spaces.
pub fn check_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!("'{url}' is not a web address (it must start with https:// or http://)")
        })?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Err(format!("'{url}' has no host after the scheme"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{url}' contains spaces or control characters"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked() {
        assert!(check_url("https://pay.example/deposit").is_ok());
        assert!(check_url("http://pay.example").is_ok());
        assert!(check_url("pay.example/x").is_err());
        assert!(check_url("https:///x").is_err());
        assert!(check_url("https://pay.example/a b").is_err());
        assert!(check_url("").is_err());
    }
}
