//! Reading a record back, as quickly as a long meeting's resume needs: a journal line is
//! `{"at": "…", "event": "item_opened", "item": 3}`, the time beside the event's own fields.
//!
//! serde's `flatten` and its internally tagged enums gather a line into buffers before reading
//! the fields, and chrono reads the time with its general-purpose RFC 3339 parser. Here the
//! time is taken out of the line as it goes by (the usual form, the one cochair writes, read
//! directly), and once the kind of event is read the fields are read straight into it, by
//! serde's derived reader for [`EventFields`]: the same enum in serde's externally tagged form,
//! made from `Event`'s own declaration by [`event_fields!`], so every kind of event, a new one
//! too, is read by derived code and nothing here names a kind. A line whose kind does not come
//! first (written by hand) is gathered first, then read the same way. An event on its own (in a
//! batch, or proposed by a joined screen) is read by the same code.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, EnumAccess, MapAccess, VariantAccess, Visitor,
};

use super::event::{EventFields, ProposalId};
use super::{Event, Record};

/// Declares [`EventFields`] beside `Event` (used as a derive on it): the same variants, fields
/// and serde attributes, in serde's externally tagged form, and the move from it to `Event`.
macro_rules! event_fields {(
    $(#[$meta:meta])*
    $vis:vis enum $name:ident {
        $(
            $(#[$variant_meta:meta])*
            $variant:ident $({
                $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
            })?
        ),* $(,)?
    }
) => {
    /// [`Event`] as serde's externally tagged form, for reading a journal line quickly once
    /// its kind is known (see `reading.rs`). Made from `Event` by `event_fields!`.
    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum EventFields {
        $( $(#[$variant_meta])* $variant $({ $( $(#[$field_meta])* $field: $ty ),* })?, )*
    }

    impl From<EventFields> for $name {
        fn from(fields: EventFields) -> $name {
            match fields {
                $( EventFields::$variant $({ $($field),* })? => $name::$variant $({ $($field),* })?, )*
            }
        }
    }
}}
pub(super) use event_fields;

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Record, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Record")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Record, A::Error> {
        let mut rest = WithoutTime {
            map,
            record: true,
            at: None,
            proposal: None,
        };
        let event = rest.event()?;
        let at = rest.at.ok_or_else(|| de::Error::missing_field("at"))?;
        Ok(Record {
            at,
            proposal: rest.proposal.flatten(),
            event,
        })
    }
}

/// An event on its own (in a batch, or proposed by a joined screen): the same reader, with
/// nothing of a record's to take out.
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
        deserializer.deserialize_map(EventVisitor)
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("internally tagged enum Event")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Event, A::Error> {
        let mut rest = WithoutTime {
            map,
            record: false,
            at: None,
            proposal: None,
        };
        rest.event()
    }
}

/// The line's map with the record's own fields (`at`, and `proposal` when a joined screen's
/// proposal is answered) taken out as they go by: what is left is the event.
struct WithoutTime<A> {
    map: A,
    /// Whether the map is a record's, whose own fields are taken out (else an event's alone).
    record: bool,
    at: Option<DateTime<Utc>>,
    proposal: Option<Option<ProposalId>>,
}

impl<'de, A: MapAccess<'de>> WithoutTime<A> {
    /// The event: its kind, then its fields read straight into it; or, when the kind is not
    /// the first of its fields, the whole of it gathered first. What its reader leaves is
    /// passed over, as serde does with fields it does not know.
    fn event(&mut self) -> Result<Event, A::Error> {
        let event = match self.next_entry_of_event()? {
            Some(key) if key.as_str() == "event" => {
                let kind = self.map.next_value::<Key<'de>>()?;
                Event::from(EventFields::deserialize(Tagged { kind, rest: self })?)
            }
            Some(first) => self.buffered(first)?,
            None => return Err(de::Error::missing_field("event")),
        };
        while self.next_entry_of_event()?.is_some() {
            self.map.next_value::<de::IgnoredAny>()?;
        }
        Ok(event)
    }

    /// The next key of the event's, reading the record's own fields as they come.
    fn next_entry_of_event(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        loop {
            match self.map.next_key::<Key<'de>>()? {
                Some(key) if !self.record => return Ok(Some(key)),
                Some(key) if key.as_str() == "at" => {
                    if self.at.is_some() {
                        return Err(de::Error::duplicate_field("at"));
                    }
                    self.at = Some(self.map.next_value::<Stamp>()?.0);
                }
                Some(key) if key.as_str() == "proposal" => {
                    if self.proposal.is_some() {
                        return Err(de::Error::duplicate_field("proposal"));
                    }
                    self.proposal = Some(self.map.next_value()?);
                }
                other => return Ok(other),
            }
        }
    }

    /// An event whose kind is not its first field (written by hand): the rest of it gathered,
    /// then written again with the kind first and read as every other line is (one reader for
    /// every event, however it was written); a kind without fields passes over the others.
    fn buffered(&mut self, first: Key<'de>) -> Result<Event, A::Error> {
        let mut fields = serde_json::Map::new();
        let mut key = Some(first);
        while let Some(name) = key {
            let value = self.map.next_value::<serde_json::Value>()?;
            fields.insert(name.as_str().to_owned(), value);
            key = self.next_entry_of_event()?;
        }
        let kind = match fields.remove("event") {
            Some(kind @ serde_json::Value::String(_)) => kind,
            Some(other) => {
                let message = format!("invalid type: {other}, expected the kind of event");
                return Err(de::Error::custom(message));
            }
            None => return Err(de::Error::missing_field("event")),
        };
        let mut line = format!("{{\"event\":{kind}");
        for (name, value) in fields {
            line.push(',');
            line.push_str(&serde_json::Value::String(name).to_string());
            line.push(':');
            line.push_str(&value.to_string());
        }
        line.push('}');
        serde_json::from_str::<Event>(&line).map_err(|e| de::Error::custom(without_place(&e)))
    }
}

