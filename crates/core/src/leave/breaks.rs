//! Interrupting work to study: federal time credit with the training motive (cao nr. 103)
//! in the private sector, Vlaams zorgkrediet in the Flemish public
//! sector. Both free working hours every week; only their conditions differ.

use super::Shortfall;
use super::{counted, failed, points, BreakOutcome, Ctx, Hours, Interruption, LeaveInput, Line, Plan, Scheme, Sector};
use crate::explain::Condition;
use crate::message::{Arg, Message, MessageId};
use crate::msg;
use crate::params::{ParamId, Unit};

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
pub(super) fn form(interruption: Interruption, scheme: Scheme) -> MessageId {
    let care = scheme == Scheme::CareCredit;
    match (interruption, care) {
        (Interruption::None, false) => MessageId::TimeCreditFormNotChosen,
        (Interruption::OneFifth, false) => MessageId::TimeCreditFormOneFifth,
        (Interruption::HalfTime, false) => MessageId::TimeCreditFormHalfTime,
        (Interruption::FullTime, false) => MessageId::TimeCreditFormFullTime,
        (Interruption::None, true) => MessageId::CareCreditFormNotChosen,
        (Interruption::OneFifth, true) => MessageId::CareCreditFormOneFifth,
        (Interruption::HalfTime, true) => MessageId::CareCreditFormHalfTime,
        (Interruption::FullTime, true) => MessageId::CareCreditFormFullTime,
    }
}

