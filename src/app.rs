//! The page: the form on one side, the outcome on the other. State lives in one
//! reducer; the outcome is computed by the core whenever the form changes.

use crate::components::form::{Enrolments, StudentFields, YearPicker};
use crate::components::result::FeeResult;
use crate::state::{default_year, Action, Form};
use std::rc::Rc;
use studierekenaar_core::{evaluate, Params};
use yew::prelude::*;

/// Today's academic year, from the browser's clock.
fn current_year() -> studierekenaar_core::AcademicYear {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(9);
    default_year(year, month)
}

#[component]
pub fn App() -> Html {
    let form = use_reducer(|| Form::new(current_year()));
    let on_action = {
        let form = form.clone();
        Callback::from(move |action: Action| form.dispatch(action))
    };
    let computed = use_memo((*form).clone(), |form| {
        let (scenario, errors) = form.to_scenario();
        let outcome = scenario.and_then(|scenario| evaluate(&scenario).ok()).map(Rc::new);
        (outcome, errors)
    });
    let (outcome, errors) = &*computed;

    if let Err(error) = Params::embedded() {
        return html! {
            <main class="page">
                <h1>{ "Studierekenaar" }</h1>
                <p class="field-error" role="alert">{ format!("Deze versie kan niet rekenen: {error}") }</p>
            </main>
        };
    }

    html! {
        <>
            <header class="site-header">
                <div class="page">
                    <p class="brand">{ "Studierekenaar" }</p>
                    <p class="tagline">{ "Wat kost terug gaan studeren in Vlaanderen?" }</p>
                </div>
            </header>
            <main class="page" id="main">
                <h1>{ "Studiegeld in het hoger onderwijs" }</h1>
                <p class="lead">{ "Reken uit wat je inschrijving aan een Vlaamse hogeschool of universiteit kost: het wettelijke studiegeld, lijn per lijn, met de bron van elk bedrag." }</p>
                <p class="privacy">{ "Alles wordt in je browser berekend. Wat je invult, verlaat je toestel niet." }</p>
                <div class="layout">
                    <form class="inputs" aria-labelledby="inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <h2 id="inputs-title">{ "Jouw situatie" }</h2>
                        <YearPicker year={form.year} on_action={on_action.clone()} />
                        <StudentFields status={form.status} learning_credit={AttrValue::from(form.learning_credit.clone())}
                            errors={errors.clone()} on_action={on_action.clone()} />
                        <Enrolments rows={form.enrolments.clone()} errors={errors.clone()} on_action={on_action} />
                    </form>
                    <FeeResult outcome={outcome.clone()} error_count={errors.len()} />
                </div>
            </main>
            <footer class="site-footer">
                <div class="page">
                    <p>{ "Bedragen zoals gepubliceerd door de Vlaamse overheid en de hogescholen en universiteiten, per academiejaar, met hun bron. Een afgeleid of niet-officieel bedrag staat altijd gemarkeerd. Dit is een hulpmiddel, geen beslissing: je instelling rekent het studiegeld aan." }</p>
                </div>
            </footer>
        </>
    }
}
