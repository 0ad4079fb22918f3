//! The three languages of every explanation: Dutch (nl-BE, the default and the language
//! of the rules), French (fr-BE) and English. Sentences live in Project Fluent message
//! files under `crates/core/locales/<language>/`, compiled in by `build.rs`; numbers,
//! amounts and dates are formatted here, the way each language writes them.
//!
//! Dutch is always compiled in; French and English are too with the feature
//! `all-languages` (on by default: the command line, the JavaScript API). Without it a
//! front end fetches their message files when they are chosen and [`install`]s them; until
//! then a language that is not here is spoken in Dutch, never a panic.
//!
//! Legal terms (the names on official forms) are Fluent terms in `locales/legal-terms.ftl`,
//! shared by every language, so that a translation can name the Dutch term next to its own
//! words and a front end can mark it as Dutch.

use crate::money::{Cents, Hundredths};
use crate::params::Date;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

pub use fluent_bundle::{FluentArgs, FluentValue};

pub mod audit;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// The Dutch names of legal schemes and contracts, the same in every language.
pub const LEGAL_TERMS: &str = include_str!("../locales/legal-terms.ftl");

/// The Dutch names of [`LEGAL_TERMS`], longest first (so that a front end marking them
/// finds `Vlaams opleidingsverlof` before a shorter name inside it).
pub fn legal_term_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<String> = match fluent_syntax::parser::parse(LEGAL_TERMS) {
            Ok(resource) | Err((resource, _)) => resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Term(term) => Some(
                        term.value
                            .elements
                            .iter()
                            .filter_map(|element| match element {
                                fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                                _ => None,
                            })
                            .collect::<String>(),
                    ),
                    _ => None,
                })
                .collect(),
        };
        names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
        names.dedup();
        names
    })
}

/// A piece of text, and whether it is one of the Dutch legal terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'t> {
    pub text: &'t str,
    pub legal_term: bool,
}

/// Splits a sentence into its legal terms and the rest, for a front end to mark the
/// terms as Dutch (`lang="nl"`). A term counts only as a whole word (`VOV`, not `VOVs`).
pub fn split_legal_terms(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    'scan: while !rest.is_empty() {
        let lower = rest.to_lowercase();
        // Terms are matched case-insensitively ("Leervergoeding" at the start of a sentence)
        // only where lowercasing keeps byte offsets, which holds for these names.
        if lower.len() == rest.len() {
            let mut best: Option<(usize, usize)> = None;
            for name in legal_term_names() {
                let needle = name.to_lowercase();
                let mut from = 0;
                while let Some(found) = lower[from..].find(&needle) {
                    let start = from + found;
                    let end = start + needle.len();
                    let bounded =
                        !is_word_char(rest[..start].chars().next_back()) && !is_word_char(rest[end..].chars().next());
                    if bounded {
                        if best.is_none_or(|(s, e)| start < s || (start == s && end > e)) {
                            best = Some((start, end));
                        }
                        break;
                    }
                    from = start + needle.len().max(1);
                }
            }
            if let Some((start, end)) = best {
                if start > 0 {
                    pieces.push(Piece { text: &rest[..start], legal_term: false });
                }
                pieces.push(Piece { text: &rest[start..end], legal_term: true });
                rest = &rest[end..];
                continue 'scan;
            }
        }
        pieces.push(Piece { text: rest, legal_term: false });
        break;
    }
    pieces
}

