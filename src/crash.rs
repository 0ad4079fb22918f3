//! When something breaks anyway: a panic anywhere in the app shows a readable message
//! and a "restore my input" button instead of a dead page. The message lives in
//! index.html and its button is wired by assets/crash.js, so that it works even though
//! the WebAssembly module has stopped. The input itself is safe: every valid change was
//! already written to this browser's storage and to the address.

use crate::t;
use studierekenaar_core::Language;
use wasm_bindgen::JsCast;

/// Installs the panic hook. Call once, before anything else.
pub fn install_panic_hook() {
    // Through Yew, which would otherwise install its own console-only hook when it renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = match info.payload().downcast_ref::<&str>() {
            Some(text) => (*text).to_owned(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "?".to_owned()),
        };
        let location = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        web_sys::console::error_1(&format!("Studierekenaar stopte: {detail}{location}").into());
        show(&detail);
    }));
}

fn show(detail: &str) {
    let document = gloo::utils::document();
    // The language the page was in (set on <html> by the app); Dutch before that.
    let language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Language::from_tag(&tag))
        .unwrap_or_default();
    if let Some(text) = document.get_element_by_id("crash-detail") {
        text.set_text_content(Some(&t!(language, "crash-detail", detail = detail.to_owned())));
    }
    if let Some(panel) = document.get_element_by_id("crash").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        panel.set_hidden(false);
        // Moving focus to the message makes screen readers announce it.
        let _ = panel.focus();
    }
}

/// `?selftest=crash` stops the app on purpose, to check the crash screen (used by the tests).
pub fn self_test_requested() -> bool {
    gloo::utils::window().location().search().is_ok_and(|search| search.contains("selftest=crash"))
}
