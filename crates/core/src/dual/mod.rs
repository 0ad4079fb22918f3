//! Dual learning: the OAO of secondary education and the ODOS, ODO and ODOW of adult
//! education compared, for the learner (allowance per month and per school year, social
//! security, holidays, the workplace component) and for the employer (premiums and, for
//! home-care services, the support premium and the hourly subsidy).
//!
//! Rules (the official pages, and the comparison table and employer incentives of the
//! home-care sector's webinar of 2025):
//! - the amounts move with the pivot index on a given day, so every figure is looked up
//!   on one reference date: 1 September of the school year, or the first day of a month
//!   the user picks; the yearly amount counts every month at that date's amount;
//! - OAO (secondary education, at least 20 hours a week at the workplace): a monthly
//!   allowance in three brackets set by the learner's schooling and training years;
//! - ODOS (adult education, at least 20 hours): a monthly allowance; ODO (adult
//!   education, fewer than 20 hours): an hourly allowance × the hours at the workplace;
//!   ODOW (adult education, with one's own employer): one's wage, as entered;
//! - a learner in adult education may waive the allowance to keep a benefit or wage;
//!   the employer's premium is then the one for a learner without allowance;
//! - adult-education dual learning exists from 1 September 2022 (the yes/no parameter
//!   `dual/adult_education`): before, those three agreements are not open and not computed;
//! - the rules in words of each agreement, and whether the learner builds up social
//!   security, are data (`params/dual/agreements/<kind>.toml`);
//! - every agreement is computed for the same hours so that they can be compared, and
//!   says whether it is open to this learner, with the conditions checked.

mod cost;
pub mod facts;
pub mod input;
pub mod lookup;
mod premiums;
mod reading;
mod verdict;

pub use cost::EmployerCost;
pub use facts::{AgreementKind, Fact, FactTopic};
pub use input::{
    explain_choice_error, first_of_month, max_weeks, parse_hours_per_week, school_year_bounds, Choice, DualInput,
    Education, EmployerInput, HomeCare, Perspective, SchoolLevel,
};
pub use premiums::{Beneficiary, Premium, PremiumKind, Verdict};
pub use verdict::{AgreementVerdict, Answer};

use crate::explain::{Condition, Figures, FiguresStatus, MissingFigure, ParamUse};
use crate::leave::Hours;
use crate::message::{Arg, Message, MessageId};
use crate::money::Cents;
use crate::msg;
use crate::params::{Date, ParamId, Period};
use crate::scenario::Scenario;
use crate::tr;
use lookup::{DatedFigures, Tracker};
use serde::Serialize;

/// Whether dual learning exists in adult education, by date: 1 (yes) or 0 (no).
const ADULT_EDUCATION: ParamId = ParamId::DualAdultEducation;

/// Whether the agreements of adult education (ODOS, ODO, ODOW) exist on the reference date,
/// as the parameter `dual/adult_education` says.
#[derive(Debug, Clone)]
pub(crate) enum AdultEducation {
    Exists,
    /// Not yet: it starts on this day, the first later value that says yes.
    NotYet(Date),
    /// The data does not say: no value on the date, or no day it starts.
    Unknown(MissingFigure),
}

impl AdultEducation {
    fn on(figures: &DatedFigures<'_>) -> AdultEducation {
        let flag = match figures.get(ADULT_EDUCATION) {
            Ok(flag) => flag,
            Err(missing) => return AdultEducation::Unknown(missing),
        };
        if flag.amount != 0 {
            return AdultEducation::Exists;
        }
        let start = figures.params.get(ADULT_EDUCATION).and_then(|parameter| {
            parameter.values.iter().find_map(|value| match (value.period, value.amount) {
                (Period::From(from), Some(yes)) if from > figures.date && yes.0 != 0 => Some(from),
                _ => None,
            })
        });
        match start {
            Some(start) => AdultEducation::NotYet(start),
            None => AdultEducation::Unknown(MissingFigure {
                id: ADULT_EDUCATION.as_str(),
                label: flag.label,
                period: tr!(figures.language, "period-on-date", date = figures.language.date(figures.date)),
                reason: figures.language.text("missing-unpublished"),
            }),
        }
    }

    pub(crate) fn exists(&self) -> bool {
        matches!(self, AdultEducation::Exists)
    }
}

