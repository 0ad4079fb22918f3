//! The saved scenarios: the list kept in this browser and what last happened to it, as a
//! reducer (the app writes the list to storage after each change; see `persist`).

use crate::state::Section;
use crate::t;
use std::rc::Rc;
use studierekenaar_core::{Language, Scenario};
use yew::Reducible;

/// At most this many saved scenarios (storage is small and shared with the host site when embedded).
pub const MAX_SAVED: usize = 50;
const MAX_NAME_CHARS: usize = 80;

/// A named scenario kept in this browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    /// When it was saved, as ISO 8601 in UTC (`2026-11-23T13:05:00.000Z`); written per
    /// language when shown. Lists saved before kept the date as it was shown.
    pub saved_at: String,
    pub section: Section,
    pub scenario: Scenario,
}

/// A change to the list.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedChange {
    /// The list as read from storage when the page opens.
    Loaded(Vec<Saved>),
    /// Save the scenario under a name (cleaned, in the page's language), at a time.
    Add {
        name: String,
        saved_at: String,
        section: Section,
        scenario: Box<Scenario>,
        language: Language,
    },
    Rename {
        index: usize,
        name: String,
        language: Language,
    },
    Delete(usize),
}

/// What the last change did, for the notice under the Save button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedEvent {
    Added(String),
    /// The list is full: nothing was added.
    Full,
    Renamed(String),
    Deleted(String),
}

impl SavedEvent {
    /// Whether the list changed (and must be stored again).
    pub fn changed_the_list(&self) -> bool {
        *self != SavedEvent::Full
    }

