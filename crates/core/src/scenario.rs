//! The scenario: everything a person tells the calculator. The same serde model is
//! read from the CLI's JSON, the URL, browser storage and the JavaScript API, and
//! every boundary checks it with [`Scenario::from_json`] / [`Scenario::validate`].

use crate::dual::DualInput;
use crate::i18n::Language;
use crate::leave::LeaveInput;
use crate::plan::PlanInput;
use crate::tr;
use crate::year::{AcademicYear, YearError, FIRST_SUPPORTED, LAST_SUPPORTED};
use serde::{Deserialize, Serialize};

/// Study points on one enrolment: at least 1, at most a full bachelor programme.
pub const CREDITS_RANGE: std::ops::RangeInclusive<i64> = 1..=180;
/// Learning-credit balance: it starts at 140, can grow to 200 with the bonus, and can fall below zero.
pub const LEARNING_CREDIT_RANGE: std::ops::RangeInclusive<i64> = -200..=200;
/// At most this many enrolments in one scenario.
pub const MAX_ENROLMENTS: usize = 100;
/// At most this many language tests.
pub const MAX_LANGUAGE_TESTS: usize = 10;
/// Longest institution name accepted.
pub const MAX_INSTITUTION_CHARS: usize = 100;
/// Highest institution price accepted for a post-initial programme: € 100.000,00.
pub const MAX_INSTITUTION_PRICE_CENTS: i64 = 10_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub academic_year: AcademicYear,
    pub student: Student,
    /// The study plan in higher education. May be empty: then there is no fee to compute,
    /// while the leave (adult-education lesson periods, say) and dual learning still are.
    #[serde(default)]
    pub enrolments: Vec<Enrolment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language_tests: Vec<LanguageTest>,
    /// The work situation and leave choices, for the study-load and leave calculation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave: Option<LeaveInput>,
    /// The dual-learning comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dual: Option<DualInput>,
    /// The study route: the whole programme over the years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanInput>,
    /// The adult-education route to a secondary-school diploma (with or without enrolments).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adult_education: Option<crate::adult_education::AdultEducationInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Student {
    pub status: StudentStatus,
    /// Learning credit left, in study points. Absent: enough for every study point taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning_credit: Option<i64>,
}

