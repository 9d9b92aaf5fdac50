//! The members' page in a real browser: the release of a meeting as a member lives it. The
//! host runs in a real terminal (tmux) with `--members`; the QR code on its screen is read
//! back and opened in headless Chromium; a member claims their name and raises their hand,
//! which the host's screen shows; the facilitator moves to the next item, and the page
//! announces it. axe-core then checks the page (7:1 contrast included), light and dark, at
//! 320 px wide and at 200% text; screenshots of those are left in the target folder.

#![cfg(unix)]

use std::path::Path;

use crate::browser::{self, Browser};
use crate::support::{Tmux, skip, tmux_available};
use serde_json::{Value, json};
use unicode_width::UnicodeWidthChar;

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

const AGENDA: &str = r#"Agenda(
    title: "Tenants' board",
    start: Some("18:00"),
    groups: [
        Group(id: "tenants", label: "Tenants", weight: 2.0),
        Group(id: "staff", label: "Staff", weight: 1.0),
    ],
    people: [
        Person(name: "Ana", group: "tenants", roles: [Facilitator]),
        Person(name: "Cleo Fitzgerald-Warrington", group: "tenants"),
        Person(name: "Ben", group: "staff"),
    ],
    items: [
        Item(title: "Repairs backlog", minutes: 20),
        Item(title: "Rent review", minutes: 15, kind: Decision,
             description: Some("That the board asks for a rent freeze for 2027.")),
    ],
)"#;

/// The module grid of the screen: each `▀` drawn in the code's two colours is two modules
/// (its foreground above its background); anything else is light.
fn modules(coloured: &str) -> Vec<Vec<bool>> {
    const DARK: u32 = 16;
    const LIGHT: u32 = 231;
    let mut rows = Vec::new();
    for line in coloured.lines() {
        let (mut upper, mut lower) = (Vec::new(), Vec::new());
        let (mut fg, mut bg) = (None, None);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' && chars.peek() == Some(&'[') {
                chars.next();
                let mut params = String::new();
                for p in chars.by_ref() {
                    if p.is_ascii_alphabetic() {
                        if p == 'm' {
                            sgr(&params, &mut fg, &mut bg);
                        }
                        break;
                    }
                    params.push(p);
                }
                continue;
            }
            let cells = c.width().unwrap_or(0);
            let ours = c == '▀' && [fg, bg].iter().all(|c| matches!(c, Some(DARK | LIGHT)));
            for _ in 0..cells {
                upper.push(ours && fg == Some(DARK));
                lower.push(ours && bg == Some(DARK));
            }
        }
        rows.push(upper);
        rows.push(lower);
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for row in &mut rows {
        row.resize(width, false);
    }
    rows
}

/// Follow one SGR sequence's colours (256-colour indexes only).
fn sgr(params: &str, fg: &mut Option<u32>, bg: &mut Option<u32>) {
    let numbers: Vec<u32> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
    let mut i = 0;
    while i < numbers.len() {
        match numbers[i] {
            0 => (*fg, *bg) = (None, None),
            39 => *fg = None,
            49 => *bg = None,
            38 | 48 if numbers.get(i + 1) == Some(&5) => {
                let colour = numbers.get(i + 2).copied();
                if numbers[i] == 38 {
                    *fg = colour
                } else {
                    *bg = colour
                }
                i += 2;
            }
            38 | 48 if numbers.get(i + 1) == Some(&2) => i += 4,
            _ => {}
        }
        i += 1;
    }
}

