//! The command-line contract scripts rely on: JSON in, JSON out, exit code 2 with a
//! readable `error` object for invalid input or an unknown language, every sentence in
//! the language asked with `--lang`.

use std::io::Write;
use std::process::{Command, Stdio};

const EXAMPLE: &str = r#"{"academic_year": "2024-2025",
 "student": {"status": "non_grant", "learning_credit": 140},
 "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 60}]}"#;

fn run_text(args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_studierekenaar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    // A run that stops before reading its input (an unknown language) closes the pipe early.
    if let Err(error) = child.stdin.take().expect("stdin").write_all(stdin.as_bytes()) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {error}");
    }
    let output = child.wait_with_output().expect("binary ends");
    (output.status.code().unwrap_or(-1), String::from_utf8(output.stdout).expect("stdout is UTF-8"))
}

fn run(args: &[&str], stdin: &str) -> (i32, serde_json::Value) {
    let (code, stdout) = run_text(args, stdin);
    let json = serde_json::from_str(&stdout).expect("stdout is JSON");
    (code, json)
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

/// KdG's published 2025-2026 table: € 299,00 + 60 × € 14,30.
#[test]
fn the_2025_2026_fee_is_confirmed() {
    let (code, outcome) = run(&["evaluate"], &EXAMPLE.replace("2024-2025", "2025-2026"));
    assert_eq!(code, 0);
    assert_eq!(outcome["fee"]["total_cents"], 115700);
    assert_eq!(outcome["figures_status"], "confirmed");
}

/// 2027-2028 is not published: 2026-2027's figures, marked estimated, each line naming the year used.
#[test]
fn the_next_academic_year_is_estimated_from_the_latest_published() {
    let (code, outcome) = run(&["evaluate"], &EXAMPLE.replace("2024-2025", "2027-2028"));
    assert_eq!(code, 0);
    assert_eq!(outcome["fee"]["total_cents"], 118140);
    assert_eq!(outcome["figures_status"], "estimated");
    assert_eq!(outcome["estimated_from"], serde_json::json!(["2026-2027"]));
    let lines = outcome["fee"]["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 2);
    for line in lines {
        assert_eq!(line["parameter"]["period"], "2026-2027", "{line}");
        assert_eq!(line["parameter"]["status"], "estimated", "{line}");
        assert_eq!(line["parameter"]["estimated_for"], "2027-2028", "{line}");
    }
}

/// The VOV rules of 2025-2026 stand in for 2026-2027: hours, not "not computed".
#[test]
fn the_leave_outcome_for_2026_2027_gives_estimated_vov_hours() {
    let scenario =
        EXAMPLE.replace("2024-2025", "2026-2027").replace("\"credits\": 60}]", "\"credits\": 30}], \"leave\": {}");
    let (code, outcome) = run(&["evaluate"], &scenario);
    assert_eq!(code, 0, "{outcome}");
    assert_eq!(outcome["leave"]["vov"]["hours"], 120);
    assert_eq!(outcome["leave"]["figures_status"], "estimated");
}

#[test]
fn the_documented_example_in_english() {
    let (code, outcome) = run(&["evaluate", "--lang", "en"], EXAMPLE);
    assert_eq!(code, 0);
    assert_eq!(outcome["language"], "en");
    assert_eq!(outcome["fee"]["total_cents"], 111600);
    let lines = outcome["fee"]["lines"].as_array().expect("lines");
    assert_eq!(lines[0]["amount_cents"], 28800);
    assert_eq!(lines[0]["parameter"]["display"], "€288.00");
    assert_eq!(
        lines[0]["text"],
        "Fixed part: once per academic year for all diploma and credit contracts at A together"
    );
    assert_eq!(lines[1]["text"], "60 credits on a diploma contract × €13.80 per credit (standard rate)");
    assert_eq!(
        outcome["fee"]["bills"][0]["title"],
        "A: diploma and credit contracts (diplomacontract, creditcontract) together"
    );
    // The language can also come before the subcommand, and loose tags are understood.
    let (code, british) = run(&["--lang", "en-GB", "evaluate"], EXAMPLE);
    assert_eq!(code, 0);
    assert_eq!(british, outcome);
}

#[test]
fn the_documented_example_in_french() {
    let (code, outcome) = run(&["evaluate", "--lang", "fr"], EXAMPLE);
    assert_eq!(code, 0);
    assert_eq!(outcome["language"], "fr-BE");
    assert_eq!(outcome["fee"]["total_cents"], 111600);
    let lines = outcome["fee"]["lines"].as_array().expect("lines");
    assert_eq!(lines[0]["parameter"]["display"], "288,00\u{a0}€");
    assert_eq!(lines[1]["text"], "60 crédits en contrat de diplôme × 13,80\u{a0}€ par crédit (tarif standard)");
    let (_, default) = run(&["evaluate"], EXAMPLE);
    let (_, dutch) = run(&["evaluate", "--lang", "nl-BE"], EXAMPLE);
    assert_eq!(default, dutch);
    assert_eq!(dutch["language"], "nl-BE");
}

#[test]
fn errors_come_in_the_language_asked() {
    let input = EXAMPLE.replace("\"credits\": 60", "\"credits\": 10000");
    let (code, english) = run(&["evaluate", "--lang", "en"], &input);
    assert_eq!(code, 2);
    assert_eq!(english["error"]["field"], "enrolments[0].credits");
    assert_eq!(
        english["error"]["message"],
        "10000 credits is not possible: give a whole number from 1 to 180 (a full academic year is 60)"
    );
    let (code, french) = run(&["evaluate", "--lang", "fr-BE"], "not json");
    assert_eq!(code, 2);
    assert!(
        french["error"]["message"].as_str().expect("message").starts_with("ce n'est pas du JSON valable"),
        "{french}"
    );
    let missing = std::env::temp_dir().join("studierekenaar-cli-no-such-file.json");
    let (code, unreadable) = run(&["evaluate", "--lang", "en", missing.to_str().expect("utf-8 path")], "");
    assert_eq!(code, 1);
    assert_eq!(unreadable["error"]["code"], "io");
    assert!(unreadable["error"]["message"].as_str().expect("message").starts_with("cannot read "), "{unreadable}");
}

#[test]
fn an_unknown_language_is_refused_with_exit_code_2() {
    for args in [&["evaluate", "--lang", "de"][..], &["params", "--lang", "klingon"], &["--lang", "", "evaluate"]] {
        let (code, output) = run(args, EXAMPLE);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(output["error"]["code"], "invalid_language");
        assert_eq!(output["error"]["field"], "--lang");
        let message = output["error"]["message"].as_str().expect("message");
        assert!(message.starts_with("onbekende taal"), "{message}");
        assert!(message.contains("nl-BE, fr-BE of en"), "{message}");
    }
}

#[test]
fn the_parameter_list_in_each_language() {
    let (code, dutch) = run_text(&["params"], "");
    assert_eq!(code, 0);
    assert!(dutch.lines().any(|l| l.starts_with("fee/standard_per_credit — ")), "{dutch}");
    assert!(dutch.contains("€ 13,80 per studiepunt"));
    assert!(dutch.contains("bevestigd"));
    let (code, english) = run_text(&["params", "--lang", "en"], "");
    assert_eq!(code, 0);
    assert!(english.contains("€13.80 per credit"));
    assert!(english.contains("confirmed"));
    assert!(!english.contains("bevestigd"));
    let (code, french) = run_text(&["params", "--lang", "fr"], "");
    assert_eq!(code, 0);
    assert!(french.contains("13,80\u{a0}€ par crédit"));
    assert!(french.contains("confirmé"));
    // Each language lists the same parameters and values, in the same order.
    let shape = |text: &str| text.lines().map(|l| l.split(' ').next().unwrap_or("").to_owned()).collect::<Vec<_>>();
    assert_eq!(shape(&dutch), shape(&english));
    assert_eq!(shape(&dutch), shape(&french));
    let labels = |text: &str| text.lines().filter(|l| !l.starts_with(' ')).map(str::to_owned).collect::<Vec<_>>();
    assert!(labels(&dutch).iter().zip(labels(&english)).any(|(nl, en)| *nl != en), "labels are translated");
}

/// `params --describe` adds each parameter's description (in Dutch, as its file gives it)
/// under its name; without it the listing is the figures only.
#[test]
fn the_parameter_list_gives_descriptions_when_asked() {
    let (code, plain) = run_text(&["params"], "");
    assert_eq!(code, 0);
    let (code, described) = run_text(&["params", "--describe", "--lang", "en"], "");
    assert_eq!(code, 0);
    let lines: Vec<&str> = described.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("fee/standard_fixed — ")).expect("listed");
    assert!(lines[at + 1].starts_with("    Het vaste bedrag dat een student"), "{}", lines[at + 1]);
    assert!(lines[at + 2].starts_with("  2020-2021 "), "{}", lines[at + 2]);
    assert!(!plain.contains("Het vaste bedrag dat een student"));
    // Every other line is the plain listing's, in the same order.
    let (_, english) = run_text(&["params", "--lang", "en"], "");
    let figures: Vec<&str> = lines.iter().filter(|l| !l.starts_with("    ")).copied().collect();
    assert_eq!(figures, english.lines().collect::<Vec<_>>());
}

/// The listing shows the figures that used to live in code, with their status and source:
/// the abolished flat fee, the start of dual learning in adult education, the VOK caveat,
/// and each dual-learning agreement's rules in words.
#[test]
fn the_parameter_list_shows_the_flat_fee_the_flags_and_the_agreements() {
    let (code, dutch) = run_text(&["params"], "");
    assert_eq!(code, 0);
    let lines: Vec<&str> = dutch.lines().collect();
    // A header line and the indented lines under it.
    let block = |id: &str| -> Vec<&str> {
        let header = format!("{id} — ");
        let start = lines.iter().position(|l| l.starts_with(&header)).unwrap_or_else(|| panic!("{id} not listed"));
        let rows = lines[start + 1..].iter().take_while(|l| l.starts_with(' ')).copied();
        std::iter::once(lines[start]).chain(rows).collect()
    };
    let flat = block("fee/flat_fee");
    assert_eq!(flat[0], "fee/flat_fee — Forfaitair studiegeld voor 54 tot 66 studiepunten (vóór 2015-2016)");
    assert!(
        flat[1].starts_with("  vanaf 1 september 2013")
            && flat[1].contains("€ 610,60")
            && flat[1].contains("bevestigd")
    );
    assert!(flat[1].ends_with(
        "https://www.ugent.be/student/nl/administratie/studiegeld/archief/2013/studiegeldbachelor20132014.htm"
    ));
    assert!(flat[3].starts_with("  vanaf 1 september 2015") && flat[3].contains("niet gepubliceerd"), "{}", flat[3]);
    assert!(flat[3].ends_with("https://www.standaard.be/cnt/dmf20141019_01330573"), "{}", flat[3]);
    assert!(block("fee/flat_fee_min_credits")[1].contains("54 studiepunten"));
    assert!(block("fee/flat_fee_max_credits")[1].contains("66 studiepunten"));
    let adult = block("dual/adult_education");
    assert!(adult[1].starts_with("  vanaf 1 september 2020") && adult[1].contains(" nee "), "{}", adult[1]);
    assert!(adult[2].starts_with("  vanaf 1 september 2022") && adult[2].contains(" ja "), "{}", adult[2]);
    assert!(
        adult[2].contains("secundaire bron")
            && adult[2].ends_with("ook-duale-opleidingen-in-het-vlaams-volwassenenonderwijs/")
    );
    let vok = block("leave/vok_rules_unchanged");
    assert!(vok[2].starts_with("  vanaf 1 september 2025") && vok[2].contains("niet gepubliceerd"), "{}", vok[2]);

    for (kind, name, social_security) in [
        ("oao", "Overeenkomst alternerende opleiding", "ja"),
        ("odos", "Overeenkomst van duale opleiding met statuut", "ja"),
        ("odo", "Overeenkomst van duale opleiding", "nee"),
        ("odow", "Overeenkomst van duale opleiding met de eigen werkgever", "ja"),
    ] {
        let id = format!("dual/agreements/{kind}");
        let facts = block(&id);
        assert_eq!(facts[0], format!("{id} — {name}"));
        assert_eq!(facts.len(), 7, "{id}: six topics");
        let social = facts.iter().find(|l| l.starts_with("  Sociale zekerheid")).expect("a social-security row");
        assert!(social.contains(&format!(" {social_security} ")), "{social}");
        assert!(facts[1..].iter().all(|l| l.contains(" https://")), "{facts:?}");
        assert!(facts[1..].iter().all(|l| l.contains("bevestigd") || l.contains("secundaire bron")), "{facts:?}");
    }
    let (_, english) = run_text(&["params", "--lang", "en"], "");
    let odo = english.lines().skip_while(|l| !l.starts_with("dual/agreements/odo — ")).take(7).collect::<Vec<_>>();
    assert_eq!(odo[0], "dual/agreements/odo — Dual-training agreement (overeenkomst duale opleiding)");
    assert!(
        odo.iter().any(|l| l.starts_with("  Social security") && l.contains(" no ") && l.contains("secondary source")),
        "{odo:?}"
    );
}

#[test]
fn a_study_route_gives_each_year_its_fee_and_learning_credit() {
    // A bachelor of 180 study points at 30 a year on a diploma contract, from 2024-2025.
    let scenario = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "enrolments": [],
        "plan": {"programme_credits": 180, "credits_per_year": 30, "contract": "diploma", "pass_percent": 100}}"#;
    let (code, outcome) = run(&["evaluate", "--lang", "en"], scenario);
    assert_eq!(code, 0);
    let plan = &outcome["plan"];
    assert_eq!(plan["totals"]["years"], 6);
    assert_eq!(plan["totals"]["last_year"], "2029-2030");
    let years = plan["years"].as_array().expect("years");
    assert_eq!(years[0]["academic_year"], "2024-2025");
    assert_eq!(years[0]["fee_cents"], 70200);
    assert_eq!(years[0]["figures_status"], "confirmed");
    assert_eq!(years[0]["learning_credit_before"], 140);
    assert_eq!(years[0]["learning_credit_after"], 170);
    assert_eq!(years[1]["learning_credit_after"], 200);
    assert_eq!(years[0]["study_grant_possible"], true);
    assert_eq!(years[0]["learning_credit_steps"][2]["kind"], "first_credits_bonus");
    assert_eq!(years[0]["learning_credit_steps"][2]["figure"]["id"], "learning_credit/first_credits_bonus");
    assert_eq!(years[5]["figures_status"], "estimated");
    assert_eq!(years[5]["estimated_from"][0], "2026-2027");
    assert_eq!(plan["options"][0]["own"], true);
    // A pace of 0 is refused on its field.
    let (code, error) = run(&["evaluate"], &scenario.replace("\"credits_per_year\": 30", "\"credits_per_year\": 0"));
    assert_eq!(code, 2);
    assert_eq!(error["error"]["problems"][0]["field"], "plan.credits_per_year");
}

