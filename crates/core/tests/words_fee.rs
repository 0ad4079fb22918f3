//! The fee section in words: what the render layer makes of the fee's lines, bills and
//! notes in each language, on the documented examples.

use studierekenaar_core::render::Words;
use studierekenaar_core::{evaluate_json, Language, Outcome};

const EXAMPLE: &str = r#"{"academic_year": "2024-2025",
    "student": {"status": "non_grant", "learning_credit": 140},
    "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 60}]}"#;

fn outcome(json: &str, language: Language) -> Outcome {
    match evaluate_json(json, language) {
        Ok(outcome) => outcome,
        Err(error) => panic!("{error}"),
    }
}

fn texts(outcome: &Outcome) -> Vec<String> {
    let fee = outcome.fee.as_ref().expect("a fee");
    fee.lines.iter().map(|l| l.text.words(outcome.language)).collect()
}

#[test]
fn the_documented_example_in_english() {
    let outcome = outcome(EXAMPLE, Language::English);
    let fee = outcome.fee.as_ref().expect("a fee");
    assert_eq!(fee.total_cents.map(|c| c.0), Some(111_600));
    assert_eq!(
        fee.bills[0].title.words(Language::English),
        "A: diploma and credit contracts (diplomacontract, creditcontract) together"
    );
    assert_eq!(fee.lines[0].parameter.as_ref().map(|p| p.display.as_str()), Some("€288.00"));
    assert_eq!(
        texts(&outcome),
        [
            "Fixed part: once per academic year for all diploma and credit contracts at A together",
            "60 credits on a diploma contract × €13.80 per credit (standard rate)",
        ]
    );
    assert_eq!(
        fee.learning_credit.text.words(Language::English),
        "No surcharge: your learning credit (leerkrediet) of 140 covers the 60 credits you are taking."
    );
    assert!(outcome.study_grant.text.words(Language::English).starts_with("A study grant (studietoelage) is possible"));
}

#[test]
fn the_documented_example_in_french_and_dutch() {
    let french = outcome(EXAMPLE, Language::French);
    let fee = french.fee.as_ref().expect("a fee");
    assert_eq!(fee.total_cents.map(|c| c.0), Some(111_600));
    assert_eq!(fee.lines[0].parameter.as_ref().map(|p| p.display.as_str()), Some("288,00\u{a0}€"));
    assert_eq!(texts(&french)[1], "60 crédits en contrat de diplôme × 13,80\u{a0}€ par crédit (tarif standard)");
    assert_eq!(
        fee.bills[0].title.words(Language::French),
        "A\u{a0}: contrats de diplôme et de crédits (diplomacontract, creditcontract) ensemble"
    );
    assert_eq!(
        french.study_grant.conditions[0].text.words(Language::French),
        "Au moins 27 crédits en contrat de diplôme dans une formation initiale (finançable)\u{a0}: vous en avez 60"
    );
    let dutch = outcome(EXAMPLE, Language::Dutch);
    assert_eq!(
        texts(&dutch),
        [
            "Vast gedeelte: één keer per academiejaar voor alle diploma- en creditcontracten bij A samen",
            "60 studiepunten op diplomacontract × € 13,80 per studiepunt (niet-beurstarief)",
        ]
    );
}

