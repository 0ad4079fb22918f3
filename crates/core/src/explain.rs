//! The pieces every explanation is made of: which parameter a step used (with its
//! year, source and status), which condition was checked, and which figure was
//! missing. Calculations return these; front ends only render them.

use crate::i18n::Language;
use crate::message::{Arg, Message};
use crate::money::Hundredths;
use crate::params::{Lookup, ParamId, Parameter, Params, Period, Status, Unit, Value};
use crate::year::AcademicYear;
use serde::Serialize;

/// A parameter value as used by one step of a calculation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParamUse {
    /// The parameter (its id, the file under `params/`, as text in JSON).
    pub id: ParamId,
    pub label: String,
    /// The academic year (or validity date) of the value used.
    pub period: String,
    /// The amount in hundredths of the unit (cents for euro amounts).
    pub amount: i64,
    pub unit: Unit,
    /// The amount as a person reads it: `€ 13,80 per studiepunt`, `€13.80 per credit`.
    pub display: String,
    pub status: Status,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the period asked has no published figure of its own: that period (`2027-2028`),
    /// for which this figure of another period stands in; the status is then `estimated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_for: Option<String>,
    /// The academic year of a stand-in figure, when it is year-keyed (for `estimated_from`).
    #[serde(skip)]
    pub stands_in_from: Option<AcademicYear>,
    /// The period of the value used, typed (`period` is it in words).
    #[serde(skip)]
    pub value_period: Period,
}

impl ParamUse {
    pub fn hundredths(&self) -> Hundredths {
        Hundredths(self.amount)
    }

    /// The figure as a message argument: its amount in its unit.
    pub fn figure(&self) -> Arg {
        Arg::Figure { amount: self.hundredths(), unit: self.unit }
    }
}

/// A figure a calculation needed but that is not published for the period asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingFigure {
    /// The parameter's id, or an agreement's file (`dual/agreements/odo`).
    pub id: &'static str,
    pub label: String,
    pub period: String,
    /// Why it is missing (from the parameter file), in plain words.
    pub reason: String,
}

/// One condition of an eligibility rule, and whether it is met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub text: Message,
    pub met: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

/// How far the figures behind an outcome can be trusted, as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FiguresStatus {
    /// Every figure used was read in an official or institutional source.
    Confirmed,
    /// At least one figure used was read only in a secondary source, or inferred.
    Estimated,
    /// At least one figure needed is not published: the amount is not computed.
    Unavailable,
}

impl FiguresStatus {
    /// The overall status of a set of figures used, given whether any were missing.
    pub fn of<'a>(used: impl IntoIterator<Item = &'a ParamUse>, any_missing: bool) -> FiguresStatus {
        if any_missing {
            return FiguresStatus::Unavailable;
        }
        if used.into_iter().all(|p| p.status == Status::Confirmed) {
            FiguresStatus::Confirmed
        } else {
            FiguresStatus::Estimated
        }
    }
}

/// The academic years (`2026-2027`) whose figures stand in, as estimates, for a year that
/// has none of its own: oldest first, each once. Empty when every figure is the year's own.
/// (Amounts dated by day say their date on their own line.)
pub fn estimated_from<'a>(used: impl IntoIterator<Item = &'a ParamUse>) -> Vec<String> {
    let mut years: Vec<AcademicYear> = used.into_iter().filter_map(|p| p.stands_in_from).collect();
    years.sort();
    years.dedup();
    years.iter().map(AcademicYear::to_string).collect()
}

/// The figures a calculation used and the ones it needed but could not have, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    pub used: Vec<ParamUse>,
    pub missing: Vec<MissingFigure>,
}

impl Ledger {
    /// Records a lookup's result and passes the figure on when there is one.
    pub fn record(&mut self, found: Result<ParamUse, MissingFigure>) -> Option<ParamUse> {
        match found {
            Ok(parameter) => {
                if !self.used.iter().any(|p| p.id == parameter.id) {
                    self.used.push(parameter.clone());
                }
                Some(parameter)
            }
            Err(missing) => {
                if !self.missing.iter().any(|m| m.id == missing.id) {
                    self.missing.push(missing);
                }
                None
            }
        }
    }
}

/// Looks up parameters for one academic year and turns each into a [`ParamUse`]
/// or a [`MissingFigure`], worded in the language of the outcome.
#[derive(Clone, Copy)]
pub struct Figures<'p> {
    pub params: &'p Params,
    pub year: AcademicYear,
    pub language: Language,
}

impl<'p> Figures<'p> {
    pub fn new(params: &'p Params, year: AcademicYear, language: Language) -> Self {
        Figures { params, year, language }
    }

    /// The same figures for another academic year.
    pub fn for_year(self, year: AcademicYear) -> Self {
        Figures { year, ..self }
    }

    pub fn get(&self, id: ParamId) -> Result<ParamUse, MissingFigure> {
        resolve(self.params, self.language, id, &self.year.to_string(), |parameter| parameter.for_year(self.year))
    }

