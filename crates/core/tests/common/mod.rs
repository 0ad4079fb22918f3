//! Shared by the case runners: the case files of one calculator, one folder each under
//! `tests/cases/` (`fee/`, `leave/`, `dual/`), parsed with the runner's own strict schema.

use serde::de::DeserializeOwned;
use std::path::PathBuf;

/// Every `*.toml` file in `tests/cases/<section>/`, sorted, each parsed as `T`.
/// Panics with the file name when a file cannot be read or does not fit the schema.
pub fn case_files<T: DeserializeOwned>(section: &str) -> Vec<(PathBuf, T)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(section);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no case files found in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, file)
        })
        .collect()
}
