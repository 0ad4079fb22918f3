//! Runs every case in `tests/cases/leave/*.toml` against the leave calculation. The
//! expected figures come from the official examples and thresholds on the public page each
//! case cites; nothing here is computed by the code under test.
//!
//! A case names values of the CLI outcome's `leave` object by their dotted path
//! (`"vov.hours" = 120`, `"coverage.rows.0.share_percent" = { min = 57, max = 68 }`),
//! the paths that must be `null` (not computed), and the texts that must contain a phrase.

mod common;

use serde::Deserialize;
use serde_json::Value;
use studierekenaar_core::render::{self, Words};
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate_json, AcademicYear};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    source: String,
    scenario: toml::Value,
    /// Path → exact value.
    #[serde(default)]
    expect: toml::Table,
    /// Paths that must be `null`: not computed.
    #[serde(default)]
    null: Vec<String>,
    /// Path → a phrase its JSON text must contain.
    #[serde(default)]
    contains: toml::Table,
    /// Path → a phrase its JSON text must not contain.
    #[serde(default)]
    lacks: toml::Table,
}

/// The value at a dotted path (`coverage.rows.0.share_percent`).
fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |current, key| match current {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// TOML to JSON, with integral floats kept as written (`7.6` stays a float, `120` an integer).
fn to_json(value: &toml::Value) -> Value {
    match serde_json::to_value(value) {
        Ok(json) => json,
        Err(error) => panic!("expectation not representable as JSON: {error}"),
    }
}

/// Numbers compare by value (an expected `100` equals an outcome `100`; `7.6` equals `7.6`).
fn same(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Value::Object(a), Value::Object(b)) => {
            b.iter().all(|(key, value)| a.get(key).is_some_and(|actual| same(actual, value)))
        }
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
        _ => actual == expected,
    }
}

/// Every parameter used anywhere in the outcome: a source, a published figure, and the
/// period of the year asked (a year-keyed value) or a date before its start.
fn check_parameters(value: &Value, year: AcademicYear, failures: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(id)), Some(Value::String(source))) = (map.get("id"), map.get("source")) {
                if !source.starts_with("https://") {
                    failures.push(format!("{id}: source {source:?} is not a web address"));
                }
                if map.get("status").and_then(Value::as_str) == Some("unavailable") {
                    failures.push(format!("{id}: an unavailable figure was used"));
                }
                // Another year's figure stands in only as a marked estimate for the year asked.
                let period = map.get("period").and_then(Value::as_str).unwrap_or_default();
                let estimate_for_year = map.get("status").and_then(Value::as_str) == Some("estimated")
                    && map.get("estimated_for").and_then(Value::as_str) == Some(year.to_string().as_str());
                if period != year.to_string() && !period.starts_with("vanaf ") && !estimate_for_year {
                    failures.push(format!("{id}: period {period} used for {year}"));
                }
            }
            map.values().for_each(|v| check_parameters(v, year, failures));
        }
        Value::Array(items) => items.iter().for_each(|v| check_parameters(v, year, failures)),
        _ => {}
    }
}

