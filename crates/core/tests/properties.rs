//! Invariants of the fee engine over generated scenarios.

use proptest::prelude::*;
use studierekenaar_core::fee::{BillKind, LineKind};
use studierekenaar_core::scenario::{Contract, Enrolment, Programme, Scenario, Student, StudentStatus};
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate, AcademicYear};

fn status() -> impl Strategy<Value = StudentStatus> {
    prop_oneof![Just(StudentStatus::NonGrant), Just(StudentStatus::NearGrant), Just(StudentStatus::Grant)]
}

fn enrolment() -> impl Strategy<Value = Enrolment> {
    (
        prop_oneof![Just("A"), Just("B"), Just("C"), Just(" a ")],
        prop_oneof![Just(Contract::Diploma), Just(Contract::Credit), Just(Contract::Exam)],
        prop_oneof![
            Just(Programme::Initial),
            Just(Programme::BachelorAfterBachelor),
            Just(Programme::MasterAfterMaster),
            Just(Programme::Postinitial)
        ],
        1i64..=180,
    )
        .prop_map(|(institution, contract, programme, credits)| Enrolment {
            institution: institution.to_owned(),
            contract,
            programme,
            credits,
            institution_price_cents: None,
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (2020u16..=2026, status(), proptest::option::of(-200i64..=200), proptest::collection::vec(enrolment(), 1..8))
        .prop_map(|(year, status, learning_credit, enrolments)| Scenario {
            academic_year: AcademicYear(year),
            student: Student { status, learning_credit },
            enrolments,
            language_tests: Vec::new(),
            leave: None,
            dual: None,
            plan: None,
            adult_education: None,
        })
}

proptest! {
    #[test]
    fn amounts_are_never_negative(scenario in scenario()) {
        let outcome = evaluate(&scenario, Language::Dutch).expect("generated scenarios are valid");
        let fee = outcome.fee.expect("enrolments give a fee");
        prop_assert!(fee.total_cents.is_none_or(|c| c.0 >= 0));
        prop_assert!(fee.learning_credit_surcharge_max_cents.is_none_or(|c| c.0 >= 0));
        for line in &fee.lines {
            prop_assert!(line.amount_cents.0 >= 0, "{:?}", line.text);
        }
    }

    #[test]
    fn the_fee_never_falls_when_study_points_are_added(scenario in scenario(), index in 0usize..8, extra in 1i64..=20) {
        let index = index % scenario.enrolments.len();
        let mut more = scenario.clone();
        more.enrolments[index].credits = (more.enrolments[index].credits + extra).min(180);
        let before = evaluate(&scenario, Language::Dutch).expect("valid").fee.and_then(|f| f.total_cents);
        let after = evaluate(&more, Language::Dutch).expect("valid").fee.and_then(|f| f.total_cents);
        if let (Some(before), Some(after)) = (before, after) {
            prop_assert!(after >= before, "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn the_fixed_part_is_owed_at_most_once_per_institution(scenario in scenario()) {
        let fee = evaluate(&scenario, Language::Dutch).expect("valid").fee.expect("a fee");
        let mut institutions_with_fixed: Vec<String> = Vec::new();
        for line in &fee.lines {
            let bill = &fee.bills[line.bill];
            if bill.kind == BillKind::Combined && matches!(line.kind, LineKind::FixedPart | LineKind::GrantFlat) {
                let key = bill.institution.trim().to_lowercase();
                prop_assert!(!institutions_with_fixed.contains(&key), "second fixed part at {key}");
                institutions_with_fixed.push(key);
            }
        }
    }

    #[test]
    fn the_lines_add_up_to_the_total(scenario in scenario()) {
        let fee = evaluate(&scenario, Language::Dutch).expect("valid").fee.expect("a fee");
        if let Some(total) = fee.total_cents {
            let sum: i64 = fee.lines.iter().filter(|l| fee.bills[l.bill].statutory).map(|l| l.amount_cents.0).sum();
            prop_assert_eq!(sum, total.0);
        }
    }

    /// No calculation reads a figure of another year than the scenario's: an unpublished
    /// year is reported as missing, never filled from a neighbour.
    #[test]
    fn every_figure_used_belongs_to_the_scenarios_year(scenario in scenario()) {
        let outcome = evaluate(&scenario, Language::Dutch).expect("valid");
        let fee = outcome.fee.expect("a fee");
        let year = scenario.academic_year.to_string();
        let used = fee.lines.iter().filter_map(|l| l.parameter.as_ref()).chain(fee.learning_credit.parameter.iter());
        for parameter in used {
            prop_assert_eq!(&parameter.period, &year, "{}", parameter.id);
        }
        for condition in &outcome.study_grant.conditions {
            if let Some(parameter) = &condition.parameter {
                prop_assert_eq!(&parameter.period, &year);
            }
        }
        if fee.total_cents.is_none() {
            prop_assert!(fee.missing.iter().all(|m| m.period == year));
        }
    }

    /// A link or stored scenario, whatever it holds, opens as a valid scenario.
    #[test]
    fn any_shared_or_stored_text_recovers_to_a_valid_scenario(text in ".{0,300}", version in 0u64..4) {
        let default = studierekenaar_core::share::default_scenario();
        let recovered = studierekenaar_core::share::recover(&text, version, &default);
        prop_assert!(recovered.scenario.validate(Language::Dutch).is_ok());
        if let Ok(stored) = studierekenaar_core::share::recover_stored(&text, &default) {
            prop_assert!(stored.recovered.scenario.validate(Language::Dutch).is_ok());
        }
    }

    #[test]
    fn any_json_text_gives_an_outcome_or_a_field_error(text in ".{0,200}") {
        match studierekenaar_core::evaluate_json(&text, Language::Dutch) {
            Ok(_) => {}
            Err(studierekenaar_core::EvaluateError::Input(error)) => prop_assert!(!error.problems.is_empty()),
        }
    }
}
