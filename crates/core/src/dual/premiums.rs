//! What each side receives in premiums (figures.md §4.3; the seed's employer incentives):
//! - the employer's premium for qualifying workplace learning: per learner and per school
//!   year, € 1.000 if the learner receives an allowance or wage from the company, € 600 if
//!   not; at least four months of training in the school year, a branch in the Flemish
//!   Region, a trained mentor, at most three times per learner. It covers the OAO and the
//!   dual training of adult education;
//! - the learner's premium (OAO only): per school year, resident in the Flemish Region, at
//!   least four months at the workplace, at most three times;
//! - for home-care services, with learners under an OAO (the seed lists these under dual
//!   learning in secondary education and reports the OAO's dates): the support premium
//!   for public services, per learner and per month with at least 10 days under the mentor,
//!   capped per school year for the service as a whole (so the cap applies across
//!   learners); and the subsidy per hour under remote supervision for public and private
//!   services, capped at an average of 18 hours a month over the months of the agreement.

use super::lookup::Tracker;
use super::{hours, months_nl, AgreementKind, Ctx, DualLine, HomeCare};
use crate::explain::{Condition, MissingFigure, ParamUse};
use crate::money::Cents;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Premium {
    pub kind: PremiumKind,
    pub beneficiary: Beneficiary,
    pub name: String,
    pub verdict: Verdict,
    /// The amount for the school year; only when the verdict is `applies`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<Cents>,
    /// The verdict and its reason in one sentence.
    pub text: String,
    pub conditions: Vec<Condition>,
    pub lines: Vec<DualLine>,
    pub missing: Vec<MissingFigure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PremiumKind {
    /// Premie kwalificerend werkplekleren (employer).
    QualifyingWorkplace,
    /// Leerlingenpremie alternerende opleiding (learner).
    Learner,
    /// Ondersteuningspremie for public home-care services (employer).
    HomeCareSupport,
    /// Subsidy per hour under remote supervision for home-care services (employer).
    HomeCareHours,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Beneficiary {
    Employer,
    Learner,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every condition met: the amount is given.
    Applies,
    /// A condition is not met (the failed ones say why).
    NotEligible,
    /// A figure it needs is not published on the reference date.
    NotComputed,
}

/// Every premium that can apply under one agreement.
pub(super) fn all(ctx: &Ctx<'_, '_>, kind: AgreementKind, waived: bool, t: &mut Tracker) -> Vec<Premium> {
    let mut premiums = vec![qualifying_workplace(ctx, kind, waived, t), learner(ctx, kind, t)];
    if ctx.input.employer.home_care != HomeCare::None {
        premiums.push(home_care_support(ctx, kind, t));
        premiums.push(home_care_hours(ctx, kind, t));
    }
    premiums
}

/// Looks figures up in a premium's own tracker, so that its missing figures are its own.
struct Part<'t> {
    tracker: &'t mut Tracker,
    missing: Vec<MissingFigure>,
}

impl Part<'_> {
    fn figure(&mut self, ctx: &Ctx<'_, '_>, id: &'static str) -> Option<crate::explain::ParamUse> {
        let found = self.tracker.figure(&ctx.figures, id);
        if found.is_none() {
            if let Some(missing) = self.tracker.ledger.missing.iter().find(|m| m.id == id) {
                if !self.missing.iter().any(|m| m.id == id) {
                    self.missing.push(missing.clone());
                }
            }
        }
        found
    }
}

/// `1 leerling`, `5 leerlingen`; `1 lerende`, `5 lerenden`.
fn learners_nl(count: i64, word: &str) -> String {
    match (count, word) {
        (1, _) => format!("1 {word}"),
        (_, "leerling") => format!("{count} leerlingen"),
        _ => format!("{count} {word}n"),
    }
}

fn verdict_of(conditions: &[Condition], missing: &[MissingFigure]) -> Verdict {
    if !missing.is_empty() {
        Verdict::NotComputed
    } else if conditions.iter().all(|c| c.met) {
        Verdict::Applies
    } else {
        Verdict::NotEligible
    }
}

fn not_computed_text(name: &str, missing: &[MissingFigure]) -> String {
    let what: Vec<String> = missing.iter().map(|m| format!("{} ({})", m.label, m.reason)).collect();
    format!("{name}: niet berekend, want niet gekend: {}", what.join("; "))
}

/// A condition met when a count (months, times) reaches the figure, e.g. "at least 4 months".
fn at_least(parameter: ParamUse, count: i64, text: impl FnOnce(&str) -> String) -> Condition {
    let met = count.saturating_mul(100) >= parameter.amount;
    Condition { text: text(&parameter.display), met, parameter: Some(parameter) }
}