/// The dual-learning part of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DualOutcome {
    /// The day whose amounts are used, `2025-09-01`.
    pub reference_date: String,
    /// The reference date and what it means, in one or two sentences.
    pub reference_text: Message,
    /// As given: `24`, `22.5` in JSON.
    pub hours_per_week: Hours,
    pub weeks: i64,
    pub months: i64,
    /// The four agreements, always in the order OAO, ODOS, ODO, ODOW, computed for the same hours.
    pub agreements: Vec<Agreement>,
    /// A short plain-language reading of the differences.
    pub reading: Vec<Message>,
    /// Who is asking: the learner (the allowance) or the employer (the cost).
    pub perspective: Perspective,
    /// Of the agreements possible for these inputs, the one that pays the learner the most
    /// in the school year; only when two or more are possible and their amounts differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pays_most: Option<AgreementKind>,
    /// Of the agreements possible, the one that costs the employer the least in the school
    /// year; only when two or more have a cost and their costs differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub costs_least: Option<AgreementKind>,
    /// Figures needed but not published on the reference date.
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    /// The earlier years whose figures stand in for this year's unpublished ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub notes: Vec<Message>,
}

/// One agreement for this learner and these hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub kind: AgreementKind,
    /// `OAO`.
    pub short: String,
    /// `Overeenkomst alternerende opleiding`; in French and English with the Dutch name
    /// next to the translation.
    pub name: Message,
    /// `secundair onderwijs` or `volwassenenonderwijs`.
    pub education: Message,
    /// Whether this learner can use it: every condition met.
    pub open: bool,
    pub conditions: Vec<Condition>,
    /// Possible for these inputs: yes, no or maybe, with one reason and one next step. An
    /// agreement that is not possible is left out of every "most" and "least".
    pub verdict: AgreementVerdict,
    pub allowance: AllowanceKind,
    /// `None` when not computed (a figure missing, the wage not entered, or not existing yet).
    pub monthly_allowance_cents: Option<Cents>,
    pub yearly_allowance_cents: Option<Cents>,
    /// Why the allowance is not computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_computed: Option<Message>,
    /// The learner waives the allowance (ODOS, ODO): € 0 from the employer.
    pub waived: bool,
    /// The explanation of the monthly and yearly amounts, step by step.
    pub lines: Vec<DualLine>,
    /// OAO only: the three brackets with their amounts and which one applies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub brackets: Vec<Bracket>,
    pub social_security: bool,
    /// The rules in words: allowance, social security, holidays, workplace, lessons, duration.
    pub facts: Vec<Fact>,
    /// Premiums for the learner and the employer under this agreement.
    pub premiums: Vec<Premium>,
    /// The learner's premiums in the school year; `None` when one is not computed.
    pub learner_premiums_cents: Option<Cents>,
    /// The employer's premiums and subsidies in the school year; `None` when one is not computed.
    pub employer_premiums_cents: Option<Cents>,
    /// What it costs the employer in the school year (allowance minus premiums, for every
    /// learner); `None` when the allowance or a premium is not computed.
    pub employer_cost: Option<EmployerCost>,
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    pub notes: Vec<Message>,
}

/// How the allowance is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AllowanceKind {
    /// A monthly amount in brackets (OAO).
    MonthlyBracket,
    /// One monthly amount (ODOS).
    Monthly,
    /// An amount per hour at the workplace (ODO).
    Hourly,
    /// The learner's own wage (ODOW).
    Wage,
}

/// One step of a calculation: what it is in words, its amount, and the figure it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DualLine {
    pub text: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

impl DualLine {
    fn new(text: Message, amount_cents: Option<Cents>, parameter: Option<ParamUse>) -> Self {
        DualLine { text, amount_cents, parameter }
    }
}

/// One OAO bracket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bracket {
    pub number: u8,
    /// Who falls in it, in the words of the official table.
    pub conditions: Message,
    pub applies: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

const BRACKET_IDS: [ParamId; 3] =
    [ParamId::DualOaoAllowanceBracket1, ParamId::DualOaoAllowanceBracket2, ParamId::DualOaoAllowanceBracket3];

/// Who falls in each bracket, in the words of the official table.
const BRACKET_CONDITIONS: [MessageId; 3] = [MessageId::OaoBracket1, MessageId::OaoBracket2, MessageId::OaoBracket3];

