//! The inputs: academic year, the student's status and learning credit, and the
//! enrolments. Components only render the form and forward events as actions.

use crate::i18n::{marked, use_language};
use crate::state::{Action, EnrolmentRow, FieldErrors, MAX_ROWS};
use crate::{t, text};
use studierekenaar_core::input::typed_euros;
use studierekenaar_core::scenario::Programme;
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::{Cents, Language};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

pub fn input_value(event: InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

pub fn checked(event: Event) -> bool {
    event.target_unchecked_into::<HtmlInputElement>().checked()
}

pub fn selected_index(event: Event) -> usize {
    usize::try_from(event.target_unchecked_into::<HtmlSelectElement>().selected_index()).unwrap_or(0)
}

/// The message under a field, linked to it by `aria-describedby`.
#[derive(Properties, PartialEq)]
pub struct FieldErrorProps {
    pub id: AttrValue,
    pub message: Option<AttrValue>,
}

#[component]
pub fn FieldError(props: &FieldErrorProps) -> Html {
    match &props.message {
        Some(message) => html! {
            <p class="field-error" id={props.id.clone()}>
                <span aria-hidden="true">{ "⚠ " }</span>{ message.clone() }
            </p>
        },
        None => html! {},
    }
}

/// A text input with its label, help and error, wired for assistive technology.
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Text, or markup when the help holds a link.
    pub help: Html,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// The on-screen keyboard to offer; decimal keyboards also have the digits.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    pub oninput: Callback<InputEvent>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    let described = if props.error.is_some() { format!("{help_id} {error_id}") } else { help_id.clone() };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()} autocomplete="off"
                value={props.value.clone()} oninput={props.oninput.clone()}
                aria-invalid={props.error.is_some().to_string()} aria-describedby={described} />
            <p class="help" id={help_id}>{ props.help.clone() }</p>
            <FieldError id={error_id} message={props.error.clone()} />
        </div>
    }
}

/// Whether the window is wider than `rem` root ems (16 px each), as a CSS media query would
/// say: what starts folded on a phone starts open on a wide screen.
pub fn wider_than(rem: f64) -> bool {
    gloo::utils::window().inner_width().ok().and_then(|width| width.as_f64()).is_some_and(|width| width > rem * 16.0)
}

/// The open state of a disclosure (`<details>`), owned by the person who opens and closes
/// it: rendering `open` from the form's values instead folds it whenever they change, under
/// the cursor of someone typing in a field inside it, who then loses the focus and the next
/// keys. `reveal` unfolds it, at first and whenever it turns true (a field inside gets an
/// error that must be seen, an agreement becomes open to you); only the person folds it.
/// Returns the state and the `ontoggle` that keeps it in step with what the person did.
#[hook]
pub fn use_disclosure(reveal: bool) -> (bool, Callback<Event>) {
    let open = use_state_eq(|| reveal);
    {
        let open = open.clone();
        use_effect_with(reveal, move |reveal| {
            if *reveal {
                open.set(true);
            }
        });
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| open.set(event.target_unchecked_into::<Element>().has_attribute("open")))
    };
    (*open, ontoggle)
}

/// A checkbox with its label and help.
#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Markup, so that a Dutch legal term in it can be marked as such.
    pub help: Html,
    pub checked: bool,
    pub onchange: Callback<Event>,
}

