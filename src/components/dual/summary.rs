//! The answer first: what the asker came for, at the top of the result. For a learner the
//! allowance per month and per school year of each possible agreement and which pays most;
//! for an employer what each possible agreement costs after the premiums. Then whether
//! each agreement is possible (yes, no or maybe) with one reason and one next step. An
//! agreement that is not possible shows no amount.

use super::money_or_not_computed;
use crate::components::result::MissingFigures;
use crate::i18n::{marked, use_language, words};
use crate::t;
use crate::text;
use studierekenaar_core::dual::{Agreement, AgreementKind, AllowanceKind, Answer, DualOutcome, Perspective};
use studierekenaar_core::render::Words;
use studierekenaar_core::Language;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct SummaryProps {
    pub(super) dual: DualOutcome,
}

/// `✓ ja`, `✗ nee`, `? misschien`: never by colour alone.
pub(super) fn answer_text(language: Language, answer: Answer) -> String {
    match answer {
        Answer::Yes => t!(language, "dual-answer-yes"),
        Answer::No => t!(language, "dual-answer-no"),
        Answer::Maybe => t!(language, "dual-answer-maybe"),
    }
}

pub(super) fn answer_class(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Maybe => "maybe",
    }
}

/// The answer in a few words, for the bar at the bottom of a phone's screen.
pub(super) fn short_answer(language: Language, dual: &DualOutcome) -> String {
    let possible = dual.agreements.iter().filter(|a| a.verdict.possible());
    let parts: Vec<String> = possible
        .filter_map(|a| match dual.perspective {
            Perspective::Employer => a.employer_cost.as_ref().map(|cost| {
                t!(language, "dual-sticky-cost", short = a.short.clone(), amount = language.money(cost.net_cents))
            }),
            Perspective::Learner => a.monthly_allowance_cents.map(|monthly| {
                t!(language, "dual-sticky-allowance", short = a.short.clone(), amount = language.money(monthly))
            }),
        })
        .collect();
    if parts.is_empty() {
        t!(language, "dual-none-possible")
    } else {
        parts.join(" · ")
    }
}

#[component]
pub(super) fn DualSummary(props: &SummaryProps) -> Html {
    let language = use_language();
    let dual = &props.dual;
    let employer = dual.perspective == Perspective::Employer;
    let possible: Vec<&Agreement> = dual.agreements.iter().filter(|a| a.verdict.possible()).collect();
    let (status_class, status_symbol, status_text) = text::figures_status(language, dual.figures_status);
    let best = if employer { dual.costs_least } else { dual.pays_most };
    html! {
        <>
            <div class="summary dual-answer" role="status" aria-live="polite" aria-atomic="true" id="dual-summary">
                if possible.is_empty() {
                    <p class="total"><span class="total-label">{ t!(language, "dual-none-possible") }</span></p>
                }
                { for possible.iter().map(|agreement| {
                    let name = agreement.name.words(language);
                    let short = agreement.short.clone();
                    // The employer's net cost, or the learner's allowance a month.
                    let (label, amount, per) = if employer {
                        let per = agreement.employer_cost.as_ref().map(|cost| t!(
                            language,
                            "dual-cost-parts",
                            allowances = language.money(cost.allowances_cents),
                            wage = super::yes_no(agreement.allowance == AllowanceKind::Wage),
                            premiums = language.money(cost.premiums_cents),
                        ));
                        (t!(language, "dual-cost-label", name = name, short = short), agreement.employer_cost.as_ref().map(|c| c.net_cents), per)
                    } else {
                        let per = agreement.yearly_allowance_cents.map(|yearly| t!(
                            language,
                            "dual-total-per",
                            average = super::yes_no(agreement.kind == AgreementKind::Odo),
                            yearly = language.money(yearly),
                        ));
                        (t!(language, "dual-total-label", name = name, short = short), agreement.monthly_allowance_cents, per)
                    };
                    let per = per.unwrap_or_else(|| agreement.not_computed.as_ref().map(|why| why.words(language)).unwrap_or_default());
                    let marker = (best == Some(agreement.kind)).then(|| {
                        if employer { t!(language, "dual-costs-least") } else { t!(language, "dual-pays-most") }
                    });
                    html! {
                        <p class="total dual-total" id={format!("dual-total-{}", agreement.short.to_lowercase())}>
                            <span class="total-label">{ marked(language, &label) }</span>
                            <span class="amount">{ money_or_not_computed(language, amount) }</span>
                            <span class="dual-per">{ per }</span>
                            if let Some(marker) = marker { <span class="dual-best">{ marker }</span> }
                        </p>
                    }
                }) }
            </div>
            <h3>{ t!(language, "dual-verdicts-title") }</h3>
            <ul class="dual-verdicts" id="dual-verdicts">
                { for dual.agreements.iter().map(|agreement| {
                    let verdict = &agreement.verdict;
                    html! {
                        <li class={classes!("dual-verdict", answer_class(verdict.answer))} id={format!("dual-verdict-{}", agreement.short.to_lowercase())}>
                            <strong>{ agreement.short.clone() }</strong>{ " " }
                            <span class="dual-verdict-answer">{ answer_text(language, verdict.answer) }</span>{ " " }
                            <span class="dual-verdict-reason">{ words(language, &verdict.reason) }</span>{ " " }
                            <span class="dual-verdict-next">{ words(language, &verdict.next_step) }</span>
                        </li>
                    }
                }) }
            </ul>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>
            if !dual.missing.is_empty() {
                <MissingFigures missing={dual.missing.clone()} />
            }
        </>
    }
}

/// Why an amount is not computed, in a few words for a table cell (the full reason is below).
pub(super) fn not_computed_short(language: Language, agreement: &Agreement) -> String {
    if !agreement.verdict.possible() {
        t!(language, "dual-not-possible")
    } else if !agreement.missing.is_empty() {
        t!(language, "dual-short-missing")
    } else if agreement.allowance == AllowanceKind::Wage {
        t!(language, "dual-short-wage")
    } else {
        t!(language, "dual-short-not-yet")
    }
}