/// The working hours freed each week by a form, and the arithmetic.
fn freed_per_week(input: &LeaveInput) -> (Hours, Message) {
    let week = input.weekly_hours;
    let percent = input.employment_percent.max(1);
    let full_time_week = week.scale(100, percent);
    let full_time = if percent == 100 {
        msg!(LeaveFullTimeWeek, week = week)
    } else {
        msg!(LeaveFullTimeWeekComputed, week = week, percent = Arg::Percent(percent), full_time_week = full_time_week)
    };
    match input.interruption {
        Interruption::None => (Hours::ZERO, msg!(LeaveFreedNone)),
        Interruption::FullTime => (week, msg!(LeaveFreedFullTime, week = week)),
        Interruption::HalfTime => {
            let half = full_time_week.scale(1, 2);
            let freed = week.saturating_sub(half);
            let text = msg!(LeaveFreedHalfTime, full_time = full_time, half = half, week = week, freed = freed);
            (freed, text)
        }
        Interruption::OneFifth => {
            let freed = full_time_week.scale(1, 5);
            (freed, msg!(LeaveFreedOneFifth, full_time = full_time, freed = freed))
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
    // A figure not published is shown as `?`.
    let figure = |rule: &Option<crate::explain::ParamUse>| rule.as_ref().map_or_else(|| Arg::from("?"), |p| p.figure());
    let id = match (scheme == Scheme::CareCredit, plan.lesson_periods > 0) {
        (false, false) => MessageId::TimeCreditConditionTraining,
        (false, true) => MessageId::TimeCreditConditionTrainingLessons,
        (true, false) => MessageId::CareCreditConditionTraining,
        (true, true) => MessageId::CareCreditConditionTrainingLessons,
    };
    let condition = Message::new(id)
        .with("credits", figure(&credits_rule))
        .with("hours", figure(&hours_rule))
        .with("points", points(plan.taught_credits))
        .with("periods", Arg::Count(plan.lesson_periods));
    conditions.push(Condition { text: condition, met: met.unwrap_or(false), parameter: credits_rule.clone() });
    if let (Some(false), Some(rule)) = (met, credits_rule) {
        let needed = rule.amount / 100;
        let short = needed - plan.taught_credits;
        shortfalls.push(Shortfall {
            scheme,
            text: msg!(
                LeaveShortfallTrainingCredits,
                points = points(short),
                needed = Arg::Number(needed),
                credits = Arg::Number(plan.taught_credits),
                year = year,
                scheme = scheme.name()
            ),
            short_by: short * 100,
            unit: Unit::Credits,
            parameter: rule,
        });
    }
    if let Some(rule) = hours_rule.filter(|_| plan.lesson_periods > 0) {
        lines.push(Line {
            text: msg!(LeaveLineHoursThreshold, threshold = rule.figure(), periods = Arg::Count(plan.lesson_periods)),
            hours: Some(Hours::whole(plan.lesson_periods)),
            amount_cents: None,
            parameter: Some(rule.clone()),
        });
        if met == Some(false) {
            let short = rule.amount / 100 - plan.lesson_periods;
            shortfalls.push(Shortfall {
                scheme,
                text: msg!(
                    LeaveShortfallTrainingLessons,
                    periods = counted(MessageId::CountLessonPeriods, short),
                    needed = Arg::Number(rule.amount / 100),
                    lessons = Arg::Number(plan.lesson_periods),
                    year = year,
                    scheme = scheme.name()
                ),
                short_by: short * 100,
                unit: Unit::Hours,
                parameter: rule,
            });
        }
    }
    met
}

pub(super) fn not_applicable(input: &LeaveInput, text: Message) -> BreakOutcome {
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
fn freed_hours(input: &LeaveInput, eligible: Option<bool>, lines: &mut Vec<Line>) -> (Option<Hours>, Option<Hours>) {
    match eligible {
        None => (None, None),
        Some(false) => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) if input.interruption == Interruption::None => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) => {
            let (per_week, how) = freed_per_week(input);
            let weeks = input.weeks;
            let total = per_week.times(weeks);
            lines.push(Line { text: how, hours: Some(per_week), amount_cents: None, parameter: None });
            lines.push(Line {
                text: msg!(
                    LeaveLineFreedTotal,
                    weeks = counted(MessageId::CountWeeks, weeks),
                    number = Arg::Number(weeks),
                    per_week = per_week,
                    total = total
                ),
                hours: Some(total),
                amount_cents: None,
                parameter: None,
            });
            (Some(per_week), Some(total))
        }
    }
}

pub(super) fn time_credit(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
) -> BreakOutcome {
    if input.sector != Sector::Private {
        return not_applicable(input, msg!(TimeCreditNotPrivate));
    }
    let year = ctx.figures.year;
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    let mut to_verify = Vec::new();

    let hours_id = if plan.basic_or_secondary { TC_HOURS_BASIC } else { TC_HOURS };
    let training =
        training_size(ctx, Scheme::TimeCredit, plan, TC_CREDITS, hours_id, &mut conditions, &mut lines, shortfalls);
    if training == Some(false) {
        let credits = ctx.peek(TC_CREDITS_TRIMESTER);
        let hours = ctx.peek(TC_HOURS_TRIMESTER);
        if let (Ok(credits), Ok(hours)) = (credits, hours) {
            notes.push(msg!(TimeCreditNoteTrimester, credits = credits.figure(), hours = hours.figure()));
        }
    }

    let seniority = match input.seniority_months {
        Some(months) => ctx.figure(TC_SENIORITY).map(|parameter| {
            let needed = parameter.amount / 100;
            let met = months >= needed;
            if !met {
                shortfalls.push(Shortfall {
                    scheme: Scheme::TimeCredit,
                    text: msg!(
                        TimeCreditShortfallSeniority,
                        months = counted(MessageId::CountMonths, needed - months),
                        needed = Arg::Number(needed),
                        seniority = Arg::Number(months)
                    ),
                    short_by: (needed - months) * 100,
                    unit: Unit::Months,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: msg!(
                    TimeCreditConditionSeniority,
                    minimum = parameter.figure(),
                    months = counted(MessageId::CountMonths, months)
                ),
                met,
                parameter: Some(parameter),
            });
            met
        }),
        None => {
            let needed = ctx
                .peek(TC_SENIORITY)
                .map_or_else(|_| Arg::from(MessageId::TimeCreditSeniorityFallback), |p| p.figure());
            to_verify.push(msg!(TimeCreditVerifySeniority, minimum = needed));
            Some(true)
        }
    };

    let form_met = match input.interruption {
        Interruption::HalfTime if input.employment_percent <= 50 => {
            conditions.push(Condition {
                text: msg!(TimeCreditConditionHalfTime, percent = Arg::Percent(input.employment_percent)),
                met: false,
                parameter: None,
            });
            Some(false)
        }
        _ => Some(true),
    };
    match input.interruption {
        Interruption::OneFifth if input.employment_percent < 100 => {
            notes.push(msg!(TimeCreditNoteOneFifthPartTime, percent = Arg::Percent(input.employment_percent)))
        }
        Interruption::HalfTime | Interruption::FullTime => to_verify.push(msg!(TimeCreditVerifyAgreement)),
        _ => {}
    }
    to_verify.push(msg!(TimeCreditVerifyRecognised));

    let eligible = super::all_met(&[training, seniority, form_met]);
    let (hours_per_week, hours) = freed_hours(input, eligible, &mut lines);
    if let Some(parameter) = ctx.figure(TC_MAX_MONTHS) {
        lines.push(Line {
            text: msg!(TimeCreditLineMaxMonths, months = parameter.figure()),
            hours: None,
            amount_cents: None,
            parameter: Some(parameter),
        });
    }

    let text = match (eligible, input.interruption) {
        (Some(true), Interruption::None) => msg!(TimeCreditTextNoForm),
        (Some(true), _) => msg!(
            TimeCreditText,
            form = form(input.interruption, Scheme::TimeCredit),
            per_week = hours_per_week.unwrap_or_default(),
            hours = hours.unwrap_or_default(),
            weeks = counted(MessageId::CountWeeks, input.weeks)
        ),
        (Some(false), _) => msg!(TimeCreditTextNotEligible, year = year, failed = failed(&conditions)),
        (None, _) => msg!(TimeCreditTextNotComputed, year = year),
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
    if input.sector != Sector::FlemishPublic {
        return not_applicable(input, msg!(CareCreditNotFlemishPublic));
    }
    let year = ctx.figures.year;
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let training =
        training_size(ctx, Scheme::CareCredit, plan, CARE_CREDITS, CARE_HOURS, &mut conditions, &mut lines, shortfalls);
    let (hours_per_week, hours) = freed_hours(input, training, &mut lines);
    let to_verify = vec![msg!(CareCreditVerifyTraining), msg!(CareCreditVerifyAttendance)];
    let notes = vec![msg!(CareCreditNoteUnknown)];
    let text = match (training, input.interruption) {
        (Some(true), Interruption::None) => msg!(CareCreditTextNoForm),
        (Some(true), _) => msg!(
            CareCreditText,
            form = form(input.interruption, Scheme::CareCredit),
            per_week = hours_per_week.unwrap_or_default(),
            hours = hours.unwrap_or_default(),
            weeks = counted(MessageId::CountWeeks, input.weeks)
        ),
        (Some(false), _) => msg!(CareCreditTextNotEligible, year = year),
        (None, _) => msg!(CareCreditTextNotComputed, year = year),
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
