//! Embeds every catalogue under `locales/{tag}/*.ftl` into the binary: adding a file or a
//! language directory needs no code change here.

use std::{env, fmt::Write, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut tags: Vec<_> = fs::read_dir(&root)
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    tags.sort_by_key(|e| e.file_name());
    let mut out =
        String::from("/// `(language tag, file name, Fluent source)` for every catalogue.\n");
    out.push_str("pub static CATALOGUES: &[(&str, &str, &str)] = &[\n");
    for dir in tags {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let tag = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(dir.path())
            .expect("a language directory")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            writeln!(
                out,
                "    ({tag:?}, {name:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set")).join("catalogues.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