/// What a phone's camera reads in the host's screen.
fn read_code(coloured: &str) -> Vec<String> {
    const SCALE: usize = 6;
    let grid = modules(coloured);
    let (h, w) = (grid.len(), grid[0].len());
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(w * SCALE, h * SCALE, |x, y| {
        grid[y / SCALE][x / SCALE]
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

/// axe-core's serious and critical findings on the page as it is now.
fn axe_findings(browser: &Browser) -> Vec<String> {
    let loaded = browser.run("return typeof window.axe === 'object';");
    if loaded != Value::Bool(true) {
        let source = std::fs::read_to_string("tests/axe/axe.min.js").unwrap();
        browser.run(&format!("{source}\nreturn true;"));
    }
    let found = browser.run_async(
        "var done = arguments[arguments.length - 1];
         axe.run(document, { rules: { 'color-contrast-enhanced': { enabled: true } } })
           .then(function (r) {
             done(r.violations
               .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
               .map(function (v) {
                 return v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
                   v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
               }));
           }, function (e) { done(['axe did not run: ' + e]); });",
    );
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The page fits `width` CSS pixels without scrolling sideways, and every button is at least
/// 44 px each way.
fn fits(browser: &Browser, width: i64, what: &str) {
    let wide = browser.run("return document.documentElement.scrollWidth;");
    assert!(wide.as_i64().unwrap() <= width, "{what}: {wide} px wide");
    let small = browser.run(
        "return Array.from(document.querySelectorAll('button'))
           .map(function (b) { var r = b.getBoundingClientRect(); return [b.innerText, r.width, r.height]; })
           .filter(function (s) { return s[1] < 44 || s[2] < 44; });",
    );
    assert_eq!(small, json!([]), "{what}: buttons under 44 px");
}

fn save(browser: &Browser, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("members-page");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), browser.screenshot()).unwrap();
}

#[test]
fn a_member_takes_part_from_a_browser() {
    let test = "a_member_takes_part_from_a_browser";
    if !tmux_available(test) {
        return;
    }
    if !browser::available() {
        skip(
            test,
            "chromium and chromium-driver are not installed (.ci/run installs them)",
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("tenants.ron");
    std::fs::write(&agenda, AGENDA).unwrap();
    let journal = dir.path().join("tenants.jsonl");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let host = Tmux::start(
        "members-browser",
        120,
        45,
        &[
            BIN,
            agenda.to_str().unwrap(),
            "--journal",
            journal.to_str().unwrap(),
            "--members",
            "127.0.0.1:0",
        ],
        &env,
    );
    host.wait_for(
        |s| s.contains("Members' page: http://127.0.0.1:"),
        "the page's address",
    );
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");

    // The QR code on the host's screen, read as a phone would (NO_COLOR is set: the code is
    // drawn in its own colours all the same).
    host.keys(&["M"]);
    host.wait_for(|s| s.contains("Scan to take part"), "the QR code");
    let found = read_code(&host.screen_in_colour());
    assert_eq!(found.len(), 1, "one code on the screen: {found:?}");
    let address = &found[0];
    assert!(address.starts_with("HTTP://127.0.0.1:"), "{address}");
    assert!(host.screen().contains(&address.to_ascii_lowercase()));
    host.keys(&["M"]);
    host.wait_for(|s| !s.contains("Scan to take part"), "the code put away");

    let browser = Browser::start();
    browser.open(address);
    browser.wait_for_text("h1", "Tenants' board");
    assert!(browser.url().contains("/m/"), "{}", browser.url());
    browser.wait_for_text("#you", "Who are you?");
    browser.click("button[value='Cleo Fitzgerald-Warrington']");
    browser.wait_for_text("#you", "Your hand, Cleo Fitzgerald-Warrington");

    browser.click("#hand");
    browser.wait_for_text("#you", "You are next");
    browser.wait_for_text("#list", "Cleo Fitzgerald-Warrington (you)");
    host.wait_for(
        |s| s.contains("Floor · 1 waiting") && s.contains("calls Cleo Fitzgerald-Warrington"),
        "the hand on the host",
    );

    // The facilitator moves on (keeping the hand): the page shows and announces it.
    host.keys(&["n"]);
    host.wait_for(|s| s.contains("1 hand is still waiting"), "the question");
    host.keys(&["y"]);
    browser.wait_for_text("#item", "Rent review");
    browser.wait_for_text("#item", "rent freeze for 2027");
    browser.wait_for_text("#said", "Now: item 2, Rent review");
    // The clock is ticked by the page itself between changes.
    let before = browser.text("#item .time");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_ne!(
        browser.text("#item .time"),
        before,
        "the item's clock counts down"
    );

    let mut findings = Vec::new();
    findings.extend(axe_findings(&browser));
    save(&browser, "page-light.png");
    browser.devtools(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    );
    findings.extend(
        axe_findings(&browser)
            .into_iter()
            .map(|f| format!("dark: {f}")),
    );
    save(&browser, "page-dark.png");
    browser.devtools(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "light"}]}),
    );
    browser.devtools(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 320, "height": 900, "deviceScaleFactor": 1, "mobile": true}),
    );
    fits(&browser, 320, "320 px wide");
    findings.extend(
        axe_findings(&browser)
            .into_iter()
            .map(|f| format!("320 px: {f}")),
    );
    save(&browser, "page-320.png");
    browser.run("document.documentElement.style.fontSize = '200%'; return true;");
    fits(&browser, 320, "320 px wide at 200% text");
    findings.extend(
        axe_findings(&browser)
            .into_iter()
            .map(|f| format!("200% text: {f}")),
    );
    save(&browser, "page-320-200-percent.png");
    assert!(findings.is_empty(), "axe found:\n{}", findings.join("\n"));

    host.keys(&["q"]);
}

