//! The study-route section ("Mijn studietraject"): the answer first (years, total fee,
//! learning credit, grant, hours a week left, VOV), the inputs, then the comparison of
//! contracts and paces and, folded, the route year by year with a chart of the learning
//! credit and the weekly hours beside a table of the same numbers. Nothing is recomputed
//! here: every figure is the core's, worded by `render::plan`; the labels come from
//! `locales/<language>/app-plan.ftl`.

mod chart;
mod compare;
mod inputs;
mod year_choices;
mod years;

use crate::components::errors::ErrorSummary;
use crate::components::form::use_disclosure;
use crate::components::sticky::StickySummary;
use crate::i18n::{marked, use_language};
use crate::state::plan::PlanForm;
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::{t, text};
use std::rc::Rc;
use studierekenaar_core::plan::PlanOutcome;
use studierekenaar_core::render::plan as words;
use studierekenaar_core::{Language, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    pub form: PlanForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
    /// Whether the leave section's work situation is in the plan.
    pub with_leave: bool,
    /// The page's academic year and the fee section's status: what a year follows by default.
    pub year: studierekenaar_core::year::AcademicYear,
    pub status: studierekenaar_core::scenario::StudentStatus,
}

#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let language = use_language();
    let plan = props.outcome.as_ref().and_then(|outcome| outcome.plan.clone());
    let (how_open, on_how_toggle) = use_disclosure(false);
    html! {
        // The answer first: on a phone the route's answer comes before the form (see .answer-first);
        // the comparison and the calculation follow the form, over the whole width.
        <div class="layout answer-first plan">
            <section class="result plan-result" aria-labelledby="plan-result-title">
                <h2 id="plan-result-title">{ t!(language, "plan-result-title") }</h2>
                {
                    match &plan {
                        Some(plan) => answer(language, plan),
                        None => {
                            let count = i64::try_from(props.errors.count_under(&["plan.", "leave."])).unwrap_or(i64::MAX);
                            html! {
                                <>
                                <div class="summary" role="status" aria-live="polite">
                                    <p class="total-pending" id="plan-pending">{ t!(language, "plan-pending", count = count, amount = language.integer(count)) }</p>
                                </div>
                                <ErrorSummary id="plan-errors" links={props.links.clone()} section={Section::Plan} on_action={props.on_action.clone()} />
                                </>
                            }
                        }
                    }
                }
            </section>
            <inputs::PlanInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()}
                with_leave={props.with_leave} year={props.year} status={props.status} />
            if let Some(plan) = plan {
                <div class="plan-more">
                    <compare::Comparison plan={plan.clone()} />
                    <details class="how" id="plan-how" open={how_open} ontoggle={on_how_toggle}>
                        <summary><h2>{ t!(language, "plan-how") }</h2></summary>
                        <years::YearTable years={plan.years.clone()} totals={plan.totals.clone()} id="plan-years-table" />
                        <chart::PlanChart plan={plan.clone()} />
                        <years::YearFigures years={plan.years.clone()} totals={plan.totals.clone()} id="plan-figures" />
                    </details>
                </div>
                // Scrolled down to the form or the comparison on a phone: the total stays in sight.
                <StickySummary target="plan-answer">{ sticky_text(language, &plan) }</StickySummary>
            }
        </div>
    }
}

/// The route's answer: the sentence (total fee, years, learning credit at the end), then
/// whether a grant is possible, the hours a week left and the VOV hours, and how sure the figures are.
fn answer(language: Language, plan: &PlanOutcome) -> Html {
    let totals = &plan.totals;
    let (class, symbol, status) = text::figures_status(language, plan.figures_status);
    let grant = if totals.study_grant_years > 0 {
        t!(
            language,
            "plan-answer-grant-years",
            count = totals.study_grant_years,
            amount = language.integer(totals.study_grant_years)
        )
    } else {
        t!(language, "plan-no")
    };
    html! {
        <>
        <div class="summary" id="plan-answer" role="status" aria-live="polite" aria-atomic="true">
            <p class="plan-summary" id="plan-summary">{ marked(language, &words::summary(language, plan)) }</p>
            <dl class="answer-figures">
                <div>
                    <dt>{ t!(language, "plan-col-left-average") }</dt>
                    <dd id="plan-answer-left">{ years::per_week(language, totals.average_hours_per_week_left) }</dd>
                </div>
                <div>
                    <dt>{ t!(language, "plan-col-grant") }</dt>
                    <dd id="plan-answer-grant">{ grant }</dd>
                </div>
                if let Some(vov) = totals.vov_hours {
                    <div>
                        <dt>{ marked(language, &t!(language, "plan-col-vov-total")) }</dt>
                        <dd id="plan-answer-vov">{ vov.display(language) }</dd>
                    </div>
                }
            </dl>
        </div>
        <p class={classes!("figures-status", class)}>
            <span aria-hidden="true" class="symbol">{ symbol }</span>{ format!(" {status}") }
            if !plan.estimated_from.is_empty() {
                { format!(" · {}", t!(language, "plan-estimated-from", from = plan.estimated_from.join(", "))) }
            }
        </p>
        </>
    }
}

/// `Studietraject: 6 jaar, € 4.403,60`, for the bar at the bottom of a phone's screen.
fn sticky_text(language: Language, plan: &PlanOutcome) -> String {
    let totals = &plan.totals;
    t!(
        language,
        "plan-jump-to-result",
        count = totals.years,
        amount = language.integer(totals.years),
        fee = years::money(language, totals.fee_cents)
    )
}
