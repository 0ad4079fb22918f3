//! The page: a shared academic year, three sections (fee, leave, dual learning), each
//! with its inputs and its explained outcome. State lives in one reducer; the outcome
//! is computed by the core whenever the form changes.

use crate::components::dual::DualSection;
use crate::components::form::{Enrolments, StudentFields, YearPicker};
use crate::components::leave::LeaveSection;
use crate::components::result::FeeResult;
use crate::state::{default_year, Action, Form, Section};
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

const SECTIONS: [(Section, &str, &str); 3] = [
    (Section::Fee, "section-fee", "Studiegeld"),
    (Section::Leave, "section-leave", "Studielast en verlof"),
    (Section::Dual, "section-dual", "Duaal leren"),
];

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

    let section = match form.section {
        Section::Fee => html! {
            <div class="layout">
                <form class="inputs" aria-labelledby="inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h2 id="inputs-title">{ "Jouw situatie" }</h2>
                    <StudentFields status={form.status} learning_credit={AttrValue::from(form.learning_credit.clone())}
                        errors={errors.clone()} on_action={on_action.clone()} />
                    <Enrolments rows={form.enrolments.clone()} errors={errors.clone()} on_action={on_action.clone()} />
                </form>
                <FeeResult outcome={outcome.clone()} error_count={errors.count_under(&["student", "enrolments"])} />
            </div>
        },
        Section::Leave => html! {
            <LeaveSection form={form.leave.clone()} outcome={outcome.clone()} errors={errors.clone()} on_action={on_action.clone()} />
        },
        Section::Dual => html! {
            <DualSection form={form.dual.clone()} outcome={outcome.clone()} errors={errors.clone()} on_action={on_action.clone()} />
        },
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "Naar de inhoud" }</a>
            <header class="site-header">
                <div class="page">
                    <p class="brand">{ "Studierekenaar" }</p>
                    <p class="tagline">{ "Wat kost terug gaan studeren in Vlaanderen?" }</p>
                </div>
            </header>
            <main class="page" id="main">
                <h1>{ "Terug gaan studeren: wat kost het, wat krijg je?" }</h1>
                <p class="lead">{ "Reken uit wat een opleiding in het hoger onderwijs kost, hoeveel tijd ze vraagt naast je werk en wat verlof en premies daarvan dekken, en wat duaal leren oplevert. Lijn per lijn, met de bron van elk bedrag." }</p>
                <p class="privacy">{ "Alles wordt in je browser berekend. Wat je invult, verlaat je toestel niet." }</p>
                <div class="toolbar">
                    <YearPicker year={form.year} on_action={on_action.clone()} />
                    <nav class="sections" aria-label="Onderdelen">
                        { for SECTIONS.iter().map(|(target, id, label)| {
                            let target = *target;
                            let onclick = {
                                let on_action = on_action.clone();
                                Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowSection(target)))
                            };
                            let current = form.section == target;
                            html! {
                                <button type="button" id={*id} class={classes!("section-button", current.then_some("current"))}
                                    aria-current={current.then_some("page")} {onclick}>{ *label }</button>
                            }
                        }) }
                    </nav>
                </div>
                { section }
            </main>
            <footer class="site-footer">
                <div class="page">
                    <p>{ "Bedragen zoals gepubliceerd door de Vlaamse en federale overheid en door de hogescholen en universiteiten, per academiejaar, met hun bron. Een afgeleid of niet-officieel bedrag staat altijd gemarkeerd. Dit is een hulpmiddel, geen beslissing: de instelling, je werkgever of de bevoegde overheid beslist." }</p>
                </div>
            </footer>
        </>
    }
}
