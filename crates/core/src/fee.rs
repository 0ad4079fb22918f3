//! The statutory study fee (studiegeld) of Flemish higher education.
//!
//! Rules (SERV advice "Een leven lang student" §2.2–2.3; figures.md §1):
//! - diploma and credit contracts: a fixed part plus an amount per study point, by
//!   status; credit contracts pay the standard (non-grant) rates; grant-rate students
//!   pay only a reduced fixed amount;
//! - the fixed part is owed once per academic year per institution for all diploma and
//!   credit contracts there together; two institutions, two fixed parts;
//! - bachelor-after-bachelor and master-after-master enrolments are billed separately,
//!   with no status reduction (institutions set their own rate up to a legal maximum;
//!   we compute the standard rate, which most apply);
//! - every exam contract is billed on its own, at one rate for all students;
//! - post-initial programmes have no statutory fee: the user may enter the price;
//! - the flat fee for 54–66 study points was abolished with the 2015-2016 reform: every
//!   published table since is linear, so none is applied;
//! - a non-grant student with less learning credit than the study points taken may be
//!   charged at most an indexed surcharge per study point without learning credit;
//!   that maximum is reported apart from the statutory fee.

use crate::explain::{Figures, FiguresStatus, Ledger, MissingFigure, ParamUse};
use crate::money::Cents;
use crate::scenario::{Contract, Enrolment, LanguageTestKind, Programme, Scenario, StudentStatus, TestSession};
use crate::year::AcademicYear;
use serde::Serialize;

/// The fee part of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeeOutcome {
    /// The statutory fee for every enrolment together; `None` when a figure it needs is not published.
    pub total_cents: Option<Cents>,
    /// The most an institution may add for study points without learning credit; `None` when not computed.
    pub learning_credit_surcharge_max_cents: Option<Cents>,
    /// User-entered institution prices and optional language tests; `None` when a price is unknown.
    pub other_costs_cents: Option<Cents>,
    /// Statutory fee plus other costs (not the learning-credit surcharge, which is a maximum).
    pub grand_total_cents: Option<Cents>,
    /// Each separately billed group of enrolments.
    pub bills: Vec<Bill>,
    /// Every line that adds up to the totals, in order; `bill` indexes `bills`.
    pub lines: Vec<FeeLine>,
    pub learning_credit: LearningCredit,
    pub extra_costs: Vec<ExtraCost>,
    /// Figures that are needed but not published for this year.
    pub missing: Vec<MissingFigure>,
    /// When the year's figures are missing: the same enrolments in the nearest published years.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nearest_published: Vec<NearbyYear>,
    pub figures_status: FiguresStatus,
    pub notes: Vec<String>,
}

