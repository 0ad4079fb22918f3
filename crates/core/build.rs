//! Compiles every file under `params/` and `locales/` into the crate: writes the lists of
//! `(id, include_str!(path))` that `src/params/embedded.rs` and `src/i18n.rs` include, so
//! that a new parameter, agreement or message file needs no code change and none can be
//! forgotten.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, extension, found)?;
        } else if path.extension().is_some_and(|ext| ext == extension) {
            found.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    embed_params(&manifest.join("params"), &out.join("embedded_params.rs"))?;
    embed_locales(&manifest.join("locales"), &out.join("embedded_locales.rs"))?;
    Ok(())
}

/// The folder under `params/` that holds the dual-learning agreements' rules in words, one
/// file per agreement (`dual/agreements/oao.toml`): facts, not parameters.
const AGREEMENTS: &str = "dual/agreements";

/// `(id, text)` for every `params/<group>/<name>.toml`, the id being `<group>/<name>`, and
/// apart from them every `params/dual/agreements/<kind>.toml`. Any other file is an error,
/// so that nothing under `params/` is compiled in as the wrong kind or left out.
fn embed_params(root: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, "toml", &mut files)?;
    files.sort();

    let mut parameters = String::from("pub(super) const FILES: &[(&str, &str)] = &[\n");
    let mut agreements = String::from("pub(super) const AGREEMENT_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        let id = file.strip_prefix(root)?.with_extension("").to_string_lossy().replace('\\', "/");
        let list = match id.rsplit_once('/') {
            Some((AGREEMENTS, _)) => &mut agreements,
            Some((group, _)) if !group.contains('/') => &mut parameters,
            _ => return Err(format!("params/{id}.toml: a parameter is params/<group>/<name>.toml, an agreement params/{AGREEMENTS}/<kind>.toml").into()),
        };
        writeln!(list, "    ({id:?}, include_str!({:?})),", file.display().to_string())?;
    }
    parameters.push_str("];\n");
    agreements.push_str("];\n");
    std::fs::write(out, parameters + &agreements)?;
    Ok(())
}

/// `(language tag, file name, text)` for every `locales/<tag>/<name>.ftl`.
fn embed_locales(root: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, "ftl", &mut files)?;
    files.sort();

    let mut code = String::from("pub(super) const FILES: &[(&str, &str, &str)] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(root)?;
        // The shared legal terms sit at the top and belong to no one language.
        let Some(tag) = relative.parent().filter(|p| !p.as_os_str().is_empty()) else { continue };
        let name = relative.file_name().unwrap_or_default().to_string_lossy();
        writeln!(code, "    ({:?}, {name:?}, include_str!({:?})),", tag.to_string_lossy(), file.display().to_string())?;
    }
    code.push_str("];\n");
    std::fs::write(out, code)?;
    Ok(())
}
