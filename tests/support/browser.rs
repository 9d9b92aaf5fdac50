//! A lean WebDriver client for the members' page tests: headless Chromium driven by
//! chromedriver (both from the distribution's packages), over a few HTTP calls of our own.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The programs, where Debian puts them.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const DRIVER: &str = "/usr/bin/chromedriver";

/// Whether both are installed.
pub fn available() -> bool {
    Path::new(CHROMIUM).exists() && Path::new(DRIVER).exists()
}

/// A headless Chromium session, ended (and its driver stopped) when dropped.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    /// Start chromedriver on a free port and open a session: Chromium headless, as root
    /// (without its sandbox), with a fresh profile and none of its own network traffic.
    pub fn start() -> Browser {
        let port = {
            let probe = TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        let driver = Command::new(DRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver never listened");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--window-size=800,1000".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args},
        }}});
        let made = browser.call("POST", "/session", Some(&caps));
        browser.session = made["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {made}"))
            .to_owned();
        browser
    }

    /// One WebDriver call; its `value`.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        self.try_call(method, path, body)
            .unwrap_or_else(|(error, message)| panic!("{method} {path}: {error}: {message}"))
    }

    /// A WebDriver call; its error's name and message when the browser refuses it.
    fn try_call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, (Value, Value)> {
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream.write_all(request.as_bytes()).unwrap();
        let (head, json) = read_answer(&mut stream);
        let head = head.as_str();
        let value: Value = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}: {head}\n{json}"));
        if let Some(error) = value["value"].get("error") {
            return Err((error.clone(), value["value"]["message"].clone()));
        }
        Ok(value["value"].clone())
    }

    fn at(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn open(&self, url: &str) {
        self.call("POST", &self.at("/url"), Some(&json!({ "url": url })));
    }

    pub fn url(&self) -> String {
        self.call("GET", &self.at("/url"), None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Run a script in the page; its result.
    pub fn run(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.at("/execute/sync"),
            Some(&json!({"script": script, "args": []})),
        )
    }

    /// Run a script that calls `arguments[0]` with its result when done.
    pub fn run_async(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.at("/timeouts"),
            Some(&json!({"script": 120_000})),
        );
        self.call(
            "POST",
            &self.at("/execute/async"),
            Some(&json!({"script": script, "args": []})),
        )
    }

    /// Click the element `css` finds (the first), as a person would. The page redraws as the
    /// meeting changes: an element redrawn between finding and clicking it is found again.
    pub fn click(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let found = self.call(
                "POST",
                &self.at("/element"),
                Some(&json!({"using": "css selector", "value": css})),
            );
            let id = found[ELEMENT].as_str().unwrap().to_owned();
            let path = self.at(&format!("/element/{id}/click"));
            match self.try_call("POST", &path, Some(&json!({}))) {
                Ok(_) => return,
                Err((error, _))
                    if error == "stale element reference" && Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err((error, message)) => panic!("POST {path}: {error}: {message}"),
            }
        }
    }

    /// The text of the element `css` finds, as it is shown (empty when there is none).
    pub fn text(&self, css: &str) -> String {
        let script = format!(
            "var e = document.querySelector({}); return e ? e.innerText : '';",
            Value::String(css.to_owned())
        );
        self.run(&script).as_str().unwrap_or_default().to_owned()
    }

    /// Wait until the element `css` shows `text`; panics with what it shows if it never does.
    pub fn wait_for_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let shown = self.text(css);
            if shown.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{css} never showed {text:?}; it shows {shown:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// A DevTools command (Chromium only): emulating a phone's width, the dark scheme.
    pub fn devtools(&self, cmd: &str, params: Value) -> Value {
        self.call(
            "POST",
            &self.at("/goog/cdp/execute"),
            Some(&json!({"cmd": cmd, "params": params})),
        )
    }

    /// A picture of the page as shown, as PNG.
    pub fn screenshot(&self) -> Vec<u8> {
        let data = self.call("GET", &self.at("/screenshot"), None);
        base64(data.as_str().unwrap())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let path = self.at("");
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.call("DELETE", &path, None)
            }));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The head and the body of an answer: by its length, or its chunks (the driver may keep the
/// connection open, so its end is not waited for).
fn read_answer(stream: &mut TcpStream) -> (String, String) {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    loop {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some((head, rest)) = text.split_once("\r\n\r\n") {
            let lower = head.to_ascii_lowercase();
            let length = lower
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|n| n.trim().parse::<usize>().ok());
            let body_bytes = bytes.len() - head.len() - 4;
            match length {
                Some(n) if body_bytes >= n => return (head.to_owned(), rest.to_owned()),
                None if lower.contains("transfer-encoding: chunked")
                    && rest.contains("\r\n0\r\n") =>
                {
                    return (head.to_owned(), unchunk(rest));
                }
                _ => {}
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
                return (head.to_owned(), rest.to_owned());
            }
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
            Err(e) => panic!("the driver did not answer: {e}"),
        }
    }
}

fn unchunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter_map(value) {
        buffer = (buffer << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff).to_le_bytes()[0]);
        }
    }
    out
}