#[test]
fn a_grant_student_with_a_credit_contract_in_every_language() {
    let json = r#"{"academic_year": "2024-2025", "student": {"status": "grant"},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 1},
                       {"institution": "A", "contract": "credit", "programme": "initial", "credits": 10}]}"#;
    let line = |language| texts(&outcome(json, language))[1].clone();
    assert_eq!(
        line(Language::Dutch),
        "1 studiepunt op diplomacontract aan beurstarief: geen bedrag per studiepunt; het verminderde vaste bedrag (€ 131,50) valt weg omdat het volle vaste gedeelte al verschuldigd is voor je creditcontract bij deze instelling"
    );
    assert!(line(Language::English).starts_with("1 credit on a diploma contract at the grant rate: no amount per credit; the reduced fixed amount (€131.50)"), "{}", line(Language::English));
    assert!(
        line(Language::French).starts_with("1 crédit en contrat de diplôme au tarif boursier\u{a0}:"),
        "{}",
        line(Language::French)
    );
    let english = outcome(json, Language::English);
    assert_eq!(
        english.study_grant.conditions[1].text.words(Language::English),
        "10 credits on a credit or exam contract, or in an advanced or post-initial programme, do not count towards a study grant"
    );
    assert_eq!(
        english.study_grant.text.words(Language::English),
        "No study grant (studietoelage) possible: you have 1 credit on a diploma contract, and at least 27 are needed (26 more). Exception: in your diploma year it may be fewer."
    );
}

/// Since 2015-2016 no flat fee: 54, 60 and 66 study points cost the fixed part plus the
/// points, and a note names the old band and UGent's 2013-2014 amount from the parameters.
#[test]
fn the_abolished_flat_fee_is_explained_in_its_old_band_only() {
    let note = |outcome: &Outcome, start: &str| {
        let notes = &outcome.fee.as_ref().expect("a fee").notes;
        notes.iter().map(|n| n.words(outcome.language)).find(|n| n.starts_with(start))
    };
    for (credits, total, in_band) in
        [(53, 101_940, false), (54, 103_320, true), (60, 111_600, true), (66, 119_880, true), (67, 121_260, false)]
    {
        let json = EXAMPLE.replace("\"diploma\"", "\"credit\"").replace("60}", &format!("{credits}}}"));
        let dutch = outcome(&json, Language::Dutch);
        let fee = dutch.fee.as_ref().expect("a fee");
        assert_eq!(fee.total_cents.map(|c| c.0), Some(total), "{credits}");
        let flat = note(&dutch, "Een forfaitair studiegeld");
        assert_eq!(flat.is_some(), in_band, "{credits}: {:?}", fee.notes);
        if let Some(flat) = flat {
            assert_eq!(
                flat,
                "Een forfaitair studiegeld voor 54 tot 66 studiepunten bestond vóór de hervorming van 2015-2016 (in 2013-2014 bij UGent € 610,60). Sinds 2015-2016 is het studiegeld voor elk aantal studiepunten het vaste gedeelte plus een bedrag per studiepunt; alle gepubliceerde tabellen sinds 2020-2021 rekenen zo."
            );
            let english = outcome(&json, Language::English);
            let english = note(&english, "A flat tuition fee");
            assert_eq!(
                english.as_deref(),
                Some("A flat tuition fee for 54 to 66 credits existed before the 2015-2016 reform (€610.60 at UGent in 2013-2014). Since 2015-2016 the tuition fee for any number of credits has been the fixed part plus an amount per credit; every table published since 2020-2021 works this way.")
            );
            let french = outcome(&json, Language::French);
            let french = note(&french, "Des droits d'inscription forfaitaires");
            assert!(
                french.as_deref().is_some_and(|n| n.contains(
                    "pour 54 à 66 crédits existaient avant la réforme de 2015-2016 (610,60\u{a0}€ à l'UGent en 2013-2014)"
                )),
                "{french:?}"
            );
        }
    }
}

#[test]
fn the_surcharge_for_missing_learning_credit_in_english() {
    let json = EXAMPLE.replace("140", "50");
    let english = outcome(&json, Language::English);
    let credit = &english.fee.as_ref().expect("a fee").learning_credit;
    assert_eq!(credit.max_cents.map(|c| c.0), Some(13_800));
    assert_eq!(
        credit.text.words(Language::English),
        "Your learning credit (leerkrediet) of 50 covers 50 credits of the 60 credits you are taking: for 10 credits without learning credit the institution may charge at most €13.80 per credit extra, €138.00 in all. It is not obliged to, and you can then only enrol with its permission."
    );
}
