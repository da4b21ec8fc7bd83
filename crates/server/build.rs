//! Release builds of the `muster` executable pack their relative relocations (DT_RELR, glibc
//! 2.36 and GNU ld 2.38 or later): the table the dynamic loader walks at every start shrinks
//! from about 2 MB to a few kilobytes, so the binary is smaller and starts a little sooner.
//! Where the linker is LLD (rustc's default on x86-64 Linux), functions whose machine code
//! came out identical — generic code instantiated for types of the same layout — are kept
//! once (`--icf=all`).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux");
    if linux && std::env::var("PROFILE").as_deref() == Ok("release") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        let x86_64 = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64");
        let gnu = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
        if x86_64 && gnu {
            println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
        }
    }
}
