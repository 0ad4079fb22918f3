//! Parameters: every official figure the rules use, as data.
//!
//! Each file `crates/core/params/<group>/<name>.toml` holds one parameter (one concept):
//! its label, unit, and one value per academic year (or per validity date), each with
//! its status and source. The dual-learning agreements' rules in words are data too,
//! one file per agreement under `params/dual/agreements/` ([`AgreementData`]). The files are compiled into the binary with
//! `include_str!` and checked strictly when first used: a malformed file is
//! reported with its name and the offending key, never silently skipped.

mod agreements;
mod date;
mod embedded;
mod load;
pub(crate) mod schema;

pub use agreements::{AgreementData, FactData};
pub use date::Date;
pub use load::ParamError;
pub use schema::{StandIn, Status, Unit, AGREEMENTS_DIR};

use crate::dual::AgreementKind;

use crate::i18n::Language;
use crate::money::Hundredths;
use crate::year::AcademicYear;
use std::collections::BTreeMap;
use std::sync::OnceLock;

impl Status {
    /// `bevestigd`, `confirmé`, `confirmed`.
    pub fn label(self, language: Language) -> String {
        language.text(match self {
            Status::Confirmed => "status-confirmed",
            Status::Secondary => "status-secondary",
            Status::Inferred => "status-inferred",
            Status::Unavailable => "status-unavailable",
            Status::Estimated => "status-estimated",
        })
    }
}

impl Unit {
    /// The amount as a person reads it: `€ 13,80 per studiepunt`, `125 uur`, `€13.80 per credit`.
    pub fn display(self, language: Language, amount: Hundredths) -> String {
        let (id, number) = match self {
            Unit::Eur => ("unit-eur", language.money(amount.as_cents())),
            Unit::EurPerCredit => ("unit-eur-per-credit", language.money(amount.as_cents())),
            Unit::EurPerMonth => ("unit-eur-per-month", language.money(amount.as_cents())),
            Unit::EurPerHour => ("unit-eur-per-hour", language.money(amount.as_cents())),
            Unit::EurPerYear => ("unit-eur-per-year", language.money(amount.as_cents())),
            Unit::Hours => ("unit-hours", language.fixed_two(amount)),
            Unit::HoursPerCredit => ("unit-hours-per-credit", language.fixed_two(amount)),
            Unit::HoursPerWeek => ("unit-hours-per-week", language.fixed_two(amount)),
            Unit::Credits => ("unit-credits", language.fixed_two(amount)),
            Unit::Weeks => ("unit-weeks", language.fixed_two(amount)),
            Unit::Months => ("unit-months", language.fixed_two(amount)),
            Unit::Days => ("unit-days", language.fixed_two(amount)),
            Unit::Times => ("unit-times", language.fixed_two(amount)),
            Unit::Fraction => ("unit-fraction", language.fixed_two(Hundredths(amount.0 * 100))),
            Unit::Factor => ("unit-factor", language.factor(amount.0)),
            Unit::YesNo => return language.yes_no(amount.0 != 0),
        };
        language.format(id, &crate::fluent_args!(amount = number))
    }
}

/// The period one value applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    /// One academic or school year.
    Year(AcademicYear),
    /// From this date until the next value's date (amounts that move with the index).
    From(Date),
}

impl Period {
    /// The academic year the period is (or starts in): `from = "2013-09-01"` is 2013-2014.
    pub fn academic_year(self) -> AcademicYear {
        match self {
            Period::Year(year) => year,
            Period::From(date) => AcademicYear::containing(date.year, date.month),
        }
    }
}

/// The period as the parameter files write it, for error messages: `2024-2025`, `from 2024-05-01`.
impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Year(year) => write!(f, "{year}"),
            Period::From(date) => write!(f, "from {date}"),
        }
    }
}

impl Language {
    /// `2024-2025`, or `vanaf 1 mei 2024` / `à partir du 1er mai 2024` / `from 1 May 2024`.
    pub fn period(self, period: Period) -> String {
        match period {
            Period::Year(year) => year.to_string(),
            Period::From(date) => crate::tr!(self, "period-from", date = self.date(date)),
        }
    }
}

