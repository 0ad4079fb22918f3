//! The dual-learning section: the learner's situation and hours, the employer's side, and
//! the four agreements (OAO, ODOS, ODO, ODOW) compared side by side, with a
//! short reading and every figure explained and sourced. Everything shown comes from
//! the core's outcome, in the page's language; only bar widths are worked out here, to
//! draw them. The section's own words are the `dual-` messages of `locales/*/app-dual.ftl`.
//!
//! One concern per file: the inputs (`inputs.rs`), the summary at the top of the result
//! (`summary.rs`), the comparison table (`comparison.rs`), each
//! agreement explained (`agreement.rs`) and its premiums (`premium.rs`).

mod agreement;
mod comparison;
mod inputs;
mod premium;
mod summary;

use crate::components::errors::ErrorSummary;
use crate::components::form::use_disclosure;
use crate::components::sticky::StickySummary;
use crate::i18n::{marked, use_language, words};
use crate::state::dual::DualForm;
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::t;
use crate::text;
use comparison::DualDetails;
use inputs::{DualInputs, DualMoreInputs};
use std::rc::Rc;
use studierekenaar_core::dual::{Agreement, Choice};
use studierekenaar_core::params::Status;
use studierekenaar_core::render::Words;
use studierekenaar_core::{Cents, Language, Outcome};
use summary::{short_answer, DualSummary};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DualSectionProps {
    pub form: DualForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    /// The errors of this section's fields, as links.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
}

/// A figure's status with a symbol and words, never by colour alone.
pub(super) fn status_badge(language: Language, status: Status) -> Html {
    let (class, symbol, words) = text::figure_status(language, status);
    html! {
        <span class={classes!("status", class)}><span aria-hidden="true">{ symbol }</span>{ format!(" {words}") }</span>
    }
}

/// `yes` or `no`, for a message that selects on it.
pub(super) fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

#[component]
pub fn DualSection(props: &DualSectionProps) -> Html {
    let language = use_language();
    let year = props.outcome.as_ref().map(|o| o.academic_year);
    let dual = props.outcome.as_ref().and_then(|o| o.dual.as_ref());
    // How it was calculated, folded at first; only the person opens and closes it.
    let (how_open, on_how_toggle) = use_disclosure(false);
    html! {
        <div class="dual">
            <div class="layout dual-layout">
                <DualInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} {year} />
                <section class="dual-panel" aria-labelledby="dual-result-title">
                    <h2 id="dual-result-title">{ t!(language, "dual-result-title", who = props.form.perspective.key()) }</h2>
                    {
                        match (dual, year) {
                            (Some(dual), Some(_)) => html! { <DualSummary dual={dual.clone()} /> },
                            _ => {
                                let n = props.errors.count_under(&["dual."]);
                                let message = t!(language, "dual-pending-fields", count = n, amount = language.integer(n as i64));
                                html! {
                                    <>
                                        <div class="summary" role="status" aria-live="polite">
                                            <p class="total-pending" id="dual-pending">{ message }</p>
                                        </div>
                                        <ErrorSummary id="dual-errors" links={props.links.clone()} section={Section::Dual}
                                            on_action={props.on_action.clone()} />
                                    </>
                                }
                            }
                        }
                    }
                </section>
            </div>
            <DualMoreInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} {year} />
            if let Some(dual) = dual {
                <details class="dual-how" id="dual-how" open={how_open} ontoggle={on_how_toggle}>
                    <summary>{ t!(language, "dual-how-title") }</summary>
                    <p class="dual-reference" id="dual-reference">{ words(language, &dual.reference_text) }</p>
                    <div class="dual-reading">
                        <h3>{ t!(language, "dual-reading-title") }</h3>
                        <ul>{ for dual.reading.iter().map(|text| html! { <li>{ amount_sentence(language, &text.words(language)) }</li> }) }</ul>
                    </div>
                    <DualDetails dual={dual.clone()} />
                </details>
                // On a phone the further inputs and the details come after the answer: once it
                // has scrolled up, a bar keeps it in sight.
                <StickySummary target="dual-summary" after_answer=true>{ short_answer(language, dual) }</StickySummary>
            }
        </div>
    }
}

/// Keeps `€` and its amount on one line (Dutch and French write a space between them).
pub(super) fn nbsp(text: &str) -> String {
    text.replace("€ ", "€\u{a0}")
}

/// A sentence with amounts in it: `€` kept with its amount, legal terms marked.
pub(super) fn amount_sentence(language: Language, text: &str) -> Html {
    marked(language, &nbsp(text))
}

pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An amount written the language's way, or `niet berekend` when there is none.
pub(super) fn money_or_not_computed(language: Language, amount: Option<Cents>) -> String {
    amount.map_or_else(|| t!(language, "dual-not-computed"), |c| language.money(c))
}

/// The weakest status of the figures behind an agreement's allowance.
pub(super) fn allowance_status(agreement: &Agreement) -> Option<Status> {
    agreement.lines.iter().filter_map(|l| l.parameter.as_ref()).map(|p| p.status).max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::leave::Hours;

    #[test]
    fn the_sections_words_exist_in_every_language() {
        for language in Language::ALL {
            assert_ne!(t!(language, "dual-not-possible"), "dual-not-possible");
            let caption =
                t!(language, "dual-table-caption", hours = "24", weeks = 48, months = 12, date = "1 mei 2025");
            assert!(caption.contains("24") && caption.contains("48") && caption.contains("12"), "{caption}");
        }
        assert_eq!(
            t!(
                Language::Dutch,
                "dual-table-caption",
                hours = "22,5 uur",
                weeks = 48,
                months = 12,
                date = "1 september 2025"
            ),
            "Voor 22,5 uur per week op de werkplek, 48 weken en 12 maanden; bedragen op 1 september 2025"
        );
        // The hours come with their word, in the plural the number takes.
        assert_eq!(
            t!(
                Language::English,
                "dual-table-caption",
                hours = Hours(2_250).display(Language::English),
                weeks = 48,
                months = 12,
                date = "1 September 2025"
            ),
            "For 22.5 hours a week at the workplace, 48 weeks and 12 months; amounts on 1 September 2025"
        );
        assert_eq!(
            t!(Language::Dutch, "dual-pending-fields", count = 1, amount = "1"),
            "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw."
        );
        assert_eq!(
            t!(Language::Dutch, "dual-total-per", average = "yes", yearly = "€ 4.049,28"),
            "per maand (gemiddeld) · € 4.049,28 per schooljaar"
        );
    }
}
