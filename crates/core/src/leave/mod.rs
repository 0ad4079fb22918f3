//! Study load against leave: how many hours studying really takes, and how much of it
//! Flemish training leave (Vlaams opleidingsverlof, VOV), federal time credit with the
//! training motive (tijdskrediet, cao nr. 103) with the Flemish encouragement premium
//! (Vlaams opleidingskrediet, VOK), or — in the Flemish public sector — Vlaams
//! zorgkrediet cover (SERV "Een leven lang student" §3.1.2 and the official pages each parameter cites).
//!
//! Rules and how we read them:
//! - study load: every study point of every enrolment is 25 to 30 hours of work, shown
//!   as a range, and per week over the weeks the person studies (default: the 52 weeks
//!   of the academic year, 1 September to 31 August; the person can enter fewer);
//! - VOV, per school year (= academic year): 4 hours per study point on diploma and
//!   credit contracts (6 for a graduaat until 2021-2022), none for exam contracts, the
//!   planned lesson periods for adult education; at most 125 hours × the employment
//!   fraction; only for private-sector workers with the year's minimum employment
//!   (50 %, from 2025-2026 80 % and 28 hours a week) and trainings of at least 3 study
//!   points or 32 lesson periods;
//! - time credit with the training motive frees the reduced working hours every week;
//!   it needs a training of 27 study points or 360 hours a year (300 for basic
//!   education or a secondary diploma) and 2 years with the employer; its federal
//!   allowance is not in our sources, so the person enters their own amount;
//! - VOK adds a monthly premium by form and prior employment, plus a supplement for
//!   people living alone; highly educated workers need a personal development plan;
//! - Vlaams zorgkrediet (Flemish public sector): only its training condition is known.
//!
//! Every figure comes from `params/leave/`; a figure not published for the year makes
//! the part that needs it *not computed*, never estimated.

mod answer;
mod breaks;
mod coverage;
mod hours;
mod referral;
mod vok;
mod vov;

pub use answer::{Answer, Answers, Verdict};
pub use hours::{translate_serde_error, Hours, HoursRange};
pub use referral::{Referral, Service, ServicePointer, ServiceSource, SERVICES};

use crate::explain::{Condition, Figures, FiguresStatus, Ledger, MissingFigure, ParamUse};
use crate::i18n::Language;
use crate::message::{Arg, Message, MessageId};
use crate::money::Cents;
use crate::msg;
use crate::params::{ParamId, Unit};
use crate::render::Words;
use crate::scenario::{Contract, FieldError, Scenario};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// Full-time employment, the default.
pub const DEFAULT_EMPLOYMENT_PERCENT: i64 = 100;
pub const EMPLOYMENT_PERCENT_RANGE: RangeInclusive<i64> = 1..=100;
/// The default working week of the form (the person enters their own contract hours).
pub const DEFAULT_WEEKLY_HOURS: Hours = Hours::whole(38);
/// Highest weekly hours accepted (a typing-error guard, not a legal limit).
pub const MAX_WEEKLY_HOURS: Hours = Hours::whole(60);
/// The academic year runs from 1 September to 31 August: 52 weeks. The default number of
/// weeks over which the study load and the leave are spread; the person can enter fewer
/// (for instance only the weeks with classes and exams of their institution's calendar).
pub const ACADEMIC_YEAR_WEEKS: i64 = 52;
pub const WEEKS_RANGE: RangeInclusive<i64> = 1..=ACADEMIC_YEAR_WEEKS;
pub const MAX_SENIORITY_MONTHS: i64 = 600;
/// € 100.000,00 a month: a typing-error guard.
pub const MAX_MONTHLY_WAGE_CENTS: i64 = 10_000_000;
/// € 10.000,00 a month: a typing-error guard.
pub const MAX_ALLOWANCE_CENTS: i64 = 1_000_000;
/// 1.000 hours: far above any year's VOV maximum; the year's own maximum is checked in the outcome.
pub const MAX_PLANNED_VOV: Hours = Hours::whole(1_000);
pub const LESSON_PERIODS_RANGE: RangeInclusive<i64> = 1..=2_000;

