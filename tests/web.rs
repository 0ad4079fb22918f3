//! Component smoke test in a real browser (wasm-bindgen-test + chromedriver): the app
//! renders, computes the default scenario with the core and shows it as a person reads it,
//! in Dutch and, after a click on the language switch, in English, whose messages it
//! fetches first; a language file that is damaged leaves the page in Dutch, with a message.
#![cfg(target_arch = "wasm32")]

use studierekenaar_core::Language;
use studierekenaar_web::{i18n, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// English as `scripts/post-build.mjs` writes it: `{"language", "core": {file: text}, "app": {file: text}}`.
fn english_file() -> String {
    macro_rules! files {
        ($dir:literal: $($name:literal),*) => {
            serde_json::Map::from_iter([$(($name.to_owned(), serde_json::Value::from(include_str!(concat!($dir, $name))))),*])
        };
    }
    serde_json::json!({
        "language": "en",
        "core": files!("../crates/core/locales/en/": "adult_education.ftl", "common.ftl", "dual.ftl", "fee.ftl", "leave.ftl", "params.ftl", "plan.ftl", "scenario.ftl"),
        "app": files!("../locales/en/": "app.ftl", "app-fee.ftl", "app-leave.ftl", "app-dual.ftl", "app-plan.ftl", "app-adult-education.ftl"),
    })
    .to_string()
}

/// Names the language files in the page, as post-build does; here as `data:` addresses.
fn name_language_files(files: &[(&str, &str)]) {
    let content: Vec<String> = files
        .iter()
        .map(|(tag, text)| format!("{tag}=data:application/json,{}", String::from(js_sys::encode_uri_component(text))))
        .collect();
    let document = gloo::utils::document();
    let meta = document.create_element("meta").expect("a meta");
    meta.set_attribute("name", i18n::LANGUAGE_FILES_META).expect("a name");
    meta.set_attribute("content", &content.join(" ")).expect("a content");
    document.head().expect("a head").append_child(&meta).expect("appended");
}

fn click_language(tag: &str) {
    gloo::utils::document()
        .query_selector(&format!(".language-switch button[lang={tag}]"))
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("the language switch offers {tag}"))
        .click();
}

/// Waits (up to 10 s) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("waited 10 s for {what}");
}

fn page_language() -> String {
    gloo::utils::document().document_element().and_then(|root| root.get_attribute("lang")).unwrap_or_default()
}

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

    // French and English are not compiled into the app: the page names their files.
    assert!(!i18n::is_ready(Language::English) && !i18n::is_ready(Language::French));
    name_language_files(&[("fr-BE", "{\"language\": \"fr-BE\", \"core\": {"), ("en", &english_file())]);

    // A damaged file: the page stays in Dutch and says so, also in French.
    click_language("fr-BE");
    until("the message that French is not available", || {
        document.query_selector(".language-status p[lang=fr-BE]").ok().flatten().is_some()
    })
    .await;
    assert!(text_of(".language-status").contains("De Franse teksten konden niet geladen worden"));
    assert_eq!(text_of("label[for=year]"), "Academiejaar");
    assert_eq!(page_language(), "nl-BE");
    assert!(!i18n::is_ready(Language::French));

    click_language("en");
    until("the page in English", || page_language() == "en").await;
    assert!(i18n::is_ready(Language::English));
    assert_eq!(text_of(".language-status"), "", "the message about French is gone");

    let total = text_of("#fee-total .amount");
    assert!(total.starts_with('€') && !total.starts_with("€ ") && total.contains('.'), "an English amount: {total:?}");
    assert_eq!(text_of("label[for=year]"), "Academic year");
    assert_eq!(document.query_selector_all(".line").expect("lines").length(), 2, "the same calculation");
    // Leave the next run in Dutch.
    i18n::remember(Language::Dutch);
}
