//! Dutch names and one-sentence explanations for the choices on the form.

use studierekenaar_core::params::Status;
use studierekenaar_core::scenario::{Contract, Programme, StudentStatus};
use studierekenaar_core::FiguresStatus;

pub const STATUSES: [StudentStatus; 3] = [StudentStatus::NonGrant, StudentStatus::NearGrant, StudentStatus::Grant];
pub const CONTRACTS: [Contract; 3] = [Contract::Diploma, Contract::Credit, Contract::Exam];
pub const PROGRAMMES: [Programme; 4] =
    [Programme::Initial, Programme::BachelorAfterBachelor, Programme::MasterAfterMaster, Programme::Postinitial];

pub fn status_name(status: StudentStatus) -> &'static str {
    match status {
        StudentStatus::NonGrant => "Niet-beurstariefstudent",
        StudentStatus::NearGrant => "Bijna-beursstudent",
        StudentStatus::Grant => "Beurstariefstudent",
    }
}

pub fn status_explained(status: StudentStatus) -> &'static str {
    match status {
        StudentStatus::NonGrant => "Je krijgt geen studietoelage en je gezinsinkomen ligt boven de grens ervoor: het gewone tarief.",
        StudentStatus::NearGrant => "Je gezinsinkomen ligt net boven de grens voor een studietoelage (hoogstens een kleine, jaarlijks geïndexeerde marge erboven).",
        StudentStatus::Grant => "Je krijgt een Vlaamse studietoelage, of je voldoet aan de financiële voorwaarden ervoor.",
    }
}

pub fn contract_name(contract: Contract) -> &'static str {
    match contract {
        Contract::Diploma => "Diplomacontract",
        Contract::Credit => "Creditcontract",
        Contract::Exam => "Examencontract",
    }
}

pub fn contract_explained(contract: Contract) -> &'static str {
    match contract {
        Contract::Diploma => "Je volgt een opleiding om er een diploma mee te behalen.",
        Contract::Credit => {
            "Je volgt enkele opleidingsonderdelen (vakken) en krijgt per geslaagd vak een creditbewijs, geen diploma."
        }
        Contract::Exam => "Je volgt geen lessen en legt alleen de examens af, voor een diploma of creditbewijs.",
    }
}

pub fn programme_name(programme: Programme) -> &'static str {
    match programme {
        Programme::Initial => "Bachelor, master of graduaat",
        Programme::BachelorAfterBachelor => "Bachelor-na-bachelor",
        Programme::MasterAfterMaster => "Master-na-master",
        Programme::Postinitial => "Postgraduaat (postinitieel)",
    }
}

/// A status shown with a symbol and words, never by colour alone.
/// A figure's status as (CSS class, symbol, words).
pub fn figure_status(status: Status) -> (&'static str, &'static str, &'static str) {
    match status {
        Status::Confirmed => ("confirmed", "✓", "bevestigd"),
        Status::Secondary => ("secondary", "≈", "secundaire bron"),
        Status::Inferred => ("inferred", "≈", "afgeleid, niet officieel gelezen"),
        Status::Unavailable => ("unavailable", "?", "niet gepubliceerd"),
    }
}

pub fn figures_status(status: FiguresStatus) -> (&'static str, &'static str, &'static str) {
    match status {
        FiguresStatus::Confirmed => ("confirmed", "✓", "Alle gebruikte bedragen zijn bevestigd door een officiële of instellingsbron."),
        FiguresStatus::Estimated => ("estimated", "≈", "Niet alle gebruikte bedragen zijn officieel bevestigd: sommige zijn afgeleid of komen uit een secundaire bron. Ze zijn hieronder gemarkeerd."),
        FiguresStatus::Unavailable => ("unavailable", "?", "Niet alle bedragen voor dit jaar zijn gepubliceerd. We schatten ze niet: wat ontbreekt, staat hieronder."),
    }
}

/// `ucll.be` from `https://www.ucll.be/en/tuitionfees`, to name a link by its site.
pub fn site_of(url: &str) -> &str {
    let host = url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or(url);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_a_link_by_its_site() {
        assert_eq!(super::site_of("https://www.ucll.be/en/tuitionfees"), "ucll.be");
        assert_eq!(super::site_of("https://onderwijs.vlaanderen.be/nl/studiegelden"), "onderwijs.vlaanderen.be");
    }
}
