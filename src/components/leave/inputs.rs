//! The leave section's inputs: the work situation and leave choices, with the optional
//! details folded under "Meer gegevens" (opened by the person or by an error inside).

use crate::components::form::{checked, input_value, selected_index, use_disclosure, Checkbox, TextField};
use crate::components::result::Source;
use crate::i18n::{marked, use_language};
use crate::state::leave::{LeaveAction, LeaveForm};
use crate::state::{Action, FieldErrors, Section};
use crate::t;
use studierekenaar_core::input::typed_euros;
use studierekenaar_core::leave::{AllowanceReference, EducationLevel, Interruption, Sector, WorkRegion};
use studierekenaar_core::render::Words;
use studierekenaar_core::{Cents, Language};
use yew::prelude::*;

use super::break_scheme_key;

const SECTORS: [(Sector, &str); 3] =
    [(Sector::Private, "private"), (Sector::FlemishPublic, "flemish-public"), (Sector::OtherPublic, "other-public")];

const INTERRUPTIONS: [Interruption; 4] =
    [Interruption::None, Interruption::OneFifth, Interruption::HalfTime, Interruption::FullTime];

/// The regions, in the order of the question, with the key of their element ids.
const REGIONS: [(WorkRegion, &str); 4] = [
    (WorkRegion::Flanders, "flanders"),
    (WorkRegion::Brussels, "brussels"),
    (WorkRegion::Wallonia, "wallonia"),
    (WorkRegion::NotWorking, "not-working"),
];

fn region_label(language: Language, region: WorkRegion) -> String {
    match region {
        WorkRegion::Flanders => t!(language, "leave-region-flanders"),
        WorkRegion::Brussels => t!(language, "leave-region-brussels"),
        WorkRegion::Wallonia => t!(language, "leave-region-wallonia"),
        WorkRegion::NotWorking => t!(language, "leave-region-not-working"),
    }
}

