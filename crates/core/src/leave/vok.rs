//! The Flemish encouragement premium on top of time credit with the training motive
//! (aanmoedigingspremie Vlaams opleidingskrediet, VOK), and what an
//! interruption earns and costs per month.

use super::hours::mul_div_round;
use super::{
    breaks, counted, failed, AllowanceReference, BreakOutcome, Ctx, EducationLevel, Interruption, LeaveInput, Line,
    MoneyOutcome, Plan, Scheme, Sector, Shortfall, VokLine, VokOutcome,
};
use crate::explain::{Condition, Figures, ParamUse};
use crate::message::{Arg, Message, MessageId};
use crate::money::Cents;
use crate::msg;
use crate::params::{ParamId, Period, Unit};

const HIGH: ParamId = ParamId::LeaveVokPriorEmploymentHigh;
const MIDDLE: ParamId = ParamId::LeaveVokPriorEmploymentMiddle;
const LOW: ParamId = ParamId::LeaveVokPriorEmploymentLow;
const ONE_FIFTH_START: ParamId = ParamId::LeaveVokOneFifthStartEmployment;
const ALONE_GROSS: ParamId = ParamId::LeaveVokGrossLivingAlone;
const ALONE_NET: ParamId = ParamId::LeaveVokNetLivingAlone;
const MAX_MONTHS: ParamId = ParamId::LeaveTimeCreditMaxMonths;
/// Whether the VOK rules of 1 September 2019 apply (yes/no); where unconfirmed, a note says why.
const RULES_UNCHANGED: ParamId = ParamId::LeaveVokRulesUnchanged;
const ALLOWANCE_FULL_TIME: ParamId = ParamId::LeaveTimeCreditAllowanceFullTime;
const ALLOWANCE_FULL_TIME_SENIORITY: ParamId = ParamId::LeaveTimeCreditAllowanceFullTimeSeniority;
const ALLOWANCE_HALF_TIME: ParamId = ParamId::LeaveTimeCreditAllowanceHalfTime;
const ALLOWANCE_HALF_TIME_SENIORITY: ParamId = ParamId::LeaveTimeCreditAllowanceHalfTimeSeniority;

/// A row of the VOK table: its gross and net parameters and the message of the row in words.
struct Row {
    gross: ParamId,
    net: ParamId,
    words: MessageId,
}

const FULL_HIGH: Row = Row {
    gross: ParamId::LeaveVokGrossFullBreakHigh,
    net: ParamId::LeaveVokNetFullBreakHigh,
    words: MessageId::VokRowFullHigh,
};
const FULL_MIDDLE: Row = Row {
    gross: ParamId::LeaveVokGrossFullBreakMiddle,
    net: ParamId::LeaveVokNetFullBreakMiddle,
    words: MessageId::VokRowFullMiddle,
};
const FULL_LOW: Row = Row {
    gross: ParamId::LeaveVokGrossFullBreakLow,
    net: ParamId::LeaveVokNetFullBreakLow,
    words: MessageId::VokRowFullLow,
};
const HALF: Row =
    Row { gross: ParamId::LeaveVokGrossHalfTime, net: ParamId::LeaveVokNetHalfTime, words: MessageId::VokRowHalfTime };
const ONE_FIFTH: Row =
    Row { gross: ParamId::LeaveVokGrossOneFifth, net: ParamId::LeaveVokNetOneFifth, words: MessageId::VokRowOneFifth };

