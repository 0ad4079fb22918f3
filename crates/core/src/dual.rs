//! Dual learning: the OAO, ODOS, ODO and ODO with one's own employer compared, for the
//! learner and for the employer. (To be completed.)

use crate::explain::{Figures, FiguresStatus};
use crate::scenario::{FieldError, Scenario};
use serde::{Deserialize, Serialize};

/// The learner's situation and hours.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DualInput {}

impl DualInput {
    /// Adds a problem per invalid field; paths start with `dual.`.
    pub fn validate(&self, _problems: &mut Vec<FieldError>) {}
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DualOutcome {
    pub figures_status: FiguresStatus,
}

pub fn compute(_scenario: &Scenario, _input: &DualInput, _figures: Figures<'_>) -> DualOutcome {
    DualOutcome { figures_status: FiguresStatus::Confirmed }
}
