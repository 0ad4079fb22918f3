//! The scenario part of a shared link (`#v=N&s=<json>`): whatever it holds, what comes out is valid.
#![no_main]
use libfuzzer_sys::fuzz_target;
use studierekenaar_core::share::{default_scenario, recover};

fuzz_target!(|input: (u8, &str)| {
    let (version, json) = input;
    let default = default_scenario();
    let recovered = recover(json, u64::from(version), &default);
    assert!(recovered.scenario.validate(studierekenaar_core::Language::Dutch).is_ok());
    let _ = studierekenaar_core::evaluate(&recovered.scenario, studierekenaar_core::Language::Dutch);
});
