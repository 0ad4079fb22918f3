//! The leave section: study load against Vlaams opleidingsverlof, tijdskrediet (or Vlaams
//! zorgkrediet) and the VOK premium. The inputs forward actions; the result shows exactly
//! what the core computed (nothing is recomputed here), with every figure's year, status
//! and source, and a chart that reads without colour next to a table with the same numbers.
//! Every word comes from `locales/<language>/app-leave.ftl`; the sentences of the outcome
//! come from the core in the page's language, their Dutch legal terms marked as Dutch.

use crate::components::errors::ErrorSummary;
use crate::components::form::{checked, input_value, selected_index, use_disclosure, Checkbox, TextField};
use crate::components::result::{MissingFigures, ScrollBox, Source};
use crate::i18n::{marked, use_language, words};
use crate::state::leave::{LeaveAction, LeaveForm};
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::{t, text};
use std::rc::Rc;
use studierekenaar_core::explain::Condition;
use studierekenaar_core::input::typed_euros;
use studierekenaar_core::leave::{
    AllowanceReference, BreakOutcome, CoverageKind, CoverageRow, EducationLevel, Hours, HoursRange, Interruption,
    LeaveOutcome, Line, PercentRange, Sector, VokOutcome, VovOutcome,
};
use studierekenaar_core::message::Message;
use studierekenaar_core::render::Words;
use studierekenaar_core::{Cents, Language, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaveSectionProps {
    pub form: LeaveForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    /// The errors in the fields the leave needs (its own, and the enrolments), as links.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    pub on_action: Callback<Action>,
}

/// The sectors, in the order of the form, with the key of their element ids.
const SECTORS: [(Sector, &str); 3] =
    [(Sector::Private, "private"), (Sector::FlemishPublic, "flemish-public"), (Sector::OtherPublic, "other-public")];

const INTERRUPTIONS: [Interruption; 4] =
    [Interruption::None, Interruption::OneFifth, Interruption::HalfTime, Interruption::FullTime];

const EDUCATION: [EducationLevel; 2] = [EducationLevel::LowOrMiddle, EducationLevel::High];

/// The RVA's table of allowances; there is no page of it in French or English.
const RVA_BAREMA: &str = "https://www.rva.be/nl/documentatie/baremas/loopbaanonderbreking-tijdskrediet";

fn sector_label(language: Language, sector: Sector) -> String {
    match sector {
        Sector::Private => t!(language, "leave-sector-private"),
        Sector::FlemishPublic => t!(language, "leave-sector-flemish-public"),
        Sector::OtherPublic => t!(language, "leave-sector-other-public"),
    }
}

fn sector_help(language: Language, sector: Sector) -> String {
    match sector {
        Sector::Private => t!(language, "leave-sector-private-help"),
        Sector::FlemishPublic => t!(language, "leave-sector-flemish-public-help"),
        Sector::OtherPublic => t!(language, "leave-sector-other-public-help"),
    }
}

fn interruption_label(language: Language, interruption: Interruption) -> String {
    match interruption {
        Interruption::None => t!(language, "leave-interruption-none"),
        Interruption::OneFifth => t!(language, "leave-interruption-one-fifth"),
        Interruption::HalfTime => t!(language, "leave-interruption-half-time"),
        Interruption::FullTime => t!(language, "leave-interruption-full-time"),
    }
}

fn education_label(language: Language, level: EducationLevel) -> String {
    match level {
        EducationLevel::LowOrMiddle => t!(language, "leave-education-low"),
        EducationLevel::High => t!(language, "leave-education-high"),
    }
}

/// `57 %`, `57 tot 68 %` (`57 to 68%`).
fn share_text(language: Language, share: PercentRange) -> String {
    if share.min == share.max {
        language.percent(share.min)
    } else {
        t!(language, "leave-share-range", min = language.integer(share.min), max = language.integer(share.max))
    }
}

/// `14,42 tot 17,31 uur per week`.
fn per_week(language: Language, hours: HoursRange) -> String {
    t!(language, "leave-per-week", hours = hours.display(language))
}

/// The scheme that working less goes through, for messages that select on it.
fn break_scheme_key(care_credit: bool) -> &'static str {
    if care_credit {
        "care-credit"
    } else {
        "time-credit"
    }
}

