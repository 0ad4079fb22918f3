//! Strict reading of one parameter file. The schema is closed: unknown keys,
//! duplicate periods, missing sources, negative amounts and unknown statuses are
//! all refused with the file and the key that is wrong.

use super::{Date, IndexBase, Parameter, Period, StandIn, Status, Unit, Value};
use crate::money::Hundredths;
use crate::year::AcademicYear;
use serde::Deserialize;

/// A parameter file that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("params/{file}.toml: {key}: {message}")]
pub struct ParamError {
    /// The parameter id (its path under `params/` without `.toml`).
    pub file: String,
    /// The key that is wrong, e.g. `values[2].amount` (or `(file)` for syntax errors).
    pub key: String,
    pub message: String,
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

pub(super) fn parse_parameter(id: &'static str, text: &str) -> Result<Parameter, ParamError> {
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
            let amount = Hundredths::parse(&index.base).map_err(|message| error("index.base".into(), message))?;
            Some(IndexBase { amount, source: index.source, quote: index.quote })
        }
    };

    let mut values: Vec<Value> = Vec::with_capacity(raw.values.len());
    for (index, raw_value) in raw.values.into_iter().enumerate() {
        let key = |field: &str| format!("values[{index}].{field}");
        let period = match (&raw_value.year, &raw_value.from) {
            (Some(year), None) => {
                Period::Year(year.parse::<AcademicYear>().map_err(|e| error(key("year"), e.to_string()))?)
            }
            (None, Some(from)) => Period::From(from.parse::<Date>().map_err(|e| error(key("from"), e))?),
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
                (Period::Year(_), Period::Year(_)) | (Period::From(_), Period::From(_))
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
                let amount =
                    Hundredths::parse_scaled(text, raw.unit.decimals()).map_err(|e| error(key("amount"), e))?;
                if raw.unit == Unit::YesNo && !matches!(amount.0, 0 | 100) {
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

        values.push(Value {
            period,
            amount,
            status: raw_value.status,
            source: raw_value.source,
            quote: raw_value.quote,
            note: raw_value.note,
            stand_in,
        });
    }

    Ok(Parameter { id, label: raw.label, description: raw.description, unit: raw.unit, values, index_base })
}

/// A file that is not valid TOML, or does not fit the schema (an unknown or missing key, a
/// wrong type, an unknown status): the message of the TOML reader, with the line.
pub(super) fn syntax_error(id: &str, text: &str, e: &toml::de::Error) -> ParamError {
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
