//! A secondary-school diploma through adult education (secundair volwassenenonderwijs,
//! formerly tweedekansonderwijs): the enrolment fee a centre for adult education (CVO)
//! charges for the modules, the premium that pays it back for a first diploma, the net
//! cost, the lesson periods as hours a week and as Flemish training leave (VOV).
//!
//! Rules and how we read them (each figure in `params/adult_education/`):
//! - the fee is the module's lesson periods × the rate of its study area and the learner's
//!   category; a module exempted for prior learning (EVC, vrijstelling) counts for nothing;
//! - general education (AV), supplementary general education (AAV), basic education and
//!   literacy are free for a learner without a secondary-school diploma;
//! - from 2025-2026 shortage-occupation programmes and leisure study areas have rates of
//!   their own (a rate file without a figure for the year: the ordinary rate applies);
//!   a leisure rate has no reduction and no cap;
//! - the fee is capped per semester (modular programme) or per school year (linear), per
//!   programme: all modules of a scenario are read as one programme. From 2025-2026 the
//!   cap is not published: the fee is then computed without it, said to be an upper
//!   bound, and the cap reported missing — the earlier cap is never applied;
//! - the premium refunds the fee paid for the passed modules of the diploma programme
//!   (vocational, AAV, AV, shortage), for a first secondary-school diploma, at most per
//!   semester (modular) and per school year; course materials and the part paid with
//!   training vouchers are not refunded;
//! - VOV: the planned lesson periods of the modules of at least 32 lesson periods, one
//!   hour each, within 125 hours × the employment share (the leave section's, else full time).
//!
//! Everything here is typed data: amounts in cents, parameter references, enums. The
//! words are in [`crate::render::adult_education`].

use crate::explain::FiguresStatus;
use crate::params::{Lookup, ParamId, Params, Period, Status, Unit};
use crate::scenario::Scenario;
use crate::year::AcademicYear;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// Lesson periods of one module: a typing-error guard, not a legal limit.
pub const LESSON_PERIODS_RANGE: RangeInclusive<i64> = 1..=2_000;
/// At most this many modules in one scenario.
pub const MAX_MODULES: usize = 40;
/// € 100.000,00: a typing-error guard for the course materials and the training vouchers.
pub const MAX_AMOUNT_CENTS: i64 = 10_000_000;
/// The school year's weeks, over which the lesson periods are spread by default.
pub const SCHOOL_YEAR_WEEKS: i64 = 52;

const RATE_STANDARD: ParamId = ParamId::AdultEducationRateStandard;
const RATE_NT2: ParamId = ParamId::AdultEducationRateNt2;
const RATE_PARTIAL: ParamId = ParamId::AdultEducationRatePartialExemption;
const RATE_FULL: ParamId = ParamId::AdultEducationRateFullExemption;
const RATE_FOURTH: ParamId = ParamId::AdultEducationRateFourthEnrolment;
const RATE_FOURTH_FULL: ParamId = ParamId::AdultEducationRateFourthEnrolmentFullExemption;
const RATE_SHORTAGE: ParamId = ParamId::AdultEducationRateShortage;
const RATE_SHORTAGE_EXEMPT: ParamId = ParamId::AdultEducationRateShortageExemption;
const RATE_LEISURE: ParamId = ParamId::AdultEducationRateLeisure;
const FREE_WITHOUT_DIPLOMA: ParamId = ParamId::AdultEducationFreeGeneralEducationWithoutDiploma;
const CAP_SEMESTER: ParamId = ParamId::AdultEducationCapModularSemester;
const CAP_YEAR: ParamId = ParamId::AdultEducationCapLinearYear;
const PREMIUM_YEAR: ParamId = ParamId::AdultEducationPremiumMaxPerYear;
const PREMIUM_SEMESTER: ParamId = ParamId::AdultEducationPremiumMaxPerSemester;
const PREMIUM_APPLY: ParamId = ParamId::AdultEducationPremiumApplicationMonths;
const PREMIUM_PAYMENT: ParamId = ParamId::AdultEducationPremiumPaymentMonths;
const VOV_PER_LESSON: ParamId = ParamId::AdultEducationVovHoursPerLessonPeriod;
const VOV_MAX_FULL_TIME: ParamId = ParamId::LeaveVovMaxHoursFullTime;
const VOV_MIN_LESSONS: ParamId = ParamId::LeaveVovMinTrainingLessonPeriods;

