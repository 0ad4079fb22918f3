//! The printed recap's header: what was filled in, when it was printed and the link.
//! Shown only on paper (see the print rules in assets/styles.css).

use crate::text;
use studierekenaar_core::Scenario;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecapProps {
    pub scenario: Option<Scenario>,
    pub link: Option<AttrValue>,
    pub printed_on: AttrValue,
}

#[component]
pub fn PrintRecap(props: &RecapProps) -> Html {
    let Some(scenario) = &props.scenario else { return html! {} };
    html! {
        <section class="print-only recap" aria-hidden="true">
            <p><strong>{ "Samenvatting van Studierekenaar" }</strong>{ format!(" — afgedrukt op {}", props.printed_on) }</p>
            <ul>
                <li>{ format!("Academiejaar: {}", scenario.academic_year) }</li>
                <li>{ format!("Statuut: {}", text::status_name(scenario.student.status)) }</li>
                <li>{ format!("Leerkrediet: {}", scenario.student.learning_credit.map_or("niet ingevuld (genoeg)".to_owned(), |v| v.to_string())) }</li>
                { for scenario.enrolments.iter().enumerate().map(|(index, e)| html! {
                    <li>{ format!("Inschrijving {}: {}, {}, {}, {} studiepunten", index + 1, e.institution, text::contract_name(e.contract), text::programme_name(e.programme), e.credits) }</li>
                }) }
            </ul>
            if let Some(link) = &props.link {
                <p class="recap-link">{ "Link naar deze berekening: " }{ link.clone() }</p>
            }
        </section>
    }
}
