//! The dual-learning comparison in words: what the render layer makes of the agreements'
//! names, lines, premiums, rules, reading and notes in each language, on official amounts.

use studierekenaar_core::dual::{oao_bracket, Agreement, AgreementKind, DualInput, DualOutcome, Fact, PremiumKind};
use studierekenaar_core::dual::{SchoolLevel, Verdict};
use studierekenaar_core::message::{Arg, MessageId};
use studierekenaar_core::params::Status;
use studierekenaar_core::render::{self, Words};
use studierekenaar_core::{evaluate_json, Language, Params};

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
        agreement_of(&dual_in(json, language), AgreementKind::Oao)
            .lines
            .iter()
            .map(|l| l.text.words(language))
            .collect()
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
            "Indemnité d’apprentissage, barème 1, car vous n’avez pas encore terminé avec succès le deuxième degré de l’enseignement secondaire et êtes en première année de formation\u{a0}: 600,50\u{a0}€ par mois",
            "Par année scolaire\u{a0}: 12 mois × 600,50\u{a0}€",
        ]
    );
    let english = dual_in(json, Language::English);
    let oao = agreement_of(&english, AgreementKind::Oao);
    assert_eq!(
        oao.name.words(Language::English),
        "Alternating-training agreement (overeenkomst alternerende opleiding)"
    );
    assert_eq!(oao.education.words(Language::English), "secondary education");
    assert_eq!(oao.monthly_allowance_cents.map(|c| c.0), Some(60050));
    assert!(
        english.reference_text.words(Language::English).starts_with(
            "Amounts as they stood on 1 May 2024, the reference date you chose in the school year 2023-2024."
        ),
        "{:?}",
        english.reference_text
    );
    assert!(english.reading.iter().any(|r| r.words(Language::English)
        == "The alternating-training agreement (OAO) is open to you, with 24 hours a week at the workplace: €600.50 per month, €7,206.00 per school year of 12 months."));
}

#[test]
fn the_hourly_odo_allowance_writes_its_hours_the_english_way() {
    let json = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "dual": {"hours_per_week": 24, "weeks": 48, "months": 12}}"#;
    let line = |language| agreement_of(&dual_in(json, language), AgreementKind::Odo).lines[0].text.words(language);
    assert_eq!(
        line(Language::Dutch),
        "Leervergoeding ODO: € 4,44 per uur × 24 uur per week × 48 weken = 1.152 uur op de werkplek"
    );
    assert_eq!(
        line(Language::English),
        "ODO learning allowance: €4.44 per hour × 24 hours per week × 48 weeks = 1,152 hours at the workplace"
    );
    let english = dual_in(json, Language::English);
    assert_eq!(
        agreement_of(&english, AgreementKind::Odo).lines[1].text.words(Language::English),
        "Average per month: €5,114.88 ÷ 12 months"
    );
    // The ODO is not possible at 24 hours: it is not ranked "the least" (nothing is, with one
    // agreement possible), and the reading says why it is not possible.
    let reading: Vec<String> = english.reading.iter().map(|r| r.words(Language::English)).collect();
    assert!(reading.iter().all(|r| !r.contains("the least")), "{reading:?}");
    assert!(
        reading.iter().any(|r| r.starts_with("With 24 hours a week at the workplace, an ODO is not possible")),
        "{reading:?}"
    );
    assert_eq!(english.pays_most, None);
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
    assert_eq!(
        french.name.words(Language::French),
        "Prime de soutien pour les services publics d’aide aux familles (ondersteuningspremie)"
    );
    assert_eq!(
        french.lines[0].text.words(Language::French),
        "250,00\u{a0}€ par élève par mois × 9 mois × 30 élèves = 270 mois-élèves"
    );
    assert_eq!(
        french.lines[1].text.words(Language::French),
        "Plafonné au maximum de 10\u{202f}000,00\u{a0}€ par année scolaire pour l’ensemble du service, tous les élèves confondus"
    );
    assert_eq!(
        french.text.words(Language::French),
        "Le service reçoit 10\u{202f}000,00\u{a0}€ de prime de soutien pour cette année scolaire."
    );
    let english = support(Language::English);
    assert_eq!(
        english.name.words(Language::English),
        "Support premium for public home-care services (ondersteuningspremie)"
    );
    assert_eq!(
        english.lines[1].text.words(Language::English),
        "Capped at the maximum of €10,000.00 per school year for the service as a whole, all pupils together"
    );
    assert_eq!(
        support(Language::Dutch).lines[1].text.words(Language::Dutch),
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
    assert_eq!(
        qualifying.name.words(Language::English),
        "Qualifying workplace-learning premium (premie kwalificerend werkplekleren)"
    );
    assert!(
        qualifying.conditions.iter().any(|c| !c.met
            && c.text.words(Language::English)
                == "At most 3 times per learner (earlier work-placement bonuses count): the company already received the premium for this learner 3 times"),
        "{:?}",
        qualifying.conditions
    );
    assert_eq!(
        qualifying.text.words(Language::English),
        "No qualifying workplace-learning premium: not every condition is met."
    );
    assert!(
        english
            .notes
            .iter()
            .map(|n| n.words(Language::English))
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
        premium.text.words(Language::French).starts_with(
            "Prime pour l’apprentissage qualifiant sur le lieu de travail\u{a0}: non calculée, car ces données ne sont pas connues\u{a0}: "
        ),
        "{:?}",
        premium.text
    );

    let known = r#"{"academic_year": "2025-2026", "student": {"status": "non_grant"},
        "dual": {"hours_per_week": 24, "weeks": 48, "months": 12}}"#;
    let french = dual_in(known, Language::French);
    // Only the ODOS is possible at 24 hours: no "le plus … le moins" ranks the impossible ODO.
    let reading: Vec<String> = french.reading.iter().map(|r| r.words(Language::French)).collect();
    assert!(reading.iter().all(|r| !r.contains("le moins")), "{reading:?}");
    assert!(
        reading.iter().any(|r| r.starts_with("Le contrat de formation duale avec statut")
            && r.contains("(ODOS) vous est ouvert")),
        "{reading:?}"
    );
}

