//! The parameter data itself: it covers every supported year exactly once, every figure
//! has a source, what the build compiled in is what the files say, and the loader (which
//! the build script runs on every file) refuses each kind of malformed file with the file
//! and key named (one fixture per rule in `tests/params_invalid/`, and for the
//! dual-learning agreements' files in `tests/agreements_invalid/`).

// The loader, as the build script includes it: it is not part of the library.
#[allow(dead_code)]
#[path = "../src/params/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "../src/params/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "../src/params/schema.rs"]
mod schema;

use studierekenaar_core::dual::{AgreementKind, FactTopic};
use studierekenaar_core::money::Hundredths;
use studierekenaar_core::params::{Date, Lookup, ParamId, Params, Period, Status, Unit, AGREEMENTS_DIR};
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::Language;

fn embedded() -> &'static Params {
    Params::embedded()
}

/// A year-keyed parameter lists every year from 2020-2021 up to its latest entry exactly
/// once; a supported year after that entry is answered with the latest figure, estimated.
#[test]
fn every_supported_year_gets_a_figure_or_an_estimate_up_to_2027_2028() {
    assert_eq!(AcademicYear::supported().last(), Some(AcademicYear(2027)));
    let mut gaps = Vec::new();
    for parameter in embedded().iter() {
        let listed: Vec<AcademicYear> = parameter
            .values
            .iter()
            .filter_map(|v| match v.period {
                Period::Year(year) => Some(year),
                Period::From(_) => None,
            })
            .collect();
        if let Some(&last) = listed.last() {
            for year in AcademicYear::supported().filter(|y| *y <= last) {
                let matching = listed.iter().filter(|y| **y == year).count();
                if matching != 1 {
                    gaps.push(format!("{}: {matching} values for {year}", parameter.id));
                }
            }
            if last < AcademicYear(2026) {
                gaps.push(format!("{}: nothing listed after {last}", parameter.id));
            }
        }
        for year in AcademicYear::supported() {
            match parameter.for_year(year) {
                Lookup::NotCovered => gaps.push(format!("{}: nothing for {year}", parameter.id)),
                Lookup::Estimated { value, .. } if listed.last().is_some_and(|last| year > *last) => {
                    let latest_figure = parameter.values.iter().rev().find(|v| v.amount.is_some()).map(|v| v.period);
                    assert_eq!(Some(value.period), latest_figure, "{} {year}", parameter.id)
                }
                _ => {}
            }
        }
    }
    assert!(gaps.is_empty(), "coverage gaps or overlaps:\n{}", gaps.join("\n"));
}

#[test]
fn every_figure_has_a_source_and_every_gap_a_reason() {
    for parameter in embedded().iter() {
        assert!(!parameter.label.is_empty(), "{}", parameter.id);
        for value in parameter.values {
            match value.status {
                Status::Unavailable => {
                    assert!(value.amount.is_none(), "{} {}", parameter.id, value.period);
                    assert!(value.note.is_some_and(|n| !n.is_empty()), "{} {}", parameter.id, value.period);
                }
                _ => {
                    assert!(value.amount.is_some(), "{} {}", parameter.id, value.period);
                    assert!(value.source.is_some_and(|s| s.starts_with("http")), "{} {}", parameter.id, value.period);
                }
            }
        }
    }
}

const FEE_TABLE: [ParamId; 7] = [
    ParamId::FeeStandardFixed,
    ParamId::FeeStandardPerCredit,
    ParamId::FeeNearGrantPerCredit,
    ParamId::FeeGrantFlat,
    ParamId::FeeExamFixed,
    ParamId::FeeExamPerCredit,
    ParamId::FeeLearningCreditSurchargePerCredit,
];

fn figure(id: ParamId, year: AcademicYear) -> (i64, Status) {
    let parameter = embedded().get(id).unwrap_or_else(|| panic!("{id} missing"));
    match parameter.for_year(year) {
        Lookup::Figure { value, amount } => (amount.0, value.status),
        other => panic!("{id} {year}: no figure of its own: {other:?}"),
    }
}

