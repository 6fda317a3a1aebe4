//! `frankly`, the command line: check a review comment or a feedback draft from a file or stdin
//! (for scripts, git hooks and CI), or print the rule catalogue. Native only; the web app is the
//! `frankly-app` binary.
//!
//! Exit status: 0 no findings or only notes, 1 a warning or a problem, 2 the input could not be
//! checked (unreadable, not UTF-8, bad arguments).
#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod render;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{IsTerminal, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::builder::{PossibleValuesParser, TypedValueParser};
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use clap::{Parser, Subcommand, ValueEnum};
    use frankly::engine::{catalogue, Mode, RuleId};

    use crate::check::{self, InputError, EXIT_BAD_INPUT};
    use crate::render;

    #[derive(Parser, Debug)]
    #[command(
        name = "frankly",
        version,
        about = "Check feedback before you send it: vague, personal, harsh, absolute, hedging or \
                 insincere wording, with why it matters and a rewrite.",
        after_help = "Exit status: 0 no findings or only notes, 1 a warning or a problem, \
                      2 the input could not be checked."
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand, Debug)]
    enum Command {
        /// Check a text. Lines starting with `>` (quoted words of someone else) are not judged.
        Check {
            /// The file to check; `-` or nothing reads stdin.
            #[arg(value_name = "FILE", default_value = "-")]
            file: PathBuf,
            /// What kind of feedback the text is; tunes rules and rewrites.
            #[arg(long, default_value = "performance-review", value_parser = mode_parser())]
            mode: Mode,
            /// human: rustc-style diagnostics; json: one object (positions, spans, rewrites).
            #[arg(long, value_enum, default_value_t = Format::Human)]
            format: Format,
            /// Turn a rule off (repeatable); `frankly rules` lists the ids.
            #[arg(long = "disable", value_name = "RULE", value_parser = rule_parser)]
            disabled: Vec<RuleId>,
            /// Colour the human output: auto (a terminal and no NO_COLOR), always or never.
            #[arg(long, value_enum, default_value_t = Color::Auto)]
            color: Color,
            /// Print nothing when the check passes (exit status 0); for hooks.
            #[arg(short, long)]
            quiet: bool,
        },
        /// Print the rule catalogue: id, category, severity, what it flags, why, source.
        Rules {
            #[arg(long, value_enum, default_value_t = Format::Human)]
            format: Format,
        },
    }

    #[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
    enum Format {
        Human,
        Json,
    }

    #[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
    enum Color {
        Auto,
        Always,
        Never,
    }

    fn mode_parser() -> impl TypedValueParser<Value = Mode> {
        PossibleValuesParser::new(Mode::ALL.map(Mode::id))
            .map(|id| Mode::from_id(&id).unwrap_or_default())
    }

    fn rule_parser(id: &str) -> Result<RuleId, String> {
        RuleId::from_id(id).ok_or_else(|| "no such rule; `frankly rules` lists them".into())
    }

    /// clap's errors span several lines; scripts get one: what was wrong and what is allowed.
    fn one_line(e: &clap::Error) -> String {
        let get = |kind| match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            _ => String::new(),
        };
        match e.kind() {
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                let arg = get(ContextKind::InvalidArg);
                let arg = arg.split_whitespace().next().unwrap_or("");
                let value = get(ContextKind::InvalidValue);
                match std::error::Error::source(e) {
                    Some(why) => format!("invalid value '{value}' for {arg}: {why}"),
                    None => format!(
                        "invalid value '{value}' for {arg} (expected one of: {})",
                        get(ContextKind::ValidValue)
                    ),
                }
            }
            _ => {
                let rendered = e.to_string();
                let first = rendered.lines().next().unwrap_or("bad arguments");
                let first = first.strip_prefix("error: ").unwrap_or(first);
                format!("{first} (try 'frankly --help')")
            }
        }
    }

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            // --help and --version (exit 0); no subcommand prints the help (exit 2).
            Err(e)
                if !e.use_stderr()
                    || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand =>
            {
                e.exit()
            }
            Err(e) => return fail(&one_line(&e)),
        };
        match cli.command {
            Command::Rules { format } => {
                let out = match format {
                    Format::Human => render::rules(catalogue()),
                    Format::Json => json(&catalogue()),
                };
                write_out(&out, ExitCode::SUCCESS)
            }
            Command::Check {
                file,
                mode,
                format,
                disabled,
                color,
                quiet,
            } => {
                let stdin = file.as_os_str() == "-";
                let name = if stdin {
                    "<stdin>".to_string()
                } else {
                    file.display().to_string()
                };
                let said = if stdin { "stdin" } else { name.as_str() };
                let text = match read(&file, stdin, said).and_then(|b| check::decode(said, b)) {
                    Ok(text) => text,
                    Err(e) => return fail(&e.to_string()),
                };
                let checked = check::check(text, mode, &disabled);
                let status = check::exit_status(&checked.analysis.findings);
                let out = match format {
                    Format::Json => json(&check::report(&name, mode, &checked)),
                    Format::Human if quiet && status == check::EXIT_CLEAN => String::new(),
                    Format::Human => {
                        let color = match color {
                            Color::Always => true,
                            Color::Never => false,
                            Color::Auto => {
                                std::io::stdout().is_terminal()
                                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                            }
                        };
                        render::check_report(&name, &checked, color)
                    }
                };
                write_out(&out, ExitCode::from(status))
            }
        }
    }

    fn read(file: &Path, stdin: bool, name: &str) -> Result<Vec<u8>, InputError> {
        let mut bytes = Vec::new();
        let result = if stdin {
            std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
        };
        result
            .map(|()| bytes)
            .map_err(|error| InputError::Unreadable {
                name: name.to_string(),
                error,
            })
    }

    fn json<T: serde::Serialize>(value: &T) -> String {
        let mut s = serde_json::to_string_pretty(value).expect("reports serialize");
        s.push('\n');
        s
    }

    fn write_out(out: &str, status: ExitCode) -> ExitCode {
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => status,
            // A closed pipe (`frankly check x | head`) is the reader's choice, not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => status,
            Err(e) => fail(&format!("cannot write the report: {e}")),
        }
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("frankly: {message}");
        ExitCode::from(EXIT_BAD_INPUT)
    }
}
