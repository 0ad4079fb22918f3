//! The JavaScript API for sites that call the calculation from their own scripts:
//! `evaluate(scenario)` returns the outcome as a plain object, `evaluate_json(text)` as
//! JSON text (the CLI's exact output). The scenario is the CLI's model; errors are thrown
//! as `Error`s with the CLI's messages and `field`, `code` and `problems` set.

use serde::Serialize;
use studierekenaar_core::scenario::FieldError;
use studierekenaar_core::{evaluate_json as evaluate_text, EvaluateError};
use wasm_bindgen::JsValue;

/// Evaluates a scenario given as a plain JS object (or a JSON string).
pub fn evaluate(scenario: JsValue) -> Result<JsValue, JsValue> {
    let json = match scenario.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&scenario).map(String::from).map_err(|_| {
            error("invalid_scenario", "(scenario)", "de scenario-waarde kan niet als JSON gelezen worden", &[])
        })?,
    };
    let outcome = evaluate_text(&json).map_err(thrown)?;
    outcome.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(internal)
}

/// Evaluates a scenario given as JSON text and returns the outcome as JSON text.
pub fn evaluate_json(scenario: &str) -> Result<String, JsValue> {
    let outcome = evaluate_text(scenario).map_err(thrown)?;
    serde_json::to_string(&outcome).map_err(internal)
}

fn thrown(failure: EvaluateError) -> JsValue {
    match failure {
        EvaluateError::Input(input) => {
            let first = input.problems.first();
            let field = first.map_or("(scenario)", |p| p.field.as_str());
            let message = first.map_or("ongeldige invoer", |p| p.message.as_str());
            error("invalid_scenario", field, message, &input.problems)
        }
        other @ EvaluateError::Parameters(_) => error("parameters", "(parameters)", &other.to_string(), &[]),
    }
}

fn internal(failure: impl std::fmt::Display) -> JsValue {
    error("internal", "(outcome)", &failure.to_string(), &[])
}

fn error(code: &str, field: &str, message: &str, problems: &[FieldError]) -> JsValue {
    let error = js_sys::Error::new(&format!("{field}: {message}"));
    let problems = problems.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL);
    // Setting properties on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(&error, &"field".into(), &field.into());
    let _ = js_sys::Reflect::set(&error, &"problems".into(), &problems);
    error.into()
}
