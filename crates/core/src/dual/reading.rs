//! A short reading of the comparison in plain words: what is open to the learner, which
//! agreement pays most for the same hours, and what the differences mean.

use super::{Agreement, AgreementKind, Ctx, Education};
use crate::message::{Arg, Message};
use crate::msg;
use crate::params::ParamId;

pub(super) fn read(ctx: &Ctx<'_, '_>, agreements: &[Agreement], any_unconfirmed: bool) -> Vec<Message> {
    let input = ctx.input;
    let mut sentences = Vec::new();
    let per_week = msg!(DualReadingPerWeek, hours = input.hours_per_week);

    let open: Vec<&Agreement> = agreements.iter().filter(|a| a.open).collect();
    if open.is_empty() {
        sentences.push(msg!(DualReadingNoneOpen));
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
            agreement = agreement.kind.name_in_sentence(),
            short = agreement.short.as_str(),
            per_week = per_week.clone(),
            amounts = amounts
        ));
    }

    let mut computed: Vec<&Agreement> =
        agreements.iter().filter(|a| a.yearly_allowance_cents.is_some() && !a.waived).collect();
    computed.sort_by_key(|a| std::cmp::Reverse(a.yearly_allowance_cents));
    if let (Some(most), Some(least)) = (computed.first(), computed.last()) {
        if computed.len() >= 2 && most.yearly_allowance_cents != least.yearly_allowance_cents {
            sentences.push(msg!(
                DualReadingMostLeast,
                per_week = per_week.clone(),
                most = most.short.as_str(),
                most_amount = most.yearly_allowance_cents.unwrap_or_default(),
                least = least.short.as_str(),
                least_amount = least.yearly_allowance_cents.unwrap_or_default()
            ));
        }
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