/// One dated value of a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub period: Period,
    /// `None` exactly when the status is [`Status::Unavailable`]. In hundredths of the
    /// unit (cents for euro amounts); a [`Unit::Factor`] in hundred-thousandths.
    pub amount: Option<Hundredths>,
    pub status: Status,
    /// Where the figure was read (always present for a figure with an amount).
    pub source: Option<String>,
    /// The words of the source, verbatim.
    pub quote: Option<String>,
    /// Why a value is inferred or unavailable, or how to read it.
    pub note: Option<String>,
    /// For an unavailable value: which figure may stand in for it, as an estimate.
    pub stand_in: StandIn,
}

/// A parameter: one concept, one unit, dated values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// The file's path under `params/` without `.toml`, e.g. `fee/standard_fixed`.
    pub id: &'static str,
    pub label: String,
    pub description: String,
    pub unit: Unit,
    /// Oldest first.
    pub values: Vec<Value>,
    /// For an amount the law fixes once and indexes every year: its base amount.
    pub index_base: Option<IndexBase>,
}

/// The base amount of an indexed figure, as the law states it: each year's figure is
/// this base times the year's index factor (`fee/index_factor`), rounded to € 0,10.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexBase {
    pub amount: Hundredths,
    pub source: String,
    pub quote: Option<String>,
}

/// What a parameter says for one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// A figure exists (confirmed, secondary or inferred).
    Figure { value: &'a Value, amount: Hundredths },
    /// The period is covered explicitly as "not published", and no earlier figure exists.
    Unpublished(&'a Value),
    /// The period's own figure is not published (or not yet listed): the latest earlier
    /// figure stands in for it, or, where the entry allows it and nothing earlier exists,
    /// the next published one (`later`). `unpublished` is the period's own entry, when it
    /// has one (its note says why the figure is missing).
    Estimated { value: &'a Value, amount: Hundredths, unpublished: Option<&'a Value>, later: bool },
    /// The parameter says nothing for this period, and nothing before it.
    NotCovered,
}

impl Parameter {
    /// The value for an academic year (year-keyed parameters) or for its first day
    /// (date-keyed parameters). A year without a published figure of its own gets the
    /// latest earlier one, as an estimate: never a blank, never a silent carry-forward.
    pub fn for_year(&self, year: AcademicYear) -> Lookup<'_> {
        let (y, m, d) = year.first_day();
        if let Some(Period::From(_)) = self.values.first().map(|v| v.period) {
            return self.at_date(Date::new(y, m, d));
        }
        let asked = Period::Year(year);
        self.with_stand_in(asked, self.values.iter().find(|v| v.period == asked))
    }

    /// The value in force on a date (date-keyed parameters only), or the figure that
    /// stands in for it when it has none.
    pub fn at_date(&self, date: Date) -> Lookup<'_> {
        let asked = Period::From(date);
        self.with_stand_in(asked, self.values.iter().rev().find(|v| v.period <= asked))
    }

    /// `own` (the entry for the period asked) when it has a figure; else the latest earlier
    /// figure, or the next one if `own` allows it; else what `own` says.
    fn with_stand_in<'p>(&'p self, asked: Period, own: Option<&'p Value>) -> Lookup<'p> {
        let stand_in = own.map_or(StandIn::Earlier, |own| own.stand_in);
        match own.map(|v| Self::classify(Some(v))) {
            Some(Lookup::Figure { value, amount }) => return Lookup::Figure { value, amount },
            _ if stand_in == StandIn::Nothing => return Self::classify(own),
            _ => {}
        }
        let figure = |value: &'p Value| value.amount.map(|amount| (value, amount));
        let earlier = self.values.iter().rev().filter(|v| v.period < asked).find_map(figure);
        let later = || match stand_in {
            StandIn::EarlierOrNext => self.values.iter().filter(|v| v.period > asked).find_map(figure),
            StandIn::Earlier | StandIn::Nothing => None,
        };
        match (earlier, earlier.is_none().then(later).flatten()) {
            (Some((value, amount)), _) => Lookup::Estimated { value, amount, unpublished: own, later: false },
            (None, Some((value, amount))) => Lookup::Estimated { value, amount, unpublished: own, later: true },
            (None, None) => Self::classify(own),
        }
    }

    /// The latest figure listed before a period, skipping unpublished values: what a rule
    /// that no longer applies (an explicit unavailable value) amounted to when it last did.
    pub fn latest_figure_before(&self, period: Period) -> Option<(&Value, Hundredths)> {
        self.values.iter().rev().filter(|v| v.period < period).find_map(|v| v.amount.map(|amount| (v, amount)))
    }

    fn classify(value: Option<&Value>) -> Lookup<'_> {
        match value {
            None => Lookup::NotCovered,
            Some(value) => match value.amount {
                Some(amount) => Lookup::Figure { value, amount },
                None => Lookup::Unpublished(value),
            },
        }
    }
}

