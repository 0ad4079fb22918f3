//! The comparison: the same programme under each contract and pace, side by side. The own
//! plan is marked; a column header sorts the table (again: the other way); an alternative
//! that cannot be computed shows why, and no amount. Each row's "year by year" button
//! shows the route its totals add up, with every figure used and its source.

use super::years::{money, per_week, yes_no, PlanProps, YearFigures, YearTable};
use crate::components::form::{use_disclosure, wider_than};
use crate::components::result::ScrollBox;
use crate::i18n::{marked, use_language};
use crate::t;
use std::cmp::Ordering;
use studierekenaar_core::plan::PlanOption;
use studierekenaar_core::render::plan as words;
use studierekenaar_core::scenario::Contract;
use yew::prelude::*;

/// The columns that sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Option,
    Years,
    Fee,
    Grant,
    LearningCredit,
    Vov,
    Left,
}

const COLUMNS: [Column; 7] =
    [Column::Option, Column::Years, Column::Fee, Column::Grant, Column::LearningCredit, Column::Vov, Column::Left];

/// Orders two alternatives on a column; those without figures always come last.
fn compare(column: Column, a: &PlanOption, b: &PlanOption) -> Ordering {
    let key = |o: &PlanOption| -> Option<i64> {
        let totals = o.totals.as_ref()?;
        Some(match column {
            Column::Option => 0,
            Column::Years => totals.years,
            Column::Fee => totals.fee_cents.map_or(i64::MAX, |c| c.0),
            Column::Grant => totals.study_grant_years,
            Column::LearningCredit => totals.learning_credit_end,
            Column::Vov => totals.vov_hours.map_or(0, |h| h.0),
            Column::Left => totals.average_hours_per_week_left.map_or(i64::MAX, |h| h.min.0),
        })
    };
    match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[component]
pub fn Comparison(props: &PlanProps) -> Html {
    let language = use_language();
    // Open at once on a wide screen; on a phone one tap away, so that the page stays short.
    // (60rem: where the page turns to one column.)
    let (open, ontoggle) = use_disclosure(wider_than(60.0));
    // (column, ascending); the order the core gives (own plan first) until a header is used.
    let sort = use_state(|| None::<(Column, bool)>);
    // The alternative whose route is shown under the table: its contract, pace and whether it is the own plan.
    let shown = use_state(|| None::<(Contract, i64, bool)>);
    let mut options: Vec<(usize, &PlanOption)> = props.plan.options.iter().enumerate().collect();
    if let Some((column, ascending)) = *sort {
        if column != Column::Option {
            options.sort_by(|(_, a), (_, b)| if ascending { compare(column, a, b) } else { compare(column, b, a) });
        }
    }
    let cheapest = props
        .plan
        .options
        .iter()
        .filter(|o| o.totals.as_ref().is_some_and(|t| t.fee_cents.is_some()))
        .min_by(|a, b| compare(Column::Fee, a, b));
    let key = |o: &PlanOption| (o.contract, o.credits_per_year, o.own);
    let shown_option = props.plan.options.iter().find(|o| Some(key(o)) == *shown && o.totals.is_some());
    let label = |column: Column| match column {
        Column::Option => t!(language, "plan-col-option"),
        Column::Years => t!(language, "plan-col-years"),
        Column::Fee => t!(language, "plan-col-fee-total"),
        Column::Grant => t!(language, "plan-col-grant-years"),
        Column::LearningCredit => t!(language, "plan-col-learning-credit-end"),
        Column::Vov => t!(language, "plan-col-vov-total"),
        Column::Left => t!(language, "plan-col-left-average"),
    };
    html! {
        <details class="plan-compare" id="plan-compare" {open} {ontoggle}>
            <summary>
                <h2 id="plan-compare-title">{ t!(language, "plan-compare-title") }</h2>
                if let Some(cheapest) = cheapest {
                    <span class="summary-sub">{ marked(language, &t!(language, "plan-compare-cheapest",
                        option = words::option(language, cheapest), fee = money(language, cheapest.totals.as_ref().and_then(|t| t.fee_cents)))) }</span>
                }
            </summary>
            <p class="help">{ t!(language, "plan-compare-help") }</p>
            <ScrollBox class="plan-table-wrap" label={t!(language, "plan-compare-region")}>
                <table class="plan-table" id="plan-compare-table">
                    <caption>{ t!(language, "plan-compare-caption") }</caption>
                    <thead>
                        <tr>
                            { for COLUMNS.iter().map(|column| {
                                let column = *column;
                                let state = (*sort).filter(|(c, _)| *c == column);
                                let aria_sort = match state {
                                    Some((_, true)) => "ascending",
                                    Some((_, false)) => "descending",
                                    None => "none",
                                };
                                let onclick = {
                                    let sort = sort.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        let ascending = !matches!(*sort, Some((c, true)) if c == column);
                                        sort.set(Some((column, ascending)));
                                    })
                                };
                                html! {
                                    <th scope="col" aria-sort={aria_sort}>
                                        if column == Column::Option {
                                            { label(column) }
                                        } else {
                                            <button type="button" class="sort" {onclick}>{ label(column) }</button>
                                        }
                                    </th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for options.iter().map(|&(index, option)| {
                            let name = words::option(language, option);
                            let expanded = *shown == Some(key(option));
                            let on_show = {
                                let (shown, key) = (shown.clone(), key(option));
                                Callback::from(move |_: MouseEvent| shown.set((!expanded).then_some(key)))
                            };
                            html! {
                                <tr class={classes!(option.own.then_some("plan-own"))}>
                                    <th scope="row">
                                        { marked(language, &name) }
                                        if option.own {
                                            <strong class="plan-own-mark">{ format!(" ({})", t!(language, "plan-own")) }</strong>
                                        }
                                        if option.totals.is_some() {
                                            <button type="button" class="secondary plan-option-show" id={format!("plan-option-{index}-show")}
                                                aria-expanded={expanded.to_string()} aria-controls="plan-option-route" onclick={on_show}>
                                                { t!(language, "plan-option-show") }
                                                <span class="visually-hidden">{ format!(": {name}") }</span>
                                            </button>
                                        }
                                    </th>
                                    {
                                        match (&option.totals, option.impossible) {
                                            (Some(totals), _) => html! {
                                                <>
                                                <td>{ t!(language, "plan-years-until", count = totals.years, amount = language.integer(totals.years), last = totals.last_year.to_string()) }</td>
                                                <td>{ money(language, totals.fee_cents) }</td>
                                                <td>{ format!("{} ({})", yes_no(language, option.study_grant_possible), t!(language, "plan-grant-years", count = totals.study_grant_years, amount = language.integer(totals.study_grant_years))) }</td>
                                                <td>{ language.integer(totals.learning_credit_end) }</td>
                                                <td>{ totals.vov_hours.map_or_else(|| t!(language, "plan-not-computed"), |h| h.display(language)) }</td>
                                                <td>{ per_week(language, totals.average_hours_per_week_left) }</td>
                                                </>
                                            },
                                            (None, reason) => html! {
                                                <td colspan="6" class="plan-impossible">
                                                    { t!(language, "plan-impossible", reason = reason.map(|r| words::impossible(language, r)).unwrap_or_default()) }
                                                </td>
                                            },
                                        }
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
            <div id="plan-option-route" class="plan-option-route">
                if let Some(option) = shown_option {
                    <h3>{ marked(language, &t!(language, "plan-option-route-title", option = words::option(language, option))) }</h3>
                    if let Some(totals) = option.totals.clone() {
                        <YearTable years={option.years.clone()} totals={totals.clone()} id="plan-option-years-table" />
                        <YearFigures years={option.years.clone()} {totals} id="plan-option-figures" />
                    }
                }
            </div>
        </details>
    }
}
