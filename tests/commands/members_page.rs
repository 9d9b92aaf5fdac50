//! The members' page over loopback, with the host's real dispatch: only its address answers,
//! a device acts for the name it claimed only, bad input is refused with the right status and
//! never reaches the journal, and open pages get the changes (and only those).

#![cfg(unix)]

use std::time::{Duration, Instant};

use crate::page::{self, AGENDA, Room, Stream, get, post, send};
use cochair::meeting::Event;

/// A device claims `name`: its claim cookie.
fn claimed(room: &Room, name: &str) -> String {
    let reply = post(
        &format!("{}/claim", room.url),
        None,
        &format!("person={name}"),
    );
    assert_eq!(reply.status, 204, "{reply:?}");
    reply.cookie().expect("a claim cookie")
}

#[test]
fn only_the_page_s_own_address_answers() {
    let room = Room::open(AGENDA, &["Ana"], true);
    let origin = room.origin();
    let token = room.base()["/m/".len()..].to_owned();
    let mut wrong = token.clone().into_bytes();
    wrong[5] = if wrong[5] == b'a' { b'b' } else { b'a' };
    let wrong = String::from_utf8(wrong).unwrap();
    for (method, path) in [
        ("GET", "/".to_owned()),
        ("GET", "/m/".to_owned()),
        ("GET", "/favicon.ico".to_owned()),
        ("GET", format!("/m/{wrong}")),
        ("GET", format!("/m/{wrong}/events")),
        ("GET", format!("/m/{}", &token[..20])),
        ("GET", format!("/m/{token}/other")),
        ("GET", format!("/m/{token}/claim")),
        ("DELETE", format!("/m/{token}")),
        ("POST", format!("/m/{wrong}/hand")),
    ] {
        let reply = send(method, &format!("{origin}{path}"), &[], "");
        assert_eq!(reply.status, 404, "{method} {path}");
        assert_eq!(reply.body, "Not found\n", "no hint: {method} {path}");
    }
    let reply = get(&room.url, None);
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("<h1>Tenants&#39; board</h1>"));
    // The address in capitals, as the QR code carries it, leads to the page's own.
    let upper = room.url.to_ascii_uppercase().replace("HTTP://", "http://");
    let reply = get(&upper, None);
    assert_eq!(reply.status, 303, "{upper}");
    assert_eq!(reply.header("location"), Some(room.base().as_str()));
}

#[test]
fn the_page_s_headers_are_strict() {
    let room = Room::open(AGENDA, &[], false);
    for (path, kind) in [
        ("", "text/html"),
        ("/page.css", "text/css"),
        ("/page.js", "text/javascript"),
    ] {
        let reply = get(&format!("{}{path}", room.url), None);
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.header("content-type").unwrap().starts_with(kind));
        let csp = reply.header("content-security-policy").unwrap();
        assert!(csp.starts_with("default-src 'none'") && csp.contains("script-src 'self'"));
        assert!(!csp.contains("unsafe"), "{csp}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(reply.header("cache-control"), Some("no-store"));
    }
    let page = get(&room.url, None).body;
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing from elsewhere"
    );
    assert!(!page.contains("<style") && !page.contains("style=") && !page.contains("<script>"));
}

#[test]
fn a_member_claims_their_name_and_raises_their_hand_through_the_host() {
    let room = Room::open(AGENDA, &["Ana", "Ben", "Cleo"], true);
    let cookie = claimed(&room, "Ana");
    assert!(cookie.starts_with("cochair_member="));
    let set = post(&format!("{}/claim", room.url), None, "person=Cleo");
    let header = set.header("set-cookie").unwrap();
    assert!(
        header.contains("HttpOnly") && header.contains("SameSite=Strict"),
        "{header}"
    );
    assert!(header.contains(&format!("Path={}", room.base())));

    let reply = post(
        &format!("{}/hand", room.url),
        Some(&cookie),
        "up=1&kind=hand",
    );
    assert_eq!(reply.status, 204, "{reply:?}");
    room.wait_for("Ana's hand", |m| !m.meeting.queue().hands.is_empty());
    assert_eq!(room.queue(), ["Ana"]);
    // The journal says it came from the page.
    let journal = room.journal.lock().unwrap().clone();
    assert!(journal.iter().any(|r| r.event
        == Event::PageHand {
            person: "Ana".into(),
            up: true,
            kind: cochair::meeting::HandKind::Hand,
            side: None
        }));
    let page = get(&room.url, Some(&cookie)).body;
    assert!(page.contains("Your hand, Ana"), "{page}");
    assert!(page.contains("You are next."));
    assert!(page.contains("Lower my hand"));

    // Without the script: the form posts, and the page comes back with what happened.
    std::thread::sleep(Duration::from_millis(1100));
    let plain = send(
        "POST",
        &format!("{}/hand", room.url),
        &[("Cookie", &cookie)],
        "up=1&kind=hand",
    );
    assert_eq!(plain.status, 303);
    let back = plain.header("location").unwrap();
    assert!(back.starts_with(&room.base()), "{back}");
    let page = get(&format!("{}{back}", room.origin()), Some(&cookie)).body;
    assert!(page.contains("Ana is already in the queue"), "{page}");
}