/// KdG's 2025-2026 table: every figure read on the page.
#[test]
fn the_2025_2026_fee_table_is_kdg_s_confirmed_table() {
    let year = AcademicYear(2025);
    let expected = [29_900, 1_430, 520, 13_650, 13_650, 520, 1_430];
    for (id, cents) in FEE_TABLE.into_iter().zip(expected) {
        assert_eq!(figure(id, year), (cents, Status::Confirmed), "{id}");
    }
}

/// 2026-2027: UGent's standard and grant rates; the near-grant rate, the exam contract and
/// the surcharge follow from the index rule (inferred, never confirmed).
#[test]
fn the_2026_2027_fee_table_is_complete_with_inferred_figures_marked() {
    let year = AcademicYear(2026);
    assert_eq!(figure(ParamId::FeeStandardFixed, year), (30_540, Status::Confirmed));
    assert_eq!(figure(ParamId::FeeStandardPerCredit, year), (1_460, Status::Confirmed));
    assert_eq!(figure(ParamId::FeeGrantFlat, year), (13_940, Status::Confirmed));
    assert_eq!(figure(ParamId::FeeNearGrantPerCredit, year), (530, Status::Inferred));
    assert_eq!(figure(ParamId::FeeExamFixed, year), (13_940, Status::Inferred));
    assert_eq!(figure(ParamId::FeeExamPerCredit, year), (530, Status::Inferred));
    assert_eq!(figure(ParamId::FeeLearningCreditSurchargePerCredit, year), (1_460, Status::Inferred));
}

/// 2027-2028 is not published: every fee figure is 2026-2027's, as an estimate.
#[test]
fn the_2027_2028_fees_are_2026_2027_s_estimated() {
    for id in FEE_TABLE {
        let parameter = embedded().get(id).unwrap_or_else(|| panic!("{id} missing"));
        match parameter.for_year(AcademicYear(2027)) {
            Lookup::Estimated { value, amount, .. } => {
                assert_eq!(value.period, Period::Year(AcademicYear(2026)), "{id}");
                assert_eq!(amount.0, figure(id, AcademicYear(2026)).0, "{id}");
            }
            other => panic!("{id}: 2027-2028 should be estimated, got {other:?}"),
        }
    }
}

/// The Codex rule: every fee is its base amount × the year's index factor, rounded to
/// € 0,10 (half up). A typo in a year's data, or a factor that does not fit, fails here.
#[test]
fn every_confirmed_or_inferred_fee_equals_its_base_times_the_year_s_index_factor() {
    let factors = embedded().get(ParamId::FeeIndexFactor).expect("fee/index_factor");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for parameter in embedded().iter() {
        let Some(base) = &parameter.index_base else { continue };
        for value in parameter.values {
            let (Period::Year(year), Some(amount)) = (value.period, value.amount) else { continue };
            if !matches!(value.status, Status::Confirmed | Status::Inferred) {
                continue;
            }
            let Lookup::Figure { amount: factor, .. } = factors.for_year(year) else {
                wrong.push(format!("{}: no index factor for {year}", parameter.id));
                continue;
            };
            // cents × hundred-thousandths, to the nearest 10 cents.
            let indexed = (base.amount.0 * factor.0 + 500_000) / 1_000_000 * 10;
            if indexed != amount.0 {
                wrong.push(format!("{} {year}: {} ≠ base {} × {}", parameter.id, amount.0, base.amount.0, factor.0));
            }
            checked += 1;
        }
    }
    assert!(wrong.is_empty(), "figures that do not fit the index rule:\n{}", wrong.join("\n"));
    // Seven indexed parameters over the seven years 2020-2021 to 2026-2027.
    assert_eq!(checked, 49);
}

