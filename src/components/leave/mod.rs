//! The leave section: study load against Vlaams opleidingsverlof, tijdskrediet (or Vlaams
//! zorgkrediet) and the VOK premium. The inputs forward actions; the result shows exactly
//! what the core computed (nothing is recomputed here), with every figure's year, status
//! and source, and a chart that reads without colour next to a table with the same numbers.
//! Every word comes from `locales/<language>/app-leave.ftl`; the sentences of the outcome
//! come from the core in the page's language, their Dutch legal terms marked as Dutch.

mod chart;
mod inputs;
mod result;
mod schemes;
mod table;

use crate::components::errors::ErrorSummary;
use crate::components::form::use_disclosure;
use crate::components::sticky::StickySummary;
use crate::i18n::use_language;
use crate::state::leave::LeaveForm;
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::t;
use inputs::{region_question, LeaveInputs};
use result::{sticky_text, LeaveResult};
use std::rc::Rc;
use studierekenaar_core::leave::{HoursRange, PercentRange};
use studierekenaar_core::{Language, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaveSectionProps {
    pub form: LeaveForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    /// The errors in the fields the leave needs (its own, and the enrolments), as links.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
}

/// `57 %`, `57 tot 68 %` (`57 to 68%`).
fn share_text(language: Language, share: PercentRange) -> String {
    if share.min == share.max {
        language.percent(share.min)
    } else {
        t!(language, "leave-share-range", min = language.integer(share.min), max = language.integer(share.max))
    }
}

/// `14,42 tot 17,31 uur per week`.
fn per_week(language: Language, hours: HoursRange) -> String {
    t!(language, "leave-per-week", hours = hours.display(language))
}

/// The scheme that working less goes through, for messages that select on it.
fn break_scheme_key(care_credit: bool) -> &'static str {
    if care_credit {
        "care-credit"
    } else {
        "time-credit"
    }
}

#[component]
pub fn LeaveSection(props: &LeaveSectionProps) -> Html {
    let language = use_language();
    let leave = props.outcome.as_ref().and_then(|outcome| outcome.leave.as_ref().map(|leave| (outcome, leave)));
    // Held here, not in the result: a field turning wrong (no result for a moment) never folds it.
    let (how_open, on_how_toggle) = use_disclosure(false);
    html! {
        // The question first, then the answer, then the other questions (on a wide screen:
        // the questions on the left, the answer on the right).
        <div class="layout leave">
            { region_question(language, props.form.work_region, &props.on_action) }
            {
                match leave {
                    Some((outcome, leave)) => html! {
                        <LeaveResult year={outcome.academic_year.to_string()} leave={leave.clone()}
                            how_open={how_open} on_how_toggle={on_how_toggle.clone()} />
                    },
                    None => {
                        let leave_errors = props.errors.count_under(&["leave."]);
                        // Only the enrolments (the study plan) stand in the way: say so, and list them.
                        let message = if leave_errors == 0 && props.errors.count_under(&["enrolments"]) > 0 {
                            t!(language, "leave-pending-fee")
                        } else {
                            let count = i64::try_from(leave_errors).unwrap_or(i64::MAX);
                            t!(language, "leave-pending-errors", count = count, amount = language.integer(count))
                        };
                        html! {
                            <section class="result leave-result" aria-labelledby="leave-result-title">
                                <h2 id="leave-result-title">{ t!(language, "leave-result-title") }</h2>
                                <div class="summary" role="status" aria-live="polite">
                                    <p class="total-pending" id="leave-pending">{ message }</p>
                                </div>
                                <ErrorSummary id="leave-errors" links={props.links.clone()} section={Section::Leave}
                                    on_action={props.on_action.clone()} />
                            </section>
                        }
                    }
                }
            }
            <LeaveInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()}
                problems={leave.map(|(_, l)| l.problems.clone()).unwrap_or_default()}
                credits={leave.map(|(_, l)| l.study_load.credits)}
                allowance_reference={leave.and_then(|(_, l)| l.money_per_month.allowance_reference.clone())}
                lessons_from_modules={lessons_from_modules(props.outcome.as_deref())} />
            // Last, so that on a narrow screen it stays at the bottom while the questions scroll by.
            if let Some((_, leave)) = leave {
                <StickySummary target="leave-answer">{ sticky_text(language, leave) }</StickySummary>
            }
        </div>
    }
}

