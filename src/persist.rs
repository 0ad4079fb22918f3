//! Where a scenario lives outside the running page: the URL fragment (a shareable
//! link that never reaches a server, because browsers do not send the part after `#`)
//! and the browser's local storage (the current input and named saved scenarios).
//! Everything read back goes through the core's lenient reader: what is valid is
//! kept, the rest is reset, and one message says what was dropped.

use crate::state::Section;
use crate::t;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use studierekenaar_core::share::{recover, recover_stored, to_json, Envelope, Recovered, FORMAT_VERSION};
use studierekenaar_core::{Language, Scenario};

const CURRENT_KEY: &str = "studierekenaar:current";
const SAVED_KEY: &str = "studierekenaar:saved";
/// At most this many saved scenarios (storage is small and shared with the host site when embedded).
pub const MAX_SAVED: usize = 50;
const MAX_NAME_CHARS: usize = 80;

pub fn section_key(section: Section) -> &'static str {
    match section {
        Section::Fee => "fee",
        Section::Leave => "leave",
        Section::Dual => "dual",
        Section::Saved => "saved",
        Section::AdultEducation => "adult-education",
    }
}

fn section_from_key(key: &str) -> Option<Section> {
    [Section::Fee, Section::Leave, Section::Dual, Section::Saved, Section::AdultEducation]
        .into_iter()
        .find(|s| section_key(*s) == key)
}

/// The fragment for a scenario: `#v=1&p=fee&s=<the scenario as URL-encoded JSON>`.
pub fn fragment(section: Section, scenario: &Scenario) -> String {
    let json = String::from(js_sys::encode_uri_component(&to_json(scenario)));
    format!("#v={FORMAT_VERSION}&p={}&s={json}", section_key(section))
}

/// The full shareable address of the app with this scenario (without the embedding options).
pub fn share_url(section: Section, scenario: &Scenario) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", fragment(section, scenario))
}

/// Puts the fragment of a shareable address into the current address, in place (no new
/// history entry per keystroke; the query, e.g. the embedding options, stays).
pub fn replace_fragment(share_url: &str) {
    let Some(start) = share_url.find('#') else { return };
    if let Ok(history) = gloo::utils::window().history() {
        // Failing to update the address is harmless: the page keeps working.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&share_url[start..]));
    }
}

/// A scenario from the address, if the page was opened with one.
pub fn read_fragment(default: &Scenario) -> Option<(Option<Section>, Recovered)> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()?;
    let json = params.get("s")?;
    let version = params.get("v").and_then(|v| v.parse().ok()).unwrap_or(0);
    let section = params.get("p").and_then(|p| section_from_key(&p));
    Some((section, recover(&json, version, default)))
}

pub fn save_current(section: Section, scenario: &Scenario) {
    // Storage may be full or disabled (private browsing): the page keeps working without it.
    let _ = LocalStorage::set(CURRENT_KEY, Envelope::new(section_key(section), scenario));
}

/// The input of the last visit, if any; damaged storage is reported, never fatal.
pub fn load_current(default: &Scenario) -> Option<(Option<Section>, Recovered)> {
    let raw: String = LocalStorage::raw().get_item(CURRENT_KEY).ok().flatten()?;
    match recover_stored(&raw, default) {
        Ok(stored) => Some((section_from_key(&stored.section), stored.recovered)),
        Err(_) => {
            LocalStorage::delete(CURRENT_KEY);
            // Worded when shown (the core's phrase), in the page's language.
            Some((None, Recovered::damaged_storage(default)))
        }
    }
}

/// A named scenario kept in this browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    /// When it was saved, as shown to the person (`23-11-2026 14:05`).
    pub saved_at: String,
    pub section: Section,
    pub scenario: Scenario,
}

#[derive(Serialize, Deserialize)]
struct StoredSaved {
    name: String,
    #[serde(default)]
    saved_at: String,
    #[serde(flatten)]
    envelope: Envelope,
}

/// Why some saved scenarios could not be read; worded when shown, in the page's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedProblem {
    /// The list itself could not be read: it was ignored.
    Damaged,
    /// This many saved scenarios were read only in part (or not at all).
    Unreadable(usize),
}

