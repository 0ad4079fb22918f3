//! The pieces every explanation is made of: which parameter a step used (with its
//! year, source and status), which condition was checked, and which figure was
//! missing. Calculations return these; front ends only render them.

use crate::money::Hundredths;
use crate::params::{Lookup, Parameter, Params, Status, Unit};
use crate::year::AcademicYear;
use serde::Serialize;

/// A parameter value as used by one step of a calculation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParamUse {
    /// The parameter's id (its file under `params/`).
    pub id: &'static str,
    pub label: String,
    /// The academic year (or validity date) of the value used.
    pub period: String,
    /// The amount in hundredths of the unit (cents for euro amounts).
    pub amount: i64,
    pub unit: Unit,
    /// The amount as a person reads it: `€ 13,80 per studiepunt`.
    pub display: String,
    pub status: Status,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl ParamUse {
    pub fn hundredths(&self) -> Hundredths {
        Hundredths(self.amount)
    }
}

/// A figure a calculation needed but that is not published for the period asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingFigure {
    pub id: &'static str,
    pub label: String,
    pub period: String,
    /// Why it is missing (from the parameter file), in plain words.
    pub reason: String,
}

/// One condition of an eligibility rule, and whether it is met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub text: String,
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
/// or a [`MissingFigure`].
#[derive(Clone, Copy)]
pub struct Figures<'p> {
    pub params: &'p Params,
    pub year: AcademicYear,
}

impl<'p> Figures<'p> {
    pub fn new(params: &'p Params, year: AcademicYear) -> Self {
        Figures { params, year }
    }

    pub fn get(&self, id: &'static str) -> Result<ParamUse, MissingFigure> {
        resolve(self.params, id, &self.year.to_string(), |parameter| parameter.for_year(self.year))
    }
}

/// Turns what a parameter says for the period asked (`asked`: "2024-2025", "op 1 mei 2024")
/// into the [`ParamUse`] a step cites, or the [`MissingFigure`] it reports.
pub fn resolve<'p>(
    params: &'p Params,
    id: &'static str,
    asked: &str,
    lookup: impl FnOnce(&'p Parameter) -> Lookup<'p>,
) -> Result<ParamUse, MissingFigure> {
    let Some(parameter) = params.get(id) else {
        return Err(MissingFigure {
            id,
            label: id.to_owned(),
            period: asked.to_owned(),
            reason: "Deze parameter ontbreekt in de gegevens van deze versie.".to_owned(),
        });
    };
    match lookup(parameter) {
        Lookup::Figure { value, amount } => Ok(ParamUse {
            id: parameter.id,
            label: parameter.label.clone(),
            period: value.period.to_string(),
            amount: amount.0,
            unit: parameter.unit,
            display: parameter.unit.display_nl(amount),
            status: value.status,
            source: value.source.clone().unwrap_or_default(),
            quote: value.quote.clone(),
            note: value.note.clone(),
        }),
        Lookup::Unpublished(value) => Err(MissingFigure {
            id: parameter.id,
            label: parameter.label.clone(),
            period: asked.to_owned(),
            reason: value.note.clone().unwrap_or_else(|| "Niet gepubliceerd.".to_owned()),
        }),
        Lookup::NotCovered => Err(MissingFigure {
            id: parameter.id,
            label: parameter.label.clone(),
            period: asked.to_owned(),
            reason: format!("Deze versie bevat geen waarde voor deze periode ({asked})."),
        }),
    }
}
