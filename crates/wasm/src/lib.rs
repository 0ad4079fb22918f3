//! Studierekenaar's JavaScript API, a module of its own so that sites calling the calculation
//! from their scripts download the rules and nothing of the app:
//! `evaluate(scenario, language, words)` returns the outcome as a plain object, `evaluate_json(text,
//! language, words)` as JSON text (the CLI's exact output). The scenario is the CLI's model; the
//! optional language (`"nl-BE"`, `"fr-BE"`, `"en"`, or a looser tag such as `"fr"`) is that
//! of every sentence, Dutch by default. With `words` set to `false` every sentence stays data:
//! its message id and typed arguments (`{"message": "fee-line-fixed-part", "args": {…}}`).
//! Errors are thrown as `Error`s with the CLI's messages and `field`, `code` and `problems` set.

use serde::Serialize;
use studierekenaar_core::scenario::FieldError;
use studierekenaar_core::{evaluate_json as evaluate_text, render, EvaluateError, Language};
use wasm_bindgen::prelude::*;

/// The language asked for: absent means Dutch; a tag we do not speak is an error.
fn language_of(tag: Option<String>) -> Result<Language, JsValue> {
    match tag {
        None => Ok(Language::default()),
        Some(tag) => Language::from_tag(&tag).ok_or_else(|| {
            let message = format!("\"{tag}\" is not a language of Studierekenaar: use \"nl-BE\", \"fr-BE\" or \"en\"");
            error("invalid_language", "(language)", &message, &[])
        }),
    }
}

/// Evaluates a scenario given as a plain JS object (or a JSON string).
#[wasm_bindgen]
pub fn evaluate(scenario: JsValue, language: Option<String>, words: Option<bool>) -> Result<JsValue, JsValue> {
    let language = language_of(language)?;
    let json = match scenario.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&scenario).map(String::from).map_err(|_| {
            error("invalid_scenario", "(scenario)", "de scenario-waarde kan niet als JSON gelezen worden", &[])
        })?,
    };
    let outcome = evaluate_text(&json, language).map_err(thrown)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    match words {
        Some(false) => outcome.serialize(&serializer).map_err(internal),
        _ => render::in_words(language, || outcome.serialize(&serializer)).map_err(internal),
    }
}

/// Evaluates a scenario given as JSON text and returns the outcome as JSON text.
#[wasm_bindgen]
pub fn evaluate_json(scenario: &str, language: Option<String>, words: Option<bool>) -> Result<String, JsValue> {
    let language = language_of(language)?;
    let outcome = evaluate_text(scenario, language).map_err(thrown)?;
    match words {
        Some(false) => serde_json::to_string(&outcome).map_err(internal),
        _ => render::in_words(language, || serde_json::to_string(&outcome)).map_err(internal),
    }
}

fn thrown(failure: EvaluateError) -> JsValue {
    let EvaluateError::Input(input) = &failure;
    let first = input.problems.first();
    let field = first.map_or("(scenario)", |p| p.field.as_str());
    let message = first.map_or_else(|| failure.to_string(), |p| p.message.clone());
    error("invalid_scenario", field, &message, &input.problems)
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
