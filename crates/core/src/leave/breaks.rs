//! Interrupting work to study: federal time credit with the training motive (cao nr. 103,
//! figures.md §3.1) in the private sector, Vlaams zorgkrediet (§3.3) in the Flemish public
//! sector. Both free working hours every week; only their conditions differ.

use super::{text, BreakOutcome, Ctx, Hours, Interruption, LeaveInput, Line, Plan, Scheme, Sector, Shortfall};
use crate::explain::Condition;
use crate::params::Unit;

const TC_CREDITS: &str = "leave/time_credit_min_credits_per_year";
const TC_HOURS: &str = "leave/time_credit_min_hours_per_year";
const TC_HOURS_BASIC: &str = "leave/time_credit_min_hours_basic_education";
const TC_CREDITS_TRIMESTER: &str = "leave/time_credit_min_credits_per_trimester";
const TC_HOURS_TRIMESTER: &str = "leave/time_credit_min_hours_per_trimester";
const TC_SENIORITY: &str = "leave/time_credit_min_seniority_months";
const TC_MAX_MONTHS: &str = "leave/time_credit_max_months";
const CARE_CREDITS: &str = "leave/care_credit_min_credits";
const CARE_HOURS: &str = "leave/care_credit_min_contact_hours";

/// `1/5 tijdskrediet`, `halftijds zorgkrediet`.
pub(super) fn form_nl(interruption: Interruption, scheme: Scheme) -> String {
    let noun = if scheme == Scheme::CareCredit { "zorgkrediet" } else { "tijdskrediet" };
    match interruption {
        Interruption::None => format!("geen {noun}"),
        Interruption::OneFifth => format!("1/5 {noun}"),
        Interruption::HalfTime => format!("halftijds {noun}"),
        Interruption::FullTime => format!("voltijds {noun}"),
    }
}

/// The working hours freed each week by a form, and the arithmetic in words.
fn freed_per_week(input: &LeaveInput) -> (Hours, String) {
    let week = input.weekly_hours;
    let percent = input.employment_percent.max(1);
    let full_time_week = week.scale(100, percent);
    let full_time = if percent == 100 {
        format!("een voltijdse werkweek van {week}")
    } else {
        format!("een voltijdse werkweek ({week} / {} = {full_time_week})", text::percent(percent))
    };
    match input.interruption {
        Interruption::None => (Hours::ZERO, "Je onderbreekt je werk niet".to_owned()),
        Interruption::FullTime => (week, format!("Voltijds onderbreken: al je {week} per week")),
        Interruption::HalfTime => {
            let half = full_time_week.scale(1, 2);
            let freed = week.saturating_sub(half);
            (freed, format!("Halftijds: je werkt nog de helft van {full_time} = {half}; {week} − {half} = {freed} per week minder"))
        }
        Interruption::OneFifth => {
            let freed = full_time_week.scale(1, 5);
            (freed, format!("1/5: een vijfde van {full_time} = {freed} per week minder werken"))
        }
    }
}

