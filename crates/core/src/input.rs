//! Reading what a person types in a form field, in the notation of the language the page
//! is shown in: Dutch and French write `1.500,50` (a point groups thousands, a comma starts
//! the decimals), English writes `1,500.50`. The messages say what to type instead, in that
//! language. When the person switches language, [`retype_euros`] and [`retype_decimal`]
//! rewrite what is typed in the new notation, so that the same text never silently means
//! another amount.

use crate::i18n::Language;
use crate::money::{Cents, Hundredths};
use crate::tr;

/// `(thousands separator, decimal separator)` as people type them.
fn separators(language: Language) -> (char, char) {
    match language {
        Language::Dutch | Language::French => ('.', ','),
        Language::English => (',', '.'),
    }
}

/// A whole number such as `60` or `-10`, the same in every language. Spaces around it are ignored.
pub fn parse_whole_number(text: &str, language: Language) -> Result<i64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(tr!(language, "input-number-empty"));
    }
    let invalid = || tr!(language, "input-number-invalid", text = trimmed);
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    if digits.len() > 9 {
        return Err(tr!(language, "input-number-too-large", text = trimmed));
    }
    trimmed.parse().map_err(|_| invalid())
}

/// A non-negative number of at most nine whole digits and two decimals, in the notation of
/// `language`, without spaces: `1.500`, `1500,5`, `0,99` (Dutch, French), `1,500.50` (English).
/// Thousands may be grouped (every group after the first of three digits) or not at all.
/// `lenient` also reads a single decimal typed the other language's way (`30.4` in Dutch,
/// `30,4` in English): one or two digits after it cannot be a group of thousands.
fn read_number(cleaned: &str, language: Language, lenient: bool) -> Option<Hundredths> {
    let (thousands, decimal) = separators(language);
    let (whole, fraction) = match cleaned.split_once(decimal) {
        Some(parts) => parts,
        None => match cleaned.split_once(thousands) {
            Some((whole, fraction))
                if lenient && !fraction.contains(thousands) && (1..=2).contains(&fraction.len()) =>
            {
                (whole, fraction)
            }
            _ => (cleaned, ""),
        },
    };
    let groups: Vec<&str> = whole.split(thousands).collect();
    let well_grouped =
        groups.len() == 1 || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3));
    let whole_digits: String = groups.concat();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole_digits.is_empty()
        || whole_digits.len() > 9
        || !digits(&whole_digits)
        || !well_grouped
        || fraction.len() > 2
        || !digits(fraction)
    {
        return None;
    }
    let whole: i64 = whole_digits.parse().ok()?;
    let fraction: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    Some(Hundredths(whole * 100 + fraction))
}

/// The text of an amount without the euro sign (before or after it) and without spaces.
fn clean_euros(text: &str) -> String {
    text.trim().trim_start_matches('€').trim_end_matches('€').chars().filter(|c| !c.is_whitespace()).collect()
}

/// `1.500,00` or `1,500.00`: the amount the messages give as an example.
fn example_amount(language: Language) -> String {
    let (thousands, decimal) = separators(language);
    format!("1{thousands}500{decimal}00")
}

/// An amount in euros as people type it: `1500`, `1.500`, `1.500,50`, `€ 1500,5`, `1.500,50 €`
/// in Dutch and French; `1,500`, `1,500.50`, `€1500.5` in English.
pub fn parse_euros(text: &str, language: Language) -> Result<Cents, String> {
    let cleaned = clean_euros(text);
    if cleaned.is_empty() {
        return Err(tr!(language, "input-amount-empty"));
    }
    read_number(&cleaned, language, false)
        .map(Hundredths::as_cents)
        .ok_or_else(|| tr!(language, "input-amount-invalid", text = text.trim(), example = example_amount(language)))
}

