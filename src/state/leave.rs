//! The leave section of the form: the work situation and leave choices as typed. What
//! the person typed is kept as typed; [`LeaveForm::to_input`] reads it into the core's
//! [`LeaveInput`] in the page's language (`30,4` in Dutch and French, `30.4` in English)
//! and ties every problem to its field (`leave.employment_percent`, …), in that language.
//! [`LeaveForm::retype`] re-writes typed numbers when the language changes.

use super::FieldErrors;
use studierekenaar_core::input::{
    parse_euros, parse_hours, parse_whole_number, retype_decimal, retype_euros, typed_euros, typed_hours,
};
use studierekenaar_core::leave::{EducationLevel, Hours, Interruption, LeaveInput, Sector, WorkRegion};
use studierekenaar_core::money::Hundredths;
use studierekenaar_core::{Cents, Language};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveForm {
    pub sector: Sector,
    pub employment_percent: String,
    pub weekly_hours: String,
    pub weeks: String,
    pub interruption: Interruption,
    pub education_level: EducationLevel,
    pub living_alone: bool,
    /// Optional fields, empty when not filled in.
    pub seniority_months: String,
    pub monthly_wage: String,
    pub allowance: String,
    pub vov_hours_planned: String,
    pub development_plan: bool,
    pub graduaat: bool,
    pub lesson_periods: String,
    pub basic_or_secondary: bool,
    /// Where the person works: the first question of the section.
    pub work_region: WorkRegion,
}

