//! The form: what the person typed, kept exactly as typed (so a half-typed number
//! is never lost), and the pure reducer that changes it. The scenario for the core
//! is derived from it; errors come back tied to the field they belong to.
//! Each section of the page has its own part: the fee inputs here, [`leave`] and [`dual`].

pub mod adult_education;
pub mod dual;
pub mod leave;
pub mod plan;
pub mod saved;

use adult_education::{AdultEducationAction, AdultEducationForm};
use dual::{DualAction, DualForm};
use leave::{LeaveAction, LeaveForm};
use plan::{PlanAction, PlanForm};
use studierekenaar_core::dual::DualInput;
use studierekenaar_core::leave::LeaveInput;
use studierekenaar_core::plan::PlanInput;

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
    /// The study route: the whole programme over the years.
    Plan,
    /// A secondary-school diploma through adult education.
    AdultEducation,
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
    pub plan: PlanForm,
    pub adult_education: AdultEducationForm,
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
    Plan(PlanAction),
    AdultEducation(AdultEducationAction),
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
            plan: PlanForm::default(),
            adult_education: AdultEducationForm::default(),
        }
    }

    /// The form showing a scenario (from a link, storage or a saved scenario), its amounts
    /// written the way `language` types them.
    pub fn from_scenario(section: Section, scenario: &Scenario, language: Language) -> Form {
        let mut form = Form::new(scenario.academic_year, language);
        form.section = section;
        form.status = scenario.student.status;
        form.learning_credit = scenario.student.learning_credit.map(|v| v.to_string()).unwrap_or_default();
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
                price: enrolment.institution_price_cents.map(|c| typed_euros(Cents(c), language)).unwrap_or_default(),
            })
            .collect();
        form.next_row_id = form.enrolments.len() as u32 + 1;
        form.leave = scenario.leave.as_ref().map(|input| LeaveForm::from_input(input, language)).unwrap_or_default();
        form.dual = scenario.dual.as_ref().map(|input| DualForm::from_input(input, language)).unwrap_or_default();
        form.plan = scenario.plan.as_ref().map(PlanForm::from_input).unwrap_or_default();
        form.adult_education = scenario
            .adult_education
            .as_ref()
            .map(|input| AdultEducationForm::from_input(input, language))
            .unwrap_or_default();
        form
    }

    /// Reads the typed text: every field error, keyed like the core's paths
    /// (`enrolments[0].credits`), and each section's inputs that could be read.
    /// Numbers are read, and errors worded, in the form's language.
    /// Whether the person filled in a section: the fee with an enrolment, any other section
    /// when its inputs differ from a fresh form's (`fresh`).
    pub fn filled_in(&self, section: Section, fresh: &Form) -> bool {
        match section {
            Section::Fee => !self.enrolments.is_empty(),
            Section::Leave => self.leave != fresh.leave,
            Section::Dual => self.dual != fresh.dual,
            Section::Plan => self.plan != fresh.plan,
            Section::AdultEducation => self.adult_education != fresh.adult_education,
            Section::Saved => false,
        }
    }

    pub fn read(&self) -> Reading {
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
        let student = Student { status: self.status, learning_credit };
        // The core's own checks (ranges, names) apply to whatever could be read.
        let fee = Scenario {
            academic_year: self.year,
            student: student.clone(),
            enrolments,
            language_tests: Vec::new(),
            leave: None,
            dual: None,
            plan: None,
            adult_education: None,
        };
        if let Err(problems) = fee.validate(self.language) {
            for problem in problems.problems {
                errors.insert_if_absent(problem.field, problem.message);
            }
        }
        let leave = self.leave.to_input(self.language, &mut errors);
        let dual = self.dual.to_input(self.language, &mut errors);
        let plan = self.plan.to_input(self.language, self.year, &mut errors);
        let adult_education = self.adult_education.to_input(self.language, &mut errors);
        let student_valid = errors.count_under(&["student"]) == 0;
        let enrolments_valid = errors.count_under(&["enrolments"]) == 0;
        Reading {
            year: self.year,
            // A learning credit that does not read matters to the fee alone.
            student: Student { learning_credit: learning_credit.filter(|_| student_valid), ..student },
            student_valid,
            enrolments: enrolments_valid.then_some(fee.enrolments),
            leave,
            dual,
            plan,
            adult_education,
            errors,
        }
    }

    /// The scenario to keep (in the address, storage, saved) when the fee inputs could be
    /// read, with the leave and dual inputs that could; and every field error.
    pub fn to_scenario(&self) -> (Option<Scenario>, FieldErrors) {
        let reading = self.read();
        (reading.kept(), reading.errors)
    }

    /// The field errors shown in a section's error summary, each with the id of its field
    /// (in this section, or in the one it must be corrected in) and its label.
    pub fn error_links(&self, errors: &FieldErrors, section: Section) -> Vec<ErrorLink> {
        let prefixes: &[&str] = match section {
            Section::Fee => &["student", "enrolments"],
            // The enrolments are the leave's study plan; the learning credit is not needed.
            Section::Leave => &["enrolments", "leave."],
            Section::Dual => &["dual."],
            Section::Saved => &[],
            // The work situation of the leave section counts in each year.
            Section::Plan => &["plan.", "leave."],
            Section::AdultEducation => &["adult_education."],
        };
        errors
            .iter()
            .filter(|(field, _)| prefixes.iter().any(|prefix| field.starts_with(prefix)))
            .filter_map(|(field, message)| {
                let (in_section, target, label) = self.field_target(field)?;
                let label = if in_section == section {
                    label
                } else {
                    crate::t!(
                        self.language,
                        "error-summary-other-section",
                        field = label,
                        section = section_name(self.language, in_section)
                    )
                };
                Some(ErrorLink { section: in_section, target, label, message: message.to_owned() })
            })
            .collect()
    }

    /// The section, element id and label of the field at a core path.
    fn field_target(&self, field: &str) -> Option<(Section, String, String)> {
        let language = self.language;
        if field == "student.learning_credit" {
            return Some((Section::Fee, "learning-credit".into(), crate::t!(language, "form-learning-credit-label")));
        }
        if let Some(rest) = field.strip_prefix("enrolments[") {
            let (index, name) = rest.split_once("].")?;
            let index: usize = index.parse().ok()?;
            let row = self.enrolments.get(index)?;
            let (key, label) = match name {
                "institution" => ("institution", crate::t!(language, "form-institution-label")),
                "credits" => ("credits", crate::t!(language, "form-credits-label")),
                "institution_price_cents" => ("price", crate::t!(language, "form-price-label")),
                _ => return None,
            };
            let number = i64::try_from(index + 1).unwrap_or(i64::MAX);
            let enrolment = crate::t!(language, "form-enrolment-legend", number = number);
            let label = crate::t!(language, "error-summary-in-enrolment", enrolment = enrolment, field = label);
            return Some((Section::Fee, format!("enrolment-{}-{key}", row.id), label));
        }
        if let Some(name) = field.strip_prefix("leave.") {
            let (id, label) = match name {
                "employment_percent" => ("leave-employment", crate::t!(language, "leave-employment-label")),
                "weekly_hours" => ("leave-weekly-hours", crate::t!(language, "leave-weekly-hours-label")),
                "weeks" => ("leave-weeks", crate::t!(language, "leave-weeks-label")),
                "seniority_months" => ("leave-seniority", crate::t!(language, "leave-seniority-label")),
                "monthly_gross_wage_cents" => ("leave-wage", crate::t!(language, "leave-wage-label")),
                "interruption_allowance_cents" => ("leave-allowance", crate::t!(language, "leave-allowance-label")),
                "vov_hours_planned" => ("leave-vov-planned", crate::t!(language, "leave-vov-planned-label")),
                "adult_education_lesson_periods" => ("leave-lessons", crate::t!(language, "leave-lessons-label")),
                _ => return None,
            };
            return Some((Section::Leave, id.into(), label));
        }
        if let Some(name) = field.strip_prefix("dual.") {
            let who = studierekenaar_core::dual::Choice::key(self.dual.perspective);
            let (id, label) = match name {
                "hours_per_week" => ("dual-hours", crate::t!(language, "dual-hours-label")),
                "weeks" => ("dual-weeks", crate::t!(language, "dual-weeks-label")),
                "months" => ("dual-months", crate::t!(language, "dual-months-label")),
                "wage_monthly_cents" => ("dual-wage", crate::t!(language, "dual-wage-label", who = who)),
                "training_years_completed" => ("dual-training-years", crate::t!(language, "dual-training-years-label")),
                "learner_premiums_before" => {
                    ("dual-learner-premiums", crate::t!(language, "dual-learner-premiums-label", who = who))
                }
                "reference_month" => ("dual-reference-month", crate::t!(language, "dual-reference-month-label")),
                "employer.learners" => ("dual-learners", crate::t!(language, "dual-learners-label")),
                "employer.premiums_before" => {
                    ("dual-employer-premiums", crate::t!(language, "dual-employer-premiums-label"))
                }
                "employer.mentor_months" => ("dual-mentor-months", crate::t!(language, "dual-mentor-months-label")),
                "employer.supervised_hours" => {
                    ("dual-supervised-hours", crate::t!(language, "dual-supervised-hours-label"))
                }
                _ => return None,
            };
            return Some((Section::Dual, id.into(), label));
        }
        if let Some(name) = field.strip_prefix("plan.") {
            if let Some(target) = self.plan_year_target(name) {
                return Some((Section::Plan, target.0, target.1));
            }
            let (id, label) = match name {
                "programme_credits" => ("plan-programme-credits", crate::t!(language, "plan-programme-credits-label")),
                "credits_per_year" => ("plan-credits-per-year", crate::t!(language, "plan-credits-per-year-label")),
                "pass_percent" => ("plan-pass-percent", crate::t!(language, "plan-pass-percent-label")),
                "learning_credit_start" => {
                    ("plan-learning-credit-start", crate::t!(language, "plan-learning-credit-start-label"))
                }
                "start_year" => ("plan-start-year", crate::t!(language, "plan-start-year-label")),
                _ => ("plan-credits-per-year", crate::t!(language, "plan-credits-per-year-label")),
            };
            return Some((Section::Plan, id.into(), label));
        }
        if let Some(name) = field.strip_prefix("adult_education.") {
            return self.adult_education_target(name).map(|(id, label)| (Section::AdultEducation, id, label));
        }
        None
    }

    /// The element id and label of a year's own study points (`years[1].credits`).
    fn plan_year_target(&self, name: &str) -> Option<(String, String)> {
        let index: usize = name.strip_prefix("years[")?.strip_suffix("].credits")?.parse().ok()?;
        let start = self.plan.start_year.unwrap_or(self.year);
        let year = AcademicYear(start.0.saturating_add(u16::try_from(index).ok()?));
        let label = crate::t!(
            self.language,
            "plan-year-field",
            year = year.to_string(),
            field = crate::t!(self.language, "plan-year-credits-label")
        );
        Some((format!("plan-year-{index}-credits"), label))
    }

    /// The element id and label of an adult-education field (`modules[1].lesson_periods`).
    fn adult_education_target(&self, name: &str) -> Option<(String, String)> {
        let language = self.language;
        if let Some(rest) = name.strip_prefix("modules[") {
            let (index, field) = rest.split_once("].")?;
            let row = self.adult_education.modules.get(index.parse::<usize>().ok()?)?;
            if field != "lesson_periods" {
                return None;
            }
            let number = i64::try_from(index.parse::<usize>().ok()? + 1).unwrap_or(i64::MAX);
            let label = crate::t!(
                language,
                "adult-module-field",
                module = crate::t!(language, "adult-module-legend", number = number),
                field = crate::t!(language, "adult-lesson-periods-label")
            );
            return Some((format!("adult-module-{}-lessons", row.id), label));
        }
        match name {
            "course_materials_cents" => Some(("adult-materials".into(), crate::t!(language, "adult-materials-label"))),
            "training_vouchers_cents" => Some(("adult-vouchers".into(), crate::t!(language, "adult-vouchers-label"))),
            _ => None,
        }
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
        self.adult_education.retype(from, language);
        self.language = language;
    }

    fn row_mut(&mut self, id: u32) -> Option<&mut EnrolmentRow> {
        self.enrolments.iter_mut().find(|row| row.id == id)
    }
}

