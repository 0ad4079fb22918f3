//! Vlaams opleidingsverlof (figures.md §2): the hours per study point, the personal
//! maximum, the eligibility of the school year, the wage ceiling and the employer's refund.

use super::hours::mul_div_round;
use super::{text, Ctx, Hours, LeaveInput, Line, NearbyVov, Plan, Scheme, Sector, Shortfall, VovOutcome};
use crate::explain::{Condition, Figures, FiguresStatus};
use crate::money::Cents;
use crate::params::Unit;
use crate::scenario::{Contract, FieldError, Programme, Scenario};
use crate::year::AcademicYear;

const EMPLOYMENT: &str = "leave/vov_min_employment_fraction";
const WEEKLY_HOURS: &str = "leave/vov_min_weekly_hours";
const MIN_CREDITS: &str = "leave/vov_min_training_credits";
const MIN_LESSON_PERIODS: &str = "leave/vov_min_training_lesson_periods";
const PER_CREDIT: &str = "leave/vov_hours_per_credit";
const PER_CREDIT_GRADUAAT: &str = "leave/vov_hours_per_credit_graduaat";
const MAX_FULL_TIME: &str = "leave/vov_max_hours_full_time";
const REFUND: &str = "leave/vov_employer_refund_per_hour";
const WAGE_CEILING: &str = "leave/vov_wage_ceiling";

