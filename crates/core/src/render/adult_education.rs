//! The words of the adult-education outcome: every typed line, condition and problem of
//! [`crate::adult_education`] as a sentence in a language, each figure with its label,
//! period, status and source (as [`ParamUse`]), each missing one with its reason.

use crate::adult_education::{
    AdultEducationOutcome, Area, CapLine, CapScope, FeeCategory, MissingRef, ModuleFee, ModuleLine, Organisation,
    ParamRef, PremiumCondition, PremiumLine, Problem, RateKind, Semester, LESSON_PERIODS_RANGE, MAX_AMOUNT_CENTS,
};
use crate::explain::{Figures, MissingFigure, ParamUse};
use crate::i18n::Language;
use crate::leave::Hours;
use crate::money::{Cents, Hundredths};
use crate::params::Params;
use crate::tr;
use serde::Serialize;

/// The public page of the Examencommissie secundair onderwijs, the other route to the diploma.
pub const EXAMENCOMMISSIE_SOURCE: &str = "https://www.vlaanderen.be/nl/onderwijs-en-wetenschap/diplomas-en-getuigschriften/een-diploma-getuigschrift-secundair-onderwijs-behalen-de-examencommissie-secundair-onderwijs";

/// One explained step: the sentence, its amount if any, the figure it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

/// A condition in words; `met` is `None` for what the learner still has to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConditionWords {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

/// The other route, in words, with where to read about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alternative {
    pub title: String,
    pub text: String,
    pub source: &'static str,
}

/// The whole outcome in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    pub modules: Vec<Line>,
    pub caps: Vec<Line>,
    pub fee_notes: Vec<String>,
    pub premium_summary: String,
    pub premium_conditions: Vec<ConditionWords>,
    pub premium_lines: Vec<Line>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub premium_timing: Option<String>,
    pub premium_notes: Vec<String>,
    pub time: Vec<Line>,
    pub vov: Vec<Line>,
    pub missing: Vec<MissingFigure>,
    pub alternative: Alternative,
}

/// A field's problem as a sentence: what is wrong and what is allowed.
pub fn problem(language: Language, problem: Problem) -> String {
    match problem {
        Problem::TooManyModules { count, maximum } => {
            tr!(language, "adult-error-too-many-modules", count = count.to_string(), maximum = maximum.to_string())
        }
        Problem::LessonPeriods { value } => tr!(
            language,
            "adult-error-lesson-periods",
            value = value.to_string(),
            min = LESSON_PERIODS_RANGE.start().to_string(),
            max = LESSON_PERIODS_RANGE.end().to_string()
        ),
        Problem::Amount { value } => tr!(
            language,
            "adult-error-amount",
            value = value.to_string(),
            max_amount = language.money(Cents(MAX_AMOUNT_CENTS))
        ),
    }
}

/// `Beroepsopleiding (diplomagericht)`, `Formation professionnelle`, `Vocational programme`.
pub fn area_name(language: Language, area: Area) -> String {
    language.text(match area {
        Area::Vocational => "adult-area-vocational",
        Area::Aav => "adult-area-aav",
        Area::Av => "adult-area-av",
        Area::Nt2 => "adult-area-nt2",
        Area::Basic => "adult-area-basic",
        Area::Literacy => "adult-area-literacy",
        Area::Shortage => "adult-area-shortage",
        Area::Leisure => "adult-area-leisure",
    })
}

pub fn category_name(language: Language, category: FeeCategory) -> String {
    language.text(match category {
        FeeCategory::Standard => "adult-category-standard",
        FeeCategory::PartialExemption => "adult-category-partial",
        FeeCategory::FullExemption => "adult-category-full",
    })
}

/// Who falls in a category, in the words of the source.
pub fn category_who(language: Language, category: FeeCategory) -> String {
    language.text(match category {
        FeeCategory::Standard => "adult-category-standard-who",
        FeeCategory::PartialExemption => "adult-category-partial-who",
        FeeCategory::FullExemption => "adult-category-full-who",
    })
}

pub fn organisation_name(language: Language, organisation: Organisation) -> String {
    language.text(match organisation {
        Organisation::Modular => "adult-organisation-modular",
        Organisation::Linear => "adult-organisation-linear",
    })
}

pub fn semester_name(language: Language, semester: Semester) -> String {
    tr!(language, "adult-semester", number = i64::from(semester.number()))
}

fn rate_name(language: Language, kind: RateKind) -> String {
    language.text(match kind {
        RateKind::Standard => "adult-rate-standard",
        RateKind::Nt2 => "adult-rate-nt2",
        RateKind::PartialExemption => "adult-rate-partial",
        RateKind::FullExemption => "adult-rate-full",
        RateKind::FourthEnrolment => "adult-rate-fourth",
        RateKind::FourthEnrolmentFullExemption => "adult-rate-fourth-full",
        RateKind::Shortage => "adult-rate-shortage",
        RateKind::ShortageExemption => "adult-rate-shortage-exemption",
        RateKind::Leisure => "adult-rate-leisure",
    })
}

