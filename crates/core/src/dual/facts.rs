//! The four agreements as data: what each one is, and how it treats social security,
//! holidays, the workplace component, duration and the allowance — the rows of the seed's
//! table "Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van duale
//! opleiding (ODO), …" (figures.md §4), each with its source and status. These are rules
//! in words, not amounts, so they live here rather than in `params/`; the amounts that
//! move with the index are parameters with validity dates.

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

    /// The legal name in Dutch.
    pub fn name(self) -> &'static str {
        match self {
            AgreementKind::Oao => "Overeenkomst alternerende opleiding",
            AgreementKind::Odos => "Overeenkomst van duale opleiding met statuut",
            AgreementKind::Odo => "Overeenkomst van duale opleiding",
            AgreementKind::Odow => "Overeenkomst van duale opleiding met de eigen werkgever",
        }
    }

    /// Whether the agreement belongs to adult education (since 1 September 2022).
    pub fn adult_education(self) -> bool {
        self != AgreementKind::Oao
    }

    /// Whether the learner builds up social security rights (seed's table).
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

    pub fn label(self) -> &'static str {
        match self {
            FactTopic::Components => "Les en werkplek",
            FactTopic::SocialSecurity => "Sociale zekerheid",
            FactTopic::Holidays => "Vakantie",
            FactTopic::Workplace => "Werkplekcomponent",
            FactTopic::Duration => "Duur",
            FactTopic::Allowance => "Vergoeding",
        }
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

/// Where the seed's comparison table was read.
pub(crate) const WEBINAR: &str = "Uit de vergelijkingstabel van het webinar 'Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht' voor de sector van de gezinszorg (2025), niet van de gelinkte pagina.";

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
        "Een leervergoeding: een vast bedrag per maand in drie schalen, naargelang je vooropleiding. De werkgever betaalt ze ook voor de lesuren.",
        Confirmed,
        LEERVERGOEDING,
        Some("De werkgever betaalt de leervergoeding zowel voor de opleiding op de leerwerkplek als voor het volgen van de lessen"),
        None,
    ),
    fact(
        SocialSecurity,
        "Ja: je bouwt sociale zekerheidsrechten op, bijvoorbeeld voor je pensioen.",
        Secondary,
        ABVV,
        Some("Met een OAO of DA bouw je rechten op voor de sociale zekerheid, zoals voor je pensioen."),
        Some("Het webinar voor de sector van de gezinszorg (2025) zegt hetzelfde: 'Sociale zekerheidsrechten'."),
    ),
    fact(
        Holidays,
        "De schoolvakantiedagen, tenzij het opleidingstraject anders bepaalt.",
        Secondary,
        LEERVERGOEDING,
        Some("Vakantieregeling - Schoolvakantiedagen (tenzij afwijking BKO)"),
        Some(WEBINAR),
    ),
    fact(
        Workplace,
        "Minstens 20 uur per week op de werkplek (gemiddeld over het jaar), afwisselend met de lessen. Met minder uren is het een stageovereenkomst (SAO) zonder leervergoeding.",
        Secondary,
        ABVV,
        Some("Minder dan 20 uur per week op de werkplek: Je hebt een stageovereenkomst alternerende opleiding (SAO). Hiermee krijg je geen leervergoeding en geen loon."),
        Some("Het webinar voor de sector van de gezinszorg (2025): 'Component werkplekleren - Min. 20u./week - Alternerend'."),
    ),
    fact(
        Components,
        "Lessen op school en opleiding op de werkplek.",
        Secondary,
        LEERVERGOEDING,
        Some("Les- en/of werkplekcomponent Beide"),
        Some(WEBINAR),
    ),
    fact(
        Duration,
        "Hangt af van de opleiding, bijvoorbeeld kinderbegeleider duaal 1 jaar, assistentie in wonen, zorg en welzijn 2 jaar.",
        Secondary,
        LEERVERGOEDING,
        Some("Duur van de opleiding Kinderbegeleider duaal: 1 jaar Assistentie in wonen, zorg en welzijn: 2 jaar"),
        Some(WEBINAR),
    ),
];

