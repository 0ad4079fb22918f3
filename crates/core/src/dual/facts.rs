//! The four agreements and what each one is, and how it treats social security, holidays,
//! the workplace component, duration and the allowance — the rows of the home-care
//! webinar's table "Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van
//! duale opleiding (ODO), …". These rules in words are data, one file per agreement under
//! `params/dual/agreements/` (read by [`crate::params::AgreementData`]), each fact with its
//! status, public source and quote, and its words a message in every language; the amounts
//! that move with the index are parameters with validity dates.

use crate::message::{Arg, Message, MessageId};
use crate::params::{AgreementData, Status};
use serde::Serialize;

/// The four agreements compared (defined with the data files' schema, which names them).
pub use crate::params::schema::AgreementKind;
/// What a fact is about: one row of the comparison.
pub use crate::params::schema::FactTopic;

impl AgreementKind {
    /// `OAO`, `ODOS`, `ODO`, `ODOW`.
    pub fn short(self) -> &'static str {
        match self {
            AgreementKind::Oao => "OAO",
            AgreementKind::Odos => "ODOS",
            AgreementKind::Odo => "ODO",
            AgreementKind::Odow => "ODOW",
        }
    }

    /// The name's message: its value is the name as a title (in French and English with
    /// the Dutch legal name next to it), its `.in-text` attribute the name inside a sentence.
    pub fn message(self) -> MessageId {
        match self {
            AgreementKind::Oao => MessageId::DualAgreementOao,
            AgreementKind::Odos => MessageId::DualAgreementOdos,
            AgreementKind::Odo => MessageId::DualAgreementOdo,
            AgreementKind::Odow => MessageId::DualAgreementOdow,
        }
    }

    /// The name inside a sentence: `overeenkomst alternerende opleiding`.
    pub fn name_in_sentence(self) -> Arg {
        Arg::Attribute { message: self.message(), attribute: "in-text" }
    }

    /// Whether the agreement belongs to adult education (where dual learning exists from the
    /// date the parameter `dual/adult_education` gives).
    pub fn adult_education(self) -> bool {
        self != AgreementKind::Oao
    }
}

impl FactTopic {
    /// The topic's label: `Sociale zekerheid`, `Sécurité sociale`, `Social security`.
    pub fn message(self) -> MessageId {
        match self {
            FactTopic::Components => MessageId::DualTopicComponents,
            FactTopic::SocialSecurity => MessageId::DualTopicSocialSecurity,
            FactTopic::Holidays => MessageId::DualTopicHolidays,
            FactTopic::Workplace => MessageId::DualTopicWorkplace,
            FactTopic::Duration => MessageId::DualTopicDuration,
            FactTopic::Allowance => MessageId::DualTopicAllowance,
        }
    }
}

/// One rule of an agreement in words, with where it was read and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub topic: FactTopic,
    pub label: Message,
    pub text: Message,
    pub status: Status,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Message>,
}

/// The rules of one agreement, in the order of [`FactTopic::ALL`]: the messages its data
/// names, the source and quote as they were read.
pub fn facts(data: &AgreementData) -> Vec<Fact> {
    data.facts
        .iter()
        .map(|f| Fact {
            topic: f.topic,
            label: Message::new(f.topic.message()),
            text: Message::named(f.text),
            status: f.status,
            source: f.source.to_owned(),
            quote: f.quote.map(str::to_owned),
            note: f.note.map(Message::named),
        })
        .collect()
}