fn scope_name(language: Language, scope: CapScope) -> String {
    match scope {
        CapScope::Semester(semester) => semester_name(language, semester),
        CapScope::SchoolYear => tr!(language, "adult-scope-school-year"),
    }
}

/// The figure as a step cites it, with its words (label, amount, period, status, note).
pub fn figure(language: Language, reference: &ParamRef) -> Option<ParamUse> {
    let year = reference.estimated_for.unwrap_or_else(|| reference.period.academic_year());
    Figures::new(Params::embedded(), year, language).get(reference.id).ok()
}

/// A missing figure with its label and the reason its file gives.
pub fn missing(language: Language, reference: &MissingRef) -> Option<MissingFigure> {
    Figures::new(Params::embedded(), reference.year, language).get(reference.id).err()
}

fn lesson_periods(language: Language, count: i64) -> String {
    language.count("count-lesson-periods", count)
}

fn hours(language: Language, hundredths: i64) -> String {
    Hours(hundredths).display(language)
}

/// Every line of the outcome in `language`.
pub fn explain(outcome: &AdultEducationOutcome, language: Language) -> Explained {
    let money = |cents: i64| language.money(Cents(cents));
    let modules = outcome.modules.iter().map(|line| module_line(language, line)).collect();

    let caps = outcome
        .caps
        .iter()
        .map(|cap| match cap {
            CapLine::Within { scope, fees_cents, cap } => Line {
                text: tr!(
                    language,
                    "adult-cap-within",
                    scope = scope_name(language, *scope),
                    fees = money(*fees_cents),
                    cap = money(cap.amount)
                ),
                amount_cents: Some(Cents(*fees_cents)),
                parameter: figure(language, cap),
            },
            CapLine::Applied { scope, fees_cents, cap, paid_cents } => Line {
                text: tr!(
                    language,
                    "adult-cap-applied",
                    scope = scope_name(language, *scope),
                    fees = money(*fees_cents),
                    cap = money(cap.amount)
                ),
                amount_cents: Some(Cents(*paid_cents)),
                parameter: figure(language, cap),
            },
            CapLine::Unpublished { scope, fees_cents, missing } => Line {
                text: tr!(
                    language,
                    "adult-cap-unpublished",
                    scope = scope_name(language, *scope),
                    fees = money(*fees_cents),
                    year = missing.year.to_string()
                ),
                amount_cents: Some(Cents(*fees_cents)),
                parameter: None,
            },
        })
        .collect();

    let mut fee_notes = Vec::new();
    if outcome.fee_is_upper_bound {
        fee_notes.push(tr!(language, "adult-fee-upper-bound"));
    }
    if outcome.fee_incomplete {
        fee_notes.push(tr!(language, "adult-fee-incomplete"));
    }

    let premium = &outcome.premium;
    let premium_summary = if premium.eligible {
        tr!(language, "adult-premium-eligible", amount = money(premium.amount_cents))
    } else {
        tr!(language, "adult-premium-not-eligible")
    };
    let premium_conditions = premium
        .conditions
        .iter()
        .map(|condition| match condition {
            PremiumCondition::FirstDiploma { met } => ConditionWords {
                text: tr!(language, "adult-premium-condition-first"),
                met: Some(*met),
                parameter: None,
            },
            PremiumCondition::PassedModulesWithFee { passed_modules, met } => ConditionWords {
                text: tr!(language, "adult-premium-condition-passed", count = *passed_modules as i64),
                met: Some(*met),
                parameter: None,
            },
            PremiumCondition::ApplyInTime { months } => ConditionWords {
                text: tr!(
                    language,
                    "adult-premium-condition-apply",
                    months = language.count("count-months", months.amount / 100)
                ),
                met: None,
                parameter: figure(language, months),
            },
        })
        .collect();
    let premium_lines = premium
        .lines
        .iter()
        .map(|line| match line {
            PremiumLine::Refund { scope, paid_cents, maximum: Some(maximum), refund_cents } => Line {
                text: tr!(
                    language,
                    "adult-premium-refund",
                    scope = scope_name(language, *scope),
                    paid = money(*paid_cents),
                    maximum = money(maximum.amount)
                ),
                amount_cents: Some(Cents(*refund_cents)),
                parameter: figure(language, maximum),
            },
            PremiumLine::Refund { scope, paid_cents, maximum: None, refund_cents } => Line {
                text: tr!(
                    language,
                    "adult-premium-refund-year",
                    scope = scope_name(language, *scope),
                    paid = money(*paid_cents)
                ),
                amount_cents: Some(Cents(*refund_cents)),
                parameter: None,
            },
            PremiumLine::TrainingVouchers { amount_cents } => Line {
                text: tr!(language, "adult-premium-vouchers", amount = money(*amount_cents)),
                amount_cents: Some(Cents(-*amount_cents)),
                parameter: None,
            },
            PremiumLine::YearMaximum { before_cents, maximum, refund_cents } => Line {
                text: tr!(
                    language,
                    "adult-premium-year-maximum",
                    before = money(*before_cents),
                    maximum = money(maximum.amount)
                ),
                amount_cents: Some(Cents(*refund_cents)),
                parameter: figure(language, maximum),
            },
        })
        .collect();
    let premium_timing = premium.timing.map(|timing| {
        tr!(
            language,
            "adult-premium-timing",
            apply = language.count("count-months", timing.apply.amount / 100),
            payment = language.count("count-months", timing.payment.amount / 100),
            latest = language.count("count-months", timing.latest_months)
        )
    });
    let premium_notes = vec![tr!(language, "adult-premium-not-refunded")];

    let time = &outcome.time;
    let mut time_lines = Vec::new();
    if time.lesson_periods > 0 {
        time_lines.push(Line {
            text: tr!(
                language,
                "adult-time-hours",
                periods = lesson_periods(language, time.lesson_periods),
                hours = hours(language, time.hours * 100),
                weeks = language.count("count-weeks", time.weeks),
                per_week = hours(language, time.hours_per_week_hundredths)
            ),
            amount_cents: None,
            parameter: time.hours_per_lesson_period.as_ref().and_then(|p| figure(language, p)),
        });
    }
    if time.exempted_lesson_periods > 0 {
        time_lines.push(Line {
            text: tr!(
                language,
                "adult-time-exempted",
                periods = lesson_periods(language, time.exempted_lesson_periods)
            ),
            amount_cents: None,
            parameter: None,
        });
    }

    let vov = &outcome.vov;
    let mut vov_lines = Vec::new();
    if let Some(planned) = vov.planned_hours {
        vov_lines.push(Line {
            text: tr!(
                language,
                "adult-vov-planned",
                periods = lesson_periods(language, vov.counted_lesson_periods),
                hours = hours(language, planned * 100)
            ),
            amount_cents: None,
            parameter: vov.hours_per_lesson_period.as_ref().and_then(|p| figure(language, p)),
        });
    }
    if vov.too_small_modules > 0 {
        vov_lines.push(Line {
            text: tr!(
                language,
                "adult-vov-too-small",
                count = vov.too_small_modules as i64,
                minimum = lesson_periods(language, vov.minimum_lesson_periods.map_or(32, |m| m.amount / 100))
            ),
            amount_cents: None,
            parameter: vov.minimum_lesson_periods.as_ref().and_then(|p| figure(language, p)),
        });
    }
    if let (Some(full_time), Some(maximum)) = (vov.full_time_maximum.as_ref(), vov.maximum_hundredths) {
        let args = crate::fluent_args!(
            full_time = hours(language, full_time.amount),
            percent = language.percent(vov.employment_percent),
            maximum = hours(language, maximum)
        );
        vov_lines.push(Line {
            text: if vov.employment_from_leave {
                language.format("adult-vov-maximum", &args)
            } else {
                language.format("adult-vov-maximum-full-time", &args)
            },
            amount_cents: None,
            parameter: figure(language, full_time),
        });
    }
    if let Some(total) = vov.hours_hundredths {
        vov_lines.push(Line {
            text: tr!(language, "adult-vov-hours", hours = hours(language, total)),
            amount_cents: None,
            parameter: None,
        });
    }

    Explained {
        modules,
        caps,
        fee_notes,
        premium_summary,
        premium_conditions,
        premium_lines,
        premium_timing,
        premium_notes,
        time: time_lines,
        vov: vov_lines,
        missing: outcome.missing.iter().filter_map(|m| missing(language, m)).collect(),
        alternative: Alternative {
            title: tr!(language, "adult-alternative-title"),
            text: tr!(language, "adult-alternative-text"),
            source: EXAMENCOMMISSIE_SOURCE,
        },
    }
}