/// Where the person works: it decides which schemes exist for them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Privésector, including the private social-profit sector: VOV, time credit and VOK.
    #[default]
    Private,
    /// Vlaamse openbare sector, including teaching staff: Vlaams zorgkrediet.
    FlemishPublic,
    /// Another public employer: none of the schemes in our sources.
    OtherPublic,
}

/// Where the person works, which decides whose rules apply: VOV and the VOK premium are
/// Flemish (an establishment in the Flemish Region), time credit is federal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkRegion {
    /// In the Flemish Region: every scheme is computed. Links from before the question
    /// existed read as this.
    #[default]
    Flanders,
    /// In the Brussels-Capital Region.
    Brussels,
    /// In the Walloon Region.
    Wallonia,
    /// Not working (for instance a job seeker).
    NotWorking,
}

impl WorkRegion {
    pub fn is_flanders(&self) -> bool {
        *self == WorkRegion::Flanders
    }
}

/// The highest diploma the person already has (VOK treats the highly educated differently).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EducationLevel {
    /// Kortgeschoold of middengeschoold: no higher-education diploma.
    #[default]
    LowOrMiddle,
    /// Hooggeschoold: a higher-education diploma.
    High,
}

/// How much of the working time the person interrupts (time credit or zorgkrediet).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interruption {
    /// No time credit or zorgkrediet.
    #[default]
    None,
    /// Working time reduced by one fifth of a full-time job.
    OneFifth,
    /// Working half of a full-time job.
    HalfTime,
    /// Not working at all.
    FullTime,
}

/// The work situation and leave choices of the person. Every field has a default, so
/// `"leave": {}` is a full-time private-sector worker without time credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaveInput {
    #[serde(default)]
    pub sector: Sector,
    /// Absent (links from before the question): the Flemish Region.
    #[serde(default, skip_serializing_if = "WorkRegion::is_flanders")]
    pub work_region: WorkRegion,
    /// Tewerkstellingspercentage: 100 is full time.
    #[serde(default = "default_employment_percent")]
    pub employment_percent: i64,
    /// Contract hours per week.
    #[serde(default = "default_weekly_hours")]
    pub weekly_hours: Hours,
    /// The weeks over which the study load is spread.
    #[serde(default = "default_weeks")]
    pub weeks: i64,
    #[serde(default)]
    pub education_level: EducationLevel,
    /// A persoonlijk ontwikkelingsplan (POP) from career guidance that includes this training.
    #[serde(default, skip_serializing_if = "is_false")]
    pub development_plan: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub living_alone: bool,
    /// Months with the current employer; absent: not checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority_months: Option<i64>,
    /// Gross monthly wage; absent: the money comparison leaves the wage out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_gross_wage_cents: Option<i64>,
    #[serde(default)]
    pub interruption: Interruption,
    /// The person's own federal time-credit (or zorgkrediet) allowance per month; not in our sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interruption_allowance_cents: Option<i64>,
    /// VOV hours the person plans to take; absent: the maximum they are entitled to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vov_hours_planned: Option<Hours>,
    /// The initial-programme enrolments are a graduaat (HBO5): 6 VOV hours per point until 2021-2022.
    #[serde(default, skip_serializing_if = "is_false")]
    pub graduaat: bool,
    /// Planned lesson periods of an adult-education course (CVO) next to the enrolments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adult_education_lesson_periods: Option<i64>,
    /// That course is basic education or leads to a secondary-school diploma.
    #[serde(default, skip_serializing_if = "is_false")]
    pub adult_education_basic_or_secondary: bool,
}

fn default_employment_percent() -> i64 {
    DEFAULT_EMPLOYMENT_PERCENT
}

fn default_weekly_hours() -> Hours {
    DEFAULT_WEEKLY_HOURS
}

