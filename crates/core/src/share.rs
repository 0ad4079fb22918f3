//! Reading a scenario that comes from outside the running app — a shared link, the
//! browser's storage — without ever failing: everything that can be read is kept,
//! everything else falls back to its default, and what was dropped is said in one
//! message. Links and stored scenarios carry a format version so old ones keep opening.

use crate::i18n::Language;
use crate::scenario::{
    Contract, Enrolment, LanguageTest, Programme, Scenario, Student, StudentStatus, MAX_ENROLMENTS, MAX_JSON_BYTES,
};
use crate::tr;
use crate::year::{AcademicYear, LAST_SUPPORTED};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format version written into links and storage today.
pub const FORMAT_VERSION: u64 = 1;

/// A scenario read leniently, and the parts that could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    pub scenario: Scenario,
    /// Every part that was dropped, in the order found; [`Recovered::message`] words them.
    pub dropped: Vec<Dropped>,
}

/// A part of a scenario that could not be kept and was reset to its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// The link was written by a newer version, in this format.
    NewerFormat(u64),
    /// The link names no format version.
    UnknownFormat,
    TooLarge,
    /// Not a JSON object at all.
    Damaged,
    AcademicYear,
    Status,
    LearningCredit,
    /// The enrolments beyond the most a scenario may hold.
    EnrolmentsAfter(usize),
    /// One enrolment, numbered from 1.
    Enrolment(usize),
    /// The enrolments were not a list.
    Enrolments,
    LanguageTests,
    Leave,
    Dual,
    Plan,
    /// The adult-education section could not be read, or did not fit.
    AdultEducation,
    /// Parts this version does not know, by their keys.
    UnknownData(Vec<String>),
    /// What was kept did not make a valid scenario together.
    Inconsistent,
    /// The browser's stored input could not be read (the app reports this one).
    StoredInputDamaged,
}

impl Dropped {
    /// The part as a phrase in `language`: "inschrijving 2", "enrolment 2".
    pub fn phrase(&self, language: Language) -> String {
        match self {
            Dropped::NewerFormat(version) => {
                tr!(language, "share-dropped-newer-format", version = version.to_string())
            }
            Dropped::UnknownFormat => tr!(language, "share-dropped-unknown-format"),
            Dropped::TooLarge => tr!(language, "share-dropped-too-large"),
            Dropped::Damaged => tr!(language, "share-dropped-damaged"),
            Dropped::AcademicYear => tr!(language, "share-dropped-academic-year"),
            Dropped::Status => tr!(language, "share-dropped-status"),
            Dropped::LearningCredit => tr!(language, "share-dropped-learning-credit"),
            Dropped::EnrolmentsAfter(maximum) => {
                tr!(language, "share-dropped-enrolments-after", maximum = maximum.to_string())
            }
            Dropped::Enrolment(number) => tr!(language, "share-dropped-enrolment", number = number.to_string()),
            Dropped::Enrolments => tr!(language, "share-dropped-enrolments"),
            Dropped::LanguageTests => tr!(language, "share-dropped-language-tests"),
            Dropped::Leave => tr!(language, "share-dropped-leave"),
            Dropped::Dual => tr!(language, "share-dropped-dual"),
            Dropped::Plan => tr!(language, "share-dropped-plan"),
            Dropped::AdultEducation => tr!(language, "share-dropped-adult-education"),
            Dropped::UnknownData(keys) => tr!(language, "share-dropped-unknown-data", keys = keys.join(", ")),
            Dropped::Inconsistent => tr!(language, "share-dropped-inconsistent"),
            Dropped::StoredInputDamaged => tr!(language, "share-dropped-stored-input-damaged"),
        }
    }
}

impl Recovered {
    /// The default scenario, because the browser's stored input could not be read.
    pub fn damaged_storage(default: &Scenario) -> Recovered {
        Recovered { scenario: default.clone(), dropped: vec![Dropped::StoredInputDamaged] }
    }

    /// The phrase of every dropped part, in `language`.
    pub fn dropped_phrases(&self, language: Language) -> Vec<String> {
        self.dropped.iter().map(|dropped| dropped.phrase(language)).collect()
    }

