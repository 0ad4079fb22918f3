//! The dual-learning section of the form, as typed. (To be completed.)

use super::FieldErrors;
use studierekenaar_core::dual::DualInput;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DualForm {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DualAction {}

impl DualForm {
    pub fn apply(&mut self, action: DualAction) {
        match action {}
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with `dual.`).
    pub fn to_input(&self, _errors: &mut FieldErrors) -> Option<DualInput> {
        Some(DualInput::default())
    }
}
