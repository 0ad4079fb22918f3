//! The parameter files compiled into every build. A code-health test checks that
//! this list and the `params/` folder agree.

macro_rules! embed {
    ($($id:literal),* $(,)?) => {
        &[$(($id, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/params/", $id, ".toml")))),*]
    };
}

pub(super) const FILES: &[(&str, &str)] = embed![
    "fee/standard_fixed",
    "fee/standard_per_credit",
    "fee/near_grant_per_credit",
    "fee/grant_flat",
    "fee/exam_fixed",
    "fee/exam_per_credit",
    "fee/learning_credit_surcharge_per_credit",
    "fee/bachelor_after_bachelor_max_fixed",
    "fee/bachelor_after_bachelor_max_per_credit",
    "fee/master_after_master_max_total",
    "grant/minimum_diploma_credits",
    "extra_costs/itna_open_session",
    "extra_costs/itna_individual",
    "extra_costs/itna_group",
    "extra_costs/itace_open_session",
    "extra_costs/itace_individual",
];
