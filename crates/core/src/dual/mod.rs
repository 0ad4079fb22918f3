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

pub mod facts;
pub mod input;
pub mod lookup;
mod premiums;
mod reading;

pub use facts::{AgreementKind, Fact, FactTopic};
pub use input::{
    explain_choice_error, first_of_month, max_weeks, parse_hours_per_week, school_year_bounds, Choice, DualInput,
    Education, EmployerInput, HomeCare, SchoolLevel,
};
pub use premiums::{Beneficiary, Premium, PremiumKind, Verdict};

use crate::explain::{Condition, Figures, FiguresStatus, MissingFigure, ParamUse};
use crate::i18n::Language;
use crate::leave::Hours;
use crate::message::Message;
use crate::money::Cents;
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
    pub reference_text: String,
    /// As given: `24`, `22.5` in JSON.
    pub hours_per_week: Hours,
    pub weeks: i64,
    pub months: i64,
    /// The four agreements, always in the order OAO, ODOS, ODO, ODOW, computed for the same hours.
    pub agreements: Vec<Agreement>,
    /// A short plain-language reading of the differences.
    pub reading: Vec<String>,
    /// Figures needed but not published on the reference date.
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    /// The earlier years whose figures stand in for this year's unpublished ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub notes: Vec<String>,
}

/// One agreement for this learner and these hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub kind: AgreementKind,
    /// `OAO`.
    pub short: String,
    /// `Overeenkomst alternerende opleiding`; in French and English with the Dutch name
    /// next to the translation.
    pub name: String,
    /// `secundair onderwijs` or `volwassenenonderwijs`, in the outcome's language.
    pub education: String,
    /// Whether this learner can use it: every condition met.
    pub open: bool,
    pub conditions: Vec<Condition>,
    pub allowance: AllowanceKind,
    /// `None` when not computed (a figure missing, the wage not entered, or not existing yet).
    pub monthly_allowance_cents: Option<Cents>,
    pub yearly_allowance_cents: Option<Cents>,
    /// Why the allowance is not computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_computed: Option<String>,
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
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    pub notes: Vec<String>,
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
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

impl DualLine {
    fn new(text: impl Into<String>, amount_cents: Option<Cents>, parameter: Option<ParamUse>) -> Self {
        DualLine { text: text.into(), amount_cents, parameter }
    }
}

/// One OAO bracket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bracket {
    pub number: u8,
    /// Who falls in it, in the words of the official table.
    pub conditions: String,
    pub applies: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

const BRACKET_IDS: [ParamId; 3] =
    [ParamId::DualOaoAllowanceBracket1, ParamId::DualOaoAllowanceBracket2, ParamId::DualOaoAllowanceBracket3];

/// Who falls in each bracket, in the words of the official table.
const BRACKET_CONDITIONS: [&str; 3] = ["oao-bracket-1", "oao-bracket-2", "oao-bracket-3"];

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

    let language = figures.language;
    let mut notes = Vec::new();
    for (from, changes) in all.later_changes(&ctx.figures) {
        let list: Vec<String> = changes
            .iter()
            .map(|c| tr!(language, "dual-later-change-item", label = c.label.clone(), what = c.what.clone()))
            .collect();
        notes.push(tr!(
            language,
            "dual-note-later-change",
            date = language.date(from),
            changes = list.join(&list_separator(language))
        ));
    }
    notes.push(tr!(language, "dual-note-not-counted"));
    notes.push(tr!(language, "dual-note-other-contracts"));

    let reference_text = match input.reference_month {
        None => tr!(language, "dual-reference-start", date = language.date(date), year = year.to_string()),
        Some(_) => tr!(language, "dual-reference-chosen", date = language.date(date), year = year.to_string()),
    };

    let reading = reading::read(&ctx, &agreements, all.any_unconfirmed());
    let figures_status = FiguresStatus::of(all.ledger.used.iter(), !all.ledger.missing.is_empty());
    DualOutcome {
        reference_date: date.to_string(),
        reference_text,
        hours_per_week: input.hours_per_week,
        weeks: input.weeks,
        months: input.months,
        agreements,
        reading,
        estimated_from: crate::explain::estimated_from(&all.ledger.used),
        missing: all.ledger.missing,
        figures_status,
        notes,
    }
}

