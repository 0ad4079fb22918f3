//! Parameters: every official figure the rules use, as data.
//!
//! Each file `crates/core/params/<group>/<name>.toml` holds one parameter (one concept):
//! its label, unit, and one value per academic year (or per validity date), each with
//! its status and source. The dual-learning agreements' rules in words are data too,
//! one file per agreement under `params/dual/agreements/` ([`AgreementData`]). The build
//! script checks every file strictly (a malformed one is a build error naming the file
//! and the offending key) and compiles it in as Rust data, with one [`ParamId`] per
//! file: nothing is read or checked at run time.

mod agreements;
mod date;
mod embedded;
pub(crate) mod schema;

pub use agreements::{AgreementData, FactData};
pub use date::Date;
pub use embedded::ParamId;
pub use schema::{StandIn, Status, Unit, AGREEMENTS_DIR};

use crate::dual::AgreementKind;
use crate::i18n::Language;
use crate::money::Hundredths;
use crate::year::AcademicYear;

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
            Unit::EurPerLessonPeriod => ("unit-eur-per-lesson-period", language.money(amount.as_cents())),
            Unit::HoursPerLessonPeriod => ("unit-hours-per-lesson-period", language.fixed_two(amount)),
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
    pub source: Option<&'static str>,
    /// The words of the source, verbatim.
    pub quote: Option<&'static str>,
    /// Why a value is inferred or unavailable, or how to read it.
    pub note: Option<&'static str>,
    /// For an unavailable value: which figure may stand in for it, as an estimate.
    pub stand_in: StandIn,
}

/// A parameter: one concept, one unit, dated values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// The file's path under `params/` without `.toml`, e.g. `fee/standard_fixed`.
    pub id: ParamId,
    /// The Dutch label (translations in `locales/<language>/params.ftl`). The file's
    /// `description` is not compiled into the calculation: see [`ParamId::description`].
    pub label: &'static str,
    pub unit: Unit,
    /// Oldest first.
    pub values: &'static [Value],
    /// For an amount the law fixes once and indexes every year: its base amount.
    pub index_base: Option<IndexBase>,
}

/// The base amount of an indexed figure, as the law states it: each year's figure is
/// this base times the year's index factor (`fee/index_factor`), rounded to € 0,10.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexBase {
    pub amount: Hundredths,
    pub source: &'static str,
    pub quote: Option<&'static str>,
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
        if let Some(value @ Value { amount: Some(amount), .. }) = own {
            return Lookup::Figure { value, amount: *amount };
        }
        if stand_in == StandIn::Nothing {
            return Self::classify(own);
        }
        if let Some((value, amount)) = self.latest_figure_before(asked) {
            return Lookup::Estimated { value, amount, unpublished: own, later: false };
        }
        let next = self.values.iter().filter(|v| v.period > asked).find_map(|v| v.amount.map(|amount| (v, amount)));
        match next {
            Some((value, amount)) if stand_in == StandIn::EarlierOrNext => {
                Lookup::Estimated { value, amount, unpublished: own, later: true }
            }
            _ => Self::classify(own),
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

/// Every parameter and the dual-learning agreements' rules in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// In the order of [`ParamId::ALL`] (by id).
    parameters: &'static [Parameter],
    /// In the order OAO, ODOS, ODO, ODOW.
    agreements: &'static [AgreementData],
}

impl Params {
    /// The parameters and agreements compiled into this build, checked when it was built.
    pub fn embedded() -> &'static Params {
        static EMBEDDED: Params = Params { parameters: &embedded::PARAMETERS, agreements: &embedded::AGREEMENTS };
        &EMBEDDED
    }

    /// A parameter set built by hand (for tests): `parameters` in the order of their ids,
    /// `agreements` in the order of [`AgreementKind::ALL`].
    pub const fn new(parameters: &'static [Parameter], agreements: &'static [AgreementData]) -> Params {
        Params { parameters, agreements }
    }

    /// One agreement's rules in words (always there in a build: `build.rs` checks it).
    pub fn agreement(&self, kind: AgreementKind) -> Option<&AgreementData> {
        self.agreements.iter().find(|agreement| agreement.kind == kind)
    }

    /// Every agreement's data, in the order OAO, ODOS, ODO, ODOW.
    pub fn agreements(&self) -> impl Iterator<Item = &AgreementData> {
        self.agreements.iter()
    }

    pub fn get(&self, id: ParamId) -> Option<&Parameter> {
        self.parameters.binary_search_by_key(&id, |parameter| parameter.id).ok().map(|at| &self.parameters[at])
    }

    pub fn iter(&self) -> impl Iterator<Item = &Parameter> {
        self.parameters.iter()
    }

    /// The ids of the agreement files compiled in (`dual/agreements/oao`, …), by file name.
    pub fn embedded_agreement_ids() -> impl Iterator<Item = &'static str> {
        embedded::AGREEMENT_FILES.iter().copied()
    }
}

impl ParamId {
    /// Today's id, the file's path under `params/` without `.toml`: `fee/standard_fixed`.
    pub fn as_str(self) -> &'static str {
        embedded::IDS[self as usize]
    }

    /// The parameter's description, in Dutch, from its file: for the command-line listing
    /// only, so not in a build without the `descriptions` feature (the web app's).
    #[cfg(feature = "descriptions")]
    pub fn description(self) -> &'static str {
        embedded::DESCRIPTIONS[self as usize]
    }
}

impl std::fmt::Display for ParamId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The id as a string, as it always was in an outcome: `"fee/standard_fixed"`.
impl serde::Serialize for ParamId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The parameter an id names, for tests and tools that read ids as text.
impl std::str::FromStr for ParamId {
    type Err = String;

    fn from_str(text: &str) -> Result<ParamId, String> {
        ParamId::ALL.into_iter().find(|id| id.as_str() == text).ok_or_else(|| format!("no parameter {text}"))
    }
}