/// What a part of the calculation needs: the input, the reference date, the figures.
pub(crate) struct Ctx<'a, 'p> {
    pub input: &'a DualInput,
    pub date: Date,
    pub figures: DatedFigures<'p>,
    pub adult_education: AdultEducation,
}

pub fn compute(scenario: &Scenario, input: &DualInput, figures: Figures<'_>) -> DualOutcome {
    let year = scenario.academic_year;
    let date = input.reference_date_in(year);
    let (_, year_end) = school_year_bounds(year);
    let dated = DatedFigures { params: figures.params, language: figures.language, date, year_end };
    let ctx = Ctx { input, date, figures: dated, adult_education: AdultEducation::on(&dated) };

    let mut all = Tracker::default();
    let agreements: Vec<Agreement> = AgreementKind::ALL
        .iter()
        .map(|kind| {
            let (agreement, tracker) = agreement(&ctx, *kind);
            all.absorb(&tracker);
            agreement
        })
        .collect();

    let mut notes = Vec::new();
    for (from, changes) in all.later_changes(&ctx.figures) {
        let items = changes.into_iter().map(|c| msg!(DualLaterChangeItem, label = c.label, what = c.what)).collect();
        notes.push(msg!(
            DualNoteLaterChange,
            date = from,
            changes = Arg::List { items, separator: MessageId::DualListSeparator }
        ));
    }
    notes.push(msg!(DualNoteNotCounted));
    notes.push(msg!(DualNoteOtherContracts));

    let reference_text = match input.reference_month {
        None => msg!(DualReferenceStart, date = date, year = year),
        Some(_) => msg!(DualReferenceChosen, date = date, year = year),
    };

    let reading = reading::read(&ctx, &agreements, all.any_unconfirmed());
    let pays_most = reading::extreme(&agreements, |a| a.yearly_allowance_cents.filter(|_| !a.waived), true);
    let costs_least = reading::extreme(&agreements, |a| a.employer_cost.as_ref().map(|c| c.net_cents), false);
    let figures_status = FiguresStatus::of(all.ledger.used.iter(), !all.ledger.missing.is_empty());
    DualOutcome {
        reference_date: date.to_string(),
        reference_text,
        hours_per_week: input.hours_per_week,
        weeks: input.weeks,
        months: input.months,
        agreements,
        reading,
        perspective: input.perspective,
        pays_most,
        costs_least,
        estimated_from: crate::explain::estimated_from(&all.ledger.used),
        missing: all.ledger.missing,
        figures_status,
        notes,
    }
}

/// `250 uur`, `1.152 uur`; `250 heures`; `250 hours`: a whole number of hours (the hours per
/// week and in a year of the agreements may have decimals: [`Arg::Hours`]).
pub(crate) fn hours(count: i64) -> Arg {
    Arg::Counted { count, unit: MessageId::CountHours }
}

/// `1 maand`, `12 maanden`; `12 mois`; `1 month`, `12 months`.
pub(crate) fn months(count: i64) -> Arg {
    Arg::Counted { count, unit: MessageId::CountMonths }
}

/// `yes` or `no`, the selector of a message that answers a question.
pub(crate) fn yes_no(answer: bool) -> Arg {
    Arg::Key(if answer { "yes" } else { "no" })
}

/// `a ÷ b`, rounded to the nearest cent (halves up); `b` is positive.
pub(crate) fn divide_rounded(amount: i64, by: i64) -> i64 {
    if by <= 0 {
        return 0;
    }
    (amount.saturating_mul(2).saturating_add(by)) / (by * 2)
}

