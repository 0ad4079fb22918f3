//! What a learner (and the employer) tells the dual-learning comparison, and its checks.
//! Every field has a default, so a CLI scenario can give just `"dual": {}`; the defaults
//! are an adult in adult education at 24 hours a week at the workplace (three days a
//! week, as in the seed's one-year trajectory), 48 weeks (52 minus the 20 unpaid holidays
//! of a learner) and a whole school year of 12 months.

use crate::params::Date;
use crate::scenario::FieldError;
use crate::year::AcademicYear;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Hours per week at the workplace (average over the year): at least 1, at most a full-time week.
pub const HOURS_RANGE: std::ops::RangeInclusive<i64> = 1..=40;
/// Weeks at the workplace in the school year.
pub const WEEKS_RANGE: std::ops::RangeInclusive<i64> = 1..=52;
/// Months under the agreement in the school year.
pub const MONTHS_RANGE: std::ops::RangeInclusive<i64> = 1..=12;
/// School years of an alternating training already completed successfully.
pub const TRAINING_YEARS_RANGE: std::ops::RangeInclusive<i64> = 0..=9;
/// How many times a premium was received before (the rules allow at most three).
pub const PREMIUMS_BEFORE_RANGE: std::ops::RangeInclusive<i64> = 0..=9;
/// Gross monthly wage for an ODO with one's own employer: € 0,01 to € 20.000,00.
pub const WAGE_RANGE_CENTS: std::ops::RangeInclusive<i64> = 1..=2_000_000;
/// Learners the employer trains under the same agreement in the school year.
pub const LEARNERS_RANGE: std::ops::RangeInclusive<i64> = 1..=100;
/// Hours under remote supervision per learner in the school year.
pub const SUPERVISED_HOURS_RANGE: std::ops::RangeInclusive<i64> = 0..=2_000;

/// The learner's situation and hours, and the employer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DualInput {
    /// Secondary education (OAO) or adult education (ODOS, ODO, ODOW).
    pub education: Education,
    /// Hours per week at the workplace, on average over the year.
    pub hours_per_week: i64,
    /// Weeks at the workplace in the school year (for the hourly ODO allowance).
    pub weeks: i64,
    /// Months under the agreement in the school year.
    pub months: i64,
    /// Already an employee of the company where the workplace learning happens (ODOW).
    pub employed_by_workplace: bool,
    /// Gross monthly wage, for an ODO with one's own employer; absent: not computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wage_monthly_cents: Option<i64>,
    /// The learner gives up the allowance to keep a benefit or wage (ODOS and ODO).
    pub waive_allowance: bool,
    /// What the learner completed in secondary education (sets the OAO bracket).
    pub school_level: SchoolLevel,
    /// School years of an alternating training completed successfully (sets the OAO bracket).
    pub training_years_completed: i64,
    /// The qualification phase of special secondary education (BuSO, OV3) completed.
    pub buso_ov3_completed: bool,
    /// Resident in the Flemish Region (learner's premium).
    pub lives_in_flemish_region: bool,
    /// Times the learner received the learner's premium (or the former start bonus) before.
    pub learner_premiums_before: i64,
    /// The month (1–12) on whose first day the amounts are taken, within the school year
    /// (September to December of its first calendar year, January to August of the second);
    /// absent: September, the start of the school year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_month: Option<i64>,
    /// What the employer weighs: premiums and subsidies.
    pub employer: EmployerInput,
}

impl Default for DualInput {
    fn default() -> Self {
        DualInput {
            education: Education::Adult,
            hours_per_week: 24,
            weeks: 48,
            months: 12,
            employed_by_workplace: false,
            wage_monthly_cents: None,
            waive_allowance: false,
            school_level: SchoolLevel::BelowSecondGrade,
            training_years_completed: 0,
            buso_ov3_completed: false,
            lives_in_flemish_region: true,
            learner_premiums_before: 0,
            reference_month: None,
            employer: EmployerInput::default(),
        }
    }
}

