//! Copies the app's Dutch message files into the build without their comments, which are
//! for translators, not for the page (`src/i18n.rs` compiles them in).

use std::path::PathBuf;

fn main() {
    let dutch = PathBuf::from("locales/nl-BE");
    println!("cargo:rerun-if-changed={}", dutch.display());
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let files = std::fs::read_dir(&dutch).unwrap_or_else(|error| panic!("{}: {error}", dutch.display()));
    for file in files.flatten().map(|entry| entry.path()) {
        if file.extension().is_some_and(|ext| ext == "ftl") {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
            // Comment lines start with `#`; a message's text never starts a line there.
            let kept: String =
                text.lines().filter(|line| !line.starts_with('#')).flat_map(|line| [line, "\n"]).collect();
            let name = file.file_name().unwrap_or_default();
            std::fs::write(out.join(name), kept).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        }
    }
}
