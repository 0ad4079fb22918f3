//! The page: a shared academic year, the sections (fee, leave, dual learning, saved
//! scenarios), each with its inputs and its explained outcome. State lives in one
//! reducer; the outcome is computed by the core whenever the form changes; every valid
//! change is written to the address (a shareable link) and to this browser's storage.

use crate::components::dual::DualSection;
use crate::components::form::{Enrolments, StudentFields, YearPicker};
use crate::components::leave::LeaveSection;
use crate::components::recap::PrintRecap;
use crate::components::result::FeeResult;
use crate::components::saved::{SavedAction, SavedScenarios};
use crate::components::share::ShareBar;
use crate::embed::{self, EmbedOptions};
use crate::persist::{self, Saved};
use crate::state::{default_year, Action, Form, Section};
use std::rc::Rc;
use studierekenaar_core::year::{AcademicYear, LAST_SUPPORTED};
use studierekenaar_core::{evaluate, FiguresStatus, Params, Scenario};
use yew::prelude::*;

/// Today's academic year from the browser's clock, before clamping to the covered years.
fn todays_year() -> AcademicYear {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(LAST_SUPPORTED.0);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(9);
    AcademicYear::containing(year, month)
}

const SECTIONS: [(Section, &str, &str); 4] = [
    (Section::Fee, "section-fee", "Studiegeld"),
    (Section::Leave, "section-leave", "Studielast en verlof"),
    (Section::Dual, "section-dual", "Duaal leren"),
    (Section::Saved, "section-saved", "Mijn berekeningen"),
];

/// The form to start from: a shared link first, else the last visit, else the defaults;
/// plus the message saying what could not be restored.
fn restore(embedded: &EmbedOptions) -> (Form, Option<String>) {
    let (mut form, message) = restore_saved_or_linked();
    if let Some(only) = embedded.only {
        form.section = only;
    }
    (form, message)
}

fn restore_saved_or_linked() -> (Form, Option<String>) {
    let today = todays_year();
    let fresh = Form::new(default_year(today.0, 9));
    let Some(default) = fresh.to_scenario().0 else { return (fresh, None) };
    let restored = persist::read_fragment(&default)
        .map(|found| (found, "Deze link"))
        .or_else(|| persist::load_current(&default).map(|found| (found, "Je vorige invoer")));
    match restored {
        None => (fresh, None),
        Some(((section, recovered), origin)) => {
            let message = recovered.message().map(|m| format!("{origin}: {m}"));
            (Form::from_scenario(section.unwrap_or(Section::Fee), &recovered.scenario), message)
        }
    }
}

/// The part of the scenario the visible section needs: the whole scenario is kept (in the
/// address and storage), but only what is on screen is computed on every keystroke.
fn shown(scenario: &Scenario, section: Section) -> Scenario {
    Scenario {
        leave: scenario.leave.clone().filter(|_| section == Section::Leave),
        dual: scenario.dual.clone().filter(|_| section == Section::Dual),
        ..scenario.clone()
    }
}