#[test]
fn a_changed_fee_breaks_the_index_rule_check() {
    // The check above is only as good as its arithmetic: € 14,30 fits 2025-2026, € 14,40 does not.
    let index = |base: i64, factor: i64| (base * factor + 500_000) / 1_000_000 * 10;
    assert_eq!(index(1_100, 130_000), 1_430);
    assert_ne!(index(1_100, 130_000), 1_440);
    assert_eq!(index(400, 132_783), 530);
    assert_eq!(index(23_000, 106_609), 24_520);
}

/// The flat fee of the system before the 2015-2016 reform: UGent's 2013-2014 figures, then
/// explicitly abolished, so that every supported year's lookup says so and none charges it.
#[test]
fn the_pre_2015_flat_fee_is_abolished_in_every_supported_year() {
    for (id, amount) in
        [(ParamId::FeeFlatFee, 61_060), (ParamId::FeeFlatFeeMinCredits, 5_400), (ParamId::FeeFlatFeeMaxCredits, 6_600)]
    {
        let parameter = embedded().get(id).unwrap_or_else(|| panic!("{id} missing"));
        for year in AcademicYear::supported() {
            let Lookup::Unpublished(abolished) = parameter.for_year(year) else {
                panic!("{id} {year}: should be abolished, got {:?}", parameter.for_year(year))
            };
            assert_eq!(abolished.period, Period::From(Date::new(2015, 9, 1)), "{id}");
            assert!(abolished.note.is_some_and(|n| n.starts_with("Afgeschaft")), "{id}");
            assert!(abolished.source.is_some_and(|s| s.starts_with("https://www.standaard.be/")), "{id}");
            let (figure, found) = parameter.latest_figure_before(abolished.period).expect("the 2013-2014 figure");
            assert_eq!((found.0, figure.status), (amount, Status::Confirmed), "{id}");
            assert_eq!(figure.period.academic_year(), AcademicYear(2013), "{id}");
            assert_eq!(figure.quote, Some("tussen 54 en 66 studiepunten: € 610,60"), "{id}");
        }
    }
}

/// Files as `(id, text)`.
type Files = Vec<(String, String)>;

/// Every file under `params/` with its text: the parameters, then the agreements
/// (`dual/agreements/<kind>`), each by id.
fn files() -> (Files, Files) {
    fn walk(dir: &std::path::Path, root: &std::path::Path, found: &mut Files) {
        for entry in std::fs::read_dir(dir).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, root, found);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let id = path.strip_prefix(root).expect("under params/").with_extension("");
                let text = std::fs::read_to_string(&path).expect("readable");
                found.push((id.to_string_lossy().replace('\\', "/"), text));
            }
        }
    }
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/params"));
    let mut all = Vec::new();
    walk(root, root, &mut all);
    all.sort();
    all.into_iter().partition(|(id, _)| !id.starts_with(&format!("{AGREEMENTS_DIR}/")))
}

#[test]
fn every_parameter_file_is_compiled_in() {
    let (parameters, _) = files();
    let ids: Vec<&str> = parameters.iter().map(|(id, _)| id.as_str()).collect();
    let compiled: Vec<&str> = ParamId::ALL.iter().map(|id| id.as_str()).collect();
    assert_eq!(ids, compiled);
    let listed: Vec<ParamId> = embedded().iter().map(|parameter| parameter.id).collect();
    assert_eq!(listed, ParamId::ALL);
    for id in ParamId::ALL {
        assert_eq!(id.as_str().parse::<ParamId>(), Ok(id));
        assert_eq!(id.to_string(), id.as_str());
        assert_eq!(serde_json::to_string(&id).expect("serializes"), format!("\"{id}\""));
    }
    assert_eq!(ParamId::FeeStandardFixed.as_str(), "fee/standard_fixed");
    assert_eq!(ParamId::DualOaoAllowanceBracket1.as_str(), "dual/oao_allowance_bracket_1");
    assert!("fee/standard_fixd".parse::<ParamId>().is_err());
}

