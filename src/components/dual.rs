//! The dual-learning section: the learner's situation and hours, the employer's side, and
//! the four agreements (OAO, ODOS, ODO, ODOW) compared side by side, with a chart, a
//! short reading and every figure explained and sourced. Everything shown comes from
//! the core's outcome; only bar widths are worked out here, to draw them.

use crate::components::form::{checked, input_value, selected_index, Checkbox, TextField};
use crate::components::result::MissingFigures;
use crate::state::dual::{DualAction, DualForm, SCHOOL_YEAR_MONTHS};
use crate::state::{Action, FieldErrors};
use crate::text;
use std::rc::Rc;
use studierekenaar_core::dual::{
    first_of_month, Agreement, AgreementKind, AllowanceKind, Choice, DualLine, DualOutcome, Education, Fact, FactTopic,
    HomeCare, Premium, PremiumKind, SchoolLevel, Verdict,
};
use studierekenaar_core::explain::{Condition, ParamUse};
use studierekenaar_core::params::{month_name_nl, Date, Status};
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DualSectionProps {
    pub form: DualForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    pub on_action: Callback<Action>,
}

/// A text field's input as a dual action.
fn text_action(on_action: &Callback<Action>, make: fn(String) -> DualAction) -> Callback<InputEvent> {
    let on_action = on_action.clone();
    Callback::from(move |event: InputEvent| on_action.emit(Action::Dual(make(input_value(event)))))
}

/// A checkbox's change as a dual action.
fn check_action(on_action: &Callback<Action>, make: fn(bool) -> DualAction) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |event: Event| on_action.emit(Action::Dual(make(checked(event)))))
}

const EDUCATIONS: [Education; 2] = [Education::Adult, Education::Secondary];
const SCHOOL_LEVELS: [SchoolLevel; 3] =
    [SchoolLevel::BelowSecondGrade, SchoolLevel::SecondGrade, SchoolLevel::ThirdGradeFirstYear];
const HOME_CARE: [HomeCare; 3] = [HomeCare::None, HomeCare::Public, HomeCare::Private];

fn education_label(education: Education) -> &'static str {
    match education {
        Education::Adult => "Volwassenenonderwijs (een centrum voor volwassenenonderwijs, CVO)",
        Education::Secondary => "Secundair onderwijs",
    }
}

fn education_help(education: Education) -> &'static str {
    match education {
        Education::Adult => "De overeenkomst van duale opleiding: ODOS vanaf 20 uur per week op de werkplek, ODO bij minder, ODOW bij je eigen werkgever. Sinds 1 september 2022.",
        Education::Secondary => "De overeenkomst alternerende opleiding (OAO), met een leervergoeding per maand.",
    }
}

fn status_badge(status: Status) -> Html {
    let (class, symbol, words) = text::figure_status(status);
    html! {
        <span class={classes!("status", class)}><span aria-hidden="true">{ symbol }</span>{ format!(" {words}") }</span>
    }
}

