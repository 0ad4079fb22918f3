//! Study load against leave: how many hours studying really takes, and how much of it
//! Flemish training leave (VOV), federal time credit with the training motive and the
//! Flemish training-credit premium (VOK) cover. (To be completed.)

use crate::explain::{Figures, FiguresStatus};
use crate::scenario::{FieldError, Scenario};
use serde::{Deserialize, Serialize};

/// The work situation and leave choices of the person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaveInput {}

impl LeaveInput {
    /// Adds a problem per invalid field; paths start with `leave.`.
    pub fn validate(&self, _problems: &mut Vec<FieldError>) {}
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeaveOutcome {
    pub figures_status: FiguresStatus,
}

pub fn compute(_scenario: &Scenario, _input: &LeaveInput, _figures: Figures<'_>) -> LeaveOutcome {
    LeaveOutcome { figures_status: FiguresStatus::Confirmed }
}