/// What the build compiled in is, value for value, what the loader reads in each file: the
/// generated data loses and invents nothing.
#[test]
fn the_data_compiled_in_is_what_the_loader_reads() {
    let (parameters, agreements) = files();
    for (id, text) in &parameters {
        let file = load::parse_parameter(id, text).unwrap_or_else(|error| panic!("{error}"));
        let compiled = embedded().get(id.parse().expect("an id")).expect("compiled in");
        assert!(!file.description.trim().is_empty(), "{id}");
        #[cfg(feature = "descriptions")]
        assert_eq!(compiled.id.description(), file.description, "{id}");
        assert_eq!(compiled.label, file.label, "{id}");
        assert_eq!(format!("{:?}", compiled.unit), format!("{:?}", file.unit), "{id}");
        let base = file.index_base.as_ref().map(|base| (base.amount, base.source.as_str(), base.quote.as_deref()));
        assert_eq!(compiled.index_base.as_ref().map(|base| (base.amount.0, base.source, base.quote)), base, "{id}");
        assert_eq!(compiled.values.len(), file.values.len(), "{id}");
        for (value, entry) in compiled.values.iter().zip(&file.values) {
            let period = match entry.period {
                load::PeriodEntry::Year(year) => Period::Year(AcademicYear(year)),
                load::PeriodEntry::From(date) => Period::From(Date::new(date.year, date.month, date.day)),
            };
            assert_eq!(value.period, period, "{id}");
            assert_eq!(value.amount, entry.amount.map(Hundredths), "{id} {period}");
            assert_eq!(format!("{:?}", value.status), format!("{:?}", entry.status), "{id} {period}");
            assert_eq!(value.source, entry.source.as_deref(), "{id} {period}");
            assert_eq!(value.quote, entry.quote.as_deref(), "{id} {period}");
            assert_eq!(value.note, entry.note.as_deref(), "{id} {period}");
            assert_eq!(format!("{:?}", value.stand_in), format!("{:?}", entry.stand_in), "{id} {period}");
        }
    }
    let texts: Vec<(&str, &str)> = agreements.iter().map(|(id, text)| (id.as_str(), text.as_str())).collect();
    let read = load::parse_agreements(&texts).unwrap_or_else(|error| panic!("{error}"));
    let compiled: Vec<_> = embedded().agreements().collect();
    assert_eq!(compiled.len(), read.len());
    for (agreement, file) in compiled.into_iter().zip(&read) {
        assert_eq!(agreement.id, file.kind.data_id());
        assert_eq!(format!("{:?}", agreement.kind), format!("{:?}", file.kind));
        assert_eq!(agreement.social_security, file.social_security, "{}", agreement.id);
        assert_eq!(agreement.facts.len(), file.facts.len(), "{}", agreement.id);
        for (fact, entry) in agreement.facts.iter().zip(&file.facts) {
            assert_eq!(format!("{:?}", fact.topic), format!("{:?}", entry.topic), "{}", agreement.id);
            assert_eq!(format!("{:?}", fact.status), format!("{:?}", entry.status), "{}", agreement.id);
            assert_eq!((fact.text, fact.source), (entry.text.as_str(), entry.source.as_str()), "{}", agreement.id);
            assert_eq!((fact.quote, fact.note), (entry.quote.as_deref(), entry.note.as_deref()), "{}", agreement.id);
        }
    }
}

