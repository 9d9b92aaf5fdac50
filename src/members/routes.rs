//! What each request gets. Only `/m/TOKEN` and what is under it exists; every other path, a
//! wrong token or a wrong method gets 404 and no hint. Forms come from the page itself: a post
//! from another origin gets 403. A device acts only for the name it has claimed.

use std::net::TcpStream;
use std::time::{Duration, Instant};

use chrono::Utc;

use super::claim::{COOKIE, Claim};
use super::http::{self, Request, Response, Unread};
use super::language;
use super::page;
use super::said::{Outcome, not_taken};
use super::server::{Inner, feed, lock};
use crate::lang::Lang;
use crate::meeting::{Event, HandKind, Side};
use crate::tr;

/// The page's own style and script, served from under its address.
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// One hand action a second per device.
const HAND_INTERVAL: Duration = Duration::from_secs(1);

/// Messages kept for devices without the script.
const SAID_KEPT: usize = 64;

/// Read one request from `connection`, answer it, and close (a page's stream stays open).
pub(super) fn answer(mut connection: TcpStream, inner: &Inner) {
    let _ = connection.set_read_timeout(Some(http::READ_TIMEOUT));
    let _ = connection.set_write_timeout(Some(super::server::WRITE_TIMEOUT));
    let response = match http::read_request(&mut connection) {
        Ok(request) => match route(&request, inner) {
            Route::Answer(response) => response,
            Route::Stream(claim, lang) => return stream(connection, inner, claim, lang),
        },
        // English: only a malformed request (never the page's own forms) is answered so.
        Err(Unread::TooLarge) => Response::text(413, "A form of this page is never over 1 KiB"),
        Err(Unread::Bad(why)) => Response::text(400, why),
        Err(Unread::NoLength) => Response::text(411, "A form needs its Content-Length"),
        Err(Unread::Gone) => return,
    };
    let _ = response.write_to(&mut connection);
}

enum Route {
    Answer(Response),
    Stream(Option<Claim>, Lang),
}

fn route(request: &Request, inner: &Inner) -> Route {
    let lang = lang_of(request);
    let Some(rest) = under_token(&request.path, &inner.token) else {
        return Route::Answer(Response::not_found(&tr!(lang, "members-not-found")));
    };
    let answer = match (request.method.as_str(), rest) {
        // The address in capitals (from the QR code) goes to the page's own, where its
        // forms post and its cookie belongs.
        ("GET", "" | "/") if request.path != inner.base => Response::see_other(&inner.base),
        ("GET", "" | "/") => match query_field(request, "lang") {
            Some(tag) => pick_language(&tag, inner),
            None => whole_page(request, inner, lang),
        },
        ("GET", "/page.css") => Response::new(200, "text/css; charset=utf-8", STYLE),
        ("GET", "/page.js") => Response::new(200, "text/javascript; charset=utf-8", SCRIPT),
        ("GET", "/events") => return Route::Stream(claim_of(request, inner), lang),
        ("POST", "/claim" | "/hand") if !same_origin(request) => {
            Response::text(403, &tr!(lang, "members-other-origin"))
        }
        ("POST", "/claim") => claim(request, inner, lang),
        ("POST", "/hand") => hand(request, inner, lang),
        _ => Response::not_found(&tr!(lang, "members-not-found")),
    };
    Route::Answer(answer)
}

/// What follows `/m/TOKEN` in `path`, if the token is this page's. Letters of the token may
/// come in either case (a QR code's address is in capitals); compared in constant time.
fn under_token<'a>(path: &'a str, token: &str) -> Option<&'a str> {
    let rest = path
        .strip_prefix("/m/")
        .or_else(|| path.strip_prefix("/M/"))?;
    let given = rest.get(..token.len())?;
    let after = &rest[token.len()..];
    let differ = given
        .bytes()
        .zip(token.bytes())
        .fold(0u8, |d, (a, b)| d | (a.to_ascii_lowercase() ^ b));
    (differ == 0 && (after.is_empty() || after.starts_with('/'))).then_some(after)
}