#[test]
fn a_name_is_one_device_s_until_the_facilitator_releases_it() {
    let room = Room::open(AGENDA, &["Ana", "Ben"], true);
    let first = claimed(&room, "Ana");
    let second = post(&format!("{}/claim", room.url), None, "person=Ana");
    assert_eq!(second.status, 409);
    assert_eq!(second.body, "Ana is already claimed on another device\n");
    let absent = post(&format!("{}/claim", room.url), None, "person=Dee");
    assert_eq!(absent.status, 409);
    assert!(
        absent.body.contains("Dee is not marked present"),
        "{absent:?}"
    );
    let unknown = post(&format!("{}/claim", room.url), None, "person=Zed");
    assert_eq!(unknown.status, 400);
    assert!(unknown.body.contains("Nobody called \"Zed\""));

    // The facilitator releases Ana's name from the roll call (she is the first there).
    room.keys(&["r", "c", "esc"]);
    room.wait_for("Ana's name released", |m| {
        m.meeting
            .person("Ana")
            .is_some_and(|p| !m.meeting.claimed(p))
    });
    let again = claimed(&room, "Ana");
    assert_ne!(again, first);
    let stale = post(
        &format!("{}/hand", room.url),
        Some(&first),
        "up=1&kind=hand",
    );
    assert_eq!(
        stale.status, 403,
        "the earlier device no longer speaks for Ana"
    );
    assert!(stale.body.contains("released your name"));
    let fresh = post(
        &format!("{}/hand", room.url),
        Some(&again),
        "up=1&kind=hand",
    );
    assert_eq!(fresh.status, 204);
}

#[test]
fn bad_input_gets_its_status_and_never_reaches_the_journal() {
    let room = Room::open(AGENDA, &["Ana", "Ben"], true);
    let cookie = claimed(&room, "Ana");
    let records = room.records();
    let hand = format!("{}/hand", room.url);
    let big = "x".repeat(1025);
    let origin = room.origin();
    let cases: Vec<(u16, page::Reply)> = vec![
        // Over 1 KiB, even to a wrong address or without a claim.
        (413, post(&format!("{origin}/m/wrong/hand"), None, &big)),
        (413, post(&hand, Some(&cookie), &big)),
        (400, post(&hand, Some(&cookie), "up=1&kind=speech")),
        (400, post(&hand, Some(&cookie), "up=maybe&kind=hand")),
        (
            400,
            post(&hand, Some(&cookie), "up=1&kind=hand&side=middle"),
        ),
        (400, post(&hand, Some(&cookie), "up=1&kind=%zz")),
        (403, post(&hand, None, "up=1&kind=hand")),
        (403, post(&hand, Some(&cookie), "up=1&kind=hand&person=Ben")),
        (
            403,
            post(&hand, Some(&cookie.replace('a', "b")), "up=1&kind=hand"),
        ),
        (
            403,
            send(
                "POST",
                &hand,
                &[("Cookie", &cookie), ("Origin", "http://elsewhere.example")],
                "up=1&kind=hand",
            ),
        ),
        (400, send("POST", &hand, &[("Content-Length", "x")], "")),
        (
            411,
            send(
                "POST",
                &hand,
                &[("Transfer-Encoding", "chunked")],
                "0\r\n\r\n",
            ),
        ),
    ];
    for (status, reply) in &cases {
        assert_eq!(reply.status, *status, "{reply:?}");
        assert!(!reply.body.trim().is_empty(), "a plain message: {reply:?}");
    }
    assert_eq!(room.records(), records, "nothing reached the journal");
    assert!(room.queue().is_empty());
}

