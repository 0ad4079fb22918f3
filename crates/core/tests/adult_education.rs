//! The adult-education route to a secondary-school diploma, checked against the official
//! pages: onderwijs.vlaanderen.be ("1,50 euro per lestijd", "maximum 300 euro per semester
//! per opleiding", "600 euro per schooljaar" for linear programmes, the exemption page),
//! crescendo-cvo.be (a fourth enrolment), edukempen.be and pro.g-o.be (the 2025-2026
//! rates) and vlaanderen.be (the premium: "maximaal 600 euro", within a year, up to six
//! months' wait). At and around every cap, in every category.

use serde_json::json;
use studierekenaar_core::adult_education::{
    lookup, AdultEducationOutcome, CapLine, ModuleFee, PremiumCondition, RateKind,
};
use studierekenaar_core::params::Status;
use studierekenaar_core::render::adult_education::explain;
use studierekenaar_core::{evaluate_json, AcademicYear, FiguresStatus, Language, ParamId, Params};

fn scenario(year: &str, adult_education: serde_json::Value) -> String {
    json!({
        "academic_year": year,
        "student": {"status": "non_grant"},
        "enrolments": [],
        "adult_education": adult_education,
    })
    .to_string()
}

fn outcome(year: &str, adult_education: serde_json::Value) -> AdultEducationOutcome {
    let json = scenario(year, adult_education);
    let outcome = evaluate_json(&json, Language::Dutch).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert!(outcome.fee.is_none(), "no higher-education enrolment, no higher-education fee");
    outcome.adult_education.expect("the adult-education section is computed")
}

fn module(area: &str, lesson_periods: i64, semester: u8) -> serde_json::Value {
    json!({"area": area, "lesson_periods": lesson_periods, "semester": semester})
}

fn passed(area: &str, lesson_periods: i64, semester: u8) -> serde_json::Value {
    json!({"area": area, "lesson_periods": lesson_periods, "semester": semester, "passed": true})
}

fn fee(year: &str, category: &str, modules: Vec<serde_json::Value>) -> i64 {
    outcome(year, json!({"category": category, "modules": modules})).fee_cents
}

// ---- The examples -----------------------------------------------------------

