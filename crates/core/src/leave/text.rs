//! Small Dutch phrases shared by the leave explanations.

use crate::scenario::Contract;

/// `1 studiepunt`, `30 studiepunten`.
pub fn points(credits: i64) -> String {
    if credits == 1 {
        "1 studiepunt".to_owned()
    } else {
        format!("{credits} studiepunten")
    }
}

/// `80 %`.
pub fn percent(value: i64) -> String {
    format!("{value} %")
}

/// A parameter's fraction (in hundredths) as a whole percentage: 80 for `0.80`.
pub fn fraction_percent(hundredths: i64) -> i64 {
    hundredths
}

pub fn contract_nl(contract: Contract) -> &'static str {
    match contract {
        Contract::Diploma => "diplomacontract",
        Contract::Credit => "creditcontract",
        Contract::Exam => "examencontract",
    }
}

/// `1 maand`, `4 maanden`.
pub fn months(count: i64) -> String {
    if count == 1 {
        "1 maand".to_owned()
    } else {
        format!("{count} maanden")
    }
}

/// `1 procentpunt`, `10 procentpunten`.
pub fn percentage_points(count: i64) -> String {
    if count == 1 {
        "1 procentpunt".to_owned()
    } else {
        format!("{count} procentpunten")
    }
}

/// `1 lestijd`, `32 lestijden`.
pub fn lesson_periods(count: i64) -> String {
    if count == 1 {
        "1 lestijd".to_owned()
    } else {
        format!("{count} lestijden")
    }
}
