//! Saved scenarios: the list (open, rename, delete) and two of them side by side.

use crate::i18n::{marked, use_language};
use crate::persist;
use crate::state::saved::Saved;
use crate::state::{Form, Section};
use crate::{t, text};
use studierekenaar_core::adult_education::AdultEducationOutcome;
use studierekenaar_core::leave::{CoverageKind, Verdict};
use studierekenaar_core::{evaluate, AcademicYear, Cents, Outcome, Scenario};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the person does with the list.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAction {
    Open(usize),
    Rename(usize, String),
    Delete(usize),
}

#[derive(Properties, PartialEq)]
pub struct SavedProps {
    pub saved: Vec<Saved>,
    pub on_action: Callback<SavedAction>,
}

#[component]
pub fn SavedScenarios(props: &SavedProps) -> Html {
    let language = use_language();
    let compare = use_state(|| (0usize, 1usize));
    if props.saved.is_empty() {
        return html! {
            <section class="saved" aria-labelledby="saved-title">
                <h2 id="saved-title">{ t!(language, "saved-title") }</h2>
                <p>{ t!(language, "saved-empty") }</p>
            </section>
        };
    }
    let select = |which: usize| {
        let compare = compare.clone();
        Callback::from(move |event: Event| {
            let index =
                usize::try_from(event.target_unchecked_into::<HtmlSelectElement>().selected_index()).unwrap_or(0);
            let (a, b) = *compare;
            compare.set(if which == 0 { (index, b) } else { (a, index) });
        })
    };
    let (a, b) = *compare;
    html! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{ t!(language, "saved-title") }</h2>
            <p class="help">{ t!(language, "saved-help") }</p>
            <ul class="saved-list">
                { for props.saved.iter().enumerate().map(|(index, saved)| html! {
                    <SavedRow key={format!("{index}-{}", saved.name)} {index} saved={saved.clone()} on_action={props.on_action.clone()} />
                }) }
            </ul>
            if props.saved.len() >= 2 {
                <h3>{ t!(language, "saved-compare-title") }</h3>
                <div class="compare-pickers">
                    { for [(0, t!(language, "saved-compare-left"), a), (1, t!(language, "saved-compare-right"), b)].into_iter().map(|(which, label, chosen)| {
                        let id = format!("compare-{which}");
                        html! {
                            <div class="field">
                                <label for={id.clone()}>{ label }</label>
                                <select {id} onchange={select(which)}>
                                    { for props.saved.iter().enumerate().map(|(index, saved)| html! {
                                        <option selected={index == chosen}>{ saved.name.clone() }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    }) }
                </div>
                <Comparison left={props.saved.get(a).cloned()} right={props.saved.get(b).cloned()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    saved: Saved,
    on_action: Callback<SavedAction>,
}

#[component]
fn SavedRow(props: &RowProps) -> Html {
    let language = use_language();
    let name = use_state(|| props.saved.name.clone());
    let index = props.index;
    let id = format!("saved-name-{index}");
    let on_input = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| name.set(event.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let emit = |action: SavedAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    html! {
        <li class="saved-row">
            <div class="field">
                <label for={id.clone()}>{ t!(language, "saved-name-label", date = persist::shown_date(language, &props.saved.saved_at)) }</label>
                <input {id} type="text" value={(*name).clone()} oninput={on_input} />
            </div>
            <div class="saved-actions">
                <button type="button" class="secondary" onclick={emit(SavedAction::Open(index))}>{ t!(language, "saved-open", name = props.saved.name.clone()) }</button>
                <button type="button" class="secondary" onclick={emit(SavedAction::Rename(index, (*name).clone()))}>{ t!(language, "saved-rename") }</button>
                <button type="button" class="link" onclick={emit(SavedAction::Delete(index))}>{ t!(language, "saved-delete", name = props.saved.name.clone()) }</button>
            </div>
        </li>
    }
}

/// The part of a scenario a row of the comparison belongs to: a row is left out when
/// neither scenario filled that part in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Always,
    Fee,
    Leave,
    Dual,
    Plan,
    AdultEducation,
}

/// A row of the comparison: its part, its label and how to read it from an outcome (whose
/// `language` is the page's).
type ComparisonRow = (Part, String, fn(&Outcome) -> String);

#[derive(Properties, PartialEq)]
struct ComparisonProps {
    left: Option<Saved>,
    right: Option<Saved>,
}

/// Whether a saved scenario has this part filled in: the fee with an enrolment; the leave
/// and dual learning when their inputs differ from a fresh form's or were open when saved.
fn filled_in(saved: &Saved, part: Part, fresh: &Option<Scenario>) -> bool {
    let fresh = fresh.as_ref();
    match part {
        Part::Always => true,
        Part::Fee => !saved.scenario.enrolments.is_empty(),
        Part::Leave => {
            saved.section == Section::Leave
                || (saved.scenario.leave.is_some() && saved.scenario.leave != fresh.and_then(|f| f.leave.clone()))
        }
        Part::Dual => {
            saved.section == Section::Dual
                || (saved.scenario.dual.is_some() && saved.scenario.dual != fresh.and_then(|f| f.dual.clone()))
        }
        Part::Plan => saved.scenario.plan.is_some(),
        Part::AdultEducation => {
            saved.section == Section::AdultEducation
                || (saved.scenario.adult_education.is_some()
                    && saved.scenario.adult_education != fresh.and_then(|f| f.adult_education.clone()))
        }
    }
}

/// An amount of the section Secundair diploma: not computed when a rate is missing, an
/// upper bound while the year's cap is not published.
fn adult_amount(o: &Outcome, amount: fn(&AdultEducationOutcome) -> i64) -> String {
    match &o.adult_education {
        Some(a) if a.fee_incomplete => t!(o.language, "result-not-computed"),
        Some(a) if a.fee_is_upper_bound => {
            t!(o.language, "saved-adult-at-most", amount = o.language.money(Cents(amount(a))))
        }
        Some(a) => o.language.money(Cents(amount(a))),
        None => "—".to_owned(),
    }
}

/// The combined row of the leave's coverage: leave and working less together.
fn combined(o: &Outcome) -> Option<&studierekenaar_core::leave::CoverageRow> {
    o.leave.as_ref().and_then(|l| l.coverage.rows.iter().find(|r| r.kind == CoverageKind::Combined))
}

/// The main figures of two scenarios, as the core computes them; a row whose values differ
/// is marked, in words too.
#[component]
fn Comparison(props: &ComparisonProps) -> Html {
    let language = use_language();
    let outcome = |saved: &Option<Saved>| saved.as_ref().and_then(|s| evaluate(&s.scenario, language).ok());
    let (left, right) = (outcome(&props.left), outcome(&props.right));
    let name = |saved: &Option<Saved>| saved.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    let year = props.left.as_ref().map_or(AcademicYear(2024), |s| s.scenario.academic_year);
    let fresh = Form::new(year, language).to_scenario().0;
    let shown =
        |part: Part| [&props.left, &props.right].into_iter().flatten().any(|saved| filled_in(saved, part, &fresh));
    let rows: Vec<ComparisonRow> = vec![
        (Part::Always, t!(language, "saved-row-year"), |o| o.academic_year.to_string()),
        (Part::Fee, t!(language, "saved-row-fee"), |o| match o.fee.as_ref().map(|f| f.total_cents) {
            Some(Some(total)) => o.language.money(total),
            Some(None) => t!(o.language, "result-not-computed"),
            None => "—".to_owned(),
        }),
        (Part::Fee, t!(language, "saved-row-grant"), |o| {
            if o.study_grant_possible {
                t!(o.language, "saved-grant-possible")
            } else {
                t!(o.language, "saved-grant-not-possible")
            }
        }),
        (Part::Leave, t!(language, "saved-row-study-load"), |o| {
            o.leave.as_ref().and_then(|l| l.study_load_hours).map_or_else(|| "—".to_owned(), |h| h.display(o.language))
        }),
        (Part::Leave, t!(language, "saved-row-covered"), |o| {
            match combined(o).map(|row| (row.covered_hours, row.share_percent)) {
                Some((Some(hours), Some(share))) => t!(
                    o.language,
                    "saved-covered-share",
                    hours = hours.display(o.language),
                    min = o.language.integer(share.min),
                    max = o.language.integer(share.max),
                ),
                Some((Some(hours), None)) => hours.display(o.language),
                Some(_) => t!(o.language, "result-not-computed"),
                None => "—".to_owned(),
            }
        }),
        (Part::Leave, t!(language, "saved-row-left-per-week"), |o| {
            match combined(o).map(|row| row.left_per_week_hours) {
                Some(Some(left)) => left.display(o.language),
                Some(None) => t!(o.language, "result-not-computed"),
                None => "—".to_owned(),
            }
        }),
        (Part::Leave, t!(language, "saved-row-vok"), |o| {
            let Some(leave) = o.leave.as_ref() else { return "—".to_owned() };
            // The same three states as the leave section's answer.
            match (leave.vok.applies, leave.answers.vok.verdict, leave.vok.monthly_gross_cents) {
                (false, ..) => t!(o.language, "saved-vok-not-applicable"),
                (true, Verdict::Yes, Some(gross)) => t!(o.language, "saved-vok-yes", amount = o.language.money(gross)),
                (true, Verdict::No, _) => t!(o.language, "saved-vok-no"),
                (true, Verdict::Maybe, Some(gross)) if gross > Cents::ZERO => {
                    t!(o.language, "saved-vok-maybe-amount", amount = o.language.money(gross))
                }
                (true, ..) => t!(o.language, "saved-vok-maybe"),
            }
        }),
        (Part::Dual, t!(language, "saved-row-allowance"), |o| {
            let open: Vec<String> = o
                .dual
                .iter()
                .flat_map(|d| d.agreements.iter())
                .filter(|a| a.open)
                .map(|a| {
                    let amount = match a.yearly_allowance_cents {
                        Some(cents) => o.language.money(cents),
                        None => t!(o.language, "result-not-computed"),
                    };
                    t!(o.language, "saved-allowance", agreement = a.short.clone(), amount = amount)
                })
                .collect();
            if open.is_empty() {
                "—".to_owned()
            } else {
                open.join(", ")
            }
        }),
        (Part::Plan, t!(language, "saved-row-plan"), |o| match &o.plan {
            Some(plan) => t!(
                o.language,
                "saved-plan",
                years = plan.totals.years,
                amount = o.language.integer(plan.totals.years),
                fee = plan
                    .totals
                    .fee_cents
                    .map_or_else(|| t!(o.language, "result-not-computed"), |c| o.language.money(c))
            ),
            None => "—".to_owned(),
        }),
        (Part::AdultEducation, t!(language, "saved-row-adult-net"), |o| adult_amount(o, |a| a.net_cents)),
        (Part::AdultEducation, t!(language, "saved-row-adult-premium"), |o| adult_amount(o, |a| a.premium_cents)),
        (Part::Always, t!(language, "saved-row-figures"), |o| text::figures_status(o.language, o.figures_status).2),
    ];
    html! {
        <table class="comparison">
            <caption class="visually-hidden">{ t!(language, "saved-compare-caption") }</caption>
            <thead><tr><th scope="col">{ "" }</th><th scope="col">{ name(&props.left) }</th><th scope="col">{ name(&props.right) }</th></tr></thead>
            <tbody>
                { for rows.iter().filter(|(part, ..)| shown(*part)).map(|(_, label, value)| {
                    let (left, right) = (left.as_ref().map(value).unwrap_or_else(|| "—".to_owned()), right.as_ref().map(value).unwrap_or_else(|| "—".to_owned()));
                    let differs = left != right;
                    html! {
                        <tr class={classes!(differs.then_some("differs"))}>
                            <th scope="row">
                                { marked(language, label) }
                                if differs { <span class="differs-mark">{ format!(" {}", t!(language, "saved-differs")) }</span> }
                            </th>
                            <td>{ left }</td>
                            <td>{ right }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
