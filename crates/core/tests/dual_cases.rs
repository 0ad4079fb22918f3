//! Runs every dual-learning case in the case file against the engine. The expected
//! figures come from the home-care webinar's comparison table, the official table of 1 May 2024 and
//! the premium rules (each case names its source); nothing here is computed by the code
//! under test. Whatever the case, every agreement must also explain itself.

mod common;

use serde::Deserialize;
use std::collections::BTreeMap;
use studierekenaar_core::dual::{Agreement, AgreementKind, DualOutcome, Verdict};
use studierekenaar_core::params::Status;
use studierekenaar_core::render::Words;
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate_json, EvaluateError, FiguresStatus};

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
    /// For a refused scenario: the field named, and words of the message.
    error_field: Option<String>,
    error_contains: Option<String>,
    reference_date: Option<String>,
    figures_status: Option<String>,
    /// Ids of the figures reported missing (exactly these).
    missing: Option<Vec<String>>,
    notes_contain: Option<Vec<String>>,
    reading_contains: Option<Vec<String>>,
    /// The agreement possible that pays the most / costs the employer the least (`odos`), or "none".
    pays_most: Option<String>,
    costs_least: Option<String>,
    oao: Option<AgreementExpect>,
    odos: Option<AgreementExpect>,
    odo: Option<AgreementExpect>,
    odow: Option<AgreementExpect>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AgreementExpect {
    open: Option<bool>,
    monthly_cents: Option<i64>,
    yearly_cents: Option<i64>,
    /// The allowance is not computed (figure missing, wage not entered, not existing yet).
    not_computed: Option<bool>,
    social_security: Option<bool>,
    bracket: Option<u8>,
    /// The three OAO brackets' monthly amounts on the reference date.
    brackets_cents: Option<Vec<i64>>,
    /// Status and period of the allowance figure used.
    status: Option<String>,
    period: Option<String>,
    /// Each must be part of the text of a condition that is not met.
    failed: Option<Vec<String>>,
    premium_cents: Option<BTreeMap<String, i64>>,
    premium_verdicts: Option<BTreeMap<String, String>>,
    employer_premiums_cents: Option<i64>,
    learner_premiums_cents: Option<i64>,
    /// Possible for the inputs: "yes", "no" or "maybe"; the reason and the next step contain these words.
    verdict: Option<String>,
    reason_contains: Option<String>,
    next_step_contains: Option<String>,
    /// The employer's net cost in the school year (allowances minus the employer's premiums).
    employer_cost_cents: Option<i64>,
    /// The words of the employer's cost lines, in order.
    employer_cost_lines: Option<Vec<String>>,
}

fn status_name(status: FiguresStatus) -> &'static str {
    match status {
        FiguresStatus::Confirmed => "confirmed",
        FiguresStatus::Estimated => "estimated",
        FiguresStatus::Unavailable => "unavailable",
    }
}

fn param_status_name(status: Status) -> &'static str {
    match status {
        Status::Confirmed => "confirmed",
        Status::Secondary => "secondary",
        Status::Inferred => "inferred",
        Status::Unavailable => "unavailable",
        Status::Estimated => "estimated",
    }
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn expect_eq(failures: &mut Vec<String>, what: &str, actual: String, expected: String) {
    if actual != expected {
        failures.push(format!("{what}: expected {expected}, got {actual}"));
    }
}

