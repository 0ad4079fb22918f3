//! Strict reading of the parameter files and of the dual-learning agreements' files. The
//! schema is closed: unknown keys, duplicate periods, missing sources, negative amounts and
//! unknown statuses are all refused with the file and the key that is wrong.
//!
//! This loader is not part of the library: the build script (`build.rs`) runs it on every
//! file under `params/` and compiles what it reads in as Rust data, so that a bad file is a
//! build error; the tests run it on the malformed fixtures. Both include it as a `#[path]`
//! module next to `schema.rs` and `date.rs` (`super::schema`, `super::date`).

use super::date::Date;
use super::schema::AGREEMENTS_DIR;
use super::schema::{parse_academic_year, parse_decimal, AgreementKind, FactTopic, StandIn, Status, Unit, YearProblem};
use serde::Deserialize;

/// A parameter or agreement file that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    /// The file's id (its path under `params/` without `.toml`).
    pub file: String,
    /// The key that is wrong, e.g. `values[2].amount` (or `(file)`, or `line 4` for syntax errors).
    pub key: String,
    pub message: String,
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "params/{}.toml: {}: {}", self.file, self.key, self.message)
    }
}

impl std::error::Error for ParamError {}

/// One parameter file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterFile {
    pub label: String,
    pub description: String,
    pub unit: Unit,
    /// Oldest first.
    pub values: Vec<ValueEntry>,
    pub index_base: Option<IndexEntry>,
}

/// The period of one value: an academic year (by its first calendar year) or a start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PeriodEntry {
    Year(u16),
    From(Date),
}

/// As the files write it: `2024-2025`, `from 2024-05-01`.
impl std::fmt::Display for PeriodEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeriodEntry::Year(year) => write!(f, "{year}-{}", year + 1),
            PeriodEntry::From(date) => write!(f, "from {date}"),
        }
    }
}

/// One dated value of a parameter file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueEntry {
    pub period: PeriodEntry,
    /// `None` exactly when the status is unavailable; in hundredths of the unit
    /// (hundred-thousandths for a factor).
    pub amount: Option<i64>,
    pub status: Status,
    pub source: Option<String>,
    pub quote: Option<String>,
    pub note: Option<String>,
    pub stand_in: StandIn,
}

/// The `[index]` table of a parameter file: the base amount in hundredths, with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    pub amount: i64,
    pub source: String,
    pub quote: Option<String>,
}

/// One agreement's file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFile {
    pub kind: AgreementKind,
    pub social_security: bool,
    /// One per topic, in the order of [`FactTopic::ALL`].
    pub facts: Vec<FactEntry>,
}