    pub fn message(&self, language: Language) -> String {
        match self {
            SavedEvent::Added(name) => t!(language, "saved-stored", name = name.clone()),
            SavedEvent::Full => t!(language, "saved-limit", max = MAX_SAVED),
            SavedEvent::Renamed(name) => t!(language, "saved-renamed", name = name.clone()),
            SavedEvent::Deleted(name) => t!(language, "saved-deleted", name = name.clone()),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SavedList {
    pub entries: Vec<Saved>,
    /// What the last change did; `None` after loading.
    pub last: Option<SavedEvent>,
    /// Counts what the person did (not the loading): the notice and storage follow it.
    pub changes: u32,
}

impl Reducible for SavedList {
    type Action = SavedChange;

    fn reduce(self: Rc<Self>, change: SavedChange) -> Rc<Self> {
        let mut list = (*self).clone();
        let event = match change {
            SavedChange::Loaded(entries) => {
                return Rc::new(SavedList { entries: entries.into_iter().take(MAX_SAVED).collect(), ..list });
            }
            SavedChange::Add { .. } if list.entries.len() >= MAX_SAVED => SavedEvent::Full,
            SavedChange::Add { name, saved_at, section, scenario, language } => {
                let name = clean_name(&name, language);
                list.entries.push(Saved { name: name.clone(), saved_at, section, scenario: *scenario });
                SavedEvent::Added(name)
            }
            SavedChange::Rename { index, name, language } => {
                let Some(entry) = list.entries.get_mut(index) else { return self };
                entry.name = clean_name(&name, language);
                SavedEvent::Renamed(entry.name.clone())
            }
            SavedChange::Delete(index) => {
                if index >= list.entries.len() {
                    return self;
                }
                SavedEvent::Deleted(list.entries.remove(index).name)
            }
        };
        list.last = Some(event);
        list.changes = list.changes.wrapping_add(1);
        Rc::new(list)
    }
}

/// A name as it may be stored: trimmed, not too long, and not empty (then a default name
/// in the language).
pub fn clean_name(name: &str, language: Language) -> String {
    let trimmed: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    if trimmed.is_empty() {
        t!(language, "persist-unnamed")
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::scenario::{Student, StudentStatus};
    use studierekenaar_core::AcademicYear;

    fn scenario() -> Box<Scenario> {
        Box::new(Scenario {
            academic_year: AcademicYear(2024),
            student: Student { status: StudentStatus::NonGrant, learning_credit: None },
            enrolments: Vec::new(),
            language_tests: Vec::new(),
            leave: None,
            dual: None,
            plan: None,
            adult_education: None,
        })
    }

    fn add(name: &str) -> SavedChange {
        SavedChange::Add {
            name: name.into(),
            saved_at: "2026-12-04T10:00:00.000Z".into(),
            section: Section::Leave,
            scenario: scenario(),
            language: Language::Dutch,
        }
    }

    fn apply(list: SavedList, changes: impl IntoIterator<Item = SavedChange>) -> SavedList {
        changes.into_iter().fold(Rc::new(list), |list, change| list.reduce(change)).as_ref().clone()
    }

    #[test]
    fn adding_renaming_and_deleting_say_what_they_did() {
        let list = apply(SavedList::default(), [add("  Plan A "), add("")]);
        let names: Vec<&str> = list.entries.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Plan A", "Naamloze berekening"]);
        assert_eq!(list.last, Some(SavedEvent::Added("Naamloze berekening".into())));
        assert_eq!(list.changes, 2);

        let list = apply(list, [SavedChange::Rename { index: 1, name: "Plan B".into(), language: Language::English }]);
        assert_eq!(list.entries[1].name, "Plan B");
        assert_eq!(
            list.last.as_ref().map(|e| e.message(Language::Dutch)).as_deref(),
            Some("“Plan B” heeft een nieuwe naam.")
        );

        let list = apply(list, [SavedChange::Delete(0)]);
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.last.as_ref().map(|e| e.message(Language::Dutch)).as_deref(), Some("“Plan A” is verwijderd."));
        assert_eq!(list.changes, 4);
    }

    #[test]
    fn a_full_list_takes_no_more_and_says_so() {
        let full = apply(SavedList::default(), (0..MAX_SAVED).map(|i| add(&format!("{i}"))));
        assert_eq!(full.entries.len(), MAX_SAVED);
        let after = apply(full.clone(), [add("one too many")]);
        assert_eq!(after.entries, full.entries);
        assert_eq!(after.last, Some(SavedEvent::Full));
        assert_eq!(after.changes, full.changes + 1, "told again");
        assert_eq!(
            SavedEvent::Full.message(Language::Dutch),
            "Je kan hoogstens 50 berekeningen bewaren; verwijder er eerst één."
        );
    }

    #[test]
    fn changes_to_entries_that_are_not_there_do_nothing() {
        let list = apply(SavedList::default(), [add("A")]);
        let same = apply(
            list.clone(),
            [SavedChange::Delete(5), SavedChange::Rename { index: 9, name: "X".into(), language: Language::Dutch }],
        );
        assert_eq!(same, list);
    }

    #[test]
    fn loading_keeps_at_most_the_maximum_and_is_not_a_change() {
        let entries: Vec<Saved> = apply(SavedList::default(), (0..MAX_SAVED).map(|i| add(&format!("{i}")))).entries;
        let mut more = entries.clone();
        more.extend(entries);
        let list = apply(SavedList::default(), [SavedChange::Loaded(more)]);
        assert_eq!(list.entries.len(), MAX_SAVED);
        assert_eq!((list.changes, list.last), (0, None));
    }

    #[test]
    fn names_are_trimmed_and_an_empty_one_gets_the_languages_default() {
        assert_eq!(clean_name("  Plan A ", Language::English), "Plan A");
        assert_eq!(clean_name("   ", Language::Dutch), "Naamloze berekening");
        assert_eq!(clean_name("", Language::French), "Calcul sans nom");
        assert_eq!(clean_name("", Language::English), "Unnamed calculation");
        assert_eq!(clean_name(&"x".repeat(200), Language::Dutch).chars().count(), MAX_NAME_CHARS);
    }
}
