//! Whether an enrolment can give a right to a Flemish study grant (studietoelage).
//! Only the study conditions are checked; income, nationality and the study-grant
//! credit are for the grant office to assess.

use crate::explain::{Condition, Figures};
use crate::message::{Arg, Message};
use crate::msg;
use crate::params::ParamId;
use crate::scenario::{Contract, Programme, Scenario};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StudyGrant {
    pub possible: bool,
    /// One sentence: the verdict and its reason.
    pub text: Message,
    pub conditions: Vec<Condition>,
}

pub fn assess(scenario: &Scenario, figures: Figures<'_>) -> StudyGrant {
    let fundable_diploma_credits: i64 = scenario
        .enrolments
        .iter()
        .filter(|e| e.contract == Contract::Diploma && e.programme == Programme::Initial)
        .map(|e| e.credits)
        .sum();
    let other_credits: i64 = scenario.enrolments.iter().map(|e| e.credits).sum::<i64>() - fundable_diploma_credits;

    let minimum = match figures.get(ParamId::GrantMinimumDiplomaCredits) {
        Ok(parameter) => parameter,
        Err(missing) => {
            return StudyGrant {
                possible: false,
                text: msg!(GrantNotComputed, label = missing.label, period = missing.period, reason = missing.reason),
                conditions: Vec::new(),
            }
        }
    };
    let needed = minimum.amount / 100;
    let met = fundable_diploma_credits >= needed;
    let mut conditions = vec![Condition {
        text: msg!(GrantConditionMinimum, needed = Arg::Count(needed), have = Arg::Count(fundable_diploma_credits)),
        met,
        parameter: Some(minimum),
    }];
    if other_credits > 0 {
        conditions.push(Condition {
            text: msg!(GrantConditionNotCounted, other = Arg::Count(other_credits)),
            met: true,
            parameter: None,
        });
    }
    let text = if met {
        msg!(GrantPossible)
    } else if fundable_diploma_credits == 0 {
        msg!(GrantImpossibleNoDiploma, needed = Arg::Count(needed))
    } else {
        let short = needed - fundable_diploma_credits;
        msg!(
            GrantImpossibleShort,
            have = Arg::Count(fundable_diploma_credits),
            needed = Arg::Count(needed),
            short = Arg::Count(short)
        )
    };
    StudyGrant { possible: met, text, conditions }
}