/// Each fixture breaks one rule; the error must name the file and the key.
#[test]
fn the_loader_rejects_each_kind_of_malformed_file() {
    let expectations: &[(&str, &str, &str)] = &[
        ("unknown_key", "line", "unknown field `comment`"),
        ("duplicate_year", "values[1].year", "duplicate period 2020-2021"),
        ("missing_source", "values[0].source", "every figure needs its source"),
        ("negative_amount", "values[0].amount", "is negative"),
        ("unknown_status", "line", "unknown variant `official`"),
        ("malformed_year", "values[0].year", "is not an academic year like \"2024-2025\""),
        ("unavailable_with_amount", "values[0].amount", "unavailable value has no amount"),
        ("unavailable_without_note", "values[0].note", "why the figure is unavailable"),
        ("inferred_without_note", "values[0].note", "how it was inferred"),
        ("mixed_periods", "values[1].year", "all values must use `year`"),
        ("invalid_date", "values[0].from", "is not a date"),
        ("duplicate_key", "line", "duplicate key"),
        ("unknown_unit", "line", "unknown variant `dollars`"),
        ("years_out_of_order", "values[1].year", "list oldest first"),
        ("comma_decimal", "values[0].amount", "is not a decimal amount"),
        ("source_not_a_url", "values[0].source", "is not a web address"),
        ("missing_label", "line", "missing field `label`"),
        ("year_and_from", "values[0]", "exactly one of `year`"),
        ("estimated_in_file", "values[0].status", "is what the calculator marks"),
        ("index_base_not_a_url", "index.source", "is not a web address"),
        ("stand_in_with_amount", "values[0].stand_in", "only an unavailable value can say"),
        ("yes_no_not_zero_or_one", "values[0].amount", "is not \"1\" (yes) or \"0\" (no)"),
        ("unavailable_source_not_a_url", "values[0].source", "is not a web address"),
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/params_invalid");
    let fixtures = std::fs::read_dir(dir).expect("fixtures dir").count();
    assert_eq!(fixtures, expectations.len(), "every fixture needs an expectation");
    for (name, key, message) in expectations {
        let text = std::fs::read_to_string(format!("{dir}/{name}.toml")).expect("fixture readable");
        let id = format!("invalid/{name}");
        let error = match load::parse_parameter(&id, &text) {
            Ok(_) => panic!("{name}: accepted, should be refused"),
            Err(error) => error,
        };
        assert_eq!(error.file, id, "{name}");
        assert!(error.key.starts_with(key), "{name}: key {:?}, expected {key:?} ({error})", error.key);
        assert!(error.message.contains(message), "{name}: message {:?} lacks {message:?}", error.message);
        assert!(error.to_string().starts_with(&format!("params/invalid/{name}.toml: ")), "{error}");
    }
    // The second year must follow the first.
    let text = std::fs::read_to_string(format!("{dir}/malformed_year.toml")).expect("fixture readable");
    let error = load::parse_parameter("invalid/gap", &text.replace("2020/21", "2020-2022")).expect_err("refused");
    assert!(error.message.contains("the second year is the first plus one"), "{error}");
}

proptest::proptest! {
    /// A parameter file, whatever it holds, is accepted or refused with its name.
    #[test]
    fn any_parameter_text_is_accepted_or_refused_by_name(text in "(label|unit|values|year|amount|status|source|=|\"|\\[|\\]|\n|[a-z0-9 .-]){0,200}") {
        if let Err(error) = load::parse_parameter("fuzz/input", &text) {
            proptest::prop_assert_eq!(error.file, "fuzz/input");
        }
    }
}

/// Every figure and every test case points to a public page: no case or note cites a
/// private working file. Cases that only test the calculator's own input limits say so.
#[test]
fn sources_are_public_addresses() {
    let private = ["figures.md", "seed 0", "seed's"];
    for parameter in embedded().iter() {
        for value in parameter.values {
            for text in [&value.note, &value.quote, &value.source].into_iter().flatten() {
                assert!(!private.iter().any(|p| text.contains(p)), "{} {}: {text}", parameter.id, value.period);
            }
        }
    }
    for agreement in embedded().agreements() {
        for fact in agreement.facts {
            for text in [Some(&fact.source), fact.quote.as_ref()].into_iter().flatten() {
                assert!(!private.iter().any(|p| text.contains(p)), "{} {:?}: {text}", agreement.id, fact.topic);
            }
        }
    }
    let cases = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut checked = 0;
    for group in std::fs::read_dir(cases).expect("case folders") {
        for file in std::fs::read_dir(group.expect("a folder").path()).expect("case files") {
            let path = file.expect("a file").path();
            let text = std::fs::read_to_string(&path).expect("readable");
            for line in text.lines().filter(|l| l.starts_with("source = ")) {
                // A full address, or a site and the page's name on it ("ucll.be/en/tuitionfees").
                let public = line.contains("https://")
                    || line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).any(|word| {
                        [".be", ".nl", ".org", ".eu", ".com", ".brussels", ".wallonie"]
                            .iter()
                            .any(|tld| word.len() > tld.len() + 1 && word.ends_with(tld))
                    });
                let own_limits = line.contains("de grenzen van de invoer van deze calculator");
                assert!(public || own_limits, "{}: {line}", path.display());
                assert!(!private.iter().any(|p| line.contains(p)), "{}: {line}", path.display());
                checked += 1;
            }
            assert!(!private.iter().any(|p| text.contains(p)), "{} cites a private file", path.display());
        }
    }
    assert!(checked > 250, "only {checked} case sources read");
}

