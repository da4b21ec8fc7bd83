//! Generates `Source`: a data provider over the baked data each ICU4X data crate bundles, with
//! the iteration the export needs, and the list of its markers. The data crates' sources are
//! found through `cargo metadata` (DEP paths are not exported), passed in `ICU_DATA_CRATES` as
//! `crate=path` pairs by scripts/icu-data.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-env-changed=ICU_DATA_CRATES");
    let crates = std::env::var("ICU_DATA_CRATES").expect("ICU_DATA_CRATES (run scripts/icu-data)");
    let mut impls = String::new();
    let mut markers = Vec::new();
    let mut globs = std::collections::BTreeSet::new();
    for pair in crates.split_whitespace() {
        let (name, dir) = pair.split_once('=').expect("crate=path");
        let mut files: Vec<_> = std::fs::read_dir(format!("{dir}/data"))
            .expect("data directory")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".rs.data"))
            .collect();
        files.sort();
        for file in files {
            let stem = file
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".rs.data", "");
            let text = std::fs::read_to_string(&file).expect("data file");
            let start = text
                .find("impl icu_provider::DataProvider<")
                .expect("a DataProvider impl")
                + "impl icu_provider::DataProvider<".len();
            let end = start + text[start..].find("> for $provider").expect("marker path");
            let marker = text[start..end].trim().to_owned();
            if text.contains("BtreeSet") {
                // A singleton whose generated iteration does not compile in this release
                // (`BtreeSet`): it has one identifier, the default one.
                writeln!(impls, "    {name}::impl_{stem}!(Source);").unwrap();
                writeln!(
                    impls,
                    "    impl icu_provider::IterableDataProvider<{marker}> for Source {{\n\
                     \x20       fn iter_ids(&self) -> Result<std::collections::BTreeSet<icu_provider::DataIdentifierCow<'static>>, icu_provider::DataError> {{\n\
                     \x20           Ok([Default::default()].into_iter().collect())\n\
                     \x20       }}\n\
                     \x20   }}"
                )
                .unwrap();
            } else {
                writeln!(impls, "    {name}::impl_{stem}!(Source, ITER);").unwrap();
            }
            globs.insert(name.to_owned());
            markers.push(marker);
        }
    }
    let mut out = String::from(
        "#[derive(Debug)]\npub struct Source;\n\n#[allow(unused_imports)]\nconst _: () = {\n\
         \x20   extern crate alloc;\n\
         \x20   pub mod icu {\n\
         \x20       pub use icu_calendar as calendar;\n\
         \x20       pub use icu_datetime as datetime;\n\
         \x20       pub use icu_decimal as decimal;\n\
         \x20       pub use icu_list as list;\n\
         \x20       pub mod locale {\n\
         \x20           pub use icu_locale_fallback as fallback;\n\
         \x20       }\n\
         \x20       pub use icu_normalizer as normalizer;\n\
         \x20       pub use icu_plurals as plurals;\n\
         \x20       pub use icu_properties as properties;\n\
         \x20       pub use icu_time as time;\n\
         \x20       pub use icu_collections as collections;\n\
         \x20   }\n\
         \x20   icu_datetime_data::make_provider!(Source);\n",
    );
    for name in &globs {
        writeln!(out, "    use {name}::*;").unwrap();
    }
    out.push_str(&impls);
    out.push_str("    icu_provider::export::make_exportable_provider!(Source, [\n");
    for marker in &markers {
        writeln!(out, "        {marker},").unwrap();
    }
    out.push_str("    ]);\n};\n");
    let path = format!("{}/markers.rs", std::env::var("OUT_DIR").unwrap());
    std::fs::write(path, out).unwrap();
}
