//! The study-route section of the form, as typed: the programme, the pace, the contract,
//! the share passed and the learning credit at the start. [`PlanForm::to_input`] reads the
//! numbers and checks them with the core, so errors sit at their field (paths `plan.…`).

use super::FieldErrors;
use studierekenaar_core::input::parse_whole_number;
use studierekenaar_core::plan::{Degree, PlanInput, PlanYearInput};
use studierekenaar_core::scenario::Contract;
use studierekenaar_core::year::AcademicYear;
use studierekenaar_core::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanForm {
    pub degree: Degree,
    pub programme_credits: String,
    pub credits_per_year: String,
    pub contract: Contract,
    pub pass_percent: String,
    /// Empty: a first enrolment in higher education.
    pub learning_credit_start: String,
    /// Absent: the page's academic year.
    pub start_year: Option<AcademicYear>,
    /// The years' own choices, kept as they came (from a link or the command line).
    pub years: Vec<PlanYearInput>,
}

impl Default for PlanForm {
    fn default() -> Self {
        PlanForm::from_input(&PlanInput::default())
    }
}

/// A programme size to start from, with the kind of programme it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    pub key: &'static str,
    /// The button's words (`locales/*/app-plan.ftl`).
    pub message: &'static str,
    pub degree: Degree,
    pub credits: i64,
}

/// The usual sizes: bachelor 180, master 60 or 120, graduaat 90 or 120, a bridging
/// programme (commonly 60 study points; the person changes it to their own).
pub const PRESETS: [Preset; 6] = [
    Preset { key: "bachelor-180", message: "plan-preset-bachelor-180", degree: Degree::Bachelor, credits: 180 },
    Preset { key: "master-60", message: "plan-preset-master-60", degree: Degree::Master, credits: 60 },
    Preset { key: "master-120", message: "plan-preset-master-120", degree: Degree::Master, credits: 120 },
    Preset { key: "graduaat-90", message: "plan-preset-graduaat-90", degree: Degree::Graduaat, credits: 90 },
    Preset { key: "graduaat-120", message: "plan-preset-graduaat-120", degree: Degree::Graduaat, credits: 120 },
    Preset { key: "bridging-60", message: "plan-preset-bridging-60", degree: Degree::Bridging, credits: 60 },
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanAction {
    Preset(Preset),
    SetDegree(Degree),
    SetProgrammeCredits(String),
    SetCreditsPerYear(String),
    SetContract(Contract),
    SetPassPercent(String),
    SetLearningCreditStart(String),
    SetStartYear(Option<AcademicYear>),
}

impl PlanForm {
    pub fn from_input(input: &PlanInput) -> Self {
        PlanForm {
            degree: input.degree,
            programme_credits: input.programme_credits.to_string(),
            credits_per_year: input.credits_per_year.to_string(),
            contract: input.contract,
            pass_percent: input.pass_percent.to_string(),
            learning_credit_start: input.learning_credit_start.map(|v| v.to_string()).unwrap_or_default(),
            start_year: input.start_year,
            years: input.years.clone(),
        }
    }

    pub fn apply(&mut self, action: PlanAction) {
        match action {
            PlanAction::Preset(preset) => {
                self.degree = preset.degree;
                self.programme_credits = preset.credits.to_string();
            }
            PlanAction::SetDegree(degree) => self.degree = degree,
            PlanAction::SetProgrammeCredits(text) => self.programme_credits = text,
            PlanAction::SetCreditsPerYear(text) => self.credits_per_year = text,
            PlanAction::SetContract(contract) => self.contract = contract,
            PlanAction::SetPassPercent(text) => self.pass_percent = text,
            PlanAction::SetLearningCreditStart(text) => self.learning_credit_start = text,
            PlanAction::SetStartYear(year) => self.start_year = year,
        }
    }

    /// The preset the typed size and kind are, if any.
    pub fn preset(&self) -> Option<Preset> {
        PRESETS.into_iter().find(|p| p.degree == self.degree && p.credits.to_string() == self.programme_credits.trim())
    }

    /// The core's input, or `None` with the problems added to `errors` (paths `plan.…`).
    pub fn to_input(&self, language: Language, year: AcademicYear, errors: &mut FieldErrors) -> Option<PlanInput> {
        let before = errors.len();
        let mut number = |field: &str, text: &str| -> i64 {
            parse_whole_number(text, language).unwrap_or_else(|message| {
                errors.insert(format!("plan.{field}"), message);
                0
            })
        };
        let programme_credits = number("programme_credits", &self.programme_credits);
        let credits_per_year = number("credits_per_year", &self.credits_per_year);
        let pass_percent = number("pass_percent", &self.pass_percent);
        let learning_credit_start = match self.learning_credit_start.trim() {
            "" => None,
            text => Some(number("learning_credit_start", text)),
        };
        let input = PlanInput {
            programme_credits,
            credits_per_year,
            contract: self.contract,
            pass_percent,
            degree: self.degree,
            start_year: self.start_year,
            years: self.years.clone(),
            learning_credit_start,
        };
        if errors.len() == before {
            for problem in input.problems(year) {
                let message = studierekenaar_core::render::plan::problem(language, &problem);
                errors.insert(problem.field(), message);
            }
        }
        (errors.len() == before).then_some(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_form_is_the_cores_default_plan() {
        let mut errors = FieldErrors::default();
        let input = PlanForm::default().to_input(Language::Dutch, AcademicYear(2024), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(input, Some(PlanInput::default()));
    }

    #[test]
    fn a_preset_sets_size_and_kind_and_errors_sit_at_their_field() {
        let mut form = PlanForm::default();
        form.apply(PlanAction::Preset(PRESETS[2]));
        assert_eq!((form.degree, form.programme_credits.as_str()), (Degree::Master, "120"));
        assert_eq!(form.preset(), Some(PRESETS[2]));
        form.apply(PlanAction::SetCreditsPerYear("0".into()));
        form.apply(PlanAction::SetPassPercent("veel".into()));
        let mut errors = FieldErrors::default();
        assert!(form.to_input(Language::Dutch, AcademicYear(2024), &mut errors).is_none());
        assert!(errors.get("plan.pass_percent").is_some_and(|m| m.contains("\"veel\"")));
        form.apply(PlanAction::SetPassPercent("100".into()));
        let mut errors = FieldErrors::default();
        assert!(form.to_input(Language::English, AcademicYear(2024), &mut errors).is_none());
        assert_eq!(
            errors.get("plan.credits_per_year"),
            Some("at 0 credits a year the programme never ends: give at least 1 credit a year")
        );
    }
}
