//! The JavaScript API: `evaluate(scenario)` for sites that call the calculation from
//! their own scripts. The scenario is the same model as the CLI's JSON; errors are
//! thrown as `Error`s with the CLI's messages and `field`, `code` and `problems` set.

use serde::Serialize;
use studierekenaar_core::{evaluate_json, EvaluateError};
use wasm_bindgen::JsValue;

/// Evaluates a scenario given as a plain JS object (or a JSON string).
pub fn evaluate(scenario: JsValue) -> Result<JsValue, JsValue> {
    let json = match scenario.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&scenario).map(String::from).map_err(|_| {
            error("invalid_scenario", "(scenario)", "de scenario-waarde kan niet als JSON gelezen worden", &[])
        })?,
    };
    match evaluate_json(&json) {
        Ok(outcome) => outcome
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| error("internal", "(outcome)", &e.to_string(), &[])),
        Err(EvaluateError::Input(input)) => {
            let first = input.problems.first();
            let field = first.map_or("(scenario)", |p| p.field.as_str());
            let message = first.map_or("ongeldige invoer", |p| p.message.as_str());
            Err(error("invalid_scenario", field, message, &input.problems))
        }
        Err(other @ EvaluateError::Parameters(_)) => Err(error("parameters", "(parameters)", &other.to_string(), &[])),
    }
}

fn error(code: &str, field: &str, message: &str, problems: &[studierekenaar_core::scenario::FieldError]) -> JsValue {
    let error = js_sys::Error::new(&format!("{field}: {message}"));
    let problems = problems.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL);
    // Setting properties on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(&error, &"field".into(), &field.into());
    let _ = js_sys::Reflect::set(&error, &"problems".into(), &problems);
    error.into()
}
