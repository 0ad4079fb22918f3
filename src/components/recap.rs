//! The printed recap's header: what was filled in, when it was printed and the link.
//! Shown only on paper (see the print rules in assets/styles.css).

use crate::i18n::{marked, use_language};
use crate::{t, text};
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
    let language = use_language();
    let Some(scenario) = &props.scenario else { return html! {} };
    let learning_credit = scenario
        .student
        .learning_credit
        .map_or_else(|| t!(language, "recap-learning-credit-enough"), |credit| language.integer(credit));
    html! {
        <section class="print-only recap" aria-hidden="true">
            <p>
                <strong>{ t!(language, "recap-title") }</strong>
                { format!(" {}", t!(language, "recap-printed-on", date = props.printed_on.to_string())) }
            </p>
            <ul>
                <li>{ t!(language, "recap-year", year = scenario.academic_year.to_string()) }</li>
                <li>{ marked(language, &t!(language, "recap-status", status = text::status_name(language, scenario.student.status))) }</li>
                <li>{ marked(language, &t!(language, "recap-learning-credit", credit = learning_credit)) }</li>
                { for scenario.enrolments.iter().zip(1_i64..).map(|(e, number)| {
                    let line = t!(
                        language,
                        "recap-enrolment",
                        number = number,
                        institution = e.institution.clone(),
                        contract = text::contract_name(language, e.contract),
                        programme = text::programme_name(language, e.programme),
                        count = e.credits,
                        credits = language.integer(e.credits),
                    );
                    html! { <li>{ marked(language, &line) }</li> }
                }) }
                { for scenario.adult_education.iter().flat_map(|a| a.modules.iter()).zip(1_i64..).map(|(module, number)| {
                    let line = t!(
                        language,
                        "recap-adult-module",
                        number = number,
                        area = studierekenaar_core::render::adult_education::area_name(language, module.area),
                        periods = language.integer(module.lesson_periods),
                        semester = studierekenaar_core::render::adult_education::semester_name(language, module.semester),
                    );
                    html! { <li>{ marked(language, &line) }</li> }
                }) }
            </ul>
            if let Some(link) = &props.link {
                <p class="recap-link">{ format!("{} ", t!(language, "recap-link")) }{ link.clone() }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use crate::{t, text};
    use studierekenaar_core::scenario::{Contract, Programme};
    use studierekenaar_core::Language;

    fn line(language: Language, credits: i64) -> String {
        t!(
            language,
            "recap-enrolment",
            number = 2,
            institution = "UGent",
            contract = text::contract_name(language, Contract::Credit),
            programme = text::programme_name(language, Programme::Initial),
            count = credits,
            credits = language.integer(credits),
        )
    }

    #[test]
    fn an_enrolment_is_summed_up_in_one_line() {
        assert_eq!(
            line(Language::Dutch, 30),
            "Inschrijving 2: UGent, Creditcontract, Bachelor, master of graduaat, 30 studiepunten"
        );
        assert_eq!(
            line(Language::English, 1),
            "Enrolment 2: UGent, Credit contract (creditcontract), Bachelor, master or graduate programme (graduaat), 1 credit"
        );
        assert!(
            line(Language::French, 30).starts_with("Inscription 2\u{a0}: UGent, Contrat de crédits (creditcontract)")
        );
    }
}