// ------------------------------------------------------------------------------------
// The input
// ------------------------------------------------------------------------------------

/// Who pays what: the enrolment-fee category of the learner.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeCategory {
    #[default]
    Standard,
    /// Gedeeltelijke vrijstelling: among others unemployment benefit, a disability.
    PartialExemption,
    /// Volledige vrijstelling: among others leefloon, material aid, job seekers in their
    /// waiting period or a recognised path to work, inburgeraars, detainees.
    FullExemption,
}

/// How the centre organises the programme, which decides the cap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Organisation {
    /// Module by module: the cap is per semester.
    #[default]
    Modular,
    /// A whole year at once: the cap is per school year.
    Linear,
}

/// The study area of a module, which decides its rate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// A diploma-oriented vocational programme (diplomagerichte opleiding).
    #[default]
    Vocational,
    /// Aanvullende algemene vorming, taken with a vocational programme for the diploma.
    Aav,
    /// Algemene vorming at ASO level: a diploma on its own.
    Av,
    /// Nederlands als tweede taal.
    Nt2,
    /// Basic education (basiseducatie).
    Basic,
    /// Literacy modules (geletterdheid: Dutch, learning to learn).
    Literacy,
    /// A programme for a structural shortage occupation (knelpuntberoep), from 2025-2026.
    Shortage,
    /// A leisure study area (languages, photography, cooking, fashion…), from 2025-2026.
    Leisure,
}

impl Area {
    pub const ALL: [Area; 8] =
        [Area::Vocational, Area::Aav, Area::Av, Area::Nt2, Area::Basic, Area::Literacy, Area::Shortage, Area::Leisure];

    /// Free without a secondary-school diploma.
    pub fn is_general_or_basic(self) -> bool {
        matches!(self, Area::Aav | Area::Av | Area::Basic | Area::Literacy)
    }

    /// Part of a programme that leads to a secondary-school diploma (what the premium refunds).
    pub fn leads_to_diploma(self) -> bool {
        matches!(self, Area::Vocational | Area::Aav | Area::Av | Area::Shortage)
    }
}

/// The semesters of a school year: 1 September to 31 December, 1 January to 31 August.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Semester {
    #[default]
    First,
    Second,
}

impl Semester {
    pub const ALL: [Semester; 2] = [Semester::First, Semester::Second];

    pub fn number(self) -> u8 {
        match self {
            Semester::First => 1,
            Semester::Second => 2,
        }
    }
}

/// Written `1` or `2`, as a school writes it.
impl Serialize for Semester {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for Semester {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match i64::deserialize(deserializer)? {
            1 => Ok(Semester::First),
            2 => Ok(Semester::Second),
            other => Err(serde::de::Error::invalid_value(serde::de::Unexpected::Signed(other), &"semester 1 or 2")),
        }
    }
}

/// One module as the learner plans it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    #[serde(default)]
    pub area: Area,
    pub lesson_periods: i64,
    #[serde(default)]
    pub semester: Semester,
    /// Passed (a deelcertificaat): what the premium refunds.
    #[serde(default)]
    pub passed: bool,
    /// Exempted for prior learning (EVC, vrijstelling): no lesson periods, no fee.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exempted: bool,
    /// The fourth (or later) enrolment in the same module within six years.
    #[serde(default, skip_serializing_if = "is_false")]
    pub fourth_enrolment: bool,
}

/// The adult-education route to a secondary-school diploma. Every field has a default,
/// so `"adult_education": {}` is a standard-rate learner without modules yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdultEducationInput {
    #[serde(default)]
    pub category: FeeCategory,
    /// Already holds a secondary-school diploma (then AV, AAV, basic education and literacy cost the fee).
    #[serde(default)]
    pub has_secondary_diploma: bool,
    /// The diploma this programme leads to would be the learner's first (the premium's condition).
    #[serde(default)]
    pub first_secondary_diploma: bool,
    #[serde(default)]
    pub organisation: Organisation,
    #[serde(default)]
    pub modules: Vec<Module>,
    /// Course materials the centre charges: a cost of its own, never refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_materials_cents: Option<i64>,
    /// The part of the fee paid with training vouchers (opleidingscheques): not refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_vouchers_cents: Option<i64>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// What is wrong with one field of the input (worded by the render layer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    TooManyModules { count: usize, maximum: usize },
    LessonPeriods { value: i64 },
    Amount { value: i64 },
}

