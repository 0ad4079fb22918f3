//! Scenario JSON as the CLI and the JavaScript API read it: an outcome or a field error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(studierekenaar_core::EvaluateError::Input(error)) = studierekenaar_core::evaluate_json(text, studierekenaar_core::Language::Dutch) {
            assert!(!error.problems.is_empty());
        }
    }
});