/// The student's fee status, which depends on the family income (the study-grant criteria).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StudentStatus {
    /// Niet-beurstariefstudent: the standard rate.
    NonGrant,
    /// Bijna-beursstudent: income at most a small margin above the grant limit.
    NearGrant,
    /// Beurstariefstudent: receives a Flemish study grant, or meets its financial criteria.
    Grant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    /// Name of the university or university college; the fixed part is owed once per institution.
    pub institution: String,
    pub contract: Contract,
    pub programme: Programme,
    pub credits: i64,
    /// Only for post-initial programmes, which have no statutory fee: the price the institution asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_price_cents: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contract {
    /// Diplomacontract: the whole programme, towards a diploma.
    Diploma,
    /// Creditcontract: separate course units, towards credit certificates.
    Credit,
    /// Examencontract: only the exams, no classes.
    Exam,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Programme {
    /// Bachelor, master, graduaat, bridging and preparatory programmes.
    Initial,
    BachelorAfterBachelor,
    MasterAfterMaster,
    /// Postgraduate and other post-initial programmes: no statutory fee.
    Postinitial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageTest {
    pub test: LanguageTestKind,
    pub session: TestSession,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageTestKind {
    /// Interuniversitaire taaltest Nederlands voor anderstaligen.
    Itna,
    /// Interuniversitaire test academisch Engels.
    Itace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestSession {
    Open,
    Individual,
    /// A group of at least 15 on an agreed date (ITNA only).
    Group,
}

/// One thing wrong with the input, tied to its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Where, as a path: `enrolments[0].credits`.
    pub field: String,
    /// What is wrong and what is allowed, in the language asked.
    pub message: String,
}

/// Why a scenario cannot be evaluated: every problem found, each tied to its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{}", .problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect::<Vec<_>>().join("; "))]
pub struct ScenarioError {
    pub problems: Vec<FieldError>,
}

impl ScenarioError {
    pub fn single(field: impl Into<String>, message: impl Into<String>) -> Self {
        ScenarioError { problems: vec![FieldError { field: field.into(), message: message.into() }] }
    }
}

/// Longest JSON text accepted for a scenario (a scenario with 100 enrolments is about 15 kB).
pub const MAX_JSON_BYTES: usize = 256 * 1024;

impl Scenario {
    /// Reads and checks a scenario from JSON. Errors name the field and what is allowed.
    pub fn from_json(text: &str, language: Language) -> Result<Scenario, ScenarioError> {
        if text.len() > MAX_JSON_BYTES {
            return Err(ScenarioError::single(
                "(scenario)",
                tr!(
                    language,
                    "scenario-too-large",
                    size = text.len().to_string(),
                    maximum = MAX_JSON_BYTES.to_string()
                ),
            ));
        }
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        let scenario: Scenario = serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let field = error.path().to_string();
            let message = explain_serde_error(
                &field,
                &error.inner().to_string(),
                error.inner().is_syntax() || error.inner().is_eof(),
                language,
            );
            ScenarioError::single(if field == "." { "(scenario)".to_owned() } else { field }, message)
        })?;
        scenario.validate(language)?;
        Ok(scenario)
    }

    /// Checks every value against what the rules allow; reports all problems at once.
    pub fn validate(&self, language: Language) -> Result<(), ScenarioError> {
        let mut problems = Vec::new();
        let mut problem = |field: String, message: String| problems.push(FieldError { field, message });

        if !self.academic_year.is_supported() {
            problem(
                "academic_year".into(),
                tr!(
                    language,
                    "scenario-year-unsupported",
                    year = self.academic_year.to_string(),
                    first = FIRST_SUPPORTED.to_string(),
                    last = LAST_SUPPORTED.to_string()
                ),
            );
        }
        if let Some(balance) = self.student.learning_credit {
            if !LEARNING_CREDIT_RANGE.contains(&balance) {
                problem(
                    "student.learning_credit".into(),
                    tr!(
                        language,
                        "scenario-learning-credit-range",
                        balance = balance.to_string(),
                        min = LEARNING_CREDIT_RANGE.start().to_string(),
                        max = LEARNING_CREDIT_RANGE.end().to_string()
                    ),
                );
            }
        }
        if self.enrolments.len() > MAX_ENROLMENTS {
            problem(
                "enrolments".into(),
                tr!(
                    language,
                    "scenario-enrolments-too-many",
                    count = self.enrolments.len().to_string(),
                    maximum = MAX_ENROLMENTS.to_string()
                ),
            );
        }
        for (index, enrolment) in self.enrolments.iter().enumerate().take(MAX_ENROLMENTS) {
            let field = |name: &str| format!("enrolments[{index}].{name}");
            let name = enrolment.institution.trim();
            if name.is_empty() {
                problem(field("institution"), tr!(language, "scenario-institution-empty"));
            } else if name.chars().count() > MAX_INSTITUTION_CHARS {
                problem(
                    field("institution"),
                    tr!(language, "scenario-institution-too-long", maximum = MAX_INSTITUTION_CHARS.to_string()),
                );
            }
            if !CREDITS_RANGE.contains(&enrolment.credits) {
                problem(
                    field("credits"),
                    tr!(
                        language,
                        "scenario-credits-range",
                        credits = enrolment.credits.to_string(),
                        min = CREDITS_RANGE.start().to_string(),
                        max = CREDITS_RANGE.end().to_string()
                    ),
                );
            }
            match (enrolment.programme, enrolment.institution_price_cents) {
                (Programme::Postinitial, Some(price)) if !(0..=MAX_INSTITUTION_PRICE_CENTS).contains(&price) => {
                    problem(
                        field("institution_price_cents"),
                        tr!(
                            language,
                            "scenario-price-range",
                            price = price.to_string(),
                            maximum = MAX_INSTITUTION_PRICE_CENTS.to_string()
                        ),
                    );
                }
                (Programme::Postinitial, _) | (_, None) => {}
                (_, Some(_)) => {
                    problem(field("institution_price_cents"), tr!(language, "scenario-price-not-postinitial"))
                }
            }
        }
        if self.language_tests.len() > MAX_LANGUAGE_TESTS {
            problem(
                "language_tests".into(),
                tr!(
                    language,
                    "scenario-language-tests-too-many",
                    count = self.language_tests.len().to_string(),
                    maximum = MAX_LANGUAGE_TESTS.to_string()
                ),
            );
        }
        for (index, test) in self.language_tests.iter().enumerate() {
            if test.test == LanguageTestKind::Itace && test.session == TestSession::Group {
                problem(format!("language_tests[{index}].session"), tr!(language, "scenario-itace-no-group"));
            }
        }

        if let Some(leave) = &self.leave {
            leave.validate(language, &mut problems);
        }
        if let Some(dual) = &self.dual {
            dual.validate(language, &mut problems);
        }
        if let Some(plan) = &self.plan {
            for found in plan.problems(self.academic_year) {
                problems
                    .push(FieldError { field: found.field(), message: crate::render::plan::problem(language, &found) });
            }
        }
        if let Some(adult_education) = &self.adult_education {
            for (field, found) in adult_education.problems() {
                problems.push(FieldError { field, message: crate::render::adult_education::problem(language, found) });
            }
        }

        if problems.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { problems })
        }
    }
}

