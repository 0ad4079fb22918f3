//! # Studierekenaar core
//!
//! The Flemish rules for adults going back to study, as code: parameters with their
//! academic year, source and status ([`params`]), the scenario a person describes
//! ([`scenario`]), and the calculations that turn it into an [`Outcome`] whose every
//! amount explains itself ([`explain`]). No web or I/O dependency: the same code runs
//! in the command-line tool, the browser (WebAssembly) and the tests.

pub mod adult_education;
pub mod dual;
pub mod explain;
pub mod fee;
pub mod grant;
pub mod i18n;
pub mod input;
pub mod leave;
pub mod message;
pub mod money;
pub mod params;
pub mod plan;
pub mod render;
pub mod scenario;
pub mod share;
pub mod year;

pub use explain::FiguresStatus;
pub use i18n::Language;
pub use money::Cents;
pub use params::{ParamId, Params};
pub use scenario::{Scenario, ScenarioError};
pub use year::AcademicYear;

use serde::Serialize;

/// Everything computed for one scenario. A section is `None` when the scenario does
/// not ask for it (no enrolments: no fee; no `leave` or `dual` input: no such section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub academic_year: AcademicYear,
    /// The language every sentence of the outcome is written in.
    pub language: Language,
    /// The trust level of all figures behind the outcome: the weakest of its sections.
    pub figures_status: FiguresStatus,
    /// The earlier years whose figures stand in for the year's unpublished ones (estimates).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub fee: Option<fee::FeeOutcome>,
    pub study_grant_possible: bool,
    pub study_grant: grant::StudyGrant,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leave: Option<leave::LeaveOutcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dual: Option<dual::DualOutcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<plan::PlanOutcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adult_education: Option<adult_education::AdultEducationOutcome>,
}

/// Why a scenario could not be evaluated: its input. (The parameter data cannot be wrong
/// at run time: the build checks it.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvaluateError {
    #[error(transparent)]
    Input(#[from] ScenarioError),
}

/// Evaluates a scenario with the parameters compiled into this build, every sentence
/// of the outcome (and of any error) in `language`.
pub fn evaluate(scenario: &Scenario, language: Language) -> Result<Outcome, EvaluateError> {
    scenario.validate(language)?;
    Ok(evaluate_with(scenario, Params::embedded(), language))
}

/// Reads a scenario from JSON and evaluates it: the entry point of the CLI and the JS API.
pub fn evaluate_json(json: &str, language: Language) -> Result<Outcome, EvaluateError> {
    evaluate(&Scenario::from_json(json, language)?, language)
}

/// Evaluates a validated scenario against a given parameter set.
pub fn evaluate_with(scenario: &Scenario, params: &Params, language: Language) -> Outcome {
    let figures = explain::Figures::new(params, scenario.academic_year, language);
    let fee = (!scenario.enrolments.is_empty()).then(|| fee::compute(scenario, figures));
    let study_grant = grant::assess(scenario, figures);
    let leave = scenario.leave.as_ref().map(|input| leave::compute(scenario, input, figures));
    let dual = scenario.dual.as_ref().map(|input| dual::compute(scenario, input, figures));
    let plan = scenario.plan.as_ref().map(|input| plan::compute(scenario, input, figures));
    let adult_education =
        scenario.adult_education.as_ref().map(|input| adult_education::compute(scenario, input, params));
    let figures_status = [
        fee.as_ref().map(|f| f.figures_status),
        leave.as_ref().map(|l| l.figures_status),
        dual.as_ref().map(|d| d.figures_status),
        plan.as_ref().map(|p| p.figures_status),
        adult_education.as_ref().map(|a| a.figures_status),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(FiguresStatus::Confirmed);
    let mut estimated_from: Vec<String> = [
        fee.as_ref().map(|f| &f.estimated_from),
        leave.as_ref().map(|l| &l.estimated_from),
        dual.as_ref().map(|d| &d.estimated_from),
        plan.as_ref().map(|p| &p.estimated_from),
        adult_education.as_ref().map(|a| &a.estimated_from),
    ]
    .into_iter()
    .flatten()
    .flatten()
    .cloned()
    .collect();
    estimated_from.sort();
    estimated_from.dedup();
    Outcome {
        estimated_from,
        academic_year: scenario.academic_year,
        language,
        figures_status,
        study_grant_possible: study_grant.possible,
        fee,
        study_grant,
        leave,
        dual,
        plan,
        adult_education,
    }
}
