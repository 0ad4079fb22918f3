//! Keep and pass on a calculation: save it in this browser, copy its link, print a recap.

use crate::components::form::{use_disclosure, wider_than};
use crate::i18n::use_language;
use crate::t;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The shareable address of the current scenario, when the input is valid.
    pub link: Option<AttrValue>,
    pub on_save: Callback<String>,
    /// A short confirmation to announce (saved, copied).
    pub notice: Option<AttrValue>,
    pub on_notice: Callback<String>,
    /// Print every section filled in, on one summary page first.
    pub on_print_overview: Callback<()>,
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let language = use_language();
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| name.set(event.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_save = {
        let name = name.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |_: MouseEvent| {
            on_save.emit((*name).clone());
            name.set(String::new());
        })
    };
    let on_copy = {
        let link = props.link.clone();
        let on_notice = props.on_notice.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let clipboard = gloo::utils::window().navigator().clipboard();
            let promise = clipboard.write_text(&link);
            let on_notice = on_notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let message = match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => t!(language, "share-copied"),
                    Err(_) => t!(language, "share-copy-failed"),
                };
                on_notice.emit(message);
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        // Printing is best effort: a browser without a print dialog simply does nothing.
        let _ = gloo::utils::window().print();
    });
    // Open on a wide screen; on a phone folded under one line, so that the answer's page stays short.
    let (open, ontoggle) = use_disclosure(wider_than(40.0));
    html! {
        <details class="share-fold" {open} {ontoggle}>
            <summary>{ t!(language, "share-summary") }</summary>
            <div class="share-bar">
                <div class="field save-field">
                    <label for="save-name">{ t!(language, "share-name-label") }</label>
                    <div class="inline">
                        <input id="save-name" type="text" value={(*name).clone()} oninput={on_name} placeholder={t!(language, "share-name-placeholder")} />
                        <button type="button" class="secondary" onclick={on_save} disabled={props.link.is_none()}>{ t!(language, "share-save") }</button>
                    </div>
                </div>
                <div class="share-actions">
                    <button type="button" class="secondary" onclick={on_copy} disabled={props.link.is_none()}>{ t!(language, "share-copy") }</button>
                    <button type="button" class="secondary" onclick={on_print}>{ t!(language, "share-print") }</button>
                    <button type="button" class="secondary" id="print-overview" onclick={props.on_print_overview.reform(|_: MouseEvent| ())}>{ t!(language, "share-print-overview") }</button>
                </div>
                <p class="help share-help">{ t!(language, "share-help") }</p>
                <p class="notice" role="status" aria-live="polite">{ props.notice.clone().unwrap_or_default() }</p>
            </div>
        </details>
    }
}
