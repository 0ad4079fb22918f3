//! Dual learning: the OAO of secondary education and the ODOS, ODO and ODOW of adult
//! education compared, for the learner (allowance per month and per school year, social
//! security, holidays, the workplace component) and for the employer (premiums and, for
//! home-care services, the support premium and the hourly subsidy).
//!
//! Rules (figures.md §4; the seed's comparison table and employer incentives):
//! - the amounts move with the pivot index on a given day, so every figure is looked up
//!   on one reference date: 1 September of the school year, or the first day of a month
//!   the user picks; the yearly amount counts every month at that date's amount;
//! - OAO (secondary education, at least 20 hours a week at the workplace): a monthly
//!   allowance in three brackets set by the learner's schooling and training years;
//! - ODOS (adult education, at least 20 hours): a monthly allowance; ODO (adult
//!   education, fewer than 20 hours): an hourly allowance × the hours at the workplace;
//!   ODOW (adult education, with one's own employer): one's wage, as entered;
//! - a learner in adult education may waive the allowance to keep a benefit or wage;
//!   the employer's premium is then the one for a learner without allowance;
//! - adult-education dual learning exists from 1 September 2022: before, those three
//!   agreements are not open and not computed;
//! - every agreement is computed for the same hours so that they can be compared, and
//!   says whether it is open to this learner, with the conditions checked.

pub mod facts;
pub mod input;
pub mod lookup;
mod premiums;
mod reading;

pub use facts::{AgreementKind, Fact, FactTopic};
pub use input::{
    first_of_month, max_weeks, school_year_bounds, Choice, DualInput, Education, EmployerInput, HomeCare, SchoolLevel,
};
pub use premiums::{Beneficiary, Premium, PremiumKind, Verdict};

use crate::explain::{Condition, Figures, FiguresStatus, MissingFigure, ParamUse};
use crate::money::Cents;
use crate::params::Date;
use crate::scenario::Scenario;
use lookup::{DatedFigures, Tracker};
use serde::Serialize;

/// Dual learning in adult education started on this day (besox.be, partena-professional.be:
/// "vanaf 1 september 2022"; the seed: "Uitgerold in het volwassenenonderwijs vanaf september 2022").
pub const ADULT_EDUCATION_START: Date = Date::new(2022, 9, 1);

/// The dual-learning part of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DualOutcome {
    /// The day whose amounts are used, `2025-09-01`.
    pub reference_date: String,
    /// The reference date and what it means, in one or two Dutch sentences.
    pub reference_text: String,
    pub hours_per_week: i64,
    pub weeks: i64,
    pub months: i64,
    /// The four agreements, always in the order OAO, ODOS, ODO, ODOW, computed for the same hours.
    pub agreements: Vec<Agreement>,
    /// A short plain-language reading of the differences.
    pub reading: Vec<String>,
    /// Figures needed but not published on the reference date.
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    pub notes: Vec<String>,
}

/// One agreement for this learner and these hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub kind: AgreementKind,
    /// `OAO`.
    pub short: String,
    /// `Overeenkomst alternerende opleiding`.
    pub name: String,
    /// `secundair onderwijs` or `volwassenenonderwijs`.
    pub education: String,
    /// Whether this learner can use it: every condition met.
    pub open: bool,
    pub conditions: Vec<Condition>,
    pub allowance: AllowanceKind,
    /// `None` when not computed (a figure missing, the wage not entered, or not existing yet).
    pub monthly_allowance_cents: Option<Cents>,
    pub yearly_allowance_cents: Option<Cents>,
    /// Why the allowance is not computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_computed: Option<String>,
    /// The learner waives the allowance (ODOS, ODO): € 0 from the employer.
    pub waived: bool,
    /// The explanation of the monthly and yearly amounts, step by step.
    pub lines: Vec<DualLine>,
    /// OAO only: the three brackets with their amounts and which one applies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub brackets: Vec<Bracket>,
    pub social_security: bool,
    /// The rules in words: allowance, social security, holidays, workplace, lessons, duration.
    pub facts: Vec<Fact>,
    /// Premiums for the learner and the employer under this agreement.
    pub premiums: Vec<Premium>,
    /// The learner's premiums in the school year; `None` when one is not computed.
    pub learner_premiums_cents: Option<Cents>,
    /// The employer's premiums and subsidies in the school year; `None` when one is not computed.
    pub employer_premiums_cents: Option<Cents>,
    pub missing: Vec<MissingFigure>,
    pub figures_status: FiguresStatus,
    pub notes: Vec<String>,
}

