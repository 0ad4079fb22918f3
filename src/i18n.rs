//! The app's own words (labels, help, buttons, announcements) in Dutch, French and
//! English, from the Fluent files under `locales/`; the explanations come from the core
//! in the same language. Also: which language to start in, and remembering the choice.

use gloo::storage::{LocalStorage, Storage};
use std::sync::OnceLock;
use studierekenaar_core::i18n::{split_legal_terms, Catalog, Language};
use yew::prelude::*;

/// The app's message files, by name; every language has each of them (tested).
macro_rules! app_files {
    ($($name:literal),* $(,)?) => {
        /// The names of the app's message files.
        pub const FILE_NAMES: &[&str] = &[$($name),*];
        /// Every app message file: `(language tag, file name, text)`.
        pub const FILES: &[(&str, &str, &str)] = &[
            $(("nl-BE", $name, include_str!(concat!("../locales/nl-BE/", $name))),)*
            $(("fr-BE", $name, include_str!(concat!("../locales/fr-BE/", $name))),)*
            $(("en", $name, include_str!(concat!("../locales/en/", $name))),)*
        ];
    };
}

app_files!("app.ftl", "app-fee.ftl", "app-leave.ftl", "app-dual.ftl");

/// The app's messages in one language.
pub fn catalog(language: Language) -> &'static Catalog {
    // Each language is read when first spoken.
    static CATALOGS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CATALOGS[language as usize].get_or_init(|| {
        let sources: Vec<(&str, &str)> =
            FILES.iter().filter(|(tag, _, _)| *tag == language.tag()).map(|(_, name, text)| (*name, *text)).collect();
        Catalog::new(language, &sources)
    })
}

/// An app message: `t!(language, "close")`, `t!(language, "saved-opened", name = …)`.
#[macro_export]
macro_rules! t {
    ($language:expr, $id:literal) => {
        $crate::i18n::catalog($language).format($id, None)
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::catalog($language).format($id, Some(&studierekenaar_core::fluent_args!($($name = $value),+)))
    };
}

/// A sentence for the screen, its Dutch legal terms marked as Dutch (`lang="nl"`) on a
/// French or English page, so that screen readers pronounce them as the forms do.
/// Use it for every sentence that may name a scheme, contract or status.
pub fn marked(language: Language, text: &str) -> Html {
    if language == Language::Dutch {
        return html! { { text.to_owned() } };
    }
    html! {
        <>{ for split_legal_terms(text).into_iter().map(|piece| if piece.legal_term {
            html! { <span lang="nl">{ piece.text.to_owned() }</span> }
        } else {
            html! { { piece.text.to_owned() } }
        }) }</>
    }
}

/// The language of the page, for every component (provided by the app).
#[hook]
pub fn use_language() -> Language {
    use_context::<Language>().unwrap_or_default()
}

const LANGUAGE_KEY: &str = "studierekenaar:language";

/// The language to start in: the address's `?lang=` (a link or an embedding site chose
/// it), else the one chosen here before, else the browser's preference, else Dutch.
pub fn starting_language() -> Language {
    let window = gloo::utils::window();
    let asked = window
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let remembered = LocalStorage::raw().get_item(LANGUAGE_KEY).ok().flatten();
    let browser: Vec<String> = window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
    choose(asked.as_deref(), remembered.as_deref(), browser.iter().map(String::as_str))
}

/// The rule of [`starting_language`], without the browser (tested on the host).
pub fn choose<'a>(
    asked: Option<&str>,
    remembered: Option<&str>,
    browser: impl IntoIterator<Item = &'a str>,
) -> Language {
    asked
        .and_then(Language::from_tag)
        .or_else(|| remembered.and_then(Language::from_tag))
        .unwrap_or_else(|| Language::negotiate(browser))
}

