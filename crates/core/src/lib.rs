//! # Studierekenaar core
//!
//! The Flemish rules for adults going back to study, as code: parameters with their
//! academic year, source and status ([`params`]), the scenario a person describes
//! ([`scenario`]), and the calculations that turn it into an [`Outcome`] whose every
//! amount explains itself ([`explain`]). No web or I/O dependency: the same code runs
//! in the command-line tool, the browser (WebAssembly) and the tests.

pub mod explain;
pub mod fee;
pub mod grant;
pub mod input;
pub mod money;
pub mod params;
pub mod scenario;
pub mod year;

pub use explain::FiguresStatus;
pub use money::Cents;
pub use params::{ParamError, Params};
pub use scenario::{Scenario, ScenarioError};
pub use year::AcademicYear;

use serde::Serialize;

/// Everything computed for one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub academic_year: AcademicYear,
    /// The trust level of the figures behind the fee, as a whole.
    pub figures_status: FiguresStatus,
    pub fee: fee::FeeOutcome,
    pub study_grant_possible: bool,
    pub study_grant: grant::StudyGrant,
}

/// Why a scenario could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvaluateError {
    #[error(transparent)]
    Input(#[from] ScenarioError),
    /// The parameter data compiled into this build is broken (a defect, caught by the tests).
    #[error("de parametergegevens van deze versie zijn ongeldig: {0}")]
    Parameters(#[from] ParamError),
}

/// Evaluates a scenario with the parameters compiled into this build.
pub fn evaluate(scenario: &Scenario) -> Result<Outcome, EvaluateError> {
    scenario.validate()?;
    let params = Params::embedded()?;
    Ok(evaluate_with(scenario, params))
}

/// Reads a scenario from JSON and evaluates it: the entry point of the CLI and the JS API.
pub fn evaluate_json(json: &str) -> Result<Outcome, EvaluateError> {
    evaluate(&Scenario::from_json(json)?)
}

/// Evaluates a validated scenario against a given parameter set.
pub fn evaluate_with(scenario: &Scenario, params: &Params) -> Outcome {
    let figures = explain::Figures::new(params, scenario.academic_year);
    let fee = fee::compute(scenario, figures);
    let study_grant = grant::assess(scenario, figures);
    Outcome {
        academic_year: scenario.academic_year,
        figures_status: fee.figures_status,
        study_grant_possible: study_grant.possible,
        fee,
        study_grant,
    }
}