#[test]
fn in_2024_2025_120_lesson_periods_cost_180_euros() {
    let result = outcome("2024-2025", json!({"modules": [module("vocational", 120, 1)]}));
    assert_eq!(result.fee_cents, 18_000);
    assert_eq!(result.figures_status, FiguresStatus::Confirmed);
    match result.modules[0].fee {
        ModuleFee::Charged { rate_kind, rate, amount_cents } => {
            assert_eq!((rate_kind, rate.amount, amount_cents), (RateKind::Standard, 150, 18_000));
            assert_eq!(rate.id, ParamId::AdultEducationRateStandard);
            assert_eq!(rate.status, Status::Confirmed);
            assert!(rate.source.starts_with("https://onderwijs.vlaanderen.be/"), "{}", rate.source);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_such_modules_in_one_semester_cost_the_cap_of_300_euros() {
    let result = outcome("2024-2025", json!({"modules": [module("vocational", 120, 1), module("vocational", 120, 1)]}));
    assert_eq!(result.fee_cents, 30_000);
    assert!(matches!(result.caps[..], [CapLine::Applied { fees_cents: 36_000, paid_cents: 30_000, .. }]));
}

#[test]
fn aav_without_a_diploma_costs_nothing_and_with_one_the_standard_rate() {
    for area in ["aav", "av", "basic", "literacy"] {
        let without = outcome("2024-2025", json!({"modules": [module(area, 120, 1)]}));
        assert_eq!(without.fee_cents, 0, "{area}");
        assert!(matches!(without.modules[0].fee, ModuleFee::FreeWithoutDiploma { .. }), "{area}");
        let with = outcome("2024-2025", json!({"has_secondary_diploma": true, "modules": [module(area, 120, 1)]}));
        assert_eq!(with.fee_cents, 18_000, "{area}");
    }
}

#[test]
fn from_2025_2026_120_lesson_periods_cost_270_euros_and_the_cap_is_not_published() {
    let result = outcome("2025-2026", json!({"modules": [module("vocational", 120, 1)]}));
    assert_eq!(result.fee_cents, 27_000);
    assert!(result.fee_is_upper_bound, "no cap published: the fee is an upper bound");
    assert_eq!(result.figures_status, FiguresStatus::Unavailable);
    assert_eq!(result.missing.len(), 1);
    assert_eq!(result.missing[0].id, ParamId::AdultEducationCapModularSemester);
    assert!(matches!(result.caps[..], [CapLine::Unpublished { fees_cents: 27_000, .. }]));
}

// ---- The caps: at and around them ---------------------------------------------------

#[test]
fn the_modular_cap_is_per_semester_at_and_around_300_euros() {
    // 199 × € 1,50 = € 298,50; 200 × = € 300,00; 201 × = € 301,50 → € 300,00.
    assert_eq!(fee("2024-2025", "standard", vec![module("vocational", 199, 1)]), 29_850);
    assert_eq!(fee("2024-2025", "standard", vec![module("vocational", 200, 1)]), 30_000);
    assert_eq!(fee("2024-2025", "standard", vec![module("vocational", 201, 1)]), 30_000);
    // One semester each: two caps, € 600,00 in all.
    assert_eq!(fee("2024-2025", "standard", vec![module("vocational", 250, 1), module("vocational", 250, 2)]), 60_000);
    // Within the cap the line says so.
    let within = outcome("2024-2025", json!({"modules": [module("vocational", 200, 2)]}));
    assert!(matches!(within.caps[..], [CapLine::Within { fees_cents: 30_000, .. }]));
}

#[test]
fn the_linear_cap_is_per_school_year_at_and_around_600_euros() {
    let linear = |a: i64, b: i64| {
        outcome(
            "2024-2025",
            json!({"organisation": "linear", "modules": [module("vocational", a, 1), module("vocational", b, 2)]}),
        )
        .fee_cents
    };
    assert_eq!(linear(200, 199), 59_850);
    assert_eq!(linear(200, 200), 60_000);
    assert_eq!(linear(200, 201), 60_000);
    // A linear programme is not capped per semester: € 375,00 in one semester is owed.
    assert_eq!(linear(250, 1), 37_650);
}

#[test]
fn the_2025_2026_cap_is_never_the_earlier_one_nor_estimated() {
    for year in [AcademicYear(2025), AcademicYear(2026), AcademicYear(2027)] {
        for id in [ParamId::AdultEducationCapModularSemester, ParamId::AdultEducationCapLinearYear] {
            assert!(lookup(Params::embedded(), id, year).is_err(), "{id} {year}");
        }
    }
    // € 2,25 × 200 = € 450,00, counted in full: the earlier € 300,00 is not applied.
    assert_eq!(fee("2025-2026", "standard", vec![module("vocational", 200, 1)]), 45_000);
    let linear = outcome("2025-2026", json!({"organisation": "linear", "modules": [module("vocational", 300, 1)]}));
    assert_eq!(linear.fee_cents, 67_500);
    assert_eq!(linear.missing[0].id, ParamId::AdultEducationCapLinearYear);
}

// ---- Every category and area --------------------------------------------------------

#[test]
fn every_category_up_to_2024_2025() {
    assert_eq!(fee("2024-2025", "standard", vec![module("vocational", 120, 1)]), 18_000);
    assert_eq!(fee("2024-2025", "partial_exemption", vec![module("vocational", 120, 1)]), 3_600);
    assert_eq!(fee("2024-2025", "full_exemption", vec![module("vocational", 120, 1)]), 0);
    assert_eq!(fee("2024-2025", "standard", vec![module("nt2", 120, 1)]), 7_200);
    assert_eq!(fee("2020-2021", "standard", vec![module("vocational", 120, 1)]), 18_000);
    // Shortage and leisure areas had no rate of their own yet: the ordinary one.
    assert_eq!(fee("2024-2025", "standard", vec![module("shortage", 120, 1)]), 18_000);
    assert_eq!(fee("2024-2025", "standard", vec![module("leisure", 120, 1)]), 18_000);
    assert_eq!(fee("2024-2025", "partial_exemption", vec![module("leisure", 120, 1)]), 3_600);
}

#[test]
fn every_category_from_2025_2026() {
    assert_eq!(fee("2025-2026", "standard", vec![module("vocational", 120, 1)]), 27_000);
    assert_eq!(fee("2025-2026", "partial_exemption", vec![module("vocational", 120, 1)]), 12_000);
    assert_eq!(fee("2025-2026", "full_exemption", vec![module("vocational", 120, 1)]), 12_000);
    assert_eq!(fee("2025-2026", "standard", vec![module("nt2", 120, 1)]), 18_000);
    assert_eq!(fee("2025-2026", "standard", vec![module("shortage", 120, 1)]), 12_000);
    assert_eq!(fee("2025-2026", "partial_exemption", vec![module("shortage", 120, 1)]), 0);
    assert_eq!(fee("2025-2026", "full_exemption", vec![module("shortage", 120, 1)]), 0);
    // Leisure: € 4,00 for everyone, no reduction, no cap.
    for category in ["standard", "partial_exemption", "full_exemption"] {
        assert_eq!(fee("2025-2026", category, vec![module("leisure", 120, 1)]), 48_000, "{category}");
    }
    let leisure = outcome("2025-2026", json!({"modules": [module("leisure", 200, 1)]}));
    assert_eq!(leisure.fee_cents, 80_000);
    assert!(leisure.caps.is_empty() && !leisure.fee_is_upper_bound, "the leisure rate has no cap");
}

#[test]
fn a_fourth_enrolment_costs_3_euros_a_lesson_period_or_1_50_fully_exempt() {
    let fourth = |category: &str, year: &str| {
        outcome(
            year,
            json!({"category": category, "modules": [{"area": "vocational", "lesson_periods": 60, "semester": 1, "fourth_enrolment": true}]}),
        )
    };
    assert_eq!(fourth("standard", "2024-2025").fee_cents, 18_000);
    assert_eq!(fourth("partial_exemption", "2024-2025").fee_cents, 18_000);
    assert_eq!(fourth("full_exemption", "2024-2025").fee_cents, 9_000);
    // Not found from 2025-2026: the 2024-2025 rate stands in, marked estimated.
    let later = fourth("standard", "2025-2026");
    assert_eq!(later.fee_cents, 18_000);
    match later.modules[0].fee {
        ModuleFee::Charged { rate, .. } => {
            assert_eq!(rate.status, Status::Estimated);
            assert_eq!(rate.estimated_for, Some(AcademicYear(2025)));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(later.estimated_from, ["2024-2025"]);
}

#[test]
fn an_exempted_module_drops_out_of_the_lesson_periods_and_the_fee() {
    let result = outcome(
        "2024-2025",
        json!({"modules": [module("vocational", 120, 1), {"area": "vocational", "lesson_periods": 80, "semester": 1, "exempted": true}]}),
    );
    assert_eq!(result.fee_cents, 18_000);
    assert_eq!(result.time.lesson_periods, 120);
    assert_eq!(result.time.exempted_lesson_periods, 80);
    assert!(matches!(result.modules[1].fee, ModuleFee::Exempted));
}

#[test]
fn in_2027_2028_the_fee_uses_the_2025_2026_rates_as_estimates() {
    let result = outcome("2027-2028", json!({"modules": [module("vocational", 120, 1)]}));
    assert_eq!(result.fee_cents, 27_000);
    // The rates stand in from 2025-2026 (the standing rules, such as the VOV hours, from 2026-2027).
    assert_eq!(result.estimated_from.first().map(String::as_str), Some("2025-2026"));
    assert!(result.fee_is_upper_bound);
}

// ---- The premium --------------------------------------------------------------------

#[test]
fn the_premium_refunds_the_fee_paid_for_passed_modules() {
    let result = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "course_materials_cents": 4_500, "modules": [passed("vocational", 120, 1)]}),
    );
    assert!(result.premium.eligible);
    assert_eq!((result.fee_cents, result.premium_cents), (18_000, 18_000));
    // Net: the fee and the course materials, minus the premium: the materials stay.
    assert_eq!(result.net_cents, 4_500);
    let timing = result.premium.timing.expect("when the premium comes");
    assert_eq!((timing.apply.amount, timing.payment.amount, timing.latest_months), (1_200, 600, 18));
}

#[test]
fn the_premium_is_at_most_300_euros_a_semester_and_600_a_school_year() {
    let four = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "modules": [
            passed("vocational", 120, 1), passed("vocational", 120, 1),
            passed("vocational", 120, 2), passed("vocational", 120, 2)]}),
    );
    assert_eq!((four.fee_cents, four.premium_cents, four.net_cents), (60_000, 60_000, 0));
    // Linear: no semester maximum, € 600,00 a year.
    let linear = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "organisation": "linear", "modules": [passed("vocational", 500, 1)]}),
    );
    assert_eq!((linear.fee_cents, linear.premium_cents), (60_000, 60_000));
}