#[component]
pub fn LeaveSection(props: &LeaveSectionProps) -> Html {
    let language = use_language();
    let leave = props.outcome.as_ref().and_then(|outcome| outcome.leave.as_ref().map(|leave| (outcome, leave)));
    html! {
        <div class="layout leave">
            <LeaveInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()}
                problems={leave.map(|(_, l)| l.problems.clone()).unwrap_or_default()}
                credits={leave.map(|(_, l)| l.study_load.credits)}
                allowance_reference={leave.and_then(|(_, l)| l.money_per_month.allowance_reference.clone())}
                lessons_from_modules={lessons_from_modules(props.outcome.as_deref())} />
            {
                match leave {
                    Some((outcome, leave)) => html! {
                        <LeaveResult year={outcome.academic_year.to_string()} leave={leave.clone()} />
                    },
                    None => {
                        let leave_errors = props.errors.count_under(&["leave."]);
                        // Only the enrolments (the study plan) stand in the way: say so, and list them.
                        let message = if leave_errors == 0 && props.errors.count_under(&["enrolments"]) > 0 {
                            t!(language, "leave-pending-fee")
                        } else {
                            let count = i64::try_from(leave_errors).unwrap_or(i64::MAX);
                            t!(language, "leave-pending-errors", count = count, amount = language.integer(count))
                        };
                        html! {
                            <section class="result leave-result" aria-labelledby="leave-result-title">
                                <h2 id="leave-result-title">{ t!(language, "leave-result-title") }</h2>
                                <div class="summary" role="status" aria-live="polite">
                                    <p class="total-pending" id="leave-pending">{ message }</p>
                                </div>
                                <ErrorSummary id="leave-errors" links={props.links.clone()} section={Section::Leave}
                                    on_action={props.on_action.clone()} />
                            </section>
                        }
                    }
                }
            }
        </div>
    }
}

// ------------------------------------------------------------------------------------
// Inputs
// ------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct InputsProps {
    form: LeaveForm,
    errors: FieldErrors,
    /// Problems the core found against the year's rules (e.g. more VOV planned than allowed).
    problems: Vec<studierekenaar_core::leave::Problem>,
    /// Study points of the plan, when computed.
    credits: Option<i64>,
    /// The RVA's published allowance for the form chosen, offered to take over.
    allowance_reference: Option<AllowanceReference>,
    on_action: Callback<Action>,
    /// The lesson periods of the modules in Secundair diploma, which count instead of the field.
    #[prop_or_default]
    lessons_from_modules: Option<i64>,
}

#[component]
fn LeaveInputs(props: &InputsProps) -> Html {
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

            <fieldset class="field">
                <legend>{ t!(language, "leave-sector-legend") }</legend>
                { for SECTORS.iter().map(|(sector, key)| {
                    let sector = *sector;
                    let id = format!("leave-sector-{key}");
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::Leave(LeaveAction::SetSector(sector))))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="leave-sector" id={id.clone()} checked={form.sector == sector}
                                {onchange} aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ sector_label(language, sector) }</label>
                            <p class="help" id={format!("{id}-help")}>{ marked(language, &sector_help(language, sector)) }</p>
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
                    <AllowanceOffer reference={reference.clone()} typed={form.allowance.clone()} on_action={props.on_action.clone()} />
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

// ------------------------------------------------------------------------------------
// Result
// ------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct ResultProps {
    year: AttrValue,
    leave: LeaveOutcome,
}

