//! The message files: every language has every message, no translation invents a
//! variable, every message the code or the agreement data names exists, none is left
//! unused, and every parameter label and note has its French and English translation.

use std::collections::BTreeSet;
use studierekenaar_core::explain::ParameterWords;
use studierekenaar_core::i18n::{all_core_sources, audit, Language, LEGAL_TERMS};
use studierekenaar_core::params::Status;
use studierekenaar_core::{ParamId, Params};

fn sources_under(dir: &std::path::Path, found: &mut String) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources_under(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/audit.rs") {
            found.push_str(&std::fs::read_to_string(&path).expect("source file"));
        }
    }
}

fn core_source() -> String {
    let mut text = String::new();
    sources_under(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut text);
    text
}

#[test]
fn every_language_has_every_message() {
    let problems = audit::parity(all_core_sources(), LEGAL_TERMS, "nl-BE", &["params.ftl"]);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for language in Language::ALL {
        assert!(language.catalog().problems().is_empty(), "{:?}", language.catalog().problems());
    }
}

/// The messages the agreement data names: each fact's words and note (`message` or `message.attribute`).
fn ids_named_in_the_agreements() -> BTreeSet<String> {
    let params = Params::embedded();
    params
        .agreements()
        .flat_map(|agreement| agreement.facts)
        .flat_map(|fact| std::iter::once(fact.text.to_owned()).chain(fact.note.map(str::to_owned)))
        .collect()
}

/// Whether the code names a message: by its id in quotes, or by its `MessageId` variant
/// (`fee-line-fixed-part` is `msg!(FeeLineFixedPart…` or `MessageId::FeeLineFixedPart`).
fn named_in(source: &str, id: &str) -> bool {
    let variant: String = id
        .split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect();
    let named_after = |prefix: &str| {
        source.split(prefix).skip(1).any(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(variant.as_str())
                && !rest[variant.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    };
    source.contains(&format!("\"{id}\"")) || named_after("msg!(") || named_after("MessageId::")
}

#[test]
fn every_message_named_in_the_code_exists_and_every_message_is_used() {
    let source = core_source();
    let catalog = Language::Dutch.catalog();
    let missing: Vec<String> = audit::ids_named_in(&source).into_iter().filter(|id| !catalog.has(id)).collect();
    assert!(missing.is_empty(), "named in the code but not in nl-BE: {missing:?}");
    assert!(audit::ids_named_in(&source).len() > 20, "the scan finds the messages the code names");
    let in_data = ids_named_in_the_agreements();
    assert!(in_data.len() >= 24, "the agreements name their facts' words: {in_data:?}");
    for language in Language::ALL {
        let missing: Vec<&String> = in_data.iter().filter(|id| !language.catalog().has(id)).collect();
        assert!(missing.is_empty(), "named in params/dual/agreements but not in {language}: {missing:?}");
    }
    let used_by_data: BTreeSet<&str> = in_data.iter().map(|id| id.split('.').next().unwrap_or(id)).collect();

    let unused: Vec<String> = all_core_sources()
        .iter()
        .filter(|(tag, _, _)| *tag == "nl-BE")
        .flat_map(|(_, _, text)| audit::entries(text).expect("parses").messages.into_keys())
        .map(|id| id.split('.').next().unwrap_or(&id).to_owned())
        .collect::<BTreeSet<String>>()
        .into_iter()
        .filter(|id| !named_in(&source, id) && !used_by_data.contains(id.as_str()))
        .collect();
    assert!(unused.is_empty(), "in nl-BE but never named in the code or the agreements: {unused:?}");
}

#[test]
fn every_parameter_label_and_note_is_translated() {
    let params = Params::embedded();
    for language in [Language::French, Language::English] {
        let tag = language.tag();
        let mut expected = BTreeSet::new();
        for parameter in params.iter() {
            let message = ParameterWords::message_id(parameter.id.as_str());
            expected.insert(message.clone());
            for value in parameter.values.iter().filter(|v| v.note.is_some()) {
                expected.insert(format!("{message}.{}", ParameterWords::note_attribute(value.period)));
            }
        }
        let present: BTreeSet<String> = all_core_sources()
            .iter()
            .filter(|(t, name, _)| *t == tag && *name == "params.ftl")
            .flat_map(|(_, _, text)| audit::entries(text).expect("parses").messages.into_keys())
            .collect();
        let missing: Vec<&String> = expected.difference(&present).collect();
        let extra: Vec<&String> = present.difference(&expected).collect();
        assert!(missing.is_empty(), "{tag}/params.ftl lacks {} translations: {missing:?}", missing.len());
        assert!(extra.is_empty(), "{tag}/params.ftl translates what no parameter has: {extra:?}");
    }
}

#[test]
fn a_parameter_reads_in_the_language_asked() {
    let params = Params::embedded();
    let figures = |language| {
        studierekenaar_core::explain::Figures::new(params, studierekenaar_core::AcademicYear(2024), language)
    };
    let dutch = figures(Language::Dutch).get(ParamId::FeeStandardPerCredit).expect("2024-2025 is published");
    let english = figures(Language::English).get(ParamId::FeeStandardPerCredit).expect("2024-2025 is published");
    assert_eq!(dutch.display, "€ 13,80 per studiepunt");
    assert_eq!(english.display, "€13.80 per credit");
    assert_eq!(dutch.amount, english.amount);
    assert_ne!(dutch.label, english.label);
    // 2027-2028 is not published: 2026-2027's figure stands in, said so in the language asked.
    let estimate = |language| {
        figures(language)
            .for_year(studierekenaar_core::AcademicYear(2027))
            .get(ParamId::FeeStandardFixed)
            .expect("estimated")
    };
    let french = estimate(Language::French);
    assert_eq!((french.status, french.period.as_str(), french.amount), (Status::Estimated, "2026-2027", 30_540));
    assert_eq!(french.estimated_for.as_deref(), Some("2027-2028"));
    assert!(french.note.as_deref().is_some_and(|n| n.starts_with("Le montant pour 2027-2028 n'est pas encore publié")));
    let dutch = estimate(Language::Dutch).note.unwrap_or_default();
    assert!(
        dutch.starts_with("Het bedrag voor 2027-2028 is nog niet gepubliceerd: dit is dat van 2026-2027 (bevestigd)."),
        "{dutch}"
    );
    assert!(dutch.contains("enkele procenten hoger"), "{dutch}");
}
