//! The leave result, the answer first: the hours a week the training takes, the hours
//! covered and their share, the hours left, and yes, no or maybe for the VOK premium (or
//! zorgkrediet) with one reason and one next step. Outside the Flemish Region, or without
//! work, the services that apply instead. Then, folded, how it was calculated: the chart,
//! the table and each scheme explained with its sources.

use crate::components::result::{MissingFigures, Source};
use crate::i18n::{marked, use_language, words};
use crate::{t, text};
use studierekenaar_core::leave::{LeaveOutcome, Referral, Verdict};
use studierekenaar_core::Language;
use yew::prelude::*;

use super::chart::{chart_break_label, chart_view, ChartProps};
use super::schemes::{break_view, lines_view, verdict_view, verdict_word, vok_view, vov_view};
use super::table::coverage_table;
use super::{per_week, share_text};

#[derive(Properties, PartialEq)]
pub(super) struct ResultProps {
    pub(super) year: AttrValue,
    pub(super) leave: LeaveOutcome,
    /// "How it was calculated": its state is the section's, so that no input folds it.
    pub(super) how_open: bool,
    pub(super) on_how_toggle: Callback<Event>,
}

/// `ja`, `nee`, `misschien` for a message that selects on it.
fn verdict_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Yes => "yes",
        Verdict::No => "no",
        Verdict::Maybe => "maybe",
    }
}

#[component]
pub(super) fn LeaveResult(props: &ResultProps) -> Html {
    let language = use_language();
    let leave = &props.leave;
    let year = &props.year;
    let plan = leave.coverage.rows.first();
    let (status_class, status_symbol, status_text) = text::figures_status(language, leave.figures_status);
    let not_computed = || t!(language, "leave-not-computed");
    let per_week_text = leave.study_load.per_week_hours.map_or_else(not_computed, |w| per_week(language, w));
    let load_text = leave.study_load_hours.map(|load| load.display(language));
    let covered = plan.and_then(|p| p.covered_hours.zip(p.share_percent));
    let left = plan.and_then(|p| p.left_per_week_hours);
    let break_scheme = if leave.care_credit.applies { &leave.care_credit } else { &leave.time_credit };
    let flemish = leave.referral.is_none();
    // The premium, or for the Flemish public sector the zorgkrediet, answered first.
    let (question, answer, answer_id) = if leave.care_credit.applies {
        (t!(language, "leave-answer-care-credit"), &leave.answers.care_credit, "leave-answer-care-credit")
    } else {
        (t!(language, "leave-answer-vok"), &leave.answers.vok, "leave-answer-vok")
    };
    html! {
        <section class="result leave-result" aria-labelledby="leave-result-title">
            <h2 id="leave-result-title">{ t!(language, "leave-result-title-year", year = year.to_string()) }</h2>
            <div class="summary" id="leave-answer" role="status" aria-live="polite" aria-atomic="true">
                <p class="total" id="leave-load">
                    <span class="total-label">{ t!(language, "leave-load-label") }</span>
                    <span class="amount">{ per_week_text }</span>
                    if let Some(load) = load_text { <span class="total-sub">{ load }</span> }
                </p>
                if plan.is_some() {
                    <dl class="answer-figures">
                        <div>
                            <dt>{ t!(language, "leave-covered-label") }</dt>
                            <dd id="leave-covered-share">{
                                match covered {
                                    Some((hours, share)) => html! { <>{ share_text(language, share) }<span class="dd-sub">{ format!(" ({})", hours.display(language)) }</span></> },
                                    None => html! { { not_computed() } },
                                }
                            }</dd>
                        </div>
                        <div>
                            <dt>{ t!(language, "leave-left-label") }</dt>
                            <dd id="leave-left-per-week">{ left.map_or_else(not_computed, |left| per_week(language, left)) }</dd>
                        </div>
                    </dl>
                }
                // The figures above in one sentence, for screen readers (the live region reads it).
                <p class="leave-verdict visually-hidden">{ words(language, &leave.coverage.summary) }</p>
            </div>
            if flemish {
                <div class={classes!("leave-answer", verdict_word(language, answer.verdict).0)} id={answer_id}>
                    <p class="answer-question">{ marked(language, &question) }</p>
                    { verdict_view(language, answer) }
                </div>
            }
            if let Some(referral) = &leave.referral {
                { referral_view(language, referral) }
            }

            if !leave.problems.is_empty() {
                <div class="missing" role="alert">
                    <p><strong>{ t!(language, "leave-problems-title") }</strong></p>
                    <ul>{ for leave.problems.iter().map(|p| html! { <li>{ words(language, &p.message) }</li> }) }</ul>
                </div>
            }
            if !leave.missing.is_empty() {
                <MissingFigures missing={leave.missing.clone()} />
            }

            <details class="leave-how" id="leave-how" open={props.how_open} ontoggle={props.on_how_toggle.clone()}>
                <summary>{ t!(language, "leave-how") }</summary>
                <p class={classes!("figures-status", status_class)}>
                    <span aria-hidden="true" class="symbol">{ status_symbol }</span>{ status_text }
                </p>
                if let Some(load) = leave.study_load_hours.filter(|_| plan.is_some()) {
                    { chart_view(language, &ChartProps {
                        load,
                        rows: leave.coverage.rows.clone(),
                        vov: leave.vov.applies.then_some(leave.vov.hours.unwrap_or_default()),
                        break_hours: break_scheme.hours,
                        break_label: chart_break_label(language, leave),
                    }) }
                }
                if !leave.coverage.rows.is_empty() {
                    { coverage_table(language, &leave.coverage.rows) }
                }

                if !leave.shortfalls.is_empty() {
                    <div class="shortfalls">
                        <h3>{ t!(language, "leave-shortfalls-title") }</h3>
                        <ul>
                            { for leave.shortfalls.iter().map(|s| html! {
                                <li><span aria-hidden="true" class="symbol">{ "→ " }</span>{ words(language, &s.text) }<Source parameter={s.parameter.clone()} /></li>
                            }) }
                        </ul>
                    </div>
                }

                if flemish {
                    { vov_view(language, &leave.vov, &leave.answers.vov) }
                }
                if leave.care_credit.applies {
                    { break_view(language, &t!(language, "leave-care-credit-title"), "leave-care-credit", &leave.care_credit, &leave.answers.care_credit) }
                } else if leave.time_credit.applies {
                    { break_view(language, &t!(language, "leave-time-credit-title"), "leave-time-credit", &leave.time_credit, &leave.answers.time_credit) }
                }
                if flemish && !leave.care_credit.applies {
                    { vok_view(language, &leave.vok, &leave.answers.vok) }
                }

                if leave.time_credit.applies || leave.care_credit.applies {
                    <div class="leave-block" id="leave-money">
                        <h3>{ t!(language, "leave-money-title") }</h3>
                        <p>{ words(language, &leave.money_per_month.text) }</p>
                        { lines_view(language, &leave.money_per_month.lines) }
                        if let Some(balance) = leave.money_per_month.balance_gross_cents.filter(|_| !leave.money_per_month.lines.is_empty()) {
                            <p class="subtotal"><span>{ t!(language, "leave-balance") }</span><span class="line-amount">{ language.money(balance) }</span></p>
                        }
                    </div>
                }

                <div class="leave-block" id="leave-study-load">
                    <h3>{ t!(language, "leave-study-load-title") }</h3>
                    { lines_view(language, &leave.study_load.lines) }
                </div>

                <div class="notes">
                    <h3>{ t!(language, "leave-notes-title") }</h3>
                    <ul>{ for leave.notes.iter().map(|note| html! { <li>{ words(language, note) }</li> }) }</ul>
                </div>
            </details>
        </section>
    }
}

