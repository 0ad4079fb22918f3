//! The four agreements as data: what each one is, and how it treats social security,
//! holidays, the workplace component, duration and the allowance — the rows of the home-care
//! webinar's table "Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van duale
//! opleiding (ODO), …", each with its source and status. These are rules
//! in words, not amounts, so they live here rather than in `params/`; the amounts that
//! move with the index are parameters with validity dates.

use crate::i18n::Language;
use crate::params::Status;
use serde::Serialize;

/// The four agreements compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    /// Overeenkomst alternerende opleiding (secondary education).
    Oao,
    /// Overeenkomst van duale opleiding met het statuut van leerling (adult education, ≥ 20 h).
    Odos,
    /// Overeenkomst van duale opleiding (adult education, < 20 h).
    Odo,
    /// Overeenkomst van duale opleiding met de eigen werkgever (adult education).
    Odow,
}

impl AgreementKind {
    pub const ALL: [AgreementKind; 4] =
        [AgreementKind::Oao, AgreementKind::Odos, AgreementKind::Odo, AgreementKind::Odow];

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

    /// Whether the agreement belongs to adult education (since 1 September 2022).
    pub fn adult_education(self) -> bool {
        self != AgreementKind::Oao
    }

    /// Whether the learner builds up social security rights (the webinar's table).
    pub fn social_security(self) -> bool {
        self != AgreementKind::Odo
    }
}

/// What a fact is about: one row of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactTopic {
    Components,
    SocialSecurity,
    Holidays,
    Workplace,
    Duration,
    Allowance,
}

