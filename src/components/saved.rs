//! Saved scenarios: the list (open, rename, delete) and two of them side by side.

use crate::i18n::{marked, use_language};
use crate::persist::Saved;
use crate::{t, text};
use studierekenaar_core::leave::CoverageKind;
use studierekenaar_core::{evaluate, Outcome};
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
                <label for={id.clone()}>{ t!(language, "saved-name-label", date = props.saved.saved_at.clone()) }</label>
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

/// A row of the comparison: its label and how to read it from an outcome (whose
/// `language` is the page's).
type ComparisonRow = (String, fn(&Outcome) -> String);

#[derive(Properties, PartialEq)]
struct ComparisonProps {
    left: Option<Saved>,
    right: Option<Saved>,
}

/// The main figures of two scenarios, as the core computes them.
#[component]
fn Comparison(props: &ComparisonProps) -> Html {
    let language = use_language();
    let outcome = |saved: &Option<Saved>| saved.as_ref().and_then(|s| evaluate(&s.scenario, language).ok());
    let (left, right) = (outcome(&props.left), outcome(&props.right));
    let name = |saved: &Option<Saved>| saved.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    let rows: Vec<ComparisonRow> = vec![
        (t!(language, "saved-row-year"), |o| o.academic_year.to_string()),
        (t!(language, "saved-row-fee"), |o| match o.fee.as_ref().map(|f| f.total_cents) {
            Some(Some(total)) => o.language.money(total),
            Some(None) => t!(o.language, "result-not-computed"),
            None => "—".to_owned(),
        }),
        (t!(language, "saved-row-figures"), |o| text::figures_status(o.language, o.figures_status).2),
        (t!(language, "saved-row-grant"), |o| {
            if o.study_grant_possible {
                t!(o.language, "saved-grant-possible")
            } else {
                t!(o.language, "saved-grant-not-possible")
            }
        }),
        (t!(language, "saved-row-study-load"), |o| {
            o.leave.as_ref().and_then(|l| l.study_load_hours).map_or_else(|| "—".to_owned(), |h| h.display(o.language))
        }),
        (t!(language, "saved-row-covered"), |o| {
            let combined =
                o.leave.as_ref().and_then(|l| l.coverage.rows.iter().find(|r| r.kind == CoverageKind::Combined));
            match combined.map(|row| (row.covered_hours, row.share_percent)) {
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
        (t!(language, "saved-row-allowance"), |o| {
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
        (t!(language, "saved-row-plan"), |o| match &o.plan {
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
    ];
    html! {
        <table class="comparison">
            <caption class="visually-hidden">{ t!(language, "saved-compare-caption") }</caption>
            <thead><tr><th scope="col">{ "" }</th><th scope="col">{ name(&props.left) }</th><th scope="col">{ name(&props.right) }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|(label, value)| html! {
                    <tr>
                        <th scope="row">{ marked(language, label) }</th>
                        <td>{ left.as_ref().map(value).unwrap_or_else(|| "—".to_owned()) }</td>
                        <td>{ right.as_ref().map(value).unwrap_or_else(|| "—".to_owned()) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
