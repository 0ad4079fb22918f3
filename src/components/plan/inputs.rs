//! The plan's inputs: a programme preset, its size and kind, the pace, the contract, the
//! share passed, the start year and the learning credit at the start.

use crate::components::form::{input_value, selected_index, use_disclosure, TextField};
use crate::i18n::{marked, use_language};
use crate::state::plan::{PlanAction, PlanForm, PRESETS};
use crate::state::{Action, FieldErrors, Section};
use crate::t;
use studierekenaar_core::plan::Degree;
use studierekenaar_core::render::plan as words;
use studierekenaar_core::scenario::{Contract, StudentStatus};
use studierekenaar_core::year::AcademicYear;
use yew::prelude::*;

pub(super) const CONTRACTS: [Contract; 3] = [Contract::Diploma, Contract::Credit, Contract::Exam];
const DEGREES: [Degree; 4] = [Degree::Bachelor, Degree::Master, Degree::Graduaat, Degree::Bridging];

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub form: PlanForm,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
    pub with_leave: bool,
    /// The page's academic year (the route's start unless one is chosen).
    pub year: AcademicYear,
    /// The status of the fee section.
    pub status: StudentStatus,
}

#[component]
pub fn PlanInputs(props: &InputsProps) -> Html {
    let language = use_language();
    let form = &props.form;
    let error = |name: &str| props.errors.get(&format!("plan.{name}")).map(AttrValue::from);
    let send = |make: fn(String) -> PlanAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::Plan(make(input_value(event)))))
    };
    let help = |text: String| marked(language, &text);
    let on_contract = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let contract = CONTRACTS.get(selected_index(event)).copied().unwrap_or(Contract::Diploma);
            on_action.emit(Action::Plan(PlanAction::SetContract(contract)));
        })
    };
    let on_degree = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let degree = DEGREES.get(selected_index(event)).copied().unwrap_or_default();
            on_action.emit(Action::Plan(PlanAction::SetDegree(degree)));
        })
    };
    // The first option follows the page's academic year; then each supported year.
    let years: Vec<AcademicYear> = AcademicYear::supported().collect();
    let on_start = {
        let on_action = props.on_action.clone();
        let years = years.clone();
        Callback::from(move |event: Event| {
            let index = selected_index(event);
            let year = index.checked_sub(1).and_then(|i| years.get(i)).copied();
            on_action.emit(Action::Plan(PlanAction::SetStartYear(year)));
        })
    };
    let to_leave = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowSection(Section::Leave)))
    };
    let current = form.preset();
    // A year's own choices: open by itself when there are some, or an error in them.
    let (years_open, on_years_toggle) =
        use_disclosure(form.has_year_choices() || props.errors.count_under(&["plan.years"]) > 0);
    let own_years = super::year_choices::year_choices(
        language,
        props,
        form.start_year.unwrap_or(props.year),
        years_open,
        on_years_toggle,
    );
    html! {
            <form class="inputs plan-inputs" aria-labelledby="plan-inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2 id="plan-inputs-title">{ t!(language, "plan-inputs-title") }</h2>
                <fieldset class="field plan-presets">
                    <legend>{ t!(language, "plan-preset-legend") }</legend>
                    <div class="preset-buttons">
                    { for PRESETS.iter().map(|preset| {
                        let preset = *preset;
                        let onclick = {
                            let on_action = props.on_action.clone();
                            Callback::from(move |_: MouseEvent| on_action.emit(Action::Plan(PlanAction::Preset(preset))))
                        };
                        let pressed = current == Some(preset);
                        html! {
                            <button type="button" class="secondary" id={format!("plan-preset-{}", preset.key)}
                                aria-pressed={pressed.to_string()} {onclick}>{ crate::i18n::catalog(language).format(preset.message, None) }</button>
                        }
                    }) }
                    </div>
                </fieldset>
                <div class="grid">
                    <div class="field">
                        <label for="plan-degree">{ t!(language, "plan-degree-label") }</label>
                        <select id="plan-degree" onchange={on_degree} aria-describedby="plan-degree-help">
                            { for DEGREES.iter().map(|degree| html! {
                                <option selected={*degree == form.degree}>{ words::degree(language, *degree) }</option>
                            }) }
                        </select>
                        <p class="help" id="plan-degree-help">{ help(t!(language, "plan-degree-help")) }</p>
                    </div>
                    <TextField id="plan-programme-credits" label={t!(language, "plan-programme-credits-label")} value={form.programme_credits.clone()}
                        inputmode="numeric" error={error("programme_credits")} oninput={send(PlanAction::SetProgrammeCredits)}
                        help={help(t!(language, "plan-programme-credits-help"))} />
                </div>
                <div class="grid">
                    <TextField id="plan-credits-per-year" label={t!(language, "plan-credits-per-year-label")} value={form.credits_per_year.clone()}
                        inputmode="numeric" error={error("credits_per_year")} oninput={send(PlanAction::SetCreditsPerYear)}
                        help={help(t!(language, "plan-credits-per-year-help"))} />
                    <TextField id="plan-pass-percent" label={t!(language, "plan-pass-percent-label")} value={form.pass_percent.clone()}
                        inputmode="numeric" error={error("pass_percent")} oninput={send(PlanAction::SetPassPercent)}
                        help={help(t!(language, "plan-pass-percent-help"))} />
                </div>
                <div class="field">
                    <label for="plan-contract">{ t!(language, "plan-contract-label") }</label>
                    <select id="plan-contract" onchange={on_contract} aria-describedby="plan-contract-help">
                        { for CONTRACTS.iter().map(|contract| html! {
                            <option selected={*contract == form.contract}>{ words::contract(language, *contract) }</option>
                        }) }
                    </select>
                    <p class="help" id="plan-contract-help">{ help(t!(language, "plan-contract-help")) }</p>
                </div>
                <div class="field">
                    <label for="plan-start-year">{ t!(language, "plan-start-year-label") }</label>
                    <select id="plan-start-year" onchange={on_start} aria-describedby="plan-start-year-help">
                        <option selected={form.start_year.is_none()}>{ t!(language, "plan-start-year-same") }</option>
                        { for years.iter().map(|year| html! {
                            <option selected={form.start_year == Some(*year)}>{ year.to_string() }</option>
                        }) }
                    </select>
                    <p class="help" id="plan-start-year-help">{ help(t!(language, "plan-start-year-help")) }</p>
                </div>
    { own_years }
                            <TextField id="plan-learning-credit-start" label={t!(language, "plan-learning-credit-start-label")} value={form.learning_credit_start.clone()}
                    inputmode="numeric" error={error("learning_credit_start")} oninput={send(PlanAction::SetLearningCreditStart)}
                    help={help(t!(language, "plan-learning-credit-start-help"))} />
                <div class="plan-work">
                    <p>{ if props.with_leave { t!(language, "plan-work-from-leave") } else { t!(language, "plan-work-none") } }</p>
                    <button type="button" class="secondary" onclick={to_leave}>{ t!(language, "plan-work-edit") }</button>
                </div>
            </form>
        }
}
