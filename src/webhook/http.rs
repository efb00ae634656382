//! Just enough HTTP/1.1 for one POST route, with every limit in our hands: the head is
//! bounded (16 KiB), the body is bounded by the caller and must come with a Content-Length,
//! the first byte must come within a wait and the whole request within [`REQUEST_TIME`] of
//! it, however slowly a client trickles. A client that breaks a limit is answered (when it
//! can still hear) and hung up on; it never holds anyone else up.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::msg;
use crate::ops::Message;

/// How long a request may take from its first byte to its last.
pub const REQUEST_TIME: Duration = Duration::from_secs(10);
/// How long an answer may take to be taken by the client.
pub const WRITE_TIME: Duration = Duration::from_secs(10);
const MAX_HEAD: usize = 16 * 1024;

/// One request, read whole.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// The path, without the query.
    pub path: String,
    headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The client wants the connection kept for another request.
    pub keep_alive: bool,
}

impl Request {
    /// The first header of this name (names are case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why no request came.
#[derive(Debug, PartialEq, Eq)]
pub enum NoRequest {
    /// The client closed, or sent nothing within the wait: hang up quietly.
    Quiet,
    /// The client broke a rule: answer with this status and message, then hang up.
    Refuse(u16, Message),
}

/// A client connection: the stream and what was read past the last request.
pub struct Connection {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl Connection {
    pub fn new(stream: TcpStream) -> Connection {
        let _ = stream.set_write_timeout(Some(WRITE_TIME));
        // Answers are small and final: send them at once.
        let _ = stream.set_nodelay(true);
        Connection {
            stream,
            buffer: Vec::new(),
        }
    }

    /// Reads one request: its first byte within `wait`, all of it within [`REQUEST_TIME`] of
    /// that, a body of at most `max_body` bytes.
    pub fn read_request(&mut self, wait: Duration, max_body: usize) -> Result<Request, NoRequest> {
        let mut deadline = Instant::now() + wait;
        let mut started = !self.buffer.is_empty();
        if started {
            deadline = Instant::now() + REQUEST_TIME;
        }
        let head_end = loop {
            if let Some(at) = find(&self.buffer, b"\r\n\r\n") {
                break at;
            }
            if self.buffer.len() > MAX_HEAD {
                return Err(refuse(431, msg!("webhook-head-too-large")));
            }
            match self.fill(deadline) {
                Ok(0) if !started => return Err(NoRequest::Quiet),
                Ok(0) => return Err(NoRequest::Quiet),
                Ok(_) if !started => {
                    started = true;
                    deadline = Instant::now() + REQUEST_TIME;
                }
                Ok(_) => {}
                Err(e) if is_timeout(&e) && started => {
                    return Err(refuse(408, msg!("webhook-head-too-slow")));
                }
                Err(_) => return Err(NoRequest::Quiet),
            }
        };
        let head = String::from_utf8_lossy(&self.buffer[..head_end]).into_owned();
        self.buffer.drain(..head_end + 4);
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or_default().split(' ');
        let (Some(method), Some(target), Some(version), None) =
            (first.next(), first.next(), first.next(), first.next())
        else {
            return Err(refuse(400, msg!("webhook-not-http")));
        };
        if !version.starts_with("HTTP/1.") {
            return Err(refuse(505, msg!("webhook-http-version")));
        }
        let mut headers = Vec::new();
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                return Err(refuse(400, msg!("webhook-header-no-colon")));
            };
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
        let mut request = Request {
            method: method.to_string(),
            path: target.split('?').next().unwrap_or_default().to_string(),
            headers,
            body: Vec::new(),
            keep_alive: false,
        };
        let connection = request
            .header("Connection")
            .unwrap_or_default()
            .to_ascii_lowercase();
        request.keep_alive = if version == "HTTP/1.0" {
            connection.contains("keep-alive")
        } else {
            !connection.contains("close")
        };
        if request.header("Transfer-Encoding").is_some() {
            return Err(refuse(411, msg!("webhook-needs-length")));
        }
        let length = match request.header("Content-Length") {
            None if request.method == "POST" => {
                return Err(refuse(411, msg!("webhook-needs-length")));
            }
            None => 0,
            Some(n) => n
                .parse::<usize>()
                .map_err(|_| refuse(400, msg!("webhook-length-not-number")))?,
        };
        if length > max_body {
            return Err(refuse(413, msg!("webhook-body-too-large", max = max_body)));
        }
        if length > self.buffer.len()
            && request
                .header("Expect")
                .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
        {
            let _ = self.stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
        }
        while self.buffer.len() < length {
            match self.fill(deadline) {
                Ok(0) => return Err(NoRequest::Quiet),
                Ok(_) => {}
                Err(e) if is_timeout(&e) => {
                    return Err(refuse(408, msg!("webhook-body-too-slow")));
                }
                Err(_) => return Err(NoRequest::Quiet),
            }
        }
        request.body = self.buffer.drain(..length).collect();
        Ok(request)
    }

    /// Sends a JSON answer.
    pub fn respond(&mut self, status: u16, body: &str, keep_alive: bool) -> io::Result<()> {
        let head = format!(
            "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: {}\r\n\r\n",
            reason(status),
            body.len(),
            if keep_alive { "keep-alive" } else { "close" }
        );
        // One write: a head and a body sent apart would wait on the client's delayed ACK.
        self.stream.write_all(format!("{head}{body}").as_bytes())?;
        self.stream.flush()
    }

    /// After a refusal: stops writing and reads (and drops) what the client still sends, up
    /// to 1 MiB within 2 s, so it can finish sending and read the answer instead of
    /// meeting a reset connection.
    pub fn hang_up(mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Write);
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut drained = 0;
        while drained < 1 << 20 {
            self.buffer.clear();
            match self.fill(deadline) {
                Ok(0) | Err(_) => return,
                Ok(n) => drained += n,
            }
        }
    }

    /// Reads more into the buffer, waiting no later than `deadline`.
    fn fill(&mut self, deadline: Instant) -> io::Result<usize> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut chunk = [0u8; 8192];
        let n = self.stream.read(&mut chunk)?;
        self.buffer.extend_from_slice(&chunk[..n]);
        Ok(n)
    }
}

fn refuse(status: u16, why: Message) -> NoRequest {
    NoRequest::Refuse(status, why)
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}
