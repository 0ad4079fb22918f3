//! The "Secundair diploma" section: the adult-education route to a secondary-school
//! diploma. The inputs (the learner, the programme, the modules) and the result (fee,
//! premium, net cost, when the premium comes, time and training leave), every line with
//! its source. Everything shown is the core's outcome in words (`render::adult_education`);
//! the section's own labels are the `adult-` messages of `locales/*/app-adult-education.ftl`.

mod inputs;
mod modules;
mod result;

use crate::components::form::use_disclosure;
use crate::components::sticky::StickySummary;
use crate::i18n::use_language;
use crate::state::adult_education::AdultEducationForm;
use crate::state::{Action, ErrorLink, FieldErrors};
use crate::t;
use inputs::AdultEducationInputs;
use result::AdultEducationResult;
use std::rc::Rc;
use studierekenaar_core::{Cents, Outcome};
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
    let language = use_language();
    let (how_open, on_how_toggle) = use_disclosure(false);
    let net = props.outcome.as_ref().and_then(|o| o.adult_education.as_ref()).map(|a| a.net_cents);
    html! {
        <div class="adult-education">
            // The answer first: on a phone the result comes before the form (see .answer-first).
            <div class="layout answer-first">
                <AdultEducationResult outcome={props.outcome.clone()} error_count={props.errors.count_under(&["adult_education."])}
                    links={props.links.clone()} on_action={props.on_action.clone()} {how_open} {on_how_toggle} />
                <AdultEducationInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} />
                // Scrolled down to the modules on a phone: the net cost stays in sight.
                if let Some(net) = net {
                    <StickySummary target="adult-result-title">{ t!(language, "adult-jump-to-result", net = language.money(Cents(net))) }</StickySummary>
                }
            </div>
        </div>
    }
}
