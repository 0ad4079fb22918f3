//! The dual-learning section of the form, as typed: the learner's situation and hours,
//! and the employer's side. Numbers are kept as typed; [`DualForm::to_input`] reads them
//! and checks them with the core, so that errors sit at their field (paths `dual.…`).

use super::FieldErrors;
use studierekenaar_core::dual::{DualInput, Education, EmployerInput, HomeCare, SchoolLevel};
use studierekenaar_core::input::{parse_euros, parse_whole_number};
use studierekenaar_core::Cents;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DualForm {
    pub education: Education,
    pub hours_per_week: String,
    pub weeks: String,
    pub months: String,
    pub employed_by_workplace: bool,
    /// Gross monthly wage in euros as typed; empty: not entered.
    pub wage: String,
    pub waive_allowance: bool,
    pub school_level: SchoolLevel,
    pub training_years_completed: String,
    pub buso_ov3_completed: bool,
    pub lives_in_flemish_region: bool,
    pub learner_premiums_before: String,
    /// The month (1–12) whose first day gives the amounts; `None`: September.
    pub reference_month: Option<u8>,
    pub learners: String,
    pub workplace_in_flemish_region: bool,
    pub mentor_trained: bool,
    pub employer_premiums_before: String,
    pub home_care: HomeCare,
    /// Months with at least 10 days under the mentor, as typed; empty: every month.
    pub mentor_months: String,
    pub supervised_hours: String,
}

