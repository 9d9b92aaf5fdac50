//! Reading a record back, as quickly as a long meeting's resume needs: a journal line is
//! `{"at": "…", "event": "item_opened", "item": 3}`, the time beside the event's own fields.
//!
//! serde's `flatten` would gather the whole line into a buffer, then the event's tag into a
//! second one, and chrono reads the time with its general-purpose RFC 3339 parser. Here the
//! time is taken out of the line as it is read (and the usual form, the one cochair writes, is
//! read directly), and the rest goes once through the event's own derived reader: every kind of
//! event, a new one too, is read by the code its `#[derive(Deserialize)]` makes, as before.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::{Event, Record};

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
        let mut rest = WithoutTime { map, at: None };
        let event = Event::deserialize(&mut rest)?;
        // The event's reader takes the whole line; anything it left is passed over.
        while rest.next_entry_of_event()?.is_some() {
            rest.map.next_value::<de::IgnoredAny>()?;
        }
        let at = rest.at.ok_or_else(|| de::Error::missing_field("at"))?;
        Ok(Record { at, event })
    }
}

/// The line's map with its `at` taken out as it goes by: what is left is the event.
struct WithoutTime<A> {
    map: A,
    at: Option<DateTime<Utc>>,
}

impl<'de, A: MapAccess<'de>> WithoutTime<A> {
    /// The next key that is not `at`, reading the time when `at` comes first.
    fn next_entry_of_event(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        loop {
            match self.map.next_key::<Key<'de>>()? {
                Some(key) if key.as_str() == "at" => {
                    if self.at.is_some() {
                        return Err(de::Error::duplicate_field("at"));
                    }
                    self.at = Some(self.map.next_value::<Stamp>()?.0);
                }
                other => return Ok(other),
            }
        }
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
            Some(Key::Borrowed(key)) => seed
                .deserialize(de::value::BorrowedStrDeserializer::new(key))
                .map(Some),
            Some(Key::Owned(key)) => seed
                .deserialize(de::value::StringDeserializer::new(key))
                .map(Some),
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

/// A key of the line: borrowed from it, or owned when it had escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
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
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    if b[16] != b':' || *b.last()? != b'Z' {
        return None;
    }
    let digits = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(digits(0, 4)?).ok()?,
        digits(5, 7)?,
        digits(8, 10)?,
    )?;
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            let scale = 10u32.pow(9 - u32::try_from(fraction.len()).ok()?);
            digits(20, 20 + fraction.len())? * scale
        }
        _ => return None,
    };
    // A second of 60 (a leap second) is no time here: chrono has its own rules for it.
    let time =
        NaiveTime::from_hms_nano_opt(digits(11, 13)?, digits(14, 16)?, digits(17, 19)?, nanos)?;
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
        let expected = Record {
            at,
            event: Event::ItemOpened { item: 3 },
        };
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
            let record = Record { at, event };
            let line = serde_json::to_string(&record).unwrap();
            assert_eq!(read(&line), Ok(record), "{line}");
        }
    }
}