/// `250 uur`, `1.152 uur`; `250 heures`; `250 hours`: a whole number of hours (the hours per
/// week and in a year of the agreements may have decimals: [`Hours::display`]).
pub(crate) fn hours(language: Language, count: i64) -> String {
    language.count("count-hours", count)
}

/// `1 maand`, `12 maanden`; `12 mois`; `1 month`, `12 months`.
pub(crate) fn months(language: Language, count: i64) -> String {
    language.count("count-months", count)
}

/// What goes between the items of a list inside a sentence: `; ` (French: ` ; `).
pub(crate) fn list_separator(language: Language) -> String {
    language.text("dual-list-separator")
}

/// `yes` or `no`, the selector of a message that answers a question.
pub(crate) fn yes_no(answer: bool) -> &'static str {
    if answer {
        "yes"
    } else {
        "no"
    }
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
            tr!(language, "dual-condition-not-yet", start = language.date(*start), date = language.date(ctx.date)),
            tr!(
                language,
                "dual-not-computed-not-yet",
                agreement = kind.short(),
                date = language.date(ctx.date),
                start = language.date(*start)
            ),
        )),
        AdultEducation::Unknown(missing) => {
            t.ledger.record(Err(missing.clone()));
            let why = not_published(language, Some(missing));
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
    let mut conditions = vec![education_condition(language, kind, input.education)];
    if let Some((condition, _)) = &not_yet {
        conditions.push(Condition { text: Message::said(condition.clone()), met: false, parameter: None });
    } else {
        conditions.extend(hours_conditions(ctx, kind, &mut t));
        conditions.extend(employment_condition(language, kind, input.employed_by_workplace));
    }
    let open = conditions.iter().all(|c| c.met);

    // What it pays.
    let waived = input.waive_allowance && matches!(kind, AgreementKind::Odos | AgreementKind::Odo);
    let mut allowance = Allowance::default();
    if let Some((_, not_computed)) = not_yet {
        allowance.not_computed = Some(not_computed);
    } else if waived {
        allowance.monthly = Some(Cents::ZERO);
        allowance.yearly = Some(Cents::ZERO);
        allowance.lines.push(DualLine::new(tr!(language, "dual-line-waived"), Some(Cents::ZERO), None));
    } else {
        allowance = match kind {
            AgreementKind::Oao => oao_allowance(ctx, &mut t),
            AgreementKind::Odos => odos_allowance(ctx, &mut t),
            AgreementKind::Odo => odo_allowance(ctx, &mut t),
            AgreementKind::Odow => odow_allowance(ctx),
        };
    }
    if kind == AgreementKind::Oao && input.waive_allowance {
        notes.push(tr!(language, "oao-note-waiver"));
    }
    if kind == AgreementKind::Odo && exists {
        notes.push(tr!(language, "odo-note-workplace-hours-only"));
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
    let agreement = Agreement {
        kind,
        short: kind.short().to_owned(),
        name: kind.name(language),
        education: if kind.adult_education() { Education::Adult } else { Education::Secondary }.name(language),
        open,
        conditions,
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
        facts: data.map(|d| facts::facts(d, language)).unwrap_or_default(),
        premiums,
        learner_premiums_cents,
        employer_premiums_cents,
        missing: t.ledger.missing.clone(),
        figures_status,
        notes,
    };
    (agreement, t)
}

fn education_condition(language: Language, kind: AgreementKind, education: Education) -> Condition {
    if kind.adult_education() {
        Condition {
            text: Message::said(tr!(language, "dual-condition-adult-education", education = education.name(language))),
            met: education == Education::Adult,
            parameter: None,
        }
    } else {
        Condition {
            text: Message::said(tr!(
                language,
                "dual-condition-secondary-education",
                education = education.name(language)
            )),
            met: education == Education::Secondary,
            parameter: None,
        }
    }
}

fn hours_conditions(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Option<Condition> {
    let language = ctx.figures.language;
    let given = ctx.input.hours_per_week;
    let yours = given.display(language);
    let id = match kind {
        AgreementKind::Oao => ParamId::DualOaoMinimumWorkplaceHours,
        AgreementKind::Odos | AgreementKind::Odo => ParamId::DualOdoWorkplaceHoursLimit,
        AgreementKind::Odow => return None,
    };
    let rule = |parameter: &ParamUse| {
        let limit = parameter.display.clone();
        match kind {
            AgreementKind::Oao => tr!(language, "oao-condition-hours", minimum = limit, hours = yours.clone()),
            AgreementKind::Odos => tr!(language, "odo-condition-odos-hours", minimum = limit, hours = yours.clone()),
            _ => tr!(language, "odo-condition-odo-hours", limit = limit, hours = yours.clone()),
        }
    };
    Some(match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let at_least = given.0 >= parameter.amount;
            Condition {
                text: Message::said(rule(&parameter)),
                met: if kind == AgreementKind::Odo { !at_least } else { at_least },
                parameter: Some(parameter),
            }
        }
        None => Condition {
            text: Message::said(tr!(language, "dual-condition-hours-unknown", date = language.date(ctx.date))),
            met: false,
            parameter: None,
        },
    })
}