fn default_weeks() -> i64 {
    ACADEMIC_YEAR_WEEKS
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Default for LeaveInput {
    fn default() -> Self {
        LeaveInput {
            sector: Sector::default(),
            work_region: WorkRegion::default(),
            employment_percent: DEFAULT_EMPLOYMENT_PERCENT,
            weekly_hours: DEFAULT_WEEKLY_HOURS,
            weeks: ACADEMIC_YEAR_WEEKS,
            education_level: EducationLevel::default(),
            development_plan: false,
            living_alone: false,
            seniority_months: None,
            monthly_gross_wage_cents: None,
            interruption: Interruption::None,
            interruption_allowance_cents: None,
            vov_hours_planned: None,
            graduaat: false,
            adult_education_lesson_periods: None,
            adult_education_basic_or_secondary: false,
        }
    }
}

impl LeaveInput {
    /// Adds a problem per invalid field; paths start with `leave.`. Checks that need the
    /// year's figures (more VOV planned than the year allows) are reported in the
    /// outcome's `problems` instead.
    pub fn validate(&self, language: Language, problems: &mut Vec<FieldError>) {
        // The scenario's problems are words (a shared `FieldError`): each is worded here, at the edge.
        let mut problem = |field: &str, message: Message| {
            problems.push(FieldError { field: format!("leave.{field}"), message: message.words(language) })
        };
        // Values the person entered are echoed as written in the JSON, without separators.
        let raw = Arg::Integer;
        if !EMPLOYMENT_PERCENT_RANGE.contains(&self.employment_percent) {
            problem(
                "employment_percent",
                msg!(
                    LeaveErrorEmploymentPercent,
                    value = raw(self.employment_percent),
                    min = raw(*EMPLOYMENT_PERCENT_RANGE.start()),
                    max = raw(*EMPLOYMENT_PERCENT_RANGE.end())
                ),
            );
        }
        if self.weekly_hours <= Hours::ZERO || self.weekly_hours > MAX_WEEKLY_HOURS {
            problem(
                "weekly_hours",
                msg!(LeaveErrorWeeklyHours, hours = self.weekly_hours, max = Arg::Decimal(MAX_WEEKLY_HOURS.0)),
            );
        }
        if !WEEKS_RANGE.contains(&self.weeks) {
            problem(
                "weeks",
                msg!(
                    LeaveErrorWeeks,
                    weeks = raw(self.weeks),
                    min = raw(*WEEKS_RANGE.start()),
                    max = raw(*WEEKS_RANGE.end()),
                    year_weeks = raw(ACADEMIC_YEAR_WEEKS)
                ),
            );
        }
        if let Some(months) = self.seniority_months {
            if !(0..=MAX_SENIORITY_MONTHS).contains(&months) {
                problem(
                    "seniority_months",
                    msg!(LeaveErrorSeniority, months = raw(months), max = raw(MAX_SENIORITY_MONTHS)),
                );
            }
        }
        if let Some(wage) = self.monthly_gross_wage_cents {
            if !(0..=MAX_MONTHLY_WAGE_CENTS).contains(&wage) {
                problem(
                    "monthly_gross_wage_cents",
                    msg!(
                        LeaveErrorWage,
                        wage = raw(wage),
                        max = raw(MAX_MONTHLY_WAGE_CENTS),
                        max_amount = Cents(MAX_MONTHLY_WAGE_CENTS)
                    ),
                );
            }
        }
        if let Some(allowance) = self.interruption_allowance_cents {
            if !(0..=MAX_ALLOWANCE_CENTS).contains(&allowance) {
                problem(
                    "interruption_allowance_cents",
                    msg!(
                        LeaveErrorAllowance,
                        allowance = raw(allowance),
                        max = raw(MAX_ALLOWANCE_CENTS),
                        max_amount = Cents(MAX_ALLOWANCE_CENTS)
                    ),
                );
            } else if self.interruption == Interruption::None {
                problem("interruption_allowance_cents", msg!(LeaveErrorAllowanceWithoutInterruption));
            }
        }
        if let Some(planned) = self.vov_hours_planned {
            if planned < Hours::ZERO || planned > MAX_PLANNED_VOV {
                problem(
                    "vov_hours_planned",
                    msg!(VovErrorPlannedRange, planned = planned, max = Arg::Decimal(MAX_PLANNED_VOV.0)),
                );
            } else if self.sector != Sector::Private && planned > Hours::ZERO {
                problem("vov_hours_planned", msg!(VovErrorNotPrivate));
            }
        }
        if let Some(periods) = self.adult_education_lesson_periods {
            if !LESSON_PERIODS_RANGE.contains(&periods) {
                problem(
                    "adult_education_lesson_periods",
                    msg!(
                        LeaveErrorLessonPeriods,
                        periods = raw(periods),
                        min = raw(*LESSON_PERIODS_RANGE.start()),
                        max = raw(*LESSON_PERIODS_RANGE.end())
                    ),
                );
            }
        }
    }
}

// ------------------------------------------------------------------------------------
// The outcome
// ------------------------------------------------------------------------------------

/// One explained step: the rule and arithmetic, its result, and the figure used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub text: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

/// Which scheme a statement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Vlaams opleidingsverlof.
    Vov,
    /// Tijdskrediet met motief opleiding.
    TimeCredit,
    /// Aanmoedigingspremie Vlaams opleidingskrediet.
    Vok,
    /// Vlaams zorgkrediet.
    CareCredit,
}

