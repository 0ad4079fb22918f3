//! The leave calculator's words: its outcomes in Dutch, French and English, the scheme
//! names with their Dutch legal terms, the field errors in the language asked, and how
//! hours and ranges of hours read.

use studierekenaar_core::evaluate_json;
use studierekenaar_core::leave::{translate_serde_error, Hours, HoursRange};
use studierekenaar_core::message::Message;
use studierekenaar_core::render::{self, Words};
use studierekenaar_core::Language;

const BASE: &str = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"},
    "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 30}],
    "leave": LEAVE}"#;

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

fn texts(lines: &[studierekenaar_core::leave::Line], language: Language) -> Vec<String> {
    lines.iter().map(|line| line.text.words(language)).collect()
}

fn has(texts: &[String], text: &str) -> bool {
    texts.iter().any(|t| t == text)
}

#[test]
fn the_ucll_example_in_english_and_french() {
    // ucll.be: 80 % × 125 = 100 hours of VOV; 30 study points × 4 = 120 hours become 100.
    let english = leave_in(r#"{"employment_percent": 80}"#, 30, Language::English);
    assert_eq!(english.vov.hours, Some(studierekenaar_core::leave::Hours::whole(100)));
    let lines = texts(&english.vov.lines, Language::English);
    assert!(
        has(&lines, "Enrolment 1 (A): 30 credits on a diploma contract × 4 hours per credit = 120 hours"),
        "{lines:?}"
    );
    assert!(has(&lines, "Personal maximum: 125 hours × 80% employment = 100 hours per school year"), "{lines:?}");
    assert_eq!(
        english.vov.text.words(Language::English),
        "In 2024-2025 you can take 100 hours of Flemish training leave (Vlaams opleidingsverlof, VOV): 120 hours for your programme, within your personal maximum of 100 hours."
    );
    assert!(english
        .vov
        .conditions
        .iter()
        .any(|c| c.text.words(Language::English) == "Employment of at least 50% in 2024-2025: you work 80%"));

    let french = leave_in(r#"{"employment_percent": 80}"#, 30, Language::French);
    let lines = texts(&french.vov.lines, Language::French);
    assert!(
        has(&lines, "Maximum personnel\u{a0}: 125 heures × 80 % d’occupation = 100 heures par année scolaire"),
        "{lines:?}"
    );
    assert_eq!(
        french.vov.text.words(Language::French),
        "En 2024-2025, vous pouvez prendre 100 heures de congé-éducation flamand (Vlaams opleidingsverlof, VOV)\u{a0}: 120 heures pour votre formation, dans les limites de votre maximum personnel de 100 heures."
    );
    assert_eq!(english.vov.hours, french.vov.hours);
}

#[test]
fn shortfalls_say_what_is_missing_in_english_and_french() {
    let english = leave_in(r#"{"employment_percent": 49}"#, 30, Language::English);
    let shortfalls: Vec<String> = english.shortfalls.iter().map(|s| s.text.words(Language::English)).collect();
    assert!(
        has(&shortfalls, "With 1 percentage point more employment (50% instead of 49%) you qualify for Flemish training leave (Vlaams opleidingsverlof, VOV) in 2024-2025."
        ),
        "{shortfalls:?}"
    );
    assert!(english
        .vov
        .text
        .words(Language::English)
        .starts_with("No Flemish training leave (Vlaams opleidingsverlof, VOV) in 2024-2025. Not met: "));

    let english = leave_in("{}", 24, Language::English);
    let shortfalls: Vec<String> = english.shortfalls.iter().map(|s| s.text.words(Language::English)).collect();
    assert!(
        has(&shortfalls, "With 3 credits more on a diploma or credit contract (27 instead of 24) you qualify for time credit for training (tijdskrediet) in 2024-2025."
        ),
        "{shortfalls:?}"
    );
    let french = leave_in("{}", 24, Language::French);
    let shortfalls: Vec<String> = french.shortfalls.iter().map(|s| s.text.words(Language::French)).collect();
    assert!(
        has(&shortfalls, "Avec 3 crédits de plus en contrat de diplôme ou de crédits (27 au lieu de 24), vous avez droit en 2024-2025 au crédit-temps avec motif formation (tijdskrediet)."
        ),
        "{shortfalls:?}"
    );
}

#[test]
fn coverage_and_money_in_english_and_french() {
    // 120 hours of VOV + 52 × 7.6 = 395.2 hours of 1/5 time credit, of 750 to 900 hours.
    let english = leave_in(r#"{"interruption": "one_fifth"}"#, 30, Language::English);
    assert_eq!(
        english.coverage.summary.words(Language::English),
        "Your programme takes 750 to 900 hours of study. Leave and interruption cover 515.2 hours of it (57 to 68%). That leaves 4.52 to 7.4 hours a week to study alongside your work."
    );
    assert_eq!(
        english.coverage.rows[0].label.words(Language::English),
        "Your plan: Flemish training leave (Vlaams opleidingsverlof) and 1/5 time credit"
    );
    assert!(english.time_credit.text.words(Language::English).starts_with(
        "With 1/5 time credit for training (tijdskrediet) you work 7.6 hours a week less: 395.2 hours over 52 weeks."
    ));
    let lines = texts(&english.study_load.lines, Language::English);
    assert!(has(&lines, "30 credits × 25 hours per credit = 750 hours (low estimate)"), "{lines:?}");

    // € 175,03 VOK + € 250 allowance − € 600 wage (7.6 of 38 hours of € 3.000) = − € 174,97.
    let money =
        r#"{"interruption": "one_fifth", "monthly_gross_wage_cents": 300000, "interruption_allowance_cents": 25000}"#;
    let english = leave_in(money, 30, Language::English);
    assert!(
        english
            .money_per_month
            .text
            .words(Language::English)
            .starts_with("With 1/5 time credit you have €174.97 gross less a month than now"),
        "{}",
        english.money_per_month.text.words(Language::English)
    );
    assert!(
        english
            .vok
            .text
            .words(Language::English)
            .contains("a Flemish training-credit premium (Vlaams opleidingskrediet, VOK) of €175.03 gross"),
        "{}",
        english.vok.text.words(Language::English)
    );
    let french = leave_in(money, 30, Language::French);
    assert!(
        french
            .money_per_month
            .text
            .words(Language::French)
            .starts_with("Avec un crédit-temps à 1/5, vous avez par mois 174,97\u{a0}€ brut de moins"),
        "{}",
        french.money_per_month.text.words(Language::French)
    );
    let lines = texts(&french.money_per_month.lines, Language::French);
    assert!(
        has(
            &lines,
            "Salaire que vous ne recevez plus\u{a0}: 7,6 heures sur vos 38 heures par semaine, sur 3\u{202f}000,00\u{a0}€ brut"
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
    let message = problem.message.words(Language::English);
    assert!(
        message.starts_with(
            "150 hours is not possible: in 2024-2025 you can take at most 100 hours of Flemish training leave"
        ),
        "{message}"
    );
    assert!(message.contains("Enter 0 to 100"), "{message}");
}

#[test]
fn scheme_names_carry_the_dutch_legal_name() {
    use studierekenaar_core::leave::Scheme;
    assert_eq!(Message::from(Scheme::Vov.name()).words(Language::Dutch), "Vlaams opleidingsverlof (VOV)");
    assert_eq!(
        Message::from(Scheme::Vov.name()).words(Language::English),
        "Flemish training leave (Vlaams opleidingsverlof, VOV)"
    );
    assert_eq!(
        Message::from(Scheme::Vov.name()).words(Language::French),
        "congé-éducation flamand (Vlaams opleidingsverlof, VOV)"
    );
    assert_eq!(
        Message::from(Scheme::CareCredit.name()).words(Language::English),
        "Flemish care credit (Vlaams zorgkrediet)"
    );
    assert_eq!(Message::from(Scheme::TimeCredit.name()).words(Language::Dutch), "tijdskrediet met motief opleiding");
    for language in [Language::French, Language::English] {
        for scheme in [Scheme::Vov, Scheme::TimeCredit, Scheme::Vok, Scheme::CareCredit] {
            let name = Message::from(scheme.name()).words(language);
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
            Ok(outcome) => {
                outcome.leave.expect("a leave section").vok.notes.iter().map(|n| n.words(language)).collect::<Vec<_>>()
            }
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

// ------------------------------------------------------------------------------------
// Hours, and the reader of hours
// ------------------------------------------------------------------------------------

#[test]
fn hours_read_as_each_language_writes_them() {
    let dutch = Language::Dutch;
    assert_eq!(Hours(760).display(dutch), "7,6 uur");
    assert_eq!(Hours::whole(125).scale(75, 100).display(dutch), "93,75 uur");
    assert_eq!(Hours::whole(120).display(dutch), "120 uur");
    assert_eq!(Hours::whole(1500).display(dutch), "1.500 uur");
    assert_eq!(Hours::whole(1).display(dutch), "1 uur");
    assert_eq!(Hours(5).display(dutch), "0,05 uur");
    assert_eq!(Hours(-50).number(dutch), "-0,5");
    assert_eq!(Hours(760).display(Language::French), "7,6 heures");
    assert_eq!(Hours(760).display(Language::English), "7.6 hours");
    assert_eq!(Hours(760).number(Language::English), "7.6");
    assert_eq!(Hours::whole(1500).display(Language::English), "1,500 hours");
    assert_eq!(Hours::whole(1).display(Language::English), "1 hour");
    assert_eq!(Hours(150).display(Language::English), "1.5 hours", "visible decimals are plural in English");
    assert_eq!(Hours::ZERO.display(Language::English), "0 hours");
    assert_eq!(Hours(50).display(Language::French), "0,5 heure", "below 2 is singular in French");
    assert_eq!(Hours::whole(2).display(Language::French), "2 heures");
    let range = HoursRange { min: Hours::whole(750), max: Hours::whole(900) };
    assert_eq!(range.display(Language::Dutch), "750 tot 900 uur");
    assert_eq!(range.display(Language::French), "750 à 900 heures");
    assert_eq!(range.display(Language::English), "750 to 900 hours");
    let same = HoursRange { min: Hours(452), max: Hours(452) };
    assert_eq!(same.display(Language::English), "4.52 hours");
}

#[test]
fn hours_as_message_arguments_read_as_the_display() {
    let line = studierekenaar_core::msg!(VovLinePlanned, planned = Hours(9_375));
    assert!(line.words(Language::Dutch).contains("93,75 uur"), "{}", line.words(Language::Dutch));
    assert!(line.words(Language::English).contains("93.75 hours"), "{}", line.words(Language::English));
}

fn raw_error(json: &str) -> String {
    match serde_json::from_str::<Hours>(json) {
        Err(error) => error.to_string(),
        Ok(hours) => panic!("{json} read as {hours:?}"),
    }
}

#[test]
fn serde_errors_keep_their_dutch_form_and_translate() {
    let decimals = raw_error("30.456");
    assert!(decimals.starts_with("30.456 uur: geef hoogstens twee decimalen"), "{decimals}");
    assert_eq!(translate_serde_error(&decimals, Language::Dutch), decimals);
    let english = translate_serde_error(&decimals, Language::English);
    assert!(english.starts_with("30.456 hours: give at most two decimals at line 1"), "{english}");
    let french = translate_serde_error(&decimals, Language::French);
    assert!(french.starts_with("30.456 heures\u{a0}: indiquez au plus deux décimales"), "{french}");

    let too_large = raw_error("18446744073709551615");
    assert!(too_large.starts_with("18446744073709551615 uur is te groot"), "{too_large}");
    assert!(translate_serde_error(&too_large, Language::English).starts_with("18446744073709551615 hours is too large"));

    let wrong_type = raw_error("\"38\"");
    assert!(wrong_type.contains("expected een aantal uren, zoals 38 of 30.4"), "{wrong_type}");
    let english = translate_serde_error(&wrong_type, Language::English);
    assert!(english.contains("expected a number of hours, such as 38 or 30.4"), "{english}");

    let other = "unknown field `sectr`";
    assert_eq!(translate_serde_error(other, Language::French), other);
    assert_eq!(translate_serde_error("uur is te groot", Language::English), "uur is te groot");
}

// ------------------------------------------------------------------------------------
// The outcome as data, and in words
// ------------------------------------------------------------------------------------

#[test]
fn the_outcome_is_data_until_it_is_put_into_words() {
    let outcome = match evaluate_json(&BASE.replace("LEAVE", r#"{"employment_percent": 80}"#), Language::English) {
        Ok(outcome) => outcome,
        Err(error) => panic!("refused: {error}"),
    };
    let leave = outcome.leave.expect("a leave section");
    let data = serde_json::to_value(&leave.vov.text).expect("serializes");
    assert_eq!(data["message"], "vov-text-eligible");
    assert_eq!(data["args"]["entitlement"]["hours"], 100);
    let words = render::in_words(Language::English, || serde_json::to_value(&leave.vov.text)).expect("serializes");
    assert_eq!(words, serde_json::Value::String(leave.vov.text.words(Language::English)));
    // The conditions not met are one list argument, worded with the language's separator.
    let json =
        BASE.replace("LEAVE", r#"{"employment_percent": 49, "weekly_hours": 20}"#).replace("2024-2025", "2025-2026");
    let not_met = match evaluate_json(&json, Language::French) {
        Ok(outcome) => outcome.leave.expect("a leave section"),
        Err(error) => panic!("refused: {error}"),
    };
    let text = not_met.vov.text.words(Language::French);
    assert!(text.contains("Conditions non remplies"), "{text}");
    assert!(text.contains(&Language::French.text("leave-list-separator")), "{text}");
}