/// How the allowance is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AllowanceKind {
    /// A monthly amount in brackets (OAO).
    MonthlyBracket,
    /// One monthly amount (ODOS).
    Monthly,
    /// An amount per hour at the workplace (ODO).
    Hourly,
    /// The learner's own wage (ODOW).
    Wage,
}

/// One step of a calculation: what it is in words, its amount, and the figure it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DualLine {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

impl DualLine {
    fn new(text: impl Into<String>, amount_cents: Option<Cents>, parameter: Option<ParamUse>) -> Self {
        DualLine { text: text.into(), amount_cents, parameter }
    }
}

/// One OAO bracket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bracket {
    pub number: u8,
    /// Who falls in it, in the words of the official table.
    pub conditions: String,
    pub applies: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

const BRACKET_IDS: [&str; 3] =
    ["dual/oao_allowance_bracket_1", "dual/oao_allowance_bracket_2", "dual/oao_allowance_bracket_3"];

const BRACKET_CONDITIONS: [&str; 3] = [
    "De leerling heeft de tweede graad van het secundair onderwijs nog niet met succes beëindigd en zit in het eerste opleidingsjaar van de alternerende opleiding.",
    "De leerling heeft de tweede graad van het secundair onderwijs met succes beëindigd, of heeft een eerste jaar van een alternerende opleiding met succes beëindigd.",
    "De leerling heeft het eerste jaar van de derde graad van het secundair onderwijs met succes beëindigd, of al twee opleidingsjaren van een alternerende opleiding, of de kwalificatiefase van het buitengewoon secundair onderwijs (OV3).",
];

/// What a part of the calculation needs: the input, the reference date, the figures.
pub(crate) struct Ctx<'a, 'p> {
    pub input: &'a DualInput,
    pub date: Date,
    pub figures: DatedFigures<'p>,
}

pub fn compute(scenario: &Scenario, input: &DualInput, figures: Figures<'_>) -> DualOutcome {
    let year = scenario.academic_year;
    let date = input.reference_date_in(year);
    let (_, year_end) = school_year_bounds(year);
    let ctx = Ctx { input, date, figures: DatedFigures { params: figures.params, language: figures.language, date, year_end } };

    let mut all = Tracker::default();
    let agreements: Vec<Agreement> = AgreementKind::ALL
        .iter()
        .map(|kind| {
            let (agreement, tracker) = agreement(&ctx, *kind);
            all.absorb(&tracker);
            agreement
        })
        .collect();

    let mut notes = Vec::new();
    for (from, changes) in all.later_changes(&ctx.figures) {
        let list: Vec<String> = changes.iter().map(|c| format!("{}: {}", c.label, c.what)).collect();
        notes.push(format!(
            "Later in dit schooljaar, vanaf {}, gelden andere bedragen ({}). Kies die maand als peildatum om ermee te rekenen.",
            figures.language.date(from),
            list.join("; ")
        ));
    }
    notes.push("Niet meegerekend: vakantiegeld, eindejaarspremie, belastingen en sociale bijdragen. Wat een leervergoeding betekent voor het Groeipakket (kinderbijslag) en de belastingen, is niet gevonden en niet berekend.".to_owned());
    notes.push("Ook mogelijk, maar hier niet vergeleken: een deeltijdse arbeidsovereenkomst (loon volgens de sector), in de social profit een deeltijdse arbeidsovereenkomst sociale maribel, en in het secundair onderwijs met minder dan 20 uur per week een stageovereenkomst (SAO) zonder leervergoeding.".to_owned());

    let reference_text = match input.reference_month {
        None => format!(
            "Bedragen zoals ze golden op {}, het begin van het schooljaar {year}. Leervergoedingen en premies stijgen wanneer de spilindex wordt overschreden; het jaarbedrag rekent elke maand met het bedrag van deze dag.",
            figures.language.date(date)
        ),
        Some(_) => format!(
            "Bedragen zoals ze golden op {}, de peildatum die je koos in het schooljaar {year}. Het jaarbedrag rekent elke maand met het bedrag van deze dag.",
            figures.language.date(date)
        ),
    };

    let reading = reading::read(&ctx, &agreements, all.any_unconfirmed());
    let figures_status = FiguresStatus::of(all.ledger.used.iter(), !all.ledger.missing.is_empty());
    DualOutcome {
        reference_date: date.to_string(),
        reference_text,
        hours_per_week: input.hours_per_week,
        weeks: input.weeks,
        months: input.months,
        agreements,
        reading,
        missing: all.ledger.missing,
        figures_status,
        notes,
    }
}

