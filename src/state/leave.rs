//! The leave section of the form: the work situation and leave choices as typed. What
//! the person typed is kept as typed; [`LeaveForm::to_input`] reads it into the core's
//! [`LeaveInput`] and ties every problem to its field (`leave.employment_percent`, …).

use super::FieldErrors;
use studierekenaar_core::input::{parse_euros, parse_whole_number};
use studierekenaar_core::leave::{EducationLevel, Hours, Interruption, LeaveInput, Sector};
use studierekenaar_core::Cents;

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
}

impl Default for LeaveForm {
    /// A full-time private-sector worker who considers 1/5 time credit: valid as it stands,
    /// so the section shows a result at once.
    fn default() -> Self {
        let mut form = LeaveForm::from_input(&LeaveInput::default());
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
}

/// Hours as people type them: `38`, `30,4` or `30.4`, at most two decimals.
pub fn parse_hours(text: &str) -> Result<Hours, String> {
    let trimmed = text.trim().trim_end_matches("uur").trim();
    if trimmed.is_empty() {
        return Err("vul een aantal uren in".to_owned());
    }
    let invalid = || format!("\"{}\" is geen aantal uren: typ het zoals 38 of 30,4", text.trim());
    let (whole, fraction) = match trimmed.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, fraction),
        None => (trimmed, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 6 || !digits(whole) || fraction.len() > 2 || !digits(fraction) {
        return Err(invalid());
    }
    let whole: i64 = whole.parse().map_err(|_| invalid())?;
    let fraction: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| invalid())? * 10,
        _ => fraction.parse().map_err(|_| invalid())?,
    };
    Ok(Hours(whole * 100 + fraction))
}