#[test]
fn only_passed_modules_of_the_diploma_programme_count() {
    // One passed, one failed in a capped semester: € 180,00 of the € 300,00 paid.
    let mixed = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "modules": [passed("vocational", 120, 1), module("vocational", 120, 1)]}),
    );
    assert_eq!((mixed.fee_cents, mixed.premium_cents), (30_000, 18_000));
    // NT2 and leisure are not part of the diploma programme.
    let other = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "modules": [passed("nt2", 100, 1), passed("leisure", 20, 2)]}),
    );
    assert!(!other.premium.eligible);
    assert_eq!(other.premium_cents, 0);
    assert!(other
        .premium
        .conditions
        .contains(&PremiumCondition::PassedModulesWithFee { passed_modules: 0, met: false }));
}

#[test]
fn no_premium_without_a_first_diploma_and_no_refund_of_training_vouchers() {
    let second = outcome(
        "2024-2025",
        json!({"has_secondary_diploma": true, "first_secondary_diploma": true, "modules": [passed("vocational", 120, 1)]}),
    );
    assert!(!second.premium.eligible);
    assert!(second.premium.conditions.contains(&PremiumCondition::FirstDiploma { met: false }));
    assert_eq!(second.net_cents, 18_000);
    let vouchers = outcome(
        "2024-2025",
        json!({"first_secondary_diploma": true, "training_vouchers_cents": 10_000, "modules": [passed("vocational", 120, 1)]}),
    );
    assert_eq!(vouchers.premium_cents, 8_000);
}