#[component]
pub fn DualSection(props: &DualSectionProps) -> Html {
    let year = props.outcome.as_ref().map(|o| o.academic_year);
    let dual = props.outcome.as_ref().and_then(|o| o.dual.as_ref());
    html! {
        <div class="dual">
            <div class="layout dual-layout">
                <DualInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} {year} />
                <section class="dual-panel" aria-labelledby="dual-result-title">
                    <h2 id="dual-result-title">{ "Wat levert elke overeenkomst op?" }</h2>
                    {
                        match (dual, year) {
                            (Some(dual), Some(_)) => html! { <DualSummary dual={dual.clone()} /> },
                            _ => {
                                let own = props.errors.count_under(&["dual."]);
                                let message = match own {
                                    0 => "Verbeter eerst de fouten bij Studiegeld; dan rekenen we opnieuw.".to_owned(),
                                    1 => "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw.".to_owned(),
                                    n => format!("Verbeter eerst {n} velden met een fout; dan rekenen we opnieuw."),
                                };
                                html! {
                                    <div class="summary" role="status" aria-live="polite">
                                        <p class="total-pending" id="dual-pending">{ message }</p>
                                    </div>
                                }
                            }
                        }
                    }
                </section>
            </div>
            <DualMoreInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} {year} />
            if let Some(dual) = dual {
                <DualDetails dual={dual.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct InputsProps {
    form: DualForm,
    errors: FieldErrors,
    on_action: Callback<Action>,
    year: Option<AcademicYear>,
}

#[component]
fn DualInputs(props: &InputsProps) -> Html {
    let form = &props.form;
    let error = |field: &str| props.errors.get(&format!("dual.{field}")).map(AttrValue::from);
    let emit = |make: fn(String) -> DualAction| text_action(&props.on_action, make);
    let toggle = |make: fn(bool) -> DualAction| check_action(&props.on_action, make);
    let on_month = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let month = SCHOOL_YEAR_MONTHS.get(selected_index(event)).copied().filter(|m| *m != 9);
            on_action.emit(Action::Dual(DualAction::SetReferenceMonth(month)));
        })
    };
    let chosen_month = form.reference_month.unwrap_or(9);
    let month_label = |month: u8| match props.year {
        Some(year) => {
            let day = first_of_month(year, month).to_nl();
            if month == 9 {
                format!("{day} (begin van het schooljaar)")
            } else {
                day
            }
        }
        None => format!("1 {}", month_name_nl(month)),
    };

    html! {
        <section class="inputs dual-inputs" aria-labelledby="dual-inputs-title">
            <h2 id="dual-inputs-title">{ "Duaal leren: jouw situatie" }</h2>
            <p class="help dual-intro">{ "Vergelijk de overeenkomst alternerende opleiding (OAO) van het secundair onderwijs met de overeenkomsten van duale opleiding van het volwassenenonderwijs: ODOS, ODO en ODO met je eigen werkgever (ODOW). Alle vier worden berekend voor dezelfde uren, zodat je ze naast elkaar ziet; wat voor jou openstaat, staat erbij." }</p>

            <fieldset class="field">
                <legend>{ "Waar volg je de duale opleiding?" }</legend>
                { for EDUCATIONS.iter().map(|education| {
                    let education = *education;
                    let id = format!("dual-education-{}", education.key());
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::Dual(DualAction::SetEducation(education))))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="dual-education" id={id.clone()} checked={form.education == education}
                                {onchange} aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ education_label(education) }</label>
                            <p class="help" id={format!("{id}-help")}>{ education_help(education) }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <fieldset class="field dual-group">
                <legend>{ "Je uren" }</legend>
                <div class="grid">
                    <TextField id="dual-hours" label="Uren per week op de werkplek" value={form.hours_per_week.clone()}
                        help="Gemiddeld over het jaar, zonder de lesuren. Bijvoorbeeld 3 dagen van 8 uur: 24."
                        error={error("hours_per_week")} oninput={emit(DualAction::SetHoursPerWeek)} />
                    <TextField id="dual-weeks" label="Weken op de werkplek in het schooljaar" value={form.weeks.clone()}
                        help="Telt alleen voor de ODO, die per uur betaalt. 52 weken min 4 weken vakantie: 48."
                        error={error("weeks")} oninput={emit(DualAction::SetWeeks)} />
                    <TextField id="dual-months" label="Maanden onder de overeenkomst" value={form.months.clone()}
                        help="In dit schooljaar, van 1 tot 12. Een leervergoeding per maand telt zoveel keer."
                        error={error("months")} oninput={emit(DualAction::SetMonths)} />
                </div>
            </fieldset>

            <fieldset class="field dual-group">
                <legend>{ "Werk en vergoeding" }</legend>
                <Checkbox id="dual-employed" label="Ik werk al bij de onderneming waar ik op de werkplek zal leren"
                    help="Dan is het in het volwassenenonderwijs een ODO met je eigen werkgever (ODOW): je behoudt je loon."
                    checked={form.employed_by_workplace} onchange={toggle(DualAction::SetEmployedByWorkplace)} />
                <TextField id="dual-wage" label="Je brutoloon per maand in euro (voor de ODOW, niet verplicht)" value={form.wage.clone()}
                    inputmode="decimal" help="Bijvoorbeeld 2.000,00. Zonder loon berekenen we de ODOW niet."
                    error={error("wage_monthly_cents")} oninput={emit(DualAction::SetWage)} />
                <Checkbox id="dual-waive" label="Ik doe afstand van de leervergoeding om mijn uitkering of loon te behouden"
                    help="Kan in het volwassenenonderwijs (ODOS, ODO). De onderneming betaalt dan geen leervergoeding en krijgt een kleinere premie."
                    checked={form.waive_allowance} onchange={toggle(DualAction::SetWaiveAllowance)} />
            </fieldset>

            <div class="field">
                <label for="dual-reference-month">{ "Bedragen zoals ze golden op" }</label>
                <select id="dual-reference-month" onchange={on_month} aria-describedby="dual-reference-month-help">
                    { for SCHOOL_YEAR_MONTHS.iter().map(|month| html! {
                        <option selected={*month == chosen_month}>{ month_label(*month) }</option>
                    }) }
                </select>
                <p class="help" id="dual-reference-month-help">{ "Leervergoedingen stijgen met 2 % wanneer de spilindex wordt overschreden. Kies een dag later in het schooljaar om met de bedragen van dan te rekenen; het schooljaar kies je bovenaan." }</p>
            </div>
        </section>
    }
}

