//! A parameter file, as the build script reads it: accepted, or refused with the file and
//! key named — never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

// The loader is not part of the library: the build script and the tests include it so.
#[allow(dead_code)]
#[path = "../../crates/core/src/params/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "../../crates/core/src/params/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "../../crates/core/src/params/schema.rs"]
mod schema;

fuzz_target!(|text: &str| {
    if let Err(error) = load::parse_parameter("fuzz/input", text) {
        assert_eq!(error.file, "fuzz/input");
    }
});
