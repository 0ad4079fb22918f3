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
use super::{hours, list_separator, months, yes_no, AgreementKind, Ctx, DualLine, HomeCare};
use crate::explain::{Condition, MissingFigure, ParamUse};
use crate::i18n::Language;
use crate::message::Message;
use crate::money::{Cents, Hundredths};
use crate::params::ParamId;
use crate::tr;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Premium {
    pub kind: PremiumKind,
    pub beneficiary: Beneficiary,
    /// The premium's name as a title; in French and English with the Dutch name next to it.
    pub name: String,
    pub verdict: Verdict,
    /// The amount for the school year; only when the verdict is `applies`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    /// The verdict and its reason in one sentence.
    pub text: String,
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
fn learners(language: Language, count: i64) -> String {
    language.count("premium-count-learners", count)
}

/// `1 leerling`, `5 leerlingen` (pupils in secondary education); `5 élèves`; `5 pupils`.
fn pupils(language: Language, count: i64) -> String {
    language.count("premium-count-pupils", count)
}

/// A premium's name inside a sentence (the title without the Dutch name next to it).
fn plain_name(language: Language, name_id: &str) -> String {
    language.catalog().format(&format!("{name_id}.plain"), None)
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

fn not_computed_text(language: Language, name_id: &str, missing: &[MissingFigure]) -> String {
    let what: Vec<String> = missing.iter().map(|m| format!("{} ({})", m.label, m.reason)).collect();
    tr!(
        language,
        "premium-not-computed",
        premium = plain_name(language, name_id),
        missing = what.join(&list_separator(language))
    )
}

/// A condition met when a count (months, times) reaches the figure, e.g. "at least 4 months".
fn at_least(parameter: ParamUse, count: i64, text: impl FnOnce(&str) -> String) -> Condition {
    let met = count.saturating_mul(100) >= parameter.amount;
    Condition { text: Message::said(text(&parameter.display)), met, parameter: Some(parameter) }
}

/// A condition met while a count stays under the figure, e.g. "at most 3 times" before this one.
fn fewer_than(parameter: ParamUse, count: i64, text: impl FnOnce(&str) -> String) -> Condition {
    let met = count.saturating_mul(100) < parameter.amount;
    Condition { text: Message::said(text(&parameter.display)), met, parameter: Some(parameter) }
}

fn qualifying_workplace(ctx: &Ctx<'_, '_>, kind: AgreementKind, waived: bool, t: &mut Tracker) -> Premium {
    let name = "premium-qualifying-workplace-name";
    let language = ctx.figures.language;
    let employer = &ctx.input.employer;
    let mut part = Part { tracker: t, missing: Vec::new() };
    let (id, why) = if waived {
        (ParamId::DualQualifyingWorkplacePremiumWithoutAllowance, tr!(language, "premium-why-waived"))
    } else if kind == AgreementKind::Odow {
        (ParamId::DualQualifyingWorkplacePremiumWithAllowance, tr!(language, "premium-why-wage"))
    } else {
        (ParamId::DualQualifyingWorkplacePremiumWithAllowance, tr!(language, "premium-why-allowance"))
    };
    let amount = part.figure(ctx, id);
    let minimum_months = part.figure(ctx, ParamId::DualQualifyingWorkplacePremiumMinimumMonths);
    let max_times = part.figure(ctx, ParamId::DualQualifyingWorkplacePremiumMaxTimes);

    let mut conditions = vec![Condition {
        text: Message::said(tr!(
            language,
            "premium-condition-flemish-branch",
            answer = yes_no(employer.workplace_in_flemish_region)
        )),
        met: employer.workplace_in_flemish_region,
        parameter: None,
    }];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, ctx.input.months, |minimum| {
            tr!(
                language,
                "premium-condition-minimum-months",
                minimum = minimum,
                months = months(language, ctx.input.months)
            )
        })
    }));
    conditions.push(Condition {
        text: Message::said(tr!(language, "premium-condition-mentor", answer = yes_no(employer.mentor_trained))),
        met: employer.mentor_trained,
        parameter: None,
    });
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, employer.premiums_before, |maximum| {
            tr!(language, "premium-condition-max-times", maximum = maximum, before = employer.premiums_before)
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
                tr!(
                    language,
                    "premium-qualifying-line",
                    learners = learners(language, employer.learners),
                    amount = language.money(per),
                    why = why
                ),
                Some(total),
                Some(parameter),
            ));
            amount_cents = Some(total);
            tr!(language, "premium-qualifying-applies", amount = language.money(total))
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(language, name, &part.missing),
        _ => tr!(language, "premium-qualifying-not-eligible"),
    };
    Premium {
        kind: PremiumKind::QualifyingWorkplace,
        beneficiary: super::Beneficiary::Employer,
        name: language.text(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn learner(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "premium-learner-name";
    let language = ctx.figures.language;
    let input = ctx.input;
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::Learner,
            beneficiary: Beneficiary::Learner,
            name: language.text(name),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: tr!(language, "premium-learner-oao-only"),
            conditions: vec![Condition {
                text: Message::said(tr!(language, "premium-learner-condition-oao-only")),
                met: false,
                parameter: None,
            }],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let amount = part.figure(ctx, ParamId::DualLearnerPremium);
    let minimum_months = part.figure(ctx, ParamId::DualLearnerPremiumMinimumMonths);
    let max_times = part.figure(ctx, ParamId::DualLearnerPremiumMaxTimes);
    let mut conditions = vec![
        Condition { text: Message::said(tr!(language, "premium-learner-condition-oao")), met: true, parameter: None },
        Condition {
            text: Message::said(tr!(
                language,
                "premium-learner-condition-resident",
                answer = yes_no(input.lives_in_flemish_region)
            )),
            met: input.lives_in_flemish_region,
            parameter: None,
        },
    ];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, input.months, |minimum| {
            tr!(
                language,
                "premium-learner-condition-minimum-months",
                minimum = minimum,
                months = months(language, input.months)
            )
        })
    }));
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, input.learner_premiums_before, |maximum| {
            tr!(
                language,
                "premium-learner-condition-max-times",
                maximum = maximum,
                before = input.learner_premiums_before
            )
        })
    }));
    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, amount) {
        (Verdict::Applies, Some(parameter)) => {
            let value = parameter.hundredths().as_cents();
            lines.push(DualLine::new(tr!(language, "premium-learner-line"), Some(value), Some(parameter)));
            amount_cents = Some(value);
            tr!(language, "premium-learner-applies", amount = language.money(value))
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(language, name, &part.missing),
        _ => tr!(language, "premium-learner-not-eligible"),
    };
    Premium {
        kind: PremiumKind::Learner,
        beneficiary: Beneficiary::Learner,
        name: language.text(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

/// The webinar lists the home-care measures for learners under an OAO (secondary education).
fn oao_only(language: Language, kind: AgreementKind) -> Condition {
    Condition {
        text: Message::said(tr!(language, "premium-home-care-condition-oao-only")),
        met: kind == AgreementKind::Oao,
        parameter: None,
    }
}

fn home_care_support(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "premium-home-care-support-name";
    let language = ctx.figures.language;
    let employer = &ctx.input.employer;
    let not_eligible = |conditions: Vec<Condition>| Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: language.text(name),
        verdict: Verdict::NotEligible,
        amount_cents: None,
        text: tr!(language, "premium-home-care-support-not-eligible"),
        conditions,
        lines: Vec::new(),
        missing: Vec::new(),
    };
    let public = Condition {
        text: Message::said(tr!(
            language,
            "premium-home-care-condition-public",
            service = employer.home_care.service(language)
        )),
        met: employer.home_care == HomeCare::Public,
        parameter: None,
    };
    if kind != AgreementKind::Oao || employer.home_care != HomeCare::Public {
        return not_eligible(vec![oao_only(language, kind), public]);
    }

    let mut part = Part { tracker: t, missing: Vec::new() };
    let per_month = part.figure(ctx, ParamId::DualHomeCareSupportPremium);
    let cap = part.figure(ctx, ParamId::DualHomeCareSupportPremiumCap);
    let minimum_days = part.figure(ctx, ParamId::DualHomeCareSupportMinimumDays);
    let mentor_months = employer.mentor_months.unwrap_or(ctx.input.months);
    let months_text = match employer.mentor_months {
        Some(_) => tr!(language, "premium-home-care-months", months = months(language, mentor_months)),
        None => tr!(language, "premium-home-care-months-all", months = months(language, mentor_months)),
    };
    let mut conditions = vec![oao_only(language, kind), public];
    conditions.push(Condition {
        text: Message::said(match &minimum_days {
            Some(p) => {
                tr!(language, "premium-home-care-condition-days", minimum = p.display.clone(), months = months_text)
            }
            None => tr!(language, "premium-home-care-condition-days-unknown", months = months_text),
        }),
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
                tr!(
                    language,
                    "premium-home-care-support-line",
                    amount = language.money(per),
                    months = months(language, mentor_months),
                    pupils = pupils(language, employer.learners),
                    pupil_months = learner_months
                ),
                Some(uncapped),
                Some(per_month),
            ));
            let total = if uncapped > cap_cents {
                lines.push(DualLine::new(
                    tr!(language, "premium-home-care-support-capped", cap = language.money(cap_cents)),
                    Some(cap_cents),
                    Some(cap),
                ));
                cap_cents
            } else {
                lines.push(DualLine::new(
                    tr!(language, "premium-home-care-support-under-cap", cap = language.money(cap_cents)),
                    None,
                    Some(cap),
                ));
                uncapped
            };
            amount_cents = Some(total);
            tr!(language, "premium-home-care-support-applies", amount = language.money(total))
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(language, name, &part.missing),
        _ => tr!(language, "premium-home-care-support-no-month"),
    };
    Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: language.text(name),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn home_care_hours(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "premium-home-care-hours-name";
    let language = ctx.figures.language;
    let employer = &ctx.input.employer;
    let service = Condition {
        text: Message::said(tr!(
            language,
            "premium-home-care-condition-service",
            service = employer.home_care.service(language)
        )),
        met: employer.home_care != HomeCare::None,
        parameter: None,
    };
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::HomeCareHours,
            beneficiary: Beneficiary::Employer,
            name: language.text(name),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: tr!(language, "premium-home-care-hours-not-eligible"),
            conditions: vec![oao_only(language, kind), service],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let rate = part.figure(ctx, ParamId::DualHomeCareSupervisedHourSubsidy);
    let average = part.figure(ctx, ParamId::DualHomeCareSupervisedHoursMonthlyAverage);
    let conditions = vec![
        oao_only(language, kind),
        service,
        Condition {
            text: Message::said(tr!(language, "premium-home-care-condition-remote")),
            met: true,
            parameter: None,
        },
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
            let cap_text = language.fixed_two(Hundredths(cap));
            let counted_text = language.fixed_two(Hundredths(counted));
            lines.push(DualLine::new(
                tr!(
                    language,
                    "premium-home-care-hours-cap-line",
                    average = average.display.clone(),
                    months = months(language, agreement_months),
                    cap = cap_text
                ),
                None,
                Some(average),
            ));
            let per_learner = super::divide_rounded(rate.amount.saturating_mul(counted), 100);
            let total = Cents(per_learner).times(employer.learners);
            let rate_text = language.money(rate.hundredths().as_cents());
            let counted_line = if entered > cap {
                tr!(
                    language,
                    "premium-home-care-hours-line-capped",
                    given = hours(language, employer.supervised_hours),
                    counted = counted_text,
                    rate = rate_text,
                    pupils = pupils(language, employer.learners)
                )
            } else {
                tr!(
                    language,
                    "premium-home-care-hours-line",
                    counted = counted_text,
                    rate = rate_text,
                    pupils = pupils(language, employer.learners)
                )
            };
            lines.push(DualLine::new(counted_line, Some(total), Some(rate)));
            amount_cents = Some(total);
            if employer.supervised_hours == 0 {
                tr!(language, "premium-home-care-hours-enter")
            } else {
                tr!(language, "premium-home-care-hours-applies", amount = language.money(total))
            }
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(language, name, &part.missing),
        _ => tr!(language, "premium-home-care-hours-not-eligible"),
    };
    Premium {
        kind: PremiumKind::HomeCareHours,
        beneficiary: Beneficiary::Employer,
        name: language.text(name),
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
    fn service(self, language: Language) -> String {
        language.text(match self {
            HomeCare::None => "premium-service-none",
            HomeCare::Public => "premium-service-public",
            HomeCare::Private => "premium-service-private",
        })
    }
}