/// Every parameter, by id, and the dual-learning agreements' rules in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    by_id: BTreeMap<&'static str, Parameter>,
    agreements: BTreeMap<AgreementKind, AgreementData>,
}

impl Params {
    /// The parameters and agreements compiled into this build, parsed and checked once.
    pub fn embedded() -> Result<&'static Params, ParamError> {
        static PARAMS: OnceLock<Result<Params, ParamError>> = OnceLock::new();
        PARAMS
            .get_or_init(|| Params::from_files(embedded::FILES)?.with_agreements(embedded::AGREEMENT_FILES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parses a set of `(id, toml text)` parameter files; the first problem found is
    /// returned. The result has no agreements: see [`Params::with_agreements`].
    pub fn from_files(files: &[(&'static str, &str)]) -> Result<Params, ParamError> {
        let mut by_id = BTreeMap::new();
        for (id, text) in files {
            let parameter = load::parse_parameter(id, text)?;
            by_id.insert(*id, parameter);
        }
        Ok(Params { by_id, agreements: BTreeMap::new() })
    }

    /// Adds the agreement files, `(id, toml text)` with ids `dual/agreements/<kind>`: each
    /// is checked, and every agreement needs its file.
    pub fn with_agreements(mut self, files: &[(&'static str, &str)]) -> Result<Params, ParamError> {
        for (id, text) in files {
            let agreement = agreements::parse_agreement(id, text)?;
            self.agreements.insert(agreement.kind, agreement);
        }
        if let Some(kind) = AgreementKind::ALL.into_iter().find(|kind| !self.agreements.contains_key(kind)) {
            return Err(ParamError {
                file: kind.data_id().to_owned(),
                key: "(file)".into(),
                message: "missing: every agreement needs its file".into(),
            });
        }
        Ok(self)
    }

    /// One agreement's rules in words (always there in a build: [`Params::embedded`] checks it).
    pub fn agreement(&self, kind: AgreementKind) -> Option<&AgreementData> {
        self.agreements.get(&kind)
    }

    /// Every agreement's data, in the order OAO, ODOS, ODO, ODOW.
    pub fn agreements(&self) -> impl Iterator<Item = &AgreementData> {
        self.agreements.values()
    }

    pub fn get(&self, id: &str) -> Option<&Parameter> {
        self.by_id.get(id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Parameter> {
        self.by_id.values()
    }

    /// The ids of the parameter files compiled in, for code-health tests.
    pub fn embedded_ids() -> impl Iterator<Item = &'static str> {
        embedded::FILES.iter().map(|(id, _)| *id)
    }

    /// The ids of the agreement files compiled in (`dual/agreements/oao`, …).
    pub fn embedded_agreement_ids() -> impl Iterator<Item = &'static str> {
        embedded::AGREEMENT_FILES.iter().map(|(id, _)| *id)
    }
}
