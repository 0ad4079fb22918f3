//! Invariants of the dual-learning comparison over generated inputs.

use proptest::prelude::*;
use studierekenaar_core::dual::{
    max_weeks, AgreementKind, Answer, Beneficiary, DualInput, DualOutcome, Education, EmployerInput, HomeCare,
    Perspective, PremiumKind, SchoolLevel, Verdict,
};
use studierekenaar_core::leave::Hours;
use studierekenaar_core::scenario::{Scenario, Student, StudentStatus};
use studierekenaar_core::{evaluate, AcademicYear, Cents};
use studierekenaar_core::{render, Language};

fn employer() -> impl Strategy<Value = EmployerInput> {
    (
        1i64..=100,
        any::<bool>(),
        any::<bool>(),
        0i64..=4,
        prop_oneof![Just(HomeCare::None), Just(HomeCare::Public), Just(HomeCare::Private)],
        proptest::option::of(0i64..=12),
        0i64..=2_000,
    )
        .prop_map(
            |(
                learners,
                workplace_in_flemish_region,
                mentor_trained,
                premiums_before,
                home_care,
                mentor_months,
                supervised_hours,
            )| {
                EmployerInput {
                    learners,
                    workplace_in_flemish_region,
                    mentor_trained,
                    premiums_before,
                    home_care,
                    mentor_months,
                    supervised_hours,
                }
            },
        )
}

fn input() -> impl Strategy<Value = DualInput> {
    (
        prop_oneof![Just(Education::Secondary), Just(Education::Adult)],
        // 1 to 40 hours a week with up to two decimals, in hundredths.
        (100i64..=4_000).prop_map(Hours),
        1i64..=12,
        any::<bool>(),
        proptest::option::of(1i64..=2_000_000),
        any::<bool>(),
        prop_oneof![
            Just(SchoolLevel::BelowSecondGrade),
            Just(SchoolLevel::SecondGrade),
            Just(SchoolLevel::ThirdGradeFirstYear)
        ],
        0i64..=9,
        any::<bool>(),
        (
            any::<bool>(),
            0i64..=4,
            proptest::option::of(1i64..=12),
            employer(),
            1i64..=52,
            prop_oneof![Just(Perspective::Learner), Just(Perspective::Employer)],
        ),
    )
        .prop_map(
            |(
                education,
                hours_per_week,
                months,
                employed_by_workplace,
                wage_monthly_cents,
                waive_allowance,
                school_level,
                training_years_completed,
                buso_ov3_completed,
                (lives_in_flemish_region, learner_premiums_before, reference_month, mut employer, weeks, perspective),
            )| {
                employer.mentor_months = employer.mentor_months.map(|m| m.min(months));
                DualInput {
                    education,
                    hours_per_week,
                    weeks: weeks.min(max_weeks(months)),
                    months,
                    employed_by_workplace,
                    wage_monthly_cents,
                    waive_allowance,
                    school_level,
                    training_years_completed,
                    buso_ov3_completed,
                    lives_in_flemish_region,
                    learner_premiums_before,
                    reference_month,
                    employer,
                    perspective,
                }
            },
        )
}

fn scenario(year: u16, dual: DualInput) -> Scenario {
    Scenario {
        academic_year: AcademicYear(year),
        student: Student { status: StudentStatus::NonGrant, learning_credit: None },
        enrolments: Vec::new(),
        language_tests: Vec::new(),
        leave: None,
        dual: Some(dual),
        plan: None,
        adult_education: None,
    }
}

fn dual_of(year: u16, input: DualInput) -> DualOutcome {
    let outcome = evaluate(&scenario(year, input), Language::Dutch).expect("generated inputs are valid");
    outcome.dual.expect("a dual part")
}

/// Fields that are identifiers, dates, sources or quotations: the same in every language.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["id", "source", "quote", "reference_date", "short"];