#[component]
fn LeaveResult(props: &ResultProps) -> Html {
    let language = use_language();
    let leave = &props.leave;
    let year = &props.year;
    let plan = leave.coverage.rows.first();
    let (status_class, status_symbol, status_text) = text::figures_status(language, leave.figures_status);
    let not_computed = || t!(language, "leave-not-computed");
    let load_text = leave.study_load_hours.map_or_else(not_computed, |load| load.display(language));
    let per_week_text = leave.study_load.per_week_hours.map(|w| per_week(language, w));
    let covered = plan.and_then(|p| p.covered_hours.zip(p.share_percent));
    let left = plan.and_then(|p| p.left_per_week_hours);
    let break_scheme = if leave.care_credit.applies { &leave.care_credit } else { &leave.time_credit };

    html! {
        <section class="result leave-result" aria-labelledby="leave-result-title">
            <h2 id="leave-result-title">{ t!(language, "leave-result-title-year", year = year.to_string()) }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="leave-load">
                    <span class="total-label">{ t!(language, "leave-load-label") }</span>
                    <span class="amount">{ load_text }</span>
                    if let Some(per_week) = &per_week_text { <span class="total-sub">{ per_week.clone() }</span> }
                </p>
                <dl class="leave-figures">
                    <div>
                        <dt>{ t!(language, "leave-covered-label") }</dt>
                        <dd id="leave-covered-share">{
                            match covered {
                                Some((hours, share)) => html! { <>{ share_text(language, share) }<span class="dd-sub">{ format!(" ({})", hours.display(language)) }</span></> },
                                None if plan.is_none() => html! { { t!(language, "leave-no-scheme") } },
                                None => html! { { not_computed() } },
                            }
                        }</dd>
                    </div>
                    <div>
                        <dt>{ t!(language, "leave-left-label") }</dt>
                        <dd id="leave-left-per-week">{ left.map_or_else(not_computed, |left| per_week(language, left)) }</dd>
                    </div>
                </dl>
                <p class="leave-verdict">{ words(language, &leave.coverage.summary) }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>

            if !leave.problems.is_empty() {
                <div class="missing" role="alert">
                    <p><strong>{ t!(language, "leave-problems-title") }</strong></p>
                    <ul>{ for leave.problems.iter().map(|p| html! { <li>{ words(language, &p.message) }</li> }) }</ul>
                </div>
            }
            if !leave.missing.is_empty() {
                <MissingFigures missing={leave.missing.clone()} />
            }

            if let Some(load) = leave.study_load_hours {
                <Chart load={load} rows={leave.coverage.rows.clone()} vov={leave.vov.applies.then_some(leave.vov.hours.unwrap_or_default())}
                    break_hours={break_scheme.hours} break_label={chart_break_label(language, leave)} />
            }
            if !leave.coverage.rows.is_empty() {
                <CoverageTable rows={leave.coverage.rows.clone()} />
            }

            if !leave.shortfalls.is_empty() {
                <div class="shortfalls">
                    <h3>{ t!(language, "leave-shortfalls-title") }</h3>
                    <ul>
                        { for leave.shortfalls.iter().map(|s| html! {
                            <li><span aria-hidden="true" class="symbol">{ "→ " }</span>{ words(language, &s.text) }<Source parameter={s.parameter.clone()} /></li>
                        }) }
                    </ul>
                </div>
            }

            <VovView vov={leave.vov.clone()} />
            if leave.care_credit.applies {
                <BreakView title={t!(language, "leave-care-credit-title")} id="leave-care-credit" scheme={leave.care_credit.clone()} />
            } else {
                <BreakView title={t!(language, "leave-time-credit-title")} id="leave-time-credit" scheme={leave.time_credit.clone()} />
                <VokView vok={leave.vok.clone()} />
            }

            <div class="leave-block" id="leave-money">
                <h3>{ t!(language, "leave-money-title") }</h3>
                <p>{ words(language, &leave.money_per_month.text) }</p>
                <Lines lines={leave.money_per_month.lines.clone()} />
                if let Some(balance) = leave.money_per_month.balance_gross_cents.filter(|_| !leave.money_per_month.lines.is_empty()) {
                    <p class="subtotal"><span>{ t!(language, "leave-balance") }</span><span class="line-amount">{ language.money(balance) }</span></p>
                }
            </div>

            <div class="leave-block" id="leave-study-load">
                <h3>{ t!(language, "leave-study-load-title") }</h3>
                <Lines lines={leave.study_load.lines.clone()} />
            </div>

            <div class="notes">
                <h3>{ t!(language, "leave-notes-title") }</h3>
                <ul>{ for leave.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
            </div>
        </section>
    }
}

/// `1/5 tijdskrediet`, `halftijds zorgkrediet`, `tijdskrediet (niet gekozen)`.
fn chart_break_label(language: Language, leave: &LeaveOutcome) -> AttrValue {
    let scheme = break_scheme_key(leave.care_credit.applies);
    AttrValue::from(match leave.time_credit.interruption {
        Interruption::None => t!(language, "leave-chart-break-none", scheme = scheme),
        Interruption::OneFifth => t!(language, "leave-chart-break-one-fifth", scheme = scheme),
        Interruption::HalfTime => t!(language, "leave-chart-break-half-time", scheme = scheme),
        Interruption::FullTime => t!(language, "leave-chart-break-full-time", scheme = scheme),
    })
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    load: HoursRange,
    rows: Vec<CoverageRow>,
    /// `None` when VOV does not exist for the person's sector.
    vov: Option<Hours>,
    break_hours: Option<Hours>,
    break_label: AttrValue,
}

/// Two bars on one scale: the study load (certain part solid, the range up to the high
/// estimate hatched) and the covered hours (VOV with diagonal lines, time credit dotted).
/// Every part is labelled in text; the table under it holds the same numbers.
#[component]
fn Chart(props: &ChartProps) -> Html {
    const WIDTH: i64 = 600;
    const BAR: i64 = 28;
    let language = use_language();
    let load = props.load;
    let vov = props.vov.unwrap_or_default();
    let break_hours = props.break_hours.unwrap_or_default();
    let label = props.break_label.to_string();
    let covered = props.rows.first().and_then(|r| r.covered_hours);
    let scale_max = load.max.0.max(covered.map_or(0, |c| c.0)).max(1);
    let x = |hours: Hours| hours.0.clamp(0, scale_max) * WIDTH / scale_max;
    let (description, covered_label) = chart_texts(language, props);
    let (vov_w, break_w) = (x(vov), x(vov + break_hours) - x(vov));
    html! {
        <figure class="leave-chart">
            <figcaption id="leave-chart-title">{ t!(language, "leave-chart-title") }</figcaption>
            <svg viewBox={format!("0 0 {} 130", WIDTH + 2)} role="img" aria-labelledby="leave-chart-title leave-chart-desc"
                preserveAspectRatio="xMinYMin meet" class="leave-chart-svg">
                <desc id="leave-chart-desc">{ description }</desc>
                <defs>
                    <pattern id="leave-pattern-range" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" fill="#ffffff" />
                        <path d="M0 3 H6" stroke="#4a4f57" stroke-width="1.5" />
                    </pattern>
                    <pattern id="leave-pattern-vov" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="8" height="8" fill="#dbe4f3" />
                        <path d="M0 0 V8" stroke="#1d3c6e" stroke-width="3.5" />
                    </pattern>
                    <pattern id="leave-pattern-break" width="7" height="7" patternUnits="userSpaceOnUse">
                        <rect width="7" height="7" fill="#fff6cc" />
                        <circle cx="3.5" cy="3.5" r="1.6" fill="#1b1b1b" />
                    </pattern>
                </defs>
                <text x="1" y="16" class="chart-label">{ t!(language, "leave-chart-load", load = load.display(language)) }</text>
                <rect x="1" y="24" width={x(load.min).to_string()} height={BAR.to_string()} fill="#4a4f57" stroke="#1b1b1b" />
                <rect x={(1 + x(load.min)).to_string()} y="24" width={(x(load.max) - x(load.min)).to_string()} height={BAR.to_string()}
                    fill="url(#leave-pattern-range)" stroke="#1b1b1b" />
                <text x="1" y="86" class="chart-label">{ covered_label }</text>
                if covered.is_some() {
                    if vov_w > 0 {
                        <rect x="1" y="94" width={vov_w.to_string()} height={BAR.to_string()} fill="url(#leave-pattern-vov)" stroke="#1b1b1b" />
                    }
                    if break_w > 0 {
                        <rect x={(1 + vov_w).to_string()} y="94" width={break_w.to_string()} height={BAR.to_string()}
                            fill="url(#leave-pattern-break)" stroke="#1b1b1b" />
                    }
                    <path d={format!("M{} 20 V126", 1 + x(load.min))} stroke="#a4000f" stroke-width="2" stroke-dasharray="4 3" />
                }
            </svg>
            <ul class="leave-legend">
                <li><span class="swatch swatch-load" aria-hidden="true"></span>{ t!(language, "leave-legend-load-low", hours = load.min.display(language)) }</li>
                <li><span class="swatch swatch-range" aria-hidden="true"></span>{ t!(language, "leave-legend-load-high", hours = load.max.display(language)) }</li>
                if props.vov.is_some() {
                    <li><span class="swatch swatch-vov" aria-hidden="true"></span>{ marked(language, &t!(language, "leave-legend-vov", hours = vov.display(language))) }</li>
                }
                <li><span class="swatch swatch-break" aria-hidden="true"></span>{ marked(language, &t!(language, "leave-legend-break", label = label.clone(), hours = break_hours.display(language))) }</li>
                <li><span class="swatch swatch-line" aria-hidden="true"></span>{ t!(language, "leave-legend-line") }</li>
            </ul>
        </figure>
    }
}

/// The chart's text alternative (`<desc>`) and the label over the covered bar.
fn chart_texts(language: Language, props: &ChartProps) -> (String, String) {
    let load = props.load.display(language);
    let break_hours = props.break_hours.unwrap_or_default();
    let label = props.break_label.to_string();
    let plan = props.rows.first();
    let description = match (plan.and_then(|r| r.covered_hours), plan.and_then(|r| r.share_percent)) {
        (Some(covered), Some(share)) => {
            let freed = break_hours.display(language);
            let parts = match props.vov {
                Some(vov) => t!(
                    language,
                    "leave-chart-desc-vov-and-break",
                    vov = vov.display(language),
                    freed = freed,
                    label = label.clone()
                ),
                None => t!(language, "leave-chart-desc-break", freed = freed, label = label.clone()),
            };
            let (covered, share) = (covered.display(language), share_text(language, share));
            t!(language, "leave-chart-desc", load = load, covered = covered, parts = parts, share = share)
        }
        _ => t!(language, "leave-chart-desc-not-computed", load = load),
    };
    let covered_label = match plan.and_then(|r| r.covered_hours) {
        Some(covered) => {
            let freed = break_hours.number(language);
            let parts = match props.vov {
                Some(vov) => t!(
                    language,
                    "leave-chart-covered-vov-and-break",
                    vov = vov.number(language),
                    label = label.clone(),
                    freed = freed
                ),
                None => t!(language, "leave-chart-covered-break", label = label.clone(), freed = freed),
            };
            t!(language, "leave-chart-covered", covered = covered.display(language), parts = parts)
        }
        None => t!(language, "leave-chart-covered-not-computed"),
    };
    (description, covered_label)
}

#[derive(Properties, PartialEq)]
struct TableProps {
    rows: Vec<CoverageRow>,
}

#[component]
fn CoverageTable(props: &TableProps) -> Html {
    let language = use_language();
    let not_computed = || t!(language, "leave-not-computed");
    html! {
        <ScrollBox class="leave-table-wrap" label={t!(language, "leave-table-region")}>
            <table class="leave-table" id="leave-coverage-table">
                <caption>{ t!(language, "leave-table-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!(language, "leave-table-scheme") }</th>
                        <th scope="col">{ t!(language, "leave-table-covered") }</th>
                        <th scope="col">{ t!(language, "leave-table-share") }</th>
                        <th scope="col">{ t!(language, "leave-table-left-per-week") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(|row| html! {
                        <tr class={classes!((row.kind == CoverageKind::Combined).then_some("plan"))}>
                            <th scope="row">{ words(language, &row.label) }</th>
                            <td>{ row.covered_hours.map_or_else(not_computed, |hours| hours.display(language)) }</td>
                            <td>{ row.share_percent.map_or_else(not_computed, |share| share_text(language, share)) }</td>
                            <td>{ row.left_per_week_hours.map_or_else(not_computed, |left| left.display(language)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </ScrollBox>
    }
}

#[derive(Properties, PartialEq)]
struct VovProps {
    vov: VovOutcome,
}

#[component]
fn VovView(props: &VovProps) -> Html {
    let language = use_language();
    let vov = &props.vov;
    html! {
        <div class="leave-block" id="leave-vov">
            <h3>{ marked(language, &t!(language, "leave-vov-title")) }</h3>
            <Verdict eligible={vov.eligible} text={vov.text.clone()} />
            <Conditions conditions={vov.conditions.clone()} />
            <Lines lines={vov.lines.clone()} />
            <ul class="leave-notes">{ for vov.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BreakProps {
    title: AttrValue,
    id: AttrValue,
    scheme: BreakOutcome,
}

#[component]
fn BreakView(props: &BreakProps) -> Html {
    let language = use_language();
    let scheme = &props.scheme;
    html! {
        <div class="leave-block" id={props.id.clone()}>
            <h3>{ marked(language, &props.title) }</h3>
            <Verdict eligible={scheme.eligible} text={scheme.text.clone()} />
            <Conditions conditions={scheme.conditions.clone()} />
            if !scheme.to_verify.is_empty() {
                <p class="leave-subhead">{ t!(language, "leave-to-verify-title") }</p>
                <ul class="conditions to-verify">
                    { for scheme.to_verify.iter().map(|point| html! {
                        <li><span class="visually-hidden">{ format!("{} ", t!(language, "leave-to-verify")) }</span><span aria-hidden="true">{ "? " }</span>{ words(language, point) }</li>
                    }) }
                </ul>
            }
            <Lines lines={scheme.lines.clone()} />
            <ul class="leave-notes">{ for scheme.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VokProps {
    vok: VokOutcome,
}

#[component]
fn VokView(props: &VokProps) -> Html {
    let language = use_language();
    let vok = &props.vok;
    let gross_net = |gross: Cents, net: Cents| {
        t!(language, "leave-gross-net", gross = language.money(gross), net = language.money(net))
    };
    html! {
        <div class="leave-block" id="leave-vok">
            <h3>{ marked(language, &t!(language, "leave-vok-title")) }</h3>
            <Verdict eligible={vok.eligible} text={vok.text.clone()} />
            <Conditions conditions={vok.conditions.clone()} />
            if !vok.lines.is_empty() {
                <ul class="lines">
                    { for vok.lines.iter().map(|line| html! {
                        <li class="line">
                            <div class="line-main">
                                <span class="line-text">{ words(language, &line.text) }</span>
                                <span class="line-amount">{ gross_net(line.gross_cents, line.net_cents) }</span>
                            </div>
                            <Source parameter={line.gross.clone()} />
                            <Source parameter={line.net.clone()} />
                        </li>
                    }) }
                </ul>
                <p class="subtotal">
                    <span>{ marked(language, &t!(language, "leave-vok-monthly")) }</span>
                    <span class="line-amount">{ gross_net(vok.monthly_gross_cents.unwrap_or(Cents::ZERO), vok.monthly_net_cents.unwrap_or(Cents::ZERO)) }</span>
                </p>
            }
            <ul class="leave-notes">{ for vok.notes.iter().map(|n| html! { <li>{ words(language, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VerdictProps {
    eligible: Option<bool>,
    text: Message,
}

/// The verdict with a symbol and words, never colour alone.
#[component]
fn Verdict(props: &VerdictProps) -> Html {
    let language = use_language();
    let (class, symbol, verdict) = match props.eligible {
        Some(true) => ("possible", "✓", t!(language, "leave-verdict-eligible")),
        Some(false) => ("not-possible", "✗", t!(language, "leave-verdict-not-eligible")),
        None => ("not-computed", "?", t!(language, "leave-verdict-not-computed")),
    };
    html! {
        <p class={classes!("verdict", class)}>
            <span aria-hidden="true" class="symbol">{ symbol }</span>
            <strong>{ format!("{verdict}. ") }</strong>
            { words(language, &props.text) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct ConditionsProps {
    conditions: Vec<Condition>,
}

#[component]
fn Conditions(props: &ConditionsProps) -> Html {
    let language = use_language();
    if props.conditions.is_empty() {
        return html! {};
    }
    let (met, not_met) = (t!(language, "leave-condition-met"), t!(language, "leave-condition-not-met"));
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li>
                    <span class="visually-hidden">{ format!("{} ", if condition.met { &met } else { &not_met }) }</span>
                    <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                    { words(language, &condition.text) }
                    if let Some(parameter) = &condition.parameter { <Source parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct LinesProps {
    lines: Vec<Line>,
}

#[component]
fn Lines(props: &LinesProps) -> Html {
    let language = use_language();
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines">
            { for props.lines.iter().map(|line| {
                let amount = match (line.hours, line.amount_cents) {
                    (_, Some(cents)) => Some(language.money(cents)),
                    (Some(hours), None) => Some(hours.display(language)),
                    (None, None) => None,
                };
                html! {
                    <li class="line">
                        <div class="line-main">
                            <span class="line-text">{ words(language, &line.text) }</span>
                            if let Some(amount) = amount { <span class="line-amount">{ amount }</span> }
                        </div>
                        if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct AllowanceOfferProps {
    reference: AllowanceReference,
    /// What the allowance field holds now, as typed.
    typed: String,
    on_action: Callback<Action>,
}

/// The RVA's amount for the form chosen, with its source, and a button that writes it
/// into the allowance field; the person may keep it or type their own.
#[component]
fn AllowanceOffer(props: &AllowanceOfferProps) -> Html {
    let language = use_language();
    let amount = Cents(props.reference.new_request.amount);
    let typed = typed_euros(amount, language);
    let take = {
        let (on_action, typed) = (props.on_action.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Leave(LeaveAction::SetAllowance(typed.clone()))))
    };
    let seniority = Cents(props.reference.with_seniority.amount);
    html! {
        <div class="allowance-offer" id="leave-allowance-offer">
            <p>{ t!(language, "leave-allowance-reference", amount = language.money(amount), seniority = language.money(seniority)) }</p>
            <Source parameter={props.reference.new_request.clone()} />
            if props.typed.trim() != typed {
                <button type="button" class="secondary" id="leave-allowance-take" onclick={take}>
                    { t!(language, "leave-allowance-take", amount = language.money(amount)) }
                </button>
            }
        </div>
    }
}

/// The lesson periods of the modules in Secundair diploma, which count instead of the field.
fn lessons_from_modules(outcome: Option<&Outcome>) -> Option<i64> {
    outcome?.adult_education.as_ref().filter(|a| !a.modules.is_empty()).map(|a| a.time.lesson_periods)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    /// The official 2024-2025 case of the browser tests: 30 study points, VOV 120 hours and
    /// 1/5 time credit 395,2 hours against a load of 750 to 900 hours.
    fn chart(vov: Option<Hours>, covered: Option<Hours>, label: &str) -> ChartProps {
        ChartProps {
            load: HoursRange { min: Hours::whole(750), max: Hours::whole(900) },
            rows: vec![CoverageRow {
                kind: CoverageKind::Combined,
                label: studierekenaar_core::msg!(LeaveCoverageVovAlone),
                covered_hours: covered,
                share_percent: covered.map(|_| PercentRange { min: 57, max: 68 }),
                left_hours: None,
                left_per_week_hours: None,
                text: studierekenaar_core::msg!(LeaveCoverageVovAlone),
            }],
            vov,
            break_hours: Some(Hours(39_520)),
            break_label: AttrValue::from(label.to_owned()),
        }
    }

    #[test]
    fn the_chart_reads_as_before_in_dutch() {
        let both = chart(Some(Hours::whole(120)), Some(Hours(51_520)), "1/5 tijdskrediet");
        let (description, label) = chart_texts(DUTCH, &both);
        assert_eq!(
            description,
            "Studielast 750 tot 900 uur tegenover 515,2 uur gedekt (120 uur via Vlaams opleidingsverlof en 395,2 uur via 1/5 tijdskrediet): 57 tot 68 % van de studielast."
        );
        assert_eq!(label, "Gedekt: 515,2 uur (VOV 120 + 1/5 tijdskrediet 395,2)");
        let (description, label) = chart_texts(DUTCH, &chart(None, Some(Hours(39_520)), "1/5 zorgkrediet"));
        assert_eq!(
            description,
            "Studielast 750 tot 900 uur tegenover 395,2 uur gedekt (395,2 uur via 1/5 zorgkrediet): 57 tot 68 % van de studielast."
        );
        assert_eq!(label, "Gedekt: 395,2 uur (1/5 zorgkrediet 395,2)");
        let (description, label) = chart_texts(DUTCH, &chart(Some(Hours::whole(120)), None, "1/5 tijdskrediet"));
        assert_eq!(description, "Studielast 750 tot 900 uur; de gedekte uren zijn niet berekend.");
        assert_eq!(label, "Gedekt: niet berekend");
    }

    #[test]
    fn the_chart_in_english_and_french() {
        let label = t!(ENGLISH, "leave-chart-break-one-fifth", scheme = "time-credit");
        assert_eq!(label, "1/5 time credit");
        let (description, covered) = chart_texts(ENGLISH, &chart(Some(Hours::whole(120)), Some(Hours(51_520)), &label));
        assert_eq!(
            description,
            "Study load of 750 to 900 hours against 515.2 hours covered (120 hours of Flemish training leave and 395.2 hours of 1/5 time credit): 57 to 68% of the study load."
        );
        assert_eq!(covered, "Covered: 515.2 hours (VOV 120 + 1/5 time credit 395.2)");
        let label = t!(FRENCH, "leave-chart-break-one-fifth", scheme = "time-credit");
        assert_eq!(label, "crédit-temps 1/5");
        let (description, covered) = chart_texts(FRENCH, &chart(Some(Hours::whole(120)), Some(Hours(51_520)), &label));
        assert_eq!(
            description,
            "Charge d’études de 750 à 900 heures face à une couverture de 515,2 heures (120 heures de congé-éducation flamand et 395,2 heures de crédit-temps 1/5)\u{a0}: 57 à 68 % de la charge d’études."
        );
        assert_eq!(covered, "Couvert\u{a0}: 515,2 heures (VOV 120 + crédit-temps 1/5 395,2)");
    }

    #[test]
    fn the_break_is_named_by_its_form() {
        assert_eq!(t!(DUTCH, "leave-chart-break-none", scheme = "time-credit"), "tijdskrediet (niet gekozen)");
        assert_eq!(t!(DUTCH, "leave-chart-break-half-time", scheme = "care-credit"), "halftijds zorgkrediet");
        assert_eq!(t!(DUTCH, "leave-chart-break-full-time", scheme = "time-credit"), "voltijds tijdskrediet");
        assert_eq!(t!(ENGLISH, "leave-chart-break-full-time", scheme = "care-credit"), "full-time care credit");
        assert_eq!(t!(FRENCH, "leave-chart-break-half-time", scheme = "care-credit"), "crédit-soins à mi-temps");
        assert_eq!(
            t!(DUTCH, "leave-interruption-help", scheme = break_scheme_key(true)),
            "Met Vlaams zorgkrediet. Voor 1/5 is geen cao nodig; halftijds werken of volledig onderbreken kan alleen als een cao van je sector of onderneming het toelaat."
        );
        assert!(t!(DUTCH, "leave-interruption-help", scheme = break_scheme_key(false))
            .starts_with("Met tijdskrediet met motief opleiding. Voor 1/5"));
    }

    #[test]
    fn figures_and_counts_are_written_the_language_s_way() {
        let share = PercentRange { min: 57, max: 68 };
        assert_eq!(share_text(DUTCH, share), "57 tot 68 %");
        assert_eq!(share_text(ENGLISH, share), "57 to 68%");
        assert_eq!(share_text(FRENCH, share), "57 à 68 %");
        assert_eq!(share_text(DUTCH, PercentRange { min: 13, max: 13 }), "13 %");
        let load = HoursRange { min: Hours(1_442), max: Hours(1_731) };
        assert_eq!(per_week(DUTCH, load), "14,42 tot 17,31 uur per week");
        assert_eq!(per_week(ENGLISH, load), "14.42 to 17.31 hours per week");
        assert_eq!(per_week(FRENCH, load), "14,42 à 17,31 heures par semaine");
        let pending = |language: Language, count: i64| {
            t!(language, "leave-pending-errors", count = count, amount = language.integer(count))
        };
        assert_eq!(pending(DUTCH, 1), "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw.");
        assert_eq!(pending(DUTCH, 3), "Verbeter eerst 3 velden met een fout; dan rekenen we opnieuw.");
        assert_eq!(pending(ENGLISH, 1), "First correct 1 field with an error; then we calculate again.");
        assert_eq!(pending(FRENCH, 2), "Corrigez d’abord 2 champs erronés\u{a0}; ensuite, nous recalculons.");
        let credits = |language: Language, count: i64| {
            t!(language, "leave-plan-credits", count = count, amount = language.integer(count))
        };
        assert_eq!((credits(DUTCH, 1), credits(DUTCH, 30)), ("1 studiepunt".into(), "30 studiepunten".into()));
        assert_eq!((credits(ENGLISH, 1), credits(FRENCH, 30)), ("1 credit".into(), "30 crédits".into()));
    }

    #[test]
    fn french_and_english_name_the_dutch_schemes_in_their_headings() {
        assert_eq!(t!(DUTCH, "leave-vov-title"), "Vlaams opleidingsverlof (VOV)");
        assert_eq!(t!(ENGLISH, "leave-vov-title"), "Flemish training leave (Vlaams opleidingsverlof, VOV)");
        assert_eq!(t!(FRENCH, "leave-vov-title"), "Congé-éducation flamand (Vlaams opleidingsverlof, VOV)");
        assert_eq!(t!(ENGLISH, "leave-time-credit-title"), "Time credit for training (tijdskrediet)");
        assert_eq!(t!(ENGLISH, "leave-care-credit-title"), "Flemish care credit for training (Vlaams zorgkrediet)");
        assert!(t!(ENGLISH, "leave-sector-private-help").contains("Flemish training leave (Vlaams opleidingsverlof, VOV), time credit (tijdskrediet) and the Flemish training-credit premium (Vlaams opleidingskrediet, VOK)"));
        assert!(t!(FRENCH, "leave-sector-flemish-public-help").contains("crédit-soins flamand (Vlaams zorgkrediet)"));
    }
}
