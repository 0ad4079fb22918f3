//! Words for typed outcomes: each section's rules return data, and these modules turn it
//! into sentences in a language, at the edge.

pub mod plan;
