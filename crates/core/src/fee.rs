//! The statutory study fee (studiegeld) of Flemish higher education.
//!
//! Rules (SERV advice "Een leven lang student" §2.2–2.3; the institutions' fee tables):
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
//! - the flat fee for a band of study points (54–66, `fee/flat_fee*`) was abolished with
//!   the 2015-2016 reform: every published table since is linear, so none is applied;
//! - a non-grant student with less learning credit than the study points taken may be
//!   charged at most an indexed surcharge per study point without learning credit;
//!   that maximum is reported apart from the statutory fee.

use crate::explain::{self, Figures, FiguresStatus, Ledger, MissingFigure, ParamUse};
use crate::message::{Arg, Message};
use crate::money::{Cents, Hundredths};
use crate::msg;
use crate::params::{Lookup, ParamId};
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
    pub figures_status: FiguresStatus,
    /// The earlier years whose figures stand in for this year's unpublished ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub estimated_from: Vec<String>,
    pub notes: Vec<Message>,
}

/// A group of enrolments billed together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bill {
    pub kind: BillKind,
    pub institution: String,
    pub title: Message,
    /// Indices into the scenario's enrolments.
    pub enrolments: Vec<usize>,
    /// `None` when a figure is missing.
    pub subtotal_cents: Option<Cents>,
    /// Whether the subtotal counts towards the statutory fee (not for a post-initial price).
    pub statutory: bool,
    pub notes: Vec<Message>,
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
    /// What the line is: the rule and the arithmetic.
    pub text: Message,
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
    pub text: Message,
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

/// Computes the fee for a validated scenario.
pub fn compute(scenario: &Scenario, figures: Figures<'_>) -> FeeOutcome {
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
        notes.push(msg!(FeeNoteFixedPartYearly));
    }
    if let Some(flat) = AbolishedFlatFee::read(figures) {
        let in_band = bills.iter().any(|b| {
            b.kind == BillKind::Combined
                && (flat.low..=flat.high)
                    .contains(&b.enrolments.iter().map(|&i| scenario.enrolments[i].credits).sum::<i64>())
        });
        if in_band {
            notes.push(msg!(
                FeeNoteNoFlatFee,
                low = Arg::Integer(flat.low),
                high = Arg::Integer(flat.high),
                amount = flat.amount,
                year = flat.year,
                reform = flat.abolished
            ));
        }
    }

    // Every figure shown counts, the prices of language tests included.
    let shown = || {
        builder
            .ledger
            .used
            .iter()
            .chain(&learning_credit.parameter)
            .chain(extra_costs.iter().flat_map(|c| &c.parameter))
    };
    let figures_status = FiguresStatus::of(shown(), total_cents.is_none());
    let estimated_from = explain::estimated_from(shown());

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
        figures_status,
        estimated_from,
        notes,
    }
}

const FLAT_FEE: ParamId = ParamId::FeeFlatFee;
const FLAT_FEE_MIN_CREDITS: ParamId = ParamId::FeeFlatFeeMinCredits;
const FLAT_FEE_MAX_CREDITS: ParamId = ParamId::FeeFlatFeeMaxCredits;

/// The flat fee for a band of study points that the system before the 2015-2016 reform
/// charged, as the parameters give it: only when they say it no longer applies in the year
/// asked (an explicit unavailable value), with the last figure before that. It is never
/// charged; a note says why a student in the band pays the linear fee.
struct AbolishedFlatFee {
    low: i64,
    high: i64,
    amount: Cents,
    /// The academic year of the amount (2013-2014).
    year: AcademicYear,
    /// The first academic year without it (2015-2016).
    abolished: AcademicYear,
}

impl AbolishedFlatFee {
    fn read(figures: Figures<'_>) -> Option<AbolishedFlatFee> {
        let last = |id: ParamId| -> Option<(Hundredths, AcademicYear, AcademicYear)> {
            let parameter = figures.params.get(id)?;
            let Lookup::Unpublished(abolished) = parameter.for_year(figures.year) else { return None };
            let (value, amount) = parameter.latest_figure_before(abolished.period)?;
            Some((amount, value.period.academic_year(), abolished.period.academic_year()))
        };
        let credits = |amount: Hundredths| (amount.0 % 100 == 0).then_some(amount.0 / 100);
        let (amount, year, abolished) = last(FLAT_FEE)?;
        let (low, ..) = last(FLAT_FEE_MIN_CREDITS)?;
        let (high, ..) = last(FLAT_FEE_MAX_CREDITS)?;
        Some(AbolishedFlatFee { low: credits(low)?, high: credits(high)?, amount: amount.as_cents(), year, abolished })
    }
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

/// The contract as the messages select it: `diploma`, `credit`, `exam`.
fn contract_key(contract: Contract) -> &'static str {
    match contract {
        Contract::Diploma => "diploma",
        Contract::Credit => "credit",
        Contract::Exam => "exam",
    }
}

