//! The route year by year: one row per academic year with its study points, contract, fee
//! (and its status), learning credit before and after, grant, leave and hours left; the
//! totals at the foot; and, per year, every figure used with its source.

use crate::components::result::{ScrollBox, Source};
use crate::i18n::{marked, use_language};
use crate::{t, text};
use studierekenaar_core::leave::HoursRange;
use studierekenaar_core::message::{Arg, MessageId};
use studierekenaar_core::plan::{PlanOutcome, PlanTotals, PlanYear};
use studierekenaar_core::render::{self, plan as words};
use studierekenaar_core::{Cents, FiguresStatus, Language};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub plan: PlanOutcome,
}

/// A route year by year: the own plan's, or an alternative's of the comparison.
#[derive(Properties, PartialEq)]
pub struct RouteProps {
    pub years: Vec<PlanYear>,
    pub totals: PlanTotals,
    /// The table's id (the own plan's and an alternative's are both on the page).
    pub id: AttrValue,
}

pub(super) fn money(language: Language, amount: Option<Cents>) -> String {
    amount.map_or_else(|| t!(language, "plan-not-computed"), |cents| language.money(cents))
}

pub(super) fn per_week(language: Language, hours: Option<HoursRange>) -> String {
    hours.map_or_else(
        || t!(language, "plan-not-computed"),
        |h| t!(language, "plan-per-week", hours = h.display(language)),
    )
}

pub(super) fn yes_no(language: Language, value: bool) -> String {
    if value {
        t!(language, "plan-yes")
    } else {
        t!(language, "plan-no")
    }
}

fn fee_cell(language: Language, year: &PlanYear) -> Html {
    let estimated = year.fee_figures_status != FiguresStatus::Confirmed;
    html! {
        <>
            { money(language, year.fee_cents) }
            if estimated {
                <span class="plan-estimated">{ format!(" ({})", t!(language, "plan-estimated")) }</span>
            }
            if let Some(surcharge) = year.learning_credit_surcharge_max_cents.filter(|c| c.0 > 0) {
                <span class="plan-surcharge">{ format!(" {}", t!(language, "plan-surcharge", amount = language.money(surcharge))) }</span>
            }
        </>
    }
}

#[component]
pub fn YearTable(props: &RouteProps) -> Html {
    let language = use_language();
    let totals = &props.totals;
    html! {
        <ScrollBox class="plan-table-wrap" label={t!(language, "plan-years-region")}>
            <table class="plan-table" id={props.id.clone()}>
                <caption>{ t!(language, "plan-years-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!(language, "plan-col-year") }</th>
                        <th scope="col">{ t!(language, "plan-col-credits") }</th>
                        <th scope="col">{ t!(language, "plan-col-contract") }</th>
                        <th scope="col">{ t!(language, "plan-col-fee") }</th>
                        <th scope="col">{ t!(language, "plan-col-learning-credit") }</th>
                        <th scope="col">{ t!(language, "plan-col-grant") }</th>
                        <th scope="col">{ t!(language, "plan-col-vov") }</th>
                        <th scope="col">{ t!(language, "plan-col-time-credit") }</th>
                        <th scope="col">{ t!(language, "plan-col-left") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.years.iter().map(|year| html! {
                        <tr>
                            <th scope="row">{ year.academic_year.to_string() }</th>
                            <td>{ t!(language, "plan-credits-passed", taken = language.integer(year.credits), passed = language.integer(year.passed)) }</td>
                            <td>{ marked(language, &words::contract(language, year.contract)) }</td>
                            <td>{ fee_cell(language, year) }</td>
                            <td>
                                { format!("{} → {}", language.integer(year.learning_credit_before), language.integer(year.learning_credit_after)) }
                                if year.institution_must_agree {
                                    <span class="plan-consent">{ format!(" {}", t!(language, "plan-consent-short")) }</span>
                                }
                            </td>
                            <td>{ yes_no(language, year.study_grant_possible) }</td>
                            <td>{ year.vov_hours.map_or_else(|| t!(language, "plan-not-computed"), |h| h.display(language)) }</td>
                            <td>{ year.time_credit_months.map_or_else(|| t!(language, "plan-not-computed"), |m| months(language, m)) }</td>
                            <td>{ per_week(language, year.hours_per_week_left) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ t!(language, "plan-total", years = totals.years, amount = language.integer(totals.years)) }</th>
                        <td>{ totals.study_hours.map_or_else(|| t!(language, "plan-not-computed"), |h| t!(language, "plan-study-hours", hours = h.display(language))) }</td>
                        <td></td>
                        <td>{ money(language, totals.fee_cents) }</td>
                        <td>{ language.integer(totals.learning_credit_end) }</td>
                        <td>{ t!(language, "plan-grant-years", count = totals.study_grant_years, amount = language.integer(totals.study_grant_years)) }</td>
                        <td>{ totals.vov_hours.map_or_else(|| t!(language, "plan-not-computed"), |h| h.display(language)) }</td>
                        <td>{ totals.time_credit_months.map_or_else(|| t!(language, "plan-not-computed"), |m| months(language, m)) }</td>
                        <td>{ t!(language, "plan-average", hours = per_week(language, totals.average_hours_per_week_left)) }</td>
                    </tr>
                </tfoot>
            </table>
        </ScrollBox>
    }
}

/// Per year: the learning credit step by step and every figure used, with its source.
#[component]
pub fn YearFigures(props: &RouteProps) -> Html {
    let language = use_language();
    html! {
        <div class="plan-explained" id={props.id.clone()}>
            <h4>{ t!(language, "plan-explained-title") }</h4>
            { for props.years.iter().map(|year| {
                let (class, symbol, status) = text::figures_status(language, year.figures_status);
                html! {
                    <details class="plan-year-details">
                        <summary>{ t!(language, "plan-explained-year", year = year.academic_year.to_string()) }</summary>
                        <p>{ marked(language, &words::learning_credit(language, year)) }</p>
                        <p class={classes!("figures-status", class)}><span aria-hidden="true" class="symbol">{ symbol }</span>{ format!(" {status}") }</p>
                        <ul class="plan-figures">
                            { for year.figures.iter().filter_map(|figure| words::figure(language, year.academic_year, figure)).map(|used| html! {
                                <li><Source parameter={used} /></li>
                            }) }
                        </ul>
                    </details>
                }
            }) }
        </div>
    }
}

/// `3 maanden`, in the core's words for a number of months.
fn months(language: Language, count: i64) -> String {
    render::arg(&Arg::Counted { count, unit: MessageId::CountMonths }, language)
}