/// `24 uur`, `1.152 uur`.
pub(crate) fn hours(count: i64) -> String {
    format!("{} uur", crate::money::Hundredths(count.saturating_mul(100)).to_nl())
}

/// `1 maand`, `12 maanden`.
pub(crate) fn months_nl(count: i64) -> String {
    if count == 1 {
        "1 maand".to_owned()
    } else {
        format!("{count} maanden")
    }
}

/// `a ÷ b`, rounded to the nearest cent (halves up); `b` is positive.
pub(crate) fn divide_rounded(amount: i64, by: i64) -> i64 {
    if by <= 0 {
        return 0;
    }
    (amount.saturating_mul(2).saturating_add(by)) / (by * 2)
}

fn agreement(ctx: &Ctx<'_, '_>, kind: AgreementKind) -> (Agreement, Tracker) {
    let input = ctx.input;
    let mut t = Tracker::default();
    let mut notes = Vec::new();
    let exists = !kind.adult_education() || ctx.date >= ADULT_EDUCATION_START;

    // Who can use it.
    let mut conditions = vec![education_condition(kind, input.education)];
    if !exists {
        conditions.push(Condition {
            text: format!(
                "Duaal leren in het volwassenenonderwijs bestaat sinds {}; de peildatum is {}",
                ctx.figures.language.date(ADULT_EDUCATION_START),
                ctx.figures.language.date(ctx.date)
            ),
            met: false,
            parameter: None,
        });
    } else {
        conditions.extend(hours_conditions(ctx, kind, &mut t));
        conditions.extend(employment_condition(kind, input.employed_by_workplace));
    }
    let open = conditions.iter().all(|c| c.met);

    // What it pays.
    let waived = input.waive_allowance && matches!(kind, AgreementKind::Odos | AgreementKind::Odo);
    let mut allowance = Allowance::default();
    if !exists {
        allowance.not_computed = Some(format!(
            "De {} bestond nog niet op {}: duaal leren in het volwassenenonderwijs startte op {}.",
            kind.short(),
            ctx.figures.language.date(ctx.date),
            ctx.figures.language.date(ADULT_EDUCATION_START)
        ));
    } else if waived {
        allowance.monthly = Some(Cents::ZERO);
        allowance.yearly = Some(Cents::ZERO);
        allowance.lines.push(DualLine::new(
            "Je doet afstand van de leervergoeding om je uitkering of loon te behouden: de onderneming betaalt je geen leervergoeding. Je uitkering of loon rekenen we niet uit.",
            Some(Cents::ZERO),
            None,
        ));
    } else {
        allowance = match kind {
            AgreementKind::Oao => oao_allowance(ctx, &mut t),
            AgreementKind::Odos => odos_allowance(ctx, &mut t),
            AgreementKind::Odo => odo_allowance(ctx, &mut t),
            AgreementKind::Odow => odow_allowance(ctx),
        };
    }
    if kind == AgreementKind::Oao && input.waive_allowance {
        notes.push("Afstand doen van de leervergoeding kan volgens het webinar voor de sector van de gezinszorg in het volwassenenonderwijs; bij een OAO rekenen we met de leervergoeding.".to_owned());
    }
    if kind == AgreementKind::Odo && exists {
        notes.push("Een ODO betaalt alleen de uren op de werkplek: lesuren en weken zonder werk op de werkplek brengen niets op.".to_owned());
    }

    // What each side receives in premiums.
    let premiums = if exists { premiums::all(ctx, kind, waived, &mut t) } else { Vec::new() };
    let total = |beneficiary: Beneficiary| -> Option<Cents> {
        let of_side: Vec<&Premium> = premiums.iter().filter(|p| p.beneficiary == beneficiary).collect();
        if !exists || of_side.iter().any(|p| p.verdict == Verdict::NotComputed) {
            return None;
        }
        Some(of_side.iter().filter_map(|p| p.amount_cents).sum())
    };
    let learner_premiums_cents = total(Beneficiary::Learner);
    let employer_premiums_cents = total(Beneficiary::Employer);

    let figures_status = FiguresStatus::of(t.ledger.used.iter(), !t.ledger.missing.is_empty());
    let agreement = Agreement {
        kind,
        short: kind.short().to_owned(),
        name: kind.name().to_owned(),
        education: if kind.adult_education() { "volwassenenonderwijs" } else { "secundair onderwijs" }.to_owned(),
        open,
        conditions,
        allowance: match kind {
            AgreementKind::Oao => AllowanceKind::MonthlyBracket,
            AgreementKind::Odos => AllowanceKind::Monthly,
            AgreementKind::Odo => AllowanceKind::Hourly,
            AgreementKind::Odow => AllowanceKind::Wage,
        },
        monthly_allowance_cents: allowance.monthly,
        yearly_allowance_cents: allowance.yearly,
        not_computed: allowance.not_computed,
        waived,
        lines: allowance.lines,
        brackets: allowance.brackets,
        social_security: kind.social_security(),
        facts: facts::facts(kind),
        premiums,
        learner_premiums_cents,
        employer_premiums_cents,
        missing: t.ledger.missing.clone(),
        figures_status,
        notes,
    };
    (agreement, t)
}

