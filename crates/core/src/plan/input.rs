//! What the person tells about their study route, and the checks on it. The checks return
//! typed problems; `render::plan` words them.

use crate::scenario::{Contract, StudentStatus, LEARNING_CREDIT_RANGE};
use crate::year::{AcademicYear, FIRST_SUPPORTED, LAST_SUPPORTED};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The largest programme accepted: a bachelor of 180 plus a master of 120 in one route.
pub const PROGRAMME_CREDITS_RANGE: RangeInclusive<i64> = 1..=300;
/// Study points a year: the most one enrolment may hold (`scenario::CREDITS_RANGE`).
pub const CREDITS_PER_YEAR_RANGE: RangeInclusive<i64> = 1..=180;
pub const PASS_PERCENT_RANGE: RangeInclusive<i64> = 1..=100;
/// The longest route computed: a bachelor of 180 at 12 study points a year takes 15 years;
/// longer is a typing error or a plan no one keeps.
pub const MAX_PLAN_YEARS: usize = 15;

pub const DEFAULT_PROGRAMME_CREDITS: i64 = 180;
pub const DEFAULT_CREDITS_PER_YEAR: i64 = 60;
pub const DEFAULT_PASS_PERCENT: i64 = 100;

/// The kind of programme: it decides what the diploma does to the learning credit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Degree {
    /// A bachelor's diploma leaves the learning credit as it is.
    #[default]
    Bachelor,
    /// A master's diploma subtracts the starting balance.
    Master,
    Graduaat,
    /// Schakelprogramma or voorbereidingsprogramma.
    Bridging,
}

/// The study route: a whole programme over the years. Every field has a default, so
/// `"plan": {}` is a bachelor of 180 study points at 60 a year on a diploma contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    #[serde(default = "default_programme_credits")]
    pub programme_credits: i64,
    #[serde(default = "default_credits_per_year")]
    pub credits_per_year: i64,
    #[serde(default = "default_contract")]
    pub contract: Contract,
    /// The share of the study points taken that is passed, in whole percent.
    #[serde(default = "default_pass_percent")]
    pub pass_percent: i64,
    #[serde(default)]
    pub degree: Degree,
    /// Absent: the scenario's academic year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<AcademicYear>,
    /// Changes for single years, the first year first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<PlanYearInput>,
    /// Absent: a first enrolment in higher education (the starting balance, with the bonus
    /// for the first study points earned on a diploma contract still to come).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning_credit_start: Option<i64>,
}

/// One year's own choices; what is absent follows the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanYearInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract: Option<Contract>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StudentStatus>,
}

fn default_programme_credits() -> i64 {
    DEFAULT_PROGRAMME_CREDITS
}

fn default_credits_per_year() -> i64 {
    DEFAULT_CREDITS_PER_YEAR
}

fn default_contract() -> Contract {
    Contract::Diploma
}

fn default_pass_percent() -> i64 {
    DEFAULT_PASS_PERCENT
}

impl Default for PlanInput {
    fn default() -> Self {
        PlanInput {
            programme_credits: DEFAULT_PROGRAMME_CREDITS,
            credits_per_year: DEFAULT_CREDITS_PER_YEAR,
            contract: Contract::Diploma,
            pass_percent: DEFAULT_PASS_PERCENT,
            degree: Degree::default(),
            start_year: None,
            years: Vec::new(),
            learning_credit_start: None,
        }
    }
}

/// One thing wrong with the plan, with the values a message needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanProblem {
    ProgrammeCredits {
        value: i64,
        min: i64,
        max: i64,
    },
    /// No study points a year: the programme would never end.
    NoCreditsPerYear,
    CreditsPerYear {
        value: i64,
        max: i64,
    },
    /// More study points a year than the whole programme.
    MoreThanProgramme {
        value: i64,
        programme: i64,
    },
    PassPercent {
        value: i64,
        min: i64,
        max: i64,
    },
    StartYear {
        year: AcademicYear,
        first: AcademicYear,
        last: AcademicYear,
    },
    LearningCreditStart {
        value: i64,
        min: i64,
        max: i64,
    },
    TooManyYears {
        count: usize,
        max: usize,
    },
    /// One year's own study points (`index` from 0).
    YearCredits {
        index: usize,
        value: i64,
        max: i64,
    },
    /// The route would take more years than [`MAX_PLAN_YEARS`].
    TooLong {
        max: usize,
    },
}

