//! The learning credit (leerkrediet) over a study route, year by year (ugent.be "Hoe werkt
//! leerkrediet?", uantwerpen.be "Leerkrediet", onderwijskiezer.be):
//! - the study points taken on a diploma or credit contract are subtracted, the points
//!   passed come back (points failed are lost);
//! - the first study points earned on a diploma contract (60, `learning_credit/first_credits_bonus`)
//!   count double, spread over as many years as it takes; not on a credit contract;
//! - a master's diploma subtracts the starting balance (140, `learning_credit/master_diploma_deduction`);
//!   a bachelor's diploma changes nothing;
//! - exam contracts use no learning credit;
//! - at 0 or below, only the institution can accept the enrolment, and it may charge more.

use super::FigureRef;
use crate::scenario::Contract;
use serde::Serialize;

/// Balance at or below which the institution must agree to an enrolment (onderwijskiezer.be:
/// "Als je leerkrediet op of onder nul komt, dan kan je je enkel nog inschrijven met de
/// toestemming van de instelling").
pub const CONSENT_THRESHOLD: i64 = 0;

/// One change of the balance in a year, in the order applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LearningCreditStep {
    /// The study points taken, subtracted at enrolment.
    Taken { credits: i64 },
    /// The study points passed, added back.
    Earned { credits: i64 },
    /// Of the points earned on a diploma contract, those counted a second time.
    FirstCreditsBonus { credits: i64, figure: FigureRef },
    /// The diploma of a master's programme in the route's last year.
    MasterDiploma { credits: i64, figure: FigureRef },
    /// An exam contract: the balance is not used.
    NotUsed,
}

/// What the year does to the balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YearChange {
    pub after: i64,
    pub steps: Vec<LearningCreditStep>,
    /// Bonus study points still to come after this year.
    pub bonus_left: i64,
}

/// The balance after one year of the route: `(taken, passed)` study points, the bonus points
/// still to come with their parameter, and the master's diploma when the year gives one.
pub(crate) fn year(
    before: i64,
    contract: Contract,
    (taken, passed): (i64, i64),
    (bonus_left, bonus): (i64, FigureRef),
    master_diploma: Option<(i64, FigureRef)>,
) -> YearChange {
    if contract == Contract::Exam {
        return YearChange { after: before, steps: vec![LearningCreditStep::NotUsed], bonus_left };
    }
    let mut steps = vec![LearningCreditStep::Taken { credits: taken }, LearningCreditStep::Earned { credits: passed }];
    let mut after = before - taken + passed;
    let mut bonus_left = bonus_left;
    if contract == Contract::Diploma && bonus_left > 0 && passed > 0 {
        let doubled = passed.min(bonus_left);
        after += doubled;
        bonus_left -= doubled;
        steps.push(LearningCreditStep::FirstCreditsBonus { credits: doubled, figure: bonus });
    }
    if let Some((credits, figure)) = master_diploma {
        after -= credits;
        steps.push(LearningCreditStep::MasterDiploma { credits, figure });
    }
    YearChange { after, steps, bonus_left }
}
