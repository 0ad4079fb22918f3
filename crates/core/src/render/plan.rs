//! The study route in words: the plan's problems, its years, learning-credit steps and
//! the comparison, from the typed [`crate::plan`] outcome.

use crate::i18n::Language;
use crate::plan::PlanProblem;
use crate::tr;

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
