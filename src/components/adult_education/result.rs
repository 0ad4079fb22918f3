//! The result: fee, course materials, premium and net cost at the top, whether the premium
//! comes and when; then, folded, the lines behind each, the premium's conditions, the hours
//! a week and the training leave; last, also folded, the other route (the Examencommissie).
//! Nothing is recomputed here.

use crate::components::errors::ErrorSummary;
use crate::components::result::{MissingFigures, Source};
use crate::i18n::{marked, use_language};
use crate::state::{Action, ErrorLink, Section};
use crate::{t, text};
use std::rc::Rc;
use studierekenaar_core::render::adult_education::{explain, ConditionWords, Line};
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub outcome: Option<Rc<Outcome>>,
    pub error_count: usize,
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
    /// Whether "how it is calculated" is open (the section keeps it while the result comes and goes).
    pub how_open: bool,
    pub on_how_toggle: Callback<Event>,
}

#[component]
pub fn AdultEducationResult(props: &ResultProps) -> Html {
    let language = use_language();
    let found = props.outcome.as_ref().and_then(|o| o.adult_education.as_ref().map(|a| (o.academic_year, a)));
    let Some((year, result)) = found else {
        let count = i64::try_from(props.error_count).unwrap_or(i64::MAX);
        return html! {
            <section class="result" aria-labelledby="adult-result-title">
                <h2 id="adult-result-title">{ t!(language, "adult-result-title-pending") }</h2>
                <div class="summary" role="status" aria-live="polite">
                    <p class="total-pending" id="adult-pending">{ t!(language, "adult-fix-errors", count = count) }</p>
                </div>
                <ErrorSummary id="adult-errors" links={props.links.clone()} section={Section::AdultEducation} on_action={props.on_action.clone()} />
            </section>
        };
    };
    let words = explain(result, language);
    let money = |cents: i64| language.money(Cents(cents));
    let (status_class, status_symbol, status_text) = text::figures_status(language, result.figures_status);
    let summary = t!(
        language,
        "adult-summary",
        year = year.to_string(),
        fee = money(result.fee_cents),
        premium = money(result.premium_cents),
        net = money(result.net_cents)
    );
    let row = |id: &'static str, label: String, cents: i64| {
        html! {
            <p class="total" id={id}><span class="total-label">{ label }</span><span class="amount">{ money(cents) }</span></p>
        }
    };
    html! {
        <section class="result" aria-labelledby="adult-result-title">
            <h2 id="adult-result-title">{ t!(language, "adult-result-title", year = year.to_string()) }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                { row("adult-fee", t!(language, "adult-fee-label"), result.fee_cents) }
                if result.course_materials_cents > 0 {
                    { row("adult-materials-total", t!(language, "adult-materials-total-label"), result.course_materials_cents) }
                }
                { row("adult-premium", t!(language, "adult-premium-label"), result.premium_cents) }
                { row("adult-net", t!(language, "adult-net-label"), result.net_cents) }
                <p class="visually-hidden">{ summary }</p>
            </div>
            // The status, unless the figures not published are listed right below: they say it.
            if words.missing.is_empty() {
                <p class={classes!("figures-status", status_class)}>
                    <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
                </p>
            }
            { for words.fee_notes.iter().map(|note| html! { <p class="bill-note">{ marked(language, note) }</p> }) }
            if !words.missing.is_empty() {
                <MissingFigures missing={words.missing.clone()} />
            }

            <div class={classes!("answer-line", "grant", if result.premium.eligible { "possible" } else { "not-possible" })}>
                // The amount is in the figures above; the sentence says why when there is none.
                if !result.premium.eligible {
                    <p id="adult-premium-summary">{ marked(language, &words.premium_summary) }</p>
                }
                if let Some(timing) = &words.premium_timing {
                    <p id="adult-premium-timing">{ marked(language, timing) }</p>
                }
            </div>

            <details class="how" id="adult-how" open={props.how_open} ontoggle={props.on_how_toggle.clone()}>
                <summary><h3>{ t!(language, "result-how") }</h3></summary>
                <h4>{ t!(language, "adult-fee-how") }</h4>
                if words.modules.is_empty() {
                    <p>{ t!(language, "adult-no-modules") }</p>
                }
                <Lines lines={words.modules.iter().chain(&words.caps).cloned().collect::<Vec<_>>()} />

                <h4>{ marked(language, &t!(language, "adult-premium-title")) }</h4>
                <Conditions conditions={words.premium_conditions.clone()} />
                <Lines lines={words.premium_lines.clone()} />
                { for words.premium_notes.iter().map(|note| html! { <p class="bill-note">{ marked(language, note) }</p> }) }

                if !words.time.is_empty() {
                    <h4>{ t!(language, "adult-time-title") }</h4>
                    <Lines lines={words.time.clone()} />
                }
                if !words.vov.is_empty() {
                    <h4>{ marked(language, &t!(language, "adult-vov-title")) }</h4>
                    <Lines lines={words.vov.clone()} />
                }
            </details>

            <details class="how notes" id="adult-alternative">
                <summary><h3>{ marked(language, &words.alternative.title) }</h3></summary>
                <p>{ marked(language, &words.alternative.text) }</p>
                <p><a href={words.alternative.source} target="_blank" rel="noopener noreferrer">
                    { t!(language, "result-source", site = text::site_of(words.alternative.source)) }
                    <span class="visually-hidden">{ format!(" {}", t!(language, "opens-in-new-window")) }</span>
                </a></p>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LinesProps {
    lines: Vec<Line>,
}

/// Lines of the explanation, each with its amount and the figure it used.
#[component]
fn Lines(props: &LinesProps) -> Html {
    let language = use_language();
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines">
            { for props.lines.iter().map(|line| html! {
                <li class="line">
                    <div class="line-main">
                        <span class="line-text">{ marked(language, &line.text) }</span>
                        if let Some(amount) = line.amount_cents { <span class="line-amount">{ language.money(amount) }</span> }
                    </div>
                    if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ConditionsProps {
    conditions: Vec<ConditionWords>,
}

/// The premium's conditions, met or not said by a symbol and words, never by colour alone.
#[component]
fn Conditions(props: &ConditionsProps) -> Html {
    let language = use_language();
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| {
                let (symbol, words) = match condition.met {
                    Some(true) => ("✓ ", t!(language, "result-condition-met")),
                    Some(false) => ("✗ ", t!(language, "result-condition-not-met")),
                    None => ("→ ", t!(language, "adult-condition-to-do")),
                };
                html! {
                    <li>
                        <span class="visually-hidden">{ format!("{words} ") }</span>
                        <span aria-hidden="true">{ symbol }</span>
                        { marked(language, &condition.text) }
                        if let Some(parameter) = &condition.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }
            }) }
        </ul>
    }
}
