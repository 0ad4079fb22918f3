//! Whether an agreement is possible for the inputs: yes, no or maybe, with one reason and
//! one next step. Read from the agreement's conditions: the first one not met says why;
//! a condition that could not be checked (a limit or start date not published) makes it
//! a maybe.

use super::{AgreementKind, Education, Perspective};
use crate::explain::Condition;
use crate::message::{Arg, Message, MessageId};
use crate::msg;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Maybe,
}

/// The answer to "is this agreement possible?", with one reason and one next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgreementVerdict {
    pub answer: Answer,
    pub reason: Message,
    pub next_step: Message,
}

impl AgreementVerdict {
    pub fn possible(&self) -> bool {
        self.answer == Answer::Yes
    }
}

/// `learner` or `employer`: how a message addresses the asker.
pub(crate) fn who(perspective: Perspective) -> Arg {
    Arg::Key(match perspective {
        Perspective::Learner => "learner",
        Perspective::Employer => "employer",
    })
}

pub(super) fn of(kind: AgreementKind, perspective: Perspective, conditions: &[Condition]) -> AgreementVerdict {
    let who = who(perspective);
    let failed = conditions.iter().filter(|c| !c.met);
    let mut unknown = None;
    for condition in failed {
        let limit = || condition.parameter.as_ref().map(|p| p.figure()).unwrap_or(Arg::Text(String::new()));
        let (reason, next_step) = match condition.text.id {
            MessageId::DualConditionAdultEducation | MessageId::DualConditionSecondaryEducation => {
                let needed = if kind.adult_education() { Education::Adult } else { Education::Secondary };
                (
                    msg!(DualReasonEducation, needed = super::education_name(needed)),
                    msg!(
                        DualNextEducation,
                        others = Arg::Key(if kind.adult_education() { "oao" } else { "adult" }),
                        education = super::education_name(if kind.adult_education() {
                            Education::Secondary
                        } else {
                            Education::Adult
                        })
                    ),
                )
            }
            MessageId::DualConditionNotYet => {
                let start = condition.text.arg("start").cloned().unwrap_or(Arg::Text(String::new()));
                (msg!(DualReasonNotYet, start = start.clone()), msg!(DualNextNotYet, start = start))
            }
            MessageId::OaoConditionHours => {
                (msg!(DualReasonFewerHours, limit = limit()), msg!(OaoNextHours, limit = limit()))
            }
            MessageId::OdoConditionOdosHours => {
                (msg!(DualReasonFewerHours, limit = limit()), msg!(OdoNextOdosHours, limit = limit()))
            }
            MessageId::OdoConditionOdoHours => {
                (msg!(OdoReasonMoreHours, limit = limit()), msg!(OdoNextOdoHours, limit = limit()))
            }
            MessageId::OdoConditionOdowEmployed => {
                (msg!(OdoReasonNotEmployed), msg!(OdoNextNotEmployed, who = who.clone()))
            }
            MessageId::OdoConditionNotEmployed => (msg!(OdoReasonEmployed), msg!(OdoNextEmployed)),
            // A limit or start date not published: this condition is not known to fail.
            _ => {
                unknown.get_or_insert(condition);
                continue;
            }
        };
        return AgreementVerdict { answer: Answer::No, reason, next_step };
    }
    match unknown {
        Some(_) => AgreementVerdict {
            answer: Answer::Maybe,
            reason: msg!(DualReasonUnknown),
            next_step: msg!(DualNextUnknown),
        },
        None => AgreementVerdict {
            answer: Answer::Yes,
            reason: msg!(DualReasonPossible),
            next_step: msg!(DualNextPossible, who = who),
        },
    }
}
