//! Compiles every file under `params/` into the crate: writes the list of
//! `(id, include_str!(path))` pairs that `src/params/embedded.rs` includes, so that a new
//! parameter file needs no code change and no file can be forgotten.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, found)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            found.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("params");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files)?;
    files.sort();

    let mut code = String::from("pub(super) const FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        let id = file.strip_prefix(&root)?.with_extension("").to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({id:?}, include_str!({:?})),", file.display().to_string())?;
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("embedded_params.rs");
    std::fs::write(out, code)?;
    Ok(())
}
