//! Component smoke test in a real browser (wasm-bindgen-test + chromedriver): the app
//! renders, computes the default scenario with the core and shows it as a person reads it,
//! in Dutch and, after a click on the language switch, in English.
#![cfg(target_arch = "wasm32")]

use studierekenaar_core::Language;
use studierekenaar_web::{i18n, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(selector: &str) -> String {
    let document = gloo::utils::document();
    let element =
        document.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("{selector} is on the page"));
    element.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_renders_a_computed_fee_in_each_language() {
    // Start in Dutch whatever the test browser prefers (the choice made here wins over it).
    i18n::remember(Language::Dutch);
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Let the scheduler run the first render.
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;

    let total = text_of("#fee-total .amount");
    assert!(total.starts_with("€ ") && total.contains(','), "total shown as a Dutch amount: {total:?}");
    let lines = document.query_selector_all(".line").expect("lines");
    assert_eq!(lines.length(), 2, "fixed part and per-credit line for the default enrolment");
    assert_eq!(text_of("label[for=year]"), "Academiejaar", "the year has a label");

    let english = document
        .query_selector(".language-switch button[lang=en]")
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the language switch offers English");
    english.click();
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;

    let total = text_of("#fee-total .amount");
    assert!(total.starts_with('€') && !total.starts_with("€ ") && total.contains('.'), "an English amount: {total:?}");
    assert_eq!(text_of("label[for=year]"), "Academic year");
    assert_eq!(document.query_selector_all(".line").expect("lines").length(), 2, "the same calculation");
    // Leave the next run in Dutch.
    i18n::remember(Language::Dutch);
}
