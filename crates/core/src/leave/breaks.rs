//! Interrupting work to study: federal time credit with the training motive (cao nr. 103)
//! in the private sector, Vlaams zorgkrediet in the Flemish public
//! sector. Both free working hours every week; only their conditions differ.

use super::{text, BreakOutcome, Ctx, Hours, Interruption, LeaveInput, Line, Plan, Scheme, Sector, Shortfall};
use crate::explain::Condition;
use crate::i18n::Language;
use crate::message::Message;
use crate::params::{ParamId, Unit};
use crate::render::Words;
use crate::tr;

const TC_CREDITS: ParamId = ParamId::LeaveTimeCreditMinCreditsPerYear;
const TC_HOURS: ParamId = ParamId::LeaveTimeCreditMinHoursPerYear;
const TC_HOURS_BASIC: ParamId = ParamId::LeaveTimeCreditMinHoursBasicEducation;
const TC_CREDITS_TRIMESTER: ParamId = ParamId::LeaveTimeCreditMinCreditsPerTrimester;
const TC_HOURS_TRIMESTER: ParamId = ParamId::LeaveTimeCreditMinHoursPerTrimester;
const TC_SENIORITY: ParamId = ParamId::LeaveTimeCreditMinSeniorityMonths;
const TC_MAX_MONTHS: ParamId = ParamId::LeaveTimeCreditMaxMonths;
const CARE_CREDITS: ParamId = ParamId::LeaveCareCreditMinCredits;
const CARE_HOURS: ParamId = ParamId::LeaveCareCreditMinContactHours;

/// `1/5 tijdskrediet`, `halftijds zorgkrediet`, `crédit-temps à 1/5`, `half-time care credit`;
/// without an interruption: `tijdskrediet (niet gekozen)`.
pub(super) fn form(language: Language, interruption: Interruption, scheme: Scheme) -> String {
    let care = scheme == Scheme::CareCredit;
    language.text(match (interruption, care) {
        (Interruption::None, false) => "time-credit-form-not-chosen",
        (Interruption::OneFifth, false) => "time-credit-form-one-fifth",
        (Interruption::HalfTime, false) => "time-credit-form-half-time",
        (Interruption::FullTime, false) => "time-credit-form-full-time",
        (Interruption::None, true) => "care-credit-form-not-chosen",
        (Interruption::OneFifth, true) => "care-credit-form-one-fifth",
        (Interruption::HalfTime, true) => "care-credit-form-half-time",
        (Interruption::FullTime, true) => "care-credit-form-full-time",
    })
}

/// The working hours freed each week by a form, and the arithmetic in words.
fn freed_per_week(language: Language, input: &LeaveInput) -> (Hours, String) {
    let week = input.weekly_hours;
    let percent = input.employment_percent.max(1);
    let full_time_week = week.scale(100, percent);
    let full_time = if percent == 100 {
        tr!(language, "leave-full-time-week", week = week.display(language))
    } else {
        tr!(
            language,
            "leave-full-time-week-computed",
            week = week.display(language),
            percent = language.percent(percent),
            full_time_week = full_time_week.display(language)
        )
    };
    match input.interruption {
        Interruption::None => (Hours::ZERO, tr!(language, "leave-freed-none")),
        Interruption::FullTime => (week, tr!(language, "leave-freed-full-time", week = week.display(language))),
        Interruption::HalfTime => {
            let half = full_time_week.scale(1, 2);
            let freed = week.saturating_sub(half);
            let text = tr!(
                language,
                "leave-freed-half-time",
                full_time = full_time,
                half = half.display(language),
                week = week.display(language),
                freed = freed.display(language)
            );
            (freed, text)
        }
        Interruption::OneFifth => {
            let freed = full_time_week.scale(1, 5);
            (freed, tr!(language, "leave-freed-one-fifth", full_time = full_time, freed = freed.display(language)))
        }
    }
}

