//! Each scheme explained: VOV, time credit or zorgkrediet, VOK, with their verdict,
//! conditions, lines and notes.

use crate::components::result::Source;
use crate::i18n::{marked, use_language, words};
use crate::t;
use studierekenaar_core::explain::Condition;
use studierekenaar_core::leave::{Answer, BreakOutcome, Line, Verdict, VokOutcome, VovOutcome};
use studierekenaar_core::{Cents, Language};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct VovProps {
    pub(super) vov: VovOutcome,
    pub(super) answer: Answer,
}

#[component]
pub(super) fn VovView(props: &VovProps) -> Html {
    let language = use_language();
    let vov = &props.vov;
    html! {
        <div class="leave-block" id="leave-vov">
            <h3>{ marked(language, &t!(language, "leave-vov-title")) }</h3>
            <VerdictView answer={props.answer.clone()} />
            <Conditions conditions={vov.conditions.clone()} />
            <Lines lines={vov.lines.clone()} />
            <ul class="leave-notes">{ for vov.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct BreakProps {
    pub(super) title: AttrValue,
    pub(super) id: AttrValue,
    pub(super) scheme: BreakOutcome,
    pub(super) answer: Answer,
}

#[component]
pub(super) fn BreakView(props: &BreakProps) -> Html {
    let language = use_language();
    let scheme = &props.scheme;
    html! {
        <div class="leave-block" id={props.id.clone()}>
            <h3>{ marked(language, &props.title) }</h3>
            <VerdictView answer={props.answer.clone()} />
            <Conditions conditions={scheme.conditions.clone()} />
            if !scheme.to_verify.is_empty() {
                <p class="leave-subhead">{ t!(language, "leave-to-verify-title") }</p>
                <ul class="conditions to-verify">
                    { for scheme.to_verify.iter().map(|point| html! {
                        <li><span class="visually-hidden">{ format!("{} ", t!(language, "leave-to-verify")) }</span><span aria-hidden="true">{ "? " }</span>{ words(language, point) }</li>
                    }) }
                </ul>
            }
            <Lines lines={scheme.lines.clone()} />
            <ul class="leave-notes">{ for scheme.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct VokProps {
    pub(super) vok: VokOutcome,
    pub(super) answer: Answer,
}

#[component]
pub(super) fn VokView(props: &VokProps) -> Html {
    let language = use_language();
    let vok = &props.vok;
    let gross_net = |gross: Cents, net: Cents| {
        t!(language, "leave-gross-net", gross = language.money(gross), net = language.money(net))
    };
    html! {
        <div class="leave-block" id="leave-vok">
            <h3>{ marked(language, &t!(language, "leave-vok-title")) }</h3>
            <VerdictView answer={props.answer.clone()} />
            <Conditions conditions={vok.conditions.clone()} />
            if !vok.lines.is_empty() {
                <ul class="lines">
                    { for vok.lines.iter().map(|line| html! {
                        <li class="line">
                            <div class="line-main">
                                <span class="line-text">{ words(language, &line.text) }</span>
                                <span class="line-amount">{ gross_net(line.gross_cents, line.net_cents) }</span>
                            </div>
                            <Source parameter={line.gross.clone()} />
                            <Source parameter={line.net.clone()} />
                        </li>
                    }) }
                </ul>
                <p class="subtotal">
                    <span>{ marked(language, &t!(language, "leave-vok-monthly")) }</span>
                    <span class="line-amount">{ gross_net(vok.monthly_gross_cents.unwrap_or(Cents::ZERO), vok.monthly_net_cents.unwrap_or(Cents::ZERO)) }</span>
                </p>
            }
            <ul class="leave-notes">{ for vok.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

/// The verdict's class, symbol and word: `("possible", "✓", "Ja")`.
pub(super) fn verdict_word(language: Language, verdict: Verdict) -> (&'static str, &'static str, String) {
    match verdict {
        Verdict::Yes => ("possible", "✓", t!(language, "leave-verdict-yes")),
        Verdict::No => ("not-possible", "✗", t!(language, "leave-verdict-no")),
        Verdict::Maybe => ("maybe", "?", t!(language, "leave-verdict-maybe")),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct VerdictProps {
    pub(super) answer: Answer,
}

/// The verdict with a symbol and words, never colour alone: yes, no or maybe, the reason,
/// and the next step.
#[component]
pub(super) fn VerdictView(props: &VerdictProps) -> Html {
    let language = use_language();
    let answer = &props.answer;
    let (class, symbol, word) = verdict_word(language, answer.verdict);
    html! {
        <>
            <p class={classes!("verdict", class)}>
                <span aria-hidden="true" class="symbol">{ symbol }</span>
                <strong>{ format!("{word}. ") }</strong>
                { words(language, &answer.reason) }
            </p>
            <p class="verdict-next"><strong>{ t!(language, "leave-next") }</strong>{ " " }{ words(language, &answer.next_step) }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ConditionsProps {
    pub(super) conditions: Vec<Condition>,
}

#[component]
pub(super) fn Conditions(props: &ConditionsProps) -> Html {
    let language = use_language();
    if props.conditions.is_empty() {
        return html! {};
    }
    let (met, not_met) = (t!(language, "leave-condition-met"), t!(language, "leave-condition-not-met"));
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li>
                    <span class="visually-hidden">{ format!("{} ", if condition.met { &met } else { &not_met }) }</span>
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
    pub(super) lines: Vec<Line>,
}

#[component]
pub(super) fn Lines(props: &LinesProps) -> Html {
    let language = use_language();
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines">
            { for props.lines.iter().map(|line| {
                let amount = match (line.hours, line.amount_cents) {
                    (_, Some(cents)) => Some(language.money(cents)),
                    (Some(hours), None) => Some(hours.display(language)),
                    (None, None) => None,
                };
                html! {
                    <li class="line">
                        <div class="line-main">
                            <span class="line-text">{ words(language, &line.text) }</span>
                            if let Some(amount) = amount { <span class="line-amount">{ amount }</span> }
                        </div>
                        if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }
            }) }
        </ul>
    }
}
