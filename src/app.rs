//! The page: a shared academic year, the sections (fee, leave, dual learning, saved
//! scenarios), each with its inputs and its explained outcome. State lives in one
//! reducer; the outcome is computed by the core whenever the form changes; every valid
//! change is written to the address (a shareable link) and to this browser's storage.

use crate::components::adult_education::AdultEducationSection;
use crate::components::dual::DualSection;
use crate::components::form::{Enrolments, StudentFields, YearPicker};
use crate::components::language::LanguageSwitch;
use crate::components::leave::LeaveSection;
use crate::components::overview::PrintOverview;
use crate::components::plan::PlanSection;
use crate::components::recap::PrintRecap;
use crate::components::result::FeeResult;
use crate::components::saved::{SavedAction, SavedScenarios};
use crate::components::share::ShareBar;
use crate::components::sticky::StickySummary;
use crate::embed::{self, EmbedOptions};
use crate::i18n;
use crate::persist;
use crate::state::saved::{SavedChange, SavedList};
use crate::state::{default_year, section_name, Action, Form, Section};
use crate::t;
use std::rc::Rc;
use studierekenaar_core::share::Recovered;
use studierekenaar_core::year::{AcademicYear, FIRST_SUPPORTED, LAST_SUPPORTED};
use studierekenaar_core::{evaluate, FiguresStatus, Language};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Today's academic year from the browser's clock, before clamping to the covered years.
fn todays_year() -> AcademicYear {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(LAST_SUPPORTED.0);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(9);
    AcademicYear::containing(year, month)
}

/// The navigation: each section and its button's id.
const SECTIONS: [(Section, &str); 6] = [
    (Section::Fee, "section-fee"),
    (Section::Leave, "section-leave"),
    (Section::Dual, "section-dual"),
    (Section::Plan, "section-plan"),
    (Section::AdultEducation, "section-adult-education"),
    (Section::Saved, "section-saved"),
];

/// Where a restored scenario came from, and what of it could not be kept. The message is
/// worded when shown, so that it follows a change of language.
#[derive(Debug, Clone, PartialEq)]
enum Restored {
    Link(Recovered),
    LastVisit(Recovered),
    /// Saved scenarios, some of which could not be read entirely.
    Saved(persist::SavedProblem),
}

impl Restored {
    fn message(&self, language: Language) -> Option<String> {
        match self {
            Restored::Link(recovered) => {
                recovered.message(language).map(|message| t!(language, "restored-from-link", message = message))
            }
            Restored::LastVisit(recovered) => {
                recovered.message(language).map(|message| t!(language, "restored-from-last-visit", message = message))
            }
            Restored::Saved(problem) => Some(problem.message(language)),
        }
    }
}

/// The form to start from: a shared link first, else the last visit, else the defaults;
/// plus what could not be restored.
fn restore(embedded: &EmbedOptions, language: Language) -> (Form, Option<Restored>) {
    let (mut form, restored) = restore_saved_or_linked(language);
    if let Some(only) = embedded.only {
        form.section = only;
    }
    (form, restored)
}

fn restore_saved_or_linked(language: Language) -> (Form, Option<Restored>) {
    let today = todays_year();
    let fresh = Form::new(default_year(today.0, 9), language);
    let Some(default) = fresh.to_scenario().0 else { return (fresh, None) };
    let (section, recovered, origin): (_, _, fn(Recovered) -> Restored) = match persist::read_fragment(&default) {
        Some((section, recovered)) => (section, recovered, Restored::Link),
        None => match persist::load_current(&default) {
            Some((section, recovered)) => (section, recovered, Restored::LastVisit),
            None => return (fresh, None),
        },
    };
    let form = Form::from_scenario(section.unwrap_or(Section::Fee), &recovered.scenario, language);
    let restored = origin(recovered);
    (form, restored.message(language).is_some().then_some(restored))
}