fn agreement(ctx: &Ctx<'_, '_>, kind: AgreementKind) -> (Agreement, Tracker) {
    let input = ctx.input;
    let language = ctx.figures.language;
    let mut t = Tracker::default();
    let mut notes = Vec::new();
    let exists = !kind.adult_education() || ctx.adult_education.exists();
    // Why an agreement of adult education does not exist on the date.
    let not_yet = match &ctx.adult_education {
        _ if exists => None,
        AdultEducation::NotYet(start) => Some((
            msg!(DualConditionNotYet, start = *start, date = ctx.date),
            msg!(DualNotComputedNotYet, agreement = kind.short(), date = ctx.date, start = *start),
        )),
        AdultEducation::Unknown(missing) => {
            t.ledger.record(Err(missing.clone()));
            let why = not_published(Some(missing));
            Some((why.clone(), why))
        }
        AdultEducation::Exists => None,
    };
    // Its rules in words and whether it gives social security (always in a build's data).
    let data = ctx.figures.params.agreement(kind);
    if data.is_none() {
        t.ledger.record(Err(MissingFigure {
            id: kind.data_id(),
            label: kind.name(language),
            period: tr!(language, "period-on-date", date = language.date(ctx.date)),
            reason: language.text("missing-parameter"),
        }));
    }

    // Who can use it.
    let mut conditions = vec![education_condition(kind, input.education)];
    if let Some((condition, _)) = &not_yet {
        conditions.push(Condition { text: condition.clone(), met: false, parameter: None });
    } else {
        conditions.extend(hours_conditions(ctx, kind, &mut t));
        conditions.extend(employment_condition(kind, input.employed_by_workplace));
    }
    let open = conditions.iter().all(|c| c.met);
    let verdict = verdict::of(kind, input.perspective, &conditions);

    // What it pays.
    let waived = input.waive_allowance && matches!(kind, AgreementKind::Odos | AgreementKind::Odo);
    let mut allowance = Allowance::default();
    if let Some((_, not_computed)) = not_yet {
        allowance.not_computed = Some(not_computed);
    } else if waived {
        allowance.monthly = Some(Cents::ZERO);
        allowance.yearly = Some(Cents::ZERO);
        allowance.lines.push(DualLine::new(msg!(DualLineWaived), Some(Cents::ZERO), None));
    } else {
        allowance = match kind {
            AgreementKind::Oao => oao_allowance(ctx, &mut t),
            AgreementKind::Odos => odos_allowance(ctx, &mut t),
            AgreementKind::Odo => odo_allowance(ctx, &mut t),
            AgreementKind::Odow => odow_allowance(ctx),
        };
    }
    if kind == AgreementKind::Oao && input.waive_allowance {
        notes.push(msg!(OaoNoteWaiver));
    }
    if kind == AgreementKind::Odo && exists {
        notes.push(msg!(OdoNoteWorkplaceHoursOnly));
    }

    // What each side receives in premiums.
    let premiums = if exists { premiums::all(ctx, kind, waived, &mut t) } else { Vec::new() };
    let total = |beneficiary: Beneficiary| -> Option<Cents> {
        let of_side: Vec<&Premium> = premiums.iter().filter(|p| p.beneficiary == beneficiary).collect();
        if !exists || of_side.iter().any(|p| p.verdict == Verdict::NotComputed) {
            return None;
        }
        Some(of_side.iter().filter_map(|p| p.amount_cents).sum())
    };
    let learner_premiums_cents = total(Beneficiary::Learner);
    let employer_premiums_cents = total(Beneficiary::Employer);

    let figures_status = FiguresStatus::of(t.ledger.used.iter(), !t.ledger.missing.is_empty());
    let mut agreement = Agreement {
        kind,
        short: kind.short().to_owned(),
        name: Message::new(kind.message()),
        education: education_name(if kind.adult_education() { Education::Adult } else { Education::Secondary }),
        open,
        conditions,
        verdict,
        allowance: match kind {
            AgreementKind::Oao => AllowanceKind::MonthlyBracket,
            AgreementKind::Odos => AllowanceKind::Monthly,
            AgreementKind::Odo => AllowanceKind::Hourly,
            AgreementKind::Odow => AllowanceKind::Wage,
        },
        monthly_allowance_cents: allowance.monthly,
        yearly_allowance_cents: allowance.yearly,
        not_computed: allowance.not_computed,
        waived,
        lines: allowance.lines,
        brackets: allowance.brackets,
        social_security: data.is_some_and(|d| d.social_security),
        facts: data.map(facts::facts).unwrap_or_default(),
        premiums,
        learner_premiums_cents,
        employer_premiums_cents,
        employer_cost: None,
        missing: t.ledger.missing.clone(),
        figures_status,
        notes,
    };
    agreement.employer_cost = cost::of(&agreement, input.employer.learners);
    (agreement, t)
}

/// `secundair onderwijs`, `volwassenenonderwijs`: the form's name of the choice.
fn education_name(education: Education) -> Message {
    Message::new(match education {
        Education::Secondary => MessageId::DualEducationSecondary,
        Education::Adult => MessageId::DualEducationAdult,
    })
}