struct Builder<'p> {
    figures: Figures<'p>,
    lines: Vec<FeeLine>,
    ledger: Ledger,
}

impl Builder<'_> {
    /// Looks a figure up, remembering it as used or missing.
    fn figure(&mut self, id: ParamId) -> Option<ParamUse> {
        self.ledger.record(self.figures.get(id))
    }

    fn line(&mut self, bill: usize, kind: LineKind, text: Message, credits: Option<i64>, parameter: ParamUse) -> Cents {
        let amount_cents = parameter.hundredths().as_cents().times(credits.unwrap_or(1));
        self.lines.push(FeeLine { bill, kind, text, credits, amount_cents, parameter: Some(parameter) });
        amount_cents
    }

    fn bill(&mut self, index: usize, draft: BillDraft, enrolments: &[Enrolment], status: StudentStatus) -> Bill {
        let institution = draft.institution.clone();
        let mut notes = Vec::new();
        let (title, subtotal) = match draft.kind {
            BillKind::Combined => {
                let title = msg!(FeeBillCombined, institution = institution.as_str());
                (title, self.combined(index, &draft, enrolments, status))
            }
            BillKind::BachelorAfterBachelor | BillKind::MasterAfterMaster => {
                let enrolment = &enrolments[draft.enrolments[0]];
                let (kind, maximum) = if draft.kind == BillKind::BachelorAfterBachelor {
                    ("banaba", self.banaba_maximum())
                } else {
                    ("manama", self.manama_maximum())
                };
                notes.push(msg!(FeeNoteSeparate, kind = Arg::Key(kind), maximum = maximum));
                let title = msg!(
                    FeeBillSeparate,
                    institution = institution.as_str(),
                    kind = Arg::Key(kind),
                    contract = Arg::Key(contract_key(enrolment.contract))
                );
                (title, self.standard(index, enrolment.credits, kind))
            }
            BillKind::Exam => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push(msg!(FeeNoteExam));
                let title = msg!(FeeBillExam, institution = institution.as_str());
                (title, self.exam(index, enrolment.credits))
            }
            BillKind::Postinitial => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push(msg!(FeeNotePostinitial));
                let title = msg!(FeeBillPostinitial, institution = institution.as_str());
                let subtotal = enrolment.institution_price_cents.map(|price| {
                    let amount_cents = Cents(price);
                    self.lines.push(FeeLine {
                        bill: index,
                        kind: LineKind::InstitutionPrice,
                        text: msg!(FeeLineInstitutionPrice),
                        credits: Some(enrolment.credits),
                        amount_cents,
                        parameter: None,
                    });
                    amount_cents
                });
                if subtotal.is_none() {
                    notes.push(msg!(FeeNoteEnterPrice));
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
        let institution = draft.institution.as_str();
        if all_grant {
            let credits: i64 = members.iter().map(|e| e.credits).sum();
            let parameter = self.figure(ParamId::FeeGrantFlat)?;
            let text = msg!(FeeLineGrantFlat, credits = Arg::Credits(credits), institution = institution);
            return Some(self.line(bill, LineKind::GrantFlat, text, None, parameter));
        }

        let mut total = Some(Cents::ZERO);
        let fixed = self.figure(ParamId::FeeStandardFixed).map(|parameter| {
            let text = msg!(FeeLineFixedPart, institution = institution);
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        total = total.zip(fixed).map(|(a, b)| a + b);
        for enrolment in members {
            let contract = contract_key(enrolment.contract);
            let credits = Arg::Credits(enrolment.credits);
            let amount = match rate_of(enrolment, status) {
                rate @ (Rate::Standard | Rate::NearGrant) => {
                    let (id, reason) = match rate {
                        Rate::NearGrant => (ParamId::FeeNearGrantPerCredit, "near-grant"),
                        _ if enrolment.contract == Contract::Credit => {
                            (ParamId::FeeStandardPerCredit, "credit-contract")
                        }
                        _ => (ParamId::FeeStandardPerCredit, "non-grant"),
                    };
                    self.figure(id).map(|parameter| {
                        let text = msg!(
                            FeeLinePerCredit,
                            credits = credits,
                            contract = Arg::Key(contract),
                            rate = parameter.figure(),
                            reason = Arg::Key(reason)
                        );
                        self.line(bill, LineKind::PerCredit, text, Some(enrolment.credits), parameter)
                    })
                }
                Rate::Grant => self.figure(ParamId::FeeGrantFlat).map(|parameter| {
                    // The reduced grant amount is covered by the standard fixed part already owed here
                    // (a grant rate applies to diploma contracts only).
                    let text = msg!(FeeLineGrantInCombined, credits = credits, amount = parameter.figure());
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
    /// `kind` is `banaba` or `manama`, as the messages select it.
    fn standard(&mut self, bill: usize, credits: i64, kind: &'static str) -> Option<Cents> {
        let fixed = self.figure(ParamId::FeeStandardFixed).map(|parameter| {
            let text = msg!(FeeLineFixedPartAgain, kind = Arg::Key(kind));
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        let variable = self.figure(ParamId::FeeStandardPerCredit).map(|parameter| {
            let text = msg!(FeeLinePerCreditStandard, credits = Arg::Credits(credits), rate = parameter.figure());
            self.line(bill, LineKind::PerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    fn exam(&mut self, bill: usize, credits: i64) -> Option<Cents> {
        let fixed = self.figure(ParamId::FeeExamFixed).map(|parameter| {
            let text = msg!(FeeLineExamFixed);
            self.line(bill, LineKind::ExamFixed, text, None, parameter)
        });
        let variable = self.figure(ParamId::FeeExamPerCredit).map(|parameter| {
            let text = msg!(FeeLineExamPerCredit, credits = Arg::Credits(credits), rate = parameter.figure());
            self.line(bill, LineKind::ExamPerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    /// A sentence about the legal maximum, when it is known for this year (information only).
    fn banaba_maximum(&self) -> Message {
        match (
            self.figures.get(ParamId::FeeBachelorAfterBachelorMaxFixed),
            self.figures.get(ParamId::FeeBachelorAfterBachelorMaxPerCredit),
        ) {
            (Ok(fixed), Ok(per)) => msg!(
                FeeMaximumBanaba,
                period = fixed.value_period,
                fixed = fixed.figure(),
                per_credit = per.figure(),
                status = fixed.status
            ),
            _ => self.maximum_unknown(),
        }
    }

    fn manama_maximum(&self) -> Message {
        match self.figures.get(ParamId::FeeMasterAfterMasterMaxTotal) {
            Ok(max) => msg!(FeeMaximumManama, period = max.value_period, maximum = max.figure(), status = max.status),
            Err(_) => self.maximum_unknown(),
        }
    }

    fn maximum_unknown(&self) -> Message {
        msg!(FeeMaximumUnknown, year = self.figures.year)
    }

    fn learning_credit(&mut self, scenario: &Scenario) -> LearningCredit {
        let using: i64 = scenario
            .enrolments
            .iter()
            .filter(|e| e.programme == Programme::Initial && e.contract != Contract::Exam)
            .map(|e| e.credits)
            .sum();
        let not_applicable = |text: Message| LearningCredit {
            applies: false,
            credits_using_learning_credit: using,
            credits_without_learning_credit: 0,
            max_cents: Some(Cents::ZERO),
            text,
            parameter: None,
        };
        if scenario.student.status != StudentStatus::NonGrant {
            return not_applicable(msg!(FeeLearningCreditNotForStatus));
        }
        if using == 0 {
            return not_applicable(msg!(FeeLearningCreditNotUsed));
        }
        let Some(balance) = scenario.student.learning_credit else {
            return LearningCredit { applies: true, ..not_applicable(msg!(FeeLearningCreditNotEntered)) };
        };
        let without = (using - balance.max(0)).clamp(0, using);
        if without == 0 {
            let text = msg!(FeeLearningCreditCovered, balance = Arg::Integer(balance), credits = Arg::Credits(using));
            return LearningCredit { applies: true, ..not_applicable(text) };
        }
        match self.figures.get(ParamId::FeeLearningCreditSurchargePerCredit) {
            Ok(parameter) => {
                let max = parameter.hundredths().as_cents().times(without);
                LearningCredit {
                    applies: true,
                    credits_using_learning_credit: using,
                    credits_without_learning_credit: without,
                    max_cents: Some(max),
                    text: msg!(
                        FeeLearningCreditSurcharge,
                        balance = Arg::Integer(balance),
                        covered = Arg::Credits(using.min(balance.max(0))),
                        credits = Arg::Credits(using),
                        without = Arg::Credits(without),
                        rate = parameter.figure(),
                        maximum = max
                    ),
                    parameter: Some(parameter),
                }
            }
            Err(missing) => {
                let text =
                    msg!(FeeLearningCreditUnpublished, without = Arg::Credits(without), year = self.figures.year);
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
                    (LanguageTestKind::Itna, TestSession::Open) => ParamId::ExtraCostsItnaOpenSession,
                    (LanguageTestKind::Itna, TestSession::Individual) => ParamId::ExtraCostsItnaIndividual,
                    (LanguageTestKind::Itna, TestSession::Group) => ParamId::ExtraCostsItnaGroup,
                    (LanguageTestKind::Itace, TestSession::Open) => ParamId::ExtraCostsItaceOpenSession,
                    (LanguageTestKind::Itace, _) => ParamId::ExtraCostsItaceIndividual,
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
