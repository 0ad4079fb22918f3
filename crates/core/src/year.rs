//! The one notion of time the rules use: the academic (or school) year, which runs
//! from 1 September to 31 August. Components never build years from dates
//! themselves; they call [`AcademicYear::containing`].

use crate::i18n::Language;
use crate::params::schema::YearProblem;
use crate::tr;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An academic year, named after the calendar year in which it starts:
/// `AcademicYear(2024)` is "2024-2025".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AcademicYear(pub u16);

/// The first and last academic year the parameter files cover.
pub const FIRST_SUPPORTED: AcademicYear = AcademicYear(2020);
pub const LAST_SUPPORTED: AcademicYear = AcademicYear(2027);

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

/// Why a text is not an academic year. It reads as a Dutch sentence; [`YearError::message`]
/// words it in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearError {
    Format(String),
    NotConsecutive(String),
}

impl fmt::Display for YearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::Dutch))
    }
}

impl std::error::Error for YearError {}

/// How a deserializer reports a year it cannot read. A deserializer has no language at
/// hand, so it gives this stable form (`academic-year-error:format:2024/25`), which
/// [`YearError::from_serde`] reads back for the message in the language asked.
const SERDE_PREFIX: &str = "academic-year-error:";

impl YearError {
    /// `"2024/25" is geen academiejaar: schrijf het als "2024-2025"`, in `language`.
    pub fn message(&self, language: Language) -> String {
        match self {
            YearError::Format(text) => tr!(language, "year-format", text = text.as_str()),
            YearError::NotConsecutive(text) => tr!(language, "year-not-consecutive", text = text.as_str()),
        }
    }

    /// The machine form a deserializer raises (see [`YearError::from_serde`]).
    pub fn serde_form(&self) -> String {
        match self {
            YearError::Format(text) => format!("{SERDE_PREFIX}format:{text}"),
            YearError::NotConsecutive(text) => format!("{SERDE_PREFIX}not-consecutive:{text}"),
        }
    }

    /// Reads a deserializer's error text back into the error, if it is one of ours;
    /// the position serde_json adds at the end (`… at line 1 column 30`) is left out
    /// (so a text that itself ends like a position loses that ending when read unpositioned).
    pub fn from_serde(raw: &str) -> Option<YearError> {
        let rest = raw.strip_prefix(SERDE_PREFIX)?;
        let rest = match rest.rsplit_once(" at line ") {
            Some((before, position)) if is_position(position) => before,
            _ => rest,
        };
        if let Some(text) = rest.strip_prefix("format:") {
            Some(YearError::Format(text.to_owned()))
        } else {
            rest.strip_prefix("not-consecutive:").map(|text| YearError::NotConsecutive(text.to_owned()))
        }
    }
}

/// `3 column 12`: the position serde_json appends to an error.
fn is_position(text: &str) -> bool {
    text.split_once(" column ").is_some_and(|(line, column)| {
        [line, column].iter().all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

impl FromStr for AcademicYear {
    type Err = YearError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match crate::params::schema::parse_academic_year(text) {
            Ok(start) => Ok(AcademicYear(start)),
            Err(YearProblem::Format) => Err(YearError::Format(text.to_owned())),
            Err(YearProblem::NotConsecutive) => Err(YearError::NotConsecutive(text.to_owned())),
        }
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
        text.parse().map_err(|error: YearError| serde::de::Error::custom(error.serde_form()))
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
    fn a_year_that_does_not_read_is_worded_in_each_language() {
        let error = YearError::Format("2024/25".to_owned());
        assert_eq!(error.to_string(), "\"2024/25\" is geen academiejaar: schrijf het als \"2024-2025\"");
        assert_eq!(error.message(Language::Dutch), error.to_string());
        assert_eq!(
            error.message(Language::French),
            "«\u{a0}2024/25\u{a0}» n'est pas une année académique\u{a0}: écrivez-la sous la forme «\u{a0}2024-2025\u{a0}»"
        );
        assert_eq!(error.message(Language::English), "\"2024/25\" is not an academic year: write it as \"2024-2025\"");
        let later = YearError::NotConsecutive("2024-2026".to_owned());
        assert!(later.message(Language::English).contains("the second year must be the first plus one"));
    }

    #[test]
    fn a_deserializer_error_reads_back_with_its_text_intact() {
        for error in [YearError::Format("2024/25".to_owned()), YearError::NotConsecutive("2024-2026".to_owned())] {
            assert_eq!(YearError::from_serde(&error.serde_form()), Some(error.clone()));
            let with_position = format!("{} at line 1 column 30", error.serde_form());
            assert_eq!(YearError::from_serde(&with_position), Some(error));
        }
        let odd = YearError::Format("x at line 2 column 3".to_owned());
        assert_eq!(YearError::from_serde(&format!("{} at line 1 column 9", odd.serde_form())), Some(odd));
        let read: Result<AcademicYear, _> = serde_json::from_str("\"2024/25\"");
        let raw = read.map_err(|e| e.to_string()).expect_err("not a year");
        assert_eq!(YearError::from_serde(&raw), Some(YearError::Format("2024/25".to_owned())));
        assert_eq!(YearError::from_serde("missing field `academic_year`"), None);
    }

    #[test]
    fn supported_range_is_2020_to_2027() {
        let years: Vec<String> = AcademicYear::supported().map(|y| y.to_string()).collect();
        assert_eq!(years.first().map(String::as_str), Some("2020-2021"));
        assert_eq!(years.last().map(String::as_str), Some("2027-2028"));
        assert_eq!(years.len(), 8);
    }
}