/// The employer's side: how many learners, where, and for home-care services the months
/// and hours that count for their premium and subsidy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmployerInput {
    /// Learners trained under the same agreement in the school year.
    pub learners: i64,
    /// The branch where the learner is trained lies in the Flemish Region.
    pub workplace_in_flemish_region: bool,
    /// The mentor followed (or will follow before the end) the mentor training.
    pub mentor_trained: bool,
    /// Times the employer received the qualifying-workplace premium for this learner before.
    pub premiums_before: i64,
    /// Whether the employer is a home-care service (gezinszorg), and which kind.
    pub home_care: HomeCare,
    /// Months per learner with at least 10 days under the mentor; absent: every month of the agreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentor_months: Option<i64>,
    /// Hours per learner in the school year under remote supervision (home care).
    pub supervised_hours: i64,
}

impl Default for EmployerInput {
    fn default() -> Self {
        EmployerInput {
            learners: 1,
            workplace_in_flemish_region: true,
            mentor_trained: true,
            premiums_before: 0,
            home_care: HomeCare::None,
            mentor_months: None,
            supervised_hours: 0,
        }
    }
}

/// A closed list of choices read from JSON with a Dutch message naming what is allowed.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The JSON name (`"adult"`).
    fn key(self) -> &'static str;
    /// The choice in Dutch, as the form shows it.
    fn name_nl(self) -> &'static str;

    fn from_key(text: &str) -> Result<Self, String> {
        Self::ALL.iter().copied().find(|c| c.key() == text).ok_or_else(|| {
            let allowed: Vec<String> = Self::ALL.iter().map(|c| format!("\"{}\" ({})", c.key(), c.name_nl())).collect();
            format!("\"{text}\" is geen toegestane waarde: kies {}", join_or(&allowed))
        })
    }
}

/// `a`, `a of b`, `a, b of c`.
pub(crate) fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} of {last}", rest.join(", ")),
    }
}

macro_rules! choice_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $name::from_key(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// Where the dual training is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Education {
    /// Secundair onderwijs: the OAO.
    Secondary,
    /// Volwassenenonderwijs (a CVO): the ODOS, ODO and ODOW.
    Adult,
}

impl Choice for Education {
    const ALL: &'static [Self] = &[Education::Secondary, Education::Adult];
    fn key(self) -> &'static str {
        match self {
            Education::Secondary => "secondary",
            Education::Adult => "adult",
        }
    }
    fn name_nl(self) -> &'static str {
        match self {
            Education::Secondary => "secundair onderwijs",
            Education::Adult => "volwassenenonderwijs",
        }
    }
}
choice_serde!(Education);

/// What the learner completed successfully in secondary education (OAO brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchoolLevel {
    /// The second grade (third and fourth year) not completed.
    BelowSecondGrade,
    /// The second grade completed.
    SecondGrade,
    /// At least the first year of the third grade (the fifth year) completed.
    ThirdGradeFirstYear,
}

impl Choice for SchoolLevel {
    const ALL: &'static [Self] =
        &[SchoolLevel::BelowSecondGrade, SchoolLevel::SecondGrade, SchoolLevel::ThirdGradeFirstYear];
    fn key(self) -> &'static str {
        match self {
            SchoolLevel::BelowSecondGrade => "below_second_grade",
            SchoolLevel::SecondGrade => "second_grade",
            SchoolLevel::ThirdGradeFirstYear => "third_grade_first_year",
        }
    }
    fn name_nl(self) -> &'static str {
        match self {
            SchoolLevel::BelowSecondGrade => "de tweede graad niet met succes beëindigd",
            SchoolLevel::SecondGrade => "de tweede graad met succes beëindigd",
            SchoolLevel::ThirdGradeFirstYear => "minstens het eerste jaar van de derde graad met succes beëindigd",
        }
    }
}
choice_serde!(SchoolLevel);

/// Whether the employer is a home-care service, for the premium and the hourly subsidy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HomeCare {
    None,
    /// A public service for family care or home care (OCMW, welzijnsvereniging …).
    Public,
    /// A private (non-profit) service for family care.
    Private,
}

impl Choice for HomeCare {
    const ALL: &'static [Self] = &[HomeCare::None, HomeCare::Public, HomeCare::Private];
    fn key(self) -> &'static str {
        match self {
            HomeCare::None => "none",
            HomeCare::Public => "public",
            HomeCare::Private => "private",
        }
    }
    fn name_nl(self) -> &'static str {
        match self {
            HomeCare::None => "geen dienst voor gezinszorg",
            HomeCare::Public => "publieke dienst voor gezinszorg of thuiszorg",
            HomeCare::Private => "private dienst voor gezinszorg",
        }
    }
}
choice_serde!(HomeCare);

