//! What a learner (and the employer) tells the dual-learning comparison, and its checks.
//! Every field has a default, so a CLI scenario can give just `"dual": {}`; the defaults
//! are an adult in adult education at 24 hours a week at the workplace (three days a
//! week, as in the webinar's one-year trajectory), 48 weeks (52 minus the 20 unpaid holidays
//! of a learner) and a whole school year of 12 months.

use crate::i18n::Language;
use crate::input::{parse_hours_like, typed_hours};
use crate::leave::Hours;
use crate::money::Hundredths;
use crate::params::Date;
use crate::scenario::FieldError;
use crate::tr;
use crate::year::AcademicYear;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Hours per week at the workplace (average over the year, with at most two decimals):
/// at least 1, at most a full-time week.
pub const HOURS_RANGE: std::ops::RangeInclusive<Hours> = Hours::whole(1)..=Hours::whole(40);
/// What a message about typed hours per week gives as examples: three days of 8 hours and
/// three days of 7,5 hours, both inside [`HOURS_RANGE`] (as the field's hint says).
pub const HOURS_EXAMPLES: [Hours; 2] = [Hours::whole(24), Hours(2_250)];
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
    /// Hours per week at the workplace, on average over the year: `24` or `22.5` in JSON.
    pub hours_per_week: Hours,
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
    /// Who is asking: the learner (the allowance) or the employer (the cost). Absent, as in
    /// links made before the question existed: the learner.
    #[serde(skip_serializing_if = "Perspective::is_learner")]
    pub perspective: Perspective,
}

impl Default for DualInput {
    fn default() -> Self {
        DualInput {
            education: Education::Adult,
            hours_per_week: Hours::whole(24),
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
            perspective: Perspective::Learner,
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

/// A closed list of choices read from JSON with a message naming what is allowed.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The JSON name (`"adult"`).
    fn key(self) -> &'static str;
    /// The message of the choice's name.
    fn message(self) -> &'static str;

    /// The choice as the form shows it: `volwassenenonderwijs`, `adult education`.
    fn name(self, language: Language) -> String {
        language.text(self.message())
    }

    /// The choice of a JSON name, or why there is none (in Dutch: serde gives no language;
    /// [`explain_choice_error`] words the message again in the language asked).
    fn from_key(text: &str) -> Result<Self, String> {
        Self::ALL.iter().copied().find(|c| c.key() == text).ok_or_else(|| Self::not_allowed(text, Language::Dutch))
    }

    /// `"ocmw" is geen toegestane waarde: kies "none" (geen dienst voor gezinszorg), … of …`.
    fn not_allowed(text: &str, language: Language) -> String {
        let allowed: Vec<String> =
            Self::ALL.iter().map(|c| format!("\"{}\" ({})", c.key(), c.name(language))).collect();
        tr!(language, "dual-error-choice", value = text, choices = join_or(language, &allowed))
    }
}

/// `a`, `a of b`, `a, b of c`; `a, b ou c`; `a, b or c`.
pub(crate) fn join_or(language: Language, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(language, "dual-choice-or", rest = rest.join(", "), last = last.clone()),
    }
}

/// A refused choice of the dual input (serde's error text, which is Dutch: see
/// [`Choice::from_key`]) worded in `language`; `None` when `raw` is not such an error.
/// The position serde_json appends (` at line 1 column 9`) may be left on.
pub fn explain_choice_error(raw: &str, language: Language) -> Option<String> {
    fn of<T: Choice>(raw: &str, language: Language) -> Option<String> {
        // The Dutch message around its value: what comes before and after `$value`.
        let marker = "\u{0}";
        let template = T::not_allowed(marker, Language::Dutch);
        let (before, after) = template.split_once(marker)?;
        let value = raw.strip_prefix(before)?.strip_suffix(after)?;
        Some(T::not_allowed(value, language))
    }
    let candidates = std::iter::once(raw).chain(raw.rsplit_once(" at line ").map(|(message, _)| message));
    for raw in candidates {
        if let Some(message) = of::<Education>(raw, language)
            .or_else(|| of::<SchoolLevel>(raw, language))
            .or_else(|| of::<HomeCare>(raw, language))
            .or_else(|| of::<Perspective>(raw, language))
        {
            return Some(message);
        }
    }
    None
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
    fn message(self) -> &'static str {
        match self {
            Education::Secondary => "dual-education-secondary",
            Education::Adult => "dual-education-adult",
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
    fn message(self) -> &'static str {
        match self {
            SchoolLevel::BelowSecondGrade => "dual-school-level-below-second-grade",
            SchoolLevel::SecondGrade => "dual-school-level-second-grade",
            SchoolLevel::ThirdGradeFirstYear => "dual-school-level-third-grade-first-year",
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
    fn message(self) -> &'static str {
        match self {
            HomeCare::None => "dual-home-care-none",
            HomeCare::Public => "dual-home-care-public",
            HomeCare::Private => "dual-home-care-private",
        }
    }
}
choice_serde!(HomeCare);

/// Who is asking: the section's answer is the allowance for a learner, the cost for an employer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Perspective {
    #[default]
    Learner,
    Employer,
}

impl Perspective {
    pub fn is_learner(&self) -> bool {
        *self == Perspective::Learner
    }
}

impl Choice for Perspective {
    const ALL: &'static [Self] = &[Perspective::Learner, Perspective::Employer];
    fn key(self) -> &'static str {
        match self {
            Perspective::Learner => "learner",
            Perspective::Employer => "employer",
        }
    }
    fn message(self) -> &'static str {
        match self {
            Perspective::Learner => "dual-perspective-learner",
            Perspective::Employer => "dual-perspective-employer",
        }
    }
}
choice_serde!(Perspective);