impl Scheme {
    /// The scheme's name inside a sentence: `Vlaams opleidingsverlof (VOV)`, and in French
    /// and English the translation with the Dutch legal name:
    /// `Flemish training leave (Vlaams opleidingsverlof, VOV)`.
    pub fn name(self) -> MessageId {
        match self {
            Scheme::Vov => MessageId::LeaveSchemeVov,
            Scheme::TimeCredit => MessageId::LeaveSchemeTimeCredit,
            Scheme::Vok => MessageId::LeaveSchemeVok,
            Scheme::CareCredit => MessageId::LeaveSchemeCareCredit,
        }
    }
}

/// A threshold the person misses, and by how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    pub scheme: Scheme,
    /// "Met 3 studiepunten meer kom je in aanmerking voor tijdskrediet met motief opleiding."
    pub text: Message,
    /// How far below the threshold, in hundredths of the parameter's unit.
    pub short_by: i64,
    pub unit: Unit,
    pub parameter: ParamUse,
}

/// Study load: what the study points take, in hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StudyLoad {
    /// Study points of all enrolments together.
    pub credits: i64,
    /// The weeks the load is spread over.
    pub weeks: i64,
    /// `None` when a figure is not published.
    pub per_week_hours: Option<HoursRange>,
    pub lines: Vec<Line>,
}

/// Vlaams opleidingsverlof for the school year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VovOutcome {
    /// Whether the scheme exists for the person's sector (private sector only).
    pub applies: bool,
    /// `None` when a figure the eligibility needs is not published for the year.
    pub eligible: Option<bool>,
    /// The hours counted in the verdict: the planned hours, at most the entitlement; 0 when not eligible.
    pub hours: Option<Hours>,
    /// The most the person can take this year: the training's hours, at most the personal maximum.
    pub entitlement_hours: Option<Hours>,
    /// 125 hours × the employment fraction.
    pub personal_max_hours: Option<Hours>,
    /// The hours the trainings give before the personal maximum.
    pub training_hours: Option<Hours>,
    /// What the employer gets back for the hours (employer view).
    pub employer_refund_cents: Option<Cents>,
    pub text: Message,
    pub conditions: Vec<Condition>,
    pub lines: Vec<Line>,
    pub notes: Vec<Message>,
}

/// Time credit with the training motive, or Vlaams zorgkrediet: an interruption of work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreakOutcome {
    /// Whether the scheme exists for the person's sector.
    pub applies: bool,
    pub interruption: Interruption,
    /// Whether the training and the person meet the conditions we can check
    /// (for any form: also when no interruption is chosen). `None`: a figure is missing.
    pub eligible: Option<bool>,
    /// Working hours freed each week by the chosen form; 0 when none is chosen or not eligible.
    pub hours_per_week: Option<Hours>,
    /// Freed hours over the weeks of study.
    pub hours: Option<Hours>,
    pub text: Message,
    pub conditions: Vec<Condition>,
    /// Conditions we cannot check and that the person must verify.
    pub to_verify: Vec<Message>,
    pub lines: Vec<Line>,
    pub notes: Vec<Message>,
}

/// The VOK premium per month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VokOutcome {
    /// Private sector only.
    pub applies: bool,
    pub eligible: Option<bool>,
    /// Gross per month including the supplement for people living alone; 0 when not eligible,
    /// `None` when not computed.
    pub monthly_gross_cents: Option<Cents>,
    pub monthly_net_cents: Option<Cents>,
    pub text: Message,
    pub conditions: Vec<Condition>,
    pub lines: Vec<VokLine>,
    pub notes: Vec<Message>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VokLine {
    pub text: Message,
    pub gross_cents: Cents,
    pub net_cents: Cents,
    pub gross: ParamUse,
    pub net: ParamUse,
}