impl AdultEducationInput {
    /// Every problem, with its path under `adult_education.`.
    pub fn problems(&self) -> Vec<(String, Problem)> {
        let mut problems = Vec::new();
        if self.modules.len() > MAX_MODULES {
            problems.push((
                "adult_education.modules".to_owned(),
                Problem::TooManyModules { count: self.modules.len(), maximum: MAX_MODULES },
            ));
        }
        for (index, module) in self.modules.iter().enumerate().take(MAX_MODULES) {
            if !LESSON_PERIODS_RANGE.contains(&module.lesson_periods) {
                problems.push((
                    format!("adult_education.modules[{index}].lesson_periods"),
                    Problem::LessonPeriods { value: module.lesson_periods },
                ));
            }
        }
        for (name, value) in [
            ("course_materials_cents", self.course_materials_cents),
            ("training_vouchers_cents", self.training_vouchers_cents),
        ] {
            if let Some(value) = value.filter(|v| !(0..=MAX_AMOUNT_CENTS).contains(v)) {
                problems.push((format!("adult_education.{name}"), Problem::Amount { value }));
            }
        }
        problems
    }
}

impl AdultEducationInput {
    /// The lesson periods of the modules followed (not those exempted for prior learning):
    /// what the leave schemes (VOV, time credit, zorgkrediet) count for this route.
    /// `None` without modules, so that the leave section's own number counts instead.
    pub fn planned_lesson_periods(&self) -> Option<i64> {
        if self.modules.is_empty() {
            return None;
        }
        Some(self.modules.iter().take(MAX_MODULES).filter(|m| !m.exempted).map(|m| m.lesson_periods.max(0)).sum())
    }

    /// The lesson periods of each module followed (not exempted); `None` without modules.
    pub fn followed_lesson_periods(&self) -> Option<Vec<i64>> {
        if self.modules.is_empty() {
            return None;
        }
        Some(self.modules.iter().take(MAX_MODULES).filter(|m| !m.exempted).map(|m| m.lesson_periods.max(0)).collect())
    }

    /// A module followed is basic education or part of a programme towards a
    /// secondary-school diploma: time credit then asks fewer hours a year.
    pub fn basic_or_secondary(&self) -> bool {
        self.modules
            .iter()
            .take(MAX_MODULES)
            .filter(|m| !m.exempted)
            .any(|m| m.area.leads_to_diploma() || matches!(m.area, Area::Basic | Area::Literacy))
    }
}

// ------------------------------------------------------------------------------------
// Parameter references
// ------------------------------------------------------------------------------------

/// A parameter value as one step used it: which, of which period, how sure, from where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ParamRef {
    pub id: ParamId,
    /// The school year of the value used (another year's when estimated).
    #[serde(serialize_with = "period_text")]
    pub period: Period,
    /// In hundredths of the unit (cents for euro amounts).
    pub amount: i64,
    pub unit: Unit,
    pub status: Status,
    pub source: &'static str,
    /// The school year this figure of another year stands in for (status `estimated`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_for: Option<AcademicYear>,
}

/// A figure needed for the school year but not published, and not estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MissingRef {
    pub id: ParamId,
    pub year: AcademicYear,
}

fn period_text<S: serde::Serializer>(period: &Period, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(period)
}