/// The answer in a few words, for the bar at the bottom of a phone's screen: the hours a
/// week left and the premium's (or zorgkrediet's) verdict; elsewhere, the hours a week.
pub(super) fn sticky_text(language: Language, leave: &LeaveOutcome) -> String {
    let left = leave.coverage.rows.first().and_then(|p| p.left_per_week_hours);
    let (answer, scheme_key) =
        if leave.care_credit.applies { (&leave.answers.care_credit, "care") } else { (&leave.answers.vok, "vok") };
    match (left, leave.referral.is_none()) {
        (Some(left), true) => t!(
            language,
            "leave-sticky",
            left = left.display(language),
            scheme = scheme_key,
            verdict = verdict_key(answer.verdict)
        ),
        _ => match leave.study_load.per_week_hours {
            Some(load) => t!(language, "leave-sticky-load", load = load.display(language)),
            None => t!(language, "leave-result-title"),
        },
    }
}

/// Outside the Flemish Region or without work: why the Flemish schemes are not computed,
/// and the service that applies instead, with its public address.
fn referral_view(language: Language, referral: &Referral) -> Html {
    html! {
        <div class="leave-referral" id="leave-referral">
            <h3>{ t!(language, "leave-referral-title") }</h3>
            <p>{ words(language, &referral.text) }</p>
            <ul>
                { for referral.services.iter().map(|service| {
                    let host = service.url.trim_start_matches("https://").split('/').next().unwrap_or(service.url);
                    // The Brussels and Walloon pages are in French; VDAB's in Dutch.
                    let page_language = if host.ends_with("vdab.be") { "nl" } else { "fr" };
                    html! {
                        <li>
                            { words(language, &service.text) }{ " " }
                            <a href={service.url} hreflang={page_language} target="_blank" rel="noopener noreferrer">
                                { host }
                                <span class="visually-hidden">{ format!(" {}", t!(language, "opens-in-new-window")) }</span>
                            </a>
                        </li>
                    }
                }) }
                if let Some(time_credit) = &referral.time_credit {
                    <li>{ words(language, time_credit) }</li>
                }
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sticky_summary_says_what_is_left_and_the_answer() {
        let left = studierekenaar_core::leave::HoursRange {
            min: studierekenaar_core::leave::Hours(452),
            max: studierekenaar_core::leave::Hours(740),
        };
        let sticky = |language: Language, verdict| {
            t!(language, "leave-sticky", left = left.display(language), scheme = "vok", verdict = verdict_key(verdict))
        };
        assert_eq!(sticky(Language::Dutch, Verdict::Maybe), "Nog 4,52 tot 7,4 uur per week over · VOK: misschien");
        assert_eq!(sticky(Language::English, Verdict::Yes), "4.52 to 7.4 hours a week left · VOK: yes");
        assert_eq!(sticky(Language::French, Verdict::No), "Reste 4,52 à 7,4 heures par semaine · VOK\u{a0}: non");
    }
}