/// What the interruption earns and costs per month, gross.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyOutcome {
    pub vok_gross_cents: Option<Cents>,
    /// The allowance the person entered (time credit: RVA; zorgkrediet); `None` when not entered.
    pub allowance_cents: Option<Cents>,
    /// The gross wage not received for the hours not worked; `None` without a wage.
    pub wage_reduction_gross_cents: Option<Cents>,
    /// VOK + allowance − wage reduction; `None` when a part is unknown.
    pub balance_gross_cents: Option<Cents>,
    /// The RVA's published allowance for this form, for the person to take over or replace
    /// (full-time and half-time time credit only); never counted unless entered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowance_reference: Option<AllowanceReference>,
    pub text: Message,
    pub lines: Vec<Line>,
}

/// The RVA's allowance for a form of time credit, from its latest scale read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AllowanceReference {
    /// For a request made now: without the seniority supplement (abolished from 1 February 2023).
    pub new_request: ParamUse,
    /// With at least 5 years' seniority, for requests made before 1 February 2023.
    pub with_seniority: ParamUse,
}

/// Which combination a coverage row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageKind {
    Vov,
    TimeCredit,
    CareCredit,
    /// Everything the person chose together.
    Combined,
}

/// Whole percentages, rounded down: `min` of the high load estimate, `max` of the low one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PercentRange {
    pub min: i64,
    pub max: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRow {
    pub kind: CoverageKind,
    pub label: Message,
    /// `None` when a part is not computed.
    pub covered_hours: Option<Hours>,
    pub share_percent: Option<PercentRange>,
    /// The study load left after the covered hours (never below 0).
    pub left_hours: Option<HoursRange>,
    pub left_per_week_hours: Option<HoursRange>,
    pub text: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// The person's own plan first, then each scheme alone.
    pub rows: Vec<CoverageRow>,
    /// The verdict in one sentence.
    pub summary: Message,
}

/// The leave part of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeaveOutcome {
    pub figures_status: FiguresStatus,
    /// The earlier years whose figures stand in for this year's unpublished ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    /// The study load: 25 to 30 hours per study point (`None` when not published).
    pub study_load_hours: Option<HoursRange>,
    pub study_load: StudyLoad,
    pub vov: VovOutcome,
    pub time_credit: BreakOutcome,
    pub vok: VokOutcome,
    pub care_credit: BreakOutcome,
    pub money_per_month: MoneyOutcome,
    pub coverage: Coverage,
    /// Thresholds missed, and by how much.
    pub shortfalls: Vec<Shortfall>,
    /// Inputs that do not fit the year's rules (e.g. more VOV planned than allowed), tied to their field.
    pub problems: Vec<Problem>,
    /// Each scheme's answer: yes, no or maybe, with one reason and one next step.
    pub answers: Answers,
    /// Outside the Flemish Region or without work: why the Flemish schemes are not
    /// computed, and where to go instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referral: Option<Referral>,
    /// Figures needed but not published for this year.
    pub missing: Vec<MissingFigure>,
    pub notes: Vec<Message>,
}

/// An input that does not fit the year's rules, tied to its field (`leave.vov_hours_planned`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub field: String,
    pub message: Message,
}

// ------------------------------------------------------------------------------------
// The calculation
// ------------------------------------------------------------------------------------

/// Looks figures up and remembers what was used and what was missing.
pub(crate) struct Ctx<'p> {
    pub figures: Figures<'p>,
    pub ledger: Ledger,
}

impl<'p> Ctx<'p> {
    pub(crate) fn new(figures: Figures<'p>) -> Self {
        Ctx { figures, ledger: Ledger::default() }
    }

    /// A figure needed for a result: recorded as used, or as missing.
    pub fn figure(&mut self, id: ParamId) -> Option<ParamUse> {
        self.ledger.record(self.figures.get(id))
    }