/// A condition met while a count stays under the figure, e.g. "at most 3 times" before this one.
fn fewer_than(parameter: ParamUse, count: i64, text: impl FnOnce(&str) -> String) -> Condition {
    let met = count.saturating_mul(100) < parameter.amount;
    Condition { text: text(&parameter.display), met, parameter: Some(parameter) }
}

fn qualifying_workplace(ctx: &Ctx<'_, '_>, kind: AgreementKind, waived: bool, t: &mut Tracker) -> Premium {
    let name = "Premie kwalificerend werkplekleren";
    let employer = &ctx.input.employer;
    let mut part = Part { tracker: t, missing: Vec::new() };
    let (id, why) = if waived {
        (
            "dual/qualifying_workplace_premium_without_allowance",
            "de lerende doet afstand van de leervergoeding en krijgt dus geen vergoeding van de onderneming",
        )
    } else if kind == AgreementKind::Odow {
        (
            "dual/qualifying_workplace_premium_with_allowance",
            "de lerende krijgt zijn loon van de onderneming (onze lezing: een loon is een vergoeding van de onderneming)",
        )
    } else {
        ("dual/qualifying_workplace_premium_with_allowance", "de lerende krijgt een leervergoeding van de onderneming")
    };
    let amount = part.figure(ctx, id);
    let minimum_months = part.figure(ctx, "dual/qualifying_workplace_premium_minimum_months");
    let max_times = part.figure(ctx, "dual/qualifying_workplace_premium_max_times");

    let mut conditions = vec![Condition {
        text: format!(
            "De vestiging waar de lerende wordt opgeleid, ligt in het Vlaamse Gewest: {}",
            if employer.workplace_in_flemish_region { "ja" } else { "nee" }
        ),
        met: employer.workplace_in_flemish_region,
        parameter: None,
    }];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, ctx.input.months, |minimum| {
            format!(
                "De onderneming leidt de lerende minstens {minimum} op in het schooljaar (volgens de Dimona-aangifte): {} onder de overeenkomst",
                months_nl(ctx.input.months)
            )
        })
    }));
    conditions.push(Condition {
        text: format!(
            "De onderneming wijst een mentor aan die een mentoropleiding volgde (of volgt vóór het einde van het traject): {}",
            if employer.mentor_trained { "ja" } else { "nee" }
        ),
        met: employer.mentor_trained,
        parameter: None,
    });
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, employer.premiums_before, |maximum| {
            format!(
                "Hoogstens {maximum} per lerende (eerdere stagebonussen tellen mee): de onderneming kreeg de premie voor deze lerende al {} keer",
                employer.premiums_before
            )
        })
    }));

    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, amount) {
        (Verdict::Applies, Some(parameter)) => {
            let per = parameter.hundredths().as_cents();
            let total = per.times(employer.learners);
            lines.push(DualLine::new(
                format!("{} × {per}: {why}", learners_nl(employer.learners, "lerende")),
                Some(total),
                Some(parameter),
            ));
            amount_cents = Some(total);
            format!("De onderneming krijgt {total} premie kwalificerend werkplekleren voor dit schooljaar.")
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(name, &part.missing),
        _ => "Geen premie kwalificerend werkplekleren: niet aan alle voorwaarden voldaan.".to_owned(),
    };
    Premium {
        kind: PremiumKind::QualifyingWorkplace,
        beneficiary: super::Beneficiary::Employer,
        name: name.to_owned(),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn learner(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "Leerlingenpremie alternerende opleiding";
    let input = ctx.input;
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::Learner,
            beneficiary: Beneficiary::Learner,
            name: name.to_owned(),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: "Geen leerlingenpremie: die is er alleen voor leerlingen in een alternerende opleiding van het secundair onderwijs.".to_owned(),
            conditions: vec![Condition {
                text: "Alleen voor leerlingen met een overeenkomst in een alternerende opleiding van het secundair onderwijs (OAO); cursisten in het volwassenenonderwijs krijgen ze niet".to_owned(),
                met: false,
                parameter: None,
            }],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let amount = part.figure(ctx, "dual/learner_premium");
    let minimum_months = part.figure(ctx, "dual/learner_premium_minimum_months");
    let max_times = part.figure(ctx, "dual/learner_premium_max_times");
    let mut conditions = vec![
        Condition {
            text: "Een overeenkomst in een alternerende opleiding van het secundair onderwijs (OAO)".to_owned(),
            met: true,
            parameter: None,
        },
        Condition {
            text: format!(
                "De leerling woont in het Vlaamse Gewest: {}",
                if input.lives_in_flemish_region { "ja" } else { "nee" }
            ),
            met: input.lives_in_flemish_region,
            parameter: None,
        },
    ];
    conditions.extend(minimum_months.map(|parameter| {
        at_least(parameter, input.months, |minimum| {
            format!("Minstens {minimum} opgeleid op de werkplek: {} onder de overeenkomst", months_nl(input.months))
        })
    }));
    conditions.extend(max_times.map(|parameter| {
        fewer_than(parameter, input.learner_premiums_before, |maximum| {
            format!(
                "Hoogstens {maximum} (eerdere startbonussen tellen mee): je kreeg ze al {} keer",
                input.learner_premiums_before
            )
        })
    }));
    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, amount) {
        (Verdict::Applies, Some(parameter)) => {
            let value = parameter.hundredths().as_cents();
            lines.push(DualLine::new(
                "Leerlingenpremie: één keer per schooljaar, voor de leerling zelf",
                Some(value),
                Some(parameter),
            ));
            amount_cents = Some(value);
            format!("De leerling krijgt {value} leerlingenpremie voor dit schooljaar.")
        }
        (Verdict::NotComputed, _) | (_, None) => not_computed_text(name, &part.missing),
        _ => "Geen leerlingenpremie: niet aan alle voorwaarden voldaan.".to_owned(),
    };
    Premium {
        kind: PremiumKind::Learner,
        beneficiary: Beneficiary::Learner,
        name: name.to_owned(),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

/// The seed lists the home-care measures for learners under an OAO (secondary education).
fn oao_only(kind: AgreementKind) -> Condition {
    Condition {
        text: "Voor leerlingen duaal leren met een overeenkomst alternerende opleiding (OAO): zo staat het in het webinar voor de sector van de gezinszorg; of het ook voor cursisten in het volwassenenonderwijs geldt, is niet bevestigd".to_owned(),
        met: kind == AgreementKind::Oao,
        parameter: None,
    }
}

fn home_care_support(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "Ondersteuningspremie voor publieke diensten voor gezinszorg";
    let employer = &ctx.input.employer;
    let not_eligible = |conditions: Vec<Condition>| Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: name.to_owned(),
        verdict: Verdict::NotEligible,
        amount_cents: None,
        text: "Geen ondersteuningspremie: niet aan alle voorwaarden voldaan.".to_owned(),
        conditions,
        lines: Vec::new(),
        missing: Vec::new(),
    };
    let public = Condition {
        text: format!(
            "Alleen voor publieke diensten voor gezinszorg of thuiszorg: de onderneming is een {}",
            employer.home_care.name_nl_short()
        ),
        met: employer.home_care == HomeCare::Public,
        parameter: None,
    };
    if kind != AgreementKind::Oao || employer.home_care != HomeCare::Public {
        return not_eligible(vec![oao_only(kind), public]);
    }

    let mut part = Part { tracker: t, missing: Vec::new() };
    let per_month = part.figure(ctx, "dual/home_care_support_premium");
    let cap = part.figure(ctx, "dual/home_care_support_premium_cap");
    let minimum_days = part.figure(ctx, "dual/home_care_support_minimum_days");
    let months = employer.mentor_months.unwrap_or(ctx.input.months);
    let months_text = match employer.mentor_months {
        Some(_) => format!("{} per leerling", months_nl(months)),
        None => format!("{} per leerling (alle maanden van de overeenkomst)", months_nl(months)),
    };
    let mut conditions = vec![oao_only(kind), public];
    conditions.push(Condition {
        text: match &minimum_days {
            Some(p) => format!(
                "Alleen de maanden waarin de leerling minstens {} onder begeleiding van de mentor werkt: {months_text}",
                p.display
            ),
            None => format!(
                "Alleen de maanden waarin de leerling een minimum aantal dagen onder begeleiding van de mentor werkt: {months_text}"
            ),
        },
        met: months > 0,
        parameter: minimum_days,
    });

    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, per_month, cap) {
        (Verdict::Applies, Some(per_month), Some(cap)) => {
            let per = per_month.hundredths().as_cents();
            let learner_months = months.saturating_mul(employer.learners);
            let uncapped = per.times(learner_months);
            let cap_cents = cap.hundredths().as_cents();
            lines.push(DualLine::new(
                format!(
                    "{per} per leerling per maand × {} × {} = {learner_months} leerlingmaanden",
                    months_nl(months),
                    learners_nl(employer.learners, "leerling")
                ),
                Some(uncapped),
                Some(per_month),
            ));
            let total = if uncapped > cap_cents {
                lines.push(DualLine::new(
                    format!(
                        "Begrensd tot het maximum van {cap_cents} per schooljaar voor de dienst als geheel, alle leerlingen samen"
                    ),
                    Some(cap_cents),
                    Some(cap),
                ));
                cap_cents
            } else {
                lines.push(DualLine::new(
                    format!(
                        "Onder het maximum van {cap_cents} per schooljaar voor de dienst als geheel (tel al je leerlingen duaal leren mee)"
                    ),
                    None,
                    Some(cap),
                ));
                uncapped
            };
            amount_cents = Some(total);
            format!("De dienst krijgt {total} ondersteuningspremie voor dit schooljaar.")
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(name, &part.missing),
        _ => "Geen ondersteuningspremie: geen enkele maand telt mee.".to_owned(),
    };
    Premium {
        kind: PremiumKind::HomeCareSupport,
        beneficiary: Beneficiary::Employer,
        name: name.to_owned(),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

fn home_care_hours(ctx: &Ctx<'_, '_>, kind: AgreementKind, t: &mut Tracker) -> Premium {
    let name = "Subsidie per uur onder verwijderd toezicht (gezinszorg)";
    let employer = &ctx.input.employer;
    let service = Condition {
        text: format!(
            "Voor publieke en private diensten voor gezinszorg: de onderneming is een {}",
            employer.home_care.name_nl_short()
        ),
        met: employer.home_care != HomeCare::None,
        parameter: None,
    };
    if kind != AgreementKind::Oao {
        return Premium {
            kind: PremiumKind::HomeCareHours,
            beneficiary: Beneficiary::Employer,
            name: name.to_owned(),
            verdict: Verdict::NotEligible,
            amount_cents: None,
            text: "Geen subsidie per uur: niet aan alle voorwaarden voldaan.".to_owned(),
            conditions: vec![oao_only(kind), service],
            lines: Vec::new(),
            missing: Vec::new(),
        };
    }
    let mut part = Part { tracker: t, missing: Vec::new() };
    let rate = part.figure(ctx, "dual/home_care_supervised_hour_subsidy");
    let average = part.figure(ctx, "dual/home_care_supervised_hours_monthly_average");
    let conditions = vec![
        oao_only(kind),
        service,
        Condition {
            text: "Alleen uren waarin de leerling stage loopt onder verwijderd toezicht (pas na een positieve tussentijdse evaluatie), plus wijkwerking of werkvergadering; de dienst meldt ze jaarlijks vóór 1 mei".to_owned(),
            met: true,
            parameter: None,
        },
    ];
    let verdict = verdict_of(&conditions, &part.missing);
    let mut lines = Vec::new();
    let mut amount_cents = None;
    let text = match (verdict, rate, average) {
        (Verdict::Applies, Some(rate), Some(average)) => {
            let months = ctx.input.months;
            // The yearly maximum, in hundredths of an hour: the monthly average × the months of the agreement.
            let cap = average.amount.saturating_mul(months);
            let entered = employer.supervised_hours.saturating_mul(100);
            let counted = entered.min(cap);
            let cap_text = crate::money::Hundredths(cap).to_nl();
            let counted_text = crate::money::Hundredths(counted).to_nl();
            lines.push(DualLine::new(
                format!(
                    "Jaarlijks maximum per leerling: gemiddeld {} per maand × {} = {cap_text} uur",
                    average.display,
                    months_nl(months)
                ),
                None,
                Some(average),
            ));
            let per_learner = super::divide_rounded(rate.amount.saturating_mul(counted), 100);
            let total = Cents(per_learner).times(employer.learners);
            let counted_line = if entered > cap {
                format!(
                    "{} opgegeven, {counted_text} uur telt mee × {} per uur × {}",
                    hours(employer.supervised_hours),
                    rate.hundredths().as_cents(),
                    learners_nl(employer.learners, "leerling")
                )
            } else {
                format!(
                    "{counted_text} uur × {} per uur × {}",
                    rate.hundredths().as_cents(),
                    learners_nl(employer.learners, "leerling")
                )
            };
            lines.push(DualLine::new(counted_line, Some(total), Some(rate)));
            amount_cents = Some(total);
            if employer.supervised_hours == 0 {
                "Vul de uren onder verwijderd toezicht per leerling in om de subsidie te berekenen.".to_owned()
            } else {
                format!("De dienst krijgt {total} subsidie voor de uren onder verwijderd toezicht.")
            }
        }
        (Verdict::NotComputed, ..) | (_, None, _) | (_, _, None) => not_computed_text(name, &part.missing),
        _ => "Geen subsidie per uur: niet aan alle voorwaarden voldaan.".to_owned(),
    };
    Premium {
        kind: PremiumKind::HomeCareHours,
        beneficiary: Beneficiary::Employer,
        name: name.to_owned(),
        verdict,
        amount_cents,
        text,
        conditions,
        lines,
        missing: part.missing,
    }
}

impl HomeCare {
    /// `publieke dienst voor gezinszorg of thuiszorg`, for sentences after "de onderneming is een".
    fn name_nl_short(self) -> &'static str {
        match self {
            HomeCare::None => "andere onderneming (geen dienst voor gezinszorg)",
            HomeCare::Public => "publieke dienst voor gezinszorg of thuiszorg",
            HomeCare::Private => "private dienst voor gezinszorg",
        }
    }
}