/// One fact of an agreement's file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactEntry {
    pub topic: FactTopic,
    pub text: String,
    pub status: Status,
    pub source: String,
    pub quote: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParameter {
    label: String,
    description: String,
    unit: Unit,
    index: Option<RawIndexBase>,
    values: Vec<RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndexBase {
    base: String,
    source: String,
    quote: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValue {
    year: Option<String>,
    from: Option<String>,
    amount: Option<String>,
    status: Status,
    source: Option<String>,
    quote: Option<String>,
    note: Option<String>,
    /// `stand_in = "next"` or `"none"`: see [`StandIn`].
    stand_in: Option<String>,
}

/// Reads and checks one parameter file, `id` being its path under `params/` without `.toml`.
pub fn parse_parameter(id: &str, text: &str) -> Result<ParameterFile, ParamError> {
    let error = |key: String, message: String| ParamError { file: id.to_owned(), key, message };
    let raw: RawParameter = toml::from_str(text).map_err(|e| syntax_error(id, text, &e))?;

    if raw.label.trim().is_empty() {
        return Err(error("label".into(), "must not be empty".into()));
    }
    if raw.description.trim().is_empty() {
        return Err(error("description".into(), "must not be empty".into()));
    }
    if raw.values.is_empty() {
        return Err(error("values".into(), "a parameter needs at least one value".into()));
    }

    let index_base = match raw.index {
        None => None,
        Some(index) => {
            check_source(&index.source).map_err(|message| error("index.source".into(), message))?;
            let amount = parse_decimal(&index.base, 2).map_err(|message| error("index.base".into(), message))?;
            Some(IndexEntry { amount, source: index.source, quote: index.quote })
        }
    };

    let mut values: Vec<ValueEntry> = Vec::with_capacity(raw.values.len());
    for (index, raw_value) in raw.values.into_iter().enumerate() {
        let key = |field: &str| format!("values[{index}].{field}");
        let period = match (&raw_value.year, &raw_value.from) {
            (Some(year), None) => PeriodEntry::Year(parse_academic_year(year).map_err(|problem| {
                let message = match problem {
                    YearProblem::Format => format!("\"{year}\" is not an academic year like \"2024-2025\""),
                    YearProblem::NotConsecutive => {
                        format!("\"{year}\" is not an academic year: the second year is the first plus one")
                    }
                };
                error(key("year"), message)
            })?),
            (None, Some(from)) => PeriodEntry::From(from.parse::<Date>().map_err(|e| error(key("from"), e))?),
            _ => {
                return Err(error(
                    format!("values[{index}]"),
                    "give exactly one of `year` (\"2024-2025\") or `from` (\"2024-05-01\")".into(),
                ))
            }
        };
        if let Some(previous) = values.last() {
            let same_kind = matches!(
                (previous.period, period),
                (PeriodEntry::Year(_), PeriodEntry::Year(_)) | (PeriodEntry::From(_), PeriodEntry::From(_))
            );
            if !same_kind {
                return Err(error(key("year"), "all values must use `year`, or all must use `from`".into()));
            }
            if period == previous.period {
                return Err(error(key("year"), format!("duplicate period {period}")));
            }
            if period < previous.period {
                return Err(error(
                    key("year"),
                    format!("{period} comes before {}: list oldest first", previous.period),
                ));
            }
        }

        let amount = match (raw_value.status, &raw_value.amount) {
            (Status::Estimated, _) => {
                return Err(error(
                    key("status"),
                    "\"estimated\" is what the calculator marks a carried figure with; a file says confirmed, secondary, inferred or unavailable".into(),
                ))
            }
            (Status::Unavailable, Some(_)) => {
                return Err(error(key("amount"), "an unavailable value has no amount".into()))
            }
            (Status::Unavailable, None) => {
                if raw_value.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    return Err(error(key("note"), "say why the figure is unavailable".into()));
                }
                None
            }
            (_, None) => return Err(error(key("amount"), "missing: a figure needs an amount".into())),
            (_, Some(text)) => {
                if text.trim_start().starts_with('-') {
                    return Err(error(key("amount"), format!("\"{text}\" is negative; amounts are never negative")));
                }
                let amount = parse_decimal(text, raw.unit.decimals()).map_err(|e| error(key("amount"), e))?;
                if raw.unit == Unit::YesNo && !matches!(amount, 0 | 100) {
                    return Err(error(key("amount"), format!("\"{text}\" is not \"1\" (yes) or \"0\" (no)")));
                }
                Some(amount)
            }
        };
        match raw_value.source.as_deref() {
            None if amount.is_some() => {
                return Err(error(key("source"), "missing: every figure needs its source".into()))
            }
            None => {}
            // An unavailable value may cite where its reason was read; that too must be a web address.
            Some(url) => check_source(url).map_err(|message| error(key("source"), message))?,
        }
        if raw_value.status == Status::Inferred && raw_value.note.is_none() {
            return Err(error(key("note"), "an inferred figure must say how it was inferred".into()));
        }

        let stand_in = match (raw_value.stand_in.as_deref(), amount) {
            (None, _) => StandIn::Earlier,
            (Some(_), Some(_)) => {
                return Err(error(key("stand_in"), "only an unavailable value can say what stands in for it".into()))
            }
            (Some("next"), None) => StandIn::EarlierOrNext,
            (Some("none"), None) => StandIn::Nothing,
            (Some(other), None) => {
                return Err(error(key("stand_in"), format!("\"{other}\" is not allowed: choose \"next\" or \"none\"")))
            }
        };

        values.push(ValueEntry {
            period,
            amount,
            status: raw_value.status,
            source: raw_value.source,
            quote: raw_value.quote,
            note: raw_value.note,
            stand_in,
        });
    }

    Ok(ParameterFile { label: raw.label, description: raw.description, unit: raw.unit, values, index_base })
}

/// A file that is not valid TOML, or does not fit the schema (an unknown or missing key, a
/// wrong type, an unknown status): the message of the TOML reader, with the line.
fn syntax_error(id: &str, text: &str, e: &toml::de::Error) -> ParamError {
    let key = match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].lines().count().max(1);
            format!("line {line}")
        }
        None => "(file)".to_owned(),
    };
    ParamError { file: id.to_owned(), key, message: e.message().to_owned() }
}

/// A source is a public web address.
fn check_source(url: &str) -> Result<(), String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(())
    } else {
        Err(format!("\"{url}\" is not a web address"))
    }
}

// The dual-learning agreements' files:
//
// ```toml
// social_security = false
//
// [[facts]]
// topic = "social_security"           # allowance, social_security, holidays, workplace, components, duration
// text = "dual-fact-odo-social-security"
// status = "secondary"                # confirmed | secondary | inferred
// source = "https://www.vlaanderen.be/…"
// quote = "Sociale zekerheidsstatuut … Geen sociale zekerheidsrechten"
// note = "dual-source-webinar"        # how it was read (a message or message.attribute)
// ```

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgreement {
    social_security: bool,
    facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    topic: FactTopic,
    text: String,
    status: Status,
    source: String,
    quote: Option<String>,
    note: Option<String>,
}