const ODOS: [Spec; 6] = [
    fact(
        Allowance,
        "Een leervergoeding: een vast bedrag per maand.",
        Secondary,
        PARTENA,
        Some("Leervergoeding … €636,60/maand"),
        Some(WEBINAR),
    ),
    fact(
        SocialSecurity,
        "Ja: je hebt het socialezekerheidsstatuut van een leerling in een alternerende opleiding.",
        Secondary,
        PARTENA,
        Some("officieel: Overeenkomst van Duale Opleiding conform het Socialezekerheidsstatuut van leerling in het kader van een alternerende opleiding"),
        Some("Het webinar voor de sector van de gezinszorg (2025): 'Sociale zekerheidsrechten'."),
    ),
    fact(
        Holidays,
        "Je bouwt betaalde vakantiedagen op en mag werken tijdens de schoolvakanties.",
        Secondary,
        PARTENA,
        Some("bouwt betaalde vakantiedagen op - mag werken tijdens de schoolvakanties"),
        Some(WEBINAR),
    ),
    fact(
        Workplace,
        "Gemiddeld minstens 20 uur per week op de werkplek over het jaar, afwisselend met de lessen.",
        Secondary,
        PARTENA,
        Some("Als de cursist op jaarbasis gemiddeld meer dan 20 uur per week op de werkplek doorbrengt, geldt de Overeenkomst van Duale Opleiding Statuut (ODOS)"),
        Some("Het webinar voor de sector van de gezinszorg (2025): 'Min. 20u./week - Alternerend'."),
    ),
    fact(
        Components,
        "Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek.",
        Secondary,
        PARTENA,
        Some("De ODOS omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        None,
    ),
    fact(
        Duration,
        "Hangt af van je leertraject.",
        Secondary,
        PARTENA,
        Some("Duur van de opleiding … Afhankelijk van het leertraject."),
        Some(WEBINAR),
    ),
];

const ODO: [Spec; 6] = [
    fact(
        Allowance,
        "Een leervergoeding per uur: een minimumbedrag, vermenigvuldigd met het aantal uren opleiding op de werkplek. Je kan er geheel of gedeeltelijk afstand van doen.",
        Confirmed,
        ODO_PAGE,
        Some("In tegenstelling tot in het secundair onderwijs is dit geen vast maandbedrag maar een uurloon. Bovendien gaat het om een minimumbedrag, tenzij er geheel of gedeeltelijk afstand gedaan wordt van de leervergoeding."),
        None,
    ),
    fact(
        SocialSecurity,
        "Nee: je bouwt geen sociale zekerheidsrechten op.",
        Secondary,
        ODO_PAGE,
        Some("Sociale zekerheidsstatuut … Geen sociale zekerheidsrechten"),
        Some(WEBINAR),
    ),
    fact(
        Holidays,
        "Je bouwt geen betaalde vakantiedagen op; je mag werken tijdens de schoolvakanties.",
        Secondary,
        ODO_PAGE,
        Some("bouwt geen betaalde vakantiedagen op - mag werken tijdens de schoolvakanties"),
        Some(WEBINAR),
    ),
    fact(
        Workplace,
        "Minder dan 20 uur per week op de werkplek; volgens het webinar minstens 50 % van de lestijd, afhankelijk van het leertraject, en het kan in blokperiodes.",
        Secondary,
        ODO_PAGE,
        Some("De Overeenkomst van Duale Opleiding (ODO) is een overeenkomst waarbij de cursist minder dan 20 uren per week op de werkplek opgeleid wordt."),
        Some("De grens van 20 uur staat op de gelinkte pagina van de Vlaamse overheid (bevestigd). 'Minstens 50% vd lestijd - Afhankelijk van leertraject - Kan in blokperiodes' komt alleen uit de vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025)."),
    ),
    fact(
        Components,
        "Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek; de leervergoeding geldt alleen voor de uren op de werkplek.",
        Confirmed,
        ODO_PAGE,
        Some("De ODO omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        Some("De vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025) zegt bij de ODO 'Enkel werkplekcomponent'; de pagina van de Vlaamse overheid zegt dat de ODO beide omvat. Wij volgen de overheid."),
    ),
    fact(
        Duration,
        "Hangt af van het beroep: meestal 1 tot in principe hoogstens 3 jaar. De overeenkomst loopt niet langer dan de opleiding.",
        Confirmed,
        ODO_PAGE,
        Some("De ODO is een overeenkomst van bepaalde duur en mag niet langer lopen dan de duur van de duale opleiding. De duur van de opleiding hangt af van het aan te leren beroep en bedraagt meestal 1 tot in principe maximaal 3 jaar."),
        None,
    ),
];

const ODOW: [Spec; 6] = [
    fact(
        Allowance,
        "Je loon: je blijft werknemer van je eigen werkgever.",
        Secondary,
        PARTENA,
        Some("Leervergoeding … Loon"),
        Some("Uit de vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025). partena-professional.be: 'Als de cursist reeds werknemer is en de opleiding op de werkvloer wenst in te vullen bij de eigen werkgever, sluit u een Overeenkomst van Duale Opleiding met de eigen werkgever (ODOW).' Dat het loon doorloopt, staat niet uitdrukkelijk in een officiële bron."),
    ),
    fact(
        SocialSecurity,
        "Ja: als werknemer bouw je sociale zekerheidsrechten op.",
        Secondary,
        PARTENA,
        Some("Sociale zekerheidsstatuut … Sociale zekerheidsrechten"),
        Some(WEBINAR),
    ),
    fact(
        Holidays,
        "Je bouwt betaalde vakantiedagen op.",
        Secondary,
        PARTENA,
        Some("bouwt betaalde vakantiedagen op"),
        Some(WEBINAR),
    ),
    fact(
        Workplace,
        "De uren in het centrum voor volwassenenonderwijs en op de werkplek vormen samen een voltijdse overeenkomst; het aantal uren op de werkplek is niet bepalend.",
        Secondary,
        PARTENA,
        Some("Het aantal uren opleiding op de werkplek is niet relevant."),
        Some("Het webinar voor de sector van de gezinszorg (2025): 'Uren opleiding in CVO + uren werkplekcomponent = voltijdse overeenkomst'."),
    ),
    fact(
        Components,
        "Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek bij je eigen werkgever.",
        Secondary,
        PARTENA,
        Some("De ODOW omvat zowel het les- als het werkplekgedeelte van de opleiding."),
        None,
    ),
    fact(
        Duration,
        "Hangt af van je leertraject.",
        Secondary,
        PARTENA,
        Some("Duur van de opleiding … Afhankelijk van het leertraject"),
        Some(WEBINAR),
    ),
];

/// The rules of one agreement, in the order of [`FactTopic::ALL`].
pub fn facts(kind: AgreementKind) -> Vec<Fact> {
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
            label: s.topic.label().to_owned(),
            text: s.text.to_owned(),
            status: s.status,
            source: s.source.to_owned(),
            quote: s.quote.map(str::to_owned),
            note: s.note.map(str::to_owned),
        })
        .collect()
}
