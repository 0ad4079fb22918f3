//! The leave section of the form: the work situation and leave choices as typed.
//! (To be completed.)

use super::FieldErrors;
use studierekenaar_core::leave::LeaveInput;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeaveForm {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveAction {}

impl LeaveForm {
    pub fn apply(&mut self, action: LeaveAction) {
        match action {}
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with `leave.`).
    pub fn to_input(&self, _errors: &mut FieldErrors) -> Option<LeaveInput> {
        Some(LeaveInput::default())
    }
}