/// The figure of `id` for `year`, or why there is none.
pub fn lookup(params: &Params, id: ParamId, year: AcademicYear) -> Result<ParamRef, MissingRef> {
    let missing = MissingRef { id, year };
    let parameter = params.get(id).ok_or(missing)?;
    let (value, amount, estimated_for) = match parameter.for_year(year) {
        Lookup::Figure { value, amount } => (value, amount, None),
        Lookup::Estimated { value, amount, .. } => (value, amount, Some(year)),
        Lookup::Unpublished(_) | Lookup::NotCovered => return Err(missing),
    };
    Ok(ParamRef {
        id,
        period: value.period,
        amount: amount.0,
        unit: parameter.unit,
        status: if estimated_for.is_some() { Status::Estimated } else { value.status },
        source: value.source.unwrap_or_default(),
        estimated_for,
    })
}

// ------------------------------------------------------------------------------------
// The outcome
// ------------------------------------------------------------------------------------

/// Which rate a module pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    Standard,
    Nt2,
    PartialExemption,
    FullExemption,
    FourthEnrolment,
    FourthEnrolmentFullExemption,
    Shortage,
    ShortageExemption,
    Leisure,
}

/// What a module costs, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ModuleFee {
    /// Lesson periods × the rate.
    Charged { rate_kind: RateKind, rate: ParamRef, amount_cents: i64 },
    /// No fee: general or basic education without a secondary-school diploma.
    FreeWithoutDiploma { rule: ParamRef },
    /// No fee and no lesson periods: exempted for prior learning.
    Exempted,
    /// The rate for the year is not published.
    NotComputed { missing: MissingRef },
}

impl ModuleFee {
    pub fn amount_cents(&self) -> i64 {
        match self {
            ModuleFee::Charged { amount_cents, .. } => *amount_cents,
            _ => 0,
        }
    }

    /// Whether the cap limits this fee (the leisure rate has none).
    fn capped(&self) -> bool {
        !matches!(self, ModuleFee::Charged { rate_kind: RateKind::Leisure, .. })
    }
}

/// One module's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ModuleLine {
    /// Its place in the input's `modules` (from 0).
    pub index: usize,
    pub area: Area,
    pub semester: Semester,
    pub lesson_periods: i64,
    pub passed: bool,
    pub fee: ModuleFee,
}

/// Which fees a cap limits: one semester's (modular) or the school year's (linear).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CapScope {
    Semester(Semester),
    SchoolYear,
}

/// The cap on the fee of one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CapLine {
    /// The fees stayed within the cap.
    Within { scope: CapScope, fees_cents: i64, cap: ParamRef },
    /// The cap lowered the fees.
    Applied { scope: CapScope, fees_cents: i64, cap: ParamRef, paid_cents: i64 },
    /// No cap is published for the year: the fees are counted in full (an upper bound).
    Unpublished { scope: CapScope, fees_cents: i64, missing: MissingRef },
}

impl CapLine {
    fn paid_cents(&self) -> i64 {
        match self {
            CapLine::Within { fees_cents, .. } | CapLine::Unpublished { fees_cents, .. } => *fees_cents,
            CapLine::Applied { paid_cents, .. } => *paid_cents,
        }
    }
}

/// One condition of the premium, and whether it is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PremiumCondition {
    /// The diploma is the learner's first secondary-school diploma.
    FirstDiploma { met: bool },
    /// At least one passed module of the diploma programme with a fee paid.
    PassedModulesWithFee { passed_modules: usize, met: bool },
    /// Applied for within this many months of the diploma (the learner's to do).
    ApplyInTime { months: ParamRef },
}

/// One step of the premium's amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PremiumLine {
    /// The fee paid for the passed modules of a scope, and what the premium's maximum leaves of it.
    Refund { scope: CapScope, paid_cents: i64, maximum: Option<ParamRef>, refund_cents: i64 },
    /// The part paid with training vouchers is not refunded.
    TrainingVouchers { amount_cents: i64 },
    /// The maximum per programme per school year.
    YearMaximum { before_cents: i64, maximum: ParamRef, refund_cents: i64 },
}

/// When the premium comes: apply within `apply` months of the diploma, paid at most
/// `payment` months later; so at the latest `latest_months` after the diploma.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PremiumTiming {
    pub apply: ParamRef,
    pub payment: ParamRef,
    pub latest_months: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Premium {
    pub eligible: bool,
    pub amount_cents: i64,
    pub conditions: Vec<PremiumCondition>,
    pub lines: Vec<PremiumLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timing: Option<PremiumTiming>,
}

