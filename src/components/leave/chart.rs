//! The chart of the study load against the covered hours, readable without colour, with
//! its text alternative.

use crate::i18n::marked;
use crate::t;
use studierekenaar_core::leave::{CoverageRow, Hours, HoursRange, Interruption, LeaveOutcome};
use studierekenaar_core::Language;
use yew::prelude::*;

use super::{break_scheme_key, share_text};

/// `1/5 tijdskrediet`, `halftijds zorgkrediet`, `tijdskrediet (niet gekozen)`.
pub(super) fn chart_break_label(language: Language, leave: &LeaveOutcome) -> AttrValue {
    let scheme = break_scheme_key(leave.care_credit.applies);
    AttrValue::from(match leave.time_credit.interruption {
        Interruption::None => t!(language, "leave-chart-break-none", scheme = scheme),
        Interruption::OneFifth => t!(language, "leave-chart-break-one-fifth", scheme = scheme),
        Interruption::HalfTime => t!(language, "leave-chart-break-half-time", scheme = scheme),
        Interruption::FullTime => t!(language, "leave-chart-break-full-time", scheme = scheme),
    })
}

/// What the chart shows.
pub(super) struct ChartProps {
    pub(super) load: HoursRange,
    pub(super) rows: Vec<CoverageRow>,
    /// `None` when VOV does not exist for the person's sector.
    pub(super) vov: Option<Hours>,
    pub(super) break_hours: Option<Hours>,
    pub(super) break_label: AttrValue,
}

/// Two bars on one scale: the study load (certain part solid, the range up to the high
/// estimate hatched) and the covered hours (VOV with diagonal lines, time credit dotted).
/// Every part is labelled in text; the table under it holds the same numbers.
pub(super) fn chart_view(language: Language, props: &ChartProps) -> Html {
    const WIDTH: i64 = 600;
    const BAR: i64 = 28;
    let load = props.load;
    let vov = props.vov.unwrap_or_default();
    let break_hours = props.break_hours.unwrap_or_default();
    let label = props.break_label.to_string();
    let covered = props.rows.first().and_then(|r| r.covered_hours);
    let scale_max = load.max.0.max(covered.map_or(0, |c| c.0)).max(1);
    let x = |hours: Hours| hours.0.clamp(0, scale_max) * WIDTH / scale_max;
    let (description, covered_label) = chart_texts(language, props);
    let (vov_w, break_w) = (x(vov), x(vov + break_hours) - x(vov));
    html! {
        <figure class="leave-chart">
            <figcaption id="leave-chart-title">{ t!(language, "leave-chart-title") }</figcaption>
            <svg viewBox={format!("0 0 {} 130", WIDTH + 2)} role="img" aria-labelledby="leave-chart-title leave-chart-desc"
                preserveAspectRatio="xMinYMin meet" class="leave-chart-svg">
                <desc id="leave-chart-desc">{ description }</desc>
                <defs>
                    <pattern id="leave-pattern-range" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" fill="#ffffff" />
                        <path d="M0 3 H6" stroke="#4a4f57" stroke-width="1.5" />
                    </pattern>
                    <pattern id="leave-pattern-vov" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="8" height="8" fill="#dbe4f3" />
                        <path d="M0 0 V8" stroke="#1d3c6e" stroke-width="3.5" />
                    </pattern>
                    <pattern id="leave-pattern-break" width="7" height="7" patternUnits="userSpaceOnUse">
                        <rect width="7" height="7" fill="#fff6cc" />
                        <circle cx="3.5" cy="3.5" r="1.6" fill="#1b1b1b" />
                    </pattern>
                </defs>
                <text x="1" y="16" class="chart-label">{ t!(language, "leave-chart-load", load = load.display(language)) }</text>
                <rect x="1" y="24" width={x(load.min).to_string()} height={BAR.to_string()} fill="#4a4f57" stroke="#1b1b1b" />
                <rect x={(1 + x(load.min)).to_string()} y="24" width={(x(load.max) - x(load.min)).to_string()} height={BAR.to_string()}
                    fill="url(#leave-pattern-range)" stroke="#1b1b1b" />
                <text x="1" y="86" class="chart-label">{ covered_label }</text>
                if covered.is_some() {
                    if vov_w > 0 {
                        <rect x="1" y="94" width={vov_w.to_string()} height={BAR.to_string()} fill="url(#leave-pattern-vov)" stroke="#1b1b1b" />
                    }
                    if break_w > 0 {
                        <rect x={(1 + vov_w).to_string()} y="94" width={break_w.to_string()} height={BAR.to_string()}
                            fill="url(#leave-pattern-break)" stroke="#1b1b1b" />
                    }
                    <path d={format!("M{} 20 V126", 1 + x(load.min))} stroke="#a4000f" stroke-width="2" stroke-dasharray="4 3" />
                }
            </svg>
            <ul class="leave-legend">
                <li><span class="swatch swatch-load" aria-hidden="true"></span>{ t!(language, "leave-legend-load-low", hours = load.min.display(language)) }</li>
                <li><span class="swatch swatch-range" aria-hidden="true"></span>{ t!(language, "leave-legend-load-high", hours = load.max.display(language)) }</li>
                if props.vov.is_some() {
                    <li><span class="swatch swatch-vov" aria-hidden="true"></span>{ marked(language, &t!(language, "leave-legend-vov", hours = vov.display(language))) }</li>
                }
                <li><span class="swatch swatch-break" aria-hidden="true"></span>{ marked(language, &t!(language, "leave-legend-break", label = label.clone(), hours = break_hours.display(language))) }</li>
                <li><span class="swatch swatch-line" aria-hidden="true"></span>{ t!(language, "leave-legend-line") }</li>
            </ul>
        </figure>
    }
}