#[test]
fn the_oao_bracket_says_why_in_the_language_asked() {
    let input = DualInput { training_years_completed: 2, ..DualInput::default() };
    let (bracket, why) = oao_bracket(&input);
    assert_eq!(bracket, 3);
    assert_eq!(
        why.words(Language::Dutch),
        "je hebt 2 opleidingsjaren van een alternerende opleiding met succes beëindigd (twee of meer)"
    );
    assert_eq!(
        why.words(Language::English),
        "you have successfully completed 2 training years of an alternating training (two or more)"
    );
    let second = DualInput { school_level: SchoolLevel::SecondGrade, ..DualInput::default() };
    let (bracket, why) = oao_bracket(&second);
    assert_eq!(bracket, 2);
    assert_eq!(
        why.words(Language::French),
        "vous avez terminé avec succès le deuxième degré de l’enseignement secondaire"
    );
}

#[test]
fn counted_hours_and_months_follow_the_language() {
    let counted = |count, unit, language| render::arg(&Arg::Counted { count, unit }, language);
    assert_eq!(counted(1152, MessageId::CountHours, Language::Dutch), "1.152 uur");
    assert_eq!(counted(1152, MessageId::CountHours, Language::English), "1,152 hours");
    assert_eq!(counted(1, MessageId::CountMonths, Language::Dutch), "1 maand");
    assert_eq!(counted(1, MessageId::CountMonths, Language::English), "1 month");
    assert_eq!(counted(12, MessageId::CountMonths, Language::French), "12 mois");
}

#[test]
fn a_sentence_in_the_middle_of_another_loses_its_capital_and_full_stop() {
    let inner = studierekenaar_core::msg!(OdoNotComputedWage);
    let mid = render::arg(&Arg::MidSentence(Box::new(inner)), Language::Dutch);
    assert_eq!(mid, "niet berekend: vul je brutoloon per maand in. Bij een ODOW behoud je je loon");
}

/// The rules of one agreement from the data compiled in.
fn facts(kind: AgreementKind) -> Vec<Fact> {
    let params = Params::embedded();
    studierekenaar_core::dual::facts::facts(params.agreement(kind).expect("every agreement has its file"))
}

#[test]
fn a_name_in_a_sentence_is_the_title_in_lower_case_in_dutch() {
    for kind in AgreementKind::ALL {
        assert_eq!(kind.name_in_text(Language::Dutch), kind.name(Language::Dutch).to_lowercase());
    }
    assert_eq!(AgreementKind::Odos.name(Language::Dutch), "Overeenkomst van duale opleiding met statuut");
}

#[test]
fn a_translated_name_gives_the_dutch_legal_name_next_to_it() {
    assert_eq!(
        AgreementKind::Oao.name(Language::English),
        "Alternating-training agreement (overeenkomst alternerende opleiding)"
    );
    assert_eq!(AgreementKind::Odo.name(Language::French), "Contrat de formation duale (overeenkomst duale opleiding)");
    for language in [Language::French, Language::English] {
        for kind in AgreementKind::ALL {
            let name = kind.name(language);
            let legal = if kind == AgreementKind::Oao {
                "overeenkomst alternerende opleiding"
            } else {
                "overeenkomst duale opleiding"
            };
            assert!(name.ends_with(&format!("({legal})")), "{name}");
            assert!(name.to_lowercase().starts_with(&kind.name_in_text(language)), "{name}");
        }
    }
}

#[test]
fn every_rule_is_worded_in_every_language_with_its_source_untouched() {
    for kind in AgreementKind::ALL {
        let facts = facts(kind);
        assert_eq!(facts.len(), 6);
        for fact in &facts {
            let dutch = (fact.text.words(Language::Dutch), fact.label.words(Language::Dutch));
            for language in [Language::French, Language::English] {
                let text = fact.text.words(language);
                assert_ne!(dutch.0, text, "{kind:?} {:?} in {language}", fact.topic);
                assert_ne!(dutch.1, fact.label.words(language));
                assert!(!text.starts_with("dual-fact-"), "{text}");
            }
        }
    }
    let odo = facts(AgreementKind::Odo);
    assert_eq!(odo[1].label.words(Language::English), "Social security");
    assert_eq!(odo[1].text.words(Language::English), "No: you do not build up social-security rights.");
    let oao = facts(AgreementKind::Oao);
    assert_eq!(oao[0].label.words(Language::French), "Indemnité");
    assert_eq!(
        oao[2].note.as_ref().map(|n| n
            .words(Language::French)
            .starts_with("Tiré du tableau comparatif du webinaire «\u{a0}Opleidingstrajecten")),
        Some(true)
    );
}

#[test]
fn a_fact_is_its_data_named_message_as_data_and_its_words_in_words() {
    let oao = facts(AgreementKind::Oao);
    let json = serde_json::to_value(&oao[1].text).expect("a message");
    assert_eq!(json["message"], "named");
    assert!(json["args"]["id"]["named"].as_str().is_some_and(|id| id.starts_with("dual-fact-oao-")), "{json}");
    let worded = render::in_words(Language::Dutch, || serde_json::to_value(&oao[1].text)).expect("words");
    assert_eq!(worded, oao[1].text.words(Language::Dutch));
}