#[component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let help_id = format!("{}-help", props.id);
    html! {
        <div class="choice">
            <input type="checkbox" id={props.id.clone()} checked={props.checked} onchange={props.onchange.clone()}
                aria-describedby={help_id.clone()} />
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <p class="help" id={help_id}>{ props.help.clone() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct YearProps {
    pub year: AcademicYear,
    /// Shown under the choice when the year's figures are not all confirmed.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn YearPicker(props: &YearProps) -> Html {
    let language = use_language();
    let years: Vec<AcademicYear> = AcademicYear::supported().collect();
    let onchange = {
        let years = years.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(year) = years.get(selected_index(event)) {
                on_action.emit(Action::SetYear(*year));
            }
        })
    };
    html! {
        <div class="field">
            <label for="year">{ t!(language, "form-year-label") }</label>
            <select id="year" {onchange} aria-describedby="year-help">
                { for years.iter().map(|year| html! {
                    <option selected={*year == props.year}>{ year.to_string() }</option>
                }) }
            </select>
            <p class="help" id="year-help">{ t!(language, "form-year-help") }</p>
            if let Some(note) = &props.note {
                <p class="year-note"><span aria-hidden="true">{ "≈ " }</span>{ note.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StudentProps {
    pub status: studierekenaar_core::scenario::StudentStatus,
    pub learning_credit: AttrValue,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StudentFields(props: &StudentProps) -> Html {
    let language = use_language();
    let on_credit = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::SetLearningCredit(input_value(event))))
    };
    let credit_error = props.errors.get("student.learning_credit").map(AttrValue::from);
    let credit_described =
        if credit_error.is_some() { "learning-credit-help learning-credit-error" } else { "learning-credit-help" };
    html! {
        <>
            <fieldset class="field">
                <legend>{ t!(language, "form-status-legend") }</legend>
                { for text::STATUSES.iter().map(|status| {
                    let status = *status;
                    let id = format!("status-{}", text::STATUSES.iter().position(|s| *s == status).unwrap_or(0));
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::SetStatus(status)))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="status" id={id.clone()} checked={props.status == status}
                                {onchange} aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ marked(language, &text::status_name(language, status)) }</label>
                            <p class="help" id={format!("{id}-help")}>{ marked(language, &text::status_explained(language, status)) }</p>
                        </div>
                    }
                }) }
                <details class="help">
                    <summary>{ t!(language, "form-status-how") }</summary>
                    <p>{ marked(language, &t!(language, "form-status-how-text")) }</p>
                </details>
            </fieldset>
            <div class="field">
                <label for="learning-credit">{ marked(language, &t!(language, "form-learning-credit-label")) }</label>
                <input id="learning-credit" type="text" inputmode="numeric" autocomplete="off"
                    value={props.learning_credit.clone()} oninput={on_credit}
                    aria-invalid={credit_error.is_some().to_string()} aria-describedby={credit_described} />
                <p class="help" id="learning-credit-help">{ t!(language, "form-learning-credit-help") }</p>
                <FieldError id="learning-credit-error" message={credit_error} />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EnrolmentsProps {
    pub rows: Vec<EnrolmentRow>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Enrolments(props: &EnrolmentsProps) -> Html {
    let language = use_language();
    let on_add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AddEnrolment))
    };
    html! {
        <section class="enrolments" aria-labelledby="enrolments-title">
            <h3 id="enrolments-title">{ t!(language, "form-enrolments-title") }</h3>
            <p class="help">{ t!(language, "form-enrolments-help") }</p>
            { for props.rows.iter().enumerate().map(|(index, row)| html! {
                <EnrolmentFields key={row.id} {index} row={row.clone()} errors={props.errors.clone()}
                    on_action={props.on_action.clone()} />
            }) }
            if props.rows.len() < MAX_ROWS {
                <button type="button" class="secondary" onclick={on_add}>{ t!(language, "form-add-enrolment") }</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct EnrolmentFieldsProps {
    pub index: usize,
    pub row: EnrolmentRow,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

#[component]
pub fn EnrolmentFields(props: &EnrolmentFieldsProps) -> Html {
    let language = use_language();
    let EnrolmentFieldsProps { index, row, errors, on_action } = props;
    let id = row.id;
    let number = i64::try_from(index + 1).unwrap_or(i64::MAX);
    let field_id = |name: &str| format!("enrolment-{id}-{name}");
    let error_of = |name: &str| errors.get(&format!("enrolments[{index}].{name}")).map(AttrValue::from);
    let described = |name: &str, error: &Option<AttrValue>| {
        let help = field_id(&format!("{name}-help"));
        match error {
            Some(_) => format!("{help} {}", field_id(&format!("{name}-error"))),
            None => help,
        }
    };

    let on_institution = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::SetInstitution(id, input_value(event))))
    };
    let on_contract = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(contract) = text::CONTRACTS.get(selected_index(event)) {
                on_action.emit(Action::SetContract(id, *contract));
            }
        })
    };
    let on_programme = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(programme) = text::PROGRAMMES.get(selected_index(event)) {
                on_action.emit(Action::SetProgramme(id, *programme));
            }
        })
    };
    let on_credits = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::SetCredits(id, input_value(event))))
    };
    let on_price = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::SetPrice(id, input_value(event))))
    };
    let on_remove = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveEnrolment(id)))
    };

    let institution_error = error_of("institution");
    let credits_error = error_of("credits");
    let price_error = error_of("institution_price_cents");

    html! {
        <fieldset class="enrolment">
            <legend>{ t!(language, "form-enrolment-legend", number = number) }</legend>
            <div class="grid">
                <div class="field">
                    <label for={field_id("institution")}>{ t!(language, "form-institution-label") }</label>
                    <input id={field_id("institution")} type="text" autocomplete="organization" value={row.institution.clone()}
                        oninput={on_institution} aria-invalid={institution_error.is_some().to_string()}
                        aria-describedby={described("institution", &institution_error)} />
                    <p class="help" id={field_id("institution-help")}>{ t!(language, "form-institution-help") }</p>
                    <FieldError id={field_id("institution-error")} message={institution_error.clone()} />
                </div>
                <div class="field">
                    <label for={field_id("contract")}>{ t!(language, "form-contract-label") }</label>
                    <select id={field_id("contract")} onchange={on_contract} aria-describedby={field_id("contract-help")}>
                        { for text::CONTRACTS.iter().map(|contract| html! {
                            <option selected={*contract == row.contract}>{ text::contract_name(language, *contract) }</option>
                        }) }
                    </select>
                    <p class="help" id={field_id("contract-help")}>{ text::contract_explained(language, row.contract) }</p>
                </div>
                <div class="field">
                    <label for={field_id("programme")}>{ t!(language, "form-programme-label") }</label>
                    <select id={field_id("programme")} onchange={on_programme} aria-describedby={field_id("programme-help")}>
                        { for text::PROGRAMMES.iter().map(|programme| html! {
                            <option selected={*programme == row.programme}>{ text::programme_name(language, *programme) }</option>
                        }) }
                    </select>
                    <p class="help" id={field_id("programme-help")}>{ t!(language, "form-programme-help") }</p>
                </div>
                <div class="field">
                    <label for={field_id("credits")}>{ t!(language, "form-credits-label") }</label>
                    <input id={field_id("credits")} type="text" inputmode="numeric" autocomplete="off" value={row.credits.clone()}
                        oninput={on_credits} aria-invalid={credits_error.is_some().to_string()}
                        aria-describedby={described("credits", &credits_error)} />
                    <p class="help" id={field_id("credits-help")}>{ t!(language, "form-credits-help") }</p>
                    <FieldError id={field_id("credits-error")} message={credits_error.clone()} />
                </div>
                if row.programme == Programme::Postinitial {
                    <div class="field">
                        <label for={field_id("price")}>{ t!(language, "form-price-label") }</label>
                        <input id={field_id("price")} type="text" inputmode="decimal" autocomplete="off" value={row.price.clone()}
                            oninput={on_price} aria-invalid={price_error.is_some().to_string()}
                            aria-describedby={described("price", &price_error)} />
                        <p class="help" id={field_id("price-help")}>{ t!(language, "form-price-help", example = typed_amount_example(language)) }</p>
                        <FieldError id={field_id("price-error")} message={price_error.clone()} />
                    </div>
                }
            </div>
            // Even the only one: without an enrolment the leave and dual learning still compute.
            <button type="button" class="link" onclick={on_remove}>{ t!(language, "form-remove-enrolment", number = number) }</button>
        </fieldset>
    }
}

/// An amount as a person types it in the language, without the euro sign: `1.500,00`, `1,500.00`.
pub fn typed_amount_example(language: Language) -> String {
    typed_euros(Cents(150_000), language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_amount_is_written_as_the_language_types_it() {
        assert_eq!(typed_amount_example(Language::Dutch), "1.500,00");
        assert_eq!(typed_amount_example(Language::French), "1.500,00");
        assert_eq!(typed_amount_example(Language::English), "1,500.00");
    }
}