fn employment_condition(language: Language, kind: AgreementKind, employed: bool) -> Option<Condition> {
    match kind {
        AgreementKind::Oao => None,
        AgreementKind::Odow => Some(Condition {
            text: Message::said(tr!(language, "odo-condition-odow-employed", employed = yes_no(employed))),
            met: employed,
            parameter: None,
        }),
        AgreementKind::Odos | AgreementKind::Odo => Some(Condition {
            text: Message::said(tr!(language, "odo-condition-not-employed", employed = yes_no(employed))),
            met: !employed,
            parameter: None,
        }),
    }
}

#[derive(Default)]
struct Allowance {
    monthly: Option<Cents>,
    yearly: Option<Cents>,
    not_computed: Option<String>,
    lines: Vec<DualLine>,
    brackets: Vec<Bracket>,
}

fn not_published(language: Language, missing: Option<&MissingFigure>) -> String {
    match missing {
        Some(m) => tr!(
            language,
            "dual-not-computed-missing",
            label = m.label.clone(),
            period = m.period.clone(),
            reason = m.reason.clone()
        ),
        None => tr!(language, "dual-not-computed-amount-missing"),
    }
}

/// The OAO bracket for the learner's schooling and training years, and why (the words
/// after "want": `je hebt de tweede graad … met succes beëindigd`), in a language.
pub fn oao_bracket(input: &DualInput, language: Language) -> (u8, String) {
    let years = input.training_years_completed;
    if input.school_level == SchoolLevel::ThirdGradeFirstYear {
        (3, tr!(language, "oao-bracket-reason-third-grade"))
    } else if years >= 2 {
        (3, tr!(language, "oao-bracket-reason-training-years", years = years.to_string()))
    } else if input.buso_ov3_completed {
        (3, tr!(language, "oao-bracket-reason-buso"))
    } else if input.school_level == SchoolLevel::SecondGrade {
        (2, tr!(language, "oao-bracket-reason-second-grade"))
    } else if years == 1 {
        (2, tr!(language, "oao-bracket-reason-first-training-year"))
    } else {
        (1, tr!(language, "oao-bracket-reason-first-year"))
    }
}

fn oao_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let language = ctx.figures.language;
    let (number, reason) = oao_bracket(ctx.input, language);
    let mut allowance = Allowance::default();
    for (index, id) in BRACKET_IDS.iter().enumerate() {
        let parameter = t.figure(&ctx.figures, *id);
        allowance.brackets.push(Bracket {
            number: index as u8 + 1,
            conditions: language.catalog().format(BRACKET_CONDITIONS[index], None),
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
                tr!(
                    language,
                    "oao-line-bracket",
                    bracket = i64::from(number),
                    reason = reason,
                    amount = language.money(monthly)
                ),
                Some(monthly),
                Some(parameter.clone()),
            ));
            allowance.lines.push(DualLine::new(
                tr!(
                    language,
                    "dual-line-per-school-year",
                    months = months(language, ctx.input.months),
                    amount = language.money(monthly)
                ),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            let missing = t.ledger.missing.iter().find(|m| m.id == BRACKET_IDS[usize::from(number - 1)].as_str());
            allowance.not_computed = Some(not_published(language, missing));
            allowance.lines.push(DualLine::new(
                tr!(language, "oao-line-bracket-not-computed", bracket = i64::from(number), reason = reason),
                None,
                None,
            ));
        }
    }
    allowance
}

