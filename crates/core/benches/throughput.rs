//! Engine throughput on the host, for the benchmark command (scripts/bench.sh): reads the
//! scenarios the browser measurement uses (a JSON array of {name, scenario} written by
//! bench/run.mjs, path in BENCH_SCENARIOS) and prints, per scenario set, how many
//! evaluations per second `evaluate_json` + serializing the outcome achieves.
//! Plain loop with `black_box`; not part of the test suite.

use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Ok(path) = std::env::var("BENCH_SCENARIOS") else {
        eprintln!("set BENCH_SCENARIOS to the scenarios file written by bench/run.mjs");
        return Ok(());
    };
    let sets: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let mut results = Vec::new();
    for set in &sets {
        let name = set["name"].as_str().unwrap_or("?").to_owned();
        let texts: Vec<String> =
            set["scenarios"].as_array().map(|list| list.iter().map(|s| s.to_string()).collect()).unwrap_or_default();
        // Warm up, then run for at least one second.
        let mut evaluations = 0u64;
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(200) || evaluations < 10 {
            for text in &texts {
                let outcome =
                    studierekenaar_core::evaluate_json(black_box(text), studierekenaar_core::Language::Dutch)?;
                black_box(serde_json::to_string(&outcome)?);
            }
            evaluations += texts.len() as u64;
        }
        let mut evaluations = 0u64;
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(1) {
            for text in &texts {
                let outcome =
                    studierekenaar_core::evaluate_json(black_box(text), studierekenaar_core::Language::Dutch)?;
                black_box(serde_json::to_string(&outcome)?);
            }
            evaluations += texts.len() as u64;
        }
        let seconds = start.elapsed().as_secs_f64();
        results.push(serde_json::json!({
            "name": name,
            "per_second": evaluations as f64 / seconds,
            "micros_per_evaluation": seconds * 1e6 / evaluations as f64,
        }));
    }
    println!("{}", serde_json::to_string(&results)?);
    Ok(())
}