/// The training-size condition: enough study points, or enough hours (adult-education
/// lesson periods), per year. Returns whether it is met (`None`: a figure is missing).
#[allow(clippy::too_many_arguments)]
fn training_size(
    ctx: &mut Ctx<'_>,
    scheme: Scheme,
    plan: Plan,
    credits_id: ParamId,
    hours_id: ParamId,
    conditions: &mut Vec<Condition>,
    lines: &mut Vec<Line>,
    shortfalls: &mut Vec<Shortfall>,
) -> Option<bool> {
    let year = ctx.figures.year;
    let language = ctx.figures.language;
    let credits_rule = ctx.figure(credits_id);
    let credits_met = credits_rule.as_ref().map(|p| plan.taught_credits * 100 >= p.amount);
    let hours_rule = if plan.lesson_periods > 0 { ctx.figure(hours_id) } else { ctx.peek(hours_id).ok() };
    let hours_met = match (&hours_rule, plan.lesson_periods) {
        (_, 0) => Some(false),
        (Some(p), periods) => Some(periods * 100 >= p.amount),
        (None, _) => None,
    };
    let met = if credits_met == Some(true) || hours_met == Some(true) {
        Some(true)
    } else if credits_met.is_some() && hours_met.is_some() {
        Some(false)
    } else {
        None
    };
    let credits_text = credits_rule.as_ref().map_or_else(|| "?".to_owned(), |p| p.display.clone());
    let hours_text = hours_rule.as_ref().map_or_else(|| "?".to_owned(), |p| p.display.clone());
    let args = crate::fluent_args!(
        credits = credits_text,
        hours = hours_text,
        points = text::points(language, plan.taught_credits),
        periods = plan.lesson_periods
    );
    let condition = match (scheme == Scheme::CareCredit, plan.lesson_periods > 0) {
        (false, false) => language.format("time-credit-condition-training", &args),
        (false, true) => language.format("time-credit-condition-training-lessons", &args),
        (true, false) => language.format("care-credit-condition-training", &args),
        (true, true) => language.format("care-credit-condition-training-lessons", &args),
    };
    conditions.push(Condition {
        text: Message::said(condition),
        met: met.unwrap_or(false),
        parameter: credits_rule.clone(),
    });
    if let (Some(false), Some(rule)) = (met, credits_rule) {
        let needed = rule.amount / 100;
        let short = needed - plan.taught_credits;
        shortfalls.push(Shortfall {
            scheme,
            text: tr!(
                language,
                "leave-shortfall-training-credits",
                points = text::points(language, short),
                needed = language.integer(needed),
                credits = language.integer(plan.taught_credits),
                year = year.to_string(),
                scheme = scheme.name(language)
            ),
            short_by: short * 100,
            unit: Unit::Credits,
            parameter: rule,
        });
    }
    if let Some(rule) = hours_rule.filter(|_| plan.lesson_periods > 0) {
        lines.push(Line {
            text: tr!(
                language,
                "leave-line-hours-threshold",
                threshold = rule.display.clone(),
                periods = plan.lesson_periods
            ),
            hours: Some(Hours::whole(plan.lesson_periods)),
            amount_cents: None,
            parameter: Some(rule.clone()),
        });
        if met == Some(false) {
            let short = rule.amount / 100 - plan.lesson_periods;
            shortfalls.push(Shortfall {
                scheme,
                text: tr!(
                    language,
                    "leave-shortfall-training-lessons",
                    periods = text::lesson_periods(language, short),
                    needed = language.integer(rule.amount / 100),
                    lessons = language.integer(plan.lesson_periods),
                    year = year.to_string(),
                    scheme = scheme.name(language)
                ),
                short_by: short * 100,
                unit: Unit::Hours,
                parameter: rule,
            });
        }
    }
    met
}

fn not_applicable(input: &LeaveInput, text: String) -> BreakOutcome {
    BreakOutcome {
        applies: false,
        interruption: input.interruption,
        eligible: Some(false),
        hours_per_week: Some(Hours::ZERO),
        hours: Some(Hours::ZERO),
        text,
        conditions: Vec::new(),
        to_verify: Vec::new(),
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

/// The hours freed by the chosen form, when eligible; the lines that show the arithmetic.
fn freed_hours(
    language: Language,
    input: &LeaveInput,
    eligible: Option<bool>,
    lines: &mut Vec<Line>,
) -> (Option<Hours>, Option<Hours>) {
    match eligible {
        None => (None, None),
        Some(false) => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) if input.interruption == Interruption::None => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) => {
            let (per_week, how) = freed_per_week(language, input);
            let weeks = input.weeks;
            let total = per_week.times(weeks);
            lines.push(Line { text: how, hours: Some(per_week), amount_cents: None, parameter: None });
            lines.push(Line {
                text: tr!(
                    language,
                    "leave-line-freed-total",
                    weeks = language.count("count-weeks", weeks),
                    number = language.integer(weeks),
                    per_week = per_week.display(language),
                    total = total.display(language)
                ),
                hours: Some(total),
                amount_cents: None,
                parameter: None,
            });
            (Some(per_week), Some(total))
        }
    }
}

/// The conditions not met, in one sentence part: `a; b`.
fn failed(language: Language, conditions: &[Condition]) -> String {
    let failed: Vec<String> = conditions.iter().filter(|c| !c.met).map(|c| c.text.words(language)).collect();
    text::list(language, &failed)
}

