//! People are named by name in every event, so a resume looks a name up for nearly every
//! record: the lookup's hash is a quick one (after the one in the Rust compiler), eight bytes
//! at a time, rather than the standard map's SipHash, which guards a server's table against
//! keys chosen to collide. The names here come from the meeting's own agenda and journal.

use std::hash::{BuildHasherDefault, Hasher};

/// The hash of the map from a name to its person.
pub(super) type Quick = BuildHasherDefault<QuickHasher>;

#[derive(Default)]
pub(super) struct QuickHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl QuickHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut last = [0; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.add(u64::from_le_bytes(last));
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn names_find_their_people() {
        let names = [
            "Ana",
            "Ana ",
            "Margaret O'Neill",
            "Luis Fernández",
            "",
            "Dr. Anjali Rao 12",
        ];
        let map: HashMap<String, usize, Quick> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), i))
            .collect();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(map.get(*name), Some(&i), "{name:?}");
        }
        assert_eq!(map.get("ana"), None);
        assert_eq!(map.get("Margaret O'Neil"), None);
    }
}
