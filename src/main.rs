use std::process::ExitCode;

fn main() -> ExitCode {
    cochair::cli::main()
}
