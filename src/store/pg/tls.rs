//! TLS to a PostgreSQL server, as the URL (`sslmode`, `sslrootcert`) or the `PGSSLMODE` and
//! `PGSSLROOTCERT` variables ask: rustls with ring, never OpenSSL. The modes are libpq's:
//!
//! - `disable` (and `allow`, `prefer`: a server is never used in clear behind a TLS promise
//!   it did not make, so they mean no TLS): in clear;
//! - `require`: TLS, the certificate checked against the web's public authorities and the
//!   host's name; with `sslrootcert`, against that authority without the name (as libpq does);
//! - `verify-ca`: TLS, the certificate signed by the authority in `sslrootcert` (or a public
//!   one), whatever name it carries;
//! - `verify-full`: that, and the certificate is for the host connected to.
//!
//! `sslrootcert=system` names the public authorities. tokio-postgres reads neither parameter,
//! so they are taken out of the URL before it does.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

/// How much of the server's certificate is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Off,
    Require,
    VerifyCa,
    VerifyFull,
}

/// Which authorities a certificate may chain to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Roots {
    /// The web's public authorities.
    Public,
    /// The PEM file `sslrootcert` names.
    File(PathBuf),
}

/// What the URL and the variables ask of TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Ask {
    pub mode: Mode,
    pub roots: Roots,
}

impl Ask {
    /// Whether the certificate's name must match the host.
    fn checks_name(&self) -> bool {
        match self.mode {
            Mode::VerifyFull => true,
            Mode::Require => self.roots == Roots::Public,
            Mode::Off | Mode::VerifyCa => false,
        }
    }
}

/// `url` without its `sslmode` and `sslrootcert` parameters, and their values (decoded).
pub(super) fn take_params(url: &str) -> (String, Option<String>, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None, None);
    };
    let (mut mode, mut root) = (None, None);
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "sslmode" => mode = Some(decode(value)),
                "sslrootcert" => root = Some(decode(value)),
                _ => return true,
            }
            false
        })
        .collect();
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (url, mode, root)
}

/// What is asked: the URL's values first, then `PGSSLMODE` and `PGSSLROOTCERT`.
pub(super) fn ask(
    url_mode: Option<String>,
    url_root: Option<String>,
    var: impl Fn(&str) -> Option<String>,
) -> Result<Ask, String> {
    let (mode, from) = match url_mode {
        Some(mode) => (Some(mode), "sslmode"),
        None => (var("PGSSLMODE"), "PGSSLMODE"),
    };
    let mode = match mode.as_deref() {
        None | Some("disable" | "allow" | "prefer") => Mode::Off,
        Some("require") => Mode::Require,
        Some("verify-ca") => Mode::VerifyCa,
        Some("verify-full") => Mode::VerifyFull,
        Some(other) => {
            return Err(format!(
                "{from}={other} is not a TLS mode: use disable, require, verify-ca or verify-full"
            ));
        }
    };
    let roots = match url_root.or_else(|| var("PGSSLROOTCERT")).as_deref() {
        None | Some("") | Some("system") => Roots::Public,
        Some(path) => Roots::File(PathBuf::from(path)),
    };
    Ok(Ask { mode, roots })
}

/// The TLS connector for `ask` (not `Mode::Off`): its authorities read now, so a missing or
/// unreadable file is named before any connection is tried.
pub(super) fn connector(ask: &Ask) -> Result<MakeRustlsConnect, String> {
    let roots = Arc::new(match &ask.roots {
        Roots::Public => RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        },
        Roots::File(path) => read_roots(path)?,
    });
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS cannot be set up: {e}"))?;
    let config = if ask.checks_name() {
        builder.with_root_certificates(roots)
    } else {
        let chain = WebPkiServerVerifier::builder_with_provider(roots, provider)
            .build()
            .map_err(|e| format!("TLS cannot be set up: {e}"))?;
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(ChainOnly(chain)))
    }
    .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// The authorities in a PEM file, or why they cannot be had.
fn read_roots(path: &Path) -> Result<RootCertStore, String> {
    let shown = path.display();
    let pem = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!("the root certificate file {shown} (sslrootcert) does not exist")
        }
        std::io::ErrorKind::PermissionDenied => {
            format!("the root certificate file {shown} (sslrootcert) may not be read by this user")
        }
        _ => format!("the root certificate file {shown} (sslrootcert) cannot be read: {e}"),
    })?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("the root certificate file {shown} (sslrootcert) is not PEM: {e}"))?;
    if certs.is_empty() {
        return Err(format!(
            "the root certificate file {shown} (sslrootcert) holds no certificate \
             (no -----BEGIN CERTIFICATE----- in it)"
        ));
    }
    let mut roots = RootCertStore::empty();
    for cert in certs {
        roots.add(cert).map_err(|e| {
            format!(
                "the root certificate file {shown} (sslrootcert) holds an unusable certificate: {e}"
            )
        })?;
    }
    Ok(roots)
}

