//! The `muster` executable. Parsing and dispatch only: `serve` is this crate's
//! [`muster_server::serve`], everything else `muster::commands`.

use std::{io::IsTerminal, process::ExitCode};

use clap::Parser;
use muster::{
    cli::{Cli, Command},
    commands,
};
use tracing_subscriber::{EnvFilter, layer::SubscriberExt, util::SubscriberInitExt};

fn main() -> ExitCode {
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
