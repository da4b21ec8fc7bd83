//! The licence the crates declare is the one the repository ships.

use std::path::Path;

#[test]
fn the_repository_ships_the_licence_every_crate_declares() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).expect("the workspace manifest");
    assert!(
        manifest.contains("license = \"AGPL-3.0-or-later\""),
        "the workspace declares AGPL-3.0-or-later"
    );
    let text = std::fs::read_to_string(root.join("LICENSE")).expect("a LICENSE file at the root");
    assert!(text.starts_with("GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007"));
    assert!(
        text.contains("13. Remote Network Interaction; Use with the GNU General Public License.")
    );
    assert!(text.len() > 30_000, "the whole text, not a stub");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("the README");
    assert!(
        readme.contains("[`LICENSE`](LICENSE)"),
        "the README points at it"
    );
}
