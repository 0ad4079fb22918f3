//! Vlaams opleidingsverlof: the hours per study point, the personal
//! maximum, the eligibility of the school year, the wage ceiling and the employer's refund.

use super::hours::mul_div_round;
use super::{text, Ctx, Hours, LeaveInput, Line, Plan, Scheme, Sector, Shortfall, VovOutcome};
use crate::explain::Condition;
use crate::message::Message;
use crate::money::Cents;
use crate::params::{ParamId, Status, Unit};
use crate::render::Words;
use crate::scenario::{Contract, FieldError, Programme, Scenario};
use crate::tr;
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

pub(super) fn compute(
    ctx: &mut Ctx<'_>,
    scenario: &Scenario,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
    problems: &mut Vec<FieldError>,
) -> VovOutcome {
    let language = ctx.figures.language;
    let year = ctx.figures.year;
    let year_text = year.to_string();
    if input.sector != Sector::Private {
        return VovOutcome {
            applies: false,
            eligible: Some(false),
            hours: Some(Hours::ZERO),
            entitlement_hours: Some(Hours::ZERO),
            personal_max_hours: None,
            training_hours: None,
            employer_refund_cents: Some(Cents::ZERO),
            text: tr!(language, "vov-not-private"),
            conditions: vec![Condition {
                text: Message::said(tr!(language, "vov-condition-private-sector")),
                met: false,
                parameter: None,
            }],
            lines: Vec::new(),
            notes: Vec::new(),
        };
    }
    let percent = input.employment_percent;
    let mut conditions = vec![Condition {
        text: Message::said(tr!(language, "vov-condition-private-sector-flanders")),
        met: true,
        parameter: None,
    }];
    let mut lines = Vec::new();
    let mut notes = Vec::new();

    // Minimum employment of the school year: 50 %, from 2025-2026 80 %.
    let employment_met = ctx.figure(EMPLOYMENT).map(|parameter| {
        let minimum = text::fraction_percent(parameter.amount);
        let met = percent >= minimum;
        if !met {
            shortfalls.push(Shortfall {
                scheme: Scheme::Vov,
                text: tr!(
                    language,
                    "vov-shortfall-employment",
                    points = text::percentage_points(language, minimum - percent),
                    minimum = language.percent(minimum),
                    percent = language.percent(percent),
                    year = year_text.clone()
                ),
                short_by: minimum - percent,
                unit: Unit::Fraction,
                parameter: parameter.clone(),
            });
        }
        conditions.push(Condition {
            text: Message::said(tr!(
                language,
                "vov-condition-employment",
                minimum = language.percent(minimum),
                year = year_text.clone(),
                percent = language.percent(percent)
            )),
            met,
            parameter: Some(parameter),
        });
        met
    });
    // A year whose rules are not published uses an earlier year's: say so where the rules are read.
    if let Some(note) = ctx.figures.get(EMPLOYMENT).ok().filter(|p| p.status == Status::Estimated).and_then(|p| p.note)
    {
        notes.push(note);
    }
    if employment_met == Some(true) && ctx.figures.get(EMPLOYMENT).is_ok_and(|p| p.amount == percent && percent == 50) {
        notes.push(tr!(language, "vov-note-exactly-half", percent = language.percent(percent)));
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
                    text: tr!(
                        language,
                        "vov-shortfall-weekly-hours",
                        short = short.display(language),
                        minimum = minimum.number(language),
                        hours = input.weekly_hours.number(language),
                        year = year_text.clone()
                    ),
                    short_by: short.0,
                    unit: Unit::HoursPerWeek,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: Message::said(tr!(
                    language,
                    "vov-condition-weekly-hours",
                    minimum = minimum.display(language),
                    year = year_text.clone(),
                    hours = input.weekly_hours.display(language)
                )),
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
        let number = (index + 1).to_string();
        let name = tr!(
            language,
            "vov-enrolment-name",
            number = number.clone(),
            institution = enrolment.institution.trim().to_owned()
        );
        let points = text::points(language, enrolment.credits);
        if enrolment.contract == Contract::Exam {
            lines.push(Line {
                text: tr!(language, "vov-line-exam-contract", name = name, points = points),
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
                    text: tr!(
                        language,
                        "vov-line-too-small",
                        name = name,
                        points = points,
                        minimum = minimum.display.clone()
                    ),
                    hours: Some(Hours::ZERO),
                    amount_cents: None,
                    parameter: Some(minimum.clone()),
                });
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: tr!(
                        language,
                        "vov-shortfall-enrolment",
                        points = text::points(language, short),
                        number = number,
                        minimum = minimum.display.clone()
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
                let args = crate::fluent_args!(
                    name = name,
                    points = points,
                    contract = text::contract(language, enrolment.contract),
                    per_credit = parameter.display.clone(),
                    hours = hours.display(language)
                );
                lines.push(Line {
                    text: if graduaat {
                        language.format("vov-line-enrolment-graduaat", &args)
                    } else {
                        language.format("vov-line-enrolment", &args)
                    },
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
            Some(minimum) if plan.lesson_periods * 100 >= minimum.amount => {
                let hours = Hours::whole(plan.lesson_periods);
                lines.push(Line {
                    text: tr!(
                        language,
                        "vov-line-lessons",
                        periods = plan.lesson_periods,
                        hours = hours.display(language)
                    ),
                    hours: Some(hours),
                    amount_cents: None,
                    parameter: Some(minimum),
                });
                training_hours = training_hours.map(|total| total + hours);
                counted += 1;
            }
            Some(minimum) => {
                let short = minimum.amount / 100 - plan.lesson_periods;
                let needed = text::lesson_periods(language, minimum.amount / 100);
                lines.push(Line {
                    text: tr!(
                        language,
                        "vov-line-lessons-too-small",
                        periods = text::lesson_periods(language, plan.lesson_periods),
                        minimum = needed.clone()
                    ),
                    hours: Some(Hours::ZERO),
                    amount_cents: None,
                    parameter: Some(minimum.clone()),
                });
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: tr!(
                        language,
                        "vov-shortfall-lessons",
                        periods = text::lesson_periods(language, short),
                        minimum = needed
                    ),
                    short_by: short * 100,
                    unit: Unit::Hours,
                    parameter: minimum,
                });
            }
            None => training_hours = None,
        }
    }
    let training_met = training_hours.map(|_| counted > 0);
    conditions.push(Condition {
        text: Message::said(tr!(
            language,
            "vov-condition-training",
            minimum = minimum_credits.as_ref().map_or_else(|| text::points(language, 3), |p| p.display.clone()),
            counted = text::yes_no(counted > 0)
        )),
        met: training_met.unwrap_or(false),
        parameter: minimum_credits.clone(),
    });

    // The personal maximum: 125 hours × the employment fraction.
    let personal_max = ctx.figure(MAX_FULL_TIME).map(|parameter| {
        let maximum = Hours::of(parameter.hundredths()).scale(percent, 100);
        lines.push(Line {
            text: tr!(
                language,
                "vov-line-personal-maximum",
                full_time = parameter.display.clone(),
                percent = language.percent(percent),
                maximum = maximum.display(language)
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
        let args = crate::fluent_args!(
            year = year_text.clone(),
            training = training.display(language),
            maximum = maximum.display(language),
            entitlement = entitlement.display(language)
        );
        lines.push(Line {
            text: if training <= maximum {
                language.format("vov-line-entitlement-training", &args)
            } else {
                language.format("vov-line-entitlement-maximum", &args)
            },
            hours: Some(entitlement),
            amount_cents: None,
            parameter: None,
        });
    }

    // Hours the person plans to take: at most the entitlement.
    let hours = match (entitlement, input.vov_hours_planned) {
        (Some(entitlement), Some(planned)) if planned > entitlement => {
            let message = if entitlement == Hours::ZERO {
                tr!(
                    language,
                    "vov-error-planned-not-eligible",
                    planned = planned.display(language),
                    year = year_text.clone()
                )
            } else {
                tr!(
                    language,
                    "vov-error-planned-above",
                    planned = planned.display(language),
                    year = year_text.clone(),
                    entitlement = entitlement.display(language),
                    training = training_hours.unwrap_or_default().display(language),
                    maximum = personal_max.unwrap_or_default().display(language),
                    entitlement_number = entitlement.number(language)
                )
            };
            problems.push(FieldError { field: "leave.vov_hours_planned".to_owned(), message });
            lines.push(Line {
                text: tr!(
                    language,
                    "vov-line-planned-above",
                    planned = planned.display(language),
                    entitlement = entitlement.display(language)
                ),
                hours: Some(entitlement),
                amount_cents: None,
                parameter: None,
            });
            Some(entitlement)
        }
        (Some(_), Some(planned)) => {
            lines.push(Line {
                text: tr!(language, "vov-line-planned", planned = planned.display(language)),
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
                text: tr!(
                    language,
                    "vov-line-employer-refund",
                    hours = hours.display(language),
                    per_hour = parameter.display.clone(),
                    amount = language.money(cents)
                ),
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
            let args = crate::fluent_args!(wage = language.money(wage), ceiling = parameter.display.clone());
            let text = if wage > ceiling {
                language.format("vov-line-wage-above-ceiling", &args)
            } else {
                language.format("vov-line-wage-below-ceiling", &args)
            };
            lines.push(Line { text, hours: None, amount_cents: Some(ceiling), parameter: Some(parameter) });
        }
        (Ok(parameter), None) => {
            lines.push(Line {
                text: tr!(language, "vov-line-wage-ceiling", ceiling = parameter.display.clone()),
                hours: None,
                amount_cents: Some(parameter.hundredths().as_cents()),
                parameter: Some(parameter),
            });
        }
        (Err(()), _) => notes.push(tr!(language, "vov-note-ceiling-missing", year = year_text.clone())),
    }

    notes.push(tr!(language, "vov-note-exams"));
    notes.push(if year >= AcademicYear(2023) {
        tr!(language, "vov-note-reference-month-march", year = year_text.clone())
    } else {
        tr!(language, "vov-note-reference-month-september", year = year_text.clone())
    });
    notes.push(tr!(language, "vov-note-database"));

    let text = match eligible {
        Some(true) => {
            let args = crate::fluent_args!(
                year = year_text.clone(),
                entitlement = entitlement.unwrap_or_default().display(language),
                training = training_hours.unwrap_or_default().display(language),
                maximum = personal_max.unwrap_or_default().display(language),
                planned = hours.unwrap_or_default().display(language)
            );
            match (hours, input.vov_hours_planned) {
                (Some(_), Some(_)) => language.format("vov-text-eligible-planned", &args),
                _ => language.format("vov-text-eligible", &args),
            }
        }
        Some(false) => {
            let failed: Vec<String> = conditions.iter().filter(|c| !c.met).map(|c| c.text.words(language)).collect();
            tr!(language, "vov-text-not-eligible", year = year_text.clone(), failed = text::list(language, &failed))
        }
        None => {
            let why: Vec<String> = ctx
                .ledger
                .missing
                .iter()
                .filter(|m| m.id == EMPLOYMENT.as_str() || m.id == WEEKLY_HOURS.as_str())
                .map(|m| {
                    tr!(
                        language,
                        "leave-missing-figure",
                        label = m.label.clone(),
                        period = m.period.clone(),
                        reason = m.reason.clone()
                    )
                })
                .collect();
            tr!(language, "vov-text-not-computed", year = year_text.clone(), why = why.join(" "))
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
