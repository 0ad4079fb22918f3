//! The form: what the person typed, kept exactly as typed (so a half-typed number
//! is never lost), and the pure reducer that changes it. The scenario for the core
//! is derived from it; errors come back tied to the field they belong to.
//! Each section of the page has its own part: the fee inputs here, [`leave`] and [`dual`].

pub mod dual;
pub mod leave;

use dual::{DualAction, DualForm};
use leave::{LeaveAction, LeaveForm};

use std::collections::BTreeMap;
use std::rc::Rc;
use studierekenaar_core::input::{parse_euros, parse_whole_number, retype_euros, typed_euros};
use studierekenaar_core::scenario::{Contract, Enrolment, Programme, Scenario, Student, StudentStatus};
use studierekenaar_core::year::{AcademicYear, FIRST_SUPPORTED, LAST_SUPPORTED};
use studierekenaar_core::{Cents, Language};
use yew::Reducible;

/// At most this many enrolment rows on screen (the core accepts up to 100).
pub const MAX_ROWS: usize = 20;

/// The sections of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Fee,
    Leave,
    Dual,
    /// The scenarios saved in this browser, and their comparison.
    Saved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The language of the page: of every label, message and explanation.
    pub language: Language,
    pub section: Section,
    pub year: AcademicYear,
    pub status: StudentStatus,
    /// Learning-credit balance as typed; empty means "enough".
    pub learning_credit: String,
    pub enrolments: Vec<EnrolmentRow>,
    next_row_id: u32,
    pub leave: LeaveForm,
    pub dual: DualForm,
}

/// One enrolment as typed. `id` stays stable when rows before it are removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentRow {
    pub id: u32,
    pub institution: String,
    pub contract: Contract,
    pub programme: Programme,
    pub credits: String,
    /// Only used for post-initial programmes.
    pub price: String,
}

