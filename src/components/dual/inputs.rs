//! The section's inputs: the learner's situation and hours first, the rest (prior
//! schooling, the learner's premium, the employer's side) after the result.

use crate::components::form::{checked, input_value, selected_index, use_disclosure, Checkbox, TextField};
use crate::i18n::{marked, use_language};
use crate::state::dual::{DualAction, DualForm, SCHOOL_YEAR_MONTHS};
use crate::state::{Action, FieldErrors};
use crate::t;
use studierekenaar_core::dual::{first_of_month, Choice, Education, HomeCare, Perspective, SchoolLevel};
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::Language;
use yew::prelude::*;

use super::capitalise;

/// A text field's input as a dual action.
pub(super) fn text_action(on_action: &Callback<Action>, make: fn(String) -> DualAction) -> Callback<InputEvent> {
    let on_action = on_action.clone();
    Callback::from(move |event: InputEvent| on_action.emit(Action::Dual(make(input_value(event)))))
}

/// A checkbox's change as a dual action.
pub(super) fn check_action(on_action: &Callback<Action>, make: fn(bool) -> DualAction) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |event: Event| on_action.emit(Action::Dual(make(checked(event)))))
}

pub(super) const EDUCATIONS: [Education; 2] = [Education::Adult, Education::Secondary];
pub(super) const SCHOOL_LEVELS: [SchoolLevel; 3] =
    [SchoolLevel::BelowSecondGrade, SchoolLevel::SecondGrade, SchoolLevel::ThirdGradeFirstYear];
pub(super) const HOME_CARE: [HomeCare; 3] = [HomeCare::None, HomeCare::Public, HomeCare::Private];

const PERSPECTIVES: [Perspective; 2] = [Perspective::Learner, Perspective::Employer];

fn perspective_label(language: Language, perspective: Perspective) -> String {
    match perspective {
        Perspective::Learner => t!(language, "dual-perspective-learner-label"),
        Perspective::Employer => t!(language, "dual-perspective-employer-label"),
    }
}

pub(super) fn education_label(language: Language, education: Education) -> String {
    match education {
        Education::Adult => t!(language, "dual-education-adult-label"),
        Education::Secondary => t!(language, "dual-education-secondary-label"),
    }
}

pub(super) fn education_help(language: Language, education: Education, who: &str) -> String {
    match education {
        Education::Adult => t!(language, "dual-education-adult-help", who = who),
        Education::Secondary => t!(language, "dual-education-secondary-help"),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct InputsProps {
    pub(super) form: DualForm,
    pub(super) errors: FieldErrors,
    pub(super) on_action: Callback<Action>,
    pub(super) year: Option<AcademicYear>,
}

#[component]
pub(super) fn DualInputs(props: &InputsProps) -> Html {
    let language = use_language();
    let form = &props.form;
    // The questions speak to whoever asks: "je uren" to the learner, "de uren van de lerende" to an employer.
    let who = form.perspective.key();
    let error = |field: &str| props.errors.get(&format!("dual.{field}")).map(AttrValue::from);
    let emit = |make: fn(String) -> DualAction| text_action(&props.on_action, make);
    let toggle = |make: fn(bool) -> DualAction| check_action(&props.on_action, make);
    let help = |text: String| marked(language, &text);
    html! {
        <section class="inputs dual-inputs" aria-labelledby="dual-inputs-title">
            <h2 id="dual-inputs-title">{ marked(language, &t!(language, "dual-inputs-title", who = form.perspective.key())) }</h2>
            <p class="help dual-intro">{ marked(language, &t!(language, "dual-intro")) }</p>

            <fieldset class="field dual-perspective">
                <legend>{ t!(language, "dual-perspective-legend") }</legend>
                { for PERSPECTIVES.iter().map(|perspective| {
                    let perspective = *perspective;
                    let id = format!("dual-perspective-{}", perspective.key());
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: Event| on_action.emit(Action::Dual(DualAction::SetPerspective(perspective))))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" name="dual-perspective" id={id.clone()} checked={form.perspective == perspective} {onchange} />
                            <label for={id}>{ perspective_label(language, perspective) }</label>
                        </div>
                    }
                }) }
            </fieldset>

            <fieldset class="field">
                <legend>{ t!(language, "dual-education-legend", who = who) }</legend>
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
                            <p class="help" id={format!("{id}-help")}>{ marked(language, &education_help(language, education, who)) }</p>
                        </div>
                    }
                }) }
            </fieldset>

            <TextField id="dual-hours" label={t!(language, "dual-hours-label")} value={form.hours_per_week.clone()}
                help={help(t!(language, "dual-hours-help"))}
                error={error("hours_per_week")} oninput={emit(DualAction::SetHoursPerWeek)} />
            <Checkbox id="dual-employed" label={t!(language, "dual-employed-label", who = who)}
                help={marked(language, &t!(language, "dual-employed-help", who = who))}
                checked={form.employed_by_workplace} onchange={toggle(DualAction::SetEmployedByWorkplace)} />
        </section>
    }
}

