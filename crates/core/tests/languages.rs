//! Every scenario of every case file, evaluated in Dutch, French and English: the
//! figures are the same in each language, and no sentence of a French or English
//! outcome is still the Dutch one.

mod common;

use serde::Deserialize;
use serde_json::Value;
use studierekenaar_core::{evaluate_json, render, Language};

#[derive(Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    scenario: toml::Value,
}

/// Fields that hold identifiers, sources, quotes or the person's own words, never our sentences.
const NOT_TRANSLATED: &[&str] = &["id", "source", "quote", "institution", "field", "academic_year", "language"];

/// Walks two outcomes side by side and reports where they differ in structure or numbers,
/// and where a sentence in `other` is still the Dutch sentence.
fn compare(path: &str, dutch: &Value, other: &Value, problems: &mut Vec<String>) {
    match (dutch, other) {
        (Value::Object(a), Value::Object(b)) => {
            if a.keys().ne(b.keys()) {
                problems.push(format!("{path}: different fields"));
            }
            for (key, value) in a {
                if let Some(translated) = b.get(key) {
                    if NOT_TRANSLATED.contains(&key.as_str()) {
                        if key != "language" && value != translated {
                            problems.push(format!("{path}.{key}: {value} became {translated}"));
                        }
                    } else {
                        compare(&format!("{path}.{key}"), value, translated, problems);
                    }
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items became {}", a.len(), b.len()));
            }
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}.{index}"), x, y, problems);
            }
        }
        (Value::String(a), Value::String(b)) if a == b && is_sentence(a) => {
            problems.push(format!("{path}: still Dutch: {a}"));
        }
        // Sentences are expected to differ.
        (Value::String(_), Value::String(_)) => {}
        (a, b) if a != b => problems.push(format!("{path}: {a} became {b}")),
        _ => {}
    }
}

/// Words, not just an amount, an acronym or an enum value like `one_fifth` or `confirmed`.
fn is_sentence(text: &str) -> bool {
    text.contains(' ')
        && text
            .split(|c: char| !c.is_alphabetic())
            .any(|word| word.chars().count() >= 4 && word.chars().all(char::is_lowercase))
}

fn check_section(section: &str) {
    let mut problems = Vec::new();
    let mut evaluated = 0;
    for (path, file) in common::case_files::<CaseFile>(section) {
        for case in file.case {
            let json = serde_json::to_string(&case.scenario).expect("a TOML scenario is JSON");
            let Ok(dutch) = evaluate_json(&json, Language::Dutch) else { continue };
            let dutch = render::in_words(Language::Dutch, || serde_json::to_value(&dutch)).expect("outcome");
            for language in [Language::French, Language::English] {
                let other = evaluate_json(&json, language).expect("valid in Dutch, valid in every language");
                assert_eq!(other.language, language);
                let other = render::in_words(language, || serde_json::to_value(&other)).expect("outcome");
                let before = problems.len();
                compare("", &dutch, &other, &mut problems);
                for problem in &mut problems[before..] {
                    *problem = format!("{} “{}” in {language}: {problem}", path.display(), case.name);
                }
            }
            evaluated += 1;
        }
    }
    assert!(evaluated > 10, "{section}: only {evaluated} scenarios evaluated");
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn fee_outcomes_are_translated_and_keep_their_figures() {
    check_section("fee");
}

#[test]
fn leave_outcomes_are_translated_and_keep_their_figures() {
    check_section("leave");
}

#[test]
fn dual_outcomes_are_translated_and_keep_their_figures() {
    check_section("dual");
}

#[test]
fn an_invalid_scenario_is_explained_in_the_language_asked() {
    let json = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 500}]}"#;
    let message = |language| match evaluate_json(json, language) {
        Err(studierekenaar_core::EvaluateError::Input(error)) => error.problems[0].message.clone(),
        other => panic!("500 study points must be refused, got {other:?}"),
    };
    let (dutch, french, english) = (message(Language::Dutch), message(Language::French), message(Language::English));
    assert!(dutch.contains("500 studiepunten"), "{dutch}");
    assert!(french.contains("500 crédits"), "{french}");
    assert!(english.contains("500 credits"), "{english}");
}

#[test]
fn invalid_leave_and_dual_choices_are_explained_in_the_language_asked() {
    let base = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 30}], SECTION}"#;
    let message = |section: &str, language| match evaluate_json(&base.replace("SECTION", section), language) {
        Err(studierekenaar_core::EvaluateError::Input(error)) => error.problems[0].message.clone(),
        other => panic!("{section} must be refused, got {other:?}"),
    };
    let choice = r#""dual": {"education": "university"}"#;
    assert!(message(choice, Language::Dutch).contains("is geen toegestane waarde"));
    assert!(message(choice, Language::English).starts_with("\"university\" is not an allowed value"));
    assert!(message(choice, Language::French).contains("n’est pas une valeur autorisée"));
    let hours = r#""leave": {"weekly_hours": 38.555}"#;
    assert_eq!(message(hours, Language::Dutch), "38.555 uur: geef hoogstens twee decimalen");
    assert_eq!(message(hours, Language::English), "38.555 hours: give at most two decimals");
}
