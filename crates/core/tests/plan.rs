//! The study route: the worked examples of the learning-credit rules (ugent.be "Hoe werkt
//! leerkrediet?", uantwerpen.be "Leerkrediet"), the fee of each year from the published
//! tables, the thresholds (27 study points for a study grant, a balance of 0) and the
//! refusals of a plan that cannot be computed.

use studierekenaar_core::leave::{Hours, HoursRange};
use studierekenaar_core::plan::{Impossible, LearningCreditStep, PlanOutcome};
use studierekenaar_core::scenario::{Contract, Scenario};
use studierekenaar_core::{evaluate, AcademicYear, Cents, FiguresStatus, Language, ParamId};

fn scenario(plan: &str) -> Scenario {
    let json = format!(
        r#"{{"academic_year": "2024-2025", "student": {{"status": "non_grant"}}, "enrolments": [], "plan": {plan}}}"#
    );
    match Scenario::from_json(&json, Language::Dutch) {
        Ok(scenario) => scenario,
        Err(error) => panic!("{plan}: {error}"),
    }
}

fn plan_of(plan: &str) -> PlanOutcome {
    let outcome = evaluate(&scenario(plan), Language::Dutch).expect("a valid plan");
    outcome.plan.expect("a plan outcome")
}

fn balances(plan: &PlanOutcome) -> Vec<i64> {
    let mut balances = vec![plan.learning_credit_start];
    balances.extend(plan.years.iter().map(|y| y.learning_credit_after));
    balances
}

/// The problems of a plan that is refused: `(field, message)` in Dutch.
fn refused(plan: &str) -> Vec<(String, String)> {
    let json = format!(
        r#"{{"academic_year": "2024-2025", "student": {{"status": "non_grant"}}, "enrolments": [], "plan": {plan}}}"#
    );
    match Scenario::from_json(&json, Language::Dutch) {
        Ok(_) => panic!("{plan} should be refused"),
        Err(error) => error.problems.into_iter().map(|p| (p.field, p.message)).collect(),
    }
}

#[test]
fn a_bachelor_at_30_a_year_on_a_diploma_contract_takes_six_years_and_builds_the_bonus() {
    // ugent.be: 140 at the start; the first 60 study points earned on a diploma contract count
    // double, spread over several years: 140 → 170 → 200, then 200 stays.
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 30, "contract": "diploma"}"#);
    assert_eq!(balances(&plan), [140, 170, 200, 200, 200, 200, 200]);
    assert_eq!(plan.totals.years, 6);
    assert_eq!(plan.totals.last_year, AcademicYear(2029));
    let years: Vec<AcademicYear> = plan.years.iter().map(|y| y.academic_year).collect();
    assert_eq!(years, (2024..=2029).map(AcademicYear).collect::<Vec<_>>());
    assert!(plan.years.iter().all(|y| y.credits == 30 && y.passed == 30));
    assert_eq!(
        plan.years[0].learning_credit_steps[..2],
        [LearningCreditStep::Taken { credits: 30 }, LearningCreditStep::Earned { credits: 30 }]
    );
    assert!(matches!(
        plan.years[0].learning_credit_steps[2],
        LearningCreditStep::FirstCreditsBonus { credits: 30, figure } if figure.id == ParamId::LearningCreditFirstCreditsBonus
    ));
    assert_eq!(plan.years[2].learning_credit_steps.len(), 2, "no bonus after the first 60 study points");
    assert_eq!(plan.learning_credit_start_figure.map(|f| f.id), Some(ParamId::LearningCreditStart));
}