/// Why a TLS handshake failed, in words that say what to do; None when it was not the
/// certificate.
pub(super) fn refusal(e: &postgres::Error, ask: &Ask, host: &str) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    let mut found = None;
    while let Some(err) = source {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            found = Some(tls);
            break;
        }
        // io::Error hides what it wraps from `source()`.
        if let Some(tls) = err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        {
            found = Some(tls);
            break;
        }
        source = err.source();
    }
    let rustls::Error::InvalidCertificate(why) = found? else {
        return None;
    };
    let authority = match &ask.roots {
        Roots::Public => "a public certificate authority (name the server's own with \
                          sslrootcert=FILE)"
            .to_string(),
        Roots::File(path) => format!("the authority in {} (sslrootcert)", path.display()),
    };
    Some(match why {
        CertificateError::UnknownIssuer | CertificateError::BadSignature => {
            format!("the server's certificate is not signed by {authority}")
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            format!(
                "the server's certificate is not for {host}: connect by a name it carries \
                 (sslmode=verify-full checks it)"
            )
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            "the server's certificate has expired".to_string()
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            "the server's certificate is not valid yet (check this machine's clock)".to_string()
        }
        other => format!("the server's certificate was refused: {other:?}"),
    })
}

/// A verifier that checks the chain to the authorities and not the name (`verify-ca`).
/// rustls checks the name last, after the chain, so a name error means the chain held.
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// A URL parameter's value with its %XX escapes decoded (a path may carry them).
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::super::open::env;
    use super::*;

    #[test]
    fn the_tls_parameters_are_taken_out_of_the_url_and_decoded() {
        let (url, mode, root) = take_params(
            "postgres://ana:pw@db:5432/book?sslmode=verify-full&application_name=x&sslrootcert=%2Fetc%2Fca%201.pem",
        );
        assert_eq!(url, "postgres://ana:pw@db:5432/book?application_name=x");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/etc/ca 1.pem"));
        let (url, mode, root) = take_params("postgres://db/book?sslmode=require");
        assert_eq!(
            (url.as_str(), mode.as_deref(), root),
            ("postgres://db/book", Some("require"), None)
        );
        assert_eq!(take_params("postgres://db/book").0, "postgres://db/book");
    }

    #[test]
    fn the_url_wins_over_the_variables_and_unknown_modes_are_named() {
        let vars = env(&[("PGSSLMODE", "verify-ca"), ("PGSSLROOTCERT", "/env/ca.pem")]);
        assert_eq!(
            ask(None, None, &vars).unwrap(),
            Ask {
                mode: Mode::VerifyCa,
                roots: Roots::File("/env/ca.pem".into())
            }
        );
        assert_eq!(
            ask(
                Some("verify-full".into()),
                Some("/url/ca.pem".into()),
                &vars
            )
            .unwrap(),
            Ask {
                mode: Mode::VerifyFull,
                roots: Roots::File("/url/ca.pem".into())
            }
        );
        assert_eq!(
            ask(Some("disable".into()), Some("system".into()), &vars).unwrap(),
            Ask {
                mode: Mode::Off,
                roots: Roots::Public
            }
        );
        let err = ask(Some("verify-everything".into()), None, env(&[])).unwrap_err();
        assert!(err.contains("sslmode=verify-everything"), "{err}");
        let err = ask(None, None, env(&[("PGSSLMODE", "strict")])).unwrap_err();
        assert!(
            err.contains("PGSSLMODE=strict") && err.contains("verify-full"),
            "{err}"
        );
    }

    #[test]
    fn require_checks_the_name_only_against_the_public_authorities() {
        let with = |mode, roots| Ask { mode, roots }.checks_name();
        let file = || Roots::File("ca.pem".into());
        assert!(with(Mode::Require, Roots::Public));
        assert!(
            !with(Mode::Require, file()),
            "libpq: require with a root is verify-ca"
        );
        assert!(!with(Mode::VerifyCa, file()));
        assert!(with(Mode::VerifyFull, file()));
        assert!(with(Mode::VerifyFull, Roots::Public));
    }

    #[test]
    fn a_missing_empty_or_garbled_root_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let ask = |path: PathBuf| Ask {
            mode: Mode::VerifyFull,
            roots: Roots::File(path),
        };
        let missing = dir.path().join("nowhere.pem");
        let err = connector(&ask(missing.clone())).err().unwrap();
        assert!(
            err.contains(&missing.display().to_string()) && err.contains("does not exist"),
            "{err}"
        );
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let err = connector(&ask(empty)).err().unwrap();
        assert!(err.contains("holds no certificate"), "{err}");
        let garbled = dir.path().join("garbled.pem");
        std::fs::write(
            &garbled,
            "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let err = connector(&ask(garbled)).err().unwrap();
        assert!(err.contains("sslrootcert"), "{err}");
        let folder = dir.path().to_path_buf();
        let err = connector(&ask(folder)).err().unwrap();
        assert!(err.contains("cannot be read"), "{err}");
    }
}