/// The training-size condition: enough study points, or enough hours (adult-education
/// lesson periods), per year. Returns whether it is met (`None`: a figure is missing).
#[allow(clippy::too_many_arguments)]
fn training_size(
    ctx: &mut Ctx<'_>,
    scheme: Scheme,
    plan: Plan,
    credits_id: &'static str,
    hours_id: &'static str,
    hours_word: &str,
    conditions: &mut Vec<Condition>,
    lines: &mut Vec<Line>,
    shortfalls: &mut Vec<Shortfall>,
) -> Option<bool> {
    let year = ctx.figures.year;
    let credits_rule = ctx.figure(credits_id);
    let credits_met = credits_rule.as_ref().map(|p| plan.taught_credits * 100 >= p.amount);
    let hours_rule = if plan.lesson_periods > 0 { ctx.figure(hours_id) } else { ctx.peek(hours_id).ok() };
    let hours_met = match (&hours_rule, plan.lesson_periods) {
        (_, 0) => Some(false),
        (Some(p), periods) => Some(periods * 100 >= p.amount),
        (None, _) => None,
    };
    let met = if credits_met == Some(true) || hours_met == Some(true) {
        Some(true)
    } else if credits_met.is_some() && hours_met.is_some() {
        Some(false)
    } else {
        None
    };
    let credits_text = credits_rule.as_ref().map_or_else(|| "?".to_owned(), |p| p.display.clone());
    let hours_text = hours_rule.as_ref().map_or_else(|| "?".to_owned(), |p| p.display.clone());
    let lessons =
        if plan.lesson_periods > 0 { format!(" en {} lestijden", plan.lesson_periods) } else { String::new() };
    conditions.push(Condition {
        text: format!(
            "Een opleiding van minstens {credits_text} of {hours_text} {hours_word} per jaar: jij hebt {} op diploma- of creditcontract{lessons}",
            text::points(plan.taught_credits)
        ),
        met: met.unwrap_or(false),
        parameter: credits_rule.clone(),
    });
    if let (Some(false), Some(rule)) = (met, credits_rule) {
        let needed = rule.amount / 100;
        let short = needed - plan.taught_credits;
        shortfalls.push(Shortfall {
            scheme,
            text: format!(
                "Met {} meer op diploma- of creditcontract ({needed} in plaats van {}) kom je in {year} in aanmerking voor {}.",
                text::points(short),
                plan.taught_credits,
                scheme.name_nl()
            ),
            short_by: short * 100,
            unit: Unit::Credits,
            parameter: rule,
        });
    }
    if let Some(rule) = hours_rule.filter(|_| plan.lesson_periods > 0) {
        lines.push(Line {
            text: format!(
                "Drempel in uren: {} per jaar; jouw {} lestijden tellen als uren",
                rule.display, plan.lesson_periods
            ),
            hours: Some(Hours::whole(plan.lesson_periods)),
            amount_cents: None,
            parameter: Some(rule.clone()),
        });
        if met == Some(false) {
            let short = rule.amount / 100 - plan.lesson_periods;
            shortfalls.push(Shortfall {
                scheme,
                text: format!(
                    "Of met {} meer ({} in plaats van {}) kom je in {year} in aanmerking voor {}.",
                    text::lesson_periods(short),
                    rule.amount / 100,
                    plan.lesson_periods,
                    scheme.name_nl()
                ),
                short_by: short * 100,
                unit: Unit::Hours,
                parameter: rule,
            });
        }
    }
    met
}

