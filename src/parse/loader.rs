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

use super::{FileError, Position, Words, explain, without_byte_order_mark};

/// What kind of file is being read.
pub struct Kind {
    /// What the file starts with, for the message about an empty one ("an agenda starts
    /// with `Agenda(`").
    pub starts_with: &'static str,
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
    if src.trim().is_empty() || only_comments(src) {
        return Err(FileError::new(
            path,
            Some(Position { line: 1, col: 1 }),
            format!("the file is empty; {}", kind.starts_with),
        ));
    }
    let mut options = ron::Options::default().with_recursion_limit(kind.max_depth);
    if kind.implicit_some {
        options = options.with_default_extension(Extensions::IMPLICIT_SOME);
    }
    let explain = |e: &ron::error::SpannedError, field: Option<&str>| {
        explain(src, path, e, field, &kind.words)
    };
    let mut de =
        ron::Deserializer::from_str_with_options(src, &options).map_err(|e| explain(&e, None))?;
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = e.path().to_string();
        let spanned = de.span_error(e.into_inner());
        explain(&too_deep(spanned, kind.max_depth), Some(&field))
    })?;
    de.end().map_err(|e| explain(&de.span_error(e), None))?;
    Ok(value)
}

/// ron's wording for a too-deep file does not say what the limit is.
fn too_deep(mut e: ron::error::SpannedError, max: usize) -> ron::error::SpannedError {
    if matches!(e.code, ron::Error::ExceededRecursionLimit) {
        e.code = ron::Error::Message(format!(
            "nested more than {max} levels deep; a file like this never needs that"
        ));
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
    const EXPECTING: &'static str;
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
                f.write_str(K::EXPECTING)
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