    /// A figure looked at for information only: neither recorded nor required.
    pub fn peek(&self, id: ParamId) -> Result<ParamUse, MissingFigure> {
        self.figures.get(id)
    }
}

/// The study points of the plan, as the schemes count them.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Plan {
    /// Every study point (the load).
    pub all_credits: i64,
    /// Study points on diploma and credit contracts (classes and exams): what the training-size
    /// conditions of time credit and zorgkrediet count.
    pub taught_credits: i64,
    /// Whether any diploma contract is in the plan (the training leads to a diploma).
    pub has_diploma: bool,
    /// Adult-education lesson periods, 0 when none.
    pub lesson_periods: i64,
    /// That course is basic education or leads to a secondary-school diploma.
    pub basic_or_secondary: bool,
}

impl Plan {
    pub(crate) fn of(scenario: &Scenario, input: &LeaveInput) -> Plan {
        // The modules of the section Secundair diploma, when there are any, are the
        // course's planned lesson periods; else the number the leave section was given.
        let modules = scenario.adult_education.as_ref();
        let all_credits = scenario.enrolments.iter().map(|e| e.credits).sum();
        let taught_credits =
            scenario.enrolments.iter().filter(|e| e.contract != Contract::Exam).map(|e| e.credits).sum();
        Plan {
            all_credits,
            taught_credits,
            has_diploma: scenario.enrolments.iter().any(|e| e.contract == Contract::Diploma),
            lesson_periods: modules
                .and_then(|m| m.planned_lesson_periods())
                .unwrap_or_else(|| input.adult_education_lesson_periods.unwrap_or(0))
                .max(0),
            basic_or_secondary: input.adult_education_basic_or_secondary
                || modules.is_some_and(|m| m.basic_or_secondary()),
        }
    }
}

/// Every condition known and met: true; one known to fail: false (whatever the others);
/// otherwise unknown (a figure is not published).
pub(crate) fn all_met(conditions: &[Option<bool>]) -> Option<bool> {
    if conditions.contains(&Some(false)) {
        Some(false)
    } else if conditions.iter().all(Option::is_some) {
        Some(true)
    } else {
        None
    }
}

/// Computes the leave outcome for a validated scenario.
pub fn compute(scenario: &Scenario, input: &LeaveInput, figures: Figures<'_>) -> LeaveOutcome {
    let mut ctx = Ctx::new(figures);
    let plan = Plan::of(scenario, input);
    let mut shortfalls = Vec::new();
    let mut problems = Vec::new();

    let (study_load_hours, study_load) = study_load(&mut ctx, input, plan);
    let region = input.work_region;
    // VOV and VOK are Flemish; without work, no scheme for workers applies.
    let vov = match region {
        WorkRegion::Flanders => vov::compute(&mut ctx, scenario, input, plan, &mut shortfalls, &mut problems),
        WorkRegion::NotWorking => vov::not_applicable(msg!(LeaveNotWorkingScheme, scheme = Scheme::Vov.name())),
        WorkRegion::Brussels | WorkRegion::Wallonia => vov::not_applicable(msg!(VovNotFlemishRegion)),
    };
    let (time_credit, care_credit) = if region == WorkRegion::NotWorking {
        (
            breaks::not_applicable(input, msg!(LeaveNotWorkingScheme, scheme = Scheme::TimeCredit.name())),
            breaks::not_applicable(input, msg!(LeaveNotWorkingScheme, scheme = Scheme::CareCredit.name())),
        )
    } else {
        (
            breaks::time_credit(&mut ctx, input, plan, &mut shortfalls),
            breaks::care_credit(&mut ctx, input, plan, &mut shortfalls),
        )
    };
    let vok = match region {
        WorkRegion::Flanders => vok::compute(&mut ctx, input, plan, &time_credit, &mut shortfalls),
        WorkRegion::NotWorking => {
            vok::not_applicable(msg!(LeaveNotWorkingScheme, scheme = Scheme::Vok.name()), false, Vec::new())
        }
        WorkRegion::Brussels | WorkRegion::Wallonia => {
            vok::not_applicable(msg!(VokNotFlemishRegion), false, Vec::new())
        }
    };
    let answers = answer::compute(input, &vov, &time_credit, &vok, &care_credit, &shortfalls);
    let referral = referral::referral(region, input.sector);
    let money_per_month = vok::money(figures, input, &time_credit, &care_credit, &vok);
    let coverage = coverage::compute(input, study_load_hours, &vov, &time_credit, &care_credit);

    let mut notes = vec![msg!(LeaveNoteStudyLoad)];
    if input.sector == Sector::OtherPublic {
        notes.push(msg!(LeaveNoteOtherPublic));
    }

    let figures_status = FiguresStatus::of(ctx.ledger.used.iter(), !ctx.ledger.missing.is_empty());
    LeaveOutcome {
        figures_status,
        estimated_from: crate::explain::estimated_from(&ctx.ledger.used),
        study_load_hours,
        study_load,
        vov,
        time_credit,
        vok,
        care_credit,
        money_per_month,
        coverage,
        shortfalls,
        problems,
        answers,
        referral,
        missing: ctx.ledger.missing,
        notes,
    }
}

