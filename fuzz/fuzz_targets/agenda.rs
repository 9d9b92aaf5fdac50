//! Any bytes given to the agenda and keymap parsers give a value or an error, never a panic,
//! and every error names the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = cochair::agenda::from_str(&text, Path::new("fuzz.ron")) {
        assert!(e.to_string().starts_with("fuzz.ron"));
    }
    if let Err(e) = cochair::input::parse(&text, Path::new("fuzz.ron")) {
        assert!(e.to_string().starts_with("fuzz.ron"));
    }
});
