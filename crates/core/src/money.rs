//! Exact amounts. Money is counted in integer euro cents; every other quantity
//! read from the parameter files (hours, percentages) in hundredths. Nothing here
//! ever goes through floating point.

use serde::{Deserialize, Serialize};

/// An amount of money in euro cents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// `self × count`, saturating instead of overflowing (inputs are capped long before).
    pub fn times(self, count: i64) -> Cents {
        Cents(self.0.saturating_mul(count))
    }

    /// Dutch (nl-BE) notation as people read it on a bill: `€ 1.116,00`. Text for a person
    /// takes its amounts from [`Language::money`](crate::Language::money), which uses this.
    pub fn to_nl(self) -> String {
        format_decimal(self.0, "€ ", '.', ',')
    }

    /// Belgian French notation: `1 116,00 €`, a narrow no-break space between thousands and
    /// a no-break space before the euro sign.
    pub fn to_fr(self) -> String {
        format!("{}\u{a0}€", format_decimal(self.0, "", '\u{202f}', ','))
    }

    /// English notation: `€1,116.00`.
    pub fn to_en(self) -> String {
        format_decimal(self.0, "€", ',', '.')
    }
}

impl std::ops::Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, |a, b| a + b)
    }
}

/// A decimal with exactly two fractional digits, stored as hundredths
/// (`"13.80"` → 1380). Used for every amount in the parameter files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Hundredths(pub i64);

impl Hundredths {
    /// Parses `"245.20"`, `"4"` or `"0.8"`: digits, optionally a point and at
    /// most two decimals. Signs, exponents, commas and spaces are refused so that a
    /// typo in a parameter file cannot slip through as a different number.
    pub fn parse(text: &str) -> Result<Hundredths, String> {
        Self::parse_scaled(text, 2)
    }

    /// The same with `decimals` decimals at most, stored as an integer of that many
    /// decimals: `parse_scaled("1.32783", 5)` is `132783`.
    pub fn parse_scaled(text: &str, decimals: u32) -> Result<Hundredths, String> {
        crate::params::schema::parse_decimal(text, decimals).map(Hundredths)
    }

    pub fn as_cents(self) -> Cents {
        Cents(self.0)
    }
}

fn group_thousands(value: i64, separator: char) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

fn format_decimal(hundredths: i64, prefix: &str, thousands: char, decimal: char) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    let whole = group_thousands((abs / 100) as i64, thousands);
    format!("{sign}{prefix}{whole}{decimal}{:02}", abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_euros_as_read_in_flanders() {
        assert_eq!(Cents(111_600).to_nl(), "€ 1.116,00");
        assert_eq!(Cents(1_380).to_nl(), "€ 13,80");
        assert_eq!(Cents(5).to_nl(), "€ 0,05");
        assert_eq!(Cents(0).to_nl(), "€ 0,00");
        assert_eq!(Cents(2_642_810).to_nl(), "€ 26.428,10");
        assert_eq!(Cents(123_456_789).to_nl(), "€ 1.234.567,89");
        assert_eq!(Cents(-1_380).to_nl(), "-€ 13,80");
        assert_eq!(Cents(111_600).to_en(), "€1,116.00");
        assert_eq!(Cents(118_140).to_fr(), "1\u{202f}181,40\u{a0}€");
        assert_eq!(Cents(1_380).to_fr(), "13,80\u{a0}€");
        assert_eq!(Cents(123_456_789).to_fr(), "1\u{202f}234\u{202f}567,89\u{a0}€");
        assert_eq!(Cents(-1_380).to_fr(), "-13,80\u{a0}€");
    }

    #[test]
    fn parses_decimal_strings_exactly() {
        assert_eq!(Hundredths::parse("245.20"), Ok(Hundredths(24_520)));
        assert_eq!(Hundredths::parse("245.2"), Ok(Hundredths(24_520)));
        assert_eq!(Hundredths::parse("11"), Ok(Hundredths(1_100)));
        assert_eq!(Hundredths::parse("0.05"), Ok(Hundredths(5)));
        for bad in ["", "-1.00", "1,50", "1.234", "1e3", " 1", ".5", "1.", "abc", "+2"] {
            assert!(Hundredths::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(Hundredths::parse_scaled("1.32783", 5), Ok(Hundredths(132_783)));
        assert_eq!(Hundredths::parse_scaled("1.3", 5), Ok(Hundredths(130_000)));
        assert!(Hundredths::parse_scaled("1.327831", 5).is_err());
    }
}
