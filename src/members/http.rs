//! Just enough HTTP/1.1 for the page: one request per connection (`GET` or `POST` with a
//! `Content-Length` body), read with limits on size and time, and answers that always carry
//! the page's strict headers. Anything outside that is refused, never guessed at.

use std::io::{self, Read, Write};
use std::time::Duration;

/// A request's line and headers may not be longer than this.
pub const MAX_HEAD: usize = 8 * 1024;
/// A body longer than this gets 413, whatever else is wrong with the request.
pub const MAX_BODY: usize = 1024;
/// A client that has not sent its whole request in this long is dropped.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// A request as the page's routes see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The path without the query.
    pub path: String,
    pub query: String,
    /// Header names in lowercase.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header of that name (given in lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A cookie sent with the request.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }

    /// The fields of a form body (`application/x-www-form-urlencoded`), or of the query.
    pub fn form(&self) -> Result<Vec<(String, String)>, BadForm> {
        let text = std::str::from_utf8(&self.body).map_err(|_| BadForm::NotUtf8)?;
        form_fields(text)
    }
}

/// Why a form sent to the page could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadForm {
    #[error("the form is not UTF-8")]
    NotUtf8,
    #[error("a form field is cut short")]
    CutShort,
    #[error("a form field has a bad %-escape")]
    BadEscape,
    #[error("a form field is not UTF-8")]
    FieldNotUtf8,
}

/// Why a request could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// The body is longer than [`MAX_BODY`].
    TooLarge,
    /// Not HTTP as the page speaks it; the words say what.
    Bad(&'static str),
    /// A `POST` without `Content-Length`.
    NoLength,
    /// The connection closed or went quiet before the request was whole: nothing to answer.
    Gone,
}

/// Read one request from `stream`.
pub fn read_request(stream: &mut impl Read) -> Result<Request, Unread> {
    let mut head = Vec::with_capacity(1024);
    let mut byte = [0u8; 512];
    let end = loop {
        let found = find(&head, b"\r\n\r\n");
        if found.unwrap_or(head.len()) > MAX_HEAD {
            return Err(Unread::Bad("the request's head is too long"));
        }
        if let Some(end) = found {
            break end;
        }
        match stream.read(&mut byte) {
            Ok(0) | Err(_) => return Err(Unread::Gone),
            Ok(n) => head.extend_from_slice(&byte[..n]),
        }
    };
    let mut body = head.split_off(end + 4);
    head.truncate(end);
    // The answers to a malformed request stay English: a browser on the page never sends one.
    let head = std::str::from_utf8(&head).map_err(|_| Unread::Bad("the head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let mut words = lines.next().unwrap_or_default().split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return Err(Unread::Bad("the request line is not METHOD PATH VERSION"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(Unread::Bad("only HTTP/1.x is spoken here"));
    }
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line
            .split_once(':')
            .ok_or(Unread::Bad("a header without a colon"))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut request = Request {
        method: method.to_owned(),
        path: path.to_owned(),
        query: query.to_owned(),
        headers,
        body: Vec::new(),
    };
    let length = match request.header("content-length") {
        Some(text) => text
            .parse::<u64>()
            .map_err(|_| Unread::Bad("Content-Length is not a number"))?,
        None if request.header("transfer-encoding").is_some() => return Err(Unread::NoLength),
        None if method == "POST" => return Err(Unread::NoLength),
        None => 0,
    };
    if length > MAX_BODY as u64 {
        return Err(Unread::TooLarge);
    }
    let length = usize::try_from(length).unwrap_or(MAX_BODY);
    while body.len() < length {
        match stream.read(&mut byte) {
            Ok(0) | Err(_) => return Err(Unread::Gone),
            Ok(n) => body.extend_from_slice(&byte[..n]),
        }
    }
    body.truncate(length);
    request.body = body;
    Ok(request)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `a=1&b=two+words` into its fields, percent-decoded.
pub fn form_fields(text: &str) -> Result<Vec<(String, String)>, BadForm> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

/// Percent-decoding, with `+` for a space.
fn decode(text: &str) -> Result<String, BadForm> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(b) = rest.next() {
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let pair = [rest.next(), rest.next()];
                let [Some(h), Some(l)] = pair else {
                    return Err(BadForm::CutShort);
                };
                let hex = std::str::from_utf8(&[h, l])
                    .ok()
                    .and_then(|s| u8::from_str_radix(s, 16).ok())
                    .ok_or(BadForm::BadEscape)?;
                bytes.push(hex);
            }
            b => bytes.push(b),
        }
    }
    String::from_utf8(bytes).map_err(|_| BadForm::FieldNotUtf8)
}

