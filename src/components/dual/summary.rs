//! The summary at the top of the result: what each open agreement pays, the figures'
//! status, the reference date, the chart and the reading.

use super::chart::DualChart;
use super::{amount_sentence, money_or_not_computed, yes_no};
use crate::components::result::MissingFigures;
use crate::i18n::{marked, use_language, words};
use crate::t;
use crate::text;
use studierekenaar_core::dual::{Agreement, AgreementKind, AllowanceKind, DualOutcome};
use studierekenaar_core::render::Words;
use studierekenaar_core::Language;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct SummaryProps {
    pub(super) dual: DualOutcome,
}

#[component]
pub(super) fn DualSummary(props: &SummaryProps) -> Html {
    let language = use_language();
    let dual = &props.dual;
    let open: Vec<&Agreement> = dual.agreements.iter().filter(|a| a.open).collect();
    let (status_class, status_symbol, status_text) = text::figures_status(language, dual.figures_status);
    let spoken: Vec<String> = dual
        .agreements
        .iter()
        .map(|a| match a.yearly_allowance_cents {
            Some(yearly) => t!(
                language,
                "dual-spoken-item",
                short = a.short.clone(),
                amount = language.money(yearly),
                open = yes_no(a.open),
            ),
            // Without an amount, say why in a few words rather than "not computed".
            None => t!(
                language,
                "dual-spoken-item-without-amount",
                short = a.short.clone(),
                reason = not_computed_short(language, a)
            ),
        })
        .collect();
    let spoken = t!(
        language,
        "dual-spoken",
        hours = dual.hours_per_week.display(language),
        items = spoken.join(&t!(language, "dual-spoken-separator")),
    );
    html! {
        <>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true" id="dual-summary">
                if open.is_empty() {
                    <p class="total"><span class="total-label">{ t!(language, "dual-for-you") }</span><span class="amount not-computed">{ t!(language, "dual-no-agreement") }</span></p>
                }
                { for open.iter().map(|agreement| html! {
                    <p class="total dual-total" id={format!("dual-total-{}", agreement.short.to_lowercase())}>
                        <span class="total-label">{ marked(language, &t!(language, "dual-total-label", name = agreement.name.words(language), short = agreement.short.clone())) }</span>
                        <span class="amount">{ money_or_not_computed(language, agreement.monthly_allowance_cents) }</span>
                        <span class="dual-per">{
                            match agreement.yearly_allowance_cents {
                                Some(yearly) => html! { { t!(
                                    language,
                                    "dual-total-per",
                                    average = yes_no(agreement.kind == AgreementKind::Odo),
                                    yearly = language.money(yearly),
                                ) } },
                                None => agreement.not_computed.as_ref().map(|why| words(language, why)).unwrap_or_default(),
                            }
                        }</span>
                    </p>
                }) }
                <p class="visually-hidden">{ marked(language, &spoken) }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>
            <p class="dual-reference" id="dual-reference">{ words(language, &dual.reference_text) }</p>
            <DualChart dual={dual.clone()} />
            <div class="dual-reading">
                <h3>{ t!(language, "dual-reading-title") }</h3>
                <ul>{ for dual.reading.iter().map(|text| html! { <li>{ amount_sentence(language, &text.words(language)) }</li> }) }</ul>
            </div>
            if !dual.missing.is_empty() {
                <MissingFigures missing={dual.missing.clone()} />
            }
        </>
    }
}

/// Why an amount is not computed, in a few words for a table cell (the full reason is below).
pub(super) fn not_computed_short(language: Language, agreement: &Agreement) -> String {
    if !agreement.missing.is_empty() {
        t!(language, "dual-short-missing")
    } else if agreement.allowance == AllowanceKind::Wage {
        t!(language, "dual-short-wage")
    } else {
        t!(language, "dual-short-not-yet")
    }
}
