//! One premium under an agreement: the verdict, the amount, the lines and the conditions.

use super::agreement::{Conditions, Lines};
use super::amount_sentence;
use crate::i18n::{use_language, words};
use crate::t;
use studierekenaar_core::dual::{Premium, Verdict};
use studierekenaar_core::render::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct PremiumProps {
    pub(super) premium: Premium,
}

#[component]
pub(super) fn PremiumView(props: &PremiumProps) -> Html {
    let language = use_language();
    let p = &props.premium;
    let (symbol, verdict) = match p.verdict {
        Verdict::Applies => ("✓", t!(language, "dual-applies")),
        Verdict::NotEligible => ("✗", t!(language, "dual-not-applicable")),
        Verdict::NotComputed => ("?", t!(language, "dual-not-computed")),
    };
    html! {
        <div class={classes!("dual-premium", match p.verdict { Verdict::Applies => "applies", Verdict::NotEligible => "not-eligible", Verdict::NotComputed => "not-computed" })}>
            <p class="dual-premium-head">
                <strong>{ words(language, &p.name) }</strong>
                { " · " }<span aria-hidden="true">{ symbol }</span>{ format!(" {verdict}") }
                if let Some(amount) = p.amount_cents { <>{ " · " }<strong class="line-amount">{ language.money(amount) }</strong></> }
            </p>
            <p>{ amount_sentence(language, &p.text.words(language)) }</p>
            <Lines lines={p.lines.clone()} />
            <Conditions conditions={p.conditions.clone()} />
        </div>
    }
}
