//! One loader for the RON files people write, agendas and keymaps alike: the byte-order mark
//! some editors add is dropped, an empty file is said to be empty, nesting is limited, every
//! error keeps its `path:line:col` and the path of the field (`items[1].minutes`), and text
//! after the end is an error. And one map that keeps the file's order and refuses a key written
//! twice.

use std::fmt;
use std::marker::PhantomData;
use std::path::Path;

use ron::extensions::Extensions;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::lang::Lang;
use crate::tr;

use super::{FileError, Mended, Position, Words, explain, without_byte_order_mark};

/// What kind of file is being read.
pub struct Kind {
    /// What the file starts with, in a language, for the message about an empty one ("an
    /// agenda starts with `Agenda(`").
    pub starts_with: fn(Lang) -> String,
    /// Nesting deeper than this is refused instead of risking the stack.
    pub max_depth: usize,
    /// `Some(x)` around optional values may be left out.
    pub implicit_some: bool,
    /// The file's words, for messages that say what to write.
    pub words: Words,
}

/// Read a whole file's text as a `T`.
pub fn load<T: DeserializeOwned>(src: &str, path: &Path, kind: &Kind) -> Result<T, FileError> {
    let src = without_byte_order_mark(src);
    attempt::<T>(src, kind).map_err(|stopped| match *stopped {
        (Failure::Empty, _) => empty_file(path, kind),
        (Failure::At(e), field) => explain(src, path, &e, field.as_deref(), &kind.words),
    })
}

/// A file with nothing in it but comments, said at its start with what it should begin with.
fn empty_file(path: &Path, kind: &Kind) -> FileError {
    let lang = kind.words.lang;
    let starts_with = (kind.starts_with)(lang);
    let message = tr!(lang, "check-empty-file", starts_with = starts_with);
    FileError::new(path, Some(Position { line: 1, col: 1 }), message)
}

/// A file read on past every mistake that could be mended (see [`Mended`]).
pub struct Read<T> {
    pub value: T,
    /// The mistakes found on the way, in the order they were met.
    pub errors: Vec<FileError>,
    /// The text as finally read: where values are, and which were made up.
    pub mended: Mended,
}

/// The most mistakes reported from one file: past this many, the rest can wait.
const MOST_MISTAKES: usize = 50;
/// The most times the text is mended and read again (a mend can also follow from another, as
/// a missing field's stand-in is given its type).
const MOST_MENDS: usize = 2 * MOST_MISTAKES;

/// Read a whole file's text as a `T`, reading on past each mistake that can be mended so that
/// all of them are reported at once. `Err` holds every mistake found up to one that cannot be
/// mended (a mistake in the file's structure, such as a missing comma).
pub fn load_all<T: DeserializeOwned>(
    src: &str,
    path: &Path,
    kind: &Kind,
) -> Result<Read<T>, Vec<FileError>> {
    let src = without_byte_order_mark(src);
    let mut mended = Mended::new(src);
    let mut errors: Vec<FileError> = Vec::new();
    for _ in 0..MOST_MENDS {
        let (err, field) = match attempt::<T>(&mended.text, kind).map_err(|b| *b) {
            Ok(value) => {
                return Ok(Read {
                    value,
                    errors,
                    mended,
                });
            }
            Err(found) => found,
        };
        let mut error = match &err {
            Failure::Empty => vec![empty_file(path, kind)],
            Failure::At(err) => vec![explain(
                &mended.text,
                path,
                err,
                field.as_deref(),
                &kind.words,
            )],
        };
        for e in &mut error {
            e.at = e.at.map(|at| mended.as_written(at));
        }
        // A value made up to read on is not the writer's mistake.
        let made_up = field.as_deref().is_some_and(|f| mended.made_up(f));
        if !made_up {
            errors.extend(error);
        }
        let before = mended.text.clone();
        let mendable = match &err {
            Failure::At(err) if errors.len() < MOST_MISTAKES => {
                mended.mend(err, field.as_deref().unwrap_or(""), &kind.words)
            }
            _ => false,
        };
        // A mend that changed nothing would meet the same mistake again.
        if !mendable || mended.text == before {
            return Err(errors);
        }
    }
    Err(errors)
}

/// Where one reading of the text stopped, and the path of the field being read.
type Stopped = Box<(Failure, Option<String>)>;

/// Why one reading of the text stopped.
enum Failure {
    Empty,
    At(ron::error::SpannedError),
}

/// One reading of the text: the value, or where and why it stopped, with the path of the field
/// being read.
fn attempt<T: DeserializeOwned>(src: &str, kind: &Kind) -> Result<T, Stopped> {
    if src.trim().is_empty() || only_comments(src) {
        return Err(Box::new((Failure::Empty, None)));
    }
    let mut options = ron::Options::default().with_recursion_limit(kind.max_depth);
    if kind.implicit_some {
        options = options.with_default_extension(Extensions::IMPLICIT_SOME);
    }
    let mut de = ron::Deserializer::from_str_with_options(src, &options)
        .map_err(|e| Box::new((Failure::At(e), None)))?;
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = e.path().to_string();
        let spanned = de.span_error(e.into_inner());
        Box::new((Failure::At(too_deep(spanned, kind)), Some(field)))
    })?;
    de.end()
        .map_err(|e| Box::new((Failure::At(de.span_error(e)), None)))?;
    Ok(value)
}

/// ron's wording for a too-deep file does not say what the limit is.
fn too_deep(mut e: ron::error::SpannedError, kind: &Kind) -> ron::error::SpannedError {
    if matches!(e.code, ron::Error::ExceededRecursionLimit) {
        e.code = ron::Error::Message(tr!(kind.words.lang, "check-too-deep", max = kind.max_depth));
    }
    e
}

fn only_comments(src: &str) -> bool {
    let mut rest = src.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            return rest.is_empty();
        }
    }
}

/// A map as the file writes it, in order, where each key may appear once.
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueMap<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

/// A key of a [`UniqueMap`]: what the map looks like, and what to say when it is written twice.
pub trait UniqueKey<V>: PartialEq {
    /// How the map is written, for a value that is not a map.
    fn expecting() -> String;
    /// The message for this key written again after its first value.
    fn written_twice(&self, first: &V) -> String;
}

impl<'de, K, V> Deserialize<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + UniqueKey<V>,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for Entries<K, V>
        where
            K: Deserialize<'de> + UniqueKey<V>,
            V: Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&K::expecting())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(K, V)> = Vec::new();
                while let Some(key) = map.next_key::<K>()? {
                    let value: V = map.next_value()?;
                    if let Some((_, first)) = out.iter().find(|(k, _)| *k == key) {
                        return Err(de::Error::custom(key.written_twice(first)));
                    }
                    out.push((key, value));
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Entries(PhantomData))
    }
}
