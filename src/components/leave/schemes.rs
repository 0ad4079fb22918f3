//! Each scheme explained: VOV, time credit or zorgkrediet, VOK, with their verdict,
//! conditions, lines and notes.

use crate::components::result::Source;
use crate::i18n::{marked, words};
use crate::t;
use studierekenaar_core::explain::Condition;
use studierekenaar_core::leave::{Answer, BreakOutcome, Line, Verdict, VokOutcome, VovOutcome};
use studierekenaar_core::{Cents, Language};
use yew::prelude::*;

// Plain functions rather than components: they hold no state, and each component costs
// the first visit's download more than a function does.

pub(super) fn vov_view(language: Language, vov: &VovOutcome, answer: &Answer) -> Html {
    html! {
        <div class="leave-block" id="leave-vov">
            <h3>{ marked(language, &t!(language, "leave-vov-title")) }</h3>
            { verdict_view(language, answer) }
            { conditions_view(language, &vov.conditions) }
            { lines_view(language, &vov.lines) }
            <ul class="leave-notes">{ for vov.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

pub(super) fn break_view(
    language: Language,
    title: &str,
    id: &'static str,
    scheme: &BreakOutcome,
    answer: &Answer,
) -> Html {
    html! {
        <div class="leave-block" id={id}>
            <h3>{ marked(language, title) }</h3>
            { verdict_view(language, answer) }
            { conditions_view(language, &scheme.conditions) }
            if !scheme.to_verify.is_empty() {
                <p class="leave-subhead">{ t!(language, "leave-to-verify-title") }</p>
                <ul class="conditions to-verify">
                    { for scheme.to_verify.iter().map(|point| html! {
                        <li><span class="visually-hidden">{ format!("{} ", t!(language, "leave-to-verify")) }</span><span aria-hidden="true">{ "? " }</span>{ words(language, point) }</li>
                    }) }
                </ul>
            }
            { lines_view(language, &scheme.lines) }
            <ul class="leave-notes">{ for scheme.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

pub(super) fn vok_view(language: Language, vok: &VokOutcome, answer: &Answer) -> Html {
    let gross_net = |gross: Cents, net: Cents| {
        t!(language, "leave-gross-net", gross = language.money(gross), net = language.money(net))
    };
    html! {
        <div class="leave-block" id="leave-vok">
            <h3>{ marked(language, &t!(language, "leave-vok-title")) }</h3>
            { verdict_view(language, answer) }
            { conditions_view(language, &vok.conditions) }
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

/// The verdict with a symbol and words, never colour alone: yes, no or maybe, the reason,
/// and the next step.
pub(super) fn verdict_view(language: Language, answer: &Answer) -> Html {
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

fn conditions_view(language: Language, conditions: &[Condition]) -> Html {
    if conditions.is_empty() {
        return html! {};
    }
    let (met, not_met) = (t!(language, "leave-condition-met"), t!(language, "leave-condition-not-met"));
    html! {
        <ul class="conditions">
            { for conditions.iter().map(|condition| html! {
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

pub(super) fn lines_view(language: Language, lines: &[Line]) -> Html {
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines">
            { for lines.iter().map(|line| {
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
