//! Runs every dual-learning case in the case file against the engine. The expected
//! figures come from the home-care webinar's comparison table, the official table of 1 May 2024 and
//! the premium rules (each case names its source); nothing here is computed by the code
//! under test. Whatever the case, every agreement must also explain itself.

mod common;

use serde::Deserialize;
use std::collections::BTreeMap;
use studierekenaar_core::dual::{Agreement, AgreementKind, DualOutcome, PremiumKind, Verdict};
use studierekenaar_core::params::Status;
use studierekenaar_core::render::Words;
use studierekenaar_core::Language;
use studierekenaar_core::{evaluate_json, EvaluateError, FiguresStatus};

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
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// For a refused scenario: the field named, and words of the message.
    error_field: Option<String>,
    error_contains: Option<String>,
    reference_date: Option<String>,
    figures_status: Option<String>,
    /// Ids of the figures reported missing (exactly these).
    missing: Option<Vec<String>>,
    notes_contain: Option<Vec<String>>,
    reading_contains: Option<Vec<String>>,
    oao: Option<AgreementExpect>,
    odos: Option<AgreementExpect>,
    odo: Option<AgreementExpect>,
    odow: Option<AgreementExpect>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AgreementExpect {
    open: Option<bool>,
    monthly_cents: Option<i64>,
    yearly_cents: Option<i64>,
    /// The allowance is not computed (figure missing, wage not entered, not existing yet).
    not_computed: Option<bool>,
    social_security: Option<bool>,
    bracket: Option<u8>,
    /// The three OAO brackets' monthly amounts on the reference date.
    brackets_cents: Option<Vec<i64>>,
    /// Status and period of the allowance figure used.
    status: Option<String>,
    period: Option<String>,
    /// Each must be part of the text of a condition that is not met.
    failed: Option<Vec<String>>,
    premium_cents: Option<BTreeMap<String, i64>>,
    premium_verdicts: Option<BTreeMap<String, String>>,
    employer_premiums_cents: Option<i64>,
    learner_premiums_cents: Option<i64>,
}

fn status_name(status: FiguresStatus) -> &'static str {
    match status {
        FiguresStatus::Confirmed => "confirmed",
        FiguresStatus::Estimated => "estimated",
        FiguresStatus::Unavailable => "unavailable",
    }
}

fn param_status_name(status: Status) -> &'static str {
    match status {
        Status::Confirmed => "confirmed",
        Status::Secondary => "secondary",
        Status::Inferred => "inferred",
        Status::Unavailable => "unavailable",
        Status::Estimated => "estimated",
    }
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn expect_eq(failures: &mut Vec<String>, what: &str, actual: String, expected: String) {
    if actual != expected {
        failures.push(format!("{what}: expected {expected}, got {actual}"));
    }
}

