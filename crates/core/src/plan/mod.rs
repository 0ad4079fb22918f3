//! The study route ("Mijn studietraject"): a whole programme over the years, and the same
//! programme under other contracts and paces side by side.
//!
//! Each year of the route is priced by building that year's own scenario (its academic
//! year, one enrolment with the year's study points and contract, the status, the learning
//! credit before the year, the work situation of the leave section) and running the same
//! engines as the single-year sections: [`crate::fee::compute`], [`crate::grant::assess`]
//! and [`crate::leave::compute`]. So a year's figures are exactly those of the single-year
//! sections, and a year after the last published figures is estimated the same way.
//!
//! The outcome is numbers, enums and parameter references only; `render::plan` words it.

mod input;
mod learning_credit;
mod options;

pub use input::{
    Degree, PlanInput, PlanProblem, PlanYearInput, CREDITS_PER_YEAR_RANGE, MAX_PLAN_YEARS, PASS_PERCENT_RANGE,
    PROGRAMME_CREDITS_RANGE,
};
pub use learning_credit::{LearningCreditStep, CONSENT_THRESHOLD};
pub use options::{Impossible, PlanOption, COMPARED_PACES};

use crate::explain::{Figures, FiguresStatus, ParamUse};
use crate::leave::{Hours, HoursRange, Interruption, LeaveOutcome, ACADEMIC_YEAR_WEEKS};
use crate::money::Cents;
use crate::params::{ParamId, Status};
use crate::scenario::{Contract, Enrolment, Programme, Scenario, Student, StudentStatus};
use crate::year::AcademicYear;
use serde::Serialize;

/// A parameter a cell used, for the row's academic year: its id and the status of the
/// figure used there (`estimated` when another year's figure stands in). The front end
/// looks the full figure up (value, source, quote) for that year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FigureRef {
    pub id: ParamId,
    pub status: Status,
}

impl FigureRef {
    fn of(used: &ParamUse) -> FigureRef {
        FigureRef { id: used.id, status: used.status }
    }
}

/// One academic year of the route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanYear {
    pub academic_year: AcademicYear,
    /// Study points taken.
    pub credits: i64,
    /// Study points passed.
    pub passed: i64,
    pub contract: Contract,
    pub status: StudentStatus,
    /// The statutory fee, without a learning-credit surcharge; `None` when a figure is not published.
    pub fee_cents: Option<Cents>,
    /// How sure the fee's own figures are (the year's `figures_status` also counts the leave's).
    pub fee_figures_status: FiguresStatus,
    /// The most an institution may add for study points without learning credit.
    pub learning_credit_surcharge_max_cents: Option<Cents>,
    pub figures_status: FiguresStatus,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub learning_credit_before: i64,
    pub learning_credit_after: i64,
    pub learning_credit_steps: Vec<LearningCreditStep>,
    /// The balance before the year is at or below 0: only the institution can accept the enrolment.
    pub institution_must_agree: bool,
    pub study_grant_possible: bool,
    /// The study load: 25 to 30 hours per study point; `None` when not published.
    pub study_hours: Option<HoursRange>,
    /// VOV hours the year gives; `None` without a work situation (leave section).
    pub vov_hours: Option<Hours>,
    /// Months of time credit used this year, and in the route so far (out of `time_credit_max_months`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_credit_months: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_credit_months_total: Option<i64>,
    /// Study hours a week left after leave (without a work situation: the whole load, over 52 weeks).
    pub hours_per_week_left: Option<HoursRange>,
    /// Every parameter the year's cells used.
    pub figures: Vec<FigureRef>,
}

/// The route as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanTotals {
    pub years: i64,
    pub last_year: AcademicYear,
    /// `None` when a year's fee is not computed.
    pub fee_cents: Option<Cents>,
    pub vov_hours: Option<Hours>,
    pub study_hours: Option<HoursRange>,
    pub average_hours_per_week_left: Option<HoursRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_credit_months: Option<i64>,
    pub learning_credit_end: i64,
    /// Years in which a study grant is possible.
    pub study_grant_years: i64,
    pub figures_status: FiguresStatus,
}

