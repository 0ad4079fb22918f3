//! Component smoke test in a real browser (wasm-bindgen-test + chromedriver): the app
//! renders, computes the default scenario with the core and shows it as a person reads it.
#![cfg(target_arch = "wasm32")]

use studierekenaar_web::App;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_app_renders_a_computed_fee() {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Let the scheduler run the first render.
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;

    let total = document.query_selector("#fee-total .amount").ok().flatten().expect("a total");
    let text = total.text_content().unwrap_or_default();
    assert!(text.starts_with("€ ") && text.contains(','), "total shown as a Dutch amount: {text:?}");
    let lines = document.query_selector_all(".line").expect("lines");
    assert_eq!(lines.length(), 2, "fixed part and per-credit line for the default enrolment");
    let label = document.query_selector("label[for=year]").ok().flatten().expect("the year has a label");
    assert_eq!(label.text_content().as_deref(), Some("Academiejaar"));
}