/// The first and last day of a school year.
pub fn school_year_bounds(year: AcademicYear) -> (Date, Date) {
    (Date::new(year.0, 9, 1), Date::new(year.0.saturating_add(1), 8, 31))
}

/// The most weeks that fit in a number of months (52 weeks in 12 months, rounded up).
pub fn max_weeks(months: i64) -> i64 {
    (months * 52 + 11) / 12
}

/// The first day of a month in a school year: months 9–12 fall in its first calendar
/// year, months 1–8 in the second.
pub fn first_of_month(year: AcademicYear, month: u8) -> Date {
    let calendar_year = if month >= 9 { year.0 } else { year.0.saturating_add(1) };
    Date::new(calendar_year, month, 1)
}

impl DualInput {
    /// The day whose amounts are used: the first day of the chosen month, or 1 September.
    pub fn reference_date_in(&self, year: AcademicYear) -> Date {
        let month = self.reference_month.and_then(|m| u8::try_from(m).ok()).filter(|m| (1..=12).contains(m));
        first_of_month(year, month.unwrap_or(9))
    }

    /// Adds a problem per invalid field; paths start with `dual.`.
    pub fn validate(&self, language: crate::i18n::Language, problems: &mut Vec<FieldError>) {
        let mut problem =
            |field: &str, message: String| problems.push(FieldError { field: format!("dual.{field}"), message });
        let range = |value: i64, range: &std::ops::RangeInclusive<i64>| range.contains(&value);

        if !range(self.hours_per_week, &HOURS_RANGE) {
            problem(
                "hours_per_week",
                format!(
                    "{} uur per week kan niet: geef een geheel aantal uren op de werkplek van {} tot {}",
                    self.hours_per_week,
                    HOURS_RANGE.start(),
                    HOURS_RANGE.end()
                ),
            );
        }
        let months_ok = range(self.months, &MONTHS_RANGE);
        if !months_ok {
            problem(
                "months",
                format!(
                    "{} maanden kan niet: een schooljaar telt {} tot {} maanden onder de overeenkomst",
                    self.months,
                    MONTHS_RANGE.start(),
                    MONTHS_RANGE.end()
                ),
            );
        }
        if !range(self.weeks, &WEEKS_RANGE) {
            problem(
                "weeks",
                format!(
                    "{} weken kan niet: geef een geheel aantal weken op de werkplek van {} tot {}",
                    self.weeks,
                    WEEKS_RANGE.start(),
                    WEEKS_RANGE.end()
                ),
            );
        } else if months_ok && self.weeks > max_weeks(self.months) {
            problem(
                "weeks",
                format!(
                    "{} weken passen niet in {} maanden: hoogstens {} weken, of verhoog het aantal maanden",
                    self.weeks,
                    self.months,
                    max_weeks(self.months)
                ),
            );
        }
        if let Some(wage) = self.wage_monthly_cents {
            if !WAGE_RANGE_CENTS.contains(&wage) {
                problem(
                    "wage_monthly_cents",
                    format!(
                        "{wage} kan geen brutoloon per maand in eurocent zijn: geef een bedrag van {} tot {}, of laat het weg",
                        WAGE_RANGE_CENTS.start(),
                        WAGE_RANGE_CENTS.end()
                    ),
                );
            }
        }
        if !range(self.training_years_completed, &TRAINING_YEARS_RANGE) {
            problem(
                "training_years_completed",
                format!(
                    "{} kan niet: geef het aantal geslaagde opleidingsjaren van een alternerende opleiding, van {} tot {}",
                    self.training_years_completed,
                    TRAINING_YEARS_RANGE.start(),
                    TRAINING_YEARS_RANGE.end()
                ),
            );
        }
        if !range(self.learner_premiums_before, &PREMIUMS_BEFORE_RANGE) {
            problem(
                "learner_premiums_before",
                format!(
                    "{} kan niet: geef hoeveel keer je de leerlingenpremie (of startbonus) al kreeg, van {} tot {}",
                    self.learner_premiums_before,
                    PREMIUMS_BEFORE_RANGE.start(),
                    PREMIUMS_BEFORE_RANGE.end()
                ),
            );
        }
        if let Some(month) = self.reference_month {
            if !(1..=12).contains(&month) {
                problem(
                    "reference_month",
                    format!(
                        "{month} is geen maand: geef 1 (januari) tot 12 (december), of laat het weg voor september"
                    ),
                );
            }
        }

        let employer = &self.employer;
        if !range(employer.learners, &LEARNERS_RANGE) {
            problem(
                "employer.learners",
                format!(
                    "{} leerlingen kan niet: geef een geheel aantal van {} tot {}",
                    employer.learners,
                    LEARNERS_RANGE.start(),
                    LEARNERS_RANGE.end()
                ),
            );
        }
        if !range(employer.premiums_before, &PREMIUMS_BEFORE_RANGE) {
            problem(
                "employer.premiums_before",
                format!(
                    "{} kan niet: geef hoeveel keer de onderneming de premie voor deze lerende al kreeg, van {} tot {}",
                    employer.premiums_before,
                    PREMIUMS_BEFORE_RANGE.start(),
                    PREMIUMS_BEFORE_RANGE.end()
                ),
            );
        }
        if let Some(months) = employer.mentor_months {
            let most = if months_ok { self.months } else { *MONTHS_RANGE.end() };
            if !(0..=most).contains(&months) {
                problem(
                    "employer.mentor_months",
                    format!(
                        "{months} maanden kan niet: geef 0 tot {most} maanden (niet meer dan de maanden onder de overeenkomst), of laat het weg voor alle maanden"
                    ),
                );
            }
        }
        if !range(employer.supervised_hours, &SUPERVISED_HOURS_RANGE) {
            problem(
                "employer.supervised_hours",
                format!(
                    "{} uur kan niet: geef de uren onder verwijderd toezicht per leerling in het schooljaar, van {} tot {}",
                    employer.supervised_hours,
                    SUPERVISED_HOURS_RANGE.start(),
                    SUPERVISED_HOURS_RANGE.end()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_a_school_year_fall_in_the_right_calendar_year() {
        assert_eq!(first_of_month(AcademicYear(2023), 11), Date::new(2023, 11, 1));
        assert_eq!(first_of_month(AcademicYear(2023), 5), Date::new(2024, 5, 1));
        assert_eq!(first_of_month(AcademicYear(2025), 9), Date::new(2025, 9, 1));
        let input = DualInput { reference_month: Some(8), ..DualInput::default() };
        assert_eq!(input.reference_date_in(AcademicYear(2024)), Date::new(2025, 8, 1));
        assert_eq!(DualInput::default().reference_date_in(AcademicYear(2024)), Date::new(2024, 9, 1));
    }

    #[test]
    fn weeks_that_fit_in_months() {
        assert_eq!([max_weeks(1), max_weeks(3), max_weeks(10), max_weeks(12)], [5, 13, 44, 52]);
    }

    #[test]
    fn an_unknown_choice_names_every_allowed_one() {
        let message = match HomeCare::from_key("ocmw") {
            Err(message) => message,
            Ok(kind) => panic!("accepted {kind:?}"),
        };
        assert_eq!(
            message,
            "\"ocmw\" is geen toegestane waarde: kies \"none\" (geen dienst voor gezinszorg), \"public\" (publieke dienst voor gezinszorg of thuiszorg) of \"private\" (private dienst voor gezinszorg)"
        );
        assert_eq!(Education::from_key("adult"), Ok(Education::Adult));
    }

    #[test]
    fn every_range_is_checked_with_its_field() {
        let input = DualInput {
            hours_per_week: 41,
            weeks: 0,
            months: 13,
            training_years_completed: -1,
            learner_premiums_before: 10,
            wage_monthly_cents: Some(0),
            reference_month: Some(0),
            employer: EmployerInput {
                learners: 0,
                premiums_before: -1,
                mentor_months: Some(13),
                supervised_hours: 2_001,
                ..EmployerInput::default()
            },
            ..DualInput::default()
        };
        let mut problems = Vec::new();
        input.validate(crate::i18n::Language::Dutch, &mut problems);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "dual.hours_per_week",
                "dual.months",
                "dual.weeks",
                "dual.wage_monthly_cents",
                "dual.training_years_completed",
                "dual.learner_premiums_before",
                "dual.reference_month",
                "dual.employer.learners",
                "dual.employer.premiums_before",
                "dual.employer.mentor_months",
                "dual.employer.supervised_hours",
            ]
        );
        let mut none = Vec::new();
        DualInput::default().validate(crate::i18n::Language::Dutch, &mut none);
        assert!(none.is_empty(), "{none:?}");
    }
}
