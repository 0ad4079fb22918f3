//! What each side receives in premiums (the official pages; the webinar's employer incentives):
//! - the employer's premium for qualifying workplace learning: per learner and per school
//!   year, € 1.000 if the learner receives an allowance or wage from the company, € 600 if
//!   not; at least four months of training in the school year, a branch in the Flemish
//!   Region, a trained mentor, at most three times per learner. It covers the OAO and the
//!   dual training of adult education;
//! - the learner's premium (OAO only): per school year, resident in the Flemish Region, at
//!   least four months at the workplace, at most three times;
//! - for home-care services, with learners under an OAO (the webinar lists these under dual
//!   learning in secondary education and reports the OAO's dates): the support premium
//!   for public services, per learner and per month with at least 10 days under the mentor,
//!   capped per school year for the service as a whole (so the cap applies across
//!   learners); and the subsidy per hour under remote supervision for public and private
//!   services, capped at an average of 18 hours a month over the months of the agreement.

use super::lookup::Tracker;
use super::{hours, months, yes_no, AgreementKind, Ctx, DualLine, HomeCare};
use crate::explain::{Condition, MissingFigure, ParamUse};
use crate::message::{Arg, Message, MessageId};
use crate::money::{Cents, Hundredths};
use crate::msg;
use crate::params::ParamId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Premium {
    pub kind: PremiumKind,
    pub beneficiary: Beneficiary,
    /// The premium's name as a title; in French and English with the Dutch name next to it.
    pub name: Message,
    pub verdict: Verdict,
    /// The amount for the school year; only when the verdict is `applies`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    /// The verdict and its reason in one sentence.
    pub text: Message,
    pub conditions: Vec<Condition>,
    pub lines: Vec<DualLine>,
    pub missing: Vec<MissingFigure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PremiumKind {
    /// Premie kwalificerend werkplekleren (employer).
    QualifyingWorkplace,
    /// Leerlingenpremie alternerende opleiding (learner).
    Learner,
    /// Ondersteuningspremie for public home-care services (employer).
    HomeCareSupport,
    /// Subsidy per hour under remote supervision for home-care services (employer).
    HomeCareHours,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Beneficiary {
    Employer,
    Learner,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every condition met: the amount is given.
    Applies,
    /// A condition is not met (the failed ones say why).
    NotEligible,
    /// A figure it needs is not published on the reference date.
    NotComputed,
}

/// Every premium that can apply under one agreement.
pub(super) fn all(ctx: &Ctx<'_, '_>, kind: AgreementKind, waived: bool, t: &mut Tracker) -> Vec<Premium> {
    let mut premiums = vec![qualifying_workplace(ctx, kind, waived, t), learner(ctx, kind, t)];
    if ctx.input.employer.home_care != HomeCare::None {
        premiums.push(home_care_support(ctx, kind, t));
        premiums.push(home_care_hours(ctx, kind, t));
    }
    premiums
}

/// Looks figures up in a premium's own tracker, so that its missing figures are its own.
struct Part<'t> {
    tracker: &'t mut Tracker,
    missing: Vec<MissingFigure>,
}

impl Part<'_> {
    fn figure(&mut self, ctx: &Ctx<'_, '_>, id: ParamId) -> Option<crate::explain::ParamUse> {
        let found = self.tracker.figure(&ctx.figures, id);
        if found.is_none() {
            if let Some(missing) = self.tracker.ledger.missing.iter().find(|m| m.id == id.as_str()) {
                if !self.missing.iter().any(|m| m.id == id.as_str()) {
                    self.missing.push(missing.clone());
                }
            }
        }
        found
    }
}

/// `1 lerende`, `5 lerenden`; `5 apprenants`; `5 learners`.
pub(super) fn learners(count: i64) -> Arg {
    Arg::Counted { count, unit: MessageId::PremiumCountLearners }
}

/// `1 leerling`, `5 leerlingen` (pupils in secondary education); `5 élèves`; `5 pupils`.
fn pupils(count: i64) -> Arg {
    Arg::Counted { count, unit: MessageId::PremiumCountPupils }
}