impl PlanProblem {
    /// The field the problem belongs to, as a path: `plan.credits_per_year`.
    pub fn field(&self) -> String {
        let name = match self {
            PlanProblem::ProgrammeCredits { .. } => "programme_credits",
            PlanProblem::NoCreditsPerYear
            | PlanProblem::CreditsPerYear { .. }
            | PlanProblem::MoreThanProgramme { .. }
            | PlanProblem::TooLong { .. } => "credits_per_year",
            PlanProblem::PassPercent { .. } => "pass_percent",
            PlanProblem::StartYear { .. } => "start_year",
            PlanProblem::LearningCreditStart { .. } => "learning_credit_start",
            PlanProblem::TooManyYears { .. } => "years",
            PlanProblem::YearCredits { index, .. } => return format!("plan.years[{index}].credits"),
        };
        format!("plan.{name}")
    }
}

impl PlanInput {
    /// The year the route starts in.
    pub fn start(&self, scenario_year: AcademicYear) -> AcademicYear {
        self.start_year.unwrap_or(scenario_year)
    }

    /// Every problem of the plan's fields; empty when it can be computed.
    pub fn problems(&self, scenario_year: AcademicYear) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        let programme_ok = PROGRAMME_CREDITS_RANGE.contains(&self.programme_credits);
        if !programme_ok {
            problems.push(PlanProblem::ProgrammeCredits {
                value: self.programme_credits,
                min: *PROGRAMME_CREDITS_RANGE.start(),
                max: *PROGRAMME_CREDITS_RANGE.end(),
            });
        }
        let mut pace_ok = false;
        if self.credits_per_year <= 0 {
            problems.push(PlanProblem::NoCreditsPerYear);
        } else if self.credits_per_year > *CREDITS_PER_YEAR_RANGE.end() {
            problems
                .push(PlanProblem::CreditsPerYear { value: self.credits_per_year, max: *CREDITS_PER_YEAR_RANGE.end() });
        } else if programme_ok && self.credits_per_year > self.programme_credits {
            problems.push(PlanProblem::MoreThanProgramme {
                value: self.credits_per_year,
                programme: self.programme_credits,
            });
        } else {
            pace_ok = true;
        }
        let pass_ok = PASS_PERCENT_RANGE.contains(&self.pass_percent);
        if !pass_ok {
            problems.push(PlanProblem::PassPercent {
                value: self.pass_percent,
                min: *PASS_PERCENT_RANGE.start(),
                max: *PASS_PERCENT_RANGE.end(),
            });
        }
        let start = self.start(scenario_year);
        if !start.is_supported() {
            problems.push(PlanProblem::StartYear { year: start, first: FIRST_SUPPORTED, last: LAST_SUPPORTED });
        }
        if let Some(balance) = self.learning_credit_start {
            if !LEARNING_CREDIT_RANGE.contains(&balance) {
                problems.push(PlanProblem::LearningCreditStart {
                    value: balance,
                    min: *LEARNING_CREDIT_RANGE.start(),
                    max: *LEARNING_CREDIT_RANGE.end(),
                });
            }
        }
        let mut years_ok = true;
        if self.years.len() > MAX_PLAN_YEARS {
            years_ok = false;
            problems.push(PlanProblem::TooManyYears { count: self.years.len(), max: MAX_PLAN_YEARS });
        }
        for (index, year) in self.years.iter().enumerate().take(MAX_PLAN_YEARS) {
            if let Some(credits) = year.credits {
                // 0 is allowed for one year (a year off); the route as a whole must still end.
                if !(0..=*CREDITS_PER_YEAR_RANGE.end()).contains(&credits) {
                    years_ok = false;
                    problems.push(PlanProblem::YearCredits {
                        index,
                        value: credits,
                        max: *CREDITS_PER_YEAR_RANGE.end(),
                    });
                }
            }
        }
        if programme_ok && pace_ok && pass_ok && years_ok && self.schedule().is_none() {
            problems.push(PlanProblem::TooLong { max: MAX_PLAN_YEARS });
        }
        problems
    }

    /// The year's own choices, if any.
    pub fn year(&self, index: usize) -> Option<&PlanYearInput> {
        self.years.get(index)
    }

    /// The study points taken and passed each year until the programme is earned, or `None`
    /// when that takes more than [`MAX_PLAN_YEARS`]. Each year takes its own number, else
    /// `credits_per_year`, at most what is still to be earned; the points passed are the
    /// points taken × `pass_percent` / 100, rounded down (at least 1).
    pub fn schedule(&self) -> Option<Vec<(i64, i64)>> {
        let mut earned = 0;
        let mut years = Vec::new();
        while earned < self.programme_credits {
            if years.len() >= MAX_PLAN_YEARS {
                return None;
            }
            let wanted = self.year(years.len()).and_then(|y| y.credits).unwrap_or(self.credits_per_year).max(0);
            let taken = wanted.min(self.programme_credits - earned);
            // Rounded down, but never 0 of a year with study points: a last study point or two
            // would otherwise never be earned (courses are passed whole, of at least 3 points).
            let passed = (taken * self.pass_percent.clamp(0, 100) / 100).max(taken.min(1));
            earned += passed;
            years.push((taken, passed));
        }
        Some(years)
    }
}