/// The form as read: every field error, and each section's inputs that could be read,
/// so that an error in one section never hides the result of another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    year: AcademicYear,
    /// The status, and the learning credit when it reads.
    student: Student,
    student_valid: bool,
    /// The enrolments (possibly none) when every one of them reads.
    enrolments: Option<Vec<Enrolment>>,
    leave: Option<LeaveInput>,
    dual: Option<DualInput>,
    plan: Option<PlanInput>,
    adult_education: Option<studierekenaar_core::adult_education::AdultEducationInput>,
    pub errors: FieldErrors,
}

impl Reading {
    /// The scenario a section's result is computed from: only the inputs that section
    /// needs, and `None` while one of those has an error. The fee needs the student and
    /// the enrolments; the leave, the enrolments (its study plan) and its own inputs;
    /// dual learning, its own inputs alone.
    pub fn scenario_for(&self, section: Section) -> Option<Scenario> {
        let base = |enrolments: Vec<Enrolment>| Scenario {
            academic_year: self.year,
            student: self.student.clone(),
            enrolments,
            language_tests: Vec::new(),
            leave: None,
            dual: None,
            plan: None,
            adult_education: None,
        };
        match section {
            Section::Fee => self.enrolments.clone().filter(|_| self.student_valid).map(base),
            Section::Leave => {
                let leave = self.leave.clone()?;
                // The modules of Secundair diploma are the course's lesson periods once the
                // person filled that section in (the fresh form's example module does not count).
                let adult_education =
                    self.adult_education.clone().filter(|a| Some(a) != fresh_adult_education().as_ref());
                Some(Scenario { leave: Some(leave), adult_education, ..base(self.enrolments.clone()?) })
            }
            Section::Dual => {
                let dual = self.dual.clone()?;
                Some(Scenario { dual: Some(dual), ..base(Vec::new()) })
            }
            Section::Plan => {
                let plan = self.plan.clone()?;
                Some(Scenario { plan: Some(plan), leave: self.leave.clone(), ..base(Vec::new()) })
            }
            Section::Saved => None,
            // The leave's employment share sets the VOV maximum, when it reads.
            Section::AdultEducation => {
                let adult_education = self.adult_education.clone()?;
                Some(Scenario { adult_education: Some(adult_education), leave: self.leave.clone(), ..base(Vec::new()) })
            }
        }
    }

