//! The study-route section ("Mijn studietraject"): the inputs, the route year by year, the
//! comparison of contracts and paces, and a chart of the learning credit and the weekly
//! hours with a table of the same numbers. Nothing is recomputed here: every figure is the
//! core's, worded by `render::plan`; the labels come from `locales/<language>/app-plan.ftl`.

mod chart;
mod compare;
mod inputs;
mod year_choices;
mod years;

use crate::components::errors::ErrorSummary;
use crate::i18n::{marked, use_language};
use crate::state::plan::PlanForm;
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::{t, text};
use std::rc::Rc;
use studierekenaar_core::render::plan as words;
use studierekenaar_core::Outcome;
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
    html! {
        <div class="layout plan">
            <inputs::PlanInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()}
                with_leave={props.with_leave} year={props.year} status={props.status} />
            <section class="result plan-result" aria-labelledby="plan-result-title">
                <h2 id="plan-result-title">{ t!(language, "plan-result-title") }</h2>
                {
                    match plan {
                        Some(plan) => {
                            let (class, symbol, status) = text::figures_status(language, plan.figures_status);
                            html! {
                                <>
                                <div class="summary" role="status" aria-live="polite">
                                    <p class="plan-summary" id="plan-summary">{ marked(language, &words::summary(language, &plan)) }</p>
                                </div>
                                <p class={classes!("figures-status", class)}>
                                    <span aria-hidden="true" class="symbol">{ symbol }</span>{ format!(" {status}") }
                                    if !plan.estimated_from.is_empty() {
                                        { format!(" · {}", t!(language, "plan-estimated-from", from = plan.estimated_from.join(", "))) }
                                    }
                                </p>
                                <years::YearTable plan={plan.clone()} />
                                <compare::Comparison plan={plan.clone()} />
                                <chart::PlanChart plan={plan.clone()} />
                                <years::YearFigures plan={plan} />
                                </>
                            }
                        }
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
        </div>
    }
}