pub(super) fn not_applicable(text: Message, applies: bool, conditions: Vec<Condition>) -> VokOutcome {
    VokOutcome {
        applies,
        eligible: Some(false),
        monthly_gross_cents: Some(Cents::ZERO),
        monthly_net_cents: Some(Cents::ZERO),
        text,
        conditions,
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

/// Which row of the table the form and prior employment give, with the condition checked.
/// `Ok(None)`: no premium for this employment; `Err(())`: a threshold is not published.
fn row_for(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    conditions: &mut Vec<Condition>,
    shortfalls: &mut Vec<Shortfall>,
) -> Result<Option<&'static Row>, ()> {
    let percent = input.employment_percent;
    let threshold = |ctx: &mut Ctx<'_>, id: ParamId| ctx.figure(id).ok_or(());
    let shortfall = |needed: i64, parameter: &ParamUse, what: Missed| {
        let id = match what {
            Missed::Highest => MessageId::VokShortfallHighest,
            Missed::Higher => MessageId::VokShortfallHigher,
            Missed::FullBreak => MessageId::VokShortfallFullBreak,
            Missed::HalfTime => MessageId::VokShortfallHalfTime,
            Missed::OneFifth => MessageId::VokShortfallOneFifth,
        };
        Shortfall {
            scheme: Scheme::Vok,
            text: Message::new(id)
                .with("points", counted(MessageId::CountPercentagePoints, needed - percent))
                .with("needed", Arg::Percent(needed))
                .with("percent", Arg::Percent(percent)),
            short_by: needed - percent,
            unit: Unit::Fraction,
            parameter: parameter.clone(),
        }
    };
    match input.interruption {
        Interruption::None => Ok(None),
        Interruption::FullTime => {
            let high = threshold(ctx, HIGH)?;
            let middle = threshold(ctx, MIDDLE)?;
            let low = threshold(ctx, LOW)?;
            let (low_amount, high_amount) = (low.amount, high.amount);
            let (row, rule) = if percent >= high.amount {
                (Some(&FULL_HIGH), high)
            } else if percent >= middle.amount {
                shortfalls.push(shortfall(high.amount, &high, Missed::Highest));
                (Some(&FULL_MIDDLE), middle)
            } else if percent >= low.amount {
                shortfalls.push(shortfall(middle.amount, &middle, Missed::Higher));
                (Some(&FULL_LOW), low)
            } else {
                shortfalls.push(shortfall(low.amount, &low, Missed::FullBreak));
                (None, low)
            };
            conditions.push(Condition {
                text: msg!(
                    VokConditionFullBreak,
                    low = Arg::Percent(low_amount),
                    high = Arg::Percent(high_amount),
                    percent = Arg::Percent(percent)
                ),
                met: row.is_some(),
                parameter: Some(rule),
            });
            Ok(row)
        }
        Interruption::HalfTime => {
            let high = threshold(ctx, HIGH)?;
            let met = percent >= high.amount;
            if !met {
                shortfalls.push(shortfall(high.amount, &high, Missed::HalfTime));
            }
            conditions.push(Condition {
                text: msg!(VokConditionHalfTime, high = Arg::Percent(high.amount), percent = Arg::Percent(percent)),
                met,
                parameter: Some(high),
            });
            Ok(met.then_some(&HALF))
        }
        Interruption::OneFifth => {
            let high = threshold(ctx, HIGH)?;
            let start = threshold(ctx, ONE_FIFTH_START)?;
            let met = percent >= high.amount && percent >= start.amount;
            if !met {
                shortfalls.push(shortfall(start.amount, &start, Missed::OneFifth));
            }
            conditions.push(Condition {
                text: msg!(
                    VokConditionOneFifth,
                    high = Arg::Percent(high.amount),
                    start = Arg::Percent(start.amount),
                    percent = Arg::Percent(percent)
                ),
                met,
                parameter: Some(start),
            });
            Ok(met.then_some(&ONE_FIFTH))
        }
    }
}

/// Which premium a shortfall in prior employment misses.
#[derive(Clone, Copy)]
enum Missed {
    /// Full-time break: the highest premium.
    Highest,
    /// Full-time break: a higher premium.
    Higher,
    /// Full-time break: any premium.
    FullBreak,
    HalfTime,
    OneFifth,
}

pub(super) fn compute(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    time_credit: &BreakOutcome,
    shortfalls: &mut Vec<Shortfall>,
) -> VokOutcome {
    if input.sector != Sector::Private {
        return not_applicable(msg!(VokNotPrivate), false, Vec::new());
    }
    let time_credit_condition = Condition {
        text: msg!(VokConditionTimeCredit),
        met: time_credit.eligible == Some(true) && input.interruption != Interruption::None,
        parameter: None,
    };
    if input.interruption == Interruption::None {
        return not_applicable(msg!(VokNoInterruption), true, vec![time_credit_condition]);
    }
    let year = ctx.figures.year;
    let time_credit_met = time_credit.eligible.map(|e| e && input.interruption != Interruption::None);
    let mut conditions = vec![time_credit_condition];
    let row = row_for(ctx, input, &mut conditions, shortfalls);
    let training_met = plan.has_diploma || input.development_plan;
    conditions.push(Condition {
        text: msg!(
            VokConditionTraining,
            training = Arg::Key(match (plan.has_diploma, input.development_plan) {
                (true, _) => "diploma",
                (false, true) => "plan",
                (false, false) => "none",
            })
        ),
        met: training_met,
        parameter: None,
    });
    let education_met = input.education_level == EducationLevel::LowOrMiddle || input.development_plan;
    conditions.push(Condition {
        text: msg!(
            VokConditionEducation,
            level = Arg::Key(match (input.education_level, input.development_plan) {
                (EducationLevel::LowOrMiddle, _) => "low-or-middle",
                (EducationLevel::High, true) => "high-with-plan",
                (EducationLevel::High, false) => "high",
            })
        ),
        met: education_met,
        parameter: None,
    });
    let row_met = match row {
        Ok(row) => Some(row.is_some()),
        Err(()) => None,
    };
    let eligible = super::all_met(&[time_credit_met, row_met, Some(training_met), Some(education_met)]);

    let mut lines = Vec::new();
    let (gross, net) = match (eligible, row) {
        (Some(true), Ok(Some(row))) => {
            let base = ctx.figure(row.gross).zip(ctx.figure(row.net)).map(|(gross, net)| VokLine {
                text: msg!(VokLinePremium, row = row.words),
                gross_cents: gross.hundredths().as_cents(),
                net_cents: net.hundredths().as_cents(),
                gross,
                net,
            });
            let alone = if input.living_alone {
                ctx.figure(ALONE_GROSS).zip(ctx.figure(ALONE_NET)).map(|(gross, net)| {
                    Some(VokLine {
                        text: msg!(VokLineLivingAlone),
                        gross_cents: gross.hundredths().as_cents(),
                        net_cents: net.hundredths().as_cents(),
                        gross,
                        net,
                    })
                })
            } else {
                Some(None)
            };
            match (base, alone) {
                (Some(base), Some(alone)) => {
                    lines.push(base);
                    lines.extend(alone);
                    (
                        Some(lines.iter().map(|l| l.gross_cents).sum::<Cents>()),
                        Some(lines.iter().map(|l| l.net_cents).sum::<Cents>()),
                    )
                }
                _ => (None, None),
            }
        }
        (Some(_), _) => (Some(Cents::ZERO), Some(Cents::ZERO)),
        (None, _) => (None, None),
    };

    let mut notes = Vec::new();
    // How long: only when the data gives the duration of time credit for training.
    if let Ok(months) = ctx.peek(MAX_MONTHS) {
        notes.push(msg!(VokNoteDuration, months = months.figure()));
    }
    // Since when the amounts used apply: the latest validity date among them.
    let amounts_from = lines
        .iter()
        .flat_map(|line| [line.gross.id, line.net.id])
        .filter_map(|id| match ctx.figures.period_of(id) {
            Some(Period::From(from)) => Some(from),
            _ => None,
        })
        .max();
    if let Some(from) = amounts_from {
        notes.push(msg!(VokNoteAmounts, from = from));
    }
    // Where the data does not confirm the rules for the year, its reason says so.
    if let Err(unconfirmed) = ctx.peek(RULES_UNCHANGED) {
        notes.push(msg!(VokNoteRulesUnconfirmed, reason = unconfirmed.reason));
    }
    if !plan.has_diploma && !input.development_plan {
        notes.push(msg!(VokNoteOtherTrainings));
    }

    let form = breaks::form(input.interruption, Scheme::TimeCredit);
    let text = match (eligible, gross, net) {
        (Some(true), Some(gross), Some(net)) => msg!(VokText, form = form, gross = gross, net = net),
        (Some(false), _, _) => msg!(VokTextNotEligible, year = year, failed = failed(&conditions)),
        _ => msg!(VokTextNotComputed, year = year),
    };
    VokOutcome {
        applies: true,
        eligible,
        monthly_gross_cents: gross,
        monthly_net_cents: net,
        text,
        conditions,
        lines,
        notes,
    }
}

/// What the interruption earns and costs per month, gross: the VOK premium, the allowance
/// the person entered, and the wage for the hours no longer worked.
pub(super) fn money(
    figures: Figures<'_>,
    input: &LeaveInput,
    time_credit: &BreakOutcome,
    care_credit: &BreakOutcome,
    vok: &VokOutcome,
) -> MoneyOutcome {
    let interruption = if input.sector == Sector::FlemishPublic { care_credit } else { time_credit };
    let scheme = if input.sector == Sector::FlemishPublic { Scheme::CareCredit } else { Scheme::TimeCredit };
    let wage = input.monthly_gross_wage_cents.map(Cents);
    let mut lines = Vec::new();
    if !interruption.applies || input.interruption == Interruption::None || interruption.eligible != Some(true) {
        let text = if !interruption.applies {
            msg!(LeaveMoneyNoBreak)
        } else if input.interruption == Interruption::None {
            msg!(LeaveMoneyNotInterrupting)
        } else {
            msg!(LeaveMoneyNotEligible)
        };
        return MoneyOutcome {
            vok_gross_cents: Some(Cents::ZERO),
            allowance_cents: None,
            wage_reduction_gross_cents: Some(Cents::ZERO),
            balance_gross_cents: Some(Cents::ZERO),
            allowance_reference: None,
            text,
            lines,
        };
    }
    let form = breaks::form(input.interruption, scheme);
    let vok_gross = if scheme == Scheme::TimeCredit { vok.monthly_gross_cents } else { Some(Cents::ZERO) };
    if scheme == Scheme::TimeCredit {
        if let Some(gross) = vok_gross {
            lines.push(Line { text: msg!(VokLineMoney), hours: None, amount_cents: Some(gross), parameter: None });
        }
    }
    let allowance = input.interruption_allowance_cents.map(Cents);
    if let Some(allowance) = allowance {
        lines.push(Line {
            text: msg!(LeaveMoneyAllowance, form = form),
            hours: None,
            amount_cents: Some(allowance),
            parameter: None,
        });
    }
    let reduction = match (wage, interruption.hours_per_week) {
        (Some(wage), Some(freed)) => {
            let cents = Cents(mul_div_round(wage.0, freed.0, input.weekly_hours.0.max(1)));
            lines.push(Line {
                text: msg!(LeaveMoneyWageReduction, freed = freed, week = input.weekly_hours, wage = wage),
                hours: None,
                amount_cents: Some(Cents(-cents.0)),
                parameter: None,
            });
            Some(cents)
        }
        _ => None,
    };
    let balance = match (vok_gross, reduction) {
        (Some(vok), Some(reduction)) => Some(Cents(vok.0 + allowance.map_or(0, |a| a.0) - reduction.0)),
        _ => None,
    };
    let allowance_reference =
        (scheme == Scheme::TimeCredit).then(|| allowance_reference(figures, input.interruption)).flatten();
    let lookup = match (&allowance_reference, scheme) {
        (Some(reference), _) => msg!(
            TimeCreditAllowanceReference,
            form = form,
            amount = reference.new_request.hundredths().as_cents(),
            period = reference.new_request.value_period,
            seniority_amount = reference.with_seniority.hundredths().as_cents()
        ),
        (None, Scheme::TimeCredit) => msg!(TimeCreditAllowanceLookup),
        (None, _) => msg!(CareCreditAllowanceLookup),
    };
    let text = match (balance, allowance) {
        (Some(balance), with_allowance) => {
            let id = match (balance.0 >= 0, with_allowance.is_some()) {
                (true, true) => MessageId::LeaveMoneyBalanceMore,
                (false, true) => MessageId::LeaveMoneyBalanceLess,
                (true, false) => MessageId::LeaveMoneyBalanceMoreWithoutAllowance,
                (false, false) => MessageId::LeaveMoneyBalanceLessWithoutAllowance,
            };
            Message::new(id).with("form", form).with("amount", Cents(balance.0.abs())).with("lookup", lookup)
        }
        // With an allowance entered, the person has looked it up already.
        (None, Some(_)) => msg!(LeaveMoneyEnterWageWithAllowance, form = form),
        (None, None) => msg!(LeaveMoneyEnterWage, form = form, lookup = lookup),
    };
    MoneyOutcome {
        vok_gross_cents: vok_gross,
        allowance_cents: allowance,
        wage_reduction_gross_cents: reduction,
        balance_gross_cents: balance,
        allowance_reference,
        text,
        lines,
    }
}

/// The RVA's flat allowance for a full-time or half-time break, offered for the person
/// to take over or replace with their own: the amount for a request made now (without
/// the seniority supplement, abolished for requests from 1 February 2023) and the one
/// with it. The 1/5 amounts are not in our sources.
fn allowance_reference(figures: Figures<'_>, interruption: Interruption) -> Option<AllowanceReference> {
    let (new_request, with_seniority) = match interruption {
        Interruption::FullTime => (ALLOWANCE_FULL_TIME, ALLOWANCE_FULL_TIME_SENIORITY),
        Interruption::HalfTime => (ALLOWANCE_HALF_TIME, ALLOWANCE_HALF_TIME_SENIORITY),
        Interruption::OneFifth | Interruption::None => return None,
    };
    Some(AllowanceReference {
        new_request: figures.get(new_request).ok()?,
        with_seniority: figures.get(with_seniority).ok()?,
    })
}
