//! Each scheme's answer in three states — yes, no or maybe — with one reason and one next
//! step. "Maybe" whenever the outcome itself says something must still be verified (a
//! condition we cannot check, `to_verify`), or a figure the verdict needs is not published
//! (`eligible: None`): never "eligible" followed by "check whether…".

use super::{BreakOutcome, Interruption, LeaveInput, Scheme, Shortfall, VokOutcome, VovOutcome};
use crate::message::Message;
use crate::msg;
use serde::Serialize;

/// Can the person use the scheme?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every condition is checked and met.
    Yes,
    /// A condition is not met, or the scheme does not exist for the person.
    No,
    /// Nothing checked fails, but something is still to verify or not published.
    Maybe,
}

impl Verdict {
    /// The verdict of a scheme's eligibility (`None`: a figure is missing) and of what the
    /// person must still verify.
    pub fn of(eligible: Option<bool>, to_verify: &[Message]) -> Verdict {
        match eligible {
            Some(false) => Verdict::No,
            None => Verdict::Maybe,
            Some(true) if to_verify.is_empty() => Verdict::Yes,
            Some(true) => Verdict::Maybe,
        }
    }
}

/// A scheme's answer in a few words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub verdict: Verdict,
    /// Why: the scheme's verdict sentence, or for "maybe" what is still to verify.
    pub reason: Message,
    /// What to do next, and where.
    pub next_step: Message,
}

/// The answer for each scheme, in the order of the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answers {
    pub vov: Answer,
    pub time_credit: Answer,
    pub vok: Answer,
    pub care_credit: Answer,
}

/// The first threshold missed for `scheme`, as the next step: "with 3 study points more…".
fn shortfall(shortfalls: &[Shortfall], scheme: Scheme) -> Option<Message> {
    shortfalls.iter().find(|s| s.scheme == scheme).map(|s| s.text.clone())
}

/// "No": the threshold missed if there is one, else the scheme's own way on.
fn no(text: &Message, shortfalls: &[Shortfall], scheme: Scheme, otherwise: Message) -> Answer {
    Answer { verdict: Verdict::No, reason: text.clone(), next_step: shortfall(shortfalls, scheme).unwrap_or(otherwise) }
}

fn not_published(text: &Message) -> Answer {
    Answer { verdict: Verdict::Maybe, reason: text.clone(), next_step: msg!(LeaveNextNotPublished) }
}

fn vov(vov: &VovOutcome, shortfalls: &[Shortfall]) -> Answer {
    match Verdict::of(vov.eligible, &[]) {
        Verdict::Yes => Answer { verdict: Verdict::Yes, reason: vov.text.clone(), next_step: msg!(VovNextYes) },
        Verdict::No => no(&vov.text, shortfalls, Scheme::Vov, msg!(LeaveNextAskEmployer)),
        Verdict::Maybe => not_published(&vov.text),
    }
}

/// Time credit or zorgkrediet: "maybe" names the first point to verify, and where.
fn interruption(scheme: &BreakOutcome, kind: Scheme, shortfalls: &[Shortfall]) -> Answer {
    let next_step = |check: Option<&Message>| match (kind, check) {
        (Scheme::CareCredit, Some(check)) => msg!(CareCreditNextMaybe, check = check.clone()),
        (Scheme::CareCredit, None) => msg!(CareCreditNextYes),
        (_, Some(check)) => msg!(TimeCreditNextMaybe, check = check.clone()),
        (_, None) => msg!(TimeCreditNextYes),
    };
    match (Verdict::of(scheme.eligible, &scheme.to_verify), scheme.eligible) {
        (Verdict::No, _) => no(&scheme.text, shortfalls, kind, msg!(LeaveNextAskEmployer)),
        (Verdict::Maybe, None) => not_published(&scheme.text),
        (verdict, _) => Answer { verdict, reason: scheme.text.clone(), next_step: next_step(scheme.to_verify.first()) },
    }
}

/// VOK follows time credit: while time credit is a "maybe", so is the premium.
fn vok(vok: &VokOutcome, input: &LeaveInput, time_credit: Verdict, shortfalls: &[Shortfall]) -> Answer {
    match (Verdict::of(vok.eligible, &[]), time_credit) {
        (Verdict::No, _) => {
            let otherwise = if vok.applies && input.interruption == Interruption::None {
                msg!(VokNextChooseForm)
            } else {
                msg!(LeaveNextAskEmployer)
            };
            no(&vok.text, shortfalls, Scheme::Vok, otherwise)
        }
        (Verdict::Maybe, _) => not_published(&vok.text),
        (Verdict::Yes, Verdict::Yes) => {
            Answer { verdict: Verdict::Yes, reason: vok.text.clone(), next_step: msg!(VokNext) }
        }
        (Verdict::Yes, _) => Answer { verdict: Verdict::Maybe, reason: vok.text.clone(), next_step: msg!(VokNext) },
    }
}

pub(super) fn compute(
    input: &LeaveInput,
    vov_outcome: &VovOutcome,
    time_credit: &BreakOutcome,
    vok_outcome: &VokOutcome,
    care_credit: &BreakOutcome,
    shortfalls: &[Shortfall],
) -> Answers {
    let time_credit = interruption(time_credit, Scheme::TimeCredit, shortfalls);
    Answers {
        vov: vov(vov_outcome, shortfalls),
        vok: vok(vok_outcome, input, time_credit.verdict, shortfalls),
        time_credit,
        care_credit: interruption(care_credit, Scheme::CareCredit, shortfalls),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_to_verify_makes_a_yes_a_maybe() {
        let check = [msg!(TimeCreditVerifyRecognised)];
        assert_eq!(Verdict::of(Some(true), &[]), Verdict::Yes);
        assert_eq!(Verdict::of(Some(true), &check), Verdict::Maybe);
        assert_eq!(Verdict::of(None, &[]), Verdict::Maybe);
        // A condition known to fail is a no, whatever is still to verify.
        assert_eq!(Verdict::of(Some(false), &check), Verdict::No);
    }
}