fn education_condition(kind: AgreementKind, education: Education) -> Condition {
    if kind.adult_education() {
        Condition {
            text: format!(
                "Alleen voor cursisten in het volwassenenonderwijs (een centrum voor volwassenenonderwijs): jij volgt {}",
                education.name_nl()
            ),
            met: education == Education::Adult,
            parameter: None,
        }
    } else {
        Condition {
            text: format!("Alleen voor leerlingen in het secundair onderwijs: jij volgt {}", education.name_nl()),
            met: education == Education::Secondary,
            parameter: None,
        }
    }
}

fn hours_conditions(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Option<Condition> {
    let given = ctx.input.hours_per_week;
    let yours = format!("jij geeft {} per week op", hours(given));
    let (id, rule): (&'static str, fn(&ParamUse) -> String) = match kind {
        AgreementKind::Oao => ("dual/oao_minimum_workplace_hours", |p| {
            format!("Minstens {} op de werkplek (gemiddeld over het jaar); met minder uren is het een stageovereenkomst (SAO) zonder leervergoeding", p.display)
        }),
        AgreementKind::Odos => ("dual/odo_workplace_hours_limit", |p| {
            format!("Gemiddeld minstens {} op de werkplek over het jaar; met minder uren is het een ODO", p.display)
        }),
        AgreementKind::Odo => ("dual/odo_workplace_hours_limit", |p| {
            format!("Minder dan {} op de werkplek; vanaf die grens is het een ODOS", p.display)
        }),
        AgreementKind::Odow => return None,
    };
    Some(match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let at_least = given.saturating_mul(100) >= parameter.amount;
            Condition {
                text: format!("{}: {yours}", rule(&parameter)),
                met: if kind == AgreementKind::Odo { !at_least } else { at_least },
                parameter: Some(parameter),
            }
        }
        None => Condition {
            text: format!(
                "Niet nagegaan: de grens in uren per week op de werkplek is niet gekend op {}",
                ctx.figures.language.date(ctx.date)
            ),
            met: false,
            parameter: None,
        },
    })
}

fn employment_condition(kind: AgreementKind, employed: bool) -> Option<Condition> {
    match kind {
        AgreementKind::Oao => None,
        AgreementKind::Odow => Some(Condition {
            text: format!(
                "Alleen als je al werknemer bent van de onderneming waar je op de werkplek leert (je eigen werkgever): {}",
                if employed { "dat ben je" } else { "dat ben je niet" }
            ),
            met: employed,
            parameter: None,
        }),
        AgreementKind::Odos | AgreementKind::Odo => Some(Condition {
            text: format!(
                "Je bent nog geen werknemer van de onderneming waar je op de werkplek leert; wie dat al is, sluit een ODOW (onze lezing): {}",
                if employed { "je bent er al werknemer" } else { "je bent er nog geen werknemer" }
            ),
            met: !employed,
            parameter: None,
        }),
    }
}

#[derive(Default)]
struct Allowance {
    monthly: Option<Cents>,
    yearly: Option<Cents>,
    not_computed: Option<String>,
    lines: Vec<DualLine>,
    brackets: Vec<Bracket>,
}

fn not_published(missing: Option<&MissingFigure>) -> String {
    match missing {
        Some(m) => format!("Niet berekend: {} is niet gekend {}. {}", m.label, m.period, m.reason),
        None => "Niet berekend: een bedrag ontbreekt.".to_owned(),
    }
}