/// The study-route part of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanOutcome {
    pub degree: Degree,
    pub programme_credits: i64,
    pub learning_credit_start: i64,
    /// The parameter behind the starting balance when none was entered (a first enrolment).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning_credit_start_figure: Option<FigureRef>,
    pub years: Vec<PlanYear>,
    pub totals: PlanTotals,
    /// The comparison: the own plan first, then each contract and pace.
    pub options: Vec<PlanOption>,
    pub figures_status: FiguresStatus,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
}

/// Computes the route of a validated scenario's plan, with the comparison.
pub fn compute(scenario: &Scenario, input: &PlanInput, figures: Figures<'_>) -> PlanOutcome {
    let first_year = input.start(scenario.academic_year);
    let route = route(scenario, input, figures).unwrap_or_default();
    let start = learning_credit_start(input, figures.for_year(first_year));
    let options = options::compare(scenario, input, &route, (start.0, first_year), figures);
    let totals = totals(&route, start.0, first_year);
    let mut estimated_from: Vec<String> = route.iter().flat_map(|y| y.estimated_from.iter().cloned()).collect();
    estimated_from.sort();
    estimated_from.dedup();
    PlanOutcome {
        degree: input.degree,
        programme_credits: input.programme_credits,
        learning_credit_start: start.0,
        learning_credit_start_figure: start.1,
        figures_status: totals.figures_status,
        years: route,
        totals,
        options,
        estimated_from,
    }
}

/// The balance at the start: as entered, else the starting balance of a first enrolment.
fn learning_credit_start(input: &PlanInput, figures: Figures<'_>) -> (i64, Option<FigureRef>) {
    match input.learning_credit_start {
        Some(balance) => (balance, None),
        None => match figures.get(ParamId::LearningCreditStart) {
            Ok(used) => (used.amount / 100, Some(FigureRef::of(&used))),
            // The figure is compiled in for every year; 140 is its value should it ever be absent.
            Err(_) => (140, None),
        },
    }
}

