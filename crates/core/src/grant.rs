//! Whether an enrolment can give a right to a Flemish study grant (studietoelage).
//! Only the study conditions are checked; income, nationality and the study-grant
//! credit are for the grant office to assess.

use crate::explain::{Condition, Figures};
use crate::params::ParamId;
use crate::scenario::{Contract, Programme, Scenario};
use crate::tr;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StudyGrant {
    pub possible: bool,
    /// One sentence: the verdict and its reason.
    pub text: String,
    pub conditions: Vec<Condition>,
}

pub fn assess(scenario: &Scenario, figures: Figures<'_>) -> StudyGrant {
    let language = figures.language;
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
                text: tr!(
                    language,
                    "grant-not-computed",
                    label = missing.label,
                    period = missing.period,
                    reason = missing.reason
                ),
                conditions: Vec::new(),
            }
        }
    };
    let needed = minimum.amount / 100;
    let met = fundable_diploma_credits >= needed;
    let mut conditions = vec![Condition {
        text: tr!(language, "grant-condition-minimum", needed = needed, have = fundable_diploma_credits),
        met,
        parameter: Some(minimum),
    }];
    if other_credits > 0 {
        conditions.push(Condition {
            text: tr!(language, "grant-condition-not-counted", other = other_credits),
            met: true,
            parameter: None,
        });
    }
    let text = if met {
        tr!(language, "grant-possible")
    } else if fundable_diploma_credits == 0 {
        tr!(language, "grant-impossible-no-diploma", needed = needed)
    } else {
        let short = needed - fundable_diploma_credits;
        tr!(language, "grant-impossible-short", have = fundable_diploma_credits, needed = needed, short = short)
    };
    StudyGrant { possible: met, text, conditions }
}
