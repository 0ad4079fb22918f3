//! What the parameter and agreement files are made of: the statuses, the units, the
//! agreements and their topics, and how a decimal amount and an academic year are read.
//! Plain Rust without any other part of the crate, so that the build script, which checks
//! every file and compiles it in (`build.rs`), and the loader's tests use these very
//! definitions too (`#[path]` modules).

use serde::{Deserialize, Serialize};

/// How sure we are of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read verbatim in an official or institutional source.
    Confirmed,
    /// Read only on a non-official page (news, payroll firm, union, Q&A, a report quoting it).
    Secondary,
    /// Worked out from confirmed figures; not read anywhere.
    Inferred,
    /// Not published, or not found: no amount is given and none is computed.
    Unavailable,
    /// Never in a parameter file: a year whose own figure is not published uses the
    /// latest earlier one, and the figure used is marked so (see `Lookup::Estimated`).
    Estimated,
}

/// The unit of a parameter's amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "EUR/studiepunt")]
    EurPerCredit,
    #[serde(rename = "EUR/maand")]
    EurPerMonth,
    #[serde(rename = "EUR/uur")]
    EurPerHour,
    #[serde(rename = "EUR/jaar")]
    EurPerYear,
    #[serde(rename = "uur")]
    Hours,
    #[serde(rename = "uur/studiepunt")]
    HoursPerCredit,
    #[serde(rename = "uur/week")]
    HoursPerWeek,
    #[serde(rename = "studiepunten")]
    Credits,
    #[serde(rename = "weken")]
    Weeks,
    #[serde(rename = "maanden")]
    Months,
    #[serde(rename = "dagen")]
    Days,
    #[serde(rename = "keer")]
    Times,
    #[serde(rename = "EUR/lestijd")]
    EurPerLessonPeriod,
    #[serde(rename = "uur/lestijd")]
    HoursPerLessonPeriod,
    /// A fraction written in hundredths: `"0.80"` is 80 %.
    #[serde(rename = "fractie")]
    Fraction,
    /// A multiplier with five decimals, such as a yearly index factor: `"1.32783"`.
    #[serde(rename = "factor")]
    Factor,
    /// Whether a rule or a scheme applies: `"1"` is yes, `"0"` is no (no other amount).
    #[serde(rename = "ja/nee")]
    YesNo,
}

impl Unit {
    /// How many decimals the unit's amounts are written and stored with: two for every
    /// unit (amounts in hundredths), five for a factor (in hundred-thousandths).
    pub fn decimals(self) -> u32 {
        match self {
            Unit::Factor => 5,
            _ => 2,
        }
    }

    /// Whether the unit is an amount of money (which indexation moves every year).
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Eur
                | Unit::EurPerCredit
                | Unit::EurPerMonth
                | Unit::EurPerHour
                | Unit::EurPerYear
                | Unit::EurPerLessonPeriod
        )
    }
}

/// Which figure may stand in, as an estimate, for a period without one of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StandIn {
    /// The latest earlier figure (the rule for a figure not published yet).
    #[default]
    Earlier,
    /// The latest earlier figure or, if there is none, the next one: the measure existed,
    /// only its amount of that time was not found (`stand_in = "next"` in the file).
    EarlierOrNext,
    /// None: the measure no longer exists (`stand_in = "none"`), so nothing is estimated.
    Nothing,
}

/// The folder of the agreement files under `params/`.
pub const AGREEMENTS_DIR: &str = "dual/agreements";

/// The four dual-learning agreements compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    /// Overeenkomst alternerende opleiding (secondary education).
    Oao,
    /// Overeenkomst van duale opleiding met het statuut van leerling (adult education, ≥ 20 h).
    Odos,
    /// Overeenkomst van duale opleiding (adult education, < 20 h).
    Odo,
    /// Overeenkomst van duale opleiding met de eigen werkgever (adult education).
    Odow,
}

impl AgreementKind {
    pub const ALL: [AgreementKind; 4] =
        [AgreementKind::Oao, AgreementKind::Odos, AgreementKind::Odo, AgreementKind::Odow];

    /// The name of its data file, `params/dual/agreements/<key>.toml`: `oao`, `odos`, `odo`, `odow`.
    pub fn key(self) -> &'static str {
        match self {
            AgreementKind::Oao => "oao",
            AgreementKind::Odos => "odos",
            AgreementKind::Odo => "odo",
            AgreementKind::Odow => "odow",
        }
    }

    /// Its data file's id: `dual/agreements/oao`.
    pub fn data_id(self) -> &'static str {
        match self {
            AgreementKind::Oao => "dual/agreements/oao",
            AgreementKind::Odos => "dual/agreements/odos",
            AgreementKind::Odo => "dual/agreements/odo",
            AgreementKind::Odow => "dual/agreements/odow",
        }
    }
}

/// What a fact of an agreement is about: one row of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactTopic {
    Components,
    SocialSecurity,
    Holidays,
    Workplace,
    Duration,
    Allowance,
}

impl FactTopic {
    pub const ALL: [FactTopic; 6] = [
        FactTopic::Allowance,
        FactTopic::SocialSecurity,
        FactTopic::Holidays,
        FactTopic::Workplace,
        FactTopic::Components,
        FactTopic::Duration,
    ];

    /// As the data files write it: `social_security`.
    pub fn key(self) -> &'static str {
        match self {
            FactTopic::Components => "components",
            FactTopic::SocialSecurity => "social_security",
            FactTopic::Holidays => "holidays",
            FactTopic::Workplace => "workplace",
            FactTopic::Duration => "duration",
            FactTopic::Allowance => "allowance",
        }
    }
}

/// Reads `"245.20"`, `"4"` or `"0.8"` as an integer of `decimals` decimals (`"1.32783"` with
/// five is `132783`): digits, optionally a point and at most `decimals` decimals. Signs,
/// exponents, commas and spaces are refused, so that a typo in a parameter file cannot
/// slip through as a different number.
pub fn parse_decimal(text: &str, decimals: u32) -> Result<i64, String> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, "0"));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || frac.is_empty()
        || !digits_only(whole)
        || !digits_only(frac)
        || frac.len() > decimals as usize
    {
        return Err(format!(
            "\"{text}\" is not a decimal amount like \"245.20\" (digits, a point, at most {decimals} decimals, no sign)"
        ));
    }
    if whole.len() > 12 {
        return Err(format!("\"{text}\" is too large"));
    }
    let not_a_number = |_| format!("\"{text}\" is not a number");
    let whole: i64 = whole.parse().map_err(not_a_number)?;
    let padded = format!("{frac:0<width$}", width = decimals as usize);
    let frac_value: i64 = padded.parse().map_err(not_a_number)?;
    Ok(whole * 10_i64.pow(decimals) + frac_value)
}

/// Why a text is not an academic year like `2024-2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearProblem {
    /// Not two four-digit years joined by a hyphen.
    Format,
    /// Two years, the second not the first plus one.
    NotConsecutive,
}

/// The starting year of an academic year written `2024-2025`.
pub fn parse_academic_year(text: &str) -> Result<u16, YearProblem> {
    let (start, end) = text.split_once('-').filter(|(s, e)| s.len() == 4 && e.len() == 4).ok_or(YearProblem::Format)?;
    let start: u16 = start.parse().map_err(|_| YearProblem::Format)?;
    let end: u16 = end.parse().map_err(|_| YearProblem::Format)?;
    if end != start.wrapping_add(1) {
        return Err(YearProblem::NotConsecutive);
    }
    Ok(start)
}