/// The page's language for the device that sent `request`: its member's pick, else its
/// browser's.
fn lang_of(request: &Request) -> Lang {
    language::of_device(
        request.cookie(language::COOKIE),
        request.header("accept-language"),
    )
}

/// A field of the address's query, if it is there.
fn query_field(request: &Request, name: &str) -> Option<String> {
    http::form_fields(&request.query)
        .ok()?
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

/// `GET /m/TOKEN?lang=es`: the member picks the page's language for this device; back to the
/// page, in it. A language the page does not have changes nothing.
fn pick_language(tag: &str, inner: &Inner) -> Response {
    let back = Response::see_other(&inner.base);
    match language::chosen(tag) {
        Some(lang) => back.with("Set-Cookie", language::set_cookie(lang, &inner.base)),
        None => back,
    }
}

/// A post that says where it comes from must come from the page's own address.
fn same_origin(request: &Request) -> bool {
    match (request.header("origin"), request.header("host")) {
        (None, _) => true,
        (Some(origin), Some(host)) => {
            origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                == Some(host)
        }
        (Some(_), None) => false,
    }
}

/// The claim this device's cookie carries, if the page signed it.
fn claim_of(request: &Request, inner: &Inner) -> Option<Claim> {
    inner.claims.read(request.cookie(COOKIE)?)
}

/// The device's claim, if the meeting still gives it the name.
fn holds(inner: &Inner, claim: &Claim) -> bool {
    let state = lock(&inner.state);
    let meeting = &state.meeting;
    meeting
        .person(&claim.person)
        .and_then(|p| meeting.claim(p))
        .is_some_and(|c| c.held && c.number == claim.number)
}

fn whole_page(request: &Request, inner: &Inner, lang: Lang) -> Response {
    let claim = claim_of(request, inner);
    let said = query_field(request, "said")
        .and_then(|nonce| take_said(inner, &nonce))
        .unwrap_or_default();
    let state = lock(&inner.state);
    let shared = state.shared(lang);
    let you = shared.you(
        &state.meeting,
        claim.as_ref().map(|c| (c.person.as_str(), c.number)),
    );
    let html = page::whole(
        shared,
        &you,
        &inner.base,
        Utc::now().timestamp_millis(),
        &said,
    );
    Response::new(200, "text/html; charset=utf-8", html)
}

/// A field of the form, if it was sent once.
fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /m/TOKEN/claim` with `person`: the device takes the name, if it is free.
fn claim(request: &Request, inner: &Inner, lang: Lang) -> Response {
    let fields = match request.form() {
        Ok(fields) => fields,
        Err(why) => return Response::text(400, &why.to_string()),
    };
    let Some(person) = field(&fields, "person") else {
        return Response::text(400, &tr!(lang, "members-no-person"));
    };
    let known = lock(&inner.state).meeting.person(person).is_some();
    if !known {
        let unknown = tr!(lang, "members-unknown-person", name = person);
        return Response::text(400, &unknown);
    }
    if let Some(held) = claim_of(request, inner).filter(|c| holds(inner, c)) {
        if held.person == person {
            let already = tr!(lang, "members-have-name-already");
            return done(request, inner, None, &already);
        }
        let other = tr!(lang, "members-claimed-other", name = &held.person);
        return Response::text(403, &other);
    }
    let event = Event::PageClaimed {
        person: person.to_owned(),
    };
    match inner.propose(person, event) {
        Outcome::Recorded => {
            let number = {
                let state = lock(&inner.state);
                let meeting = &state.meeting;
                meeting
                    .person(person)
                    .and_then(|p| meeting.claim(p))
                    .map_or(0, |c| c.number)
            };
            let claim = Claim {
                person: person.to_owned(),
                number,
            };
            let cookie = inner.claims.set_cookie(&claim, &inner.base);
            let welcome = tr!(lang, "members-welcome", name = person);
            done(request, inner, Some(cookie), &welcome)
        }
        not => refused(request, inner, &not_taken(lang, &not)),
    }
}

/// `POST /m/TOKEN/hand` with `up`, `kind` and perhaps `side`: the device's member's own hand.
fn hand(request: &Request, inner: &Inner, lang: Lang) -> Response {
    let Some(claim) = claim_of(request, inner) else {
        return Response::text(403, &tr!(lang, "members-choose-first"));
    };
    if !holds(inner, &claim) {
        return Response::text(403, &tr!(lang, "members-released"));
    }
    let fields = match request.form() {
        Ok(fields) => fields,
        Err(why) => return Response::text(400, &why.to_string()),
    };
    let event = match hand_event(&fields, &claim.person, lang) {
        Ok(event) => event,
        Err((status, why)) => return Response::text(status, &why),
    };
    {
        let mut last = lock(&inner.last_hand);
        let now = Instant::now();
        if last
            .get(&claim.person)
            .is_some_and(|t| now.duration_since(*t) < HAND_INTERVAL)
        {
            return Response::text(429, &tr!(lang, "members-one-a-second"));
        }
        last.insert(claim.person.clone(), now);
    }
    match inner.propose(&claim.person, event) {
        Outcome::Recorded => done(request, inner, None, ""),
        not => refused(request, inner, &not_taken(lang, &not)),
    }
}

/// The hand a form asks for, for `person`: 400 for what is not a hand, 403 for someone
/// else's.
fn hand_event(
    fields: &[(String, String)],
    person: &str,
    lang: Lang,
) -> Result<Event, (u16, String)> {
    if let Some(other) = field(fields, "person").filter(|p| *p != person) {
        let not_for = tr!(lang, "members-not-for-other", name = person, other = other);
        return Err((403, not_for));
    }
    let up = match field(fields, "up") {
        Some("1") => true,
        Some("0") => false,
        _ => return Err((400, tr!(lang, "members-bad-up"))),
    };
    let kind = field(fields, "kind")
        .and_then(kind_of)
        .ok_or_else(|| (400, tr!(lang, "members-bad-kind")))?;
    let side = match field(fields, "side") {
        None | Some("") => None,
        Some("pro") => Some(Side::Pro),
        Some("contra") => Some(Side::Contra),
        Some(_) => return Err((400, tr!(lang, "members-bad-side"))),
    };
    Ok(Event::PageHand {
        person: person.to_owned(),
        up,
        kind,
        side,
    })
}

/// The hand a form's `kind` names: `hand`, `response` (a direct response) or `order` (a point
/// of order, or process).
pub(super) fn kind_of(word: &str) -> Option<HandKind> {
    match word {
        "hand" => Some(HandKind::Hand),
        "response" => Some(HandKind::DirectResponse),
        "order" => Some(HandKind::PointOfProcess),
        _ => None,
    }
}

/// The form's word for a hand's kind.
pub(super) fn word_of(kind: HandKind) -> &'static str {
    match kind {
        HandKind::Hand => "hand",
        HandKind::DirectResponse => "response",
        HandKind::PointOfProcess => "order",
    }
}

/// Whether the page's script sent the form (it wants a status and a sentence back).
fn by_script(request: &Request) -> bool {
    request.header("x-cochair-page").is_some()
}

/// Done: to the script, 204; without it, back to the page with a message.
fn done(request: &Request, inner: &Inner, cookie: Option<String>, said: &str) -> Response {
    let response = match by_script(request) {
        true => Response::new(204, "text/plain; charset=utf-8", ""),
        false => back_to_page(inner, said),
    };
    match cookie {
        Some(cookie) => response.with("Set-Cookie", cookie),
        None => response,
    }
}

/// The host refused: to the script, 409 with the reason; without it, back to the page with
/// the reason.
fn refused(request: &Request, inner: &Inner, why: &str) -> Response {
    match by_script(request) {
        true => Response::text(409, why),
        false => back_to_page(inner, why),
    }
}

fn back_to_page(inner: &Inner, said: &str) -> Response {
    if said.is_empty() {
        return Response::see_other(&inner.base);
    }
    let nonce = format!("{:x}", inner.next_id());
    let mut kept = lock(&inner.said);
    if kept.len() >= SAID_KEPT {
        kept.remove(0);
    }
    kept.push((nonce.clone(), said.to_owned()));
    Response::see_other(&format!("{}?said={nonce}", inner.base))
}

fn take_said(inner: &Inner, nonce: &str) -> Option<String> {
    let mut kept = lock(&inner.said);
    let at = kept.iter().position(|(n, _)| n == nonce)?;
    Some(kept.remove(at).1)
}

/// The live stream of a page: the server sends the parts that change.
fn stream(connection: TcpStream, inner: &Inner, claim: Option<Claim>, lang: Lang) {
    let _ = connection.set_read_timeout(None);
    let Some((id, parts, mut socket)) = inner.open_stream(connection, claim, lang) else {
        return;
    };
    feed(&parts, &mut socket);
    inner.close_stream(id);
    let _ = socket.shutdown(std::net::Shutdown::Both);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_token_s_own_paths_exist() {
        let token = "abcdefghijklmnopqrstuvwxyz";
        assert_eq!(
            under_token("/m/abcdefghijklmnopqrstuvwxyz", token),
            Some("")
        );
        assert_eq!(
            under_token("/M/ABCDEFGHIJKLMNOPQRSTUVWXYZ/events", token),
            Some("/events")
        );
        for wrong in [
            "/",
            "/m/",
            "/m/abcdefghijklmnopqrstuvwxy",
            "/m/abcdefghijklmnopqrstuvwxyzz",
            "/m/abcdefghijklmnopqrstuvwxya/events",
            "/x/abcdefghijklmnopqrstuvwxyz",
            "/m/abcdefghijklmnopqrstuvwxyz%2Fevents",
        ] {
            assert_eq!(under_token(wrong, token), None, "{wrong}");
        }
    }

    #[test]
    fn a_hand_is_the_claimed_person_s_own() {
        let fields = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect()
        };
        assert_eq!(
            hand_event(
                &fields(&[("up", "1"), ("kind", "hand"), ("side", "pro")]),
                "Ana",
                Lang::En
            ),
            Ok(Event::PageHand {
                person: "Ana".into(),
                up: true,
                kind: HandKind::Hand,
                side: Some(Side::Pro)
            })
        );
        let other = hand_event(
            &fields(&[("up", "1"), ("kind", "hand"), ("person", "Ben")]),
            "Ana",
            Lang::En,
        );
        assert_eq!(other.unwrap_err().0, 403);
        for bad in [
            vec![("up", "2"), ("kind", "hand")],
            vec![("up", "1"), ("kind", "speech")],
            vec![("kind", "hand")],
            vec![("up", "1"), ("kind", "hand"), ("side", "maybe")],
        ] {
            assert_eq!(
                hand_event(&fields(&bad), "Ana", Lang::En).unwrap_err().0,
                400,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_post_from_another_origin_is_not_taken() {
        let request = |origin: Option<&str>| Request {
            method: "POST".into(),
            path: "/m/t/hand".into(),
            query: String::new(),
            headers: [("host", Some("192.0.2.1:8080")), ("origin", origin)]
                .into_iter()
                .filter_map(|(n, v)| Some((n.to_owned(), v?.to_owned())))
                .collect(),
            body: Vec::new(),
        };
        assert!(same_origin(&request(None)));
        assert!(same_origin(&request(Some("http://192.0.2.1:8080"))));
        assert!(!same_origin(&request(Some("http://evil.example"))));
        assert!(!same_origin(&request(Some("null"))));
    }
}