/// Remembers the choice, and keeps an address that names a language in step with it,
/// so that a reload shows what the person chose.
pub fn remember(language: Language) {
    // Storage may be disabled (private browsing): the choice then lasts this visit.
    let _ = LocalStorage::raw().set_item(LANGUAGE_KEY, language.tag());
    let window = gloo::utils::window();
    let location = window.location();
    let Ok(search) = location.search() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    if params.get("lang").is_some() {
        params.set("lang", language.tag());
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let address = format!("{path}?{}{hash}", String::from(params.to_string()));
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}

/// Puts the page itself in the language: `<html lang>`, the title and description, and
/// the texts outside the app that plain scripts show (the crash message, the update notice).
pub fn apply_to_page(language: Language) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", language.tag());
        // Read by assets/pwa.js, which announces a new version without the WebAssembly module.
        let _ = root.set_attribute("data-update-text", &t!(language, "update-available"));
        let _ = root.set_attribute("data-update-button", &t!(language, "update-reload"));
    }
    document.set_title(&t!(language, "page-title"));
    if let Ok(Some(description)) = document.query_selector("meta[name='description']") {
        let _ = description.set_attribute("content", &t!(language, "page-description"));
    }
    for (id, text) in [
        ("crash-title", t!(language, "crash-title")),
        ("crash-text", t!(language, "crash-text")),
        ("crash-restore", t!(language, "crash-restore")),
    ] {
        if let Some(element) = document.get_element_by_id(id) {
            element.set_text_content(Some(&text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_wins_then_the_choice_made_here_then_the_browser() {
        assert_eq!(choose(Some("en"), Some("fr-BE"), ["nl-BE"]), Language::English);
        assert_eq!(choose(None, Some("fr-BE"), ["en-GB"]), Language::French);
        assert_eq!(choose(Some("xx"), None, ["de-DE", "en-US"]), Language::English, "an unknown tag is ignored");
        assert_eq!(choose(None, Some("garbage"), ["fr-FR"]), Language::French);
        assert_eq!(choose(None, None, ["de-DE", "tr"]), Language::Dutch);
        assert_eq!(choose(None, None, []), Language::Dutch);
    }

    #[test]
    fn every_language_has_every_app_message() {
        let problems =
            studierekenaar_core::i18n::audit::parity(FILES, studierekenaar_core::i18n::LEGAL_TERMS, "nl-BE", &[]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        for language in Language::ALL {
            assert!(catalog(language).problems().is_empty(), "{:?}", catalog(language).problems());
        }
        // Every file in locales/ is compiled in.
        for language in Language::ALL {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(language.tag());
            for entry in std::fs::read_dir(&dir).expect("locale folder") {
                let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
                assert!(FILE_NAMES.contains(&name.as_str()), "{}/{name} is not listed in app_files!", language.tag());
            }
        }
    }

    #[test]
    fn every_message_named_in_the_app_exists_and_every_message_is_used() {
        fn sources(dir: &std::path::Path, found: &mut String) {
            for entry in std::fs::read_dir(dir).expect("src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    sources(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push_str(&std::fs::read_to_string(&path).expect("source"));
                }
            }
        }
        let mut source = String::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut source);
        let catalog = catalog(Language::Dutch);
        let named = studierekenaar_core::i18n::audit::ids_named_in(&source);
        let missing: Vec<&String> = named.iter().filter(|id| !catalog.has(id)).collect();
        assert!(missing.is_empty(), "named in src/ but not in locales/nl-BE: {missing:?}");
        let unused: Vec<String> = FILES
            .iter()
            .filter(|(tag, _, _)| *tag == "nl-BE")
            .flat_map(|(_, _, text)| {
                studierekenaar_core::i18n::audit::entries(text).expect("parses").messages.into_keys()
            })
            .map(|id| id.split('.').next().unwrap_or(&id).to_owned())
            .filter(|id| !source.contains(&format!("\"{id}\"")))
            .collect();
        assert!(unused.is_empty(), "in locales/nl-BE but never named in src/: {unused:?}");
    }
}
