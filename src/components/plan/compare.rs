//! The comparison: the same programme under each contract and pace, side by side. The own
//! plan is marked; a column header sorts the table (again: the other way); an alternative
//! that cannot be computed shows why, and no amount.

use super::years::{money, per_week, yes_no, PlanProps};
use crate::components::result::ScrollBox;
use crate::i18n::{marked, use_language};
use crate::t;
use std::cmp::Ordering;
use studierekenaar_core::plan::PlanOption;
use studierekenaar_core::render::plan as words;
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
    // (column, ascending); the order the core gives (own plan first) until a header is used.
    let sort = use_state(|| None::<(Column, bool)>);
    let mut options: Vec<&PlanOption> = props.plan.options.iter().collect();
    if let Some((column, ascending)) = *sort {
        if column != Column::Option {
            options.sort_by(|a, b| if ascending { compare(column, a, b) } else { compare(column, b, a) });
        }
    }
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
        <div class="plan-compare">
            <h3 id="plan-compare-title">{ t!(language, "plan-compare-title") }</h3>
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
                        { for options.iter().map(|option| {
                            let name = words::option(language, option);
                            html! {
                                <tr class={classes!(option.own.then_some("plan-own"))}>
                                    <th scope="row">
                                        { marked(language, &name) }
                                        if option.own {
                                            <strong class="plan-own-mark">{ format!(" ({})", t!(language, "plan-own")) }</strong>
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
        </div>
    }
}
