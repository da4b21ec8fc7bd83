//! The `muster` executable. Parsing and dispatch only: `serve` is this crate's
//! [`muster_server::serve`], everything else `muster::commands`.

use std::{io::IsTerminal, process::ExitCode};

use clap::Parser;
use muster::{
    cli::{Cli, Command},
    commands,
};
use tracing_subscriber::{EnvFilter, layer::SubscriberExt, util::SubscriberInitExt};

/// Large allocations straight from the system, and back to it when freed. glibc raises its
/// mmap threshold each time a large block is freed, after which blocks of that size come from
/// per-thread arenas and stay there: every login's 19 MiB of argon2 working memory would
/// remain resident (a burst of 200 logins left 250 MiB behind). A fixed threshold (4 MiB) stops
/// that. Fixing it also stops glibc raising the trim threshold with it, and trimming the heap
/// at every 128 KiB freed costs more than it gives back (start-up took 12 ms longer): 32 MiB.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() {
    const MMAP_THRESHOLD: libc::c_int = 4 << 20;
    const TRIM_THRESHOLD: libc::c_int = 32 << 20;
    #[allow(unsafe_code)]
    // SAFETY: glibc's documented tuning calls, made first thing in `main`, before any other
    // thread exists; they only set allocator parameters.
    let ok = unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD)
            & libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    };
    if ok != 1 {
        eprintln!("warning: could not set the allocator's thresholds");
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() {}

fn main() -> ExitCode {
    return_large_blocks_to_the_system();
    let cli = Cli::parse();
    let filter = EnvFilter::try_new(&cli.log).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .finish()
        .with(muster_server::logs::ClientFaultsAreNotErrors)
        .init();

    let result = actix_web::rt::System::new().block_on(async move {
        match cli.command {
            Command::Serve(args) => muster_server::serve(args).await,
            Command::Worker(args) => commands::worker(args).await,
            Command::Migrate(args) => commands::migrate(args).await,
            Command::Admin(args) => commands::admin(args).await,
            Command::Import(args) => commands::import(args).await,
            Command::Export(args) => commands::export(args).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