fn check_agreement(failures: &mut Vec<String>, agreement: &Agreement, e: &AgreementExpect) {
    let at = |what: &str| format!("{}.{what}", agreement.short);
    if let Some(open) = e.open {
        expect_eq(failures, &at("open"), agreement.open.to_string(), open.to_string());
    }
    if let Some(monthly) = e.monthly_cents {
        expect_eq(
            failures,
            &at("monthly"),
            format!("{:?}", agreement.monthly_allowance_cents.map(|c| c.0)),
            format!("{:?}", Some(monthly)),
        );
    }
    if let Some(yearly) = e.yearly_cents {
        expect_eq(
            failures,
            &at("yearly"),
            format!("{:?}", agreement.yearly_allowance_cents.map(|c| c.0)),
            format!("{:?}", Some(yearly)),
        );
    }
    if let Some(not_computed) = e.not_computed {
        expect_eq(
            failures,
            &at("not computed"),
            (agreement.monthly_allowance_cents.is_none() && agreement.not_computed.is_some()).to_string(),
            not_computed.to_string(),
        );
    }
    if let Some(social_security) = e.social_security {
        expect_eq(failures, &at("social_security"), agreement.social_security.to_string(), social_security.to_string());
    }
    if let Some(bracket) = e.bracket {
        let applying: Vec<u8> = agreement.brackets.iter().filter(|b| b.applies).map(|b| b.number).collect();
        expect_eq(failures, &at("bracket"), format!("{applying:?}"), format!("{:?}", [bracket]));
    }
    if let Some(brackets) = &e.brackets_cents {
        let actual: Vec<i64> = agreement.brackets.iter().filter_map(|b| b.monthly_cents.map(|c| c.0)).collect();
        expect_eq(failures, &at("brackets"), format!("{actual:?}"), format!("{brackets:?}"));
    }
    let allowance_parameter = agreement.lines.iter().find_map(|l| l.parameter.as_ref());
    if let Some(status) = &e.status {
        expect_eq(
            failures,
            &at("allowance status"),
            allowance_parameter.map(|p| param_status_name(p.status)).unwrap_or("(none)").to_owned(),
            status.clone(),
        );
    }
    if let Some(period) = &e.period {
        expect_eq(
            failures,
            &at("allowance period"),
            allowance_parameter.map(|p| p.period.clone()).unwrap_or_default(),
            period.clone(),
        );
    }
    for words in e.failed.iter().flatten() {
        if !agreement.conditions.iter().any(|c| !c.met && c.text.words(Language::Dutch).contains(words.as_str())) {
            let texts: Vec<String> = agreement
                .conditions
                .iter()
                .map(|c| format!("[{}] {}", if c.met { "ok" } else { "x" }, c.text.words(Language::Dutch)))
                .collect();
            failures.push(format!("{}: no failed condition with {words:?}: {texts:?}", at("conditions")));
        }
    }
    for (kind, cents) in e.premium_cents.iter().flatten() {
        let premium = agreement.premiums.iter().find(|p| json_name(&p.kind) == *kind);
        expect_eq(
            failures,
            &at(&format!("premium {kind}")),
            format!("{:?}", premium.and_then(|p| p.amount_cents).map(|c| c.0)),
            format!("{:?}", Some(cents)),
        );
    }
    for (kind, verdict) in e.premium_verdicts.iter().flatten() {
        let premium = agreement.premiums.iter().find(|p| json_name(&p.kind) == *kind);
        expect_eq(
            failures,
            &at(&format!("premium {kind} verdict")),
            premium.map(|p| json_name(&p.verdict)).unwrap_or_else(|| "(absent)".into()),
            verdict.clone(),
        );
    }
    if let Some(total) = e.employer_premiums_cents {
        expect_eq(
            failures,
            &at("employer premiums"),
            format!("{:?}", agreement.employer_premiums_cents.map(|c| c.0)),
            format!("{:?}", Some(total)),
        );
    }
    if let Some(total) = e.learner_premiums_cents {
        expect_eq(
            failures,
            &at("learner premiums"),
            format!("{:?}", agreement.learner_premiums_cents.map(|c| c.0)),
            format!("{:?}", Some(total)),
        );
    }
}

/// Whatever the case: four agreements in order, every amount explained and sourced.
fn check_invariants(failures: &mut Vec<String>, dual: &DualOutcome) {
    let kinds: Vec<AgreementKind> = dual.agreements.iter().map(|a| a.kind).collect();
    expect_eq(failures, "agreements", format!("{kinds:?}"), format!("{:?}", AgreementKind::ALL));
    for agreement in &dual.agreements {
        let computed = agreement.monthly_allowance_cents.is_some();
        if computed != agreement.yearly_allowance_cents.is_some() || computed == agreement.not_computed.is_some() {
            failures.push(format!("{}: amounts and not_computed disagree", agreement.short));
        }
        if computed && agreement.lines.is_empty() {
            failures.push(format!("{}: an amount without explanation", agreement.short));
        }
        if agreement.open != agreement.conditions.iter().all(|c| c.met) {
            failures.push(format!("{}: open disagrees with its conditions", agreement.short));
        }
        let parameters = agreement
            .lines
            .iter()
            .filter_map(|l| l.parameter.as_ref())
            .chain(agreement.conditions.iter().filter_map(|c| c.parameter.as_ref()))
            .chain(agreement.premiums.iter().flat_map(|p| p.lines.iter().filter_map(|l| l.parameter.as_ref())));
        for parameter in parameters {
            if !parameter.source.starts_with("https://") || parameter.status == Status::Unavailable {
                failures.push(format!("{}: {} lacks a source or a status", agreement.short, parameter.id));
            }
        }
        for premium in &agreement.premiums {
            if (premium.verdict == Verdict::Applies) != premium.amount_cents.is_some() {
                failures.push(format!("{}: premium {:?} verdict and amount disagree", agreement.short, premium.kind));
            }
            if (premium.verdict == Verdict::NotComputed) == premium.missing.is_empty() {
                failures.push(format!(
                    "{}: premium {:?} not computed without a missing figure",
                    agreement.short, premium.kind
                ));
            }
            if premium.verdict == Verdict::NotEligible && premium.conditions.iter().all(|c| c.met) {
                failures.push(format!(
                    "{}: premium {:?} refused without a failed condition",
                    agreement.short, premium.kind
                ));
            }
            if premium.lines.iter().any(|l| l.text.is_empty()) || premium.text.is_empty() {
                failures.push(format!("{}: premium {:?} without explanation", agreement.short, premium.kind));
            }
        }
        if agreement.facts.len() != 6 || agreement.facts.iter().any(|f| !f.source.starts_with("https://")) {
            failures.push(format!("{}: the rules in words lack a topic or a source", agreement.short));
        }
    }
    let any_missing = !dual.missing.is_empty();
    if any_missing != (dual.figures_status == FiguresStatus::Unavailable) {
        failures.push(format!("figures_status {:?} but missing {:?}", dual.figures_status, dual.missing));
    }
}

