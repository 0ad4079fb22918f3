//! The study route in words: the plan's problems, its years, learning-credit steps and
//! the comparison, from the typed [`crate::plan`] outcome.

use crate::explain::{Figures, ParamUse};
use crate::i18n::Language;
use crate::params::Params;
use crate::plan::{
    Degree, FigureRef, Impossible, LearningCreditStep, PlanOption, PlanOutcome, PlanProblem, PlanYear, MAX_PLAN_YEARS,
};
use crate::scenario::Contract;
use crate::tr;
use crate::year::AcademicYear;

/// A problem of the plan's input as a sentence: what is wrong and what is allowed.
pub fn problem(language: Language, problem: &PlanProblem) -> String {
    let raw = |value: i64| value.to_string();
    match *problem {
        PlanProblem::ProgrammeCredits { value, min, max } => {
            tr!(language, "plan-error-programme-credits", value = raw(value), min = raw(min), max = raw(max))
        }
        PlanProblem::NoCreditsPerYear => tr!(language, "plan-error-no-credits-per-year"),
        PlanProblem::CreditsPerYear { value, max } => {
            tr!(language, "plan-error-credits-per-year", value = raw(value), max = raw(max))
        }
        PlanProblem::MoreThanProgramme { value, programme } => {
            tr!(language, "plan-error-more-than-programme", value = raw(value), programme = raw(programme))
        }
        PlanProblem::PassPercent { value, min, max } => {
            tr!(language, "plan-error-pass-percent", value = raw(value), min = raw(min), max = raw(max))
        }
        PlanProblem::StartYear { year, first, last } => tr!(
            language,
            "plan-error-start-year",
            year = year.to_string(),
            first = first.to_string(),
            last = last.to_string()
        ),
        PlanProblem::LearningCreditStart { value, min, max } => {
            tr!(language, "plan-error-learning-credit-start", value = raw(value), min = raw(min), max = raw(max))
        }
        PlanProblem::TooManyYears { count, max } => {
            tr!(language, "plan-error-too-many-years", count = count.to_string(), max = max.to_string())
        }
        PlanProblem::YearCredits { index, value, max } => tr!(
            language,
            "plan-error-year-credits",
            number = (index + 1).to_string(),
            value = raw(value),
            max = raw(max)
        ),
        PlanProblem::TooLong { max } => tr!(language, "plan-error-too-long", max = max.to_string()),
    }
}

/// The contract's name in running text, with its Dutch legal name.
pub fn contract(language: Language, contract: Contract) -> String {
    language.text(match contract {
        Contract::Diploma => "plan-contract-diploma",
        Contract::Credit => "plan-contract-credit",
        Contract::Exam => "plan-contract-exam",
    })
}

/// `bachelor`, `master`, `graduaat`, `schakel- of voorbereidingsprogramma`.
pub fn degree(language: Language, degree: Degree) -> String {
    language.text(match degree {
        Degree::Bachelor => "plan-degree-bachelor",
        Degree::Master => "plan-degree-master",
        Degree::Graduaat => "plan-degree-graduaat",
        Degree::Bridging => "plan-degree-bridging",
    })
}

/// One change of the learning credit, as a sentence.
pub fn step(language: Language, step: &LearningCreditStep) -> String {
    let points = |credits: i64| language.count("count-credits", credits);
    match *step {
        LearningCreditStep::Taken { credits } => tr!(language, "plan-step-taken", credits = points(credits)),
        LearningCreditStep::Earned { credits } => tr!(language, "plan-step-earned", credits = points(credits)),
        LearningCreditStep::FirstCreditsBonus { credits, .. } => {
            tr!(language, "plan-step-bonus", credits = points(credits))
        }
        LearningCreditStep::MasterDiploma { credits, .. } => {
            tr!(language, "plan-step-master", credits = points(credits))
        }
        LearningCreditStep::NotUsed => tr!(language, "plan-step-not-used"),
    }
}

/// The learning credit of a year in one sentence: `140 → 170: …; …`.
pub fn learning_credit(language: Language, year: &PlanYear) -> String {
    let steps: Vec<String> = year.learning_credit_steps.iter().map(|s| step(language, s)).collect();
    let mut text = tr!(
        language,
        "plan-learning-credit-year",
        before = language.integer(year.learning_credit_before),
        after = language.integer(year.learning_credit_after),
        steps = steps.join("; ")
    );
    if year.institution_must_agree {
        text.push(' ');
        text.push_str(&tr!(language, "plan-consent"));
    }
    text
}

/// Why an alternative of the comparison has no figures.
pub fn impossible(language: Language, reason: Impossible) -> String {
    match reason {
        Impossible::MoreThanProgramme => tr!(language, "plan-impossible-more-than-programme"),
        Impossible::TooLong => tr!(language, "plan-impossible-too-long", max = MAX_PLAN_YEARS.to_string()),
    }
}

/// An alternative's name: `diplomacontract, 30 studiepunten per jaar`.
pub fn option(language: Language, option: &PlanOption) -> String {
    let name = tr!(
        language,
        "plan-option",
        contract = contract(language, option.contract),
        credits = language.count("count-credits", option.credits_per_year)
    );
    if option.varies_by_year {
        tr!(language, "plan-option-varies", option = name)
    } else {
        name
    }
}

/// The route in one sentence: how long, until when, and what it costs.
pub fn summary(language: Language, plan: &PlanOutcome) -> String {
    let totals = &plan.totals;
    let years = language.count("plan-count-years", totals.years);
    let first = plan.years.first().map_or(totals.last_year, |y| y.academic_year);
    match totals.fee_cents {
        Some(fee) => tr!(
            language,
            "plan-summary",
            years = years,
            first = first.to_string(),
            last = totals.last_year.to_string(),
            fee = language.money(fee),
            end = language.integer(totals.learning_credit_end)
        ),
        None => tr!(
            language,
            "plan-summary-not-computed",
            years = years,
            first = first.to_string(),
            last = totals.last_year.to_string(),
            end = language.integer(totals.learning_credit_end)
        ),
    }
}

/// A figure a cell used, looked up for the row's year in full: value, period, status, source.
pub fn figure(language: Language, year: AcademicYear, figure: &FigureRef) -> Option<ParamUse> {
    Figures::new(Params::embedded(), year, language).get(figure.id).ok()
}