/// Before the first dated OAO amount (1 December 2022) the measure existed: that first
/// amount stands in, marked as coming from later; a measure not known to exist does not.
#[test]
fn the_next_figure_stands_in_only_where_the_data_allows_it() {
    use studierekenaar_core::params::Date;
    let oao = embedded().get(ParamId::DualOaoAllowanceBracket1).expect("OAO bracket 1");
    match oao.at_date(Date::new(2022, 9, 1)) {
        Lookup::Estimated { value, amount, later, .. } => {
            assert_eq!((value.period, amount.0, later), (Period::From(Date::new(2022, 12, 1)), 56_700, true));
        }
        other => panic!("expected the 1 December 2022 amount as an estimate, got {other:?}"),
    }
    let home_care = embedded().get(ParamId::DualHomeCareSupportPremium).expect("home-care premium");
    assert!(matches!(home_care.at_date(Date::new(2022, 9, 1)), Lookup::Unpublished(_)));
}

/// The dual-learning agreements' rules in words: one file per agreement, all four compiled
/// in, six facts each with a public source, and the ODO alone without social security.
#[test]
fn every_agreement_has_its_file_its_facts_and_its_social_security() {
    let ids: Vec<&str> = Params::embedded_agreement_ids().collect();
    assert_eq!(ids, ["dual/agreements/oao", "dual/agreements/odo", "dual/agreements/odos", "dual/agreements/odow"]);
    for kind in AgreementKind::ALL {
        assert_eq!(kind.data_id(), format!("{AGREEMENTS_DIR}/{}", kind.key()));
        let agreement = embedded().agreement(kind).unwrap_or_else(|| panic!("{kind:?} has no data"));
        assert_eq!(agreement.id, kind.data_id());
        let topics: Vec<FactTopic> = agreement.facts.iter().map(|f| f.topic).collect();
        assert_eq!(topics, FactTopic::ALL, "{kind:?}");
        for fact in agreement.facts {
            assert!(fact.source.starts_with("https://"), "{kind:?} {:?}", fact.topic);
            assert!(matches!(fact.status, Status::Confirmed | Status::Secondary), "{kind:?} {:?}", fact.topic);
        }
        assert_eq!(agreement.social_security, kind != AgreementKind::Odo, "{kind:?}");
    }
}