#[test]
fn each_year_is_priced_at_its_own_published_fee_and_later_years_are_estimated() {
    // Standard rate, 30 study points: 2024-2025 € 288,00 + 30 × € 13,80 = € 702,00;
    // 2025-2026 € 299,00 + 30 × € 14,30 = € 728,00; 2026-2027 € 305,40 + 30 × € 14,60 = € 743,40;
    // 2027-2028 to 2029-2030 have no figures yet: those of 2026-2027 stand in, marked estimated.
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 30}"#);
    let fees: Vec<Option<Cents>> = plan.years.iter().map(|y| y.fee_cents).collect();
    assert_eq!(fees, [70_200, 72_800, 74_340, 74_340, 74_340, 74_340].map(|c| Some(Cents(c))).to_vec());
    assert_eq!(plan.totals.fee_cents, Some(Cents(440_360)));
    assert_eq!(plan.years[0].figures_status, FiguresStatus::Confirmed);
    assert_eq!(plan.years[2].figures_status, FiguresStatus::Confirmed);
    assert_eq!(plan.years[3].figures_status, FiguresStatus::Estimated);
    assert_eq!(plan.years[3].estimated_from, ["2026-2027"]);
    assert_eq!(
        (plan.years[2].fee_figures_status, plan.years[3].fee_figures_status),
        (FiguresStatus::Confirmed, FiguresStatus::Estimated)
    );
    assert_eq!(plan.figures_status, FiguresStatus::Estimated);
    // The same figures as the single-year fee section for that year.
    let single = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 30}]}"#;
    let single = studierekenaar_core::evaluate_json(single, Language::Dutch).expect("valid");
    assert_eq!(single.fee.and_then(|f| f.total_cents), plan.years[1].fee_cents);
}

#[test]
fn a_credit_contract_keeps_the_learning_credit_at_140() {
    // vives.be: credit contracts are subtracted too, but the first 60 study points earned do not count double.
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 30, "contract": "credit"}"#);
    assert_eq!(balances(&plan), [140; 7]);
    assert!(plan.years.iter().all(|y| !y.study_grant_possible), "credit contracts give no study grant");
}

