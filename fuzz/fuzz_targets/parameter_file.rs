//! A parameter file: accepted, or refused with the file and key named — never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(error) = studierekenaar_core::Params::from_files(&[("fuzz/input", text)]) {
        assert_eq!(error.file, "fuzz/input");
    }
});