/// The years of a route, or `None` when it cannot be computed (see [`PlanInput::problems`]).
pub(crate) fn route(scenario: &Scenario, input: &PlanInput, figures: Figures<'_>) -> Option<Vec<PlanYear>> {
    let schedule = input.schedule()?;
    let start = input.start(scenario.academic_year);
    let (mut balance, _) = learning_credit_start(input, figures.for_year(start));
    let first_enrolment = input.learning_credit_start.is_none();
    let mut bonus_left = None;
    let mut time_credit_used = 0;
    let last = schedule.len().saturating_sub(1);
    let mut years = Vec::with_capacity(schedule.len());
    for (index, (taken, passed)) in schedule.into_iter().enumerate() {
        let year = AcademicYear(start.0.saturating_add(index as u16));
        let figures = figures.for_year(year);
        let own = input.year(index);
        let contract = own.and_then(|y| y.contract).unwrap_or(input.contract);
        let status = own.and_then(|y| y.status).unwrap_or(scenario.student.status);
        let mut used: Vec<ParamUse> = Vec::new();
        let mut record = |found: Option<ParamUse>| {
            found.inspect(|p| {
                if !used.iter().any(|u| u.id == p.id) {
                    used.push(p.clone())
                }
            })
        };

        // The bonus is there for a first enrolment only (a balance entered is a career already under way).
        let bonus = record(figures.get(ParamId::LearningCreditFirstCreditsBonus).ok());
        let bonus_ref =
            bonus.as_ref().map_or(FigureRef::missing(ParamId::LearningCreditFirstCreditsBonus), FigureRef::of);
        if bonus_left.is_none() {
            bonus_left = Some(if first_enrolment { bonus.as_ref().map_or(0, |b| b.amount / 100) } else { 0 });
        }
        let master_diploma = (index == last && input.degree == Degree::Master && contract == Contract::Diploma)
            .then(|| record(figures.get(ParamId::LearningCreditMasterDiplomaDeduction).ok()))
            .flatten()
            .map(|p| (p.amount / 100, FigureRef::of(&p)));
        let before = balance;
        let change = learning_credit::year(
            before,
            contract,
            (taken, passed),
            (bonus_left.unwrap_or(0), bonus_ref),
            master_diploma,
        );
        balance = change.after;
        bonus_left = Some(change.bonus_left);

        // The work situation, without time credit once its months are used up.
        let max_months = record(figures.get(ParamId::LeaveTimeCreditMaxMonths).ok()).map(|p| p.amount / 100);
        let mut leave = scenario.leave.clone();
        let months_a_year = leave.as_ref().map_or(0, |l| months_of_weeks(l.weeks));
        if let Some(leave) = leave.as_mut() {
            leave.graduaat = leave.graduaat || input.degree == Degree::Graduaat;
            let fits = max_months.is_some_and(|max| time_credit_used + months_a_year <= max);
            if !fits {
                leave.interruption = Interruption::None;
                leave.interruption_allowance_cents = None;
            }
        }
        let year_scenario = Scenario {
            academic_year: year,
            student: Student { status, learning_credit: Some(before) },
            enrolments: if taken > 0 {
                vec![Enrolment {
                    institution: String::new(),
                    contract,
                    programme: Programme::Initial,
                    credits: taken,
                    institution_price_cents: None,
                }]
            } else {
                Vec::new()
            },
            language_tests: Vec::new(),
            leave,
            adult_education: None,
            dual: None,
            plan: None,
        };
        let fee = (taken > 0).then(|| crate::fee::compute(&year_scenario, figures));
        let grant = crate::grant::assess(&year_scenario, figures);
        let leave = year_scenario.leave.as_ref().map(|l| crate::leave::compute(&year_scenario, l, figures));

        if let Some(fee) = &fee {
            for line in &fee.lines {
                record(line.parameter.clone());
            }
            record(fee.learning_credit.parameter.clone());
        }
        for condition in &grant.conditions {
            record(condition.parameter.clone());
        }
        let study_hours = study_hours(&mut record, figures, taken);
        if let Some(leave) = &leave {
            for parameter in leave_parameters(leave) {
                record(Some(parameter.clone()));
            }
        }

        let time_credit_months = leave.as_ref().map(|l| {
            let months = if l.time_credit.hours_per_week.is_some_and(|h| h > Hours::ZERO) { months_a_year } else { 0 };
            time_credit_used += months;
            months
        });
        let hours_per_week_left = match &leave {
            Some(leave) => match leave.coverage.rows.first() {
                Some(row) => row.left_per_week_hours,
                None => leave.study_load.per_week_hours,
            },
            None => study_hours.map(|h| HoursRange {
                min: h.min.scale(1, ACADEMIC_YEAR_WEEKS),
                max: h.max.scale(1, ACADEMIC_YEAR_WEEKS),
            }),
        };

        let own_status = FiguresStatus::of(used.iter(), false);
        let figures_status =
            [Some(own_status), fee.as_ref().map(|f| f.figures_status), leave.as_ref().map(|l| l.figures_status)]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(FiguresStatus::Confirmed);
        let estimated_from = crate::explain::estimated_from(&used);
        years.push(PlanYear {
            academic_year: year,
            credits: taken,
            passed,
            contract,
            status,
            fee_cents: match &fee {
                Some(fee) => fee.total_cents,
                None => Some(Cents(0)),
            },
            fee_figures_status: fee.as_ref().map_or(FiguresStatus::Confirmed, |f| f.figures_status),
            learning_credit_surcharge_max_cents: fee.as_ref().and_then(|f| f.learning_credit_surcharge_max_cents),
            figures_status,
            estimated_from,
            learning_credit_before: before,
            learning_credit_after: change.after,
            learning_credit_steps: change.steps,
            institution_must_agree: contract != Contract::Exam && taken > 0 && before <= CONSENT_THRESHOLD,
            study_grant_possible: grant.possible,
            study_hours,
            vov_hours: leave.as_ref().and_then(|l| l.vov.hours),
            time_credit_months,
            time_credit_months_total: time_credit_months.map(|_| time_credit_used),
            hours_per_week_left,
            figures: used.iter().map(FigureRef::of).collect(),
        });
    }
    Some(years)
}