/// 25 to 30 hours per study point, for every enrolment, plus the adult-education lesson periods.
fn study_load(ctx: &mut Ctx<'_>, input: &LeaveInput, plan: Plan) -> (Option<HoursRange>, StudyLoad) {
    let mut lines = Vec::new();
    let credits = plan.all_credits;
    let mut bound = |ctx: &mut Ctx<'_>, id: ParamId, high: bool| {
        ctx.figure(id).map(|parameter| {
            let hours = Hours::of(parameter.hundredths()).times(credits);
            let text = Message::new(if high { MessageId::LeaveStudyLoadHigh } else { MessageId::LeaveStudyLoadLow })
                .with("credits", points(credits))
                .with("per_credit", parameter.figure())
                .with("hours", hours);
            lines.push(Line { text, hours: Some(hours), amount_cents: None, parameter: Some(parameter) });
            hours
        })
    };
    let low = bound(ctx, ParamId::LeaveStudyLoadMinHoursPerCredit, false);
    let high = bound(ctx, ParamId::LeaveStudyLoadMaxHoursPerCredit, true);
    let lessons = Hours::whole(plan.lesson_periods);
    if plan.lesson_periods > 0 {
        lines.push(Line {
            text: msg!(LeaveStudyLoadLessons, periods = Arg::Count(plan.lesson_periods), hours = lessons),
            hours: Some(lessons),
            amount_cents: None,
            parameter: None,
        });
    }
    let range = low.zip(high).map(|(min, max)| HoursRange { min: min + lessons, max: max + lessons });
    let weeks = input.weeks.max(1);
    let per_week = range.map(|r| HoursRange { min: r.min.scale(1, weeks), max: r.max.scale(1, weeks) });
    if let (Some(range), Some(per_week)) = (range, per_week) {
        let id = if weeks == ACADEMIC_YEAR_WEEKS {
            MessageId::LeaveStudyLoadPerWeekYear
        } else {
            MessageId::LeaveStudyLoadPerWeek
        };
        lines.push(Line {
            text: Message::new(id)
                .with("load", range)
                .with("weeks", counted(MessageId::CountWeeks, weeks))
                .with("per_week", per_week),
            hours: None,
            amount_cents: None,
            parameter: None,
        });
    }
    (range, StudyLoad { credits, weeks, per_week_hours: per_week, lines })
}

/// `3 maanden`, `1.500 lestijden`: a counted unit, its number grouped per language.
pub(crate) fn counted(unit: MessageId, count: i64) -> Arg {
    Arg::Counted { unit, count }
}

/// `1 studiepunt`, `30 crédits`, `1.200 credits`.
pub(crate) fn points(credits: i64) -> Arg {
    counted(MessageId::CountCredits, credits)
}

/// The conditions not met, as a list inside a sentence: `a; b`.
pub(crate) fn failed(conditions: &[Condition]) -> Arg {
    Arg::List {
        items: conditions.iter().filter(|c| !c.met).map(|c| c.text.clone()).collect(),
        separator: MessageId::LeaveListSeparator,
    }
}

/// `yes` or `no`, for a message that selects on it.
pub(crate) fn yes_no(value: bool) -> Arg {
    Arg::Key(if value { "yes" } else { "no" })
}
