//! A short reading of the comparison in plain words: what is open to the learner, which
//! agreement pays most for the same hours, and what the differences mean.

use super::verdict::who;
use super::{Agreement, AgreementKind, Ctx, Education};
use crate::message::{Arg, Message};
use crate::money::Cents;
use crate::msg;
use crate::params::ParamId;

/// Of the agreements possible for the inputs that have an amount, the one with the largest
/// (`most`) or smallest amount; `None` unless two or more have one and they differ. An
/// agreement that is not possible never ranks, whatever it would pay.
pub(super) fn extreme(
    agreements: &[Agreement],
    amount: impl Fn(&Agreement) -> Option<Cents>,
    most: bool,
) -> Option<AgreementKind> {
    let ranked: Vec<(&Agreement, Cents)> =
        agreements.iter().filter(|a| a.verdict.possible()).filter_map(|a| Some((a, amount(a)?))).collect();
    let high = ranked.iter().max_by_key(|(_, cents)| *cents)?;
    let low = ranked.iter().min_by_key(|(_, cents)| *cents)?;
    if ranked.len() < 2 || high.1 == low.1 {
        return None;
    }
    Some(if most { high.0.kind } else { low.0.kind })
}

pub(super) fn read(ctx: &Ctx<'_, '_>, agreements: &[Agreement], any_unconfirmed: bool) -> Vec<Message> {
    let input = ctx.input;
    let mut sentences = Vec::new();
    let per_week = msg!(DualReadingPerWeek, hours = input.hours_per_week);

    let who = who(input.perspective);
    let open: Vec<&Agreement> = agreements.iter().filter(|a| a.open).collect();
    if open.is_empty() {
        sentences.push(msg!(DualReadingNoneOpen, who = who.clone()));
    }
    for agreement in &open {
        let amounts: Arg = match (agreement.monthly_allowance_cents, agreement.yearly_allowance_cents) {
            (Some(_), Some(_)) if agreement.waived => msg!(DualReadingAmountsWaived).into(),
            (Some(monthly), Some(yearly)) => msg!(
                DualReadingAmounts,
                monthly = monthly,
                average = Arg::Key(if agreement.kind == AgreementKind::Odo { "yes" } else { "no" }),
                yearly = yearly,
                months = Arg::Count(input.months)
            )
            .into(),
            // Why it is not computed, in the middle of the sentence.
            _ => match &agreement.not_computed {
                Some(why) => Arg::MidSentence(Box::new(why.clone())),
                None => msg!(DualReadingAmountNotComputed).into(),
            },
        };
        sentences.push(msg!(
            DualReadingOpen,
            who = who.clone(),
            agreement = agreement.kind.name_in_sentence(),
            short = agreement.short.as_str(),
            per_week = per_week.clone(),
            amounts = amounts
        ));
    }

    // Only agreements possible for these inputs are ranked.
    let yearly = |a: &Agreement| a.yearly_allowance_cents.filter(|_| !a.waived);
    let most = extreme(agreements, yearly, true).and_then(|kind| agreements.iter().find(|a| a.kind == kind));
    let least = extreme(agreements, yearly, false).and_then(|kind| agreements.iter().find(|a| a.kind == kind));
    if let (Some(most), Some(least)) = (most, least) {
        sentences.push(msg!(
            DualReadingMostLeast,
            per_week = per_week.clone(),
            most = most.short.as_str(),
            most_amount = most.yearly_allowance_cents.unwrap_or_default(),
            least = least.short.as_str(),
            least_amount = least.yearly_allowance_cents.unwrap_or_default()
        ));
    }

    if ctx.adult_education.exists() {
        sentences.push(msg!(DualReadingOdoSocialSecurity));
    }
    if let Some(odo) = agreements.iter().find(|a| a.kind == AgreementKind::Odo) {
        let over_limit = odo
            .conditions
            .iter()
            .any(|c| !c.met && c.parameter.as_ref().is_some_and(|p| p.id == ParamId::DualOdoWorkplaceHoursLimit));
        if over_limit && input.education == Education::Adult {
            sentences.push(msg!(OdoReadingOverLimit, per_week = per_week.clone()));
        }
    }
    if input.waive_allowance {
        sentences.push(msg!(DualReadingWaived));
    }
    if any_unconfirmed {
        sentences.push(msg!(DualReadingUnconfirmed));
    }
    sentences
}
