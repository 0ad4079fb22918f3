//! Date-keyed figures: the dual-learning amounts move with the pivot index on a given day,
//! so they are looked up on the reference date rather than for an academic year (through
//! [`crate::explain::resolve`], like the year-keyed figures), and remembers every figure used or missing, and
//! every change of a figure later in the same school year.

use crate::explain::{resolve, Ledger, MissingFigure, ParamUse};
use crate::i18n::Language;
use crate::message::{Arg, Message};
use crate::msg;
use crate::params::{Date, ParamId, Params, Period, Status, Value};
use crate::tr;
use std::collections::BTreeMap;

/// Looks up parameters on one day.
#[derive(Clone, Copy)]
pub struct DatedFigures<'p> {
    pub params: &'p Params,
    pub language: Language,
    pub date: Date,
    /// The last day of the school year, to report changes still to come in it.
    pub year_end: Date,
}

/// A figure that takes another value later in the school year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaterChange {
    pub from: Date,
    /// The parameter's label.
    pub label: Arg,
    /// `€ 600,50 per maand (bevestigd)`, or why there is no figure.
    pub what: Message,
}

impl<'p> DatedFigures<'p> {
    /// The value in force on the date, as a [`ParamUse`], or why it is missing (both still
    /// carry their words in the outcome's language, as [`crate::explain`] gives them).
    pub fn get(&self, id: ParamId) -> Result<ParamUse, MissingFigure> {
        let asked = tr!(self.language, "period-on-date", date = self.language.date(self.date));
        resolve(self.params, self.language, id, &asked, |parameter| parameter.at_date(self.date))
    }

    /// Values of the parameter that start after the date and on or before the end of the school year.
    pub fn later_changes(&self, id: ParamId) -> Vec<LaterChange> {
        let Some(parameter) = self.params.get(id) else { return Vec::new() };
        parameter
            .values
            .iter()
            .filter_map(|value: &Value| match value.period {
                Period::From(from) if from > self.date && from <= self.year_end => Some(LaterChange {
                    from,
                    label: Arg::Label { parameter: parameter.id, dutch: parameter.label },
                    what: match value.amount {
                        Some(amount) => msg!(
                            DualLaterChangeAmount,
                            amount = Arg::Figure { amount, unit: parameter.unit },
                            status = value.status
                        ),
                        None => msg!(DualLaterChangeUnpublished),
                    },
                }),
                _ => None,
            })
            .collect()
    }
}

/// Collects the figures one part of the calculation used or missed.
#[derive(Debug, Default, Clone)]
pub struct Tracker {
    pub ledger: Ledger,
    /// Ids looked up, to report later changes once.
    pub ids: Vec<ParamId>,
}

impl Tracker {
    /// Looks a figure up, remembering it as used or missing.
    pub fn figure(&mut self, figures: &DatedFigures<'_>, id: ParamId) -> Option<ParamUse> {
        if !self.ids.contains(&id) {
            self.ids.push(id);
        }
        self.ledger.record(figures.get(id))
    }

    pub fn absorb(&mut self, other: &Tracker) {
        for parameter in &other.ledger.used {
            self.ledger.record(Ok(parameter.clone()));
        }
        for missing in &other.ledger.missing {
            self.ledger.record(Err(missing.clone()));
        }
        for id in &other.ids {
            if !self.ids.contains(id) {
                self.ids.push(*id);
            }
        }
    }

    /// Whether any figure used is not confirmed.
    pub fn any_unconfirmed(&self) -> bool {
        self.ledger.used.iter().any(|p| p.status != Status::Confirmed)
    }

    /// The changes still to come in the school year for the figures looked up, by date.
    pub fn later_changes(&self, figures: &DatedFigures<'_>) -> BTreeMap<Date, Vec<LaterChange>> {
        let mut by_date: BTreeMap<Date, Vec<LaterChange>> = BTreeMap::new();
        for id in &self.ids {
            for change in figures.later_changes(*id) {
                by_date.entry(change.from).or_default().push(change);
            }
        }
        by_date
    }
}