fn check(case: &Case) -> Result<(), String> {
    let json = serde_json::to_string(&case.scenario).map_err(|e| e.to_string())?;
    let outcome = evaluate_json(&json, Language::Dutch).map_err(|e| format!("scenario refused: {e}"))?;
    let leave = outcome.leave.as_ref().ok_or("no leave section in the outcome")?;
    let value = render::in_words(Language::Dutch, || serde_json::to_value(leave)).map_err(|e| e.to_string())?;
    let mut failures = Vec::new();

    for (path, expected) in &case.expect {
        let expected = to_json(expected);
        match at(&value, path) {
            Some(actual) if same(actual, &expected) => {}
            Some(actual) => failures.push(format!("{path}: expected {expected}, got {actual}")),
            None => failures.push(format!("{path}: not in the outcome")),
        }
    }
    for path in &case.null {
        match at(&value, path) {
            Some(Value::Null) => {}
            other => failures.push(format!("{path}: expected null (not computed), got {other:?}")),
        }
    }
    for (path, phrase) in &case.contains {
        let phrase = phrase.as_str().unwrap_or_default();
        match at(&value, path) {
            Some(actual) if actual.to_string().contains(phrase) => {}
            other => failures.push(format!("{path}: expected to contain {phrase:?}, got {other:?}")),
        }
    }
    for (path, phrase) in &case.lacks {
        let phrase = phrase.as_str().unwrap_or_default();
        if at(&value, path).is_some_and(|actual| actual.to_string().contains(phrase)) {
            failures.push(format!("{path}: should not contain {phrase:?}"));
        }
    }

    // Whatever the case: every figure is sourced and of the right period; not computed is
    // explained by a missing figure; shares are ordered; nothing is left below zero.
    check_parameters(&value, outcome.academic_year, &mut failures);
    if leave.figures_status == studierekenaar_core::FiguresStatus::Unavailable && leave.missing.is_empty() {
        failures.push("figures unavailable but no missing figure named".into());
    }
    for row in &leave.coverage.rows {
        if let Some(share) = row.share_percent {
            if !(0..=share.max).contains(&share.min) || share.max > 100 {
                failures.push(format!("{}: share {share:?} out of order", row.label.words(Language::Dutch)));
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n    "))
    }
}

#[test]
fn every_leave_case_matches_the_official_figures() {
    let mut ran = 0;
    let mut failures = Vec::new();
    for (path, file) in common::case_files::<CaseFile>("leave") {
        for case in &file.case {
            assert!(!case.source.trim().is_empty(), "{}: case without source", case.name);
            assert!(
                !(case.expect.is_empty() && case.null.is_empty() && case.contains.is_empty()),
                "{}: case without expectations",
                case.name
            );
            ran += 1;
            if let Err(why) = check(case) {
                failures.push(format!("{} — {}\n    {why}", path.display(), case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(ran >= 80, "only {ran} cases ran");
}

// ------------------------------------------------------------------------------------
// Validation: which field, what is wrong, what is allowed.
// ------------------------------------------------------------------------------------

const BASE: &str = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"},
    "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 30}],
    "leave": LEAVE}"#;

fn problems_of(leave: &str) -> Vec<(String, String)> {
    match evaluate_json(&BASE.replace("LEAVE", leave), Language::Dutch) {
        Ok(_) => Vec::new(),
        Err(studierekenaar_core::EvaluateError::Input(error)) => {
            error.problems.into_iter().map(|p| (p.field, p.message)).collect()
        }
    }
}

#[test]
fn an_empty_leave_object_is_a_full_time_private_sector_worker() {
    let outcome = evaluate_json(&BASE.replace("LEAVE", "{}"), Language::Dutch).expect("valid");
    let leave = outcome.leave.expect("leave computed");
    assert_eq!(leave.vov.eligible, Some(true));
    assert_eq!(leave.vov.hours, Some(studierekenaar_core::leave::Hours::whole(120)));
    assert_eq!(leave.time_credit.hours, Some(studierekenaar_core::leave::Hours::ZERO), "no time credit chosen");
    assert!(leave.problems.is_empty());
}

#[test]
fn employment_above_100_percent_is_refused_with_the_allowed_range() {
    for value in [101, 0, -5, 250] {
        let problems = problems_of(&format!(r#"{{"employment_percent": {value}}}"#));
        assert_eq!(problems.len(), 1, "{value}: {problems:?}");
        assert_eq!(problems[0].0, "leave.employment_percent");
        assert!(problems[0].1.contains("van 1 tot 100"), "{}", problems[0].1);
    }
    for value in [1, 50, 100] {
        assert!(problems_of(&format!(r#"{{"employment_percent": {value}}}"#)).is_empty(), "{value}");
    }
}

#[test]
fn weekly_hours_and_weeks_must_be_possible() {
    let problems = problems_of(r#"{"weekly_hours": 0}"#);
    assert_eq!(problems[0].0, "leave.weekly_hours");
    assert!(problems[0].1.contains("meer dan 0 en hoogstens 60"), "{}", problems[0].1);
    assert_eq!(problems_of(r#"{"weekly_hours": 60.5}"#)[0].0, "leave.weekly_hours");
    assert!(problems_of(r#"{"weekly_hours": 30.4}"#).is_empty());
    for weeks in [0, 53] {
        let problems = problems_of(&format!(r#"{{"weeks": {weeks}}}"#));
        assert_eq!(problems[0].0, "leave.weeks");
        assert!(problems[0].1.contains("van 1 tot 52"), "{}", problems[0].1);
    }
}

#[test]
fn impossible_combinations_name_the_field() {
    let problems = problems_of(r#"{"interruption_allowance_cents": 50000}"#);
    assert_eq!(problems[0].0, "leave.interruption_allowance_cents");
    assert!(problems[0].1.contains("kies een vorm van onderbreking"), "{}", problems[0].1);
    let problems = problems_of(r#"{"sector": "flemish_public", "vov_hours_planned": 40}"#);
    assert_eq!(problems[0].0, "leave.vov_hours_planned");
    assert!(problems[0].1.contains("alleen voor werknemers in de privésector"), "{}", problems[0].1);
    let problems = problems_of(
        r#"{"seniority_months": -1, "monthly_gross_wage_cents": -100, "adult_education_lesson_periods": 0}"#,
    );
    let fields: Vec<&str> = problems.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["leave.seniority_months", "leave.monthly_gross_wage_cents", "leave.adult_education_lesson_periods"]
    );
}

#[test]
fn more_vov_planned_than_the_year_allows_is_a_problem_on_its_field() {
    let outcome = evaluate_json(
        &BASE.replace("LEAVE", r#"{"employment_percent": 80, "vov_hours_planned": 150}"#),
        Language::Dutch,
    )
    .expect("valid input; the year's maximum is checked in the outcome");
    let leave = outcome.leave.expect("leave");
    assert_eq!(leave.problems.len(), 1);
    assert_eq!(leave.problems[0].field, "leave.vov_hours_planned");
    let message = leave.problems[0].message.words(Language::Dutch);
    assert!(message.contains("hoogstens 100 uur"), "{message}");
    assert!(message.contains("Vul 0 tot 100 in"), "{message}");
    assert_eq!(leave.vov.hours, Some(studierekenaar_core::leave::Hours::whole(100)), "counted at the maximum");
}

#[test]
fn unknown_fields_and_values_are_refused_in_dutch() {
    let problems = problems_of(r#"{"sectr": "private"}"#);
    assert_eq!(problems[0].0, "leave.sectr");
    assert!(problems[0].1.contains("\"sectr\" bestaat niet"), "{}", problems[0].1);
    let problems = problems_of(r#"{"interruption": "one_third"}"#);
    assert_eq!(problems[0].0, "leave.interruption");
    assert!(problems[0].1.contains("\"one_third\" is geen toegestane waarde"), "{}", problems[0].1);
    let problems = problems_of(r#"{"weekly_hours": 30.456}"#);
    assert_eq!(problems[0].0, "leave.weekly_hours");
}

#[test]
fn the_leave_input_reads_back_what_it_writes() {
    let json = r#"{"sector":"private","employment_percent":80,"weekly_hours":30.4,"weeks":40,
        "education_level":"high","development_plan":true,"living_alone":true,"seniority_months":30,
        "monthly_gross_wage_cents":320000,"interruption":"half_time","interruption_allowance_cents":45000,
        "vov_hours_planned":60,"graduaat":true,"adult_education_lesson_periods":120,"adult_education_basic_or_secondary":true}"#;
    let input: studierekenaar_core::leave::LeaveInput = serde_json::from_str(json).expect("valid");
    let again: studierekenaar_core::leave::LeaveInput =
        serde_json::from_str(&serde_json::to_string(&input).expect("serializes")).expect("reads back");
    assert_eq!(input, again);
    assert_eq!(input.weekly_hours, studierekenaar_core::leave::Hours(3_040));
}
