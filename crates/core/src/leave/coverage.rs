//! The verdict: how much of the study load VOV, time credit (or zorgkrediet) and both
//! together cover, against the low and the high estimate, and what is left per week.

use super::{breaks, BreakOutcome, Coverage, CoverageKind, CoverageRow, Hours, HoursRange, Interruption, LeaveInput};
use super::{PercentRange, Scheme, Sector, VovOutcome, WorkRegion};
use crate::message::{Arg, Message};
use crate::msg;

/// Whole percentage of `part` in `whole`, rounded down and at most 100.
fn share(part: Hours, whole: Hours) -> i64 {
    if whole.0 <= 0 {
        return 100;
    }
    (i128::from(part.0) * 100 / i128::from(whole.0)).clamp(0, 100) as i64
}

/// `57 %`, `57 tot 68 %` (`57 to 68%`).
fn share_text(share: PercentRange) -> Arg {
    if share.min == share.max {
        Arg::Percent(share.min)
    } else {
        msg!(LeaveShareRange, min = Arg::Number(share.min), max = Arg::Number(share.max)).into()
    }
}

fn row(
    kind: CoverageKind,
    label: Message,
    covered: Option<Hours>,
    load: Option<HoursRange>,
    weeks: i64,
) -> CoverageRow {
    let computed = covered.zip(load);
    let share_percent = computed.map(|(c, l)| PercentRange { min: share(c, l.max), max: share(c, l.min) });
    let left_hours = computed.map(|(c, l)| HoursRange { min: l.min.saturating_sub(c), max: l.max.saturating_sub(c) });
    let left_per_week_hours = left_hours.map(|l| HoursRange { min: l.min.scale(1, weeks), max: l.max.scale(1, weeks) });
    let text = match (covered, share_percent, left_hours, left_per_week_hours) {
        (Some(covered), Some(share), Some(left), Some(per_week)) => {
            let share = share_text(share);
            if left.max == Hours::ZERO {
                msg!(LeaveCoverageRowAll, label = label.clone(), covered = covered, share = share)
            } else {
                msg!(
                    LeaveCoverageRow,
                    label = label.clone(),
                    covered = covered,
                    share = share,
                    left = left,
                    per_week = per_week
                )
            }
        }
        _ => msg!(LeaveCoverageRowNotComputed, label = label.clone()),
    };
    CoverageRow { kind, label, covered_hours: covered, share_percent, left_hours, left_per_week_hours, text }
}

pub(super) fn compute(
    input: &LeaveInput,
    load: Option<HoursRange>,
    vov: &VovOutcome,
    time_credit: &BreakOutcome,
    care_credit: &BreakOutcome,
) -> Coverage {
    let weeks = input.weeks.max(1);
    let sum = |a: Option<Hours>, b: Option<Hours>| a.zip(b).map(|(a, b)| a + b);
    let row = |kind, label, covered| row(kind, label, covered, load, weeks);
    let rows = match input.sector {
        // Without work nothing covers the study load; outside the Flemish Region only time credit.
        _ if input.work_region == WorkRegion::NotWorking => Vec::new(),
        Sector::Private if !input.work_region.is_flanders() => {
            let label = msg!(LeaveCoverageBreakAlone, form = breaks::form(input.interruption, Scheme::TimeCredit));
            vec![row(CoverageKind::Combined, label, time_credit.hours)]
        }
        Sector::Private => {
            let break_name = breaks::form(input.interruption, Scheme::TimeCredit);
            let plan = if input.interruption == Interruption::None {
                msg!(LeaveCoveragePlanVovOnly)
            } else {
                msg!(LeaveCoveragePlanVovAnd, form = break_name)
            };
            vec![
                row(CoverageKind::Combined, plan, sum(vov.hours, time_credit.hours)),
                row(CoverageKind::Vov, msg!(LeaveCoverageVovAlone), vov.hours),
                row(CoverageKind::TimeCredit, msg!(LeaveCoverageBreakAlone, form = break_name), time_credit.hours),
            ]
        }
        Sector::FlemishPublic => {
            let label = msg!(LeaveCoveragePlanCare, form = breaks::form(input.interruption, Scheme::CareCredit));
            vec![row(CoverageKind::Combined, label, care_credit.hours)]
        }
        Sector::OtherPublic => Vec::new(),
    };
    let summary = match (rows.first(), load) {
        (Some(plan), Some(load)) => match (plan.covered_hours, plan.share_percent, plan.left_per_week_hours) {
            (Some(covered), Some(share), Some(per_week)) => msg!(
                LeaveCoverageSummary,
                load = load,
                covered = covered,
                share = share_text(share),
                per_week = per_week
            ),
            _ => msg!(LeaveCoverageSummaryNotComputed, load = load),
        },
        (None, Some(load)) => msg!(LeaveCoverageSummaryNoScheme, load = load),
        (_, None) => msg!(LeaveCoverageSummaryNoLoad),
    };
    Coverage { rows, summary }
}
