//! "Print mijn overzicht": every section filled in, on one summary page with its main
//! answers, printed before the page itself. Shown only on paper.

use crate::i18n::{marked, use_language, words};
use crate::state::{section_name, Section};
use crate::t;
use std::rc::Rc;
use studierekenaar_core::leave::CoverageKind;
use studierekenaar_core::render::Words;
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// Each section filled in, with its outcome.
    pub sections: Vec<(Section, Rc<Outcome>)>,
    pub printed_on: AttrValue,
}

#[component]
pub fn PrintOverview(props: &OverviewProps) -> Html {
    let language = use_language();
    html! {
        <section class="print-only overview" aria-hidden="true">
            <h2>{ t!(language, "overview-title") }</h2>
            <p>{ t!(language, "recap-printed-on", date = props.printed_on.to_string()) }</p>
            { for props.sections.iter().map(|(section, outcome)| html! {
                <div class="overview-section">
                    <h3>{ section_name(language, *section) }</h3>
                    <ul>{ for answers(*section, outcome).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                </div>
            }) }
        </section>
    }
}

/// The answers a section's users came for, one line each, as its result states them.
fn answers(section: Section, outcome: &Outcome) -> Vec<Html> {
    let language = outcome.language;
    let money = |cents: Option<Cents>| cents.map_or_else(|| t!(language, "result-not-computed"), |c| language.money(c));
    let pair = |label: String, value: String| html! { <>{ marked(language, &label) }{ format!(": {value}") }</> };
    match section {
        Section::Fee => {
            let Some(fee) = &outcome.fee else { return Vec::new() };
            vec![
                pair(t!(language, "saved-row-fee"), money(fee.total_cents)),
                words(language, &outcome.study_grant.text),
            ]
        }
        Section::Leave => {
            let Some(leave) = &outcome.leave else { return Vec::new() };
            let combined = leave.coverage.rows.iter().find(|row| row.kind == CoverageKind::Combined);
            let mut lines = Vec::new();
            if let Some(load) = leave.study_load_hours {
                lines.push(pair(t!(language, "saved-row-study-load"), load.display(language)));
            }
            if let Some(hours) = combined.and_then(|row| row.covered_hours) {
                lines.push(pair(t!(language, "saved-row-covered"), hours.display(language)));
            }
            if let Some(left) = combined.and_then(|row| row.left_per_week_hours) {
                lines.push(pair(t!(language, "saved-row-left-per-week"), left.display(language)));
            }
            lines.push(words(language, &leave.vok.text));
            lines
        }
        Section::Dual => outcome
            .dual
            .iter()
            .flat_map(|dual| dual.agreements.iter())
            .filter(|agreement| agreement.open)
            .map(|agreement| pair(agreement.name.words(language), money(agreement.yearly_allowance_cents)))
            .collect(),
        Section::Plan => outcome
            .plan
            .iter()
            .map(|plan| marked(language, &studierekenaar_core::render::plan::summary(language, plan)))
            .collect(),
        Section::AdultEducation => outcome
            .adult_education
            .iter()
            .flat_map(|adult| {
                [
                    pair(t!(language, "adult-fee-label"), language.money(Cents(adult.fee_cents))),
                    pair(t!(language, "adult-premium-label"), language.money(Cents(adult.premium_cents))),
                    pair(t!(language, "adult-net-label"), language.money(Cents(adult.net_cents))),
                ]
            })
            .collect(),
        Section::Saved => Vec::new(),
    }
}
