//! The parameter data itself: it loads, it covers every supported year exactly once,
//! every figure has a source, and the loader refuses each kind of malformed file
//! with the file and key named (one fixture per rule in `tests/params_invalid/`).

use studierekenaar_core::params::{Lookup, Params, Period, Status};
use studierekenaar_core::year::AcademicYear;

fn embedded() -> &'static Params {
    match Params::embedded() {
        Ok(params) => params,
        Err(error) => panic!("embedded parameters are invalid: {error}"),
    }
}

#[test]
fn every_year_keyed_parameter_covers_every_supported_year_exactly_once() {
    let mut gaps = Vec::new();
    for parameter in embedded().iter() {
        let year_keyed = matches!(parameter.values.first().map(|v| v.period), Some(Period::Year(_)));
        for year in AcademicYear::supported() {
            let matching = parameter.values.iter().filter(|v| v.period == Period::Year(year)).count();
            if year_keyed && matching != 1 {
                gaps.push(format!("{}: {matching} values for {year}", parameter.id));
            }
            if parameter.for_year(year) == Lookup::NotCovered {
                gaps.push(format!("{}: nothing for {year}", parameter.id));
            }
        }
    }
    assert!(gaps.is_empty(), "coverage gaps or overlaps:\n{}", gaps.join("\n"));
}

#[test]
fn every_figure_has_a_source_and_every_gap_a_reason() {
    for parameter in embedded().iter() {
        assert!(!parameter.label.is_empty() && !parameter.description.is_empty(), "{}", parameter.id);
        for value in &parameter.values {
            match value.status {
                Status::Unavailable => {
                    assert!(value.amount.is_none(), "{} {}", parameter.id, value.period);
                    assert!(value.note.as_deref().is_some_and(|n| !n.is_empty()), "{} {}", parameter.id, value.period);
                }
                _ => {
                    assert!(value.amount.is_some(), "{} {}", parameter.id, value.period);
                    assert!(
                        value.source.as_deref().is_some_and(|s| s.starts_with("http")),
                        "{} {}",
                        parameter.id,
                        value.period
                    );
                }
            }
        }
    }
}

#[test]
fn the_unpublished_year_2025_2026_is_never_confirmed() {
    let year = AcademicYear(2025);
    for id in [
        "fee/standard_fixed",
        "fee/standard_per_credit",
        "fee/near_grant_per_credit",
        "fee/grant_flat",
        "fee/exam_fixed",
        "fee/exam_per_credit",
    ] {
        let parameter = embedded().get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(matches!(parameter.for_year(year), Lookup::Unpublished(_)), "{id} must say 2025-2026 is not published");
    }
}

#[test]
fn every_parameter_file_is_compiled_in() {
    let ids: Vec<&str> = Params::embedded_ids().collect();
    for id in
        ["fee/standard_fixed", "fee/exam_per_credit", "grant/minimum_diploma_credits", "extra_costs/itna_open_session"]
    {
        assert!(ids.contains(&id), "{id} is not compiled in: {ids:?}");
    }
    assert_eq!(ids.len(), embedded().iter().count());
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
        ("malformed_year", "values[0].year", "geen academiejaar"),
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
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/params_invalid");
    let fixtures = std::fs::read_dir(dir).expect("fixtures dir").count();
    assert_eq!(fixtures, expectations.len(), "every fixture needs an expectation");
    for (name, key, message) in expectations {
        let text = std::fs::read_to_string(format!("{dir}/{name}.toml")).expect("fixture readable");
        let id: &'static str = Box::leak(format!("invalid/{name}").into_boxed_str());
        let error = match Params::from_files(&[(id, &text)]) {
            Ok(_) => panic!("{name}: accepted, should be refused"),
            Err(error) => error,
        };
        assert_eq!(error.file, format!("invalid/{name}"), "{name}");
        assert!(error.key.starts_with(key), "{name}: key {:?}, expected {key:?} ({error})", error.key);
        assert!(error.message.contains(message), "{name}: message {:?} lacks {message:?}", error.message);
        assert!(error.to_string().starts_with(&format!("params/invalid/{name}.toml: ")), "{error}");
    }
}
