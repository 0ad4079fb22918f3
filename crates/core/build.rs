//! Compiles every file under `params/` and `locales/` into the crate: writes the lists of
//! `(id, include_str!(path))` that `src/params/embedded.rs` and `src/i18n.rs` include, so
//! that a new parameter or message file needs no code change and none can be forgotten.

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

/// `(id, text)` for every `params/<group>/<name>.toml`, the id being `<group>/<name>`.
fn embed_params(root: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, "toml", &mut files)?;
    files.sort();

    let mut code = String::from("pub(super) const FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        let id = file.strip_prefix(root)?.with_extension("").to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({id:?}, include_str!({:?})),", file.display().to_string())?;
    }
    code.push_str("];\n");
    std::fs::write(out, code)?;
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
