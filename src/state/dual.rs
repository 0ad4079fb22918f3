//! The dual-learning section of the form, as typed: the learner's situation and hours,
//! and the employer's side. Numbers are kept as typed; [`DualForm::to_input`] reads them
//! in the page's language and checks them with the core, so that errors sit at their field
//! (paths `dual.…`), worded in that language. [`DualForm::retype`] re-writes typed hours and
//! a typed amount in the notation of another language when the page switches.

use super::FieldErrors;
use studierekenaar_core::dual::{
    parse_hours_per_week, DualInput, Education, EmployerInput, HomeCare, Perspective, SchoolLevel,
};
use studierekenaar_core::input::{
    parse_euros, parse_whole_number, retype_decimal, retype_euros, typed_euros, typed_hours,
};
use studierekenaar_core::leave::Hours;
use studierekenaar_core::money::Hundredths;
use studierekenaar_core::{Cents, Language};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DualForm {
    /// Who is asking: the learner (the allowance) or the employer (the cost).
    pub perspective: Perspective,
    pub education: Education,
    pub hours_per_week: String,
    pub weeks: String,
    pub months: String,
    pub employed_by_workplace: bool,
    /// Gross monthly wage in euros as typed, in the page's notation; empty: not entered.
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
        // The default input has no wage, the only field written differently per language.
        DualForm::from_input(&DualInput::default(), Language::Dutch)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DualAction {
    SetPerspective(Perspective),
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
    /// The form showing a core input (from a link, storage or a saved scenario), with the
    /// wage written the way `language` writes amounts.
    pub fn from_input(input: &DualInput, language: Language) -> Self {
        let employer = &input.employer;
        DualForm {
            perspective: input.perspective,
            education: input.education,
            hours_per_week: typed_hours(Hundredths(input.hours_per_week.0), language),
            weeks: input.weeks.to_string(),
            months: input.months.to_string(),
            employed_by_workplace: input.employed_by_workplace,
            wage: input.wage_monthly_cents.map(|c| typed_euros(Cents(c), language)).unwrap_or_default(),
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
            DualAction::SetPerspective(value) => self.perspective = value,
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

    /// Re-writes what was typed in the notation of `to`, after the page switched from
    /// `from`: a wage of `2.150,00` typed in Dutch becomes `2,150.00` in English, the same
    /// amount, and `22,5` hours become `22.5`. Text that is not valid in `from` stays as
    /// typed; whole numbers are written the same in every language.
    pub fn retype(&mut self, from: Language, to: Language) {
        self.hours_per_week = retype_decimal(&self.hours_per_week, from, to);
        self.wage = retype_euros(&self.wage, from, to);
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with
    /// `dual.`), the typed text read and the problems worded in `language`.
    pub fn to_input(&self, language: Language, errors: &mut FieldErrors) -> Option<DualInput> {
        let before = errors.len();
        let mut number = |field: &str, text: &str| -> i64 {
            parse_whole_number(text, language).unwrap_or_else(|message| {
                errors.insert(format!("dual.{field}"), message);
                0
            })
        };
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
        let hours_per_week = parse_hours_per_week(&self.hours_per_week, language).unwrap_or_else(|message| {
            errors.insert("dual.hours_per_week", message);
            Hours::ZERO
        });
        let wage_monthly_cents = match self.wage.trim() {
            "" => None,
            text => match parse_euros(text, language) {
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
            perspective: self.perspective,
        };
        // The core's own checks (ranges, weeks that fit in the months), for what could be read:
        // an invalid dual input never reaches the scenario, so it cannot hide the other sections.
        let mut problems = Vec::new();
        input.validate(language, &mut problems);
        for problem in problems {
            errors.insert_if_absent(problem.field, problem.message);
        }
        (errors.len() == before).then_some(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    fn read_in(form: &DualForm, language: Language) -> (Option<DualInput>, FieldErrors) {
        let mut errors = FieldErrors::default();
        let input = form.to_input(language, &mut errors);
        (input, errors)
    }

    fn read(form: &DualForm) -> (Option<DualInput>, FieldErrors) {
        read_in(form, DUTCH)
    }

    fn with_wage(wage: &str) -> DualForm {
        let mut form = DualForm::default();
        form.apply(DualAction::SetWage(wage.into()));
        form
    }

    #[test]
    fn the_default_form_is_the_cores_default_input() {
        let (input, errors) = read(&DualForm::default());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(input, Some(DualInput::default()));
        for language in Language::ALL {
            assert_eq!(read_in(&DualForm::default(), language).0, Some(DualInput::default()));
        }
    }

    #[test]
    fn what_was_typed_is_kept_and_errors_sit_at_their_field() {
        let mut form = DualForm::default();
        form.apply(DualAction::SetHoursPerWeek("2o".into()));
        form.apply(DualAction::SetWage("twee".into()));
        assert_eq!(form.hours_per_week, "2o");
        let (input, errors) = read(&form);
        assert!(input.is_none());
        // The example lies in the field's range (1 to 40 hours).
        assert_eq!(errors.get("dual.hours_per_week"), Some("\"2o\" is geen aantal uren: typ het zoals 24 of 22,5"));
        assert!(errors.get("dual.wage_monthly_cents").is_some_and(|m| m.contains("geen bedrag")));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn the_errors_are_worded_in_the_pages_language() {
        let mut form = with_wage("twee");
        form.apply(DualAction::SetHoursPerWeek("2o".into()));
        let (_, dutch) = read_in(&form, DUTCH);
        let (input, english) = read_in(&form, ENGLISH);
        let (_, french) = read_in(&form, FRENCH);
        assert!(input.is_none());
        assert_eq!(english.len(), 2);
        for field in ["dual.hours_per_week", "dual.wage_monthly_cents"] {
            let (nl, en, fr) = (dutch.get(field).unwrap(), english.get(field).unwrap(), french.get(field).unwrap());
            assert!(nl != en && nl != fr && en != fr, "{field}: {nl} / {en} / {fr}");
        }
        // The example of an amount is written the English way.
        assert!(english.get("dual.wage_monthly_cents").is_some_and(|m| m.contains("1,500.00")), "{english:?}");
        // The core's range checks too: 48 weeks do not fit in 10 months.
        form = DualForm::default();
        form.apply(DualAction::SetMonths("10".into()));
        let (_, english) = read_in(&form, ENGLISH);
        let (_, dutch) = read_in(&form, DUTCH);
        assert!(english.get("dual.weeks").is_some_and(|m| m.contains("44")), "{english:?}");
        assert_ne!(english.get("dual.weeks"), dutch.get("dual.weeks"));
    }

    #[test]
    fn an_amount_is_read_in_the_pages_notation() {
        assert_eq!(read_in(&with_wage("2.150,00"), DUTCH).0.and_then(|i| i.wage_monthly_cents), Some(215_000));
        assert_eq!(read_in(&with_wage("2.150,00"), FRENCH).0.and_then(|i| i.wage_monthly_cents), Some(215_000));
        assert_eq!(read_in(&with_wage("2,150.00"), ENGLISH).0.and_then(|i| i.wage_monthly_cents), Some(215_000));
        assert_eq!(read_in(&with_wage("€1,500.50"), ENGLISH).0.and_then(|i| i.wage_monthly_cents), Some(150_050));
        // Dutch notation on an English page is not silently read as another amount.
        let (input, errors) = read_in(&with_wage("2.150,00"), ENGLISH);
        assert!(input.is_none());
        assert!(errors.get("dual.wage_monthly_cents").is_some());
    }

    #[test]
    fn a_typed_wage_is_rewritten_in_the_new_languages_notation() {
        let mut form = with_wage("2.150,00");
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form.wage, "2,150.00");
        assert_eq!(read_in(&form, ENGLISH).0.and_then(|i| i.wage_monthly_cents), Some(215_000));
        form.retype(ENGLISH, FRENCH);
        assert_eq!(form.wage, "2.150,00");
        // Dutch and French write amounts alike: nothing to re-write.
        form.retype(FRENCH, DUTCH);
        assert_eq!(form.wage, "2.150,00");
        assert_eq!(read(&form).0.and_then(|i| i.wage_monthly_cents), Some(215_000));

        // Grouped thousands without cents stay thousands, not cents: 2.000 is 2,000.
        let mut form = with_wage("2.000");
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form.wage, "2,000");
        assert_eq!(read_in(&form, ENGLISH).0.and_then(|i| i.wage_monthly_cents), Some(200_000));

        // Typed in English, back to Dutch.
        let mut form = with_wage("1,999.5");
        form.retype(ENGLISH, DUTCH);
        assert_eq!(form.wage, "1.999,5");
        assert_eq!(read(&form).0.and_then(|i| i.wage_monthly_cents), Some(199_950));
    }

    #[test]
    fn a_wage_shown_from_an_input_follows_the_language() {
        let input = DualInput { wage_monthly_cents: Some(200_000), ..DualInput::default() };
        let dutch = DualForm::from_input(&input, DUTCH);
        let english = DualForm::from_input(&input, ENGLISH);
        assert_eq!(dutch.wage, "2.000,00");
        assert_eq!(english.wage, "2,000.00");
        assert_eq!(DualForm::from_input(&input, FRENCH).wage, "2.000,00");
        assert_eq!(read_in(&english, ENGLISH).0, Some(input.clone()));
        // Switching re-writes it as the other language writes it.
        let mut switched = dutch.clone();
        switched.retype(DUTCH, ENGLISH);
        assert_eq!(switched.wage, "2,000.00");
        assert_eq!(read_in(&switched, ENGLISH).0, Some(input));
    }

    #[test]
    fn invalid_text_and_other_fields_stay_as_typed_on_a_switch() {
        let mut form = with_wage("twee duizend");
        form.apply(DualAction::SetHoursPerWeek("2o".into()));
        form.apply(DualAction::SetLearners("5".into()));
        form.apply(DualAction::SetMentorMonths("10".into()));
        form.apply(DualAction::SetSupervisedHours("120".into()));
        let before = form.clone();
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form, before);
        form.retype(ENGLISH, FRENCH);
        assert_eq!(form, before);

        // Not an amount in the old language (English notation on a Dutch page): left alone.
        let mut form = with_wage("2,150.00");
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form.wage, "2,150.00");
        // Empty stays empty.
        let mut form = DualForm::default();
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form, DualForm::default());
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
            DualAction::SetPerspective(Perspective::Employer),
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
        assert_eq!(input.perspective, Perspective::Employer);
        let shown = DualForm::from_input(&input, DUTCH);
        assert_eq!(shown.wage, "2.000,00");
        assert_eq!(read(&shown).0, Some(input));
    }

    #[test]
    fn hours_per_week_may_have_decimals_written_the_languages_way() {
        let mut form = DualForm::default();
        form.apply(DualAction::SetHoursPerWeek("22,5".into()));
        assert_eq!(read(&form).0.map(|i| i.hours_per_week), Some(Hours(2_250)));
        assert_eq!(read_in(&form, FRENCH).0.map(|i| i.hours_per_week), Some(Hours(2_250)));
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form.hours_per_week, "22.5");
        assert_eq!(read_in(&form, ENGLISH).0.map(|i| i.hours_per_week), Some(Hours(2_250)));
        // Shown from an input (a link, a saved scenario) as the language types it.
        let input = DualInput { hours_per_week: Hours(1_975), ..DualInput::default() };
        assert_eq!(DualForm::from_input(&input, DUTCH).hours_per_week, "19,75");
        assert_eq!(DualForm::from_input(&input, ENGLISH).hours_per_week, "19.75");
        assert_eq!(read_in(&DualForm::from_input(&input, ENGLISH), ENGLISH).0, Some(input));
        // Out of range: the core's message, with the hours as typed.
        form.apply(DualAction::SetHoursPerWeek("40,01".into()));
        assert_eq!(
            read(&form).1.get("dual.hours_per_week"),
            Some("40,01 uur per week kan niet: geef een aantal uren op de werkplek van 1 tot 40")
        );
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