/// A number with at most two decimals, such as `38`, `30,4` or `1.500` (Dutch, French) and
/// `30.4` or `1,500` (English), in hundredths. Unlike an amount in euros, a single decimal
/// typed the other way is read too (`30.4` on a Dutch page), as the app's forms always did.
pub fn parse_decimal(text: &str, language: Language) -> Result<Hundredths, String> {
    let cleaned: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.is_empty() {
        return Err(tr!(language, "input-number-empty"));
    }
    read_number(&cleaned, language, true).ok_or_else(|| {
        tr!(
            language,
            "input-decimal-invalid",
            text = text.trim(),
            whole = language.decimal(3_800),
            decimal = language.decimal(3_040)
        )
    })
}

/// The unit words a typed number of hours may end with, in any of the languages.
const HOUR_UNITS: [&str; 8] = ["heures", "heure", "hours", "hour", "uren", "uur", "u", "h"];

/// The text of a number of hours without a unit word after it (`7,6 uur`, `7.6 hours`, `7,6 h`).
fn without_hour_unit(text: &str) -> &str {
    let trimmed = text.trim();
    HOUR_UNITS
        .iter()
        .find_map(|unit| {
            let cut = trimmed.len().checked_sub(unit.len())?;
            let (number, end) = (trimmed.get(..cut)?, trimmed.get(cut..)?);
            end.eq_ignore_ascii_case(unit).then_some(number)
        })
        .unwrap_or(trimmed)
        .trim()
}

/// The examples a message about typed hours gives: a whole and a decimal number of hours.
const WEEKLY_HOURS_EXAMPLES: [Hundredths; 2] = [Hundredths(3_800), Hundredths(3_040)];

/// A number of hours as people type it: `38`, `7,6`, `7,6 uur` (Dutch), `7,6 h` (French),
/// `7.6 hours` (English); at most two decimals, in hundredths of an hour. Read as leniently
/// as [`parse_decimal`]; the message for what cannot be read gives `38` and `30,4` as examples.
pub fn parse_hours(text: &str, language: Language) -> Result<Hundredths, String> {
    read_hours(text, language, true, WEEKLY_HOURS_EXAMPLES)
}

/// [`parse_hours`] for a field whose range does not hold `38` or `30,4`: the message gives
/// `examples` (a whole and a decimal number of hours) instead, so that they can be typed there.
pub fn parse_hours_like(text: &str, language: Language, examples: [Hundredths; 2]) -> Result<Hundredths, String> {
    read_hours(text, language, true, examples)
}

fn read_hours(text: &str, language: Language, lenient: bool, examples: [Hundredths; 2]) -> Result<Hundredths, String> {
    let number: String = without_hour_unit(text).chars().filter(|c| !c.is_whitespace()).collect();
    if number.is_empty() {
        return Err(tr!(language, "input-hours-empty"));
    }
    read_number(&number, language, lenient).ok_or_else(|| {
        let [whole, decimal] = examples.map(|example| typed_hours(example, language));
        tr!(language, "input-hours-invalid", text = text.trim(), whole = whole, decimal = decimal)
    })
}

/// Swaps the separators of one notation for those of the other, leaving everything else
/// (spaces, the euro sign, a unit word) as it was typed.
fn swap_separators(text: &str, from: Language, to: Language) -> String {
    let (from_thousands, from_decimal) = separators(from);
    let (to_thousands, to_decimal) = separators(to);
    text.chars()
        .map(|c| {
            if c == from_thousands {
                to_thousands
            } else if c == from_decimal {
                to_decimal
            } else {
                c
            }
        })
        .collect()
}

/// An amount as the form writes it into a field, for [`parse_euros`] to read back:
/// `1.500,50` (`1,500.50` in English), without the euro sign the field's label already gives.
pub fn typed_euros(amount: Cents, language: Language) -> String {
    let written = language.money(amount);
    let number = written.trim_matches(|c: char| c == '€' || c.is_whitespace());
    // Typed back into a field, thousands are grouped the way people type them.
    number.replace('\u{202f}', &separators(language).0.to_string())
}

/// A number of hours as the form writes it into a field, for [`parse_hours`] to read back:
/// `38`, `30,4`, `1000` (`30.4` in English), without grouping thousands.
pub fn typed_hours(hours: Hundredths, language: Language) -> String {
    language.decimal(hours.0).replace(separators(language).0, "")
}

