//! Invariants of the leave calculation over generated work situations and study plans.

use proptest::prelude::*;
use studierekenaar_core::leave::{EducationLevel, Hours, Interruption, LeaveInput, LeaveOutcome, Sector, WorkRegion};
use studierekenaar_core::render::Words;
use studierekenaar_core::scenario::{Contract, Enrolment, Programme, Scenario, Student, StudentStatus};
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate, AcademicYear, FiguresStatus};

fn enrolment() -> impl Strategy<Value = Enrolment> {
    (
        prop_oneof![Just(Contract::Diploma), Just(Contract::Credit), Just(Contract::Exam)],
        prop_oneof![
            Just(Programme::Initial),
            Just(Programme::BachelorAfterBachelor),
            Just(Programme::MasterAfterMaster),
            Just(Programme::Postinitial)
        ],
        1i64..=180,
    )
        .prop_map(|(contract, programme, credits)| Enrolment {
            institution: "A".to_owned(),
            contract,
            programme,
            credits,
            institution_price_cents: None,
        })
}

fn interruption() -> impl Strategy<Value = Interruption> {
    prop_oneof![
        Just(Interruption::None),
        Just(Interruption::OneFifth),
        Just(Interruption::HalfTime),
        Just(Interruption::FullTime)
    ]
}