/// serde_json's message without the place in the line written again (" at line 1 column 30"):
/// the line the reader was given has places of its own, added to the message by its reader.
fn without_place(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    match (error.line(), message.strip_suffix(&place)) {
        (1.., Some(message)) => message.to_owned(),
        _ => message,
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for &mut WithoutTime<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.next_entry_of_event()? {
            None => Ok(None),
            Some(key) => key.read_with(seed).map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for &mut WithoutTime<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// An event whose kind has been read: the kind names the variant, the rest of the line holds
/// its fields.
struct Tagged<'a, 'de, A> {
    kind: Key<'de>,
    rest: &'a mut WithoutTime<A>,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Tagged<'_, 'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl<'a, 'de, A: MapAccess<'de>> EnumAccess<'de> for Tagged<'a, 'de, A> {
    type Error = A::Error;
    type Variant = &'a mut WithoutTime<A>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), A::Error> {
        Ok((self.kind.read_with(seed)?, self.rest))
    }
}

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for &mut WithoutTime<A> {
    type Error = A::Error;

    /// A kind without fields: anything else on the line is passed over, as `Event`'s own
    /// reader does.
    fn unit_variant(self) -> Result<(), A::Error> {
        while self.next_entry_of_event()?.is_some() {
            self.map.next_value::<de::IgnoredAny>()?;
        }
        Ok(())
    }

    /// A kind that holds a struct: its fields are the rest of the line.
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::Map,
            &"an event with named fields",
        ))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }
}

/// A key of the line: borrowed from it, or owned when it had escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Key<'de> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }

    /// Give the key to a reader that wants a name (a field's, a variant's).
    fn read_with<S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        match self {
            Key::Borrowed(key) => seed.deserialize(de::value::BorrowedStrDeserializer::new(key)),
            Key::Owned(key) => seed.deserialize(de::value::StringDeserializer::new(key)),
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(key))
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.to_owned()))
            }
            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key))
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A record's time, read as chrono reads it.
struct Stamp(DateTime<Utc>);

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Stamp, D::Error> {
        struct StampVisitor;
        impl Visitor<'_> for StampVisitor {
            type Value = Stamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an RFC 3339 formatted date and time string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Stamp, E> {
                match utc_stamp(text) {
                    Some(at) => Ok(Stamp(at)),
                    None => text
                        .parse::<DateTime<chrono::FixedOffset>>()
                        .map(|at| Stamp(at.with_timezone(&Utc)))
                        .map_err(E::custom),
                }
            }
        }
        deserializer.deserialize_str(StampVisitor)
    }
}