fn check_agreement(failures: &mut Vec<String>, agreement: &Agreement, e: &AgreementExpect) {
    let at = |what: &str| format!("{}.{what}", agreement.short);
    if let Some(open) = e.open {
        expect_eq(failures, &at("open"), agreement.open.to_string(), open.to_string());
    }
    if let Some(monthly) = e.monthly_cents {
        expect_eq(
            failures,
            &at("monthly"),
            format!("{:?}", agreement.monthly_allowance_cents.map(|c| c.0)),
            format!("{:?}", Some(monthly)),
        );
    }
    if let Some(yearly) = e.yearly_cents {
        expect_eq(
            failures,
            &at("yearly"),
            format!("{:?}", agreement.yearly_allowance_cents.map(|c| c.0)),
            format!("{:?}", Some(yearly)),
        );
    }
    if let Some(not_computed) = e.not_computed {
        expect_eq(
            failures,
            &at("not computed"),
            (agreement.monthly_allowance_cents.is_none() && agreement.not_computed.is_some()).to_string(),
            not_computed.to_string(),
        );
    }
    if let Some(social_security) = e.social_security {
        expect_eq(failures, &at("social_security"), agreement.social_security.to_string(), social_security.to_string());
    }
    if let Some(bracket) = e.bracket {
        let applying: Vec<u8> = agreement.brackets.iter().filter(|b| b.applies).map(|b| b.number).collect();
        expect_eq(failures, &at("bracket"), format!("{applying:?}"), format!("{:?}", [bracket]));
    }
    if let Some(brackets) = &e.brackets_cents {
        let actual: Vec<i64> = agreement.brackets.iter().filter_map(|b| b.monthly_cents.map(|c| c.0)).collect();
        expect_eq(failures, &at("brackets"), format!("{actual:?}"), format!("{brackets:?}"));
    }
    let allowance_parameter = agreement.lines.iter().find_map(|l| l.parameter.as_ref());
    if let Some(status) = &e.status {
        expect_eq(
            failures,
            &at("allowance status"),
            allowance_parameter.map(|p| param_status_name(p.status)).unwrap_or("(none)").to_owned(),
            status.clone(),
        );
    }
    if let Some(period) = &e.period {
        expect_eq(
            failures,
            &at("allowance period"),
            allowance_parameter.map(|p| p.period.clone()).unwrap_or_default(),
            period.clone(),
        );
    }
    for words in e.failed.iter().flatten() {
        if !agreement.conditions.iter().any(|c| !c.met && c.text.words(Language::Dutch).contains(words.as_str())) {
            let texts: Vec<String> = agreement
                .conditions
                .iter()
                .map(|c| format!("[{}] {}", if c.met { "ok" } else { "x" }, c.text.words(Language::Dutch)))
                .collect();
            failures.push(format!("{}: no failed condition with {words:?}: {texts:?}", at("conditions")));
        }
    }
    for (kind, cents) in e.premium_cents.iter().flatten() {
        let premium = agreement.premiums.iter().find(|p| json_name(&p.kind) == *kind);
        expect_eq(
            failures,
            &at(&format!("premium {kind}")),
            format!("{:?}", premium.and_then(|p| p.amount_cents).map(|c| c.0)),
            format!("{:?}", Some(cents)),
        );
    }
    for (kind, verdict) in e.premium_verdicts.iter().flatten() {
        let premium = agreement.premiums.iter().find(|p| json_name(&p.kind) == *kind);
        expect_eq(
            failures,
            &at(&format!("premium {kind} verdict")),
            premium.map(|p| json_name(&p.verdict)).unwrap_or_else(|| "(absent)".into()),
            verdict.clone(),
        );
    }
    if let Some(total) = e.employer_premiums_cents {
        expect_eq(
            failures,
            &at("employer premiums"),
            format!("{:?}", agreement.employer_premiums_cents.map(|c| c.0)),
            format!("{:?}", Some(total)),
        );
    }
    if let Some(verdict) = &e.verdict {
        expect_eq(failures, &at("verdict"), json_name(&agreement.verdict.answer), verdict.clone());
    }
    if let Some(words) = &e.reason_contains {
        let reason = agreement.verdict.reason.words(Language::Dutch);
        if !reason.contains(words.as_str()) {
            failures.push(format!("{}: {reason:?} lacks {words:?}", at("reason")));
        }
    }
    if let Some(words) = &e.next_step_contains {
        let next = agreement.verdict.next_step.words(Language::Dutch);
        if !next.contains(words.as_str()) {
            failures.push(format!("{}: {next:?} lacks {words:?}", at("next step")));
        }
    }
    if let Some(net) = e.employer_cost_cents {
        expect_eq(
            failures,
            &at("employer cost"),
            format!("{:?}", agreement.employer_cost.as_ref().map(|c| c.net_cents.0)),
            format!("{:?}", Some(net)),
        );
    }
    if let Some(lines) = &e.employer_cost_lines {
        let actual: Vec<String> = agreement
            .employer_cost
            .iter()
            .flat_map(|c| &c.lines)
            .map(|l| {
                let amount = l.amount_cents.map(|c| Language::Dutch.money(c)).unwrap_or_default();
                format!("{} {amount}", l.text.words(Language::Dutch))
            })
            .collect();
        expect_eq(failures, &at("employer cost lines"), format!("{actual:?}"), format!("{lines:?}"));
    }
    if let Some(total) = e.learner_premiums_cents {
        expect_eq(
            failures,
            &at("learner premiums"),
            format!("{:?}", agreement.learner_premiums_cents.map(|c| c.0)),
            format!("{:?}", Some(total)),
        );
    }
}

