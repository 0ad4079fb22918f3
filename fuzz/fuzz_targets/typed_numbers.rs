//! What people type in number and amount fields.
#![no_main]
use libfuzzer_sys::fuzz_target;
use studierekenaar_core::input::{parse_euros, parse_whole_number};
use studierekenaar_core::Language;

fuzz_target!(|text: &str| {
    if let Ok(cents) = parse_euros(text, Language::Dutch) {
        assert!(cents.0 >= 0);
    }
    let _ = parse_whole_number(text, Language::Dutch);
});
