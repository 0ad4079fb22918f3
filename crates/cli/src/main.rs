//! `studierekenaar`: the calculator from the command line, for scripts and checks.
//!
//! ```sh
//! echo '{"academic_year":"2024-2025","student":{"status":"non_grant"},
//!        "enrolments":[{"institution":"A","contract":"diploma","programme":"initial","credits":60}]}' \
//!   | studierekenaar evaluate --lang en
//! ```
//! `--lang` (`nl-BE`, the default, `fr-BE` or `en`; loose tags such as `fr` or `en-GB` work
//! too) chooses the language of every sentence, amount and error message.
//! Exit codes: 0 outcome printed, 2 invalid input or unknown language (a JSON `error`
//! object on stdout), 1 anything else (an unreadable file).

use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use studierekenaar_core::dual::FactTopic;
use studierekenaar_core::explain::ParameterWords;
use studierekenaar_core::i18n::{Catalog, FluentArgs};
use studierekenaar_core::{evaluate_json, fluent_args, render, EvaluateError, Language, Params};

/// The tool's own messages, `(language tag, text)`; the core has the rest.
const MESSAGES: [(&str, &str); 3] = [
    ("nl-BE", include_str!("../locales/nl-BE/cli.ftl")),
    ("fr-BE", include_str!("../locales/fr-BE/cli.ftl")),
    ("en", include_str!("../locales/en/cli.ftl")),
];

#[derive(Parser)]
#[command(
    name = "studierekenaar",
    version,
    about = "Wat kost terug gaan studeren in Vlaanderen? Studiegeld met uitleg en bronnen."
)]
struct Cli {
    /// Language of the output: nl-BE (default), fr-BE or en (also nl, fr, en-GB…).
    #[arg(long = "lang", global = true, default_value = "nl-BE", value_name = "LANGUAGE")]
    lang: String,
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
    /// List every parameter with its value, status and source for each academic year, then
    /// each dual-learning agreement's rules with their status and source.
    Params {
        /// Also give each parameter's description, in Dutch (the language of the parameter
        /// files), under its name.
        #[arg(long)]
        describe: bool,
    },
}

/// The tool's messages in one language.
struct Texts {
    catalog: Catalog,
}

impl Texts {
    fn new(language: Language) -> Texts {
        let sources: Vec<(&str, &str)> =
            MESSAGES.iter().filter(|(tag, _)| *tag == language.tag()).map(|(_, text)| ("cli.ftl", *text)).collect();
        Texts { catalog: Catalog::new(language, &sources) }
    }

    fn text(&self, id: &str) -> String {
        self.catalog.format(id, None)
    }

    fn format(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.catalog.format(id, Some(args))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(language) = Language::from_tag(&cli.lang) else {
        // The language asked is unknown, so the message is in the default one.
        let texts = Texts::new(Language::default());
        let message = texts.format("cli-unknown-language", &fluent_args!(tag = cli.lang.as_str()));
        return print_error(2, "invalid_language", "--lang", &message, &[]);
    };
    let texts = Texts::new(language);
    match cli.command {
        Command::Evaluate { file } => evaluate(file, language, &texts),
        Command::Params { describe } => list_params(language, &texts, describe),
    }
}

fn evaluate(file: Option<PathBuf>, language: Language, texts: &Texts) -> ExitCode {
    let mut input = String::new();
    let read = match &file {
        Some(path) => std::fs::read_to_string(path).map(|text| input = text),
        None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
    };
    if let Err(error) = read {
        let source = file.map_or_else(|| texts.text("cli-standard-input"), |p| p.display().to_string());
        let message = texts.format("cli-cannot-read", &fluent_args!(source = source, error = error.to_string()));
        return print_error(1, "io", "(scenario)", &message, &[]);
    }
    match evaluate_json(&input, language) {
        Ok(outcome) => match render::in_words(language, || serde_json::to_string_pretty(&outcome)) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                let message = texts.format("cli-cannot-write", &fluent_args!(error = error.to_string()));
                print_error(1, "internal", "(outcome)", &message, &[])
            }
        },
        Err(EvaluateError::Input(error)) => {
            let first = error.problems.first();
            let field = first.map_or("(scenario)", |p| p.field.as_str());
            let message = first.map_or_else(|| texts.text("cli-invalid-input"), |p| p.message.clone());
            print_error(2, "invalid_scenario", field, &message, &error.problems)
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

fn list_params(language: Language, texts: &Texts, describe: bool) -> ExitCode {
    match write_params(Params::embedded(), language, texts, describe) {
        // A closed pipe (`studierekenaar params | head`) ends the listing, not an error.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

fn write_params(params: &Params, language: Language, texts: &Texts, describe: bool) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for parameter in params.iter() {
        writeln!(out, "{} — {}", parameter.id, ParameterWords { parameter, language }.label())?;
        if describe {
            for line in parameter.id.description().lines() {
                writeln!(out, "    {line}")?;
            }
        }
        for value in parameter.values {
            let amount =
                value.amount.map_or_else(|| texts.text("cli-no-amount"), |a| parameter.unit.display(language, a));
            let source = value.source.unwrap_or("");
            writeln!(
                out,
                "  {:<31} {:<28} {:<40} {source}",
                language.period(value.period),
                amount,
                value.status.label(language)
            )?;
        }
    }
    // The dual-learning agreements' rules in words: per topic its status and source, and for
    // social security the answer.
    for agreement in params.agreements() {
        writeln!(out, "{} — {}", agreement.id, agreement.kind.name(language))?;
        for fact in agreement.facts {
            let answer = match fact.topic {
                FactTopic::SocialSecurity => language.yes_no(agreement.social_security),
                _ => texts.text("cli-no-amount"),
            };
            writeln!(
                out,
                "  {:<31} {:<28} {:<40} {}",
                fact.topic.label(language),
                answer,
                fact.status.label(language),
                fact.source
            )?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use studierekenaar_core::i18n::{audit, LEGAL_TERMS};

    #[test]
    fn every_language_has_every_message_of_the_tool() {
        let files: Vec<(&str, &str, &str)> = MESSAGES.iter().map(|(tag, text)| (*tag, "cli.ftl", *text)).collect();
        let problems = audit::parity(&files, LEGAL_TERMS, "nl-BE", &[]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        for language in Language::ALL {
            assert!(Texts::new(language).catalog.problems().is_empty(), "{language}");
        }
    }

    #[test]
    fn every_message_of_the_tool_is_used_and_exists() {
        let source = include_str!("main.rs");
        let named = audit::ids_named_in(source);
        let catalog = &Texts::new(Language::Dutch).catalog;
        for id in &named {
            assert!(catalog.has(id), "{id} is named but not in nl-BE/cli.ftl");
        }
        let defined = audit::entries(MESSAGES[0].1).expect("parses").messages;
        for id in defined.keys() {
            assert!(source.contains(&format!("\"{id}\"")), "{id} is never used");
        }
    }

    #[test]
    fn messages_read_in_each_language() {
        let args = fluent_args!(tag = "de");
        assert_eq!(
            Texts::new(Language::English).format("cli-unknown-language", &args),
            "unknown language \"de\": choose nl-BE, fr-BE or en (or a language tag such as nl, fr, en-GB)"
        );
        assert!(Texts::new(Language::French)
            .format("cli-unknown-language", &args)
            .starts_with("langue inconnue «\u{a0}de\u{a0}»"));
        assert_eq!(Texts::new(Language::Dutch).text("cli-standard-input"), "standaardinvoer");
    }
}
