//! A short reading of the comparison in plain words: what is open to the learner, which
//! agreement pays most for the same hours, and what the differences mean.

use super::{Agreement, AgreementKind, Ctx, Education};
use crate::params::ParamId;
use crate::tr;

pub(super) fn read(ctx: &Ctx<'_, '_>, agreements: &[Agreement], any_unconfirmed: bool) -> Vec<String> {
    let input = ctx.input;
    let language = ctx.figures.language;
    let mut sentences = Vec::new();
    let per_week = tr!(language, "dual-reading-per-week", hours = input.hours_per_week.display(language));

    let open: Vec<&Agreement> = agreements.iter().filter(|a| a.open).collect();
    if open.is_empty() {
        sentences.push(tr!(language, "dual-reading-none-open"));
    }
    for agreement in &open {
        let amounts = match (agreement.monthly_allowance_cents, agreement.yearly_allowance_cents) {
            (Some(_), Some(_)) if agreement.waived => tr!(language, "dual-reading-amounts-waived"),
            (Some(monthly), Some(yearly)) => tr!(
                language,
                "dual-reading-amounts",
                monthly = language.money(monthly),
                average = if agreement.kind == AgreementKind::Odo { "yes" } else { "no" },
                yearly = language.money(yearly),
                months = input.months
            ),
            _ => agreement
                .not_computed
                .as_deref()
                .map(|why| lower_first(why.trim_end_matches('.')))
                .unwrap_or_else(|| tr!(language, "dual-reading-amount-not-computed")),
        };
        sentences.push(tr!(
            language,
            "dual-reading-open",
            agreement = agreement.kind.name_in_text(language),
            short = agreement.short.clone(),
            per_week = per_week.clone(),
            amounts = amounts
        ));
    }

    let mut computed: Vec<&Agreement> =
        agreements.iter().filter(|a| a.yearly_allowance_cents.is_some() && !a.waived).collect();
    computed.sort_by_key(|a| std::cmp::Reverse(a.yearly_allowance_cents));
    if let (Some(most), Some(least)) = (computed.first(), computed.last()) {
        if computed.len() >= 2 && most.yearly_allowance_cents != least.yearly_allowance_cents {
            sentences.push(tr!(
                language,
                "dual-reading-most-least",
                per_week = per_week.clone(),
                most = most.short.clone(),
                most_amount = language.money(most.yearly_allowance_cents.unwrap_or_default()),
                least = least.short.clone(),
                least_amount = language.money(least.yearly_allowance_cents.unwrap_or_default())
            ));
        }
    }

    if ctx.adult_education.exists() {
        sentences.push(tr!(language, "dual-reading-odo-social-security"));
    }
    if let Some(odo) = agreements.iter().find(|a| a.kind == AgreementKind::Odo) {
        let over_limit = odo
            .conditions
            .iter()
            .any(|c| !c.met && c.parameter.as_ref().is_some_and(|p| p.id == ParamId::DualOdoWorkplaceHoursLimit));
        if over_limit && input.education == Education::Adult {
            sentences.push(tr!(language, "odo-reading-over-limit", per_week = per_week.clone()));
        }
    }
    if input.waive_allowance {
        sentences.push(tr!(language, "dual-reading-waived"));
    }
    if any_unconfirmed {
        sentences.push(tr!(language, "dual-reading-unconfirmed"));
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