#[test]
fn an_adult_education_route_without_enrolments_gives_fee_premium_and_net_cost() {
    let scenario = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "enrolments": [],
        "adult_education": {"first_secondary_diploma": true, "course_materials_cents": 3000,
          "modules": [{"area": "vocational", "lesson_periods": 120, "semester": 1, "passed": true},
                      {"area": "vocational", "lesson_periods": 120, "semester": 1, "passed": true},
                      {"area": "aav", "lesson_periods": 80, "semester": 2, "passed": true}]}}"#;
    let (code, outcome) = run(&["evaluate"], scenario);
    assert_eq!(code, 0);
    assert!(outcome["fee"].is_null(), "no higher-education fee");
    let adult = &outcome["adult_education"];
    // 2 × 120 × € 1,50 = € 360,00, capped at € 300,00 a semester; AAV is free without a diploma.
    assert_eq!(adult["fee_cents"], 30000);
    assert_eq!(adult["premium_cents"], 30000);
    assert_eq!(adult["net_cents"], 3000);
    assert_eq!(adult["modules"][0]["fee"]["kind"], "charged");
    assert_eq!(adult["modules"][0]["fee"]["rate"]["id"], "adult_education/rate_standard");
    assert_eq!(adult["modules"][0]["fee"]["rate"]["period"], "2024-2025");
    assert_eq!(adult["modules"][0]["fee"]["rate"]["status"], "confirmed");
    assert_eq!(adult["modules"][2]["fee"]["kind"], "free_without_diploma");
    assert_eq!(adult["caps"][0]["kind"], "applied");
    assert_eq!(adult["premium"]["timing"]["latest_months"], 18);
}
