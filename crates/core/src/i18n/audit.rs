//! Checks that message files agree across languages: the same files, the same messages
//! and attributes, no variable a translation invents, every legal term defined. Used by
//! the tests of the core and of the app, each on its own files.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// One message or attribute (`id` or `id.attribute`) with the variables and terms it uses.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Entries {
    pub messages: BTreeMap<String, Used>,
    /// Terms (`-vov`) defined in the file.
    pub terms: BTreeSet<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Used {
    pub variables: BTreeSet<String>,
    pub terms: BTreeSet<String>,
}

/// Reads the messages of one file, or says why it does not parse.
pub fn entries(text: &str) -> Result<Entries, String> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut found = Entries::default();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                if let Some(value) = &message.value {
                    found.messages.insert(message.id.name.to_owned(), used(value));
                }
                for attribute in &message.attributes {
                    found.messages.insert(format!("{}.{}", message.id.name, attribute.id.name), used(&attribute.value));
                }
            }
            Entry::Term(term) => {
                found.terms.insert(term.id.name.to_owned());
            }
            _ => {}
        }
    }
    Ok(found)
}

fn used(pattern: &Pattern<&str>) -> Used {
    let mut used = Used::default();
    walk_pattern(pattern, &mut used);
    used
}

fn walk_pattern(pattern: &Pattern<&str>, used: &mut Used) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, used);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, used: &mut Used) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, used);
            for variant in variants {
                walk_pattern(&variant.value, used);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, used),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, used: &mut Used) {
    match inline {
        InlineExpression::VariableReference { id } => {
            used.variables.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, .. } => {
            used.terms.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, used);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, used),
        _ => {}
    }
}

/// Every disagreement between the languages of a set of files `(language tag, file name,
/// text)`, with the shared terms `terms`; `reference` is the language the others follow.
/// Files named in `translations_only` exist in the other languages only (translations of
/// data whose reference wording lives elsewhere) and are compared among themselves.
pub fn parity(files: &[(&str, &str, &str)], terms: &str, reference: &str, translations_only: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let terms = match entries(terms) {
        Ok(found) => found.terms,
        Err(error) => return vec![format!("legal terms do not parse: {error}")],
    };
    let mut by_file: BTreeMap<&str, BTreeMap<&str, Entries>> = BTreeMap::new();
    let languages: BTreeSet<&str> = files.iter().map(|(tag, _, _)| *tag).collect();
    for (tag, name, text) in files {
        match entries(text) {
            Ok(found) => {
                by_file.entry(name).or_default().insert(tag, found);
            }
            Err(error) => problems.push(format!("{tag}/{name} does not parse: {error}")),
        }
    }
    for (name, per_language) in &by_file {
        let expected: BTreeSet<&str> = if translations_only.contains(name) {
            languages.iter().copied().filter(|tag| *tag != reference).collect()
        } else {
            languages.clone()
        };
        for tag in &expected {
            if !per_language.contains_key(tag) {
                problems.push(format!("{tag}/{name} is missing"));
            }
        }
        let leader = if translations_only.contains(name) { expected.first().copied() } else { Some(reference) };
        let Some(leader) = leader.and_then(|tag| per_language.get(tag).map(|found| (tag, found))) else { continue };
        for (tag, found) in per_language {
            for term in found.messages.values().flat_map(|used| &used.terms) {
                if !terms.contains(term) {
                    problems.push(format!("{tag}/{name} uses the term -{term}, which legal-terms.ftl does not define"));
                }
            }
            if *tag == leader.0 {
                continue;
            }
            for (id, used) in &found.messages {
                match leader.1.messages.get(id) {
                    None => problems.push(format!("{tag}/{name}: {id} is not in {}/{name}", leader.0)),
                    Some(expected) => {
                        for variable in used.variables.difference(&expected.variables) {
                            problems.push(format!(
                                "{tag}/{name}: {id} uses ${variable}, which {}/{name} does not give",
                                leader.0
                            ));
                        }
                    }
                }
            }
            for id in leader.1.messages.keys().filter(|id| !found.messages.contains_key(*id)) {
                problems.push(format!("{tag}/{name}: {id} is missing (it is in {}/{name})", leader.0));
            }
        }
    }
    problems
}

/// The message ids a Rust source names in a call that formats a message: `tr!(x, "id"`,
/// `t!(x, "id"`, `.text("id")`, `.count("id"`, `.format("id"`.
pub fn ids_named_in(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for opening in ["tr!(", "t!("] {
        for (start, _) in source.match_indices(opening) {
            // `t!(` and not the end of `assert!(`.
            let preceding = source[..start].chars().next_back();
            if preceding.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &source[start + opening.len()..];
            // The first argument is the language; the id is the first string literal after it.
            if let Some((_, after_comma)) = rest.split_once(',') {
                if let Some(id) = leading_literal(after_comma) {
                    found.insert(id);
                }
            }
        }
    }
    for opening in [".text(", ".count(", ".format("] {
        for (start, _) in source.match_indices(opening) {
            if let Some(id) = leading_literal(&source[start + opening.len()..]) {
                found.insert(id);
            }
        }
    }
    found
}

fn leading_literal(text: &str) -> Option<String> {
    let text = text.trim_start().strip_prefix('"')?;
    let end = text.find('"')?;
    let id = &text[..end];
    let is_id = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    is_id.then(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERMS: &str = "-vov = VOV\n";

    #[test]
    fn finds_what_a_translation_lacks_or_invents() {
        let files = [
            ("nl-BE", "a.ftl", "hello = Dag { $name }\nbye = Tot ziens\n    .title = Weg\n"),
            ("en", "a.ftl", "hello = Hello { $name } { $age }\nextra = More { -vov } { -vok }\n"),
        ];
        let problems = parity(&files, TERMS, "nl-BE", &[]);
        assert!(problems.iter().any(|p| p.contains("hello uses $age")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("extra is not in nl-BE")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("bye is missing")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("bye.title is missing")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("-vok")), "{problems:?}");
        assert!(!problems.iter().any(|p| p.contains("-vov")), "{problems:?}");
    }

    #[test]
    fn finds_a_missing_file() {
        let files = [("nl-BE", "a.ftl", "x = 1\n"), ("en", "a.ftl", "x = 1\n"), ("nl-BE", "b.ftl", "y = 2\n")];
        assert_eq!(parity(&files, TERMS, "nl-BE", &[]), ["en/b.ftl is missing"]);
    }

    #[test]
    fn reads_ids_from_code() {
        let code = r#"tr!(language, "fee-fixed", amount = x); language.text("status-confirmed"); t!(lang, "app-title"); assert!(x, "not-an-id")"#;
        let ids: Vec<String> = ids_named_in(code).into_iter().collect();
        assert_eq!(ids, ["app-title", "fee-fixed", "status-confirmed"]);
    }
}