fn not_applicable(input: &LeaveInput, text: &str) -> BreakOutcome {
    BreakOutcome {
        applies: false,
        interruption: input.interruption,
        eligible: Some(false),
        hours_per_week: Some(Hours::ZERO),
        hours: Some(Hours::ZERO),
        text: text.to_owned(),
        conditions: Vec::new(),
        to_verify: Vec::new(),
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

/// The hours freed by the chosen form, when eligible; the lines that show the arithmetic.
fn freed_hours(input: &LeaveInput, eligible: Option<bool>, lines: &mut Vec<Line>) -> (Option<Hours>, Option<Hours>) {
    match eligible {
        None => (None, None),
        Some(false) => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) if input.interruption == Interruption::None => (Some(Hours::ZERO), Some(Hours::ZERO)),
        Some(true) => {
            let (per_week, how) = freed_per_week(input);
            let weeks = input.weeks;
            let total = per_week.times(weeks);
            lines.push(Line { text: how, hours: Some(per_week), amount_cents: None, parameter: None });
            lines.push(Line {
                text: format!("Over {weeks} weken studie: {per_week} × {weeks} = {total}"),
                hours: Some(total),
                amount_cents: None,
                parameter: None,
            });
            (Some(per_week), Some(total))
        }
    }
}

pub(super) fn time_credit(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
) -> BreakOutcome {
    if input.sector != Sector::Private {
        return not_applicable(
            input,
            "Tijdskrediet met motief opleiding (cao nr. 103) en de VOK-premie zijn er voor werknemers in de privésector en de private social profit. In de Vlaamse openbare sector is er Vlaams zorgkrediet.",
        );
    }
    let year = ctx.figures.year;
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    let mut to_verify = Vec::new();

    let hours_id = if input.adult_education_basic_or_secondary { TC_HOURS_BASIC } else { TC_HOURS };
    let training = training_size(
        ctx,
        Scheme::TimeCredit,
        plan,
        TC_CREDITS,
        hours_id,
        "(lestijden)",
        &mut conditions,
        &mut lines,
        shortfalls,
    );
    if training == Some(false) {
        let credits = ctx.peek(TC_CREDITS_TRIMESTER);
        let hours = ctx.peek(TC_HOURS_TRIMESTER);
        if let (Ok(credits), Ok(hours)) = (credits, hours) {
            notes.push(format!(
                "Haal je de jaardrempel niet, dan volstaat ook {} of {} per schooltrimester of per ononderbroken periode van 3 maanden (odisee.be). Dat kunnen we uit een jaartotaal niet nagaan: vraag het je onderwijsinstelling.",
                credits.display, hours.display
            ));
        }
    }

    let seniority = match input.seniority_months {
        Some(months) => ctx.figure(TC_SENIORITY).map(|parameter| {
            let needed = parameter.amount / 100;
            let met = months >= needed;
            if !met {
                shortfalls.push(Shortfall {
                    scheme: Scheme::TimeCredit,
                    text: format!(
                        "Na nog {} bij je werkgever ({needed} in plaats van {months}) voldoe je aan de anciënniteit voor tijdskrediet.",
                        text::months(needed - months)
                    ),
                    short_by: (needed - months) * 100,
                    unit: Unit::Months,
                    parameter: parameter.clone(),
                });
            }
            conditions.push(Condition {
                text: format!("Minstens {} bij je huidige werkgever: jij {}", parameter.display, text::months(months)),
                met,
                parameter: Some(parameter),
            });
            met
        }),
        None => {
            let needed = ctx.peek(TC_SENIORITY).map_or_else(|_| "2 jaar".to_owned(), |p| p.display);
            to_verify.push(format!("Je werkt minstens {needed} bij je huidige werkgever (vul je anciënniteit in om het na te gaan)."));
            Some(true)
        }
    };

    let form = match input.interruption {
        Interruption::HalfTime if input.employment_percent <= 50 => {
            conditions.push(Condition {
                text: format!(
                    "Halftijds tijdskrediet vermindert je werk tot de helft van een voltijdse baan: jij werkt nu {}, dus er valt niets te verminderen",
                    text::percent(input.employment_percent)
                ),
                met: false,
                parameter: None,
            });
            Some(false)
        }
        _ => Some(true),
    };
    match input.interruption {
        Interruption::OneFifth if input.employment_percent < 100 => notes.push(format!(
            "1/5 tijdskrediet is een vermindering van een voltijdse baan; de VOK-premie bij 1/5 vraagt een tewerkstelling van 100 % bij de start (vlaanderen.be). Je werkt {}: vraag bij de RVA na of 1/5 voor jou kan.",
            text::percent(input.employment_percent)
        )),
        Interruption::HalfTime | Interruption::FullTime => to_verify.push(
            "Voltijds of halftijds tijdskrediet met motief opleiding kan alleen als een cao van je sector of onderneming het toelaat (hetacv.be); voor 1/5 is dat niet nodig.".to_owned(),
        ),
        _ => {}
    }
    to_verify.push("Je opleiding is erkend door de gemeenschappen of de sector, en je bent er aanwezig: hoogstens een tiende ongewettigd afwezig per trimester, met een aanwezigheidsattest binnen 20 kalenderdagen (odisee.be).".to_owned());

    let eligible = super::all_met(&[training, seniority, form]);
    let (hours_per_week, hours) = freed_hours(input, eligible, &mut lines);
    if let Some(parameter) = ctx.figure(TC_MAX_MONTHS) {
        lines.push(Line {
            text: format!(
                "Hoogstens {} tijdskrediet met motief opleiding over je hele loopbaan, in elke vorm",
                parameter.display
            ),
            hours: None,
            amount_cents: None,
            parameter: Some(parameter),
        });
    }

    let form_name = form_nl(input.interruption, Scheme::TimeCredit);
    let text = match (eligible, input.interruption) {
        (Some(true), Interruption::None) => "Je opleiding en je situatie voldoen aan de voorwaarden voor tijdskrediet met motief opleiding die we kunnen nagaan. Kies een vorm (1/5, halftijds of voltijds) om te zien hoeveel uren het vrijmaakt.".to_owned(),
        (Some(true), _) => format!(
            "Met {form_name} met motief opleiding werk je {} per week minder: {} over {} weken.",
            hours_per_week.unwrap_or_default(),
            hours.unwrap_or_default(),
            input.weeks
        ),
        (Some(false), _) => {
            let failed: Vec<&str> = conditions.iter().filter(|c| !c.met).map(|c| c.text.as_str()).collect();
            format!("Geen tijdskrediet met motief opleiding in {year}. Niet voldaan: {}.", failed.join("; "))
        }
        (None, _) => format!("Niet berekend: een voorwaarde voor tijdskrediet in {year} is niet gepubliceerd."),
    };
    BreakOutcome {
        applies: true,
        interruption: input.interruption,
        eligible,
        hours_per_week,
        hours,
        text,
        conditions,
        to_verify,
        lines,
        notes,
    }
}

pub(super) fn care_credit(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    shortfalls: &mut Vec<Shortfall>,
) -> BreakOutcome {
    if input.sector != Sector::FlemishPublic {
        return not_applicable(
            input,
            "Vlaams zorgkrediet is er voor de Vlaamse openbare sector (ook het onderwijspersoneel).",
        );
    }
    let year = ctx.figures.year;
    let mut conditions = Vec::new();
    let mut lines = Vec::new();
    let training = training_size(
        ctx,
        Scheme::CareCredit,
        plan,
        CARE_CREDITS,
        CARE_HOURS,
        "(contacturen)",
        &mut conditions,
        &mut lines,
        shortfalls,
    );
    let (hours_per_week, hours) = freed_hours(input, training, &mut lines);
    let to_verify = vec![
        "De opleiding is georganiseerd, gesubsidieerd of erkend door de Vlaamse overheid (werk.be).".to_owned(),
        "Je bent aanwezig: per kwartaal hoogstens een tiende van de opleiding ongewettigd afwezig (vlaanderen.be)."
            .to_owned(),
    ];
    let notes = vec![
        "Hoe lang je zorgkrediet met motief opleiding kan opnemen en hoeveel de uitkering is, staat niet in onze bronnen: vraag het aan je personeelsdienst of kijk op vlaanderen.be/vlaams-zorgkrediet.".to_owned(),
    ];
    let form_name = form_nl(input.interruption, Scheme::CareCredit);
    let text = match (training, input.interruption) {
        (Some(true), Interruption::None) => "Je opleiding is groot genoeg voor Vlaams zorgkrediet met motief opleiding. Kies een vorm (1/5, halftijds of voltijds) om te zien hoeveel uren het vrijmaakt.".to_owned(),
        (Some(true), _) => format!(
            "Met {form_name} met motief opleiding werk je {} per week minder: {} over {} weken.",
            hours_per_week.unwrap_or_default(),
            hours.unwrap_or_default(),
            input.weeks
        ),
        (Some(false), _) => format!("Geen Vlaams zorgkrediet met motief opleiding in {year}: je opleiding is te klein."),
        (None, _) => format!("Niet berekend: de voorwaarde voor Vlaams zorgkrediet in {year} is niet gepubliceerd."),
    };
    BreakOutcome {
        applies: true,
        interruption: input.interruption,
        eligible: training,
        hours_per_week,
        hours,
        text,
        conditions,
        to_verify,
        lines,
        notes,
    }
}