    /// The single message to show, in `language`, or `None` when everything was kept.
    pub fn message(&self, language: Language) -> Option<String> {
        (!self.dropped.is_empty()).then(|| {
            let separator = tr!(language, "share-list-separator");
            tr!(language, "share-message", dropped = self.dropped_phrases(language).join(&separator))
        })
    }
}

/// The scenario a new page starts from: the last covered year, one full-time diploma enrolment.
pub fn default_scenario() -> Scenario {
    Scenario {
        academic_year: LAST_SUPPORTED,
        student: Student { status: StudentStatus::NonGrant, learning_credit: None },
        enrolments: vec![Enrolment {
            institution: "Instelling A".to_owned(),
            contract: Contract::Diploma,
            programme: Programme::Initial,
            credits: 60,
            institution_price_cents: None,
        }],
        language_tests: Vec::new(),
        leave: None,
        dual: None,
        plan: None,
        adult_education: None,
    }
}

/// A scenario as kept in storage: its format version, the section it was shown in, and
/// the scenario itself, kept as JSON so that another version's scenario is read leniently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub v: u64,
    #[serde(default)]
    pub section: String,
    pub scenario: Value,
}

impl Envelope {
    pub fn new(section: &str, scenario: &Scenario) -> Envelope {
        Envelope {
            v: FORMAT_VERSION,
            section: section.to_owned(),
            scenario: serde_json::to_value(scenario).unwrap_or_default(),
        }
    }

    pub fn recover(&self, default: &Scenario) -> Recovered {
        recover(&self.scenario.to_string(), self.v, default)
    }
}

/// A stored scenario read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredScenario {
    pub section: String,
    pub recovered: Recovered,
}

/// Reads a stored envelope; `Err` when the text is not an envelope at all (damaged storage).
pub fn recover_stored(text: &str, default: &Scenario) -> Result<StoredScenario, serde_json::Error> {
    if text.len() > MAX_JSON_BYTES {
        return Err(serde::de::Error::custom("te groot"));
    }
    let envelope: Envelope = serde_json::from_str(text)?;
    Ok(StoredScenario { section: envelope.section.clone(), recovered: envelope.recover(default) })
}

/// Serializes a scenario for a link or storage (the version travels beside it).
pub fn to_json(scenario: &Scenario) -> String {
    // Serializing plain data structures cannot fail; an empty object is the harmless fallback.
    serde_json::to_string(scenario).unwrap_or_else(|_| "{}".to_owned())
}