fn education_condition(kind: AgreementKind, education: Education) -> Condition {
    if kind.adult_education() {
        Condition {
            text: msg!(DualConditionAdultEducation, education = education_name(education)),
            met: education == Education::Adult,
            parameter: None,
        }
    } else {
        Condition {
            text: msg!(DualConditionSecondaryEducation, education = education_name(education)),
            met: education == Education::Secondary,
            parameter: None,
        }
    }
}

fn hours_conditions(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Option<Condition> {
    let given = ctx.input.hours_per_week;
    let id = match kind {
        AgreementKind::Oao => ParamId::DualOaoMinimumWorkplaceHours,
        AgreementKind::Odos | AgreementKind::Odo => ParamId::DualOdoWorkplaceHoursLimit,
        AgreementKind::Odow => return None,
    };
    let rule = |parameter: &ParamUse| {
        let limit = parameter.figure();
        match kind {
            AgreementKind::Oao => msg!(OaoConditionHours, minimum = limit, hours = given),
            AgreementKind::Odos => msg!(OdoConditionOdosHours, minimum = limit, hours = given),
            _ => msg!(OdoConditionOdoHours, limit = limit, hours = given),
        }
    };
    Some(match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let at_least = given.0 >= parameter.amount;
            Condition {
                text: rule(&parameter),
                met: if kind == AgreementKind::Odo { !at_least } else { at_least },
                parameter: Some(parameter),
            }
        }
        None => Condition { text: msg!(DualConditionHoursUnknown, date = ctx.date), met: false, parameter: None },
    })
}

fn employment_condition(kind: AgreementKind, employed: bool) -> Option<Condition> {
    match kind {
        AgreementKind::Oao => None,
        AgreementKind::Odow => Some(Condition {
            text: msg!(OdoConditionOdowEmployed, employed = yes_no(employed)),
            met: employed,
            parameter: None,
        }),
        AgreementKind::Odos | AgreementKind::Odo => Some(Condition {
            text: msg!(OdoConditionNotEmployed, employed = yes_no(employed)),
            met: !employed,
            parameter: None,
        }),
    }
}

#[derive(Default)]
struct Allowance {
    monthly: Option<Cents>,
    yearly: Option<Cents>,
    not_computed: Option<Message>,
    lines: Vec<DualLine>,
    brackets: Vec<Bracket>,
}

/// Why an amount is not computed: the figure missing, in the words [`MissingFigure`] carries.
fn not_published(missing: Option<&MissingFigure>) -> Message {
    match missing {
        Some(m) => msg!(
            DualNotComputedMissing,
            label = m.label.as_str(),
            period = m.period.as_str(),
            reason = m.reason.as_str()
        ),
        None => msg!(DualNotComputedAmountMissing),
    }
}

/// The OAO bracket for the learner's schooling and training years, and why (the words
/// after "want": `je hebt de tweede graad … met succes beëindigd`).
pub fn oao_bracket(input: &DualInput) -> (u8, Message) {
    let years = input.training_years_completed;
    if input.school_level == SchoolLevel::ThirdGradeFirstYear {
        (3, msg!(OaoBracketReasonThirdGrade))
    } else if years >= 2 {
        (3, msg!(OaoBracketReasonTrainingYears, years = Arg::Integer(years)))
    } else if input.buso_ov3_completed {
        (3, msg!(OaoBracketReasonBuso))
    } else if input.school_level == SchoolLevel::SecondGrade {
        (2, msg!(OaoBracketReasonSecondGrade))
    } else if years == 1 {
        (2, msg!(OaoBracketReasonFirstTrainingYear))
    } else {
        (1, msg!(OaoBracketReasonFirstYear))
    }
}