/// The lesson periods as time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StudyTime {
    /// The lesson periods of the modules followed (not the exempted ones).
    pub lesson_periods: i64,
    pub exempted_lesson_periods: i64,
    /// Hours, one per lesson period (the VOV rule's equivalence).
    pub hours: i64,
    pub weeks: i64,
    /// Hours a week over those weeks, in hundredths (rounded to the nearest).
    pub hours_per_week_hundredths: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_per_lesson_period: Option<ParamRef>,
}

/// Flemish training leave (VOV) for this route: the planned lesson periods, within the
/// personal maximum. Whether the learner is entitled at all is the leave section's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VovHours {
    /// Lesson periods of the modules of at least the minimum size.
    pub counted_lesson_periods: i64,
    /// Modules followed that are too small to count.
    pub too_small_modules: usize,
    pub minimum_lesson_periods: Option<ParamRef>,
    pub hours_per_lesson_period: Option<ParamRef>,
    pub planned_hours: Option<i64>,
    pub employment_percent: i64,
    /// Whether the employment share is the leave section's (else full time is assumed).
    pub employment_from_leave: bool,
    pub full_time_maximum: Option<ParamRef>,
    /// 125 hours × the employment share, in hundredths of an hour.
    pub maximum_hundredths: Option<i64>,
    /// The smaller of both, in hundredths of an hour.
    pub hours_hundredths: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdultEducationOutcome {
    pub figures_status: FiguresStatus,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub category: FeeCategory,
    pub organisation: Organisation,
    /// The statutory fee after the caps.
    pub fee_cents: i64,
    /// No cap is published for the year: the real fee may be lower.
    pub fee_is_upper_bound: bool,
    /// A module's rate is not published: its fee is not in `fee_cents`.
    pub fee_incomplete: bool,
    pub course_materials_cents: i64,
    pub premium_cents: i64,
    /// Fee + course materials − premium.
    pub net_cents: i64,
    pub modules: Vec<ModuleLine>,
    pub caps: Vec<CapLine>,
    pub premium: Premium,
    pub time: StudyTime,
    pub vov: VovHours,
    /// Figures needed and not published (never estimated).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingRef>,
}

// ------------------------------------------------------------------------------------
// The calculation
// ------------------------------------------------------------------------------------

/// The figures looked up, each recorded once (for the status), and the missing ones.
struct Ledger<'p> {
    params: &'p Params,
    year: AcademicYear,
    used: Vec<ParamRef>,
    missing: Vec<MissingRef>,
}

impl Ledger<'_> {
    /// A figure the result needs: recorded as used, or as missing.
    fn need(&mut self, id: ParamId) -> Result<ParamRef, MissingRef> {
        let found = lookup(self.params, id, self.year);
        match found {
            Ok(figure) if !self.used.iter().any(|u| u.id == id) => self.used.push(figure),
            Err(missing) if !self.missing.contains(&missing) => self.missing.push(missing),
            _ => {}
        }
        found
    }

    /// A figure that decides which rule applies: a rate that does not exist for the year
    /// (a measure not yet introduced) is not missing, the ordinary rule applies.
    fn optional(&mut self, id: ParamId) -> Option<ParamRef> {
        lookup(self.params, id, self.year).ok().inspect(|figure| {
            if !self.used.iter().any(|u| u.id == figure.id) {
                self.used.push(*figure);
            }
        })
    }
}

