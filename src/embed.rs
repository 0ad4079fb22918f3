//! Embedded mode: the app inside an institution's page, in an iframe built by
//! `embed.js`. The page's address says which calculator to show, the theme colours
//! and the host page's origin; the app then hides its own chrome and keeps the host
//! informed of its height with one documented message (see docs/embedding.md).

use crate::state::Section;
use studierekenaar_core::year::AcademicYear;
use wasm_bindgen::JsCast;

/// What the address asks of an embedded app. Everything is optional and checked:
/// an invalid value is ignored, never trusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub embedded: bool,
    /// `None`: every section, with the navigation.
    pub only: Option<Section>,
    pub year: Option<AcademicYear>,
    /// Theme colours as `#rrggbb`.
    pub primary: Option<String>,
    pub accent: Option<String>,
    /// The host page's origin, the only one the app sends messages to.
    pub parent_origin: Option<String>,
}

/// The message type the app sends to its host page.
pub const HEIGHT_MESSAGE: &str = "studierekenaar:height";

impl EmbedOptions {
    /// Reads the decoded query pairs of `?embed=1&calc=fees&year=2024-2025&primary=%23005a9c&parent=https://host`.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        for (key, value) in pairs {
            let value = value.as_ref().to_owned();
            match key.as_ref() {
                "embed" => options.embedded = value == "1",
                "calc" => {
                    options.only = match value.as_str() {
                        "fees" | "fee" => Some(Section::Fee),
                        "leave" => Some(Section::Leave),
                        "dual" => Some(Section::Dual),
                        "plan" => Some(Section::Plan),
                        "adult-education" => Some(Section::AdultEducation),
                        _ => None,
                    }
                }
                "year" => options.year = value.parse().ok().filter(|y: &AcademicYear| y.is_supported()),
                "primary" => options.primary = valid_colour(&value),
                "accent" => options.accent = valid_colour(&value),
                "parent" => options.parent_origin = valid_origin(&value),
                _ => {}
            }
        }
        if !options.embedded {
            // Outside an iframe only the year and calculator make sense.
            options.primary = None;
            options.accent = None;
            options.parent_origin = None;
        }
        options
    }

    /// The theme's CSS custom properties and their values.
    pub fn theme(&self) -> Vec<(&'static str, &str)> {
        [("--brand", &self.primary), ("--accent", &self.accent)]
            .into_iter()
            .filter_map(|(property, value)| value.as_deref().map(|value| (property, value)))
            .collect()
    }
}

/// `#rgb` or `#rrggbb` only: nothing that could carry other CSS.
fn valid_colour(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#')?;
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| format!("#{hex}"))
}

/// `http(s)://host[:port]` with nothing after it.
fn valid_origin(value: &str) -> Option<String> {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"))?;
    let ok = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
    ok.then(|| value.to_owned())
}

/// The options of the page as it was opened.
pub fn current() -> EmbedOptions {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return EmbedOptions::default() };
    let keys = ["embed", "calc", "year", "primary", "accent", "parent"];
    EmbedOptions::from_pairs(keys.iter().filter_map(|key| params.get(key).map(|value| (*key, value))))
}

/// Tells the host page how tall the app is, so that the iframe fits it. Only the host
/// origin named in the address receives it.
pub fn post_height(options: &EmbedOptions, height: f64) {
    let Some(origin) = &options.parent_origin else { return };
    let Ok(Some(parent)) = gloo::utils::window().parent() else { return };
    let message = js_sys::Object::new();
    // Setting properties on a fresh object cannot fail.
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
    let _ = parent.post_message(&message, origin);
}

/// Reports the app's height to the host page now and whenever it changes.
pub fn report_height_changes(options: EmbedOptions) {
    if options.parent_origin.is_none() {
        return;
    }
    let document = gloo::utils::document();
    let Some(root) = document.document_element() else { return };
    let measure = {
        let root = root.clone();
        move || post_height(&options, f64::from(root.scroll_height()))
    };
    measure();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Sets the theme colours on the page through the CSS object model (allowed by the
/// Content-Security-Policy, unlike inline style attributes).
pub fn apply_theme(options: &EmbedOptions) {
    let Some(root) = gloo::utils::document().document_element() else { return };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    for (property, value) in options.theme() {
        let _ = root.style().set_property(property, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> EmbedOptions {
        EmbedOptions::from_pairs(
            query.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, ""))),
        )
    }

    #[test]
    fn reads_the_embed_options() {
        let options =
            parse("embed=1&calc=leave&year=2024-2025&primary=#005a9c&accent=#ffcc00&parent=https://www.odisee.be");
        assert!(options.embedded);
        assert_eq!(options.only, Some(Section::Leave));
        assert_eq!(options.year, Some(AcademicYear(2024)));
        assert_eq!(options.theme(), [("--brand", "#005a9c"), ("--accent", "#ffcc00")]);
        assert_eq!(options.parent_origin.as_deref(), Some("https://www.odisee.be"));
    }

    #[test]
    fn ignores_what_is_not_valid() {
        let options = parse(
            "embed=1&calc=all&year=1999-2000&primary=red;background:url(x)&parent=javascript:alert(1)&accent=#zzzzzz",
        );
        assert_eq!(options.only, None);
        assert_eq!(options.year, None);
        assert_eq!(options.primary, None);
        assert_eq!(options.accent, None);
        assert_eq!(options.parent_origin, None);
        assert!(options.theme().is_empty());
        assert_eq!(parse("embed=1&parent=https://evil.example/path").parent_origin, None);
        assert_eq!(parse("primary=#123456").primary, None, "no theme outside an iframe");
        assert_eq!(parse(""), EmbedOptions::default());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the address holds, only well-formed colours and origins get through.
        #[test]
        fn any_query_yields_only_checked_values(pairs in proptest::collection::vec(("(embed|calc|year|primary|accent|parent|x)", ".{0,40}"), 0..8)) {
            let options = EmbedOptions::from_pairs(pairs);
            for (_, value) in options.theme() {
                proptest::prop_assert!(value.starts_with('#') && value[1..].bytes().all(|b| b.is_ascii_hexdigit()));
            }
            if let Some(origin) = &options.parent_origin {
                proptest::prop_assert!(origin.starts_with("http") && !origin["https://".len().min(origin.len())..].contains('/'));
            }
            proptest::prop_assert!(options.year.is_none_or(|y| y.is_supported()));
        }
    }
}
