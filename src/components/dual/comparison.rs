//! The comparison table: the four agreements side by side, row by row, then each
//! agreement explained and the notes.

use super::agreement::AgreementView;
use super::summary::{answer_class, answer_text, not_computed_short};
use super::{allowance_status, money_or_not_computed, status_badge};
use crate::components::result::ScrollBox;
use crate::i18n::{marked, use_language, words};
use crate::t;
use studierekenaar_core::dual::{
    Agreement, AgreementKind, AllowanceKind, DualOutcome, Fact, FactTopic, Premium, PremiumKind, Verdict,
};
use studierekenaar_core::params::{Date, Status};
use studierekenaar_core::render::Words;
use studierekenaar_core::{Cents, Language};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct DetailsProps {
    pub(super) dual: DualOutcome,
}

pub(super) fn premium_of(agreement: &Agreement, kind: PremiumKind) -> Option<&Premium> {
    agreement.premiums.iter().find(|p| p.kind == kind)
}

pub(super) fn premium_cell(language: Language, premium: Option<&Premium>) -> Html {
    match premium {
        None => html! { <td>{ "—" }</td> },
        Some(premium) => match premium.verdict {
            Verdict::Applies => {
                let status = premium.lines.iter().filter_map(|l| l.parameter.as_ref()).map(|p| p.status).max();
                html! {
                    <td class="num">
                        { premium.amount_cents.map(|c| language.money(c)).unwrap_or_default() }
                        if let Some(status) = status { <span class="dual-sub">{ status_badge(language, status) }</span> }
                    </td>
                }
            }
            Verdict::NotEligible => html! { <td>{ t!(language, "dual-not-applicable") }</td> },
            Verdict::NotComputed => html! { <td>{ t!(language, "dual-not-computed") }</td> },
        },
    }
}

/// An amount of a possible agreement; a dash for one that is not possible.
fn amount_cell(language: Language, agreement: &Agreement, amount: Option<Cents>) -> Html {
    if agreement.verdict.possible() {
        html! { <td class="num"><strong>{ money_or_not_computed(language, amount) }</strong></td> }
    } else {
        html! { <td>{ "—" }</td> }
    }
}

pub(super) fn fact_of(agreement: &Agreement, topic: FactTopic) -> Option<&Fact> {
    agreement.facts.iter().find(|f| f.topic == topic)
}

/// The row label of a premium in the table.
pub(super) fn premium_row_label(language: Language, kind: PremiumKind) -> String {
    match kind {
        PremiumKind::Learner => t!(language, "dual-premium-row-learner"),
        PremiumKind::QualifyingWorkplace => t!(language, "dual-premium-row-qualifying"),
        PremiumKind::HomeCareSupport => t!(language, "dual-premium-row-support"),
        PremiumKind::HomeCareHours => t!(language, "dual-premium-row-hours"),
    }
}