impl Default for LeaveForm {
    /// A full-time private-sector worker who considers 1/5 time credit: valid as it stands,
    /// so the section shows a result at once. Its numbers (100, 38, 52) are written the
    /// same way in every language.
    fn default() -> Self {
        let mut form = LeaveForm::from_input(&LeaveInput::default(), Language::Dutch);
        form.interruption = Interruption::OneFifth;
        form
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveAction {
    SetSector(Sector),
    SetEmploymentPercent(String),
    SetWeeklyHours(String),
    SetWeeks(String),
    SetInterruption(Interruption),
    SetEducationLevel(EducationLevel),
    SetLivingAlone(bool),
    SetSeniorityMonths(String),
    SetMonthlyWage(String),
    SetAllowance(String),
    SetVovHoursPlanned(String),
    SetDevelopmentPlan(bool),
    SetGraduaat(bool),
    SetLessonPeriods(String),
    SetBasicOrSecondary(bool),
    SetWorkRegion(WorkRegion),
}

/// Hours as people type them in `language`: `38`, `30,4`, `7,25 uur` (`30.4` in English).
fn hours(text: &str, language: Language) -> Result<Hours, String> {
    parse_hours(text, language).map(Hours::of)
}

/// A percentage: `80`, `80 %`, `80%`.
fn percent(text: &str, language: Language) -> Result<i64, String> {
    parse_whole_number(text.trim().trim_end_matches('%').trim(), language)
}

/// An amount in euros in `language`'s notation, in cents.
fn euros(text: &str, language: Language) -> Result<i64, String> {
    parse_euros(text, language).map(|cents: Cents| cents.0)
}

impl LeaveForm {
    pub fn apply(&mut self, action: LeaveAction) {
        match action {
            LeaveAction::SetSector(sector) => self.sector = sector,
            LeaveAction::SetEmploymentPercent(text) => self.employment_percent = text,
            LeaveAction::SetWeeklyHours(text) => self.weekly_hours = text,
            LeaveAction::SetWeeks(text) => self.weeks = text,
            LeaveAction::SetInterruption(interruption) => self.interruption = interruption,
            LeaveAction::SetEducationLevel(level) => self.education_level = level,
            LeaveAction::SetLivingAlone(value) => self.living_alone = value,
            LeaveAction::SetSeniorityMonths(text) => self.seniority_months = text,
            LeaveAction::SetMonthlyWage(text) => self.monthly_wage = text,
            LeaveAction::SetAllowance(text) => self.allowance = text,
            LeaveAction::SetVovHoursPlanned(text) => self.vov_hours_planned = text,
            LeaveAction::SetDevelopmentPlan(value) => self.development_plan = value,
            LeaveAction::SetGraduaat(value) => self.graduaat = value,
            LeaveAction::SetLessonPeriods(text) => self.lesson_periods = text,
            LeaveAction::SetBasicOrSecondary(value) => self.basic_or_secondary = value,
            LeaveAction::SetWorkRegion(region) => self.work_region = region,
        }
    }

    /// On a change of language: hours and amounts typed validly in `from` are re-written
    /// the way `to` writes them (`7,6` → `7.6`, `3.250,50` → `3,250.50`); text that is not
    /// valid in `from` stays as typed. Whole numbers (`38`, `80 %`, `52`) are written alike
    /// in every language and are left alone.
    pub fn retype(&mut self, from: Language, to: Language) {
        for text in [&mut self.weekly_hours, &mut self.vov_hours_planned] {
            *text = retype_decimal(text, from, to);
        }
        for text in [&mut self.monthly_wage, &mut self.allowance] {
            *text = retype_euros(text, from, to);
        }
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with
    /// `leave.`), read and worded in `language`.
    pub fn to_input(&self, language: Language, errors: &mut FieldErrors) -> Option<LeaveInput> {
        let mut ok = true;
        let mut report = |field: &str, message: String| {
            ok = false;
            errors.insert(format!("leave.{field}"), message);
        };
        let employment_percent = percent(&self.employment_percent, language).unwrap_or_else(|message| {
            report("employment_percent", message);
            0
        });
        let weekly_hours = hours(&self.weekly_hours, language).unwrap_or_else(|message| {
            report("weekly_hours", message);
            Hours::ZERO
        });
        let weeks = parse_whole_number(&self.weeks, language).unwrap_or_else(|message| {
            report("weeks", message);
            0
        });
        let mut optional =
            |field: &str, text: &str, parse: &dyn Fn(&str, Language) -> Result<i64, String>| match text.trim() {
                "" => None,
                text => match parse(text, language) {
                    Ok(value) => Some(value),
                    Err(message) => {
                        report(field, message);
                        None
                    }
                },
            };
        let hour_count = |text: &str, language: Language| hours(text, language).map(|h| h.0);
        let seniority_months = optional("seniority_months", &self.seniority_months, &parse_whole_number);
        let monthly_gross_wage_cents = optional("monthly_gross_wage_cents", &self.monthly_wage, &euros);
        let interruption_allowance_cents = optional("interruption_allowance_cents", &self.allowance, &euros);
        let vov_hours_planned = optional("vov_hours_planned", &self.vov_hours_planned, &hour_count).map(Hours);
        let adult_education_lesson_periods =
            optional("adult_education_lesson_periods", &self.lesson_periods, &parse_whole_number);
        if !ok {
            return None;
        }
        let input = LeaveInput {
            sector: self.sector,
            work_region: self.work_region,
            employment_percent,
            weekly_hours,
            weeks,
            education_level: self.education_level,
            development_plan: self.development_plan,
            living_alone: self.living_alone,
            seniority_months,
            monthly_gross_wage_cents,
            interruption: self.interruption,
            interruption_allowance_cents,
            vov_hours_planned,
            graduaat: self.graduaat,
            adult_education_lesson_periods,
            adult_education_basic_or_secondary: self.basic_or_secondary,
        };
        // The core's own checks (ranges, impossible combinations), on the fields.
        let mut problems = Vec::new();
        input.validate(language, &mut problems);
        if !problems.is_empty() {
            for problem in problems {
                errors.insert(problem.field, problem.message);
            }
            return None;
        }
        Some(input)
    }

    /// The form showing an input (from a link, storage or a saved scenario), its numbers
    /// written the way `language` writes them.
    pub fn from_input(input: &LeaveInput, language: Language) -> LeaveForm {
        let euros = |cents: Option<i64>| cents.map(|c| typed_euros(Cents(c), language)).unwrap_or_default();
        LeaveForm {
            sector: input.sector,
            employment_percent: input.employment_percent.to_string(),
            weekly_hours: typed_hours(Hundredths(input.weekly_hours.0), language),
            weeks: input.weeks.to_string(),
            interruption: input.interruption,
            education_level: input.education_level,
            living_alone: input.living_alone,
            seniority_months: input.seniority_months.map(|m| m.to_string()).unwrap_or_default(),
            monthly_wage: euros(input.monthly_gross_wage_cents),
            allowance: euros(input.interruption_allowance_cents),
            vov_hours_planned: input
                .vov_hours_planned
                .map(|h| typed_hours(Hundredths(h.0), language))
                .unwrap_or_default(),
            development_plan: input.development_plan,
            graduaat: input.graduaat,
            lesson_periods: input.adult_education_lesson_periods.map(|p| p.to_string()).unwrap_or_default(),
            basic_or_secondary: input.adult_education_basic_or_secondary,
            work_region: input.work_region,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    fn apply(actions: impl IntoIterator<Item = LeaveAction>) -> LeaveForm {
        let mut form = LeaveForm::default();
        actions.into_iter().for_each(|action| form.apply(action));
        form
    }

    #[test]
    fn the_default_form_is_valid_and_considers_one_fifth_time_credit() {
        for language in Language::ALL {
            let mut errors = FieldErrors::default();
            let input = LeaveForm::default().to_input(language, &mut errors).expect("valid");
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(input.employment_percent, 100);
            assert_eq!(input.weekly_hours, Hours::whole(38));
            assert_eq!(input.weeks, 52);
            assert_eq!(input.interruption, Interruption::OneFifth);
            assert_eq!(input.sector, Sector::Private);
        }
    }

    #[test]
    fn hours_are_read_the_flemish_way() {
        assert_eq!(hours("38", DUTCH), Ok(Hours(3_800)));
        assert_eq!(hours(" 30,4 ", DUTCH), Ok(Hours(3_040)));
        assert_eq!(hours("30.4", DUTCH), Ok(Hours(3_040)), "a decimal typed the other way, as the form always read it");
        assert_eq!(hours("7,25 uur", DUTCH), Ok(Hours(725)));
        assert_eq!(hours("1.000", DUTCH), Ok(Hours::whole(1_000)));
        for bad in ["", "dertig", "30,456", "-5", "1e3", ",5", "3,8,1"] {
            assert!(hours(bad, DUTCH).is_err(), "{bad:?}");
        }
        assert_eq!(hours("x", DUTCH), Err("\"x\" is geen aantal uren: typ het zoals 38 of 30,4".into()));
    }

    #[test]
    fn hours_are_read_the_french_and_english_way() {
        assert_eq!(hours("30,4", FRENCH), Ok(Hours(3_040)));
        assert_eq!(hours("7,6 heures", FRENCH), Ok(Hours(760)));
        assert_eq!(hours("7.6", ENGLISH), Ok(Hours(760)));
        assert_eq!(hours("7.25 hours", ENGLISH), Ok(Hours(725)));
        assert_eq!(hours("1,000", ENGLISH), Ok(Hours::whole(1_000)), "a thousands group in English");
        assert!(hours("1.000,5", ENGLISH).is_err());
        assert_eq!(hours("lots", ENGLISH), Err("\"lots\" is not a number of hours: type it like 38 or 30.4".into()));
        assert!(hours("beaucoup", FRENCH).is_err_and(|m| m.contains("beaucoup") && m.contains("30,4")));
        assert_eq!(percent("80%", ENGLISH), Ok(80));
        assert_eq!(euros("3,250.50", ENGLISH), Ok(325_050));
        assert_eq!(euros("3.250,50 €", FRENCH), Ok(325_050));
    }

    #[test]
    fn employment_above_100_percent_is_an_error_on_its_field_and_leaves_the_section_out() {
        let form = apply([LeaveAction::SetEmploymentPercent("120".into())]);
        assert_eq!(form.employment_percent, "120", "what was typed is kept");
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(DUTCH, &mut errors), None);
        assert!(errors.get("leave.employment_percent").is_some_and(|m| m.contains("van 1 tot 100")), "{errors:?}");
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn a_percent_sign_and_decimal_hours_are_accepted() {
        let form =
            apply([LeaveAction::SetEmploymentPercent("80 %".into()), LeaveAction::SetWeeklyHours("30,4".into())]);
        let input = form.to_input(DUTCH, &mut FieldErrors::default()).expect("valid");
        assert_eq!(input.employment_percent, 80);
        assert_eq!(input.weekly_hours, Hours(3_040));
        let english =
            apply([LeaveAction::SetEmploymentPercent("80%".into()), LeaveAction::SetWeeklyHours("30.4".into())]);
        let input = english.to_input(ENGLISH, &mut FieldErrors::default()).expect("valid");
        assert_eq!((input.employment_percent, input.weekly_hours), (80, Hours(3_040)));
    }

    #[test]
    fn text_that_is_not_a_number_is_reported_on_its_field() {
        let form = apply([
            LeaveAction::SetWeeklyHours("veel".into()),
            LeaveAction::SetMonthlyWage("drieduizend".into()),
            LeaveAction::SetWeeks("".into()),
        ]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(DUTCH, &mut errors), None);
        let fields: Vec<&str> = errors.keys().collect();
        assert_eq!(fields, ["leave.monthly_gross_wage_cents", "leave.weekly_hours", "leave.weeks"]);
        assert_eq!(errors.get("leave.weekly_hours"), Some("\"veel\" is geen aantal uren: typ het zoals 38 of 30,4"));
        let mut english = FieldErrors::default();
        assert_eq!(form.to_input(ENGLISH, &mut english), None);
        assert_eq!(
            english.get("leave.weekly_hours"),
            Some("\"veel\" is not a number of hours: type it like 38 or 30.4")
        );
    }

    #[test]
    fn an_allowance_without_an_interruption_is_an_impossible_combination() {
        let form =
            apply([LeaveAction::SetInterruption(Interruption::None), LeaveAction::SetAllowance("450,00".into())]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(DUTCH, &mut errors), None);
        assert!(errors.get("leave.interruption_allowance_cents").is_some_and(|m| m.contains("kies een vorm")));
    }

    #[test]
    fn optional_fields_are_read_when_filled_in() {
        let form = apply([
            LeaveAction::SetSeniorityMonths("30".into()),
            LeaveAction::SetMonthlyWage("3.250,50".into()),
            LeaveAction::SetAllowance("€ 210".into()),
            LeaveAction::SetVovHoursPlanned("60".into()),
            LeaveAction::SetLessonPeriods("120".into()),
            LeaveAction::SetBasicOrSecondary(true),
            LeaveAction::SetLivingAlone(true),
            LeaveAction::SetEducationLevel(EducationLevel::High),
            LeaveAction::SetDevelopmentPlan(true),
            LeaveAction::SetGraduaat(true),
        ]);
        let input = form.to_input(DUTCH, &mut FieldErrors::default()).expect("valid");
        assert_eq!(input.seniority_months, Some(30));
        assert_eq!(input.monthly_gross_wage_cents, Some(325_050));
        assert_eq!(input.interruption_allowance_cents, Some(21_000));
        assert_eq!(input.vov_hours_planned, Some(Hours::whole(60)));
        assert_eq!(input.adult_education_lesson_periods, Some(120));
        assert!(
            input.adult_education_basic_or_secondary && input.living_alone && input.development_plan && input.graduaat
        );
        // Shown again in the form, it reads back the same, in every language.
        let shown = LeaveForm::from_input(&input, DUTCH);
        assert_eq!(shown.to_input(DUTCH, &mut FieldErrors::default()), Some(input.clone()));
        assert_eq!(shown.monthly_wage, "3.250,50");
        for language in [FRENCH, ENGLISH] {
            let shown = LeaveForm::from_input(&input, language);
            assert_eq!(shown.to_input(language, &mut FieldErrors::default()), Some(input.clone()), "{language}");
        }
        assert_eq!(LeaveForm::from_input(&input, ENGLISH).monthly_wage, "3,250.50");
    }

    #[test]
    fn a_form_from_a_link_writes_hours_the_language_s_way() {
        let input = LeaveInput {
            weekly_hours: Hours(3_040),
            vov_hours_planned: Some(Hours::whole(1_000)),
            ..LeaveInput::default()
        };
        let dutch = LeaveForm::from_input(&input, DUTCH);
        assert_eq!((dutch.weekly_hours.as_str(), dutch.vov_hours_planned.as_str()), ("30,4", "1000"));
        let english = LeaveForm::from_input(&input, ENGLISH);
        assert_eq!((english.weekly_hours.as_str(), english.vov_hours_planned.as_str()), ("30.4", "1000"));
    }

    #[test]
    fn vov_in_the_public_sector_is_refused_on_its_field() {
        let form = apply([LeaveAction::SetSector(Sector::FlemishPublic), LeaveAction::SetVovHoursPlanned("40".into())]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(DUTCH, &mut errors), None);
        assert!(errors.get("leave.vov_hours_planned").is_some_and(|m| m.contains("privésector")));
    }

    fn typed() -> LeaveForm {
        apply([
            LeaveAction::SetEmploymentPercent("80 %".into()),
            LeaveAction::SetWeeklyHours("7,6".into()),
            LeaveAction::SetWeeks("40".into()),
            LeaveAction::SetSeniorityMonths("abc".into()),
            LeaveAction::SetMonthlyWage("3.250,50".into()),
            LeaveAction::SetAllowance("€ 210".into()),
            LeaveAction::SetVovHoursPlanned("1.000".into()),
            LeaveAction::SetLessonPeriods("120".into()),
        ])
    }

    #[test]
    fn switching_to_english_retypes_valid_numbers_and_keeps_the_rest() {
        let mut form = typed();
        form.retype(DUTCH, ENGLISH);
        assert_eq!(form.weekly_hours, "7.6");
        assert_eq!(form.monthly_wage, "3,250.50");
        assert_eq!(form.allowance, "€ 210", "no separator: nothing to re-write");
        assert_eq!(form.vov_hours_planned, "1,000");
        assert_eq!(form.seniority_months, "abc", "invalid text stays as typed");
        assert_eq!(form.employment_percent, "80 %", "whole numbers read the same in English");
        assert_eq!((form.weeks.as_str(), form.lesson_periods.as_str()), ("40", "120"));
        // The re-typed form means the same in English as the typed one did in Dutch.
        let mut valid = typed();
        valid.seniority_months = "30".into();
        let mut valid_english = valid.clone();
        valid_english.retype(DUTCH, ENGLISH);
        let (mut dutch_errors, mut english_errors) = (FieldErrors::default(), FieldErrors::default());
        let dutch_input = valid.to_input(DUTCH, &mut dutch_errors);
        assert!(dutch_input.is_some(), "{dutch_errors:?}");
        assert_eq!(valid_english.to_input(ENGLISH, &mut english_errors), dutch_input, "{english_errors:?}");
    }

    #[test]
    fn text_that_is_no_number_is_never_lost() {
        let mut form = apply([
            LeaveAction::SetWeeklyHours("abc".into()),
            LeaveAction::SetVovHoursPlanned("7,6,1".into()),
            LeaveAction::SetMonthlyWage("drieduizend".into()),
            LeaveAction::SetAllowance("".into()),
        ]);
        let before = form.clone();
        for (from, to) in [(DUTCH, ENGLISH), (ENGLISH, FRENCH), (FRENCH, DUTCH)] {
            form.retype(from, to);
            assert_eq!(form, before, "{from} → {to}");
        }
    }

    #[test]
    fn switching_back_and_between_french_and_dutch() {
        let mut form = typed();
        form.retype(DUTCH, ENGLISH);
        form.retype(ENGLISH, FRENCH);
        assert_eq!(form, typed(), "back in the notation of Dutch and French, as typed");
        // Dutch and French write numbers alike: nothing changes between them.
        let mut french = typed();
        french.retype(DUTCH, FRENCH);
        assert_eq!(french, typed());
        let mut same = typed();
        same.retype(ENGLISH, ENGLISH);
        assert_eq!(same, typed());
    }

    #[test]
    fn english_decimals_become_dutch_ones() {
        let mut form = apply([
            LeaveAction::SetWeeklyHours("30.4".into()),
            LeaveAction::SetMonthlyWage("1,500.5".into()),
            LeaveAction::SetVovHoursPlanned("7.25 hours".into()),
            LeaveAction::SetAllowance("1.234".into()),
        ]);
        form.retype(ENGLISH, DUTCH);
        assert_eq!(form.weekly_hours, "30,4");
        assert_eq!(form.monthly_wage, "1.500,5");
        assert_eq!(form.vov_hours_planned, "7,25 hours");
        assert_eq!(form.allowance, "1.234", "three decimals are no amount in English: kept as typed");
        let input = form.to_input(DUTCH, &mut FieldErrors::default()).expect("valid in Dutch");
        assert_eq!((input.weekly_hours, input.vov_hours_planned), (Hours(3_040), Some(Hours(725))));
        assert_eq!(input.monthly_gross_wage_cents, Some(150_050));
        assert_eq!(input.interruption_allowance_cents, Some(123_400), "1.234 is a thousand and more in Dutch");
    }
}