/// Computes the route's outcome for a validated scenario.
pub fn compute(scenario: &Scenario, input: &AdultEducationInput, params: &Params) -> AdultEducationOutcome {
    let mut ledger = Ledger { params, year: scenario.academic_year, used: Vec::new(), missing: Vec::new() };
    let modules: Vec<ModuleLine> = input
        .modules
        .iter()
        .enumerate()
        .take(MAX_MODULES)
        .map(|(index, module)| ModuleLine {
            index,
            area: module.area,
            semester: module.semester,
            lesson_periods: module.lesson_periods,
            passed: module.passed,
            fee: module_fee(&mut ledger, input, module),
        })
        .collect();

    let scopes: Vec<CapScope> = match input.organisation {
        Organisation::Modular => Semester::ALL.into_iter().map(CapScope::Semester).collect(),
        Organisation::Linear => vec![CapScope::SchoolYear],
    };
    let in_scope = |scope: CapScope, line: &ModuleLine| match scope {
        CapScope::Semester(semester) => line.semester == semester,
        CapScope::SchoolYear => true,
    };
    let cap_id = match input.organisation {
        Organisation::Modular => CAP_SEMESTER,
        Organisation::Linear => CAP_YEAR,
    };
    let mut caps = Vec::new();
    for &scope in &scopes {
        let fees: i64 =
            modules.iter().filter(|l| in_scope(scope, l) && l.fee.capped()).map(|l| l.fee.amount_cents()).sum();
        if fees == 0 {
            continue;
        }
        caps.push(match ledger.need(cap_id) {
            Ok(cap) if fees > cap.amount => CapLine::Applied { scope, fees_cents: fees, cap, paid_cents: cap.amount },
            Ok(cap) => CapLine::Within { scope, fees_cents: fees, cap },
            Err(missing) => CapLine::Unpublished { scope, fees_cents: fees, missing },
        });
    }
    let uncapped: i64 = modules.iter().filter(|l| !l.fee.capped()).map(|l| l.fee.amount_cents()).sum();
    let fee_cents = caps.iter().map(CapLine::paid_cents).sum::<i64>() + uncapped;
    let fee_is_upper_bound = caps.iter().any(|c| matches!(c, CapLine::Unpublished { .. }));
    let fee_incomplete = modules.iter().any(|l| matches!(l.fee, ModuleFee::NotComputed { .. }));

    let premium = premium(&mut ledger, input, &modules, &caps, &scopes);
    let time = study_time(&mut ledger, scenario, &modules);
    let vov = vov_hours(&mut ledger, scenario, &modules);

    let course_materials_cents = input.course_materials_cents.unwrap_or(0);
    let net_cents = fee_cents + course_materials_cents - premium.amount_cents;
    let figures_status = if !ledger.missing.is_empty() {
        FiguresStatus::Unavailable
    } else if ledger.used.iter().all(|u| u.status == Status::Confirmed) {
        FiguresStatus::Confirmed
    } else {
        FiguresStatus::Estimated
    };
    let mut estimated_from: Vec<AcademicYear> =
        ledger.used.iter().filter(|u| u.estimated_for.is_some()).map(|u| u.period.academic_year()).collect();
    estimated_from.sort();
    estimated_from.dedup();
    AdultEducationOutcome {
        figures_status,
        estimated_from: estimated_from.iter().map(AcademicYear::to_string).collect(),
        category: input.category,
        organisation: input.organisation,
        fee_cents,
        fee_is_upper_bound,
        fee_incomplete,
        course_materials_cents,
        premium_cents: premium.amount_cents,
        net_cents,
        modules,
        caps,
        premium,
        time,
        vov,
        missing: ledger.missing,
    }
}

