//! Runs every case in `tests/cases/fee/*.toml` against the engine. The expected figures
//! come from the official tables (each case names its source); nothing here is
//! computed by the code under test.

mod common;

use serde::Deserialize;
use studierekenaar_core::params::Status;
use studierekenaar_core::render::Words;
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate_json, FiguresStatus};

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
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    total_cents: Option<i64>,
    not_computed: Option<bool>,
    figures_status: Option<String>,
    study_grant_possible: Option<bool>,
    surcharge_max_cents: Option<i64>,
    surcharge_not_computed: Option<bool>,
    other_costs_cents: Option<i64>,
    other_costs_not_computed: Option<bool>,
    grand_total_cents: Option<i64>,
    lines: Option<usize>,
    bills: Option<usize>,
    /// The year whose figures every line used, when it is not the year asked (an estimate).
    lines_from: Option<String>,
}

impl Expect {
    fn is_empty(&self) -> bool {
        self.total_cents.is_none()
            && self.not_computed.is_none()
            && self.figures_status.is_none()
            && self.study_grant_possible.is_none()
            && self.surcharge_max_cents.is_none()
            && self.surcharge_not_computed.is_none()
            && self.other_costs_cents.is_none()
            && self.other_costs_not_computed.is_none()
            && self.grand_total_cents.is_none()
            && self.lines.is_none()
            && self.bills.is_none()
            && self.lines_from.is_none()
    }
}

fn status_name(status: FiguresStatus) -> &'static str {
    match status {
        FiguresStatus::Confirmed => "confirmed",
        FiguresStatus::Estimated => "estimated",
        FiguresStatus::Unavailable => "unavailable",
    }
}

fn expect_eq(failures: &mut Vec<String>, what: &str, actual: String, expected: String) {
    if actual != expected {
        failures.push(format!("{what}: expected {expected}, got {actual}"));
    }
}

fn check(case: &Case) -> Result<(), String> {
    let json = serde_json::to_string(&case.scenario).map_err(|e| e.to_string())?;
    let outcome = evaluate_json(&json, Language::Dutch).map_err(|e| format!("scenario refused: {e}"))?;
    let fee = outcome.fee.as_ref().ok_or("no fee in the outcome")?;
    let mut failures = Vec::new();
    let e = &case.expect;
    if let Some(total) = e.total_cents {
        expect_eq(
            &mut failures,
            "total_cents",
            format!("{:?}", fee.total_cents.map(|c| c.0)),
            format!("{:?}", Some(total)),
        );
    }
    if e.not_computed == Some(true) {
        expect_eq(&mut failures, "total_cents", format!("{:?}", fee.total_cents), "None".into());
        if fee.missing.is_empty() {
            failures.push("not computed but no missing figure named".into());
        }
    }
    if let Some(status) = &e.figures_status {
        expect_eq(&mut failures, "figures_status", status_name(outcome.figures_status).into(), status.clone());
    }
    if let Some(possible) = e.study_grant_possible {
        expect_eq(
            &mut failures,
            "study_grant_possible",
            outcome.study_grant_possible.to_string(),
            possible.to_string(),
        );
    }
    if let Some(max) = e.surcharge_max_cents {
        expect_eq(
            &mut failures,
            "surcharge",
            format!("{:?}", fee.learning_credit_surcharge_max_cents.map(|c| c.0)),
            format!("{:?}", Some(max)),
        );
    }
    if e.surcharge_not_computed == Some(true) {
        expect_eq(&mut failures, "surcharge", format!("{:?}", fee.learning_credit_surcharge_max_cents), "None".into());
    }
    if let Some(other) = e.other_costs_cents {
        expect_eq(
            &mut failures,
            "other_costs_cents",
            format!("{:?}", fee.other_costs_cents.map(|c| c.0)),
            format!("{:?}", Some(other)),
        );
    }
    if e.other_costs_not_computed == Some(true) {
        expect_eq(&mut failures, "other_costs_cents", format!("{:?}", fee.other_costs_cents), "None".into());
    }
    if let Some(grand) = e.grand_total_cents {
        expect_eq(
            &mut failures,
            "grand_total_cents",
            format!("{:?}", fee.grand_total_cents.map(|c| c.0)),
            format!("{:?}", Some(grand)),
        );
    }
    if let Some(lines) = e.lines {
        expect_eq(&mut failures, "number of lines", fee.lines.len().to_string(), lines.to_string());
    }
    if let Some(bills) = e.bills {
        expect_eq(&mut failures, "number of bills", fee.bills.len().to_string(), bills.to_string());
    }
    // Whatever the case: the lines add up to the statutory total, and each line explains itself.
    if let Some(total) = fee.total_cents {
        let statutory: i64 = fee.lines.iter().filter(|l| fee.bills[l.bill].statutory).map(|l| l.amount_cents.0).sum();
        expect_eq(&mut failures, "sum of statutory lines", statutory.to_string(), total.0.to_string());
    }
    // A line cites the year asked, or (an estimate) an earlier year, marked as standing in for it.
    let asked = outcome.academic_year.to_string();
    for line in &fee.lines {
        if line.text.words(outcome.language).is_empty() {
            failures.push("a line without explanation".into());
        }
        if let Some(parameter) = &line.parameter {
            let expected_period = e.lines_from.as_deref().unwrap_or(&asked);
            let estimate_marked = match parameter.estimated_for.as_deref() {
                None => parameter.status != Status::Estimated,
                Some(year) => year == asked && parameter.status == Status::Estimated,
            };
            if parameter.source.is_empty() || parameter.period != expected_period || !estimate_marked {
                failures.push(format!(
                    "line {:?} lacks a source, uses {} instead of {expected_period}, or hides an estimate",
                    line.text, parameter.period
                ));
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

#[test]
fn every_case_file_matches_the_official_tables() {
    let mut ran = 0;
    let mut failures = Vec::new();
    for (path, file) in common::case_files::<CaseFile>("fee") {
        for case in &file.case {
            assert!(!case.source.trim().is_empty(), "{}: case without source", case.name);
            assert!(!case.expect.is_empty(), "{}: a case must expect something", case.name);
            ran += 1;
            if let Err(why) = check(case) {
                failures.push(format!("{} — {}\n    {why}", path.display(), case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(ran >= 70, "only {ran} cases ran");
}
