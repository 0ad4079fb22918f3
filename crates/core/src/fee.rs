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
use crate::i18n::Language;
use crate::money::{Cents, Hundredths};
use crate::params::{Lookup, ParamId};
use crate::scenario::{Contract, Enrolment, LanguageTestKind, Programme, Scenario, StudentStatus, TestSession};
use crate::tr;
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
    /// What the line is, in the language of the outcome: the rule and the arithmetic.
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

    let language = figures.language;
    let mut notes = Vec::new();
    if bills.iter().any(|b| b.kind == BillKind::Combined) {
        notes.push(tr!(language, "fee-note-fixed-part-yearly"));
    }
    if let Some(flat) = AbolishedFlatFee::read(figures) {
        let in_band = bills.iter().any(|b| {
            b.kind == BillKind::Combined
                && (flat.low..=flat.high)
                    .contains(&b.enrolments.iter().map(|&i| scenario.enrolments[i].credits).sum::<i64>())
        });
        if in_band {
            notes.push(tr!(
                language,
                "fee-note-no-flat-fee",
                low = flat.low.to_string(),
                high = flat.high.to_string(),
                amount = language.money(flat.amount),
                year = flat.year.to_string(),
                reform = flat.abolished.to_string()
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

/// `1 studiepunt`, `60 studiepunten`, `60 crédits`: the number written as typed, without
/// thousands separators, as the fee's lines have always shown it.
fn points(language: Language, credits: i64) -> String {
    language.format("count-credits", &crate::fluent_args!(count = credits, amount = credits.to_string()))
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

    fn line(&mut self, bill: usize, kind: LineKind, text: String, credits: Option<i64>, parameter: ParamUse) -> Cents {
        let amount_cents = parameter.hundredths().as_cents().times(credits.unwrap_or(1));
        self.lines.push(FeeLine { bill, kind, text, credits, amount_cents, parameter: Some(parameter) });
        amount_cents
    }

    fn bill(&mut self, index: usize, draft: BillDraft, enrolments: &[Enrolment], status: StudentStatus) -> Bill {
        let language = self.figures.language;
        let institution = draft.institution.clone();
        let mut notes = Vec::new();
        let (title, subtotal) = match draft.kind {
            BillKind::Combined => {
                let title = tr!(language, "fee-bill-combined", institution = institution.as_str());
                (title, self.combined(index, &draft, enrolments, status))
            }
            BillKind::BachelorAfterBachelor | BillKind::MasterAfterMaster => {
                let enrolment = &enrolments[draft.enrolments[0]];
                let (kind, maximum) = if draft.kind == BillKind::BachelorAfterBachelor {
                    ("banaba", self.banaba_maximum())
                } else {
                    ("manama", self.manama_maximum())
                };
                notes.push(tr!(language, "fee-note-separate", kind = kind, maximum = maximum));
                let title = tr!(
                    language,
                    "fee-bill-separate",
                    institution = institution.as_str(),
                    kind = kind,
                    contract = contract_key(enrolment.contract)
                );
                (title, self.standard(index, enrolment.credits, kind))
            }
            BillKind::Exam => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push(tr!(language, "fee-note-exam"));
                let title = tr!(language, "fee-bill-exam", institution = institution.as_str());
                (title, self.exam(index, enrolment.credits))
            }
            BillKind::Postinitial => {
                let enrolment = &enrolments[draft.enrolments[0]];
                notes.push(tr!(language, "fee-note-postinitial"));
                let title = tr!(language, "fee-bill-postinitial", institution = institution.as_str());
                let subtotal = enrolment.institution_price_cents.map(|price| {
                    let amount_cents = Cents(price);
                    self.lines.push(FeeLine {
                        bill: index,
                        kind: LineKind::InstitutionPrice,
                        text: tr!(language, "fee-line-institution-price"),
                        credits: Some(enrolment.credits),
                        amount_cents,
                        parameter: None,
                    });
                    amount_cents
                });
                if subtotal.is_none() {
                    notes.push(tr!(language, "fee-note-enter-price"));
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
        let language = self.figures.language;
        let members: Vec<&Enrolment> = draft.enrolments.iter().map(|&i| &enrolments[i]).collect();
        let all_grant = members.iter().all(|e| rate_of(e, status) == Rate::Grant);
        let institution = draft.institution.as_str();
        if all_grant {
            let credits: i64 = members.iter().map(|e| e.credits).sum();
            let parameter = self.figure(ParamId::FeeGrantFlat)?;
            let text =
                tr!(language, "fee-line-grant-flat", credits = points(language, credits), institution = institution);
            return Some(self.line(bill, LineKind::GrantFlat, text, None, parameter));
        }

        let mut total = Some(Cents::ZERO);
        let fixed = self.figure(ParamId::FeeStandardFixed).map(|parameter| {
            let text = tr!(language, "fee-line-fixed-part", institution = institution);
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        total = total.zip(fixed).map(|(a, b)| a + b);
        for enrolment in members {
            let contract = contract_key(enrolment.contract);
            let credits = points(language, enrolment.credits);
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
                        let text = tr!(
                            language,
                            "fee-line-per-credit",
                            credits = credits,
                            contract = contract,
                            rate = parameter.display.as_str(),
                            reason = reason
                        );
                        self.line(bill, LineKind::PerCredit, text, Some(enrolment.credits), parameter)
                    })
                }
                Rate::Grant => self.figure(ParamId::FeeGrantFlat).map(|parameter| {
                    // The reduced grant amount is covered by the standard fixed part already owed here
                    // (a grant rate applies to diploma contracts only).
                    let text = tr!(
                        language,
                        "fee-line-grant-in-combined",
                        credits = credits,
                        amount = parameter.display.as_str()
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
    /// `kind` is `banaba` or `manama`, as the messages select it.
    fn standard(&mut self, bill: usize, credits: i64, kind: &'static str) -> Option<Cents> {
        let language = self.figures.language;
        let fixed = self.figure(ParamId::FeeStandardFixed).map(|parameter| {
            let text = tr!(language, "fee-line-fixed-part-again", kind = kind);
            self.line(bill, LineKind::FixedPart, text, None, parameter)
        });
        let variable = self.figure(ParamId::FeeStandardPerCredit).map(|parameter| {
            let text = tr!(
                language,
                "fee-line-per-credit-standard",
                credits = points(language, credits),
                rate = parameter.display.as_str()
            );
            self.line(bill, LineKind::PerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    fn exam(&mut self, bill: usize, credits: i64) -> Option<Cents> {
        let language = self.figures.language;
        let fixed = self.figure(ParamId::FeeExamFixed).map(|parameter| {
            let text = tr!(language, "fee-line-exam-fixed");
            self.line(bill, LineKind::ExamFixed, text, None, parameter)
        });
        let variable = self.figure(ParamId::FeeExamPerCredit).map(|parameter| {
            let text = tr!(
                language,
                "fee-line-exam-per-credit",
                credits = points(language, credits),
                rate = parameter.display.as_str()
            );
            self.line(bill, LineKind::ExamPerCredit, text, Some(credits), parameter)
        });
        fixed.zip(variable).map(|(a, b)| a + b)
    }

    /// A sentence about the legal maximum, when it is known for this year (information only).
    fn banaba_maximum(&self) -> String {
        let language = self.figures.language;
        match (
            self.figures.get(ParamId::FeeBachelorAfterBachelorMaxFixed),
            self.figures.get(ParamId::FeeBachelorAfterBachelorMaxPerCredit),
        ) {
            (Ok(fixed), Ok(per)) => tr!(
                language,
                "fee-maximum-banaba",
                period = fixed.period.as_str(),
                fixed = fixed.display.as_str(),
                per_credit = per.display.as_str(),
                status = fixed.status.label(language)
            ),
            _ => self.maximum_unknown(),
        }
    }

    fn manama_maximum(&self) -> String {
        let language = self.figures.language;
        match self.figures.get(ParamId::FeeMasterAfterMasterMaxTotal) {
            Ok(max) => tr!(
                language,
                "fee-maximum-manama",
                period = max.period.as_str(),
                maximum = max.display.as_str(),
                status = max.status.label(language)
            ),
            Err(_) => self.maximum_unknown(),
        }
    }

    fn maximum_unknown(&self) -> String {
        tr!(self.figures.language, "fee-maximum-unknown", year = self.figures.year.to_string())
    }

    fn learning_credit(&mut self, scenario: &Scenario) -> LearningCredit {
        let language = self.figures.language;
        let using: i64 = scenario
            .enrolments
            .iter()
            .filter(|e| e.programme == Programme::Initial && e.contract != Contract::Exam)
            .map(|e| e.credits)
            .sum();
        let not_applicable = |text: String| LearningCredit {
            applies: false,
            credits_using_learning_credit: using,
            credits_without_learning_credit: 0,
            max_cents: Some(Cents::ZERO),
            text,
            parameter: None,
        };
        if scenario.student.status != StudentStatus::NonGrant {
            return not_applicable(tr!(language, "fee-learning-credit-not-for-status"));
        }
        if using == 0 {
            return not_applicable(tr!(language, "fee-learning-credit-not-used"));
        }
        let Some(balance) = scenario.student.learning_credit else {
            return LearningCredit {
                applies: true,
                ..not_applicable(tr!(language, "fee-learning-credit-not-entered"))
            };
        };
        let without = (using - balance.max(0)).clamp(0, using);
        if without == 0 {
            let text = tr!(
                language,
                "fee-learning-credit-covered",
                balance = balance.to_string(),
                credits = points(language, using)
            );
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
                    text: tr!(
                        language,
                        "fee-learning-credit-surcharge",
                        balance = balance.to_string(),
                        covered = points(language, using.min(balance.max(0))),
                        credits = points(language, using),
                        without = points(language, without),
                        rate = parameter.display.as_str(),
                        maximum = language.money(max)
                    ),
                    parameter: Some(parameter),
                }
            }
            Err(missing) => {
                let text = tr!(
                    language,
                    "fee-learning-credit-unpublished",
                    without = points(language, without),
                    year = self.figures.year.to_string()
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

#[cfg(test)]
mod tests {
    use crate::{evaluate_json, Language, Outcome};

    const EXAMPLE: &str = r#"{"academic_year": "2024-2025",
        "student": {"status": "non_grant", "learning_credit": 140},
        "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 60}]}"#;

    fn outcome(json: &str, language: Language) -> Outcome {
        match evaluate_json(json, language) {
            Ok(outcome) => outcome,
            Err(error) => panic!("{error}"),
        }
    }

    fn texts(outcome: &Outcome) -> Vec<String> {
        let fee = outcome.fee.as_ref().expect("a fee");
        fee.lines.iter().map(|l| l.text.clone()).collect()
    }

    #[test]
    fn the_documented_example_in_english() {
        let outcome = outcome(EXAMPLE, Language::English);
        let fee = outcome.fee.as_ref().expect("a fee");
        assert_eq!(fee.total_cents.map(|c| c.0), Some(111_600));
        assert_eq!(fee.bills[0].title, "A: diploma and credit contracts (diplomacontract, creditcontract) together");
        assert_eq!(fee.lines[0].parameter.as_ref().map(|p| p.display.as_str()), Some("€288.00"));
        assert_eq!(
            texts(&outcome),
            [
                "Fixed part: once per academic year for all diploma and credit contracts at A together",
                "60 credits on a diploma contract × €13.80 per credit (standard rate)",
            ]
        );
        assert_eq!(
            fee.learning_credit.text,
            "No surcharge: your learning credit (leerkrediet) of 140 covers the 60 credits you are taking."
        );
        assert!(outcome.study_grant.text.starts_with("A study grant (studietoelage) is possible"));
    }

    #[test]
    fn the_documented_example_in_french_and_dutch() {
        let french = outcome(EXAMPLE, Language::French);
        let fee = french.fee.as_ref().expect("a fee");
        assert_eq!(fee.total_cents.map(|c| c.0), Some(111_600));
        assert_eq!(fee.lines[0].parameter.as_ref().map(|p| p.display.as_str()), Some("€ 288,00"));
        assert_eq!(texts(&french)[1], "60 crédits en contrat de diplôme × € 13,80 par crédit (tarif standard)");
        assert_eq!(
            fee.bills[0].title,
            "A\u{a0}: contrats de diplôme et de crédits (diplomacontract, creditcontract) ensemble"
        );
        assert_eq!(
            french.study_grant.conditions[0].text,
            "Au moins 27 crédits en contrat de diplôme dans une formation initiale (finançable)\u{a0}: vous en avez 60"
        );
        let dutch = outcome(EXAMPLE, Language::Dutch);
        assert_eq!(
            texts(&dutch),
            [
                "Vast gedeelte: één keer per academiejaar voor alle diploma- en creditcontracten bij A samen",
                "60 studiepunten op diplomacontract × € 13,80 per studiepunt (niet-beurstarief)",
            ]
        );
    }

    #[test]
    fn a_grant_student_with_a_credit_contract_in_every_language() {
        let json = r#"{"academic_year": "2024-2025", "student": {"status": "grant"},
            "enrolments": [{"institution": "A", "contract": "diploma", "programme": "initial", "credits": 1},
                           {"institution": "A", "contract": "credit", "programme": "initial", "credits": 10}]}"#;
        let line = |language| texts(&outcome(json, language))[1].clone();
        assert_eq!(
            line(Language::Dutch),
            "1 studiepunt op diplomacontract aan beurstarief: geen bedrag per studiepunt; het verminderde vaste bedrag (€ 131,50) valt weg omdat het volle vaste gedeelte al verschuldigd is voor je creditcontract bij deze instelling"
        );
        assert!(line(Language::English).starts_with("1 credit on a diploma contract at the grant rate: no amount per credit; the reduced fixed amount (€131.50)"), "{}", line(Language::English));
        assert!(
            line(Language::French).starts_with("1 crédit en contrat de diplôme au tarif boursier\u{a0}:"),
            "{}",
            line(Language::French)
        );
        let english = outcome(json, Language::English);
        assert_eq!(
            english.study_grant.conditions[1].text,
            "10 credits on a credit or exam contract, or in an advanced or post-initial programme, do not count towards a study grant"
        );
        assert_eq!(
            english.study_grant.text,
            "No study grant (studietoelage) possible: you have 1 credit on a diploma contract, and at least 27 are needed (26 more). Exception: in your diploma year it may be fewer."
        );
    }

    /// Since 2015-2016 no flat fee: 54, 60 and 66 study points cost the fixed part plus the
    /// points, and a note names the old band and UGent's 2013-2014 amount from the parameters.
    #[test]
    fn the_abolished_flat_fee_is_explained_in_its_old_band_only() {
        let note = |notes: &[String], start: &str| notes.iter().find(|n| n.starts_with(start)).cloned();
        for (credits, total, in_band) in
            [(53, 101_940, false), (54, 103_320, true), (60, 111_600, true), (66, 119_880, true), (67, 121_260, false)]
        {
            let json = EXAMPLE.replace("\"diploma\"", "\"credit\"").replace("60}", &format!("{credits}}}"));
            let dutch = outcome(&json, Language::Dutch);
            let fee = dutch.fee.as_ref().expect("a fee");
            assert_eq!(fee.total_cents.map(|c| c.0), Some(total), "{credits}");
            let flat = note(&fee.notes, "Een forfaitair studiegeld");
            assert_eq!(flat.is_some(), in_band, "{credits}: {:?}", fee.notes);
            if let Some(flat) = flat {
                assert_eq!(
                    flat,
                    "Een forfaitair studiegeld voor 54 tot 66 studiepunten bestond vóór de hervorming van 2015-2016 (in 2013-2014 bij UGent € 610,60). Sinds 2015-2016 is het studiegeld voor elk aantal studiepunten het vaste gedeelte plus een bedrag per studiepunt; alle gepubliceerde tabellen sinds 2020-2021 rekenen zo."
                );
                let english = outcome(&json, Language::English);
                let english = note(&english.fee.as_ref().expect("a fee").notes, "A flat tuition fee");
                assert_eq!(
                    english.as_deref(),
                    Some("A flat tuition fee for 54 to 66 credits existed before the 2015-2016 reform (€610.60 at UGent in 2013-2014). Since 2015-2016 the tuition fee for any number of credits has been the fixed part plus an amount per credit; every table published since 2020-2021 works this way.")
                );
                let french = outcome(&json, Language::French);
                let french = note(&french.fee.as_ref().expect("a fee").notes, "Des droits d'inscription forfaitaires");
                assert!(
                    french.as_deref().is_some_and(|n| n.contains("pour 54 à 66 crédits existaient avant la réforme de 2015-2016 (€ 610,60 à l'UGent en 2013-2014)")),
                    "{french:?}"
                );
            }
        }
    }

    #[test]
    fn the_surcharge_for_missing_learning_credit_in_english() {
        let json = EXAMPLE.replace("140", "50");
        let english = outcome(&json, Language::English);
        let credit = &english.fee.as_ref().expect("a fee").learning_credit;
        assert_eq!(credit.max_cents.map(|c| c.0), Some(13_800));
        assert_eq!(
            credit.text,
            "Your learning credit (leerkrediet) of 50 covers 50 credits of the 60 credits you are taking: for 10 credits without learning credit the institution may charge at most €13.80 per credit extra, €138.00 in all. It is not obliged to, and you can then only enrol with its permission."
        );
    }
}
