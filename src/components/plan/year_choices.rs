//! "Aanpassen per jaar": for each year of the route its own study points, contract and
//! status (`plan.years[]`). A field left empty, or on its first option, follows the plan.
//! Part of the plan's inputs (a function, not a component of its own: lighter to download).

use super::inputs::{InputsProps, CONTRACTS};
use crate::components::form::{input_value, selected_index, TextField};
use crate::i18n::marked;
use crate::state::plan::{PlanAction, PlanYearRow};
use crate::state::Action;
use crate::{t, text};
use studierekenaar_core::render::plan as words;
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::Language;
use yew::prelude::*;

/// The disclosure with one group of fields per year of the route, starting at `start`.
pub(super) fn year_choices(
    language: Language,
    props: &InputsProps,
    start: AcademicYear,
    open: bool,
    ontoggle: Callback<Event>,
) -> Html {
    let form = &props.form;
    let count = form.route_years(language);
    let pace = form.credits_per_year.trim().to_owned();
    let as_plan = t!(language, "plan-year-as-plan", choice = words::contract(language, form.contract));
    let as_fee = t!(language, "plan-year-as-fee", choice = text::status_name(language, props.status));
    let clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Plan(PlanAction::ClearYears)))
    };
    let row = |index: usize| -> Html {
        let own = form.years.get(index).cloned().unwrap_or_else(PlanYearRow::default);
        let year = AcademicYear(start.0.saturating_add(u16::try_from(index).unwrap_or(u16::MAX)));
        let id = |name: &str| format!("plan-year-{index}-{name}");
        let on_action = props.on_action.clone();
        // One listener for the three fields of the year: which one changed is in its id.
        let onchange = Callback::from(move |event: Event| {
            let target: web_sys::Element = event.target_unchecked_into();
            let choice = selected_index(event).checked_sub(1);
            let action = if target.id().ends_with("-contract") {
                PlanAction::SetYearContract(index, choice.and_then(|i| CONTRACTS.get(i)).copied())
            } else {
                PlanAction::SetYearStatus(index, choice.and_then(|i| text::STATUSES.get(i)).copied())
            };
            on_action.emit(Action::Plan(action));
        });
        let on_credits = {
            let on_action = props.on_action.clone();
            Callback::from(move |event: InputEvent| {
                on_action.emit(Action::Plan(PlanAction::SetYearCredits(index, input_value(event))))
            })
        };
        let error = props.errors.get(&format!("plan.years[{index}].credits")).map(AttrValue::from);
        html! {
            <fieldset class="plan-year-choice" id={id("row")} key={index}>
                <legend>{ year.to_string() }</legend>
                <TextField id={id("credits")} label={t!(language, "plan-year-credits-label")} value={own.credits.clone()}
                    inputmode="numeric" {error} oninput={on_credits}
                    help={html! { t!(language, "plan-year-credits-help", pace = pace.clone()) }} />
                <div class="field">
                    <label for={id("contract")}>{ t!(language, "plan-year-contract-label") }</label>
                    <select id={id("contract")} onchange={onchange.clone()}>
                        <option selected={own.contract.is_none()}>{ as_plan.clone() }</option>
                        { for CONTRACTS.iter().map(|contract| html! {
                            <option selected={own.contract == Some(*contract)}>{ words::contract(language, *contract) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={id("status")}>{ t!(language, "plan-year-status-label") }</label>
                    <select id={id("status")} {onchange}>
                        <option selected={own.status.is_none()}>{ as_fee.clone() }</option>
                        { for text::STATUSES.iter().map(|status| html! {
                            <option selected={own.status == Some(*status)}>{ text::status_name(language, *status) }</option>
                        }) }
                    </select>
                </div>
            </fieldset>
        }
    };
    html! {
        <details class="more plan-year-choices" id="plan-year-choices" {open} {ontoggle}>
            <summary>{ t!(language, "plan-year-choices") }</summary>
            <p class="help">{ marked(language, &t!(language, "plan-year-choices-help")) }</p>
            // Their own element: the rows are keyed by year, so a row added or removed at the
            // end leaves the others (and the focus in them) where they are.
            <div class="plan-year-rows">{ for (0..count).map(row) }</div>
            if form.has_year_choices() {
                <button type="button" class="secondary" id="plan-year-clear" onclick={clear}>{ t!(language, "plan-year-clear") }</button>
            }
        </details>
    }
}