#[component]
fn DualMoreInputs(props: &InputsProps) -> Html {
    let form = &props.form;
    let error = |field: &str| props.errors.get(&format!("dual.{field}")).map(AttrValue::from);
    let emit = |make: fn(String) -> DualAction| text_action(&props.on_action, make);
    let toggle = |make: fn(bool) -> DualAction| check_action(&props.on_action, make);
    let on_school_level = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(level) = SCHOOL_LEVELS.get(selected_index(event)) {
                on_action.emit(Action::Dual(DualAction::SetSchoolLevel(*level)));
            }
        })
    };
    let on_home_care = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(kind) = HOME_CARE.get(selected_index(event)) {
                on_action.emit(Action::Dual(DualAction::SetHomeCare(*kind)));
            }
        })
    };

    html! {
        <section class="inputs dual-more" aria-labelledby="dual-more-title">
            <h2 id="dual-more-title">{ "Vooropleiding, premies en werkgever" }</h2>
            <div class="dual-more-grid">
                <div class="dual-more-column">
                <fieldset class="field dual-group">
                    <legend>{ "Vooropleiding (bepaalt de schaal van de OAO)" }</legend>
                    <div class="field">
                        <label for="dual-school-level">{ "Wat heb je in het secundair onderwijs met succes beëindigd?" }</label>
                        <select id="dual-school-level" onchange={on_school_level} aria-describedby="dual-school-level-help">
                            { for SCHOOL_LEVELS.iter().map(|level| html! {
                                <option selected={*level == form.school_level}>{ capitalise(level.name_nl()) }</option>
                            }) }
                        </select>
                        <p class="help" id="dual-school-level-help">{ "De tweede graad is het derde en vierde jaar, de derde graad het vijfde en zesde." }</p>
                    </div>
                    <TextField id="dual-training-years" label="Geslaagde opleidingsjaren in een alternerende opleiding" value={form.training_years_completed.clone()}
                        help="0 als je pas begint. Na één geslaagd jaar schaal 2, na twee schaal 3."
                        error={error("training_years_completed")} oninput={emit(DualAction::SetTrainingYears)} />
                    <Checkbox id="dual-buso" label="Ik heb de kwalificatiefase van het buitengewoon secundair onderwijs (opleidingsvorm 3) beëindigd"
                        help="Geeft ook schaal 3." checked={form.buso_ov3_completed} onchange={toggle(DualAction::SetBusoCompleted)} />
                </fieldset>

                <fieldset class="field dual-group">
                    <legend>{ "Leerlingenpremie (alleen OAO)" }</legend>
                    <Checkbox id="dual-lives-flanders" label="Ik woon in het Vlaamse Gewest" help="Een voorwaarde voor de leerlingenpremie."
                        checked={form.lives_in_flemish_region} onchange={toggle(DualAction::SetLivesInFlemishRegion)} />
                    <TextField id="dual-learner-premiums" label="Hoeveel keer kreeg je de leerlingenpremie of startbonus al?" value={form.learner_premiums_before.clone()}
                        help="Je krijgt ze hoogstens drie keer." error={error("learner_premiums_before")} oninput={emit(DualAction::SetLearnerPremiumsBefore)} />
                </fieldset>

                </div>
                <fieldset class="field dual-group dual-employer">
                    <legend>{ "Voor de werkgever" }</legend>
                    <div class="grid">
                    <TextField id="dual-learners" label="Aantal lerenden met deze overeenkomst in het schooljaar" value={form.learners.clone()}
                        help="De premies gelden per lerende; de ondersteuningspremie van een dienst voor gezinszorg heeft één maximum voor alle lerenden samen."
                        error={error("employer.learners")} oninput={emit(DualAction::SetLearners)} />
                    <Checkbox id="dual-workplace-flanders" label="De vestiging waar de lerende wordt opgeleid, ligt in het Vlaamse Gewest"
                        help="Een voorwaarde voor de premie kwalificerend werkplekleren."
                        checked={form.workplace_in_flemish_region} onchange={toggle(DualAction::SetWorkplaceInFlemishRegion)} />
                    <Checkbox id="dual-mentor" label="De mentor volgde een mentoropleiding (of volgt ze vóór het einde van het traject)"
                        help="Een voorwaarde voor de premie kwalificerend werkplekleren."
                        checked={form.mentor_trained} onchange={toggle(DualAction::SetMentorTrained)} />
                    <TextField id="dual-employer-premiums" label="Hoeveel keer kreeg de onderneming de premie voor deze lerende al?" value={form.employer_premiums_before.clone()}
                        help="Hoogstens drie keer per lerende; eerdere stagebonussen tellen mee."
                        error={error("employer.premiums_before")} oninput={emit(DualAction::SetEmployerPremiumsBefore)} />
                    <div class="field">
                        <label for="dual-home-care">{ "Is de onderneming een dienst voor gezinszorg?" }</label>
                        <select id="dual-home-care" onchange={on_home_care} aria-describedby="dual-home-care-help">
                            { for HOME_CARE.iter().map(|kind| html! {
                                <option selected={*kind == form.home_care}>{ capitalise(kind.name_nl()) }</option>
                            }) }
                        </select>
                        <p class="help" id="dual-home-care-help">{ "Diensten voor gezinszorg krijgen voor leerlingen met een OAO ook een ondersteuningspremie (publieke diensten) en een subsidie per uur onder verwijderd toezicht (volgens een webinar uit 2025, officieel niet bevestigd)." }</p>
                    </div>
                    if form.home_care != HomeCare::None {
                        <TextField id="dual-mentor-months" label="Maanden met minstens 10 dagen onder de mentor, per leerling (niet verplicht)" value={form.mentor_months.clone()}
                            help="Leeg: alle maanden van de overeenkomst. Alleen die maanden tellen voor de ondersteuningspremie."
                            error={error("employer.mentor_months")} oninput={emit(DualAction::SetMentorMonths)} />
                        <TextField id="dual-supervised-hours" label="Uren onder verwijderd toezicht per leerling in het schooljaar" value={form.supervised_hours.clone()}
                            help="Stage onder verwijderd toezicht, wijkwerking en werkvergadering. Hoogstens gemiddeld 18 uur per maand telt mee."
                            error={error("employer.supervised_hours")} oninput={emit(DualAction::SetSupervisedHours)} />
                    }
                    </div>
                </fieldset>
            </div>
        </section>
    }
}

