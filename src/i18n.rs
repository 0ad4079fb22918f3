//! The app's own words (labels, help, buttons, announcements) in Dutch, French and
//! English, from the Fluent files under `locales/`; the explanations come from the core
//! in the same language. Also: which language to start in, remembering the choice, and
//! fetching a language's messages when it is chosen.
//!
//! Only Dutch is compiled into the app. French and English (the core's messages and the
//! app's together) are files next to it, `locales-<tag>-<hash>.json`, named in the page by
//! a `<meta name="studierekenaar-languages">` (both written by `scripts/post-build.mjs`);
//! [`load`] fetches one and installs it. On the host (the tests) all three are compiled in.

use gloo::storage::{LocalStorage, Storage};
use serde::Deserialize;
use std::collections::BTreeMap;
use studierekenaar_core::i18n::{core_sources, split_legal_terms, Catalog, Catalogs, Language};
use studierekenaar_core::render::Words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The app's message files, by name; every language has each of them (tested).
macro_rules! app_files {
    ($($name:literal),* $(,)?) => {
        /// The names of the app's message files.
        pub const FILE_NAMES: &[&str] = &[$($name),*];
        /// The Dutch message files, always compiled in: `(file name, text)`.
        /// (Without their comments: see build.rs.)
        const DUTCH: &[(&str, &str)] = &[$(($name, include_str!(concat!(env!("OUT_DIR"), "/", $name))),)*];
        /// French and English, compiled in on the host only: `(language tag, file name, text)`.
        #[cfg(not(target_arch = "wasm32"))]
        const TRANSLATIONS: &[(&str, &str, &str)] = &[
            $(("fr-BE", $name, include_str!(concat!("../locales/fr-BE/", $name))),)*
            $(("en", $name, include_str!(concat!("../locales/en/", $name))),)*
        ];
        /// In the browser French and English are fetched when chosen ([`load`]).
        #[cfg(target_arch = "wasm32")]
        const TRANSLATIONS: &[(&str, &str, &str)] = &[];
    };
}

app_files!("app.ftl", "app-fee.ftl", "app-leave.ftl", "app-dual.ftl", "app-plan.ftl", "app-adult-education.ftl");

/// Every app message file compiled in: `(language tag, file name, text)`.
pub fn files() -> Vec<(&'static str, &'static str, &'static str)> {
    DUTCH.iter().map(|(name, text)| ("nl-BE", *name, *text)).chain(TRANSLATIONS.iter().copied()).collect()
}

fn compiled_in(language: Language) -> Vec<(&'static str, &'static str)> {
    if language == Language::Dutch {
        return DUTCH.to_vec();
    }
    TRANSLATIONS.iter().filter(|(tag, _, _)| *tag == language.tag()).map(|(_, name, text)| (*name, *text)).collect()
}

// Each language is read when first spoken.
static CATALOGS: Catalogs = Catalogs::new(compiled_in);

/// The app's messages in one language (the Dutch ones while that language is not loaded).
pub fn catalog(language: Language) -> &'static Catalog {
    CATALOGS.get(language)
}

/// Whether the page can be shown in `language`: the core's and the app's messages are here.
pub fn is_ready(language: Language) -> bool {
    language.is_available() && CATALOGS.has(language)
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
/// An outcome's message in words, its legal terms marked as in [`marked`].
pub fn words(language: Language, message: &impl Words) -> Html {
    marked(language, &message.words(language))
}

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

/// The `<meta>` that names each language's file: `content="fr-BE=./locales-fr-BE-<hash>.json en=…"`.
pub const LANGUAGE_FILES_META: &str = "studierekenaar-languages";

/// Why a language's messages are not here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The page names no file for the language.
    NotListed,
    /// Neither the network nor the offline copy gave the file.
    Unreachable,
    /// The file is not that language's complete, readable messages.
    Damaged(String),
}

/// The file of `language` in the content of the [`LANGUAGE_FILES_META`] tag.
pub fn file_of(content: &str, language: Language) -> Option<&str> {
    content
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .find(|(tag, _)| *tag == language.tag())
        .map(|(_, path)| path)
        .filter(|path| !path.is_empty())
}

/// A language file as `scripts/post-build.mjs` writes it: the core's and the app's
/// message files, by file name.
#[derive(Deserialize)]
struct LanguageFile {
    language: String,
    core: BTreeMap<String, String>,
    app: BTreeMap<String, String>,
}

/// Reads a fetched language file into the core's and the app's catalogs, if it is whole:
/// the language asked for, every message file Dutch has, and every file readable.
pub fn read_language_file(language: Language, text: &str) -> Result<(Catalog, Catalog), LoadError> {
    let file: LanguageFile = serde_json::from_str(text).map_err(|error| LoadError::Damaged(error.to_string()))?;
    if file.language != language.tag() {
        return Err(LoadError::Damaged(format!("the file holds {:?}, not {}", file.language, language.tag())));
    }
    let core_names: Vec<&str> = core_sources(Language::Dutch).into_iter().map(|(name, _)| name).collect();
    for (part, names, files) in [("core", core_names.as_slice(), &file.core), ("app", FILE_NAMES, &file.app)] {
        if let Some(missing) = names.iter().find(|name| !files.contains_key(**name)) {
            return Err(LoadError::Damaged(format!("{part}/{missing} is missing")));
        }
    }
    fn sources(files: &BTreeMap<String, String>) -> Vec<(&str, &str)> {
        files.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect()
    }
    let core = Catalog::new(language, &sources(&file.core));
    let app = Catalog::new(language, &sources(&file.app));
    let problems: Vec<&String> = core.problems().iter().chain(app.problems()).collect();
    if !problems.is_empty() {
        return Err(LoadError::Damaged(format!("{problems:?}")));
    }
    Ok((core, app))
}

