use wasm_bindgen::prelude::*;

/// `evaluate(scenario)`: the calculation for other sites' scripts (see docs/embedding.md).
#[wasm_bindgen]
pub fn evaluate(scenario: JsValue) -> Result<JsValue, JsValue> {
    studierekenaar_web::api::evaluate(scenario)
}

fn main() {
    // The app renders only on its own page; a page that loads the module for the
    // JavaScript API gets the calculation and nothing else.
    let is_app_page = gloo::utils::document().query_selector("meta[name='studierekenaar-app']").ok().flatten().is_some();
    if is_app_page {
        yew::Renderer::<studierekenaar_web::App>::new().render();
    }
}
