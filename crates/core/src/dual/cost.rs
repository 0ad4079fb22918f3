//! What an agreement costs the employer in a school year: the allowance (or, with one's own
//! employer, the wage) for every learner, minus the premiums and subsidies the employer
//! receives. Employer's social contributions and insurance are not counted (the outcome's
//! notes say so).

use super::premiums::{learners, Beneficiary, Verdict};
use super::{Agreement, AgreementKind, DualLine};
use crate::message::Arg;
use crate::money::Cents;
use crate::msg;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmployerCost {
    /// The allowances (or wages) of every learner in the school year.
    pub allowances_cents: Cents,
    /// The premiums and subsidies the employer receives in the school year.
    pub premiums_cents: Cents,
    /// Allowances minus premiums; below zero when the premiums are larger.
    pub net_cents: Cents,
    /// The allowances, each premium subtracted (a negative amount), and the net cost.
    pub lines: Vec<DualLine>,
}

/// The cost, or `None` when the allowance or one of the employer's premiums is not computed.
pub(super) fn of(agreement: &Agreement, learner_count: i64) -> Option<EmployerCost> {
    let yearly = agreement.yearly_allowance_cents?;
    let premiums_cents = agreement.employer_premiums_cents?;
    let allowances_cents = yearly.times(learner_count);
    let rate = agreement.lines.iter().find_map(|line| line.parameter.clone());
    let allowance_line = if agreement.waived {
        msg!(DualCostWaived)
    } else if agreement.kind == AgreementKind::Odow {
        msg!(DualCostWage, yearly = yearly, learners = learners(learner_count))
    } else {
        msg!(DualCostAllowance, yearly = yearly, learners = learners(learner_count))
    };
    let mut lines = vec![DualLine::new(allowance_line, Some(allowances_cents), rate)];
    for premium in &agreement.premiums {
        if premium.beneficiary != Beneficiary::Employer || premium.verdict != Verdict::Applies {
            continue;
        }
        let amount = premium.amount_cents.unwrap_or_default();
        lines.push(DualLine::new(
            msg!(DualCostPremium, premium = Arg::Attribute { message: premium.name.id, attribute: "plain" }),
            Some(Cents(-amount.0)),
            premium.lines.iter().find_map(|line| line.parameter.clone()),
        ));
    }
    let net_cents = Cents(allowances_cents.0.saturating_sub(premiums_cents.0));
    lines.push(DualLine::new(msg!(DualCostNet), Some(net_cents), None));
    Some(EmployerCost { allowances_cents, premiums_cents, net_cents, lines })
}
