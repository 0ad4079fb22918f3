//! Reading what a person types in a form field. Numbers are typed the Flemish way
//! (`1.500,50`); the messages say what to type instead, in Dutch.

use crate::money::Cents;

/// A whole number such as `60` or `-10`. Spaces around it are ignored.
pub fn parse_whole_number(text: &str) -> Result<i64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("vul een getal in".to_owned());
    }
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("\"{trimmed}\" is geen geheel getal: typ alleen cijfers, zoals 60"));
    }
    if digits.len() > 9 {
        return Err(format!("\"{trimmed}\" is te groot"));
    }
    trimmed.parse().map_err(|_| format!("\"{trimmed}\" is geen geheel getal"))
}

/// An amount in euros as people type it: `1500`, `1.500`, `1.500,50`, `€ 1500,5`.
/// A point groups thousands and a comma starts the cents, as in Dutch.
pub fn parse_euros(text: &str) -> Result<Cents, String> {
    let cleaned: String = text.trim().trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.is_empty() {
        return Err("vul een bedrag in".to_owned());
    }
    let invalid = || format!("\"{}\" is geen bedrag: typ het zoals 1.500,00", text.trim());
    let (whole, cents) = match cleaned.split_once(',') {
        Some((whole, cents)) => (whole, cents),
        None => (cleaned.as_str(), ""),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let well_grouped = groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let whole_digits: String = groups.concat();
    if whole_digits.is_empty()
        || !whole_digits.bytes().all(|b| b.is_ascii_digit())
        || !well_grouped
        || cents.len() > 2
        || !cents.bytes().all(|b| b.is_ascii_digit())
        || whole_digits.len() > 9
    {
        return Err(invalid());
    }
    let euros: i64 = whole_digits.parse().map_err(|_| invalid())?;
    let cents: i64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i64>().map_err(|_| invalid())? * 10,
        _ => cents.parse().map_err(|_| invalid())?,
    };
    Ok(Cents(euros * 100 + cents))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole_number(" 60 "), Ok(60));
        assert_eq!(parse_whole_number("-10"), Ok(-10));
        for bad in ["", "6o", "60.5", "1e3", "-", "9999999999"] {
            assert!(parse_whole_number(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_whole_number("6o"), Err("\"6o\" is geen geheel getal: typ alleen cijfers, zoals 60".into()));
    }

    #[test]
    fn euros_the_flemish_way() {
        assert_eq!(parse_euros("1500"), Ok(Cents(150_000)));
        assert_eq!(parse_euros("1.500"), Ok(Cents(150_000)));
        assert_eq!(parse_euros("1.500,50"), Ok(Cents(150_050)));
        assert_eq!(parse_euros("€ 1500,5"), Ok(Cents(150_050)));
        assert_eq!(parse_euros("0,99"), Ok(Cents(99)));
        for bad in ["", "abc", "1,500.00", "15.00", "1.5000", "1,234", "-5"] {
            assert!(parse_euros(bad).is_err(), "{bad}");
        }
    }
}
