//! Vlaams opleidingsverlof: the hours per study point, the personal
//! maximum, the eligibility of the school year, the wage ceiling and the employer's refund.

use super::hours::mul_div_round;
use super::VovOutcome;
use super::{counted, failed, points, yes_no, Ctx, Hours, LeaveInput, Line, Plan, Problem, Scheme, Sector, Shortfall};
use crate::explain::Condition;
use crate::message::{Arg, Message, MessageId};
use crate::money::Cents;
use crate::msg;
use crate::params::{ParamId, Status, Unit};
use crate::scenario::{Contract, Programme, Scenario};
use crate::year::AcademicYear;

const EMPLOYMENT: ParamId = ParamId::LeaveVovMinEmploymentFraction;
const WEEKLY_HOURS: ParamId = ParamId::LeaveVovMinWeeklyHours;
const MIN_CREDITS: ParamId = ParamId::LeaveVovMinTrainingCredits;
const MIN_LESSON_PERIODS: ParamId = ParamId::LeaveVovMinTrainingLessonPeriods;
const PER_CREDIT: ParamId = ParamId::LeaveVovHoursPerCredit;
const PER_CREDIT_GRADUAAT: ParamId = ParamId::LeaveVovHoursPerCreditGraduaat;
const MAX_FULL_TIME: ParamId = ParamId::LeaveVovMaxHoursFullTime;
const REFUND: ParamId = ParamId::LeaveVovEmployerRefundPerHour;
const WAGE_CEILING: ParamId = ParamId::LeaveVovWageCeiling;

