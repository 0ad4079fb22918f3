//! The yearly allowance of each agreement as a bar chart.

use super::{allowance_status, money_or_not_computed};
use crate::i18n::use_language;
use crate::t;
use studierekenaar_core::dual::DualOutcome;
use studierekenaar_core::params::Status;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ChartProps {
    pub(super) dual: DualOutcome,
}

/// The yearly allowance of each agreement as a bar. The list itself is the text
/// alternative: every bar has its name, its amount in words and whether it is open to you.
#[component]
pub(super) fn DualChart(props: &ChartProps) -> Html {
    let language = use_language();
    let dual = &props.dual;
    let largest = dual.agreements.iter().filter_map(|a| a.yearly_allowance_cents).map(|c| c.0).max().unwrap_or(0);
    html! {
        <figure class="dual-chart" aria-labelledby="dual-chart-title">
            <figcaption id="dual-chart-title">{ t!(language, "dual-chart-title", hours = dual.hours_per_week.display(language)) }</figcaption>
            <ul class="dual-bars">
                { for dual.agreements.iter().map(|agreement| {
                    // The bar's length in tenths of a percent of the largest amount.
                    let permille = match agreement.yearly_allowance_cents {
                        Some(yearly) if largest > 0 => yearly.0.saturating_mul(1000) / largest,
                        _ => 0,
                    };
                    let status = allowance_status(agreement);
                    let open = if agreement.open { t!(language, "dual-chart-open") } else { t!(language, "dual-chart-not-open") };
                    html! {
                        <li class={classes!("dual-bar-row", if agreement.open { "open" } else { "not-open" })}>
                            <span class="dual-bar-label">
                                <strong>{ agreement.short.clone() }</strong>
                                <span class="dual-bar-open">{ format!(" {open}") }</span>
                            </span>
                            <svg class="dual-bar-track" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <defs>
                                    <pattern id={format!("dual-hatch-{}", agreement.short.to_lowercase())} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                        <rect class="dual-hatch-ground" width="12" height="12" />
                                        <rect class="dual-hatch-line" width="5" height="12" />
                                    </pattern>
                                </defs>
                                if agreement.yearly_allowance_cents.is_some() {
                                    if agreement.open {
                                        <rect class="dual-bar" x="0" y="0" height="24" width={permille.to_string()} />
                                    } else {
                                        <rect class="dual-bar-hatched" x="0" y="0" height="24" width={permille.to_string()}
                                            fill={format!("url(#dual-hatch-{})", agreement.short.to_lowercase())} />
                                    }
                                }
                            </svg>
                            <span class="dual-bar-value">
                                { money_or_not_computed(language, agreement.yearly_allowance_cents) }
                                if matches!(status, Some(Status::Secondary) | Some(Status::Inferred)) {
                                    <span class="dual-mark"><span aria-hidden="true">{ " ≈" }</span><span class="visually-hidden">{ format!(" {}", t!(language, "dual-chart-secondary")) }</span></span>
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <p class="help">{ t!(language, "dual-chart-help") }</p>
        </figure>
    }
}
