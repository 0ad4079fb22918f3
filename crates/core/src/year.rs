//! The one notion of time the rules use: the academic (or school) year, which runs
//! from 1 September to 31 August. Components never build years from dates
//! themselves; they call [`AcademicYear::containing`].

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An academic year, named after the calendar year in which it starts:
/// `AcademicYear(2024)` is "2024-2025".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AcademicYear(pub u16);

/// The first and last academic year the parameter files cover.
pub const FIRST_SUPPORTED: AcademicYear = AcademicYear(2020);
pub const LAST_SUPPORTED: AcademicYear = AcademicYear(2026);

impl AcademicYear {
    /// The academic year a calendar date falls in: September starts a new one.
    pub fn containing(year: u16, month: u8) -> AcademicYear {
        if month >= 9 {
            AcademicYear(year)
        } else {
            AcademicYear(year.saturating_sub(1))
        }
    }

    /// Every year the calculator supports, oldest first.
    pub fn supported() -> impl DoubleEndedIterator<Item = AcademicYear> {
        (FIRST_SUPPORTED.0..=LAST_SUPPORTED.0).map(AcademicYear)
    }

    pub fn is_supported(self) -> bool {
        (FIRST_SUPPORTED..=LAST_SUPPORTED).contains(&self)
    }

    pub fn previous(self) -> AcademicYear {
        AcademicYear(self.0 - 1)
    }

    pub fn next(self) -> AcademicYear {
        AcademicYear(self.0 + 1)
    }

    /// 1 September of the starting year, as `(year, month, day)`.
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.0, 9, 1)
    }
}

impl fmt::Display for AcademicYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.0, self.0 + 1)
    }
}

/// Why a text is not an academic year.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YearError {
    #[error("\"{0}\" is geen academiejaar: schrijf het als \"2024-2025\"")]
    Format(String),
    #[error("\"{0}\" is geen academiejaar: het tweede jaar moet het eerste plus één zijn")]
    NotConsecutive(String),
}

impl FromStr for AcademicYear {
    type Err = YearError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (start, end) = text
            .split_once('-')
            .filter(|(s, e)| s.len() == 4 && e.len() == 4)
            .ok_or_else(|| YearError::Format(text.to_owned()))?;
        let start: u16 = start.parse().map_err(|_| YearError::Format(text.to_owned()))?;
        let end: u16 = end.parse().map_err(|_| YearError::Format(text.to_owned()))?;
        if end != start.wrapping_add(1) {
            return Err(YearError::NotConsecutive(text.to_owned()));
        }
        Ok(AcademicYear(start))
    }
}

impl Serialize for AcademicYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AcademicYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn september_starts_the_academic_year() {
        assert_eq!(AcademicYear::containing(2026, 8), AcademicYear(2025));
        assert_eq!(AcademicYear::containing(2026, 9), AcademicYear(2026));
        assert_eq!(AcademicYear::containing(2026, 11), AcademicYear(2026));
        assert_eq!(AcademicYear::containing(2027, 1), AcademicYear(2026));
    }

    #[test]
    fn parses_and_prints_the_official_notation() {
        assert_eq!("2024-2025".parse(), Ok(AcademicYear(2024)));
        assert_eq!(AcademicYear(2024).to_string(), "2024-2025");
        assert!(matches!("2024-2026".parse::<AcademicYear>(), Err(YearError::NotConsecutive(_))));
        for bad in ["2024", "24-25", "2024/2025", "", "abcd-efgh"] {
            assert!(matches!(bad.parse::<AcademicYear>(), Err(YearError::Format(_))), "{bad}");
        }
    }

    #[test]
    fn supported_range_is_2020_to_2026() {
        let years: Vec<String> = AcademicYear::supported().map(|y| y.to_string()).collect();
        assert_eq!(years.first().map(String::as_str), Some("2020-2021"));
        assert_eq!(years.last().map(String::as_str), Some("2026-2027"));
        assert_eq!(years.len(), 7);
    }
}