/// A language the calculator speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "nl-BE")]
    Dutch,
    #[serde(rename = "fr-BE")]
    French,
    #[serde(rename = "en")]
    English,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Dutch, Language::French, Language::English];

    /// The BCP 47 tag, as used in `lang` attributes and in the locale folders.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Dutch => "nl-BE",
            Language::French => "fr-BE",
            Language::English => "en",
        }
    }

    /// The language's name in that language, for the language switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::Dutch => "Nederlands",
            Language::French => "Français",
            Language::English => "English",
        }
    }

    /// Reads a language tag loosely: `nl`, `nl-NL`, `vls`, `fr-FR`, `en-GB`, `EN`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "nl" | "vls" | "zea" | "li" => Some(Language::Dutch),
            "fr" | "wa" => Some(Language::French),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The first language of a preference list (the browser's) that we speak; Dutch otherwise.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred.into_iter().find_map(Language::from_tag).unwrap_or_default()
    }

    /// The messages of the core (explanations, errors, units) in this language; the Dutch
    /// ones while this language is neither compiled in nor [`install`]ed.
    pub fn catalog(self) -> &'static Catalog {
        CORE_CATALOGS.get(self)
    }

    /// Whether the core's messages in this language are here (compiled in or installed),
    /// so that [`catalog`](Language::catalog) gives them and not the Dutch ones.
    pub fn is_available(self) -> bool {
        CORE_CATALOGS.has(self)
    }

    /// `€ 1.116,00` in Dutch, `1 116,00 €` in French (Belgium), `€1,116.00` in English.
    pub fn money(self, amount: Cents) -> String {
        match self {
            Language::Dutch => amount.to_nl(),
            Language::French => amount.to_fr(),
            Language::English => amount.to_en(),
        }
    }

    /// A number in hundredths without trailing zeros: `125`, `1.500`, `7,6`, `93,75`
    /// (`1,500`, `7.6` in English).
    pub fn decimal(self, hundredths: i64) -> String {
        let (thousands, decimal) = self.separators();
        let sign = if hundredths < 0 { "-" } else { "" };
        let abs = hundredths.unsigned_abs();
        let whole = group_thousands(abs / 100, thousands);
        match abs % 100 {
            0 => format!("{sign}{whole}"),
            cents if cents % 10 == 0 => format!("{sign}{whole}{decimal}{}", cents / 10),
            cents => format!("{sign}{whole}{decimal}{cents:02}"),
        }
    }

    /// A number with exactly two decimals, as parameter amounts are read: `0,80`, `21,30`.
    pub fn fixed_two(self, hundredths: Hundredths) -> String {
        if hundredths.0 % 100 == 0 {
            return self.decimal(hundredths.0);
        }
        let (thousands, decimal) = self.separators();
        let sign = if hundredths.0 < 0 { "-" } else { "" };
        let abs = hundredths.0.unsigned_abs();
        format!("{sign}{}{decimal}{:02}", group_thousands(abs / 100, thousands), abs % 100)
    }

    /// A factor stored in hundred-thousandths, with its five decimals: `1,32783`, `1.32783`.
    pub fn factor(self, hundred_thousandths: i64) -> String {
        let (thousands, decimal) = self.separators();
        let abs = hundred_thousandths.unsigned_abs();
        let sign = if hundred_thousandths < 0 { "-" } else { "" };
        format!("{sign}{}{decimal}{:05}", group_thousands(abs / 100_000, thousands), abs % 100_000)
    }

    /// A whole number with thousands grouped: `1.152`, `1,152`.
    pub fn integer(self, value: i64) -> String {
        self.decimal(value.saturating_mul(100))
    }

    /// The answer of a yes/no parameter: `ja`, `oui`, `yes`; `nee`, `non`, `no`.
    pub fn yes_no(self, answer: bool) -> String {
        self.format("unit-yes-no", &crate::fluent_args!(answer = if answer { "yes" } else { "no" }))
    }

    /// `80 %` (Dutch, French), `80%` (English).
    pub fn percent(self, value: i64) -> String {
        self.format("percent", &crate::fluent_args!(value = self.integer(value)))
    }

    /// `1 mei 2024`, `1er mai 2024`, `1 May 2024`.
    pub fn date(self, date: Date) -> String {
        self.format(
            "date",
            &crate::fluent_args!(
                day = i64::from(date.day),
                month = self.month_name(date.month),
                year = i64::from(date.year)
            ),
        )
    }

    /// The name of a month (1–12), as written inside a date: `mei`, `mai`, `May`.
    pub fn month_name(self, month: u8) -> String {
        self.format("month", &crate::fluent_args!(month = i64::from(month)))
    }

    /// A counted thing: `count("count-credits", 30)` is `30 studiepunten`, `30 crédits`,
    /// `30 credits`; the count chooses the plural form and is written with separators.
    pub fn count(self, id: &str, count: i64) -> String {
        self.format(id, &crate::fluent_args!(count = count, amount = self.integer(count)))
    }

    /// A core message without arguments.
    pub fn text(self, id: &str) -> String {
        self.catalog().format(id, None)
    }

    /// A core message with arguments; see [`tr!`](crate::tr).
    pub fn format(self, id: &str, args: &FluentArgs<'_>) -> String {
        self.catalog().format(id, Some(args))
    }

    fn separators(self) -> (char, char) {
        match self {
            Language::Dutch | Language::French => ('.', ','),
            Language::English => (',', '.'),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

fn group_thousands(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// The core's message files of one language that are compiled in, as `(file name, text)`:
/// none for French and English without the feature `all-languages`.
pub fn core_sources(language: Language) -> Vec<(&'static str, &'static str)> {
    embedded::FILES.iter().filter(|(tag, _, _)| *tag == language.tag()).map(|(_, name, text)| (*name, *text)).collect()
}

// Each language is read when first spoken: a Dutch page never parses the translations.
static CORE_CATALOGS: Catalogs = Catalogs::new(core_sources);

/// Gives the core the messages of a language that is not compiled in (fetched by a web
/// page), built with [`Catalog::new`] from that language's files. Returns whether the
/// language now speaks them: `false` if it already had its messages, which are kept.
/// Check [`Catalog::problems`] first: a catalog is installed as it is.
pub fn install(catalog: Catalog) -> bool {
    CORE_CATALOGS.install(catalog)
}

/// The catalogs of the three languages, each made when first asked for from the files
/// compiled in, or installed at run time. A language with neither is given the Dutch
/// catalog. (The core keeps one for its messages; the web app one for its own.)
pub struct Catalogs {
    slots: [OnceLock<Catalog>; 3],
    compiled_in: fn(Language) -> Vec<(&'static str, &'static str)>,
}

impl Catalogs {
    /// `compiled_in` gives a language's files as `(file name, text)`, none if they are
    /// not compiled in; Dutch must have them.
    pub const fn new(compiled_in: fn(Language) -> Vec<(&'static str, &'static str)>) -> Catalogs {
        Catalogs { slots: [OnceLock::new(), OnceLock::new(), OnceLock::new()], compiled_in }
    }

    /// The catalog of `language`, or the Dutch one if that language is not here.
    pub fn get(&self, language: Language) -> &Catalog {
        let slot = &self.slots[language as usize];
        if let Some(catalog) = slot.get() {
            return catalog;
        }
        let sources = (self.compiled_in)(language);
        if sources.is_empty() && language != Language::Dutch {
            return self.get(Language::Dutch);
        }
        slot.get_or_init(|| Catalog::new(language, &sources))
    }

    /// Whether `language` has its own catalog: compiled in or installed.
    pub fn has(&self, language: Language) -> bool {
        language == Language::Dutch
            || self.slots[language as usize].get().is_some()
            || !(self.compiled_in)(language).is_empty()
    }

    /// Installs a catalog for its language; `false` if that language already had one.
    pub fn install(&self, catalog: Catalog) -> bool {
        let language = catalog.language();
        if self.has(language) {
            return false;
        }
        self.slots[language as usize].set(catalog).is_ok()
    }
}

/// Every core message file: `(language tag, file name, text)`, for the parity tests.
pub fn all_core_sources() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FILES
}

/// The messages of one language, ready to format. Building never fails: a file that
/// does not parse is reported by [`Catalog::problems`] (the tests require none), and a
/// message that cannot be found formats as its own id, never as a panic.
pub struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    problems: Vec<String>,
}

impl Catalog {
    /// A catalog of the given files plus the shared legal terms.
    pub fn new(language: Language, sources: &[(&str, &str)]) -> Catalog {
        let locale = language.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Unicode isolation marks around every argument would end up in copied text and
        // in the tests' string comparisons; our arguments are never right-to-left.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        for (name, text) in std::iter::once(&("legal-terms.ftl", LEGAL_TERMS)).chain(sources) {
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, errors)| {
                problems.extend(errors.iter().map(|e| format!("{}/{name}: {e:?}", language.tag())));
                resource
            });
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{}/{name}: {e:?}", language.tag())));
            }
        }
        Catalog { language, bundle, problems }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// What went wrong reading the files (empty in every release: the tests check it).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Whether `id` (a message, or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split_id(id);
        self.bundle.get_message(message).is_some_and(|m| match attribute {
            Some(attribute) => m.get_attribute(attribute).is_some(),
            None => m.value().is_some(),
        })
    }

    /// Formats `id` (a message, or `message.attribute`); an unknown id comes back as itself.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Formats `id`, or `None` when the catalog has no such message.
    pub fn try_format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (message, attribute) = split_id(id);
        let message = self.bundle.get_message(message)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// Builds Fluent arguments: `fluent_args!(count = 3, name = "UGent")`.
