//! The language switch: each language named in itself (and marked as such, so that a
//! screen reader pronounces "Français" in French), the current one pressed, one whose
//! messages are being fetched busy.

use crate::t;
use studierekenaar_core::Language;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub language: Language,
    /// A language whose messages are being fetched: its button says it is busy.
    #[prop_or_default]
    pub fetching: Option<Language>,
    pub on_change: Callback<Language>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    html! {
        <div class="language-switch" role="group" aria-label={t!(props.language, "language-switch")}>
            { for Language::ALL.iter().map(|&language| {
                let on_change = props.on_change.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_change.emit(language));
                let current = language == props.language;
                let busy = props.fetching == Some(language);
                html! {
                    <button type="button" class={classes!("language-button", current.then_some("current"))}
                        lang={language.tag()} aria-pressed={current.to_string()} aria-busy={busy.then_some("true")} {onclick}>
                        { language.own_name() }
                    </button>
                }
            }) }
        </div>
    }
}