#[component]
pub(super) fn DualMoreInputs(props: &InputsProps) -> Html {
    let language = use_language();
    // Folded at first; a field inside with an error unfolds it (never folds it), so the
    // error can be seen; otherwise only the person opens and closes it.
    let (unfolded, ontoggle) = use_disclosure(
        props.errors.count_under(&[
            "dual.weeks",
            "dual.months",
            "dual.wage",
            "dual.training",
            "dual.learner",
            "dual.employer",
        ]) > 0,
    );
    let form = &props.form;
    let who = form.perspective.key();
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
            <details class="dual-more-details" open={unfolded} {ontoggle}>
            <summary><h2 id="dual-more-title">{ t!(language, "dual-more-title") }</h2></summary>
            <div class="dual-more-first">
            <fieldset class="field dual-group">
                <legend>{ t!(language, "dual-hours-legend", who = who) }</legend>
                <div class="grid">
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
                <TextField id="dual-wage" label={t!(language, "dual-wage-label", who = who)} value={form.wage.clone()}
                    inputmode="decimal" help={help(t!(language, "dual-wage-help"))}
                    error={error("wage_monthly_cents")} oninput={emit(DualAction::SetWage)} />
                <Checkbox id="dual-waive" label={t!(language, "dual-waive-label", who = who)}
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
            </div>
            <div class="dual-more-grid">
                <div class="dual-more-column">
                <fieldset class="field dual-group">
                    <legend>{ t!(language, "dual-prior-legend") }</legend>
                    <div class="field">
                        <label for="dual-school-level">{ t!(language, "dual-school-level-label", who = who) }</label>
                        <select id="dual-school-level" onchange={on_school_level} aria-describedby="dual-school-level-help">
                            { for SCHOOL_LEVELS.iter().map(|level| html! {
                                <option selected={*level == form.school_level}>{ capitalise(&level.name(language)) }</option>
                            }) }
                        </select>
                        <p class="help" id="dual-school-level-help">{ t!(language, "dual-school-level-help") }</p>
                    </div>
                    <TextField id="dual-training-years" label={t!(language, "dual-training-years-label")} value={form.training_years_completed.clone()}
                        help={help(t!(language, "dual-training-years-help", who = who))}
                        error={error("training_years_completed")} oninput={emit(DualAction::SetTrainingYears)} />
                    <Checkbox id="dual-buso" label={t!(language, "dual-buso-label", who = who)}
                        help={marked(language, &t!(language, "dual-buso-help"))} checked={form.buso_ov3_completed} onchange={toggle(DualAction::SetBusoCompleted)} />
                </fieldset>

                <fieldset class="field dual-group">
                    <legend>{ marked(language, &t!(language, "dual-learner-premium-legend")) }</legend>
                    <Checkbox id="dual-lives-flanders" label={t!(language, "dual-lives-flanders-label", who = who)} help={marked(language, &t!(language, "dual-lives-flanders-help"))}
                        checked={form.lives_in_flemish_region} onchange={toggle(DualAction::SetLivesInFlemishRegion)} />
                    <TextField id="dual-learner-premiums" label={t!(language, "dual-learner-premiums-label", who = who)} value={form.learner_premiums_before.clone()}
                        help={help(t!(language, "dual-learner-premiums-help", who = who))} error={error("learner_premiums_before")} oninput={emit(DualAction::SetLearnerPremiumsBefore)} />
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
            </details>
        </section>
    }
}