/// VOV does not exist for the person (sector, region or no work): `text` says why.
pub(super) fn not_applicable(text: Message) -> VovOutcome {
    VovOutcome {
        applies: false,
        eligible: Some(false),
        hours: Some(Hours::ZERO),
        entitlement_hours: Some(Hours::ZERO),
        personal_max_hours: None,
        training_hours: None,
        employer_refund_cents: Some(Cents::ZERO),
        text,
        conditions: vec![Condition { text: msg!(VovConditionPrivateSector), met: false, parameter: None }],
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

pub(super) fn compute(
    ctx: &mut Ctx<'_>,
    scenario: &Scenario,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
    problems: &mut Vec<Problem>,
) -> VovOutcome {
    let year = ctx.figures.year;
    if input.sector != Sector::Private {
        return not_applicable(msg!(VovNotPrivate));
    }
    let percent = input.employment_percent;
    let mut conditions = vec![Condition { text: msg!(VovConditionPrivateSectorFlanders), met: true, parameter: None }];
    let mut lines = Vec::new();
    let mut notes = Vec::new();

    // Minimum employment of the school year: 50 %, from 2025-2026 80 %.
    let employment_met = ctx.figure(EMPLOYMENT).map(|parameter| {
        // A fraction in hundredths is its whole percentage: 80 for `0.80`.
        let minimum = parameter.amount;
        let met = percent >= minimum;
        if !met {
            shortfalls.push(Shortfall {
                scheme: Scheme::Vov,
                text: msg!(
                    VovShortfallEmployment,
                    points = counted(MessageId::CountPercentagePoints, minimum - percent),
                    minimum = Arg::Percent(minimum),
                    percent = Arg::Percent(percent),
                    year = year
                ),
                short_by: minimum - percent,
                unit: Unit::Fraction,
                parameter: parameter.clone(),
            });
        }
        conditions.push(Condition {
            text: msg!(
                VovConditionEmployment,
                minimum = Arg::Percent(minimum),
                year = year,
                percent = Arg::Percent(percent)
            ),
            met,
            parameter: Some(parameter),
        });
        met
    });
    // A year whose rules are not published uses an earlier year's: say so where the rules are read.
    if let Some(note) = ctx.figures.get(EMPLOYMENT).ok().filter(|p| p.status == Status::Estimated).and_then(|p| p.note)
    {
        notes.push(msg!(VovNoteEstimatedRules, note = note));
    }
    if employment_met == Some(true) && ctx.figures.get(EMPLOYMENT).is_ok_and(|p| p.amount == percent && percent == 50) {
        notes.push(msg!(VovNoteExactlyHalf, percent = Arg::Percent(percent)));
    }

    // Minimum weekly hours: a condition only since the 2025 reform (0 before: not shown).
    let weekly_met = match ctx.peek(WEEKLY_HOURS) {
        Ok(parameter) if parameter.amount == 0 => Some(true),
        _ => ctx.figure(WEEKLY_HOURS).map(|parameter| {
            let minimum = Hours::of(parameter.hundredths());
            let met = input.weekly_hours >= minimum;
            if !met {
                let short = minimum.saturating_sub(input.weekly_hours);
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: msg!(
                        VovShortfallWeeklyHours,
                        short = short,
                        minimum = Arg::Decimal(minimum.0),
                        hours = Arg::Decimal(input.weekly_hours.0),
                        year = year
                    ),
                    short_by: short.0,
                    unit: Unit::HoursPerWeek,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: msg!(VovConditionWeeklyHours, minimum = minimum, year = year, hours = input.weekly_hours),
                met,
                parameter: Some(parameter),
            });
            met
        }),
    };

    // The trainings: hours per study point, none for exam contracts, a minimum size.
    let minimum_credits = ctx.figure(MIN_CREDITS);
    let mut training_hours = Some(Hours::ZERO);
    let mut counted = 0;
    for (index, enrolment) in scenario.enrolments.iter().enumerate() {
        let number = Arg::Integer(index as i64 + 1);
        let name = msg!(VovEnrolmentName, number = number.clone(), institution = enrolment.institution.trim());
        let points = points(enrolment.credits);
        if enrolment.contract == Contract::Exam {
            lines.push(Line {
                text: msg!(VovLineExamContract, name = name, points = points),
                hours: Some(Hours::ZERO),
                amount_cents: None,
                parameter: None,
            });
            continue;
        }
        match &minimum_credits {
            Some(minimum) if enrolment.credits * 100 < minimum.amount => {
                let short = minimum.amount / 100 - enrolment.credits;
                lines.push(Line {
                    text: msg!(VovLineTooSmall, name = name, points = points, minimum = minimum.figure()),
                    hours: Some(Hours::ZERO),
                    amount_cents: None,
                    parameter: Some(minimum.clone()),
                });
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: msg!(
                        VovShortfallEnrolment,
                        points = super::points(short),
                        number = number,
                        minimum = minimum.figure()
                    ),
                    short_by: short * 100,
                    unit: Unit::Credits,
                    parameter: minimum.clone(),
                });
                continue;
            }
            Some(_) => {}
            None => {
                training_hours = None;
                continue;
            }
        }
        let graduaat = input.graduaat && enrolment.programme == Programme::Initial;
        let id = if graduaat { PER_CREDIT_GRADUAAT } else { PER_CREDIT };
        match ctx.figure(id) {
            Some(parameter) => {
                let hours = Hours::of(parameter.hundredths()).times(enrolment.credits);
                let id = if graduaat { MessageId::VovLineEnrolmentGraduaat } else { MessageId::VovLineEnrolment };
                lines.push(Line {
                    text: Message::new(id)
                        .with("name", name)
                        .with("points", points)
                        .with("contract", contract(enrolment.contract))
                        .with("per_credit", parameter.figure())
                        .with("hours", hours),
                    hours: Some(hours),
                    amount_cents: None,
                    parameter: Some(parameter),
                });
                training_hours = training_hours.map(|total| total + hours);
                counted += 1;
            }
            None => training_hours = None,
        }
    }
    if plan.lesson_periods > 0 {
        match ctx.figure(MIN_LESSON_PERIODS) {
            Some(minimum) => {
                let (counted_periods, largest) = lesson_periods_counted(scenario, plan, minimum.amount);
                if counted_periods > 0 {
                    let hours = Hours::whole(counted_periods);
                    lines.push(Line {
                        text: msg!(VovLineLessons, periods = Arg::Count(counted_periods), hours = hours),
                        hours: Some(hours),
                        amount_cents: None,
                        parameter: Some(minimum),
                    });
                    training_hours = training_hours.map(|total| total + hours);
                    counted += 1;
                } else {
                    let short = minimum.amount / 100 - largest;
                    let needed = super::counted(MessageId::CountLessonPeriods, minimum.amount / 100);
                    lines.push(Line {
                        text: msg!(
                            VovLineLessonsTooSmall,
                            periods = super::counted(MessageId::CountLessonPeriods, largest),
                            minimum = needed.clone()
                        ),
                        hours: Some(Hours::ZERO),
                        amount_cents: None,
                        parameter: Some(minimum.clone()),
                    });
                    shortfalls.push(Shortfall {
                        scheme: Scheme::Vov,
                        text: msg!(
                            VovShortfallLessons,
                            periods = super::counted(MessageId::CountLessonPeriods, short),
                            minimum = needed
                        ),
                        short_by: short * 100,
                        unit: Unit::Hours,
                        parameter: minimum,
                    });
                }
            }
            None => training_hours = None,
        }
    }
    let training_met = training_hours.map(|_| counted > 0);
    conditions.push(Condition {
        text: msg!(
            VovConditionTraining,
            minimum = minimum_credits.as_ref().map_or_else(|| points(3), |p| p.figure()),
            counted = yes_no(counted > 0)
        ),
        met: training_met.unwrap_or(false),
        parameter: minimum_credits.clone(),
    });

    // The personal maximum: 125 hours × the employment fraction.
    let personal_max = ctx.figure(MAX_FULL_TIME).map(|parameter| {
        let maximum = Hours::of(parameter.hundredths()).scale(percent, 100);
        lines.push(Line {
            text: msg!(
                VovLinePersonalMaximum,
                full_time = parameter.figure(),
                percent = Arg::Percent(percent),
                maximum = maximum
            ),
            hours: Some(maximum),
            amount_cents: None,
            parameter: Some(parameter),
        });
        maximum
    });

    let eligible = super::all_met(&[employment_met, weekly_met, training_met]);
    let entitlement = match eligible {
        Some(true) => training_hours.zip(personal_max).map(|(training, maximum)| training.min(maximum)),
        Some(false) => Some(Hours::ZERO),
        None => None,
    };
    if let (Some(true), Some(entitlement), Some(training), Some(maximum)) =
        (eligible, entitlement, training_hours, personal_max)
    {
        let id = if training <= maximum {
            MessageId::VovLineEntitlementTraining
        } else {
            MessageId::VovLineEntitlementMaximum
        };
        lines.push(Line {
            text: Message::new(id)
                .with("year", year)
                .with("training", training)
                .with("maximum", maximum)
                .with("entitlement", entitlement),
            hours: Some(entitlement),
            amount_cents: None,
            parameter: None,
        });
    }

    // Hours the person plans to take: at most the entitlement.
    let hours = match (entitlement, input.vov_hours_planned) {
        (Some(entitlement), Some(planned)) if planned > entitlement => {
            let message = if entitlement == Hours::ZERO {
                msg!(VovErrorPlannedNotEligible, planned = planned, year = year)
            } else {
                msg!(
                    VovErrorPlannedAbove,
                    planned = planned,
                    year = year,
                    entitlement = entitlement,
                    training = training_hours.unwrap_or_default(),
                    maximum = personal_max.unwrap_or_default(),
                    entitlement_number = Arg::Decimal(entitlement.0)
                )
            };
            problems.push(Problem { field: "leave.vov_hours_planned".to_owned(), message });
            lines.push(Line {
                text: msg!(VovLinePlannedAbove, planned = planned, entitlement = entitlement),
                hours: Some(entitlement),
                amount_cents: None,
                parameter: None,
            });
            Some(entitlement)
        }
        (Some(_), Some(planned)) => {
            lines.push(Line {
                text: msg!(VovLinePlanned, planned = planned),
                hours: Some(planned),
                amount_cents: None,
                parameter: None,
            });
            Some(planned)
        }
        (entitlement, _) => entitlement,
    };

    // Employer view: the refund per approved hour.
    let employer_refund_cents = match hours {
        Some(hours) if hours > Hours::ZERO => ctx.figure(REFUND).map(|parameter| {
            let cents = Cents(mul_div_round(hours.0, parameter.amount, 100));
            lines.push(Line {
                text: msg!(VovLineEmployerRefund, hours = hours, per_hour = parameter.figure(), amount = cents),
                hours: None,
                amount_cents: Some(cents),
                parameter: Some(parameter),
            });
            cents
        }),
        Some(_) => Some(Cents::ZERO),
        None => None,
    };

    // The wage ceiling: shown when published; a missing ceiling counts as missing only when
    // it is needed to compare a wage the person entered.
    let wage = input.monthly_gross_wage_cents.map(Cents);
    let ceiling = match (ctx.peek(WAGE_CEILING), wage) {
        (Ok(_), _) | (Err(_), Some(_)) => ctx.figure(WAGE_CEILING).ok_or(()),
        (Err(_), None) => Err(()),
    };
    match (ceiling, wage) {
        (Ok(parameter), Some(wage)) => {
            let ceiling = parameter.hundredths().as_cents();
            let id =
                if wage > ceiling { MessageId::VovLineWageAboveCeiling } else { MessageId::VovLineWageBelowCeiling };
            let text = Message::new(id).with("wage", wage).with("ceiling", parameter.figure());
            lines.push(Line { text, hours: None, amount_cents: Some(ceiling), parameter: Some(parameter) });
        }
        (Ok(parameter), None) => {
            lines.push(Line {
                text: msg!(VovLineWageCeiling, ceiling = parameter.figure()),
                hours: None,
                amount_cents: Some(parameter.hundredths().as_cents()),
                parameter: Some(parameter),
            });
        }
        (Err(()), _) => notes.push(msg!(VovNoteCeilingMissing, year = year)),
    }

    notes.push(msg!(VovNoteExams));
    notes.push(if year >= AcademicYear(2023) {
        msg!(VovNoteReferenceMonthMarch, year = year)
    } else {
        msg!(VovNoteReferenceMonthSeptember, year = year)
    });
    notes.push(msg!(VovNoteDatabase));

    let text = match eligible {
        Some(true) => {
            let id = match (hours, input.vov_hours_planned) {
                (Some(_), Some(_)) => MessageId::VovTextEligiblePlanned,
                _ => MessageId::VovTextEligible,
            };
            Message::new(id)
                .with("year", year)
                .with("entitlement", entitlement.unwrap_or_default())
                .with("training", training_hours.unwrap_or_default())
                .with("maximum", personal_max.unwrap_or_default())
                .with("planned", hours.unwrap_or_default())
        }
        Some(false) => msg!(VovTextNotEligible, year = year, failed = failed(&conditions)),
        None => {
            let why: Vec<Message> = ctx
                .ledger
                .missing
                .iter()
                .filter(|m| m.id == EMPLOYMENT.as_str() || m.id == WEEKLY_HOURS.as_str())
                .map(|m| {
                    msg!(
                        LeaveMissingFigure,
                        label = m.label.as_str(),
                        period = m.period.as_str(),
                        reason = m.reason.as_str()
                    )
                })
                .collect();
            msg!(VovTextNotComputed, year = year, why = Arg::Sentences(why))
        }
    };

    VovOutcome {
        applies: true,
        eligible,
        hours,
        entitlement_hours: entitlement,
        personal_max_hours: personal_max,
        training_hours,
        employer_refund_cents,
        text,
        conditions,
        lines,
        notes,
    }
}

/// `diplomacontract`, `contrat de diplôme`, `diploma contract`.
fn contract(contract: Contract) -> MessageId {
    match contract {
        Contract::Diploma => MessageId::LeaveContractDiploma,
        Contract::Credit => MessageId::LeaveContractCredit,
        Contract::Exam => MessageId::LeaveContractExam,
    }
}

/// The lesson periods VOV counts, and the largest single course or module (for what is
/// short). The rule is per module ("de gevolgde module omvat minimaal 32 lestijden"): each
/// adult-education module of at least the minimum counts, a smaller one does not; without
/// modules, the course typed in the leave section counts as one.
fn lesson_periods_counted(scenario: &Scenario, plan: Plan, minimum_hundredths: i64) -> (i64, i64) {
    let courses = scenario
        .adult_education
        .as_ref()
        .and_then(|section| section.followed_lesson_periods())
        .unwrap_or_else(|| vec![plan.lesson_periods]);
    let counted = courses.iter().filter(|periods| **periods * 100 >= minimum_hundredths).sum();
    (counted, courses.iter().copied().max().unwrap_or(0))
}