#[macro_export]
macro_rules! fluent_args {
    ($($name:ident = $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )*
        args
    }};
}

/// A core message in a language: `tr!(language, "unit-hours", amount = ...)`.
#[macro_export]
macro_rules! tr {
    ($language:expr, $id:literal) => {
        $language.text($id)
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $language.format($id, &$crate::fluent_args!($($name = $value),+))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_browser_language_tags() {
        assert_eq!(Language::from_tag("nl-BE"), Some(Language::Dutch));
        assert_eq!(Language::from_tag("nl"), Some(Language::Dutch));
        assert_eq!(Language::from_tag("fr-FR"), Some(Language::French));
        assert_eq!(Language::from_tag("EN_gb"), Some(Language::English));
        assert_eq!(Language::from_tag("de-DE"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Language::negotiate(["de-DE", "fr-BE", "en"]), Language::French);
        assert_eq!(Language::negotiate(["de", "tr"]), Language::Dutch);
        assert_eq!(Language::negotiate([]), Language::Dutch);
    }

    #[test]
    fn numbers_as_each_language_writes_them() {
        assert_eq!(Language::Dutch.money(Cents(111_600)), "€ 1.116,00");
        assert_eq!(Language::French.money(Cents(111_600)), "1\u{202f}116,00\u{a0}€");
        assert_eq!(Language::English.money(Cents(111_600)), "€1,116.00");
        assert_eq!(Language::Dutch.decimal(760), "7,6");
        assert_eq!(Language::English.decimal(9_375), "93.75");
        assert_eq!(Language::Dutch.decimal(150_000), "1.500");
        assert_eq!(Language::English.decimal(150_000), "1,500");
        assert_eq!(Language::Dutch.decimal(5), "0,05");
        assert_eq!(Language::Dutch.fixed_two(Hundredths(80)), "0,80");
        assert_eq!(Language::English.fixed_two(Hundredths(2_130)), "21.30");
        assert_eq!(Language::Dutch.percent(80), "80 %");
        assert_eq!(Language::French.percent(80), "80 %");
        assert_eq!(Language::English.percent(80), "80%");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        assert_eq!(Language::Dutch.date(Date::new(2024, 5, 1)), "1 mei 2024");
        assert_eq!(Language::French.date(Date::new(2024, 5, 1)), "1er mai 2024");
        assert_eq!(Language::French.date(Date::new(2025, 9, 12)), "12 septembre 2025");
        assert_eq!(Language::English.date(Date::new(2024, 5, 1)), "1 May 2024");
    }

    #[test]
    fn finds_the_dutch_legal_terms_in_a_translation() {
        let pieces = split_legal_terms("Flemish training leave (Vlaams opleidingsverlof, VOV) covers 100 hours.");
        let terms: Vec<&str> = pieces.iter().filter(|p| p.legal_term).map(|p| p.text).collect();
        assert_eq!(terms, ["Vlaams opleidingsverlof", "VOV"]);
        assert_eq!(
            pieces.iter().map(|p| p.text).collect::<String>(),
            "Flemish training leave (Vlaams opleidingsverlof, VOV) covers 100 hours."
        );
        assert!(split_legal_terms("VOVs and XVOV are not terms").iter().all(|p| !p.legal_term));
        assert_eq!(split_legal_terms("Leervergoeding ODOS")[0], Piece { text: "Leervergoeding", legal_term: true });
        assert_eq!(split_legal_terms(""), []);
        assert!(legal_term_names().iter().any(|n| n == "Vlaams zorgkrediet"));
    }

    #[test]
    fn a_language_not_here_speaks_dutch_until_installed() {
        fn only_dutch(language: Language) -> Vec<(&'static str, &'static str)> {
            match language {
                Language::Dutch => vec![("common.ftl", "greeting = Goeiedag")],
                _ => Vec::new(),
            }
        }
        // (Not a literal in a `.format(` call, which the message audit would look up.)
        const GREETING: &str = "greeting";
        let catalogs = Catalogs::new(only_dutch);
        assert!(catalogs.has(Language::Dutch) && !catalogs.has(Language::French));
        assert_eq!(catalogs.get(Language::French).format(GREETING, None), "Goeiedag");
        assert_eq!(catalogs.get(Language::French).language(), Language::Dutch);

        assert!(catalogs.install(Catalog::new(Language::French, &[("common.ftl", "greeting = Bonjour")])));
        assert!(catalogs.has(Language::French));
        assert_eq!(catalogs.get(Language::French).format(GREETING, None), "Bonjour");
        assert_eq!(catalogs.get(Language::English).format(GREETING, None), "Goeiedag", "English is still not here");
        // A language keeps the messages it has.
        assert!(!catalogs.install(Catalog::new(Language::French, &[("common.ftl", "greeting = Salut")])));
        assert!(!catalogs.install(Catalog::new(Language::Dutch, &[("common.ftl", "greeting = Hallo")])));
        assert_eq!(catalogs.get(Language::French).format(GREETING, None), "Bonjour");
        assert_eq!(catalogs.get(Language::Dutch).format(GREETING, None), "Goeiedag");
    }

    #[test]
    fn every_language_is_compiled_in_by_default() {
        for language in Language::ALL {
            assert_eq!(language.is_available(), cfg!(feature = "all-languages") || language == Language::Dutch);
            assert_eq!(language.catalog().language() == language, language.is_available());
        }
    }

    #[test]
    fn an_unknown_message_is_its_own_id() {
        let unknown = "no-such-message";
        assert_eq!(Language::English.text(unknown), unknown);
        assert!(!Language::English.catalog().has(unknown));
    }
}
