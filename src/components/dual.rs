//! The dual-learning section: the four agreements compared. (To be completed.)

use crate::state::dual::DualForm;
use crate::state::{Action, FieldErrors};
use std::rc::Rc;
use studierekenaar_core::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DualSectionProps {
    pub form: DualForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DualSection(_props: &DualSectionProps) -> Html {
    html! { <h2>{ "Duaal leren" }</h2> }
}
