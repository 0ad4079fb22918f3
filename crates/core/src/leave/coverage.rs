//! The verdict: how much of the study load VOV, time credit (or zorgkrediet) and both
//! together cover, against the low and the high estimate, and what is left per week.

use super::{breaks, BreakOutcome, Coverage, CoverageKind, CoverageRow, Hours, HoursRange, Interruption, LeaveInput};
use super::{PercentRange, Scheme, Sector, VovOutcome};

/// Whole percentage of `part` in `whole`, rounded down and at most 100.
fn share(part: Hours, whole: Hours) -> i64 {
    if whole.0 <= 0 {
        return 100;
    }
    (i128::from(part.0) * 100 / i128::from(whole.0)).clamp(0, 100) as i64
}

fn row(kind: CoverageKind, label: String, covered: Option<Hours>, load: Option<HoursRange>, weeks: i64) -> CoverageRow {
    let computed = covered.zip(load);
    let share_percent = computed.map(|(c, l)| PercentRange { min: share(c, l.max), max: share(c, l.min) });
    let left_hours = computed.map(|(c, l)| HoursRange { min: l.min.saturating_sub(c), max: l.max.saturating_sub(c) });
    let left_per_week_hours = left_hours.map(|l| HoursRange { min: l.min.scale(1, weeks), max: l.max.scale(1, weeks) });
    let text = match (covered, share_percent, left_hours, left_per_week_hours) {
        (Some(covered), Some(share), Some(left), Some(per_week)) => {
            let share = if share.min == share.max {
                format!("{} %", share.min)
            } else {
                format!("{} tot {} %", share.min, share.max)
            };
            if left.max == Hours::ZERO {
                format!("{label}: {covered}, de hele studielast ({share}).")
            } else {
                format!(
                    "{label}: {covered} gedekt, {share} van de studielast; er blijft {} over, {} per week.",
                    left.to_nl(),
                    per_week.to_nl()
                )
            }
        }
        _ => format!("{label}: niet berekend, een bedrag voor dit jaar is niet gepubliceerd."),
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
    let chosen = |scheme: Scheme| {
        if input.interruption == Interruption::None {
            format!("{} (niet gekozen)", breaks::form_nl(Interruption::OneFifth, scheme).replace("1/5 ", ""))
        } else {
            breaks::form_nl(input.interruption, scheme)
        }
    };
    let rows = match input.sector {
        Sector::Private => {
            let break_name = chosen(Scheme::TimeCredit);
            let plan = if input.interruption == Interruption::None {
                "Jouw plan: alleen Vlaams opleidingsverlof".to_owned()
            } else {
                format!("Jouw plan: Vlaams opleidingsverlof en {break_name}")
            };
            vec![
                row(CoverageKind::Combined, plan, sum(vov.hours, time_credit.hours), load, weeks),
                row(CoverageKind::Vov, "Alleen Vlaams opleidingsverlof".to_owned(), vov.hours, load, weeks),
                row(CoverageKind::TimeCredit, format!("Alleen {break_name}"), time_credit.hours, load, weeks),
            ]
        }
        Sector::FlemishPublic => {
            let label = format!("Jouw plan: {}", chosen(Scheme::CareCredit));
            vec![row(CoverageKind::Combined, label, care_credit.hours, load, weeks)]
        }
        Sector::OtherPublic => Vec::new(),
    };
    let summary = match (rows.first(), load) {
        (Some(plan), Some(load)) => match (plan.covered_hours, plan.share_percent, plan.left_per_week_hours) {
            (Some(covered), Some(share), Some(per_week)) => {
                let share = if share.min == share.max { format!("{} %", share.min) } else { format!("{} tot {} %", share.min, share.max) };
                format!(
                    "Je opleiding vraagt {} studie. Verlof en onderbreking dekken er {covered} van ({share}). Er blijft {} per week over om naast je werk te studeren.",
                    load.to_nl(),
                    per_week.to_nl()
                )
            }
            _ => format!(
                "Je opleiding vraagt {} studie. Hoeveel daarvan gedekt is, is niet berekend: een voorwaarde of bedrag voor dit jaar is niet gepubliceerd.",
                load.to_nl()
            ),
        },
        (None, Some(load)) => format!(
            "Je opleiding vraagt {} studie. Voor jouw sector vonden we in onze bronnen geen verlof of loopbaanonderbreking om ze te dekken.",
            load.to_nl()
        ),
        (_, None) => "De studielast is niet berekend: het aantal uren per studiepunt is niet gepubliceerd.".to_owned(),
    };
    Coverage { rows, summary }
}
