//! The outcome, exactly as the core computed it: the total, then every line with
//! its rule, figure, academic year, status and source. Nothing is recomputed here.

use crate::components::errors::ErrorSummary;
use crate::components::form::use_disclosure;
use crate::i18n::{marked, use_language, words};
use crate::state::{Action, ErrorLink, Section};
use crate::{t, text};
use std::rc::Rc;
use studierekenaar_core::explain::{MissingFigure, ParamUse};
use studierekenaar_core::fee::{Bill, FeeLine};
use studierekenaar_core::params::Status;
use studierekenaar_core::{Cents, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// `None` while the form has errors: the last result is not shown as if it were current.
    pub outcome: Option<Rc<Outcome>>,
    pub error_count: usize,
    /// The errors of the fee's inputs, as links to their fields.
    #[prop_or_default]
    pub links: Vec<ErrorLink>,
    /// Every enrolment was removed: there is no fee to compute.
    #[prop_or_default]
    pub no_enrolments: bool,
    #[prop_or_default]
    pub on_action: Callback<Action>,
}

#[component]
pub fn FeeResult(props: &ResultProps) -> Html {
    let language = use_language();
    // "How it is calculated" is folded until the person opens it, and stays as they leave it.
    let (how_open, on_how_toggle) = use_disclosure(false);
    let fee_of = props.outcome.as_ref().and_then(|outcome| outcome.fee.as_ref().map(|fee| (outcome, fee)));
    let Some((outcome, fee)) = fee_of else {
        let count = i64::try_from(props.error_count).unwrap_or(i64::MAX);
        let nothing_to_compute = props.no_enrolments && props.error_count == 0;
        let on_add = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::AddEnrolment))
        };
        return html! {
            <section class="result" aria-labelledby="result-title">
                <h2 id="result-title">{ t!(language, "result-title-pending") }</h2>
                <div class="summary" role="status" aria-live="polite">
                    <p class="total-pending" id="fee-pending">{
                        if nothing_to_compute { t!(language, "fee-no-enrolment") } else { t!(language, "result-fix-errors", count = count) }
                    }</p>
                </div>
                if nothing_to_compute {
                    <button type="button" class="secondary" id="fee-add-first" onclick={on_add}>{ t!(language, "fee-add-first-enrolment") }</button>
                }
                <ErrorSummary id="fee-errors" links={props.links.clone()} section={Section::Fee} on_action={props.on_action.clone()} />
            </section>
        };
    };
    let year = outcome.academic_year.to_string();
    let (status_class, status_symbol, status_text) = text::figures_status(language, fee.figures_status);
    let summary = match fee.total_cents {
        Some(total) => t!(language, "result-summary", year = year.clone(), total = language.money(total)),
        None => t!(language, "result-summary-not-computed", year = year.clone()),
    };
    let grant_summary = if outcome.study_grant_possible {
        t!(language, "result-summary-grant-possible")
    } else {
        t!(language, "result-summary-grant-not-possible")
    };

    html! {
        <section class="result" aria-labelledby="result-title">
            <h2 id="result-title">{ t!(language, "result-title", year = year.clone()) }</h2>
            <div class="summary" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="fee-total">
                    <span class="total-label">{ t!(language, "result-total-label") }</span>
                    {
                        match fee.total_cents {
                            Some(total) => html! { <span class="amount">{ language.money(total) }</span> },
                            None => html! { <span class="amount not-computed">{ t!(language, "result-not-computed") }</span> },
                        }
                    }
                </p>
                <p class="visually-hidden">{ format!("{summary} {grant_summary}") }</p>
            </div>
            <p class={classes!("figures-status", status_class)}>
                <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
            </p>

            if !fee.missing.is_empty() {
                <MissingFigures missing={fee.missing.clone()} />
            }
            <p class="answer-line learning-credit-answer">{
                match fee.learning_credit_surcharge_max_cents {
                    Some(max) if max > Cents::ZERO => html! {
                        <>
                            <strong>{ t!(language, "result-surcharge-max", amount = language.money(max)) }</strong>
                            { format!(" {}", t!(language, "result-surcharge-not-included")) }
                        </>
                    },
                    Some(_) => html! { <strong>{ t!(language, "result-no-surcharge") }</strong> },
                    None => html! { <strong>{ t!(language, "result-surcharge-not-computed") }</strong> },
                }
            }</p>
            <p class={classes!("answer-line", "grant-answer", if outcome.study_grant_possible { "possible" } else { "not-possible" })}>
                <span aria-hidden="true" class="symbol">{ if outcome.study_grant_possible { "✓ " } else { "✗ " } }</span>{ words(language, &outcome.study_grant.text) }
            </p>

            <details class="how" open={how_open} ontoggle={on_how_toggle}>
                <summary><h3>{ t!(language, "result-how") }</h3></summary>
                { for fee.bills.iter().enumerate().map(|(index, bill)| html! {
                    <BillView bill={bill.clone()} lines={fee.lines.iter().filter(|l| l.bill == index).cloned().collect::<Vec<_>>()} />
                }) }

                <div class="learning-credit">
                    <h3>{ marked(language, &t!(language, "result-learning-credit-title")) }</h3>
                    <p>{ words(language, &fee.learning_credit.text) }</p>
                    if let Some(parameter) = &fee.learning_credit.parameter {
                        <Source parameter={parameter.clone()} />
                    }
                </div>

                <div class={classes!("grant", if outcome.study_grant_possible { "possible" } else { "not-possible" })}>
                    <h3>{ marked(language, &t!(language, "result-grant-title")) }</h3>
                    <ul class="conditions">
                        { for outcome.study_grant.conditions.iter().map(|condition| html! {
                            <li>
                                <span class="visually-hidden">{
                                    format!("{} ", if condition.met { t!(language, "result-condition-met") } else { t!(language, "result-condition-not-met") })
                                }</span>
                                <span aria-hidden="true">{ if condition.met { "✓ " } else { "✗ " } }</span>
                                { words(language, &condition.text) }
                                if let Some(parameter) = &condition.parameter { <Source parameter={parameter.clone()} /> }
                            </li>
                        }) }
                    </ul>
                </div>

                if !fee.notes.is_empty() {
                    <div class="notes">
                        <h3>{ t!(language, "result-notes-title") }</h3>
                        <ul>{ for fee.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
                    </div>
                }
            </details>
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
    let language = use_language();
    let bill = &props.bill;
    html! {
        <div class="bill">
            <h4>{ words(language, &bill.title) }</h4>
            <ul class="lines">
                { for props.lines.iter().map(|line| html! {
                    <li class="line">
                        <div class="line-main">
                            <span class="line-text">{ words(language, &line.text) }</span>
                            <span class="line-amount">{ language.money(line.amount_cents) }</span>
                        </div>
                        if let Some(parameter) = &line.parameter { <Source parameter={parameter.clone()} /> }
                    </li>
                }) }
            </ul>
            <p class="subtotal">
                <span>{ if bill.statutory { t!(language, "result-subtotal") } else { t!(language, "result-institution-price") } }</span>
                <span class="line-amount">{ bill.subtotal_cents.map_or_else(|| t!(language, "result-not-computed"), |c| language.money(c)) }</span>
            </p>
            { for bill.notes.iter().map(|note| html! { <p class="bill-note">{ words(language, note) }</p> }) }
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
    let language = use_language();
    let parameter = &props.parameter;
    let figure = t!(
        language,
        "result-figure",
        label = parameter.label.clone(),
        amount = parameter.display.clone(),
        period = parameter.period.clone(),
    );
    html! {
        <SourceLine status={parameter.status} source={parameter.source.clone()} quote={parameter.quote.clone()}
            note={parameter.note.clone()} figure={Some(AttrValue::from(figure))} />
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLineProps {
    pub status: Status,
    pub source: String,
    pub quote: Option<String>,
    pub note: Option<String>,
    /// The figure the source is for (`label: amount · period`), when there is one.
    #[prop_or_default]
    pub figure: Option<AttrValue>,
}

/// How sure, and where it was read: for a figure, or for a rule in words.
#[component]
pub fn SourceLine(props: &SourceLineProps) -> Html {
    let language = use_language();
    let (class, symbol, status) = text::figure_status(language, props.status);
    html! {
        <div class="source">
            if let Some(figure) = &props.figure { <span>{ marked(language, figure) }{ " · " }</span> }
            <span class={classes!("status", class)}>
                <span aria-hidden="true">{ symbol }</span>{ format!(" {status}") }
            </span>
            { " · " }
            <a href={props.source.clone()} target="_blank" rel="noopener noreferrer">
                { t!(language, "result-source", site = text::site_of(&props.source)) }
                <span class="visually-hidden">{ format!(" {}", t!(language, "opens-in-new-window")) }</span>
            </a>
            if props.quote.is_some() || props.note.is_some() {
                <details>
                    <summary>{ t!(language, "result-source-says") }</summary>
                    if let Some(quote) = &props.quote {
                        <blockquote lang={text::quote_language(&props.source)}>{ t!(language, "result-quote", quote = quote.clone()) }</blockquote>
                    }
                    if let Some(note) = &props.note { <p>{ marked(language, note) }</p> }
                </details>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScrollBoxProps {
    /// What the box holds, for screen readers: `Tabel van … (schuift opzij)`.
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A box that scrolls sideways when what it holds (a wide table) is wider than a phone's
/// screen, so that the page itself never is. A named tab stop, so that it can be scrolled
/// with the arrow keys too; its focus shows like every other.
#[component]
pub fn ScrollBox(props: &ScrollBoxProps) -> Html {
    html! {
        <div class={classes!("scroll-box", props.class.clone())} tabindex="0" role="region" aria-label={props.label.clone()}>
            { props.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MissingProps {
    pub missing: Vec<MissingFigure>,
}

#[component]
pub fn MissingFigures(props: &MissingProps) -> Html {
    let language = use_language();
    html! {
        <div class="missing">
            <p><strong>{ t!(language, "result-missing-title") }</strong></p>
            <ul>
                { for props.missing.iter().map(|missing| {
                    let text = t!(language, "result-missing-figure", label = missing.label.clone(), period = missing.period.clone());
                    // What was looked for and not found, for whoever wants to know; folded.
                    html! {
                        <li>
                            { marked(language, &text) }
                            <details class="missing-why">
                                <summary>{ t!(language, "result-missing-why") }</summary>
                                <p>{ marked(language, &missing.reason) }</p>
                            </details>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use crate::t;
    use studierekenaar_core::{Cents, Language};

    #[test]
    fn the_pending_result_counts_the_fields_to_correct() {
        assert_eq!(
            t!(Language::Dutch, "result-fix-errors", count = 1),
            "Verbeter eerst 1 veld met een fout; dan rekenen we opnieuw."
        );
        assert_eq!(
            t!(Language::Dutch, "result-fix-errors", count = 3),
            "Verbeter eerst 3 velden met een fout; dan rekenen we opnieuw."
        );
        assert_eq!(
            t!(Language::English, "result-fix-errors", count = 2),
            "First correct 2 fields with an error; then we calculate again."
        );
        assert_eq!(
            t!(Language::French, "result-fix-errors", count = 1),
            "Corrigez d’abord 1 champ contenant une erreur\u{a0}; le calcul sera alors refait."
        );
    }

    #[test]
    fn amounts_in_sentences_are_written_the_languages_way() {
        let total = |language: Language| language.money(Cents(111_600));
        assert_eq!(
            t!(Language::Dutch, "result-summary", year = "2024-2025", total = total(Language::Dutch)),
            "Studiegeld 2024-2025: € 1.116,00."
        );
        assert_eq!(
            t!(Language::English, "result-summary", year = "2024-2025", total = total(Language::English)),
            "Tuition fee 2024-2025: €1,116.00."
        );
        assert_eq!(
            t!(Language::French, "result-surcharge-max", amount = total(Language::French)),
            "Au maximum 1\u{202f}116,00\u{a0}€ en plus"
        );
        assert_eq!(
            t!(Language::Dutch, "result-figure", label = "Vast gedeelte", amount = "€ 288,00", period = "2024-2025"),
            "Vast gedeelte: € 288,00 · 2024-2025"
        );
    }
}
