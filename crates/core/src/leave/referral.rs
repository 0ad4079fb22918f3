//! Who is asking. Vlaams opleidingsverlof (VOV) and the VOK premium are Flemish: they
//! depend on working at an establishment in the Flemish Region. Time credit with the
//! training motive is federal (the RVA decides it) for private-sector workers in every
//! region. Outside the Flemish Region, or without work, the section says so and names the
//! service that applies instead; the public address of each service, with its source's
//! status and words, is data here.

use super::{Sector, WorkRegion};
use crate::message::Message;
use crate::msg;
use crate::params::Status;
use serde::Serialize;

/// A service the person is pointed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// Congé-éducation payé of the Brussels-Capital Region (Brussels Economy and Employment).
    BrusselsTrainingLeave,
    /// Congé-éducation payé of the Walloon Region (SPW Emploi; the Forem refunds the employer).
    WalloonTrainingLeave,
    /// VDAB: keeping an unemployment benefit while studying, for job seekers living in Flanders.
    VdabStudying,
}

/// Where a service's address was read and how sure it is. The words read there are next to
/// each line, as comments: they stay out of the app's download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceSource {
    pub service: Service,
    /// The public page the person is sent to; it is also the source read.
    pub url: &'static str,
    pub status: Status,
}

/// The services, one line each.
pub const SERVICES: [ServiceSource; 3] = [
    // « s’applique uniquement sur le territoire de la Région de Bruxelles-Capitale (compétence
    // régionale). L’adresse du siège d’exploitation (ou unité d’établissement) de l’employeur
    // détermine quelle Région est compétente pour le traitement de la demande. »
    ServiceSource {
        service: Service::BrusselsTrainingLeave,
        url: "https://economie-emploi.brussels/conge-education-paye-reforme",
        status: Status::Confirmed,
    },
    // « la formation suivie doit être agréée dans le cadre du congé-éducation payé. […] Le Forem
    // rembourse à votre employeur les heures de congé éducation payé dont vous avez bénéficié. »
    ServiceSource {
        service: Service::WalloonTrainingLeave,
        url: "https://emploi.wallonie.be/demandes/2341_beneficier-d-un-conge-education-paye-dans-le-secteur-prive.html",
        status: Status::Confirmed,
    },
    // "1. Je ontvangt een RVA-uitkering (werkloosheidsuitkering, inschakelingsuitkering,
    // inkomensgarantie-uitkering...). 2. Je bent gedomicileerd in Vlaanderen."
    ServiceSource {
        service: Service::VdabStudying,
        url: "https://www.vdab.be/vrijstellingen/niet-erkend",
        status: Status::Confirmed,
    },
];

impl Service {
    pub fn source(self) -> &'static ServiceSource {
        // Every service has its line (a test checks it); the first line is never reached.
        SERVICES.iter().find(|s| s.service == self).unwrap_or(&SERVICES[0])
    }
}

/// One service, in words, with its address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServicePointer {
    pub service: Service,
    pub text: Message,
    pub url: &'static str,
    pub status: Status,
}

impl From<Service> for ServicePointer {
    fn from(service: Service) -> ServicePointer {
        let source = service.source();
        let text = match service {
            Service::BrusselsTrainingLeave => msg!(LeaveServiceBrussels),
            Service::WalloonTrainingLeave => msg!(LeaveServiceWallonia),
            Service::VdabStudying => msg!(LeaveServiceVdab),
        };
        ServicePointer { service, text, url: source.url, status: source.status }
    }
}

/// What the section says instead of computing the Flemish schemes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Referral {
    pub region: WorkRegion,
    /// Why the Flemish schemes are not computed.
    pub text: Message,
    /// Federal time credit, which stays for a private-sector worker in any region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_credit: Option<Message>,
    pub services: Vec<ServicePointer>,
}

/// `None` in the Flemish Region: every scheme is computed there.
pub(super) fn referral(region: WorkRegion, sector: Sector) -> Option<Referral> {
    let federal = (sector == Sector::Private).then(|| msg!(LeaveReferralTimeCredit));
    let (text, time_credit, service) = match region {
        WorkRegion::Flanders => return None,
        WorkRegion::Brussels => (msg!(LeaveReferralBrussels), federal, Service::BrusselsTrainingLeave),
        WorkRegion::Wallonia => (msg!(LeaveReferralWallonia), federal, Service::WalloonTrainingLeave),
        WorkRegion::NotWorking => (msg!(LeaveReferralNotWorking), None, Service::VdabStudying),
    };
    Some(Referral { region, text, time_credit, services: vec![service.into()] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_has_one_public_address() {
        for service in [Service::BrusselsTrainingLeave, Service::WalloonTrainingLeave, Service::VdabStudying] {
            assert_eq!(SERVICES.iter().filter(|s| s.service == service).count(), 1, "{service:?}");
            let source = service.source();
            assert_eq!(source.service, service);
            assert!(source.url.starts_with("https://"), "{}", source.url);
            assert_eq!(source.status, Status::Confirmed);
        }
    }

    #[test]
    fn time_credit_stays_federal_for_private_sector_workers_outside_flanders() {
        assert_eq!(referral(WorkRegion::Flanders, Sector::Private), None);
        let brussels = referral(WorkRegion::Brussels, Sector::Private);
        assert!(brussels.as_ref().is_some_and(|r| r.time_credit.is_some()));
        assert_eq!(brussels.map(|r| r.services[0].service), Some(Service::BrusselsTrainingLeave));
        assert!(referral(WorkRegion::Wallonia, Sector::OtherPublic).is_some_and(|r| r.time_credit.is_none()));
        let idle = referral(WorkRegion::NotWorking, Sector::Private);
        assert!(idle.as_ref().is_some_and(|r| r.time_credit.is_none()));
        assert_eq!(idle.map(|r| r.services[0].service), Some(Service::VdabStudying));
    }
}
