//! The leave calculator's words: hours and ranges of hours, lists of conditions, and the
//! messages of the reader of hours (serde errors carry no language, see [`hours_error`]).

use super::message;
use crate::fluent_args;
use crate::i18n::{FluentValue, Language};
use crate::leave::{Hours, HoursRange};
use crate::message::Message;

/// `125 uur`, `7,6 heures`, `1 hour`, `7.6 hours`: the number and the word, in the plural
/// form the number takes in that language.
pub fn hours(language: Language, hours: Hours) -> String {
    let operand = plural_operand(hours);
    language.format(
        "count-hours",
        &fluent_args!(count = FluentValue::try_number(&operand), amount = hours_number(language, hours)),
    )
}

/// `125`, `7,6`, `93,75` (`7.6`, `1,500` in English): decimals only when there are any.
pub fn hours_number(language: Language, hours: Hours) -> String {
    language.decimal(hours.0)
}

/// `750 tot 900 uur`, `750 à 900 heures`, `750 to 900 hours`; `750 uur` when both ends are equal.
pub fn hours_range(language: Language, range: HoursRange) -> String {
    if range.min == range.max {
        hours(language, range.min)
    } else {
        language.format(
            "hours-range",
            &fluent_args!(min = hours_number(language, range.min), max = hours_number(language, range.max)),
        )
    }
}

/// The number as plural rules read it: `1`, `7.6`, `0.05` (the visible decimals decide:
/// `1 hour`, but `1.5 hours`).
fn plural_operand(hours: Hours) -> String {
    let sign = if hours.0 < 0 { "-" } else { "" };
    let (whole, hundredths) = (hours.0.unsigned_abs() / 100, hours.0.unsigned_abs() % 100);
    match hundredths {
        0 => format!("{sign}{whole}"),
        h if h % 10 == 0 => format!("{sign}{whole}.{}", h / 10),
        h => format!("{sign}{whole}.{h:02}"),
    }
}

/// The items of a list inside a sentence: `a; b` (`a ; b` in French).
pub fn list(language: Language, items: &[Message]) -> String {
    let items: Vec<String> = items.iter().map(|item| message(item, language)).collect();
    items.join(&language.text("leave-list-separator"))
}

/// Why a JSON value is not a number of hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursError {
    TooLarge,
    NotHours,
    TooManyDecimals,
}

impl HoursError {
    const ALL: [HoursError; 3] = [HoursError::TooLarge, HoursError::NotHours, HoursError::TooManyDecimals];
}

/// The reader's error about `value`, in `language`. The reader itself writes it in one fixed
/// form, the Dutch message (which is also what a Dutch explanation shows), as serde errors
/// carry no language; [`translate_serde_error`] recognises that form and words it in any language.
pub fn hours_error(language: Language, error: HoursError, value: &str) -> String {
    let args = fluent_args!(value = value.to_owned());
    match error {
        HoursError::TooLarge => language.format("leave-error-hours-too-large", &args),
        HoursError::NotHours => language.format("leave-error-hours-not-a-number", &args),
        HoursError::TooManyDecimals => language.format("leave-error-hours-decimals", &args),
    }
}

/// What the reader of hours expects, as in serde's `expected …`.
pub fn expected_hours(language: Language) -> String {
    language.text("leave-error-hours-expected")
}

/// The value of an error in its fixed form: `Some((TooLarge, "1e20"))`.
fn recognise(text: &str) -> Option<(HoursError, &str)> {
    const MARK: &str = "\u{0}";
    HoursError::ALL.into_iter().find_map(|error| {
        let form = hours_error(Language::Dutch, error, MARK);
        let (before, after) = form.split_once(MARK)?;
        let value = text.strip_prefix(before)?.strip_suffix(after)?;
        (!value.is_empty() && !value.contains(' ')).then_some((error, value))
    })
}

/// Rewords the leave input's own serde errors — the messages of the [`Hours`] reader, and
/// its "expected …" in serde's type errors — in `language`; any other text comes back
/// unchanged (and so does every text in Dutch, the fixed form). A position serde appends
/// (` at line 1 column 80`) is kept.
pub fn translate_serde_error(raw: &str, language: Language) -> String {
    if language == Language::Dutch {
        return raw.to_owned();
    }
    let (text, position) = match raw.find(" at line ") {
        Some(at) => raw.split_at(at),
        None => (raw, ""),
    };
    if let Some((error, value)) = recognise(text) {
        return format!("{}{position}", hours_error(language, error, value));
    }
    let expected = expected_hours(Language::Dutch);
    if text.contains(&expected) {
        return format!("{}{position}", text.replace(&expected, &expected_hours(language)));
    }
    raw.to_owned()
}