fn verdict_of(conditions: &[Condition], missing: &[MissingFigure]) -> Verdict {
    if !missing.is_empty() {
        Verdict::NotComputed
    } else if conditions.iter().all(|c| c.met) {
        Verdict::Applies
    } else {
        Verdict::NotEligible
    }
}

/// Why a premium is not computed: its name (the title without the Dutch name next to it)
/// and the figures missing, each with the reason (the words [`MissingFigure`] carries).
fn not_computed_text(name: MessageId, missing: &[MissingFigure]) -> Message {
    let items = missing
        .iter()
        .map(|m| msg!(PremiumMissingItem, label = m.label.as_str(), reason = m.reason.as_str()))
        .collect();
    msg!(
        PremiumNotComputed,
        premium = Arg::Attribute { message: name, attribute: "plain" },
        missing = Arg::List { items, separator: MessageId::DualListSeparator }
    )
}

/// A condition met when a count (months, times) reaches the figure, e.g. "at least 4 months".
fn at_least(parameter: ParamUse, count: i64, text: impl FnOnce(Arg) -> Message) -> Condition {
    let met = count.saturating_mul(100) >= parameter.amount;
    Condition { text: text(parameter.figure()), met, parameter: Some(parameter) }
}

/// A condition met while a count stays under the figure, e.g. "at most 3 times" before this one.
fn fewer_than(parameter: ParamUse, count: i64, text: impl FnOnce(Arg) -> Message) -> Condition {
    let met = count.saturating_mul(100) < parameter.amount;
    Condition { text: text(parameter.figure()), met, parameter: Some(parameter) }
}