/// The page's policy: its own styles and script only, nothing from elsewhere, no frames,
/// forms that post only here.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// An answer: status, content type, extra headers and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A plain-text answer: a status with a sentence.
    pub fn text(status: u16, text: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", format!("{text}\n"))
    }

    /// 404 and nothing else: no hint whether the token, the path or the method was wrong.
    /// `words` say it in the asker's language.
    pub fn not_found(words: &str) -> Response {
        Response::text(404, words)
    }

    /// See `location` (after a form is posted without the page's script).
    pub fn see_other(location: &str) -> Response {
        Response::new(303, "text/plain; charset=utf-8", "See the page\n")
            .with("Location", location.to_owned())
    }

    pub fn with(mut self, name: &'static str, value: String) -> Response {
        self.headers.push((name, value));
        self
    }

    /// The status line, the page's headers and the body, then the connection is closed.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        let mut head = head(self.status, self.content_type);
        head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("Connection: close\r\n\r\n");
        out.write_all(head.as_bytes())?;
        out.write_all(&self.body)?;
        out.flush()
    }
}

/// The status line and the headers every answer carries.
pub fn head(status: u16, content_type: &str) -> String {
    format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nCache-Control: no-store\r\nX-Frame-Options: DENY\r\n",
        reason(status)
    )
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Request, Unread> {
        read_request(&mut text.as_bytes())
    }

    #[test]
    fn a_get_and_a_post_are_read_whole() {
        let get =
            read("GET /m/abc?x=1 HTTP/1.1\r\nHost: h\r\nCookie: a=1; cochair=v.2\r\n\r\n").unwrap();
        assert_eq!((get.method.as_str(), get.path.as_str()), ("GET", "/m/abc"));
        assert_eq!(get.query, "x=1");
        assert_eq!(get.cookie("cochair"), Some("v.2"));
        assert_eq!(get.header("host"), Some("h"));
        let post =
            read("POST /m/abc/hand HTTP/1.1\r\nContent-Length: 22\r\n\r\nup=1&kind=hand&x=a%2Bb")
                .unwrap();
        assert_eq!(
            post.form().unwrap(),
            vec![
                ("up".into(), "1".into()),
                ("kind".into(), "hand".into()),
                ("x".into(), "a+b".into())
            ]
        );
    }

    #[test]
    fn a_body_over_one_kib_is_too_large_whatever_else_is_wrong() {
        let big = format!(
            "POST /nowhere HTTP/1.1\r\nContent-Length: 1025\r\n\r\n{}",
            "x"
        );
        assert_eq!(read(&big), Err(Unread::TooLarge));
        assert_eq!(
            read("POST /m/t/hand HTTP/1.1\r\n\r\n"),
            Err(Unread::NoLength)
        );
    }

    #[test]
    fn what_is_not_http_is_refused_not_guessed() {
        assert!(matches!(read("hello\r\n\r\n"), Err(Unread::Bad(_))));
        assert!(matches!(read("GET / HTTP/2\r\n\r\n"), Err(Unread::Bad(_))));
        assert!(matches!(
            read("GET / HTTP/1.1\r\nno colon\r\n\r\n"),
            Err(Unread::Bad(_))
        ));
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_HEAD + 10));
        assert!(matches!(read(&long), Err(Unread::Bad(_))));
        assert_eq!(read("GET / HTTP/1.1\r\n"), Err(Unread::Gone));
        assert!(form_fields("a=%zz").is_err());
        assert!(form_fields("a=%e2%82").is_err());
        assert_eq!(
            form_fields("person=Ana+Mar%C3%ADa").unwrap(),
            vec![("person".into(), "Ana María".into())]
        );
    }

    #[test]
    fn every_answer_carries_the_strict_headers() {
        let mut out = Vec::new();
        Response::text(429, "Slow down").write_to(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("HTTP/1.1 429 Too Many Requests\r\n"));
        for header in [
            "Content-Security-Policy: default-src 'none'; script-src 'self'",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
            "Cache-Control: no-store",
            "Connection: close",
        ] {
            assert!(text.contains(header), "{header} missing from {text}");
        }
        assert!(text.ends_with("\r\n\r\nSlow down\n"));
    }
}