/// The OAO bracket for the learner's schooling and training years, and why.
pub fn oao_bracket(input: &DualInput) -> (u8, String) {
    let years = input.training_years_completed;
    if input.school_level == SchoolLevel::ThirdGradeFirstYear {
        (3, "je hebt het eerste jaar van de derde graad van het secundair onderwijs met succes beëindigd".to_owned())
    } else if years >= 2 {
        (
            3,
            format!(
                "je hebt {years} opleidingsjaren van een alternerende opleiding met succes beëindigd (twee of meer)"
            ),
        )
    } else if input.buso_ov3_completed {
        (
            3,
            "je hebt de kwalificatiefase van het buitengewoon secundair onderwijs (OV3) met succes beëindigd"
                .to_owned(),
        )
    } else if input.school_level == SchoolLevel::SecondGrade {
        (2, "je hebt de tweede graad van het secundair onderwijs met succes beëindigd".to_owned())
    } else if years == 1 {
        (2, "je hebt een eerste jaar van een alternerende opleiding met succes beëindigd".to_owned())
    } else {
        (
            1,
            "je hebt de tweede graad van het secundair onderwijs nog niet met succes beëindigd en zit in het eerste opleidingsjaar"
                .to_owned(),
        )
    }
}

fn oao_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let (number, reason) = oao_bracket(ctx.input);
    let mut allowance = Allowance::default();
    for (index, id) in BRACKET_IDS.iter().enumerate() {
        let parameter = t.figure(&ctx.figures, id);
        allowance.brackets.push(Bracket {
            number: index as u8 + 1,
            conditions: BRACKET_CONDITIONS[index].to_owned(),
            applies: index as u8 + 1 == number,
            monthly_cents: parameter.as_ref().map(|p| p.hundredths().as_cents()),
            parameter,
        });
    }
    let chosen = &allowance.brackets[usize::from(number - 1)];
    match &chosen.parameter {
        Some(parameter) => {
            let monthly = parameter.hundredths().as_cents();
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                format!("Leervergoeding schaal {number}, want {reason}: {} per maand", monthly),
                Some(monthly),
                Some(parameter.clone()),
            ));
            allowance.lines.push(DualLine::new(
                format!("Per schooljaar: {} × {monthly}", months_nl(ctx.input.months)),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            let missing = t.ledger.missing.iter().find(|m| m.id == BRACKET_IDS[usize::from(number - 1)]);
            allowance.not_computed = Some(not_published(missing));
            allowance.lines.push(DualLine::new(format!("Schaal {number}, want {reason}"), None, None));
        }
    }
    allowance
}

fn odos_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = "dual/odos_monthly_allowance";
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let monthly = parameter.hundredths().as_cents();
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                format!("Leervergoeding ODOS: een vast bedrag van {monthly} per maand"),
                Some(monthly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                format!("Per schooljaar: {} × {monthly}", months_nl(ctx.input.months)),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(not_published(t.ledger.missing.iter().find(|m| m.id == id))),
    }
    allowance
}

fn odo_allowance(ctx: &Ctx<'_, '_>, t: &mut Tracker) -> Allowance {
    let id = "dual/odo_hourly_allowance";
    let input = ctx.input;
    let mut allowance = Allowance::default();
    match t.figure(&ctx.figures, id) {
        Some(parameter) => {
            let rate = parameter.hundredths().as_cents();
            let hours_in_year = input.hours_per_week.saturating_mul(input.weeks);
            let yearly = rate.times(hours_in_year);
            let monthly = Cents(divide_rounded(yearly.0, input.months));
            allowance.lines.push(DualLine::new(
                format!(
                    "Leervergoeding ODO: {rate} per uur × {} per week × {} weken = {} op de werkplek",
                    hours(input.hours_per_week),
                    input.weeks,
                    hours(hours_in_year)
                ),
                Some(yearly),
                Some(parameter),
            ));
            allowance.lines.push(DualLine::new(
                format!("Gemiddeld per maand: {yearly} ÷ {}", months_nl(input.months)),
                Some(monthly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => allowance.not_computed = Some(not_published(t.ledger.missing.iter().find(|m| m.id == id))),
    }
    allowance
}

fn odow_allowance(ctx: &Ctx<'_, '_>) -> Allowance {
    let mut allowance = Allowance::default();
    match ctx.input.wage_monthly_cents {
        Some(wage) => {
            let monthly = Cents(wage);
            let yearly = monthly.times(ctx.input.months);
            allowance.lines.push(DualLine::new(
                format!("Je loon loopt door: brutoloon {monthly} per maand, door jou ingevuld"),
                Some(monthly),
                None,
            ));
            allowance.lines.push(DualLine::new(
                format!(
                    "Per schooljaar: {} × {monthly} (zonder vakantiegeld en eindejaarspremie)",
                    months_nl(ctx.input.months)
                ),
                Some(yearly),
                None,
            ));
            allowance.monthly = Some(monthly);
            allowance.yearly = Some(yearly);
        }
        None => {
            allowance.not_computed =
                Some("Niet berekend: vul je brutoloon per maand in. Bij een ODOW behoud je je loon.".to_owned())
        }
    }
    allowance
}