impl FactTopic {
    pub const ALL: [FactTopic; 6] = [
        FactTopic::Allowance,
        FactTopic::SocialSecurity,
        FactTopic::Holidays,
        FactTopic::Workplace,
        FactTopic::Components,
        FactTopic::Duration,
    ];

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

const LEERVERGOEDING: &str = "https://www.vlaanderen.be/lerenden-uit-het-onderwijs-opleiden-op-de-werkplek/overeenkomsten/overeenkomst-van-alternerende-opleiding/leervergoeding-in-duaal-en-alternerend-leren";
const ODO_PAGE: &str =
    "https://www.vlaanderen.be/lerenden-uit-het-onderwijs-opleiden-op-de-werkplek/overeenkomsten/overeenkomst-van-duale-opleiding";
const PARTENA: &str =
    "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/duale-opleidingen-volwassenenonderwijs";
const ABVV: &str = "https://www.abvv-jongeren.be/verdien-ik-iets-tijdens-duaal-leren";

/// One rule: its words are messages (`text` the message id, `note` a message or attribute
/// id such as `dual-source-webinar`, where the webinar's comparison table was read); the
/// source and its quote stay as they were read.
struct Spec {
    topic: FactTopic,
    text: &'static str,
    status: Status,
    source: &'static str,
    quote: Option<&'static str>,
    note: Option<&'static str>,
}

const fn fact(
    topic: FactTopic,
    text: &'static str,
    status: Status,
    source: &'static str,
    quote: Option<&'static str>,
    note: Option<&'static str>,
) -> Spec {
    Spec { topic, text, status, source, quote, note }
}

use FactTopic::*;
use Status::{Confirmed, Secondary};

const OAO: [Spec; 6] = [
    fact(
        Allowance,
        "dual-fact-oao-allowance",
        Confirmed,
        LEERVERGOEDING,
        Some("De werkgever betaalt de leervergoeding zowel voor de opleiding op de leerwerkplek als voor het volgen van de lessen"),
        None,
    ),
    fact(
        SocialSecurity,
        "dual-fact-oao-social-security",
        Secondary,
        ABVV,
        Some("Met een OAO of DA bouw je rechten op voor de sociale zekerheid, zoals voor je pensioen."),
        Some("dual-fact-oao-social-security.note"),
    ),
    fact(
        Holidays,
        "dual-fact-oao-holidays",
        Secondary,
        LEERVERGOEDING,
        Some("Vakantieregeling - Schoolvakantiedagen (tenzij afwijking BKO)"),
        Some("dual-source-webinar"),
    ),
    fact(
        Workplace,
        "dual-fact-oao-workplace",
        Secondary,
        ABVV,
        Some("Minder dan 20 uur per week op de werkplek: Je hebt een stageovereenkomst alternerende opleiding (SAO). Hiermee krijg je geen leervergoeding en geen loon."),
        Some("dual-fact-oao-workplace.note"),
    ),
    fact(
        Components,
        "dual-fact-oao-components",
        Secondary,
        LEERVERGOEDING,
        Some("Les- en/of werkplekcomponent Beide"),
        Some("dual-source-webinar"),
    ),
    fact(
        Duration,
        "dual-fact-oao-duration",
        Secondary,
        LEERVERGOEDING,
        Some("Duur van de opleiding Kinderbegeleider duaal: 1 jaar Assistentie in wonen, zorg en welzijn: 2 jaar"),
        Some("dual-source-webinar"),
    ),
];

const ODOS: [Spec; 6] = [
    fact(
        Allowance,
        "dual-fact-odos-allowance",
        Secondary,
        PARTENA,
        Some("Leervergoeding … €636,60/maand"),
        Some("dual-source-webinar"),
    ),
    fact(
        SocialSecurity,
        "dual-fact-odos-social-security",
        Secondary,
        PARTENA,
        Some("officieel: Overeenkomst van Duale Opleiding conform het Socialezekerheidsstatuut van leerling in het kader van een alternerende opleiding"),
        Some("dual-fact-odos-social-security.note"),
    ),
    fact(
        Holidays,
        "dual-fact-odos-holidays",
        Secondary,
        PARTENA,
        Some("bouwt betaalde vakantiedagen op - mag werken tijdens de schoolvakanties"),
        Some("dual-source-webinar"),
    ),
    fact(
        Workplace,
        "dual-fact-odos-workplace",
        Secondary,
        PARTENA,
        Some("Als de cursist op jaarbasis gemiddeld meer dan 20 uur per week op de werkplek doorbrengt, geldt de Overeenkomst van Duale Opleiding Statuut (ODOS)"),
        Some("dual-fact-odos-workplace.note"),
    ),
    fact(
        Components,
        "dual-fact-odos-components",
        Secondary,
        PARTENA,
        Some("De ODOS omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        None,
    ),
    fact(
        Duration,
        "dual-fact-odos-duration",
        Secondary,
        PARTENA,
        Some("Duur van de opleiding … Afhankelijk van het leertraject."),
        Some("dual-source-webinar"),
    ),
];

const ODO: [Spec; 6] = [
    fact(
        Allowance,
        "dual-fact-odo-allowance",
        Confirmed,
        ODO_PAGE,
        Some("In tegenstelling tot in het secundair onderwijs is dit geen vast maandbedrag maar een uurloon. Bovendien gaat het om een minimumbedrag, tenzij er geheel of gedeeltelijk afstand gedaan wordt van de leervergoeding."),
        None,
    ),
    fact(
        SocialSecurity,
        "dual-fact-odo-social-security",
        Secondary,
        ODO_PAGE,
        Some("Sociale zekerheidsstatuut … Geen sociale zekerheidsrechten"),
        Some("dual-source-webinar"),
    ),
    fact(
        Holidays,
        "dual-fact-odo-holidays",
        Secondary,
        ODO_PAGE,
        Some("bouwt geen betaalde vakantiedagen op - mag werken tijdens de schoolvakanties"),
        Some("dual-source-webinar"),
    ),
    fact(
        Workplace,
        "dual-fact-odo-workplace",
        Secondary,
        ODO_PAGE,
        Some("De Overeenkomst van Duale Opleiding (ODO) is een overeenkomst waarbij de cursist minder dan 20 uren per week op de werkplek opgeleid wordt."),
        Some("dual-fact-odo-workplace.note"),
    ),
    fact(
        Components,
        "dual-fact-odo-components",
        Confirmed,
        ODO_PAGE,
        Some("De ODO omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        Some("dual-fact-odo-components.note"),
    ),
    fact(
        Duration,
        "dual-fact-odo-duration",
        Confirmed,
        ODO_PAGE,
        Some("De ODO is een overeenkomst van bepaalde duur en mag niet langer lopen dan de duur van de duale opleiding. De duur van de opleiding hangt af van het aan te leren beroep en bedraagt meestal 1 tot in principe maximaal 3 jaar."),
        None,
    ),
];

const ODOW: [Spec; 6] = [
    fact(
        Allowance,
        "dual-fact-odow-allowance",
        Secondary,
        PARTENA,
        Some("Leervergoeding … Loon"),
        Some("dual-fact-odow-allowance.note"),
    ),
    fact(
        SocialSecurity,
        "dual-fact-odow-social-security",
        Secondary,
        PARTENA,
        Some("Sociale zekerheidsstatuut … Sociale zekerheidsrechten"),
        Some("dual-source-webinar"),
    ),
    fact(
        Holidays,
        "dual-fact-odow-holidays",
        Secondary,
        PARTENA,
        Some("bouwt betaalde vakantiedagen op"),
        Some("dual-source-webinar"),
    ),
    fact(
        Workplace,
        "dual-fact-odow-workplace",
        Secondary,
        PARTENA,
        Some("Het aantal uren opleiding op de werkplek is niet relevant."),
        Some("dual-fact-odow-workplace.note"),
    ),
    fact(
        Components,
        "dual-fact-odow-components",
        Secondary,
        PARTENA,
        Some("De ODOW omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        None,
    ),
    fact(
        Duration,
        "dual-fact-odow-duration",
        Secondary,
        PARTENA,
        Some("Duur van de opleiding … Afhankelijk van het leertraject"),
        Some("dual-source-webinar"),
    ),
];

/// The rules of one agreement, in the order of [`FactTopic::ALL`].
pub fn facts(kind: AgreementKind, language: Language) -> Vec<Fact> {
    let specs: &[Spec] = match kind {
        AgreementKind::Oao => &OAO,
        AgreementKind::Odos => &ODOS,
        AgreementKind::Odo => &ODO,
        AgreementKind::Odow => &ODOW,
    };
    FactTopic::ALL
        .iter()
        .filter_map(|topic| specs.iter().find(|s| s.topic == *topic))
        .map(|s| Fact {
            topic: s.topic,
            label: s.topic.label(language),
            text: language.catalog().format(s.text, None),
            status: s.status,
            source: s.source.to_owned(),
            quote: s.quote.map(str::to_owned),
            note: s.note.map(|id| language.catalog().format(id, None)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
