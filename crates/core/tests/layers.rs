//! The core's modules import in one direction: units and time → the model (what a person
//! describes) → parameters → messages and explanations → rules → words. This test reads the sources and fails
//! on an import against that order, or on a cycle among modules of one layer.
//!
//! The imports against the order that are still there are listed, each with what it is
//! waiting for; the test also fails when one of them is gone, so that the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of the core and its layer (lower layers may not import higher ones).
const LAYERS: &[(&str, u8)] = &[
    ("money", 0),
    ("year", 0),
    ("input", 0),
    ("scenario", 1),
    ("params", 2),
    // Messages name parameters (`ParamId`, units, statuses) in their typed arguments.
    ("message", 3),
    ("explain", 3),
    ("fee", 4),
    ("grant", 4),
    ("leave", 4),
    ("dual", 4),
    ("plan", 4),
    ("adult_education", 4),
    ("i18n", 5),
    ("render", 5),
    ("share", 6),
];

/// Imports against the order that remain, and what removes each.
const KNOWN: &[(&str, &str, &str)] = &[
    ("money", "params", "Hundredths and the units belong with money, not with the parameters"),
    ("year", "params", "the date type belongs with the years"),
    ("year", "i18n", "a year's errors are worded in the core's catalog"),
    ("input", "i18n", "the readers of typed numbers word their own errors"),
    ("message", "leave", "the hours types live in the leave rules"),
    ("scenario", "leave", "each section's input type lives with its rules"),
    ("scenario", "dual", "each section's input type lives with its rules"),
    ("scenario", "plan", "each section's input type lives with its rules"),
    ("scenario", "adult_education", "each section's input type lives with its rules"),
    ("scenario", "i18n", "validation words its problems instead of returning their kinds"),
    ("scenario", "render", "validation words its problems instead of returning their kinds"),
    ("params", "dual", "the agreement kinds live in the dual-learning rules"),
    ("params", "i18n", "a status's and a unit's words are in the parameter module"),
    ("explain", "i18n", "a figure as a step cites it carries its label and note in words"),
    ("leave", "i18n", "the leave input's checks word their problems"),
    ("leave", "render", "the leave input's checks word their problems"),
    ("dual", "i18n", "missing figures and the input's checks are worded in the rules"),
];

fn module_sources(dir: &Path, text: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|entry| entry.path()) {
        if path.is_dir() {
            module_sources(&path, text);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            // Tests may use anything; comments name modules without importing them.
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines() {
                let line = line.split("//").next().unwrap_or_default();
                text.push_str(line);
                text.push('\n');
            }
        }
    }
}

/// The modules `code` refers to: `crate::x`, `$crate::x`, and the macros of i18n and message.
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for part in code.split("crate::").skip(1) {
        let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        found.insert(name);
    }
    for (macro_call, module) in [("tr!(", "i18n"), ("fluent_args!(", "i18n"), ("msg!(", "message")] {
        if code.contains(macro_call) {
            found.insert(module.to_owned());
        }
    }
    found
        .into_iter()
        .map(|name| {
            if name == "tr" || name == "fluent_args" {
                "i18n".into()
            } else if name == "msg" {
                "message".into()
            } else {
                name
            }
        })
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut graph = BTreeMap::new();
    for (module, _) in LAYERS {
        let mut code = String::new();
        let folder = src.join(module);
        if folder.is_dir() {
            module_sources(&folder, &mut code);
        }
        let file = src.join(format!("{module}.rs"));
        if file.is_file() {
            let source = std::fs::read_to_string(&file).unwrap_or_default();
            module_sources_of_text(&source, &mut code);
        }
        let targets = imports(&code).into_iter().filter(|t| t != module && layer.contains_key(t.as_str())).collect();
        graph.insert((*module).to_owned(), targets);
    }
    graph
}

fn module_sources_of_text(source: &str, text: &mut String) {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    for line in code.lines() {
        text.push_str(line.split("//").next().unwrap_or_default());
        text.push('\n');
    }
}

#[test]
fn every_module_of_the_core_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let named: BTreeSet<&str> = LAYERS.iter().map(|(m, _)| *m).collect();
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap_or_default();
    for line in lib.lines().filter_map(|l| l.strip_prefix("pub mod ")) {
        let module = line.trim_end_matches(';');
        assert!(named.contains(module), "module {module} has no layer in tests/layers.rs");
    }
}

#[test]
fn imports_follow_the_layers_except_the_listed_ones() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let graph = graph();
    let known: BTreeSet<(&str, &str)> = KNOWN.iter().map(|(from, to, _)| (*from, *to)).collect();
    let mut against = Vec::new();
    let mut found = BTreeSet::new();
    for (from, targets) in &graph {
        for to in targets {
            if layer[to.as_str()] > layer[from.as_str()] {
                found.insert((from.clone(), to.clone()));
                if !known.contains(&(from.as_str(), to.as_str())) {
                    against.push(format!("{from} → {to}"));
                }
            }
        }
    }
    assert!(against.is_empty(), "imports against the layers: {against:?}");
    let gone: Vec<String> = KNOWN
        .iter()
        .filter(|(from, to, _)| layer[from] < layer[to] && !found.contains(&((*from).to_owned(), (*to).to_owned())))
        .map(|(from, to, _)| format!("{from} → {to}"))
        .collect();
    assert!(gone.is_empty(), "no longer imported, remove from KNOWN: {gone:?}");
}

#[test]
fn no_cycle_within_a_layer() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let graph = graph();
    // Depth-first search over the imports that stay within one layer.
    fn reaches(
        graph: &BTreeMap<String, BTreeSet<String>>,
        layer: &BTreeMap<&str, u8>,
        from: &str,
        to: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        graph[from]
            .iter()
            .filter(|next| layer[next.as_str()] == layer[from])
            .any(|next| next == to || (seen.insert(next.clone()) && reaches(graph, layer, next, to, seen)))
    }
    for module in graph.keys() {
        assert!(
            !reaches(&graph, &layer, module, module, &mut BTreeSet::new()),
            "{module} imports itself through modules of its layer"
        );
    }
}