/// `38`, `30,4`: hours as the form shows them.
fn hours_text(hours: Hours) -> String {
    hours.number_nl().replace('.', "")
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
        }
    }

    /// The core's input, or `None` with the problems added to `errors` (paths start with `leave.`).
    pub fn to_input(&self, errors: &mut FieldErrors) -> Option<LeaveInput> {
        let mut ok = true;
        let mut report = |field: &str, message: String| {
            ok = false;
            errors.insert(format!("leave.{field}"), message);
        };
        let percent_text = self.employment_percent.trim().trim_end_matches('%').trim();
        let employment_percent = parse_whole_number(percent_text).unwrap_or_else(|message| {
            report("employment_percent", message);
            0
        });
        let weekly_hours = parse_hours(&self.weekly_hours).unwrap_or_else(|message| {
            report("weekly_hours", message);
            Hours::ZERO
        });
        let weeks = parse_whole_number(&self.weeks).unwrap_or_else(|message| {
            report("weeks", message);
            0
        });
        let mut optional = |field: &str, text: &str, parse: &dyn Fn(&str) -> Result<i64, String>| match text.trim() {
            "" => None,
            text => match parse(text) {
                Ok(value) => Some(value),
                Err(message) => {
                    report(field, message);
                    None
                }
            },
        };
        let euros = |text: &str| parse_euros(text).map(|c: Cents| c.0);
        let seniority_months = optional("seniority_months", &self.seniority_months, &parse_whole_number);
        let monthly_gross_wage_cents = optional("monthly_gross_wage_cents", &self.monthly_wage, &euros);
        let interruption_allowance_cents = optional("interruption_allowance_cents", &self.allowance, &euros);
        let vov_hours_planned =
            optional("vov_hours_planned", &self.vov_hours_planned, &|t: &str| parse_hours(t).map(|h| h.0)).map(Hours);
        let adult_education_lesson_periods =
            optional("adult_education_lesson_periods", &self.lesson_periods, &parse_whole_number);
        if !ok {
            return None;
        }
        let input = LeaveInput {
            sector: self.sector,
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
        input.validate(&mut problems);
        if !problems.is_empty() {
            for problem in problems {
                errors.insert(problem.field, problem.message);
            }
            return None;
        }
        Some(input)
    }

    /// The form showing an input (from a link, storage or a saved scenario).
    pub fn from_input(input: &LeaveInput) -> LeaveForm {
        let euros = |cents: Option<i64>| {
            cents.map(|c| Cents(c).to_nl().trim_start_matches("€ ").to_owned()).unwrap_or_default()
        };
        LeaveForm {
            sector: input.sector,
            employment_percent: input.employment_percent.to_string(),
            weekly_hours: hours_text(input.weekly_hours),
            weeks: input.weeks.to_string(),
            interruption: input.interruption,
            education_level: input.education_level,
            living_alone: input.living_alone,
            seniority_months: input.seniority_months.map(|m| m.to_string()).unwrap_or_default(),
            monthly_wage: euros(input.monthly_gross_wage_cents),
            allowance: euros(input.interruption_allowance_cents),
            vov_hours_planned: input.vov_hours_planned.map(hours_text).unwrap_or_default(),
            development_plan: input.development_plan,
            graduaat: input.graduaat,
            lesson_periods: input.adult_education_lesson_periods.map(|p| p.to_string()).unwrap_or_default(),
            basic_or_secondary: input.adult_education_basic_or_secondary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(actions: impl IntoIterator<Item = LeaveAction>) -> LeaveForm {
        let mut form = LeaveForm::default();
        actions.into_iter().for_each(|action| form.apply(action));
        form
    }

    #[test]
    fn the_default_form_is_valid_and_considers_one_fifth_time_credit() {
        let mut errors = FieldErrors::default();
        let input = LeaveForm::default().to_input(&mut errors).expect("valid");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(input.employment_percent, 100);
        assert_eq!(input.weekly_hours, Hours::whole(38));
        assert_eq!(input.weeks, 52);
        assert_eq!(input.interruption, Interruption::OneFifth);
        assert_eq!(input.sector, Sector::Private);
    }

    #[test]
    fn hours_are_read_the_flemish_way() {
        assert_eq!(parse_hours("38"), Ok(Hours(3_800)));
        assert_eq!(parse_hours(" 30,4 "), Ok(Hours(3_040)));
        assert_eq!(parse_hours("30.4"), Ok(Hours(3_040)));
        assert_eq!(parse_hours("7,25 uur"), Ok(Hours(725)));
        for bad in ["", "dertig", "30,456", "-5", "1e3", ",5", "3 8"] {
            assert!(parse_hours(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_hours("x"), Err("\"x\" is geen aantal uren: typ het zoals 38 of 30,4".into()));
    }

    #[test]
    fn employment_above_100_percent_is_an_error_on_its_field_and_leaves_the_section_out() {
        let form = apply([LeaveAction::SetEmploymentPercent("120".into())]);
        assert_eq!(form.employment_percent, "120", "what was typed is kept");
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(&mut errors), None);
        assert!(errors.get("leave.employment_percent").is_some_and(|m| m.contains("van 1 tot 100")), "{errors:?}");
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn a_percent_sign_and_decimal_hours_are_accepted() {
        let form =
            apply([LeaveAction::SetEmploymentPercent("80 %".into()), LeaveAction::SetWeeklyHours("30,4".into())]);
        let input = form.to_input(&mut FieldErrors::default()).expect("valid");
        assert_eq!(input.employment_percent, 80);
        assert_eq!(input.weekly_hours, Hours(3_040));
    }

    #[test]
    fn text_that_is_not_a_number_is_reported_on_its_field() {
        let form = apply([
            LeaveAction::SetWeeklyHours("veel".into()),
            LeaveAction::SetMonthlyWage("drieduizend".into()),
            LeaveAction::SetWeeks("".into()),
        ]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(&mut errors), None);
        let fields: Vec<&str> = errors.keys().collect();
        assert_eq!(fields, ["leave.monthly_gross_wage_cents", "leave.weekly_hours", "leave.weeks"]);
    }

    #[test]
    fn an_allowance_without_an_interruption_is_an_impossible_combination() {
        let form =
            apply([LeaveAction::SetInterruption(Interruption::None), LeaveAction::SetAllowance("450,00".into())]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(&mut errors), None);
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
        let input = form.to_input(&mut FieldErrors::default()).expect("valid");
        assert_eq!(input.seniority_months, Some(30));
        assert_eq!(input.monthly_gross_wage_cents, Some(325_050));
        assert_eq!(input.interruption_allowance_cents, Some(21_000));
        assert_eq!(input.vov_hours_planned, Some(Hours::whole(60)));
        assert_eq!(input.adult_education_lesson_periods, Some(120));
        assert!(
            input.adult_education_basic_or_secondary && input.living_alone && input.development_plan && input.graduaat
        );
        // Shown again in the form, it reads back the same.
        let shown = LeaveForm::from_input(&input);
        assert_eq!(shown.to_input(&mut FieldErrors::default()), Some(input));
        assert_eq!(shown.monthly_wage, "3.250,50");
    }

    #[test]
    fn vov_in_the_public_sector_is_refused_on_its_field() {
        let form = apply([LeaveAction::SetSector(Sector::FlemishPublic), LeaveAction::SetVovHoursPlanned("40".into())]);
        let mut errors = FieldErrors::default();
        assert_eq!(form.to_input(&mut errors), None);
        assert!(errors.get("leave.vov_hours_planned").is_some_and(|m| m.contains("privésector")));
    }
}
