//! `studierekenaar`: the calculator from the command line, for scripts and checks.
//!
//! ```sh
//! echo '{"academic_year":"2024-2025","student":{"status":"non_grant"},
//!        "enrolments":[{"institution":"A","contract":"diploma","programme":"initial","credits":60}]}' \
//!   | studierekenaar evaluate
//! ```
//! Exit codes: 0 outcome printed, 2 invalid input (a JSON `error` object on stdout),
//! 1 anything else (unreadable file, broken parameter data).

use clap::{Parser, Subcommand};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use studierekenaar_core::{evaluate_json, EvaluateError, Params};

#[derive(Parser)]
#[command(
    name = "studierekenaar",
    version,
    about = "Wat kost terug gaan studeren in Vlaanderen? Studiegeld met uitleg en bronnen."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate a scenario (JSON from FILE, or from standard input) and print the outcome as JSON.
    Evaluate {
        /// A scenario file; without it the scenario is read from standard input.
        file: Option<PathBuf>,
    },
    /// List every parameter with its value, status and source for each academic year.
    Params,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Evaluate { file } => evaluate(file),
        Command::Params => list_params(),
    }
}

fn evaluate(file: Option<PathBuf>) -> ExitCode {
    let mut input = String::new();
    let read = match &file {
        Some(path) => std::fs::read_to_string(path).map(|text| input = text),
        None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
    };
    if let Err(error) = read {
        let source = file.map_or("standaardinvoer".to_owned(), |p| p.display().to_string());
        return print_error(1, "io", "(scenario)", &format!("kan {source} niet lezen: {error}"), &[]);
    }
    match evaluate_json(&input) {
        Ok(outcome) => match serde_json::to_string_pretty(&outcome) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(error) => print_error(1, "internal", "(outcome)", &error.to_string(), &[]),
        },
        Err(EvaluateError::Input(error)) => {
            let first = error.problems.first();
            let field = first.map_or("(scenario)", |p| p.field.as_str());
            let message = first.map_or("ongeldige invoer", |p| p.message.as_str());
            print_error(2, "invalid_scenario", field, message, &error.problems)
        }
        Err(error @ EvaluateError::Parameters(_)) => {
            print_error(1, "parameters", "(parameters)", &error.to_string(), &[])
        }
    }
}

fn print_error(
    code: u8,
    kind: &str,
    field: &str,
    message: &str,
    problems: &[studierekenaar_core::scenario::FieldError],
) -> ExitCode {
    let error = serde_json::json!({
        "error": { "code": kind, "field": field, "message": message, "problems": problems }
    });
    println!("{error:#}");
    ExitCode::from(code)
}

fn list_params() -> ExitCode {
    let params = match Params::embedded() {
        Ok(params) => params,
        Err(error) => return print_error(1, "parameters", "(parameters)", &error.to_string(), &[]),
    };
    for parameter in params.iter() {
        println!("{} — {}", parameter.id, parameter.label);
        for value in &parameter.values {
            let amount = value.amount.map_or_else(|| "—".to_owned(), |a| parameter.unit.display_nl(a));
            let source = value.source.as_deref().unwrap_or("");
            println!("  {:<20} {:<28} {:<32} {source}", value.period.to_string(), amount, value.status.label_nl());
        }
    }
    ExitCode::SUCCESS
}