/// `"a", "b" or "c"` in a language: the allowed values of a field, quoted as JSON writes them.
fn choices(language: Language, values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|value| format!("\"{value}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            tr!(language, "scenario-choice-or", rest = rest.join(", "), last = last.as_str())
        }
        Some((only, _)) => only.clone(),
        None => tr!(language, "scenario-hint-any"),
    }
}

/// What a field takes, named by its last path segment: "een academiejaar zoals …".
fn hint(language: Language, name: &str) -> String {
    match name {
        "academic_year" => tr!(
            language,
            "scenario-hint-academic-year",
            first = FIRST_SUPPORTED.to_string(),
            last = LAST_SUPPORTED.to_string()
        ),
        "student" => tr!(language, "scenario-hint-student"),
        "status" => choices(language, &["non_grant", "near_grant", "grant"]),
        "enrolments" => tr!(language, "scenario-hint-enrolments"),
        "institution" => tr!(language, "scenario-hint-institution"),
        "contract" => choices(language, &["diploma", "credit", "exam"]),
        "programme" => choices(language, &["initial", "bachelor_after_bachelor", "master_after_master", "postinitial"]),
        "credits" => tr!(
            language,
            "scenario-hint-credits",
            min = CREDITS_RANGE.start().to_string(),
            max = CREDITS_RANGE.end().to_string()
        ),
        "learning_credit" => tr!(language, "scenario-hint-learning-credit"),
        _ => tr!(language, "scenario-hint-any"),
    }
}

