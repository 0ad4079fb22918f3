//! Small phrases shared by the leave explanations, in the language of the outcome.

use crate::i18n::Language;
use crate::scenario::Contract;

/// `1 studiepunt`, `30 crédits`, `30 credits`.
pub fn points(language: Language, credits: i64) -> String {
    language.count("count-credits", credits)
}

/// A parameter's fraction (in hundredths) as a whole percentage: 80 for `0.80`.
pub fn fraction_percent(hundredths: i64) -> i64 {
    hundredths
}

/// `diplomacontract`, `contrat de diplôme`, `diploma contract`.
pub fn contract(language: Language, contract: Contract) -> String {
    language.text(match contract {
        Contract::Diploma => "leave-contract-diploma",
        Contract::Credit => "leave-contract-credit",
        Contract::Exam => "leave-contract-exam",
    })
}

/// `1 maand`, `4 mois`, `4 months`.
pub fn months(language: Language, count: i64) -> String {
    language.count("count-months", count)
}

/// `1 procentpunt`, `10 points de pourcentage`, `10 percentage points`.
pub fn percentage_points(language: Language, count: i64) -> String {
    language.count("count-percentage-points", count)
}

/// `1 lestijd`, `32 périodes de cours`, `32 lesson periods`.
pub fn lesson_periods(language: Language, count: i64) -> String {
    language.count("count-lesson-periods", count)
}

/// The items of a list inside a sentence: `a; b` (`a ; b` in French).
pub fn list(language: Language, items: &[String]) -> String {
    items.join(&language.text("leave-list-separator"))
}

/// `yes` or `no`, for a message that selects on it.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}