impl FigureRef {
    /// A parameter whose figure could not be read for the year (never for the ones compiled in).
    fn missing(id: ParamId) -> FigureRef {
        FigureRef { id, status: Status::Unavailable }
    }
}

/// The months of the academic year the weeks of study span, rounded up: 52 weeks are 12 months.
fn months_of_weeks(weeks: i64) -> i64 {
    let weeks = weeks.clamp(1, ACADEMIC_YEAR_WEEKS);
    (weeks * 12 + ACADEMIC_YEAR_WEEKS - 1) / ACADEMIC_YEAR_WEEKS
}

/// 25 to 30 hours per study point, as the leave section counts them.
fn study_hours(
    record: &mut impl FnMut(Option<ParamUse>) -> Option<ParamUse>,
    figures: Figures<'_>,
    credits: i64,
) -> Option<HoursRange> {
    let low = record(figures.get(ParamId::LeaveStudyLoadMinHoursPerCredit).ok())?;
    let high = record(figures.get(ParamId::LeaveStudyLoadMaxHoursPerCredit).ok())?;
    Some(HoursRange {
        min: Hours::of(low.hundredths()).times(credits),
        max: Hours::of(high.hundredths()).times(credits),
    })
}

/// The parameters the leave engine cites for VOV, time credit and the study load.
fn leave_parameters(leave: &LeaveOutcome) -> impl Iterator<Item = &ParamUse> {
    let lines = leave
        .study_load
        .lines
        .iter()
        .chain(&leave.vov.lines)
        .chain(&leave.time_credit.lines)
        .chain(&leave.care_credit.lines)
        .filter_map(|line| line.parameter.as_ref());
    let conditions = leave
        .vov
        .conditions
        .iter()
        .chain(&leave.time_credit.conditions)
        .chain(&leave.care_credit.conditions)
        .filter_map(|condition| condition.parameter.as_ref());
    lines.chain(conditions)
}

/// The totals of a route (an empty route: no years, the balance as it started).
pub(crate) fn totals(route: &[PlanYear], learning_credit_start: i64, start: AcademicYear) -> PlanTotals {
    let sum_hours = |get: fn(&PlanYear) -> Option<Hours>| -> Option<Hours> { route.iter().map(get).sum() };
    let sum_ranges = |get: fn(&PlanYear) -> Option<HoursRange>| -> Option<HoursRange> {
        route.iter().map(get).try_fold(HoursRange { min: Hours::ZERO, max: Hours::ZERO }, |total, year| {
            year.map(|y| HoursRange { min: total.min + y.min, max: total.max + y.max })
        })
    };
    let count = route.len() as i64;
    let average = sum_ranges(|y| y.hours_per_week_left)
        .filter(|_| count > 0)
        .map(|total| HoursRange { min: total.min.scale(1, count), max: total.max.scale(1, count) });
    PlanTotals {
        years: count,
        last_year: route.last().map_or(start, |y| y.academic_year),
        fee_cents: route.iter().map(|y| y.fee_cents).sum(),
        vov_hours: sum_hours(|y| y.vov_hours),
        study_hours: sum_ranges(|y| y.study_hours),
        average_hours_per_week_left: average,
        time_credit_months: route.last().and_then(|y| y.time_credit_months_total),
        learning_credit_end: route.last().map_or(learning_credit_start, |y| y.learning_credit_after),
        study_grant_years: route.iter().filter(|y| y.study_grant_possible).count() as i64,
        figures_status: route.iter().map(|y| y.figures_status).max().unwrap_or(FiguresStatus::Confirmed),
    }
}