/// Each fixture breaks one rule of an agreement file; the error names the file and the key.
#[test]
fn the_loader_rejects_each_kind_of_malformed_agreement_file() {
    let expectations: &[(&str, &str, &str)] = &[
        ("unknown_key", "line", "unknown field `comment`"),
        ("missing_social_security", "line", "missing field `social_security`"),
        ("social_security_not_a_boolean", "line", "invalid type"),
        ("unknown_topic", "line", "unknown variant `pension`"),
        ("duplicate_topic", "facts[1].topic", "a second fact for allowance"),
        ("missing_topic", "facts", "no fact for duration"),
        ("source_not_https", "facts[0].source", "is not a public https:// address"),
        ("source_not_a_url", "facts[0].source", "is not a public https:// address"),
        ("missing_source", "line", "missing field `source`"),
        ("unavailable_status", "facts[0].status", "confirmed, secondary or inferred"),
        ("text_not_a_message_id", "facts[0].text", "is not a message id"),
        ("note_not_a_message_id", "facts[0].note", "is not a message id"),
        ("inferred_without_note", "facts[0].note", "how it was inferred"),
        ("empty_quote", "facts[0].quote", "must not be empty"),
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/agreements_invalid");
    let fixtures = std::fs::read_dir(dir).expect("fixtures dir").count();
    assert_eq!(fixtures, expectations.len(), "every fixture needs an expectation");
    for (name, key, message) in expectations {
        let text = std::fs::read_to_string(format!("{dir}/{name}.toml")).expect("fixture readable");
        let error = match load::parse_agreements(&[("dual/agreements/odo", &text)]) {
            Ok(_) => panic!("{name}: accepted, should be refused"),
            Err(error) => error,
        };
        assert_eq!(error.file, "dual/agreements/odo", "{name}");
        assert!(error.key.starts_with(key), "{name}: key {:?}, expected {key:?} ({error})", error.key);
        assert!(error.message.contains(message), "{name}: message {:?} lacks {message:?}", error.message);
        assert!(error.to_string().starts_with("params/dual/agreements/odo.toml: "), "{error}");
    }
}

/// A file that names no agreement, and an agreement without its file, are refused too.
#[test]
fn every_agreement_file_names_an_agreement_and_none_is_missing() {
    let odo = include_str!("../params/dual/agreements/odo.toml");
    let error = load::parse_agreements(&[("dual/agreements/odx", odo)]).expect_err("an unknown agreement");
    assert_eq!((error.file.as_str(), error.key.as_str()), ("dual/agreements/odx", "(file)"));
    assert!(error.message.starts_with("not an agreement"), "{error}");
    let three = [
        ("dual/agreements/oao", include_str!("../params/dual/agreements/oao.toml")),
        ("dual/agreements/odos", include_str!("../params/dual/agreements/odos.toml")),
        ("dual/agreements/odo", odo),
    ];
    let error = load::parse_agreements(&three).expect_err("the ODOW is missing");
    assert_eq!(error.to_string(), "params/dual/agreements/odow.toml: (file): missing: every agreement needs its file");
}

/// Dual learning in adult education as data: no before 1 September 2022, yes from then on,
/// every supported year answered; a yes/no figure reads as a word in each language.
#[test]
fn adult_dual_learning_starts_on_1_september_2022() {
    let flag = embedded().get(ParamId::DualAdultEducation).expect("dual/adult_education");
    assert_eq!(flag.unit, Unit::YesNo);
    let answer = |date: Date| match flag.at_date(date) {
        Lookup::Figure { amount, value } => (amount.0, value.status),
        other => panic!("{date}: {other:?}"),
    };
    assert_eq!(answer(Date::new(2020, 9, 1)), (0, Status::Secondary));
    assert_eq!(answer(Date::new(2022, 8, 31)), (0, Status::Secondary));
    assert_eq!(answer(Date::new(2022, 9, 1)), (100, Status::Secondary));
    for year in AcademicYear::supported() {
        assert!(matches!(flag.for_year(year), Lookup::Figure { .. }), "{year}");
    }
    assert_eq!(Unit::YesNo.display(Language::Dutch, Hundredths(100)), "ja");
    assert_eq!(Unit::YesNo.display(Language::French, Hundredths(0)), "non");
    assert_eq!(Unit::YesNo.display(Language::English, Hundredths(100)), "yes");
}
