//! Whether an enrolment can give a right to a Flemish study grant (studietoelage).
//! Only the study conditions are checked; income, nationality and the study-grant
//! credit are for the grant office to assess.

use crate::explain::{Condition, Figures};
use crate::scenario::{Contract, Programme, Scenario};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StudyGrant {
    pub possible: bool,
    /// One sentence: the verdict and its reason.
    pub text: String,
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

    let minimum = match figures.get("grant/minimum_diploma_credits") {
        Ok(parameter) => parameter,
        Err(missing) => {
            return StudyGrant {
                possible: false,
                text: format!("Niet berekend: {} voor {} ontbreekt. {}", missing.label, missing.period, missing.reason),
                conditions: Vec::new(),
            }
        }
    };
    let needed = minimum.amount / 100;
    let met = fundable_diploma_credits >= needed;
    let mut conditions = vec![Condition {
        text: format!(
            "Minstens {needed} studiepunten op diplomacontract in een initiële (financierbare) opleiding: jij hebt er {fundable_diploma_credits}"
        ),
        met,
        parameter: Some(minimum),
    }];
    if other_credits > 0 {
        conditions.push(Condition {
            text: format!(
                "{other_credits} studiepunten op een credit- of examencontract of in een vervolg- of postinitiële opleiding tellen niet mee voor een studietoelage"
            ),
            met: true,
            parameter: None,
        });
    }
    let text = if met {
        "Een studietoelage is mogelijk: je inschrijving voldoet aan de studievoorwaarde. Of je ze krijgt, hangt ook af van je inkomen, nationaliteit en studiekrediet; dat beoordeelt de afdeling Studietoelagen.".to_owned()
    } else if fundable_diploma_credits == 0 {
        format!("Geen studietoelage mogelijk: daarvoor moet je met een diplomacontract voor minstens {needed} studiepunten in een initiële opleiding ingeschreven zijn.")
    } else {
        let short = needed - fundable_diploma_credits;
        format!(
            "Geen studietoelage mogelijk: je hebt {fundable_diploma_credits} studiepunten op diplomacontract, er zijn er minstens {needed} nodig ({short} meer). Uitzondering: in je diplomajaar mag het minder zijn."
        )
    };
    StudyGrant { possible: met, text, conditions }
}
