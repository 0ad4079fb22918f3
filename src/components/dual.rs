//! The dual-learning section: the learner's situation and hours, the employer's side, and
//! the four agreements (OAO, ODOS, ODO, ODOW) compared side by side, with a chart, a
//! short reading and every figure explained and sourced. Everything shown comes from
//! the core's outcome, in the page's language; only bar widths are worked out here, to
//! draw them. The section's own words are the `dual-` messages of `locales/*/app-dual.ftl`.

use crate::components::errors::ErrorSummary;
use crate::components::form::{checked, input_value, selected_index, use_disclosure, Checkbox, TextField};
use crate::components::result::{MissingFigures, ScrollBox, Source, SourceLine};
use crate::i18n::{marked, use_language, words};
use crate::state::dual::{DualAction, DualForm, SCHOOL_YEAR_MONTHS};
use crate::state::{Action, ErrorLink, FieldErrors, Section};
use crate::t;
use crate::text;
use std::rc::Rc;
use studierekenaar_core::dual::{
    first_of_month, Agreement, AgreementKind, AllowanceKind, Choice, DualLine, DualOutcome, Education, Fact, FactTopic,
    HomeCare, Premium, PremiumKind, SchoolLevel, Verdict,
};
use studierekenaar_core::explain::Condition;
use studierekenaar_core::params::{Date, Status};
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::{Cents, Language, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DualSectionProps {
    pub form: DualForm,
    pub outcome: Option<Rc<Outcome>>,
    pub errors: FieldErrors,
    /// The errors of this section's fields, as links.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
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

fn education_label(language: Language, education: Education) -> String {
    match education {
        Education::Adult => t!(language, "dual-education-adult-label"),
        Education::Secondary => t!(language, "dual-education-secondary-label"),
    }
}

fn education_help(language: Language, education: Education) -> String {
    match education {
        Education::Adult => t!(language, "dual-education-adult-help"),
        Education::Secondary => t!(language, "dual-education-secondary-help"),
    }
}

/// A figure's status with a symbol and words, never by colour alone.
fn status_badge(language: Language, status: Status) -> Html {
    let (class, symbol, words) = text::figure_status(language, status);
    html! {
        <span class={classes!("status", class)}><span aria-hidden="true">{ symbol }</span>{ format!(" {words}") }</span>
    }
}

/// `✓ staat voor je open` or `✗ niet voor jou`.
fn open_text(language: Language, open: bool) -> String {
    if open {
        t!(language, "dual-open")
    } else {
        t!(language, "dual-not-open")
    }
}

/// `yes` or `no`, for a message that selects on it.
fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

#[component]
pub fn DualSection(props: &DualSectionProps) -> Html {
    let language = use_language();
    let year = props.outcome.as_ref().map(|o| o.academic_year);
    let dual = props.outcome.as_ref().and_then(|o| o.dual.as_ref());
    html! {
        <div class="dual">
            <div class="layout dual-layout">
                <DualInputs form={props.form.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} {year} />
                <section class="dual-panel" aria-labelledby="dual-result-title">
                    <h2 id="dual-result-title">{ t!(language, "dual-result-title") }</h2>
                    {
                        match (dual, year) {
                            (Some(dual), Some(_)) => html! { <DualSummary dual={dual.clone()} /> },
                            _ => {
                                let n = props.errors.count_under(&["dual."]);
                                let message = t!(language, "dual-pending-fields", count = n, amount = language.integer(n as i64));
                                html! {
                                    <>
                                        <div class="summary" role="status" aria-live="polite">
                                            <p class="total-pending" id="dual-pending">{ message }</p>
                                        </div>
                                        <ErrorSummary id="dual-errors" links={props.links.clone()} section={Section::Dual}
                                            on_action={props.on_action.clone()} />
                                    </>
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
    let language = use_language();
    let form = &props.form;
    let error = |field: &str| props.errors.get(&format!("dual.{field}")).map(AttrValue::from);
    let emit = |make: fn(String) -> DualAction| text_action(&props.on_action, make);
    let toggle = |make: fn(bool) -> DualAction| check_action(&props.on_action, make);
    let help = |text: String| marked(language, &text);
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
            let day = language.date(first_of_month(year, month));
            if month == 9 {
                t!(language, "dual-reference-month-start", date = day)
            } else {
                day
            }
        }
        None => t!(language, "dual-reference-month-first", month = language.month_name(month)),
    };

    html! {
        <section class="inputs dual-inputs" aria-labelledby="dual-inputs-title">
            <h2 id="dual-inputs-title">{ marked(language, &t!(language, "dual-inputs-title")) }</h2>
            <p class="help dual-intro">{ marked(language, &t!(language, "dual-intro")) }</p>

            <fieldset class="field">
                <legend>{ t!(language, "dual-education-legend") }</legend>
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
                            <label for={id.clone()}>{ marked(language, &education_label(language, education)) }</label>
                            <p class="help" id={format!("{id}-help")}>{ marked(language, &education_help(language, education)) }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <fieldset class="field dual-group">
                <legend>{ t!(language, "dual-hours-legend") }</legend>
                <div class="grid">
                    <TextField id="dual-hours" label={t!(language, "dual-hours-label")} value={form.hours_per_week.clone()}
                        help={help(t!(language, "dual-hours-help"))}
                        error={error("hours_per_week")} oninput={emit(DualAction::SetHoursPerWeek)} />
                    <TextField id="dual-weeks" label={t!(language, "dual-weeks-label")} value={form.weeks.clone()}
                        help={help(t!(language, "dual-weeks-help"))}
                        error={error("weeks")} oninput={emit(DualAction::SetWeeks)} />
                    <TextField id="dual-months" label={t!(language, "dual-months-label")} value={form.months.clone()}
                        help={help(t!(language, "dual-months-help"))}
                        error={error("months")} oninput={emit(DualAction::SetMonths)} />
                </div>
            </fieldset>

            <fieldset class="field dual-group">
                <legend>{ t!(language, "dual-work-legend") }</legend>
                <Checkbox id="dual-employed" label={t!(language, "dual-employed-label")}
                    help={marked(language, &t!(language, "dual-employed-help"))}
                    checked={form.employed_by_workplace} onchange={toggle(DualAction::SetEmployedByWorkplace)} />
                <TextField id="dual-wage" label={t!(language, "dual-wage-label")} value={form.wage.clone()}
                    inputmode="decimal" help={help(t!(language, "dual-wage-help"))}
                    error={error("wage_monthly_cents")} oninput={emit(DualAction::SetWage)} />
                <Checkbox id="dual-waive" label={t!(language, "dual-waive-label")}
                    help={marked(language, &t!(language, "dual-waive-help"))}
                    checked={form.waive_allowance} onchange={toggle(DualAction::SetWaiveAllowance)} />
            </fieldset>

            <div class="field">
                <label for="dual-reference-month">{ t!(language, "dual-reference-month-label") }</label>
                <select id="dual-reference-month" onchange={on_month} aria-describedby="dual-reference-month-help">
                    { for SCHOOL_YEAR_MONTHS.iter().map(|month| html! {
                        <option selected={*month == chosen_month}>{ month_label(*month) }</option>
                    }) }
                </select>
                <p class="help" id="dual-reference-month-help">{ marked(language, &t!(language, "dual-reference-month-help")) }</p>
            </div>
        </section>
    }
}

#[component]
fn DualMoreInputs(props: &InputsProps) -> Html {
    let language = use_language();
    let form = &props.form;
    let error = |field: &str| props.errors.get(&format!("dual.{field}")).map(AttrValue::from);
    let emit = |make: fn(String) -> DualAction| text_action(&props.on_action, make);
    let toggle = |make: fn(bool) -> DualAction| check_action(&props.on_action, make);
    let help = |text: String| marked(language, &text);
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
            <h2 id="dual-more-title">{ t!(language, "dual-more-title") }</h2>
            <div class="dual-more-grid">
                <div class="dual-more-column">
                <fieldset class="field dual-group">
                    <legend>{ t!(language, "dual-prior-legend") }</legend>
                    <div class="field">
                        <label for="dual-school-level">{ t!(language, "dual-school-level-label") }</label>
                        <select id="dual-school-level" onchange={on_school_level} aria-describedby="dual-school-level-help">
                            { for SCHOOL_LEVELS.iter().map(|level| html! {
                                <option selected={*level == form.school_level}>{ capitalise(&level.name(language)) }</option>
                            }) }
                        </select>
                        <p class="help" id="dual-school-level-help">{ t!(language, "dual-school-level-help") }</p>
                    </div>
                    <TextField id="dual-training-years" label={t!(language, "dual-training-years-label")} value={form.training_years_completed.clone()}
                        help={help(t!(language, "dual-training-years-help"))}
                        error={error("training_years_completed")} oninput={emit(DualAction::SetTrainingYears)} />
                    <Checkbox id="dual-buso" label={t!(language, "dual-buso-label")}
                        help={marked(language, &t!(language, "dual-buso-help"))} checked={form.buso_ov3_completed} onchange={toggle(DualAction::SetBusoCompleted)} />
                </fieldset>

                <fieldset class="field dual-group">
                    <legend>{ marked(language, &t!(language, "dual-learner-premium-legend")) }</legend>
                    <Checkbox id="dual-lives-flanders" label={t!(language, "dual-lives-flanders-label")} help={marked(language, &t!(language, "dual-lives-flanders-help"))}
                        checked={form.lives_in_flemish_region} onchange={toggle(DualAction::SetLivesInFlemishRegion)} />
                    <TextField id="dual-learner-premiums" label={t!(language, "dual-learner-premiums-label")} value={form.learner_premiums_before.clone()}
                        help={help(t!(language, "dual-learner-premiums-help"))} error={error("learner_premiums_before")} oninput={emit(DualAction::SetLearnerPremiumsBefore)} />
                </fieldset>

                </div>
                <fieldset class="field dual-group dual-employer">
                    <legend>{ t!(language, "dual-employer-legend") }</legend>
                    <div class="grid">
                    <TextField id="dual-learners" label={t!(language, "dual-learners-label")} value={form.learners.clone()}
                        help={help(t!(language, "dual-learners-help"))}
                        error={error("employer.learners")} oninput={emit(DualAction::SetLearners)} />
                    <Checkbox id="dual-workplace-flanders" label={t!(language, "dual-workplace-flanders-label")}
                        help={marked(language, &t!(language, "dual-qualifying-condition-help"))}
                        checked={form.workplace_in_flemish_region} onchange={toggle(DualAction::SetWorkplaceInFlemishRegion)} />
                    <Checkbox id="dual-mentor" label={t!(language, "dual-mentor-label")}
                        help={marked(language, &t!(language, "dual-qualifying-condition-help"))}
                        checked={form.mentor_trained} onchange={toggle(DualAction::SetMentorTrained)} />
                    <TextField id="dual-employer-premiums" label={t!(language, "dual-employer-premiums-label")} value={form.employer_premiums_before.clone()}
                        help={help(t!(language, "dual-employer-premiums-help"))}
                        error={error("employer.premiums_before")} oninput={emit(DualAction::SetEmployerPremiumsBefore)} />
                    <div class="field">
                        <label for="dual-home-care">{ t!(language, "dual-home-care-label") }</label>
                        <select id="dual-home-care" onchange={on_home_care} aria-describedby="dual-home-care-help">
                            { for HOME_CARE.iter().map(|kind| html! {
                                <option selected={*kind == form.home_care}>{ capitalise(&kind.name(language)) }</option>
                            }) }
                        </select>
                        <p class="help" id="dual-home-care-help">{ marked(language, &t!(language, "dual-home-care-help")) }</p>
                    </div>
                    if form.home_care != HomeCare::None {
                        <TextField id="dual-mentor-months" label={t!(language, "dual-mentor-months-label")} value={form.mentor_months.clone()}
                            help={help(t!(language, "dual-mentor-months-help"))}
                            error={error("employer.mentor_months")} oninput={emit(DualAction::SetMentorMonths)} />
                        <TextField id="dual-supervised-hours" label={t!(language, "dual-supervised-hours-label")} value={form.supervised_hours.clone()}
                            help={help(t!(language, "dual-supervised-hours-help"))}
                            error={error("employer.supervised_hours")} oninput={emit(DualAction::SetSupervisedHours)} />
                    }
                    </div>
                </fieldset>
            </div>
        </section>
    }
}

/// Keeps `€` and its amount on one line (Dutch and French write a space between them).
fn nbsp(text: &str) -> String {
    text.replace("€ ", "€\u{a0}")
}

/// A sentence with amounts in it: `€` kept with its amount, legal terms marked.
fn amount_sentence(language: Language, text: &str) -> Html {
    marked(language, &nbsp(text))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An amount written the language's way, or `niet berekend` when there is none.
fn money_or_not_computed(language: Language, amount: Option<Cents>) -> String {
    amount.map_or_else(|| t!(language, "dual-not-computed"), |c| language.money(c))
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
    let language = use_language();
    let dual = &props.dual;
    let open: Vec<&Agreement> = dual.agreements.iter().filter(|a| a.open).collect();
    let (status_class, status_symbol, status_text) = text::figures_status(language, dual.figures_status);
    let spoken: Vec<String> = dual
        .agreements
        .iter()
        .map(|a| match a.yearly_allowance_cents {
            Some(yearly) => t!(
                language,
                "dual-spoken-item",
                short = a.short.clone(),
                amount = language.money(yearly),
                open = yes_no(a.open),
            ),
            // Without an amount, say why in a few words rather than "not computed".
            None => t!(
                language,
                "dual-spoken-item-without-amount",
                short = a.short.clone(),
                reason = not_computed_short(language, a)
            ),
        })
        .collect();
    let spoken = t!(
        language,
        "dual-spoken",
        hours = dual.hours_per_week.display(language),
        items = spoken.join(&t!(language, "dual-spoken-separator")),
    );
    html! {
        <>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true" id="dual-summary">
                if open.is_empty() {
                    <p class="total"><span class="total-label">{ t!(language, "dual-for-you") }</span><span class="amount not-computed">{ t!(language, "dual-no-agreement") }</span></p>
                }
                { for open.iter().map(|agreement| html! {
                    <p class="total dual-total" id={format!("dual-total-{}", agreement.short.to_lowercase())}>
                        <span class="total-label">{ marked(language, &t!(language, "dual-total-label", name = agreement.name.clone(), short = agreement.short.clone())) }</span>
                        <span class="amount">{ money_or_not_computed(language, agreement.monthly_allowance_cents) }</span>
                        <span class="dual-per">{
                            match agreement.yearly_allowance_cents {
                                Some(yearly) => html! { { t!(
                                    language,
                                    "dual-total-per",
                                    average = yes_no(agreement.kind == AgreementKind::Odo),
                                    yearly = language.money(yearly),
                                ) } },
                                None => marked(language, agreement.not_computed.as_deref().unwrap_or_default()),
                            }
                        }</span>
                    </p>
                }) }
                <p class="visually-hidden">{ marked(language, &spoken) }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>
            <p class="dual-reference" id="dual-reference">{ marked(language, &dual.reference_text) }</p>
            <DualChart dual={dual.clone()} />
            <div class="dual-reading">
                <h3>{ t!(language, "dual-reading-title") }</h3>
                <ul>{ for dual.reading.iter().map(|text| html! { <li>{ amount_sentence(language, text) }</li> }) }</ul>
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
    let language = use_language();
    let dual = &props.dual;
    let largest = dual.agreements.iter().filter_map(|a| a.yearly_allowance_cents).map(|c| c.0).max().unwrap_or(0);
    html! {
        <figure class="dual-chart" aria-labelledby="dual-chart-title">
            <figcaption id="dual-chart-title">{ t!(language, "dual-chart-title", hours = dual.hours_per_week.display(language)) }</figcaption>
            <ul class="dual-bars">
                { for dual.agreements.iter().map(|agreement| {
                    // The bar's length in tenths of a percent of the largest amount.
                    let permille = match agreement.yearly_allowance_cents {
                        Some(yearly) if largest > 0 => yearly.0.saturating_mul(1000) / largest,
                        _ => 0,
                    };
                    let status = allowance_status(agreement);
                    let open = if agreement.open { t!(language, "dual-chart-open") } else { t!(language, "dual-chart-not-open") };
                    html! {
                        <li class={classes!("dual-bar-row", if agreement.open { "open" } else { "not-open" })}>
                            <span class="dual-bar-label">
                                <strong>{ agreement.short.clone() }</strong>
                                <span class="dual-bar-open">{ format!(" {open}") }</span>
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
                                { money_or_not_computed(language, agreement.yearly_allowance_cents) }
                                if matches!(status, Some(Status::Secondary) | Some(Status::Inferred)) {
                                    <span class="dual-mark"><span aria-hidden="true">{ " ≈" }</span><span class="visually-hidden">{ format!(" {}", t!(language, "dual-chart-secondary")) }</span></span>
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <p class="help">{ t!(language, "dual-chart-help") }</p>
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

fn premium_cell(language: Language, premium: Option<&Premium>) -> Html {
    match premium {
        None => html! { <td>{ "—" }</td> },
        Some(premium) => match premium.verdict {
            Verdict::Applies => {
                let status = premium.lines.iter().filter_map(|l| l.parameter.as_ref()).map(|p| p.status).max();
                html! {
                    <td class="num">
                        { premium.amount_cents.map(|c| language.money(c)).unwrap_or_default() }
                        if let Some(status) = status { <span class="dual-sub">{ status_badge(language, status) }</span> }
                    </td>
                }
            }
            Verdict::NotEligible => html! { <td>{ t!(language, "dual-not-applicable") }</td> },
            Verdict::NotComputed => html! { <td>{ t!(language, "dual-not-computed") }</td> },
        },
    }
}

fn fact_of(agreement: &Agreement, topic: FactTopic) -> Option<&Fact> {
    agreement.facts.iter().find(|f| f.topic == topic)
}

/// The row label of a premium in the table.
fn premium_row_label(language: Language, kind: PremiumKind) -> String {
    match kind {
        PremiumKind::Learner => t!(language, "dual-premium-row-learner"),
        PremiumKind::QualifyingWorkplace => t!(language, "dual-premium-row-qualifying"),
        PremiumKind::HomeCareSupport => t!(language, "dual-premium-row-support"),
        PremiumKind::HomeCareHours => t!(language, "dual-premium-row-hours"),
    }
}

#[component]
fn DualDetails(props: &DetailsProps) -> Html {
    let language = use_language();
    let dual = &props.dual;
    let agreements = &dual.agreements;
    let has_home_care = agreements.iter().any(|a| premium_of(a, PremiumKind::HomeCareSupport).is_some());
    let premium_rows: Vec<PremiumKind> = {
        let mut rows = vec![PremiumKind::Learner, PremiumKind::QualifyingWorkplace];
        if has_home_care {
            rows.push(PremiumKind::HomeCareSupport);
            rows.push(PremiumKind::HomeCareHours);
        }
        rows
    };
    let reference_date =
        dual.reference_date.parse::<Date>().map(|d| language.date(d)).unwrap_or_else(|_| dual.reference_date.clone());
    html! {
        <section class="dual-comparison" aria-labelledby="dual-comparison-title">
            <h2 id="dual-comparison-title">{ t!(language, "dual-comparison-title") }</h2>
            <ScrollBox label={t!(language, "dual-table-region")}>
                <table class="dual-table" id="dual-table">
                    <caption>{ t!(
                        language,
                        "dual-table-caption",
                        hours = dual.hours_per_week.display(language),
                        weeks = dual.weeks,
                        months = dual.months,
                        date = reference_date,
                    ) }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for agreements.iter().map(|a| html! {
                                <th scope="col" class={classes!(if a.open { "open" } else { "not-open" })}>
                                    <span class="dual-short">{ a.short.clone() }</span>
                                    <span class="dual-name">{ marked(language, &a.name) }</span>
                                    <span class="dual-edu">{ marked(language, &a.education) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="dual-row-open">
                            <th scope="row">{ t!(language, "dual-for-you") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ open_text(language, a.open) }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-monthly">
                            <th scope="row">{ t!(language, "dual-row-monthly") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td class="num">
                                    <span class="dual-amount">{ money_or_not_computed(language, a.monthly_allowance_cents) }</span>
                                    if a.waived { <span class="dual-sub">{ t!(language, "dual-waived") }</span> }
                                    if a.monthly_allowance_cents.is_none() { <span class="dual-sub">{ not_computed_short(language, a) }</span> }
                                    if a.allowance == AllowanceKind::Wage && a.monthly_allowance_cents.is_some() {
                                        <span class="dual-sub">{ t!(language, "dual-wage-entered") }</span>
                                    }
                                    if a.kind == AgreementKind::Odo && a.monthly_allowance_cents.is_some() && !a.waived {
                                        <span class="dual-sub">{ t!(language, "dual-average") }</span>
                                    }
                                    if a.brackets.len() == 3 {
                                        <span class="dual-sub">{ bracket_range(language, a) }</span>
                                    }
                                    if let Some(status) = allowance_status(a) { <span class="dual-sub">{ status_badge(language, status) }</span> }
                                </td>
                            }) }
                        </tr>
                        <tr class="dual-row-rate">
                            <th scope="row">{ t!(language, "dual-row-rate") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ marked(language, &rate_text(language, a)) }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-yearly">
                            <th scope="row">{ t!(language, "dual-row-yearly") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td class="num"><strong>{ money_or_not_computed(language, a.yearly_allowance_cents) }</strong></td>
                            }) }
                        </tr>
                        { for premium_rows.iter().map(|kind| html! {
                            <tr class={format!("dual-row-premium-{}", premium_key(*kind))}>
                                <th scope="row">{ marked(language, &premium_row_label(language, *kind)) }</th>
                                { for agreements.iter().map(|a| premium_cell(language, premium_of(a, *kind))) }
                            </tr>
                        }) }
                        <tr class="dual-row-social">
                            <th scope="row">{ FactTopic::SocialSecurity.label(language) }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>
                                    { if a.social_security { t!(language, "dual-yes") } else { t!(language, "dual-no") } }
                                    if let Some(fact) = fact_of(a, FactTopic::SocialSecurity) { <span class="dual-sub">{ status_badge(language, fact.status) }</span> }
                                </td>
                            }) }
                        </tr>
                        { for [FactTopic::Holidays, FactTopic::Workplace, FactTopic::Duration].iter().map(|topic| html! {
                            <tr>
                                <th scope="row">{ topic.label(language) }</th>
                                { for agreements.iter().map(|a| html! {
                                    <td>
                                        if let Some(fact) = fact_of(a, *topic) {
                                            { marked(language, &fact.text) }
                                            <span class="dual-sub">{ status_badge(language, fact.status) }</span>
                                        }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
            <p class="help">{ t!(language, "dual-table-help") }</p>

            <h3>{ t!(language, "dual-explained-title") }</h3>
            { for agreements.iter().map(|agreement| html! { <AgreementView agreement={agreement.clone()} /> }) }

            if !dual.notes.is_empty() {
                <div class="notes">
                    <h3>{ t!(language, "dual-notes-title") }</h3>
                    <ul>{ for dual.notes.iter().map(|note| html! { <li>{ marked(language, note) }</li> }) }</ul>
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
fn not_computed_short(language: Language, agreement: &Agreement) -> String {
    if !agreement.missing.is_empty() {
        t!(language, "dual-short-missing")
    } else if agreement.allowance == AllowanceKind::Wage {
        t!(language, "dual-short-wage")
    } else {
        t!(language, "dual-short-not-yet")
    }
}

fn bracket_range(language: Language, agreement: &Agreement) -> String {
    let amounts: Vec<Cents> = agreement.brackets.iter().filter_map(|b| b.monthly_cents).collect();
    let applying = agreement.brackets.iter().find(|b| b.applies).map(|b| b.number).unwrap_or(1);
    match (amounts.first(), amounts.last()) {
        (Some(low), Some(high)) if amounts.len() == 3 => t!(
            language,
            "dual-bracket-range",
            bracket = applying,
            low = language.money(*low),
            high = language.money(*high),
        ),
        _ => t!(language, "dual-bracket-only", bracket = applying),
    }
}

fn rate_text(language: Language, agreement: &Agreement) -> String {
    match agreement.lines.iter().find_map(|l| l.parameter.as_ref()) {
        Some(parameter) if agreement.kind == AgreementKind::Odo => {
            t!(language, "dual-rate-hourly", rate = parameter.display.clone())
        }
        Some(parameter) => t!(language, "dual-rate-fixed", rate = parameter.display.clone()),
        None if agreement.allowance == AllowanceKind::Wage => t!(language, "dual-rate-wage"),
        None => fact_of(agreement, FactTopic::Allowance).map(|f| f.text.clone()).unwrap_or_default(),
    }
}

#[derive(Properties, PartialEq)]
struct AgreementProps {
    agreement: Agreement,
}

#[component]
fn AgreementView(props: &AgreementProps) -> Html {
    let language = use_language();
    let a = &props.agreement;
    let id = format!("dual-agreement-{}", a.short.to_lowercase());
    // The agreement open to you is unfolded; only the person folds it.
    let (unfolded, ontoggle) = use_disclosure(a.open);
    html! {
        <details class={classes!("dual-agreement", if a.open { "open" } else { "not-open" })} id={id} open={unfolded} {ontoggle}>
            <summary>
                <strong>{ marked(language, &t!(language, "dual-agreement-title", short = a.short.clone(), name = a.name.clone())) }</strong>
                { " " }{ marked(language, &t!(language, "dual-agreement-education", education = a.education.clone())) }{ " " }
                { open_text(language, a.open) }
            </summary>
            <h4>{ t!(language, "dual-for-whom") }</h4>
            <Conditions conditions={a.conditions.clone()} />

            <h4>{ t!(language, "dual-allowance-title") }</h4>
            if let Some(reason) = &a.not_computed {
                <p class="dual-not-computed"><strong>{ format!("{} ", t!(language, "dual-not-computed-title")) }</strong>{ marked(language, reason) }</p>
            }
            <Lines lines={a.lines.clone()} />
            if !a.brackets.is_empty() {
                <ul class="dual-brackets">
                    { for a.brackets.iter().map(|b| html! {
                        <li class={classes!(b.applies.then_some("applies"))}>
                            <span class="visually-hidden">{ if b.applies { format!("{} ", t!(language, "dual-your-bracket")) } else { String::new() } }</span>
                            <strong>{ t!(
                                language,
                                "dual-bracket",
                                bracket = b.number,
                                amount = b.monthly_cents.map_or_else(|| t!(language, "dual-not-known"), |c| language.money(c)),
                            ) }</strong>
                            if b.applies { <span aria-hidden="true">{ format!(" {}", t!(language, "dual-your-bracket-marker")) }</span> }
                            <span class="dual-bracket-text">{ " " }{ marked(language, &b.conditions) }</span>
                            if let Some(parameter) = &b.parameter { <Source parameter={parameter.clone()} /> }
                        </li>
                    }) }
                </ul>
            }
            if !a.missing.is_empty() {
                <MissingFigures missing={a.missing.clone()} />
            }

            <h4>{ t!(language, "dual-premiums-title") }</h4>
            { for a.premiums.iter().map(|premium| html! { <PremiumView premium={premium.clone()} /> }) }
            if a.premiums.is_empty() {
                <p>{ t!(language, "dual-no-premiums") }</p>
            }

            <h4>{ t!(language, "dual-rules-title") }</h4>
            <dl class="dual-facts">
                { for a.facts.iter().map(|fact| html! {
                    <>
                        <dt>{ marked(language, &fact.label) }</dt>
                        <dd>
                            { marked(language, &fact.text) }
                            <SourceLine status={fact.status} source={fact.source.clone()} quote={fact.quote.clone()} note={fact.note.clone()} />
                        </dd>
                    </>
                }) }
            </dl>
            if !a.notes.is_empty() {
                <ul class="dual-notes">{ for a.notes.iter().map(|note| html! { <li>{ marked(language, note) }</li> }) }</ul>
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
    let language = use_language();
    let p = &props.premium;
    let (symbol, words) = match p.verdict {
        Verdict::Applies => ("✓", t!(language, "dual-applies")),
        Verdict::NotEligible => ("✗", t!(language, "dual-not-applicable")),
        Verdict::NotComputed => ("?", t!(language, "dual-not-computed")),
    };
    html! {
        <div class={classes!("dual-premium", match p.verdict { Verdict::Applies => "applies", Verdict::NotEligible => "not-eligible", Verdict::NotComputed => "not-computed" })}>
            <p class="dual-premium-head">
                <strong>{ marked(language, &p.name) }</strong>
                { " · " }<span aria-hidden="true">{ symbol }</span>{ format!(" {words}") }
                if let Some(amount) = p.amount_cents { <>{ " · " }<strong class="line-amount">{ language.money(amount) }</strong></> }
            </p>
            <p>{ amount_sentence(language, &p.text) }</p>
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
    let language = use_language();
    let met = format!("{} ", t!(language, "dual-condition-met"));
    let not_met = format!("{} ", t!(language, "dual-condition-not-met"));
    html! {
        <ul class="conditions">
            { for props.conditions.iter().map(|condition| html! {
                <li class={classes!(if condition.met { "met" } else { "not-met" })}>
                    <span class="visually-hidden">{ if condition.met { met.clone() } else { not_met.clone() } }</span>
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
    lines: Vec<DualLine>,
}

#[component]
fn Lines(props: &LinesProps) -> Html {
    let language = use_language();
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="lines dual-lines">
            { for props.lines.iter().map(|line| html! {
                <li class="dual-line">
                    <div class="line-main">
                        <span class="line-text">{ amount_sentence(language, &line.text) }</span>
                        if let Some(amount) = line.amount_cents { <span class="line-amount">{ language.money(amount) }</span> }
                    </div>
                    if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                </li>
            }) }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::leave::Hours;

    #[test]
    fn the_sections_words_exist_in_every_language() {
        for language in Language::ALL {
            assert_ne!(t!(language, "dual-open"), "dual-open");
            let caption =
                t!(language, "dual-table-caption", hours = "24", weeks = 48, months = 12, date = "1 mei 2025");
            assert!(caption.contains("24") && caption.contains("48") && caption.contains("12"), "{caption}");
        }
        assert_eq!(
            t!(
                Language::Dutch,
                "dual-table-caption",
                hours = "22,5 uur",
                weeks = 48,
                months = 12,
                date = "1 september 2025"
            ),
            "Voor 22,5 uur per week op de werkplek, 48 weken en 12 maanden; bedragen op 1 september 2025"
        );
        // The hours come with their word, in the plural the number takes.
        assert_eq!(
            t!(
                Language::English,
                "dual-table-caption",
                hours = Hours(2_250).display(Language::English),
                weeks = 48,
                months = 12,
                date = "1 September 2025"
            ),
            "For 22.5 hours a week at the workplace, 48 weeks and 12 months; amounts on 1 September 2025"
        );
        assert_eq!(
            t!(Language::French, "dual-chart-title", hours = Hours::whole(1).display(Language::French)),
            "Indemnité par année scolaire à 1 heure par semaine sur le lieu de travail"
        );
        assert_eq!(
            t!(Language::Dutch, "dual-pending-fields", count = 1, amount = "1"),
            "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw."
        );
        assert_eq!(
            t!(Language::Dutch, "dual-total-per", average = "yes", yearly = "€ 4.049,28"),
            "per maand (gemiddeld) · € 4.049,28 per schooljaar"
        );
        assert_eq!(
            t!(Language::Dutch, "dual-spoken-item", short = "ODOS", amount = "€ 7.639,20", open = "yes"),
            "ODOS: € 7.639,20 per jaar (voor jou)"
        );
        assert_eq!(
            t!(Language::Dutch, "dual-spoken-item-without-amount", short = "ODOW", reason = "vul je brutoloon in"),
            "ODOW: vul je brutoloon in"
        );
    }
}