pub(super) fn compute(
    ctx: &mut Ctx<'_>,
    scenario: &Scenario,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
    problems: &mut Vec<FieldError>,
) -> VovOutcome {
    let year = ctx.figures.year;
    if input.sector != Sector::Private {
        return VovOutcome {
            applies: false,
            eligible: Some(false),
            hours: Some(Hours::ZERO),
            entitlement_hours: Some(Hours::ZERO),
            personal_max_hours: None,
            training_hours: None,
            employer_refund_cents: Some(Cents::ZERO),
            text: "Geen Vlaams opleidingsverlof: dat bestaat alleen voor werknemers in de privésector (ook de private social profit) in het Vlaams Gewest.".to_owned(),
            conditions: vec![Condition {
                text: "Je werkt in de privésector (ook de private social profit)".to_owned(),
                met: false,
                parameter: None,
            }],
            lines: Vec::new(),
            notes: Vec::new(),
            nearest_published: Vec::new(),
        };
    }
    let percent = input.employment_percent;
    let mut conditions = vec![Condition {
        text: "Je werkt in de privésector (ook de private social profit), in een vestiging in het Vlaams Gewest (dat laatste gaan we niet na)".to_owned(),
        met: true,
        parameter: None,
    }];
    let mut lines = Vec::new();
    let mut notes = Vec::new();

    // Minimum employment of the school year: 50 %, from 2025-2026 80 %.
    let employment_met = ctx.figure(EMPLOYMENT).map(|parameter| {
        let minimum = text::fraction_percent(parameter.amount);
        let met = percent >= minimum;
        if !met {
            shortfalls.push(Shortfall {
                scheme: Scheme::Vov,
                text: format!(
                    "Met {} meer tewerkstelling ({} in plaats van {}) kom je in {year} in aanmerking voor Vlaams opleidingsverlof.",
                    text::percentage_points(minimum - percent),
                    text::percent(minimum),
                    text::percent(percent)
                ),
                short_by: minimum - percent,
                unit: Unit::Fraction,
                parameter: parameter.clone(),
            });
        }
        conditions.push(Condition {
            text: format!("Tewerkstelling van minstens {} in {year}: jij werkt {}", text::percent(minimum), text::percent(percent)),
            met,
            parameter: Some(parameter),
        });
        met
    });
    if employment_met == Some(true) && ctx.figures.get(EMPLOYMENT).is_ok_and(|p| p.amount == percent && percent == 50) {
        notes.push("Je werkt precies 50 %: met een vast uurrooster kan je VOV alleen opnemen voor werkuren die samenvallen met lessen of examens (vlaanderen.be).".to_owned());
    }

    // Minimum weekly hours: a condition only since the 2025 reform (0 before: not shown).
    let weekly_met = match ctx.peek(WEEKLY_HOURS) {
        Ok(parameter) if parameter.amount == 0 => Some(true),
        _ => ctx.figure(WEEKLY_HOURS).map(|parameter| {
            let minimum = Hours::of(parameter.hundredths());
            let met = input.weekly_hours >= minimum;
            if !met {
                let short = minimum.saturating_sub(input.weekly_hours);
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: format!(
                        "Met {} per week meer ({} in plaats van {}) kom je in {year} in aanmerking voor Vlaams opleidingsverlof.",
                        short,
                        minimum.number_nl(),
                        input.weekly_hours.number_nl()
                    ),
                    short_by: short.0,
                    unit: Unit::HoursPerWeek,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: format!("Minstens {} per week werken in {year}: jij werkt {}", minimum, input.weekly_hours),
                met,
                parameter: Some(parameter),
            });
            met
        }),
    };

    // The trainings: hours per study point, none for exam contracts, a minimum size.
    let minimum_credits = ctx.figure(MIN_CREDITS);
    let mut training_hours = Some(Hours::ZERO);
    let mut counted = 0;
    for (index, enrolment) in scenario.enrolments.iter().enumerate() {
        let name = format!("Inschrijving {} ({})", index + 1, enrolment.institution.trim());
        let points = text::points(enrolment.credits);
        if enrolment.contract == Contract::Exam {
            lines.push(Line {
                text: format!(
                    "{name}: {points} op examencontract geven geen VOV (examencontracten komen niet in aanmerking)"
                ),
                hours: Some(Hours::ZERO),
                amount_cents: None,
                parameter: None,
            });
            continue;
        }
        match &minimum_credits {
            Some(minimum) if enrolment.credits * 100 < minimum.amount => {
                let short = minimum.amount / 100 - enrolment.credits;
                lines.push(Line {
                    text: format!("{name}: {points} is minder dan {}: telt niet mee voor VOV", minimum.display),
                    hours: Some(Hours::ZERO),
                    amount_cents: None,
                    parameter: Some(minimum.clone()),
                });
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: format!(
                        "Met {} meer telt inschrijving {} mee voor Vlaams opleidingsverlof (minstens {}).",
                        text::points(short),
                        index + 1,
                        minimum.display
                    ),
                    short_by: short * 100,
                    unit: Unit::Credits,
                    parameter: minimum.clone(),
                });
                continue;
            }
            Some(_) => {}
            None => {
                training_hours = None;
                continue;
            }
        }
        let graduaat = input.graduaat && enrolment.programme == Programme::Initial;
        let id = if graduaat { PER_CREDIT_GRADUAAT } else { PER_CREDIT };
        match ctx.figure(id) {
            Some(parameter) => {
                let hours = Hours::of(parameter.hundredths()).times(enrolment.credits);
                lines.push(Line {
                    text: format!(
                        "{name}: {points} op {}{} × {} = {hours}",
                        text::contract_nl(enrolment.contract),
                        if graduaat { " (graduaat)" } else { "" },
                        parameter.display
                    ),
                    hours: Some(hours),
                    amount_cents: None,
                    parameter: Some(parameter),
                });
                training_hours = training_hours.map(|total| total + hours);
                counted += 1;
            }
            None => training_hours = None,
        }
    }
    if plan.lesson_periods > 0 {
        match ctx.figure(MIN_LESSON_PERIODS) {
            Some(minimum) if plan.lesson_periods * 100 >= minimum.amount => {
                let hours = Hours::whole(plan.lesson_periods);
                lines.push(Line {
                    text: format!("Volwassenenonderwijs: {} voorziene lestijden = {hours}", plan.lesson_periods),
                    hours: Some(hours),
                    amount_cents: None,
                    parameter: Some(minimum),
                });
                training_hours = training_hours.map(|total| total + hours);
                counted += 1;
            }
            Some(minimum) => {
                let short = minimum.amount / 100 - plan.lesson_periods;
                lines.push(Line {
                    text: format!(
                        "Volwassenenonderwijs: {} is minder dan {}: telt niet mee voor VOV",
                        text::lesson_periods(plan.lesson_periods),
                        text::lesson_periods(minimum.amount / 100)
                    ),
                    hours: Some(Hours::ZERO),
                    amount_cents: None,
                    parameter: Some(minimum.clone()),
                });
                shortfalls.push(Shortfall {
                    scheme: Scheme::Vov,
                    text: format!(
                        "Met {} meer telt je opleiding in het volwassenenonderwijs mee voor Vlaams opleidingsverlof (minstens {}).",
                        text::lesson_periods(short),
                        text::lesson_periods(minimum.amount / 100)
                    ),
                    short_by: short * 100,
                    unit: Unit::Hours,
                    parameter: minimum,
                });
            }
            None => training_hours = None,
        }
    }
    let training_met = training_hours.map(|_| counted > 0);
    conditions.push(Condition {
        text: format!(
            "Een opleiding uit de opleidingsdatabank van minstens {} op diploma- of creditcontract (of minstens 32 lestijden in het volwassenenonderwijs): {}",
            minimum_credits.as_ref().map_or_else(|| "3 studiepunten".to_owned(), |p| p.display.clone()),
            if counted > 0 { "ja" } else { "nee" }
        ),
        met: training_met.unwrap_or(false),
        parameter: minimum_credits.clone(),
    });

    // The personal maximum: 125 hours × the employment fraction.
    let personal_max = ctx.figure(MAX_FULL_TIME).map(|parameter| {
        let maximum = Hours::of(parameter.hundredths()).scale(percent, 100);
        lines.push(Line {
            text: format!(
                "Persoonlijk maximum: {} × {} tewerkstelling = {maximum} per schooljaar",
                parameter.display,
                text::percent(percent)
            ),
            hours: Some(maximum),
            amount_cents: None,
            parameter: Some(parameter),
        });
        maximum
    });

    let eligible = super::all_met(&[employment_met, weekly_met, training_met]);
    let entitlement = match eligible {
        Some(true) => training_hours.zip(personal_max).map(|(training, maximum)| training.min(maximum)),
        Some(false) => Some(Hours::ZERO),
        None => None,
    };
    if let (Some(true), Some(entitlement), Some(training), Some(maximum)) =
        (eligible, entitlement, training_hours, personal_max)
    {
        lines.push(Line {
            text: format!(
                "Je recht in {year}: {} ({training} voor je opleiding, {maximum} persoonlijk maximum) = {entitlement}",
                if training <= maximum {
                    "de uren van je opleiding, binnen je maximum"
                } else {
                    "je persoonlijk maximum, want je opleiding geeft meer"
                }
            ),
            hours: Some(entitlement),
            amount_cents: None,
            parameter: None,
        });
    }

    // Hours the person plans to take: at most the entitlement.
    let hours = match (entitlement, input.vov_hours_planned) {
        (Some(entitlement), Some(planned)) if planned > entitlement => {
            let message = if entitlement == Hours::ZERO {
                format!(
                    "{planned} Vlaams opleidingsverlof kan niet: je komt in {year} niet in aanmerking (zie de voorwaarden bij het resultaat). Laat dit leeg of vul 0 in"
                )
            } else {
                format!(
                    "{planned} kan niet: in {year} kan je hoogstens {entitlement} Vlaams opleidingsverlof opnemen ({} voor je opleiding, persoonlijk maximum {}). Vul 0 tot {} in, of laat het leeg voor je maximum",
                    training_hours.unwrap_or_default(),
                    personal_max.unwrap_or_default(),
                    entitlement.number_nl()
                )
            };
            problems.push(FieldError { field: "leave.vov_hours_planned".to_owned(), message });
            lines.push(Line {
                text: format!("Je plant {planned}, meer dan je recht: we rekenen met {entitlement}"),
                hours: Some(entitlement),
                amount_cents: None,
                parameter: None,
            });
            Some(entitlement)
        }
        (Some(_), Some(planned)) => {
            lines.push(Line {
                text: format!("Je plant {planned} Vlaams opleidingsverlof: we rekenen daarmee"),
                hours: Some(planned),
                amount_cents: None,
                parameter: None,
            });
            Some(planned)
        }
        (entitlement, _) => entitlement,
    };

    // Employer view: the refund per approved hour.
    let employer_refund_cents = match hours {
        Some(hours) if hours > Hours::ZERO => ctx.figure(REFUND).map(|parameter| {
            let cents = Cents(mul_div_round(hours.0, parameter.amount, 100));
            lines.push(Line {
                text: format!(
                    "Voor je werkgever: {hours} × {} = {cents}, terugbetaald door de Vlaamse overheid (afgerond op de cent)",
                    parameter.display
                ),
                hours: None,
                amount_cents: Some(cents),
                parameter: Some(parameter),
            });
            cents
        }),
        Some(_) => Some(Cents::ZERO),
        None => None,
    };

    // The wage ceiling: shown when published; a missing ceiling counts as missing only when
    // it is needed to compare a wage the person entered.
    let wage = input.monthly_gross_wage_cents.map(Cents);
    let ceiling = match (ctx.peek(WAGE_CEILING), wage) {
        (Ok(_), _) | (Err(_), Some(_)) => ctx.figure(WAGE_CEILING).ok_or(()),
        (Err(_), None) => Err(()),
    };
    match (ceiling, wage) {
        (Ok(parameter), Some(wage)) => {
            let ceiling = parameter.hundredths().as_cents();
            let text = if wage > ceiling {
                format!("Je brutoloon ({wage}) ligt boven de loongrens van {}: voor je VOV-uren mag je werkgever je loon tot die grens beperken", parameter.display)
            } else {
                format!("Je brutoloon ({wage}) ligt niet boven de loongrens van {}: je behoudt je volle loon tijdens je VOV-uren", parameter.display)
            };
            lines.push(Line { text, hours: None, amount_cents: Some(ceiling), parameter: Some(parameter) });
        }
        (Ok(parameter), None) => {
            lines.push(Line {
                text: format!("Tijdens je VOV-uren behoud je je loon; je werkgever mag het beperken tot de loongrens van {}", parameter.display),
                hours: None,
                amount_cents: Some(parameter.hundredths().as_cents()),
                parameter: Some(parameter),
            });
        }
        (Err(()), _) => notes.push(format!(
            "Tijdens je VOV-uren behoud je je loon, begrensd tot een loongrens die elk jaar op 1 september geïndexeerd wordt; de grens voor {year} is niet gevonden."
        )),
    }

    notes.push("De uren VOV gelden alleen voor studiepunten waarvoor je examen aflegt, niet voor alle studiepunten waarvoor je ingeschreven bent (SERV 2021, met verwijzing naar vlaanderen.be). Stop je of leg je een examen niet af, dan bepaalt je deelname aan de examens hoeveel uren je behoudt (odisee.be).".to_owned());
    notes.push(if year >= AcademicYear(2023) {
        format!("Voor {year} telt je tewerkstellingspercentage van de maand maart vóór het schooljaar (volgens sodalis.be, een secundaire bron; vóór 2023-2024 was dat september).")
    } else {
        format!("Voor {year} telt je tewerkstellingspercentage van september (vanaf 2023-2024 wordt dat maart vóór het schooljaar, volgens sodalis.be).")
    });
    notes.push("Je opleiding moet in de Vlaamse opleidingsdatabank staan (vlaanderen.be/opleidingsdatabank). Plan je verlofuren in overleg met je werkgever.".to_owned());

    let text = match eligible {
        Some(true) => {
            let entitlement = entitlement.unwrap_or_default();
            let planned = match (hours, input.vov_hours_planned) {
                (Some(h), Some(_)) => format!(" Je plant er {h}."),
                _ => String::new(),
            };
            format!(
                "In {year} kan je {entitlement} Vlaams opleidingsverlof opnemen: {} voor je opleiding, binnen je persoonlijk maximum van {}.{planned}",
                training_hours.unwrap_or_default(),
                personal_max.unwrap_or_default()
            )
        }
        Some(false) => {
            let failed: Vec<&str> = conditions.iter().filter(|c| !c.met).map(|c| c.text.as_str()).collect();
            format!("Geen Vlaams opleidingsverlof in {year}. Niet voldaan: {}.", failed.join("; "))
        }
        None => {
            let why: Vec<String> = ctx
                .ledger
                .missing
                .iter()
                .filter(|m| m.id == EMPLOYMENT || m.id == WEEKLY_HOURS)
                .map(|m| format!("{} ({}): {}", m.label, m.period, m.reason))
                .collect();
            format!("Niet berekend: de voorwaarden voor {year} zijn niet gepubliceerd. {}", why.join(" "))
        }
    };

    VovOutcome {
        applies: true,
        eligible,
        hours,
        entitlement_hours: entitlement,
        personal_max_hours: personal_max,
        training_hours,
        employer_refund_cents,
        text,
        conditions,
        lines,
        notes,
        nearest_published: Vec::new(),
    }
}

/// The same situation in the closest earlier and later years whose VOV figures are published.
pub(super) fn nearest_published(scenario: &Scenario, input: &LeaveInput, figures: Figures<'_>) -> Vec<NearbyVov> {
    let year = scenario.academic_year;
    let compute_for = |other: AcademicYear| {
        let shifted = Scenario { academic_year: other, ..scenario.clone() };
        let mut ctx = Ctx::new(figures.for_year(other));
        let plan = Plan::of(&shifted, input);
        let vov = compute(&mut ctx, &shifted, input, plan, &mut Vec::new(), &mut Vec::new());
        let status = FiguresStatus::of(ctx.ledger.used.iter(), !ctx.ledger.missing.is_empty());
        vov.eligible.zip(vov.hours).map(|(eligible, hours)| NearbyVov {
            academic_year: other,
            eligible,
            hours,
            figures_status: status,
        })
    };
    let earlier = AcademicYear::supported().rev().filter(|y| *y < year).find_map(compute_for);
    let later = AcademicYear::supported().filter(|y| *y > year).find_map(compute_for);
    [earlier, later].into_iter().flatten().collect()
}