fn odos_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = ParamId::DualOdosMonthlyAllowance;
    let language = ctx.figures.language;
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let monthly = parameter.hundredths().as_cents();
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                tr!(language, "odo-line-odos-monthly", amount = language.money(monthly)),
                Some(monthly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                tr!(
                    language,
                    "dual-line-per-school-year",
                    months = months(language, ctx.input.months),
                    amount = language.money(monthly)
                ),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            allowance.not_computed =
                Some(not_published(language, t.ledger.missing.iter().find(|m| m.id == id.as_str())))
        }
    }
    allowance
}

fn odo_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = ParamId::DualOdoHourlyAllowance;
    let input = ctx.input;
    let language = ctx.figures.language;
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let rate = parameter.hundredths().as_cents();
            let hours_in_year = input.hours_per_week.times(input.weeks);
            let yearly = hours_in_year.paid_at(rate);
            let monthly = Cents(divide_rounded(yearly.0, input.months));
            allowance.lines.push(DualLine::new(
                tr!(
                    language,
                    "odo-line-hourly",
                    rate = language.money(rate),
                    hours = input.hours_per_week.display(language),
                    weeks = input.weeks,
                    total = hours_in_year.display(language)
                ),
                Some(yearly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                tr!(
                    language,
                    "odo-line-monthly-average",
                    amount = language.money(yearly),
                    months = months(language, input.months)
                ),
                Some(monthly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            allowance.not_computed =
                Some(not_published(language, t.ledger.missing.iter().find(|m| m.id == id.as_str())))
        }
    }
    allowance
}

fn odow_allowance(ctx: &Ctx<'_, '_>) -> Allowance {
    let language = ctx.figures.language;
    let mut allowance = Allowance::default();
    match ctx.input.wage_monthly_cents {
        Some(wage) => {
            let monthly = Cents(wage);
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                tr!(language, "odo-line-odow-wage", amount = language.money(monthly)),
                Some(monthly),
                None,
            ));
            allowance.lines.push(DualLine::new(
                tr!(
                    language,
                    "odo-line-odow-per-school-year",
                    months = months(language, ctx.input.months),
                    amount = language.money(monthly)
                ),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(tr!(language, "odo-not-computed-wage")),
    }
    allowance
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oao_bracket_says_why_in_the_language_asked() {
        let input = DualInput { training_years_completed: 2, ..DualInput::default() };
        assert_eq!(
            oao_bracket(&input, Language::Dutch),
            (
                3,
                "je hebt 2 opleidingsjaren van een alternerende opleiding met succes beëindigd (twee of meer)"
                    .to_owned()
            )
        );
        assert_eq!(
            oao_bracket(&input, Language::English),
            (3, "you have successfully completed 2 training years of an alternating training (two or more)".to_owned())
        );
        let second = DualInput { school_level: SchoolLevel::SecondGrade, ..DualInput::default() };
        assert_eq!(
            oao_bracket(&second, Language::French),
            (2, "vous avez terminé avec succès le deuxième degré de l’enseignement secondaire".to_owned())
        );
    }

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
        assert!(!odo.open && odo.not_computed.as_deref().is_some_and(|n| n.starts_with("Niet berekend: ")));
    }

    #[test]
    fn counted_hours_and_months_follow_the_language() {
        assert_eq!(hours(Language::Dutch, 1152), "1.152 uur");
        assert_eq!(hours(Language::English, 1152), "1,152 hours");
        assert_eq!(months(Language::Dutch, 1), "1 maand");
        assert_eq!(months(Language::English, 1), "1 month");
        assert_eq!(months(Language::French, 12), "12 mois");
        assert_eq!(list_separator(Language::French), "\u{a0}; ");
        assert_eq!(list_separator(Language::Dutch), "; ");
    }
}
