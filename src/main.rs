use wasm_bindgen::prelude::*;

/// `evaluate(scenario, language)`: the calculation for other sites' scripts (see docs/embedding.md).
#[wasm_bindgen]
pub fn evaluate(scenario: JsValue, language: Option<String>) -> Result<JsValue, JsValue> {
    studierekenaar_web::api::evaluate(scenario, language)
}

/// `evaluate_json(text, language)`: the same, with JSON text in and out.
#[wasm_bindgen]
pub fn evaluate_json(scenario: &str, language: Option<String>) -> Result<String, JsValue> {
    studierekenaar_web::api::evaluate_json(scenario, language)
}

fn main() {
    studierekenaar_web::crash::install_panic_hook();
    // The app renders only on its own page; a page that loads the module for the
    // JavaScript API gets the calculation and nothing else.
    let root = gloo::utils::document()
        .query_selector("meta[name='studierekenaar-app']")
        .ok()
        .flatten()
        .and_then(|_| gloo::utils::document().get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<studierekenaar_web::App>::with_root(root).render();
        if studierekenaar_web::crash::self_test_requested() {
            yew::platform::spawn_local(async {
                yew::platform::time::sleep(std::time::Duration::from_millis(200)).await;
                panic!("zelftest van het foutscherm (selftest=crash)");
            });
        }
    }
}