#[component]
pub fn App() -> Html {
    let embedded = use_memo((), |_| embed::current());
    // The language asked for (the address, the choice made here, the browser's). The page
    // starts in it if its messages are here, else in Dutch until they have been fetched.
    let asked = *use_memo((), |_| i18n::starting_language());
    let start = use_memo((), {
        let embedded = embedded.clone();
        move |_| restore(&embedded, if i18n::is_ready(asked) { asked } else { Language::Dutch })
    });
    let form = use_reducer(|| start.0.clone());
    let language = form.language;
    let restore_message = use_state(|| start.1.clone());
    let notice = use_state(|| None::<AttrValue>);
    // "Print mijn overzicht" asked: the overview is rendered, printed, then removed.
    let printing_overview = use_state(|| false);
    // The language last asked for, the one being fetched, and one that could not be.
    let wanted = use_mut_ref(|| start.0.language);
    let fetching = use_state(|| None::<Language>);
    let unavailable = use_state(|| None::<Language>);
    let saved = use_reducer(SavedList::default);
    let on_action = {
        let form = form.clone();
        Callback::from(move |action: Action| form.dispatch(action))
    };
    let computed = use_memo((*form).clone(), |form| {
        let reading = form.read();
        // Only the visible section is computed on every keystroke, from the inputs it
        // needs alone: an error elsewhere never holds it back.
        let outcome = reading
            .scenario_for(form.section)
            .and_then(|scenario| evaluate(&scenario, form.language).ok())
            .map(Rc::new);
        let scenario = reading.kept();
        // The shareable address, serialized once per change rather than on every render.
        let share_link = scenario.as_ref().map(|s| AttrValue::from(persist::share_url(form.section, s)));
        let links = form.error_links(&reading.errors, form.section);
        (scenario, outcome, reading.errors, share_link, links)
    });
    let (scenario, outcome, errors, link, links) = &*computed;

    // Load the saved list once; say so if some of it could not be read.
    {
        let saved = saved.clone();
        let restore_message = restore_message.clone();
        let default = scenario.clone();
        use_effect_with((), move |_| {
            if let Some(default) = default {
                let (list, problem) = persist::load_saved(&default, language);
                saved.dispatch(SavedChange::Loaded(list));
                if let Some(problem) = problem {
                    restore_message.set(Some(Restored::Saved(problem)));
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
    // The page's own language: `<html lang>`, title, and the texts plain scripts show.
    use_effect_with(language, |language| i18n::apply_to_page(*language));
    // Puts the page in a language, once its messages are here (fetched if need be); a
    // choice of the person (`true`) is remembered. A later choice wins over an earlier
    // one still being fetched; one that cannot be fetched leaves the page as it is.
    let speak = {
        let form = form.dispatcher();
        let notice = notice.setter();
        let fetching = fetching.setter();
        let unavailable = unavailable.setter();
        let wanted = wanted.clone();
        Callback::from(move |(chosen, by_person): (Language, bool)| {
            *wanted.borrow_mut() = chosen;
            unavailable.set(None);
            let show = {
                let (form, notice) = (form.clone(), notice.clone());
                move || {
                    if by_person {
                        i18n::remember(chosen);
                    }
                    // A confirmation said in the old language would now be out of place.
                    notice.set(None);
                    form.dispatch(Action::SetLanguage(chosen));
                }
            };
            if i18n::is_ready(chosen) {
                fetching.set(None);
                show();
                return;
            }
            fetching.set(Some(chosen));
            let (fetching, unavailable, wanted) = (fetching.clone(), unavailable.clone(), wanted.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = i18n::load(chosen).await;
                if *wanted.borrow() != chosen {
                    return;
                }
                fetching.set(None);
                match loaded {
                    Ok(()) => show(),
                    Err(error) => {
                        gloo::console::warn!(format!("Studierekenaar: {} is not available: {error:?}", chosen.tag()));
                        unavailable.set(Some(chosen));
                    }
                }
            });
        })
    };
    {
        let speak = speak.clone();
        let started_in = start.0.language;
        use_effect_with((), move |_| {
            if asked != started_in {
                speak.emit((asked, false));
            }
        });
    }
    // Each section is a page of its own: an entry in the history (Back returns to the section
    // before), its own title, and focus on its heading when the person switches to it.
    {
        let switched = use_mut_ref(|| false);
        use_effect_with(form.section, move |section| {
            if std::mem::replace(&mut *switched.borrow_mut(), true) {
                persist::enter_section(*section);
                focus_section_heading();
            }
        });
    }
    use_effect_with((form.section, language), |(section, language)| {
        let name = section_name(*language, *section);
        gloo::utils::document().set_title(&t!(*language, "page-title-section", section = name));
    });
    {
        let form = form.dispatcher();
        let first = start.0.section;
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                form.dispatch(Action::ShowSection(persist::section_in_address().unwrap_or(first)));
            });
            move || drop(listener)
        });
    }
    // On paper every fold is open: a printout shows how each amount was calculated.
    use_effect_with((), |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", |_| {
            let Ok(folds) = gloo::utils::document().query_selector_all("#main details:not([open])") else { return };
            for index in 0..folds.length() {
                if let Some(Ok(fold)) = folds.item(index).map(|node| node.dyn_into::<web_sys::Element>()) {
                    let _ = fold.set_attribute("open", "");
                }
            }
        });
        move || drop(listener)
    });
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

    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |message: String| notice.set(Some(message.into())))
    };
    // After each change to the saved list: store it, and say what happened.
    {
        let notice = notice.clone();
        let (entries, last) = (saved.entries.clone(), saved.last.clone());
        use_effect_with(saved.changes, move |_| {
            let Some(last) = last else { return };
            let stored = !last.changed_the_list() || persist::store_saved(&entries);
            let message = if stored { last.message(language) } else { t!(language, "saved-not-stored") };
            notice.set(Some(message.into()));
        });
    }
    let on_save = {
        let saved = saved.dispatcher();
        let scenario = scenario.clone();
        let section = form.section;
        Callback::from(move |name: String| {
            let Some(scenario) = scenario.clone() else { return };
            let saved_at = persist::now_iso();
            saved.dispatch(SavedChange::Add { name, saved_at, section, scenario: Box::new(scenario), language });
        })
    };
    let on_saved_action = {
        let saved = saved.clone();
        let form = form.clone();
        let notice = notice.clone();
        Callback::from(move |action: SavedAction| match action {
            SavedAction::Open(index) => {
                if let Some(entry) = saved.entries.get(index) {
                    let section = if entry.section == Section::Saved { Section::Fee } else { entry.section };
                    form.dispatch(Action::Replace(Box::new(Form::from_scenario(section, &entry.scenario, language))));
                    notice.set(Some(t!(language, "saved-opened", name = entry.name.clone()).into()));
                }
            }
            SavedAction::Rename(index, name) => saved.dispatch(SavedChange::Rename { index, name, language }),
            SavedAction::Delete(index) => saved.dispatch(SavedChange::Delete(index)),
        })
    };
    let on_print_overview = {
        let printing_overview = printing_overview.clone();
        Callback::from(move |()| printing_overview.set(true))
    };
    {
        let printing_overview = printing_overview.clone();
        use_effect_with(*printing_overview, move |asked| {
            if *asked {
                // Printing is best effort: a browser without a print dialog simply does nothing.
                let _ = gloo::utils::window().print();
                printing_overview.set(false);
            }
        });
    }
    let overview_sections: Vec<(Section, Rc<studierekenaar_core::Outcome>)> = if *printing_overview {
        let fresh = Form::new(form.year, language);
        let reading = form.read();
        [Section::Fee, Section::Leave, Section::Dual, Section::Plan, Section::AdultEducation]
            .into_iter()
            .filter(|section| *section == form.section || form.filled_in(*section, &fresh))
            .filter_map(|section| {
                let outcome = evaluate(&reading.scenario_for(section)?, language).ok()?;
                Some((section, Rc::new(outcome)))
            })
            .collect()
    } else {
        Vec::new()
    };
    let on_language = speak.reform(|chosen: Language| (chosen, true));
    let dismiss = {
        let restore_message = restore_message.clone();
        Callback::from(move |_: MouseEvent| restore_message.set(None))
    };
    let dismiss_unavailable = {
        let unavailable = unavailable.clone();
        Callback::from(move |_: MouseEvent| unavailable.set(None))
    };

    let section = match form.section {
        Section::Fee => html! {
            // The answer first: on a phone the result comes before the form (see .answer-first).
            <div class="layout answer-first">
                <FeeResult outcome={outcome.clone()} error_count={errors.count_under(&["student", "enrolments"])}
                    links={links.clone()} no_enrolments={form.enrolments.is_empty()} on_action={on_action.clone()} />
                <form class="inputs" aria-labelledby="inputs-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h2 id="inputs-title">{ t!(language, "fee-inputs-title") }</h2>
                    <StudentFields status={form.status} learning_credit={AttrValue::from(form.learning_credit.clone())}
                        errors={errors.clone()} on_action={on_action.clone()} />
                    <Enrolments rows={form.enrolments.clone()} errors={errors.clone()} on_action={on_action.clone()} />
                </form>
                // Scrolled down to the form on a phone: the total stays in sight.
                if let Some(total) = outcome.as_ref().and_then(|o| o.fee.as_ref()).and_then(|f| f.total_cents) {
                    <StickySummary target="result-title">{ t!(language, "fee-jump-to-result", total = language.money(total)) }</StickySummary>
                }
            </div>
        },
        Section::Leave => html! {
            <LeaveSection form={form.leave.clone()} outcome={outcome.clone()} errors={errors.clone()} links={links.clone()} on_action={on_action.clone()} />
        },
        Section::Dual => html! {
            <DualSection form={form.dual.clone()} outcome={outcome.clone()} errors={errors.clone()} links={links.clone()} on_action={on_action.clone()} />
        },
        Section::Plan => html! {
            <PlanSection form={form.plan.clone()} outcome={outcome.clone()} errors={errors.clone()} links={links.clone()}
                on_action={on_action.clone()} with_leave={scenario.as_ref().is_some_and(|s| s.leave.is_some())}
                year={form.year} status={form.status} />
        },
        Section::Saved => html! { <SavedScenarios saved={saved.entries.clone()} on_action={on_saved_action} /> },
        Section::AdultEducation => html! {
            <AdultEducationSection form={form.adult_education.clone()} outcome={outcome.clone()} errors={errors.clone()} links={links.clone()} on_action={on_action.clone()} />
        },
    };
    let today = todays_year();
    let is_embedded = embedded.embedded;
    let year_note = outcome.as_ref().and_then(|o| match o.figures_status {
        FiguresStatus::Confirmed => None,
        FiguresStatus::Estimated if !o.estimated_from.is_empty() => Some(AttrValue::from(t!(
            language,
            "year-note-carried",
            year = o.academic_year.to_string(),
            from = o.estimated_from.join(", ")
        ))),
        FiguresStatus::Estimated => {
            Some(AttrValue::from(t!(language, "year-note-estimated", year = o.academic_year.to_string())))
        }
        FiguresStatus::Unavailable => {
            Some(AttrValue::from(t!(language, "year-note-unavailable", year = o.academic_year.to_string())))
        }
    });
    let show_navigation = embedded.only.is_none();

    html! {
        <ContextProvider<Language> context={language}>
        // On a phone the introduction shows on the first section only (see .other-section).
        <div class={classes!("app", is_embedded.then_some("embedded"), printing_overview.then_some("printing-overview"),
            (form.section != Section::Fee).then_some("other-section"))}>
            if !is_embedded {
            <a class="skip-link" href="#main">{ t!(language, "skip-to-content") }</a>
            <header class="site-header">
                <div class="page">
                    <div>
                        <p class="brand">{ t!(language, "brand") }</p>
                        <p class="tagline">{ t!(language, "tagline") }</p>
                    </div>
                    <LanguageSwitch {language} fetching={*fetching} on_change={on_language.clone()} />
                </div>
            </header>
            }
            <main class="page" id="main">
                if is_embedded {
                    <LanguageSwitch {language} fetching={*fetching} on_change={on_language} />
                } else {
                <h1>{ t!(language, "heading") }</h1>
                <p class="lead">{ i18n::marked(language, &t!(language, "lead")) }</p>
                }
                <p class="privacy">{ t!(language, "privacy") }</p>
                <div class="language-status" role="status">
                    if let Some(missing) = *unavailable {
                        <div class="restore-message">
                            <p>{ t!(language, "language-unavailable", language = missing.tag(), button = missing.own_name()) }</p>
                            if let Some(words) = i18n::unavailable_in_own_words(missing) {
                                <p lang={missing.tag()}>{ words }</p>
                            }
                            <button type="button" class="link" onclick={dismiss_unavailable}>{ t!(language, "close") }</button>
                        </div>
                    }
                </div>
                if let Some(message) = restore_message.as_ref().and_then(|restored| restored.message(language)) {
                    <div class="restore-message" role="status">
                        <p>{ message }</p>
                        <button type="button" class="link" onclick={dismiss}>{ t!(language, "close") }</button>
                    </div>
                }
                if today > LAST_SUPPORTED {
                    <p class="year-warning" role="note">{ t!(language, "year-warning", last = LAST_SUPPORTED.to_string(), today = today.to_string()) }</p>
                }
                if *printing_overview {
                    <PrintOverview sections={overview_sections} printed_on={AttrValue::from(persist::now(language))} />
                }
                <PrintRecap section={form.section} scenario={scenario.clone()} printed_on={AttrValue::from(persist::now(language))} />
                <div class="toolbar">
                    <YearPicker year={form.year} note={year_note} on_action={on_action.clone()} />
                    if show_navigation {
                    <nav class="sections" aria-label={t!(language, "sections")}>
                        { for SECTIONS.iter().map(|(target, id)| {
                            let target = *target;
                            let onclick = {
                                let on_action = on_action.clone();
                                Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowSection(target)))
                            };
                            let current = form.section == target;
                            html! {
                                <button type="button" id={*id} class={classes!("section-button", current.then_some("current"))}
                                    aria-current={current.then_some("page")} {onclick}>{ section_name(language, target) }</button>
                            }
                        }) }
                    </nav>
                    }
                </div>
                <div id="section-content" class="section-content">{ section }</div>
                if is_embedded {
                    if let Some(link) = &link {
                        <p class="full-app"><a href={link.clone()} target="_blank" rel="noopener">
                            { t!(language, "full-app-link") }<span class="visually-hidden">{ format!(" {}", t!(language, "opens-in-new-window")) }</span>
                        </a></p>
                    }
                } else {
                    <ShareBar link={link.clone()} {on_save} notice={(*notice).clone()} {on_notice} {on_print_overview} />
                }
            </main>
            if !is_embedded {
            <footer class="site-footer">
                <div class="page">
                    <p>{ t!(language, "footer-years", first = FIRST_SUPPORTED.to_string(), last = LAST_SUPPORTED.to_string()) }</p>
                    <p>{ t!(language, "footer-sources") }</p>
                </div>
            </footer>
            }
        </div>
        </ContextProvider<Language>>
    }
}

/// Moves focus to the heading of the section just opened, so that a screen reader says
/// where the person is and the next Tab reaches the section's first field.
fn focus_section_heading() {
    let Ok(Some(heading)) = gloo::utils::document().query_selector("#section-content h2") else { return };
    let _ = heading.set_attribute("tabindex", "-1");
    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
        let _ = heading.focus();
    }
}
