//! A short reading of the comparison in plain Dutch: what is open to the learner, which
//! agreement pays most for the same hours, and what the differences mean.

use super::{hours, Agreement, AgreementKind, Ctx, Education, ADULT_EDUCATION_START};

pub(super) fn read(ctx: &Ctx<'_, '_>, agreements: &[Agreement], any_unconfirmed: bool) -> Vec<String> {
    let input = ctx.input;
    let mut sentences = Vec::new();
    let per_week = format!("{} per week op de werkplek", hours(input.hours_per_week));

    let open: Vec<&Agreement> = agreements.iter().filter(|a| a.open).collect();
    if open.is_empty() {
        sentences.push("Met deze gegevens staat geen van de vier overeenkomsten voor je open; bij elke overeenkomst staat welke voorwaarde niet vervuld is.".to_owned());
    }
    for agreement in &open {
        let amounts = match (agreement.monthly_allowance_cents, agreement.yearly_allowance_cents) {
            (Some(_), Some(_)) if agreement.waived => {
                "je doet afstand van de leervergoeding, dus de onderneming betaalt je niets en je behoudt je uitkering of loon"
                    .to_owned()
            }
            (Some(monthly), Some(yearly)) => format!(
                "{monthly} per maand{}, {yearly} per schooljaar van {} maanden",
                if agreement.kind == AgreementKind::Odo { " gemiddeld" } else { "" },
                input.months
            ),
            _ => agreement
                .not_computed
                .as_deref()
                .map(|why| lower_first(why.trim_end_matches('.')))
                .unwrap_or_else(|| "het bedrag is niet berekend".to_owned()),
        };
        sentences.push(format!(
            "Voor jou staat de {} ({}) open, bij {per_week}: {amounts}.",
            agreement.name.to_lowercase(),
            agreement.short
        ));
    }

    let mut computed: Vec<&Agreement> =
        agreements.iter().filter(|a| a.yearly_allowance_cents.is_some() && !a.waived).collect();
    computed.sort_by_key(|a| std::cmp::Reverse(a.yearly_allowance_cents));
    if let (Some(most), Some(least)) = (computed.first(), computed.last()) {
        if computed.len() >= 2 && most.yearly_allowance_cents != least.yearly_allowance_cents {
            sentences.push(format!(
                "Voor dezelfde {per_week} brengt de {} per schooljaar het meest op ({}) en de {} het minst ({}).",
                most.short,
                most.yearly_allowance_cents.unwrap_or_default(),
                least.short,
                least.yearly_allowance_cents.unwrap_or_default()
            ));
        }
    }

    if ctx.date >= ADULT_EDUCATION_START {
        sentences.push("De ODO betaalt per uur op de werkplek; met een ODO bouw je geen sociale zekerheidsrechten en geen betaalde vakantie op. Met een OAO, ODOS of ODOW wel.".to_owned());
    }
    if let Some(odo) = agreements.iter().find(|a| a.kind == AgreementKind::Odo) {
        let over_limit = odo
            .conditions
            .iter()
            .any(|c| !c.met && c.parameter.as_ref().is_some_and(|p| p.id == "dual/odo_workplace_hours_limit"));
        if over_limit && input.education == Education::Adult {
            sentences.push(format!(
                "Met {per_week} is een ODO niet mogelijk: vanaf 20 uur sluit je in het volwassenenonderwijs een ODOS, met een vast bedrag per maand."
            ));
        }
    }
    if input.waive_allowance {
        sentences.push("Doe je afstand van de leervergoeding (in het volwassenenonderwijs), dan behoud je je uitkering of loon, en krijgt de onderneming de kleinere premie voor een lerende zonder vergoeding.".to_owned());
    }
    if any_unconfirmed {
        sentences.push("Bedragen die alleen in een secundaire bron staan (een webinar uit 2025, een vraag-en-antwoordsite, een opleidingsverstrekker), zijn officieel niet bevestigd en staan zo gemarkeerd.".to_owned());
    }
    sentences
}

/// `Niet berekend` → `niet berekend`, for the middle of a sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