/// The chart's text alternative (`<desc>`) and the label over the covered bar.
pub(super) fn chart_texts(language: Language, props: &ChartProps) -> (String, String) {
    let load = props.load.display(language);
    let break_hours = props.break_hours.unwrap_or_default();
    let label = props.break_label.to_string();
    let plan = props.rows.first();
    let description = match (plan.and_then(|r| r.covered_hours), plan.and_then(|r| r.share_percent)) {
        (Some(covered), Some(share)) => {
            let freed = break_hours.display(language);
            let parts = match props.vov {
                Some(vov) => t!(
                    language,
                    "leave-chart-desc-vov-and-break",
                    vov = vov.display(language),
                    freed = freed,
                    label = label.clone()
                ),
                None => t!(language, "leave-chart-desc-break", freed = freed, label = label.clone()),
            };
            let (covered, share) = (covered.display(language), share_text(language, share));
            t!(language, "leave-chart-desc", load = load, covered = covered, parts = parts, share = share)
        }
        _ => t!(language, "leave-chart-desc-not-computed", load = load),
    };
    let covered_label = match plan.and_then(|r| r.covered_hours) {
        Some(covered) => {
            let freed = break_hours.number(language);
            let parts = match props.vov {
                Some(vov) => t!(
                    language,
                    "leave-chart-covered-vov-and-break",
                    vov = vov.number(language),
                    label = label.clone(),
                    freed = freed
                ),
                None => t!(language, "leave-chart-covered-break", label = label.clone(), freed = freed),
            };
            t!(language, "leave-chart-covered", covered = covered.display(language), parts = parts)
        }
        None => t!(language, "leave-chart-covered-not-computed"),
    };
    (description, covered_label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::leave::{CoverageKind, PercentRange};

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    /// The official 2024-2025 case of the browser tests: 30 study points, VOV 120 hours and
    /// 1/5 time credit 395,2 hours against a load of 750 to 900 hours.
    fn chart(vov: Option<Hours>, covered: Option<Hours>, label: &str) -> ChartProps {
        ChartProps {
            load: HoursRange { min: Hours::whole(750), max: Hours::whole(900) },
            rows: vec![CoverageRow {
                kind: CoverageKind::Combined,
                label: studierekenaar_core::msg!(LeaveCoverageVovAlone),
                covered_hours: covered,
                share_percent: covered.map(|_| PercentRange { min: 57, max: 68 }),
                left_hours: None,
                left_per_week_hours: None,
                text: studierekenaar_core::msg!(LeaveCoverageVovAlone),
            }],
            vov,
            break_hours: Some(Hours(39_520)),
            break_label: AttrValue::from(label.to_owned()),
        }
    }

    #[test]
    fn the_chart_reads_as_before_in_dutch() {
        let both = chart(Some(Hours::whole(120)), Some(Hours(51_520)), "1/5 tijdskrediet");
        let (description, label) = chart_texts(DUTCH, &both);
        assert_eq!(
            description,
            "Studielast 750 tot 900 uur tegenover 515,2 uur gedekt (120 uur via Vlaams opleidingsverlof en 395,2 uur via 1/5 tijdskrediet): 57 tot 68 % van de studielast."
        );
        assert_eq!(label, "Gedekt: 515,2 uur (VOV 120 + 1/5 tijdskrediet 395,2)");
        let (description, label) = chart_texts(DUTCH, &chart(None, Some(Hours(39_520)), "1/5 zorgkrediet"));
        assert_eq!(
            description,
            "Studielast 750 tot 900 uur tegenover 395,2 uur gedekt (395,2 uur via 1/5 zorgkrediet): 57 tot 68 % van de studielast."
        );
        assert_eq!(label, "Gedekt: 395,2 uur (1/5 zorgkrediet 395,2)");
        let (description, label) = chart_texts(DUTCH, &chart(Some(Hours::whole(120)), None, "1/5 tijdskrediet"));
        assert_eq!(description, "Studielast 750 tot 900 uur; de gedekte uren zijn niet berekend.");
        assert_eq!(label, "Gedekt: niet berekend");
    }

    #[test]
    fn the_chart_in_english_and_french() {
        let label = t!(ENGLISH, "leave-chart-break-one-fifth", scheme = "time-credit");
        assert_eq!(label, "1/5 time credit");
        let (description, covered) = chart_texts(ENGLISH, &chart(Some(Hours::whole(120)), Some(Hours(51_520)), &label));
        assert_eq!(
            description,
            "Study load of 750 to 900 hours against 515.2 hours covered (120 hours of Flemish training leave and 395.2 hours of 1/5 time credit): 57 to 68% of the study load."
        );
        assert_eq!(covered, "Covered: 515.2 hours (VOV 120 + 1/5 time credit 395.2)");
        let label = t!(FRENCH, "leave-chart-break-one-fifth", scheme = "time-credit");
        assert_eq!(label, "crédit-temps 1/5");
        let (description, covered) = chart_texts(FRENCH, &chart(Some(Hours::whole(120)), Some(Hours(51_520)), &label));
        assert_eq!(
            description,
            "Charge d’études de 750 à 900 heures face à une couverture de 515,2 heures (120 heures de congé-éducation flamand et 395,2 heures de crédit-temps 1/5)\u{a0}: 57 à 68 % de la charge d’études."
        );
        assert_eq!(covered, "Couvert\u{a0}: 515,2 heures (VOV 120 + crédit-temps 1/5 395,2)");
    }
}