/// Whatever the case: four agreements in order, every amount explained and sourced.
fn check_invariants(failures: &mut Vec<String>, dual: &DualOutcome) {
    let kinds: Vec<AgreementKind> = dual.agreements.iter().map(|a| a.kind).collect();
    expect_eq(failures, "agreements", format!("{kinds:?}"), format!("{:?}", AgreementKind::ALL));
    for agreement in &dual.agreements {
        let computed = agreement.monthly_allowance_cents.is_some();
        if computed != agreement.yearly_allowance_cents.is_some() || computed == agreement.not_computed.is_some() {
            failures.push(format!("{}: amounts and not_computed disagree", agreement.short));
        }
        if computed && agreement.lines.is_empty() {
            failures.push(format!("{}: an amount without explanation", agreement.short));
        }
        if agreement.open != agreement.conditions.iter().all(|c| c.met) {
            failures.push(format!("{}: open disagrees with its conditions", agreement.short));
        }
        if agreement.verdict.possible() != agreement.open {
            failures.push(format!("{}: the verdict disagrees with its conditions", agreement.short));
        }
        let parameters = agreement
            .lines
            .iter()
            .filter_map(|l| l.parameter.as_ref())
            .chain(agreement.conditions.iter().filter_map(|c| c.parameter.as_ref()))
            .chain(agreement.premiums.iter().flat_map(|p| p.lines.iter().filter_map(|l| l.parameter.as_ref())));
        for parameter in parameters {
            if !parameter.source.starts_with("https://") || parameter.status == Status::Unavailable {
                failures.push(format!("{}: {} lacks a source or a status", agreement.short, parameter.id));
            }
        }
        for premium in &agreement.premiums {
            if (premium.verdict == Verdict::Applies) != premium.amount_cents.is_some() {
                failures.push(format!("{}: premium {:?} verdict and amount disagree", agreement.short, premium.kind));
            }
            if (premium.verdict == Verdict::NotComputed) == premium.missing.is_empty() {
                failures.push(format!(
                    "{}: premium {:?} not computed without a missing figure",
                    agreement.short, premium.kind
                ));
            }
            if premium.verdict == Verdict::NotEligible && premium.conditions.iter().all(|c| c.met) {
                failures.push(format!(
                    "{}: premium {:?} refused without a failed condition",
                    agreement.short, premium.kind
                ));
            }
            if premium.lines.iter().any(|l| l.text.words(Language::Dutch).is_empty())
                || premium.text.words(Language::Dutch).is_empty()
            {
                failures.push(format!("{}: premium {:?} without explanation", agreement.short, premium.kind));
            }
        }
        if agreement.facts.len() != 6 || agreement.facts.iter().any(|f| !f.source.starts_with("https://")) {
            failures.push(format!("{}: the rules in words lack a topic or a source", agreement.short));
        }
    }
    let any_missing = !dual.missing.is_empty();
    if any_missing != (dual.figures_status == FiguresStatus::Unavailable) {
        failures.push(format!("figures_status {:?} but missing {:?}", dual.figures_status, dual.missing));
    }
}

