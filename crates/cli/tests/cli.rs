//! The command-line contract scripts rely on: JSON in, JSON out, exit code 2 with a
//! readable `error` object for invalid input.

use std::io::Write;
use std::process::{Command, Stdio};

const EXAMPLE: &str = r#"{"academic_year": "2024-2025",
 "student": {"status": "non_grant", "learning_credit": 140},
 "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 60}]}"#;

fn run(args: &[&str], stdin: &str) -> (i32, serde_json::Value) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_studierekenaar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let output = child.wait_with_output().expect("binary ends");
    let json = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    (output.status.code().unwrap_or(-1), json)
}

#[test]
fn the_documented_example_costs_1116_euro_and_explains_it() {
    let (code, outcome) = run(&["evaluate"], EXAMPLE);
    assert_eq!(code, 0);
    assert_eq!(outcome["fee"]["total_cents"], 111600);
    assert_eq!(outcome["figures_status"], "confirmed");
    assert_eq!(outcome["study_grant_possible"], true);
    assert_eq!(outcome["fee"]["learning_credit_surcharge_max_cents"], 0);
    let lines = outcome["fee"]["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["amount_cents"], 28800);
    assert_eq!(lines[0]["parameter"]["display"], "€ 288,00");
    assert_eq!(lines[0]["parameter"]["period"], "2024-2025");
    assert_eq!(lines[0]["parameter"]["source"], "https://www.ucll.be/en/tuitionfees");
    assert_eq!(lines[1]["credits"], 60);
    assert_eq!(lines[1]["amount_cents"], 82800);
    assert_eq!(lines[1]["parameter"]["display"], "€ 13,80 per studiepunt");
    assert!(lines[1]["text"].as_str().expect("text").starts_with("60 studiepunten op diplomacontract × € 13,80"));
}

#[test]
fn a_file_argument_works_like_stdin() {
    let path = std::env::temp_dir().join(format!("studierekenaar-cli-{}.json", std::process::id()));
    std::fs::write(&path, EXAMPLE).expect("write temp file");
    let (code, outcome) = run(&["evaluate", path.to_str().expect("utf-8 path")], "");
    std::fs::remove_file(&path).ok();
    assert_eq!(code, 0);
    assert_eq!(outcome["fee"]["total_cents"], 111600);
}

#[test]
fn malformed_scenarios_exit_2_with_a_clear_error() {
    let cases = [
        (EXAMPLE.replace("\"credits\": 60", "\"credits\": -3"), "enrolments[0].credits", "van 1 tot 180"),
        (
            EXAMPLE.replace("\"credits\": 60", "\"credits\": 10000"),
            "enrolments[0].credits",
            "10000 studiepunten kan niet",
        ),
        (
            EXAMPLE.replace("\"diploma\"", "\"lidmaatschap\""),
            "enrolments[0].contract",
            "\"diploma\", \"credit\" of \"exam\"",
        ),
        (EXAMPLE.replace("\"academic_year\": \"2024-2025\",", ""), "(scenario)", "\"academic_year\" ontbreekt"),
        ("not json".to_owned(), "(scenario)", "geen geldige JSON"),
    ];
    for (input, field, message) in cases {
        let (code, output) = run(&["evaluate"], &input);
        assert_eq!(code, 2, "{input}");
        assert_eq!(output["error"]["code"], "invalid_scenario");
        assert_eq!(output["error"]["field"], field, "{output}");
        let text = output["error"]["message"].as_str().expect("message");
        assert!(text.contains(message), "{text:?} lacks {message:?}");
    }
}

#[test]
fn the_unpublished_year_is_reported_as_unavailable() {
    let (code, outcome) = run(&["evaluate"], &EXAMPLE.replace("2024-2025", "2025-2026"));
    assert_eq!(code, 0);
    assert_eq!(outcome["figures_status"], "unavailable");
    assert!(outcome["fee"]["total_cents"].is_null());
    assert_eq!(outcome["fee"]["nearest_published"][0]["academic_year"], "2024-2025");
    assert_eq!(outcome["fee"]["nearest_published"][0]["total_cents"], 111600);
}
