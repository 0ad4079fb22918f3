//! The learning credit and the weekly study hours left over the years: a chart that reads
//! without colour (a line with square marks for the learning credit, bars with a pattern for
//! the hours), each value written on it, and a table beside it with the same numbers.

use super::years::{per_week, PlanProps};
use crate::i18n::use_language;
use crate::t;
use yew::prelude::*;

const WIDTH: i64 = 600;
const HEIGHT: i64 = 220;
const TOP: i64 = 24;
const BOTTOM: i64 = 190;

#[component]
pub fn PlanChart(props: &PlanProps) -> Html {
    let language = use_language();
    let years = &props.plan.years;
    if years.is_empty() {
        return html! {};
    }
    let count = i64::try_from(years.len()).unwrap_or(1).max(1);
    let slot = WIDTH / count;
    let credit_max =
        years.iter().map(|y| y.learning_credit_after.max(y.learning_credit_before)).max().unwrap_or(0).max(1);
    let hours_max = years.iter().filter_map(|y| y.hours_per_week_left.map(|h| h.min.0)).max().unwrap_or(0).max(1);
    let y_of = |value: i64, max: i64| BOTTOM - value.clamp(0, max) * (BOTTOM - TOP) / max;
    let centre = |index: i64| index * slot + slot / 2;
    let points: Vec<String> = years
        .iter()
        .zip(0_i64..)
        .map(|(y, i)| format!("{},{}", centre(i), y_of(y.learning_credit_after, credit_max)))
        .collect();
    let description = t!(
        language,
        "plan-chart-desc",
        first = years.first().map(|y| y.academic_year.to_string()).unwrap_or_default(),
        last = years.last().map(|y| y.academic_year.to_string()).unwrap_or_default(),
        start = language.integer(props.plan.learning_credit_start),
        end = language.integer(props.plan.totals.learning_credit_end)
    );
    html! {
        <div class="plan-chart-wrap">
            <figure class="plan-chart">
                <figcaption id="plan-chart-title">{ t!(language, "plan-chart-title") }</figcaption>
                <svg viewBox={format!("0 0 {} {}", WIDTH + 2, HEIGHT)} role="img" aria-labelledby="plan-chart-title plan-chart-desc"
                    preserveAspectRatio="xMinYMin meet" class="plan-chart-svg">
                    <desc id="plan-chart-desc">{ description }</desc>
                    <defs>
                        <pattern id="plan-pattern-hours" width="7" height="7" patternUnits="userSpaceOnUse">
                            <rect width="7" height="7" fill="#fff6cc" />
                            <circle cx="3.5" cy="3.5" r="1.6" fill="#1b1b1b" />
                        </pattern>
                    </defs>
                    <path d={format!("M1 {BOTTOM} H{}", WIDTH + 1)} stroke="#1b1b1b" />
                    { for years.iter().zip(0_i64..).map(|(year, i)| {
                        let hours = year.hours_per_week_left.map_or(0, |h| h.min.0);
                        let top = y_of(hours, hours_max);
                        let x = centre(i);
                        html! {
                            <g>
                                <rect x={(x - slot / 4).to_string()} y={top.to_string()} width={(slot / 2).to_string()}
                                    height={(BOTTOM - top).to_string()} fill="url(#plan-pattern-hours)" stroke="#1b1b1b" />
                                <text x={x.to_string()} y={(BOTTOM + 16).to_string()} text-anchor="middle" class="chart-label">{ year.academic_year.to_string() }</text>
                            </g>
                        }
                    }) }
                    <polyline points={points.join(" ")} fill="none" stroke="#1d3c6e" stroke-width="3" />
                    { for years.iter().zip(0_i64..).map(|(year, i)| {
                        let (x, y) = (centre(i), y_of(year.learning_credit_after, credit_max));
                        html! {
                            <g>
                                <rect x={(x - 5).to_string()} y={(y - 5).to_string()} width="10" height="10" fill="#1d3c6e" />
                                <text x={x.to_string()} y={(y - 9).max(12).to_string()} text-anchor="middle" class="chart-label">{ language.integer(year.learning_credit_after) }</text>
                            </g>
                        }
                    }) }
                </svg>
                <ul class="leave-legend">
                    <li><span class="swatch plan-swatch-credit" aria-hidden="true"></span>{ t!(language, "plan-chart-legend-credit") }</li>
                    <li><span class="swatch swatch-break" aria-hidden="true"></span>{ t!(language, "plan-chart-legend-hours") }</li>
                </ul>
            </figure>
            <table class="plan-table plan-chart-table" id="plan-chart-table">
                <caption>{ t!(language, "plan-chart-table-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!(language, "plan-col-year") }</th>
                        <th scope="col">{ t!(language, "plan-chart-col-credit") }</th>
                        <th scope="col">{ t!(language, "plan-col-left") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for years.iter().map(|year| html! {
                        <tr>
                            <th scope="row">{ year.academic_year.to_string() }</th>
                            <td>{ language.integer(year.learning_credit_after) }</td>
                            <td>{ per_week(language, year.hours_per_week_left) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
