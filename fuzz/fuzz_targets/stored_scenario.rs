//! A scenario kept in browser storage (versioned envelope): read leniently, never fatal.
#![no_main]
use libfuzzer_sys::fuzz_target;
use studierekenaar_core::share::{default_scenario, recover_stored};

fuzz_target!(|text: &str| {
    let default = default_scenario();
    if let Ok(stored) = recover_stored(text, &default) {
        assert!(stored.recovered.scenario.validate(studierekenaar_core::Language::Dutch).is_ok());
    }
});
