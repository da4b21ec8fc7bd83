//! Reading a group archive (a ZIP) back, as someone who downloaded it would.

use std::io::{Cursor, Read};

/// Every file of a ZIP: its name and its bytes, in the ZIP's order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a ZIP");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).expect("a file of the ZIP");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("the file's bytes");
            (file.name().expect("a file name").into_owned(), data)
        })
        .collect()
}
