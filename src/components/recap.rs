//! The printed recap's header: what was filled in for the section printed, and when.
//! Shown only on paper (see the print rules in assets/styles.css).

use crate::i18n::{catalog, marked, use_language};
use crate::state::Section;
use crate::{t, text};
use studierekenaar_core::dual::Education;
use studierekenaar_core::leave::{Interruption, Sector};
use studierekenaar_core::{Cents, Language, Scenario};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecapProps {
    /// The section being printed: its inputs are the ones listed.
    pub section: Section,
    pub scenario: Option<Scenario>,
    pub printed_on: AttrValue,
}

/// The inputs of the section printed, one line each; the address is not printed: a link of
/// a whole scenario is too long to type over, and the app keeps the last calculation.
#[component]
pub fn PrintRecap(props: &RecapProps) -> Html {
    let language = use_language();
    let Some(scenario) = &props.scenario else { return html! {} };
    let lines = match props.section {
        Section::Fee => fee_inputs(language, scenario),
        Section::Leave => [enrolment_lines(language, scenario), leave_inputs(language, scenario)].concat(),
        Section::Dual => dual_inputs(language, scenario),
        Section::Plan => [leave_inputs(language, scenario), plan_inputs(language, scenario)].concat(),
        Section::Saved => return html! {},
        Section::AdultEducation => adult_education_inputs(language, scenario),
    };
    html! {
        <section class="print-only recap" aria-hidden="true">
            <p>
                <strong>{ t!(language, "recap-title") }</strong>
                { format!(" {}", t!(language, "recap-printed-on", date = props.printed_on.to_string())) }
            </p>
            <ul>
                <li>{ t!(language, "recap-year", year = scenario.academic_year.to_string()) }</li>
                { for lines.into_iter().map(|line| html! { <li>{ marked(language, &line) }</li> }) }
            </ul>
        </section>
    }
}

fn fee_inputs(language: Language, scenario: &Scenario) -> Vec<String> {
    let learning_credit = scenario
        .student
        .learning_credit
        .map_or_else(|| t!(language, "recap-learning-credit-enough"), |credit| language.integer(credit));
    let mut lines = vec![
        t!(language, "recap-status", status = text::status_name(language, scenario.student.status)),
        t!(language, "recap-learning-credit", credit = learning_credit),
    ];
    lines.extend(enrolment_lines(language, scenario));
    lines
}

fn enrolment_lines(language: Language, scenario: &Scenario) -> Vec<String> {
    scenario
        .enrolments
        .iter()
        .zip(1_i64..)
        .map(|(e, number)| {
            t!(
                language,
                "recap-enrolment",
                number = number,
                institution = e.institution.clone(),
                contract = text::contract_name(language, e.contract),
                programme = text::programme_name(language, e.programme),
                count = e.credits,
                credits = language.integer(e.credits),
            )
        })
        .collect()
}

/// An app message without arguments, named by a variable.
fn said(language: Language, id: &str) -> String {
    catalog(language).format(id, None)
}

/// `Label: value`, the label as the form shows it.
fn pair(language: Language, label: &str, value: String) -> String {
    t!(language, "recap-pair", label = said(language, label), value = value)
}

fn leave_inputs(language: Language, scenario: &Scenario) -> Vec<String> {
    let Some(leave) = &scenario.leave else { return Vec::new() };
    let sector = match leave.sector {
        Sector::Private => "leave-sector-private",
        Sector::FlemishPublic => "leave-sector-flemish-public",
        Sector::OtherPublic => "leave-sector-other-public",
    };
    let interruption = match leave.interruption {
        Interruption::None => "leave-interruption-none",
        Interruption::OneFifth => "leave-interruption-one-fifth",
        Interruption::HalfTime => "leave-interruption-half-time",
        Interruption::FullTime => "leave-interruption-full-time",
    };
    let mut lines = vec![
        pair(language, "leave-sector-legend", said(language, sector)),
        pair(language, "leave-employment-label", language.integer(leave.employment_percent)),
        pair(language, "leave-weekly-hours-label", language.decimal(leave.weekly_hours.0)),
        pair(language, "leave-interruption-label", said(language, interruption)),
        pair(language, "leave-weeks-label", language.integer(leave.weeks)),
    ];
    if let Some(wage) = leave.monthly_gross_wage_cents {
        lines.push(pair(language, "leave-wage-label", language.money(Cents(wage))));
    }
    lines
}

fn plan_inputs(language: Language, scenario: &Scenario) -> Vec<String> {
    let Some(plan) = &scenario.plan else { return Vec::new() };
    vec![t!(
        language,
        "recap-plan",
        degree = studierekenaar_core::render::plan::degree(language, plan.degree),
        programme = language.integer(plan.programme_credits),
        pace = language.integer(plan.credits_per_year),
        contract = studierekenaar_core::render::plan::contract(language, plan.contract),
        pass = language.percent(plan.pass_percent)
    )]
}

fn dual_inputs(language: Language, scenario: &Scenario) -> Vec<String> {
    let Some(dual) = &scenario.dual else { return Vec::new() };
    let education = match dual.education {
        Education::Secondary => "dual-education-secondary-label",
        Education::Adult => "dual-education-adult-label",
    };
    // The labels as the form shows them to whoever asks (learner or employer).
    let labelled = |label: &str, value: String| {
        let who = studierekenaar_core::fluent_args!(who = studierekenaar_core::dual::Choice::key(dual.perspective));
        t!(language, "recap-pair", label = catalog(language).format(label, Some(&who)), value = value)
    };
    let mut lines = vec![
        labelled("dual-education-legend", said(language, education)),
        pair(language, "dual-hours-label", language.decimal(dual.hours_per_week.0)),
        pair(language, "dual-weeks-label", language.integer(dual.weeks)),
        pair(language, "dual-months-label", language.integer(dual.months)),
    ];
    if let Some(wage) = dual.wage_monthly_cents {
        lines.push(labelled("dual-wage-label", language.money(Cents(wage))));
    }
    lines
}

fn adult_education_inputs(language: Language, scenario: &Scenario) -> Vec<String> {
    use studierekenaar_core::render::adult_education::{area_name, category_name, organisation_name, semester_name};
    let Some(adult) = &scenario.adult_education else { return Vec::new() };
    let mut lines = vec![
        pair(language, "adult-category-legend", category_name(language, adult.category)),
        pair(language, "adult-has-diploma-label", language.yes_no(adult.has_secondary_diploma)),
        pair(language, "adult-first-diploma-label", language.yes_no(adult.first_secondary_diploma)),
        pair(language, "adult-organisation-legend", organisation_name(language, adult.organisation)),
    ];
    lines.extend(adult.modules.iter().zip(1_i64..).map(|(module, number)| {
        t!(
            language,
            "recap-adult-module",
            number = number,
            area = area_name(language, module.area),
            periods = language.integer(module.lesson_periods),
            semester = semester_name(language, module.semester),
        )
    }));
    if let Some(materials) = adult.course_materials_cents {
        lines.push(pair(language, "adult-materials-label", language.money(Cents(materials))));
    }
    lines
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