/// The lesson periods of the modules in Secundair diploma, which count instead of the field.
fn lessons_from_modules(outcome: Option<&studierekenaar_core::Outcome>) -> Option<i64> {
    outcome?.adult_education.as_ref().filter(|a| !a.modules.is_empty()).map(|a| a.time.lesson_periods)
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::leave::Hours;

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    #[test]
    fn the_break_is_named_by_its_form() {
        assert_eq!(t!(DUTCH, "leave-chart-break-none", scheme = "time-credit"), "tijdskrediet (niet gekozen)");
        assert_eq!(t!(DUTCH, "leave-chart-break-half-time", scheme = "care-credit"), "halftijds zorgkrediet");
        assert_eq!(t!(DUTCH, "leave-chart-break-full-time", scheme = "time-credit"), "voltijds tijdskrediet");
        assert_eq!(t!(ENGLISH, "leave-chart-break-full-time", scheme = "care-credit"), "full-time care credit");
        assert_eq!(t!(FRENCH, "leave-chart-break-half-time", scheme = "care-credit"), "crédit-soins à mi-temps");
        assert_eq!(
            t!(DUTCH, "leave-interruption-help", scheme = break_scheme_key(true)),
            "Met Vlaams zorgkrediet. Voor 1/5 is geen cao nodig; halftijds werken of volledig onderbreken kan alleen als een cao van je sector of onderneming het toelaat."
        );
        assert!(t!(DUTCH, "leave-interruption-help", scheme = break_scheme_key(false))
            .starts_with("Met tijdskrediet met motief opleiding. Voor 1/5"));
    }

    #[test]
    fn figures_and_counts_are_written_the_language_s_way() {
        let share = PercentRange { min: 57, max: 68 };
        assert_eq!(share_text(DUTCH, share), "57 tot 68 %");
        assert_eq!(share_text(ENGLISH, share), "57 to 68%");
        assert_eq!(share_text(FRENCH, share), "57 à 68 %");
        assert_eq!(share_text(DUTCH, PercentRange { min: 13, max: 13 }), "13 %");
        let load = HoursRange { min: Hours(1_442), max: Hours(1_731) };
        assert_eq!(per_week(DUTCH, load), "14,42 tot 17,31 uur per week");
        assert_eq!(per_week(ENGLISH, load), "14.42 to 17.31 hours per week");
        assert_eq!(per_week(FRENCH, load), "14,42 à 17,31 heures par semaine");
        let pending = |language: Language, count: i64| {
            t!(language, "leave-pending-errors", count = count, amount = language.integer(count))
        };
        assert_eq!(pending(DUTCH, 1), "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw.");
        assert_eq!(pending(DUTCH, 3), "Verbeter eerst 3 velden met een fout; dan rekenen we opnieuw.");
        assert_eq!(pending(ENGLISH, 1), "First correct 1 field with an error; then we calculate again.");
        assert_eq!(pending(FRENCH, 2), "Corrigez d’abord 2 champs erronés\u{a0}; ensuite, nous recalculons.");
        let credits = |language: Language, count: i64| {
            t!(language, "leave-plan-credits", count = count, amount = language.integer(count))
        };
        assert_eq!((credits(DUTCH, 1), credits(DUTCH, 30)), ("1 studiepunt".into(), "30 studiepunten".into()));
        assert_eq!((credits(ENGLISH, 1), credits(FRENCH, 30)), ("1 credit".into(), "30 crédits".into()));
    }

    #[test]
    fn french_and_english_name_the_dutch_schemes_in_their_headings() {
        assert_eq!(t!(DUTCH, "leave-vov-title"), "Vlaams opleidingsverlof (VOV)");
        assert_eq!(t!(ENGLISH, "leave-vov-title"), "Flemish training leave (Vlaams opleidingsverlof, VOV)");
        assert_eq!(t!(FRENCH, "leave-vov-title"), "Congé-éducation flamand (Vlaams opleidingsverlof, VOV)");
        assert_eq!(t!(ENGLISH, "leave-time-credit-title"), "Time credit for training (tijdskrediet)");
        assert_eq!(t!(ENGLISH, "leave-care-credit-title"), "Flemish care credit for training (Vlaams zorgkrediet)");
        assert!(t!(ENGLISH, "leave-sector-private-help").contains("Flemish training leave (Vlaams opleidingsverlof, VOV), time credit (tijdskrediet) and the Flemish training-credit premium (Vlaams opleidingskrediet, VOK)"));
        assert!(t!(FRENCH, "leave-sector-flemish-public-help").contains("crédit-soins flamand (Vlaams zorgkrediet)"));
    }
}