fn qualifying_workplace(ctx: &Ctx<'_, '_>, kind: AgreementKind, waived: bool, t: &mut Tracker) -> Premium {
    let name = MessageId::PremiumQualifyingWorkplaceName;
    let employer = &ctx.input.employer;
    let mut part = Part { tracker: t, missing: Vec::new() };
    let (id, why) = if waived {
        (ParamId::DualQualifyingWorkplacePremiumWithoutAllowance, msg!(PremiumWhyWaived))
    } else if kind == AgreementKind::Odow {
        (ParamId::DualQualifyingWorkplacePremiumWithAllowance, msg!(PremiumWhyWage))
    } else {
        (ParamId::DualQualifyingWorkplacePremiumWithAllowance, msg!(PremiumWhyAllowance))
    };
    let amount = part.figure(ctx, id);
    let minimum_months = part.figure(ctx, ParamId::DualQualifyingWorkplacePremiumMinimumMonths);
    let max_times = part.figure(ctx, ParamId::DualQualifyingWorkplacePremiumMaxTimes);

    let mut conditions = vec![Condition {
        text: msg!(PremiumConditionFlemishBranch, answer = yes_no(employer.workplace_in_flemish_region)),
        met: employer.workplace_in_flemish_region,
        parameter: None,
    }];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, ctx.input.months, |minimum| {
            msg!(PremiumConditionMinimumMonths, minimum = minimum, months = months(ctx.input.months))
        })
    }));
    conditions.push(Condition {
        text: msg!(PremiumConditionMentor, answer = yes_no(employer.mentor_trained)),
        met: employer.mentor_trained,
        parameter: None,
    });
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, employer.premiums_before, |maximum| {
            msg!(PremiumConditionMaxTimes, maximum = maximum, before = Arg::Count(employer.premiums_before))
        })
    }));

    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, amount) {
        (Verdict::Applies, Some(parameter)) => {
            let per = parameter.hundredths().as_cents();
            let total = per.times(employer.learners);
            lines.push(DualLine::new(
                msg!(PremiumQualifyingLine, learners = learners(employer.learners), amount = per, why = why),
                Some(total),
                Some(parameter),
            ));
            amount_cents = Some(total);
            msg!(PremiumQualifyingApplies, amount = total)
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(name, &part.missing),
        _ => msg!(PremiumQualifyingNotEligible),
    };
    Premium {
        kind: PremiumKind::QualifyingWorkplace,
        beneficiary: super::Beneficiary::Employer,
        name: Message::new(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn learner(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = MessageId::PremiumLearnerName;
    let input = ctx.input;
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::Learner,
            beneficiary: Beneficiary::Learner,
            name: Message::new(name),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: msg!(PremiumLearnerOaoOnly),
            conditions: vec![Condition { text: msg!(PremiumLearnerConditionOaoOnly), met: false, parameter: None }],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let amount = part.figure(ctx, ParamId::DualLearnerPremium);
    let minimum_months = part.figure(ctx, ParamId::DualLearnerPremiumMinimumMonths);
    let max_times = part.figure(ctx, ParamId::DualLearnerPremiumMaxTimes);
    let mut conditions = vec![
        Condition { text: msg!(PremiumLearnerConditionOao), met: true, parameter: None },
        Condition {
            text: msg!(PremiumLearnerConditionResident, answer = yes_no(input.lives_in_flemish_region)),
            met: input.lives_in_flemish_region,
            parameter: None,
        },
    ];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, input.months, |minimum| {
            msg!(PremiumLearnerConditionMinimumMonths, minimum = minimum, months = months(input.months))
        })
    }));
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, input.learner_premiums_before, |maximum| {
            msg!(PremiumLearnerConditionMaxTimes, maximum = maximum, before = Arg::Count(input.learner_premiums_before))
        })
    }));
    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, amount) {
        (Verdict::Applies, Some(parameter)) => {
            let value = parameter.hundredths().as_cents();
            lines.push(DualLine::new(msg!(PremiumLearnerLine), Some(value), Some(parameter)));
            amount_cents = Some(value);
            msg!(PremiumLearnerApplies, amount = value)
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(name, &part.missing),
        _ => msg!(PremiumLearnerNotEligible),
    };
    Premium {
        kind: PremiumKind::Learner,
        beneficiary: Beneficiary::Learner,
        name: Message::new(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

/// The webinar lists the home-care measures for learners under an OAO (secondary education).
fn oao_only(kind: AgreementKind) -> Condition {
    Condition { text: msg!(PremiumHomeCareConditionOaoOnly), met: kind == AgreementKind::Oao, parameter: None }
}

fn home_care_support(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = MessageId::PremiumHomeCareSupportName;
    let employer = &ctx.input.employer;
    let not_eligible = |conditions: Vec<Condition>| Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: Message::new(name),
        verdict: Verdict::NotEligible,
        amount_cents: None,
        text: msg!(PremiumHomeCareSupportNotEligible),
        conditions,
        lines: Vec::new(),
        missing: Vec::new(),
    };
    let public = Condition {
        text: msg!(PremiumHomeCareConditionPublic, service = employer.home_care.service()),
        met: employer.home_care == HomeCare::Public,
        parameter: None,
    };
    if kind != AgreementKind::Oao || employer.home_care != HomeCare::Public {
        return not_eligible(vec![oao_only(kind), public]);
    }

    let mut part = Part { tracker: t, missing: Vec::new() };
    let per_month = part.figure(ctx, ParamId::DualHomeCareSupportPremium);
    let cap = part.figure(ctx, ParamId::DualHomeCareSupportPremiumCap);
    let minimum_days = part.figure(ctx, ParamId::DualHomeCareSupportMinimumDays);
    let mentor_months = employer.mentor_months.unwrap_or(ctx.input.months);
    let months_text = match employer.mentor_months {
        Some(_) => msg!(PremiumHomeCareMonths, months = months(mentor_months)),
        None => msg!(PremiumHomeCareMonthsAll, months = months(mentor_months)),
    };
    let mut conditions = vec![oao_only(kind), public];
    conditions.push(Condition {
        text: match &minimum_days {
            Some(p) => msg!(PremiumHomeCareConditionDays, minimum = p.figure(), months = months_text),
            None => msg!(PremiumHomeCareConditionDaysUnknown, months = months_text),
        },
        met: mentor_months > 0,
        parameter: minimum_days,
    });

    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, per_month, cap) {
        (Verdict::Applies, Some(per_month), Some(cap)) => {
            let per = per_month.hundredths().as_cents();
            let learner_months = mentor_months.saturating_mul(employer.learners);
            let uncapped = per.times(learner_months);
            let cap_cents = cap.hundredths().as_cents();
            lines.push(DualLine::new(
                msg!(
                    PremiumHomeCareSupportLine,
                    amount = per,
                    months = months(mentor_months),
                    pupils = pupils(employer.learners),
                    pupil_months = Arg::Count(learner_months)
                ),
                Some(uncapped),
                Some(per_month),
            ));
            let total = if uncapped > cap_cents {
                lines.push(DualLine::new(
                    msg!(PremiumHomeCareSupportCapped, cap = cap_cents),
                    Some(cap_cents),
                    Some(cap),
                ));
                cap_cents
            } else {
                lines.push(DualLine::new(msg!(PremiumHomeCareSupportUnderCap, cap = cap_cents), None, Some(cap)));
                uncapped
            };
            amount_cents = Some(total);
            msg!(PremiumHomeCareSupportApplies, amount = total)
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(name, &part.missing),
        _ => msg!(PremiumHomeCareSupportNoMonth),
    };
    Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: Message::new(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn home_care_hours(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = MessageId::PremiumHomeCareHoursName;
    let employer = &ctx.input.employer;
    let service = Condition {
        text: msg!(PremiumHomeCareConditionService, service = employer.home_care.service()),
        met: employer.home_care != HomeCare::None,
        parameter: None,
    };
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::HomeCareHours,
            beneficiary: Beneficiary::Employer,
            name: Message::new(name),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: msg!(PremiumHomeCareHoursNotEligible),
            conditions: vec![oao_only(kind), service],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let rate = part.figure(ctx, ParamId::DualHomeCareSupervisedHourSubsidy);
    let average = part.figure(ctx, ParamId::DualHomeCareSupervisedHoursMonthlyAverage);
    let conditions = vec![
        oao_only(kind),
        service,
        Condition { text: msg!(PremiumHomeCareConditionRemote), met: true, parameter: None },
    ];
    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, rate, average) {
        (Verdict::Applies, Some(rate), Some(average)) => {
            let agreement_months = ctx.input.months;
            // The yearly maximum, in hundredths of an hour: the monthly average × the months of the agreement.
            let cap = average.amount.saturating_mul(agreement_months);
            let entered = employer.supervised_hours.saturating_mul(100);
            let counted = entered.min(cap);
            let counted_text = Arg::TwoDecimals(Hundredths(counted));
            lines.push(DualLine::new(
                msg!(
                    PremiumHomeCareHoursCapLine,
                    average = average.figure(),
                    months = months(agreement_months),
                    cap = Arg::TwoDecimals(Hundredths(cap))
                ),
                None,
                Some(average),
            ));
            let per_learner = super::divide_rounded(rate.amount.saturating_mul(counted), 100);
            let total = Cents(per_learner).times(employer.learners);
            let rate_cents = rate.hundredths().as_cents();
            let counted_line = if entered > cap {
                msg!(
                    PremiumHomeCareHoursLineCapped,
                    given = hours(employer.supervised_hours),
                    counted = counted_text,
                    rate = rate_cents,
                    pupils = pupils(employer.learners)
                )
            } else {
                msg!(
                    PremiumHomeCareHoursLine,
                    counted = counted_text,
                    rate = rate_cents,
                    pupils = pupils(employer.learners)
                )
            };
            lines.push(DualLine::new(counted_line, Some(total), Some(rate)));
            amount_cents = Some(total);
            if employer.supervised_hours == 0 {
                msg!(PremiumHomeCareHoursEnter)
            } else {
                msg!(PremiumHomeCareHoursApplies, amount = total)
            }
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(name, &part.missing),
        _ => msg!(PremiumHomeCareHoursNotEligible),
    };
    Premium {
        kind: PremiumKind::HomeCareHours,
        beneficiary: Beneficiary::Employer,
        name: Message::new(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

impl HomeCare {
    /// `publieke dienst voor gezinszorg of thuiszorg`, for sentences after "de onderneming is een".
    fn service(self) -> MessageId {
        match self {
            HomeCare::None => MessageId::PremiumServiceNone,
            HomeCare::Public => MessageId::PremiumServicePublic,
            HomeCare::Private => MessageId::PremiumServicePrivate,
        }
    }
}
