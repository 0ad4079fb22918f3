//! Where a scenario lives outside the running page: the URL fragment (a shareable
//! link that never reaches a server, because browsers do not send the part after `#`)
//! and the browser's local storage (the current input and named saved scenarios).
//! Everything read back goes through the core's lenient reader: what is valid is
//! kept, the rest is reset, and one message says what was dropped.

use crate::state::saved::{clean_name, Saved, MAX_SAVED};
use crate::state::Section;
use crate::t;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use studierekenaar_core::share::{recover, recover_stored, to_json, Envelope, Recovered, FORMAT_VERSION};
use studierekenaar_core::{Language, Scenario};

const CURRENT_KEY: &str = "studierekenaar:current";
const SAVED_KEY: &str = "studierekenaar:saved";

pub fn section_key(section: Section) -> &'static str {
    match section {
        Section::Fee => "fee",
        Section::Leave => "leave",
        Section::Dual => "dual",
        Section::Saved => "saved",
        Section::Plan => "plan",
        Section::AdultEducation => "adult-education",
    }
}

fn section_from_key(key: &str) -> Option<Section> {
    [Section::Fee, Section::Leave, Section::Dual, Section::Saved, Section::Plan, Section::AdultEducation]
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

/// The section the address names (`p=`), if it names one.
pub fn section_in_address() -> Option<Section> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()?;
    params.get("p").and_then(|p| section_from_key(&p))
}

/// A history entry for a section the person opens, so that Back returns to the section
/// before: the same address with the section's key (`p=`) changed.
pub fn enter_section(section: Section) {
    if section_in_address() == Some(section) {
        return;
    }
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')) else { return };
    params.set("p", section_key(section));
    if let Ok(history) = window.history() {
        // Failing to add the entry is harmless: the section is shown all the same.
        let _ = history.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{}", String::from(params.to_string()))),
        );
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

/// Now, as people write it in the language: `23-11-2026 14:05`, `23/11/2026 14:05`.
pub fn now(language: Language) -> String {
    local_date_time(language, &js_sys::Date::new_0())
}

/// Now, in ISO 8601 (UTC), as a saved scenario keeps it.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A saved scenario's date in the language, in local time; a date kept as it was shown (by
/// an earlier version) is shown as it is.
pub fn shown_date(language: Language, saved_at: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(saved_at));
    if !saved_at.contains('T') || date.get_time().is_nan() {
        return saved_at.to_owned();
    }
    local_date_time(language, &date)
}

fn local_date_time(language: Language, date: &js_sys::Date) -> String {
    date_time(
        language,
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes(),
    )
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
    fn problems_with_saved_scenarios_are_told_in_the_language() {
        assert_eq!(
            SavedProblem::Unreadable(2).message(Language::Dutch),
            "2 bewaarde berekening(en) konden niet volledig gelezen worden; wat ontbrak, staat op de standaardwaarde."
        );
        assert!(SavedProblem::Unreadable(1).message(Language::English).starts_with("1 saved calculation could not"));
        assert!(SavedProblem::Damaged.message(Language::French).contains("endommagés"));
    }
}