/// An amount typed in `from`'s notation, rewritten in `to`'s: `1.500,50` in Dutch becomes
/// `1,500.50` in English, which reads as the same amount. Text that is empty or not an
/// amount in `from` comes back unchanged, so that nothing typed is lost.
pub fn retype_euros(text: &str, from: Language, to: Language) -> String {
    if separators(from) == separators(to) || parse_euros(text, from).is_err() {
        return text.to_owned();
    }
    swap_separators(text, from, to)
}

/// A number (or a number of hours, with its unit word) typed in `from`'s notation,
/// rewritten in `to`'s: `7,6` becomes `7.6`. Text that is empty or not a number in `from`
/// comes back unchanged, and so does a decimal `from` read only leniently (`7.6` on a
/// Dutch page), which is already written the way `to` writes it.
pub fn retype_decimal(text: &str, from: Language, to: Language) -> String {
    if separators(from) == separators(to) || read_hours(text, from, false, WEEKLY_HOURS_EXAMPLES).is_err() {
        return text.to_owned();
    }
    swap_separators(text, from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUTCH: Language = Language::Dutch;
    const FRENCH: Language = Language::French;
    const ENGLISH: Language = Language::English;

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole_number(" 60 ", DUTCH), Ok(60));
        assert_eq!(parse_whole_number("-10", DUTCH), Ok(-10));
        for bad in ["", "6o", "60.5", "1e3", "-", "9999999999"] {
            assert!(parse_whole_number(bad, DUTCH).is_err(), "{bad}");
        }
        assert_eq!(
            parse_whole_number("6o", DUTCH),
            Err("\"6o\" is geen geheel getal: typ alleen cijfers, zoals 60".into())
        );
    }

    #[test]
    fn whole_numbers_in_every_language() {
        for language in Language::ALL {
            assert_eq!(parse_whole_number("999999999", language), Ok(999_999_999));
            assert_eq!(parse_whole_number("-0", language), Ok(0));
            assert!(parse_whole_number("1.000", language).is_err());
            assert!(parse_whole_number("1,000", language).is_err());
        }
        assert_eq!(parse_whole_number("", FRENCH), Err("indiquez un nombre".into()));
        assert_eq!(
            parse_whole_number("6o", FRENCH),
            Err("«\u{a0}6o\u{a0}» n'est pas un nombre entier\u{a0}: tapez uniquement des chiffres, par exemple 60"
                .into())
        );
        assert_eq!(
            parse_whole_number("6o", ENGLISH),
            Err("\"6o\" is not a whole number: type digits only, such as 60".into())
        );
        assert_eq!(parse_whole_number("1234567890", ENGLISH), Err("\"1234567890\" is too large".into()));
        assert_eq!(parse_whole_number("1234567890", DUTCH), Err("\"1234567890\" is te groot".into()));
    }

    #[test]
    fn euros_the_flemish_way() {
        assert_eq!(parse_euros("1500", DUTCH), Ok(Cents(150_000)));
        assert_eq!(parse_euros("1.500", DUTCH), Ok(Cents(150_000)));
        assert_eq!(parse_euros("1.500,50", DUTCH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("€ 1500,5", DUTCH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("0,99", DUTCH), Ok(Cents(99)));
        for bad in ["", "abc", "1,500.00", "15.00", "1.5000", "1,234", "-5"] {
            assert!(parse_euros(bad, DUTCH).is_err(), "{bad}");
        }
        assert_eq!(parse_euros("", DUTCH), Err("vul een bedrag in".into()));
        assert_eq!(parse_euros("abc", DUTCH), Err("\"abc\" is geen bedrag: typ het zoals 1.500,00".into()));
    }

    #[test]
    fn euros_the_english_way() {
        assert_eq!(parse_euros("1,500.50", ENGLISH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("1,500", ENGLISH), Ok(Cents(150_000)));
        assert_eq!(parse_euros("1500", ENGLISH), Ok(Cents(150_000)));
        assert_eq!(parse_euros("€1500.5", ENGLISH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("0.99", ENGLISH), Ok(Cents(99)));
        assert_eq!(parse_euros("1,234,567.89", ENGLISH), Ok(Cents(123_456_789)));
        assert_eq!(parse_euros("999,999,999.99", ENGLISH), Ok(Cents(99_999_999_999)));
        // Dutch notation is not English: refused rather than read as another amount.
        for bad in ["1.500,50", "1.500", "1,50", "15,00", "1,5000", ",500", "1.2.3", "1,000,000,000", "-5"] {
            assert!(parse_euros(bad, ENGLISH).is_err(), "{bad}");
        }
        assert_eq!(parse_euros("1.500", ENGLISH), Err("\"1.500\" is not an amount: type it like 1,500.00".into()));
        assert_eq!(parse_euros(" ", ENGLISH), Err("enter an amount".into()));
    }

    #[test]
    fn euros_the_belgian_french_way() {
        assert_eq!(parse_euros("1.500,50", FRENCH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("1.500,50 €", FRENCH), Ok(Cents(150_050)));
        assert_eq!(parse_euros("1\u{a0}500,50\u{a0}€", FRENCH), Ok(Cents(150_050)));
        assert!(parse_euros("1,500.50", FRENCH).is_err());
        assert_eq!(
            parse_euros("1,500.50", FRENCH),
            Err("«\u{a0}1,500.50\u{a0}» n'est pas un montant\u{a0}: tapez-le par exemple ainsi\u{a0}: 1.500,00".into())
        );
    }

    #[test]
    fn what_the_form_writes_reads_back() {
        assert_eq!(typed_euros(Cents(150_050), DUTCH), "1.500,50");
        assert_eq!(typed_euros(Cents(150_050), FRENCH), "1.500,50");
        assert_eq!(typed_euros(Cents(150_050), ENGLISH), "1,500.50");
        assert_eq!(typed_hours(Hundredths(3_040), DUTCH), "30,4");
        assert_eq!(typed_hours(Hundredths(100_000), ENGLISH), "1000");
        for language in [DUTCH, FRENCH, ENGLISH] {
            assert_eq!(parse_euros(&typed_euros(Cents(123_456), language), language), Ok(Cents(123_456)));
            assert_eq!(parse_hours(&typed_hours(Hundredths(725), language), language), Ok(Hundredths(725)));
        }
    }

    #[test]
    fn decimals_and_hours() {
        assert_eq!(parse_decimal("7,6", DUTCH), Ok(Hundredths(760)));
        assert_eq!(parse_decimal("7.6", ENGLISH), Ok(Hundredths(760)));
        assert_eq!(parse_decimal("1.500", DUTCH), Ok(Hundredths(150_000)));
        assert_eq!(parse_decimal("1,500", ENGLISH), Ok(Hundredths(150_000)));
        // A single decimal typed the other way is read, as the forms always did; a group of
        // three digits after it is thousands, and two marks of the other kind are refused.
        assert_eq!(parse_decimal("7.6", DUTCH), Ok(Hundredths(760)));
        assert_eq!(parse_decimal("30.45", FRENCH), Ok(Hundredths(3_045)));
        assert_eq!(parse_decimal("7,6", ENGLISH), Ok(Hundredths(760)));
        assert_eq!(parse_decimal("1.500", ENGLISH), Err("\"1.500\" is not a number: type it like 38 or 30.4".into()));
        for bad in ["1.2.3", "1.234,5.6", "7.6,5", "1.5000"] {
            assert!(parse_decimal(bad, DUTCH).is_err(), "{bad}");
        }
        assert_eq!(parse_decimal("x", ENGLISH), Err("\"x\" is not a number: type it like 38 or 30.4".into()));
        assert_eq!(parse_hours("38", DUTCH), Ok(Hundredths(3_800)));
        assert_eq!(parse_hours(" 30,4 ", DUTCH), Ok(Hundredths(3_040)));
        assert_eq!(parse_hours("7,25 uur", DUTCH), Ok(Hundredths(725)));
        assert_eq!(parse_hours("7,6 h", FRENCH), Ok(Hundredths(760)));
        assert_eq!(parse_hours("7.6 hours", ENGLISH), Ok(Hundredths(760)));
        assert_eq!(parse_hours("7.6 Hours", ENGLISH), Ok(Hundredths(760)));
        for bad in ["", "uur", "-1", "7,123", "abc", "7,6 weken"] {
            assert!(parse_hours(bad, DUTCH).is_err(), "{bad:?}");
        }
        assert_eq!(parse_hours("", DUTCH), Err("vul een aantal uren in".into()));
        assert_eq!(parse_hours("x", DUTCH), Err("\"x\" is geen aantal uren: typ het zoals 38 of 30,4".into()));
        assert_eq!(parse_hours("7,6", ENGLISH), Ok(Hundredths(760)));
        assert_eq!(
            parse_hours("7,6,1", ENGLISH),
            Err("\"7,6,1\" is not a number of hours: type it like 38 or 30.4".into())
        );
        // A field of its own range gives its own examples, written the language's way.
        let dual = [Hundredths(2_400), Hundredths(2_250)];
        assert_eq!(parse_hours_like("22,5", DUTCH, dual), Ok(Hundredths(2_250)));
        assert_eq!(
            parse_hours_like("x", DUTCH, dual),
            Err("\"x\" is geen aantal uren: typ het zoals 24 of 22,5".into())
        );
        assert_eq!(
            parse_hours_like("x", ENGLISH, dual),
            Err("\"x\" is not a number of hours: type it like 24 or 22.5".into())
        );
    }

    #[test]
    fn retyping_keeps_the_amount_when_the_language_changes() {
        assert_eq!(retype_euros("1.500,50", DUTCH, ENGLISH), "1,500.50");
        assert_eq!(retype_euros("1,500.50", ENGLISH, FRENCH), "1.500,50");
        assert_eq!(retype_euros("€ 1.500", DUTCH, ENGLISH), "€ 1,500");
        assert_eq!(retype_euros("1500", DUTCH, ENGLISH), "1500");
        assert_eq!(retype_euros("1.500,50", DUTCH, FRENCH), "1.500,50");
        // Nothing typed is lost: what does not read stays as it was.
        for kept in ["", "  ", "abc", "1,500.50", "15.00"] {
            assert_eq!(retype_euros(kept, DUTCH, ENGLISH), kept);
        }
        assert_eq!(retype_decimal("7,6", DUTCH, ENGLISH), "7.6");
        assert_eq!(retype_decimal("7,6 uur", DUTCH, ENGLISH), "7.6 uur");
        assert_eq!(retype_decimal("1,500.25", ENGLISH, DUTCH), "1.500,25");
        // Read only leniently in Dutch, "7.6" is already English.
        assert_eq!(retype_decimal("7.6", DUTCH, ENGLISH), "7.6");
        assert_eq!(retype_decimal("7.6", ENGLISH, DUTCH), "7,6");
        assert_eq!(retype_decimal("7,6", ENGLISH, DUTCH), "7,6");
        for language in Language::ALL {
            assert_eq!(retype_decimal("38", language, ENGLISH), "38");
        }
    }

    #[test]
    fn a_retyped_amount_reads_as_the_same_amount() {
        let typed = ["0", "0,5", "0,05", "12,3", "999", "1.000", "1.000,01", "999.999.999,99", "€ 7,50", "7,50 €"];
        for text in typed {
            for (from, to) in [(DUTCH, ENGLISH), (FRENCH, ENGLISH), (DUTCH, FRENCH)] {
                let amount = parse_euros(text, from).expect("valid in Dutch and French");
                let retyped = retype_euros(text, from, to);
                assert_eq!(parse_euros(&retyped, to), Ok(amount), "{text} → {retyped}");
                assert_eq!(retype_euros(&retyped, to, from), text, "{text} and back");
                assert_eq!(
                    parse_decimal(&retype_decimal(text.trim_matches(['€', ' ']), from, to), to).ok(),
                    Some(Hundredths(amount.0))
                );
            }
        }
    }
}
