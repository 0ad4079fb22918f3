//! The Flemish encouragement premium on top of time credit with the training motive
//! (aanmoedigingspremie Vlaams opleidingskrediet, VOK; figures.md §3.2), and what an
//! interruption earns and costs per month.

use super::hours::mul_div_round;
use super::{
    breaks, text, BreakOutcome, Ctx, EducationLevel, Interruption, LeaveInput, Line, MoneyOutcome, Plan, Scheme,
    Sector, Shortfall, VokLine, VokOutcome,
};
use crate::explain::{Condition, ParamUse};
use crate::money::Cents;
use crate::params::Unit;
use crate::year::AcademicYear;

const HIGH: &str = "leave/vok_prior_employment_high";
const MIDDLE: &str = "leave/vok_prior_employment_middle";
const LOW: &str = "leave/vok_prior_employment_low";
const ONE_FIFTH_START: &str = "leave/vok_one_fifth_start_employment";
const ALONE_GROSS: &str = "leave/vok_gross_living_alone";
const ALONE_NET: &str = "leave/vok_net_living_alone";
const MAX_MONTHS: &str = "leave/time_credit_max_months";

/// A row of the VOK table: its gross and net parameters and the row in words.
struct Row {
    gross: &'static str,
    net: &'static str,
    words: &'static str,
}

const FULL_HIGH: Row = Row {
    gross: "leave/vok_gross_full_break_high",
    net: "leave/vok_net_full_break_high",
    words: "voltijdse onderbreking, het jaar ervoor minstens 75 % gewerkt",
};
const FULL_MIDDLE: Row = Row {
    gross: "leave/vok_gross_full_break_middle",
    net: "leave/vok_net_full_break_middle",
    words: "voltijdse onderbreking, het jaar ervoor 50 tot 75 % gewerkt",
};
const FULL_LOW: Row = Row {
    gross: "leave/vok_gross_full_break_low",
    net: "leave/vok_net_full_break_low",
    words: "voltijdse onderbreking, het jaar ervoor 20 tot 50 % gewerkt",
};
const HALF: Row = Row {
    gross: "leave/vok_gross_half_time",
    net: "leave/vok_net_half_time",
    words: "halftijdse onderbreking, het jaar ervoor minstens 75 % gewerkt",
};
const ONE_FIFTH: Row = Row {
    gross: "leave/vok_gross_one_fifth",
    net: "leave/vok_net_one_fifth",
    words: "vermindering met 1/5, voltijds gewerkt",
};