#[component]
pub(super) fn DualDetails(props: &DetailsProps) -> Html {
    let language = use_language();
    let dual = &props.dual;
    let agreements = &dual.agreements;
    let has_home_care = agreements.iter().any(|a| premium_of(a, PremiumKind::HomeCareSupport).is_some());
    let premium_rows: Vec<PremiumKind> = {
        let mut rows = vec![PremiumKind::Learner, PremiumKind::QualifyingWorkplace];
        if has_home_care {
            rows.push(PremiumKind::HomeCareSupport);
            rows.push(PremiumKind::HomeCareHours);
        }
        rows
    };
    let reference_date =
        dual.reference_date.parse::<Date>().map(|d| language.date(d)).unwrap_or_else(|_| dual.reference_date.clone());
    html! {
        <section class="dual-comparison" aria-labelledby="dual-comparison-title">
            <h2 id="dual-comparison-title">{ t!(language, "dual-comparison-title") }</h2>
            <ScrollBox label={t!(language, "dual-table-region")}>
                <table class="dual-table" id="dual-table">
                    <caption>{ t!(
                        language,
                        "dual-table-caption",
                        hours = dual.hours_per_week.display(language),
                        weeks = dual.weeks,
                        months = dual.months,
                        date = reference_date,
                    ) }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for agreements.iter().map(|a| html! {
                                <th scope="col" class={answer_class(a.verdict.answer)}>
                                    <span class="dual-short">{ a.short.clone() }</span>
                                    <span class="dual-name">{ words(language, &a.name) }</span>
                                    <span class="dual-edu">{ words(language, &a.education) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="dual-row-open">
                            <th scope="row">{ t!(language, "dual-row-possible") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ answer_text(language, a.verdict.answer) }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-monthly">
                            <th scope="row">{ t!(language, "dual-row-monthly") }</th>
                            { for agreements.iter().map(|a| if !a.verdict.possible() {
                                // Not possible for these inputs: no amount.
                                html! { <td>{ t!(language, "dual-not-possible") }</td> }
                            } else { html! {
                                <td class="num">
                                    <span class="dual-amount">{ money_or_not_computed(language, a.monthly_allowance_cents) }</span>
                                    if a.waived { <span class="dual-sub">{ t!(language, "dual-waived") }</span> }
                                    if a.monthly_allowance_cents.is_none() { <span class="dual-sub">{ not_computed_short(language, a) }</span> }
                                    if a.allowance == AllowanceKind::Wage && a.monthly_allowance_cents.is_some() {
                                        <span class="dual-sub">{ t!(language, "dual-wage-entered") }</span>
                                    }
                                    if a.kind == AgreementKind::Odo && a.monthly_allowance_cents.is_some() && !a.waived {
                                        <span class="dual-sub">{ t!(language, "dual-average") }</span>
                                    }
                                    if a.brackets.len() == 3 {
                                        <span class="dual-sub">{ bracket_range(language, a) }</span>
                                    }
                                    if let Some(status) = allowance_status(a) { <span class="dual-sub">{ status_badge(language, status) }</span> }
                                </td>
                            } }) }
                        </tr>
                        <tr class="dual-row-rate">
                            <th scope="row">{ t!(language, "dual-row-rate") }</th>
                            { for agreements.iter().map(|a| html! {
                                <td>{ marked(language, &rate_text(language, a)) }</td>
                            }) }
                        </tr>
                        <tr class="dual-row-yearly">
                            <th scope="row">{ t!(language, "dual-row-yearly") }</th>
                            { for agreements.iter().map(|a| amount_cell(language, a, a.yearly_allowance_cents)) }
                        </tr>
                        <tr class="dual-row-cost">
                            <th scope="row">{ t!(language, "dual-row-cost") }</th>
                            { for agreements.iter().map(|a| amount_cell(language, a, a.employer_cost.as_ref().map(|c| c.net_cents))) }
                        </tr>
                        { for premium_rows.iter().map(|kind| html! {
                            <tr class={format!("dual-row-premium-{}", premium_key(*kind))}>
                                <th scope="row">{ marked(language, &premium_row_label(language, *kind)) }</th>
                                { for agreements.iter().map(|a| if a.verdict.possible() { premium_cell(language, premium_of(a, *kind)) } else { html! { <td>{ "—" }</td> } }) }
                            </tr>
                        }) }
                        { for [FactTopic::SocialSecurity, FactTopic::Holidays, FactTopic::Workplace, FactTopic::Duration].iter().map(|topic| {
                            let topic = *topic;
                            // One mark for the row when every agreement's fact has the same status.
                            let shared = shared_status(agreements.iter().filter_map(|a| fact_of(a, topic)).map(|f| f.status));
                            html! {
                                <tr class={classes!((topic == FactTopic::SocialSecurity).then_some("dual-row-social"))}>
                                    <th scope="row">
                                        { topic.label(language) }
                                        if let Some(status) = shared { <span class="dual-sub">{ status_badge(language, status) }</span> }
                                    </th>
                                    { for agreements.iter().map(|a| html! {
                                        <td>
                                            if topic == FactTopic::SocialSecurity {
                                                { if a.social_security { t!(language, "dual-yes") } else { t!(language, "dual-no") } }
                                            } else if let Some(fact) = fact_of(a, topic) {
                                                { words(language, &fact.text) }
                                            }
                                            if let Some(fact) = fact_of(a, topic).filter(|_| shared.is_none()) {
                                                <span class="dual-sub">{ status_badge(language, fact.status) }</span>
                                            }
                                        </td>
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
            <p class="help">{ t!(language, "dual-table-help") }</p>

            <h3>{ t!(language, "dual-explained-title") }</h3>
            { for agreements.iter().map(|agreement| html! { <AgreementView agreement={agreement.clone()} /> }) }

            if !dual.notes.is_empty() {
                <div class="notes">
                    <h3>{ t!(language, "dual-notes-title") }</h3>
                    <ul>{ for dual.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

/// The status all of a row's figures share, if they share one (then it is marked once, in the row's header).
fn shared_status(mut statuses: impl Iterator<Item = Status>) -> Option<Status> {
    let first = statuses.next()?;
    statuses.all(|status| status == first).then_some(first)
}

pub(super) fn premium_key(kind: PremiumKind) -> &'static str {
    match kind {
        PremiumKind::QualifyingWorkplace => "qualifying",
        PremiumKind::Learner => "learner",
        PremiumKind::HomeCareSupport => "support",
        PremiumKind::HomeCareHours => "hours",
    }
}

pub(super) fn bracket_range(language: Language, agreement: &Agreement) -> String {
    let amounts: Vec<Cents> = agreement.brackets.iter().filter_map(|b| b.monthly_cents).collect();
    let applying = agreement.brackets.iter().find(|b| b.applies).map(|b| b.number).unwrap_or(1);
    match (amounts.first(), amounts.last()) {
        (Some(low), Some(high)) if amounts.len() == 3 => t!(
            language,
            "dual-bracket-range",
            bracket = applying,
            low = language.money(*low),
            high = language.money(*high),
        ),
        _ => t!(language, "dual-bracket-only", bracket = applying),
    }
}

pub(super) fn rate_text(language: Language, agreement: &Agreement) -> String {
    match agreement.lines.iter().find_map(|l| l.parameter.as_ref()) {
        Some(parameter) if agreement.kind == AgreementKind::Odo => {
            t!(language, "dual-rate-hourly", rate = parameter.display.clone())
        }
        Some(parameter) => t!(language, "dual-rate-fixed", rate = parameter.display.clone()),
        None if agreement.allowance == AllowanceKind::Wage => t!(language, "dual-rate-wage"),
        None => fact_of(agreement, FactTopic::Allowance).map(|f| f.text.words(language)).unwrap_or_default(),
    }
}