fn check(case: &Case) -> Result<(), String> {
    let json = serde_json::to_string(&case.scenario).map_err(|e| e.to_string())?;
    let e = &case.expect;
    let mut failures = Vec::new();
    let outcome = match (evaluate_json(&json, Language::Dutch), &e.error_field) {
        (Err(EvaluateError::Input(error)), Some(field)) => {
            let problem = error.problems.iter().find(|p| &p.field == field);
            match problem {
                None => return Err(format!("expected a problem on {field}, got {error}")),
                Some(problem) => {
                    if let Some(words) = &e.error_contains {
                        if !problem.message.contains(words.as_str()) {
                            return Err(format!("message {:?} lacks {words:?}", problem.message));
                        }
                    }
                    return Ok(());
                }
            }
        }
        (Err(error), _) => return Err(format!("scenario refused: {error}")),
        (Ok(_), Some(field)) => return Err(format!("accepted, but expected a problem on {field}")),
        (Ok(outcome), None) => outcome,
    };
    let dual = outcome.dual.as_ref().ok_or("no dual part in the outcome")?;
    if let Some(date) = &e.reference_date {
        expect_eq(&mut failures, "reference_date", dual.reference_date.clone(), date.clone());
    }
    if let Some(status) = &e.figures_status {
        expect_eq(&mut failures, "figures_status", status_name(dual.figures_status).into(), status.clone());
    }
    if let Some(missing) = &e.missing {
        let mut actual: Vec<&str> = dual.missing.iter().map(|m| m.id).collect();
        actual.sort_unstable();
        let mut expected: Vec<&str> = missing.iter().map(String::as_str).collect();
        expected.sort_unstable();
        expect_eq(&mut failures, "missing", format!("{actual:?}"), format!("{expected:?}"));
    }
    for words in e.notes_contain.iter().flatten() {
        if !dual.notes.iter().any(|n| n.contains(words.as_str())) {
            failures.push(format!("no note with {words:?}: {:?}", dual.notes));
        }
    }
    for words in e.reading_contains.iter().flatten() {
        if !dual.reading.iter().any(|n| n.contains(words.as_str())) {
            failures.push(format!("no reading with {words:?}: {:?}", dual.reading));
        }
    }
    for (kind, expected) in [
        (AgreementKind::Oao, &e.oao),
        (AgreementKind::Odos, &e.odos),
        (AgreementKind::Odo, &e.odo),
        (AgreementKind::Odow, &e.odow),
    ] {
        if let Some(expected) = expected {
            match dual.agreements.iter().find(|a| a.kind == kind) {
                Some(agreement) => check_agreement(&mut failures, agreement, expected),
                None => failures.push(format!("{kind:?} missing from the outcome")),
            }
        }
    }
    check_invariants(&mut failures, dual);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

#[test]
fn every_dual_case_matches_its_source() {
    let mut ran = 0;
    let mut failures = Vec::new();
    for (path, file) in common::case_files::<CaseFile>("dual") {
        for case in &file.case {
            assert!(!case.source.trim().is_empty(), "{}: case without source", case.name);
            ran += 1;
            if let Err(why) = check(case) {
                failures.push(format!("{} — {}\n    {why}", path.display(), case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(ran >= 40, "only {ran} cases ran");
}

/// The dual part of a scenario evaluated in a language.
fn dual_in(json: &str, language: Language) -> DualOutcome {
    evaluate_json(json, language).expect("a valid scenario").dual.expect("a dual part")
}

fn agreement_of(dual: &DualOutcome, kind: AgreementKind) -> &Agreement {
    dual.agreements.iter().find(|a| a.kind == kind).expect("every agreement is compared")
}

#[test]
fn the_official_oao_allowance_of_1_may_2024_reads_in_each_language() {
    let json = r#"{"academic_year": "2023-2024", "student": {"status": "non_grant"},
        "dual": {"education": "secondary", "reference_month": 5}}"#;
    let lines = |language| -> Vec<String> {
        agreement_of(&dual_in(json, language), AgreementKind::Oao).lines.iter().map(|l| l.text.clone()).collect()
    };
    assert_eq!(
        lines(Language::Dutch),
        [
            "Leervergoeding schaal 1, want je hebt de tweede graad van het secundair onderwijs nog niet met succes beëindigd en zit in het eerste opleidingsjaar: € 600,50 per maand",
            "Per schooljaar: 12 maanden × € 600,50",
        ]
    );
    assert_eq!(
        lines(Language::English),
        [
            "Learning allowance, bracket 1, because you have not yet successfully completed the second stage of secondary education and are in the first training year: €600.50 per month",
            "Per school year: 12 months × €600.50",
        ]
    );
    assert_eq!(
        lines(Language::French),
        [
            "Indemnité d’apprentissage, barème 1, car vous n’avez pas encore terminé avec succès le deuxième degré de l’enseignement secondaire et êtes en première année de formation\u{a0}: € 600,50 par mois",
            "Par année scolaire\u{a0}: 12 mois × € 600,50",
        ]
    );
    let english = dual_in(json, Language::English);
    let oao = agreement_of(&english, AgreementKind::Oao);
    assert_eq!(oao.name, "Alternating-training agreement (overeenkomst alternerende opleiding)");
    assert_eq!(oao.education, "secondary education");
    assert_eq!(oao.monthly_allowance_cents.map(|c| c.0), Some(60050));
    assert!(
        english.reference_text.starts_with(
            "Amounts as they stood on 1 May 2024, the reference date you chose in the school year 2023-2024."
        ),
        "{}",
        english.reference_text
    );
    assert!(english.reading.iter().any(|r| r
        == "The alternating-training agreement (OAO) is open to you, with 24 hours a week at the workplace: €600.50 per month, €7,206.00 per school year of 12 months."));
}

#[test]
fn the_hourly_odo_allowance_writes_its_hours_the_english_way() {
    let json = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "dual": {"hours_per_week": 24, "weeks": 48, "months": 12}}"#;
    let line = |language| agreement_of(&dual_in(json, language), AgreementKind::Odo).lines[0].text.clone();
    assert_eq!(
        line(Language::Dutch),
        "Leervergoeding ODO: € 4,44 per uur × 24 uur per week × 48 weken = 1.152 uur op de werkplek"
    );
    assert_eq!(
        line(Language::English),
        "ODO learning allowance: €4.44 per hour × 24 hours per week × 48 weeks = 1,152 hours at the workplace"
    );
    let english = dual_in(json, Language::English);
    assert_eq!(agreement_of(&english, AgreementKind::Odo).lines[1].text, "Average per month: €5,114.88 ÷ 12 months");
    assert!(
        english.reading.iter().any(|r| r
            == "For the same 24 hours a week at the workplace, the ODOS pays the most per school year (€7,639.20) and the ODO the least (€5,114.88)."),
        "{:?}",
        english.reading
    );
}

#[test]
fn the_support_premium_cap_reads_in_french_and_english() {
    let json = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "dual": {"education": "secondary", "employer": {"home_care": "public", "learners": 30, "mentor_months": 9}}}"#;
    let support = |language| {
        let dual = dual_in(json, language);
        let premium = agreement_of(&dual, AgreementKind::Oao)
            .premiums
            .iter()
            .find(|p| p.kind == PremiumKind::HomeCareSupport)
            .expect("a home-care service weighs the support premium")
            .clone();
        premium
    };
    let french = support(Language::French);
    assert_eq!(french.verdict, Verdict::Applies);
    assert_eq!(french.amount_cents.map(|c| c.0), Some(1_000_000));
    assert_eq!(french.name, "Prime de soutien pour les services publics d’aide aux familles (ondersteuningspremie)");
    assert_eq!(french.lines[0].text, "€ 250,00 par élève par mois × 9 mois × 30 élèves = 270 mois-élèves");
    assert_eq!(
        french.lines[1].text,
        "Plafonné au maximum de € 10.000,00 par année scolaire pour l’ensemble du service, tous les élèves confondus"
    );
    assert_eq!(french.text, "Le service reçoit € 10.000,00 de prime de soutien pour cette année scolaire.");
    let english = support(Language::English);
    assert_eq!(english.name, "Support premium for public home-care services (ondersteuningspremie)");
    assert_eq!(
        english.lines[1].text,
        "Capped at the maximum of €10,000.00 per school year for the service as a whole, all pupils together"
    );
    assert_eq!(
        support(Language::Dutch).lines[1].text,
        "Begrensd tot het maximum van € 10.000,00 per schooljaar voor de dienst als geheel, alle leerlingen samen"
    );
}

#[test]
fn a_premium_condition_and_a_later_change_read_in_english() {
    let json = r#"{"academic_year": "2023-2024", "student": {"status": "non_grant"},
        "dual": {"education": "secondary", "reference_month": 10, "employer": {"premiums_before": 3}}}"#;
    let english = dual_in(json, Language::English);
    let qualifying = &agreement_of(&english, AgreementKind::Oao).premiums[0];
    assert_eq!(qualifying.kind, PremiumKind::QualifyingWorkplace);
    assert_eq!(qualifying.name, "Qualifying workplace-learning premium (premie kwalificerend werkplekleren)");
    assert!(
        qualifying.conditions.iter().any(|c| !c.met
            && c.text.words(Language::English)
                == "At most 3 times per learner (earlier work-placement bonuses count): the company already received the premium for this learner 3 times"),
        "{:?}",
        qualifying.conditions
    );
    assert_eq!(qualifying.text, "No qualifying workplace-learning premium: not every condition is met.");
    assert!(
        english
            .notes
            .iter()
            .any(|n| n.starts_with("Later in this school year, from 1 November 2023, other amounts apply (")
                && n.contains(": €578.40 per month (secondary source); ")),
        "{:?}",
        english.notes
    );
}

#[test]
fn what_is_not_computed_and_the_comparison_read_in_french() {
    // 1 September 2024: no ODOS amount of then is known; the first one published after it
    // (1 September 2025) stands in, and says so in the language asked.
    let unknown = r#"{"academic_year": "2024-2025", "student": {"status": "non_grant"}, "dual": {}}"#;
    let french = dual_in(unknown, Language::French);
    let odos = agreement_of(&french, AgreementKind::Odos);
    assert_eq!(odos.monthly_allowance_cents, Some(studierekenaar_core::Cents(63_660)));
    let estimate = odos.lines.iter().find_map(|l| l.parameter.as_ref()).expect("the allowance's figure");
    assert_eq!((estimate.status, estimate.period.as_str()), (Status::Estimated, "à partir du 1er septembre 2025"));
    let note = estimate.note.as_deref().unwrap_or_default();
    assert!(
        note.starts_with("Le montant au 1er septembre 2024 n’a pas été trouvé\u{a0}: voici le premier publié ensuite"),
        "{note}"
    );
    let english = dual_in(unknown, Language::English);
    let odos = agreement_of(&english, AgreementKind::Odos);
    let note = odos.lines.iter().find_map(|l| l.parameter.as_ref()).and_then(|p| p.note.clone()).unwrap_or_default();
    assert!(note.contains("The real amount was probably a few percent lower."), "{note}");

    // 1 September 2021: the qualifying-workplace premium does not exist yet.
    let before =
        r#"{"academic_year": "2021-2022", "student": {"status": "non_grant"}, "dual": {"education": "secondary"}}"#;
    let french = dual_in(before, Language::French);
    let premium = &agreement_of(&french, AgreementKind::Oao).premiums[0];
    assert_eq!((premium.kind, premium.verdict), (PremiumKind::QualifyingWorkplace, Verdict::NotComputed));
    assert!(
        premium.text.starts_with(
            "Prime pour l’apprentissage qualifiant sur le lieu de travail\u{a0}: non calculée, car ces données ne sont pas connues\u{a0}: "
        ),
        "{}",
        premium.text
    );

    let known = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "dual": {"hours_per_week": 24, "weeks": 48, "months": 12}}"#;
    let french = dual_in(known, Language::French);
    assert!(
        french.reading.iter().any(|r| r
            == "Pour un même horaire (24 heures par semaine sur le lieu de travail), l’ODOS rapporte le plus par année scolaire (€ 7.639,20) et l’ODO le moins (€ 5.114,88)."),
        "{:?}",
        french.reading
    );
}
