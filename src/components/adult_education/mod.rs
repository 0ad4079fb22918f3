//! The "Secundair diploma" section: the adult-education route to a secondary-school
//! diploma. The inputs (the learner, the programme, the modules) and the result (fee,
//! premium, net cost, when the premium comes, time and training leave), every line with
//! its source. Everything shown is the core's outcome in words (`render::adult_education`);
//! the section's own labels are the `adult-` messages of `locales/*/app-adult-education.ftl`.

mod inputs;
mod modules;
mod result;

use crate::state::adult_education::AdultEducationForm;
use crate::state::{Action, ErrorLink, FieldErrors};
use inputs::AdultEducationInputs;
use result::AdultEducationResult;
use std::rc::Rc;
use studierekenaar_core::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AdultEducationSectionProps {
    pub form: AdultEducationForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    /// The errors of this section's fields, as links.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AdultEducationSection(props: &AdultEducationSectionProps) -> Html {
    html! {
        <div class="adult-education">
            <div class="layout">
                <AdultEducationInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} />
                <AdultEducationResult outcome={props.outcome.clone()} error_count={props.errors.count_under(&["adult_education."])}
                    links={props.links.clone()} on_action={props.on_action.clone()} />
            </div>
        </div>
    }
}