/// Where a translated outcome differs from the Dutch one in structure or figures, or where
/// one of this calculator's sentences is still Dutch (parameter labels and notes, under
/// `parameter` and `missing`, are the parameter translations' own and checked elsewhere).
fn compare_words(
    path: &str,
    dutch: &serde_json::Value,
    other: &serde_json::Value,
    borrowed: bool,
    problems: &mut Vec<String>,
) {
    use serde_json::Value;
    match (dutch, other) {
        (Value::Object(a), Value::Object(b)) => {
            if a.keys().ne(b.keys()) {
                problems.push(format!("{path}: different fields"));
            }
            for (key, value) in a {
                let Some(translated) = b.get(key) else { continue };
                if SAME_IN_EVERY_LANGUAGE.contains(&key.as_str()) {
                    if value != translated {
                        problems.push(format!("{path}.{key}: {value} became {translated}"));
                    }
                } else {
                    let borrowed = borrowed || key == "parameter" || key == "missing";
                    compare_words(&format!("{path}.{key}"), value, translated, borrowed, problems);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items became {}", a.len(), b.len()));
            }
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                compare_words(&format!("{path}.{index}"), x, y, borrowed, problems);
            }
        }
        (Value::String(a), Value::String(b)) => {
            let words = a.contains(' ') && a.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 4);
            if !borrowed && words && a == b {
                problems.push(format!("{path}: still Dutch: {a}"));
            }
        }
        (a, b) if a != b => problems.push(format!("{path}: {a} became {b}")),
        _ => {}
    }
}

fn of(dual: &DualOutcome, kind: AgreementKind) -> &studierekenaar_core::dual::Agreement {
    dual.agreements.iter().find(|a| a.kind == kind).expect("every kind is present")
}

