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
use studierekenaar_core::render::Words;
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
    let value = serde_json::to_value(leave).map_err(|e| e.to_string())?;
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
                failures.push(format!("{}: share {share:?} out of order", row.label));
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
    assert!(leave.problems[0].message.contains("hoogstens 100 uur"), "{}", leave.problems[0].message);
    assert!(leave.problems[0].message.contains("Vul 0 tot 100 in"), "{}", leave.problems[0].message);
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

// ------------------------------------------------------------------------------------
// The same outcomes in French and English: the official examples, translated.
// ------------------------------------------------------------------------------------

fn leave_in(leave: &str, credits: i64, language: Language) -> studierekenaar_core::leave::LeaveOutcome {
    let json = BASE.replace("LEAVE", leave).replace("\"credits\": 30", &format!("\"credits\": {credits}"));
    match evaluate_json(&json, language) {
        Ok(outcome) => outcome.leave.expect("a leave section"),
        Err(error) => panic!("{json} refused: {error}"),
    }
}

fn texts(lines: &[studierekenaar_core::leave::Line]) -> Vec<&str> {
    lines.iter().map(|line| line.text.as_str()).collect()
}

#[test]
fn the_ucll_example_in_english_and_french() {
    // ucll.be: 80 % × 125 = 100 hours of VOV; 30 study points × 4 = 120 hours become 100.
    let english = leave_in(r#"{"employment_percent": 80}"#, 30, Language::English);
    assert_eq!(english.vov.hours, Some(studierekenaar_core::leave::Hours::whole(100)));
    let lines = texts(&english.vov.lines);
    assert!(
        lines.contains(&"Enrolment 1 (A): 30 credits on a diploma contract × 4 hours per credit = 120 hours"),
        "{lines:?}"
    );
    assert!(lines.contains(&"Personal maximum: 125 hours × 80% employment = 100 hours per school year"), "{lines:?}");
    assert_eq!(
        english.vov.text,
        "In 2024-2025 you can take 100 hours of Flemish training leave (Vlaams opleidingsverlof, VOV): 120 hours for your programme, within your personal maximum of 100 hours."
    );
    assert!(english
        .vov
        .conditions
        .iter()
        .any(|c| c.text.words(Language::English) == "Employment of at least 50% in 2024-2025: you work 80%"));

    let french = leave_in(r#"{"employment_percent": 80}"#, 30, Language::French);
    let lines = texts(&french.vov.lines);
    assert!(
        lines.contains(&"Maximum personnel\u{a0}: 125 heures × 80 % d’occupation = 100 heures par année scolaire"),
        "{lines:?}"
    );
    assert_eq!(
        french.vov.text,
        "En 2024-2025, vous pouvez prendre 100 heures de congé-éducation flamand (Vlaams opleidingsverlof, VOV)\u{a0}: 120 heures pour votre formation, dans les limites de votre maximum personnel de 100 heures."
    );
    assert_eq!(english.vov.hours, french.vov.hours);
}

#[test]
fn shortfalls_say_what_is_missing_in_english_and_french() {
    let english = leave_in(r#"{"employment_percent": 49}"#, 30, Language::English);
    let shortfalls: Vec<&str> = english.shortfalls.iter().map(|s| s.text.as_str()).collect();
    assert!(
        shortfalls.contains(
            &"With 1 percentage point more employment (50% instead of 49%) you qualify for Flemish training leave (Vlaams opleidingsverlof, VOV) in 2024-2025."
        ),
        "{shortfalls:?}"
    );
    assert!(english
        .vov
        .text
        .starts_with("No Flemish training leave (Vlaams opleidingsverlof, VOV) in 2024-2025. Not met: "));

    let english = leave_in("{}", 24, Language::English);
    let shortfalls: Vec<&str> = english.shortfalls.iter().map(|s| s.text.as_str()).collect();
    assert!(
        shortfalls.contains(
            &"With 3 credits more on a diploma or credit contract (27 instead of 24) you qualify for time credit for training (tijdskrediet) in 2024-2025."
        ),
        "{shortfalls:?}"
    );
    let french = leave_in("{}", 24, Language::French);
    let shortfalls: Vec<&str> = french.shortfalls.iter().map(|s| s.text.as_str()).collect();
    assert!(
        shortfalls.contains(
            &"Avec 3 crédits de plus en contrat de diplôme ou de crédits (27 au lieu de 24), vous avez droit en 2024-2025 au crédit-temps avec motif formation (tijdskrediet)."
        ),
        "{shortfalls:?}"
    );
}

#[test]
fn coverage_and_money_in_english_and_french() {
    // 120 hours of VOV + 52 × 7.6 = 395.2 hours of 1/5 time credit, of 750 to 900 hours.
    let english = leave_in(r#"{"interruption": "one_fifth"}"#, 30, Language::English);
    assert_eq!(
        english.coverage.summary,
        "Your programme takes 750 to 900 hours of study. Leave and interruption cover 515.2 hours of it (57 to 68%). That leaves 4.52 to 7.4 hours a week to study alongside your work."
    );
    assert_eq!(
        english.coverage.rows[0].label,
        "Your plan: Flemish training leave (Vlaams opleidingsverlof) and 1/5 time credit"
    );
    assert!(english.time_credit.text.starts_with(
        "With 1/5 time credit for training (tijdskrediet) you work 7.6 hours a week less: 395.2 hours over 52 weeks."
    ));
    let lines = texts(&english.study_load.lines);
    assert!(lines.contains(&"30 credits × 25 hours per credit = 750 hours (low estimate)"), "{lines:?}");

    // € 175,03 VOK + € 250 allowance − € 600 wage (7.6 of 38 hours of € 3.000) = − € 174,97.
    let money =
        r#"{"interruption": "one_fifth", "monthly_gross_wage_cents": 300000, "interruption_allowance_cents": 25000}"#;
    let english = leave_in(money, 30, Language::English);
    assert!(
        english.money_per_month.text.starts_with("With 1/5 time credit you have €174.97 gross less a month than now"),
        "{}",
        english.money_per_month.text
    );
    assert!(
        english.vok.text.contains("a Flemish training-credit premium (Vlaams opleidingskrediet, VOK) of €175.03 gross"),
        "{}",
        english.vok.text
    );
    let french = leave_in(money, 30, Language::French);
    assert!(
        french
            .money_per_month
            .text
            .starts_with("Avec un crédit-temps à 1/5, vous avez par mois € 174,97 brut de moins"),
        "{}",
        french.money_per_month.text
    );
    let lines = texts(&french.money_per_month.lines);
    assert!(
        lines.contains(
            &"Salaire que vous ne recevez plus\u{a0}: 7,6 heures sur vos 38 heures par semaine, sur € 3.000,00 brut"
        ),
        "{lines:?}"
    );
}

#[test]
fn field_errors_in_the_language_asked() {
    let message = |leave: &str, language| match evaluate_json(&BASE.replace("LEAVE", leave), language) {
        Err(studierekenaar_core::EvaluateError::Input(error)) => error.problems[0].message.clone(),
        other => panic!("{leave} must be refused, got {other:?}"),
    };
    assert_eq!(
        message(r#"{"employment_percent": 101}"#, Language::English),
        "101% cannot be an employment percentage: enter a whole number from 1 to 100 (full-time is 100)"
    );
    assert_eq!(
        message(r#"{"weekly_hours": 0}"#, Language::French),
        "0 heure par semaine, ce n’est pas possible\u{a0}: indiquez les heures par semaine de votre contrat de travail, plus de 0 et au plus 60"
    );
    let outcome = evaluate_json(
        &BASE.replace("LEAVE", r#"{"employment_percent": 80, "vov_hours_planned": 150}"#),
        Language::English,
    )
    .expect("the year's maximum is checked in the outcome");
    let problem = &outcome.leave.expect("leave").problems[0];
    assert_eq!(problem.field, "leave.vov_hours_planned");
    assert!(
        problem.message.starts_with(
            "150 hours is not possible: in 2024-2025 you can take at most 100 hours of Flemish training leave"
        ),
        "{}",
        problem.message
    );
    assert!(problem.message.contains("Enter 0 to 100"), "{}", problem.message);
}

#[test]
fn scheme_names_carry_the_dutch_legal_name() {
    use studierekenaar_core::leave::Scheme;
    assert_eq!(Scheme::Vov.name(Language::Dutch), "Vlaams opleidingsverlof (VOV)");
    assert_eq!(Scheme::Vov.name(Language::English), "Flemish training leave (Vlaams opleidingsverlof, VOV)");
    assert_eq!(Scheme::Vov.name(Language::French), "congé-éducation flamand (Vlaams opleidingsverlof, VOV)");
    assert_eq!(Scheme::CareCredit.name(Language::English), "Flemish care credit (Vlaams zorgkrediet)");
    assert_eq!(Scheme::TimeCredit.name(Language::Dutch), "tijdskrediet met motief opleiding");
    for language in [Language::French, Language::English] {
        for scheme in [Scheme::Vov, Scheme::TimeCredit, Scheme::Vok, Scheme::CareCredit] {
            let name = scheme.name(language);
            assert!(
                studierekenaar_core::i18n::split_legal_terms(&name).iter().any(|piece| piece.legal_term),
                "{name} names no Dutch term"
            );
        }
    }
}

/// The VOK notes take what they say from the data: the duration from
/// leave/time_credit_max_months, the day the amounts apply from the amounts used, and the
/// caveat about 2025 from leave/vok_rules_unchanged.
#[test]
fn the_vok_notes_say_what_the_parameters_give() {
    let notes = |year: &str, language| {
        let json = BASE.replace("LEAVE", r#"{"interruption": "one_fifth"}"#).replace("2024-2025", year);
        match evaluate_json(&json, language) {
            Ok(outcome) => outcome.leave.expect("a leave section").vok.notes,
            Err(error) => panic!("{json} refused: {error}"),
        }
    };
    let dutch = notes("2024-2025", Language::Dutch);
    assert_eq!(
        &dutch[..2],
        [
            "De premie loopt zo lang als je tijdskrediet met motief opleiding, dus hoogstens 36 maanden (vlaanderen.be).",
            "Bedragen zoals ze sinds 1 september 2021 gelden (vlaanderen.be); of ze daarna nog geïndexeerd zijn, is niet bevestigd.",
        ]
    );
    assert!(!dutch.iter().any(|n| n.contains("besparingen")), "{dutch:?}");
    let savings = "Of de besparingen van 2025 op de arbeidsmarktpremies de VOK veranderd hebben, is niet bevestigd.";
    for year in ["2025-2026", "2027-2028"] {
        assert!(notes(year, Language::Dutch).iter().any(|n| n == savings), "{year}");
    }
    let english = notes("2025-2026", Language::English);
    assert!(english.iter().any(|n| n
        == "Amounts as they have applied since 1 September 2021 (vlaanderen.be); whether they have been indexed since is not confirmed."));
    assert!(english
        .iter()
        .any(|n| n == "Whether the 2025 savings on labour-market premiums changed the VOK premium is not confirmed."));
    let french = notes("2025-2026", Language::French);
    assert!(french.iter().any(
        |n| n.starts_with("Montants tels qu’ils s’appliquent depuis le 1er septembre 2021 (vlaanderen.be)\u{a0};")
    ));
    assert!(french.iter().any(|n| n.starts_with("On ne sait pas avec certitude si les économies de 2025")));
    // 2020-2021: no VOK amount of then is known; those of 1 September 2021 stand in, and
    // the note dates them so.
    let before = notes("2020-2021", Language::Dutch);
    assert!(before.iter().any(|n| n.contains("hoogstens 36 maanden")), "{before:?}");
    assert!(before.iter().any(|n| n.starts_with("Bedragen zoals ze sinds 1 september 2021 gelden")), "{before:?}");
}