/// Turns serde's English error text into a sentence in `language` that says what is allowed.
/// Errors raised by our own deserializers (an academic year that does not read) arrive in a
/// stable machine form and are worded here; those of other sections pass through as they are.
fn explain_serde_error(field: &str, raw: &str, is_syntax: bool, language: Language) -> String {
    if is_syntax {
        return tr!(language, "scenario-json-syntax", detail = raw);
    }
    if let Some(error) = YearError::from_serde(raw) {
        return error.message(language);
    }
    // The leave and dual inputs raise their own (Dutch) messages: worded in the language asked.
    let raw = crate::leave::translate_serde_error(raw, language);
    // The position ("at line 3 column 12") means little to a person; the field path says where.
    let raw = raw.split(" at line ").next().unwrap_or(&raw);
    if let Some(message) = crate::dual::explain_choice_error(raw, language) {
        return message;
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return tr!(language, "scenario-json-missing-field", field = name, hint = hint(language, name));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or(rest);
        // serde lists the allowed values: `a`, `b` or `c`.
        let allowed: Vec<&str> = rest
            .split_once("expected ")
            .map(|(_, list)| list.trim_start_matches("one of "))
            .map(|list| {
                list.split(", ").flat_map(|item| item.split(" or ")).map(|item| item.trim_matches('`')).collect()
            })
            .unwrap_or_default();
        return tr!(language, "scenario-json-unknown-variant", value = value, choices = choices(language, &allowed));
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let expected = rest.split_once("expected ").map(|(_, a)| a).unwrap_or("");
        // The Dutch sentence has always quoted serde's list as it comes ("one of …").
        let allowed = match language {
            Language::Dutch => expected.replace('`', "\""),
            _ => expected.trim_start_matches("one of ").replace(" or ", ", ").replace('`', "\""),
        };
        return tr!(language, "scenario-json-unknown-field", field = name, allowed = allowed);
    }
    if raw.starts_with("invalid type") || raw.starts_with("invalid value") {
        let last = field.rsplit('.').next().unwrap_or(field);
        let last = last.split('[').next().unwrap_or(last);
        return tr!(language, "scenario-json-wrong-type", detail = raw, hint = hint(language, last));
    }
    raw.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(json: &str) -> ScenarioError {
        match Scenario::from_json(json, Language::Dutch) {
            Err(error) => error,
            Ok(scenario) => panic!("expected an error, got {scenario:?}"),
        }
    }

    const VALID: &str = r#"{"academic_year": "2024-2025",
        "student": {"status": "non_grant", "learning_credit": 140},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 60}]}"#;

    #[test]
    fn reads_the_documented_example() {
        let scenario = Scenario::from_json(VALID, Language::Dutch).expect("valid example");
        assert_eq!(scenario.academic_year, AcademicYear(2024));
        assert_eq!(scenario.student.learning_credit, Some(140));
        assert_eq!(scenario.enrolments[0].credits, 60);
    }

    #[test]
    fn negative_credits_are_refused_with_the_allowed_range() {
        let error = error_of(&VALID.replace("\"credits\": 60", "\"credits\": -5"));
        assert_eq!(error.problems[0].field, "enrolments[0].credits");
        assert!(error.problems[0].message.contains("van 1 tot 180"), "{error}");
    }

    #[test]
    fn ten_thousand_credits_are_refused() {
        let error = error_of(&VALID.replace("\"credits\": 60", "\"credits\": 10000"));
        assert_eq!(error.problems[0].field, "enrolments[0].credits");
        assert!(error.problems[0].message.starts_with("10000 studiepunten kan niet"), "{error}");
    }

    #[test]
    fn an_unknown_contract_names_the_allowed_ones() {
        let error = error_of(&VALID.replace("\"diploma\"", "\"abonnement\""));
        assert_eq!(error.problems[0].field, "enrolments[0].contract");
        assert!(error.problems[0].message.contains("\"abonnement\" is geen toegestane waarde"), "{error}");
        assert!(error.problems[0].message.contains("\"diploma\", \"credit\" of \"exam\""), "{error}");
    }

    #[test]
    fn a_missing_year_says_which_years_exist() {
        let error = error_of(&VALID.replace("\"academic_year\": \"2024-2025\",", ""));
        assert_eq!(error.problems[0].field, "(scenario)");
        assert!(error.problems[0].message.contains("\"academic_year\" ontbreekt"), "{error}");
        assert!(error.problems[0].message.contains("2020-2021 tot en met 2027-2028"), "{error}");
    }

    #[test]
    fn unsupported_and_malformed_years_are_refused() {
        let error = error_of(&VALID.replace("2024-2025", "2019-2020"));
        assert_eq!(error.problems[0].field, "academic_year");
        assert!(error.problems[0].message.contains("2020-2021 tot en met 2027-2028"));
        let error = error_of(&VALID.replace("2024-2025", "2024/25"));
        assert_eq!(error.problems[0].field, "academic_year");
    }

    #[test]
    fn unknown_fields_and_broken_json_are_refused() {
        let error = error_of(&VALID.replace("\"credits\"", "\"studiepunten\""));
        assert!(error.problems[0].message.contains("\"studiepunten\" bestaat niet"), "{error}");
        let error = error_of("{\"academic_year\": ");
        assert!(error.problems[0].message.starts_with("dit is geen geldige JSON"), "{error}");
        let error = error_of(&VALID.replace("60}", "\"60\"}"));
        assert_eq!(error.problems[0].field, "enrolments[0].credits");
        assert!(error.problems[0].message.contains("verwacht een geheel aantal studiepunten"), "{error}");
    }

    #[test]
    fn all_value_problems_are_reported_together() {
        let json = VALID
            .replace("\"credits\": 60", "\"credits\": 0")
            .replace("\"institution\": \"A\"", "\"institution\": \"  \"")
            .replace("140", "999");
        let error = error_of(&json);
        let fields: Vec<&str> = error.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["student.learning_credit", "enrolments[0].institution", "enrolments[0].credits"]);
    }

    #[test]
    fn credits_at_the_bounds() {
        for (credits, ok) in [(0, false), (1, true), (180, true), (181, false)] {
            let json = VALID.replace("\"credits\": 60", &format!("\"credits\": {credits}"));
            assert_eq!(Scenario::from_json(&json, Language::Dutch).is_ok(), ok, "{credits}");
        }
    }

    fn messages_in(json: &str, language: Language) -> Vec<String> {
        match Scenario::from_json(json, language) {
            Err(error) => error.problems.into_iter().map(|p| p.message).collect(),
            Ok(scenario) => panic!("expected an error, got {scenario:?}"),
        }
    }

    #[test]
    fn problems_are_explained_in_the_language_asked() {
        let json = VALID.replace("\"credits\": 60", "\"credits\": 181").replace("140", "-201");
        assert_eq!(
            messages_in(&json, Language::English),
            [
                "-201 cannot be a learning credit: give a whole number of credits from -200 to 200, or leave it out if you have enough learning credit",
                "181 credits is not possible: give a whole number from 1 to 180 (a full academic year is 60)",
            ]
        );
        assert_eq!(
            messages_in(&json, Language::French)[1],
            "181 crédits, ce n'est pas possible\u{a0}: indiquez un nombre entier de 1 à 180 (une année académique complète compte 60 crédits)"
        );
        let year = VALID.replace("2024-2025", "2019-2020");
        assert_eq!(
            messages_in(&year, Language::English),
            ["2019-2020 is not supported: choose an academic year from 2020-2021 to 2027-2028"]
        );
    }

    #[test]
    fn serde_errors_are_explained_in_the_language_asked() {
        let contract = VALID.replace("\"diploma\"", "\"abonnement\"");
        assert_eq!(
            messages_in(&contract, Language::English),
            ["\"abonnement\" is not an allowed value: choose \"diploma\", \"credit\" or \"exam\""]
        );
        assert_eq!(
            messages_in(&contract, Language::French),
            ["\"abonnement\" n'est pas une valeur autorisée\u{a0}: choisissez \"diploma\", \"credit\" ou \"exam\""]
        );
        let missing = VALID.replace("\"academic_year\": \"2024-2025\",", "");
        assert_eq!(
            messages_in(&missing, Language::English),
            ["the field \"academic_year\" is missing: give an academic year such as \"2024-2025\" (2020-2021 to 2027-2028)"]
        );
        let unknown = VALID.replace("\"credits\"", "\"studiepunten\"");
        assert_eq!(
            messages_in(&unknown, Language::English),
            ["the field \"studiepunten\" does not exist (allowed: \"institution\", \"contract\", \"programme\", \"credits\", \"institution_price_cents\")"]
        );
        assert!(messages_in(&unknown, Language::Dutch)[0].ends_with("(toegestaan: one of \"institution\", \"contract\", \"programme\", \"credits\", \"institution_price_cents\")"));
        let text = VALID.replace("60}", "\"60\"}");
        assert_eq!(
            messages_in(&text, Language::English),
            ["wrong kind of value (invalid type: string \"60\", expected i64): expected a whole number of credits from 1 to 180"]
        );
        assert!(messages_in("{", Language::English)[0].starts_with("this is not valid JSON ("));
    }

    #[test]
    fn a_year_that_does_not_read_is_explained_in_the_language_asked() {
        let json = VALID.replace("2024-2025", "2024/25");
        assert_eq!(
            messages_in(&json, Language::Dutch),
            ["\"2024/25\" is geen academiejaar: schrijf het als \"2024-2025\""]
        );
        assert_eq!(
            messages_in(&json, Language::English),
            ["\"2024/25\" is not an academic year: write it as \"2024-2025\""]
        );
        assert_eq!(
            messages_in(&json, Language::French),
            ["«\u{a0}2024/25\u{a0}» n'est pas une année académique\u{a0}: écrivez-la sous la forme «\u{a0}2024-2025\u{a0}»"]
        );
        let json = VALID.replace("2024-2025", "2024-2026");
        assert_eq!(
            messages_in(&json, Language::English),
            ["\"2024-2026\" is not an academic year: the second year must be the first plus one"]
        );
    }

    #[test]
    fn a_scenario_without_enrolments_is_valid_and_computes_leave_and_dual() {
        // No higher-education enrolment: no fee, but the leave (here 120 adult-education
        // lesson periods) and dual learning are computed.
        let json = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "enrolments": [],
            "leave": {"adult_education_lesson_periods": 120}, "dual": {}}"#;
        let scenario = Scenario::from_json(json, Language::Dutch).expect("valid without enrolments");
        assert!(scenario.enrolments.is_empty());
        let outcome = crate::evaluate(&scenario, Language::Dutch).expect("evaluated");
        assert!(outcome.fee.is_none(), "nothing to compute a fee for");
        let leave = outcome.leave.expect("a leave outcome");
        assert_eq!(leave.study_load.credits, 0);
        let load = leave.study_load_hours.expect("a study load");
        assert_eq!((load.min, load.max), (crate::leave::Hours(12_000), crate::leave::Hours(12_000)));
        assert!(outcome.dual.is_some_and(|dual| !dual.agreements.is_empty()));
        // Leave alone, and no enrolment list at all, are valid too.
        let leave_only = r#"{"academic_year": "2024-2025", "student": {"status": "grant"}, "leave": {}}"#;
        assert!(Scenario::from_json(leave_only, Language::English).is_ok());
        let nothing = r#"{"academic_year": "2024-2025", "student": {"status": "grant"}}"#;
        assert!(Scenario::from_json(nothing, Language::French).is_ok());
    }

    #[test]
    fn a_price_only_for_postinitial_programmes() {
        let json = VALID.replace("\"credits\": 60", "\"credits\": 60, \"institution_price_cents\": 150000");
        assert_eq!(error_of(&json).problems[0].field, "enrolments[0].institution_price_cents");
        let json = json.replace("\"initial\"", "\"postinitial\"");
        assert!(Scenario::from_json(&json, Language::Dutch).is_ok());
    }
}