proptest! {
    /// An agreement that is not possible for the inputs never pays "the most" nor costs
    /// "the least"; the verdict is yes exactly when every condition is met.
    #[test]
    fn only_possible_agreements_rank(year in 2020u16..=2026, input in input()) {
        let dual = dual_of(year, input);
        for agreement in &dual.agreements {
            prop_assert_eq!(agreement.verdict.answer == Answer::Yes, agreement.open);
        }
        for kind in [dual.pays_most, dual.costs_least].into_iter().flatten() {
            prop_assert!(of(&dual, kind).verdict.possible(), "{:?} ranks but is not possible", kind);
        }
    }

    /// The employer's cost is the allowance for every learner minus the employer's premiums,
    /// and its lines add up to it.
    #[test]
    fn the_employers_cost_is_allowance_minus_premiums(year in 2020u16..=2026, input in input()) {
        let learners = input.employer.learners;
        let dual = dual_of(year, input);
        for agreement in &dual.agreements {
            let Some(cost) = &agreement.employer_cost else { continue };
            let premiums: Cents = agreement
                .premiums
                .iter()
                .filter(|p| p.beneficiary == Beneficiary::Employer)
                .filter_map(|p| p.amount_cents)
                .sum();
            prop_assert_eq!(cost.allowances_cents, agreement.yearly_allowance_cents.unwrap_or_default().times(learners));
            prop_assert_eq!(cost.premiums_cents, premiums);
            prop_assert_eq!(cost.net_cents.0, cost.allowances_cents.0 - premiums.0);
            let (net, parts) = cost.lines.split_last().expect("a net line");
            prop_assert_eq!(parts.iter().filter_map(|l| l.amount_cents).sum::<Cents>(), cost.net_cents);
            prop_assert_eq!(net.amount_cents, Some(cost.net_cents));
        }
    }

    #[test]
    fn amounts_are_never_negative_and_premiums_explain_themselves(year in 2020u16..=2026, input in input()) {
        let dual = dual_of(year, input);
        for agreement in &dual.agreements {
            prop_assert!(agreement.monthly_allowance_cents.is_none_or(|c| c.0 >= 0));
            prop_assert!(agreement.yearly_allowance_cents.is_none_or(|c| c.0 >= 0));
            for premium in &agreement.premiums {
                prop_assert!(premium.amount_cents.is_none_or(|c| c.0 >= 0));
                prop_assert_eq!(premium.verdict == Verdict::Applies, premium.amount_cents.is_some());
                if premium.verdict == Verdict::NotEligible {
                    prop_assert!(premium.conditions.iter().any(|c| !c.met), "{:?}", premium.text);
                }
            }
        }
    }

    #[test]
    fn an_adult_learner_has_exactly_one_agreement_once_adult_dual_learning_exists(
        year in 2022u16..=2026,
        mut input in input(),
    ) {
        input.education = Education::Adult;
        let dual = dual_of(year, input.clone());
        let open: Vec<AgreementKind> = dual.agreements.iter().filter(|a| a.open).map(|a| a.kind).collect();
        let expected = if input.employed_by_workplace {
            AgreementKind::Odow
        } else if input.hours_per_week >= Hours::whole(20) {
            AgreementKind::Odos
        } else {
            AgreementKind::Odo
        };
        prop_assert_eq!(open, vec![expected]);
    }

    #[test]
    fn the_oao_is_open_to_pupils_from_20_hours_a_week(year in 2020u16..=2026, mut input in input()) {
        input.education = Education::Secondary;
        let dual = dual_of(year, input.clone());
        prop_assert_eq!(of(&dual, AgreementKind::Oao).open, input.hours_per_week >= Hours::whole(20));
        prop_assert!(dual.agreements.iter().filter(|a| a.kind != AgreementKind::Oao).all(|a| !a.open));
    }

    #[test]
    fn the_hourly_allowance_never_falls_when_hours_are_added(mut input in input(), extra in 1i64..=1_000) {
        input.waive_allowance = false;
        input.hours_per_week = input.hours_per_week.min(Hours::whole(30));
        let before = of(&dual_of(2025, input.clone()), AgreementKind::Odo).yearly_allowance_cents;
        // From a hundredth of an hour to 10 hours more.
        input.hours_per_week = input.hours_per_week + Hours(extra);
        let after = of(&dual_of(2025, input), AgreementKind::Odo).yearly_allowance_cents;
        prop_assert!(before.is_some() && after > before);
    }

    #[test]
    fn the_support_premium_never_exceeds_its_cap_and_grows_with_learners(mut input in input(), more in 1i64..=20) {
        input.education = Education::Secondary;
        input.employer.home_care = HomeCare::Public;
        input.employer.learners = input.employer.learners.min(80);
        let support = |input: DualInput| {
            of(&dual_of(2025, input), AgreementKind::Oao)
                .premiums
                .iter()
                .find(|p| p.kind == PremiumKind::HomeCareSupport)
                .and_then(|p| p.amount_cents)
        };
        let few = support(input.clone());
        input.employer.learners += more;
        let many = support(input);
        prop_assert!(few.is_none_or(|c| c <= Cents(1_000_000)));
        prop_assert!(many.is_none_or(|c| c <= Cents(1_000_000)));
        prop_assert!(many >= few);
    }

    #[test]
    fn the_hourly_subsidy_counts_at_most_18_hours_a_month_on_average(mut input in input()) {
        input.education = Education::Secondary;
        input.employer.home_care = HomeCare::Private;
        let months = input.months;
        let learners = input.employer.learners;
        let counted = input.employer.supervised_hours.min(18 * months);
        let dual = dual_of(2025, input);
        let subsidy = of(&dual, AgreementKind::Oao)
            .premiums
            .iter()
            .find(|p| p.kind == PremiumKind::HomeCareHours)
            .and_then(|p| p.amount_cents);
        prop_assert_eq!(subsidy, Some(Cents(counted * 3_274 * learners)));
    }

    #[test]
    fn every_language_gives_the_same_figures_in_its_own_words(year in 2020u16..=2026, input in input()) {
        let in_language = |language| {
            let outcome = evaluate(&scenario(year, input.clone()), language).expect("generated inputs are valid");
            let dual = outcome.dual.expect("a dual part");
            render::in_words(language, || serde_json::to_value(dual)).expect("serializable")
        };
        let dutch = in_language(Language::Dutch);
        for language in [Language::French, Language::English] {
            let mut problems = Vec::new();
            compare_words("", &dutch, &in_language(language), false, &mut problems);
            prop_assert!(problems.is_empty(), "{language}: {problems:#?}");
        }
    }

    #[test]
    fn the_input_reads_back_from_its_json(input in input()) {
        let json = serde_json::to_string(&input).expect("serializable");
        let back: DualInput = serde_json::from_str(&json).expect("readable");
        prop_assert_eq!(back, input);
    }
}

#[test]
fn an_empty_dual_object_is_the_documented_default() {
    let input: DualInput = serde_json::from_str("{}").expect("all fields have defaults");
    assert_eq!(input, DualInput::default());
    assert_eq!((input.hours_per_week, input.weeks, input.months), (Hours::whole(24), 48, 12));
    let dual = dual_of(2025, input);
    assert_eq!(dual.reference_date, "2025-09-01");
    assert!(of(&dual, AgreementKind::Odos).open);
}