    /// The period of the value [`Figures::get`] gives for `id` (its own, or the earlier one
    /// that stands in for it): `From(2021-09-01)` for an amount in force since that day.
    pub fn period_of(&self, id: ParamId) -> Option<Period> {
        match self.params.get(id)?.for_year(self.year) {
            Lookup::Figure { value, .. } | Lookup::Estimated { value, .. } => Some(value.period),
            Lookup::Unpublished(_) | Lookup::NotCovered => None,
        }
    }
}

/// Turns what a parameter says for the period asked (`asked`: "2024-2025", "op 1 mei 2024")
/// into the [`ParamUse`] a step cites, or the [`MissingFigure`] it reports.
pub fn resolve<'p>(
    params: &'p Params,
    language: Language,
    id: ParamId,
    asked: &str,
    lookup: impl FnOnce(&'p Parameter) -> Lookup<'p>,
) -> Result<ParamUse, MissingFigure> {
    let Some(parameter) = params.get(id) else {
        return Err(MissingFigure {
            id: id.as_str(),
            label: id.to_string(),
            period: asked.to_owned(),
            reason: language.text("missing-parameter"),
        });
    };
    let words = ParameterWords { parameter, language };
    match lookup(parameter) {
        Lookup::Figure { value, amount } => Ok(words.figure(value, amount)),
        Lookup::Estimated { value, amount, unpublished, later } => {
            let status = value.status.label(language);
            let (asked_text, period_text) = (asked.to_owned(), language.period(value.period));
            let sentence = match (later, parameter.unit.is_money()) {
                (false, true) => {
                    crate::tr!(language, "estimated-amount", asked = asked_text, period = period_text, status = status)
                }
                (false, false) => {
                    crate::tr!(language, "estimated-rule", asked = asked_text, period = period_text, status = status)
                }
                (true, _) => {
                    crate::tr!(
                        language,
                        "estimated-from-next",
                        asked = asked_text,
                        period = period_text,
                        status = status
                    )
                }
            };
            let why = unpublished.and_then(|own| words.note(own));
            Ok(ParamUse {
                status: Status::Estimated,
                note: Some(match why {
                    Some(why) => format!("{sentence} {why}"),
                    None => sentence,
                }),
                estimated_for: Some(asked.to_owned()),
                stands_in_from: match value.period {
                    Period::Year(year) => Some(year),
                    Period::From(_) => None,
                },
                ..words.figure(value, amount)
            })
        }
        Lookup::Unpublished(value) => Err(MissingFigure {
            id: parameter.id.as_str(),
            label: words.label(),
            period: asked.to_owned(),
            reason: words.note(value).unwrap_or_else(|| language.text("missing-unpublished")),
        }),
        Lookup::NotCovered => Err(MissingFigure {
            id: parameter.id.as_str(),
            label: words.label(),
            period: asked.to_owned(),
            reason: crate::tr!(language, "missing-not-covered", period = asked.to_owned()),
        }),
    }
}

/// A parameter's label and notes in a language: the parameter file's own Dutch, or the
/// translation in `locales/<language>/params.ftl` (message `param-<group>-<name>`, one
/// attribute `note-<period>` per note; the tests require one for every label and note).
pub struct ParameterWords<'p> {
    pub parameter: &'p Parameter,
    pub language: Language,
}

impl ParameterWords<'_> {
    /// The figure as a step cites it: value, period, status and source, in the language.
    fn figure(&self, value: &Value, amount: Hundredths) -> ParamUse {
        let (parameter, language) = (self.parameter, self.language);
        ParamUse {
            id: parameter.id,
            label: self.label(),
            period: language.period(value.period),
            amount: amount.0,
            unit: parameter.unit,
            display: parameter.unit.display(language, amount),
            status: value.status,
            source: value.source.unwrap_or_default().to_owned(),
            quote: value.quote.map(str::to_owned),
            note: self.note(value),
            estimated_for: None,
            stands_in_from: None,
            value_period: value.period,
        }
    }

    /// The message id of a parameter's translations: `param-fee-standard_fixed`.
    pub fn message_id(parameter_id: &str) -> String {
        format!("param-{}", parameter_id.replace('/', "-"))
    }

    /// The attribute of one value's note: `note-2024-2025`, `note-from-2024-05-01`.
    pub fn note_attribute(period: Period) -> String {
        match period {
            Period::Year(year) => format!("note-{year}"),
            Period::From(date) => format!("note-from-{date}"),
        }
    }

    pub fn label(&self) -> String {
        self.translated(None).unwrap_or_else(|| self.parameter.label.to_owned())
    }

    pub fn note(&self, value: &Value) -> Option<String> {
        let dutch = value.note?;
        Some(self.translated(Some(&Self::note_attribute(value.period))).unwrap_or_else(|| dutch.to_owned()))
    }

    fn translated(&self, attribute: Option<&str>) -> Option<String> {
        if self.language == Language::Dutch {
            return None;
        }
        let message = Self::message_id(self.parameter.id.as_str());
        let id = match attribute {
            Some(attribute) => format!("{message}.{attribute}"),
            None => message,
        };
        self.language.catalog().try_format(&id, None)
    }
}