#[test]
fn the_2025_2026_premium_uses_the_earlier_maximums_as_estimates() {
    let result = outcome(
        "2025-2026",
        json!({"first_secondary_diploma": true, "modules": [passed("vocational", 120, 1), passed("vocational", 120, 1)]}),
    );
    // € 540,00 of fees (no cap published), at most € 300,00 a semester (estimated).
    assert_eq!((result.fee_cents, result.premium_cents), (54_000, 30_000));
    assert_eq!(result.net_cents, 24_000);
}

// ---- Time and training leave --------------------------------------------------------

#[test]
fn lesson_periods_become_hours_a_week_and_vov_hours_within_125_times_the_employment_share() {
    let json = json!({
        "academic_year": "2024-2025",
        "student": {"status": "non_grant"},
        "leave": {"employment_percent": 80},
        "adult_education": {"modules": [module("vocational", 120, 1), module("vocational", 20, 2)]},
    })
    .to_string();
    let outcome = evaluate_json(&json, Language::Dutch).expect("valid");
    let leave = outcome.leave.as_ref().expect("the leave section works without enrolments");
    assert!(leave.study_load_hours.is_some());
    let result = outcome.adult_education.expect("computed");
    // 140 lesson periods = 140 hours over 52 weeks: 2,69 hours a week.
    assert_eq!((result.time.hours, result.time.weeks, result.time.hours_per_week_hundredths), (140, 52, 269));
    // VOV: the 20-period module is under the 32 minimum; 120 hours, within 125 × 80 % = 100.
    assert_eq!(result.vov.too_small_modules, 1);
    assert_eq!(result.vov.planned_hours, Some(120));
    assert_eq!(result.vov.maximum_hundredths, Some(10_000));
    assert_eq!(result.vov.hours_hundredths, Some(10_000));
    assert!(result.vov.employment_from_leave);
    // Without a leave section: full time assumed, 125 hours.
    let alone = outcome_of("2024-2025", json!({"modules": [module("vocational", 120, 1)]}));
    assert_eq!((alone.vov.hours_hundredths, alone.vov.employment_from_leave), (Some(12_000), false));
}

fn outcome_of(year: &str, adult_education: serde_json::Value) -> AdultEducationOutcome {
    outcome(year, adult_education)
}

// ---- Input ----------------------------------------------------------------------------

#[test]
fn invalid_input_is_a_field_error() {
    let error = |adult_education: serde_json::Value| match evaluate_json(
        &scenario("2024-2025", adult_education),
        Language::Dutch,
    ) {
        Err(studierekenaar_core::EvaluateError::Input(error)) => error.problems,
        Ok(_) => panic!("expected an error"),
    };
    let problems = error(json!({"modules": [module("vocational", 0, 1)], "course_materials_cents": -1}));
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["adult_education.modules[0].lesson_periods", "adult_education.course_materials_cents"]);
    assert!(problems[0].message.contains("van 1 tot 2000"), "{}", problems[0].message);
    let semester = error(json!({"modules": [module("vocational", 10, 3)]}));
    assert_eq!(semester[0].field, "adult_education.modules[0].semester");
    let area = error(json!({"modules": [module("cooking", 10, 1)]}));
    assert_eq!(area[0].field, "adult_education.modules[0].area");
    assert!(area[0].message.contains("\"vocational\""), "{}", area[0].message);
    // At the edges of the input's limits.
    assert!(evaluate_json(&scenario("2024-2025", json!({"modules": [module("av", 2000, 2)]})), Language::Dutch).is_ok());
    assert!(error(json!({"modules": [module("av", 2001, 2)]}))[0].field.ends_with("lesson_periods"));
}

