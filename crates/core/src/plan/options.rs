//! The comparison: the same programme under each contract and at several paces, each
//! computed as a route of its own, next to the person's own plan.

use super::{route, totals, PlanInput, PlanTotals, PlanYear};
use crate::explain::Figures;
use crate::scenario::{Contract, Scenario};
use crate::year::AcademicYear;
use serde::Serialize;

/// The paces compared: half time, three quarters and full time (60 study points is a full
/// academic year, `scenario::CREDITS_RANGE`); the own pace is added when it is another.
pub const COMPARED_PACES: [i64; 3] = [30, 45, 60];
const CONTRACTS: [Contract; 3] = [Contract::Diploma, Contract::Credit, Contract::Exam];

/// Why an alternative has no figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impossible {
    /// More study points a year than the whole programme.
    MoreThanProgramme,
    /// More years than a route may take (`plan::MAX_PLAN_YEARS`).
    TooLong,
}

/// One alternative of the comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanOption {
    pub contract: Contract,
    pub credits_per_year: i64,
    /// The person's own plan (with its own choices per year, if any).
    pub own: bool,
    /// The own plan has choices for single years that differ from `contract` and `credits_per_year`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub varies_by_year: bool,
    /// Whether a study grant is possible in at least one year.
    pub study_grant_possible: bool,
    /// `None` when the alternative cannot be computed: see `impossible`.
    pub totals: Option<PlanTotals>,
    /// The alternative's route year by year, which its totals add up (empty when it cannot be computed).
    pub years: Vec<PlanYear>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub impossible: Option<Impossible>,
}

impl PlanOption {
    fn of(
        contract: Contract,
        credits_per_year: i64,
        own: bool,
        varies_by_year: bool,
        route: &[PlanYear],
        start: (i64, AcademicYear),
    ) -> PlanOption {
        PlanOption {
            contract,
            credits_per_year,
            own,
            varies_by_year,
            study_grant_possible: route.iter().any(|y| y.study_grant_possible),
            totals: Some(totals(route, start.0, start.1)),
            years: route.to_vec(),
            impossible: None,
        }
    }
}

/// The own plan and every alternative; `start` is the learning credit at the start and the first year.
pub(super) fn compare(
    scenario: &Scenario,
    input: &PlanInput,
    own_route: &[PlanYear],
    (start_balance, start_year): (i64, AcademicYear),
    figures: Figures<'_>,
) -> Vec<PlanOption> {
    let varies_by_year = input.years.iter().any(|y| {
        y.credits.is_some_and(|c| c != input.credits_per_year) || y.contract.is_some_and(|c| c != input.contract)
    });
    let mut options = vec![PlanOption::of(
        input.contract,
        input.credits_per_year,
        true,
        varies_by_year,
        own_route,
        (start_balance, start_year),
    )];
    let mut paces = COMPARED_PACES.to_vec();
    if !paces.contains(&input.credits_per_year) {
        paces.push(input.credits_per_year);
        paces.sort_unstable();
    }
    for contract in CONTRACTS {
        for &pace in &paces {
            if !varies_by_year && contract == input.contract && pace == input.credits_per_year {
                continue;
            }
            let alternative = PlanInput {
                contract,
                credits_per_year: pace,
                years: input
                    .years
                    .iter()
                    .map(|y| super::PlanYearInput { status: y.status, ..Default::default() })
                    .collect(),
                ..input.clone()
            };
            let impossible = if pace > input.programme_credits {
                Some(Impossible::MoreThanProgramme)
            } else if alternative.schedule().is_none() {
                Some(Impossible::TooLong)
            } else {
                None
            };
            let option = match impossible {
                Some(reason) => PlanOption {
                    contract,
                    credits_per_year: pace,
                    own: false,
                    varies_by_year: false,
                    study_grant_possible: false,
                    totals: None,
                    years: Vec::new(),
                    impossible: Some(reason),
                },
                None => {
                    let route = route(scenario, &alternative, figures).unwrap_or_default();
                    PlanOption::of(contract, pace, false, false, &route, (start_balance, start_year))
                }
            };
            options.push(option);
        }
    }
    options
}