fn module_line(language: Language, line: &ModuleLine) -> Line {
    let number = i64::try_from(line.index + 1).unwrap_or(i64::MAX);
    let area = area_name(language, line.area);
    let semester = semester_name(language, line.semester);
    let periods = lesson_periods(language, line.lesson_periods);
    match &line.fee {
        ModuleFee::Charged { rate_kind, rate, amount_cents } => Line {
            text: tr!(
                language,
                "adult-line-charged",
                number = number,
                area = area,
                semester = semester,
                periods = periods,
                rate = language.money(Hundredths(rate.amount).as_cents()),
                kind = rate_name(language, *rate_kind)
            ),
            amount_cents: Some(Cents(*amount_cents)),
            parameter: figure(language, rate),
        },
        ModuleFee::FreeWithoutDiploma { rule } => Line {
            text: tr!(
                language,
                "adult-line-free",
                number = number,
                area = area,
                semester = semester,
                periods = periods
            ),
            amount_cents: Some(Cents::ZERO),
            parameter: figure(language, rule),
        },
        ModuleFee::Exempted => Line {
            text: tr!(
                language,
                "adult-line-exempted",
                number = number,
                area = area,
                semester = semester,
                periods = periods
            ),
            amount_cents: Some(Cents::ZERO),
            parameter: None,
        },
        ModuleFee::NotComputed { missing } => Line {
            text: tr!(
                language,
                "adult-line-not-computed",
                number = number,
                area = area,
                semester = semester,
                periods = periods,
                year = missing.year.to_string()
            ),
            amount_cents: None,
            parameter: None,
        },
    }
}