/// Keeps `€` and its amount on one line.
fn nbsp(text: &str) -> String {
    text.replace("€ ", "€\u{a0}")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn money_or(amount: Option<Cents>, otherwise: &str) -> String {
    amount.map_or_else(|| otherwise.to_owned(), |c| c.to_nl())
}

/// The weakest status of the figures behind an agreement's allowance.
fn allowance_status(agreement: &Agreement) -> Option<Status> {
    agreement.lines.iter().filter_map(|l| l.parameter.as_ref()).map(|p| p.status).max()
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    dual: DualOutcome,
}

#[component]
fn DualSummary(props: &SummaryProps) -> Html {
    let dual = &props.dual;
    let open: Vec<&Agreement> = dual.agreements.iter().filter(|a| a.open).collect();
    let (status_class, status_symbol, status_text) = text::figures_status(dual.figures_status);
    let spoken: Vec<String> = dual
        .agreements
        .iter()
        .map(|a| {
            format!(
                "{}: {} per jaar{}",
                a.short,
                money_or(a.yearly_allowance_cents, "niet berekend"),
                if a.open { " (voor jou)" } else { "" }
            )
        })
        .collect();
    html! {
        <>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true" id="dual-summary">
                if open.is_empty() {
                    <p class="total"><span class="total-label">{ "Voor jou" }</span><span class="amount not-computed">{ "geen overeenkomst" }</span></p>
                }
                { for open.iter().map(|agreement| html! {
                    <p class="total dual-total" id={format!("dual-total-{}", agreement.short.to_lowercase())}>
                        <span class="total-label">{ format!("Voor jou: {} ({})", agreement.name, agreement.short) }</span>
                        <span class="amount">{ money_or(agreement.monthly_allowance_cents, "niet berekend") }</span>
                        <span class="dual-per">{
                            match agreement.yearly_allowance_cents {
                                Some(yearly) => format!("per maand{} · {yearly} per schooljaar", if agreement.kind == AgreementKind::Odo { " (gemiddeld)" } else { "" }),
                                None => agreement.not_computed.clone().unwrap_or_default(),
                            }
                        }</span>
                    </p>
                }) }
                <p class="visually-hidden">{ format!("Bij {} uur per week op de werkplek: {}.", dual.hours_per_week, spoken.join("; ")) }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>
            <p class="dual-reference" id="dual-reference">{ dual.reference_text.clone() }</p>
            <DualChart dual={dual.clone()} />
            <div class="dual-reading">
                <h3>{ "Kort gezegd" }</h3>
                <ul>{ for dual.reading.iter().map(|sentence| html! { <li>{ nbsp(sentence) }</li> }) }</ul>
            </div>
            if !dual.missing.is_empty() {
                <MissingFigures missing={dual.missing.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    dual: DualOutcome,
}

/// The yearly allowance of each agreement as a bar. The list itself is the text
/// alternative: every bar has its name, its amount in words and whether it is open to you.
#[component]
fn DualChart(props: &ChartProps) -> Html {
    let dual = &props.dual;
    let largest = dual.agreements.iter().filter_map(|a| a.yearly_allowance_cents).map(|c| c.0).max().unwrap_or(0);
    html! {
        <figure class="dual-chart" aria-labelledby="dual-chart-title">
            <figcaption id="dual-chart-title">{ format!("Vergoeding per schooljaar bij {} uur per week op de werkplek", dual.hours_per_week) }</figcaption>
            <ul class="dual-bars">
                { for dual.agreements.iter().map(|agreement| {
                    // The bar's length in tenths of a percent of the largest amount.
                    let permille = match agreement.yearly_allowance_cents {
                        Some(yearly) if largest > 0 => yearly.0.saturating_mul(1000) / largest,
                        _ => 0,
                    };
                    let status = allowance_status(agreement);
                    html! {
                        <li class={classes!("dual-bar-row", if agreement.open { "open" } else { "not-open" })}>
                            <span class="dual-bar-label">
                                <strong>{ agreement.short.clone() }</strong>
                                <span class="dual-bar-open">{ if agreement.open { " ✓ voor jou" } else { " ✗ niet voor jou" } }</span>
                            </span>
                            <svg class="dual-bar-track" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <defs>
                                    <pattern id={format!("dual-hatch-{}", agreement.short.to_lowercase())} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                        <rect class="dual-hatch-ground" width="12" height="12" />
                                        <rect class="dual-hatch-line" width="5" height="12" />
                                    </pattern>
                                </defs>
                                if agreement.yearly_allowance_cents.is_some() {
                                    if agreement.open {
                                        <rect class="dual-bar" x="0" y="0" height="24" width={permille.to_string()} />
                                    } else {
                                        <rect class="dual-bar-hatched" x="0" y="0" height="24" width={permille.to_string()}
                                            fill={format!("url(#dual-hatch-{})", agreement.short.to_lowercase())} />
                                    }
                                }
                            </svg>
                            <span class="dual-bar-value">
                                { money_or(agreement.yearly_allowance_cents, "niet berekend") }
                                if matches!(status, Some(Status::Secondary) | Some(Status::Inferred)) {
                                    <span class="dual-mark"><span aria-hidden="true">{ " ≈" }</span><span class="visually-hidden">{ " (secundaire bron)" }</span></span>
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <p class="help">{ "✓ staat voor je open, ✗ niet (gestreepte balk). ≈: bedrag uit een secundaire bron, officieel niet bevestigd. Ook de tabel hieronder geeft alle bedragen." }</p>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct DetailsProps {
    dual: DualOutcome,
}

fn premium_of(agreement: &Agreement, kind: PremiumKind) -> Option<&Premium> {
    agreement.premiums.iter().find(|p| p.kind == kind)
}

fn premium_cell(premium: Option<&Premium>) -> Html {
    match premium {
        None => html! { <td>{ "—" }</td> },
        Some(premium) => match premium.verdict {
            Verdict::Applies => {
                let status = premium.lines.iter().filter_map(|l| l.parameter.as_ref()).map(|p| p.status).max();
                html! {
                    <td class="num">
                        { money_or(premium.amount_cents, "") }
                        if let Some(status) = status { <span class="dual-sub">{ status_badge(status) }</span> }
                    </td>
                }
            }
            Verdict::NotEligible => html! { <td>{ "niet van toepassing" }</td> },
            Verdict::NotComputed => html! { <td>{ "niet berekend" }</td> },
        },
    }
}

fn fact_of(agreement: &Agreement, topic: FactTopic) -> Option<&Fact> {
    agreement.facts.iter().find(|f| f.topic == topic)
}

#[component]
fn DualDetails(props: &DetailsProps) -> Html {
    let dual = &props.dual;
    let agreements = &dual.agreements;
    let has_home_care = agreements.iter().any(|a| premium_of(a, PremiumKind::HomeCareSupport).is_some());
    let premium_rows: Vec<(PremiumKind, &str)> = {
        let mut rows = vec![
            (PremiumKind::Learner, "Leerlingenpremie (voor de lerende)"),
            (PremiumKind::QualifyingWorkplace, "Premie kwalificerend werkplekleren (voor de werkgever)"),
        ];
        if has_home_care {
            rows.push((PremiumKind::HomeCareSupport, "Ondersteuningspremie gezinszorg (voor de dienst)"));
            rows.push((PremiumKind::HomeCareHours, "Subsidie per uur onder verwijderd toezicht (voor de dienst)"));
        }
        rows
    };
    html! {
        <section class="dual-comparison" aria-labelledby="dual-comparison-title">
            <h2 id="dual-comparison-title">{ "De vier overeenkomsten naast elkaar" }</h2>
            <div class="dual-table-wrap">
                <table class="dual-table" id="dual-table">
                    <caption>{ format!(
                        "Voor {} uur per week op de werkplek, {} weken en {} maanden; bedragen op {}",
                        dual.hours_per_week,
                        dual.weeks,
                        dual.months,
                        dual.reference_date.parse::<Date>().map(|d| d.to_nl()).unwrap_or_else(|_| dual.reference_date.clone())
                    ) }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for agreements.iter().map(|a| html! {
                                <th scope="col" class={classes!(if a.open { "open" } else { "not-open" })}>
                                    <span class="dual-short">{ a.short.clone() }</span>
                                    <span class="dual-name">{ a.name.clone() }</span>
                                    <span class="dual-edu">{ a.education.clone() }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="dual-row-open">
                            <th scope="row">{ "Voor jou" }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ if a.open { "✓ staat voor je open" } else { "✗ niet voor jou" } }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-monthly">
                            <th scope="row">{ "Vergoeding per maand" }</th>
                            { for agreements.iter().map(|a| html! {
                                <td class="num">
                                    <span class="dual-amount">{ money_or(a.monthly_allowance_cents, "niet berekend") }</span>
                                    if a.waived { <span class="dual-sub">{ "je doet afstand" }</span> }
                                    if a.monthly_allowance_cents.is_none() { <span class="dual-sub">{ not_computed_short(a) }</span> }
                                    if a.allowance == AllowanceKind::Wage && a.monthly_allowance_cents.is_some() {
                                        <span class="dual-sub">{ "je loon, door jou ingevuld" }</span>
                                    }
                                    if a.kind == AgreementKind::Odo && a.monthly_allowance_cents.is_some() && !a.waived {
                                        <span class="dual-sub">{ "gemiddeld" }</span>
                                    }
                                    if a.brackets.len() == 3 {
                                        <span class="dual-sub">{ bracket_range(a) }</span>
                                    }
                                    if let Some(status) = allowance_status(a) { <span class="dual-sub">{ status_badge(status) }</span> }
                                </td>
                            }) }
                        </tr>
                        <tr class="dual-row-rate">
                            <th scope="row">{ "Hoe ze wordt bepaald" }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ rate_text(a) }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-yearly">
                            <th scope="row">{ "Vergoeding per schooljaar" }</th>
                            { for agreements.iter().map(|a| html! {
                                <td class="num"><strong>{ money_or(a.yearly_allowance_cents, "niet berekend") }</strong></td>
                            }) }
                        </tr>
                        { for premium_rows.iter().map(|(kind, label)| html! {
                            <tr class={format!("dual-row-premium-{}", premium_key(*kind))}>
                                <th scope="row">{ *label }</th>
                                { for agreements.iter().map(|a| premium_cell(premium_of(a, *kind))) }
                            </tr>
                        }) }
                        <tr class="dual-row-social">
                            <th scope="row">{ "Sociale zekerheid" }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>
                                    { if a.social_security { "Ja" } else { "Nee" } }
                                    if let Some(fact) = fact_of(a, FactTopic::SocialSecurity) { <span class="dual-sub">{ status_badge(fact.status) }</span> }
                                </td>
                            }) }
                        </tr>
                        { for [FactTopic::Holidays, FactTopic::Workplace, FactTopic::Duration].iter().map(|topic| html! {
                            <tr>
                                <th scope="row">{ topic.label() }</th>
                                { for agreements.iter().map(|a| html! {
                                    <td>
                                        if let Some(fact) = fact_of(a, *topic) {
                                            { fact.text.clone() }
                                            <span class="dual-sub">{ status_badge(fact.status) }</span>
                                        }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="help">{ "Bronnen en berekening per overeenkomst staan hieronder. ✓ bevestigd: gelezen in een officiële bron. ≈ secundaire bron: alleen gelezen op een niet-officiële pagina of in een webinar; officieel niet bevestigd." }</p>

            <h3>{ "Zo is het berekend" }</h3>
            { for agreements.iter().map(|agreement| html! { <AgreementView agreement={agreement.clone()} /> }) }

            if !dual.notes.is_empty() {
                <div class="notes">
                    <h3>{ "Goed om te weten" }</h3>
                    <ul>{ for dual.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

fn premium_key(kind: PremiumKind) -> &'static str {
    match kind {
        PremiumKind::QualifyingWorkplace => "qualifying",
        PremiumKind::Learner => "learner",
        PremiumKind::HomeCareSupport => "support",
        PremiumKind::HomeCareHours => "hours",
    }
}

/// Why an amount is not computed, in a few words for a table cell (the full reason is below).
fn not_computed_short(agreement: &Agreement) -> &'static str {
    if !agreement.missing.is_empty() {
        "? bedrag niet gepubliceerd of niet gevonden"
    } else if agreement.allowance == AllowanceKind::Wage {
        "vul je brutoloon in"
    } else {
        "bestond nog niet op de peildatum"
    }
}

fn bracket_range(agreement: &Agreement) -> String {
    let amounts: Vec<Cents> = agreement.brackets.iter().filter_map(|b| b.monthly_cents).collect();
    let applying = agreement.brackets.iter().find(|b| b.applies).map(|b| b.number).unwrap_or(1);
    match (amounts.first(), amounts.last()) {
        (Some(low), Some(high)) if amounts.len() == 3 => format!("schaal {applying}; schalen {low} tot {high}"),
        _ => format!("schaal {applying}"),
    }
}

fn rate_text(agreement: &Agreement) -> String {
    match agreement.lines.iter().find_map(|l| l.parameter.as_ref()) {
        Some(parameter) if agreement.kind == AgreementKind::Odo => {
            format!("{} × uren op de werkplek", parameter.display)
        }
        Some(parameter) => format!("{} (vast bedrag)", parameter.display),
        None if agreement.allowance == AllowanceKind::Wage => "Je loon".to_owned(),
        None => fact_of(agreement, FactTopic::Allowance).map(|f| f.text.clone()).unwrap_or_default(),
    }
}

#[derive(Properties, PartialEq)]
struct AgreementProps {
    agreement: Agreement,
}

#[component]
fn AgreementView(props: &AgreementProps) -> Html {
    let a = &props.agreement;
    let id = format!("dual-agreement-{}", a.short.to_lowercase());
    html! {
        <details class={classes!("dual-agreement", if a.open { "open" } else { "not-open" })} id={id} open={a.open}>
            <summary>
                <strong>{ format!("{} — {}", a.short, a.name) }</strong>
                { format!(" ({}): ", a.education) }
                { if a.open { "✓ staat voor je open" } else { "✗ niet voor jou" } }
            </summary>
            <h4>{ "Voor wie" }</h4>
            <Conditions conditions={a.conditions.clone()} />

            <h4>{ "Vergoeding" }</h4>
            if let Some(reason) = &a.not_computed {
                <p class="dual-not-computed"><strong>{ "Niet berekend. " }</strong>{ reason.clone() }</p>
            }
            <Lines lines={a.lines.clone()} />
            if !a.brackets.is_empty() {
                <ul class="dual-brackets">
                    { for a.brackets.iter().map(|b| html! {
                        <li class={classes!(b.applies.then_some("applies"))}>
                            <span class="visually-hidden">{ if b.applies { "Jouw schaal: " } else { "" } }</span>
                            <strong>{ format!("Schaal {}: {}", b.number, money_or(b.monthly_cents, "niet gekend")) }</strong>
                            if b.applies { <span aria-hidden="true">{ " ← jouw schaal" }</span> }
                            <span class="dual-bracket-text">{ format!(" {}", b.conditions) }</span>
                            if let Some(parameter) = &b.parameter { <ParamSource parameter={parameter.clone()} /> }
                        </li>
                    }) }
                </ul>
            }
            if !a.missing.is_empty() {
                <MissingFigures missing={a.missing.clone()} />
            }

            <h4>{ "Premies" }</h4>
            { for a.premiums.iter().map(|premium| html! { <PremiumView premium={premium.clone()} /> }) }
            if a.premiums.is_empty() {
                <p>{ "Geen premies: deze overeenkomst bestond nog niet op de peildatum." }</p>
            }

            <h4>{ "De regels" }</h4>
            <dl class="dual-facts">
                { for a.facts.iter().map(|fact| html! {
                    <>
                        <dt>{ fact.label.clone() }</dt>
                        <dd>
                            { fact.text.clone() }
                            <SourceLine status={fact.status} source={fact.source.clone()} quote={fact.quote.clone()} note={fact.note.clone()} />
                        </dd>
                    </>
                }) }
            </dl>
            if !a.notes.is_empty() {
                <ul class="dual-notes">{ for a.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }</ul>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct PremiumProps {
    premium: Premium,
}

#[component]
fn PremiumView(props: &PremiumProps) -> Html {
    let p = &props.premium;
    let (symbol, words) = match p.verdict {
        Verdict::Applies => ("✓", "van toepassing"),
        Verdict::NotEligible => ("✗", "niet van toepassing"),
        Verdict::NotComputed => ("?", "niet berekend"),
    };
    html! {
        <div class={classes!("dual-premium", match p.verdict { Verdict::Applies => "applies", Verdict::NotEligible => "not-eligible", Verdict::NotComputed => "not-computed" })}>
            <p class="dual-premium-head">
                <strong>{ p.name.clone() }</strong>
                { " · " }<span aria-hidden="true">{ symbol }</span>{ format!(" {words}") }
                if let Some(amount) = p.amount_cents { <>{ " · " }<strong class="line-amount">{ amount.to_nl() }</strong></> }
            </p>
            <p>{ nbsp(&p.text) }</p>
            <Lines lines={p.lines.clone()} />
            <Conditions conditions={p.conditions.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ConditionsProps {
    conditions: Vec<Condition>,
}

#[component]
fn Conditions(props: &ConditionsProps) -> Html {
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li class={classes!(if condition.met { "met" } else { "not-met" })}>
                    <span class="visually-hidden">{ if condition.met { "Voldaan: " } else { "Niet voldaan: " } }</span>
                    <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                    { condition.text.clone() }
                    if let Some(parameter) = &condition.parameter { <ParamSource parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct LinesProps {
    lines: Vec<DualLine>,
}

#[component]
fn Lines(props: &LinesProps) -> Html {
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines dual-lines">
            { for props.lines.iter().map(|line| html! {
                <li class="dual-line">
                    <div class="line-main">
                        <span class="line-text">{ nbsp(&line.text) }</span>
                        if let Some(amount) = line.amount_cents { <span class="line-amount">{ amount.to_nl() }</span> }
                    </div>
                    if let Some(parameter) = &line.parameter { <ParamSource parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ParamSourceProps {
    parameter: ParamUse,
}

/// Which figure, from when, how sure, and where it was read.
#[component]
fn ParamSource(props: &ParamSourceProps) -> Html {
    let p = &props.parameter;
    html! {
        <SourceLine status={p.status} source={p.source.clone()} quote={p.quote.clone()} note={p.note.clone()}
            prefix={Some(AttrValue::from(format!("{}: {} · {}", p.label, p.display, p.period)))} />
    }
}

#[derive(Properties, PartialEq)]
struct SourceLineProps {
    status: Status,
    source: String,
    quote: Option<String>,
    note: Option<String>,
    #[prop_or_default]
    prefix: Option<AttrValue>,
}

#[component]
fn SourceLine(props: &SourceLineProps) -> Html {
    html! {
        <div class="source">
            if let Some(prefix) = &props.prefix { <span>{ format!("{prefix} · ") }</span> }
            { status_badge(props.status) }
            { " · " }
            <a href={props.source.clone()} target="_blank" rel="noopener noreferrer">
                { format!("bron: {}", text::site_of(&props.source)) }
                <span class="visually-hidden">{ " (opent in een nieuw venster)" }</span>
            </a>
            if props.quote.is_some() || props.note.is_some() {
                <details>
                    <summary>{ "Wat de bron zegt" }</summary>
                    if let Some(quote) = &props.quote { <blockquote lang="nl">{ format!("“{quote}”") }</blockquote> }
                    if let Some(note) = &props.note { <p>{ note.clone() }</p> }
                </details>
            }
        </div>
    }
}