impl SavedProblem {
    pub fn message(&self, language: Language) -> String {
        match self {
            SavedProblem::Damaged => t!(language, "persist-saved-damaged"),
            SavedProblem::Unreadable(count) => {
                t!(language, "persist-saved-unreadable", count = i64::try_from(*count).unwrap_or(i64::MAX))
            }
        }
    }
}

/// Every saved scenario that can be read, and what could not be.
pub fn load_saved(default: &Scenario, language: Language) -> (Vec<Saved>, Option<SavedProblem>) {
    let Some(raw) = LocalStorage::raw().get_item(SAVED_KEY).ok().flatten() else {
        return (Vec::new(), None);
    };
    let items: Vec<serde_json::Value> = match serde_json::from_str(&raw) {
        Ok(serde_json::Value::Array(items)) => items,
        _ => return (Vec::new(), Some(SavedProblem::Damaged)),
    };
    let mut saved = Vec::new();
    let mut unreadable = 0;
    for item in items.into_iter().take(MAX_SAVED) {
        match serde_json::from_value::<StoredSaved>(item) {
            Ok(entry) => {
                let recovered = entry.envelope.recover(default);
                if !recovered.dropped.is_empty() {
                    unreadable += 1;
                }
                saved.push(Saved {
                    name: clean_name(&entry.name, language),
                    saved_at: entry.saved_at,
                    section: section_from_key(&entry.envelope.section).unwrap_or(Section::Fee),
                    scenario: recovered.scenario,
                });
            }
            Err(_) => unreadable += 1,
        }
    }
    (saved, (unreadable > 0).then_some(SavedProblem::Unreadable(unreadable)))
}

/// Stores the list; returns false when the browser refused (full or disabled storage).
pub fn store_saved(saved: &[Saved]) -> bool {
    let items: Vec<StoredSaved> = saved
        .iter()
        .map(|s| StoredSaved {
            name: s.name.clone(),
            saved_at: s.saved_at.clone(),
            envelope: Envelope::new(section_key(s.section), &s.scenario),
        })
        .collect();
    LocalStorage::set(SAVED_KEY, items).is_ok()
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

/// Now, as people write it in the language: `23-11-2026 14:05`, `23/11/2026 14:05`.
pub fn now(language: Language) -> String {
    let now = js_sys::Date::new_0();
    date_time(language, now.get_date(), now.get_month() + 1, now.get_full_year(), now.get_hours(), now.get_minutes())
}

/// A date and time, day first, with two-digit day, month, hour and minute.
pub fn date_time(language: Language, day: u32, month: u32, year: u32, hour: u32, minute: u32) -> String {
    t!(
        language,
        "persist-date-time",
        day = format!("{day:02}"),
        month = format!("{month:02}"),
        year = year.to_string(),
        hour = format!("{hour:02}"),
        minute = format!("{minute:02}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        assert_eq!(date_time(Language::Dutch, 3, 11, 2026, 9, 5), "03-11-2026 09:05");
        assert_eq!(date_time(Language::French, 23, 1, 2027, 14, 30), "23/01/2027 14:30");
        assert_eq!(date_time(Language::English, 23, 1, 2027, 14, 30), "23/01/2027 14:30");
    }

    #[test]
    fn names_are_trimmed_and_an_empty_one_gets_the_languages_default() {
        assert_eq!(clean_name("  Plan A ", Language::English), "Plan A");
        assert_eq!(clean_name("   ", Language::Dutch), "Naamloze berekening");
        assert_eq!(clean_name("", Language::French), "Calcul sans nom");
        assert_eq!(clean_name("", Language::English), "Unnamed calculation");
        assert_eq!(clean_name(&"x".repeat(200), Language::Dutch).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn problems_with_saved_scenarios_are_told_in_the_language() {
        assert_eq!(
            SavedProblem::Unreadable(2).message(Language::Dutch),
            "2 bewaarde berekening(en) konden niet volledig gelezen worden; wat ontbrak, staat op de standaardwaarde."
        );
        assert!(SavedProblem::Unreadable(1).message(Language::English).starts_with("1 saved calculation could not"));
        assert!(SavedProblem::Damaged.message(Language::French).contains("endommagés"));
    }
}
