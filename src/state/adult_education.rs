//! The "Secundair diploma" section of the form, as typed: the learner's category and
//! diploma, how the programme is organised, the modules (added and removed as rows) and
//! the course materials. [`AdultEducationForm::to_input`] reads the typed text in the
//! page's language and checks it with the core, errors at their field (`adult_education.…`).

use super::FieldErrors;
use studierekenaar_core::adult_education::{AdultEducationInput, Area, FeeCategory, Module, Organisation, Semester};
use studierekenaar_core::input::{parse_euros, parse_whole_number, retype_euros, typed_euros};
use studierekenaar_core::{Cents, Language};

/// At most this many module rows on screen (the core accepts up to 40).
pub const MAX_MODULE_ROWS: usize = 20;

/// One module as typed. `id` stays stable when rows before it are removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRow {
    pub id: u32,
    pub area: Area,
    pub lesson_periods: String,
    pub semester: Semester,
    pub passed: bool,
    pub exempted: bool,
    pub fourth_enrolment: bool,
}

impl ModuleRow {
    fn new(id: u32, area: Area, semester: Semester) -> Self {
        ModuleRow {
            id,
            area,
            lesson_periods: "120".to_owned(),
            semester,
            passed: true,
            exempted: false,
            fourth_enrolment: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdultEducationForm {
    pub category: FeeCategory,
    pub has_secondary_diploma: bool,
    pub first_secondary_diploma: bool,
    pub organisation: Organisation,
    pub modules: Vec<ModuleRow>,
    next_id: u32,
    /// Course materials in euros as typed; empty: none.
    pub course_materials: String,
    /// The part paid with training vouchers, in euros as typed; empty: none.
    pub training_vouchers: String,
}

impl Default for AdultEducationForm {
    /// A learner without a diploma aiming at their first, one vocational module of 120 lesson periods.
    fn default() -> Self {
        AdultEducationForm {
            category: FeeCategory::Standard,
            has_secondary_diploma: false,
            first_secondary_diploma: true,
            organisation: Organisation::Modular,
            modules: vec![ModuleRow::new(1, Area::Vocational, Semester::First)],
            next_id: 2,
            course_materials: String::new(),
            training_vouchers: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdultEducationAction {
    SetCategory(FeeCategory),
    SetHasDiploma(bool),
    SetFirstDiploma(bool),
    SetOrganisation(Organisation),
    AddModule,
    RemoveModule(u32),
    SetArea(u32, Area),
    SetLessonPeriods(u32, String),
    SetSemester(u32, Semester),
    SetPassed(u32, bool),
    SetExempted(u32, bool),
    SetFourthEnrolment(u32, bool),
    SetCourseMaterials(String),
    SetTrainingVouchers(String),
}

impl AdultEducationForm {
    /// The form showing a core input, amounts written the way `language` writes them.
    pub fn from_input(input: &AdultEducationInput, language: Language) -> Self {
        let euros = |cents: Option<i64>| cents.map(|c| typed_euros(Cents(c), language)).unwrap_or_default();
        let modules: Vec<ModuleRow> = input
            .modules
            .iter()
            .take(MAX_MODULE_ROWS)
            .zip(1..)
            .map(|(module, id)| ModuleRow {
                id,
                area: module.area,
                lesson_periods: module.lesson_periods.to_string(),
                semester: module.semester,
                passed: module.passed,
                exempted: module.exempted,
                fourth_enrolment: module.fourth_enrolment,
            })
            .collect();
        AdultEducationForm {
            category: input.category,
            has_secondary_diploma: input.has_secondary_diploma,
            first_secondary_diploma: input.first_secondary_diploma,
            organisation: input.organisation,
            next_id: modules.len() as u32 + 1,
            modules,
            course_materials: euros(input.course_materials_cents),
            training_vouchers: euros(input.training_vouchers_cents),
        }
    }

    pub fn apply(&mut self, action: AdultEducationAction) {
        use AdultEducationAction as A;
        let mut row = |id: u32, change: &dyn Fn(&mut ModuleRow)| {
            self.modules.iter_mut().filter(|row| row.id == id).for_each(change);
        };
        match action {
            A::SetCategory(value) => self.category = value,
            A::SetHasDiploma(value) => self.has_secondary_diploma = value,
            A::SetFirstDiploma(value) => self.first_secondary_diploma = value,
            A::SetOrganisation(value) => self.organisation = value,
            A::AddModule => {
                if self.modules.len() < MAX_MODULE_ROWS {
                    // A new module follows the last one's area and semester: most programmes go on alike.
                    let (area, semester) =
                        self.modules.last().map_or((Area::Vocational, Semester::First), |m| (m.area, m.semester));
                    self.modules.push(ModuleRow::new(self.next_id, area, semester));
                    self.next_id += 1;
                }
            }
            A::RemoveModule(id) => self.modules.retain(|row| row.id != id),
            A::SetArea(id, area) => row(id, &|r| r.area = area),
            A::SetLessonPeriods(id, text) => row(id, &|r| r.lesson_periods = text.clone()),
            A::SetSemester(id, semester) => row(id, &|r| r.semester = semester),
            A::SetPassed(id, value) => row(id, &|r| r.passed = value),
            A::SetExempted(id, value) => row(id, &|r| r.exempted = value),
            A::SetFourthEnrolment(id, value) => row(id, &|r| r.fourth_enrolment = value),
            A::SetCourseMaterials(text) => self.course_materials = text,
            A::SetTrainingVouchers(text) => self.training_vouchers = text,
        }
    }

    /// Re-writes typed amounts in the notation of `to` after the page switched from `from`.
    pub fn retype(&mut self, from: Language, to: Language) {
        self.course_materials = retype_euros(&self.course_materials, from, to);
        self.training_vouchers = retype_euros(&self.training_vouchers, from, to);
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with
    /// `adult_education.`), read and worded in `language`.
    pub fn to_input(&self, language: Language, errors: &mut FieldErrors) -> Option<AdultEducationInput> {
        let before = errors.len();
        let modules = self
            .modules
            .iter()
            .enumerate()
            .map(|(index, row)| Module {
                area: row.area,
                lesson_periods: parse_whole_number(&row.lesson_periods, language).unwrap_or_else(|message| {
                    errors.insert(format!("adult_education.modules[{index}].lesson_periods"), message);
                    0
                }),
                semester: row.semester,
                passed: row.passed,
                exempted: row.exempted,
                fourth_enrolment: row.fourth_enrolment,
            })
            .collect();
        let mut amount = |field: &str, text: &str| match text.trim() {
            "" => None,
            text => match parse_euros(text, language) {
                Ok(cents) => Some(cents.0),
                Err(message) => {
                    errors.insert(format!("adult_education.{field}"), message);
                    None
                }
            },
        };
        let input = AdultEducationInput {
            category: self.category,
            has_secondary_diploma: self.has_secondary_diploma,
            first_secondary_diploma: self.first_secondary_diploma,
            organisation: self.organisation,
            modules,
            course_materials_cents: amount("course_materials_cents", &self.course_materials),
            training_vouchers_cents: amount("training_vouchers_cents", &self.training_vouchers),
        };
        for (field, problem) in input.problems() {
            errors.insert_if_absent(field, studierekenaar_core::render::adult_education::problem(language, problem));
        }
        (errors.len() == before).then_some(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(form: &AdultEducationForm) -> (Option<AdultEducationInput>, FieldErrors) {
        let mut errors = FieldErrors::default();
        let input = form.to_input(Language::Dutch, &mut errors);
        (input, errors)
    }

    #[test]
    fn the_default_form_is_one_passed_vocational_module_of_120_lesson_periods() {
        let (input, errors) = read(&AdultEducationForm::default());
        assert!(errors.is_empty(), "{errors:?}");
        let input = input.expect("valid");
        assert_eq!((input.modules.len(), input.modules[0].lesson_periods), (1, 120));
        assert!(input.first_secondary_diploma && !input.has_secondary_diploma);
    }

    #[test]
    fn rows_are_added_and_removed_and_errors_sit_at_their_row() {
        let mut form = AdultEducationForm::default();
        form.apply(AdultEducationAction::AddModule);
        form.apply(AdultEducationAction::SetLessonPeriods(2, "12o".into()));
        let (input, errors) = read(&form);
        assert!(input.is_none());
        assert!(errors.get("adult_education.modules[1].lesson_periods").is_some());
        form.apply(AdultEducationAction::RemoveModule(2));
        assert_eq!(read(&form).1.len(), 0);
        form.apply(AdultEducationAction::SetLessonPeriods(1, "0".into()));
        assert_eq!(
            read(&form).1.get("adult_education.modules[0].lesson_periods"),
            Some("0 lestijden kan niet: een module telt van 1 tot 2000 lestijden.")
        );
    }

    #[test]
    fn a_shown_input_reads_back_the_same_and_amounts_follow_the_language() {
        let mut form = AdultEducationForm::default();
        form.apply(AdultEducationAction::SetCourseMaterials("1.250,50".into()));
        form.apply(AdultEducationAction::SetArea(1, Area::Aav));
        let input = read(&form).0.expect("valid");
        assert_eq!(input.course_materials_cents, Some(125_050));
        assert_eq!(
            AdultEducationForm::from_input(&input, Language::Dutch)
                .to_input(Language::Dutch, &mut FieldErrors::default()),
            Some(input)
        );
        form.retype(Language::Dutch, Language::English);
        assert_eq!(form.course_materials, "1,250.50");
    }
}
