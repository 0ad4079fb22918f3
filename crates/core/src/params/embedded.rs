//! The files compiled into every build: all of `params/`, listed by `build.rs`: the
//! parameters (`FILES`) and the dual-learning agreements (`AGREEMENT_FILES`).

include!(concat!(env!("OUT_DIR"), "/embedded_params.rs"));
