//! The error summary at the top of a section's result (the pattern of GOV.UK's design
//! system): while a field the section needs has an error, each error is listed as a link
//! that takes the focus to its field, in this section or in the one it belongs to.

use crate::i18n::{marked, use_language};
use crate::state::{Action, ErrorLink, Section};
use crate::t;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The id of the summary; its heading's id is this with `-title`.
    pub id: AttrValue,
    pub links: Vec<ErrorLink>,
    /// The section the summary is shown in.
    pub section: Section,
    pub on_action: Callback<Action>,
}

/// Focuses the element with `id` once the page has been drawn again (a section just shown).
fn focus_soon(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let element = gloo::utils::document().get_element_by_id(&id);
        if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    })
    .forget();
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let language = use_language();
    if props.links.is_empty() {
        return html! {};
    }
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="error-summary" id={props.id.clone()}>
            <h3 id={title_id}>{ t!(language, "error-summary-title") }</h3>
            <ul>
                { for props.links.iter().map(|link| {
                    let onclick = {
                        let on_action = props.on_action.clone();
                        let (section, current, target) = (link.section, props.section, link.target.clone());
                        // The address holds the shared scenario: the link moves the focus, not the address.
                        Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            if section != current {
                                on_action.emit(Action::ShowSection(section));
                            }
                            focus_soon(target.clone());
                        })
                    };
                    html! {
                        <li><a href={format!("#{}", link.target)} {onclick}>
                            { marked(language, &format!("{}: {}", link.label, link.message)) }
                        </a></li>
                    }
                }) }
            </ul>
        </div>
    }
}