/// Reads and checks the agreement files, `(id, text)` with ids `dual/agreements/<kind>`:
/// each file on its own, then that every agreement has its file. Ordered by agreement
/// (OAO, ODOS, ODO, ODOW).
pub fn parse_agreements(files: &[(&str, &str)]) -> Result<Vec<AgreementFile>, ParamError> {
    let mut agreements = files.iter().map(|(id, text)| parse_agreement(id, text)).collect::<Result<Vec<_>, _>>()?;
    if let Some(kind) = AgreementKind::ALL.into_iter().find(|kind| !agreements.iter().any(|a| a.kind == *kind)) {
        return Err(ParamError {
            file: kind.data_id().to_owned(),
            key: "(file)".into(),
            message: "missing: every agreement needs its file".into(),
        });
    }
    agreements.sort_by_key(|a| a.kind);
    Ok(agreements)
}

/// Reads and checks one agreement's file, `id` being `dual/agreements/<kind>`.
pub fn parse_agreement(id: &str, text: &str) -> Result<AgreementFile, ParamError> {
    let error = |key: String, message: String| ParamError { file: id.to_owned(), key, message };
    let Some(kind) = AgreementKind::ALL.into_iter().find(|kind| kind.data_id() == id) else {
        let names: Vec<&str> = AgreementKind::ALL.iter().map(|k| k.key()).collect();
        return Err(error(
            "(file)".into(),
            format!("not an agreement: the files are {AGREEMENTS_DIR}/<kind>.toml with kind {}", names.join(", ")),
        ));
    };
    let raw: RawAgreement = toml::from_str(text).map_err(|e| syntax_error(id, text, &e))?;

    let mut facts: Vec<FactEntry> = Vec::with_capacity(raw.facts.len());
    for (index, fact) in raw.facts.into_iter().enumerate() {
        let key = |field: &str| format!("facts[{index}].{field}");
        if facts.iter().any(|f| f.topic == fact.topic) {
            return Err(error(key("topic"), format!("a second fact for {}: one fact per topic", fact.topic.key())));
        }
        if !is_message_id(&fact.text, false) {
            return Err(error(
                key("text"),
                format!("\"{}\" is not a message id like \"dual-fact-odo-duration\"", fact.text),
            ));
        }
        match fact.status {
            Status::Confirmed | Status::Secondary | Status::Inferred => {}
            Status::Unavailable | Status::Estimated => {
                return Err(error(
                    key("status"),
                    "a fact was read somewhere: its status is confirmed, secondary or inferred".into(),
                ))
            }
        }
        if !is_public_page(&fact.source) {
            return Err(error(key("source"), format!("\"{}\" is not a public https:// address", fact.source)));
        }
        if fact.quote.as_deref().is_some_and(|q| q.trim().is_empty()) {
            return Err(error(key("quote"), "must not be empty: leave it out when nothing is quoted".into()));
        }
        match fact.note.as_deref() {
            Some(note) if !is_message_id(note, true) => {
                return Err(error(
                    key("note"),
                    format!(
                    "\"{note}\" is not a message id like \"dual-source-webinar\" or \"dual-fact-odo-workplace.note\""
                ),
                ))
            }
            None if fact.status == Status::Inferred => {
                return Err(error(key("note"), "an inferred fact must say how it was inferred".into()))
            }
            _ => {}
        }
        facts.push(FactEntry {
            topic: fact.topic,
            text: fact.text,
            status: fact.status,
            source: fact.source,
            quote: fact.quote,
            note: fact.note,
        });
    }
    if let Some(topic) = FactTopic::ALL.iter().find(|topic| !facts.iter().any(|f| f.topic == **topic)) {
        return Err(error("facts".into(), format!("no fact for {}: every topic needs one", topic.key())));
    }
    facts.sort_by_key(|f| FactTopic::ALL.iter().position(|topic| *topic == f.topic));

    Ok(AgreementFile { kind, social_security: raw.social_security, facts })
}

/// `dual-fact-odo-duration`, or with `attribute` also `dual-fact-odo-workplace.note`.
fn is_message_id(id: &str, attribute: bool) -> bool {
    let part = |text: &str| {
        text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    match id.split_once('.') {
        Some((message, attr)) => attribute && part(message) && part(attr),
        None => part(id),
    }
}

/// A public web page: `https://` and a host name, no spaces.
fn is_public_page(url: &str) -> bool {
    url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).is_some_and(|host| host.contains('.'))
        && !url.contains(char::is_whitespace)
}