#[test]
fn more_than_one_hand_action_a_second_from_a_device_gets_429() {
    let room = Room::open(AGENDA, &["Ana"], true);
    let cookie = claimed(&room, "Ana");
    let hand = format!("{}/hand", room.url);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let tries: Vec<_> = ["up=1&kind=hand", "up=1&kind=order"]
        .into_iter()
        .map(|body| {
            let (hand, cookie, barrier) = (hand.clone(), cookie.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                post(&hand, Some(&cookie), body).status
            })
        })
        .collect();
    let mut statuses: Vec<u16> = tries.into_iter().map(|t| t.join().unwrap()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [204, 429]);
    assert_eq!(room.queue().len(), 1);
}

#[test]
fn open_pages_get_what_changed_and_only_that() {
    let room = Room::open(AGENDA, &["Ana", "Ben"], true);
    let cookie = claimed(&room, "Ana");
    let mut stream = Stream::open(&room.url, Some(&cookie));
    assert!(stream.head.starts_with("HTTP/1.1 200"));
    assert!(stream.head.contains("text/event-stream"));
    assert!(stream.head.contains("Content-Security-Policy"));
    // First every part, then nothing until something changes.
    let first = stream.until("list", "Nobody is waiting");
    let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["heading", "item", "floor", "you", "list"]);

    let reply = post(
        &format!("{}/hand", room.url),
        Some(&cookie),
        "up=1&kind=hand",
    );
    assert_eq!(reply.status, 204);
    let seen = stream.until("you", "You are next");
    let names: Vec<&str> = seen.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"list"), "{names:?}");
    assert!(
        !names.contains(&"item") && !names.contains(&"heading"),
        "{names:?}"
    );

    // The facilitator moves to the next item (keeping the hand waiting): it reaches the page.
    room.keys(&["n", "y"]);
    let seen = stream.until("item", "Rent review");
    assert!(seen.last().unwrap().1.contains("Now: item 2 of 3"));
}

#[test]
fn past_three_hundred_pages_the_page_says_it_is_busy() {
    let room = Room::open(AGENDA, &[], false);
    let mut open = Vec::new();
    for _ in 0..cochair::members::MAX_PAGES {
        let mut stream = Stream::open(&room.url, None);
        assert!(stream.head.starts_with("HTTP/1.1 200"), "{}", stream.head);
        stream.until("list", "List of speakers");
        open.push(stream);
    }
    assert_eq!(room.server.pages(), cochair::members::MAX_PAGES);
    let busy = Stream::open(&room.url, None);
    assert!(busy.head.starts_with("HTTP/1.1 503"), "{}", busy.head);
    // The page itself still loads, and once a page closes another may open.
    assert_eq!(get(&room.url, None).status, 200);
    drop(open.pop());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let next = Stream::open(&room.url, None);
        if next.head.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "a closed page's place never came free"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_page_that_stops_reading_is_dropped_without_slowing_the_others() {
    // Items with long descriptions, so each change of item is a few kilobytes to every page.
    let long = "The motion's wording, read in full. ".repeat(120);
    let agenda = format!(
        r#"Agenda(title: "Big", start: "18:00",
    groups: [Group(id: "t", label: "Tenants", weight: 2.0)],
    people: [Person(name: "Ana", group: "t")],
    items: [Item(title: "First", minutes: 20, description: Some("{long}")),
            Item(title: "Second", minutes: 20, description: Some("{long}"))])"#
    );
    let room = Room::open(&agenda, &["Ana"], true);
    let mut reading = Stream::open(&room.url, None);
    reading.until("list", "List of speakers");
    let stuck = Stream::open(&room.url, None);
    assert!(stuck.head.starts_with("HTTP/1.1 200"));
    room.wait_for("two pages", |_| room.server.pages() == 2);
    // Back and forth between the items until the page that never reads is dropped (its
    // queue full): about 4.5 kB a change, so a few megabytes fill any socket's buffers.
    let mut moves = 0;
    let deadline = Instant::now() + Duration::from_secs(120);
    while room.server.pages() == 2 {
        assert!(
            Instant::now() < deadline,
            "the stuck page was never dropped"
        );
        room.keys(&[if moves % 2 == 0 { "n" } else { "p" }]);
        moves += 1;
        let title = if moves % 2 == 1 { "Second" } else { "First" };
        // The reading page keeps up with every change.
        reading.until("item", &format!("<p class=\"big\">{title}</p>"));
    }
    assert_eq!(room.server.pages(), 1);
    // One more change, away from the item the loop stopped on: the reading page still gets it.
    room.keys(&[if moves % 2 == 0 { "n" } else { "p" }]);
    let title = if moves % 2 == 0 { "Second" } else { "First" };
    reading.until("item", &format!("<p class=\"big\">{title}</p>"));
    drop(stuck);
}
