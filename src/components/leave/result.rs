//! The leave result: the study load, the covered share and the hours left, then the chart,
//! the table and each scheme explained.

use crate::components::result::{MissingFigures, Source};
use crate::i18n::{use_language, words};
use crate::{t, text};
use studierekenaar_core::leave::LeaveOutcome;
use yew::prelude::*;

use super::chart::{chart_break_label, Chart};
use super::schemes::{BreakView, Lines, VokView, VovView};
use super::table::CoverageTable;
use super::{per_week, share_text};

#[derive(Properties, PartialEq)]
pub(super) struct ResultProps {
    pub(super) year: AttrValue,
    pub(super) leave: LeaveOutcome,
}

#[component]
pub(super) fn LeaveResult(props: &ResultProps) -> Html {
    let language = use_language();
    let leave = &props.leave;
    let year = &props.year;
    let plan = leave.coverage.rows.first();
    let (status_class, status_symbol, status_text) = text::figures_status(language, leave.figures_status);
    let not_computed = || t!(language, "leave-not-computed");
    let load_text = leave.study_load_hours.map_or_else(not_computed, |load| load.display(language));
    let per_week_text = leave.study_load.per_week_hours.map(|w| per_week(language, w));
    let covered = plan.and_then(|p| p.covered_hours.zip(p.share_percent));
    let left = plan.and_then(|p| p.left_per_week_hours);
    let break_scheme = if leave.care_credit.applies { &leave.care_credit } else { &leave.time_credit };

    html! {
        <section class="result leave-result" aria-labelledby="leave-result-title">
            <h2 id="leave-result-title">{ t!(language, "leave-result-title-year", year = year.to_string()) }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="leave-load">
                    <span class="total-label">{ t!(language, "leave-load-label") }</span>
                    <span class="amount">{ load_text }</span>
                    if let Some(per_week) = &per_week_text { <span class="total-sub">{ per_week.clone() }</span> }
                </p>
                <dl class="leave-figures">
                    <div>
                        <dt>{ t!(language, "leave-covered-label") }</dt>
                        <dd id="leave-covered-share">{
                            match covered {
                                Some((hours, share)) => html! { <>{ share_text(language, share) }<span class="dd-sub">{ format!(" ({})", hours.display(language)) }</span></> },
                                None if plan.is_none() => html! { { t!(language, "leave-no-scheme") } },
                                None => html! { { not_computed() } },
                            }
                        }</dd>
                    </div>
                    <div>
                        <dt>{ t!(language, "leave-left-label") }</dt>
                        <dd id="leave-left-per-week">{ left.map_or_else(not_computed, |left| per_week(language, left)) }</dd>
                    </div>
                </dl>
                <p class="leave-verdict">{ words(language, &leave.coverage.summary) }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>

            if !leave.problems.is_empty() {
                <div class="missing" role="alert">
                    <p><strong>{ t!(language, "leave-problems-title") }</strong></p>
                    <ul>{ for leave.problems.iter().map(|p| html! { <li>{ words(language, &p.message) }</li> }) }</ul>
                </div>
            }
            if !leave.missing.is_empty() {
                <MissingFigures missing={leave.missing.clone()} />
            }

            if let Some(load) = leave.study_load_hours {
                <Chart load={load} rows={leave.coverage.rows.clone()} vov={leave.vov.applies.then_some(leave.vov.hours.unwrap_or_default())}
                    break_hours={break_scheme.hours} break_label={chart_break_label(language, leave)} />
            }
            if !leave.coverage.rows.is_empty() {
                <CoverageTable rows={leave.coverage.rows.clone()} />
            }

            if !leave.shortfalls.is_empty() {
                <div class="shortfalls">
                    <h3>{ t!(language, "leave-shortfalls-title") }</h3>
                    <ul>
                        { for leave.shortfalls.iter().map(|s| html! {
                            <li><span aria-hidden="true" class="symbol">{ "→ " }</span>{ words(language, &s.text) }<Source parameter={s.parameter.clone()} /></li>
                        }) }
                    </ul>
                </div>
            }

            <VovView vov={leave.vov.clone()} />
            if leave.care_credit.applies {
                <BreakView title={t!(language, "leave-care-credit-title")} id="leave-care-credit" scheme={leave.care_credit.clone()} />
            } else {
                <BreakView title={t!(language, "leave-time-credit-title")} id="leave-time-credit" scheme={leave.time_credit.clone()} />
                <VokView vok={leave.vok.clone()} />
            }

            <div class="leave-block" id="leave-money">
                <h3>{ t!(language, "leave-money-title") }</h3>
                <p>{ words(language, &leave.money_per_month.text) }</p>
                <Lines lines={leave.money_per_month.lines.clone()} />
                if let Some(balance) = leave.money_per_month.balance_gross_cents.filter(|_| !leave.money_per_month.lines.is_empty()) {
                    <p class="subtotal"><span>{ t!(language, "leave-balance") }</span><span class="line-amount">{ language.money(balance) }</span></p>
                }
            </div>

            <div class="leave-block" id="leave-study-load">
                <h3>{ t!(language, "leave-study-load-title") }</h3>
                <Lines lines={leave.study_load.lines.clone()} />
            </div>

            <div class="notes">
                <h3>{ t!(language, "leave-notes-title") }</h3>
                <ul>{ for leave.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
            </div>
        </section>
    }
}
