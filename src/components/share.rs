//! Keep and pass on a calculation: save it in this browser, copy its link, print a recap.

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
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
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
                    Ok(_) => "De link is gekopieerd.".to_owned(),
                    Err(_) => "Kopiëren lukte niet; kopieer het adres uit de adresbalk.".to_owned(),
                };
                on_notice.emit(message);
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        // Printing is best effort: a browser without a print dialog simply does nothing.
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="share-bar">
            <div class="field save-field">
                <label for="save-name">{ "Naam voor deze berekening" }</label>
                <div class="inline">
                    <input id="save-name" type="text" value={(*name).clone()} oninput={on_name} placeholder="bv. Bachelor verpleegkunde, deeltijds" />
                    <button type="button" class="secondary" onclick={on_save} disabled={props.link.is_none()}>{ "Bewaar deze berekening" }</button>
                </div>
            </div>
            <div class="share-actions">
                <button type="button" class="secondary" onclick={on_copy} disabled={props.link.is_none()}>{ "Kopieer link" }</button>
                <button type="button" class="secondary" onclick={on_print}>{ "Afdrukken" }</button>
            </div>
            <p class="help share-help">{ "De link bevat je invoer na het #-teken; dat deel stuurt een browser nooit naar een server. Deel hem alleen met wie je vertrouwt." }</p>
            <p class="notice" role="status" aria-live="polite">{ props.notice.clone().unwrap_or_default() }</p>
        </div>
    }
}