fn not_applicable(text: &str, applies: bool, conditions: Vec<Condition>) -> VokOutcome {
    VokOutcome {
        applies,
        eligible: Some(false),
        monthly_gross_cents: Some(Cents::ZERO),
        monthly_net_cents: Some(Cents::ZERO),
        text: text.to_owned(),
        conditions,
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

/// Which row of the table the form and prior employment give, with the condition checked.
/// `Ok(None)`: no premium for this employment; `Err(())`: a threshold is not published.
fn row_for(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    conditions: &mut Vec<Condition>,
    shortfalls: &mut Vec<Shortfall>,
) -> Result<Option<&'static Row>, ()> {
    let percent = input.employment_percent;
    let threshold = |ctx: &mut Ctx<'_>, id: &'static str| ctx.figure(id).ok_or(());
    let shortfall = |needed: i64, parameter: &ParamUse, what: String| Shortfall {
        scheme: Scheme::Vok,
        text: format!(
            "Met {} meer tewerkstelling ({} in plaats van {}) {what}.",
            text::percentage_points(needed - percent),
            text::percent(needed),
            text::percent(percent)
        ),
        short_by: needed - percent,
        unit: Unit::Fraction,
        parameter: parameter.clone(),
    };
    match input.interruption {
        Interruption::None => Ok(None),
        Interruption::FullTime => {
            let high = threshold(ctx, HIGH)?;
            let middle = threshold(ctx, MIDDLE)?;
            let low = threshold(ctx, LOW)?;
            let (low_amount, high_amount) = (low.amount, high.amount);
            let (row, rule) = if percent >= high.amount {
                (Some(&FULL_HIGH), high)
            } else if percent >= middle.amount {
                shortfalls.push(shortfall(
                    high.amount,
                    &high,
                    "het jaar vóór je onderbreking krijg je de hoogste VOK-premie".to_owned(),
                ));
                (Some(&FULL_MIDDLE), middle)
            } else if percent >= low.amount {
                shortfalls.push(shortfall(
                    middle.amount,
                    &middle,
                    "het jaar vóór je onderbreking krijg je een hogere VOK-premie".to_owned(),
                ));
                (Some(&FULL_LOW), low)
            } else {
                shortfalls.push(shortfall(
                    low.amount,
                    &low,
                    "het jaar vóór je onderbreking krijg je een VOK-premie".to_owned(),
                ));
                (None, low)
            };
            conditions.push(Condition {
                text: format!(
                    "Voltijdse onderbreking: het jaar ervoor minstens {} gewerkt (de hoogste premie vanaf {}): jij {}",
                    text::percent(low_amount),
                    text::percent(high_amount),
                    text::percent(percent)
                ),
                met: row.is_some(),
                parameter: Some(rule),
            });
            Ok(row)
        }
        Interruption::HalfTime => {
            let high = threshold(ctx, HIGH)?;
            let met = percent >= high.amount;
            if !met {
                shortfalls.push(shortfall(
                    high.amount,
                    &high,
                    "het jaar vóór je halftijdse onderbreking krijg je een VOK-premie".to_owned(),
                ));
            }
            conditions.push(Condition {
                text: format!(
                    "Halftijdse onderbreking: het jaar ervoor minstens {} gewerkt: jij {}",
                    text::percent(high.amount),
                    text::percent(percent)
                ),
                met,
                parameter: Some(high),
            });
            Ok(met.then_some(&HALF))
        }
        Interruption::OneFifth => {
            let high = threshold(ctx, HIGH)?;
            let start = threshold(ctx, ONE_FIFTH_START)?;
            let met = percent >= high.amount && percent >= start.amount;
            if !met {
                shortfalls.push(shortfall(
                    start.amount,
                    &start,
                    "bij de start van je 1/5 tijdskrediet krijg je een VOK-premie".to_owned(),
                ));
            }
            conditions.push(Condition {
                text: format!(
                    "Vermindering met 1/5: het jaar ervoor minstens {} en bij de start {} gewerkt: jij {}",
                    text::percent(high.amount),
                    text::percent(start.amount),
                    text::percent(percent)
                ),
                met,
                parameter: Some(start),
            });
            Ok(met.then_some(&ONE_FIFTH))
        }
    }
}

pub(super) fn compute(
    ctx: &mut Ctx<'_>,
    input: &LeaveInput,
    plan: Plan,
    time_credit: &BreakOutcome,
    shortfalls: &mut Vec<Shortfall>,
) -> VokOutcome {
    if input.sector != Sector::Private {
        return not_applicable(
            "Geen VOK-premie: die is er alleen voor werknemers in de privésector en de private social profit.",
            false,
            Vec::new(),
        );
    }
    let time_credit_condition = Condition {
        text: "Tijdskrediet met motief opleiding met een uitkering van de RVA (onder meer 360 uren of 27 studiepunten op jaarbasis)".to_owned(),
        met: time_credit.eligible == Some(true) && input.interruption != Interruption::None,
        parameter: None,
    };
    if input.interruption == Interruption::None {
        return not_applicable(
            "Geen VOK-premie: die komt bovenop tijdskrediet met motief opleiding. Kies een vorm van tijdskrediet om de premie te zien.",
            true,
            vec![time_credit_condition],
        );
    }
    let year = ctx.figures.year;
    let time_credit_met = time_credit.eligible.map(|e| e && input.interruption != Interruption::None);
    let mut conditions = vec![time_credit_condition];
    let row = row_for(ctx, input, &mut conditions, shortfalls);
    let training_met = plan.has_diploma || input.development_plan;
    conditions.push(Condition {
        text: format!(
            "Je opleiding leidt tot een diploma (onderwijskwalificerend) of staat in je persoonlijk ontwikkelingsplan (POP): {}",
            match (plan.has_diploma, input.development_plan) {
                (true, _) => "diplomacontract",
                (false, true) => "POP",
                (false, false) => "geen diplomacontract en geen POP",
            }
        ),
        met: training_met,
        parameter: None,
    });
    let education_met = input.education_level == EducationLevel::LowOrMiddle || input.development_plan;
    conditions.push(Condition {
        text: format!(
            "Kort- of middengeschoold, of hooggeschoold met een POP uit loopbaanbegeleiding: jij bent {}",
            match (input.education_level, input.development_plan) {
                (EducationLevel::LowOrMiddle, _) => "kort- of middengeschoold",
                (EducationLevel::High, true) => "hooggeschoold met een POP",
                (EducationLevel::High, false) => "hooggeschoold zonder POP",
            }
        ),
        met: education_met,
        parameter: None,
    });
    let row_met = match row {
        Ok(row) => Some(row.is_some()),
        Err(()) => None,
    };
    let eligible = super::all_met(&[time_credit_met, row_met, Some(training_met), Some(education_met)]);

    let mut lines = Vec::new();
    let (gross, net) = match (eligible, row) {
        (Some(true), Ok(Some(row))) => {
            let base = ctx.figure(row.gross).zip(ctx.figure(row.net)).map(|(gross, net)| VokLine {
                text: format!("Premie voor {}", row.words),
                gross_cents: gross.hundredths().as_cents(),
                net_cents: net.hundredths().as_cents(),
                gross,
                net,
            });
            let alone = if input.living_alone {
                ctx.figure(ALONE_GROSS).zip(ctx.figure(ALONE_NET)).map(|(gross, net)| {
                    Some(VokLine {
                        text: "Toeslag omdat je alleen woont".to_owned(),
                        gross_cents: gross.hundredths().as_cents(),
                        net_cents: net.hundredths().as_cents(),
                        gross,
                        net,
                    })
                })
            } else {
                Some(None)
            };
            match (base, alone) {
                (Some(base), Some(alone)) => {
                    lines.push(base);
                    lines.extend(alone);
                    (
                        Some(lines.iter().map(|l| l.gross_cents).sum::<Cents>()),
                        Some(lines.iter().map(|l| l.net_cents).sum::<Cents>()),
                    )
                }
                _ => (None, None),
            }
        }
        (Some(_), _) => (Some(Cents::ZERO), Some(Cents::ZERO)),
        (None, _) => (None, None),
    };

    let mut notes = Vec::new();
    let months = ctx.peek(MAX_MONTHS).map_or_else(|_| "36 maanden".to_owned(), |p| p.display);
    notes.push(format!(
        "De premie loopt zo lang als je tijdskrediet met motief opleiding, dus hoogstens {months} (vlaanderen.be)."
    ));
    notes.push("Bedragen zoals ze sinds 1 september 2021 gelden (vlaanderen.be, 'Laatste aanpassing aan het indexcijfer: 1 september 2021'); of ze daarna nog geïndexeerd zijn, is niet bevestigd.".to_owned());
    if ctx.figures.year >= AcademicYear(2025) {
        notes.push(
            "Of de besparingen van 2025 op de arbeidsmarktpremies de VOK veranderd hebben, is niet bevestigd."
                .to_owned(),
        );
    }
    if !plan.has_diploma && !input.development_plan {
        notes.push("Een opleiding die niet tot een diploma leidt, komt ook in aanmerking als ze opleidt tot een knelpuntberoep of past in een ondernemerschapstraject; dat gaan we niet na.".to_owned());
    }

    let form = breaks::form_nl(input.interruption, Scheme::TimeCredit);
    let text = match (eligible, gross, net) {
        (Some(true), Some(gross), Some(net)) => format!(
            "Bij {form} krijg je een VOK-premie van {gross} bruto ({net} netto) per maand bovenop je tijdskrediet."
        ),
        (Some(false), _, _) => {
            let failed: Vec<&str> = conditions.iter().filter(|c| !c.met).map(|c| c.text.as_str()).collect();
            format!("Geen VOK-premie in {year}. Niet voldaan: {}.", failed.join("; "))
        }
        _ => format!("Niet berekend: de VOK-bedragen voor {year} zijn niet gevonden."),
    };
    VokOutcome {
        applies: true,
        eligible,
        monthly_gross_cents: gross,
        monthly_net_cents: net,
        text,
        conditions,
        lines,
        notes,
    }
}

/// What the interruption earns and costs per month, gross: the VOK premium, the allowance
/// the person entered, and the wage for the hours no longer worked.
pub(super) fn money(
    input: &LeaveInput,
    time_credit: &BreakOutcome,
    care_credit: &BreakOutcome,
    vok: &VokOutcome,
) -> MoneyOutcome {
    let interruption = if input.sector == Sector::FlemishPublic { care_credit } else { time_credit };
    let scheme = if input.sector == Sector::FlemishPublic { Scheme::CareCredit } else { Scheme::TimeCredit };
    let wage = input.monthly_gross_wage_cents.map(Cents);
    let mut lines = Vec::new();
    if !interruption.applies || input.interruption == Interruption::None || interruption.eligible != Some(true) {
        let text = match wage {
            _ if !interruption.applies => "Geen onderbreking van je werk in onze berekening: je loon blijft gelijk.".to_owned(),
            _ if input.interruption == Interruption::None => "Je onderbreekt je werk niet: je loon blijft gelijk. Tijdens je uren Vlaams opleidingsverlof behoud je je loon (tot de loongrens).".to_owned(),
            _ => "Je komt niet in aanmerking voor de onderbreking die je koos: we rekenen er geen geld voor.".to_owned(),
        };
        return MoneyOutcome {
            vok_gross_cents: Some(Cents::ZERO),
            allowance_cents: None,
            wage_reduction_gross_cents: Some(Cents::ZERO),
            balance_gross_cents: Some(Cents::ZERO),
            text,
            lines,
        };
    }
    let form = breaks::form_nl(input.interruption, scheme);
    let vok_gross = if scheme == Scheme::TimeCredit { vok.monthly_gross_cents } else { Some(Cents::ZERO) };
    if scheme == Scheme::TimeCredit {
        if let Some(gross) = vok_gross {
            lines.push(Line {
                text: "VOK-premie (Vlaanderen), bruto".to_owned(),
                hours: None,
                amount_cents: Some(gross),
                parameter: None,
            });
        }
    }
    let allowance = input.interruption_allowance_cents.map(Cents);
    if let Some(allowance) = allowance {
        lines.push(Line {
            text: format!("Je uitkering voor {form}, door jou ingevuld"),
            hours: None,
            amount_cents: Some(allowance),
            parameter: None,
        });
    }
    let reduction = match (wage, interruption.hours_per_week) {
        (Some(wage), Some(freed)) => {
            let cents = Cents(mul_div_round(wage.0, freed.0, input.weekly_hours.0.max(1)));
            lines.push(Line {
                text: format!(
                    "Loon dat je niet meer ontvangt: {} van je {} per week, van {wage} bruto",
                    freed, input.weekly_hours
                ),
                hours: None,
                amount_cents: Some(Cents(-cents.0)),
                parameter: None,
            });
            Some(cents)
        }
        _ => None,
    };
    let balance = match (vok_gross, reduction) {
        (Some(vok), Some(reduction)) => Some(Cents(vok.0 + allowance.map_or(0, |a| a.0) - reduction.0)),
        _ => None,
    };
    let lookup = if scheme == Scheme::TimeCredit {
        "Het bedrag van je RVA-uitkering staat niet in onze bronnen; het hangt af van de vorm, je anciënniteit en je leeftijd. Zoek het op in het barema van de RVA (rva.be, 'Loopbaanonderbreking en tijdskrediet') en vul het in."
    } else {
        "Het bedrag van de uitkering voor zorgkrediet staat niet in onze bronnen: vraag het aan je personeelsdienst of kijk op vlaanderen.be/vlaams-zorgkrediet, en vul het in."
    };
    let direction = |balance: Cents| {
        if balance.0 >= 0 {
            format!("{balance} bruto meer")
        } else {
            format!("{} bruto minder", Cents(-balance.0))
        }
    };
    let text = match (balance, allowance) {
        (Some(balance), Some(_)) => format!(
            "Met {form} heb je per maand {} dan nu: premie en uitkering min het loon dat je niet meer ontvangt. Netto is het verschil kleiner door belastingen en bijdragen; dat rekenen we niet uit.",
            direction(balance)
        ),
        (Some(balance), None) => format!(
            "Met {form} heb je per maand {} dan nu, zonder je uitkering meegeteld. {lookup}",
            direction(balance)
        ),
        (None, _) => format!(
            "Vul je brutoloon in om te zien wat {form} je per maand kost. {}",
            if allowance.is_none() { lookup } else { "" }
        ),
    };
    MoneyOutcome {
        vok_gross_cents: vok_gross,
        allowance_cents: allowance,
        wage_reduction_gross_cents: reduction,
        balance_gross_cents: balance,
        text: text.trim().to_owned(),
        lines,
    }
}