/// The fee of one module: free, exempted, or lesson periods × its rate.
fn module_fee(ledger: &mut Ledger<'_>, input: &AdultEducationInput, module: &Module) -> ModuleFee {
    if module.exempted {
        return ModuleFee::Exempted;
    }
    if module.area.is_general_or_basic() && !input.has_secondary_diploma {
        if let Some(rule) = ledger.optional(FREE_WITHOUT_DIPLOMA).filter(|rule| rule.amount != 0) {
            return ModuleFee::FreeWithoutDiploma { rule };
        }
    }
    let category = input.category;
    let exempt = category != FeeCategory::Standard;
    // A rate of its own for the area, where the year has one (from 2025-2026).
    let own_rate = match module.area {
        Area::Leisure => ledger.optional(RATE_LEISURE).map(|rate| (RateKind::Leisure, rate)),
        Area::Shortage if exempt => {
            ledger.optional(RATE_SHORTAGE_EXEMPT).map(|rate| (RateKind::ShortageExemption, rate))
        }
        Area::Shortage => ledger.optional(RATE_SHORTAGE).map(|rate| (RateKind::Shortage, rate)),
        _ => None,
    };
    let charged = |rate_kind: RateKind, rate: ParamRef| ModuleFee::Charged {
        rate_kind,
        rate,
        amount_cents: rate.amount.saturating_mul(module.lesson_periods),
    };
    // The leisure rate has no reduction, not even for a fourth enrolment.
    if let Some((kind @ RateKind::Leisure, rate)) = own_rate {
        return charged(kind, rate);
    }
    let (kind, id) = if module.fourth_enrolment {
        match category {
            FeeCategory::FullExemption => (RateKind::FourthEnrolmentFullExemption, RATE_FOURTH_FULL),
            _ => (RateKind::FourthEnrolment, RATE_FOURTH),
        }
    } else if let Some((kind, rate)) = own_rate {
        return charged(kind, rate);
    } else {
        match (category, module.area) {
            (FeeCategory::PartialExemption, _) => (RateKind::PartialExemption, RATE_PARTIAL),
            (FeeCategory::FullExemption, _) => (RateKind::FullExemption, RATE_FULL),
            (FeeCategory::Standard, Area::Nt2) => (RateKind::Nt2, RATE_NT2),
            (FeeCategory::Standard, _) => (RateKind::Standard, RATE_STANDARD),
        }
    };
    match ledger.need(id) {
        Ok(rate) => charged(kind, rate),
        Err(missing) => ModuleFee::NotComputed { missing },
    }
}

/// The premium: the fee paid for the passed modules of the diploma programme, within its maximums.
fn premium(
    ledger: &mut Ledger<'_>,
    input: &AdultEducationInput,
    modules: &[ModuleLine],
    caps: &[CapLine],
    scopes: &[CapScope],
) -> Premium {
    let first = input.first_secondary_diploma && !input.has_secondary_diploma;
    let refundable = |line: &&ModuleLine| line.passed && line.area.leads_to_diploma() && line.fee.amount_cents() > 0;
    let passed_modules = modules.iter().filter(refundable).count();
    let apply = ledger.need(PREMIUM_APPLY);
    let mut conditions = vec![
        PremiumCondition::FirstDiploma { met: first },
        PremiumCondition::PassedModulesWithFee { passed_modules, met: passed_modules > 0 },
    ];
    if let Ok(months) = apply {
        conditions.push(PremiumCondition::ApplyInTime { months });
    }
    let eligible = first && passed_modules > 0;
    let mut lines = Vec::new();
    let mut amount_cents = 0;
    if eligible {
        let semester_maximum = match input.organisation {
            Organisation::Modular => ledger.need(PREMIUM_SEMESTER).ok(),
            Organisation::Linear => None,
        };
        let mut total = 0;
        for &scope in scopes {
            let in_scope = |line: &&ModuleLine| match scope {
                CapScope::Semester(semester) => line.semester == semester,
                CapScope::SchoolYear => true,
            };
            let passed_fees: i64 =
                modules.iter().filter(refundable).filter(in_scope).map(|l| l.fee.amount_cents()).sum();
            if passed_fees == 0 {
                continue;
            }
            // What was really paid in the scope, after its cap, for the capped modules…
            let capped_paid = caps.iter().find(|cap| cap_scope(cap) == scope).map_or(0, CapLine::paid_cents);
            let capped_passed: i64 = modules
                .iter()
                .filter(refundable)
                .filter(in_scope)
                .filter(|l| l.fee.capped())
                .map(|l| l.fee.amount_cents())
                .sum();
            // …the passed modules' part of it (never more than their own fees).
            let paid = capped_passed.min(capped_paid) + (passed_fees - capped_passed);
            let refund = semester_maximum.map_or(paid, |maximum| paid.min(maximum.amount));
            lines.push(PremiumLine::Refund {
                scope,
                paid_cents: paid,
                maximum: semester_maximum,
                refund_cents: refund,
            });
            total += refund;
        }
        let vouchers = input.training_vouchers_cents.unwrap_or(0);
        if vouchers > 0 {
            lines.push(PremiumLine::TrainingVouchers { amount_cents: vouchers });
            total = (total - vouchers).max(0);
        }
        if let Ok(maximum) = ledger.need(PREMIUM_YEAR) {
            let refund = total.min(maximum.amount);
            lines.push(PremiumLine::YearMaximum { before_cents: total, maximum, refund_cents: refund });
            total = refund;
        }
        amount_cents = total;
    }
    let timing = match (apply, eligible.then(|| ledger.need(PREMIUM_PAYMENT))) {
        (Ok(apply), Some(Ok(payment))) => {
            Some(PremiumTiming { apply, payment, latest_months: (apply.amount + payment.amount) / 100 })
        }
        _ => None,
    };
    Premium { eligible, amount_cents, conditions, lines, timing }
}

