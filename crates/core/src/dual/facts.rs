//! The four agreements and what each one is, and how it treats social security, holidays,
//! the workplace component, duration and the allowance — the rows of the home-care
//! webinar's table "Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van
//! duale opleiding (ODO), …". These rules in words are data, one file per agreement under
//! `params/dual/agreements/` (read by [`crate::params::AgreementData`]), each fact with its
//! status, public source and quote, and its words a message in every language; the amounts
//! that move with the index are parameters with validity dates.

use crate::i18n::Language;
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
    fn message(self) -> &'static str {
        match self {
            AgreementKind::Oao => "dual-agreement-oao",
            AgreementKind::Odos => "dual-agreement-odos",
            AgreementKind::Odo => "dual-agreement-odo",
            AgreementKind::Odow => "dual-agreement-odow",
        }
    }

    /// The name as a title: `Overeenkomst alternerende opleiding`,
    /// `Alternating-training agreement (overeenkomst alternerende opleiding)`.
    pub fn name(self, language: Language) -> String {
        language.text(self.message())
    }

    /// The name inside a sentence: `overeenkomst alternerende opleiding`,
    /// `alternating-training agreement`.
    pub fn name_in_text(self, language: Language) -> String {
        language.catalog().format(&format!("{}.in-text", self.message()), None)
    }

    /// Whether the agreement belongs to adult education (where dual learning exists from the
    /// date the parameter `dual/adult_education` gives).
    pub fn adult_education(self) -> bool {
        self != AgreementKind::Oao
    }
}

impl FactTopic {
    /// `Sociale zekerheid`, `Sécurité sociale`, `Social security`.
    pub fn label(self, language: Language) -> String {
        language.text(match self {
            FactTopic::Components => "dual-topic-components",
            FactTopic::SocialSecurity => "dual-topic-social-security",
            FactTopic::Holidays => "dual-topic-holidays",
            FactTopic::Workplace => "dual-topic-workplace",
            FactTopic::Duration => "dual-topic-duration",
            FactTopic::Allowance => "dual-topic-allowance",
        })
    }
}

/// One rule of an agreement in words, with where it was read and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub topic: FactTopic,
    pub label: String,
    pub text: String,
    pub status: Status,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The rules of one agreement in a language, in the order of [`FactTopic::ALL`]: the words
/// from the messages its data names, the source and quote as they were read.
pub fn facts(data: &AgreementData, language: Language) -> Vec<Fact> {
    data.facts
        .iter()
        .map(|f| Fact {
            topic: f.topic,
            label: f.topic.label(language),
            text: language.catalog().format(f.text, None),
            status: f.status,
            source: f.source.to_owned(),
            quote: f.quote.map(str::to_owned),
            note: f.note.map(|id| language.catalog().format(id, None)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules of one agreement from the data compiled in.
    fn facts(kind: AgreementKind, language: Language) -> Vec<Fact> {
        let params = crate::Params::embedded();
        super::facts(params.agreement(kind).expect("every agreement has its file"), language)
    }

    #[test]
    fn a_name_in_a_sentence_is_the_title_in_lower_case_in_dutch() {
        for kind in AgreementKind::ALL {
            assert_eq!(kind.name_in_text(Language::Dutch), kind.name(Language::Dutch).to_lowercase());
        }
        assert_eq!(AgreementKind::Odos.name(Language::Dutch), "Overeenkomst van duale opleiding met statuut");
    }

    #[test]
    fn a_translated_name_gives_the_dutch_legal_name_next_to_it() {
        assert_eq!(
            AgreementKind::Oao.name(Language::English),
            "Alternating-training agreement (overeenkomst alternerende opleiding)"
        );
        assert_eq!(
            AgreementKind::Odo.name(Language::French),
            "Contrat de formation duale (overeenkomst duale opleiding)"
        );
        for language in [Language::French, Language::English] {
            for kind in AgreementKind::ALL {
                let name = kind.name(language);
                let legal = if kind == AgreementKind::Oao {
                    "overeenkomst alternerende opleiding"
                } else {
                    "overeenkomst duale opleiding"
                };
                assert!(name.ends_with(&format!("({legal})")), "{name}");
                assert!(name.to_lowercase().starts_with(&kind.name_in_text(language)), "{name}");
            }
        }
    }

    #[test]
    fn every_rule_is_worded_in_every_language_with_its_source_untouched() {
        for kind in AgreementKind::ALL {
            let dutch = facts(kind, Language::Dutch);
            for language in [Language::French, Language::English] {
                let translated = facts(kind, language);
                assert_eq!(translated.len(), 6);
                for (nl, other) in dutch.iter().zip(&translated) {
                    assert_eq!(
                        (nl.topic, nl.status, &nl.source, &nl.quote),
                        (other.topic, other.status, &other.source, &other.quote)
                    );
                    assert_ne!(nl.text, other.text, "{kind:?} {:?} in {language}", nl.topic);
                    assert_ne!(nl.label, other.label);
                    assert_eq!(nl.note.is_some(), other.note.is_some());
                    assert!(!other.text.starts_with("dual-fact-"), "{}", other.text);
                }
            }
        }
        let odo = facts(AgreementKind::Odo, Language::English);
        assert_eq!(odo[1].label, "Social security");
        assert_eq!(odo[1].text, "No: you do not build up social-security rights.");
        let oao = facts(AgreementKind::Oao, Language::French);
        assert_eq!(oao[0].label, "Indemnité");
        assert_eq!(
            oao[2]
                .note
                .as_deref()
                .map(|n| n.starts_with("Tiré du tableau comparatif du webinaire «\u{a0}Opleidingstrajecten")),
            Some(true)
        );
    }
}
