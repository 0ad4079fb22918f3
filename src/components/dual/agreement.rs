//! One agreement explained: for whom, what it pays and how, its premiums and its rules,
//! each figure with its source.

use super::amount_sentence;
use super::premium::PremiumView;
use super::summary::{answer_class, answer_text};
use crate::components::result::{MissingFigures, Source, SourceLine};
use crate::i18n::{marked, use_language, words};
use crate::t;
use studierekenaar_core::dual::{Agreement, DualLine};
use studierekenaar_core::explain::Condition;
use studierekenaar_core::render::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct AgreementProps {
    pub(super) agreement: Agreement,
}

#[component]
pub(super) fn AgreementView(props: &AgreementProps) -> Html {
    let language = use_language();
    let a = &props.agreement;
    let id = format!("dual-agreement-{}", a.short.to_lowercase());
    let possible = a.verdict.possible();
    // The agreement possible when the section is first shown is unfolded; after that only
    // the person opens and closes it: what is typed never does.
    let unfolded = use_state_eq(|| possible);
    let ontoggle = {
        let unfolded = unfolded.clone();
        Callback::from(move |event: Event| {
            unfolded.set(event.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
        })
    };
    html! {
        <details class={classes!("dual-agreement", answer_class(a.verdict.answer))} id={id} open={*unfolded} {ontoggle}>
            <summary>
                <strong>{ marked(language, &t!(language, "dual-agreement-title", short = a.short.clone(), name = a.name.words(language))) }</strong>
                { " " }{ marked(language, &t!(language, "dual-agreement-education", education = a.education.words(language))) }{ " " }
                { answer_text(language, a.verdict.answer) }
            </summary>
            <h4>{ t!(language, "dual-for-whom") }</h4>
            <Conditions conditions={a.conditions.clone()} />

            <h4>{ t!(language, "dual-allowance-title") }</h4>
            if !possible {
                <p class="dual-not-computed">{ t!(language, "dual-not-possible") }</p>
            } else if let Some(reason) = &a.not_computed {
                <p class="dual-not-computed"><strong>{ format!("{} ", t!(language, "dual-not-computed-title")) }</strong>{ words(language, reason) }</p>
            }
            if possible {
                <Lines lines={a.lines.clone()} />
            }
            if !a.brackets.is_empty() {
                <ul class="dual-brackets">
                    { for a.brackets.iter().map(|b| html! {
                        <li class={classes!(b.applies.then_some("applies"))}>
                            <span class="visually-hidden">{ if b.applies { format!("{} ", t!(language, "dual-your-bracket")) } else { String::new() } }</span>
                            <strong>{ t!(
                                language,
                                "dual-bracket",
                                bracket = b.number,
                                amount = b.monthly_cents.map_or_else(|| t!(language, "dual-not-known"), |c| language.money(c)),
                            ) }</strong>
                            if b.applies { <span aria-hidden="true">{ format!(" {}", t!(language, "dual-your-bracket-marker")) }</span> }
                            <span class="dual-bracket-text">{ " " }{ words(language, &b.conditions) }</span>
                            if let Some(parameter) = &b.parameter { <Source parameter={parameter.clone()} /> }
                        </li>
                    }) }
                </ul>
            }
            if !a.missing.is_empty() {
                <MissingFigures missing={a.missing.clone()} />
            }

            if possible {
                <h4>{ t!(language, "dual-premiums-title") }</h4>
                { for a.premiums.iter().map(|premium| html! { <PremiumView premium={premium.clone()} /> }) }
                if a.premiums.is_empty() {
                    <p>{ t!(language, "dual-no-premiums") }</p>
                }
                if let Some(cost) = &a.employer_cost {
                    <h4>{ t!(language, "dual-row-cost") }</h4>
                    <Lines lines={cost.lines.clone()} />
                }
            }

            <h4>{ t!(language, "dual-rules-title") }</h4>
            <dl class="dual-facts">
                { for a.facts.iter().map(|fact| html! {
                    <>
                        <dt>{ words(language, &fact.label) }</dt>
                        <dd>
                            { words(language, &fact.text) }
                            <SourceLine status={fact.status} source={fact.source.clone()} quote={fact.quote.clone()} note={fact.note.as_ref().map(|note| note.words(language))} />
                        </dd>
                    </>
                }) }
            </dl>
            if !a.notes.is_empty() {
                <ul class="dual-notes">{ for a.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ConditionsProps {
    pub(super) conditions: Vec<Condition>,
}

#[component]
pub(super) fn Conditions(props: &ConditionsProps) -> Html {
    let language = use_language();
    let met = format!("{} ", t!(language, "dual-condition-met"));
    let not_met = format!("{} ", t!(language, "dual-condition-not-met"));
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li class={classes!(if condition.met { "met" } else { "not-met" })}>
                    <span class="visually-hidden">{ if condition.met { met.clone() } else { not_met.clone() } }</span>
                    <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                    { words(language, &condition.text) }
                    if let Some(parameter) = &condition.parameter { <Source parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct LinesProps {
    pub(super) lines: Vec<DualLine>,
}

#[component]
pub(super) fn Lines(props: &LinesProps) -> Html {
    let language = use_language();
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines dual-lines">
            { for props.lines.iter().map(|line| html! {
                <li class="dual-line">
                    <div class="line-main">
                        <span class="line-text">{ amount_sentence(language, &line.text.words(language)) }</span>
                        if let Some(amount) = line.amount_cents { <span class="line-amount">{ language.money(amount) }</span> }
                    </div>
                    if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}
