//! The leave section: study load against Vlaams opleidingsverlof, tijdskrediet (or Vlaams
//! zorgkrediet) and the VOK premium. The inputs forward actions; the result shows exactly
//! what the core computed (nothing is recomputed here), with every figure's year, status
//! and source, and a chart that reads without colour next to a table with the same numbers.

use crate::components::form::{checked, input_value, selected_index, Checkbox, TextField};
use crate::components::result::{MissingFigures, Source};
use crate::state::leave::{LeaveAction, LeaveForm};
use crate::state::{Action, FieldErrors, Section};
use crate::text;
use std::rc::Rc;
use studierekenaar_core::explain::Condition;
use studierekenaar_core::leave::{
    BreakOutcome, CoverageKind, CoverageRow, EducationLevel, Hours, HoursRange, Interruption, LeaveOutcome, Line,
    PercentRange, Sector, VokOutcome, VovOutcome,
};
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeaveSectionProps {
    pub form: LeaveForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

const SECTORS: [(Sector, &str, &str, &str); 3] = [
    (
        Sector::Private,
        "private",
        "In de privésector",
        "Ook de private social profit (zorg, welzijn, …). Hier gelden Vlaams opleidingsverlof, tijdskrediet en de VOK-premie.",
    ),
    (
        Sector::FlemishPublic,
        "flemish-public",
        "Bij de Vlaamse overheid of in het onderwijs",
        "De Vlaamse openbare sector, ook het onderwijspersoneel: hier geldt Vlaams zorgkrediet.",
    ),
    (
        Sector::OtherPublic,
        "other-public",
        "Bij een andere overheid",
        "Bijvoorbeeld de federale overheid: onze bronnen beschrijven daarvoor geen regeling.",
    ),
];

const INTERRUPTIONS: [(Interruption, &str); 4] = [
    (Interruption::None, "Nee, ik blijf even veel werken"),
    (Interruption::OneFifth, "1/5 minder werken (één dag per week)"),
    (Interruption::HalfTime, "Halftijds werken"),
    (Interruption::FullTime, "Volledig onderbreken"),
];

const EDUCATION: [(EducationLevel, &str); 2] = [
    (EducationLevel::LowOrMiddle, "Geen diploma hoger onderwijs"),
    (EducationLevel::High, "Een diploma hoger onderwijs"),
];

const RVA_BAREMA: &str = "https://www.rva.be/nl/documentatie/baremas/loopbaanonderbreking-tijdskrediet";

fn share_nl(share: PercentRange) -> String {
    if share.min == share.max {
        format!("{} %", share.min)
    } else {
        format!("{} tot {} %", share.min, share.max)
    }
}

#[component]
pub fn LeaveSection(props: &LeaveSectionProps) -> Html {
    let leave = props.outcome.as_ref().and_then(|outcome| outcome.leave.as_ref().map(|leave| (outcome, leave)));
    html! {
        <div class="layout leave">
            <LeaveInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()}
                problems={leave.map(|(_, l)| l.problems.clone()).unwrap_or_default()}
                credits={leave.map(|(_, l)| l.study_load.credits)} />
            {
                match leave {
                    Some((outcome, leave)) => html! {
                        <LeaveResult year={outcome.academic_year.to_string()} leave={leave.clone()} />
                    },
                    None => {
                        let leave_errors = props.errors.count_under(&["leave."]);
                        let message = if props.outcome.is_none() && leave_errors == 0 {
                            "Verbeter eerst je inschrijvingen in het onderdeel Studiegeld; dan rekenen we opnieuw.".to_owned()
                        } else {
                            let fields = if leave_errors == 1 { "1 veld".to_owned() } else { format!("{leave_errors} velden") };
                            format!("Verbeter eerst {fields} met een fout; dan rekenen we opnieuw.")
                        };
                        html! {
                            <section class="result leave-result" aria-labelledby="leave-result-title">
                                <h2 id="leave-result-title">{ "Studielast en verlof" }</h2>
                                <div class="summary" role="status" aria-live="polite">
                                    <p class="total-pending">{ message }</p>
                                </div>
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
    problems: Vec<studierekenaar_core::scenario::FieldError>,
    /// Study points of the plan, when computed.
    credits: Option<i64>,
    on_action: Callback<Action>,
}

#[component]
fn LeaveInputs(props: &InputsProps) -> Html {
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
            .or_else(|| props.problems.iter().find(|p| p.field == format!("leave.{field}")).map(|p| p.message.clone()))
            .map(AttrValue::from)
    };
    let on_interruption = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some((interruption, _)) = INTERRUPTIONS.get(selected_index(event)) {
                on_action.emit(Action::Leave(LeaveAction::SetInterruption(*interruption)));
            }
        })
    };
    let on_education = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some((level, _)) = EDUCATION.get(selected_index(event)) {
                on_action.emit(Action::Leave(LeaveAction::SetEducationLevel(*level)));
            }
        })
    };
    let to_fee = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowSection(Section::Fee)))
    };
    let break_name =
        if form.sector == Sector::FlemishPublic { "Vlaams zorgkrediet" } else { "tijdskrediet met motief opleiding" };
    let optional_errors = [
        "seniority_months",
        "monthly_gross_wage_cents",
        "interruption_allowance_cents",
        "vov_hours_planned",
        "adult_education_lesson_periods",
    ]
    .iter()
    .any(|field| error(field).is_some());

    html! {
        <form class="inputs leave-inputs" aria-labelledby="leave-inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="leave-inputs-title">{ "Je werk en je verlof" }</h2>
            <div class="leave-plan">
                <p>
                    { "Je studieplan komt uit het onderdeel Studiegeld: " }
                    <strong>{ props.credits.map_or_else(|| "nog niet ingevuld".to_owned(), |c| if c == 1 { "1 studiepunt".to_owned() } else { format!("{c} studiepunten") }) }</strong>
                    { "." }
                </p>
                <button type="button" class="secondary" onclick={to_fee}>{ "Studieplan aanpassen" }</button>
            </div>

            <fieldset class="field">
                <legend>{ "Waar werk je?" }</legend>
                { for SECTORS.iter().map(|(sector, key, label, help)| {
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
                            <label for={id.clone()}>{ *label }</label>
                            <p class="help" id={format!("{id}-help")}>{ *help }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <div class="grid">
                <TextField id="leave-employment" label="Tewerkstellingspercentage (%)" value={form.employment_percent.clone()}
                    inputmode="numeric" error={error("employment_percent")}
                    oninput={send(LeaveAction::SetEmploymentPercent)}
                    help="Voltijds is 100. Voor VOV telt (vanaf 2023-2024) je percentage van maart vóór het schooljaar." />
                <TextField id="leave-weekly-hours" label="Uren per week in je contract" value={form.weekly_hours.clone()}
                    error={error("weekly_hours")} oninput={send(LeaveAction::SetWeeklyHours)}
                    help="Bijvoorbeeld 38 of 30,4. Staat in je arbeidsovereenkomst." />
            </div>

            <div class="field">
                <label for="leave-interruption">{ "Werk je minder om te studeren?" }</label>
                <select id="leave-interruption" onchange={on_interruption} aria-describedby="leave-interruption-help">
                    { for INTERRUPTIONS.iter().map(|(interruption, label)| html! {
                        <option selected={*interruption == form.interruption}>{ *label }</option>
                    }) }
                </select>
                <p class="help" id="leave-interruption-help">{ format!("Met {break_name}. Voor 1/5 is geen cao nodig; halftijds werken of volledig onderbreken kan alleen als een cao van je sector of onderneming het toelaat.") }</p>
            </div>

            <div class="field">
                <label for="leave-education">{ "Je hoogste diploma" }</label>
                <select id="leave-education" onchange={on_education} aria-describedby="leave-education-help">
                    { for EDUCATION.iter().map(|(level, label)| html! {
                        <option selected={*level == form.education_level}>{ *label }</option>
                    }) }
                </select>
                <p class="help" id="leave-education-help">{ "Zonder diploma hoger onderwijs ben je kort- of middengeschoold, met een diploma hooggeschoold. Hooggeschoolden krijgen de VOK-premie alleen met een persoonlijk ontwikkelingsplan uit loopbaanbegeleiding." }</p>
            </div>

            <Checkbox id="leave-living-alone" label="Ik woon alleen" checked={form.living_alone}
                onchange={toggle(LeaveAction::SetLivingAlone)} help="Voor de toeslag voor alleenwonenden bij de VOK-premie." />

            <TextField id="leave-weeks" label="Weken waarin je studeert" value={form.weeks.clone()} inputmode="numeric"
                error={error("weeks")} oninput={send(LeaveAction::SetWeeks)}
                help="Standaard 52: het hele academiejaar, van 1 september tot 31 augustus. Studeer je alleen in de les- en examenweken, vul dan dat aantal in (zie de academische kalender van je instelling)." />

            <details class="more" open={optional_errors}>
                <summary>{ "Meer gegevens (niet verplicht)" }</summary>
                <TextField id="leave-seniority" label="Maanden bij je huidige werkgever" value={form.seniority_months.clone()}
                    inputmode="numeric" error={error("seniority_months")} oninput={send(LeaveAction::SetSeniorityMonths)}
                    help="Voor tijdskrediet moet je 2 jaar (24 maanden) bij je werkgever werken. Leeg: niet nagegaan." />
                <TextField id="leave-wage" label="Brutoloon per maand in euro" value={form.monthly_wage.clone()}
                    error={error("monthly_gross_wage_cents")} oninput={send(LeaveAction::SetMonthlyWage)}
                    help="Bijvoorbeeld 3.200,00. Om te zien wat minder werken kost, en of je loon boven de loongrens van VOV ligt." />
                <TextField id="leave-allowance" label="Je uitkering per maand in euro (tijdskrediet of zorgkrediet)" value={form.allowance.clone()}
                    error={error("interruption_allowance_cents")} oninput={send(LeaveAction::SetAllowance)}
                    help={html!{ <>
                        { "Dit bedrag staat niet in onze bronnen; het hangt af van de vorm, je anciënniteit en je leeftijd. Zoek het op in het " }
                        <a href={RVA_BAREMA} target="_blank" rel="noopener noreferrer">{ "barema van de RVA" }<span class="visually-hidden">{ " (opent in een nieuw venster)" }</span></a>
                        { " (tijdskrediet) of vraag het aan je personeelsdienst (zorgkrediet)." }
                    </> }} />
                <TextField id="leave-vov-planned" label="Uren Vlaams opleidingsverlof die je wil opnemen" value={form.vov_hours_planned.clone()}
                    error={error("vov_hours_planned")} oninput={send(LeaveAction::SetVovHoursPlanned)}
                    help="Leeg: je maximum. Je plant je verlofuren in overleg met je werkgever." />
                <Checkbox id="leave-development-plan" label="Mijn opleiding staat in een persoonlijk ontwikkelingsplan (POP)"
                    checked={form.development_plan} onchange={toggle(LeaveAction::SetDevelopmentPlan)}
                    help="Een POP maak je in loopbaanbegeleiding. Het opent de VOK-premie voor hooggeschoolden en voor opleidingen zonder diploma." />
                <Checkbox id="leave-graduaat" label="Mijn bachelor-, master- of graduaatsinschrijving is een graduaat (HBO5)"
                    checked={form.graduaat} onchange={toggle(LeaveAction::SetGraduaat)}
                    help="Tot en met 2021-2022 gaf een graduaat 6 uur VOV per studiepunt in plaats van 4." />
                <TextField id="leave-lessons" label="Lestijden in het volwassenenonderwijs (CVO), naast je inschrijvingen" value={form.lesson_periods.clone()}
                    inputmode="numeric" error={error("adult_education_lesson_periods")} oninput={send(LeaveAction::SetLessonPeriods)}
                    help="Het voorziene aantal lestijden van de opleiding dit schooljaar. Leeg: geen." />
                <Checkbox id="leave-basic" label="Die opleiding is basiseducatie of leidt tot een diploma secundair onderwijs"
                    checked={form.basic_or_secondary} onchange={toggle(LeaveAction::SetBasicOrSecondary)}
                    help="Dan volstaat 300 uur per jaar voor tijdskrediet in plaats van 360." />
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
    let leave = &props.leave;
    let year = &props.year;
    let plan = leave.coverage.rows.first();
    let (status_class, status_symbol, status_text) = text::figures_status(leave.figures_status);
    let load_text = leave.study_load_hours.map_or_else(|| "niet berekend".to_owned(), HoursRange::to_nl);
    let per_week_text = leave.study_load.per_week_hours.map(|w| format!("{} per week", w.to_nl()));
    let covered = plan.and_then(|p| p.covered_hours.zip(p.share_percent));
    let left = plan.and_then(|p| p.left_per_week_hours);
    let break_scheme = if leave.care_credit.applies { &leave.care_credit } else { &leave.time_credit };

    html! {
        <section class="result leave-result" aria-labelledby="leave-result-title">
            <h2 id="leave-result-title">{ format!("Studielast en verlof in {year}") }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="leave-load">
                    <span class="total-label">{ "Je opleiding vraagt" }</span>
                    <span class="amount">{ load_text }</span>
                    if let Some(per_week) = &per_week_text { <span class="total-sub">{ per_week.clone() }</span> }
                </p>
                <dl class="leave-figures">
                    <div>
                        <dt>{ "Gedekt door verlof en minder werken" }</dt>
                        <dd id="leave-covered-share">{
                            match covered {
                                Some((hours, share)) => html! { <>{ share_nl(share) }<span class="dd-sub">{ format!(" ({})", hours.to_nl()) }</span></> },
                                None if plan.is_none() => html! { "geen regeling voor jouw sector" },
                                None => html! { "niet berekend" },
                            }
                        }</dd>
                    </div>
                    <div>
                        <dt>{ "Blijft over om naast je werk te studeren" }</dt>
                        <dd id="leave-left-per-week">{
                            match left {
                                Some(left) => format!("{} per week", left.to_nl()),
                                None => "niet berekend".to_owned(),
                            }
                        }</dd>
                    </div>
                </dl>
                <p class="leave-verdict">{ leave.coverage.summary.clone() }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>

            if !leave.problems.is_empty() {
                <div class="missing" role="alert">
                    <p><strong>{ "Dit klopt niet met de regels van dit jaar:" }</strong></p>
                    <ul>{ for leave.problems.iter().map(|p| html! { <li>{ p.message.clone() }</li> }) }</ul>
                </div>
            }
            if !leave.missing.is_empty() {
                <MissingFigures missing={leave.missing.clone()} />
            }

            if let Some(load) = leave.study_load_hours {
                <Chart load={load} rows={leave.coverage.rows.clone()} vov={leave.vov.applies.then_some(leave.vov.hours.unwrap_or_default())}
                    break_hours={break_scheme.hours} break_label={chart_break_label(leave)} />
            }
            if !leave.coverage.rows.is_empty() {
                <CoverageTable rows={leave.coverage.rows.clone()} />
            }

            if !leave.shortfalls.is_empty() {
                <div class="shortfalls">
                    <h3>{ "Wat je net mist" }</h3>
                    <ul>
                        { for leave.shortfalls.iter().map(|s| html! {
                            <li><span aria-hidden="true" class="symbol">{ "→ " }</span>{ s.text.clone() }<Source parameter={s.parameter.clone()} /></li>
                        }) }
                    </ul>
                </div>
            }

            <VovView vov={leave.vov.clone()} />
            if leave.care_credit.applies {
                <BreakView title="Vlaams zorgkrediet met motief opleiding" id="leave-care-credit" scheme={leave.care_credit.clone()} />
            } else {
                <BreakView title="Tijdskrediet met motief opleiding" id="leave-time-credit" scheme={leave.time_credit.clone()} />
                <VokView vok={leave.vok.clone()} />
            }

            <div class="leave-block" id="leave-money">
                <h3>{ "Geld per maand" }</h3>
                <p>{ leave.money_per_month.text.clone() }</p>
                <Lines lines={leave.money_per_month.lines.clone()} />
                if let Some(balance) = leave.money_per_month.balance_gross_cents.filter(|_| !leave.money_per_month.lines.is_empty()) {
                    <p class="subtotal"><span>{ "Saldo per maand, bruto" }</span><span class="line-amount">{ balance.to_nl() }</span></p>
                }
            </div>

            <div class="leave-block" id="leave-study-load">
                <h3>{ "Zo is de studielast berekend" }</h3>
                <Lines lines={leave.study_load.lines.clone()} />
            </div>

            <div class="notes">
                <h3>{ "Goed om te weten" }</h3>
                <ul>{ for leave.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }</ul>
            </div>
        </section>
    }
}

fn chart_break_label(leave: &LeaveOutcome) -> AttrValue {
    let scheme = if leave.care_credit.applies { "zorgkrediet" } else { "tijdskrediet" };
    let form = match leave.time_credit.interruption {
        Interruption::None => return AttrValue::from(format!("{scheme} (niet gekozen)")),
        Interruption::OneFifth => "1/5",
        Interruption::HalfTime => "halftijds",
        Interruption::FullTime => "voltijds",
    };
    AttrValue::from(format!("{form} {scheme}"))
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
    let load = props.load;
    let vov = props.vov.unwrap_or_default();
    let vov_part =
        |separator: &str| props.vov.map_or_else(String::new, |v| format!("VOV {}{separator}", v.number_nl()));
    let break_hours = props.break_hours.unwrap_or_default();
    let covered = props.rows.first().and_then(|r| r.covered_hours);
    let scale_max = load.max.0.max(covered.map_or(0, |c| c.0)).max(1);
    let x = |hours: Hours| hours.0.clamp(0, scale_max) * WIDTH / scale_max;
    let description = match (covered, props.rows.first().and_then(|r| r.share_percent)) {
        (Some(covered), Some(share)) => format!(
            "Studielast {} tegenover {covered} gedekt ({}{} via {}): {} van de studielast.",
            load.to_nl(),
            props.vov.map_or_else(String::new, |v| format!("{v} via Vlaams opleidingsverlof en ")),
            break_hours,
            props.break_label,
            share_nl(share)
        ),
        _ => format!("Studielast {}; de gedekte uren zijn niet berekend.", load.to_nl()),
    };
    let (vov_w, break_w) = (x(vov), x(vov + break_hours) - x(vov));
    html! {
        <figure class="leave-chart">
            <figcaption id="leave-chart-title">{ "Studielast tegenover de uren die verlof en minder werken vrijmaken" }</figcaption>
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
                <text x="1" y="16" class="chart-label">{ format!("Studielast: {}", load.to_nl()) }</text>
                <rect x="1" y="24" width={x(load.min).to_string()} height={BAR.to_string()} fill="#4a4f57" stroke="#1b1b1b" />
                <rect x={(1 + x(load.min)).to_string()} y="24" width={(x(load.max) - x(load.min)).to_string()} height={BAR.to_string()}
                    fill="url(#leave-pattern-range)" stroke="#1b1b1b" />
                <text x="1" y="86" class="chart-label">{
                    match covered {
                        Some(c) => format!("Gedekt: {c} ({}{} {})", vov_part(" + "), props.break_label, break_hours.number_nl()),
                        None => "Gedekt: niet berekend".to_owned(),
                    }
                }</text>
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
                <li><span class="swatch swatch-load" aria-hidden="true"></span>{ format!("Studielast laag: {}", load.min) }</li>
                <li><span class="swatch swatch-range" aria-hidden="true"></span>{ format!("tot hoog: {}", load.max) }</li>
                if props.vov.is_some() {
                    <li><span class="swatch swatch-vov" aria-hidden="true"></span>{ format!("Vlaams opleidingsverlof: {}", vov) }</li>
                }
                <li><span class="swatch swatch-break" aria-hidden="true"></span>{ format!("{}: {}", props.break_label, break_hours) }</li>
                <li><span class="swatch swatch-line" aria-hidden="true"></span>{ "stippellijn: de lage studielast" }</li>
            </ul>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    rows: Vec<CoverageRow>,
}

#[component]
fn CoverageTable(props: &TableProps) -> Html {
    let range = |r: Option<HoursRange>| r.map_or_else(|| "niet berekend".to_owned(), HoursRange::to_nl);
    html! {
        <table class="leave-table" id="leave-coverage-table">
            <caption>{ "Wat elke regeling dekt, tegenover de lage en de hoge studielast" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Regeling" }</th>
                    <th scope="col">{ "Gedekt" }</th>
                    <th scope="col">{ "Deel van de studielast" }</th>
                    <th scope="col">{ "Blijft over per week" }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|row| html! {
                    <tr class={classes!((row.kind == CoverageKind::Combined).then_some("plan"))}>
                        <th scope="row">{ row.label.clone() }</th>
                        <td>{ row.covered_hours.map_or_else(|| "niet berekend".to_owned(), Hours::to_nl) }</td>
                        <td>{ row.share_percent.map_or_else(|| "niet berekend".to_owned(), share_nl) }</td>
                        <td>{ range(row.left_per_week_hours) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct VovProps {
    vov: VovOutcome,
}

#[component]
fn VovView(props: &VovProps) -> Html {
    let vov = &props.vov;
    html! {
        <div class="leave-block" id="leave-vov">
            <h3>{ "Vlaams opleidingsverlof (VOV)" }</h3>
            <Verdict eligible={vov.eligible} text={vov.text.clone()} />
            <Conditions conditions={vov.conditions.clone()} />
            <Lines lines={vov.lines.clone()} />
            if !vov.nearest_published.is_empty() {
                <div class="nearby">
                    <p>{ "Ter vergelijking, dezelfde situatie in het dichtstbijzijnde jaar met gepubliceerde regels:" }</p>
                    <ul>
                        { for vov.nearest_published.iter().map(|near| html! {
                            <li>{ format!("{}: {}", near.academic_year, if near.eligible { near.hours.to_nl() } else { "geen VOV".to_owned() }) }</li>
                        }) }
                    </ul>
                </div>
            }
            <ul class="leave-notes">{ for vov.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
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
    let scheme = &props.scheme;
    html! {
        <div class="leave-block" id={props.id.clone()}>
            <h3>{ props.title.clone() }</h3>
            <Verdict eligible={scheme.eligible} text={scheme.text.clone()} />
            <Conditions conditions={scheme.conditions.clone()} />
            if !scheme.to_verify.is_empty() {
                <p class="leave-subhead">{ "Zelf na te gaan:" }</p>
                <ul class="conditions to-verify">
                    { for scheme.to_verify.iter().map(|t| html! {
                        <li><span class="visually-hidden">{ "Na te gaan: " }</span><span aria-hidden="true">{ "? " }</span>{ t.clone() }</li>
                    }) }
                </ul>
            }
            <Lines lines={scheme.lines.clone()} />
            <ul class="leave-notes">{ for scheme.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VokProps {
    vok: VokOutcome,
}

#[component]
fn VokView(props: &VokProps) -> Html {
    let vok = &props.vok;
    html! {
        <div class="leave-block" id="leave-vok">
            <h3>{ "Vlaams opleidingskrediet (VOK-premie)" }</h3>
            <Verdict eligible={vok.eligible} text={vok.text.clone()} />
            <Conditions conditions={vok.conditions.clone()} />
            if !vok.lines.is_empty() {
                <ul class="lines">
                    { for vok.lines.iter().map(|line| html! {
                        <li class="line">
                            <div class="line-main">
                                <span class="line-text">{ line.text.clone() }</span>
                                <span class="line-amount">{ format!("{} bruto · {} netto", line.gross_cents, line.net_cents) }</span>
                            </div>
                            <Source parameter={line.gross.clone()} />
                            <Source parameter={line.net.clone()} />
                        </li>
                    }) }
                </ul>
                <p class="subtotal">
                    <span>{ "VOK-premie per maand" }</span>
                    <span class="line-amount">{ format!("{} bruto · {} netto",
                        vok.monthly_gross_cents.unwrap_or(Cents::ZERO), vok.monthly_net_cents.unwrap_or(Cents::ZERO)) }</span>
                </p>
            }
            <ul class="leave-notes">{ for vok.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VerdictProps {
    eligible: Option<bool>,
    text: AttrValue,
}

/// The verdict with a symbol and words, never colour alone.
#[component]
fn Verdict(props: &VerdictProps) -> Html {
    let (class, symbol, words) = match props.eligible {
        Some(true) => ("possible", "✓", "In aanmerking"),
        Some(false) => ("not-possible", "✗", "Niet in aanmerking"),
        None => ("not-computed", "?", "Niet berekend"),
    };
    html! {
        <p class={classes!("verdict", class)}>
            <span aria-hidden="true" class="symbol">{ symbol }</span>
            <strong>{ format!("{words}. ") }</strong>
            { props.text.clone() }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct ConditionsProps {
    conditions: Vec<Condition>,
}

#[component]
fn Conditions(props: &ConditionsProps) -> Html {
    if props.conditions.is_empty() {
        return html! {};
    }
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li>
                    <span class="visually-hidden">{ if condition.met { "Voldaan: " } else { "Niet voldaan: " } }</span>
                    <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                    { condition.text.clone() }
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
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines">
            { for props.lines.iter().map(|line| {
                let amount = match (line.hours, line.amount_cents) {
                    (_, Some(cents)) => Some(cents.to_nl()),
                    (Some(hours), None) => Some(hours.to_nl()),
                    (None, None) => None,
                };
                html! {
                    <li class="line">
                        <div class="line-main">
                            <span class="line-text">{ line.text.clone() }</span>
                            if let Some(amount) = amount { <span class="line-amount">{ amount }</span> }
                        </div>
                        if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }
            }) }
        </ul>
    }
}