/// A group of enrolments billed together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bill {
    pub kind: BillKind,
    pub institution: String,
    pub title: String,
    /// Indices into the scenario's enrolments.
    pub enrolments: Vec<usize>,
    /// `None` when a figure is missing.
    pub subtotal_cents: Option<Cents>,
    /// Whether the subtotal counts towards the statutory fee (not for a post-initial price).
    pub statutory: bool,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BillKind {
    /// All diploma and credit contracts in initial programmes at one institution.
    Combined,
    BachelorAfterBachelor,
    MasterAfterMaster,
    Exam,
    Postinitial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeeLine {
    pub bill: usize,
    pub kind: LineKind,
    /// What the line is, in plain Dutch: the rule and the arithmetic.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credits: Option<i64>,
    pub amount_cents: Cents,
    /// The figure used, with its year, source and status (absent for a user-entered price).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    FixedPart,
    PerCredit,
    GrantFlat,
    ExamFixed,
    ExamPerCredit,
    InstitutionPrice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LearningCredit {
    /// Whether the surcharge can apply at all (non-grant students in initial programmes).
    pub applies: bool,
    /// Study points that use learning credit (diploma and credit contracts in initial programmes).
    pub credits_using_learning_credit: i64,
    /// Of those, the study points not covered by the balance.
    pub credits_without_learning_credit: i64,
    pub max_cents: Option<Cents>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExtraCost {
    pub label: String,
    pub amount_cents: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<ParamUse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<MissingFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearbyYear {
    pub academic_year: AcademicYear,
    pub total_cents: Cents,
    pub figures_status: FiguresStatus,
}

/// Computes the fee for a validated scenario.
pub fn compute(scenario: &Scenario, figures: Figures<'_>) -> FeeOutcome {
    let mut fee = compute_year(scenario, figures);
    if fee.total_cents.is_none() {
        fee.nearest_published = nearest_published(scenario, figures);
    }
    fee
}

fn compute_year(scenario: &Scenario, figures: Figures<'_>) -> FeeOutcome {
    let mut builder = Builder { figures, lines: Vec::new(), ledger: Ledger::default() };
    let status = scenario.student.status;

    let bills: Vec<Bill> = group_into_bills(&scenario.enrolments)
        .into_iter()
        .enumerate()
        .map(|(index, draft)| builder.bill(index, draft, &scenario.enrolments, status))
        .collect();

    let statutory_missing = bills.iter().any(|b| b.statutory && b.subtotal_cents.is_none());
    let total_cents =
        (!statutory_missing).then(|| bills.iter().filter(|b| b.statutory).filter_map(|b| b.subtotal_cents).sum());

    let learning_credit = builder.learning_credit(scenario);
    let extra_costs = builder.extra_costs(scenario);

    let price_missing = bills.iter().any(|b| !b.statutory && b.subtotal_cents.is_none());
    let other_costs_cents = (!price_missing && extra_costs.iter().all(|c| c.amount_cents.is_some())).then(|| {
        bills.iter().filter(|b| !b.statutory).filter_map(|b| b.subtotal_cents).sum::<Cents>()
            + extra_costs.iter().filter_map(|c| c.amount_cents).sum()
    });
    let grand_total_cents = total_cents.zip(other_costs_cents).map(|(a, b)| a + b);

    let mut notes = Vec::new();
    if bills.iter().any(|b| b.kind == BillKind::Combined) {
        notes
            .push("Het vaste gedeelte is per academiejaar verschuldigd, ook als je pas in februari begint.".to_owned());
    }
    let in_flat_band = bills.iter().any(|b| {
        b.kind == BillKind::Combined
            && (54..=66).contains(&b.enrolments.iter().map(|&i| scenario.enrolments[i].credits).sum::<i64>())
    });
    if in_flat_band {
        notes.push("Een forfaitair studiegeld voor 54 tot 66 studiepunten bestond vóór de hervorming van 2015-2016 (in 2013-2014 bij UGent € 610,60). Sinds 2015-2016 is het studiegeld voor elk aantal studiepunten het vaste gedeelte plus een bedrag per studiepunt; alle gepubliceerde tabellen sinds 2020-2021 rekenen zo.".to_owned());
    }

    let figures_status =
        FiguresStatus::of(builder.ledger.used.iter().chain(learning_credit.parameter.iter()), total_cents.is_none());

    FeeOutcome {
        total_cents,
        learning_credit_surcharge_max_cents: learning_credit.max_cents,
        other_costs_cents,
        grand_total_cents,
        bills,
        lines: builder.lines,
        learning_credit,
        extra_costs,
        missing: builder.ledger.missing,
        nearest_published: Vec::new(),
        figures_status,
        notes,
    }
}

/// The same enrolments in the closest earlier and later years whose figures are published.
fn nearest_published(scenario: &Scenario, figures: Figures<'_>) -> Vec<NearbyYear> {
    let year = scenario.academic_year;
    let earlier = AcademicYear::supported().rev().filter(|y| *y < year);
    let later = AcademicYear::supported().filter(|y| *y > year);
    let first_computable = |mut years: Box<dyn Iterator<Item = AcademicYear>>| {
        years.find_map(|other| {
            let shifted = Scenario { academic_year: other, ..scenario.clone() };
            let fee = compute_year(&shifted, figures.for_year(other));
            fee.total_cents.map(|total_cents| NearbyYear {
                academic_year: other,
                total_cents,
                figures_status: fee.figures_status,
            })
        })
    };
    [first_computable(Box::new(earlier)), first_computable(Box::new(later))].into_iter().flatten().collect()
}

struct BillDraft {
    kind: BillKind,
    institution: String,
    enrolments: Vec<usize>,
}

/// Institution names are compared without case or surrounding spaces: "KU Leuven" and "ku leuven " are one.
fn same_institution(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn group_into_bills(enrolments: &[Enrolment]) -> Vec<BillDraft> {
    let mut bills: Vec<BillDraft> = Vec::new();
    for (index, enrolment) in enrolments.iter().enumerate() {
        let kind = match (enrolment.programme, enrolment.contract) {
            (Programme::Postinitial, _) => BillKind::Postinitial,
            (_, Contract::Exam) => BillKind::Exam,
            (Programme::Initial, _) => BillKind::Combined,
            (Programme::BachelorAfterBachelor, _) => BillKind::BachelorAfterBachelor,
            (Programme::MasterAfterMaster, _) => BillKind::MasterAfterMaster,
        };
        let institution = enrolment.institution.trim().to_owned();
        if kind == BillKind::Combined {
            if let Some(bill) = bills
                .iter_mut()
                .find(|b| b.kind == BillKind::Combined && same_institution(&b.institution, &institution))
            {
                bill.enrolments.push(index);
                continue;
            }
        }
        bills.push(BillDraft { kind, institution, enrolments: vec![index] });
    }
    bills
}

/// The rate at which one enrolment's study points are charged in a combined bill.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rate {
    Standard,
    NearGrant,
    Grant,
}

fn rate_of(enrolment: &Enrolment, status: StudentStatus) -> Rate {
    match (enrolment.contract, status) {
        (Contract::Diploma, StudentStatus::Grant) => Rate::Grant,
        (Contract::Diploma, StudentStatus::NearGrant) => Rate::NearGrant,
        _ => Rate::Standard,
    }
}

fn contract_nl(contract: Contract) -> &'static str {
    match contract {
        Contract::Diploma => "diplomacontract",
        Contract::Credit => "creditcontract",
        Contract::Exam => "examencontract",
    }
}

fn points(credits: i64) -> String {
    if credits == 1 {
        "1 studiepunt".to_owned()
    } else {
        format!("{credits} studiepunten")
    }
}

struct Builder<'p> {
    figures: Figures<'p>,
    lines: Vec<FeeLine>,
    ledger: Ledger,
}

impl Builder<'_> {
    /// Looks a figure up, remembering it as used or missing.
    fn figure(&mut self, id: &'static str) -> Option<ParamUse> {
        self.ledger.record(self.figures.get(id))
    }

    fn line(&mut self, bill: usize, kind: LineKind, text: String, credits: Option<i64>, parameter: ParamUse) -> Cents {
        let amount_cents = parameter.hundredths().as_cents().times(credits.unwrap_or(1));
        self.lines.push(FeeLine { bill, kind, text, credits, amount_cents, parameter: Some(parameter) });
        amount_cents
    }

    fn bill(&mut self, index: usize, draft: BillDraft, enrolments: &[Enrolment], status: StudentStatus) -> Bill {
        let institution = draft.institution.clone();
        let mut notes = Vec::new();
        let (title, subtotal) = match draft.kind {
            BillKind::Combined => {
                let title = format!("{institution}: diploma- en creditcontracten samen");
                (title, self.combined(index, &draft, enrolments, status))
            }
            BillKind::BachelorAfterBachelor | BillKind::MasterAfterMaster => {
                let enrolment = &enrolments[draft.enrolments[0]];
                let (name, max_note) = if draft.kind == BillKind::BachelorAfterBachelor {
                    ("bachelor-na-bachelor", self.banaba_maximum())
                } else {
                    ("master-na-master", self.manama_maximum())
                };
                notes.push(format!(
                    "Een {name} wordt altijd apart aangerekend (ook het vaste gedeelte) en kent geen vermindering voor beurs- of bijna-beursstudenten. De instelling bepaalt haar tarief; wij rekenen met het standaardtarief, dat de meeste instellingen toepassen. {max_note}"
                ));
                let title = format!("{institution}: {name} ({}, apart aangerekend)", contract_nl(enrolment.contract));
                (title, self.standard(index, enrolment.credits, name))
            }
            BillKind::Exam => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push("Elk examencontract wordt apart berekend, aan één tarief voor alle studenten. Sommige instellingen vragen een eigen toeslag (bijvoorbeeld voor de leeromgeving).".to_owned());
                let title = format!("{institution}: examencontract (apart aangerekend)");
                (title, self.exam(index, enrolment.credits))
            }
            BillKind::Postinitial => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push("Voor postinitiële opleidingen (postgraduaten en andere) bestaat geen wettelijk studiegeld: de instelling bepaalt de prijs. Ze geven geen recht op een studietoelage.".to_owned());
                let title = format!("{institution}: postinitiële opleiding (prijs van de instelling)");
                let subtotal = enrolment.institution_price_cents.map(|price| {
                    let amount_cents = Cents(price);
                    self.lines.push(FeeLine {
                        bill: index,
                        kind: LineKind::InstitutionPrice,
                        text: "Prijs van de instelling, door jou ingevuld (geen wettelijk studiegeld)".to_owned(),
                        credits: Some(enrolment.credits),
                        amount_cents,
                        parameter: None,
                    });
                    amount_cents
                });
                if subtotal.is_none() {
                    notes.push("Vul de prijs in die de instelling vraagt om hem mee te tellen.".to_owned());
                }
                (title, subtotal)
            }
        };
        Bill {
            kind: draft.kind,
            institution,
            title,
            enrolments: draft.enrolments,
            subtotal_cents: subtotal,
            statutory: draft.kind != BillKind::Postinitial,
            notes,
        }
    }

    /// Diploma and credit contracts at one institution: one fixed part, then each enrolment's study points.
    fn combined(
        &mut self,
        bill: usize,
        draft: &BillDraft,
        enrolments: &[Enrolment],
        status: StudentStatus,
    ) -> Option<Cents> {
        let members: Vec<&Enrolment> = draft.enrolments.iter().map(|&i| &enrolments[i]).collect();
        let all_grant = members.iter().all(|e| rate_of(e, status) == Rate::Grant);
        let institution = &draft.institution;
        if all_grant {
            let credits: i64 = members.iter().map(|e| e.credits).sum();
            let parameter = self.figure("fee/grant_flat")?;
            let text = format!(
                "Beurstarief: één verminderd vast bedrag voor alle {} op diplomacontract bij {institution}, geen bedrag per studiepunt",
                points(credits)
            );
            return Some(self.line(bill, LineKind::GrantFlat, text, None, parameter));
        }

        let mut total = Some(Cents::ZERO);
        let fixed = self.figure("fee/standard_fixed").map(|parameter| {
            let text = format!(
                "Vast gedeelte: één keer per academiejaar voor alle diploma- en creditcontracten bij {institution} samen"
            );
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        total = total.zip(fixed).map(|(a, b)| a + b);
        for enrolment in members {
            let contract = contract_nl(enrolment.contract);
            let amount = match rate_of(enrolment, status) {
                Rate::Standard => self.figure("fee/standard_per_credit").map(|parameter| {
                    let why = if enrolment.contract == Contract::Credit {
                        "creditcontracten betalen altijd het standaardtarief"
                    } else {
                        "niet-beurstarief"
                    };
                    let text = format!("{} op {contract} × {} ({why})", points(enrolment.credits), parameter.display);
                    self.line(bill, LineKind::PerCredit, text, Some(enrolment.credits), parameter)
                }),
                Rate::NearGrant => self.figure("fee/near_grant_per_credit").map(|parameter| {
                    let text = format!("{} op {contract} × {} (bijna-beurstarief)", points(enrolment.credits), parameter.display);
                    self.line(bill, LineKind::PerCredit, text, Some(enrolment.credits), parameter)
                }),
                Rate::Grant => self.figure("fee/grant_flat").map(|parameter| {
                    // The reduced grant amount is covered by the standard fixed part already owed here.
                    let text = format!(
                        "{} op {contract} aan beurstarief: geen bedrag per studiepunt; het verminderde vaste bedrag ({}) valt weg omdat het volle vaste gedeelte al verschuldigd is voor je creditcontract bij deze instelling",
                        points(enrolment.credits),
                        parameter.display
                    );
                    let line = FeeLine {
                        bill,
                        kind: LineKind::PerCredit,
                        text,
                        credits: Some(enrolment.credits),
                        amount_cents: Cents::ZERO,
                        parameter: Some(parameter),
                    };
                    self.lines.push(line);
                    Cents::ZERO
                }),
            };
            total = total.zip(amount).map(|(a, b)| a + b);
        }
        total
    }

    /// A separately billed bachelor-after-bachelor or master-after-master at the standard rate.
    fn standard(&mut self, bill: usize, credits: i64, name: &str) -> Option<Cents> {
        let fixed = self.figure("fee/standard_fixed").map(|parameter| {
            let text = format!("Vast gedeelte, opnieuw verschuldigd voor deze {name}");
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        let variable = self.figure("fee/standard_per_credit").map(|parameter| {
            let text = format!("{} × {} (standaardtarief, geen vermindering)", points(credits), parameter.display);
            self.line(bill, LineKind::PerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    fn exam(&mut self, bill: usize, credits: i64) -> Option<Cents> {
        let fixed = self.figure("fee/exam_fixed").map(|parameter| {
            let text = "Vast gedeelte van dit examencontract (elk examencontract apart)".to_owned();
            self.line(bill, LineKind::ExamFixed, text, None, parameter)
        });
        let variable = self.figure("fee/exam_per_credit").map(|parameter| {
            let text = format!("{} op examencontract × {}", points(credits), parameter.display);
            self.line(bill, LineKind::ExamPerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    /// A sentence about the legal maximum, when it is known for this year (information only).
    fn banaba_maximum(&self) -> String {
        match (
            self.figures.get("fee/bachelor_after_bachelor_max_fixed"),
            self.figures.get("fee/bachelor_after_bachelor_max_per_credit"),
        ) {
            (Ok(fixed), Ok(per)) => format!(
                "Het wettelijke maximum in {} was {} + {} ({}).",
                fixed.period,
                fixed.display,
                per.display,
                fixed.status.label(self.figures.language)
            ),
            _ => format!(
                "Het wettelijke maximum voor {} is niet gevonden; vraag het tarief op bij de instelling.",
                self.figures.year
            ),
        }
    }

    fn manama_maximum(&self) -> String {
        match self.figures.get("fee/master_after_master_max_total") {
            Ok(max) => format!(
                "Het wettelijke maximum in {} was {} in totaal ({}).",
                max.period,
                max.display,
                max.status.label(self.figures.language)
            ),
            Err(_) => format!(
                "Het wettelijke maximum voor {} is niet gevonden; vraag het tarief op bij de instelling.",
                self.figures.year
            ),
        }
    }

    fn learning_credit(&mut self, scenario: &Scenario) -> LearningCredit {
        let using: i64 = scenario
            .enrolments
            .iter()
            .filter(|e| e.programme == Programme::Initial && e.contract != Contract::Exam)
            .map(|e| e.credits)
            .sum();
        let not_applicable = |text: &str| LearningCredit {
            applies: false,
            credits_using_learning_credit: using,
            credits_without_learning_credit: 0,
            max_cents: Some(Cents::ZERO),
            text: text.to_owned(),
            parameter: None,
        };
        if scenario.student.status != StudentStatus::NonGrant {
            return not_applicable("Geen toeslag: beurstarief- en bijna-beursstudenten vallen niet onder de toeslag voor studiepunten zonder leerkrediet.");
        }
        if using == 0 {
            return not_applicable("Geen toeslag: je neemt geen studiepunten op die leerkrediet gebruiken (alleen diploma- en creditcontracten in initiële opleidingen doen dat; examencontracten, bachelor-na-bachelors, master-na-masters en postgraduaten niet).");
        }
        let Some(balance) = scenario.student.learning_credit else {
            return LearningCredit {
                applies: true,
                ..not_applicable("Geen leerkrediet ingevuld: we gaan ervan uit dat je genoeg leerkrediet hebt voor al je studiepunten.")
            };
        };
        let without = (using - balance.max(0)).clamp(0, using);
        if without == 0 {
            return LearningCredit {
                applies: true,
                ..not_applicable(&format!(
                    "Geen toeslag: je leerkrediet ({balance}) dekt de {} die je opneemt.",
                    points(using)
                ))
            };
        }
        match self.figures.get("fee/learning_credit_surcharge_per_credit") {
            Ok(parameter) => {
                let max = parameter.hundredths().as_cents().times(without);
                LearningCredit {
                    applies: true,
                    credits_using_learning_credit: using,
                    credits_without_learning_credit: without,
                    max_cents: Some(max),
                    text: format!(
                        "Je leerkrediet ({balance}) dekt {} van de {}: voor {} zonder leerkrediet mag de instelling maximaal {} extra vragen, samen hoogstens {}. Ze is daartoe niet verplicht, en je kan je dan enkel inschrijven met haar toestemming.",
                        points(using.min(balance.max(0))),
                        points(using),
                        points(without),
                        parameter.display,
                        max
                    ),
                    parameter: Some(parameter),
                }
            }
            Err(missing) => {
                let text = format!(
                    "Voor {} zonder leerkrediet kan de instelling een toeslag vragen, maar het maximum voor {} is niet gepubliceerd.",
                    points(without),
                    self.figures.year
                );
                self.ledger.record(Err(missing));
                LearningCredit {
                    applies: true,
                    credits_using_learning_credit: using,
                    credits_without_learning_credit: without,
                    max_cents: None,
                    text,
                    parameter: None,
                }
            }
        }
    }

    fn extra_costs(&mut self, scenario: &Scenario) -> Vec<ExtraCost> {
        scenario
            .language_tests
            .iter()
            .map(|test| {
                let id = match (test.test, test.session) {
                    (LanguageTestKind::Itna, TestSession::Open) => "extra_costs/itna_open_session",
                    (LanguageTestKind::Itna, TestSession::Individual) => "extra_costs/itna_individual",
                    (LanguageTestKind::Itna, TestSession::Group) => "extra_costs/itna_group",
                    (LanguageTestKind::Itace, TestSession::Open) => "extra_costs/itace_open_session",
                    (LanguageTestKind::Itace, _) => "extra_costs/itace_individual",
                };
                match self.figures.get(id) {
                    Ok(parameter) => ExtraCost {
                        label: parameter.label.clone(),
                        amount_cents: Some(parameter.hundredths().as_cents()),
                        parameter: Some(parameter),
                        missing: None,
                    },
                    Err(missing) => ExtraCost {
                        label: missing.label.clone(),
                        amount_cents: None,
                        parameter: None,
                        missing: Some(missing),
                    },
                }
            })
            .collect()
    }
}