pub(super) fn time_credit(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
) -> BreakOutcome {
    let language = ctx.figures.language;
    if input.sector != Sector::Private {
        return not_applicable(input, tr!(language, "time-credit-not-private"));
    }
    let year = ctx.figures.year;
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    let mut to_verify = Vec::new();

    let hours_id = if input.adult_education_basic_or_secondary { TC_HOURS_BASIC } else { TC_HOURS };
    let training =
        training_size(ctx, Scheme::TimeCredit, plan, TC_CREDITS, hours_id, &mut conditions, &mut lines, shortfalls);
    if training == Some(false) {
        let credits = ctx.peek(TC_CREDITS_TRIMESTER);
        let hours = ctx.peek(TC_HOURS_TRIMESTER);
        if let (Ok(credits), Ok(hours)) = (credits, hours) {
            notes.push(tr!(language, "time-credit-note-trimester", credits = credits.display, hours = hours.display));
        }
    }

    let seniority = match input.seniority_months {
        Some(months) => ctx.figure(TC_SENIORITY).map(|parameter| {
            let needed = parameter.amount / 100;
            let met = months >= needed;
            if !met {
                shortfalls.push(Shortfall {
                    scheme: Scheme::TimeCredit,
                    text: tr!(
                        language,
                        "time-credit-shortfall-seniority",
                        months = text::months(language, needed - months),
                        needed = language.integer(needed),
                        seniority = language.integer(months)
                    ),
                    short_by: (needed - months) * 100,
                    unit: Unit::Months,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: Message::said(tr!(
                    language,
                    "time-credit-condition-seniority",
                    minimum = parameter.display.clone(),
                    months = text::months(language, months)
                )),
                met,
                parameter: Some(parameter),
            });
            met
        }),
        None => {
            let needed =
                ctx.peek(TC_SENIORITY).map_or_else(|_| tr!(language, "time-credit-seniority-fallback"), |p| p.display);
            to_verify.push(tr!(language, "time-credit-verify-seniority", minimum = needed));
            Some(true)
        }
    };

    let form_met = match input.interruption {
        Interruption::HalfTime if input.employment_percent <= 50 => {
            conditions.push(Condition {
                text: Message::said(tr!(
                    language,
                    "time-credit-condition-half-time",
                    percent = language.percent(input.employment_percent)
                )),
                met: false,
                parameter: None,
            });
            Some(false)
        }
        _ => Some(true),
    };
    match input.interruption {
        Interruption::OneFifth if input.employment_percent < 100 => notes.push(tr!(
            language,
            "time-credit-note-one-fifth-part-time",
            percent = language.percent(input.employment_percent)
        )),
        Interruption::HalfTime | Interruption::FullTime => {
            to_verify.push(tr!(language, "time-credit-verify-agreement"))
        }
        _ => {}
    }
    to_verify.push(tr!(language, "time-credit-verify-recognised"));

    let eligible = super::all_met(&[training, seniority, form_met]);
    let (hours_per_week, hours) = freed_hours(language, input, eligible, &mut lines);
    if let Some(parameter) = ctx.figure(TC_MAX_MONTHS) {
        lines.push(Line {
            text: tr!(language, "time-credit-line-max-months", months = parameter.display.clone()),
            hours: None,
            amount_cents: None,
            parameter: Some(parameter),
        });
    }

    let year_text = year.to_string();
    let text = match (eligible, input.interruption) {
        (Some(true), Interruption::None) => tr!(language, "time-credit-text-no-form"),
        (Some(true), _) => tr!(
            language,
            "time-credit-text",
            form = form(language, input.interruption, Scheme::TimeCredit),
            per_week = hours_per_week.unwrap_or_default().display(language),
            hours = hours.unwrap_or_default().display(language),
            weeks = language.count("count-weeks", input.weeks)
        ),
        (Some(false), _) => {
            tr!(language, "time-credit-text-not-eligible", year = year_text, failed = failed(language, &conditions))
        }
        (None, _) => tr!(language, "time-credit-text-not-computed", year = year_text),
    };
    BreakOutcome {
        applies: true,
        interruption: input.interruption,
        eligible,
        hours_per_week,
        hours,
        text,
        conditions,
        to_verify,
        lines,
        notes,
    }
}

pub(super) fn care_credit(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
) -> BreakOutcome {
    let language = ctx.figures.language;
    if input.sector != Sector::FlemishPublic {
        return not_applicable(input, tr!(language, "care-credit-not-flemish-public"));
    }
    let year = ctx.figures.year.to_string();
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let training =
        training_size(ctx, Scheme::CareCredit, plan, CARE_CREDITS, CARE_HOURS, &mut conditions, &mut lines, shortfalls);
    let (hours_per_week, hours) = freed_hours(language, input, training, &mut lines);
    let to_verify = vec![tr!(language, "care-credit-verify-training"), tr!(language, "care-credit-verify-attendance")];
    let notes = vec![tr!(language, "care-credit-note-unknown")];
    let text = match (training, input.interruption) {
        (Some(true), Interruption::None) => tr!(language, "care-credit-text-no-form"),
        (Some(true), _) => tr!(
            language,
            "care-credit-text",
            form = form(language, input.interruption, Scheme::CareCredit),
            per_week = hours_per_week.unwrap_or_default().display(language),
            hours = hours.unwrap_or_default().display(language),
            weeks = language.count("count-weeks", input.weeks)
        ),
        (Some(false), _) => tr!(language, "care-credit-text-not-eligible", year = year),
        (None, _) => tr!(language, "care-credit-text-not-computed", year = year),
    };
    BreakOutcome {
        applies: true,
        interruption: input.interruption,
        eligible: training,
        hours_per_week,
        hours,
        text,
        conditions,
        to_verify,
        lines,
        notes,
    }
}