/// Makes `language` ready ([`is_ready`]): fetches its file, unless it is here already,
/// and installs its messages in the core and the app. Never panics: what goes wrong is
/// the error, and the page stays in the language it has.
pub async fn load(language: Language) -> Result<(), LoadError> {
    if is_ready(language) {
        return Ok(());
    }
    let content = gloo::utils::document()
        .query_selector(&format!("meta[name='{LANGUAGE_FILES_META}']"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let path = file_of(&content, language).ok_or(LoadError::NotListed)?;
    let text = fetch_text(path).await.ok_or(LoadError::Unreachable)?;
    let (core, app) = read_language_file(language, &text)?;
    // Had the same language arrived meanwhile, the messages installed first stay.
    studierekenaar_core::i18n::install(core);
    CATALOGS.install(app);
    if is_ready(language) {
        Ok(())
    } else {
        Err(LoadError::Damaged("not installed".to_owned()))
    }
}

async fn fetch_text(path: &str) -> Option<String> {
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The few words said in a fetched language itself when its messages could not be loaded,
/// one message per language (`unavailable-fr-BE`); compiled in, since they are needed
/// exactly when the rest of that language is missing.
pub const UNAVAILABLE: &str = include_str!("../locales/unavailable.ftl");

/// That `language` could not be loaded, said in `language` (`None` for Dutch, always here).
pub fn unavailable_in_own_words(language: Language) -> Option<String> {
    let words = Catalog::new(language, &[("unavailable.ftl", UNAVAILABLE)]);
    words.try_format(&format!("unavailable-{}", language.tag()), None)
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

    /// A language file as `scripts/post-build.mjs` writes it, from the files compiled in.
    fn language_file(language: Language) -> serde_json::Value {
        let core: serde_json::Map<String, serde_json::Value> =
            core_sources(language).into_iter().map(|(name, text)| (name.to_owned(), text.into())).collect();
        let app: serde_json::Map<String, serde_json::Value> =
            compiled_in(language).into_iter().map(|(name, text)| (name.to_owned(), text.into())).collect();
        serde_json::json!({ "language": language.tag(), "core": core, "app": app })
    }

    #[test]
    fn the_page_names_each_language_file() {
        let content = "fr-BE=./locales-fr-BE-0123456789abcdef.json  en=./locales-en-fedcba9876543210.json";
        assert_eq!(file_of(content, Language::French), Some("./locales-fr-BE-0123456789abcdef.json"));
        assert_eq!(file_of(content, Language::English), Some("./locales-en-fedcba9876543210.json"));
        assert_eq!(file_of(content, Language::Dutch), None);
        assert_eq!(file_of("", Language::French), None);
        assert_eq!(file_of("fr-BE= en", Language::French), None);
        assert_eq!(file_of("fr=x.json", Language::French), None, "the exact tag, as post-build writes it");
    }

    #[test]
    fn a_language_file_is_read_only_when_it_is_whole() {
        for language in [Language::French, Language::English] {
            let file = language_file(language);
            let (core, app) = read_language_file(language, &file.to_string()).expect("a whole file");
            assert_eq!((core.language(), app.language()), (language, language));
            assert!(core.has("unit-yes-no") && app.has("heading"));
            assert_ne!(app.format("heading", None), catalog(Language::Dutch).format("heading", None));

            let damaged = |why: &str, text: String| match read_language_file(language, &text) {
                Err(LoadError::Damaged(_)) => {}
                other => panic!("{why}: {:?}", other.map(|_| ())),
            };
            damaged("not JSON", "<!doctype html><p>not found</p>".to_owned());
            damaged("cut short", file.to_string().chars().take(1000).collect());
            damaged("empty", String::new());
            damaged("another language", language_file(Language::Dutch).to_string());
            let mut without = file.clone();
            without["app"].as_object_mut().expect("app files").remove("app-fee.ftl");
            damaged("an app file missing", without.to_string());
            let mut without = file.clone();
            without["core"].as_object_mut().expect("core files").remove("fee.ftl");
            damaged("a core file missing", without.to_string());
            let mut broken = file.clone();
            broken["app"]["app.ftl"] = "heading = {".into();
            damaged("a message that does not parse", broken.to_string());
            let mut wrong = file.clone();
            wrong["core"] = serde_json::json!(["fee.ftl"]);
            damaged("not files by name", wrong.to_string());
        }
    }

    #[test]
    fn a_language_that_cannot_be_loaded_says_so_in_its_own_words() {
        assert!(unavailable_in_own_words(Language::French).is_some_and(|w| w.contains("Français")));
        assert!(unavailable_in_own_words(Language::English).is_some_and(|w| w.contains("English")));
        assert_eq!(unavailable_in_own_words(Language::Dutch), None, "Dutch is always here");
        assert!(Catalog::new(Language::French, &[("unavailable.ftl", UNAVAILABLE)]).problems().is_empty());
        for language in Language::ALL {
            let message = t!(language, "language-unavailable", language = "fr-BE", button = "Français");
            assert!(message.contains("Français") && !message.contains('{'), "{language}: {message}");
        }
        assert!(t!(Language::Dutch, "language-unavailable", language = "fr-BE", button = "Français")
            .starts_with("De Franse"));
        assert!(t!(Language::French, "language-unavailable", language = "en", button = "English")
            .starts_with("Les textes en anglais"));
    }

    #[test]
    fn every_language_has_every_app_message() {
        let problems =
            studierekenaar_core::i18n::audit::parity(&files(), studierekenaar_core::i18n::LEGAL_TERMS, "nl-BE", &[]);
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
        let unused: Vec<String> = files()
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
