//! The leave section: study load against VOV, time credit and VOK. (To be completed.)

use crate::state::leave::LeaveForm;
use crate::state::{Action, FieldErrors};
use std::rc::Rc;
use studierekenaar_core::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaveSectionProps {
    pub form: LeaveForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LeaveSection(_props: &LeaveSectionProps) -> Html {
    html! { <h2>{ "Studielast en verlof" }</h2> }
}
