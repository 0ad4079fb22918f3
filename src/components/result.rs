//! The outcome, exactly as the core computed it: the total, then every line with
//! its rule, figure, academic year, status and source. Nothing is recomputed here.

use crate::text;
use std::rc::Rc;
use studierekenaar_core::explain::{MissingFigure, ParamUse};
use studierekenaar_core::fee::{Bill, FeeLine};
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// `None` while the form has errors: the last result is not shown as if it were current.
    pub outcome: Option<Rc<Outcome>>,
    pub error_count: usize,
}

#[component]
pub fn FeeResult(props: &ResultProps) -> Html {
    let fee_of = props.outcome.as_ref().and_then(|outcome| outcome.fee.as_ref().map(|fee| (outcome, fee)));
    let Some((outcome, fee)) = fee_of else {
        let count = props.error_count;
        let fields = if count == 1 { "1 veld".to_owned() } else { format!("{count} velden") };
        return html! {
            <section class="result" aria-labelledby="result-title">
                <h2 id="result-title">{ "Jouw studiegeld" }</h2>
                <div class="summary" role="status" aria-live="polite">
                    <p class="total-pending">{ format!("Verbeter eerst {fields} met een fout; dan rekenen we opnieuw.") }</p>
                </div>
            </section>
        };
    };
    let year = outcome.academic_year;
    let (status_class, status_symbol, status_text) = text::figures_status(fee.figures_status);
    let summary = match fee.total_cents {
        Some(total) => format!("Studiegeld {year}: {total}."),
        None => format!("Studiegeld {year}: niet berekend, de bedragen zijn niet gepubliceerd."),
    };
    let grant_summary =
        if outcome.study_grant_possible { "Studietoelage mogelijk." } else { "Geen studietoelage mogelijk." };

    html! {
        <section class="result" aria-labelledby="result-title">
            <h2 id="result-title">{ format!("Jouw studiegeld in {year}") }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="fee-total">{
                    match fee.total_cents {
                        Some(total) => html! { <><span class="total-label">{ "Wettelijk studiegeld" }</span><span class="amount">{ total.to_nl() }</span></> },
                        None => html! { <><span class="total-label">{ "Wettelijk studiegeld" }</span><span class="amount not-computed">{ "niet berekend" }</span></> },
                    }
                }</p>
                <p class="visually-hidden">{ format!("{summary} {grant_summary}") }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>

            if !fee.missing.is_empty() {
                <MissingFigures missing={fee.missing.clone()} />
            }
            if !fee.nearest_published.is_empty() {
                <div class="nearby">
                    <p>{ "Ter vergelijking, dezelfde inschrijvingen in de dichtstbijzijnde jaren met gepubliceerde bedragen:" }</p>
                    <ul>
                        { for fee.nearest_published.iter().map(|near| html! {
                            <li>{ format!("{}: {}", near.academic_year, near.total_cents) }</li>
                        }) }
                    </ul>
                </div>
            }

            <h3>{ "Zo is het berekend" }</h3>
            { for fee.bills.iter().enumerate().map(|(index, bill)| html! {
                <BillView bill={bill.clone()} lines={fee.lines.iter().filter(|l| l.bill == index).cloned().collect::<Vec<_>>()} />
            }) }

            <div class="learning-credit">
                <h3>{ "Leerkrediet: mogelijke toeslag" }</h3>
                <p>{
                    match fee.learning_credit_surcharge_max_cents {
                        Some(max) if max > Cents::ZERO => html! { <><strong>{ format!("Maximaal {max} extra") }</strong>{ " — niet in het studiegeld hierboven." }</> },
                        Some(_) => html! { <strong>{ "Geen toeslag" }</strong> },
                        None => html! { <strong>{ "Niet berekend" }</strong> },
                    }
                }</p>
                <p>{ fee.learning_credit.text.clone() }</p>
                if let Some(parameter) = &fee.learning_credit.parameter {
                    <Source parameter={parameter.clone()} />
                }
            </div>

            <div class={classes!("grant", if outcome.study_grant_possible { "possible" } else { "not-possible" })}>
                <h3>{ "Studietoelage" }</h3>
                <p><span aria-hidden="true" class="symbol">{ if outcome.study_grant_possible { "✓ " } else { "✗ " } }</span>{ outcome.study_grant.text.clone() }</p>
                <ul class="conditions">
                    { for outcome.study_grant.conditions.iter().map(|condition| html! {
                        <li>
                            <span class="visually-hidden">{ if condition.met { "Voldaan: " } else { "Niet voldaan: " } }</span>
                            <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                            { condition.text.clone() }
                            if let Some(parameter) = &condition.parameter { <Source parameter={parameter.clone()} /> }
                        </li>
                    }) }
                </ul>
            </div>

            if !fee.notes.is_empty() {
                <div class="notes">
                    <h3>{ "Goed om te weten" }</h3>
                    <ul>{ for fee.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BillProps {
    bill: Bill,
    lines: Vec<FeeLine>,
}

#[component]
fn BillView(props: &BillProps) -> Html {
    let bill = &props.bill;
    html! {
        <div class="bill">
            <h4>{ bill.title.clone() }</h4>
            <ul class="lines">
                { for props.lines.iter().map(|line| html! {
                    <li class="line">
                        <div class="line-main">
                            <span class="line-text">{ line.text.clone() }</span>
                            <span class="line-amount">{ line.amount_cents.to_nl() }</span>
                        </div>
                        if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }) }
            </ul>
            <p class="subtotal">
                <span>{ if bill.statutory { "Subtotaal" } else { "Prijs van de instelling (geen wettelijk studiegeld)" } }</span>
                <span class="line-amount">{ bill.subtotal_cents.map_or_else(|| "niet berekend".to_owned(), |c| c.to_nl()) }</span>
            </p>
            { for bill.notes.iter().map(|note| html! { <p class="bill-note">{ note.clone() }</p> }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub parameter: ParamUse,
}

/// Which figure, for which year, how sure, and where it was read.
#[component]
pub fn Source(props: &SourceProps) -> Html {
    let parameter = &props.parameter;
    let (class, symbol, status) = text::figure_status(parameter.status);
    html! {
        <div class="source">
            <span>{ format!("{}: {} · {} · ", parameter.label, parameter.display, parameter.period) }</span>
            <span class={classes!("status", class)}>
                <span aria-hidden="true">{ symbol }</span>{ format!(" {status}") }
            </span>
            { " · " }
            <a href={parameter.source.clone()} target="_blank" rel="noopener noreferrer">
                { format!("bron: {}", text::site_of(&parameter.source)) }
                <span class="visually-hidden">{ " (opent in een nieuw venster)" }</span>
            </a>
            if parameter.quote.is_some() || parameter.note.is_some() {
                <details>
                    <summary>{ "Wat de bron zegt" }</summary>
                    if let Some(quote) = &parameter.quote { <blockquote lang="nl">{ format!("“{quote}”") }</blockquote> }
                    if let Some(note) = &parameter.note { <p>{ note.clone() }</p> }
                </details>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MissingProps {
    pub missing: Vec<MissingFigure>,
}

#[component]
pub fn MissingFigures(props: &MissingProps) -> Html {
    html! {
        <div class="missing">
            <p><strong>{ "Niet gepubliceerd, dus niet berekend:" }</strong></p>
            <ul>
                { for props.missing.iter().map(|missing| html! {
                    <li>{ format!("{} ({}): {}", missing.label, missing.period, missing.reason) }</li>
                }) }
            </ul>
        </div>
    }
}