/// A member whose browser asks for Spanish reads the page in Spanish (checked by axe-core as
/// the English page is), while the host's screen stays English; picking English on the page
/// switches it, and the choice is kept when the page is opened again.
#[test]
fn a_spanish_browser_reads_the_page_in_spanish_until_its_member_picks_english() {
    let test = "a_spanish_browser_reads_the_page_in_spanish_until_its_member_picks_english";
    if !tmux_available(test) {
        return;
    }
    if !browser::available() {
        skip(
            test,
            "chromium and chromium-driver are not installed (.ci/run installs them)",
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("tenants.ron");
    std::fs::write(&agenda, AGENDA).unwrap();
    let journal = dir.path().join("tenants.jsonl");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let host = Tmux::start(
        "members-spanish",
        120,
        45,
        &[
            BIN,
            agenda.to_str().unwrap(),
            "--journal",
            journal.to_str().unwrap(),
            "--lang",
            "en",
            "--members",
            "127.0.0.1:0",
        ],
        &env,
    );
    let screen = host.wait_for(
        |s| s.contains("Members' page: http://127.0.0.1:"),
        "the page's address",
    );
    let at = screen.find("http://127.0.0.1:").unwrap();
    let address: String = screen[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");

    let browser = Browser::start();
    browser.devtools(
        "Network.setUserAgentOverride",
        json!({"userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile",
               "acceptLanguage": "es-MX,es;q=0.9,en;q=0.5"}),
    );
    browser.open(&address);
    browser.wait_for_text("#you", "¿Quién eres?");
    assert_eq!(browser.run("return document.documentElement.lang;"), "es");
    browser.wait_for_text("header", "Reunión en marcha");
    browser.click("button[value='Cleo Fitzgerald-Warrington']");
    browser.wait_for_text("#you", "Tu mano, Cleo Fitzgerald-Warrington");
    browser.click("#hand");
    browser.wait_for_text("#you", "Eres la siguiente persona");
    browser.wait_for_text("#list", "Cleo Fitzgerald-Warrington (tú)");
    browser.wait_for_text("#list", "primera vez en este punto");
    // The host's screen is the host's: English, whatever the member reads.
    host.wait_for(
        |s| s.contains("Floor · 1 waiting") && s.contains("calls Cleo Fitzgerald-Warrington"),
        "the hand on the host, in English",
    );
    // The clock ticks in Spanish.
    browser.wait_for_text("#item .time", "quedan");
    let findings = axe_findings(&browser);
    save(&browser, "page-spanish.png");
    assert!(findings.is_empty(), "axe found:\n{}", findings.join("\n"));

    // The choice of language is a link, reached from the keyboard like any other.
    let english = "a[hreflang='en']";
    assert_eq!(
        browser.run(&format!(
            "var a = document.querySelector(\"{english}\"); a.focus(); return document.activeElement === a && a.innerText;"
        )),
        "English"
    );
    browser.click(english);
    browser.wait_for_text("#you", "Your hand, Cleo Fitzgerald-Warrington");
    browser.wait_for_text("#you", "You are next");
    assert_eq!(browser.run("return document.documentElement.lang;"), "en");
    browser.open(&address);
    browser.wait_for_text("#list", "Cleo Fitzgerald-Warrington (you)");
    assert_eq!(
        browser.run("return document.documentElement.lang;"),
        "en",
        "the choice is kept on this device"
    );
    save(&browser, "page-picked-english.png");

    host.keys(&["q"]);
}