/// Reads a scenario written by format `version`, keeping every valid part.
/// `default` supplies the values for what cannot be read.
pub fn recover(json: &str, version: u64, default: &Scenario) -> Recovered {
    let mut dropped = Vec::new();
    if version > FORMAT_VERSION {
        dropped.push(Dropped::NewerFormat(version));
    } else if version == 0 {
        dropped.push(Dropped::UnknownFormat);
    }
    if json.len() > MAX_JSON_BYTES {
        dropped.push(Dropped::TooLarge);
        return Recovered { scenario: default.clone(), dropped };
    }
    let object = match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(object)) => object,
        _ => {
            dropped.push(Dropped::Damaged);
            return Recovered { scenario: default.clone(), dropped };
        }
    };

    let mut scenario = default.clone();
    match object.get("academic_year").map(from_value::<AcademicYear>) {
        Some(Some(year)) if year.is_supported() => scenario.academic_year = year,
        Some(_) => dropped.push(Dropped::AcademicYear),
        None => {}
    }

    if let Some(student) = object.get("student") {
        match student.get("status").map(from_value::<StudentStatus>) {
            Some(Some(status)) => scenario.student.status = status,
            Some(None) => dropped.push(Dropped::Status),
            None => {}
        }
        match student.get("learning_credit") {
            None | Some(Value::Null) => scenario.student.learning_credit = None,
            Some(value) => {
                let candidate = Student { status: scenario.student.status, learning_credit: from_value(value) };
                let probe = Scenario { student: candidate.clone(), ..default.clone() };
                if candidate.learning_credit.is_some() && probe.validate(Language::default()).is_ok() {
                    scenario.student = candidate;
                } else {
                    dropped.push(Dropped::LearningCredit);
                }
            }
        }
    }

    if let Some(list) = object.get("enrolments") {
        let items = list.as_array().map(Vec::as_slice).unwrap_or_default();
        let mut kept = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if kept.len() >= MAX_ENROLMENTS {
                dropped.push(Dropped::EnrolmentsAfter(MAX_ENROLMENTS));
                break;
            }
            match from_value::<Enrolment>(item).filter(|e| enrolment_is_valid(e, default)) {
                Some(enrolment) => kept.push(enrolment),
                None => dropped.push(Dropped::Enrolment(index + 1)),
            }
        }
        if !list.is_array() {
            dropped.push(Dropped::Enrolments);
        }
        // An empty list is a scenario without enrolments; a list whose every item was
        // damaged keeps the default one.
        if !kept.is_empty() || items.is_empty() && list.is_array() {
            scenario.enrolments = kept;
        }
    }

    if let Some(list) = object.get("language_tests") {
        let tests: Option<Vec<LanguageTest>> = from_value(list);
        match tests {
            Some(tests) => scenario.language_tests = tests,
            None => dropped.push(Dropped::LanguageTests),
        }
    }

    scenario.leave = section(&object, "leave", Dropped::Leave, &mut dropped);
    scenario.dual = section(&object, "dual", Dropped::Dual, &mut dropped);
    scenario.plan = section(&object, "plan", Dropped::Plan, &mut dropped);
    scenario.adult_education = section(&object, "adult_education", Dropped::AdultEducation, &mut dropped);
    // A section that reads but does not fit the rest is dropped whole.
    if let Err(error) = scenario.validate(Language::default()) {
        for (prefix, name) in [
            ("leave", Dropped::Leave),
            ("dual", Dropped::Dual),
            ("plan", Dropped::Plan),
            ("adult_education", Dropped::AdultEducation),
        ] {
            if error.problems.iter().any(|p| p.field.starts_with(prefix)) {
                match prefix {
                    "leave" => scenario.leave = None,
                    "plan" => scenario.plan = None,
                    "adult_education" => scenario.adult_education = None,
                    _ => scenario.dual = None,
                }
                dropped.push(name);
            }
        }
    }

    let known =
        ["academic_year", "student", "enrolments", "language_tests", "leave", "dual", "plan", "adult_education"];
    let unknown: Vec<&str> = object.keys().map(String::as_str).filter(|k| !known.contains(k)).collect();
    if !unknown.is_empty() && version <= FORMAT_VERSION {
        dropped.push(Dropped::UnknownData(unknown.iter().map(|key| (*key).to_owned()).collect()));
    }

    // Whatever was kept must still make a valid scenario together.
    if scenario.validate(Language::default()).is_err() {
        dropped.push(Dropped::Inconsistent);
        scenario = default.clone();
    }
    Recovered { scenario, dropped }
}

fn from_value<T: DeserializeOwned>(value: &Value) -> Option<T> {
    serde_json::from_value(value.clone()).ok()
}

fn enrolment_is_valid(enrolment: &Enrolment, default: &Scenario) -> bool {
    let probe = Scenario {
        enrolments: vec![enrolment.clone()],
        leave: None,
        dual: None,
        plan: None,
        adult_education: None,
        ..default.clone()
    };
    probe.validate(Language::default()).is_ok()
}

