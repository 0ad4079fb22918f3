//! Hours, exactly: a number of hours counted in hundredths of an hour, so that
//! 1/5 of a 38-hour week (7,6 hours) or 125 hours × 75 % (93,75 hours) are exact.
//! Nothing here goes through floating point except the JSON number written for
//! a value with decimals (its text is the exact decimal, e.g. `93.75`).

use crate::money::Hundredths;
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

    pub fn saturating_sub(self, other: Hours) -> Hours {
        Hours(self.0.saturating_sub(other.0).max(0))
    }

    /// `125`, `7,6`, `93,75`: Dutch notation, decimals only when there are any.
    pub fn number_nl(self) -> String {
        let text = Hundredths(self.0).to_nl();
        match text.strip_suffix('0') {
            Some(trimmed) if text.contains(',') => trimmed.to_owned(),
            _ => text,
        }
    }

    /// `125 uur`, `7,6 uur`.
    pub fn to_nl(self) -> String {
        format!("{} uur", self.number_nl())
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

impl std::fmt::Display for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_nl())
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

/// Read from a JSON number of hours with at most two decimals: `38`, `30.4`.
impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Hours;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("een aantal uren, zoals 38 of 30.4")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Hours, E> {
                v.checked_mul(100).map(Hours).ok_or_else(|| E::custom(format!("{v} uur is te groot")))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Hours, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(|v| v.checked_mul(100))
                    .map(Hours)
                    .ok_or_else(|| E::custom(format!("{v} uur is te groot")))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Hours, E> {
                let hundredths = (v * 100.0).round();
                if !v.is_finite() || hundredths.abs() > 1e15 {
                    return Err(E::custom(format!("{v} is geen aantal uren")));
                }
                if (v * 100.0 - hundredths).abs() > 1e-6 {
                    return Err(E::custom(format!("{v} uur: geef hoogstens twee decimalen")));
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
    /// `750 tot 900 uur`, or `750 uur` when both ends are equal.
    pub fn to_nl(self) -> String {
        if self.min == self.max {
            self.min.to_nl()
        } else {
            format!("{} tot {}", self.min.number_nl(), self.max.to_nl())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_dutch() {
        assert_eq!(Hours::whole(38).scale(20, 100), Hours(760));
        assert_eq!(Hours(760).to_nl(), "7,6 uur");
        assert_eq!(Hours::whole(125).scale(75, 100).to_nl(), "93,75 uur");
        assert_eq!(Hours::whole(120).to_nl(), "120 uur");
        assert_eq!(Hours::whole(1500).to_nl(), "1.500 uur");
        assert_eq!(Hours(5).to_nl(), "0,05 uur");
        assert_eq!(mul_div_round(23_480, 1, 52), 452);
        assert_eq!(mul_div_round(1, 1, 2), 1, "halves up");
        assert_eq!(mul_div_round(5, 7, 0), 0);
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