#[test]
fn an_empty_section_is_a_learner_without_modules_yet() {
    let result = outcome("2024-2025", json!({}));
    assert_eq!((result.fee_cents, result.premium_cents, result.net_cents), (0, 0, 0));
    assert!(!result.premium.eligible);
}

// ---- Words ----------------------------------------------------------------------------

#[test]
fn every_line_reads_in_the_three_languages_with_the_same_amounts() {
    let adult_education = json!({"first_secondary_diploma": true, "course_materials_cents": 2_000, "modules": [
        passed("vocational", 120, 1), passed("vocational", 120, 1), module("aav", 40, 2),
        {"area": "vocational", "lesson_periods": 60, "semester": 2, "exempted": true}]});
    let mut amounts = Vec::new();
    for language in Language::ALL {
        let outcome = evaluate_json(&scenario("2024-2025", adult_education.clone()), language).expect("valid");
        let result = outcome.adult_education.expect("computed");
        let words = explain(&result, language);
        let texts: Vec<&str> = words
            .modules
            .iter()
            .chain(&words.caps)
            .chain(&words.premium_lines)
            .chain(&words.time)
            .chain(&words.vov)
            .map(|line| line.text.as_str())
            .collect();
        assert!(texts.iter().all(|t| !t.is_empty() && !t.contains("adult-")), "{language}: {texts:?}");
        assert!(words.modules.iter().all(|l| l.parameter.is_some() || l.text.contains("EVC")), "{language}");
        assert_eq!(words.premium_conditions.len(), 3);
        assert!(words.premium_timing.is_some());
        assert!(words.alternative.source.starts_with("https://www.vlaanderen.be/"));
        if language == Language::Dutch {
            assert_eq!(
                words.modules[0].text,
                "Module 1 (Beroepsopleiding (diplomagericht), semester 1): 120 lestijden × € 1,50 (standaardtarief)"
            );
            assert!(
                words.caps[0].text.contains("€ 360,00 is meer dan het maximum; je betaalt € 300,00"),
                "{}",
                words.caps[0].text
            );
            assert!(words.alternative.text.contains("Examencommissie secundair onderwijs"));
        }
        amounts.push((result.fee_cents, result.premium_cents, result.net_cents));
    }
    assert_eq!(amounts, [(30_000, 30_000, 2_000); 3]);
}

#[test]
fn a_missing_cap_is_said_with_its_reason() {
    let result = outcome("2025-2026", json!({"modules": [module("vocational", 120, 1)]}));
    let words = explain(&result, Language::Dutch);
    assert_eq!(words.missing.len(), 1);
    assert!(words.missing[0].reason.contains("niet toegepast"), "{}", words.missing[0].reason);
    assert!(words.fee_notes[0].contains("kan lager zijn"));
    let english = explain(&result, Language::English);
    assert!(english.missing[0].reason.contains("not applied"), "{}", english.missing[0].reason);
}

#[test]
fn share_links_and_storage_keep_the_section_and_drop_a_damaged_one_alone() {
    use studierekenaar_core::share::{default_scenario, recover, to_json, FORMAT_VERSION};
    let json = scenario("2024-2025", json!({"category": "partial_exemption", "modules": [passed("aav", 60, 2)]}));
    let kept = studierekenaar_core::Scenario::from_json(&json, Language::Dutch).expect("valid");
    let recovered = recover(&to_json(&kept), FORMAT_VERSION, &default_scenario());
    assert_eq!(recovered.scenario, kept);
    assert_eq!(recovered.message(Language::Dutch), None);
    let damaged = scenario("2024-2025", json!({"modules": [module("vocational", 0, 1)]}));
    let recovered = recover(&damaged, FORMAT_VERSION, &default_scenario());
    assert_eq!(recovered.scenario.adult_education, None);
    assert_eq!(recovered.scenario.academic_year, AcademicYear(2024));
    assert!(recovered.message(Language::Dutch).is_some_and(|m| m.contains("secundair diploma")));
}