fn cap_scope(cap: &CapLine) -> CapScope {
    match cap {
        CapLine::Within { scope, .. } | CapLine::Applied { scope, .. } | CapLine::Unpublished { scope, .. } => *scope,
    }
}

/// The lesson periods followed, as hours a week over the school year (or the leave section's weeks).
fn study_time(ledger: &mut Ledger<'_>, scenario: &Scenario, modules: &[ModuleLine]) -> StudyTime {
    let followed = |line: &&ModuleLine| !matches!(line.fee, ModuleFee::Exempted);
    let lesson_periods: i64 = modules.iter().filter(followed).map(|l| l.lesson_periods).sum();
    let exempted_lesson_periods: i64 = modules.iter().filter(|l| !followed(l)).map(|l| l.lesson_periods).sum();
    let weeks = scenario.leave.as_ref().map_or(SCHOOL_YEAR_WEEKS, |leave| leave.weeks).clamp(1, SCHOOL_YEAR_WEEKS);
    let per_lesson = if lesson_periods > 0 { ledger.need(VOV_PER_LESSON).ok() } else { None };
    // Hours in hundredths: lesson periods × hours per lesson period (itself in hundredths).
    let hours_hundredths = per_lesson.map_or(lesson_periods * 100, |p| lesson_periods * p.amount);
    StudyTime {
        lesson_periods,
        exempted_lesson_periods,
        hours: hours_hundredths / 100,
        weeks,
        hours_per_week_hundredths: (hours_hundredths + weeks / 2) / weeks,
        hours_per_lesson_period: per_lesson,
    }
}

/// VOV hours: the planned lesson periods of the modules large enough, within 125 h × the employment share.
fn vov_hours(ledger: &mut Ledger<'_>, scenario: &Scenario, modules: &[ModuleLine]) -> VovHours {
    let followed: Vec<&ModuleLine> = modules.iter().filter(|l| !matches!(l.fee, ModuleFee::Exempted)).collect();
    let (employment_percent, employment_from_leave) =
        scenario.leave.as_ref().map_or((100, false), |leave| (leave.employment_percent, true));
    if followed.is_empty() {
        return VovHours {
            counted_lesson_periods: 0,
            too_small_modules: 0,
            minimum_lesson_periods: None,
            hours_per_lesson_period: None,
            planned_hours: None,
            employment_percent,
            employment_from_leave,
            full_time_maximum: None,
            maximum_hundredths: None,
            hours_hundredths: None,
        };
    }
    let minimum = ledger.need(VOV_MIN_LESSONS).ok();
    let large_enough = |line: &&&ModuleLine| minimum.is_none_or(|m| line.lesson_periods * 100 >= m.amount);
    let counted_lesson_periods: i64 = followed.iter().filter(large_enough).map(|l| l.lesson_periods).sum();
    let too_small_modules = followed.len() - followed.iter().filter(large_enough).count();
    let per_lesson = ledger.need(VOV_PER_LESSON).ok();
    let planned = per_lesson.map(|p| counted_lesson_periods * p.amount);
    let full_time = ledger.need(VOV_MAX_FULL_TIME).ok();
    let maximum = full_time.map(|f| f.amount * employment_percent / 100);
    let hours = planned.zip(maximum).map(|(planned, maximum)| planned.min(maximum));
    VovHours {
        counted_lesson_periods,
        too_small_modules,
        minimum_lesson_periods: minimum,
        hours_per_lesson_period: per_lesson,
        planned_hours: planned.map(|p| p / 100),
        employment_percent,
        employment_from_leave,
        full_time_maximum: full_time,
        maximum_hundredths: maximum,
        hours_hundredths: hours,
    }
}