impl EnrolmentRow {
    fn new(id: u32, institution: String) -> Self {
        EnrolmentRow {
            id,
            institution,
            contract: Contract::Diploma,
            programme: Programme::Initial,
            credits: "60".to_owned(),
            price: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show another scenario (a saved one), replacing the whole form.
    Replace(Box<Form>),
    /// Speak another language; numbers already typed are re-written the new language's way.
    SetLanguage(Language),
    ShowSection(Section),
    SetYear(AcademicYear),
    SetStatus(StudentStatus),
    SetLearningCredit(String),
    AddEnrolment,
    RemoveEnrolment(u32),
    SetInstitution(u32, String),
    SetContract(u32, Contract),
    SetProgramme(u32, Programme),
    SetCredits(u32, String),
    SetPrice(u32, String),
    Leave(LeaveAction),
    Dual(DualAction),
}

/// The default academic year for a date: the one running then, kept within what is covered.
pub fn default_year(calendar_year: u16, month: u8) -> AcademicYear {
    AcademicYear::containing(calendar_year, month).clamp(FIRST_SUPPORTED, LAST_SUPPORTED)
}

impl Form {
    pub fn new(year: AcademicYear, language: Language) -> Self {
        Form {
            language,
            section: Section::Fee,
            year,
            status: StudentStatus::NonGrant,
            learning_credit: String::new(),
            enrolments: vec![EnrolmentRow::new(1, crate::t!(language, "form-default-institution"))],
            next_row_id: 2,
            leave: LeaveForm::default(),
            dual: DualForm::default(),
        }
    }

    /// The form showing a scenario (from a link, storage or a saved scenario), its amounts
    /// written the way `language` types them.
    pub fn from_scenario(section: Section, scenario: &Scenario, language: Language) -> Form {
        let mut form = Form::new(scenario.academic_year, language);
        form.section = section;
        form.status = scenario.student.status;
        form.learning_credit = scenario.student.learning_credit.map(|v| v.to_string()).unwrap_or_default();
        if !scenario.enrolments.is_empty() {
            form.enrolments = scenario
                .enrolments
                .iter()
                .take(MAX_ROWS)
                .zip(1..)
                .map(|(enrolment, id)| EnrolmentRow {
                    id,
                    institution: enrolment.institution.clone(),
                    contract: enrolment.contract,
                    programme: enrolment.programme,
                    credits: enrolment.credits.to_string(),
                    price: enrolment
                        .institution_price_cents
                        .map(|c| typed_euros(Cents(c), language))
                        .unwrap_or_default(),
                })
                .collect();
            form.next_row_id = form.enrolments.len() as u32 + 1;
        }
        form.leave = scenario.leave.as_ref().map(|input| LeaveForm::from_input(input, language)).unwrap_or_default();
        form.dual = scenario.dual.as_ref().map(|input| DualForm::from_input(input, language)).unwrap_or_default();
        form
    }

    /// Field errors found while reading the typed text, keyed like the core's paths
    /// (`enrolments[0].credits`), plus the scenario when the fee inputs could be read.
    /// Numbers are read, and errors worded, in the form's language.
    /// A section whose own inputs have errors is left out, so that an error there
    /// never hides the results of the others.
    pub fn to_scenario(&self) -> (Option<Scenario>, FieldErrors) {
        let mut errors = FieldErrors::default();
        let learning_credit = match self.learning_credit.trim() {
            "" => None,
            text => match parse_whole_number(text, self.language) {
                Ok(value) => Some(value),
                Err(message) => {
                    errors.insert("student.learning_credit", message);
                    None
                }
            },
        };
        let enrolments: Vec<Enrolment> = self
            .enrolments
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let credits = parse_whole_number(&row.credits, self.language).unwrap_or_else(|message| {
                    errors.insert(format!("enrolments[{index}].credits"), message);
                    0
                });
                let institution_price_cents = match (row.programme, row.price.trim()) {
                    (Programme::Postinitial, text) if !text.is_empty() => match parse_euros(text, self.language) {
                        Ok(cents) => Some(cents.0),
                        Err(message) => {
                            errors.insert(format!("enrolments[{index}].institution_price_cents"), message);
                            None
                        }
                    },
                    _ => None,
                };
                Enrolment {
                    institution: row.institution.clone(),
                    contract: row.contract,
                    programme: row.programme,
                    credits,
                    institution_price_cents,
                }
            })
            .collect();
        let leave = self.leave.to_input(self.language, &mut errors);
        let dual = self.dual.to_input(self.language, &mut errors);
        let scenario = Scenario {
            academic_year: self.year,
            student: Student { status: self.status, learning_credit },
            enrolments,
            language_tests: Vec::new(),
            leave,
            dual,
        };
        // The core's own checks (ranges, names) apply to whatever could be read.
        if let Err(problems) = scenario.validate(self.language) {
            for problem in problems.problems {
                errors.insert_if_absent(problem.field, problem.message);
            }
        }
        let fee_inputs_valid =
            !errors.keys().any(|field| field.starts_with("enrolments") || field.starts_with("student"));
        (fee_inputs_valid.then_some(scenario), errors)
    }

    /// Switches to `language`, re-writing every amount typed validly in the old language
    /// in the new one's notation (`1.500,50` becomes `1,500.50`). Whole numbers (credits,
    /// learning credit) are written alike in every language; text that is not valid stays
    /// exactly as typed.
    fn speak(&mut self, language: Language) {
        let from = self.language;
        for row in &mut self.enrolments {
            row.price = retype_euros(&row.price, from, language);
        }
        self.leave.retype(from, language);
        self.dual.retype(from, language);
        self.language = language;
    }

    fn row_mut(&mut self, id: u32) -> Option<&mut EnrolmentRow> {
        self.enrolments.iter_mut().find(|row| row.id == id)
    }
}