/// Reads an optional section (`leave`, `dual`) whole, or notes it as dropped.
fn section<T: DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    name: Dropped,
    dropped: &mut Vec<Dropped>,
) -> Option<T> {
    let value = object.get(key).filter(|v| !v.is_null())?;
    let parsed = from_value(value);
    if parsed.is_none() {
        dropped.push(name);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default() -> Scenario {
        default_scenario()
    }

    #[test]
    fn a_valid_scenario_comes_back_unchanged() {
        let mut scenario = default();
        scenario.academic_year = AcademicYear(2023);
        scenario.student.learning_credit = Some(30);
        let recovered = recover(&to_json(&scenario), FORMAT_VERSION, &default());
        assert_eq!(recovered.scenario, scenario);
        assert_eq!(recovered.message(Language::Dutch), None);
    }

    #[test]
    fn who_asks_in_dual_learning_travels_in_a_link_and_old_links_mean_the_learner() {
        use crate::dual::{DualInput, Perspective};
        let old = r#"{"academic_year":"2025-2026","student":{"status":"non_grant"},"enrolments":[],"dual":{"hours_per_week":24}}"#;
        let recovered = recover(old, FORMAT_VERSION, &default());
        assert_eq!(recovered.scenario.dual.as_ref().map(|d| d.perspective), Some(Perspective::Learner));
        assert!(recovered.dropped.is_empty());

        let mut scenario = default();
        scenario.dual = Some(DualInput { perspective: Perspective::Employer, ..DualInput::default() });
        let json = to_json(&scenario);
        assert!(json.contains(r#""perspective":"employer""#), "{json}");
        assert_eq!(recover(&json, FORMAT_VERSION, &default()).scenario, scenario);
        // The learner, the default, is left out of the link.
        scenario.dual = Some(DualInput::default());
        assert!(!to_json(&scenario).contains("perspective"));
    }

    #[test]
    fn a_damaged_enrolment_is_dropped_and_the_rest_kept() {
        let json = r#"{"academic_year":"2024-2025","student":{"status":"grant"},
            "enrolments":[{"institution":"A","contract":"diploma","programme":"initial","credits":30},
                          {"institution":"B","contract":"diploma","programme":"initial","credits":99999},
                          {"institution":"C","contract":"credit","programme":"initial","credits":12}]}"#;
        let recovered = recover(json, 1, &default());
        assert_eq!(recovered.scenario.academic_year, AcademicYear(2024));
        assert_eq!(recovered.scenario.student.status, StudentStatus::Grant);
        let names: Vec<&str> = recovered.scenario.enrolments.iter().map(|e| e.institution.as_str()).collect();
        assert_eq!(names, ["A", "C"]);
        assert_eq!(recovered.dropped_phrases(Language::Dutch), ["inschrijving 2"]);
        assert!(recovered.message(Language::Dutch).is_some_and(|m| m.contains("inschrijving 2")));
    }

    #[test]
    fn out_of_range_and_unknown_values_fall_back_to_defaults() {
        let json = r#"{"academic_year":"2031-2032","student":{"status":"millionaire","learning_credit":5000}}"#;
        let recovered = recover(json, 1, &default());
        assert_eq!(recovered.scenario, default());
        assert_eq!(recovered.dropped_phrases(Language::Dutch), ["het academiejaar", "je statuut", "je leerkrediet"]);
    }

    #[test]
    fn a_scenario_without_enrolments_comes_back_without_enrolments() {
        let mut scenario = default();
        scenario.enrolments.clear();
        scenario.leave = Some(crate::leave::LeaveInput {
            adult_education_lesson_periods: Some(120),
            ..crate::leave::LeaveInput::default()
        });
        scenario.dual = Some(crate::dual::DualInput::default());
        let json = to_json(&scenario);
        assert!(json.contains("\"enrolments\":[]"), "{json}");
        let recovered = recover(&json, FORMAT_VERSION, &default());
        assert_eq!(recovered.scenario, scenario, "nothing dropped, no enrolment added");
        assert_eq!(recovered.message(Language::Dutch), None);
        let text = serde_json::to_string(&Envelope::new("leave", &scenario)).expect("serializable");
        assert_eq!(recover_stored(&text, &default()).expect("an envelope").recovered.scenario, scenario);
        // Every enrolment damaged is not the same as none: the default one stands in.
        let damaged = r#"{"academic_year":"2024-2025","student":{"status":"grant"},"enrolments":[{"credits":"x"}]}"#;
        let recovered = recover(damaged, FORMAT_VERSION, &default());
        assert_eq!(recovered.scenario.enrolments, default().enrolments);
        assert_eq!(recovered.dropped_phrases(Language::Dutch), ["inschrijving 1"]);
    }

    #[test]
    fn stored_envelopes_round_trip_and_damage_is_an_error() {
        let mut scenario = default();
        scenario.student.status = StudentStatus::Grant;
        let text = serde_json::to_string(&Envelope::new("leave", &scenario)).expect("serializable");
        let stored = recover_stored(&text, &default()).expect("an envelope");
        assert_eq!(stored.section, "leave");
        assert_eq!(stored.recovered.scenario, scenario);
        assert!(recover_stored("{\"v\":1,\"scenario\":", &default()).is_err());
        assert!(recover_stored("[]", &default()).is_err());
    }

    #[test]
    fn garbage_and_future_versions_never_fail() {
        for text in ["", "%%%", "[1,2]", "null", "{\"enrolments\": 7}", "{\"academic_year\": {}}"] {
            let recovered = recover(text, 1, &default());
            assert!(recovered.scenario.validate(Language::default()).is_ok(), "{text}");
            assert!(!recovered.dropped.is_empty(), "{text} should say something was dropped");
        }
        let future = recover(r#"{"academic_year":"2024-2025","hologram":true}"#, 7, &default());
        assert_eq!(future.scenario.academic_year, AcademicYear(2024));
        assert!(future.dropped_phrases(Language::Dutch)[0].contains("nieuwere versie"));
    }

    #[test]
    fn what_was_dropped_is_said_in_the_language_asked() {
        let json = r#"{"academic_year":"2031-2032","student":{"status":"grant"},
            "enrolments":[{"institution":"A","contract":"diploma","programme":"initial","credits":30},
                          {"institution":"B","contract":"diploma","programme":"initial","credits":99999}],
            "hologram":true}"#;
        let recovered = recover(json, 1, &default());
        assert_eq!(
            recovered.dropped,
            [Dropped::AcademicYear, Dropped::Enrolment(2), Dropped::UnknownData(vec!["hologram".to_owned()])]
        );
        assert_eq!(
            recovered.message(Language::Dutch).as_deref(),
            Some("Niet alles kon worden overgenomen; dit is teruggezet naar de standaardwaarde: het academiejaar; inschrijving 2; onbekende gegevens (hologram).")
        );
        assert_eq!(
            recovered.message(Language::French).as_deref(),
            Some("Tout n'a pas pu être repris\u{a0}; ceci a été remis à la valeur par défaut\u{a0}: l'année académique\u{a0}; l'inscription 2\u{a0}; des données inconnues (hologram).")
        );
        assert_eq!(
            recovered.message(Language::English).as_deref(),
            Some("Not everything could be taken over; this was reset to the default: the academic year; enrolment 2; unknown data (hologram).")
        );
        let future = recover("{}", 7, &default());
        assert_eq!(
            future.dropped_phrases(Language::English),
            ["the link comes from a newer version (format 7); only what this version knows has been read"]
        );
        let damaged = Recovered::damaged_storage(&default());
        assert_eq!(damaged.scenario, default());
        assert_eq!(damaged.dropped_phrases(Language::Dutch), ["je vorige invoer in deze browser was beschadigd"]);
    }

    #[test]
    fn links_from_before_the_work_region_read_as_flanders_and_a_region_round_trips() {
        use crate::leave::WorkRegion;
        let old = r#"{"academic_year":"2024-2025","student":{"status":"non_grant"},"enrolments":[],"leave":{"interruption":"one_fifth"}}"#;
        let recovered = recover(old, FORMAT_VERSION, &default());
        assert_eq!(recovered.scenario.leave.as_ref().map(|leave| leave.work_region), Some(WorkRegion::Flanders));
        assert_eq!(recovered.message(Language::Dutch), None);
        let mut scenario = default();
        scenario.leave = Some(crate::leave::LeaveInput {
            work_region: WorkRegion::NotWorking,
            ..crate::leave::LeaveInput::default()
        });
        let json = to_json(&scenario);
        assert!(json.contains(r#""work_region":"not_working""#), "{json}");
        assert_eq!(recover(&json, FORMAT_VERSION, &default()).scenario, scenario);
        // Flanders, the default, is left out: links made now read the same in older versions.
        assert!(!to_json(&default()).contains("work_region"));
    }
}