impl Default for DualForm {
    /// The core's defaults: an adult in adult education, 24 hours a week for 48 weeks, 12 months.
    fn default() -> Self {
        DualForm::from_input(&DualInput::default())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DualAction {
    SetEducation(Education),
    SetHoursPerWeek(String),
    SetWeeks(String),
    SetMonths(String),
    SetEmployedByWorkplace(bool),
    SetWage(String),
    SetWaiveAllowance(bool),
    SetSchoolLevel(SchoolLevel),
    SetTrainingYears(String),
    SetBusoCompleted(bool),
    SetLivesInFlemishRegion(bool),
    SetLearnerPremiumsBefore(String),
    SetReferenceMonth(Option<u8>),
    SetLearners(String),
    SetWorkplaceInFlemishRegion(bool),
    SetMentorTrained(bool),
    SetEmployerPremiumsBefore(String),
    SetHomeCare(HomeCare),
    SetMentorMonths(String),
    SetSupervisedHours(String),
}

/// The months of a school year in the order they come, for the reference-date choice.
pub const SCHOOL_YEAR_MONTHS: [u8; 12] = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

impl DualForm {
    /// The form showing a core input (from a link, storage or a saved scenario).
    pub fn from_input(input: &DualInput) -> Self {
        let employer = &input.employer;
        DualForm {
            education: input.education,
            hours_per_week: input.hours_per_week.to_string(),
            weeks: input.weeks.to_string(),
            months: input.months.to_string(),
            employed_by_workplace: input.employed_by_workplace,
            wage: input.wage_monthly_cents.map(|c| Cents(c).to_nl()).unwrap_or_default(),
            waive_allowance: input.waive_allowance,
            school_level: input.school_level,
            training_years_completed: input.training_years_completed.to_string(),
            buso_ov3_completed: input.buso_ov3_completed,
            lives_in_flemish_region: input.lives_in_flemish_region,
            learner_premiums_before: input.learner_premiums_before.to_string(),
            reference_month: input.reference_month.and_then(|m| u8::try_from(m).ok()).filter(|m| (1..=12).contains(m)),
            learners: employer.learners.to_string(),
            workplace_in_flemish_region: employer.workplace_in_flemish_region,
            mentor_trained: employer.mentor_trained,
            employer_premiums_before: employer.premiums_before.to_string(),
            home_care: employer.home_care,
            mentor_months: employer.mentor_months.map(|m| m.to_string()).unwrap_or_default(),
            supervised_hours: employer.supervised_hours.to_string(),
        }
    }

    pub fn apply(&mut self, action: DualAction) {
        match action {
            DualAction::SetEducation(value) => self.education = value,
            DualAction::SetHoursPerWeek(text) => self.hours_per_week = text,
            DualAction::SetWeeks(text) => self.weeks = text,
            DualAction::SetMonths(text) => self.months = text,
            DualAction::SetEmployedByWorkplace(value) => self.employed_by_workplace = value,
            DualAction::SetWage(text) => self.wage = text,
            DualAction::SetWaiveAllowance(value) => self.waive_allowance = value,
            DualAction::SetSchoolLevel(value) => self.school_level = value,
            DualAction::SetTrainingYears(text) => self.training_years_completed = text,
            DualAction::SetBusoCompleted(value) => self.buso_ov3_completed = value,
            DualAction::SetLivesInFlemishRegion(value) => self.lives_in_flemish_region = value,
            DualAction::SetLearnerPremiumsBefore(text) => self.learner_premiums_before = text,
            DualAction::SetReferenceMonth(month) => self.reference_month = month.filter(|m| (1..=12).contains(m)),
            DualAction::SetLearners(text) => self.learners = text,
            DualAction::SetWorkplaceInFlemishRegion(value) => self.workplace_in_flemish_region = value,
            DualAction::SetMentorTrained(value) => self.mentor_trained = value,
            DualAction::SetEmployerPremiumsBefore(text) => self.employer_premiums_before = text,
            DualAction::SetHomeCare(value) => self.home_care = value,
            DualAction::SetMentorMonths(text) => self.mentor_months = text,
            DualAction::SetSupervisedHours(text) => self.supervised_hours = text,
        }
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with `dual.`).
    pub fn to_input(&self, errors: &mut FieldErrors) -> Option<DualInput> {
        let before = errors.len();
        let mut number = |field: &str, text: &str| -> i64 {
            parse_whole_number(text).unwrap_or_else(|message| {
                errors.insert(format!("dual.{field}"), message);
                0
            })
        };
        let hours_per_week = number("hours_per_week", &self.hours_per_week);
        let weeks = number("weeks", &self.weeks);
        let months = number("months", &self.months);
        let training_years_completed = number("training_years_completed", &self.training_years_completed);
        let learner_premiums_before = number("learner_premiums_before", &self.learner_premiums_before);
        let learners = number("employer.learners", &self.learners);
        let premiums_before = number("employer.premiums_before", &self.employer_premiums_before);
        let supervised_hours = number("employer.supervised_hours", &self.supervised_hours);
        let mentor_months = match self.mentor_months.trim() {
            "" => None,
            text => Some(number("employer.mentor_months", text)),
        };
        let wage_monthly_cents = match self.wage.trim() {
            "" => None,
            text => match parse_euros(text) {
                Ok(cents) => Some(cents.0),
                Err(message) => {
                    errors.insert("dual.wage_monthly_cents", message);
                    None
                }
            },
        };
        let input = DualInput {
            education: self.education,
            hours_per_week,
            weeks,
            months,
            employed_by_workplace: self.employed_by_workplace,
            wage_monthly_cents,
            waive_allowance: self.waive_allowance,
            school_level: self.school_level,
            training_years_completed,
            buso_ov3_completed: self.buso_ov3_completed,
            lives_in_flemish_region: self.lives_in_flemish_region,
            learner_premiums_before,
            reference_month: self.reference_month.map(i64::from),
            employer: EmployerInput {
                learners,
                workplace_in_flemish_region: self.workplace_in_flemish_region,
                mentor_trained: self.mentor_trained,
                premiums_before,
                home_care: self.home_care,
                mentor_months,
                supervised_hours,
            },
        };
        // The core's own checks (ranges, weeks that fit in the months), for what could be read:
        // an invalid dual input never reaches the scenario, so it cannot hide the other sections.
        let mut problems = Vec::new();
        input.validate(&mut problems);
        for problem in problems {
            errors.insert_if_absent(problem.field, problem.message);
        }
        (errors.len() == before).then_some(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(form: &DualForm) -> (Option<DualInput>, FieldErrors) {
        let mut errors = FieldErrors::default();
        let input = form.to_input(&mut errors);
        (input, errors)
    }

    #[test]
    fn the_default_form_is_the_cores_default_input() {
        let (input, errors) = read(&DualForm::default());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(input, Some(DualInput::default()));
    }

    #[test]
    fn what_was_typed_is_kept_and_errors_sit_at_their_field() {
        let mut form = DualForm::default();
        form.apply(DualAction::SetHoursPerWeek("2o".into()));
        form.apply(DualAction::SetWage("twee".into()));
        assert_eq!(form.hours_per_week, "2o");
        let (input, errors) = read(&form);
        assert!(input.is_none());
        assert_eq!(
            errors.get("dual.hours_per_week"),
            Some("\"2o\" is geen geheel getal: typ alleen cijfers, zoals 60")
        );
        assert!(errors.get("dual.wage_monthly_cents").is_some_and(|m| m.contains("geen bedrag")));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn out_of_range_values_get_the_cores_message() {
        let mut form = DualForm::default();
        form.apply(DualAction::SetMonths("10".into()));
        let (input, errors) = read(&form);
        assert!(input.is_none());
        assert!(errors.get("dual.weeks").is_some_and(|m| m.contains("hoogstens 44 weken")), "{errors:?}");
        form.apply(DualAction::SetWeeks("40".into()));
        assert!(read(&form).1.is_empty());
    }

    #[test]
    fn a_filled_form_reads_back_the_same_through_the_input() {
        let mut form = DualForm::default();
        for action in [
            DualAction::SetEducation(Education::Secondary),
            DualAction::SetWage("2.000,00".into()),
            DualAction::SetSchoolLevel(SchoolLevel::SecondGrade),
            DualAction::SetReferenceMonth(Some(5)),
            DualAction::SetHomeCare(HomeCare::Public),
            DualAction::SetLearners("5".into()),
            DualAction::SetMentorMonths("10".into()),
            DualAction::SetSupervisedHours("120".into()),
        ] {
            form.apply(action);
        }
        let input = read(&form).0.expect("valid");
        assert_eq!(input.wage_monthly_cents, Some(200_000));
        assert_eq!(input.employer.mentor_months, Some(10));
        assert_eq!(input.reference_month, Some(5));
        let shown = DualForm::from_input(&input);
        assert_eq!(shown.wage, "€ 2.000,00");
        assert_eq!(read(&shown).0, Some(input));
    }

    #[test]
    fn an_empty_optional_field_means_its_default() {
        let mut form = DualForm::default();
        form.apply(DualAction::SetMentorMonths("  ".into()));
        form.apply(DualAction::SetReferenceMonth(Some(13)));
        let input = read(&form).0.expect("valid");
        assert_eq!(input.employer.mentor_months, None);
        assert_eq!(input.reference_month, None);
    }
}