/// Messages per field path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn insert(&mut self, field: impl Into<String>, message: String) {
        self.0.insert(field.into(), message);
    }

    fn insert_if_absent(&mut self, field: String, message: String) {
        self.0.entry(field).or_insert(message);
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// How many errors belong to one section (by path prefix, e.g. `leave.`).
    pub fn count_under(&self, prefixes: &[&str]) -> usize {
        self.keys().filter(|field| prefixes.iter().any(|p| field.starts_with(p))).count()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl Reducible for Form {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut form = (*self).clone();
        match action {
            // Another scenario, in the language being spoken.
            Action::Replace(other) => {
                let mut other = *other;
                other.speak(form.language);
                return Rc::new(other);
            }
            Action::SetLanguage(language) => form.speak(language),
            Action::ShowSection(section) => form.section = section,
            Action::SetYear(year) => form.year = year.clamp(FIRST_SUPPORTED, LAST_SUPPORTED),
            Action::SetStatus(status) => form.status = status,
            Action::SetLearningCredit(text) => form.learning_credit = text,
            Action::AddEnrolment => {
                if form.enrolments.len() >= MAX_ROWS {
                    return self;
                }
                // A new row starts at the institution of the last one: most people add
                // another contract at the same place.
                let institution = form.enrolments.last().map(|row| row.institution.clone()).unwrap_or_default();
                form.enrolments.push(EnrolmentRow::new(form.next_row_id, institution));
                form.next_row_id += 1;
            }
            Action::RemoveEnrolment(id) => {
                if form.enrolments.len() > 1 {
                    form.enrolments.retain(|row| row.id != id);
                }
            }
            Action::SetInstitution(id, text) => {
                form.row_mut(id).into_iter().for_each(|row| row.institution = text.clone())
            }
            Action::SetContract(id, contract) => form.row_mut(id).into_iter().for_each(|row| row.contract = contract),
            Action::SetProgramme(id, programme) => {
                form.row_mut(id).into_iter().for_each(|row| row.programme = programme)
            }
            Action::SetCredits(id, text) => form.row_mut(id).into_iter().for_each(|row| row.credits = text.clone()),
            Action::SetPrice(id, text) => form.row_mut(id).into_iter().for_each(|row| row.price = text.clone()),
            Action::Leave(action) => form.leave.apply(action),
            Action::Dual(action) => form.dual.apply(action),
        }
        Rc::new(form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(form: Form, actions: impl IntoIterator<Item = Action>) -> Form {
        let mut state = Rc::new(form);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn the_default_year_follows_the_calendar_and_stays_covered() {
        assert_eq!(default_year(2026, 11), AcademicYear(2026));
        assert_eq!(default_year(2026, 8), AcademicYear(2025));
        assert_eq!(default_year(2031, 10), LAST_SUPPORTED);
        assert_eq!(default_year(2015, 10), FIRST_SUPPORTED);
    }

    #[test]
    fn a_scenario_shown_in_the_form_reads_back_the_same() {
        let form = apply(
            Form::new(AcademicYear(2023), Language::Dutch),
            [
                Action::SetStatus(StudentStatus::NearGrant),
                Action::SetLearningCredit("35".into()),
                Action::AddEnrolment,
                Action::SetProgramme(2, Programme::Postinitial),
                Action::SetPrice(2, "1.500,50".into()),
            ],
        );
        let scenario = form.to_scenario().0.expect("valid");
        let shown = Form::from_scenario(Section::Leave, &scenario, Language::Dutch);
        assert_eq!(shown.section, Section::Leave);
        assert_eq!(shown.enrolments[1].price, "1.500,50");
        assert_eq!(shown.to_scenario().0, Some(scenario));
    }

    #[test]
    fn the_default_form_is_a_valid_scenario() {
        let (scenario, errors) = Form::new(AcademicYear(2024), Language::Dutch).to_scenario();
        assert!(errors.is_empty(), "{errors:?}");
        let scenario = scenario.expect("valid");
        assert_eq!(scenario.enrolments[0].credits, 60);
        assert_eq!(scenario.student.learning_credit, None);
    }

    #[test]
    fn text_that_is_not_a_number_is_kept_and_reported_on_its_field() {
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), [Action::SetCredits(1, "6o".into())]);
        assert_eq!(form.enrolments[0].credits, "6o", "what was typed is kept");
        let (scenario, errors) = form.to_scenario();
        assert!(scenario.is_none());
        assert_eq!(
            errors.get("enrolments[0].credits"),
            Some("\"6o\" is geen geheel getal: typ alleen cijfers, zoals 60")
        );
    }

    #[test]
    fn out_of_range_values_get_the_cores_message() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::SetCredits(1, "10000".into()), Action::SetLearningCredit("999".into())],
        );
        let (_, errors) = form.to_scenario();
        assert!(errors.get("enrolments[0].credits").is_some_and(|m| m.starts_with("10000 studiepunten kan niet")));
        assert!(errors.get("student.learning_credit").is_some_and(|m| m.contains("van -200 tot 200")));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn rows_are_added_at_the_same_institution_and_removed_by_id() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [
                Action::SetInstitution(1, "UGent".into()),
                Action::AddEnrolment,
                Action::AddEnrolment,
                Action::RemoveEnrolment(2),
            ],
        );
        let ids: Vec<u32> = form.enrolments.iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 3]);
        assert_eq!(form.enrolments[1].institution, "UGent");
        // Errors follow the row's position after removal.
        let form = apply(form, [Action::SetCredits(3, "x".into())]);
        assert!(form.to_scenario().1.get("enrolments[1].credits").is_some());
    }

    #[test]
    fn the_last_row_cannot_be_removed_and_rows_are_capped() {
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), [Action::RemoveEnrolment(1)]);
        assert_eq!(form.enrolments.len(), 1);
        let form = apply(form, std::iter::repeat_n(Action::AddEnrolment, 30));
        assert_eq!(form.enrolments.len(), MAX_ROWS);
    }

    #[test]
    fn a_price_counts_only_for_postinitial_programmes() {
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), [Action::SetPrice(1, "2.500,00".into())]);
        assert_eq!(form.to_scenario().0.expect("valid").enrolments[0].institution_price_cents, None);
        let form = apply(form, [Action::SetProgramme(1, Programme::Postinitial)]);
        assert_eq!(form.to_scenario().0.expect("valid").enrolments[0].institution_price_cents, Some(250_000));
        let form = apply(form, [Action::SetPrice(1, "twee".into())]);
        assert!(form.to_scenario().1.get("enrolments[0].institution_price_cents").is_some());
    }

    #[test]
    fn a_typed_amount_is_rewritten_in_the_new_languages_notation() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::SetProgramme(1, Programme::Postinitial), Action::SetPrice(1, "1.500,50".into())],
        );
        let scenario = form.to_scenario().0.expect("valid in Dutch");
        assert_eq!(scenario.enrolments[0].institution_price_cents, Some(150_050));

        let english = apply(form.clone(), [Action::SetLanguage(Language::English)]);
        assert_eq!(english.language, Language::English);
        assert_eq!(english.enrolments[0].price, "1,500.50");
        assert_eq!(english.to_scenario().0, Some(scenario.clone()), "the same amount, read the English way");

        let french = apply(english.clone(), [Action::SetLanguage(Language::French)]);
        assert_eq!(french.enrolments[0].price, "1.500,50");
        let dutch = apply(french, [Action::SetLanguage(Language::Dutch)]);
        assert_eq!(dutch.enrolments[0].price, "1.500,50", "and back, unchanged");
        assert_eq!(dutch.to_scenario().0, Some(scenario));

        // An amount with the euro sign, as a scenario is shown, is rewritten too.
        let typed = apply(english, [Action::SetPrice(1, "€2,500".into()), Action::SetLanguage(Language::Dutch)]);
        assert_eq!(typed.enrolments[0].price, "€2.500");
        assert_eq!(typed.to_scenario().0.expect("valid").enrolments[0].institution_price_cents, Some(250_000));
    }

    #[test]
    fn invalid_text_survives_a_language_switch_and_is_reported_in_the_new_language() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [
                Action::SetCredits(1, "6o".into()),
                Action::SetProgramme(1, Programme::Postinitial),
                Action::SetPrice(1, "twee".into()),
                Action::SetLearningCredit("35".into()),
                Action::SetLanguage(Language::English),
            ],
        );
        assert_eq!(form.enrolments[0].credits, "6o");
        assert_eq!(form.enrolments[0].price, "twee");
        assert_eq!(form.learning_credit, "35", "whole numbers are written alike in every language");
        let (scenario, errors) = form.to_scenario();
        assert!(scenario.is_none());
        assert_eq!(
            errors.get("enrolments[0].credits"),
            Some("\"6o\" is not a whole number: type digits only, such as 60")
        );
        assert_eq!(
            errors.get("enrolments[0].institution_price_cents"),
            Some("\"twee\" is not an amount: type it like 1,500.00")
        );
        let french = apply(form, [Action::SetLanguage(Language::French)]);
        assert_eq!(french.enrolments[0].credits, "6o");
        assert!(french.to_scenario().1.get("enrolments[0].credits").is_some_and(|m| m.contains("nombre entier")));
    }

    #[test]
    fn numbers_are_read_the_way_the_page_language_writes_them() {
        let english = apply(
            Form::new(AcademicYear(2024), Language::English),
            [Action::SetProgramme(1, Programme::Postinitial), Action::SetPrice(1, "1,500.50".into())],
        );
        assert_eq!(english.to_scenario().0.expect("valid").enrolments[0].institution_price_cents, Some(150_050));
        // The same text in Dutch is not an amount (a comma starts the cents there): an error, not another amount.
        let dutch = Form { language: Language::Dutch, ..english.clone() };
        assert!(dutch.to_scenario().1.get("enrolments[0].institution_price_cents").is_some());
        // Out of range: the core's message, in English.
        let (_, errors) = apply(english, [Action::SetCredits(1, "10000".into())]).to_scenario();
        assert!(errors.get("enrolments[0].credits").is_some_and(|m| m.starts_with("10000 credits is not possible")));
    }

    #[test]
    fn a_scenario_is_shown_in_the_forms_language() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::SetProgramme(1, Programme::Postinitial), Action::SetPrice(1, "1.500,50".into())],
        );
        let scenario = form.to_scenario().0.expect("valid");
        let shown = Form::from_scenario(Section::Fee, &scenario, Language::English);
        assert_eq!(shown.language, Language::English);
        assert_eq!(shown.enrolments[0].price, "1,500.50");
        assert_eq!(shown.to_scenario().0, Some(scenario));
    }

    #[test]
    fn a_new_form_names_its_institution_in_the_language() {
        assert_eq!(Form::new(AcademicYear(2024), Language::Dutch).enrolments[0].institution, "Instelling A");
        assert_eq!(Form::new(AcademicYear(2024), Language::French).enrolments[0].institution, "Établissement A");
        assert_eq!(Form::new(AcademicYear(2024), Language::English).enrolments[0].institution, "Institution A");
        // A switch keeps what is typed, the default name included.
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), [Action::SetLanguage(Language::English)]);
        assert_eq!(form.enrolments[0].institution, "Instelling A");
    }

    #[test]
    fn another_scenario_shown_is_read_in_the_language_being_spoken() {
        let scenario = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::SetProgramme(1, Programme::Postinitial), Action::SetPrice(1, "1.500,50".into())],
        )
        .to_scenario()
        .0
        .expect("valid");
        let dutch_form = Form::from_scenario(Section::Fee, &scenario, Language::Dutch);
        let english = apply(Form::new(AcademicYear(2024), Language::English), [Action::Replace(Box::new(dutch_form))]);
        assert_eq!(english.language, Language::English);
        // Re-written the English way.
        assert_eq!(english.enrolments[0].price, "1,500.50");
        assert_eq!(english.to_scenario().0, Some(scenario));
    }
}