#[test]
fn a_masters_diploma_subtracts_140() {
    // uantwerpen.be: "Wanneer je een masterdiploma behaalt, wordt het startsaldo van 140
    // studiepunten van je saldo afgetrokken. Als je studietraject perfect is verlopen, heb je
    // op dat moment nog 60 studiepunten leerkrediet over."
    let plan = plan_of(
        r#"{"programme_credits": 120, "credits_per_year": 60, "degree": "master", "learning_credit_start": 200}"#,
    );
    assert_eq!(balances(&plan), [200, 200, 60]);
    assert!(plan.years[1].learning_credit_steps.iter().any(|step| matches!(
        step,
        LearningCreditStep::MasterDiploma { credits: 140, figure } if figure.id == ParamId::LearningCreditMasterDiplomaDeduction
    )));
    // A balance entered is a career under way: no bonus.
    assert!(plan.years[0].learning_credit_steps.len() == 2);
    // A bachelor's diploma changes nothing.
    let bachelor = plan_of(r#"{"programme_credits": 180, "credits_per_year": 60}"#);
    assert_eq!(balances(&bachelor), [140, 200, 200, 200]);
}

#[test]
fn failed_study_points_are_lost_and_must_be_taken_again() {
    // Half passed: 60 taken, 30 earned a year until only the rest is left to take; the
    // programme ends when all 180 are earned, here in the eleventh year.
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 60, "pass_percent": 50}"#);
    let taken: Vec<(i64, i64)> = plan.years.iter().map(|y| (y.credits, y.passed)).collect();
    assert_eq!(
        taken,
        [(60, 30), (60, 30), (60, 30), (60, 30), (60, 30), (30, 15), (15, 7), (8, 4), (4, 2), (2, 1), (1, 1)]
    );
    assert_eq!(balances(&plan), [140, 140, 140, 110, 80, 50, 35, 27, 23, 21, 20, 20]);
    // Points passed are rounded down: 45 × 50 % = 22.
    let plan = plan_of(r#"{"programme_credits": 45, "credits_per_year": 45, "pass_percent": 50}"#);
    assert_eq!((plan.years[0].credits, plan.years[0].passed), (45, 22));
    assert_eq!((plan.years[1].credits, plan.years[1].passed), (23, 11));
}

#[test]
fn an_exam_contract_uses_no_learning_credit_and_gives_no_vov_or_grant() {
    let plan = plan_of(r#"{"programme_credits": 60, "credits_per_year": 60, "contract": "exam"}"#);
    assert_eq!(balances(&plan), [140, 140]);
    assert_eq!(plan.years[0].learning_credit_steps, [LearningCreditStep::NotUsed]);
    // 2024-2025 exam contract: € 131,50 + 60 × € 5,00 = € 431,50.
    assert_eq!(plan.years[0].fee_cents, Some(Cents(43_150)));
    assert!(!plan.years[0].study_grant_possible);
}

#[test]
fn a_study_grant_needs_27_study_points_on_a_diploma_contract() {
    // centenvoorstudenten.be: "een diplomacontract van minstens 27 studiepunten".
    let plan = plan_of(r#"{"programme_credits": 54, "credits_per_year": 27}"#);
    assert!(plan.years.iter().all(|y| y.study_grant_possible));
    assert_eq!(plan.totals.study_grant_years, 2);
    let plan = plan_of(r#"{"programme_credits": 54, "credits_per_year": 26}"#);
    assert_eq!(plan.years.iter().map(|y| y.credits).collect::<Vec<_>>(), [26, 26, 2]);
    assert!(plan.years.iter().all(|y| !y.study_grant_possible));
}

#[test]
fn at_a_balance_of_0_the_institution_must_agree_and_may_charge_the_surcharge() {
    // onderwijskiezer.be: at or below 0, only with the institution's consent, and it may charge more.
    let plan = plan_of(r#"{"programme_credits": 30, "credits_per_year": 30, "learning_credit_start": 0}"#);
    assert!(plan.years[0].institution_must_agree);
    // 30 study points without learning credit × € 13,80 (2024-2025) = € 414,00 at most, apart from the fee.
    assert_eq!(plan.years[0].learning_credit_surcharge_max_cents, Some(Cents(41_400)));
    assert_eq!(plan.years[0].fee_cents, Some(Cents(70_200)));
    let plan = plan_of(r#"{"programme_credits": 30, "credits_per_year": 30, "learning_credit_start": 1}"#);
    assert!(!plan.years[0].institution_must_agree);
    assert_eq!(plan.years[0].learning_credit_surcharge_max_cents, Some(Cents(40_020)), "29 × € 13,80");
}

#[test]
fn the_years_own_choices_change_pace_contract_and_status() {
    let plan = plan_of(
        r#"{"programme_credits": 120, "credits_per_year": 60,
            "years": [{"credits": 30, "contract": "credit"}, {"status": "grant"}]}"#,
    );
    let shape: Vec<(i64, Contract)> = plan.years.iter().map(|y| (y.credits, y.contract)).collect();
    assert_eq!(shape, [(30, Contract::Credit), (60, Contract::Diploma), (30, Contract::Diploma)]);
    // 2025-2026 at the grant rate: the reduced fixed amount only, € 136,50.
    assert_eq!(plan.years[1].fee_cents, Some(Cents(13_650)));
    assert!(plan.options[0].own && plan.options[0].varies_by_year);
}

#[test]
fn leave_gives_vov_hours_and_time_credit_months_each_year() {
    // 4 VOV hours per study point (vlaanderen.be), at most 125 × the employment fraction;
    // from 2025-2026 only from 80 % employment. A full-time private-sector worker at 30 a
    // year: 120 hours a year. A half-time break for training frees 19 of 38 hours a week and
    // uses 12 of the 36 months of time credit a year.
    let json = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "enrolments": [],
        "leave": {"interruption": "half_time", "seniority_months": 60},
        "plan": {"programme_credits": 180, "credits_per_year": 30}}"#;
    let outcome = studierekenaar_core::evaluate_json(json, Language::Dutch).expect("valid");
    let plan = outcome.plan.expect("a plan");
    assert_eq!(plan.years[0].vov_hours, Some(Hours::whole(120)));
    assert_eq!(plan.totals.vov_hours, Some(Hours::whole(720)));
    // 30 study points a year meet the 27 needed for time credit (odisee.be).
    let months: Vec<Option<i64>> = plan.years.iter().map(|y| y.time_credit_months).collect();
    assert_eq!(months, [Some(12), Some(12), Some(12), Some(0), Some(0), Some(0)]);
    assert_eq!(plan.totals.time_credit_months, Some(36));
    // Study load 30 × 25 to 30 hours = 750 to 900 hours a year, 4.500 to 5.400 in all.
    assert_eq!(plan.totals.study_hours, Some(HoursRange { min: Hours::whole(4_500), max: Hours::whole(5_400) }));
    // After the time credit: 750 − 120 VOV = 630 hours over 52 weeks = 12,12 hours a week at least.
    assert_eq!(plan.years[3].hours_per_week_left.map(|h| h.min), Some(Hours(1212)));
}

#[test]
fn the_comparison_has_every_contract_and_pace_and_marks_the_own_plan() {
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 30}"#);
    assert!(plan.options[0].own);
    assert_eq!(plan.options[0].totals.as_ref().map(|t| t.years), Some(6));
    assert_eq!(plan.options.len(), 1 + 3 * 3 - 1, "the own plan once, then every other combination");
    let full_time = plan
        .options
        .iter()
        .find(|o| o.contract == Contract::Diploma && o.credits_per_year == 60)
        .and_then(|o| o.totals.clone())
        .expect("diploma at 60");
    assert_eq!(full_time.years, 3);
    assert_eq!(full_time.learning_credit_end, 200);
    // 2024-2025 € 1.116,00 + 2025-2026 € 299,00 + 60 × € 14,30 = € 1.157,00 + 2026-2027 € 1.181,40.
    assert_eq!(full_time.fee_cents, Some(Cents(111_600 + 115_700 + 118_140)));
    // Each cell explains itself: the alternative carries its route, year by year.
    let full_time_years = &plan
        .options
        .iter()
        .find(|o| o.contract == Contract::Diploma && o.credits_per_year == 60)
        .expect("diploma at 60")
        .years;
    let fees: Vec<Option<Cents>> = full_time_years.iter().map(|y| y.fee_cents).collect();
    assert_eq!(fees, [Some(Cents(111_600)), Some(Cents(115_700)), Some(Cents(118_140))]);
    let balances: Vec<(i64, i64)> =
        full_time_years.iter().map(|y| (y.learning_credit_before, y.learning_credit_after)).collect();
    // The first 60 study points earned come back twice: 140 − 60 + 120 = 200, then 200 − 60 + 60.
    assert_eq!(balances, [(140, 200), (200, 200), (200, 200)]);
    assert_eq!(plan.options[0].years, plan.years, "the own plan's route is the route above it");
    let credit = plan.options.iter().find(|o| o.contract == Contract::Credit && o.credits_per_year == 30);
    assert_eq!(credit.and_then(|o| o.totals.as_ref()).map(|t| t.learning_credit_end), Some(140));
    assert!(credit.is_some_and(|o| !o.study_grant_possible));
    // A programme smaller than a pace: that alternative cannot be computed and shows no amount.
    let short = plan_of(r#"{"programme_credits": 40, "credits_per_year": 40}"#);
    let too_big = short.options.iter().find(|o| o.credits_per_year == 60).expect("the pace of 60");
    assert_eq!(too_big.impossible, Some(Impossible::MoreThanProgramme));
    assert!(too_big.totals.is_none());
    assert!(too_big.years.is_empty());
}

#[test]
fn a_plan_that_cannot_be_computed_is_refused_on_its_field() {
    let problems = refused(r#"{"credits_per_year": 0}"#);
    assert_eq!(problems[0].0, "plan.credits_per_year");
    assert!(problems[0].1.contains("nooit af"), "{problems:?}");
    let problems = refused(r#"{"programme_credits": 60, "credits_per_year": 120}"#);
    assert_eq!(problems[0].0, "plan.credits_per_year");
    assert!(problems[0].1.contains("meer dan de hele opleiding"), "{problems:?}");
    // 180 at 12 a year takes 15 years, the longest plausible; 11 a year takes 17.
    assert!(Scenario::from_json(
        r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "plan": {"credits_per_year": 12}}"#,
        Language::Dutch
    )
    .is_ok());
    let problems = refused(r#"{"credits_per_year": 11}"#);
    assert_eq!(
        problems,
        [(
            "plan.credits_per_year".to_owned(),
            "zo duurt de opleiding langer dan 15 jaar: neem meer studiepunten per jaar of slaag voor een groter deel"
                .to_owned()
        )]
    );
    let problems = refused(r#"{"pass_percent": 0, "programme_credits": 0, "learning_credit_start": 201}"#);
    let fields: Vec<&str> = problems.iter().map(|(field, _)| field.as_str()).collect();
    assert_eq!(fields, ["plan.programme_credits", "plan.pass_percent", "plan.learning_credit_start"]);
    let problems = refused(r#"{"start_year": "2019-2020"}"#);
    assert_eq!(problems[0].0, "plan.start_year");
    let problems = refused(r#"{"years": [{}, {"credits": 181}]}"#);
    assert_eq!(problems[0].0, "plan.years[1].credits");
    // In English too.
    let json = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "plan": {"credits_per_year": 0}}"#;
    let error = Scenario::from_json(json, Language::English).expect_err("refused");
    assert_eq!(
        error.problems[0].message,
        "at 0 credits a year the programme never ends: give at least 1 credit a year"
    );
}

#[test]
fn the_plan_travels_in_links_and_storage() {
    let scenario =
        scenario(r#"{"programme_credits": 120, "credits_per_year": 45, "degree": "master", "pass_percent": 90}"#);
    let json = studierekenaar_core::share::to_json(&scenario);
    let recovered = studierekenaar_core::share::recover(&json, 1, &studierekenaar_core::share::default_scenario());
    assert!(recovered.dropped.is_empty(), "{:?}", recovered.dropped);
    assert_eq!(recovered.scenario.plan, scenario.plan);
    // A plan that does not fit is dropped alone, with a word for it.
    let broken = json.replace("\"credits_per_year\":45", "\"credits_per_year\":0");
    let recovered = studierekenaar_core::share::recover(&broken, 1, &studierekenaar_core::share::default_scenario());
    assert!(recovered.scenario.plan.is_none());
    assert_eq!(
        recovered.message(Language::Dutch).as_deref(),
        Some("Niet alles kon worden overgenomen; dit is teruggezet naar de standaardwaarde: je studietraject.")
    );
}

#[test]
fn the_route_is_worded_in_each_language() {
    use studierekenaar_core::render::plan as words;
    let plan = plan_of(r#"{"programme_credits": 180, "credits_per_year": 30}"#);
    assert_eq!(
        words::summary(Language::Dutch, &plan),
        "Je studietraject duurt 6 jaar, van 2024-2025 tot en met 2029-2030, en kost € 4.403,60 studiegeld. Daarna heb je 200 studiepunten leerkrediet."
    );
    assert_eq!(
        words::summary(Language::English, &plan),
        "Your study route takes 6 years, from 2024-2025 to 2029-2030, and costs €4,403.60 in tuition fees (studiegeld). Afterwards you have 200 credits of learning credit left."
    );
    assert!(words::summary(Language::French, &plan)
        .starts_with("Votre parcours d’études dure 6 ans, de 2024-2025 à 2029-2030"));
    assert_eq!(
        words::learning_credit(Language::Dutch, &plan.years[0]),
        "leerkrediet: 140 → 170 (30 studiepunten opgenomen: eraf; 30 studiepunten verworven: terug; 30 studiepunten tellen dubbel (de eerste 60 verworven op diplomacontract))"
    );
    let fee_figure = plan.years[3].figures.iter().find(|f| f.id == ParamId::FeeStandardFixed).expect("the fixed part");
    let used = words::figure(Language::Dutch, plan.years[3].academic_year, fee_figure).expect("a figure");
    assert_eq!(
        (used.amount, used.period.as_str(), used.estimated_for.as_deref()),
        (30_540, "2026-2027", Some("2027-2028"))
    );
    let impossible = plan_of(r#"{"programme_credits": 40, "credits_per_year": 40}"#);
    let option = impossible.options.iter().find(|o| o.impossible.is_some()).expect("an impossible option");
    assert_eq!(words::option(Language::English, option), "diploma contract (diplomacontract), 45 credits a year");
}
