//! Where a scenario lives outside the running page: the URL fragment (a shareable
//! link that never reaches a server, because browsers do not send the part after `#`)
//! and the browser's local storage (the current input and named saved scenarios).
//! Everything read back goes through the core's lenient reader: what is valid is
//! kept, the rest is reset, and one message says what was dropped.

use crate::state::Section;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use studierekenaar_core::share::{recover, recover_stored, to_json, Envelope, Recovered, FORMAT_VERSION};
use studierekenaar_core::Scenario;

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
    }
}

fn section_from_key(key: &str) -> Option<Section> {
    [Section::Fee, Section::Leave, Section::Dual, Section::Saved].into_iter().find(|s| section_key(*s) == key)
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
            let dropped = vec!["je vorige invoer in deze browser was beschadigd".to_owned()];
            Some((None, Recovered { scenario: default.clone(), dropped }))
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

/// Every saved scenario that can be read, and a message if some could not.
pub fn load_saved(default: &Scenario) -> (Vec<Saved>, Option<String>) {
    let Some(raw) = LocalStorage::raw().get_item(SAVED_KEY).ok().flatten() else {
        return (Vec::new(), None);
    };
    let items: Vec<serde_json::Value> = match serde_json::from_str(&raw) {
        Ok(serde_json::Value::Array(items)) => items,
        _ => {
            return (
                Vec::new(),
                Some("De bewaarde berekeningen in deze browser waren beschadigd en zijn genegeerd.".to_owned()),
            )
        }
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
                    name: clean_name(&entry.name),
                    saved_at: entry.saved_at,
                    section: section_from_key(&entry.envelope.section).unwrap_or(Section::Fee),
                    scenario: recovered.scenario,
                });
            }
            Err(_) => unreadable += 1,
        }
    }
    let message = (unreadable > 0).then(|| {
        format!("{unreadable} bewaarde berekening(en) konden niet volledig gelezen worden; wat ontbrak, staat op de standaardwaarde.")
    });
    (saved, message)
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

/// A name as it may be stored: trimmed, not empty, not too long.
pub fn clean_name(name: &str) -> String {
    let trimmed: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    if trimmed.is_empty() {
        "Naamloze berekening".to_owned()
    } else {
        trimmed
    }
}

/// Now, as people read it in Flanders: `23-11-2026 14:05`.
pub fn now_nl() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        now.get_date(),
        now.get_month() + 1,
        now.get_full_year(),
        now.get_hours(),
        now.get_minutes()
    )
}
