//! The study-route section of the form, as typed: the programme, the pace, the contract,
//! the share passed and the learning credit at the start. [`PlanForm::to_input`] reads the
//! numbers and checks them with the core, so errors sit at their field (paths `plan.…`).

use super::FieldErrors;
use studierekenaar_core::input::parse_whole_number;
use studierekenaar_core::plan::{Degree, PlanInput, PlanYearInput, MAX_PLAN_YEARS};
use studierekenaar_core::scenario::{Contract, StudentStatus};
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
    /// The years' own choices, the first year first; what is left empty follows the plan.
    pub years: Vec<PlanYearRow>,
}

/// One year's own study points, contract and status, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanYearRow {
    /// Empty: the plan's pace.
    pub credits: String,
    /// `None`: the plan's contract.
    pub contract: Option<Contract>,
    /// `None`: the status of the fee section.
    pub status: Option<StudentStatus>,
}

impl PlanYearRow {
    fn from_input(input: &PlanYearInput) -> Self {
        PlanYearRow {
            credits: input.credits.map(|c| c.to_string()).unwrap_or_default(),
            contract: input.contract,
            status: input.status,
        }
    }

    /// Nothing of the year's own: it follows the plan.
    pub fn is_empty(&self) -> bool {
        self.credits.trim().is_empty() && self.contract.is_none() && self.status.is_none()
    }
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
    /// A year's own study points (`index` from 0, the route's first year); empty: the plan's pace.
    SetYearCredits(usize, String),
    SetYearContract(usize, Option<Contract>),
    SetYearStatus(usize, Option<StudentStatus>),
    /// Every year follows the plan again.
    ClearYears,
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
            years: input.years.iter().take(MAX_PLAN_YEARS).map(PlanYearRow::from_input).collect(),
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
            PlanAction::SetYearCredits(index, text) => {
                if let Some(row) = self.year_mut(index) {
                    row.credits = text;
                }
            }
            PlanAction::SetYearContract(index, contract) => {
                if let Some(row) = self.year_mut(index) {
                    row.contract = contract;
                }
            }
            PlanAction::SetYearStatus(index, status) => {
                if let Some(row) = self.year_mut(index) {
                    row.status = status;
                }
            }
            PlanAction::ClearYears => self.years.clear(),
        }
        // Years after the last one with a choice of its own are not kept.
        while self.years.last().is_some_and(PlanYearRow::is_empty) {
            self.years.pop();
        }
    }

    /// The row of a year of the route, added (with the years before it) when it has none yet.
    fn year_mut(&mut self, index: usize) -> Option<&mut PlanYearRow> {
        if index >= MAX_PLAN_YEARS {
            return None;
        }
        if self.years.len() <= index {
            self.years.resize_with(index + 1, PlanYearRow::default);
        }
        self.years.get_mut(index)
    }

    /// Whether any year has a choice of its own.
    pub fn has_year_choices(&self) -> bool {
        self.years.iter().any(|row| !row.is_empty())
    }

    /// How many years the route takes as typed, for the per-year rows: the numbers that do
    /// not read count as the defaults, a route too long as the longest computed; never
    /// fewer than the years with a choice of their own.
    pub fn route_years(&self, language: Language) -> usize {
        let defaults = PlanInput::default();
        let number = |text: &str, default: i64| parse_whole_number(text, language).unwrap_or(default);
        let input = PlanInput {
            programme_credits: number(&self.programme_credits, defaults.programme_credits),
            credits_per_year: number(&self.credits_per_year, defaults.credits_per_year),
            pass_percent: number(&self.pass_percent, defaults.pass_percent),
            years: self
                .years
                .iter()
                .map(|row| PlanYearInput {
                    credits: parse_whole_number(&row.credits, language).ok().filter(|c| *c >= 0),
                    ..PlanYearInput::default()
                })
                .collect(),
            ..PlanInput::default()
        };
        let valid = input.programme_credits > 0 && input.credits_per_year > 0 && input.pass_percent > 0;
        let years = if valid { input.schedule().map_or(MAX_PLAN_YEARS, |s| s.len()) } else { 1 };
        years.max(self.years.len()).clamp(1, MAX_PLAN_YEARS)
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
        let years = self
            .years
            .iter()
            .enumerate()
            .map(|(index, row)| PlanYearInput {
                credits: match row.credits.trim() {
                    "" => None,
                    text => Some(number(&format!("years[{index}].credits"), text)),
                },
                contract: row.contract,
                status: row.status,
            })
            .collect();
        let input = PlanInput {
            programme_credits,
            credits_per_year,
            contract: self.contract,
            pass_percent,
            degree: self.degree,
            start_year: self.start_year,
            years,
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

    #[test]
    fn a_years_own_choices_go_into_the_plan_and_come_back_from_a_link() {
        let mut form = PlanForm::default();
        form.apply(PlanAction::SetCreditsPerYear("30".into()));
        assert_eq!(form.route_years(Language::Dutch), 6);
        form.apply(PlanAction::SetYearCredits(1, "45".into()));
        form.apply(PlanAction::SetYearContract(2, Some(Contract::Credit)));
        form.apply(PlanAction::SetYearStatus(2, Some(StudentStatus::Grant)));
        let mut errors = FieldErrors::default();
        let input = form.to_input(Language::Dutch, AcademicYear(2024), &mut errors).unwrap_or_default();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            input.years,
            vec![
                PlanYearInput::default(),
                PlanYearInput { credits: Some(45), ..PlanYearInput::default() },
                PlanYearInput {
                    contract: Some(Contract::Credit),
                    status: Some(StudentStatus::Grant),
                    ..PlanYearInput::default()
                },
            ]
        );
        // 30 + 45 + 30 + 30 + 30 + 15: still six years.
        assert_eq!(form.route_years(Language::Dutch), 6);
        assert_eq!(PlanForm::from_input(&input), form);
        // Back to the plan: years that follow it are not kept.
        form.apply(PlanAction::SetYearContract(2, None));
        form.apply(PlanAction::SetYearStatus(2, None));
        assert_eq!(form.years.len(), 2);
        form.apply(PlanAction::ClearYears);
        assert!(!form.has_year_choices() && form.years.is_empty());
    }

    #[test]
    fn a_years_own_study_points_are_checked_at_their_field() {
        let mut form = PlanForm::default();
        form.apply(PlanAction::SetYearCredits(0, "veel".into()));
        let mut errors = FieldErrors::default();
        assert!(form.to_input(Language::Dutch, AcademicYear(2024), &mut errors).is_none());
        assert!(errors.get("plan.years[0].credits").is_some_and(|m| m.contains("\"veel\"")), "{errors:?}");
        form.apply(PlanAction::SetYearCredits(0, "200".into()));
        let mut errors = FieldErrors::default();
        assert!(form.to_input(Language::Dutch, AcademicYear(2024), &mut errors).is_none());
        assert!(errors.get("plan.years[0].credits").is_some(), "{errors:?}");
        // A year off (0) is allowed and makes the route a year longer.
        form.apply(PlanAction::SetYearCredits(0, "0".into()));
        let mut errors = FieldErrors::default();
        assert!(form.to_input(Language::Dutch, AcademicYear(2024), &mut errors).is_some(), "{errors:?}");
        assert_eq!(form.route_years(Language::Dutch), 4);
        // No more rows than the longest route computed.
        form.apply(PlanAction::SetYearCredits(40, "30".into()));
        assert_eq!(form.years.len(), 1);
    }
}