/// The form cochair writes, `2026-11-24T18:00:05Z` or with up to nine digits of a second
/// (`…:05.123456789Z`), read directly; anything else (another offset, a leap second, a space
/// for the `T`) is left to chrono.
pub(super) fn utc_stamp(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    let (&b'Z', b) = b.split_last()? else {
        return None;
    };
    if b.len() < 19 || [b[4], b[7], b[10], b[13], b[16]] != *b"--T::" {
        return None;
    }
    // YYYY-MM-DDTHH:MM:SS: six numbers, each digit checked.
    let mut numbers = [0u32; 6];
    for (number, digits) in numbers
        .iter_mut()
        .zip([0..4, 5..7, 8..10, 11..13, 14..16, 17..19])
    {
        for &c in &b[digits] {
            let digit = c.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            *number = *number * 10 + u32::from(digit);
        }
    }
    let [year, month, day, hour, minute, second] = numbers;
    let nanos = match &b[19..] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            let mut nanos = 0;
            for &c in fraction {
                let digit = c.wrapping_sub(b'0');
                if digit > 9 {
                    return None;
                }
                nanos = nanos * 10 + u32::from(digit);
            }
            nanos * 10u32.pow(9 - u32::try_from(fraction.len()).ok()?)
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    // A second of 60 (a leap second) is no time here: chrono has its own rules for it.
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(date.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct reading gives what chrono gives, for every form it takes on.
    #[test]
    fn times_read_directly_are_what_chrono_reads() {
        for text in [
            "2026-11-24T18:00:05Z",
            "2026-11-24T18:00:05.1Z",
            "2026-11-24T18:00:05.120Z",
            "2026-11-24T23:59:59.123456789Z",
            "2024-02-29T00:00:00.000001Z",
        ] {
            let chrono: DateTime<Utc> = text.parse().unwrap();
            assert_eq!(utc_stamp(text), Some(chrono), "{text}");
        }
    }

    /// What it does not take is left to chrono: other offsets, bad dates, other shapes.
    #[test]
    fn other_forms_are_left_to_chrono() {
        for text in [
            "2026-11-24T18:00:05+01:00",
            "2026-11-24 18:00:05Z",
            "2026-02-30T18:00:05Z",
            "2026-11-24T24:00:00Z",
            "2026-11-24T18:00:05.1234567890Z",
            "2026-11-24T18:00:05.Z",
            "2026-11-24T18:00:5xZ",
            "+2026-11-24T18:00:05Z",
            "2026-11-24T18:00:05z",
            "2016-12-31T23:59:60Z",
        ] {
            assert_eq!(utc_stamp(text), None, "{text}");
        }
    }

    fn read(line: &str) -> Result<Record, String> {
        serde_json::from_str::<Record>(line).map_err(|e| e.to_string())
    }

    #[test]
    fn a_record_reads_with_its_time_anywhere_in_the_line() {
        let at: DateTime<Utc> = "2026-11-24T18:00:05Z".parse().unwrap();
        let expected = Record::new(at, Event::ItemOpened { item: 3 });
        for line in [
            r#"{"at":"2026-11-24T18:00:05Z","event":"item_opened","item":3}"#,
            r#"{"event":"item_opened","at":"2026-11-24T18:00:05Z","item":3}"#,
            r#"{"item":3,"event":"item_opened","at":"2026-11-24T18:00:05Z"}"#,
            r#"{"at":"2026-11-24T19:00:05+01:00","event":"item_opened","item":3}"#,
            r#"{"\u0061t":"2026-11-24T18:00:05Z","ev\u0065nt":"item_opened","item":3}"#,
        ] {
            assert_eq!(read(line), Ok(expected.clone()), "{line}");
        }
    }

    /// A line whose kind does not come first (written by hand) reads as the same line with its
    /// kind first: the same event, or the same message where it is damaged.
    #[test]
    fn a_kind_written_later_reads_as_a_kind_written_first() {
        let without_place = |read: Result<Record, String>| {
            read.map_err(|e| e.split(" at line ").next().unwrap_or_default().to_owned())
        };
        let at = r#""at":"2026-11-24T18:00:05Z""#;
        for (first, later) in [
            (
                r#""event":"hand_raised","person":"Ana \"A\" Ruiz","process":true"#,
                r#""person":"Ana \"A\" Ruiz","process":true,"event":"hand_raised""#,
            ),
            (
                r#""event":"meeting_started","extra":[1,{"a":null}]"#,
                r#""extra":[1,{"a":null}],"event":"meeting_started""#,
            ),
            (
                r#""event":"batch","events":[{"event":"item_opened","item":2},{"event":"hands_cleared"}]"#,
                r#""events":[{"item":2,"event":"item_opened"},{"event":"hands_cleared"}],"event":"batch""#,
            ),
            (
                r#""event":"turn_extended","seconds":30.5"#,
                r#""seconds":30.5,"event":"turn_extended""#,
            ),
            (
                r#""event":"item_opened","item":"three""#,
                r#""item":"three","event":"item_opened""#,
            ),
            (r#""event":"item_opened""#, r#""x":1,"event":"item_opened""#),
            (r#""event":"dance","x":1"#, r#""x":1,"event":"dance""#),
            (
                r#""event":"batch","events":[{"event":"dance"}]"#,
                r#""events":[{"x":1,"event":"dance"}],"event":"batch""#,
            ),
        ] {
            let first = without_place(read(&format!("{{{at},{first}}}")));
            let later = without_place(read(&format!("{{{later},{at}}}")));
            assert_eq!(first, later);
        }
        let hand = read(&format!(r#"{{"person":"Ana","event":"hand_raised",{at}}}"#));
        let expected = Event::HandRaised {
            person: "Ana".into(),
            process: false,
        };
        assert_eq!(hand.map(|r| r.event), Ok(expected));
        let not_a_name = read(&format!(r#"{{"item":1,"event":7,{at}}}"#)).unwrap_err();
        assert!(
            not_a_name.starts_with("invalid type: 7, expected the kind of event at line 1"),
            "{not_a_name}"
        );
        let nothing = read(r#"{"item":1}"#).unwrap_err();
        assert!(nothing.starts_with("missing field `event`"), "{nothing}");
    }

    /// The messages a damaged line gets are serde's, as with the derived reader.
    #[test]
    fn a_damaged_record_is_named_as_before() {
        let no_time = read(r#"{"event":"meeting_started"}"#).unwrap_err();
        assert!(no_time.starts_with("missing field `at`"), "{no_time}");
        let twice = read(
            r#"{"at":"2026-11-24T18:00:05Z","at":"2026-11-24T18:00:05Z","event":"turn_ended"}"#,
        );
        assert!(twice.unwrap_err().starts_with("duplicate field `at`"));
        let unknown = read(r#"{"at":"2026-11-24T18:00:05Z","event":"dance"}"#).unwrap_err();
        assert!(unknown.starts_with("unknown variant `dance`"), "{unknown}");
        let bad_time = read(r#"{"at":"yesterday","event":"turn_ended"}"#).unwrap_err();
        assert!(
            bad_time.contains("input contains invalid characters"),
            "{bad_time}"
        );
        let not_a_map = read(r#"[1, 2]"#).unwrap_err();
        assert!(not_a_map.contains("expected struct Record"), "{not_a_map}");
    }

    /// Every record reads back as it was written, batches and events with optional fields too.
    #[test]
    fn records_read_back_as_written() {
        let at: DateTime<Utc> = "2026-11-24T18:00:05.250Z".parse().unwrap();
        let events = [
            Event::MeetingStarted,
            Event::HandRaised {
                person: "Margaret \"Peg\" O'Neill".into(),
                process: true,
            },
            Event::TurnExtended {
                seconds: 30,
                by: None,
            },
            Event::Batch {
                events: vec![Event::HandsCleared, Event::ItemOpened { item: 2 }],
            },
        ];
        for event in events {
            let record = Record::new(at, event);
            let line = serde_json::to_string(&record).unwrap();
            assert_eq!(read(&line), Ok(record), "{line}");
        }
        // A record that answers a joined screen's proposal keeps its id, wherever it stands.
        let answered = Record {
            at,
            proposal: Some(ProposalId { screen: 7, n: 3 }),
            event: Event::ClockPaused { role: None },
        };
        let line = serde_json::to_string(&answered).unwrap();
        assert_eq!(read(&line), Ok(answered.clone()), "{line}");
        let moved = r#"{"event":"clock_paused","proposal":{"screen":7,"n":3},"at":"2026-11-24T18:00:05.250Z"}"#;
        assert_eq!(read(moved), Ok(answered));
    }
}
