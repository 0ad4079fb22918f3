//! The names and one-sentence explanations of the choices on the form, and the words
//! for how sure a figure is, in the page's language (from `locales/*/app-fee.ftl`).

use crate::i18n::catalog;
use studierekenaar_core::params::Status;
use studierekenaar_core::scenario::{Contract, Programme, StudentStatus};
use studierekenaar_core::{FiguresStatus, Language};

pub const STATUSES: [StudentStatus; 3] = [StudentStatus::NonGrant, StudentStatus::NearGrant, StudentStatus::Grant];
pub const CONTRACTS: [Contract; 3] = [Contract::Diploma, Contract::Credit, Contract::Exam];
pub const PROGRAMMES: [Programme; 4] =
    [Programme::Initial, Programme::BachelorAfterBachelor, Programme::MasterAfterMaster, Programme::Postinitial];

fn message(language: Language, id: &str) -> String {
    catalog(language).format(id, None)
}

/// The status's name; in French and English with the Dutch name next to it.
pub fn status_name(language: Language, status: StudentStatus) -> String {
    message(
        language,
        match status {
            StudentStatus::NonGrant => "status-non-grant",
            StudentStatus::NearGrant => "status-near-grant",
            StudentStatus::Grant => "status-grant",
        },
    )
}

pub fn status_explained(language: Language, status: StudentStatus) -> String {
    message(
        language,
        match status {
            StudentStatus::NonGrant => "status-non-grant-help",
            StudentStatus::NearGrant => "status-near-grant-help",
            StudentStatus::Grant => "status-grant-help",
        },
    )
}

/// The contract's name; in French and English with the Dutch name next to it.
pub fn contract_name(language: Language, contract: Contract) -> String {
    message(
        language,
        match contract {
            Contract::Diploma => "contract-diploma",
            Contract::Credit => "contract-credit",
            Contract::Exam => "contract-exam",
        },
    )
}

pub fn contract_explained(language: Language, contract: Contract) -> String {
    message(
        language,
        match contract {
            Contract::Diploma => "contract-diploma-help",
            Contract::Credit => "contract-credit-help",
            Contract::Exam => "contract-exam-help",
        },
    )
}

pub fn programme_name(language: Language, programme: Programme) -> String {
    message(
        language,
        match programme {
            Programme::Initial => "programme-initial",
            Programme::BachelorAfterBachelor => "programme-banaba",
            Programme::MasterAfterMaster => "programme-manama",
            Programme::Postinitial => "programme-postinitial",
        },
    )
}

/// A status shown with a symbol and words, never by colour alone.
/// A figure's status as (CSS class, symbol, words).
pub fn figure_status(language: Language, status: Status) -> (&'static str, &'static str, String) {
    let (class, symbol) = match status {
        Status::Confirmed => ("confirmed", "✓"),
        Status::Secondary => ("secondary", "≈"),
        Status::Inferred => ("inferred", "≈"),
        Status::Estimated => ("estimated", "≈"),
        Status::Unavailable => ("unavailable", "?"),
    };
    (class, symbol, status.label(language))
}

/// The status of all figures of a result as (CSS class, symbol, sentence).
pub fn figures_status(language: Language, status: FiguresStatus) -> (&'static str, &'static str, String) {
    let (class, symbol, id) = match status {
        FiguresStatus::Confirmed => ("confirmed", "✓", "status-figures-confirmed"),
        FiguresStatus::Estimated => ("estimated", "≈", "status-figures-estimated"),
        FiguresStatus::Unavailable => ("unavailable", "?", "status-figures-unavailable"),
    };
    (class, symbol, message(language, id))
}

/// `ucll.be` from `https://www.ucll.be/en/tuitionfees`, to name a link by its site.
pub fn site_of(url: &str) -> &str {
    let host = url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or(url);
    host.strip_prefix("www.").unwrap_or(host)
}

/// The language a source's own words are in: English for the English pages of a site
/// (`ucll.be/en/…`), Dutch otherwise.
pub fn quote_language(source: &str) -> &'static str {
    if source.contains("/en/") {
        "en"
    } else {
        "nl"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_link_by_its_site() {
        assert_eq!(site_of("https://www.ucll.be/en/tuitionfees"), "ucll.be");
        assert_eq!(site_of("https://onderwijs.vlaanderen.be/nl/studiegelden"), "onderwijs.vlaanderen.be");
    }

    #[test]
    fn a_quote_is_in_the_language_of_its_source() {
        assert_eq!(quote_language("https://www.ucll.be/en/tuitionfees"), "en");
        assert_eq!(quote_language("https://onderwijs.vlaanderen.be/nl/studiegelden"), "nl");
    }

    #[test]
    fn the_empty_saved_list_points_to_the_save_button_at_the_bottom() {
        // The button is at the bottom, under the line that unfolds it on a phone.
        assert!(crate::t!(Language::Dutch, "saved-empty")
            .contains("” onderaan de pagina, bij “Bewaren, link delen of afdrukken”:"));
        assert!(crate::t!(Language::French, "saved-empty")
            .contains("» en bas de la page, sous «\u{a0}Conserver, partager le lien ou imprimer\u{a0}»\u{a0}:"));
        assert!(crate::t!(Language::English, "saved-empty")
            .contains("” at the bottom of the page, under “Save, share the link or print”:"));
        for language in Language::ALL {
            let text = crate::t!(language, "saved-empty");
            assert!(!["bovenaan", "en haut", "at the top"].iter().any(|top| text.contains(top)), "{text}");
        }
    }

    #[test]
    fn names_keep_the_dutch_term_next_to_the_translation() {
        // A plain label first, the legal term after it.
        assert_eq!(status_name(Language::Dutch, StudentStatus::NonGrant), "Standaardtarief (niet-beurstariefstudent)");
        assert_eq!(status_name(Language::French, StudentStatus::NonGrant), "Tarif standard (niet-beurstariefstudent)");
        assert_eq!(status_name(Language::English, StudentStatus::NonGrant), "Standard rate (niet-beurstariefstudent)");
        assert_eq!(contract_name(Language::French, Contract::Exam), "Contrat d’examen (examencontract)");
        assert_eq!(programme_name(Language::Dutch, Programme::Postinitial), "Postgraduaat (postinitieel)");
        assert_eq!(figure_status(Language::English, Status::Secondary).2, "secondary source");
        assert_eq!(figure_status(Language::Dutch, Status::Inferred).2, "afgeleid, niet officieel gelezen");
        assert!(figures_status(Language::Dutch, FiguresStatus::Confirmed).2.starts_with("Alle gebruikte bedragen"));
        for language in Language::ALL {
            for status in STATUSES {
                assert!(!status_explained(language, status).starts_with("status-"), "{language}");
            }
            for contract in CONTRACTS {
                assert!(!contract_explained(language, contract).starts_with("contract-"), "{language}");
            }
        }
    }
}
