//! The learner and the programme: fee category (with who falls where), the diploma they
//! have or aim at, modular or linear, the modules, course materials and training vouchers.

use super::modules::Modules;
use crate::components::form::{checked, input_value, use_disclosure, Checkbox, TextField};
use crate::i18n::{marked, use_language};
use crate::state::adult_education::{AdultEducationAction, AdultEducationForm};
use crate::state::{Action, FieldErrors};
use crate::t;
use studierekenaar_core::adult_education::{FeeCategory, Organisation};
use studierekenaar_core::render::adult_education::{category_name, category_who, organisation_name};
use yew::prelude::*;

const CATEGORIES: [FeeCategory; 3] = [FeeCategory::Standard, FeeCategory::PartialExemption, FeeCategory::FullExemption];
const ORGANISATIONS: [Organisation; 2] = [Organisation::Modular, Organisation::Linear];

fn category_key(category: FeeCategory) -> &'static str {
    match category {
        FeeCategory::Standard => "standard",
        FeeCategory::PartialExemption => "partial",
        FeeCategory::FullExemption => "full",
    }
}

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub form: AdultEducationForm,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AdultEducationInputs(props: &InputsProps) -> Html {
    let language = use_language();
    let form = &props.form;
    let emit = |action: fn(String) -> AdultEducationAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::AdultEducation(action(input_value(event)))))
    };
    let toggle = |action: fn(bool) -> AdultEducationAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| on_action.emit(Action::AdultEducation(action(checked(event)))))
    };
    let error = |field: &str| props.errors.get(&format!("adult_education.{field}")).map(AttrValue::from);
    let choose = |action: AdultEducationAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: Event| on_action.emit(Action::AdultEducation(action.clone())))
    };

    let (more_open, on_more_toggle) = use_disclosure(
        !form.course_materials.trim().is_empty()
            || !form.training_vouchers.trim().is_empty()
            || error("course_materials_cents").is_some()
            || error("training_vouchers_cents").is_some(),
    );
    html! {
        <form class="inputs adult-inputs" aria-labelledby="adult-inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="adult-inputs-title">{ t!(language, "adult-inputs-title") }</h2>
            <p class="help">{ marked(language, &t!(language, "adult-intro")) }</p>

            <fieldset class="field">
                <legend>{ t!(language, "adult-category-legend") }</legend>
                { for CATEGORIES.iter().map(|category| {
                    let category = *category;
                    let id = format!("adult-category-{}", category_key(category));
                    html! {
                        <div class="choice">
                            <input type="radio" name="adult-category" id={id.clone()} checked={form.category == category}
                                onchange={choose(AdultEducationAction::SetCategory(category))} aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ category_name(language, category) }</label>
                            <p class="help" id={format!("{id}-help")}>{ category_who(language, category) }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <fieldset class="field">
                <legend>{ t!(language, "adult-diploma-legend") }</legend>
                <Checkbox id="adult-has-diploma" label={t!(language, "adult-has-diploma-label")}
                    help={marked(language, &t!(language, "adult-has-diploma-help"))}
                    checked={form.has_secondary_diploma} onchange={toggle(AdultEducationAction::SetHasDiploma)} />
                <Checkbox id="adult-first-diploma" label={t!(language, "adult-first-diploma-label")}
                    help={marked(language, &t!(language, "adult-first-diploma-help"))}
                    checked={form.first_secondary_diploma} onchange={toggle(AdultEducationAction::SetFirstDiploma)} />
            </fieldset>

            <fieldset class="field">
                <legend>{ t!(language, "adult-organisation-legend") }</legend>
                { for ORGANISATIONS.iter().map(|organisation| {
                    let organisation = *organisation;
                    let key = match organisation { Organisation::Modular => "modular", Organisation::Linear => "linear" };
                    let id = format!("adult-organisation-{key}");
                    let help = match organisation {
                        Organisation::Modular => t!(language, "adult-organisation-modular-help"),
                        Organisation::Linear => t!(language, "adult-organisation-linear-help"),
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="adult-organisation" id={id.clone()} checked={form.organisation == organisation}
                                onchange={choose(AdultEducationAction::SetOrganisation(organisation))} aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ organisation_name(language, organisation) }</label>
                            <p class="help" id={format!("{id}-help")}>{ help }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <Modules rows={form.modules.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} />

            // Folded unless filled in (from a link) or wrong: most people have neither cost.
            <details class="more" id="adult-more" open={more_open} ontoggle={on_more_toggle}>
                <summary>{ t!(language, "adult-more") }</summary>
                <div class="grid">
                <TextField id="adult-materials" label={t!(language, "adult-materials-label")} value={form.course_materials.clone()}
                    help={marked(language, &t!(language, "adult-materials-help"))}
                    error={error("course_materials_cents")} oninput={emit(AdultEducationAction::SetCourseMaterials)} />
                <TextField id="adult-vouchers" label={t!(language, "adult-vouchers-label")} value={form.training_vouchers.clone()}
                    help={marked(language, &t!(language, "adult-vouchers-help"))}
                    error={error("training_vouchers_cents")} oninput={emit(AdultEducationAction::SetTrainingVouchers)} />
                </div>
            </details>
        </form>
    }
}