/// The first and last day of a school year.
pub fn school_year_bounds(year: AcademicYear) -> (Date, Date) {
    (Date::new(year.0, 9, 1), Date::new(year.0.saturating_add(1), 8, 31))
}

/// The most weeks that fit in a number of months (52 weeks in 12 months, rounded up).
pub fn max_weeks(months: i64) -> i64 {
    (months * 52 + 11) / 12
}

/// Hours per week at the workplace as typed in a form (`22,5`, `22,5 uur`; `22.5` in
/// English), read like every typed number of hours; a message gives examples that fit the field.
pub fn parse_hours_per_week(text: &str, language: Language) -> Result<Hours, String> {
    parse_hours_like(text, language, HOURS_EXAMPLES.map(|hours| Hundredths(hours.0))).map(Hours::of)
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

    /// Adds a problem per invalid field, worded in `language`; paths start with `dual.`.
    pub fn validate(&self, language: Language, problems: &mut Vec<FieldError>) {
        let mut problem =
            |field: &str, message: String| problems.push(FieldError { field: format!("dual.{field}"), message });
        let range = |value: i64, range: &std::ops::RangeInclusive<i64>| range.contains(&value);
        // Values and bounds are written as typed (`-1`, `2000000`): they name what to type.
        let text = |value: i64| value.to_string();

        if !HOURS_RANGE.contains(&self.hours_per_week) {
            let hours = |hours: Hours| typed_hours(Hundredths(hours.0), language);
            problem(
                "hours_per_week",
                tr!(
                    language,
                    "dual-error-hours-per-week",
                    value = self.hours_per_week.display(language),
                    min = hours(*HOURS_RANGE.start()),
                    max = hours(*HOURS_RANGE.end())
                ),
            );
        }
        let months_ok = range(self.months, &MONTHS_RANGE);
        if !months_ok {
            problem(
                "months",
                tr!(
                    language,
                    "dual-error-months",
                    value = text(self.months),
                    min = text(*MONTHS_RANGE.start()),
                    max = text(*MONTHS_RANGE.end())
                ),
            );
        }
        if !range(self.weeks, &WEEKS_RANGE) {
            problem(
                "weeks",
                tr!(
                    language,
                    "dual-error-weeks",
                    value = text(self.weeks),
                    min = text(*WEEKS_RANGE.start()),
                    max = text(*WEEKS_RANGE.end())
                ),
            );
        } else if months_ok && self.weeks > max_weeks(self.months) {
            problem(
                "weeks",
                tr!(
                    language,
                    "dual-error-weeks-in-months",
                    weeks = self.weeks,
                    months = self.months,
                    max = max_weeks(self.months)
                ),
            );
        }
        if let Some(wage) = self.wage_monthly_cents {
            if !WAGE_RANGE_CENTS.contains(&wage) {
                problem(
                    "wage_monthly_cents",
                    tr!(
                        language,
                        "dual-error-wage",
                        value = text(wage),
                        min = text(*WAGE_RANGE_CENTS.start()),
                        max = text(*WAGE_RANGE_CENTS.end())
                    ),
                );
            }
        }
        if !range(self.training_years_completed, &TRAINING_YEARS_RANGE) {
            problem(
                "training_years_completed",
                tr!(
                    language,
                    "dual-error-training-years",
                    value = text(self.training_years_completed),
                    min = text(*TRAINING_YEARS_RANGE.start()),
                    max = text(*TRAINING_YEARS_RANGE.end())
                ),
            );
        }
        if !range(self.learner_premiums_before, &PREMIUMS_BEFORE_RANGE) {
            problem(
                "learner_premiums_before",
                tr!(
                    language,
                    "dual-error-learner-premiums",
                    value = text(self.learner_premiums_before),
                    min = text(*PREMIUMS_BEFORE_RANGE.start()),
                    max = text(*PREMIUMS_BEFORE_RANGE.end())
                ),
            );
        }
        if let Some(month) = self.reference_month {
            if !(1..=12).contains(&month) {
                problem("reference_month", tr!(language, "dual-error-reference-month", value = text(month)));
            }
        }

        let employer = &self.employer;
        if !range(employer.learners, &LEARNERS_RANGE) {
            problem(
                "employer.learners",
                tr!(
                    language,
                    "dual-error-learners",
                    value = text(employer.learners),
                    min = text(*LEARNERS_RANGE.start()),
                    max = text(*LEARNERS_RANGE.end())
                ),
            );
        }
        if !range(employer.premiums_before, &PREMIUMS_BEFORE_RANGE) {
            problem(
                "employer.premiums_before",
                tr!(
                    language,
                    "dual-error-employer-premiums",
                    value = text(employer.premiums_before),
                    min = text(*PREMIUMS_BEFORE_RANGE.start()),
                    max = text(*PREMIUMS_BEFORE_RANGE.end())
                ),
            );
        }
        if let Some(months) = employer.mentor_months {
            let most = if months_ok { self.months } else { *MONTHS_RANGE.end() };
            if !(0..=most).contains(&months) {
                problem(
                    "employer.mentor_months",
                    tr!(language, "dual-error-mentor-months", value = text(months), max = text(most)),
                );
            }
        }
        if !range(employer.supervised_hours, &SUPERVISED_HOURS_RANGE) {
            problem(
                "employer.supervised_hours",
                tr!(
                    language,
                    "dual-error-supervised-hours",
                    value = text(employer.supervised_hours),
                    min = text(*SUPERVISED_HOURS_RANGE.start()),
                    max = text(*SUPERVISED_HOURS_RANGE.end())
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
    fn a_refused_choice_is_worded_again_in_the_language_asked() {
        let dutch = match Education::from_key("university") {
            Err(message) => message,
            Ok(kind) => panic!("accepted {kind:?}"),
        };
        // serde_json appends the position; the message is recognised with or without it.
        let raw = format!("{dutch} at line 1 column 62");
        assert_eq!(
            explain_choice_error(&raw, Language::English).as_deref(),
            Some("\"university\" is not an allowed value: choose \"secondary\" (secondary education) or \"adult\" (adult education)")
        );
        assert_eq!(
            explain_choice_error(&dutch, Language::French).as_deref(),
            Some("\"university\" n’est pas une valeur autorisée\u{a0}: choisissez \"secondary\" (enseignement secondaire) ou \"adult\" (enseignement pour adultes)")
        );
        assert_eq!(explain_choice_error(&raw, Language::Dutch).as_deref(), Some(dutch.as_str()));
        let home_care = HomeCare::not_allowed("ocmw", Language::English);
        assert_eq!(
            home_care,
            "\"ocmw\" is not an allowed value: choose \"none\" (no home-care service), \"public\" (public service for family care or home care) or \"private\" (private home-care service)"
        );
        let level = SchoolLevel::not_allowed("fifth", Language::Dutch);
        assert_eq!(
            explain_choice_error(&level, Language::English),
            Some(SchoolLevel::not_allowed("fifth", Language::English))
        );
        assert_eq!(explain_choice_error("missing field `status`", Language::English), None);
        assert_eq!(explain_choice_error("invalid type: integer `3`, expected a string", Language::French), None);
    }

    #[test]
    fn choices_are_named_in_each_language() {
        assert_eq!(Education::Adult.name(Language::Dutch), "volwassenenonderwijs");
        assert_eq!(Education::Adult.name(Language::French), "enseignement pour adultes");
        assert_eq!(SchoolLevel::SecondGrade.name(Language::English), "the second stage successfully completed");
        assert_eq!(HomeCare::Public.name(Language::Dutch), "publieke dienst voor gezinszorg of thuiszorg");
        assert_eq!(join_or(Language::English, &["a".into(), "b".into(), "c".into()]), "a, b or c");
        assert_eq!(join_or(Language::French, &["a".into()]), "a");
    }

    #[test]
    fn range_problems_are_worded_in_the_language_asked() {
        let input = DualInput { hours_per_week: Hours::whole(41), weeks: 52, months: 1, ..DualInput::default() };
        let messages = |language| {
            let mut problems = Vec::new();
            input.validate(language, &mut problems);
            problems.into_iter().map(|p| p.message).collect::<Vec<String>>()
        };
        assert_eq!(
            messages(Language::Dutch),
            [
                "41 uur per week kan niet: geef een aantal uren op de werkplek van 1 tot 40",
                "52 weken passen niet in 1 maanden: hoogstens 5 weken, of verhoog het aantal maanden",
            ]
        );
        assert_eq!(
            messages(Language::English),
            [
                "41 hours per week is not possible: enter a number of hours at the workplace from 1 to 40",
                "52 weeks do not fit in 1 month: at most 5 weeks, or increase the number of months",
            ]
        );
        assert_eq!(
            messages(Language::French),
            [
                "41 heures par semaine, ce n’est pas possible\u{a0}: indiquez un nombre d’heures sur le lieu de travail de 1 à 40",
                "52 semaines ne tiennent pas en 1 mois\u{a0}: au maximum 5 semaines, ou augmentez le nombre de mois",
            ]
        );
        let wage = DualInput { wage_monthly_cents: Some(-3), ..DualInput::default() };
        let mut problems = Vec::new();
        wage.validate(Language::English, &mut problems);
        assert_eq!(
            problems[0].message,
            "-3 cannot be a gross monthly wage in euro cents: enter an amount from 1 to 2000000, or leave it out"
        );
    }

    /// The problems of the hours per week alone, in `language`.
    fn hours_problems(hours: Hours, language: Language) -> Vec<String> {
        let mut problems = Vec::new();
        DualInput { hours_per_week: hours, ..DualInput::default() }.validate(language, &mut problems);
        problems.into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn hours_per_week_from_1_to_40_with_two_decimals() {
        for fine in [Hours::whole(1), Hours(2_250), Hours(3_999), Hours::whole(40)] {
            assert_eq!(hours_problems(fine, Language::Dutch), Vec::<String>::new(), "{fine:?}");
        }
        assert_eq!(
            hours_problems(Hours(99), Language::Dutch),
            ["0,99 uur per week kan niet: geef een aantal uren op de werkplek van 1 tot 40"]
        );
        assert_eq!(
            hours_problems(Hours(4_001), Language::English),
            ["40.01 hours per week is not possible: enter a number of hours at the workplace from 1 to 40"]
        );
        assert_eq!(
            hours_problems(Hours(99), Language::French),
            ["0,99 heure par semaine, ce n’est pas possible\u{a0}: indiquez un nombre d’heures sur le lieu de travail de 1 à 40"]
        );
    }

    #[test]
    fn typed_hours_per_week_are_read_per_language_with_examples_that_fit_the_field() {
        assert_eq!(parse_hours_per_week("22,5", Language::Dutch), Ok(Hours(2_250)));
        assert_eq!(parse_hours_per_week("22,5 uur", Language::French), Ok(Hours(2_250)));
        assert_eq!(parse_hours_per_week("22.5", Language::English), Ok(Hours(2_250)));
        assert_eq!(parse_hours_per_week("24", Language::English), Ok(Hours::whole(24)));
        assert!(parse_hours_per_week("22,555", Language::Dutch).is_err());
        assert_eq!(
            parse_hours_per_week("2o", Language::Dutch),
            Err("\"2o\" is geen aantal uren: typ het zoals 24 of 22,5".to_owned())
        );
        assert_eq!(
            parse_hours_per_week("2o", Language::English),
            Err("\"2o\" is not a number of hours: type it like 24 or 22.5".to_owned())
        );
        assert_eq!(
            parse_hours_per_week("2o", Language::French),
            Err("«\u{a0}2o\u{a0}» n'est pas un nombre d'heures\u{a0}: tapez-le par exemple ainsi\u{a0}: 24 ou 22,5"
                .to_owned())
        );
        // The examples can be typed in the field without an error.
        for example in HOURS_EXAMPLES {
            assert!(HOURS_RANGE.contains(&example), "{example:?}");
        }
    }

    #[test]
    fn hours_per_week_in_json_are_whole_or_have_two_decimals() {
        let read = |json: &str| serde_json::from_str::<DualInput>(json).map(|input| input.hours_per_week);
        assert_eq!(read(r#"{"hours_per_week": 24}"#).ok(), Some(Hours::whole(24)), "as before: a whole number");
        assert_eq!(read(r#"{"hours_per_week": 22.5}"#).ok(), Some(Hours(2_250)));
        assert_eq!(read(r#"{"hours_per_week": 22.25}"#).ok(), Some(Hours(2_225)));
        assert!(read(r#"{"hours_per_week": 22.255}"#).is_err());
        assert!(read(r#"{"hours_per_week": "24"}"#).is_err());
        // Written back the same way: a whole number stays a whole number.
        let written = |hours: Hours| {
            serde_json::to_value(DualInput { hours_per_week: hours, ..DualInput::default() })
                .ok()
                .and_then(|json| json.get("hours_per_week").map(ToString::to_string))
        };
        assert_eq!(written(Hours::whole(24)).as_deref(), Some("24"));
        assert_eq!(written(Hours(2_250)).as_deref(), Some("22.5"));
    }

    #[test]
    fn every_range_is_checked_with_its_field() {
        let input = DualInput {
            hours_per_week: Hours::whole(41),
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
        input.validate(Language::Dutch, &mut problems);
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
        DualInput::default().validate(Language::Dutch, &mut none);
        assert!(none.is_empty(), "{none:?}");
    }
}