fn oao_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let (number, reason) = oao_bracket(ctx.input);
    let mut allowance = Allowance::default();
    for (index, id) in BRACKET_IDS.iter().enumerate() {
        let parameter = t.figure(&ctx.figures, *id);
        allowance.brackets.push(Bracket {
            number: index as u8 + 1,
            conditions: Message::new(BRACKET_CONDITIONS[index]),
            applies: index as u8 + 1 == number,
            monthly_cents: parameter.as_ref().map(|p| p.hundredths().as_cents()),
            parameter,
        });
    }
    let chosen = &allowance.brackets[usize::from(number - 1)];
    match &chosen.parameter {
        Some(parameter) => {
            let monthly = parameter.hundredths().as_cents();
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                msg!(OaoLineBracket, bracket = Arg::Count(i64::from(number)), reason = reason, amount = monthly),
                Some(monthly),
                Some(parameter.clone()),
            ));
            allowance.lines.push(DualLine::new(
                msg!(DualLinePerSchoolYear, months = months(ctx.input.months), amount = monthly),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            let missing = t.ledger.missing.iter().find(|m| m.id == BRACKET_IDS[usize::from(number - 1)].as_str());
            allowance.not_computed = Some(not_published(missing));
            allowance.lines.push(DualLine::new(
                msg!(OaoLineBracketNotComputed, bracket = Arg::Count(i64::from(number)), reason = reason),
                None,
                None,
            ));
        }
    }
    allowance
}

fn odos_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = ParamId::DualOdosMonthlyAllowance;
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let monthly = parameter.hundredths().as_cents();
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                msg!(OdoLineOdosMonthly, amount = monthly),
                Some(monthly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                msg!(DualLinePerSchoolYear, months = months(ctx.input.months), amount = monthly),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(not_published(t.ledger.missing.iter().find(|m| m.id == id.as_str()))),
    }
    allowance
}

fn odo_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = ParamId::DualOdoHourlyAllowance;
    let input = ctx.input;
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let rate = parameter.hundredths().as_cents();
            let hours_in_year = input.hours_per_week.times(input.weeks);
            let yearly = hours_in_year.paid_at(rate);
            let monthly = Cents(divide_rounded(yearly.0, input.months));
            allowance.lines.push(DualLine::new(
                msg!(
                    OdoLineHourly,
                    rate = rate,
                    hours = input.hours_per_week,
                    weeks = Arg::Count(input.weeks),
                    total = hours_in_year
                ),
                Some(yearly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                msg!(OdoLineMonthlyAverage, amount = yearly, months = months(input.months)),
                Some(monthly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(not_published(t.ledger.missing.iter().find(|m| m.id == id.as_str()))),
    }
    allowance
}

fn odow_allowance(ctx: &Ctx<'_, '_>) -> Allowance {
    let mut allowance = Allowance::default();
    match ctx.input.wage_monthly_cents {
        Some(wage) => {
            let monthly = Cents(wage);
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(msg!(OdoLineOdowWage, amount = monthly), Some(monthly), None));
            allowance.lines.push(DualLine::new(
                msg!(OdoLineOdowPerSchoolYear, months = months(ctx.input.months), amount = monthly),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(msg!(OdoNotComputedWage)),
    }
    allowance
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::render::Words;

    /// Without data (a parameter set built by hand), nothing is invented: the agreements'
    /// rules and the start of adult-education dual learning are reported missing.
    #[test]
    fn without_the_data_the_agreements_report_what_is_missing() {
        let json = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "dual": {}}"#;
        let scenario = Scenario::from_json(json, Language::Dutch).expect("a valid scenario");
        let input = scenario.dual.clone().expect("a dual part");
        let params = crate::Params::new(&[], &[]);
        let outcome = compute(&scenario, &input, Figures::new(&params, scenario.academic_year, Language::Dutch));
        let missing: Vec<&str> = outcome.missing.iter().map(|m| m.id).collect();
        for id in ["dual/adult_education", "dual/agreements/oao", "dual/agreements/odo"] {
            assert!(missing.contains(&id), "{id} not reported: {missing:?}");
        }
        assert_eq!(outcome.figures_status, FiguresStatus::Unavailable);
        for agreement in &outcome.agreements {
            assert!(agreement.facts.is_empty() && !agreement.social_security, "{:?}", agreement.kind);
        }
        let odo = &outcome.agreements[2];
        // Whether adult education has dual learning is not known: maybe, not no.
        assert_eq!(odo.verdict.answer, Answer::Maybe);
        assert_eq!(outcome.agreements[0].verdict.answer, Answer::No, "the OAO is for secondary education");
        assert!(
            !odo.open
                && odo.not_computed.as_ref().is_some_and(|n| n.words(Language::Dutch).starts_with("Niet berekend: "))
        );
    }
}