/// The section's first question: where the person works decides whose rules apply.
pub(super) fn region_question(language: Language, current: WorkRegion, on_action: &Callback<Action>) -> Html {
    html! {
        <fieldset class="field leave-region" aria-describedby="leave-region-help">
            <legend>{ t!(language, "leave-region-legend") }</legend>
            <p class="help" id="leave-region-help">{ t!(language, "leave-region-help") }</p>
            <div class="leave-region-choices">
                { for REGIONS.iter().map(|(region, key)| {
                    let region = *region;
                    let id = format!("leave-region-{key}");
                    let onchange = {
                        let on_action = on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::Leave(LeaveAction::SetWorkRegion(region))))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="leave-region" id={id.clone()} checked={current == region} {onchange} />
                            <label for={id}>{ region_label(language, region) }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

const EDUCATION: [EducationLevel; 2] = [EducationLevel::LowOrMiddle, EducationLevel::High];

/// The RVA's table of allowances; there is no page of it in French or English.
const RVA_BAREMA: &str = "https://www.rva.be/nl/documentatie/baremas/loopbaanonderbreking-tijdskrediet";

pub(super) fn sector_label(language: Language, sector: Sector) -> String {
    match sector {
        Sector::Private => t!(language, "leave-sector-private"),
        Sector::FlemishPublic => t!(language, "leave-sector-flemish-public"),
        Sector::OtherPublic => t!(language, "leave-sector-other-public"),
    }
}

pub(super) fn sector_help(language: Language, sector: Sector) -> String {
    match sector {
        Sector::Private => t!(language, "leave-sector-private-help"),
        Sector::FlemishPublic => t!(language, "leave-sector-flemish-public-help"),
        Sector::OtherPublic => t!(language, "leave-sector-other-public-help"),
    }
}

pub(super) fn interruption_label(language: Language, interruption: Interruption) -> String {
    match interruption {
        Interruption::None => t!(language, "leave-interruption-none"),
        Interruption::OneFifth => t!(language, "leave-interruption-one-fifth"),
        Interruption::HalfTime => t!(language, "leave-interruption-half-time"),
        Interruption::FullTime => t!(language, "leave-interruption-full-time"),
    }
}

pub(super) fn education_label(language: Language, level: EducationLevel) -> String {
    match level {
        EducationLevel::LowOrMiddle => t!(language, "leave-education-low"),
        EducationLevel::High => t!(language, "leave-education-high"),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct InputsProps {
    pub(super) form: LeaveForm,
    pub(super) errors: FieldErrors,
    /// Problems the core found against the year's rules (e.g. more VOV planned than allowed).
    pub(super) problems: Vec<studierekenaar_core::leave::Problem>,
    /// Study points of the plan, when computed.
    pub(super) credits: Option<i64>,
    /// The RVA's published allowance for the form chosen, offered to take over.
    pub(super) allowance_reference: Option<AllowanceReference>,
    pub(super) on_action: Callback<Action>,
    /// The lesson periods of the modules in Secundair diploma, which count instead of the field.
    #[prop_or_default]
    pub(super) lessons_from_modules: Option<i64>,
}

#[component]
pub(super) fn LeaveInputs(props: &InputsProps) -> Html {
    let language = use_language();
    let form = &props.form;
    let send = |make: fn(String) -> LeaveAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| on_action.emit(Action::Leave(make(input_value(event)))))
    };
    let toggle = |make: fn(bool) -> LeaveAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| on_action.emit(Action::Leave(make(checked(event)))))
    };
    let error = |field: &str| {
        props
            .errors
            .get(&format!("leave.{field}"))
            .map(str::to_owned)
            .or_else(|| {
                props.problems.iter().find(|p| p.field == format!("leave.{field}")).map(|p| p.message.words(language))
            })
            .map(AttrValue::from)
    };
    let help = |text: String| marked(language, &text);
    let on_interruption = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(interruption) = INTERRUPTIONS.get(selected_index(event)) {
                on_action.emit(Action::Leave(LeaveAction::SetInterruption(*interruption)));
            }
        })
    };
    let on_education = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(level) = EDUCATION.get(selected_index(event)) {
                on_action.emit(Action::Leave(LeaveAction::SetEducationLevel(*level)));
            }
        })
    };
    let to_fee = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowSection(Section::Fee)))
    };
    let break_scheme = break_scheme_key(form.sector == Sector::FlemishPublic);
    let optional_errors = [
        "seniority_months",
        "monthly_gross_wage_cents",
        "interruption_allowance_cents",
        "vov_hours_planned",
        "adult_education_lesson_periods",
    ]
    .iter()
    .any(|field| error(field).is_some());
    // Opened by the person, or by an error in a field inside: typing never folds it.
    let (more_open, on_more_toggle) = use_disclosure(optional_errors);
    let credits = match props.credits {
        None => t!(language, "leave-plan-not-filled"),
        // Every enrolment has at least one study point: none means no enrolment.
        Some(0) => t!(language, "leave-plan-none"),
        Some(count) => t!(language, "leave-plan-credits", count = count, amount = language.integer(count)),
    };
    // The RVA's page is in Dutch: say so to a browser reading another language.
    let barema_language = (language != Language::Dutch).then_some("nl");

    html! {
        <form class="inputs leave-inputs" aria-labelledby="leave-inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="leave-inputs-title">{ t!(language, "leave-inputs-title") }</h2>
            <div class="leave-plan">
                <p>
                    { t!(language, "leave-plan-intro") }{ " " }
                    <strong>{ credits }</strong>
                    { "." }
                </p>
                <button type="button" class="secondary" onclick={to_fee}>{ t!(language, "leave-plan-edit") }</button>
            </div>

            // Without work, the questions about the job are left out.
            if form.work_region != WorkRegion::NotWorking { <>
            <fieldset class="field">
                <legend>{ t!(language, "leave-sector-legend") }</legend>
                { for SECTORS.iter().map(|(sector, key)| {
                    let sector = *sector;
                    let id = format!("leave-sector-{key}");
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::Leave(LeaveAction::SetSector(sector))))
                    };
                    // Only the chosen sector's help, to keep the section short on a phone; it names
                    // the Flemish schemes, so only for work in the Flemish Region.
                    let chosen = form.sector == sector;
                    let helped = chosen && form.work_region == WorkRegion::Flanders;
                    html! {
                        <div class="choice">
                            <input type="radio" name="leave-sector" id={id.clone()} checked={chosen}
                                {onchange} aria-describedby={helped.then(|| format!("{id}-help"))} />
                            <label for={id.clone()}>{ sector_label(language, sector) }</label>
                            if helped {
                                <p class="help" id={format!("{id}-help")}>{ marked(language, &sector_help(language, sector)) }</p>
                            }
                        </div>
                    }
                }) }
            </fieldset>

            <div class="grid">
                <TextField id="leave-employment" label={t!(language, "leave-employment-label")} value={form.employment_percent.clone()}
                    inputmode="numeric" error={error("employment_percent")}
                    oninput={send(LeaveAction::SetEmploymentPercent)}
                    help={help(t!(language, "leave-employment-help"))} />
                <TextField id="leave-weekly-hours" label={t!(language, "leave-weekly-hours-label")} value={form.weekly_hours.clone()}
                    error={error("weekly_hours")} oninput={send(LeaveAction::SetWeeklyHours)}
                    help={help(t!(language, "leave-weekly-hours-help"))} />
            </div>

            <div class="field">
                <label for="leave-interruption">{ t!(language, "leave-interruption-label") }</label>
                <select id="leave-interruption" onchange={on_interruption} aria-describedby="leave-interruption-help">
                    { for INTERRUPTIONS.iter().map(|interruption| html! {
                        <option selected={*interruption == form.interruption}>{ interruption_label(language, *interruption) }</option>
                    }) }
                </select>
                <p class="help" id="leave-interruption-help">{ help(t!(language, "leave-interruption-help", scheme = break_scheme)) }</p>
            </div>

            <div class="field">
                <label for="leave-education">{ t!(language, "leave-education-label") }</label>
                <select id="leave-education" onchange={on_education} aria-describedby="leave-education-help">
                    { for EDUCATION.iter().map(|level| html! {
                        <option selected={*level == form.education_level}>{ education_label(language, *level) }</option>
                    }) }
                </select>
                <p class="help" id="leave-education-help">{ help(t!(language, "leave-education-help")) }</p>
            </div>

            <Checkbox id="leave-living-alone" label={t!(language, "leave-living-alone-label")} checked={form.living_alone}
                onchange={toggle(LeaveAction::SetLivingAlone)} help={marked(language, &t!(language, "leave-living-alone-help"))} />
            </> }

            <TextField id="leave-weeks" label={t!(language, "leave-weeks-label")} value={form.weeks.clone()} inputmode="numeric"
                error={error("weeks")} oninput={send(LeaveAction::SetWeeks)}
                help={help(t!(language, "leave-weeks-help"))} />

            <details class="more" open={more_open} ontoggle={on_more_toggle}>
                <summary>{ t!(language, "leave-more") }</summary>
                <TextField id="leave-seniority" label={t!(language, "leave-seniority-label")} value={form.seniority_months.clone()}
                    inputmode="numeric" error={error("seniority_months")} oninput={send(LeaveAction::SetSeniorityMonths)}
                    help={help(t!(language, "leave-seniority-help"))} />
                <TextField id="leave-wage" label={t!(language, "leave-wage-label")} value={form.monthly_wage.clone()}
                    error={error("monthly_gross_wage_cents")} oninput={send(LeaveAction::SetMonthlyWage)}
                    help={help(t!(language, "leave-wage-help"))} />
                <TextField id="leave-allowance" label={t!(language, "leave-allowance-label")} value={form.allowance.clone()}
                    error={error("interruption_allowance_cents")} oninput={send(LeaveAction::SetAllowance)}
                    help={html!{ <>
                        { help(t!(language, "leave-allowance-help-before")) }{ " " }
                        <a href={RVA_BAREMA} hreflang={barema_language} target="_blank" rel="noopener noreferrer">
                            { t!(language, "leave-allowance-link") }
                            <span class="visually-hidden">{ format!(" {}", t!(language, "opens-in-new-window")) }</span>
                        </a>
                        { " " }{ help(t!(language, "leave-allowance-help-after")) }
                    </> }} />
                if let Some(reference) = &props.allowance_reference {
                    { allowance_offer(language, reference, &form.allowance, &props.on_action) }
                }
                <TextField id="leave-vov-planned" label={t!(language, "leave-vov-planned-label")} value={form.vov_hours_planned.clone()}
                    error={error("vov_hours_planned")} oninput={send(LeaveAction::SetVovHoursPlanned)}
                    help={help(t!(language, "leave-vov-planned-help"))} />
                <Checkbox id="leave-development-plan" label={t!(language, "leave-development-plan-label")}
                    checked={form.development_plan} onchange={toggle(LeaveAction::SetDevelopmentPlan)}
                    help={marked(language, &t!(language, "leave-development-plan-help"))} />
                <Checkbox id="leave-graduaat" label={t!(language, "leave-graduaat-label")}
                    checked={form.graduaat} onchange={toggle(LeaveAction::SetGraduaat)}
                    help={marked(language, &t!(language, "leave-graduaat-help"))} />
                <TextField id="leave-lessons" label={t!(language, "leave-lessons-label")} value={form.lesson_periods.clone()}
                    inputmode="numeric" error={error("adult_education_lesson_periods")} oninput={send(LeaveAction::SetLessonPeriods)}
                    help={help(t!(language, "leave-lessons-help"))} />
                if let Some(periods) = props.lessons_from_modules {
                    <p class="help" id="leave-lessons-from-modules">{ t!(language, "leave-lessons-from-modules", periods = language.integer(periods)) }</p>
                }
                <Checkbox id="leave-basic" label={t!(language, "leave-basic-label")}
                    checked={form.basic_or_secondary} onchange={toggle(LeaveAction::SetBasicOrSecondary)}
                    help={marked(language, &t!(language, "leave-basic-help"))} />
            </details>
        </form>
    }
}

/// The RVA's amount for the form chosen, with its source, and a button that writes it
/// into the allowance field; the person may keep it or type their own.
/// `typed`: what the allowance field holds now, as typed.
fn allowance_offer(
    language: Language,
    reference: &AllowanceReference,
    typed_now: &str,
    on_action: &Callback<Action>,
) -> Html {
    let amount = Cents(reference.new_request.amount);
    let typed = typed_euros(amount, language);
    let take = {
        let (on_action, typed) = (on_action.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Leave(LeaveAction::SetAllowance(typed.clone()))))
    };
    let seniority = Cents(reference.with_seniority.amount);
    html! {
        <div class="allowance-offer" id="leave-allowance-offer">
            <p>{ t!(language, "leave-allowance-reference", amount = language.money(amount), seniority = language.money(seniority)) }</p>
            <Source parameter={reference.new_request.clone()} />
            if typed_now.trim() != typed {
                <button type="button" class="secondary" id="leave-allowance-take" onclick={take}>
                    { t!(language, "leave-allowance-take", amount = language.money(amount)) }
                </button>
            }
        </div>
    }
}