#[component]
pub fn App() -> Html {
    let embedded = use_memo((), |_| embed::current());
    let start = use_memo((), {
        let embedded = embedded.clone();
        move |_| restore(&embedded)
    });
    let form = use_reducer(|| start.0.clone());
    let restore_message = use_state(|| start.1.clone());
    let notice = use_state(|| None::<AttrValue>);
    let saved = use_state(Vec::<Saved>::new);
    let on_action = {
        let form = form.clone();
        Callback::from(move |action: Action| form.dispatch(action))
    };
    let computed = use_memo((*form).clone(), |form| {
        let (scenario, errors) = form.to_scenario();
        let outcome = scenario.as_ref().and_then(|scenario| evaluate(&shown(scenario, form.section)).ok()).map(Rc::new);
        // The shareable address, serialized once per change rather than on every render.
        let share_link = scenario.as_ref().map(|s| AttrValue::from(persist::share_url(form.section, s)));
        (scenario, outcome, errors, share_link)
    });
    let (scenario, outcome, errors, link) = &*computed;

    // Load the saved list once; say so if some of it could not be read.
    {
        let saved = saved.clone();
        let restore_message = restore_message.clone();
        let default = scenario.clone();
        use_effect_with((), move |_| {
            if let Some(default) = default {
                let (list, message) = persist::load_saved(&default);
                saved.set(list);
                if message.is_some() {
                    restore_message.set(message);
                }
            }
        });
    }
    // Inside an iframe: the host's colours, and the host kept informed of the app's height.
    {
        let embedded = (*embedded).clone();
        use_effect_with((), move |_| {
            embed::apply_theme(&embedded);
            embed::report_height_changes(embedded);
        });
    }
    // Every valid change goes to the address and to storage.
    {
        // Written right after the new result is on screen (a zero-delay timer), so that
        // saving never delays the result; a newer change cancels a write not yet done.
        let section = form.section;
        use_effect_with((section, scenario.clone(), link.clone()), move |(section, scenario, link)| {
            let (section, scenario, link) = (*section, scenario.clone(), link.clone());
            let pending = gloo::timers::callback::Timeout::new(0, move || {
                if let (Some(scenario), Some(link)) = (scenario, link) {
                    persist::replace_fragment(&link);
                    persist::save_current(section, &scenario);
                }
            });
            move || drop(pending)
        });
    }

    if let Err(error) = Params::embedded() {
        return html! {
            <main class="page">
                <h1>{ "Studierekenaar" }</h1>
                <p class="field-error" role="alert">{ format!("Deze versie kan niet rekenen: {error}") }</p>
            </main>
        };
    }

    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |message: String| notice.set(Some(message.into())))
    };
    let on_save = {
        let saved = saved.clone();
        let notice = notice.clone();
        let scenario = scenario.clone();
        let section = form.section;
        Callback::from(move |name: String| {
            let Some(scenario) = scenario.clone() else { return };
            let mut list = (*saved).clone();
            if list.len() >= persist::MAX_SAVED {
                notice.set(Some(
                    format!("Je kan hoogstens {} berekeningen bewaren; verwijder er eerst één.", persist::MAX_SAVED)
                        .into(),
                ));
                return;
            }
            let name = persist::clean_name(&name);
            list.push(Saved { name: name.clone(), saved_at: persist::now_nl(), section, scenario });
            let message = if persist::store_saved(&list) {
                format!("“{name}” is bewaard in deze browser.")
            } else {
                "Bewaren lukte niet: deze browser laat geen opslag toe (privévenster?) of de opslag is vol.".to_owned()
            };
            saved.set(list);
            notice.set(Some(message.into()));
        })
    };
    let on_saved_action = {
        let saved = saved.clone();
        let form = form.clone();
        let notice = notice.clone();
        Callback::from(move |action: SavedAction| {
            let mut list = (*saved).clone();
            match action {
                SavedAction::Open(index) => {
                    if let Some(entry) = list.get(index) {
                        let section = if entry.section == Section::Saved { Section::Fee } else { entry.section };
                        form.dispatch(Action::Replace(Box::new(Form::from_scenario(section, &entry.scenario))));
                        notice.set(Some(format!("“{}” is geopend.", entry.name).into()));
                    }
                    return;
                }
                SavedAction::Rename(index, name) => {
                    if let Some(entry) = list.get_mut(index) {
                        entry.name = persist::clean_name(&name);
                    }
                }
                SavedAction::Delete(index) => {
                    if index < list.len() {
                        let removed = list.remove(index);
                        notice.set(Some(format!("“{}” is verwijderd.", removed.name).into()));
                    }
                }
            }
            persist::store_saved(&list);
            saved.set(list);
        })
    };
    let dismiss = {
        let restore_message = restore_message.clone();
        Callback::from(move |_: MouseEvent| restore_message.set(None))
    };

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
                // On a narrow screen the result is below the form: keep the total in sight.
                if let Some(total) = outcome.as_ref().and_then(|o| o.fee.as_ref()).and_then(|f| f.total_cents) {
                    <a class="jump-to-result" href="#result-title">{ format!("Studiegeld: {total} — naar de berekening") }</a>
                }
            </div>
        },
        Section::Leave => html! {
            <LeaveSection form={form.leave.clone()} outcome={outcome.clone()} errors={errors.clone()} on_action={on_action.clone()} />
        },
        Section::Dual => html! {
            <DualSection form={form.dual.clone()} outcome={outcome.clone()} errors={errors.clone()} on_action={on_action.clone()} />
        },
        Section::Saved => html! { <SavedScenarios saved={(*saved).clone()} on_action={on_saved_action} /> },
    };
    let today = todays_year();
    let is_embedded = embedded.embedded;
    let year_note = outcome.as_ref().and_then(|o| match o.figures_status {
        FiguresStatus::Confirmed => None,
        FiguresStatus::Estimated => Some(AttrValue::from(format!(
            "Voor {} zijn niet alle bedragen officieel bevestigd: ze zijn hieronder gemarkeerd.",
            o.academic_year
        ))),
        FiguresStatus::Unavailable => Some(AttrValue::from(format!(
            "Voor {} zijn niet alle bedragen gepubliceerd: wat ontbreekt, wordt niet berekend en staat hieronder.",
            o.academic_year
        ))),
    });
    let show_navigation = embedded.only.is_none();

    html! {
        <div class={classes!("app", is_embedded.then_some("embedded"))}>
            if !is_embedded {
            <a class="skip-link" href="#main">{ "Naar de inhoud" }</a>
            <header class="site-header">
                <div class="page">
                    <p class="brand">{ "Studierekenaar" }</p>
                    <p class="tagline">{ "Wat kost terug gaan studeren in Vlaanderen?" }</p>
                </div>
            </header>
            }
            <main class="page" id="main">
                if !is_embedded {
                <h1>{ "Terug gaan studeren: wat kost het, wat krijg je?" }</h1>
                <p class="lead">{ "Reken uit wat een opleiding in het hoger onderwijs kost, hoeveel tijd ze vraagt naast je werk en wat verlof en premies daarvan dekken, en wat duaal leren oplevert. Lijn per lijn, met de bron van elk bedrag." }</p>
                }
                <p class="privacy">{ "Alles wordt in je browser berekend. Wat je invult, verlaat je toestel niet." }</p>
                if let Some(message) = &*restore_message {
                    <div class="restore-message" role="status">
                        <p>{ message.clone() }</p>
                        <button type="button" class="link" onclick={dismiss}>{ "Sluiten" }</button>
                    </div>
                }
                if today > LAST_SUPPORTED {
                    <p class="year-warning" role="note">{ format!("Let op: deze versie kent de bedragen tot en met {LAST_SUPPORTED}. Voor {today} zijn nog geen bedragen opgenomen; kijk of er een nieuwere versie is.") }</p>
                }
                <PrintRecap scenario={scenario.clone()} link={link.clone()} printed_on={AttrValue::from(persist::now_nl())} />
                <div class="toolbar">
                    <YearPicker year={form.year} note={year_note} on_action={on_action.clone()} />
                    if show_navigation {
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
                    }
                </div>
                { section }
                if is_embedded {
                    if let Some(link) = &link {
                        <p class="full-app"><a href={link.clone()} target="_blank" rel="noopener">
                            { "Open deze berekening in de volledige Studierekenaar" }<span class="visually-hidden">{ " (opent in een nieuw venster)" }</span>
                        </a></p>
                    }
                } else {
                    <ShareBar link={link.clone()} {on_save} notice={(*notice).clone()} {on_notice} />
                }
            </main>
            if !is_embedded {
            <footer class="site-footer">
                <div class="page">
                    <p>{ format!("Deze versie bevat bedragen voor de academiejaren {} tot en met {LAST_SUPPORTED}.", studierekenaar_core::year::FIRST_SUPPORTED) }</p>
                    <p>{ "Bedragen zoals gepubliceerd door de Vlaamse en federale overheid en door de hogescholen en universiteiten, per academiejaar, met hun bron. Een afgeleid of niet-officieel bedrag staat altijd gemarkeerd. Dit is een hulpmiddel, geen beslissing: de instelling, je werkgever of de bevoegde overheid beslist." }</p>
                </div>
            </footer>
            }
        </div>
    }
}
