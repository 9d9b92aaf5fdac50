use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cochair::cli::Cli::parse();
    cochair::cli::run(cli)
}