fn check(case: &Case) -> Result<(), String> {
    let json = serde_json::to_string(&case.scenario).map_err(|e| e.to_string())?;
    let e = &case.expect;
    let mut failures = Vec::new();
    let outcome = match (evaluate_json(&json, Language::Dutch), &e.error_field) {
        (Err(EvaluateError::Input(error)), Some(field)) => {
            let problem = error.problems.iter().find(|p| &p.field == field);
            match problem {
                None => return Err(format!("expected a problem on {field}, got {error}")),
                Some(problem) => {
                    if let Some(words) = &e.error_contains {
                        if !problem.message.contains(words.as_str()) {
                            return Err(format!("message {:?} lacks {words:?}", problem.message));
                        }
                    }
                    return Ok(());
                }
            }
        }
        (Err(error), _) => return Err(format!("scenario refused: {error}")),
        (Ok(_), Some(field)) => return Err(format!("accepted, but expected a problem on {field}")),
        (Ok(outcome), None) => outcome,
    };
    let dual = outcome.dual.as_ref().ok_or("no dual part in the outcome")?;
    if let Some(date) = &e.reference_date {
        expect_eq(&mut failures, "reference_date", dual.reference_date.clone(), date.clone());
    }
    if let Some(status) = &e.figures_status {
        expect_eq(&mut failures, "figures_status", status_name(dual.figures_status).into(), status.clone());
    }
    if let Some(kind) = &e.pays_most {
        let actual = dual.pays_most.map(|k| json_name(&k)).unwrap_or_else(|| "none".into());
        expect_eq(&mut failures, "pays_most", actual, kind.clone());
    }
    if let Some(kind) = &e.costs_least {
        let actual = dual.costs_least.map(|k| json_name(&k)).unwrap_or_else(|| "none".into());
        expect_eq(&mut failures, "costs_least", actual, kind.clone());
    }
    if let Some(missing) = &e.missing {
        let mut actual: Vec<&str> = dual.missing.iter().map(|m| m.id).collect();
        actual.sort_unstable();
        let mut expected: Vec<&str> = missing.iter().map(String::as_str).collect();
        expected.sort_unstable();
        expect_eq(&mut failures, "missing", format!("{actual:?}"), format!("{expected:?}"));
    }
    for words in e.notes_contain.iter().flatten() {
        let notes: Vec<String> = dual.notes.iter().map(|n| n.words(Language::Dutch)).collect();
        if !notes.iter().any(|n| n.contains(words.as_str())) {
            failures.push(format!("no note with {words:?}: {notes:?}"));
        }
    }
    for words in e.reading_contains.iter().flatten() {
        let reading: Vec<String> = dual.reading.iter().map(|n| n.words(Language::Dutch)).collect();
        if !reading.iter().any(|n| n.contains(words.as_str())) {
            failures.push(format!("no reading with {words:?}: {reading:?}"));
        }
    }
    for (kind, expected) in [
        (AgreementKind::Oao, &e.oao),
        (AgreementKind::Odos, &e.odos),
        (AgreementKind::Odo, &e.odo),
        (AgreementKind::Odow, &e.odow),
    ] {
        if let Some(expected) = expected {
            match dual.agreements.iter().find(|a| a.kind == kind) {
                Some(agreement) => check_agreement(&mut failures, agreement, expected),
                None => failures.push(format!("{kind:?} missing from the outcome")),
            }
        }
    }
    check_invariants(&mut failures, dual);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

#[test]
fn every_dual_case_matches_its_source() {
    let mut ran = 0;
    let mut failures = Vec::new();
    for (path, file) in common::case_files::<CaseFile>("dual") {
        for case in &file.case {
            assert!(!case.source.trim().is_empty(), "{}: case without source", case.name);
            ran += 1;
            if let Err(why) = check(case) {
                failures.push(format!("{} — {}\n    {why}", path.display(), case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(ran >= 40, "only {ran} cases ran");
}
