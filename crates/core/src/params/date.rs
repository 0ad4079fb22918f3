use std::fmt;
use std::str::FromStr;

/// A calendar date, for parameters whose values change on a given day
/// (for example when the pivot index is exceeded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    fn days_in_month(year: u16, month: u8) -> u8 {
        match month {
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => 31,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    /// `YYYY-MM-DD`, a real calendar day.
    fn from_str(text: &str) -> Result<Date, String> {
        let invalid = || format!("\"{text}\" is not a date like \"2024-05-01\" (YYYY-MM-DD)");
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let year: u16 = y.parse().map_err(|_| invalid())?;
        let month: u8 = m.parse().map_err(|_| invalid())?;
        let day: u8 = d.parse().map_err(|_| invalid())?;
        if !(1..=12).contains(&month) || day == 0 || day > Date::days_in_month(year, month) {
            return Err(invalid());
        }
        Ok(Date { year, month, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!("2024-05-01".parse(), Ok(Date::new(2024, 5, 1)));
        assert_eq!("2024-02-29".parse(), Ok(Date::new(2024, 2, 29)));
        for bad in ["2023-02-29", "2006-31-03", "2024-5-1", "2024-05-01-01", "", "2024-13-01", "2024-04-31"] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }
}