fn leave() -> impl Strategy<Value = LeaveInput> {
    (
        (
            prop_oneof![Just(Sector::Private), Just(Sector::FlemishPublic), Just(Sector::OtherPublic)],
            1i64..=100,
            1i64..=6_000,
            1i64..=52,
            prop_oneof![Just(EducationLevel::LowOrMiddle), Just(EducationLevel::High)],
            any::<bool>(),
            any::<bool>(),
            prop_oneof![
                Just(WorkRegion::Flanders),
                Just(WorkRegion::Brussels),
                Just(WorkRegion::Wallonia),
                Just(WorkRegion::NotWorking)
            ],
        ),
        (
            proptest::option::of(0i64..=600),
            proptest::option::of(0i64..=2_000_000),
            interruption(),
            proptest::option::of(0i64..=300_000),
            proptest::option::of(0i64..=30_000),
            any::<bool>(),
            proptest::option::of(1i64..=2_000),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (
                    sector,
                    employment_percent,
                    weekly,
                    weeks,
                    education_level,
                    development_plan,
                    living_alone,
                    work_region,
                ),
                (seniority, wage, interruption, allowance, planned, graduaat, lessons, basic),
            )| LeaveInput {
                sector,
                work_region,
                employment_percent,
                weekly_hours: Hours(weekly),
                weeks,
                education_level,
                development_plan,
                living_alone,
                seniority_months: seniority,
                monthly_gross_wage_cents: wage,
                interruption,
                interruption_allowance_cents: allowance.filter(|_| interruption != Interruption::None),
                vov_hours_planned: planned.filter(|_| sector == Sector::Private).map(Hours),
                graduaat,
                adult_education_lesson_periods: lessons,
                adult_education_basic_or_secondary: basic,
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (2020u16..=2026, proptest::collection::vec(enrolment(), 1..5), leave()).prop_map(|(year, enrolments, leave)| {
        Scenario {
            academic_year: AcademicYear(year),
            student: Student { status: StudentStatus::NonGrant, learning_credit: None },
            enrolments,
            language_tests: Vec::new(),
            leave: Some(leave),
            dual: None,
            plan: None,
            adult_education: None,
        }
    })
}

fn leave_of(scenario: &Scenario) -> LeaveOutcome {
    evaluate(scenario, Language::Dutch).expect("generated scenarios are valid").leave.expect("a leave section")
}

proptest! {
    #[test]
    fn vov_never_exceeds_the_personal_maximum_or_the_training(scenario in scenario()) {
        let leave = leave_of(&scenario);
        let vov = &leave.vov;
        if let Some(hours) = vov.hours {
            prop_assert!(hours >= Hours::ZERO);
            prop_assert!(hours <= Hours::whole(125), "{hours:?}");
            if let Some(maximum) = vov.personal_max_hours {
                prop_assert!(hours <= maximum, "{hours:?} > {maximum:?}");
            }
            if let Some(training) = vov.training_hours {
                prop_assert!(hours <= training, "{hours:?} > {training:?}");
            }
        }
        if vov.eligible == Some(false) {
            prop_assert_eq!(vov.hours, Some(Hours::ZERO));
            prop_assert!(vov.conditions.iter().any(|c| !c.met), "not eligible must name a failed condition");
        }
    }

    #[test]
    fn coverage_adds_up_and_stays_in_range(scenario in scenario()) {
        let leave = leave_of(&scenario);
        let weeks = scenario.leave.as_ref().map_or(52, |l| l.weeks);
        for row in &leave.coverage.rows {
            if let Some(share) = row.share_percent {
                prop_assert!(0 <= share.min && share.min <= share.max && share.max <= 100, "{share:?}");
            }
            if let Some(left) = row.left_hours {
                prop_assert!(Hours::ZERO <= left.min && left.min <= left.max);
            }
            if let (Some(covered), Some(load), Some(left)) = (row.covered_hours, leave.study_load_hours, row.left_hours) {
                prop_assert_eq!(left.max, load.max.saturating_sub(covered));
            }
        }
        if let (Some(per_week), Some(total)) = (leave.time_credit.hours_per_week, leave.time_credit.hours) {
            prop_assert_eq!(per_week.times(weeks), total);
        }
        if let Some(plan) = leave.coverage.rows.first() {
            if scenario.leave.as_ref().is_some_and(|l| l.sector == Sector::Private) {
                let sum = leave.vov.hours.zip(leave.time_credit.hours).map(|(a, b)| a + b);
                prop_assert_eq!(plan.covered_hours, sum);
            }
        }
    }

    #[test]
    fn not_computed_is_always_explained(scenario in scenario()) {
        let leave = leave_of(&scenario);
        if leave.vov.eligible.is_none() || leave.vok.eligible.is_none() || leave.study_load_hours.is_none() {
            prop_assert_eq!(leave.figures_status, FiguresStatus::Unavailable);
        }
        if leave.figures_status == FiguresStatus::Unavailable {
            prop_assert!(!leave.missing.is_empty());
        }
        let words = |message: &studierekenaar_core::message::Message| message.words(Language::Dutch);
        prop_assert!(!words(&leave.vov.text).is_empty() && !words(&leave.time_credit.text).is_empty());
        prop_assert!(!words(&leave.vok.text).is_empty() && !words(&leave.coverage.summary).is_empty());
        if let Some(gross) = leave.vok.monthly_gross_cents {
            prop_assert!(gross.0 >= 0);
        }
    }

    #[test]
    fn more_study_points_never_lower_the_load_or_the_leave(scenario in scenario(), index in 0usize..5, extra in 1i64..=30) {
        let index = index % scenario.enrolments.len();
        let mut more = scenario.clone();
        more.enrolments[index].credits = (more.enrolments[index].credits + extra).min(180);
        let (before, after) = (leave_of(&scenario), leave_of(&more));
        if let (Some(a), Some(b)) = (before.study_load_hours, after.study_load_hours) {
            prop_assert!(b.min >= a.min && b.max >= a.max);
        }
        if let (Some(a), Some(b)) = (before.vov.entitlement_hours, after.vov.entitlement_hours) {
            prop_assert!(b >= a, "{a:?} -> {b:?}");
        }
    }

    #[test]
    fn more_employment_never_lowers_the_vov_entitlement(scenario in scenario(), extra in 1i64..=50) {
        let mut more = scenario.clone();
        if let Some(leave) = more.leave.as_mut() {
            leave.employment_percent = (leave.employment_percent + extra).min(100);
        }
        let (before, after) = (leave_of(&scenario), leave_of(&more));
        if let (Some(a), Some(b)) = (before.vov.entitlement_hours, after.vov.entitlement_hours) {
            prop_assert!(b >= a, "{a:?} -> {b:?}");
        }
    }

    #[test]
    fn the_input_reads_back_what_it_writes(scenario in scenario()) {
        let json = serde_json::to_string(&scenario).expect("serializes");
        let again = Scenario::from_json(&json, Language::Dutch).expect("reads back");
        prop_assert_eq!(again, scenario);
    }
}
