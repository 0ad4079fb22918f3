//! Hours, exactly: a number of hours counted in hundredths of an hour, so that
//! 1/5 of a 38-hour week (7,6 hours) or 125 hours × 75 % (93,75 hours) are exact.
//! Nothing here goes through floating point except the JSON number written for
//! a value with decimals (its text is the exact decimal, e.g. `93.75`).

use crate::i18n::Language;
use crate::money::{Cents, Hundredths};
pub use crate::render::leave::translate_serde_error;
use crate::render::leave::{self as render, HoursError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A number of hours in hundredths: `Hours(760)` is 7,6 hours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours(pub i64);

impl Hours {
    pub const ZERO: Hours = Hours(0);

    pub const fn whole(hours: i64) -> Hours {
        Hours(hours.saturating_mul(100))
    }

    /// A parameter amount read in hours (its hundredths are hundredths of an hour).
    pub fn of(amount: Hundredths) -> Hours {
        Hours(amount.0)
    }

    pub fn times(self, count: i64) -> Hours {
        Hours(self.0.saturating_mul(count))
    }

    /// `self × numerator / denominator`, rounded to the nearest hundredth (halves up).
    /// Returns zero for a zero denominator; inputs are never negative.
    pub fn scale(self, numerator: i64, denominator: i64) -> Hours {
        Hours(mul_div_round(self.0, numerator, denominator))
    }

    /// What these hours cost at `rate` per hour, rounded to the nearest cent (halves up),
    /// as every amount per hour is: 1.080 hours × € 4,44 = € 4.795,20.
    pub fn paid_at(self, rate: Cents) -> Cents {
        Cents(mul_div_round(self.0, rate.0, 100))
    }

    pub fn saturating_sub(self, other: Hours) -> Hours {
        Hours(self.0.saturating_sub(other.0).max(0))
    }

    /// `125`, `7,6`, `93,75` (`7.6`, `1,500` in English): decimals only when there are any.
    pub fn number(self, language: Language) -> String {
        render::hours_number(language, self)
    }

    /// `125 uur`, `7,6 heures`, `1 hour`, `7.6 hours`: the number and the word (worded by
    /// [`render::hours`]).
    pub fn display(self, language: Language) -> String {
        render::hours(language, self)
    }
}

/// `a × b / c`, rounded to the nearest integer with halves up; 0 when `c` is 0.
pub(crate) fn mul_div_round(a: i64, b: i64, c: i64) -> i64 {
    if c == 0 {
        return 0;
    }
    let product = i128::from(a) * i128::from(b);
    let c = i128::from(c);
    let rounded = (2 * product + c) / (2 * c);
    i64::try_from(rounded).unwrap_or(i64::MAX)
}

impl std::ops::Add for Hours {
    type Output = Hours;
    fn add(self, other: Hours) -> Hours {
        Hours(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Hours {
    fn sum<I: Iterator<Item = Hours>>(iter: I) -> Hours {
        iter.fold(Hours::ZERO, |a, b| a + b)
    }
}

/// Written as a JSON number of hours: `120`, `7.6`, `93.75`.
impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            serializer.serialize_i64(self.0 / 100)
        } else {
            // Display only: the shortest text of this double is the exact two-decimal value.
            serializer.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

/// The serde error of the reader, in its fixed (Dutch) form; see [`render::hours_error`].
fn custom<E: serde::de::Error>(error: HoursError, value: impl std::fmt::Display) -> E {
    E::custom(render::hours_error(Language::Dutch, error, &value.to_string()))
}

/// Read from a JSON number of hours with at most two decimals: `38`, `30.4`.
impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Hours;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&render::expected_hours(Language::Dutch))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Hours, E> {
                v.checked_mul(100).map(Hours).ok_or_else(|| custom(HoursError::TooLarge, v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Hours, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(|v| v.checked_mul(100))
                    .map(Hours)
                    .ok_or_else(|| custom(HoursError::TooLarge, v))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Hours, E> {
                let hundredths = (v * 100.0).round();
                if !v.is_finite() || hundredths.abs() > 1e15 {
                    return Err(custom(HoursError::NotHours, v));
                }
                if (v * 100.0 - hundredths).abs() > 1e-6 {
                    return Err(custom(HoursError::TooManyDecimals, v));
                }
                Ok(Hours(hundredths as i64))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// A range of hours: the low and the high estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HoursRange {
    pub min: Hours,
    pub max: Hours,
}

impl HoursRange {
    /// `750 tot 900 uur`, `750 à 900 heures`, `750 to 900 hours`; `750 uur` when both ends
    /// are equal (worded by [`render::hours_range`]).
    pub fn display(self, language: Language) -> String {
        render::hours_range(language, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact() {
        assert_eq!(Hours::whole(38).scale(20, 100), Hours(760));
        assert_eq!(mul_div_round(23_480, 1, 52), 452);
        assert_eq!(mul_div_round(1, 1, 2), 1, "halves up");
        assert_eq!(mul_div_round(5, 7, 0), 0);
        assert_eq!(Hours::whole(1_080).paid_at(Cents(444)), Cents(479_520));
        // 1.049,51 hours × € 4,44 = € 4.659,8244: to the nearest cent.
        assert_eq!(Hours(104_951).paid_at(Cents(444)), Cents(465_982));
        // 0,5 hour × € 0,01 = half a cent: halves up.
        assert_eq!(Hours(50).paid_at(Cents(1)), Cents(1));
    }

    #[test]
    fn json_numbers_both_ways() {
        assert_eq!(serde_json::to_string(&Hours(12_000)).ok().as_deref(), Some("120"));
        assert_eq!(serde_json::to_string(&Hours(9_375)).ok().as_deref(), Some("93.75"));
        assert_eq!(serde_json::to_string(&Hours(1_442)).ok().as_deref(), Some("14.42"));
        assert_eq!(serde_json::from_str::<Hours>("30.4").ok(), Some(Hours(3_040)));
        assert_eq!(serde_json::from_str::<Hours>("38").ok(), Some(Hours(3_800)));
        assert!(serde_json::from_str::<Hours>("30.456").is_err());
        assert!(serde_json::from_str::<Hours>("\"38\"").is_err());
    }
}
