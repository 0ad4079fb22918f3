//! Words at the edge: each section's typed outcome as sentences in a language.

pub mod adult_education;
