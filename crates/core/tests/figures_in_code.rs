//! No figure slips back into the code of the rules that read theirs from `params/`: an
//! amount, a date or an academic year written as a literal (`Cents(61_060)`,
//! `Date::new(2022, 9, 1)`, `AcademicYear(2025)`) belongs in a parameter file with its
//! status and source. A plain scan of the code before its tests.

use std::path::{Path, PathBuf};

/// The code checked: files, or folders whose every `.rs` file is checked.
const CHECKED: [&str; 3] = ["src/fee.rs", "src/dual", "src/leave/vok.rs"];

/// Constructors that must not be given a number written in the code.
const CONSTRUCTORS: [&str; 3] = ["Cents(", "Date::new(", "AcademicYear("];

fn rust_files(path: &Path, found: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("a source folder") {
            rust_files(&entry.expect("an entry").path(), found);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        found.push(path.to_owned());
    }
}

/// The code before its `#[cfg(test)]` module, which must be the last thing in the file
/// (so that nothing after it escapes the scan).
fn code_before_tests(name: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines.iter().position(|l| l.trim() == "#[cfg(test)]") else { return text.to_owned() };
    let after: Vec<&&str> = lines[start + 1..].iter().filter(|l| !l.is_empty() && !l.starts_with([' ', '}'])).collect();
    assert!(
        after.len() == 1 && after[0].starts_with("mod tests"),
        "{name}: only the tests module may follow #[cfg(test)], found {after:?}"
    );
    lines[..start].join("\n")
}

/// Each `Constructor(<number>` in the text, with its line, comments left out.
fn literal_figures(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for constructor in CONSTRUCTORS {
            for (at, _) in line.match_indices(constructor) {
                // `Cents(` but not `ToCents(` or `into_cents(`.
                let whole_name = line[..at].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                let argument = line[at + constructor.len()..].trim_start().trim_start_matches('-');
                if whole_name && argument.starts_with(|c: char| c.is_ascii_digit()) {
                    found.push(format!("line {}: {}", number + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_scan_finds_a_literal_figure_and_nothing_else() {
    let code = "let a = Cents(61_060);\nlet b = Date::new(2021, 9, 1);\nif year >= AcademicYear(2025) {}\n\
                let c = Cents( -5);\n// Cents(1) in a comment\nlet d = Cents(price);\nlet e = Date::new(year.0, 9, 1);\n\
                let f = AcademicYear::containing(y, m);\nlet g = ToCents(3);";
    let found = literal_figures(code);
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found[0].starts_with("line 1: ") && found[3].starts_with("line 4: "), "{found:?}");
    let with_tests = "fn f() {}\n#[cfg(test)]\nmod tests {\n    fn g() { Cents(1); }\n}\n";
    assert!(literal_figures(&code_before_tests("example", with_tests)).is_empty());
}

#[test]
fn no_amount_date_or_year_is_written_in_the_code_of_the_fee_dual_learning_and_vok() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for path in CHECKED {
        rust_files(&root.join(path), &mut files);
    }
    assert!(files.len() >= 8, "the scan reads the fee, every dual-learning file and the VOK: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let name = file.strip_prefix(root).unwrap_or(file).display().to_string();
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for figure in literal_figures(&code_before_tests(&name, &text)) {
            found.push(format!("{name} {figure}"));
        }
    }
    assert!(
        found.is_empty(),
        "figures written in the code; move them to params/ with their source:\n{}",
        found.join("\n")
    );
}