    /// The scenario kept in the address and storage: `None` while the fee inputs have an
    /// error; the leave and dual inputs are in it when they read.
    pub fn kept(&self) -> Option<Scenario> {
        let mut scenario = self.scenario_for(Section::Fee)?;
        scenario.leave = self.leave.clone();
        scenario.dual = self.dual.clone();
        scenario.plan = self.plan.clone();
        scenario.adult_education = self.adult_education.clone();
        Some(scenario)
    }
}

/// The adult-education input of a fresh form: its example module, not the person's own.
fn fresh_adult_education() -> Option<studierekenaar_core::adult_education::AdultEducationInput> {
    AdultEducationForm::default().to_input(Language::Dutch, &mut FieldErrors::default())
}

/// One line of an error summary: the field's label and message, and where the field is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorLink {
    /// The section the field is in.
    pub section: Section,
    /// The id of the field's element.
    pub target: String,
    pub label: String,
    pub message: String,
}

/// The name of a section, as the navigation shows it.
pub fn section_name(language: Language, section: Section) -> String {
    match section {
        Section::Fee => crate::t!(language, "section-fee"),
        Section::Leave => crate::t!(language, "section-leave"),
        Section::Dual => crate::t!(language, "section-dual"),
        Section::Saved => crate::t!(language, "section-saved"),
        Section::Plan => crate::t!(language, "section-plan"),
        Section::AdultEducation => crate::t!(language, "section-adult-education"),
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

    /// Every field and its message, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(field, message)| (field.as_str(), message.as_str()))
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
                let institution = form.enrolments.last().map_or_else(
                    || crate::t!(form.language, "form-default-institution"),
                    |row| row.institution.clone(),
                );
                form.enrolments.push(EnrolmentRow::new(form.next_row_id, institution));
                form.next_row_id += 1;
            }
            // Even the last one: a scenario may have no higher-education enrolment.
            Action::RemoveEnrolment(id) => form.enrolments.retain(|row| row.id != id),
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
            Action::Plan(action) => form.plan.apply(action),
            Action::AdultEducation(action) => form.adult_education.apply(action),
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
    fn rows_are_capped() {
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), std::iter::repeat_n(Action::AddEnrolment, 30));
        assert_eq!(form.enrolments.len(), MAX_ROWS);
    }

    fn evaluated(reading: &Reading, section: Section) -> Option<studierekenaar_core::Outcome> {
        reading.scenario_for(section).map(|scenario| {
            studierekenaar_core::evaluate(&scenario, Language::Dutch).expect("a section's scenario is valid")
        })
    }

    #[test]
    fn removing_the_last_enrolment_gives_a_valid_scenario_without_enrolments() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::RemoveEnrolment(1), Action::Leave(LeaveAction::SetLessonPeriods("120".into()))],
        );
        assert!(form.enrolments.is_empty());
        let (scenario, errors) = form.to_scenario();
        assert!(errors.is_empty(), "{errors:?}");
        let scenario = scenario.expect("a valid scenario without enrolments");
        assert!(scenario.enrolments.is_empty());
        let reading = form.read();
        // The fee has nothing to compute; the leave (lesson periods alone) and dual learning do.
        assert!(evaluated(&reading, Section::Fee).expect("evaluated").fee.is_none());
        let leave = evaluated(&reading, Section::Leave).and_then(|o| o.leave).expect("a leave outcome");
        assert_eq!(leave.study_load.credits, 0);
        assert!(leave.study_load_hours.is_some_and(|load| load.min.0 == 12_000));
        assert!(evaluated(&reading, Section::Dual).and_then(|o| o.dual).is_some());
        // Shown again (a link, storage), it stays without enrolments.
        let shown = Form::from_scenario(Section::Leave, &scenario, Language::Dutch);
        assert!(shown.enrolments.is_empty());
        assert_eq!(shown.to_scenario().0, Some(scenario));
        // One added again starts at the default institution, valid.
        let added = apply(shown, [Action::AddEnrolment]);
        assert_eq!(added.enrolments[0].institution, "Instelling A");
        assert_eq!(added.to_scenario().0.expect("valid").enrolments.len(), 1);
    }

    #[test]
    fn the_leave_counts_the_lesson_periods_of_the_modules_once_the_section_is_filled_in() {
        // The fresh form's example module does not count: the leave's own field does.
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::RemoveEnrolment(1), Action::Leave(LeaveAction::SetLessonPeriods("40".into()))],
        );
        let leave = evaluated(&form.read(), Section::Leave).and_then(|o| o.leave).expect("a leave outcome");
        assert!(leave.study_load_hours.is_some_and(|load| load.min.0 == 4_000), "{:?}", leave.study_load_hours);
        // Modules of 160 and 140 lesson periods, one of 200 exempted: 300 lesson periods.
        let form = apply(
            form,
            [
                Action::AdultEducation(AdultEducationAction::SetLessonPeriods(1, "160".into())),
                Action::AdultEducation(AdultEducationAction::AddModule),
                Action::AdultEducation(AdultEducationAction::SetLessonPeriods(2, "140".into())),
                Action::AdultEducation(AdultEducationAction::AddModule),
                Action::AdultEducation(AdultEducationAction::SetLessonPeriods(3, "200".into())),
                Action::AdultEducation(AdultEducationAction::SetExempted(3, true)),
            ],
        );
        let leave = evaluated(&form.read(), Section::Leave).and_then(|o| o.leave).expect("a leave outcome");
        assert!(leave.study_load_hours.is_some_and(|load| load.min.0 == 30_000), "{:?}", leave.study_load_hours);
        // Modules that do not read: the leave's own field again.
        let form = apply(form, [Action::AdultEducation(AdultEducationAction::SetLessonPeriods(1, "veel".into()))]);
        let leave = evaluated(&form.read(), Section::Leave).and_then(|o| o.leave).expect("a leave outcome");
        assert!(leave.study_load_hours.is_some_and(|load| load.min.0 == 4_000), "{:?}", leave.study_load_hours);
    }

    #[test]
    fn an_invalid_fee_field_never_blocks_dual_learning_and_blocks_the_leave_only_through_the_enrolments() {
        // A learning credit that does not read: only the fee waits.
        let form = apply(
            Form::new(AcademicYear(2024), Language::Dutch),
            [Action::SetLearningCredit("veel".into()), Action::ShowSection(Section::Leave)],
        );
        let reading = form.read();
        assert!(reading.scenario_for(Section::Fee).is_none());
        assert!(evaluated(&reading, Section::Leave).and_then(|o| o.leave).is_some(), "leave computes");
        assert!(evaluated(&reading, Section::Dual).and_then(|o| o.dual).is_some(), "dual computes");

        // Study points that do not read (empty): dual learning still computes; the leave,
        // whose study plan they are, waits and says which field to correct.
        let form = apply(Form::new(AcademicYear(2024), Language::Dutch), [Action::SetCredits(1, "".into())]);
        let reading = form.read();
        assert!(reading.scenario_for(Section::Fee).is_none());
        assert!(reading.scenario_for(Section::Leave).is_none());
        assert!(evaluated(&reading, Section::Dual).and_then(|o| o.dual).is_some(), "dual computes");
        let fee = form.error_links(&reading.errors, Section::Fee);
        assert_eq!(fee.len(), 1);
        assert_eq!((fee[0].section, fee[0].target.as_str()), (Section::Fee, "enrolment-1-credits"));
        assert_eq!(fee[0].label, "Inschrijving 1: Studiepunten");
        let leave = form.error_links(&reading.errors, Section::Leave);
        assert_eq!((leave[0].section, leave[0].target.as_str()), (Section::Fee, "enrolment-1-credits"));
        assert_eq!(leave[0].label, "Inschrijving 1: Studiepunten (in Studiegeld)");
        assert_eq!(leave[0].message, fee[0].message);
        assert!(form.error_links(&reading.errors, Section::Dual).is_empty());
    }

    #[test]
    fn each_sections_error_summary_lists_its_own_fields() {
        let form = apply(
            Form::new(AcademicYear(2024), Language::English),
            [
                Action::AddEnrolment,
                Action::SetCredits(2, "x".into()),
                Action::Leave(LeaveAction::SetWeeks("0".into())),
                Action::Dual(DualAction::SetHoursPerWeek("2o".into())),
            ],
        );
        let reading = form.read();
        let targets = |section| -> Vec<String> {
            form.error_links(&reading.errors, section).into_iter().map(|link| link.target).collect()
        };
        assert_eq!(targets(Section::Fee), ["enrolment-2-credits"]);
        assert_eq!(targets(Section::Leave), ["enrolment-2-credits", "leave-weeks"]);
        assert_eq!(targets(Section::Dual), ["dual-hours"]);
        let dual = &form.error_links(&reading.errors, Section::Dual)[0];
        assert_eq!(dual.label, "Hours a week at the workplace");
        assert!(dual.message.contains("\"2o\""), "{}", dual.message);
        assert!(reading.scenario_for(Section::Dual).is_none());
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
