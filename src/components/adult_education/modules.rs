//! The modules, one row each: study area, lesson periods, semester, passed, exempted
//! (EVC) and a fourth enrolment; rows are added and removed.

use crate::components::form::{checked, input_value, selected_index, Checkbox, TextField};
use crate::i18n::{marked, use_language};
use crate::state::adult_education::{AdultEducationAction, ModuleRow, MAX_MODULE_ROWS};
use crate::state::{Action, FieldErrors};
use crate::t;
use studierekenaar_core::adult_education::{Area, Semester};
use studierekenaar_core::render::adult_education::{area_name, semester_name};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModulesProps {
    pub rows: Vec<ModuleRow>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Modules(props: &ModulesProps) -> Html {
    let language = use_language();
    let on_add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AdultEducation(AdultEducationAction::AddModule)))
    };
    html! {
        <section class="enrolments adult-modules" aria-labelledby="adult-modules-title">
            <h3 id="adult-modules-title">{ t!(language, "adult-modules-title") }</h3>
            <p class="help">{ t!(language, "adult-modules-help") }</p>
            { for props.rows.iter().enumerate().map(|(index, row)| html! {
                <ModuleFields key={row.id} {index} row={row.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} />
            }) }
            if props.rows.len() < MAX_MODULE_ROWS {
                <button type="button" class="secondary" id="adult-add-module" onclick={on_add}>{ t!(language, "adult-add-module") }</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ModuleFieldsProps {
    index: usize,
    row: ModuleRow,
    errors: FieldErrors,
    on_action: Callback<Action>,
}

#[component]
fn ModuleFields(props: &ModuleFieldsProps) -> Html {
    let language = use_language();
    let ModuleFieldsProps { index, row, errors, on_action } = props;
    let id = row.id;
    let number = i64::try_from(index + 1).unwrap_or(i64::MAX);
    let field_id = |name: &str| format!("adult-module-{id}-{name}");
    let send = |make: fn(u32, bool) -> AdultEducationAction| {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| on_action.emit(Action::AdultEducation(make(id, checked(event)))))
    };
    let on_area = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = Area::ALL.get(selected_index(event)) {
                on_action.emit(Action::AdultEducation(AdultEducationAction::SetArea(id, *area)));
            }
        })
    };
    let on_semester = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(semester) = Semester::ALL.get(selected_index(event)) {
                on_action.emit(Action::AdultEducation(AdultEducationAction::SetSemester(id, *semester)));
            }
        })
    };
    let on_lessons = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            on_action.emit(Action::AdultEducation(AdultEducationAction::SetLessonPeriods(id, input_value(event))))
        })
    };
    let on_remove = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::AdultEducation(AdultEducationAction::RemoveModule(id)))
        })
    };
    let legend = t!(language, "adult-module-legend", number = number);
    html! {
        <fieldset class="enrolment adult-module">
            <legend>{ legend.clone() }</legend>
            <div class="grid">
                <div class="field">
                    <label for={field_id("area")}>{ t!(language, "adult-area-label") }</label>
                    <select id={field_id("area")} onchange={on_area}>
                        { for Area::ALL.iter().map(|area| html! {
                            <option selected={row.area == *area}>{ area_name(language, *area) }</option>
                        }) }
                    </select>
                </div>
                <TextField id={field_id("lessons")} label={t!(language, "adult-lesson-periods-label")} value={row.lesson_periods.clone()}
                    help={marked(language, &t!(language, "adult-lesson-periods-help"))} inputmode="numeric"
                    error={errors.get(&format!("adult_education.modules[{index}].lesson_periods")).map(AttrValue::from)}
                    oninput={on_lessons} />
                <div class="field">
                    <label for={field_id("semester")}>{ t!(language, "adult-semester-label") }</label>
                    <select id={field_id("semester")} onchange={on_semester}>
                        { for Semester::ALL.iter().map(|semester| html! {
                            <option selected={row.semester == *semester}>{ semester_name(language, *semester) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <Checkbox id={field_id("passed")} label={t!(language, "adult-passed-label")}
                help={marked(language, &t!(language, "adult-passed-help"))} checked={row.passed} onchange={send(AdultEducationAction::SetPassed)} />
            <Checkbox id={field_id("exempted")} label={t!(language, "adult-exempted-label")}
                help={marked(language, &t!(language, "adult-exempted-help"))} checked={row.exempted} onchange={send(AdultEducationAction::SetExempted)} />
            <Checkbox id={field_id("fourth")} label={t!(language, "adult-fourth-label")}
                help={marked(language, &t!(language, "adult-fourth-help"))} checked={row.fourth_enrolment} onchange={send(AdultEducationAction::SetFourthEnrolment)} />
            <button type="button" class="link" id={field_id("remove")} onclick={on_remove}>
                { t!(language, "adult-remove-module", module = legend) }
            </button>
        </fieldset>
    }
}
