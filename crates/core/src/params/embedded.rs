//! The parameter files compiled into every build: all of `params/`, listed by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/embedded_params.rs"));
